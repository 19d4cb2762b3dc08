"""A single enormous line (a story can print one) must not freeze the window: wrapping is linear
in its length, and every wrapped line still fits."""

from __future__ import annotations

import pygame

from game.ui.widgets.text import wrap


class _CountingFont:
    """A font that counts how many characters it was asked to measure: the cost of wrapping,
    independent of how busy the machine is."""

    def __init__(self, font: pygame.font.Font) -> None:
        self.font = font
        self.measured = 0

    def size(self, text: str) -> tuple[int, int]:
        self.measured += len(text)
        return self.font.size(text)


def test_a_huge_line_wraps_in_linear_time():
    pygame.font.init()
    font = pygame.font.Font(None, 28)
    counting = _CountingFont(font)
    lines = wrap("x" * 300_000, counting, 800)
    # was minutes: a measurement per character per cut, quadratic in the line's length; a
    # halving search per cut measures a few dozen times each character, whatever the length
    assert counting.measured <= 40 * 300_000, counting.measured
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
