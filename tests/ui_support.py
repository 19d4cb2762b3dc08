"""Shared helpers for the window's tests: a real App on the fixture story, and input events
posted exactly as SDL would deliver them."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.core.profile import load_profile  # noqa: E402
from game.core.story import Story  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.scenes.title import TitleScene  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "ui"


def make_app(save_dir: Path, size: tuple[int, int] = (1280, 720), seed: int = 1) -> App:
    profile = load_profile(save_dir)
    story = Story.open(FIXTURE, seed=seed, seen_endings=profile.endings_seen)
    app = App(story, save_dir, size=size, fullscreen=False, seed=seed)
    app.replace(TitleScene(app))
    app.run_ticks(2)
    return app


def run(app: App, ticks: int) -> None:
    """`ticks` frames, then what they asked the writer thread to write is on disk (as it is
    for a player a few frames later): the tests read the files."""
    app.run_ticks(ticks)
    app.writer.join()


def key(app: App, code: int, mod: int = 0, ticks: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="",
                                         scancode=0))
    run(app, ticks)


def key_up(app: App, code: int, ticks: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0))
    run(app, ticks)


def click(app: App, pos: tuple[int, int], button: int = 1, ticks: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0,
                                                                                          0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
    run(app, ticks)


def wheel(app: App, y: int, ticks: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False))
    run(app, ticks)


def pixel(app: App, pos: tuple[int, int]) -> tuple[int, int, int]:
    return tuple(app.window.get_at(pos))[:3]


def settle(app: App, limit: int = 600) -> None:
    """Run until the play scene is ready for input (line typed, fades and cards done)."""
    for _ in range(limit):
        scene = app.top
        if getattr(scene, "ready", True) and not scene.animating():
            return
        if getattr(scene, "ready", False):
            return
        app.run_ticks(1)


def advance_to_choice(app: App, limit: int = 40) -> None:
    for _ in range(limit):
        if app.top.choices is not None:
            return
        key(app, pygame.K_SPACE)
        settle(app)
    raise AssertionError("no choice reached")


def new_game(app: App):  # noqa: ANN201 — the PlayScene
    """New game from the title by keyboard, settled on its first line."""
    from game.ui.scenes.play import PlayScene

    key(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScene)
    settle(app)
    return app.top


def await_reload(app: App, seconds: float = 60) -> str:
    """Run the loop (one tick at a time, as the window does) until a build's toast shows."""
    scene = app.top
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.run_ticks(1)
        last = scene.live.last
        if last is not None:
            scene.live.last = None
            return last.message
        time.sleep(0.005)
    raise AssertionError("no reload result arrived")


def play_to_ending(app: App, presses: int = 20) -> None:
    """Space through lines (settling after each) until the ending screen, at most `presses`."""
    from game.ui.scenes.ending import EndingScene

    for _ in range(presses):
        if isinstance(app.top, EndingScene):
            return
        key(app, pygame.K_SPACE)
        settle(app)


# --- comparing a frame drawn in part with a full redraw ------------------------------------
def difference(a: pygame.Surface, b: pygame.Surface) -> pygame.Surface:
    """|a - b| per channel."""
    one, other = a.copy(), b.copy()
    one.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    other.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    one.blit(other, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return one


def differing(diff: pygame.Surface, tolerance: int = 0) -> int:
    """How many pixels of `diff` are more than `tolerance` in any channel."""
    diff = diff.copy()
    if tolerance:
        diff.fill((tolerance,) * 3, special_flags=pygame.BLEND_RGB_SUB)
    zero = pygame.mask.from_threshold(diff, (0, 0, 0), (1, 1, 1, 255))
    return diff.get_width() * diff.get_height() - zero.count()


def full_redraw(app) -> pygame.Surface:
    surface = pygame.Surface(app.window.get_size()).convert()
    app.top.draw(surface)
    return surface


def assert_like_a_full_redraw(app, picture: pygame.Surface) -> None:
    """Exactly a full redraw outside the interface; under its translucent panels within 2 of
    255 per channel (the cached layer's blend rounds differently from the panels' own)."""
    full = full_redraw(app)
    diff = difference(picture, full)
    assert differing(diff, 2) == 0, "a stale or wrong picture"
    for rect in app.top.view.interface_rects(app.layout):
        diff.fill((0, 0, 0), rect)
    assert differing(diff) == 0, "outside the interface it is exactly the full redraw"
