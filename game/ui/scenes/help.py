"""Help: every key and mouse action of the window, on its own screen, written from the keymap
(game/ui/keymap.py) so it says what the keys really do. F1 or ? in play and on the title, or Help
in the game menu."""

from __future__ import annotations

import pygame

from .. import keymap, theme
from ..widgets.text import render
from .base import Scene, backdrop, footer, heading, is_back, is_confirm


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
        rows = self.rows()
        step = max(font.get_linesize() + layout.s(4), layout.s(30))
        step = min(step, max(layout.s(18), (layout.point(0, 660)[1] - layout.point(0, 120)[1])
                             // max(1, len(rows))))
        y = layout.point(0, 120)[1]
        left, right = layout.point(150, 0)[0], layout.point(560, 0)[0]
        for row in rows:
            if isinstance(row, str):
                target.blit(render(row, font, theme.SAND), (left - layout.s(30), y))
            else:
                keys, what = row
                target.blit(render(keys, font, theme.PEACH), (left, y))
                target.blit(render(what, font, colour), (right, y))
            y += step
        footer(target, layout, f"{keymap.describe('back')} or {keymap.describe('button_select')}"
               " to return")

    def rows(self) -> list[str | tuple[str, str]]:
        """What Help shows now: the table's rows, speedrun keys too while a run mode is on."""
        speedrun = getattr(self.app, "speedrun", None)
        return keymap.help_rows(speedrun=bool(speedrun is not None and speedrun.enabled))

    def text(self) -> str:
        """Everything Help says, as plain text (what a test or self-voicing reads)."""
        return "\n".join(row if isinstance(row, str) else f"{row[0]}: {row[1]}"
                         for row in self.rows())
