"""`python main.py saves [--json]`: every slot with its name, chapter, date and status."""

from __future__ import annotations

import argparse
import json

from game.core.clock import format_ticks
from game.core.saves import SaveInfo, list_slots

from .common import save_root


def run(args: argparse.Namespace) -> int:
    folder = save_root(args)
    infos = list_slots(folder)
    if getattr(args, "json", False):
        print(json.dumps({"save_dir": str(folder), "slots": [i.as_dict() for i in infos]},
                         indent=2, ensure_ascii=False))
        return 0
    if not infos:
        print(f"no saves in {folder}")
        return 0
    print(f"saves in {folder}")
    width = max(7, *(len(i.slot) for i in infos))  # 'chapter-surrogate': a chapter's start
    for info in infos:
        print(describe(info, width))
    return 0


def describe(info: SaveInfo, width: int = 7) -> str:
    """One slot as a line of the listing."""
    if info.status == "unreadable":
        return f"{info.slot:>{width}}  unreadable: {info.error}"
    chapter = info.chapter_title or info.chapter or "-"
    status = "ok" if info.status == "ok" else f"recovered from the previous copy ({info.error})"
    name = f"  “{info.name}”" if info.name else ""
    return (f"{info.slot:>{width}}  {chapter:<24} {info.date:<25} "
            f"{format_ticks(info.play_ticks)}  {status}{name}")
