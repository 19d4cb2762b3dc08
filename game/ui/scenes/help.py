"""Help: every key and mouse action of the window, on its own screen."""

from __future__ import annotations

import pygame

from .. import theme
from ..widgets.text import render
from .base import Scene, backdrop, footer, heading, is_back, is_confirm

KEYS = (
    ("Space, Enter, left click", "finish the line, then go on"),
    ("1–9, arrows then Enter", "answer a choice (nothing is picked until you point at it)"),
    ("Esc, right click", "the game menu"),
    ("Page Up, wheel up", "roll back a line"),
    ("Page Down, wheel down", "roll forward again"),
    ("H", "history"),
    ("Tab, hold Ctrl", "skip read text"),
    ("A", "auto-forward"),
    ("F5, F9", "quick save, quick load"),
    ("M", "meters"),
    ("V", "read menus and lines aloud"),
    ("F11, Alt+Enter", "full screen"),
)


class HelpScene(Scene):
    name = "help"

    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event) or is_confirm(event) or (
                event.type == pygame.MOUSEBUTTONDOWN and event.button == 1):
            self.close()
            return True
        return False

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        backdrop(target, "help", self.contrast)
        heading(target, layout, "Help", 40, "Keys and mouse")
        font = layout.font(theme.SMALL_SIZE + 3, text=True)
        colour = theme.HIGH_CONTRAST_TEXT if self.contrast else theme.CREAM
        step = max(font.get_linesize() + layout.s(6), layout.s(36))
        y = layout.point(0, 130)[1]
        left, right = layout.point(180, 0)[0], layout.point(560, 0)[0]
        for keys, what in KEYS:
            target.blit(render(keys, font, theme.PEACH), (left, y))
            target.blit(render(what, font, colour), (right, y))
            y += step
        footer(target, layout, "Esc, Enter or a click to return")
