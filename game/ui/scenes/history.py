"""History (wheel up or H): the last 250 lines, scrollable, with replay on voiced lines.

Closes with H, Escape, a right click, or scrolling down past the newest line, the way the wheel
opened it."""

from __future__ import annotations

import pygame

from .. import keymap, theme
from ..widgets.panel import panel
from ..widgets.text import render, typeset, wrap
from .base import Scene, backdrop, footer, heading, is_back

TOP, FOOT, WIDTH = 120, 80, 880  # design pixels: under the heading, above the footer


def text_area(layout: theme.Layout) -> pygame.Rect:
    """Where the lines scroll: as wide as fits the visible canvas, between heading and footer."""
    width = min(WIDTH, layout.W - 100)
    return layout.rect(theme.DESIGN_W / 2 - width / 2, layout.y0 + TOP, width,
                       layout.H - TOP - FOOT)


class HistoryScene(Scene):
    overlay = False  # its own opaque screen
    name = "history"

    def __init__(self, app, play) -> None:
        super().__init__(app)
        self.play = play
        self.scroll = 0  # pixels scrolled up from the newest line
        self.rows: list[tuple] = []  # (entry, name rows, height)
        self.replays: list[tuple[pygame.Rect, object]] = []

    @property
    def entries(self) -> list:
        return self.play.play.history

    def relayout(self) -> None:
        layout = self.layout
        font = layout.font(theme.TEXT_SIZE - 3, text=True)
        width = text_area(layout).width - layout.s(60)
        self.rows = []
        for entry in self.entries:
            lines = wrap(typeset(entry.text), font, width)
            height = len(lines) * font.get_linesize() + layout.s(18 + (24 if entry.name else 0))
            self.rows.append((entry, lines, height))
        self.scroll = min(self.scroll, self.max_scroll())

    def max_scroll(self) -> int:
        total = sum(h for _, _, h in self.rows)
        return max(0, total - text_area(self.layout).height)

    def handle(self, event: pygame.event.Event) -> bool:
        step = self.layout.s(60)
        if event.type == pygame.MOUSEWHEEL:
            if event.y < 0 and self.scroll == 0:
                self.close()
                return True
            self.scroll = max(0, min(self.max_scroll(), self.scroll + event.y * step))
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for rect, line in self.replays:
                if rect.collidepoint(event.pos):
                    self.app.sound.replay(line)
                    return True
            return False
        if is_back(event) or keymap.pressed(event, "history"):
            self.close()
            return True
        moves = {"focus_up": step, "focus_down": -step, "page_up": step * 6,
                 "page_down": -step * 6, "list_top": 10**9, "list_bottom": -10**9}
        for action, move in moves.items():
            if keymap.pressed(event, action):
                self.scroll = max(0, min(self.max_scroll(), self.scroll + move))
                return True
        return False

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        backdrop(target, self.name, self.contrast)
        contrast = self.contrast
        heading(target, layout, "History", 40, contrast=contrast)
        area = text_area(layout)
        target.blit(panel(area.inflate(layout.s(40), layout.s(20)).size,
                          theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          255 if contrast else 150, layout.s(theme.RADIUS)),
                    area.inflate(layout.s(40), layout.s(20)))
        font = layout.font(theme.TEXT_SIZE - 3, text=True)
        small = layout.font(theme.SMALL_SIZE)
        clip = target.get_clip()
        target.set_clip(area)
        self.replays = []
        y = area.bottom + self.scroll
        for entry, lines, height in reversed(self.rows):
            y -= height
            if y > area.bottom or y + height < area.top:
                continue
            top = y + layout.s(6)
            if entry.name:
                target.blit(render(entry.name, small, entry.colour), (area.left, top))
                if self.app.sound.has_voice(entry.line):
                    rect = pygame.Rect(area.right - layout.s(90), top, layout.s(90),
                                       layout.s(22))
                    target.blit(render("Replay", small, theme.PEACH), rect)
                    self.replays.append((rect, entry.line))
                top += layout.s(24)
            colour = theme.HIGH_CONTRAST_TEXT if contrast else (
                theme.CREAM if entry.name else theme.SAND)
            for row in lines:
                target.blit(render(row, font, colour), (area.left, top))
                top += font.get_linesize()
        target.set_clip(clip)
        footer(target, layout, "Wheel or arrows to scroll · H, Esc or wheel down to return",
               contrast=contrast)
