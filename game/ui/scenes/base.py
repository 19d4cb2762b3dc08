"""What every scene offers the app loop: events in, ticks in, a picture out.

`handle` and `update` return True when the picture changed; the app redraws only then (or while
`animating()` says something still moves), which is what keeps an idle window at ~0% CPU.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from .. import keymap, theme
from ..widgets.panel import gradient, wash
from ..widgets.text import fit, render

if TYPE_CHECKING:
    from ..app import App


class Scene:
    overlay = False  # drawn over the scene beneath it (history, settings over play)
    name = "scene"

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def layout(self) -> theme.Layout:
        return self.app.layout

    @property
    def contrast(self) -> bool:
        return bool(self.app.settings["high_contrast"])

    def relayout(self) -> None:
        """The window changed size or text size: recompute rects."""

    def handle(self, event: pygame.event.Event) -> bool:
        return False

    def update(self, ticks: int) -> bool:
        return False

    def animating(self) -> bool:
        return False

    def draw(self, target: pygame.Surface) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.app.pop()


def direction(event: pygame.event.Event) -> int:
    """-1 up, +1 down, 0 neither: the keymap's focus keys and a gamepad's D-pad."""
    return keymap.direction(event)


def is_confirm(event: pygame.event.Event) -> bool:
    return keymap.pressed(event, "button_select")


def is_back(event: pygame.event.Event) -> bool:
    return keymap.pressed(event, "back")


def backdrop(target: pygame.Surface, screen: str, contrast: bool = False) -> None:
    """A screen's own opaque backdrop: nothing of the story or the title shows through."""
    if contrast:
        target.fill(theme.HIGH_CONTRAST_BACKDROP)
        return
    top, bottom = theme.SCREENS.get(screen, theme.SCREENS["menu"])
    target.blit(gradient(target.get_size(), top, bottom), (0, 0))


def dim(target: pygame.Surface, alpha: int = theme.OVERLAY_ALPHA) -> None:
    """Wash out the scene beneath an overlay so only the overlay's text reads."""
    wash(target, max(alpha, theme.OVERLAY_ALPHA))


def heading(target: pygame.Surface, layout: theme.Layout, text: str, y: float = 60,
            subtitle: str = "", contrast: bool = False) -> None:
    """A screen's title, `y` design pixels below the visible canvas's top, and a line under
    it; white on black with high contrast."""
    font = layout.font(theme.HEADING_SIZE, style="light")
    surface = render(text, font, theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM)
    where = surface.get_rect(midtop=layout.point(theme.DESIGN_W / 2, layout.y0 + y))
    target.blit(surface, where)
    if subtitle:
        small = render(subtitle, layout.font(theme.SMALL_SIZE, style="italic"),
                       theme.HIGH_CONTRAST_TEXT if contrast else theme.MUTED)
        target.blit(small, small.get_rect(midtop=(where.centerx, where.bottom + layout.s(4))))


def footer(target: pygame.Surface, layout: theme.Layout, text: str,
           contrast: bool = False) -> None:
    """The hint line at the foot of the visible canvas."""
    font = layout.font(theme.SMALL_SIZE)
    small = render(fit(text, font, layout.s(layout.W - 40)), font,
                   theme.HIGH_CONTRAST_TEXT if contrast else theme.MUTED)
    target.blit(small, small.get_rect(midbottom=layout.point(theme.DESIGN_W / 2,
                                                             layout.y1 - 18)))
