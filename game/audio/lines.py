"""Which lines of a story are spoken, read straight from its ink sources.

The voice pipeline and voice lint need every spoken line, including ones only some routes
reach, so playing the story is no use: the `.ink` files the entry INCLUDEs are read with
game.core.inksource (the same reading lint and `--fix-ids` use), and the lines that carry an
`#id:` tag and start with a known speaker (`Samantha: …`) are kept, their words stripped of
ink. Narration has no clip: self-voicing reads it at run time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from game.core.compiler import source_files
from game.core.config import StoryConfig, load_config
from game.core.inksource import scan_text
from game.core.source import resolve
from game.core.story import MAX_SPEAKER_PREFIX
from game.core.tags import split_tag

_BRACKETS = re.compile(r"\[[^\]]*\]")
_INLINE = re.compile(r"\{[^{}]*\}")
_DIVERT = re.compile(r"->\s*[\w.]*")
_GLUE = re.compile(r"<>")
_SPACES = re.compile(r"\s+")
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class SpokenLine:
    """One line a character speaks: what the voice pipeline synthesises and lint checks."""

    line_id: str
    speaker: str  # character id from story.yaml
    text: str  # the words only, as the player reads them
    path: str  # ink file, for diagnostics
    line: int
    mood: str = ""  # the line's #mood: tag: Samantha's delivery follows it

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    """A short hash of the spoken words: a clip is stale when its recorded hash differs."""
    return hashlib.sha1(_SPACES.sub(" ", text.strip()).encode("utf-8")).hexdigest()[:16]


def safe_line_id(line_id: str) -> bool:
    """Line ids become file names, so only plain characters are accepted (no paths)."""
    return bool(_SAFE_ID.match(line_id)) and line_id not in (".", "..")


def story_lines(story: str | Path | None = None) -> tuple[list[SpokenLine], StoryConfig, Path]:
    """Every spoken line of a story folder (or .ink), its config and its folder."""
    source = resolve(story)
    config = load_config(source.config_path) if source.config_path else StoryConfig.default()
    if source.ink is None:
        return [], config, source.folder
    files, _ = source_files(source.ink)
    found: list[SpokenLine] = []
    for path in files:
        shown = _shown(path)
        text = path.read_text(encoding="utf-8-sig")
        found.extend(spoken_lines(text, config, shown))
    return found, config, source.folder


def spoken_lines(ink: str, config: StoryConfig, shown: str = "<ink>") -> list[SpokenLine]:
    """The spoken lines of one ink file's text: the lines game.core.inksource finds printed
    (comments, choices, conditionals and diverts understood there), that carry an id and a
    known speaker."""
    result = []
    for found in scan_text(ink, Path(shown)):
        if not found.line_id:
            continue
        spoken = parse_line(found.text, found.tags, config)
        if spoken is not None:
            speaker, words = spoken
            mood = dict(split_tag(tag) for tag in found.tags).get("mood", "")
            result.append(SpokenLine(found.line_id, speaker, words, shown, found.number,
                                     mood or ""))
    return result


def parse_line(text: str, tags: tuple[str, ...], config: StoryConfig) -> tuple[str, str] | None:
    """(speaker id, words) for one printed line, or None when no known character speaks it."""
    content = _BRACKETS.sub("", text)
    speaker = None
    colon = content.find(":")
    if 0 < colon <= MAX_SPEAKER_PREFIX:
        character = config.speaker_for(content[:colon])
        if character is not None:
            speaker = character.id
            content = content[colon + 1:]
    explicit = dict(split_tag(tag) for tag in tags).get("speaker")
    if explicit:
        known = config.speaker_for(explicit)
        speaker = known.id if known else None
    if speaker is None:
        return None
    words = _clean(content)
    return (speaker, words) if words else None


def _clean(content: str) -> str:
    content = _INLINE.sub("", content)
    content = _DIVERT.sub("", content)
    content = _GLUE.sub("", content)
    return _SPACES.sub(" ", content).strip()


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
