"""Translucent rounded panels, cached by size and colour.

Converted to the display's pixel format (convert_alpha): measured here, a 1100x200 panel
blends in 0.15 ms that way, against 0.2 ms unconverted and 3-6 ms with a colour key plus
surface alpha."""

from __future__ import annotations

import pygame

from .. import theme

_CACHE: dict[tuple, pygame.Surface] = {}


def panel(size: tuple[int, int], colour: tuple[int, int, int] = theme.PANEL,
          alpha: int = theme.PANEL_ALPHA, radius: int = 12,
          edge: tuple[int, int, int] | None = None) -> pygame.Surface:
    key = (size, colour, alpha, radius, edge)
    surface = _CACHE.get(key)
    if surface is None:
        if len(_CACHE) > 200:
            _CACHE.clear()
        surface = pygame.Surface(size, pygame.SRCALPHA)
        rect = surface.get_rect()
        pygame.draw.rect(surface, (*colour, alpha), rect, border_radius=radius)
        if edge:
            pygame.draw.rect(surface, (*edge, 110), rect, width=max(1, radius // 8),
                             border_radius=radius)
        if pygame.display.get_surface() is not None:
            surface = surface.convert_alpha()
        _CACHE[key] = surface
    return surface


def wash(target: pygame.Surface, alpha: int, colour: tuple[int, int, int] = theme.INK) -> None:
    """All of `target` (within its clip) washed with one colour at `alpha` (0-255): each
    pixel scaled by what shows through, then the colour's share added, two fills the window
    over (pygame does both with vector instructions). Within 2 levels of a window-sized
    colour blitted at that alpha, and nothing window-sized is made or kept: that blit, and
    the strip of the colour laid down the window that replaced it, cost 2.4 ms of a card's or
    a menu's frame at 1280x720 (0.8 ms as fills). The window's alpha, where it has one, is
    left as it was."""
    alpha = max(0, min(255, alpha))
    if not alpha:
        return
    through = 255 - alpha
    target.fill((through, through, through), special_flags=pygame.BLEND_RGB_MULT)
    target.fill(tuple((part * alpha + 127) // 255 for part in colour),
                special_flags=pygame.BLEND_RGB_ADD)


_BACKDROPS: dict[tuple, pygame.Surface] = {}


def gradient(size: tuple[int, int], top: tuple[int, int, int],
             bottom: tuple[int, int, int]) -> pygame.Surface:
    """An opaque vertical gradient, made once per size and colours: a screen's own backdrop."""
    key = (size, top, bottom)
    surface = _BACKDROPS.get(key)
    if surface is None:
        if len(_BACKDROPS) > 16:
            _BACKDROPS.clear()
        column = pygame.Surface((1, 256))
        for y in range(256):
            t = y / 255
            column.set_at((0, y), [round(a + (b - a) * t) for a, b in zip(top, bottom,
                                                                            strict=False)])
        surface = pygame.transform.smoothscale(column, size)
        if pygame.display.get_surface() is not None:
            surface = surface.convert()
        _BACKDROPS[key] = surface
    return surface


def scrollbar(target: pygame.Surface, layout: theme.Layout, area: pygame.Rect, *, visible: float,
              total: float, scroll: float, contrast: bool, inset: int = 12) -> None:
    """A list longer than its panel says so: a track and a thumb `inset` design pixels in from
    the panel's right edge, the thumb as long as the visible share. Nothing when it all fits."""
    if total <= visible + 1:
        return
    pad = 10 if inset >= 10 else 8
    track = pygame.Rect(area.right - layout.s(inset), area.top + layout.s(pad), layout.s(6),
                        area.height - layout.s(2 * pad))
    pygame.draw.rect(target, theme.INK, track, border_radius=track.width // 2)
    length = max(layout.s(30), round(track.height * visible / total))
    top = track.top + round((track.height - length) * scroll / max(1.0, total - visible))
    pygame.draw.rect(target, theme.HIGH_CONTRAST_TEXT if contrast else theme.PEACH,
                     pygame.Rect(track.left, top, track.width, length),
                     border_radius=track.width // 2)
