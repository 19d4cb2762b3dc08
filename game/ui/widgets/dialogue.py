"""The dialogue box: a speaker plate in the character's colour and a typewriter reveal.

The line is wrapped and rendered once; each frame only blits the revealed part of each row, so a
long line costs the same to draw at its first letter as at its last.
"""

from __future__ import annotations

import pygame

from .. import theme
from .panel import panel
from .text import render, typeset, wrap


class DialogueBox:
    def __init__(self) -> None:
        self.text = ""
        self.name = ""
        self.colour = theme.SAND
        self.shown = 0.0  # characters revealed
        self.rows: list[str] = []
        self._wrap_key: tuple | None = None

    def set_line(self, text: str, name: str = "", colour: tuple[int, int, int] = theme.SAND,
                 instant: bool = False) -> None:
        self.text, self.name, self.colour = text, name, colour
        self.shown = float(len(text)) if instant else 0.0
        self._wrap_key = None

    @property
    def done(self) -> bool:
        return self.shown >= len(self.text)

    def complete(self) -> None:
        self.shown = float(len(self.text))

    def update(self, ticks: int, chars_per_second: float) -> bool:
        if self.done:
            return False
        before = int(self.shown)
        self.shown = min(float(len(self.text)), self.shown + chars_per_second * ticks / 60)
        return int(self.shown) != before

    @staticmethod
    def width(layout: theme.Layout) -> float:
        """The box's width in design pixels: the design's, or what the visible canvas allows."""
        return min(theme.DESIGN_W - 2 * (theme.MARGIN + 40), layout.W - 60)

    def box_rect(self, layout: theme.Layout) -> pygame.Rect:
        """Grows upward when a long line (or large text) needs more rows: nothing is cut."""
        rows = self._rows(layout)
        font = layout.font(theme.TEXT_SIZE, text=True)
        needed = len(rows) * (font.get_linesize() + layout.s(theme.LINE_GAP)) + layout.s(
            theme.BOX_PAD * 2 + 10 + theme.MENU_ROW)
        height = max(layout.s(theme.BOX_H), needed)
        width = self.width(layout)
        x = layout.point(theme.DESIGN_W / 2 - width / 2, 0)[0]
        bottom = layout.point(0, layout.y1 - 26)[1]
        return pygame.Rect(x, bottom - height, layout.s(width), height)

    def typed_rects(self, layout: theme.Layout, before: int, after: int) -> list[pygame.Rect]:
        """Where revealing characters `before` up to `after` changes the box: on each row they
        are on, the columns of its rendering between the two (`draw` shows a row's rendering
        up to the width of the text revealed)."""
        low, high = min(before, after), max(before, after)
        if low == high:
            return []
        font = layout.font(theme.TEXT_SIZE, text=True)
        box = self.box_rect(layout)
        x, height, spans = box.left + layout.s(theme.BOX_PAD), font.get_height(), []
        for row, first, y in self._laid(layout, box):
            start, end = max(low, first) - first, min(high, first + len(row)) - first
            if end > start:
                left = font.size(row[:start])[0]
                spans.append(pygame.Rect(x + left, y, font.size(row[:end])[0] - left, height))
        return spans

    def _laid(self, layout: theme.Layout, box: pygame.Rect) -> list[tuple[str, int, int]]:
        """Each row with the index of its first character in the line and the top it is
        drawn at in `box`."""
        font = layout.font(theme.TEXT_SIZE, text=True)
        step = font.get_linesize() + layout.s(theme.LINE_GAP)
        y, first, laid = box.top + layout.s(theme.BOX_PAD) + layout.s(8), 0, []
        for row in self._rows(layout):
            laid.append((row, first, y))
            first += len(row) + 1  # the space the wrap consumed
            y += step
        return laid

    def _rows(self, layout: theme.Layout) -> list[str]:
        font = layout.font(theme.TEXT_SIZE, text=True)
        width = layout.s(self.width(layout) - 2 * theme.BOX_PAD)
        key = (self.text, id(font), width)
        if key != self._wrap_key:
            self.rows = wrap(typeset(self.text), font, width) if self.text else []
            self._wrap_key = key
        return self.rows

    def draw(self, target: pygame.Surface, layout: theme.Layout, contrast: bool,
             mark: bool = True) -> None:
        """`mark`: the ▼ that says "click to go on"; off while a choice waits, since going
        on is then not what a click does."""
        box = self.box_rect(layout)
        fill = theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL
        alpha = 245 if contrast else theme.PANEL_ALPHA
        target.blit(panel(box.size, fill, alpha, layout.s(theme.RADIUS), theme.PANEL_EDGE), box)
        if self.name:
            self._plate(target, layout, box)
        font = layout.font(theme.TEXT_SIZE, text=True)
        speech = theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM
        narration = theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND
        colour = speech if self.name else narration
        x = box.left + layout.s(theme.BOX_PAD)
        shown = int(self.shown)
        for row, first, y in self._laid(layout, box):
            left = shown - first
            if left <= 0:
                break
            surface = render(row, font, colour)
            if left >= len(row):
                target.blit(surface, (x, y))
            else:
                width = font.size(row[:left])[0]
                target.blit(surface, (x, y), pygame.Rect(0, 0, width, surface.get_height()))
        if mark and self.done and self.text:
            self._continue_mark(target, layout, box)

    def _plate(self, target: pygame.Surface, layout: theme.Layout, box: pygame.Rect) -> None:
        font = layout.font(theme.NAME_SIZE)
        label = render(self.name, font, theme.INK)
        plate = pygame.Rect(0, 0, label.get_width() + layout.s(36), layout.s(40))
        plate.midleft = (box.left + layout.s(theme.BOX_PAD), box.top)
        pygame.draw.rect(target, self.colour, plate, border_radius=plate.height // 2)
        target.blit(label, label.get_rect(center=plate.center))

    def mark_rect(self, layout: theme.Layout) -> pygame.Rect:
        """Where the ▼ is drawn once the line is typed."""
        points = self._mark_points(layout, self.box_rect(layout))
        xs, ys = [x for x, _ in points], [y for _, y in points]
        return pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + 1,
                           max(ys) - min(ys) + 1).inflate(4, 4)

    @staticmethod
    def _mark_points(layout: theme.Layout, box: pygame.Rect) -> list[tuple[int, int]]:
        x = box.right - layout.s(30)
        y = box.bottom - layout.s(theme.MENU_ROW) // 2 - layout.s(6)
        size = layout.s(7)
        return [(x - size, y - size // 2), (x + size, y - size // 2), (x, y + size)]

    def _continue_mark(self, target: pygame.Surface, layout: theme.Layout,
                       box: pygame.Rect) -> None:
        pygame.draw.polygon(target, theme.PEACH, self._mark_points(layout, box))
