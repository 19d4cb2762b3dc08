"""A procedural picture for every `#bg:` scene, in the film's warm coral and red light.

Each painter draws one scene at the 1280x720 design size from shapes and gradients, a stroke
at a time (the play scene paints a new scene over a few frames); the result is cached, scaled
once per window size, so showing a scene costs one blit per frame. Unknown
scene names get a calm coral dusk rather than an error: a mod may name scenes we never drew.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator

import pygame

from ..kept import Kept
from ..theme import DESIGN_H, DESIGN_W
from . import paint
from .shelf import PictureShelf

W, H = DESIGN_W, DESIGN_H
# a painter paints in steps, yielding between its strokes: a scene shown after another is
# painted a few strokes a frame (Backdrops.prepare) while the one before stays on screen
Steps = Iterator[object]
Painter = Callable[[pygame.Surface, random.Random], Steps]
# of a frame's time, what painting the next scene may take (a stroke begun is finished): at
# 1280x720 a scene is 8-27 ms of painting, which in one frame was the heaviest of the story
PAINT_BUDGET_S = 0.003
# yielded, in place of a plain step, before a stroke that alone takes more than the budget
# (scaling a scene to 1920x1080 is 4-5 ms): it begins a frame's painting, never follows 3 ms
# of other strokes
ALONE = "alone"


def _sky(target: pygame.Surface, stops: list) -> None:
    if target.get_size() == (W, H):
        paint.gradient((W, H), stops, into=target)
    else:
        target.blit(paint.gradient((W, H), stops), (0, 0))


def apartment_night(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (34, 12, 24)), (0.55, (96, 34, 42)), (1, (150, 62, 52))])
    yield
    paint.skyline(s, rng, 520, 120, 330, (70, 26, 34), (255, 170, 110), 0.22)
    yield
    paint.skyline(s, rng, 560, 60, 220, (48, 16, 24), (250, 140, 90), 0.3)
    yield
    yield from paint.add_glow_strokes(s, (900, 520), 420, (120, 40, 30), 0.7)
    paint.window_frame(s, pygame.Rect(80, 40, 1120, 560), (26, 10, 14), 4)
    yield
    pygame.draw.rect(s, (40, 16, 20), (0, 600, W, H - 600))
    yield
    pygame.draw.rect(s, (60, 24, 28), (0, 596, W, 8))
    yield


def apartment_day(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (250, 196, 160)), (0.6, (244, 150, 118)), (1, (226, 118, 96))])
    yield
    yield from paint.sun_strokes(s, (900, 200), 300, (255, 196, 120), 1.0)
    paint.skyline(s, rng, 540, 140, 340, (214, 120, 104), (250, 214, 190), 0.12)
    yield
    paint.skyline(s, rng, 580, 80, 240, (190, 96, 86), None)
    yield
    paint.window_frame(s, pygame.Rect(80, 40, 1120, 560), (120, 60, 56), 4)
    yield
    pygame.draw.rect(s, (168, 96, 82), (0, 600, W, H - 600))
    yield


def office(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (248, 170, 128)), (0.7, (232, 122, 96)), (1, (200, 90, 78))])
    yield
    yield from paint.add_glow_strokes(s, (640, 120), 520, (255, 210, 160), 0.6)
    for i in range(7):  # glass panels, each a handwritten letter on the screen
        x = 70 + i * 168
        panel = pygame.Surface((140, 300), pygame.SRCALPHA)
        panel.fill((255, 230, 210, 46))
        for row in range(18):
            length = rng.randint(50, 118)
            pygame.draw.line(panel, (150, 60, 56, 110), (12, 24 + row * 15),
                             (12 + length, 24 + row * 15), 2)
        s.blit(panel, (x, 150))
        yield
    pygame.draw.rect(s, (170, 76, 66), (0, 520, W, H - 520))
    yield
    for i in range(6):
        pygame.draw.rect(s, (120, 44, 44), (60 + i * 210, 470, 150, 60), border_radius=6)
    yield


def street(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (120, 44, 60)), (0.5, (226, 112, 86)), (1, (250, 170, 120))])
    yield
    yield from paint.add_glow_strokes(s, (640, 430), 360, (255, 190, 140), 0.8)
    paint.skyline(s, rng, 560, 220, 480, (140, 56, 60), (255, 200, 150), 0.18)
    yield
    paint.skyline(s, rng, 600, 120, 300, (96, 34, 44), (255, 180, 130), 0.2)
    yield
    pygame.draw.polygon(s, (70, 26, 34), [(0, 600), (W, 600), (W, H), (0, H)])
    yield
    pygame.draw.polygon(s, (110, 44, 48), [(560, 600), (720, 600), (980, H), (300, H)])
    yield
    for x in (180, 460, 820, 1100):
        pygame.draw.line(s, (40, 14, 20), (x, 600), (x, 420), 4)
        yield from paint.add_glow_strokes(s, (x, 416), 60, (255, 196, 130), 1.0)
    yield


def subway(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (60, 22, 30)), (1, (30, 10, 16))])
    yield
    band = pygame.Rect(0, 150, W, 250)
    s.blit(paint.gradient(band.size, [(0, (200, 90, 70)), (1, (250, 160, 110))]), band)
    yield
    for _ in range(40):  # the city smeared past the window
        y = rng.randint(band.top + 10, band.bottom - 10)
        x = rng.randint(-200, W)
        colour = rng.choice([(255, 214, 170), (255, 170, 120), (240, 120, 96)])
        pygame.draw.line(s, colour, (x, y), (x + rng.randint(80, 360), y), rng.randint(1, 3))
    yield
    for x in range(0, W, 320):
        pygame.draw.rect(s, (44, 16, 22), (x - 20, 140, 40, 270))
    yield
    pygame.draw.rect(s, (86, 32, 36), (0, 410, W, 40))
    yield
    pygame.draw.rect(s, (110, 40, 42), (0, 450, W, 140))
    yield
    for x in range(30, W, 120):
        pygame.draw.line(s, (70, 24, 30), (x, 0), (x + 40, 140), 3)
    yield


def restaurant(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (70, 22, 28)), (0.6, (140, 52, 48)), (1, (90, 30, 34))])
    yield
    paint.bokeh(s, rng, 60, [(255, 190, 120), (255, 150, 100), (250, 220, 170)],
                pygame.Rect(0, 40, W, 420))
    yield
    yield from paint.add_glow_strokes(s, (640, 470), 300, (255, 170, 110), 0.7)
    pygame.draw.ellipse(s, (120, 42, 42), (340, 470, 600, 120))
    yield
    pygame.draw.ellipse(s, (236, 200, 180), (360, 474, 560, 96))
    yield
    for x in (560, 720):
        pygame.draw.rect(s, (255, 226, 200), (x, 420, 8, 60))
        yield from paint.add_glow_strokes(s, (x + 4, 414), 40, (255, 200, 120), 1.0)
    yield


def cafe(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (236, 160, 120)), (0.6, (214, 118, 96)), (1, (150, 70, 64))])
    yield
    paint.bokeh(s, rng, 45, [(255, 230, 190), (255, 190, 140)], pygame.Rect(0, 0, W, 380))
    yield
    pygame.draw.rect(s, (126, 56, 52), (0, 480, W, H - 480))
    yield
    for x in (300, 820):
        pygame.draw.ellipse(s, (96, 40, 40), (x, 456, 220, 40))
        pygame.draw.rect(s, (80, 32, 34), (x + 104, 490, 12, 130))
    yield
    pygame.draw.rect(s, (250, 236, 222), (390, 440, 26, 24), border_radius=4)
    yield


def bedroom_dark(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (16, 6, 12)), (1, (40, 14, 22))])
    yield
    window = pygame.Rect(780, 90, 380, 330)
    s.blit(paint.gradient(window.size, [(0, (70, 24, 40)), (1, (170, 70, 60))]), window)
    yield
    sub = s.subsurface(window)
    paint.skyline(sub, rng, 330, 60, 220, (50, 16, 26), (255, 170, 110), 0.25, (20, 50))
    yield
    paint.window_frame(s, window, (14, 4, 8), 2)
    yield
    yield from paint.add_glow_strokes(s, (970, 420), 360, (90, 30, 30), 0.8)
    pygame.draw.rect(s, (34, 12, 18), (0, 500, W, H - 500))
    yield
    pygame.draw.rect(s, (60, 22, 28), (80, 470, 640, 90), border_radius=18)
    yield


def carnival(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (46, 16, 40)), (0.6, (150, 56, 70)), (1, (236, 130, 96))])
    yield
    centre, radius = (860, 330), 230
    for i in range(16):
        v = pygame.math.Vector2(radius, 0).rotate(i * 360 / 16)
        pygame.draw.line(s, (70, 24, 40), centre, (centre[0] + v.x, centre[1] + v.y), 3)
        pygame.draw.circle(s, (255, 200, 140), (centre[0] + v.x, centre[1] + v.y), 6)
    yield
    pygame.draw.circle(s, (70, 24, 40), centre, radius, 5)
    yield
    pygame.draw.polygon(s, (60, 20, 34), [(centre[0] - 20, centre[1]), (centre[0] + 20,
                        centre[1]), (centre[0] + 140, 640), (centre[0] - 140, 640)], 6)
    yield
    for _ in range(70):
        x, y = rng.randint(0, W), rng.randint(460, 620)
        pygame.draw.circle(s, rng.choice([(255, 210, 150), (255, 140, 120)]), (x, y), 3)
    yield
    pygame.draw.rect(s, (40, 14, 24), (0, 620, W, H - 620))
    yield


def beach(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (250, 186, 150)), (0.48, (246, 150, 120)), (0.5, (214, 112, 104)),
             (1, (236, 200, 170))])
    yield
    yield from paint.add_glow_strokes(s, (420, 330), 260, (255, 230, 190), 0.9)
    for y in range(372, 560, 14):
        for _ in range(6):
            x = rng.randint(0, W)
            pygame.draw.line(s, (255, 222, 196), (x, y), (x + rng.randint(20, 90), y), 2)
    yield
    pygame.draw.polygon(s, (240, 206, 176), [(0, 560), (W, 520), (W, H), (0, H)])
    yield
    for x in range(0, W, 40):
        pygame.draw.circle(s, (250, 236, 222), (x + rng.randint(0, 20), 548 - x // 32), 4)
    yield


def cabin_snow(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (120, 70, 96)), (0.5, (220, 150, 150)), (1, (250, 214, 200))])
    yield
    paint.mountains(s, rng, 520, 300, (150, 96, 112), (250, 236, 236))
    yield
    paint.mountains(s, rng, 600, 200, (110, 64, 80), (240, 226, 228))
    yield
    pygame.draw.rect(s, (246, 236, 236), (0, 600, W, H - 600))
    yield
    pygame.draw.polygon(s, (96, 40, 40), [(820, 600), (820, 500), (920, 430), (1020, 500),
                                          (1020, 600)])
    yield
    pygame.draw.rect(s, (250, 168, 110), (880, 520, 40, 34))
    yield
    yield from paint.add_glow_strokes(s, (900, 537), 80, (200, 90, 50), 1.0)
    for _ in range(160):
        pygame.draw.circle(s, (255, 250, 250), (rng.randint(0, W), rng.randint(0, H)),
                           rng.choice((1, 1, 2)))
    yield


def rooftop_dawn(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (110, 60, 100)), (0.45, (240, 140, 120)), (0.75, (255, 200, 150)),
             (1, (255, 226, 190))])
    yield
    yield from paint.add_glow_strokes(s, (640, 520), 380, (255, 220, 170), 1.0)
    paint.skyline(s, rng, 560, 120, 360, (176, 92, 96), (255, 226, 200), 0.08)
    yield
    paint.skyline(s, rng, 600, 60, 180, (120, 56, 66), None)
    yield
    pygame.draw.rect(s, (84, 36, 44), (0, 600, W, H - 600))
    yield
    pygame.draw.rect(s, (66, 26, 34), (0, 590, W, 14))
    yield


def city_dusk(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (70, 26, 60)), (0.55, (214, 96, 84)), (1, (250, 160, 110))])
    yield
    yield from paint.add_glow_strokes(s, (300, 470), 300, (255, 180, 120), 0.9)
    paint.skyline(s, rng, 560, 180, 440, (110, 40, 52), (255, 190, 130), 0.2)
    yield
    paint.skyline(s, rng, 620, 100, 300, (70, 24, 36), (255, 170, 110), 0.28)
    yield
    pygame.draw.rect(s, (50, 16, 26), (0, 620, W, H - 620))
    yield


def black(s: pygame.Surface, rng: random.Random) -> Steps:
    _sky(s, [(0, (10, 4, 6)), (1, (28, 10, 14))])
    yield


def dusk(s: pygame.Surface, rng: random.Random) -> Steps:
    """The fallback for a scene we never drew, and the title screen."""
    _sky(s, [(0, (60, 20, 40)), (0.5, (200, 86, 80)), (1, (248, 164, 120))])
    yield
    yield from paint.add_glow_strokes(s, (640, 560), 420, (255, 190, 140), 0.8)
    paint.skyline(s, rng, 640, 80, 300, (90, 32, 44), (255, 180, 120), 0.14)
    yield


SCENES: dict[str, Painter] = {
    "apartment_night": apartment_night, "apartment_day": apartment_day, "office": office,
    "street": street, "subway": subway, "restaurant": restaurant, "bedroom_dark": bedroom_dark,
    "carnival": carnival, "beach": beach, "cafe": cafe, "cabin_snow": cabin_snow,
    "rooftop_dawn": rooftop_dawn, "city_dusk": city_dusk, "black": black, "dusk": dusk,
}


# painted scenes kept at design size (3.7 MB each): none — only scaling to a new window size
# reads them, and repainting one then (8-15 ms) is cheaper than holding it all the time
DESIGNS_KEPT = 0
# at window size (8 MB each at 1080p): this scene and the one it fades from. A play-through
# passes through fourteen; keeping four was 16 MB more of the 1080p peak for the rare return
# to a scene two back, which repaints in about 20 ms
SCALED_KEPT = 2


class Backdrops:
    """Painted scenes, cached at design size and at the current window size, the least
    recently shown forgotten first: memory stays flat however many scenes a story visits."""

    def __init__(self, shelf: PictureShelf | None = None) -> None:
        self._design = Kept(DESIGNS_KEPT)  # name -> the scene at design size
        self._scaled = Kept(SCALED_KEPT)  # (name, window size) -> the scene at that size
        self.shelf = shelf or PictureShelf(None)  # the title's, kept between launches
        # the scene being painted a few strokes a frame (prepare): its name and size, its
        # surface and the strokes still to come
        self._job: list | None = None  # [(name, size), surface, strokes, frames painted in]

    def design(self, name: str) -> pygame.Surface:
        key = name if name in SCENES else "dusk"
        return self._design.get_or_make(key, lambda: _paint(key, pygame.Surface((W, H))))

    def ready(self, name: str, size: tuple[int, int]) -> bool:
        """`get(name, size)` would not paint: the scene is kept at that size."""
        return (name, size) in self._scaled

    def started(self, name: str, size: tuple[int, int]) -> bool:
        """The scene is being painted, a frame or more after it was asked for."""
        return self._job is not None and self._job[0] == (name, size) and self._job[3] > 1

    def prepare(self, name: str, size: tuple[int, int], budget: float | None = None) -> bool:
        """Whether `get(name, size)` is ready to be shown at once; if not, paint some more
        of it, for about `budget` seconds of this frame (at least one stroke). The play
        scene asks this each frame of a change of scene, showing the scene before until the
        new one is ready, so no frame paints all of it (at another size than the design's,
        the last stroke scales it there)."""
        if self.ready(name, size):
            return True
        surface = self._paint_some(name, size, PAINT_BUDGET_S if budget is None else budget)
        if surface is None:
            return False
        self._scaled.get_or_make((name, size), lambda: surface)
        return True

    def get(self, name: str, size: tuple[int, int]) -> pygame.Surface:
        return self._scaled.get_or_make((name, size),
                                        lambda: self._paint_some(name, size, math.inf))

    def _paint_some(self, name: str, size: tuple[int, int],
                    budget: float) -> pygame.Surface | None:
        """The scene at `size` once made (read from the shelf, scaled from the design kept,
        or its last stroke painted), else None: painted for `budget` seconds, the rest
        kept for the next call."""
        key = name if name in SCENES else "dusk"
        job = self._job
        if job is None or job[0] != (name, size):
            # the one forgotten goes first, not after the new one is made: at 1080p that was
            # 8 MB more at every change of scene, on top of the painting's own
            while self._scaled and len(self._scaled) >= self._scaled.limit:
                self._scaled.popitem(last=False)
            surface = _unaligned(size)
            if self.shelf.read_into(key, surface):
                return surface  # painted at an earlier launch
            if DESIGNS_KEPT:
                picture = self.design(name)
                if size == (W, H):
                    surface.blit(picture, (0, 0))
                else:
                    _scale_into(picture, size, surface)
                self.shelf.keep(key, surface)
                return surface
            job = [(name, size), surface, _strokes_at(key, surface), 0]
        job[3] += 1  # frames it has been painted in
        end = time.perf_counter() + budget
        for step in job[2]:  # each step comes after its stroke
            if step is ALONE and budget < math.inf:
                break  # the stroke after it is too heavy to follow another: the next frame
            if time.perf_counter() >= end:
                break
        else:
            if self._job is job:
                self._job = None
            self.shelf.keep(key, job[1])
            return job[1]
        self._job = job
        return None

    def kept_bytes(self) -> int:
        """What the cache holds, in pixel bytes (bench and tests read it)."""
        return sum(s.get_width() * s.get_height() * s.get_bytesize()
                   for s in (*self._design.values(), *self._scaled.values()))


def _scale_into(picture: pygame.Surface, size: tuple[int, int],
                surface: pygame.Surface) -> None:
    try:
        pygame.transform.smoothscale(picture, size, surface)
    except ValueError:  # another pixel format: through a copy
        surface.blit(pygame.transform.smoothscale(picture, size), (0, 0))


def _paint(key: str, surface: pygame.Surface) -> pygame.Surface:
    paint.finish(_strokes(key, surface))
    return surface


def _strokes_at(key: str, surface: pygame.Surface) -> Steps:
    """Scene `key` painted onto `surface` a stroke at a time: at the design size, onto it;
    at another, at the design size and then scaled onto it, a stroke of its own."""
    if surface.get_size() == (W, H):
        yield from _strokes(key, surface)
        return
    canvas = pygame.Surface((W, H))
    yield from _strokes(key, canvas)
    yield ALONE
    _scale_into(canvas, surface.get_size(), surface)


def _strokes(key: str, surface: pygame.Surface) -> Steps:
    """Scene `key` painted onto `surface` a stroke at a time."""
    yield from SCENES[key](surface, random.Random(key))
    if key != "black":
        shade = paint.vignette((W, H))  # scaled up, then laid on: a millisecond each
        yield
        surface.blit(shade, (0, 0))


def _unaligned(size: tuple[int, int]) -> pygame.Surface:
    """A surface of `size` in the window's pixel format whose rows do not start 16 bytes
    apart: a view into one a pixel or two wider. Why: when both rows and both corners are
    16-byte aligned, SDL copies an opaque picture onto the window with streaming stores that
    bypass the cache — a mote's 46-pixel square of backdrop then costs 30 us instead of 1,
    her glow's 350-pixel square 160 us instead of 13 (and the blends over it read it back
    from memory). Most of a still scene's frames are such copies, a quarter of them aligned.
    The pixels are the same either way."""
    width, height = size
    extra = 1 if (width + 1) % 4 else 2  # 4-byte pixels: a row of width + extra is not 16k
    window = pygame.display.get_surface()
    wide = pygame.Surface((width + extra, height), 0, window) if window is not None \
        else pygame.Surface((width + extra, height))
    return wide.subsurface((0, 0, width, height))
