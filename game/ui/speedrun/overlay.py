"""What speedrun mode draws over everything (App.overlays): the timer during a run, and on the
title screen the category, the personal best and the newest runs.

The timer shows IGT large and RTA small, both h:mm:ss.fff, then the split list as LiveSplit
lays one out: each of the category's timer splits with this run's delta to the personal best
(green ahead, red behind, gold for a segment faster than ever) or the personal best's time for
the ones still to come, the current split highlighted, and the sum of best segments. A long list
(All Endings) shows a window of SPLITS_SHOWN rows around the current split.
"""

from __future__ import annotations

import pygame

from game.core.clock import format_ticks
from game.speedrun import splits as bests
from game.speedrun.categories import split_title, timer_splits
from game.ui import theme
from game.ui.widgets.panel import panel
from game.ui.widgets.text import fit, render

SPLITS_SHOWN = 8
SPLIT_ROW = 26  # design pixels
TIMER_X = theme.DESIGN_W - theme.TIMER_W - 16  # the timer panel's left edge on a 1280x720
# canvas (the meters panel sits left of it while a run is shown); timer_x() for any other


def timer_x(layout: theme.Layout) -> float:
    """The timer panel's left edge on the visible canvas (interface size, small windows)."""
    return layout.x1 - theme.TIMER_W - 16

COLOURS = {bests.AHEAD: theme.SPLIT_AHEAD, bests.BEHIND: theme.SPLIT_BEHIND,
           bests.GOLD: theme.SPLIT_GOLD, bests.EVEN: theme.SPLIT_EVEN}


def delta_text(ticks: int) -> str:
    """+1.250 / -1:02.500: only as many fields as the difference needs."""
    sign = "-" if ticks < 0 else "+"
    text = format_ticks(abs(ticks))
    for prefix in ("0:00:0", "0:00:", "0:0", "0:"):
        if text.startswith(prefix):
            return sign + text[len(prefix):]
    return sign + text


def draw(controller, target: pygame.Surface, layout: theme.Layout) -> None:  # noqa: ANN001
    from game.ui.scenes.title import TitleScene

    if not controller.enabled:
        return
    if isinstance(controller.app.top, TitleScene):
        _title_panel(controller, target, layout)
    elif controller.recorder is not None:
        _timer(controller, target, layout)


def _rows(target: pygame.Surface, layout: theme.Layout, x: float, y: float, w: float,
          rows: list[tuple[str, int, tuple[int, int, int]]]) -> None:
    height = sum(size + 8 for _, size, _ in rows) + 16
    rect = layout.rect(x, y, w, height)
    target.blit(panel(rect.size, theme.PANEL, 215, layout.s(10)), rect)
    top = y + 8
    for text, size, colour in rows:
        font = layout.font(size)
        surface = render(fit(text, font, layout.s(w - 24)), font, colour)
        target.blit(surface, layout.point(x + 12, top))
        top += size + 8


