"""An ending's closing screen: its title and what became of them, then back to the title."""

from __future__ import annotations

import math

import pygame

from game.core.story import EndingReached

from .. import theme
from ..widgets.panel import wash
from ..widgets.text import render, wrap
from .base import Scene, footer, is_back, is_confirm

FADE_IN = 90


class EndingScene(Scene):
    name = "ending"

    def __init__(self, app, ending: EndingReached, bg: str) -> None:
        super().__init__(app)
        self.ending = ending
        self.bg = bg or "black"
        self.ticks = 0 if not app.settings["reduced_motion"] else FADE_IN
        config = app.story.config
        seen = [e for e in app.profile.endings_seen if e in config.endings]
        self.count = (f"Endings found: {len(seen)} of {len(config.endings)}"
                      if config.endings else "")

    def handle(self, event: pygame.event.Event) -> bool:
        clicked = event.type == pygame.MOUSEBUTTONDOWN and event.button == 1
        if (clicked or is_confirm(event) or is_back(event)) and self.ticks >= FADE_IN // 3:
            self.to_title()
            return True
        return False

    def to_title(self) -> None:
        self.app.show("title")

    def update(self, ticks: int) -> bool:
        if self.ticks >= FADE_IN:
            return False
        self.ticks = min(FADE_IN, self.ticks + ticks)
        return True

    def animating(self) -> bool:
        return self.ticks < FADE_IN

    def draw(self, target: pygame.Surface) -> None:
        """The last scene stays visible, softly darkened where the words are (not a flat
        veil, which read as an empty panel); the words centre on the visible canvas."""
        layout = self.layout
        contrast = self.contrast
        size = target.get_size()
        target.blit(self.app.backdrops.get(self.bg, size), (0, 0))
        fade = self.ticks / FADE_IN
        if contrast:
            wash(target, round(235 * fade), (0, 0, 0))
        else:
            wash(target, round(90 * fade))
            draw_band(target, round(255 * fade))
        alpha = round(255 * fade)
        bright = theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM
        centre_x = theme.DESIGN_W / 2
        cy = layout.y0 + layout.H / 2  # the visible canvas's middle, in design pixels
        label = layout.font(theme.SMALL_SIZE + 3).render("THE END", True,
                                                         bright if contrast else theme.PEACH)
        label.set_alpha(alpha)
        target.blit(label, label.get_rect(center=layout.point(centre_x, cy - 150)))
        title = layout.font(theme.TITLE_SIZE, style="light").render(self.ending.ending.title,
                                                                   True, bright)
        title.set_alpha(alpha)
        target.blit(title, title.get_rect(center=layout.point(centre_x, cy - 88)))
        pygame.draw.line(target, bright if contrast else theme.CORAL,
                         layout.point(centre_x - 70, cy - 36), layout.point(centre_x + 70, cy - 36),
                         max(1, layout.s(2)))
        font = layout.font(theme.TEXT_SIZE, text=True, style="italic")
        y = layout.point(0, cy - 8)[1]
        for row in wrap(self.ending.ending.description, font, layout.s(min(820, layout.W - 100))):
            text = font.render(row, True, bright if contrast else theme.SAND)
            text.set_alpha(alpha)
            target.blit(text, text.get_rect(midtop=(layout.width // 2, y)))
            y += font.get_linesize() + layout.s(6)
        if self.count:
            note = render(self.count, layout.font(theme.SMALL_SIZE),
                          bright if contrast else theme.MUTED)
            note.set_alpha(alpha)
            target.blit(note, note.get_rect(midtop=(layout.width // 2, y + layout.s(24))))
        if self.ticks >= FADE_IN // 3:
            footer(target, layout, "Click or press Enter to return to the title",
                   contrast=contrast)


_BANDS: dict[tuple[int, int], pygame.Surface] = {}
BAND_STRIP = 64  # the band is one colour across: a strip this wide, repeated (8 MB -> 0.3 at 1080p)


def text_band(size: tuple[int, int]) -> pygame.Surface:
    """A soft dark band across the middle of the window, clear at top and bottom: the words
    of an ending read over it while the scene still shows around them. A strip of the
    window's height and at most BAND_STRIP wide; `draw_band` lays it across."""
    key = (min(BAND_STRIP, size[0]), size[1])
    band = _BANDS.get(key)
    if band is None:
        _BANDS.clear()
        column = pygame.Surface((1, 256), pygame.SRCALPHA)
        for y in range(256):
            t = (y / 255 - 0.5) / 0.26
            column.set_at((0, y), (*theme.INK, round(190 * math.exp(-t * t))))
        band = pygame.transform.smoothscale(column, key)
        _BANDS[key] = band
    return band


def draw_band(target: pygame.Surface, alpha: int) -> None:
    """The band across the whole of `target`, at `alpha`: the same pixels as one band of the
    window's size (every row of it is one colour), from a strip."""
    band = text_band(target.get_size())
    band.set_alpha(alpha)
    for x in range(0, target.get_width(), band.get_width()):
        target.blit(band, (x, 0))
