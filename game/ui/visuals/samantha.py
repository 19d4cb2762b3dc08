"""Samantha's presence: a soft light that breathes, swells with her voice and takes the colour
of her `#mood:`.

She is a voice in the film, never a face, so she is drawn as light: a glow that breathes at a
rate set by her mood, a thin ring, and a line of sound across it that moves with the voice level
(from the audio hook when a clip plays, else from the typewriter while her line is revealed).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import pygame

from .. import theme
from ..kept import Kept

MOOD_BLEND_TICKS = 45
# her line of sound: 49 points across her, each x with the part of the sine that does not
# change and how much of the swing it gets (none at the ends)
WAVE = [(x, x * 9, (1 - x * x) ** 2) for x in (-1 + i / 24 for i in range(49))]
# the same, for sin(x * 9 + turn) = sin(x * 9) cos(turn) + cos(x * 9) sin(turn): each x
# with its swing's two parts, so a frame's line costs no sine per point
WAVE_PARTS = [(x, math.sin(x9) * envelope, math.cos(x9) * envelope)
              for x, x9, envelope in WAVE]
# her glow's diameter in steps of 4 pixels (2 of its radius, in a soft light 200-330 across):
# a step no eye sees, and all of her is redrawn half as often as in steps of 2 (at 720p every
# 22nd ambient frame, at 1080p every 14th: her glow is 45,000-100,000 pixels)
GLOW_STEP = 4
SCALED_KEPT = 24  # glow sizes kept: one breath at 1080p passes through about 9


class Look(NamedTuple):
    """Her picture for one tick: the glow and the ring as painted, where each lands, and
    what a later tick is compared by (`still`: the glow's look, then the ring's and dot's;
    `wave`: her line of sound)."""

    glow: pygame.Surface
    glow_alpha: int
    glow_rect: pygame.Rect
    ring: pygame.Surface
    ring_area: pygame.Rect  # the part of `ring` drawn on, in its own pixels
    ring_rect: pygame.Rect  # where that part lands in the window
    wave_rect: pygame.Rect  # where her line of sound lands
    still: tuple
    wave: tuple
    rect: pygame.Rect  # all of her: the glow and the ring


def paint(target: pygame.Surface, look: Look) -> None:
    """Her glow and ring onto `target` (within its clip, when a part is being redrawn)."""
    look.glow.set_alpha(look.glow_alpha)
    target.blit(look.glow, look.glow_rect)
    target.blit(look.ring, look.ring_rect, look.ring_area)


def _bounds(left: float, top: float, right: float, bottom: float) -> pygame.Rect:
    """The whole pixels a line between these extremes touches."""
    x, y = math.floor(left), math.floor(top)
    return pygame.Rect(x, y, math.ceil(right) - x + 1, math.ceil(bottom) - y + 1)


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
        self._scaled: Kept = Kept(SCALED_KEPT)
        self._ring: pygame.Surface | None = None  # reused, cleared each frame
        self._scaled_for: pygame.Surface | None = None
        # what the ring surface holds: how it was drawn, and where its line of sound is
        self._ring_held: tuple[tuple, pygame.Rect, pygame.Rect] | None = None

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
        look = self.plan(centre, radius)
        if look is not None:
            paint(target, look)

    def plan(self, centre: tuple[int, int], radius: int) -> Look | None:
        """Her picture this tick, ready to paint (her ring and line of sound drawn into a
        surface kept for it), and what about it moved: `paint` may then be called for each
        part of the window being redrawn. None when she is not there."""
        if self.presence <= 0.01 or radius < 4:
            return None
        breath = 0.5 - 0.5 * math.cos(self.phase * math.tau)
        size = radius * (0.86 + 0.1 * breath + 0.22 * self.level)
        diameter = round(size * 2.9) // GLOW_STEP * GLOW_STEP
        scaled = self._scaled_glow(radius, diameter)
        glow_alpha = round(255 * self.presence)
        glow_rect = scaled.get_rect(center=centre)
        alpha = round(200 * self.presence)
        ring = self._ring
        if ring is None or ring.get_width() != radius * 4:
            ring = self._ring = pygame.Surface((radius * 4, radius * 4), pygame.SRCALPHA)
        mid = radius * 2
        # the ring and the dot sized from the stepped glow, not the breath itself: they
        # then change only on a tick the glow does (all of her is redrawn then anyway), not
        # on the ticks between, when a ring of its own 1-pixel steps was redrawn 86 times in
        # 1200 frames at 1080p. Either is under half a pixel from its breath's own size
        stepped = diameter / 2.9
        circle, dot = round(stepped * 0.72), max(2, round(stepped * 0.16))
        amplitude = radius * (0.04 + 0.5 * self.level)
        turn = self.phase * math.tau * 3
        along, across = amplitude * math.cos(turn), amplitude * math.sin(turn)
        wide = size * 1.05
        points = [(mid + x * wide, mid + along * part + across * other)
                  for x, part, other in WAVE_PARTS]
        # only where something is drawn is cleared and copied (the rest stays clear): her
        # square at 1080p is 480 px a side, most of it empty. Her line's bounds: its ends
        # across (x runs from -1 to 1), its highest and lowest point up and down
        heights = [y for _, y in points]
        wave_area = _bounds(points[0][0], min(heights), points[-1][0],
                            max(heights)).inflate(4, 4)
        area = pygame.Rect(mid - circle - 2, mid - circle - 2, 2 * circle + 4,
                           2 * circle + 4).union(wave_area).clip(ring.get_rect())
        # the ring and the dot as drawn: while they stay, only her line is drawn again (where
        # it was and where it is; the rest of the surface already holds the ring and dot)
        held = (id(ring), self.core, alpha, circle, dot)
        if self._ring_held is not None and self._ring_held[0] == held:
            redraw = self._ring_held[1].union(wave_area).clip(ring.get_rect())
        else:
            redraw = self._ring_held[2].union(area) if self._ring_held else area
        self._ring_held = (held, wave_area, area)
        ring.set_clip(redraw)
        ring.fill((0, 0, 0, 0), redraw)
        pygame.draw.circle(ring, (*self.core, alpha // 2), (mid, mid), circle, 2)
        pygame.draw.circle(ring, (*self.core, alpha), (mid, mid), dot)
        pygame.draw.aalines(ring, (*theme.CREAM, alpha), False, points)
        ring.set_clip(None)
        corner = (centre[0] - mid, centre[1] - mid)  # where ring.get_rect(center=centre) is
        ring_rect = area.move(corner)
        # made by tuple's own constructor, as the motes are: a NamedTuple's is Python, and
        # this runs every frame she is there
        return tuple.__new__(Look, (
            scaled, glow_alpha, glow_rect, ring, area, ring_rect,
            wave_area.move(corner).clip(ring_rect),
            # the glow, then the ring and dot, apart: when only the ring changes only its
            # square is redrawn; and not `area`, which widens and narrows with her line of
            # sound, which the line's own rectangle covers (at 1080p a whole redraw of her
            # every third frame otherwise, not every eighth)
            ((id(scaled), glow_alpha, tuple(glow_rect)), (self.core, alpha, circle, dot, corner)),
            (size, amplitude, self.phase), glow_rect.union(ring_rect)))

    def _scaled_glow(self, radius: int, diameter: int) -> pygame.Surface:
        """The glow at `diameter` (a multiple of `GLOW_STEP`: a quarter as many sizes kept
        as whole pixels), from a small cache that forgets the least recently used."""
        sprite = self._glow(radius)
        if self._scaled_for is not sprite:
            self._scaled.clear()  # new colours: the old sizes are of no use
            self._scaled_for = sprite
        return self._scaled.get_or_make(
            diameter, lambda: pygame.transform.smoothscale(sprite, (diameter, diameter)))

    def _glow(self, radius: int) -> pygame.Surface:
        """A soft disc of light: the halo colour at its rim warming to the core colour at its
        heart, alpha rising inward. Drawn small and cached; scaled up each frame. While her
        mood blends its colours change every tick, so it is made from the rings' own colours
        (`_Rings`), not drawn ring by ring."""
        key = (self.core, self.halo)
        if self._sprite_key != key:
            self._sprite = _RINGS.paint(self.halo, self.core)
            self._sprite_key = key
        return self._sprite


class _Rings:
    """Her glow, 64 rings from the rim in, as two pictures made once: which ring each pixel
    is in (an 8-bit surface, each ring its own palette entry) and how opaque each ring is.
    A glow in new colours is then the palette set to them, copied onto a clear surface and
    its alpha taken from the second picture by a channel-wise minimum (the copy is the
    colours, opaque; the alpha picture is white, at each ring's alpha): the same pixels as
    drawing the 64 rings, in a quarter of the time."""

    SIZE = 64

    def __init__(self) -> None:
        self._rings: pygame.Surface | None = None
        self._alpha: pygame.Surface | None = None
        # each ring's place from the rim (0) to the heart (1), as its colour weighs the two
        self.weights = [(1 - i / self.SIZE) ** 1.5 for i in range(1, self.SIZE + 1)]

    def _make(self) -> None:
        side = self.SIZE * 2
        rings = pygame.Surface((side, side), 0, 8)
        alpha = pygame.Surface((side, side), pygame.SRCALPHA)
        alpha.fill((255, 255, 255, 0))
        for i in range(self.SIZE, 0, -1):  # the rim first, each smaller ring over it
            pygame.draw.circle(rings, i, (self.SIZE, self.SIZE), i)
            # opaque inside her ring: she is in front of the window bars, not behind
            # them (a see-through heart let the mullion run straight through her)
            opacity = round(255 * min(1.0, 0.04 + 2.4 * self.weights[i - 1]))
            pygame.draw.circle(alpha, (255, 255, 255, opacity), (self.SIZE, self.SIZE), i)
        self._rings, self._alpha = rings, alpha

    def paint(self, halo: tuple[int, int, int], core: tuple[int, int, int]) -> pygame.Surface:
        if self._rings is None:
            self._make()
        rings = self._rings
        (r, g, b), (dr, dg, db) = halo, (core[0] - halo[0], core[1] - halo[1],
                                         core[2] - halo[2])
        # theme.mix(halo, core, t) for each ring, its sums in the same order
        rings.set_palette([(0, 0, 0)] + [(round(r + dr * t), round(g + dg * t),
                                          round(b + db * t)) for t in self.weights]
                          + [(0, 0, 0)] * (255 - self.SIZE))
        sprite = pygame.Surface(rings.get_size(), pygame.SRCALPHA)
        sprite.blit(rings, (0, 0))
        sprite.blit(self._alpha, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        return sprite


_RINGS = _Rings()
