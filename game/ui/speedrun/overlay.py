"""What speedrun mode draws over everything (App.overlays): the timer during a run, and on the
title screen the category, the personal best and the newest runs.

The timer shows IGT large and RTA small, both h:mm:ss.fff, the newest split, and the delta to
the personal best coloured as runners expect: green ahead, red behind, gold for a best segment.
"""

from __future__ import annotations

import pygame

from game.core.clock import format_ticks
from game.speedrun import splits as bests
from game.ui import theme
from game.ui.widgets.panel import panel
from game.ui.widgets.text import fit, render

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
    rows = [(format_ticks(controller.igt), theme.TIMER_SIZE, theme.CREAM),
            (f"RTA {format_ticks(controller.rta)}", theme.SMALL_SIZE, theme.MUTED),
            (recorder.category.title + (" (practice)" if controller.practice else ""),
             theme.SMALL_SIZE, theme.SAND)]
    if recorder.splits:
        newest = recorder.splits[-1]["name"].split(":", 1)[-1].replace("_", " ").title()
        comparison = controller.comparison
        if comparison is not None and comparison.delta is not None:
            rows.append((f"{newest}  {delta_text(comparison.delta)}", theme.SMALL_SIZE,
                         COLOURS[comparison.state]))
        else:
            colour = COLOURS[comparison.state] if comparison else theme.SAND
            rows.append((newest, theme.SMALL_SIZE, colour))
    if controller.void_reason:
        rows.append(("VOID: " + controller.void_reason, theme.SMALL_SIZE, theme.SPLIT_BEHIND))
    elif recorder.complete:
        last = controller.last_run or {}
        rows.append(("Personal best!" if last.get("pb") else "Run complete", theme.SMALL_SIZE,
                     theme.SPLIT_GOLD if last.get("pb") else theme.CREAM))
    _rows(target, layout, theme.DESIGN_W - theme.TIMER_W - 16, 16, theme.TIMER_W, rows)


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
    _rows(target, layout, theme.DESIGN_W - 400 - 16, 290, 400, rows)  # beside the menu
