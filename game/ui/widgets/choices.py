"""Choices as buttons: hover with the mouse, arrows and Enter, number keys 1-9, a gamepad.

Nothing is focused when choices appear: a Space or Enter tapped to hurry the text along must
never pick an answer. Focus arrives only when the player moves it (arrows, a number, a pointer
that really moves); a pointer resting where the buttons appear does not count."""

from __future__ import annotations

import pygame

from .. import theme
from .panel import panel
from .text import render, typeset, wrap


class ChoiceList:
    @classmethod
    def of(cls, choices) -> ChoiceList:
        """The buttons for a story's choices, with the `#note:` each choice's tags carry."""
        return cls([c.text for c in choices], [c.tags.note for c in choices])

    def __init__(self, texts: list[str], notes: list[str | None] | None = None) -> None:
        self.texts = [typeset(text) for text in texts]
        self.notes = notes or [None] * len(texts)
        self.focus = -1  # none until the player moves focus
        self.pointer = pointer_now()  # where the pointer was when the choices appeared
        self.rects: list[pygame.Rect] = []
        self._rows: list[list[str]] = []

    def layout(self, layout: theme.Layout, bottom: int) -> None:
        """Stack the buttons upward from `bottom`, centred; long choices wrap onto two rows."""
        font = layout.font(theme.CHOICE_SIZE, text=True)
        width = layout.s(min(theme.CHOICE_W, layout.W - 80))
        inner = width - layout.s(110)
        small = layout.font(theme.SMALL_SIZE)
        self._rows = [wrap(typeset(text), font, inner - (small.size(note)[0] + layout.s(16) if note
                                                else 0))
                      for text, note in zip(self.texts, self.notes, strict=False)]
        heights = [max(layout.s(theme.CHOICE_H), len(rows) * font.get_linesize()
                       + layout.s(24)) for rows in self._rows]
        gap = layout.s(theme.CHOICE_GAP)
        y = bottom - sum(heights) - gap * (len(heights) - 1)
        top_limit = layout.point(0, layout.y0 + 30)[1]
        y = max(y, top_limit)
        left = layout.width // 2 - width // 2
        self.rects = []
        for height in heights:
            self.rects.append(pygame.Rect(left, y, width, height))
            y += height + gap

    def hover(self, pos: tuple[int, int]) -> bool:
        if tuple(pos) == self.pointer:
            return False  # a motion event with no motion: the pointer did not move
        self.pointer = tuple(pos)
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos) and i != self.focus:
                self.focus = i
                return True
        return False

    def at(self, pos: tuple[int, int]) -> int | None:
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos):
                return i
        return None

    def move(self, step: int) -> None:
        if self.focus < 0:  # the first arrow lands on the first (or, going up, last) answer
            self.focus = 0 if step > 0 else len(self.texts) - 1
            return
        self.focus = (self.focus + step) % max(1, len(self.texts))

    @property
    def focused(self) -> int | None:
        return self.focus if 0 <= self.focus < len(self.texts) else None

    def draw(self, target: pygame.Surface, layout: theme.Layout, contrast: bool) -> None:
        font = layout.font(theme.CHOICE_SIZE, text=True)
        small = layout.font(theme.SMALL_SIZE)
        clip = target.get_clip()
        for i, (rect, rows) in enumerate(zip(self.rects, self._rows, strict=False)):
            if not clip.colliderect(rect.inflate(4, 4)):
                continue  # drawn only inside its rectangle: nothing of it here
            focused = i == self.focus
            fill = theme.HOVER if focused else (theme.HIGH_CONTRAST_PANEL if contrast
                                                else theme.PANEL)
            target.blit(panel(rect.size, fill, 245 if contrast or focused else 228,
                              layout.s(theme.RADIUS), theme.PANEL_EDGE if focused else theme.DIM),
                        rect)
            badge = pygame.Rect(0, 0, layout.s(30), layout.s(30))
            badge.center = (rect.left + layout.s(36), rect.centery)
            pygame.draw.circle(target, theme.SELECT if focused else theme.CORAL, badge.center,
                               badge.width // 2)
            number = render(str(i + 1) if i < 9 else "", small, theme.INK)
            target.blit(number, number.get_rect(center=badge.center))
            colour = theme.HIGH_CONTRAST_TEXT if contrast else (
                theme.CREAM if focused else theme.SAND)
            y = rect.centery - len(rows) * font.get_linesize() // 2
            for row in rows:
                target.blit(render(row, font, colour), (rect.left + layout.s(70), y + 2))
                y += font.get_linesize()
            note = self.notes[i] if i < len(self.notes) else None
            if note:
                label = render(note, small, theme.SAND if focused else theme.DIM)
                target.blit(label, label.get_rect(midright=(rect.right - layout.s(18),
                                                            rect.centery)))


def pointer_now() -> tuple[int, int] | None:
    """The pointer's position now, or None without a window (a pointer never seen)."""
    if pygame.display.get_surface() is None:
        return None
    return tuple(pygame.mouse.get_pos())
