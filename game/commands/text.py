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
    # autosaves as the window does, prints nothing; has_seen() asks --seen, else the profile
    session = Session(story, story_folder(args), seen=seen_endings(args))
    if getattr(args, "load", None):
        result = session.load(args.load)
        if result.message:
            print(result.message, file=sys.stderr)
    ending = play(session, scripted=args.choose, as_json=args.json, out=sys.stdout,
                  stdin=sys.stdin, interactive=sys.stdin.isatty())
    for problem in session.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0 if ending else 2
