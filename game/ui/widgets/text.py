"""Word wrapping and cached text rendering: the most frequent work of every frame, done once
per line instead of once per frame."""

from __future__ import annotations

from collections import OrderedDict

import pygame

# rendered lines, least recently drawn first, bounded by their pixels rather than their count:
# a line of story text at 1080p is a quarter of a megabyte, so 8 MB keeps about thirty: the
# lines on screen, the choices and the history page (24 MB was a sixth of the 1080p budget)
_CACHE: OrderedDict[tuple, pygame.Surface] = OrderedDict()
_cached_bytes = 0
CACHE_BYTES = 8 * 1024 * 1024
_OPENS = " \t\n([{\u2014\u2013-/"  # after these a quote opens


def typeset(text: str) -> str:
    """Straight quotes and double hyphens as a typesetter would set them: ‘ ’ “ ” and —, so
    story text and the interface share one set of marks."""
    if not any(mark in text for mark in ("'", '"', "--")):
        return text
    text = text.replace("---", "\u2014").replace("--", "\u2014")
    out = []
    for i, char in enumerate(text):
        before = text[i - 1] if i else " "
        if char == '"':
            out.append("\u201c" if before in _OPENS else "\u201d")
        elif char == "'":
            out.append("\u2018" if before in _OPENS else "\u2019")
        else:
            out.append(char)
    return "".join(out)


def wrap(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """Split `text` into lines no wider than `width`; a word longer than a line is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = f"{current} {word}" if current else word
            if font.size(trial)[0] <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            # a word longer than a line: cut where the widest prefix that fits ends, found by
            # halving among at most `width` characters (no glyph is under a pixel wide), so a
            # 1 MB line costs linear time, not a measurement per character per cut
            while len(word) > 1 and (len(word) > width or font.size(word)[0] > width):
                low, high = 1, min(len(word), max(1, width))
                while low < high:
                    middle = (low + high + 1) // 2
                    if font.size(word[:middle])[0] <= width:
                        low = middle
                    else:
                        high = middle - 1
                lines.append(word[:low])
                word = word[low:]
            current = word
        lines.append(current)
    return lines


def render(text: str, font: pygame.font.Font, colour: tuple[int, int, int]) -> pygame.Surface:
    """`text` rendered once and drawn from the cache every frame after."""
    global _cached_bytes
    key = (text, id(font), colour)
    surface = _CACHE.get(key)
    if surface is not None:
        _CACHE.move_to_end(key)
        return surface
    if not _CACHE:
        _cached_bytes = 0  # emptied from outside (a test starting clean)
    surface = font.render(text, True, colour)
    _CACHE[key] = surface
    _cached_bytes += _bytes(surface)
    while _cached_bytes > CACHE_BYTES and len(_CACHE) > 1:
        _, old = _CACHE.popitem(last=False)
        _cached_bytes -= _bytes(old)
    return surface


def cached_bytes() -> int:
    return _cached_bytes


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize()


def fit(text: str, font: pygame.font.Font, width: int) -> str:
    """`text`, shortened with an ellipsis if it does not fit one line of `width`."""
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"
