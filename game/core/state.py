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

The history is most of a save (a hundred rollback states), and most of each state repeats the
one before it, so its JSON says each thing once (save format 3): a rollback state's last
`#checkpoint` is an index into `history_checkpoints` (a few distinct ones among a hundred
states), its line is -1 when it is the line of the entry before it (it always is, but for the
first), and its ink state is `[same, changed, same]` — characters kept from the start and the
end of the previous entry's state around the text that changed — when that is shorter. 450 KB
became about 150 KB, so the fsync that makes it durable has a third of the data to flush. The
JSON of an entry is kept on the entry (it never changes while the entry is in the history), so
a save encodes only the lines that are new since the last one. Format 2's plain form of each
field still loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import orjson

from .savefile import (
    KEEP_CHECKPOINTS,
    MAX_STATE_CHARS,
    Position,
    checked_count,
    checked_text,
    position_from_json,
    position_json,
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
    # its JSON, made once (see _entry_json); `replace` gives a new entry a new, empty one
    _json: list = field(default_factory=list, init=False, repr=False, compare=False)


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
        pool: dict[Checkpoint, int] = {}
        history, previous = [], None
        for entry in self.history:
            history.append(_entry_json(entry, previous, pool))
            previous = entry
        data["history"] = history
        if pool:
            data["history_checkpoints"] = [_checkpoint_json(point) for point in pool]
        return data

    def _own_json(self, *, with_checkpoint: bool = True) -> dict:
        return {
            "ink": self.ink, "seed": self.seed, "chapter": self.chapter,
            "checkpoint": _checkpoint_json(self.checkpoint) if with_checkpoint else None,
            "turns": self.turns,
            "ending": list(self.ending) if self.ending else None,
            "ending_tag": self.ending_tag, "last_text": self.last_text,
            "play_ticks": self.play_ticks, "line": _line_json(self.line),
            "extras": dict(self.extras),
            "checkpoints": [position_json(p) for p in self.checkpoints],
        }

    @classmethod
    def from_json(cls, data: object) -> PlayState:
        """A PlayState from `to_json()`'s output (or format 2's); ValueError naming the first
        bad field."""
        state = _own_from_json(data, "play")
        history = data.get("history", [])  # type: ignore[union-attr]
        if not isinstance(history, list) or len(history) > HISTORY_LINES:
            raise ValueError(f"'play.history' must be a list of at most {HISTORY_LINES}")
        points = data.get("history_checkpoints", [])  # type: ignore[union-attr]
        if not isinstance(points, list) or len(points) > HISTORY_LINES:
            raise ValueError("'play.history_checkpoints' must be a list of at most "
                             f"{HISTORY_LINES}")
        shared = _Shared([_checkpoint_from_json(p, "play.history_checkpoints") for p in points])
        entries = []
        for value in history:
            entries.append(_entry_from_json(value, shared))
            shared.previous = entries[-1]
        return replace(state, history=tuple(entries))


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


def _entry_json(entry: HistoryEntry, previous: HistoryEntry | None,
                pool: dict[Checkpoint, int]) -> dict:
    """The entry's JSON, its rollback state said against `previous` (the entry before it):
    made once per entry and neighbour, since neither changes while both are in the history.
    Only the checkpoint's index in this save's `pool` is filled in each time."""
    before = entry.before
    prior = previous.before if previous is not None else None
    key = (previous.line if previous is not None else None,
           prior.ink if prior is not None else None)
    # one tuple, read and replaced whole: the writer thread and the frame's may both encode
    cached = entry._json[0] if entry._json else None
    if cached is None or cached[0] is not key[0] or cached[1] is not key[1]:
        own = None
        if before is not None:
            own = before._own_json(with_checkpoint=False)
            if previous is not None and before.line == previous.line:
                own["line"] = -1
            if prior is not None:
                own["ink"] = _ink_delta(prior.ink, before.ink)
        cached = (key[0], key[1], _line_json(entry.line), own)
        entry._json[:] = [cached]
    own = cached[3]
    if own is not None:
        point = before.checkpoint  # type: ignore[union-attr]
        own = dict(own, checkpoint=None if point is None else pool.setdefault(point, len(pool)))
    return {"line": cached[2], "before": own, "after_choice": entry.after_choice}


_MIN_SHARED = 64  # characters: below this a delta is longer than the state it stands for


def _ink_delta(old: str, new: str) -> str | list:
    """`new` as [characters the same at the start, the text between, the same at the end],
    against `old`; `new` itself when they share too little for that to be shorter."""
    limit = min(len(old), len(new))
    start = _shared_prefix(old, new, limit)
    end = _shared_prefix(old[::-1], new[::-1], limit - start)
    if start + end < _MIN_SHARED:
        return new
    return [start, new[start:len(new) - end], end]


def _shared_prefix(a: str, b: str, limit: int) -> int:
    """How many characters `a` and `b` share from the start, at most `limit` (a binary search
    over slices: a few comparisons in C rather than a loop over characters)."""
    if a[:limit] == b[:limit]:
        return limit
    low, high = 0, limit - 1  # a[:low] == b[:low] and a[:high + 1] != b[:high + 1]
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


# --- reading (every field checked) -------------------------------------------------------------
def _ink_state(value: object, name: str) -> str:
    state = checked_text(value, name, MAX_STATE_CHARS)
    try:
        parsed = orjson.loads(state)  # strict JSON: no NaN or Infinity
    except (ValueError, RecursionError):
        raise ValueError(f"'{name}' is not an ink state") from None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("flows"), dict):
        raise ValueError(f"'{name}' is not an ink state")
    return state


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


