"""Samantha's presence: a soft light that breathes, swells with her voice and takes the colour
of her `#mood:`.

She is a voice in the film, never a face, so she is drawn as light: a glow that breathes at a
rate set by her mood, a thin ring, and a line of sound across it that moves with the voice level
(from the audio hook when a clip plays, else from the typewriter while her line is revealed).
"""

from __future__ import annotations

import math
from collections import OrderedDict

import pygame

from .. import theme

MOOD_BLEND_TICKS = 45
SCALED_KEPT = 24  # glow sizes kept: one breath at 1080p passes through about 18


class SamanthaForm:
    def __init__(self) -> None:
        core, halo, rate = theme.MOODS[theme.DEFAULT_MOOD]
        self.mood = theme.DEFAULT_MOOD
        self.core, self.halo, self.rate = core, halo, rate
        self._from = (core, halo, rate)
        self._blend = MOOD_BLEND_TICKS
        self.phase = 0.0  # breathing, in turns
        self.level = 0.0  # smoothed voice level 0..1
        self.presence = 0.0  # 0 hidden .. 1 fully present
        self.target_presence = 0.0
        self._sprite: pygame.Surface | None = None
        self._sprite_key: tuple | None = None
        # the glow scaled to each size the breathing passes through (a smoothscale and a new
        # surface per frame otherwise, 1.3 ms at 1080p), most recently used last
        self._scaled: OrderedDict[int, pygame.Surface] = OrderedDict()
        self._ring: pygame.Surface | None = None  # reused, cleared each frame
        self._scaled_for: pygame.Surface | None = None

    def set_mood(self, mood: str | None) -> None:
        if not mood or mood == self.mood or mood not in theme.MOODS:
            return
        self._from = (self.core, self.halo, self.rate)
        self.mood = mood
        self._blend = 0

    def moving(self, still: bool) -> bool:
        """Anything `update` would still change: a mood blending, presence fading, the voice
        level settling, the breath (which stops when `still`)."""
        target = 0.0 if still else self.level
        return (self._blend < MOOD_BLEND_TICKS
                or abs(self.presence - self.target_presence) > 0.001
                or abs(self.level - target) > 0.002 or (not still and self.presence > 0.01))

    def update(self, ticks: int, voice: float, still: bool) -> bool:
        """Advance by `ticks`; True when anything visible changed."""
        changed = False
        if self._blend < MOOD_BLEND_TICKS:
            self._blend = min(MOOD_BLEND_TICKS, self._blend + ticks)
            t = self._blend / MOOD_BLEND_TICKS
            core, halo, rate = theme.MOODS[self.mood]
            self.core = theme.mix(self._from[0], core, t)
            self.halo = theme.mix(self._from[1], halo, t)
            self.rate = self._from[2] + (rate - self._from[2]) * t
            changed = True
        if abs(self.presence - self.target_presence) > 0.001:
            step = ticks / 40
            delta = self.target_presence - self.presence
            self.presence += max(-step, min(step, delta))
            changed = True
        target = 0.0 if still else voice
        if abs(self.level - target) > 0.002:
            self.level += (target - self.level) * min(1.0, ticks * 0.25)
            changed = True
        if not still and self.presence > 0.01:
            self.phase = (self.phase + ticks * self.rate / 60) % 1.0
            changed = True
        return changed

    def draw(self, target: pygame.Surface, centre: tuple[int, int], radius: int) -> None:
        if self.presence <= 0.01 or radius < 4:
            return
        breath = 0.5 - 0.5 * math.cos(self.phase * math.tau)
        size = radius * (0.86 + 0.1 * breath + 0.22 * self.level)
        scaled = self._scaled_glow(radius, round(size * 2.9) // 2 * 2)
        scaled.set_alpha(round(255 * self.presence))
        target.blit(scaled, scaled.get_rect(center=centre), special_flags=0)
        alpha = round(200 * self.presence)
        ring = self._ring
        if ring is None or ring.get_width() != radius * 4:
            ring = self._ring = pygame.Surface((radius * 4, radius * 4), pygame.SRCALPHA)
        ring.fill((0, 0, 0, 0))
        mid = radius * 2
        pygame.draw.circle(ring, (*self.core, alpha // 2), (mid, mid), round(size * 0.72), 2)
        pygame.draw.circle(ring, (*self.core, alpha), (mid, mid), max(2, round(size * 0.16)))
        points = []
        amplitude = radius * (0.04 + 0.5 * self.level)
        for i in range(49):
            x = -1 + i / 24
            envelope = (1 - x * x) ** 2
            wave = math.sin(x * 9 + self.phase * math.tau * 3) * amplitude * envelope
            points.append((mid + x * size * 1.05, mid + wave))
        pygame.draw.aalines(ring, (*theme.CREAM, alpha), False, points)
        target.blit(ring, ring.get_rect(center=centre))

    def _scaled_glow(self, radius: int, diameter: int) -> pygame.Surface:
        """The glow at `diameter` (an even number of pixels: a step no eye sees, half as many
        sizes kept), from a small cache that forgets the least recently used."""
        sprite = self._glow(radius)
        if self._scaled_for is not sprite:
            self._scaled.clear()  # new colours: the old sizes are of no use
            self._scaled_for = sprite
        scaled = self._scaled.get(diameter)
        if scaled is None:
            scaled = pygame.transform.smoothscale(sprite, (diameter, diameter))
            self._scaled[diameter] = scaled
            while len(self._scaled) > SCALED_KEPT:
                self._scaled.popitem(last=False)
        else:
            self._scaled.move_to_end(diameter)
        return scaled

    def _glow(self, radius: int) -> pygame.Surface:
        """A soft disc of light: the halo colour at its rim warming to the core colour at its
        heart, alpha rising inward. Drawn small and cached; scaled up each frame."""
        key = (self.core, self.halo)
        if self._sprite_key != key:
            size = 64
            sprite = pygame.Surface((size * 2, size * 2), pygame.SRCALPHA)
            for i in range(size, 0, -1):
                t = 1 - i / size  # 0 at the rim, 1 at the centre
                colour = theme.mix(self.halo, self.core, t ** 1.5)
                # opaque inside her ring: she is in front of the window bars, not behind
                # them (a see-through heart let the mullion run straight through her)
                alpha = round(255 * min(1.0, 0.04 + 2.4 * t ** 1.5))
                pygame.draw.circle(sprite, (*colour, alpha), (size, size), i)
            self._sprite = sprite
            self._sprite_key = key
        return self._sprite
