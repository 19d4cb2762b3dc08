"""`python main.py replay verify FILE [--json]`: re-simulate a speedrun and check it."""

from __future__ import annotations

import argparse
import json

from game.speedrun.runfile import read_run
from game.speedrun.verify import ticks_text, verify_run


def run(args: argparse.Namespace) -> int:
    if getattr(args, "replay_command", None) != "verify":
        print("usage: python main.py replay verify FILE [--json]")
        return 2
    recorded, intact = read_run(args.file)
    verdict = verify_run(recorded, intact)
    if args.json:
        print(json.dumps({"file": args.file, "category": recorded.get("category"),
                          **verdict.as_dict()}, indent=2))
    else:
        for ending in verdict.endings:
            print(f"ENDING: {ending}")
        print(f"category: {recorded.get('category')}  seed: {recorded.get('seed')}")
        print(f"IGT: {ticks_text(verdict.igt)}")
        for problem in verdict.problems:
            print(f"FAILED: {problem}")
        print("verified" if verdict.ok else "NOT VERIFIED")
    return 0 if verdict.ok else 1
