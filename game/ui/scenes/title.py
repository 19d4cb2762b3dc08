"""The title scene: the story's name over a painted dusk, and the way into everything else."""

from __future__ import annotations

import pygame

from .. import keymap, theme
from ..visuals.particles import Motes
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel
from ..widgets.text import render
from .base import Scene
from .confirm import confirm

MENU_TOP = 300
MENU_SPACE = 376  # design pixels from MENU_TOP down to just above the footnote
MENU_W = 340


class TitleScene(Scene):
    name = "title"

    def __init__(self, app) -> None:
        super().__init__(app)
        profile = app.profile
        config = app.story.config
        has_continue = app.session_scene is not None or app.scene_memory.newest_slot() is not None
        self.menu = ButtonColumn([
            Button("Continue", self.resume, enabled=has_continue),
            Button("New game", self.new_game),
            Button("Load", self.load, enabled=app.scene_memory.newest_slot() is not None),
            Button("Chapters", self.chapters, enabled=bool(profile.chapters_seen)),
            Button("Endings", self.gallery),
            Button("Stories", self.stories),
            Button("Settings", self.settings),
            Button("Quit", self.quit),
        ])
        total = len(config.endings)
        seen = len([e for e in profile.endings_seen if e in config.endings]) if total else len(
            profile.endings_seen)
        self.footnote = f"Endings found: {seen} of {total}" if total else ""
        self.motes = Motes(3)
        self.ambient = theme.AMBIENT_TICKS

    # --- actions -------------------------------------------------------------------------
    def resume(self) -> None:
        if self.app.session_scene is not None:
            self.app.replace(self.app.session_scene)
            return
        slot = self.app.scene_memory.newest_slot()
        if slot is not None:
            self.app.show("play", slot=slot)

    def new_game(self) -> None:
        """Starting over asks first when there is a play-through Continue would resume: the
        new game's autosaves become what Continue resumes."""
        if self.app.session_scene is not None or self.app.scene_memory.newest_slot():
            confirm(self.app, "Start a new game from the beginning? Continue will then resume "
                    "the new one; your saves stay on the Load screen.", "Start over",
                    self.start_new)
            return
        self.start_new()

    def start_new(self) -> None:
        self.app.show("play")

    def quit(self) -> None:
        """Esc or Quit on the title asks first; the place in a story is kept either way."""
        confirm(self.app, "Quit the game?", "Quit", self.app.leave)

    def load(self) -> None:
        self.app.open("saves", "load", None)

    def chapters(self) -> None:
        self.app.open("chapters")

    def gallery(self) -> None:
        self.app.open("gallery")

    def stories(self) -> None:
        self.app.open("stories")

    def help(self) -> None:
        self.app.open("help")

    def settings(self) -> None:
        self.app.open("settings")

    # --- input and drawing ---------------------------------------------------------------
    def relayout(self) -> None:
        layout = self.layout
        x = theme.DESIGN_W / 2 - MENU_W / 2
        step = min(theme.BUTTON_H + 4, MENU_SPACE / max(1, len(self.menu.buttons)))
        for i, button in enumerate(self.menu.buttons):  # as many entries as fit above the note
            button.rect = layout.rect(x, MENU_TOP + i * step, MENU_W, step - 4)

    def handle(self, event: pygame.event.Event) -> bool:
        if keymap.pressed(event, "quit_prompt"):
            self.quit()
            return True
        if keymap.pressed(event, "help"):
            self.help()
            return True
        return self.menu.handle(event)

    def update(self, ticks: int) -> bool:
        if self.ambient <= 0 or self.app.settings["reduced_motion"]:
            return False
        self.ambient -= ticks
        self.motes.update(ticks)
        return True

    def animating(self) -> bool:
        return self.ambient > 0 and not self.app.settings["reduced_motion"]

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        target.blit(self.app.backdrops.get("dusk", target.get_size()), (0, 0))
        if not self.app.settings["reduced_motion"]:
            self.motes.draw(target, layout, min(1.0, self.ambient / 120 + 0.35))
        title = self.app.story.title
        big = render(title, layout.font(theme.TITLE_SIZE + 40, style="light"), theme.CREAM)
        target.blit(big, big.get_rect(center=layout.point(theme.DESIGN_W / 2, 170)))
        tagline = render("a story in words and a voice",
                         layout.font(theme.SMALL_SIZE + 2, style="italic"),
                         theme.SAND)
        target.blit(tagline, tagline.get_rect(center=layout.point(theme.DESIGN_W / 2, 246)))
        first, last = self.menu.buttons[0].rect, self.menu.buttons[-1].rect
        backing = first.union(last).inflate(layout.s(40), layout.s(24))
        target.blit(panel(backing.size, theme.PANEL, 205, layout.s(theme.RADIUS)), backing)
        font = layout.font(theme.CHOICE_SIZE)
        for i, button in enumerate(self.menu.buttons):
            button.draw(target, font, i == self.menu.focus, self.contrast)
        if self.footnote:
            note = render(self.footnote, layout.font(theme.SMALL_SIZE), theme.SAND)
            target.blit(note, note.get_rect(midbottom=layout.point(theme.DESIGN_W / 2,
                                                                   theme.DESIGN_H - 12)))
