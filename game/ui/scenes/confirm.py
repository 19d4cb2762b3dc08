"""A yes/no question before anything that cannot be undone: starting over, leaving the story,
quitting. "Cancel" is focused first, so a stray Enter never does the destructive thing."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from .. import theme
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel, wash
from ..widgets.text import render, wrap
from .base import Scene, is_back

BOX_W, BOX_H = 640, 250


class ConfirmScene(Scene):
    overlay = True  # the question sits over the screen it is about, darkened
    name = "confirm"

    def __init__(self, app, question: str, yes: str, action: Callable[[], None],
                 no: str = "Cancel") -> None:
        super().__init__(app)
        self.question = question
        self.action = action
        self.menu = ButtonColumn([Button(no, self.close), Button(yes, self._yes)])
        self.menu.focus = 0

    def _yes(self) -> None:
        self.app.pop()
        self.action()

    def relayout(self) -> None:
        left = theme.DESIGN_W / 2 - BOX_W / 2
        top = theme.DESIGN_H / 2 - BOX_H / 2
        for i, button in enumerate(self.menu.buttons):
            button.rect = self.layout.rect(left + 40 + i * (BOX_W / 2 - 20), top + BOX_H - 80,
                                           BOX_W / 2 - 60, theme.BUTTON_H)

    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        self.menu.handle(event, sideways=True)
        return True  # modal: nothing reaches the screen beneath

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        wash(target, 235 if self.contrast else 215, (0, 0, 0) if self.contrast else theme.INK)
        box = layout.rect(theme.DESIGN_W / 2 - BOX_W / 2, theme.DESIGN_H / 2 - BOX_H / 2,
                          BOX_W, BOX_H)
        fill = theme.HIGH_CONTRAST_PANEL if self.contrast else theme.PANEL
        target.blit(panel(box.size, fill, 255, layout.s(theme.RADIUS),
                          theme.CREAM if self.contrast else theme.PANEL_EDGE), box)
        font = layout.font(theme.CHOICE_SIZE, text=True)
        colour = theme.HIGH_CONTRAST_TEXT if self.contrast else theme.CREAM
        y = box.top + layout.s(36)
        for row in wrap(self.question, font, box.width - layout.s(80))[:4]:
            surface = render(row, font, colour)
            target.blit(surface, surface.get_rect(midtop=(box.centerx, y)))
            y += font.get_linesize()
        small = layout.font(theme.CHOICE_SIZE)
        for i, button in enumerate(self.menu.buttons):
            if i != self.menu.focus:
                target.blit(panel(button.rect.size, theme.INK, 160, button.rect.height // 3,
                                  theme.DIM), button.rect)
            button.draw(target, small, i == self.menu.focus, self.contrast)


def confirm(app, question: str, yes: str, action: Callable[[], None]) -> None:
    """Ask first; run `action` only on an explicit yes."""
    app.push(ConfirmScene(app, question, yes, action))
