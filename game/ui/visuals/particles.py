"""Drifting motes of warm light over a scene: slow, few, and computed from the tick alone, so
the same tick always draws the same picture (screenshots and tests are repeatable)."""

from __future__ import annotations

import math
import random
from typing import NamedTuple

import pygame

from .. import theme

COUNT = 34


class Placed(NamedTuple):
    """One mote as drawn: its sprite, brightness and where (not clipped to the window)."""

    sprite: pygame.Surface
    alpha: int
    rect: pygame.Rect


def paint(target: pygame.Surface, mote: Placed) -> pygame.Rect:
    mote.sprite.set_alpha(mote.alpha)  # sprites are shared by motes of one size
    return target.blit(mote.sprite, mote.rect)


class Motes:
    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.motes = [(rng.uniform(0, theme.DESIGN_W), rng.uniform(0, theme.DESIGN_H),
                       rng.uniform(0.1, 0.45), rng.uniform(0, math.tau), rng.randint(2, 5))
                      for _ in range(COUNT)]
        self.tick = 0
        self._sprites: dict[int, pygame.Surface] = {}
        self._mine: dict[int, tuple[int, pygame.Surface]] = {}  # per mote: radius, sprite
        # per layout scale: each mote's place, speed and phase, its sprite and its size
        self._sized: tuple[float, list[tuple]] | None = None
        self.rects: list[pygame.Rect] = []  # where the last draw put each mote
        self.placed: list[Placed] = []

    def update(self, ticks: int) -> None:
        self.tick += ticks

    def place(self, size: tuple[int, int], layout: theme.Layout,
              strength: float) -> list[Placed]:
        """Where each mote is drawn this tick and how brightly, without drawing it: the
        play scene compares this with what the window shows and redraws only the motes whose
        whole pixel or brightness moved (most ticks, a slow mote's does not)."""
        if strength <= 0.01:
            return []
        width, height = size
        if self._sized is None or self._sized[0] != layout.scale:
            sprites = [self._own(index, layout.s(grain * 3))
                       for index, (*_, grain) in enumerate(self.motes)]
            self._sized = (layout.scale, [(*mote[:4], sprite, sprite.get_size())
                                          for mote, sprite in zip(self.motes, sprites,
                                                                  strict=True)])
        # one comprehension with its names local: this runs every ambient frame, where the
        # interpreter is most of the cost at 720p. int(): where a blit at (px, py) lands
        # (pygame truncates toward zero); the same sums in the same order as ever, so a tick
        # always places its motes on the same pixels
        sin, tick, rect, made = math.sin, self.tick, pygame.Rect, Placed
        slow, slower = tick / 140, tick / 90
        design_w, design_h = theme.DESIGN_W, theme.DESIGN_H
        return [made(sprite, round(150 * strength * (0.5 + 0.5 * sin(phase + slower))),
                     rect((int((x + 18 * sin(slow + phase)) * width / design_w),
                           int(((y - tick * speed) % design_h) * height / design_h)), extent))
                for x, y, speed, phase, sprite, extent in self._sized[1]]

    def draw(self, target: pygame.Surface, layout: theme.Layout, strength: float) -> None:
        self.placed = self.place(target.get_size(), layout, strength)
        self.rects = [paint(target, mote) for mote in self.placed]

    def _own(self, index: int, radius: int) -> pygame.Surface:
        """Mote `index`'s own copy of its sprite: each carries its own brightness, so a
        whole batch of motes can be blitted at once (pygame's `blits`)."""
        kept = self._mine.get(index)
        if kept is None or kept[0] != radius:
            kept = self._mine[index] = (radius, self._sprite(radius).copy())
        return kept[1]

    def _sprite(self, radius: int) -> pygame.Surface:
        if radius not in self._sprites:
            surface = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
            for i in range(radius, 0, -1):
                alpha = round(120 * (1 - i / radius))
                pygame.draw.circle(surface, (255, 200, 150, alpha), (radius, radius), i)
            self._sprites[radius] = surface
        return self._sprites[radius]
