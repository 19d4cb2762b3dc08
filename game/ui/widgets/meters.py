"""The meters panel (M): the story's relationship meters as quiet bars, off by default."""

from __future__ import annotations

import pygame

from .. import theme
from .panel import panel
from .text import render, wrap

PANEL_W = 340


class MetersPanel:
    """Each meter as its label, its value ("4 / 10"), a bar, and the story's own line on what
    it measures (story.yaml's `description`), so a number is never left unexplained."""

    def rect(self, layout: theme.Layout, meters: list[tuple],
             right: float | None = None) -> pygame.Rect | None:
        """Where `draw` puts the panel (None: nothing drawn), for the play scene's cache of
        what stays put."""
        return self._measure(layout, meters, right)[0] if meters else None

    def _measure(self, layout: theme.Layout, meters: list[tuple],
                 right: float | None) -> tuple[pygame.Rect, list[tuple]]:
        font = layout.font(theme.SMALL_SIZE)
        small = layout.font(theme.SMALL_SIZE - 3, style="italic")
        right = layout.x1 - 30 if right is None else right
        width = min(PANEL_W, layout.W - 60)
        rect = layout.rect(right - width, layout.y0 + 24, width, 0)
        inner = rect.width - 2 * layout.s(14)
        rows = []
        for meter in meters:
            label, value, low, high = meter[:4]
            note = meter[4] if len(meter) > 4 else ""
            notes = wrap(note, small, inner)[:2] if note else []
            rows.append((label, value, low, high, notes))
        rect.height = sum(font.get_linesize() + layout.s(16) + len(n) * small.get_linesize()
                          + layout.s(8) for *_, n in rows) + layout.s(12)
        return rect, rows

    def draw(self, target: pygame.Surface, layout: theme.Layout, meters: list[tuple],
             contrast: bool, right: float | None = None) -> None:
        """`meters`: (label, value, minimum, maximum[, description]) for each meter; `right`:
        the panel's right edge in design pixels (left of the speedrun timer when shown)."""
        if not meters:
            return
        font = layout.font(theme.SMALL_SIZE)
        small = layout.font(theme.SMALL_SIZE - 3, style="italic")
        rect, rows = self._measure(layout, meters, right)
        pad = layout.s(14)
        inner = rect.width - 2 * pad
        target.blit(panel(rect.size, theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          245 if contrast else 230, layout.s(10),
                          theme.CREAM if contrast else theme.PANEL_EDGE), rect)
        bright = theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM
        quiet = theme.HIGH_CONTRAST_DIM if contrast else theme.MUTED
        y = rect.top + layout.s(10)
        for label, value, low, high, notes in rows:
            text = render(label, font, bright)
            target.blit(text, (rect.left + pad, y))
            amount = render(f"{value} / {high}", font, bright if contrast else theme.PEACH)
            target.blit(amount, amount.get_rect(topright=(rect.right - pad, y)))
            y += font.get_linesize() + layout.s(2)
            bar = pygame.Rect(rect.left + pad, y, inner, layout.s(8))
            pygame.draw.rect(target, theme.INK if not contrast else theme.DIM, bar,
                             border_radius=bar.height // 2)
            share = (value - low) / max(1, high - low)
            filled = bar.copy()
            filled.width = max(bar.height, round(bar.width * max(0.0, min(1.0, share))))
            pygame.draw.rect(target, bright if contrast else theme.CORAL, filled,
                             border_radius=bar.height // 2)
            y = bar.bottom + layout.s(6)
            for line in notes:
                target.blit(render(line, small, quiet), (rect.left + pad, y))
                y += small.get_linesize()
            y += layout.s(8)
