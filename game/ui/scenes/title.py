"""The title scene: the story's name over a painted dusk, and the way into everything else."""

from __future__ import annotations

import pygame

from .. import keymap, theme
from ..visuals.particles import Motes
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel, wash
from ..widgets.text import render
from .base import Scene

MENU_W = 340
MENU_STEP = 50  # design pixels per entry when there is room; never under MIN_STEP
MIN_STEP = 34
FOOT_ROOM = 44  # under the menu: the endings-found note


# events that act on the menu (not the window's own, nor a pointer moving over it)
ACTS = frozenset((pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP,
                  pygame.MOUSEWHEEL, pygame.JOYBUTTONDOWN, pygame.JOYHATMOTION,
                  pygame.CONTROLLERBUTTONDOWN))


class TitleScene(Scene):
    name = "title"

    def __init__(self, app) -> None:
        super().__init__(app)
        profile = app.profile
        config = app.story.config
        # whether a save would load is known from the frame after the first: until then a
        # save file on disk is enough to offer Continue and Load (reading and checking the
        # newest, and the save format's imports, were a returning player's slowest 40 ms
        # to the title); no input is acted on before it is known (`handle`)
        has_save = app.scene_memory.any_save()
        self._saves_known = not has_save
        has_continue = app.session_scene is not None or has_save
        self._continue = Button("Continue", self.resume, enabled=has_continue)
        self._load = Button("Load", self.load, enabled=has_save)
        self.menu = ButtonColumn([
            self._continue,
            Button("New game", self.new_game),
            self._load,
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
        self.menu_top = 300.0

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
            from .confirm import confirm

            confirm(self.app, "Start a new game from the beginning? Continue will then resume "
                    "the new one; your saves stay on the Load screen.", "Start over",
                    self.start_new)
            return
        self.start_new()

    def start_new(self) -> None:
        self.app.show("play")

    def quit(self) -> None:
        """Esc or Quit on the title asks first; the place in a story is kept either way."""
        from .confirm import confirm  # asked for after the first frame, if ever

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
        """The menu stands on the foot of the visible canvas and the title takes the room above
        it, so a large interface size or a small window moves things, never cuts them."""
        layout = self.layout
        count = max(1, len(self.menu.buttons))
        step = min(MENU_STEP, max(MIN_STEP, (layout.H * 0.62 - FOOT_ROOM) / count))
        self.menu_top = layout.y1 - FOOT_ROOM - count * step
        x = theme.DESIGN_W / 2 - MENU_W / 2
        for i, button in enumerate(self.menu.buttons):
            button.rect = layout.rect(x, self.menu_top + i * step, MENU_W, step - 4)

    def know_saves(self) -> bool:
        """Continue and Load offered only if a save would load (the newest usable one is
        enough to know); True when that changed the menu."""
        if self._saves_known:
            return False
        self._saves_known = True
        if self.app.scene_memory.has_save():
            return False
        menu = self.menu
        self._load.enabled = False
        self._continue.enabled = self.app.session_scene is not None
        if not menu.buttons[menu.focus].enabled:
            menu.focus = next((i for i, b in enumerate(menu.buttons) if b.enabled), 0)
        return True

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type in ACTS and self.know_saves():  # input waits for it, even in the
            return True  # first frame: the menu changed under the player, shown before acted on
        if keymap.pressed(event, "quit_prompt"):
            self.quit()
            return True
        if keymap.pressed(event, "help"):
            self.help()
            return True
        return self.menu.handle(event)

    def update(self, ticks: int) -> bool:
        changed = self.know_saves() if self.app.frames_drawn else False
        if self.ambient <= 0 or self.app.settings["reduced_motion"]:
            return changed
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
        contrast = self.contrast
        if contrast:  # the painting recedes: white type on near black, as every screen
            wash(target, 200, (0, 0, 0))
        room = self.menu_top - layout.y0 - 20  # design pixels above the menu
        title = self.app.story.title
        size = round(min(theme.TITLE_SIZE + 40, room * 0.5))
        big = render(title, layout.font(size, style="light"),
                     theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM)
        where = big.get_rect(center=layout.point(theme.DESIGN_W / 2, layout.y0 + room * 0.45))
        target.blit(big, where)
        tagline = render("a story in words and a voice",
                         layout.font(theme.SMALL_SIZE + 2, style="italic"),
                         theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND)
        target.blit(tagline, tagline.get_rect(midtop=(where.centerx, where.bottom)))
        first, last = self.menu.buttons[0].rect, self.menu.buttons[-1].rect
        backing = first.union(last).inflate(layout.s(40), layout.s(24))
        target.blit(panel(backing.size, theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          250 if contrast else 205, layout.s(theme.RADIUS),
                          theme.CREAM if contrast else None), backing)
        font = layout.font(theme.CHOICE_SIZE)
        for i, button in enumerate(self.menu.buttons):
            button.draw(target, font, i == self.menu.focus, self.contrast)
        if self.footnote:
            note = render(self.footnote, layout.font(theme.SMALL_SIZE),
                          theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND)
            target.blit(note, note.get_rect(midbottom=layout.point(theme.DESIGN_W / 2,
                                                                   layout.y1 - 12)))
