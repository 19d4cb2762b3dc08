"""Help: every key and mouse action of the window, on its own screen, written from the keymap
(game/ui/keymap.py) so it says what the keys really do. F1 or ? in play and on the title, or Help
in the game menu."""

from __future__ import annotations

import pygame

from .. import keymap, theme
from ..widgets.text import fit, render
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
        heading(target, layout, "Help", 40, "Keys and mouse", contrast=self.contrast)
        rows = self.rows()
        top, bottom = layout.y0 + 120, layout.y1 - 56
        colour = theme.HIGH_CONTRAST_TEXT if self.contrast else theme.CREAM
        span = min(980, layout.W - 80)  # the table, fitted to the visible canvas
        left_edge = theme.DESIGN_W / 2 - span / 2
        # one table when it fits; else two side by side, split at a heading, and the type
        # shrinks (to a readable floor) before rows would overlap
        groups = [rows]
        if (bottom - top) / max(1, len(rows)) < 22:
            heads = [i for i, row in enumerate(rows) if isinstance(row, str) and i]
            cut = min(heads, key=lambda i: abs(i - len(rows) / 2)) if heads else len(rows) // 2
            groups = [rows[:cut], rows[cut:]]
        longest = max(len(g) for g in groups)
        size = max(12, min(theme.SMALL_SIZE + 3, (bottom - top) / max(1, longest) - 5))
        font = layout.font(round(size), text=True)
        step = max(font.get_linesize() + layout.s(2),
                   min(layout.s(30), layout.s((bottom - top) / max(1, longest))))
        width = span / len(groups)
        for n, group in enumerate(groups):
            x0 = left_edge + n * width
            left = layout.point(x0 + 30, 0)[0]
            widest = max((font.size(row[0])[0] for row in group if not isinstance(row, str)),
                         default=0)
            right = max(left + widest + layout.s(24),
                        layout.point(x0 + width * 0.42, 0)[0])
            room = layout.point(x0 + width - 10, 0)[0] - right
            y = layout.point(0, top)[1]
            for row in group:
                if isinstance(row, str):
                    target.blit(render(row, font, colour if self.contrast else theme.SAND),
                                (left - layout.s(30), y))
                else:
                    keys, what = row
                    target.blit(render(fit(keys, font, right - left - layout.s(8)), font,
                                       colour if self.contrast else theme.PEACH), (left, y))
                    target.blit(render(fit(what, font, room), font, colour), (right, y))
                y += step
        footer(target, layout, f"{keymap.describe('back')} or {keymap.describe('button_select')}"
               " to return", contrast=self.contrast)

    def rows(self) -> list[str | tuple[str, str]]:
        """What Help shows now: the table's rows, speedrun keys too while a run mode is on."""
        speedrun = getattr(self.app, "speedrun", None)
        return keymap.help_rows(speedrun=bool(speedrun is not None and speedrun.enabled))

    def text(self) -> str:
        """Everything Help says, as plain text (what a test or self-voicing reads)."""
        return "\n".join(row if isinstance(row, str) else f"{row[0]}: {row[1]}"
                         for row in self.rows())
