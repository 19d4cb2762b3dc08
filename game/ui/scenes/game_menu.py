"""The game menu (Esc or a right click in play, as Ren'Py players expect): Resume, Save, Load,
Settings, History, Help, Main menu, Quit. Leaving the story asks first, and both ways out keep
the exact place in the "exit" save that Continue resumes."""

from __future__ import annotations

import pygame

from .. import theme
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel
from .base import Scene, backdrop, footer, heading, is_back
from .confirm import confirm

MENU_TOP, MENU_W = 150, 360


class GameMenuScene(Scene):
    name = "game menu"

    def __init__(self, app, play) -> None:
        super().__init__(app)
        self.play = play
        self.menu = ButtonColumn([
            Button("Resume", self.close),
            Button("Save", lambda: self._then(lambda: play.open_saves("save"))),
            Button("Load", lambda: self._then(lambda: play.open_saves("load"))),
            Button("Settings", lambda: self._then(play.open_settings)),
            Button("History", lambda: self._then(play.open_history)),
            Button("Help", self.help),
            Button("Main menu", self.main_menu),
            Button("Quit", self.quit),
        ])

    def _then(self, action) -> None:
        self.app.pop()  # the screen opens over the story, and Esc there returns to it
        action()

    def help(self) -> None:
        self.app.open("help")

    def main_menu(self) -> None:
        confirm(self.app, "Return to the main menu? Your place is kept: Continue resumes it.",
                "Main menu", self._to_title)

    def _to_title(self) -> None:
        self.play.save_exit()
        self.play.to_title()

    def quit(self) -> None:
        confirm(self.app, "Quit the game? Your place is saved: Continue resumes it.", "Quit",
                self.app.leave)

    def relayout(self) -> None:
        """Centred between the heading and the footer; on a canvas too short for one column
        of full-height entries (a large interface size in a small window), two columns."""
        layout = self.layout
        count = len(self.menu.buttons)
        top, bottom = layout.y0 + MENU_TOP - 20, layout.y1 - 70
        columns = 1 if (bottom - top) / count >= 38 else 2
        rows = -(-count // columns)
        step = min(theme.BUTTON_H + 4, (bottom - top) / rows)
        first = top + max(0, (bottom - top - step * rows) / 2)
        width = MENU_W if columns == 1 else min(MENU_W, (layout.W - 120) / 2)
        left = theme.DESIGN_W / 2 - (width * columns + 20 * (columns - 1)) / 2
        for i, button in enumerate(self.menu.buttons):
            column, row = divmod(i, rows)
            button.rect = layout.rect(left + column * (width + 20), first + row * step, width,
                                      step - 4)

    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        return self.menu.handle(event)

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        contrast = self.contrast
        backdrop(target, "menu", contrast)
        chapter = self.play.play.presentation.chapter or ""
        number, title = self.play.play.chapter_title(chapter) if chapter else ("", "")
        heading(target, layout, "Game menu", 40, " — ".join(x for x in (number, title) if x),
                contrast=contrast)
        first, last = self.menu.buttons[0].rect, self.menu.buttons[-1].rect
        area = first.union(last).inflate(layout.s(40), layout.s(24))
        target.blit(panel(area.size, theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          255 if contrast else 230, layout.s(theme.RADIUS),
                          theme.CREAM if contrast else None), area)
        font = layout.font(theme.CHOICE_SIZE, text=True)
        for i, button in enumerate(self.menu.buttons):
            button.draw(target, font, i == self.menu.focus, self.contrast)
        footer(target, layout, "Esc or right click to resume", contrast=contrast)
