"""`python main.py compile [PATH]`: ink to JSON, errors as `file:line: error: message`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.core import source as story_source
from game.core.compiler import compile_to_file


def run(args: argparse.Namespace) -> int:
    target = Path(args.path) if args.path else story_source.DEFAULT_STORY
    if target.is_dir():
        resolved = story_source.resolve(target)
        if not resolved.ink:
            print(f"{target}: error: no .ink file to compile", file=sys.stderr)
            return 1
        target = resolved.ink
    result = compile_to_file(target, args.output)
    for diagnostic in result.diagnostics:
        print(diagnostic, file=sys.stderr)
    out = args.output or target.with_suffix(".json")
    print(f"compiled {target} -> {out}")
    if args.stats:
        for key, value in result.stats.items():
            print(f"{key}: {value}")
    return 0
