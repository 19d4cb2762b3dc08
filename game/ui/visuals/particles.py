"""Drifting motes of warm light over a scene: slow, few, and computed from the tick alone, so
the same tick always draws the same picture (screenshots and tests are repeatable)."""

from __future__ import annotations

import math
import random

import pygame

from .. import theme

COUNT = 34


class Motes:
    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.motes = [(rng.uniform(0, theme.DESIGN_W), rng.uniform(0, theme.DESIGN_H),
                       rng.uniform(0.1, 0.45), rng.uniform(0, math.tau), rng.randint(2, 5))
                      for _ in range(COUNT)]
        self.tick = 0
        self._sprites: dict[int, pygame.Surface] = {}
        self.rects: list[pygame.Rect] = []  # where the last draw put each mote

    def update(self, ticks: int) -> None:
        self.tick += ticks

    def draw(self, target: pygame.Surface, layout: theme.Layout, strength: float) -> None:
        self.rects = []
        if strength <= 0.01:
            return
        width, height = target.get_size()
        for x, y, speed, phase, size in self.motes:
            px = (x + 18 * math.sin(self.tick / 140 + phase)) * width / theme.DESIGN_W
            py = ((y - self.tick * speed) % theme.DESIGN_H) * height / theme.DESIGN_H
            sprite = self._sprite(layout.s(size * 3))
            sprite.set_alpha(round(150 * strength * (0.5 + 0.5 * math.sin(phase + self.tick
                                                                           / 90))))
            self.rects.append(target.blit(sprite, (px, py)))

    def _sprite(self, radius: int) -> pygame.Surface:
        if radius not in self._sprites:
            surface = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
            for i in range(radius, 0, -1):
                alpha = round(120 * (1 - i / radius))
                pygame.draw.circle(surface, (255, 200, 150, alpha), (radius, radius), i)
            self._sprites[radius] = surface
        return self._sprites[radius]
