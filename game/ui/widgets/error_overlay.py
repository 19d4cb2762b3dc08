"""The panel hot reload shows when an edit does not compile: every `file:line: error: message`,
over the top of the play screen, while the dialogue box below keeps working.

Each message is split at its `file:line:` so the place reads at a glance (in the accent colour)
and the rest wraps beneath the window's width; what does not fit ends in "…and N more".
"""

from __future__ import annotations

import re

import pygame

from .. import theme
from .panel import panel
from .text import render, wrap

TOP = 64  # below the toast
MAX_H = 300  # design pixels: leaves the dialogue box and the choices free
PAD = 22
_WHERE = re.compile(r"^(.*?:\d+:)\s*(.*)$")


def split_where(message: str) -> tuple[str, str]:
    """('story/main.ink:12:', 'error: …'), or ('', message) when it names no line."""
    match = _WHERE.match(message)
    return (match.group(1), match.group(2)) if match else ("", message)


def draw_errors(target: pygame.Surface, layout: theme.Layout, title: str, messages: list[str],
                hint: str, bottom: int | None = None) -> pygame.Rect:
    """Draw the panel (ending above `bottom`, in window pixels, when given: the choices) and
    return where it went. Rows that do not fit become "…and N more"."""
    width = theme.DESIGN_W - 2 * theme.MARGIN
    inner = layout.s(width - 2 * PAD)
    head_font = layout.font(theme.CHOICE_SIZE)
    font = layout.font(theme.SMALL_SIZE)
    step = font.get_linesize() + layout.s(3)
    gap = layout.s(8)
    height_limit = layout.s(MAX_H)
    if bottom is not None:
        height_limit = min(height_limit, bottom - layout.point(0, TOP)[1])
    budget = height_limit - layout.s(2 * PAD) - head_font.get_linesize() - 2 * step - 2 * gap
    rows: list[tuple[str, str, int]] = []  # (place, text, indent) per drawn row
    shown = 0
    for message in messages:
        where, text = split_where(message)
        indent = font.size(where + " ")[0] if where else 0
        if indent > inner // 2:  # a very long path: the message goes on the next row
            rows_for = [(where, "", 0)] + [("", line, 0) for line in wrap(text, font, inner)]
        else:
            lines = wrap(text, font, inner - indent)
            rows_for = [(where, lines[0], indent)] + [("", line, indent) for line in lines[1:]]
        if (len(rows) + len(rows_for)) * step > budget and shown:
            break
        rows_for = rows_for[:max(1, budget // step - len(rows))]
        rows.extend(rows_for)
        shown += 1
    if shown < len(messages):
        rows.append(("", f"…and {len(messages) - shown} more", 0))
    height = 2 * layout.s(PAD) + head_font.get_linesize() + (len(rows) + 1) * step + 2 * gap
    rect = pygame.Rect(layout.point(theme.MARGIN, TOP), (layout.s(width), height))
    target.blit(panel(rect.size, theme.INK, 238, layout.s(theme.RADIUS), theme.RED), rect)
    x, y = rect.left + layout.s(PAD), rect.top + layout.s(PAD)
    target.blit(render(title, head_font, theme.PEACH), (x, y))
    y += head_font.get_linesize() + gap
    for where, text, indent in rows:
        if where:
            target.blit(render(where, font, theme.PEACH), (x, y))
        colour = theme.MUTED if text.startswith("…and ") and not where else theme.CREAM
        if text:
            target.blit(render(text, font, colour), (x + indent, y))
        y += step
    target.blit(render(hint, font, theme.MUTED), (x, y + gap))
    return rect
