"""`python main.py translate extract --lang fr [--story PATH]`: the story's lines and choices as
a gettext PO file (translations/fr.po) for translators' tools; run again after edits to add
new lines and mark changed ones."""

from __future__ import annotations

import argparse
import sys

from game.core import source as story_source
from game.core.config import StoryConfig, load_config
from game.core.translation import check_language, extract


def run(args: argparse.Namespace) -> int:
    if getattr(args, "translate_command", None) != "extract":
        print("usage: python main.py translate extract --lang LANG [--story PATH]",
              file=sys.stderr)
        return 2
    lang = check_language(args.lang)
    source = story_source.resolve(args.story)
    if source.ink is None:
        print(f"{source.display or source.folder}: error: translating needs the story's .ink "
              "sources (line ids and words come from them)", file=sys.stderr)
        return 1
    config = load_config(source.config_path) if source.config_path else StoryConfig.default()
    path, total, new = extract(source.ink, config, source.folder, lang)
    print(f"wrote {path}: {total} entries, {new} new")
    return 0
