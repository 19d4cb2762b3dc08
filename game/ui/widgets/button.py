"""A quiet text button: no frame until hovered or focused, then a soft coral panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from .. import keymap, theme
from .choices import pointer_now
from .panel import panel
from .text import fit, render


@dataclass
class Button:
    label: str
    action: Callable[[], None] | None = None
    enabled: bool = True
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    align: str = "center"  # or "left"
    detail: str = ""  # a second, smaller line (gallery entries, save slots)

    def hit(self, pos: tuple[int, int]) -> bool:
        return self.enabled and self.rect.collidepoint(pos)

    def draw(self, target: pygame.Surface, font: pygame.font.Font, focused: bool,
             contrast: bool = False, small: pygame.font.Font | None = None) -> None:
        if focused and self.enabled:
            target.blit(panel(self.rect.size, theme.HOVER, 220, self.rect.height // 3,
                              theme.PANEL_EDGE), self.rect)
        colour = (theme.CREAM if self.enabled else theme.DIM)
        if contrast:
            colour = theme.HIGH_CONTRAST_TEXT if self.enabled else theme.HIGH_CONTRAST_DIM
        pad = self.rect.height // 3
        text = render(fit(self.label, font, self.rect.width - 2 * pad), font, colour)
        centre_y = self.rect.centery if not (self.detail and small) else (
            self.rect.top + self.rect.height * 0.36)
        where = text.get_rect(centery=round(centre_y))
        if self.align == "center":
            where.centerx = self.rect.centerx
        else:
            where.left = self.rect.left + pad
        target.blit(text, where)
        if self.detail and small:
            tone = (theme.HIGH_CONTRAST_DIM if contrast else
                    theme.MUTED if self.enabled else theme.DIM)
            line = render(fit(self.detail, small, self.rect.width - 2 * pad), small, tone)
            spot = line.get_rect(top=where.bottom + max(1, self.rect.height // 24))
            spot.left = where.left if self.align != "center" else self.rect.centerx - (
                line.get_width() // 2)
            target.blit(line, spot)


class ButtonColumn:
    """Buttons navigated by mouse, arrow keys, Enter and a gamepad: the title menu, lists.

    Keyboard focus follows the pointer only when the pointer really moves: a pointer left
    resting over "New game" must not turn the next Enter into starting over."""

    def __init__(self, buttons: list[Button]) -> None:
        self.buttons = buttons
        self.focus = next((i for i, b in enumerate(buttons) if b.enabled), 0)
        self.pointer = pointer_now()

    def move(self, step: int) -> bool:
        if not self.buttons:
            return False
        start = self.focus
        for _ in range(len(self.buttons)):
            self.focus = (self.focus + step) % len(self.buttons)
            if self.buttons[self.focus].enabled:
                break
        return self.focus != start

    def hover(self, pos: tuple[int, int]) -> bool:
        if tuple(pos) == self.pointer:
            return False  # a motion event with no motion (a window appearing under it)
        self.pointer = tuple(pos)
        for i, button in enumerate(self.buttons):
            if button.hit(pos) and i != self.focus:
                self.focus = i
                return True
        return False

    def click(self, pos: tuple[int, int]) -> bool:
        for i, button in enumerate(self.buttons):
            if button.hit(pos):
                self.focus = i
                return self.activate()
        return False

    def handle(self, event: pygame.event.Event, sideways: bool = False) -> bool:
        """The one way every menu reads input: a moving pointer focuses, a left click
        activates, arrows (and a gamepad's hat) move, Enter/Space/A activates; `sideways`:
        left and right move too (a row of buttons). True when the picture changed."""
        if event.type == pygame.MOUSEMOTION:
            return self.hover(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self.click(event.pos)
        side = keymap.sideways(event) if sideways else 0
        if side:
            return self.move(side)
        step = keymap.direction(event)
        if step:
            return self.move(step)
        if keymap.pressed(event, "button_select"):
            return self.activate()
        return False

    def activate(self) -> bool:
        if not self.buttons:
            return False
        button = self.buttons[self.focus]
        if button.enabled and button.action:
            button.action()
            return True
        return False
