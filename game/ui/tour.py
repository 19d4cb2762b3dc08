"""The screenshot tour: `python main.py play --tour DIR [--size WxH] [--high-contrast]`.

It drives the real window to every screen a player meets — title, play, a choice, history,
save, load, settings, the game menu, help, chapters, endings and an ending — the way a player
gets there (keys posted to the loop, menu actions), waits until each picture has arrived
(typewriter done, fades and the chapter card over) and saves it as DIR/NN-name.png. It plays
in a fresh save folder, so a player's own saves and settings are never touched. What it is
for: looking at every screen at every size and contrast before a release.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from . import keymap

if TYPE_CHECKING:
    from .app import App

SCREENS = ("title", "play", "choice", "history", "save", "load", "settings", "game-menu",
           "help", "chapters", "endings", "ending")
SETTLE_LIMIT = 1200  # ticks to wait for a picture to arrive (20 s of game time)


class Tour:
    def __init__(self, app: App, folder: str | Path) -> None:
        self.app = app
        self.folder = Path(folder)
        self.saved: list[Path] = []

    # --- driving the loop ----------------------------------------------------------------------
    def key(self, action: str) -> None:
        """Press the key the keymap gives `action`, through the real event queue."""
        pygame.event.post(keymap.event_for(action))
        self.app.run_ticks(2)

    def settle(self) -> None:
        """Until the screen stops moving: the line typed, the card and fades done."""
        for _ in range(SETTLE_LIMIT):
            scene = self.app.top
            box = getattr(scene, "box", None)
            if box is not None and not box.done:
                box.complete()  # the typewriter's end is what the player reads
            ready = getattr(scene, "ready", True)
            if ready and not scene.animating():
                break
            if ready and box is not None:  # the play scene breathes forever: ready is enough
                break
            self.app.run_ticks(1)
        self.app.run_ticks(1)
        self.app.dirty = True
        self.app.run_ticks(1)

    def shoot(self, name: str) -> Path:
        self.settle()
        path = self.app.screenshot(self.folder / f"{len(self.saved) + 1:02d}-{name}.png")
        self.saved.append(path)
        return path

    # --- the route -------------------------------------------------------------------------------
    def run(self) -> list[Path]:
        from .scenes.ending import EndingScene
        from .scenes.help import HelpScene
        from .scenes.play import PlayScene
        from .scenes.title import TitleScene

        app = self.app
        app.replace(TitleScene(app))
        self.shoot("title")
        app.top.start_new()  # New game (a fresh save folder: nothing to confirm)
        app.run_ticks(2)
        play = app.top
        assert isinstance(play, PlayScene), "New game did not start the story"
        self.shoot("play")
        for _ in range(400):  # on to the first choice, line by line
            if play.choices is not None or app.top is not play:
                break
            self.settle()
            self.key("dismiss")
        self.shoot("choice")
        self.key("quick_save")  # a quick save, so the load screen has something in it
        self.key("history")
        self.shoot("history")
        self.key("back")
        play.open_saves("save")
        self.shoot("save")
        self.key("back")
        play.open_saves("load")
        self.shoot("load")
        self.key("back")
        play.open_settings()
        self.shoot("settings")
        self.key("back")
        self.key("game_menu")  # Esc in play: the game menu
        self.shoot("game-menu")
        app.push(HelpScene(app))
        self.shoot("help")
        self.key("back")
        self.key("back")
        play.save_exit()
        play.to_title()
        app.run_ticks(2)
        app.top.chapters()
        self.shoot("chapters")
        self.key("back")
        app.top.gallery()
        self.shoot("endings")
        self.key("back")
        app.replace(EndingScene(app, first_ending(app), "rooftop_dawn"))
        self.shoot("ending")
        return self.saved


def first_ending(app: App):  # noqa: ANN201 — an EndingReached
    """The story's first declared ending (or a plain one), as the ending screen shows it."""
    from game.core.story import EndingReached

    config = app.story.config
    ending_id = next(iter(config.endings), "the_end")
    return EndingReached(config.ending(ending_id), "tag")
