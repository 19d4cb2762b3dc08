"""Helpers for the speedrun tests: a window in speedrun mode, and runs played through the real
App loop with key presses, as a runner would."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
from ui_support import make_app

from game.speedrun.runfile import seal
from game.ui.speedrun.controller import install


def speedrun_app(save_dir: Path, **settings: object):  # noqa: ANN201 — (App, controller)
    app = make_app(save_dir)
    app.settings.values.update(settings)
    return app, install(app, forced=True)  # what `play --speedrun` installs


def tap(app, code: int, ticks: int = 2) -> None:  # noqa: ANN001
    """A whole key press as SDL delivers it: down, then up, in one frame, then `ticks` ticks."""
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="",
                                         scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="",
                                         scancode=0))
    app.run_ticks(ticks)


def play_run(app, answers: list[int], gap: int = 5, limit: int = 200) -> None:  # noqa: ANN001
    """Tap space through lines and number keys at choices until the run is over."""
    from game.ui.scenes.play import PlayScene

    answers = list(answers)
    for _ in range(limit):
        controller = app.speedrun
        if not controller.running:
            return
        top = app.top
        if not isinstance(top, PlayScene):
            app.run_ticks(1)
            continue
        if top.choices is not None:
            tap(app, pygame.K_1 + (answers.pop(0) if answers else 0), ticks=gap)
        else:
            tap(app, pygame.K_SPACE, ticks=gap)
    raise AssertionError("the run did not finish")


def rewrite(path: Path, change, *, reseal: bool) -> None:  # noqa: ANN001
    """Edit a run file as a cheater would: with or without recomputing its checksum."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    if reseal:
        data = seal({k: v for k, v in data.items() if k not in ("checksum",)})
    path.write_text(json.dumps(data), encoding="utf-8")
