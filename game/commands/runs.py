"""`python main.py runs [--json]`: every speedrun in the save folder — the game's own story's
and each mod's (`mods/<id>/runs/`) — with its category, times and whether it verifies."""

from __future__ import annotations

import argparse
import json

from game.speedrun.runs import scan

from .common import save_root


def run(args: argparse.Namespace) -> int:
    root = save_root(args)
    found = scan(root)
    if getattr(args, "json", False):
        print(json.dumps({"save_dir": str(root), "runs": found}, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(f"no runs in {root} (speedrun mode writes them to runs/, a mod's to "
              f"mods/<id>/runs/)")
        return 0
    print(f"runs in {root}")
    for row in found:
        print(f"{row['story']:<20} {row['category_title']:<24} IGT {row['igt_text']:<12} "
              f"RTA {row['rta_text']:<12} {row['verdict']:<13} {row['file']}")
    return 0
