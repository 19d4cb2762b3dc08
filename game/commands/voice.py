"""`python main.py voice build [--only-missing] [--prune] [--story PATH]` (the offline voice
pipeline) and `python main.py voice check [--story PATH] [--json]` (measuring the clips)."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from game.core.errors import HerError

# what the offline pipeline needs beyond the game itself: the `[voice]` extra
VOICE_MODULES = ("numpy", "scipy")


def voice_extra_missing() -> list[str]:
    """The `[voice]` extra's modules that are not installed (the game itself needs none)."""
    return [name for name in VOICE_MODULES if importlib.util.find_spec(name) is None]

USAGE = ("usage: python main.py voice build [--only-missing] [--prune] [--story PATH]\n"
         "       python main.py voice check [--story PATH] [--json]")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "voice_command", None)
    missing = voice_extra_missing() if action in ("build", "check") else []
    if missing:
        raise HerError(f"voice {action} needs {', '.join(missing)}, from the voice extra",
                       hint="python3 -m pip install -e '.[voice]'")
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
