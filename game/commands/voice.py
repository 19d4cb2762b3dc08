"""`python main.py voice build [--only-missing] [--prune] [--story PATH]` (the offline voice
pipeline) and `python main.py voice check [--story PATH] [--json]` (measuring the clips)."""

from __future__ import annotations

import argparse
import sys

USAGE = ("usage: python main.py voice build [--only-missing] [--prune] [--story PATH]\n"
         "       python main.py voice check [--story PATH] [--json]")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "voice_command", None)
    if action == "check":
        from game.audio.check import check_command

        return check_command(args)
    if action != "build":
        print(USAGE, file=sys.stderr)
        return 2
    from game.audio.pipeline import build

    report = build(getattr(args, "story", None), only_missing=args.only_missing,
                   workers=getattr(args, "workers", None), prune=getattr(args, "prune", False),
                   progress=lambda text: print(text, flush=True))
    print(f"voice: {report.made} made, {report.kept} up to date, {report.adopted} recorded "
          f"takes adopted, {report.failed} failed, {report.skipped} skipped"
          + (f", {report.pruned} stale clips removed" if report.pruned else ""))
    return 1 if report.failed else 0
