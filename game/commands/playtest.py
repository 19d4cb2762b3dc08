"""`python main.py playtest`: simulated players, and what a writer learns from them."""

from __future__ import annotations

import argparse
import json

from game.core import playtest


def run(args: argparse.Namespace) -> int:
    report = playtest.run(args.story, runs=args.runs, seed=args.seed,
                          persona_runs=args.persona_runs, seen=set(args.seen),
                          route_budget=args.route_budget or None)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(report.describe())
    return 0
