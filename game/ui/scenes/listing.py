"""A scrollable column of entries over a dimmed screen: what the gallery, chapter select and the
save/load screens share."""

from __future__ import annotations

import pygame

from .. import theme
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel, scrollbar
from .base import Scene, backdrop, direction, footer, heading, is_back, is_confirm

TOP, BOTTOM, WIDTH = 130, 640, 760  # on a 1280x720 canvas; see ListingScene.frame
HEAD_ROOM, FOOT_ROOM = 130, 80  # design pixels above the list (heading) and below (footer)
SIDE_GAP = 50


class ListingScene(Scene):
    overlay = False  # an opaque screen of its own: the story or title never shows through
    title = ""
    subtitle = ""
    hint = "Esc to return"
    row_h = 64
    side = 0  # design width of a panel right of the list (the save screen's preview)

    def __init__(self, app) -> None:
        super().__init__(app)
        self.column = ButtonColumn(self.entries())
        self.scroll = 0

    def entries(self) -> list[Button]:
        raise NotImplementedError

    def rebuild(self) -> None:
        focus = self.column.focus
        self.column = ButtonColumn(self.entries())
        self.column.focus = min(focus, max(0, len(self.column.buttons) - 1))
        self.relayout()

    def frame(self) -> tuple[float, float, float, float]:
        """(left, top, width, bottom) of the list in design pixels, fitted to the visible
        canvas: a large interface size or a small window narrows it and shows fewer rows
        (the rest scroll), never cuts it."""
        layout = self.layout
        top, bottom = layout.y0 + HEAD_ROOM, layout.y1 - FOOT_ROOM
        room = layout.W - 80 - (self.side + SIDE_GAP if self.side else 0)
        width = max(240.0, min(WIDTH, room))
        group = width + (self.side + SIDE_GAP if self.side else 0)
        return theme.DESIGN_W / 2 - group / 2, top, width, bottom

    def side_left(self) -> float:
        """Where the panel beside the list starts, in design pixels."""
        left, _top, width, _bottom = self.frame()
        return left + width + SIDE_GAP

    def list_area(self) -> pygame.Rect:
        left, top, width, bottom = self.frame()
        return self.layout.rect(left - 20, top - 12, width + 40, bottom - top + 24)

    def visible_h(self) -> float:
        _left, top, _width, bottom = self.frame()
        return bottom - top

    def relayout(self) -> None:
        x, top, width, _bottom = self.frame()
        for i, button in enumerate(self.column.buttons):
            button.align = "left"
            button.rect = self.layout.rect(x, top + i * (self.row_h + 6) - self.scroll, width,
                                           self.row_h)

    def _follow(self) -> None:
        top = self.column.focus * (self.row_h + 6)
        visible = self.visible_h() - self.row_h
        if top - self.scroll > visible:
            self.scroll = top - visible
        elif top < self.scroll:
            self.scroll = top
        self.relayout()

    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        if event.type == pygame.MOUSEMOTION:
            return self.column.hover(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self.column.click(event.pos)
        if event.type == pygame.MOUSEWHEEL:
            limit = max(0, len(self.column.buttons) * (self.row_h + 6) - self.visible_h())
            self.scroll = max(0, min(limit, self.scroll - event.y * 40))
            self.relayout()
            return True
        step = direction(event)
        if step:
            self.column.move(step)
            self._follow()
            return True
        if is_confirm(event):
            return self.column.activate()
        return self.key(event)

    def key(self, event: pygame.event.Event) -> bool:
        return False

    def _scrollbar(self, target: pygame.Surface, area: pygame.Rect) -> None:
        scrollbar(target, self.layout, area, visible=self.visible_h(),
                  total=len(self.column.buttons) * (self.row_h + 6), scroll=self.scroll,
                  contrast=self.contrast)

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        contrast = self.contrast
        backdrop(target, self.name, contrast)
        heading(target, layout, self.title, 40, self.subtitle, contrast=contrast)
        area = self.list_area()
        target.blit(panel(area.size, theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL,
                          255 if contrast else 150, layout.s(theme.RADIUS),
                          theme.CREAM if contrast else None), area)
        clip = target.get_clip()
        target.set_clip(area)
        font = layout.font(theme.CHOICE_SIZE)
        small = layout.font(theme.SMALL_SIZE)
        for i, button in enumerate(self.column.buttons):
            if button.rect.bottom < area.top or button.rect.top > area.bottom:
                continue
            if not button.enabled:
                target.blit(panel(button.rect.size, theme.INK, 90, button.rect.height // 4),
                            button.rect)
            button.draw(target, font, i == self.column.focus, contrast, small)
        target.set_clip(clip)
        self._scrollbar(target, area)
        footer(target, layout, self.hint, contrast=contrast)