class _Shared:
    """What a history entry's JSON may refer to: the checkpoints of `history_checkpoints`,
    and the entry read before it."""

    def __init__(self, checkpoints: list[Checkpoint]) -> None:
        self.checkpoints = checkpoints
        self.previous: HistoryEntry | None = None


def _checkpoint_from_json(point: object, name: str) -> Checkpoint:
    if not isinstance(point, Mapping):
        raise ValueError(f"'{name}' must be a table")
    return Checkpoint(
        checked_text(point.get("chapter"), f"{name}.chapter", 200, optional=True),
        _ink_state(point.get("state"), f"{name}.state"),
        _line_from_json(point.get("line"), f"{name}.line") or Line(""))


def _index(value: object, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"'{name}' must be a table or an index")
    return value


def _shared_checkpoint(value: object, name: str, shared: _Shared | None) -> Checkpoint | None:
    if value is None:
        return None
    if shared is None or isinstance(value, Mapping):
        return _checkpoint_from_json(value, name)
    index = _index(value, name)
    if not 0 <= index < len(shared.checkpoints):
        raise ValueError(f"'{name}' is not one of play.history_checkpoints")
    return shared.checkpoints[index]


def _shared_line(value: object, name: str, shared: _Shared | None) -> Line | None:
    if shared is None or value is None or isinstance(value, Mapping):
        return _line_from_json(value, name)
    if _index(value, name) != -1 or shared.previous is None:
        raise ValueError(f"'{name}' refers to no earlier line")
    return shared.previous.line


def _shared_ink(value: object, name: str, shared: _Shared | None) -> str:
    if shared is None or not isinstance(value, list):
        return _ink_state(value, name)
    prior = shared.previous.before if shared.previous is not None else None
    if prior is None:
        raise ValueError(f"'{name}' refers to no earlier state")
    if len(value) != 3:
        raise ValueError(f"'{name}' must be a state or [kept, text, kept]")
    start, middle, end = value
    old = prior.ink
    if not (isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool)
            and not isinstance(end, bool) and 0 <= start and 0 <= end
            and start + end <= len(old)):
        raise ValueError(f"'{name}' keeps more than the earlier state has")
    middle = checked_text(middle, name, MAX_STATE_CHARS)
    return _ink_state(old[:start] + middle + old[len(old) - end:], name)


def _own_from_json(data: object, name: str, shared: _Shared | None = None) -> PlayState:
    """One PlayState's own fields; `shared` (for a history entry's state) lets them refer to
    the save's checkpoints and the entry before."""
    if not isinstance(data, Mapping):
        raise ValueError(f"'{name}' must be a table")
    checkpoint = _shared_checkpoint(data.get("checkpoint"), f"{name}.checkpoint", shared)
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
        ink=_shared_ink(data.get("ink"), f"{name}.ink", shared),
        seed=checked_count(data.get("seed", 0), f"{name}.seed"),
        chapter=checked_text(data.get("chapter"), f"{name}.chapter", 200, optional=True),
        checkpoint=checkpoint,
        turns=checked_count(data.get("turns", 0), f"{name}.turns"),
        ending=ending,
        ending_tag=checked_text(data.get("ending_tag"), f"{name}.ending_tag", 200, optional=True),
        last_text=checked_text(data.get("last_text", ""), f"{name}.last_text"),
        play_ticks=checked_count(data.get("play_ticks", 0), f"{name}.play_ticks"),
        line=_shared_line(data.get("line"), f"{name}.line", shared),
        extras=_extras(data.get("extras", {})),
        checkpoints=tuple(position_from_json(p, f"{name}.checkpoints") for p in points),
    )


def _entry_from_json(value: object, shared: _Shared) -> HistoryEntry:
    if not isinstance(value, Mapping):
        raise ValueError("'play.history' items must be tables")
    line = _line_from_json(value.get("line"), "play.history.line")
    if line is None:
        raise ValueError("'play.history.line' is missing")
    before = value.get("before")
    choice = value.get("after_choice")
    if choice is not None:
        choice = checked_count(choice, "play.history.after_choice")
    return HistoryEntry(line, _own_from_json(before, "play.history.before", shared)
                        if before is not None else None, choice)
