"""`python main.py lint`: the core's checks plus the ones other areas register (voice clips).

The core knows nothing of audio; this shell, which may import anything, hands lint the voice
check when the audio package is there."""

from __future__ import annotations

import argparse
import sys

from game.core import lint as story_lint

from .common import ProgressPrinter


def area_checks() -> list:
    """Checks from outside the core, for `lint(extra_checks=…)`."""
    try:
        from game.audio.voicelint import voice_lint_check
    except ImportError:
        return []
    return [voice_lint_check]


def run(args: argparse.Namespace) -> int:
    budget = None if args.deep else args.budget
    report = story_lint.lint(args.story, fix_ids=args.fix_ids, max_states=args.max_states,
                             extra_checks=area_checks(), time_budget=budget,
                             progress=ProgressPrinter())
    for finding in report.findings:
        print(finding)
    if report.plays:
        print(f"dead-text check: {report.plays}")
    if report.coverage:
        print(f"route search: {report.coverage}")
    if report.fixed:
        print(f"added {report.fixed} line ids", file=sys.stderr)
    errors = sum(1 for f in report.findings if f.severity == "error")
    warnings = sum(1 for f in report.findings if f.severity == "warning")
    print(f"{errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors else 0
