"""The tag grammar (DESIGN.md), parsed once per line into typed values.

Unknown tags are kept in `unknown` and passed on: a story is never refused for a tag we do not
know, lint only warns about it.
"""

from __future__ import annotations

from typing import NamedTuple

PRESENTATION_KEYS = ("bg", "music", "sfx", "mood")
# tags the window reads on a choice (`* [Buy the lamp #note:2 coins]`); any other choice tag is
# passed on untouched, in `Choice.tags` and in `text --json`
CHOICE_KEYS = ("note",)
KNOWN_KEYS = frozenset(("id", "speaker", "chapter", "ending", "checkpoint", "pause",
                        *PRESENTATION_KEYS, *CHOICE_KEYS))
# the moods the window draws Samantha in (game/ui/theme.py MOODS); lint warns about others
KNOWN_MOODS = ("curious", "warm", "playful", "hurt", "distant", "radiant")
MAX_PAUSE = 30.0  # seconds; a longer #pause: is cut to this
GLOBAL_KEYS = frozenset(("title", "author", "version"))


class Tags(NamedTuple):
    """A line's tags, typed. A NamedTuple: one is built for nearly every line of a story."""

    line_id: str | None = None
    speaker: str | None = None
    chapter: str | None = None
    ending: str | None = None
    checkpoint: bool = False
    bg: str | None = None
    music: str | None = None  # a track name, or "stop"
    sfx: tuple[str, ...] = ()
    mood: str | None = None
    pause: float | None = None
    note: str | None = None  # on a choice: a short note the window shows beside it
    unknown: tuple[str, ...] = ()
    raw: tuple[str, ...] = ()


NO_TAGS = Tags()


_PARSED: dict[tuple[str, ...], Tags] = {}
_PARSED_LIMIT = 8192  # distinct tag lists kept; a story that makes tags from variables may
# make any number, so the table starts over when full


def parse_tags_once(raw: tuple[str, ...]) -> Tags:
    """`parse_tags(raw)`, each distinct list of tags parsed once: a story's lines carry the
    same few thousand lists every play-through (the route search and playtest play thousands),
    and the parse is a fifth of what the engine adds to the runtime per line. Tags are
    immutable, so every line with those tags can share one."""
    tags = _PARSED.get(raw)
    if tags is None:
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        tags = _PARSED[raw] = parse_tags(raw)
    return tags


def split_tag(tag: str) -> tuple[str, str]:
    """`"bg: street"` -> ("bg", "street"); a tag with no colon has an empty value."""
    key, _, value = tag.partition(":")
    return key.strip().lower(), value.strip()


def parse_tags(raw: list[str] | tuple[str, ...]) -> Tags:
    if not raw:
        return NO_TAGS
    values: dict = {}
    sfx: list[str] = []
    unknown: list[str] = []
    for tag in raw:
        if tag.startswith("id:"):  # nearly every line has one: skip the general path
            values["line_id"] = tag[3:].strip()
            continue
        key, value = split_tag(tag)
        if key == "checkpoint" and not value:
            values["checkpoint"] = True
        elif key == "sfx" and value:
            sfx.append(value)
        elif key == "pause":
            try:
                values["pause"] = max(0.0, min(float(value), MAX_PAUSE))
            except ValueError:
                unknown.append(tag)
        elif key == "id" and value:
            values["line_id"] = value
        elif key in KNOWN_KEYS and value:
            values[key] = value
        else:
            unknown.append(tag)
    return Tags(sfx=tuple(sfx), unknown=tuple(unknown), raw=tuple(raw), **values)


def parse_global_tags(raw: list[str]) -> dict[str, str]:
    """`# title: Her` and friends, as a plain dict of the known keys."""
    meta = {}
    for tag in raw:
        key, value = split_tag(tag)
        if key in GLOBAL_KEYS and value:
            meta[key] = value
    return meta
