"""`python main.py splits export --category any [--story PATH] [--seed N] -o FILE.lss`: a
LiveSplit splits file whose segments are the category's splits, named and counted as the game
sends them to LiveSplit Server, with the personal best as its comparison when there is one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.core import source as story_source
from game.core.compiled import CompiledStory, title_of
from game.core.errors import HerError
from game.core.files import atomic_write_text
from game.core.profile import load_profile
from game.speedrun.categories import category, timer_splits
from game.speedrun.lss import splits_file

from .common import story_folder


def run(args: argparse.Namespace) -> int:
    if getattr(args, "splits_command", None) != "export":
        print("usage: python main.py splits export --category any [--story PATH] -o FILE.lss")
        return 2
    loaded = story_source.load(args.story)
    chosen = category(loaded.config, args.category, args.seed)
    profile = load_profile(story_folder(args))
    folder = loaded.source.folder.name if loaded.source and loaded.source.folder else ""
    meta = CompiledStory(loaded.json_text).meta
    game_name = title_of(meta, loaded.config.title, folder)
    text = splits_file(loaded.config, chosen, game_name, profile.best_times.get(chosen.key))
    out = Path(args.output)
    if out.suffix.lower() != ".lss":
        raise HerError(f"{out}: a LiveSplit splits file ends in .lss")
    try:
        atomic_write_text(out, text, keep_previous=False)
    except OSError as exc:
        raise HerError(f"cannot write {out} ({exc.strerror or exc})") from None
    count = len(timer_splits(loaded.config, chosen))
    print(f"wrote {out}: {game_name}, {chosen.title}, {count} splits", file=sys.stderr)
    return 0
