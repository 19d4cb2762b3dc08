"""`python main.py text`: the terminal player, over the same Session as the window."""

from __future__ import annotations

import argparse
import sys

from game.core.session import Session
from game.core.story import Story
from game.text import play

from .common import language, seen_endings, story_folder


def run(args: argparse.Namespace) -> int:
    story = Story.open(args.story, seed=args.seed)
    story.translate(language(args))
    # autosaves as the window does, prints nothing; has_seen() asks --seen, else the profile.
    # The saves are written on a writer thread, a burst of them coalesced to the newest, so
    # a choice costs only the capture (writing every one in line was 80 % of a long run)
    session = Session(story, story_folder(args), seen=seen_endings(args), background=True)
    try:
        if getattr(args, "load", None):
            result = session.load(args.load)
            if result.message:
                print(result.message, file=sys.stderr)
        ending = play(session, scripted=args.choose, as_json=args.json, out=sys.stdout,
                      stdin=sys.stdin, interactive=sys.stdin.isatty())
    finally:
        if session.slots is not None:
            session.slots.flush()  # every save asked for is on disk before the command ends
    errors = session.slots.write_errors if session.slots is not None else []
    for problem in [*session.problems, *map(str, errors)]:
        print(f"warning: {problem}", file=sys.stderr)
    return 0 if ending else 2
