"""`python main.py voice build [--only-missing] [--story PATH]`: the offline voice pipeline."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    if getattr(args, "voice_command", None) != "build":
        print("usage: python main.py voice build [--only-missing] [--story PATH]",
              file=sys.stderr)
        return 2
    from game.audio.pipeline import build

    report = build(getattr(args, "story", None), only_missing=args.only_missing,
                   progress=lambda text: print(text, flush=True))
    print(f"voice: {report.made} made, {report.kept} up to date, {report.adopted} recorded "
          f"takes adopted, {report.failed} failed, {report.skipped} skipped")
    return 1 if report.failed else 0
