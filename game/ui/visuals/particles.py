"""Drifting motes of warm light over a scene: slow, few, and computed from the tick alone, so
the same tick always draws the same picture (screenshots and tests are repeatable)."""

from __future__ import annotations

import math
import random
from typing import NamedTuple

import pygame

from .. import theme

COUNT = 34
# a mote's brightness (0-150) moves in steps of 4: at its heart, where its sprite is most
# opaque (120 of 255), a step is under 2 levels of 255, and it changes half as often as in
# steps of 2
BRIGHTNESS_STEP = 4


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
        # per layout scale and window size: each mote's place, sway, speed and phase in
        # window pixels, its sprite and its size
        self._sized: tuple[tuple, list[tuple]] | None = None
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
        if self._sized is None or self._sized[0] != (layout.scale, size):
            sprites = [self._own(index, layout.s(grain * 3))
                       for index, (*_, grain) in enumerate(self.motes)]
            across, down = width / theme.DESIGN_W, height / theme.DESIGN_H
            # what each mote's sums need that does not change from tick to tick, in window
            # pixels: where it starts across, how far it sways, where it starts down, how
            # fast it rises
            self._sized = ((layout.scale, size),
                           [(x * across, 18 * across, y * down, speed * down, phase, sprite,
                             sprite.get_size())
                            for (x, y, speed, phase, _), sprite in zip(self.motes, sprites,
                                                                       strict=True)])
        # one comprehension with its names local: this runs every ambient frame, where the
        # interpreter is most of the cost at 720p. A blit at (px, py) lands where pygame
        # truncates toward zero, so a tick always places its motes on the same pixels. Each
        # Placed is made by tuple's own constructor: a NamedTuple's is a Python function.
        #
        # A mote's sway and brightness are taken at the tick its row began (`when`, the same
        # number every tick of that row: the row counted from its start, not wrapped), so
        # they change only on a tick it rises a pixel anyway. Taken every tick, a third of
        # the motes redrawn in an ambient frame at 1080p (two in five at 720p) were redrawn
        # for a pixel across or a brightness step alone. Across, the lag is under a pixel and
        # a half; a step of brightness under a tenth of a second late.
        sin, floor, tick, rect, new, made = math.sin, math.floor, self.tick, pygame.Rect, \
            tuple.__new__, Placed
        # brightness in steps of BRIGHTNESS_STEP (of 150): a mote's brightness then changes
        # every few ticks, not every tick
        half = 75 * strength / BRIGHTNESS_STEP
        return [new(made, (sprite, BRIGHTNESS_STEP * round(half + half * sin(phase + when / 90)),
                           rect((int(x + sway * sin(when / 140 + phase)), row % height),
                                extent)))
                for x, sway, y, rise, phase, sprite, extent in self._sized[1]
                for row in (floor(y - tick * rise),)
                for when in ((y - 1 - row) / rise,)]

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
