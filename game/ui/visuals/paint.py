"""Small painting primitives every procedural scene is made of: gradients, glows, skylines.

All drawn by our own code at the 1280x720 design size; callers scale the finished picture.
Randomness comes from a `random.Random` seeded by the scene's name, so a scene looks the same
every time it is shown.
"""

from __future__ import annotations

import random

import pygame

Colour = tuple[int, int, int]


def gradient(size: tuple[int, int], stops: list[tuple[float, Colour]]) -> pygame.Surface:
    """A vertical gradient through colour stops (position 0..1, colour), smoothly scaled."""
    height = 256
    strip = pygame.Surface((1, height))
    for y in range(height):
        t = y / (height - 1)
        for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
            if p0 <= t <= p1:
                k = (t - p0) / max(1e-6, p1 - p0)
                tone = tuple(round(a + (b - a) * k) for a, b in zip(c0, c1, strict=True))
                strip.set_at((0, y), tone)
                break
    return pygame.transform.smoothscale(strip, size)


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


def add_glow(target: pygame.Surface, centre: tuple[int, int], radius: int, colour: Colour,
             strength: float = 1.0) -> None:
    """Add light to a picture: discs whose brightness rises toward the centre, added in RGB."""
    light = pygame.Surface((radius * 2, radius * 2))
    steps = 24
    for i in range(steps, 0, -1):
        k = strength * (1 - i / steps) ** 2 * 0.6
        tone = tuple(min(255, round(c * k)) for c in colour)
        pygame.draw.circle(light, tone, (radius, radius), max(1, radius * i // steps))
    target.blit(light, (centre[0] - radius, centre[1] - radius),
                special_flags=pygame.BLEND_RGB_ADD)


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


def vignette(size: tuple[int, int], strength: int = 150) -> pygame.Surface:
    """Darkened edges, the soft falloff of the film's lenses; drawn once per scene."""
    w, h = size
    small = pygame.Surface((64, 36), pygame.SRCALPHA)
    for y in range(36):
        for x in range(64):
            dx = (x - 31.5) / 32
            dy = (y - 17.5) / 18
            d = min(1.0, (dx * dx + dy * dy) ** 0.5)
            small.set_at((x, y), (20, 4, 8, round(strength * d ** 2.4)))
    return pygame.transform.smoothscale(small, (w, h))


def window_frame(target: pygame.Surface, rect: pygame.Rect, colour: Colour, panes: int) -> None:
    """The mullions of a tall apartment window, the city seen through it."""
    pygame.draw.rect(target, colour, rect, 18)
    for i in range(1, panes):
        x = rect.left + rect.width * i // panes
        pygame.draw.rect(target, colour, (x - 5, rect.top, 10, rect.height))
    pygame.draw.rect(target, colour, (rect.left, rect.top + rect.height * 2 // 3 - 4,
                                      rect.width, 8))