def _timer(controller, target: pygame.Surface, layout: theme.Layout) -> None:  # noqa: ANN001
    recorder = controller.recorder
    config = controller.app.story.config
    key = recorder.category.key
    names = timer_splits(config, recorder.category)
    rows = bests.split_rows(controller.app.profile, key, names, recorder.splits)
    head = [(format_ticks(controller.igt), theme.TIMER_SIZE, theme.CREAM),
            (f"RTA {format_ticks(controller.rta)}", theme.SMALL_SIZE, theme.MUTED),
            (recorder.category.title + (" (practice)" if controller.practice else ""),
             theme.SMALL_SIZE, theme.SAND)]
    tail = []
    best = bests.sum_of_best(controller.app.profile, key)
    tail.append((f"Sum of best  {format_ticks(best) if best is not None else '—'}",
                 theme.SMALL_SIZE, theme.MUTED))
    if controller.void_reason:
        tail.append(("VOID: " + controller.void_reason, theme.SMALL_SIZE, theme.SPLIT_BEHIND))
    elif recorder.complete:
        last = controller.last_run or {}
        tail.append(("Personal best!" if last.get("pb") else "Run complete", theme.SMALL_SIZE,
                     theme.SPLIT_GOLD if last.get("pb") else theme.CREAM))
    current = next((i for i, row in enumerate(rows) if row.time is None and not row.skipped),
                   len(rows))
    first = max(0, min(current - SPLITS_SHOWN // 2, len(rows) - SPLITS_SHOWN))
    shown = rows[first:first + SPLITS_SHOWN]
    x, y, w = timer_x(layout), layout.y0 + 16, theme.TIMER_W
    height = sum(size + 8 for _, size, _ in head + tail) + len(shown) * SPLIT_ROW + 18
    rect = layout.rect(x, y, w, height)
    target.blit(panel(rect.size, theme.PANEL, 215, layout.s(10)), rect)
    top = _lines(target, layout, x, y + 8, w, head)
    font = layout.font(theme.SMALL_SIZE)
    for offset, row in enumerate(shown):
        index = first + offset
        if index == current and not recorder.complete:
            lit = layout.rect(x + 6, top - 2, w - 12, SPLIT_ROW)
            target.blit(panel(lit.size, theme.CORAL, 90, layout.s(6)), lit)
        title = split_title(config, row.name)
        colour = theme.MUTED if row.skipped else theme.CREAM
        value, tone = _split_value(row)
        right = render(value, font, tone)
        left = render(fit(title, font, layout.s(w - 24) - right.get_width() - layout.s(10)),
                      font, colour)
        target.blit(left, layout.point(x + 12, top + 2))
        target.blit(right, right.get_rect(topright=layout.point(x + w - 12, top + 2)))
        top += SPLIT_ROW
    _lines(target, layout, x, top + 6, w, tail)


def _split_value(row: bests.SplitRow) -> tuple[str, tuple[int, int, int]]:
    """What the right-hand column of a split says: the delta when reached (or the time, with
    no personal best to compare), else the personal best's time, else a dash."""
    if row.skipped:
        return "—", theme.MUTED
    if row.time is not None:
        if row.delta is not None:
            return delta_text(row.delta), COLOURS[row.state or bests.EVEN]
        return format_ticks(row.time), COLOURS[row.state or bests.EVEN]
    return (format_ticks(row.pb) if row.pb is not None else "—"), theme.MUTED


def _lines(target: pygame.Surface, layout: theme.Layout, x: float, top: float, w: float,
           rows: list[tuple[str, int, tuple[int, int, int]]]) -> float:
    for text, size, colour in rows:
        font = layout.font(size)
        surface = render(fit(text, font, layout.s(w - 24)), font, colour)
        target.blit(surface, layout.point(x + 12, top))
        top += size + 8
    return top


def _title_panel(controller, target: pygame.Surface, layout: theme.Layout) -> None:  # noqa: ANN001
    chosen = controller.category
    pb = bests.personal_best(controller.app.profile, chosen.id)
    rows = [("Speedrun mode", theme.CHOICE_SIZE, theme.CREAM),
            (f"R: new {chosen.title} run   C: category", theme.SMALL_SIZE, theme.SAND),
            (f"PB {format_ticks(pb) if pb is not None else '—'}"
             + (f"   seed {chosen.seed}" if chosen.seed else ""), theme.SMALL_SIZE, theme.SAND)]
    runs = controller.runs()
    rows.append(("Runs" if runs else "No runs yet", theme.SMALL_SIZE, theme.MUTED))
    for run in runs[:6]:
        igt = run.get("igt")
        mark = "" if run.get("intact") else "  (altered)"
        practice = " practice" if run.get("practice") else ""
        shown = format_ticks(igt) if isinstance(igt, int) else "—"
        rows.append((f"{run.get('category')}{practice}  {shown}  "
                     f"{','.join(map(str, run.get('endings') or []))}{mark}",
                     theme.SMALL_SIZE, theme.CREAM))
    _rows(target, layout, layout.x1 - 400 - 16, layout.y0 + 290, 400, rows)  # beside the menu
