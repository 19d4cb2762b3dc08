"""What outlives a play-through: endings seen, lines read, best times.

Declared once as a table of fields, validated on load: a bad value falls back to its default
with a message, a damaged file falls back to the previous good copy — never a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .files import atomic_write_text, previous_copy

PROFILE_FILE = "profile.json"
PROFILE_VERSION = 1
MAX_PROFILE_BYTES = 8 * 1024 * 1024


@dataclass
class Profile:
    path: Path | None = None
    endings_seen: list[str] = field(default_factory=list)
    lines_read: set[str] = field(default_factory=set)
    chapters_seen: list[str] = field(default_factory=list)
    best_times: dict = field(default_factory=dict)  # category -> {ticks, splits, ...}
    messages: list[str] = field(default_factory=list)  # what loading had to repair

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
        if line_id:
            self.lines_read.add(line_id)

    def has_read(self, line_id: str | None) -> bool:
        return bool(line_id) and line_id in self.lines_read

    def save(self) -> None:
        if self.path is None:
            return
        data = {"version": PROFILE_VERSION, "endings_seen": self.endings_seen,
                "lines_read": sorted(self.lines_read), "chapters_seen": self.chapters_seen,
                "best_times": self.best_times}
        atomic_write_text(self.path, json.dumps(data, indent=1, sort_keys=True))


def _str_list(value: object) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, str) and len(v) < 200 for v in value):
        return list(dict.fromkeys(value))
    return None


# field -> (validator returning the clean value or None, default factory)
FIELDS = {
    "endings_seen": (_str_list, list),
    "lines_read": (lambda v: set(x) if (x := _str_list(v)) is not None else None, set),
    "chapters_seen": (_str_list, list),
    "best_times": (lambda v: v if isinstance(v, dict) else None, dict),
}


def load_profile(save_dir: str | Path) -> Profile:
    path = Path(save_dir) / PROFILE_FILE
    profile = Profile(path=path)
    data = _read(path, profile) if path.exists() else None
    if data is None and previous_copy(path).exists():
        data = _read(previous_copy(path), profile)
        if data is not None:
            profile.messages.append(f"{path}: restored from the previous copy")
    for name, (check, default) in FIELDS.items():
        if data is None or name not in data:
            continue
        clean = check(data[name])
        if clean is None:
            profile.messages.append(f"{path}: '{name}' was not valid; reset to {default()!r}")
            clean = default()
        setattr(profile, name, clean)
    return profile


def _read(path: Path, profile: Profile) -> dict | None:
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ValueError("larger than 8 MB")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return data
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        profile.messages.append(f"{path}: unreadable ({exc}); using defaults")
        return None
