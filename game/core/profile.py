"""What outlives a play-through: endings seen, lines read (for skip), chapters seen, best times.

Declared once as a table of fields (`FIELDS`), each with a validator and a default. Loading
checks the size, the JSON, the format version and a checksum over the content, then every field:
a bad value falls back to its default with a message, a damaged file falls back to the previous
good copy — never a crash, never code run. Saving merges with what is on disk by union (endings,
lines, chapters) and by best time, so two windows open at once never forget each other's
endings. Settings are not here: they live in `game.core.settings`.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .files import atomic_write_text, is_valid_text, read_json_object, read_with_fallback, shown

PROFILE_FILE = "profile.json"
PROFILE_VERSION = 2  # 2 added the checksum; version 1 files (no checksum) still load
MAX_PROFILE_BYTES = 8 * 1024 * 1024
MAX_ID = 200
MAX_IDS = 200_000
MAX_CATEGORIES = 200


@dataclass
class Profile:
    path: Path | None = None
    endings_seen: list[str] = field(default_factory=list)
    lines_read: set[str] = field(default_factory=set)
    chapters_seen: list[str] = field(default_factory=list)
    best_times: dict = field(default_factory=dict)  # category -> {"ticks": int, "splits": …}
    messages: list[str] = field(default_factory=list)  # what loading had to repair
    # [(the file's identity just after this profile's last write, the profile it wrote)]: kept
    # by the copies `replace` makes of it (the window writes a copy after each save)
    written: list = field(default_factory=list, repr=False, compare=False)

    def record_ending(self, ending_id: str) -> bool:
        """True when the ending is new to this player."""
        if ending_id in self.endings_seen:
            return False
        self.endings_seen.append(ending_id)
        return True

    def record_chapter(self, chapter_id: str) -> None:
        if chapter_id not in self.chapters_seen:
            self.chapters_seen.append(chapter_id)

    def mark_read(self, line_id: str | None) -> None:
        if line_id and len(line_id) <= MAX_ID:
            self.lines_read.add(line_id)

    def has_read(self, line_id: str | None) -> bool:
        return bool(line_id) and line_id in self.lines_read

    def save(self, *, sync: str = "full") -> None:
        """Write atomically, merged with whatever another instance wrote meanwhile (`sync`:
        as `atomic_write_bytes`; the window's writer thread passes "none" after a save).
        When the file is still the one this profile (or a copy of it) last wrote, untouched
        since, what it holds is merged from that profile, not read and checked again: a
        look at the file instead of reading, parsing and validating every line id (1 to
        3 ms of the writer beside each save of a long play-through)."""
        if self.path is None:
            return
        on_disk = self._as_written()
        if on_disk is None:
            on_disk = _read_valid(self.path)
        if on_disk is not None and on_disk is not self:
            _merge(self, on_disk)
        content = _content(self)
        document = {"version": PROFILE_VERSION, "checksum": _checksum(content), **content}
        atomic_write_text(self.path, json.dumps(document, indent=1, sort_keys=True,
                                                ensure_ascii=False), sync=sync)
        self.written[:] = [(_identity(self.path), self)]

    def _as_written(self) -> Profile | None:
        """The profile that wrote the file, if the file is still just as it left it."""
        last = self.written[0] if self.written else None
        if last is None or last[0] is None or last[0] != _identity(self.path):
            return None
        return last[1]


def _identity(path: Path) -> tuple | None:
    """Which file is at `path`, as written: each atomic write is a new file (another window's
    too), and an edit in place changes its size or time."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _content(profile: Profile) -> dict:
    return {name: spec.dump(getattr(profile, name)) for name, spec in FIELDS.items()}


def _checksum(content: dict) -> str:
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    import hashlib  # OpenSSL: 3 ms of a start-up that hashes nothing, loaded when one does

    # surrogatepass: a hand-edited lone surrogate must reach the field check, not crash here
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- the table: one entry per field, how to check it, its default, how to write it ----------
@dataclass(frozen=True)
class Field:
    check: Callable[[object], object | None]  # the clean value, or None when invalid
    default: Callable[[], object]
    dump: Callable[[object], object] = lambda value: value


def _ids(value: object) -> list[str] | None:
    if isinstance(value, list) and len(value) <= MAX_IDS and all(
            isinstance(v, str) and 0 < len(v) <= MAX_ID and is_valid_text(v) for v in value):
        return list(dict.fromkeys(value))
    return None


def _id_set(value: object) -> set[str] | None:
    found = _ids(value)
    return set(found) if found is not None else None


def _plain(value: object, depth: int = 0) -> bool:
    if isinstance(value, str):
        return len(value) <= 1000 and is_valid_text(value)
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) < 2**63
    if isinstance(value, bool) or value is None:
        return True
    if depth >= 3:
        return False
    if isinstance(value, list):
        return len(value) <= 1000 and all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return len(value) <= 1000 and all(isinstance(k, str) and len(k) <= MAX_ID
                                          and is_valid_text(k) and _plain(v, depth + 1)
                                          for k, v in value.items())
    return False


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def _record(category: str, record: object) -> bool:
    """One best-times record, with every field the speedrun code reads checked for its type:
    a personal best {"ticks", "splits": [[name, igt]…], "seed", "run"}, or a category's gold
    segments {"ticks": 0, "segments": {key: ticks}}."""
    if not (isinstance(record, dict) and _plain(record) and _count(record.get("ticks"))):
        return False
    if category.startswith("golds:"):
        segments = record.get("segments", {})
        return isinstance(segments, dict) and all(_count(v) for v in segments.values())
    splits = record.get("splits", [])
    if not isinstance(splits, list) or not all(
            isinstance(s, list) and len(s) == 2 and isinstance(s[0], str) and _count(s[1])
            for s in splits):
        return False
    seed = record.get("seed", 0)
    return (isinstance(seed, int) and not isinstance(seed, bool)
            and isinstance(record.get("run", ""), str))


