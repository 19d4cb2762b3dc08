"""Voice checks for `python main.py lint`: every spoken line has a clip, every clip a line,
and no clip speaks words the line no longer has."""

from __future__ import annotations

from pathlib import Path

from game.core.compiler import Diagnostic
from game.core.source import resolve

from .lines import story_lines
from .manifest import Manifest, voice_root

BUILD_HINT = "run `python main.py voice build`"


def build_hint(folder: Path) -> str:
    """The command that builds this story's clips: a mod's needs `--story`, or `voice build`
    would voice the game's own story instead."""
    from game.core.source import DEFAULT_STORY

    if folder.resolve() == DEFAULT_STORY.resolve():
        return BUILD_HINT
    return f"run `python main.py voice build --story {_shown(folder)}`"


def voice_lint(story_folder: str | Path | None = None) -> list[Diagnostic]:
    """Warnings for voiced lines without a clip, clips without a line, and stale clips."""
    if resolve(story_folder).ink is None:
        return []  # a compiled-only story: no source lines to hold the clips against
    lines, _config, folder = story_lines(story_folder)
    manifest = Manifest.load(voice_root(folder))
    found: list[Diagnostic] = []
    hint = build_hint(folder)
    by_id = {}
    for line in lines:
        by_id.setdefault(line.line_id, line)
        path = manifest.clip_path(line.speaker, line.line_id)
        if path is None:
            elsewhere = manifest.find(line.line_id)
            if elsewhere is not None:
                found.append(Diagnostic(line.path, line.line, "warning",
                                        f"voice clip {_shown(elsewhere)} is in another "
                                        f"character's folder; this line is spoken by "
                                        f"{line.speaker}"))
            else:
                found.append(Diagnostic(line.path, line.line, "warning",
                                        f"voiced line '{line.line_id}' ({line.speaker}) has no "
                                        f"clip; {hint}"))
            continue
        record = manifest.records.get(line.line_id)
        if record is not None and record.text_hash and record.text_hash != line.text_hash:
            what = "recorded take" if record.recorded else "clip"
            found.append(Diagnostic(line.path, line.line, "warning",
                                    f"voice {what} {_shown(path)} is stale: the line's text "
                                    f"changed since it was made; "
                                    f"{'record it again' if record.recorded else hint}"))
    for path in manifest.clip_files():
        if path.stem not in by_id:
            found.append(Diagnostic(_shown(path), None, "warning",
                                    f"voice clip for '{path.stem}', which no line of the story "
                                    f"has (its #id: was removed or changed); delete the file"))
    return found


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def voice_lint_check(source, _config=None) -> list[Diagnostic]:
    """The shape `game.core.lint.lint(extra_checks=…)` expects: (StorySource, StoryConfig)."""
    return voice_lint(source.ink or source.folder)
