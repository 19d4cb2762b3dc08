"""Which lines of a story are spoken, read straight from its ink sources.

The voice pipeline and voice lint need every spoken line, including ones only some routes
reach, so playing the story is no use: we scan the `.ink` files the entry INCLUDEs for lines
that carry an `#id:` tag and start with a known speaker (`Samantha: …`), and strip the ink
around the words. Narration has no clip: self-voicing reads it at run time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from game.core.compiler import source_files
from game.core.config import StoryConfig, load_config
from game.core.source import resolve
from game.core.story import MAX_SPEAKER_PREFIX
from game.core.tags import split_tag

_SKIP = re.compile(r"^\s*(~|===|=|VAR\b|CONST\b|INCLUDE\b|EXTERNAL\b|LIST\b|TODO\b|->|<-)")
_MARKERS = re.compile(r"^\s*(?:[*+]\s*|-(?!>)\s*)*(?:\(\w+\)\s*)?")
_CONDITION = re.compile(r"^\{\s*[^{}:|]+:\s*(.*)\}\s*$")
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
    """The spoken lines of one ink file's text."""
    result = []
    in_comment = False
    for number, raw in enumerate(ink.splitlines(), 1):
        line, in_comment = _strip_comments(raw, in_comment)
        if "#" not in line or _SKIP.match(line):
            continue
        spoken = parse_line(line, config)
        if spoken is not None:
            line_id, speaker, words = spoken
            result.append(SpokenLine(line_id, speaker, words, shown, number))
    return result


def parse_line(line: str, config: StoryConfig) -> tuple[str, str, str] | None:
    """(line id, speaker id, words) for one spoken ink line, or None for anything else."""
    body = _MARKERS.sub("", line, count=1).strip()
    condition = _CONDITION.match(body)
    if condition:
        body = condition.group(1).strip()
    content, tags = _split_tags(body)
    line_id = tags.get("id")
    if not line_id:
        return None
    content = _BRACKETS.sub("", content)
    speaker = None
    colon = content.find(":")
    if 0 < colon <= MAX_SPEAKER_PREFIX:
        character = config.speaker_for(content[:colon])
        if character is not None:
            speaker = character.id
            content = content[colon + 1:]
    if tags.get("speaker"):
        known = config.speaker_for(tags["speaker"])
        speaker = known.id if known else None
    if speaker is None:
        return None
    words = _clean(content)
    return (line_id, speaker, words) if words else None


def _split_tags(body: str) -> tuple[str, dict[str, str]]:
    """Text before the first `#`, and the tags after it (ink tags run to the next `#`)."""
    content, _, rest = body.partition("#")
    tags = {}
    for part in rest.split("#"):
        key, value = split_tag(part.rstrip("}").strip())
        if key and value and key not in tags:
            tags[key] = value
    return content, tags


def _clean(content: str) -> str:
    content = _INLINE.sub("", content)
    content = _DIVERT.sub("", content)
    content = _GLUE.sub("", content)
    return _SPACES.sub(" ", content).strip()


def _strip_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    out = []
    index = 0
    while index < len(line):
        if in_comment:
            end = line.find("*/", index)
            if end < 0:
                return "".join(out), True
            index, in_comment = end + 2, False
            continue
        if line.startswith("//", index):
            break
        if line.startswith("/*", index):
            in_comment = True
            index += 2
            continue
        out.append(line[index])
        index += 1
    return "".join(out), in_comment


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
