"""Small painting primitives every procedural scene is made of: gradients, glows, skylines.

All drawn by our own code at the 1280x720 design size; callers scale the finished picture.
Randomness comes from a `random.Random` seeded by the scene's name, so a scene looks the same
every time it is shown.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pygame

Colour = tuple[int, int, int]


def gradient(size: tuple[int, int], stops: list[tuple[float, Colour]],
             into: pygame.Surface | None = None) -> pygame.Surface:
    """A vertical gradient through colour stops (position 0..1, colour), smoothly scaled;
    `into`: painted straight onto that surface (of `size`) instead of a new one.

    The stops' strip is smoothed to the height only, then widened by repeating each row:
    pixel for pixel what smoothing it to the whole size gives (every row is one colour), in
    a third of the time, and drawn onto the picture without a window-sized copy between."""
    height = 256
    rows = bytearray(height * 3)  # black where no stop covers a row, as a new surface is
    for y in range(height):
        t = y / (height - 1)
        for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
            if p0 <= t <= p1:
                k = (t - p0) / max(1e-6, p1 - p0)
                rows[y * 3:y * 3 + 3] = bytes(round(a + (b - a) * k)
                                              for a, b in zip(c0, c1, strict=True))
                break
    strip = pygame.image.frombytes(bytes(rows), (1, height), "RGB").convert(
        pygame.Surface((1, 1)))  # the format pygame.Surface((1, height)) would have
    column = pygame.transform.smoothscale(strip, (1, size[1]))
    if into is not None and into.get_size() == tuple(size):
        try:
            return pygame.transform.scale(column, size, into)
        except ValueError:  # another pixel format: through a copy, as before
            into.blit(pygame.transform.scale(column, size), (0, 0))
            return into
    return pygame.transform.scale(column, size)


def glow(radius: int, colour: Colour, strength: float = 1.0) -> pygame.Surface:
    """A soft radial light: concentric translucent discs, brightest in the middle."""
    size = radius * 2
    surface = pygame.Surface((size, size), pygame.SRCALPHA)
    steps = 24
    for i in range(steps, 0, -1):
        r = max(1, radius * i // steps)
        alpha = round(255 * strength * (1 - i / steps) ** 2 * 0.5)
        pygame.draw.circle(surface, (*colour, min(255, alpha)), (radius, radius), r)
    return surface


def finish(strokes: Iterator[object]) -> None:
    """A painting made a stroke at a time, all of it now."""
    for _ in strokes:
        pass


def add_glow(target: pygame.Surface, centre: tuple[int, int], radius: int, colour: Colour,
             strength: float = 1.0) -> None:
    """Add light to a picture: discs whose brightness rises toward the centre, added in RGB."""
    finish(add_glow_strokes(target, centre, radius, colour, strength))


def add_glow_strokes(target: pygame.Surface, centre: tuple[int, int], radius: int,
                     colour: Colour, strength: float = 1.0) -> Iterator[None]:
    """`add_glow` a few discs at a time (a scene painted over frames yields between)."""
    light = pygame.Surface((radius * 2, radius * 2))
    steps = 24
    for i in range(steps, 0, -1):
        k = strength * (1 - i / steps) ** 2 * 0.6
        tone = tuple(min(255, round(c * k)) for c in colour)
        pygame.draw.circle(light, tone, (radius, radius), max(1, radius * i // steps))
        if not i % 6:
            yield
    target.blit(light, (centre[0] - radius, centre[1] - radius),
                special_flags=pygame.BLEND_RGB_ADD)
    yield


def sun(target: pygame.Surface, centre: tuple[int, int], radius: int, colour: Colour,
        strength: float = 1.0) -> None:
    """A warm sun: light laid on with a screen blend (each channel moves toward white by its
    own headroom, so red never clips while green catches up: no greenish grey), its falloff in
    one-pixel rings (no visible steps), dithered by a pixel of noise (no banding rings)."""
    finish(sun_strokes(target, centre, radius, colour, strength))


def sun_strokes(target: pygame.Surface, centre: tuple[int, int], radius: int, colour: Colour,
                strength: float = 1.0) -> Iterator[None]:
    """`sun` some rings at a time (a scene painted over frames yields between)."""
    size = radius * 2
    box = pygame.Rect(centre[0] - radius, centre[1] - radius, size, size).clip(target.get_rect())
    if not box.width or not box.height:
        return
    light = pygame.Surface((size, size))
    for r in range(radius, 0, -1):  # a smooth bell: bright core, long soft shoulder
        t = r / radius
        glow = 0.75 * (1 - t * t) ** 3  # the long soft shoulder
        core = min(1.0, max(0.0, (0.24 - t) / 0.05))  # the disc itself, edge softened
        k = strength * min(1.0, glow + core)
        pygame.draw.circle(light, tuple(round(c * k) for c in colour), (radius, radius), r)
        if not r % 40:
            yield
    yield
    local = box.move(-(centre[0] - radius), -(centre[1] - radius))
    headroom = pygame.Surface(box.size)
    headroom.fill((255, 255, 255))
    headroom.blit(target, (0, 0), box, special_flags=pygame.BLEND_RGB_SUB)  # 255 - base
    dark = pygame.Surface(box.size)
    dark.fill((255, 255, 255))
    dark.blit(light, (0, 0), local, special_flags=pygame.BLEND_RGB_SUB)  # 255 - light
    headroom.blit(dark, (0, 0), special_flags=pygame.BLEND_RGB_MULT)  # (255-a)(255-b)/255
    out = pygame.Surface(box.size)
    out.fill((255, 255, 255))
    out.blit(headroom, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # the screen blend
    noise = _noise()
    for y in range(0, box.height, noise.get_height()):  # ±1 level: rings melt into grain
        for x in range(0, box.width, noise.get_width()):
            out.blit(noise, (x, y), special_flags=pygame.BLEND_RGB_ADD)
    yield
    target.blit(out, box)


_NOISE: list[pygame.Surface] = []


def _noise() -> pygame.Surface:
    """A 64x64 tile of one-level grain, made once (seeded: every run looks the same)."""
    if not _NOISE:
        rng = random.Random(7)
        tile = pygame.Surface((64, 64))
        for y in range(64):
            for x in range(64):
                tile.set_at((x, y), (1, 1, 1) if rng.random() < 0.5 else (0, 0, 0))
        _NOISE.append(tile)
    return _NOISE[0]


def skyline(target: pygame.Surface, rng: random.Random, base: int, low: int, high: int,
            colour: Colour, lights: Colour | None, light_chance: float = 0.25,
            width_range: tuple[int, int] = (40, 110)) -> None:
    """A row of towers standing on y=`base`, with lit windows scattered across their faces."""
    x = -rng.randint(0, 40)
    total_w = target.get_width()
    while x < total_w:
        w = rng.randint(*width_range)
        h = rng.randint(low, high)
        rect = pygame.Rect(x, base - h, w, h + 2)
        pygame.draw.rect(target, colour, rect)
        if rng.random() < 0.3:  # a stepped top
            inset = w // 4
            pygame.draw.rect(target, colour, (x + inset, base - h - h // 8, w - 2 * inset, h // 8))
        if lights:
            for wy in range(base - h + 10, base - 8, 14):
                for wx in range(x + 6, x + w - 8, 12):
                    if rng.random() < light_chance:
                        shade = rng.uniform(0.6, 1.0)
                        tone = tuple(round(c * shade) for c in lights)
                        pygame.draw.rect(target, tone, (wx, wy, 5, 7))
        x += w + rng.randint(0, 12)


def mountains(target: pygame.Surface, rng: random.Random, base: int, peak: int,
              colour: Colour, snow: Colour | None) -> None:
    x = -100
    width = target.get_width()
    while x < width + 100:
        half = rng.randint(140, 260)
        top = base - rng.randint(peak // 2, peak)
        points = [(x - half, base), (x, top), (x + half, base)]
        pygame.draw.polygon(target, colour, points)
        if snow:
            cap = (base - top) // 4
            pygame.draw.polygon(target, snow, [
                (x - half * cap // (base - top), top + cap), (x, top),
                (x + half * cap // (base - top), top + cap)])
        x += half + rng.randint(20, 120)


def bokeh(target: pygame.Surface, rng: random.Random, count: int, colours: list[Colour],
          area: pygame.Rect, radius: tuple[int, int] = (14, 46)) -> None:
    """Out-of-focus lights: the warm blur behind people talking in a restaurant or café."""
    layer = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    for _ in range(count):
        r = rng.randint(*radius)
        c = rng.choice(colours)
        pos = (rng.randint(area.left, area.right), rng.randint(area.top, area.bottom))
        pygame.draw.circle(layer, (*c, rng.randint(30, 80)), pos, r)
        pygame.draw.circle(layer, (*c, rng.randint(20, 50)), pos, r, 2)
    target.blit(layer, (0, 0))


_VIGNETTES: dict[int, pygame.Surface] = {}  # the 64x36 falloff by strength (9 KB each)


def vignette(size: tuple[int, int], strength: int = 150) -> pygame.Surface:
    """Darkened edges, the soft falloff of the film's lenses; drawn once per scene."""
    w, h = size
    small = _VIGNETTES.get(strength)
    if small is None:
        # made as bytes in an alpha surface's own order (blue, green, red, alpha: the format
        # pygame.SRCALPHA gives), not pixel by pixel (set_at: 3 ms of the title's first frame)
        pixels = bytearray()
        for y in range(36):
            dy = (y - 17.5) / 18
            for x in range(64):
                dx = (x - 31.5) / 32
                d = min(1.0, (dx * dx + dy * dy) ** 0.5)
                # a warm dark, not a grey one: the edges deepen without washing colour out
                pixels += bytes((16, 10, 48, round(strength * d ** 2.4)))
        small = pygame.image.frombytes(bytes(pixels), (64, 36), "BGRA")
        _VIGNETTES[strength] = small
    return pygame.transform.smoothscale(small, (w, h))


def window_frame(target: pygame.Surface, rect: pygame.Rect, colour: Colour, panes: int) -> None:
    """The mullions of a tall apartment window, the city seen through it."""
    pygame.draw.rect(target, colour, rect, 18)
    for i in range(1, panes):
        x = rect.left + rect.width * i // panes
        pygame.draw.rect(target, colour, (x - 5, rect.top, 10, rect.height))
    pygame.draw.rect(target, colour, (rect.left, rect.top + rect.height * 2 // 3 - 4,
                                      rect.width, 8))
