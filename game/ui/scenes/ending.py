"""An ending's closing screen: its title and what became of them, then back to the title."""

from __future__ import annotations

import pygame

from game.core.story import EndingReached

from .. import theme
from ..widgets.panel import veil
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
        self.count = (f"Ending {len(seen)} of {len(config.endings)} found"
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
        layout = self.layout
        target.blit(self.app.backdrops.get(self.bg, target.get_size()), (0, 0))
        target.blit(veil(target.get_size(), round(215 * self.ticks / FADE_IN)), (0, 0))
        alpha = round(255 * self.ticks / FADE_IN)
        centre_x = theme.DESIGN_W / 2
        label = layout.font(theme.SMALL_SIZE + 3).render("THE END", True, theme.PEACH)
        label.set_alpha(alpha)
        target.blit(label, label.get_rect(center=layout.point(centre_x, 200)))
        title = layout.font(theme.TITLE_SIZE).render(self.ending.ending.title, True, theme.CREAM)
        title.set_alpha(alpha)
        target.blit(title, title.get_rect(center=layout.point(centre_x, 268)))
        pygame.draw.line(target, theme.CORAL, layout.point(centre_x - 70, 322),
                         layout.point(centre_x + 70, 322), 2)
        font = layout.font(theme.TEXT_SIZE, text=True)
        y = layout.point(0, 356)[1]
        for row in wrap(self.ending.ending.description, font, layout.s(820)):
            text = font.render(row, True, theme.SAND)
            text.set_alpha(alpha)
            target.blit(text, text.get_rect(midtop=(layout.width // 2, y)))
            y += font.get_linesize() + layout.s(6)
        if self.count:
            note = render(self.count, layout.font(theme.SMALL_SIZE), theme.MUTED)
            target.blit(note, note.get_rect(midtop=(layout.width // 2, y + layout.s(24))))
        if self.ticks >= FADE_IN // 3:
            footer(target, layout, "Click or press Enter to return to the title")
