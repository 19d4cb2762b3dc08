"""`PlayState`: everything one play-through is, as one value that serialises itself.

Like ink's own `StoryState`, it is the single thing behind every way of going somewhere else
in a play-through: a save holds one, a rollback snapshot is one, hot reload and run files carry
one. It holds the ink state (the seed is inside it, and kept beside it), the chapter, the last
`#checkpoint`, turns, the ending (reached or announced), play time, the line shown last, an
opaque `extras` dict a shell fills with what it shows besides text (the window: scene, mood),
the save positions of the last few checkpoints (so a save survives an edited story), and the
history: the last lines shown, each with the state just before it, which is what rollback goes
back to — so history and rollback survive a save and a load.

`to_json()` gives plain JSON values; `from_json()` checks every field and raises ValueError
naming the first bad one. Nothing in it can run code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .savefile import (
    KEEP_CHECKPOINTS,
    MAX_STATE_CHARS,
    Position,
    checked_count,
    checked_text,
    position_from_json,
)
from .story import Checkpoint, Line
from .tags import NO_TAGS, parse_tags

HISTORY_LINES = 250  # lines of text kept for the history screen
ROLLBACK_LINES = 100  # of those, how many keep the state to roll back to
MAX_EXTRAS = 64
MAX_TAGS = 32


@dataclass(frozen=True)
class HistoryEntry:
    """One line shown: the line, the play state just before it (None once it is older than the
    rollback limit), and the choice (0-based) made just before it, if one was."""

    line: Line
    before: PlayState | None = None
    after_choice: int | None = None


@dataclass(frozen=True)
class PlayState:
    ink: str
    seed: int = 0
    chapter: str | None = None
    checkpoint: Checkpoint | None = None
    turns: int = 0
    ending: tuple[str, str] | None = None  # (id, how) once reached
    ending_tag: str | None = None  # announced by an `#ending:` line already read
    last_text: str = ""  # the last line's text: names a plain ink story's ending
    play_ticks: int = 0
    line: Line | None = None  # shown last: shown again on resuming
    extras: dict = field(default_factory=dict)
    checkpoints: tuple[Position, ...] = ()  # save positions, oldest first
    history: tuple[HistoryEntry, ...] = ()

    def without_history(self) -> PlayState:
        """This state as a rollback snapshot holds it (snapshots never nest)."""
        return replace(self, history=())

    # --- JSON ------------------------------------------------------------------------------
    def to_json(self) -> dict:
        data = self._own_json()
        data["history"] = [_entry_json(e) for e in self.history]
        return data

    def _own_json(self) -> dict:
        return {
            "ink": self.ink, "seed": self.seed, "chapter": self.chapter,
            "checkpoint": _checkpoint_json(self.checkpoint), "turns": self.turns,
            "ending": list(self.ending) if self.ending else None,
            "ending_tag": self.ending_tag, "last_text": self.last_text,
            "play_ticks": self.play_ticks, "line": _line_json(self.line),
            "extras": dict(self.extras),
            "checkpoints": [_position_json(p) for p in self.checkpoints],
        }

    @classmethod
    def from_json(cls, data: object) -> PlayState:
        """A PlayState from `to_json()`'s output; ValueError naming the first bad field."""
        state = _own_from_json(data, "play")
        history = data.get("history", [])  # type: ignore[union-attr]
        if not isinstance(history, list) or len(history) > HISTORY_LINES:
            raise ValueError(f"'play.history' must be a list of at most {HISTORY_LINES}")
        return replace(state, history=tuple(_entry_from_json(e) for e in history))


# --- writing -----------------------------------------------------------------------------------
def _line_json(line: Line | None) -> dict | None:
    if line is None:
        return None
    return {"text": line.text, "speaker": line.speaker, "id": line.line_id,
            "tags": list(line.tags.raw)}


def _checkpoint_json(point: Checkpoint | None) -> dict | None:
    if point is None:
        return None
    return {"chapter": point.chapter, "state": point.state, "line": _line_json(point.line)}


def _position_json(position: Position) -> dict:
    from dataclasses import asdict

    return asdict(position)


def _entry_json(entry: HistoryEntry) -> dict:
    return {"line": _line_json(entry.line),
            "before": entry.before._own_json() if entry.before is not None else None,
            "after_choice": entry.after_choice}


