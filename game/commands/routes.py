"""`python main.py routes`: a route to each ending, until every ending the story names has one
(`--all-states`: every state, and the shortest routes), or the routes ranked by speedrun IGT."""

from __future__ import annotations

import argparse
import json

from game.core import routes as story_routes
from game.core import source as story_source

from .common import ProgressPrinter


def run(args: argparse.Namespace) -> int:
    loaded = story_source.load(args.story)
    show = ProgressPrinter()
    report = story_routes.explore(loaded.json_text, loaded.config, max_states=args.max_states,
                                  seed=args.seed, seen=set(args.seen),
                                  beam_width=args.beam, time_budget=args.time_budget,
                                  progress=show, workers=args.jobs,
                                  all_states=args.all_states)
    show.done(report)
    if getattr(args, "rank_igt", False):
        from game.speedrun import routing
        ranked = routing.rank(report)
        print(json.dumps(ranked, indent=2) if args.json else routing.describe(ranked))
        return 0
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, sort_keys=True))
    else:
        print(report.describe())
    return 0
