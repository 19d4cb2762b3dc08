"""The core's commands (`text`, `compile`, `lint`, `routes`): thin shells over `game.core`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .core import routes as story_routes
from .core import source as story_source
from .core.compiler import compile_to_file
from .core.story import Story
from .text import play


def story_folder(args: argparse.Namespace) -> Path:
    """This story's saves and profile: the save folder, or its mods/<id> for a mod."""
    from .cli import save_dir
    from .core.mods import story_save_dir

    return story_save_dir(save_dir(args), story_source.resolve(args.story))


def seen_endings(args: argparse.Namespace) -> set[str]:
    """Endings the story may ask `has_seen()` about: `--seen`, else the player's profile."""
    if getattr(args, "seen", None) is not None:
        return set(args.seen)
    from .core.profile import load_profile

    return set(load_profile(story_folder(args)).endings_seen)


def text_command(args: argparse.Namespace) -> int:
    from .core.session import Session

    story = Story.open(args.story, seed=args.seed, seen_endings=seen_endings(args))
    session = Session(story, story_folder(args))  # autosaves as the window does; prints nothing
    if getattr(args, "load", None):
        result = session.load(args.load)
        if result.message:
            print(result.message, file=sys.stderr)
    ending = play(session, scripted=args.choose, as_json=args.json, out=sys.stdout,
                  stdin=sys.stdin, interactive=sys.stdin.isatty())
    for problem in session.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0 if ending else 2


def compile_command(args: argparse.Namespace) -> int:
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


def lint_command(args: argparse.Namespace) -> int:
    from .core import lint as story_lint

    report = story_lint.lint(args.story, fix_ids=args.fix_ids, max_states=args.max_states)
    for finding in report.findings:
        print(finding)
    if report.fixed:
        print(f"added {report.fixed} line ids", file=sys.stderr)
    errors = sum(1 for f in report.findings if f.severity == "error")
    warnings = sum(1 for f in report.findings if f.severity == "warning")
    print(f"{errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors else 0


def routes_command(args: argparse.Namespace) -> int:
    loaded = story_source.load(args.story)
    report = story_routes.explore(loaded.json_text, loaded.config, max_states=args.max_states,
                                  seed=args.seed, seen=set(args.seen),
                                  beam_width=args.beam_width)
    if getattr(args, "rank_igt", False):
        from .speedrun import routing
        ranked = routing.rank(report)
        print(json.dumps(ranked, indent=2) if args.json else routing.describe(ranked))
        return 0
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, sort_keys=True))
    else:
        print(report.describe())
    return 0