def _best_times(value: object) -> dict | None:
    """category -> a record with a whole, non-negative `ticks` and plain JSON beside it."""
    if not isinstance(value, dict) or len(value) > MAX_CATEGORIES:
        return None
    for category, record in value.items():
        if not (isinstance(category, str) and 0 < len(category) <= MAX_ID
                and is_valid_text(category) and _record(category, record)):
            return None
    return dict(value)


FIELDS: dict[str, Field] = {
    "endings_seen": Field(_ids, list),
    "lines_read": Field(_id_set, set, dump=sorted),
    "chapters_seen": Field(_ids, list),
    "best_times": Field(_best_times, dict),
}


# --- loading -----------------------------------------------------------------------------
def load_profile(save_dir: str | Path) -> Profile:
    """The player's profile; defaults (with `messages` saying why) for anything unreadable."""
    path = Path(save_dir) / PROFILE_FILE
    profile = Profile(path=path)
    data, messages = read_with_fallback(path, _parse)
    profile.messages.extend(messages)
    if data is not None:
        _apply(profile, data, path)
    return profile


def _apply(profile: Profile, data: dict, path: Path) -> None:
    for name, spec in FIELDS.items():
        if name not in data:
            continue
        clean = spec.check(data[name])
        if clean is None:
            clean = spec.default()
            profile.messages.append(f"{path}: '{name}' was not valid; reset to {shown(clean)}")
        setattr(profile, name, clean)


def _parse(path: Path) -> dict:
    data = read_json_object(path, MAX_PROFILE_BYTES, per_field=True)
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("no valid version")
    if version > PROFILE_VERSION:
        raise ValueError(f"written by a newer game (version {version})")
    if version >= 2:
        content = {name: data[name] for name in FIELDS if name in data}
        if data.get("checksum") != _checksum(content):
            raise ValueError("checksum mismatch: damaged or edited")
    return data


def _read_valid(path: Path) -> Profile | None:
    """What is on disk now, validated, or None (a damaged file is simply replaced)."""
    if not path.exists():
        return None
    scratch = Profile(path=path)
    try:
        data = _parse(path)
    except (OSError, ValueError):
        return None
    _apply(scratch, data, path)
    return scratch


def _merge(profile: Profile, other: Profile) -> None:
    for ending in other.endings_seen:
        profile.record_ending(ending)
    for chapter in other.chapters_seen:
        profile.record_chapter(chapter)
    profile.lines_read |= other.lines_read
    for category, record in other.best_times.items():
        mine = profile.best_times.get(category)
        if mine is None or record["ticks"] < mine.get("ticks", 2**62):
            profile.best_times[category] = record
