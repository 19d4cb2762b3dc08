"""The meters panel (M): the story's relationship meters as quiet bars, off by default."""

from __future__ import annotations

import pygame

from .. import theme
from .panel import panel
from .text import render


class MetersPanel:
    def draw(self, target: pygame.Surface, layout: theme.Layout, meters: list[tuple],
             contrast: bool, right: float | None = None) -> None:
        """`meters`: (label, value, minimum, maximum) for each meter; `right`: the panel's right
        edge in design pixels (left of the speedrun timer while one is shown)."""
        if not meters:
            return
        font = layout.font(theme.SMALL_SIZE)
        row = layout.s(34)
        right = layout.x1 - 30 if right is None else right
        rect = layout.rect(right - 300, layout.y0 + 24, 300, 0)
        rect.height = row * len(meters) + layout.s(24)
        target.blit(panel(rect.size, theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          230, layout.s(10), theme.PANEL_EDGE), rect)
        y = rect.top + layout.s(12)
        for label, value, low, high in meters:
            text = render(label, font, theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND)
            target.blit(text, (rect.left + layout.s(14), y + layout.s(6)))
            bar = pygame.Rect(rect.left + layout.s(130), y + layout.s(9), layout.s(150),
                              layout.s(10))
            pygame.draw.rect(target, theme.INK, bar, border_radius=bar.height // 2)
            share = (value - low) / max(1, high - low)
            filled = bar.copy()
            filled.width = max(bar.height, round(bar.width * max(0.0, min(1.0, share))))
            pygame.draw.rect(target, theme.CORAL, filled, border_radius=bar.height // 2)
            y += row
