"""Idle costs nothing: a still window sleeps between looks for input instead of polling SDL
every millisecond, and at a choice the drifting light is drawn from a cached picture of what
stays put, each frame touching only the small rectangles that moved."""

from __future__ import annotations

import time

import pygame
import pytest
from ui_support import advance_to_choice, make_app, settle

from game.ui import app as app_module
from game.ui import theme


@pytest.fixture
def app(tmp_path):
    made = make_app(tmp_path)
    yield made
    pygame.display.quit()


def start(app):
    app.top.new_game()
    app.run_ticks(2)
    settle(app)
    return app.top


def still_at_a_choice(app):
    start(app)
    advance_to_choice(app)
    app.run_ticks(theme.AMBIENT_TICKS + 240)
    assert not app.animating()
    return app.top


def test_a_still_window_sleeps_between_looks_for_input(app, monkeypatch):
    still_at_a_choice(app)
    looks = []
    real_peek = pygame.event.peek
    monkeypatch.setattr(pygame.event, "peek", lambda *a, **k: looks.append(1) or real_peek())
    timer = pygame.time.Clock()
    timer.tick()
    began, cpu = time.perf_counter(), time.thread_time()
    assert not app.step(timer), "nothing moved: nothing drawn"
    cpu, waited = time.thread_time() - cpu, time.perf_counter() - began
    assert waited >= app_module.IDLE_WAIT_MS / 1000 * 0.9, "it waited for input"
    # pygame's event.wait(timeout) polls SDL every millisecond: 2-3 % of a core doing nothing
    assert cpu < 0.014 * waited, f"{cpu * 1000:.1f} ms of CPU in {waited * 1000:.0f} ms"
    assert len(looks) <= app_module.IDLE_WAIT_MS / app_module.IDLE_POLL_MS + 3, len(looks)


def test_a_key_wakes_a_still_window_within_a_frame(app):
    scene = still_at_a_choice(app)
    timer = pygame.time.Clock()
    timer.tick()
    pygame.time.set_timer(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0,
                                             unicode="", scancode=0), 50, loops=1)
    began = time.perf_counter()
    assert app.step(timer), "the key was handled and drawn"
    assert time.perf_counter() - began < 0.05 + 2 * app_module.IDLE_POLL_MS / 1000 + 0.05
    assert scene.choices.focus == 0
