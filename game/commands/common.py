"""What several commands need from their arguments: where saves live, and which endings count
as seen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game import paths


def save_root(args: argparse.Namespace) -> Path:
    """`--save-dir` (before or after the command), else $HER_SAVE_DIR, else saves/."""
    return paths.save_root(getattr(args, "save_dir", None))


def story_folder(args: argparse.Namespace) -> Path:
    """This story's saves and profile: the save folder, or its mods/<id> for a mod."""
    from game.core import source as story_source
    from game.core.storyfiles import story_save_dir

    return story_save_dir(save_root(args), story_source.resolve(getattr(args, "story", None)))


def seen_endings(args: argparse.Namespace) -> set[str]:
    """Endings the story may ask `has_seen()` about: `--seen`, else the player's profile."""
    if getattr(args, "seen", None) is not None:
        return set(args.seen)
    from game.core.profile import load_profile

    return set(load_profile(story_folder(args)).endings_seen)


def language(args: argparse.Namespace) -> str | None:
    """`--lang`, else the `language` setting; None plays the story as written."""
    chosen = getattr(args, "lang", None)
    if chosen:
        from game.core.translation import check_language

        return check_language(chosen)
    from game.core.settings import load_settings

    value = load_settings(save_root(args))["language"]  # a bad file falls back by itself
    return value if isinstance(value, str) and value and value != "original" else None


class ProgressPrinter:
    """Progress of a long route search on stderr, so a search that takes minutes is visibly
    alive: rewritten in place on a terminal, one line every few seconds otherwise."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.shown = False
        self.last = 0.0

    def __call__(self, report) -> None:
        if not self.tty and report.elapsed - self.last < 2.0:
            return
        self.last = report.elapsed
        text = (f"route search: {report.states:,} states, {len(report.routes)} endings found, "
                f"{report.elapsed:.1f} s")
        self.stream.write(f"\r{text}\033[K" if self.tty else text + "\n")
        self.stream.flush()
        self.shown = True

    def done(self, report) -> None:
        if self.shown and self.tty:
            self.stream.write("\r\033[K")
        if report.interrupted:
            self.stream.write(f"interrupted: {report.coverage()}\n")
        self.stream.flush()
