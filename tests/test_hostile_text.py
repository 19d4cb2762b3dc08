"""A single enormous line (a story can print one) must not freeze the window: wrapping is linear
in its length, and every wrapped line still fits."""

from __future__ import annotations

import time

import pygame

from game.ui.widgets.text import wrap


def test_a_huge_line_wraps_in_linear_time():
    pygame.font.init()
    font = pygame.font.Font(None, 28)
    start = time.perf_counter()
    lines = wrap("x" * 300_000, font, 800)
    assert time.perf_counter() - start < 5  # was minutes: a measurement per character per cut
    assert "".join(lines) == "x" * 300_000
    assert all(font.size(line)[0] <= 800 for line in lines[:50])
    assert font.size(lines[0] + "x")[0] > 800  # each cut is the widest that fits


def test_ordinary_text_wraps_at_spaces():
    pygame.font.init()
    font = pygame.font.Font(None, 28)
    lines = wrap("The evening smells of rain and she waits for his answer.", font, 200)
    assert len(lines) > 1
    assert " ".join(lines) == "The evening smells of rain and she waits for his answer."
    assert all(font.size(line)[0] <= 200 for line in lines)