# --- reading (every field checked) -------------------------------------------------------------
def _ink_state(value: object, name: str) -> str:
    state = checked_text(value, name, MAX_STATE_CHARS)
    try:
        parsed = json.loads(state, parse_constant=_refuse)
    except (ValueError, RecursionError):
        raise ValueError(f"'{name}' is not an ink state") from None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("flows"), dict):
        raise ValueError(f"'{name}' is not an ink state")
    return state


def _refuse(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _line_from_json(value: object, name: str) -> Line | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError(f"'{name}' must be a table")
    tags = value.get("tags", [])
    if not isinstance(tags, list) or len(tags) > MAX_TAGS:
        raise ValueError(f"'{name}.tags' must be a short list")
    raw = [checked_text(t, f"{name}.tags", 400) for t in tags]
    return Line(checked_text(value.get("text", ""), f"{name}.text"),
                checked_text(value.get("speaker"), f"{name}.speaker", 200, optional=True),
                checked_text(value.get("id"), f"{name}.id", 200, optional=True),
                parse_tags(raw) if raw else NO_TAGS)


def _extras(value: object) -> dict:
    """Plain JSON only, small: a shell's own values (scene, mood), never anything to run."""
    if not isinstance(value, Mapping) or len(value) > MAX_EXTRAS:
        raise ValueError("'play.extras' must be a small table")
    clean = {}
    for key, item in value.items():
        if not isinstance(key, str) or len(key) > 80:
            raise ValueError("'play.extras' keys must be short text")
        if not (item is None or isinstance(item, (bool, int, float))
                or (isinstance(item, str) and len(item) <= 400)):
            raise ValueError(f"'play.extras.{key}' is not a plain value")
        clean[key] = item
    return clean


def _own_from_json(data: object, name: str) -> PlayState:
    if not isinstance(data, Mapping):
        raise ValueError(f"'{name}' must be a table")
    point = data.get("checkpoint")
    checkpoint = None
    if point is not None:
        if not isinstance(point, Mapping):
            raise ValueError(f"'{name}.checkpoint' must be a table")
        checkpoint = Checkpoint(
            checked_text(point.get("chapter"), f"{name}.checkpoint.chapter", 200, optional=True),
            _ink_state(point.get("state"), f"{name}.checkpoint.state"),
            _line_from_json(point.get("line"), f"{name}.checkpoint.line") or Line(""))
    ending = data.get("ending")
    if ending is not None:
        if not (isinstance(ending, list) and len(ending) == 2):
            raise ValueError(f"'{name}.ending' must be [id, how]")
        ending = (checked_text(ending[0], f"{name}.ending", 200),
                  checked_text(ending[1], f"{name}.ending", 20))
    points = data.get("checkpoints", [])
    if not isinstance(points, list) or len(points) > KEEP_CHECKPOINTS:
        raise ValueError(f"'{name}.checkpoints' must be a short list")
    return PlayState(
        ink=_ink_state(data.get("ink"), f"{name}.ink"),
        seed=checked_count(data.get("seed", 0), f"{name}.seed"),
        chapter=checked_text(data.get("chapter"), f"{name}.chapter", 200, optional=True),
        checkpoint=checkpoint,
        turns=checked_count(data.get("turns", 0), f"{name}.turns"),
        ending=ending,
        ending_tag=checked_text(data.get("ending_tag"), f"{name}.ending_tag", 200, optional=True),
        last_text=checked_text(data.get("last_text", ""), f"{name}.last_text"),
        play_ticks=checked_count(data.get("play_ticks", 0), f"{name}.play_ticks"),
        line=_line_from_json(data.get("line"), f"{name}.line"),
        extras=_extras(data.get("extras", {})),
        checkpoints=tuple(position_from_json(p, f"{name}.checkpoints") for p in points),
    )


def _entry_from_json(value: object) -> HistoryEntry:
    if not isinstance(value, Mapping):
        raise ValueError("'play.history' items must be tables")
    line = _line_from_json(value.get("line"), "play.history.line")
    if line is None:
        raise ValueError("'play.history.line' is missing")
    before = value.get("before")
    choice = value.get("after_choice")
    if choice is not None:
        choice = checked_count(choice, "play.history.after_choice")
    return HistoryEntry(line, _own_from_json(before, "play.history.before")
                        if before is not None else None, choice)
