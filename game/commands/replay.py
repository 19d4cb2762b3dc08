"""`python main.py replay verify FILE [--story PATH] [--json]`: re-simulate a speedrun under the
rules and say plainly whether it holds (exit 0) or why not (exit 1, one line per failure)."""

from __future__ import annotations

import argparse
import json

from game.speedrun.runfile import read_run
from game.speedrun.verify import describe, verify_run


def run(args: argparse.Namespace) -> int:
    if getattr(args, "replay_command", None) != "verify":
        print("usage: python main.py replay verify FILE [--story PATH] [--json]")
        return 2
    recorded, intact = read_run(args.file)
    verdict = verify_run(recorded, intact, story_path=getattr(args, "story", None))
    if args.json:
        game_info = recorded.get("game") if isinstance(recorded.get("game"), dict) else {}
        print(json.dumps({"file": args.file, "category": recorded.get("category"),
                          "seed": recorded.get("seed"), "seeded": bool(recorded.get("seeded")),
                          "practice": bool(recorded.get("practice")),
                          "rta": recorded.get("rta"), "game": game_info,
                          "checksum_ok": intact, **verdict.as_dict()}, indent=2))
    else:
        print("\n".join(describe(recorded, verdict)))
    return 0 if verdict.ok else 1
