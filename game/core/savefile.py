"""What is in a save: one JSON document, versioned and checksummed, that can never run code.

A save holds the ink state (the story's random seed is inside it), the story's identity and a
hash of its compiled JSON, the chapter, the meters, play time in clock ticks, a date and a name,
and — so that a save survives the story being edited under it — `Position`s: the current one
and the last few `#checkpoint`s, each with the text that came next when it was saved. When the
story's hash differs on load, `game.core.restore` compares that text with what the edited story
would now say before trusting a position.

On disk: `{"format":"her-save","format_version":3,"checksum":"sha256:…","content":{…}}`, the
checksum taken over the bytes of `content` exactly as they are written, which are its canonical
JSON (sorted keys, no spaces). A save is encoded once, by orjson (a tenth of the standard
library's time, on the writer thread that also makes the frame wait for the interpreter), and
hashed over those bytes; a file whose content was re-spaced, or resealed over the standard
library's canonical form, is checked that way instead. `decode` checks the size, the JSON, the
format, the version, the checksum, and then every field's type, so a damaged or hostile file is
a `SaveError` naming the slot and the reason — never a traceback, never a half-loaded game.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field, fields
from pathlib import Path

import orjson

from .errors import SaveError
from .files import previous_copy, read_regular

FORMAT = "her-save"
FORMAT_VERSION = 3  # 2 added `play` (a PlayState), 3 its compact history; 1 and 2 still load
MAX_SAVE_BYTES = 4 * 1024 * 1024
MAX_STATE_CHARS = 2 * 1024 * 1024
MAX_TEXT = 4000
MAX_ITEMS = 200
KEEP_CHECKPOINTS = 3


@dataclass(frozen=True)
class Upcoming:
    """What a position leads to: the next lines' texts, and each choice's text with the first
    lines that choosing it gives. Enough to tell whether an edited story still says the same."""

    lines: tuple[str, ...] = ()
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the `#id:` of each of those lines in reading order (the lines, then each choice's), ""
    # for a line without one; () when none has one (and in saves from before ids were kept)
    ids: tuple[str, ...] = ()


# what follows a checkpoint, not looked for yet: the frame that passes a #checkpoint notes
# only the place, and whatever reads the position (the writer thread's save, a hot reload's
# judgement) looks ahead from it there — see game.core.restore.looked_ahead
LATER = Upcoming(lines=("(to be looked ahead)",))


@dataclass(frozen=True)
class Position:
    """A place to resume from: the ink state there, the line shown just before it, the
    variables there, and what came next."""

    state: str
    chapter: str | None = None
    line: str = ""  # the text of the line shown last (the #checkpoint line for checkpoints)
    line_speaker: str | None = None
    line_id: str | None = None
    variables: dict = field(default_factory=dict)
    upcoming: Upcoming = Upcoming()


@dataclass(frozen=True)
class SaveFile:
    story_title: str
    story_hash: str
    current: Position
    story_folder: str = ""
    checkpoints: tuple[Position, ...] = ()  # oldest first; the last is the newest
    seed: int = 0
    turns: int = 0
    play_ticks: int = 0
    date: str = ""  # ISO 8601, local time, for the save screen only
    name: str = ""
    chapter: str | None = None
    chapter_title: str = ""
    meters: dict = field(default_factory=dict)
    thumbnail_sha256: str | None = None
    sequence: int = 0  # autosave ring order
    play: dict | None = None  # PlayState.to_json(): checked by game.core.state on loading


def plain_values(values: dict) -> dict:
    """Only the JSON scalars: ink lists and other runtime objects are not saved as variables
    (the ink state holds them anyway)."""
    return {str(k): v for k, v in values.items()
            if isinstance(v, (bool, int, float, str))
            and not (isinstance(v, str) and len(v) > MAX_TEXT)
            and not (isinstance(v, float) and not math.isfinite(v))
            and not (isinstance(v, int) and abs(v) >= 2**63)}


# --- encoding ------------------------------------------------------------------------------
def _canonical(content: dict) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False).encode("utf-8")


def position_json(position: Position) -> dict:
    """The Position's JSON table: what `asdict` gives, built by hand (asdict deep-copies every
    text of the look-ahead, and a save has seven positions)."""
    upcoming = position.upcoming
    return {"state": position.state, "chapter": position.chapter, "line": position.line,
            "line_speaker": position.line_speaker, "line_id": position.line_id,
            "variables": dict(position.variables),
            "upcoming": {"lines": list(upcoming.lines),
                         "choices": [[text, list(lines)] for text, lines in upcoming.choices],
                         "ids": list(upcoming.ids)}}


def _content(save: SaveFile) -> dict:
    """`asdict(save)` without its deep copy of `play` (a fresh tree from PlayState.to_json,
    a third of a megabyte with a full history): the same JSON at a tenth of the cost."""
    content = {f.name: getattr(save, f.name) for f in fields(save)}
    content["current"] = position_json(save.current)
    content["checkpoints"] = [position_json(p) for p in save.checkpoints]
    content["meters"] = dict(save.meters)
    return content


def _head(version: int, checksum: str) -> bytes:
    """What comes before `content`'s bytes in a file `encode` wrote (the rest is one `}`)."""
    return (f'{{"format":"{FORMAT}","format_version":{version},'
            f'"checksum":{json.dumps(checksum)},"content":').encode()


def encode(save: SaveFile) -> bytes:
    """The save's file: its content encoded once, and the checksum of those very bytes."""
    content = orjson.dumps(_content(save), option=orjson.OPT_SORT_KEYS)
    digest = hashlib.sha256(content).hexdigest()
    return _head(FORMAT_VERSION, f"sha256:{digest}") + content + b"}"


def _sealed(data: bytes, version: int, checksum: str, content: dict) -> bool:
    """Whether `checksum` is that of the content: of its bytes as written when the file has
    `encode`'s layout (no re-encoding), else of its canonical JSON (files written before
    saves were encoded once, or re-spaced by hand)."""
    head = _head(version, checksum)
    if data.startswith(head) and data.endswith(b"}"):
        if checksum == f"sha256:{hashlib.sha256(data[len(head):-1]).hexdigest()}":
            return True
    try:
        digest = hashlib.sha256(_canonical(content)).hexdigest()
    except (ValueError, TypeError, RecursionError):
        return False
    return checksum == f"sha256:{digest}"


def decode(data: bytes, slot: str, path: str | None = None) -> SaveFile:
    """The save in `data`, or a SaveError saying which check it failed."""
    def fail(reason: str, hint: str | None = None) -> SaveError:
        return SaveError(f"save slot '{slot}': {reason}", path=path, hint=hint)

    if len(data) > MAX_SAVE_BYTES:
        raise fail(f"unreadable: larger than {MAX_SAVE_BYTES // (1024 * 1024)} MB")
    try:
        document = orjson.loads(data)  # strict: no NaN or Infinity, no invalid UTF-8
    except (ValueError, RecursionError) as exc:
        raise fail(f"unreadable: not a JSON save ({_short(exc)})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise fail("unreadable: not a save file of this game")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("unreadable: no format version")
    if version > FORMAT_VERSION:
        raise fail(f"newer format (version {version}; this game reads up to "
                   f"{FORMAT_VERSION})", hint="update the game to load it")
    content = document.get("content")
    checksum = document.get("checksum")
    if not isinstance(content, dict) or not isinstance(checksum, str):
        raise fail("unreadable: content or checksum missing")
    if not _sealed(data, version, checksum, content):
        raise fail("checksum mismatch: the file was damaged or edited")
    try:
        return _from_content(content)
    except (KeyError, TypeError, ValueError) as exc:
        raise fail(f"unreadable: bad field ({_short(exc)})") from None


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


# --- validation: every field checked before any of it is used ------------------------------
def checked_text(value: object, name: str, limit: int = MAX_TEXT, *, optional: bool = False):
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"'{name}' must be text of at most {limit} characters")
    return value


def checked_count(value: object, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise ValueError(f"'{name}' must be a whole number >= 0")
    return value


def _scalars(value: object, name: str) -> dict:
    if not isinstance(value, dict) or len(value) > 10 * MAX_ITEMS:
        raise ValueError(f"'{name}' must be a table")
    for key, item in value.items():
        if not isinstance(item, (bool, int, float, str)) or len(key) > 200:
            raise ValueError(f"'{name}.{key[:40]}' is not a plain value")
        if isinstance(item, str) and len(item) > MAX_TEXT:
            raise ValueError(f"'{name}.{key[:40]}' is too long")
    return dict(value)


def _texts(value: object, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ValueError(f"'{name}' must be a list")
    return tuple(checked_text(v, name) for v in value)


def _upcoming(value: object) -> Upcoming:
    if not isinstance(value, dict):
        raise ValueError("'upcoming' must be a table")
    choices = value.get("choices", [])
    if not isinstance(choices, list) or len(choices) > MAX_ITEMS:
        raise ValueError("'upcoming.choices' must be a list")
    parsed = []
    for item in choices:
        if not isinstance(item, list) or len(item) != 2:
            raise ValueError("'upcoming.choices' items must be [text, [lines]]")
        parsed.append((checked_text(item[0], "choice"), _texts(item[1], "choice lines")))
    return Upcoming(_texts(value.get("lines", []), "upcoming.lines"), tuple(parsed),
                    _texts(value.get("ids", []), "upcoming.ids"))


def _position(value: object, name: str) -> Position:
    if not isinstance(value, dict):
        raise ValueError(f"'{name}' must be a table")
    state = checked_text(value["state"], f"{name}.state", MAX_STATE_CHARS)
    try:
        parsed = orjson.loads(state)
    except (ValueError, RecursionError):
        raise ValueError(f"'{name}.state' is not an ink state") from None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("flows"), dict):
        raise ValueError(f"'{name}.state' is not an ink state")
    return Position(
        state=state,
        chapter=checked_text(value.get("chapter"), "chapter", 200, optional=True),
        line=checked_text(value.get("line", ""), f"{name}.line"),
        line_speaker=checked_text(value.get("line_speaker"), "line_speaker", 200, optional=True),
        line_id=checked_text(value.get("line_id"), "line_id", 200, optional=True),
        variables=_scalars(value.get("variables", {}), f"{name}.variables"),
        upcoming=_upcoming(value.get("upcoming", {})),
    )


def position_from_json(value: object, name: str = "position") -> Position:
    """A Position from its JSON table, every field checked (ValueError names the bad one)."""
    return _position(value, name)


def _from_content(content: dict) -> SaveFile:
    checkpoints = content.get("checkpoints", [])
    if not isinstance(checkpoints, list) or len(checkpoints) > KEEP_CHECKPOINTS:
        raise ValueError("'checkpoints' must be a short list")
    thumb = checked_text(content.get("thumbnail_sha256"), "thumbnail_sha256", 64, optional=True)
    return SaveFile(
        story_title=checked_text(content["story_title"], "story_title", 400),
        story_hash=checked_text(content["story_hash"], "story_hash", 80),
        current=_position(content["current"], "current"),
        story_folder=checked_text(content.get("story_folder", ""), "story_folder", 4000),
        checkpoints=tuple(_position(c, "checkpoint") for c in checkpoints),
        seed=checked_count(content.get("seed", 0), "seed"),
        turns=checked_count(content.get("turns", 0), "turns"),
        play_ticks=checked_count(content.get("play_ticks", 0), "play_ticks"),
        date=checked_text(content.get("date", ""), "date", 64),
        name=checked_text(content.get("name", ""), "name", 200),
        chapter=checked_text(content.get("chapter"), "chapter", 200, optional=True),
        chapter_title=checked_text(content.get("chapter_title", ""), "chapter_title", 400),
        meters=_scalars(content.get("meters", {}), "meters"),
        thumbnail_sha256=thumb,
        sequence=checked_count(content.get("sequence", 0), "sequence"),
        play=_table(content.get("play"), "play"),
    )


def _table(value: object, name: str) -> dict | None:
    if value is not None and not isinstance(value, dict):
        raise ValueError(f"'{name}' must be a table")
    return value


def read_file(path: Path, slot: str) -> SaveFile:
    """One copy of a slot's save, read and checked whole; a SaveError says why it will not do."""
    try:
        data = read_regular(path, MAX_SAVE_BYTES)
    except FileNotFoundError:
        raise SaveError(f"save slot '{slot}' is empty", path=str(path)) from None
    except OSError as exc:
        raise SaveError(f"save slot '{slot}': unreadable ({exc.strerror or exc})",
                        path=str(path)) from None
    return decode(data, slot, str(path))


def read_good_copy(save_dir: Path, slot: str) -> tuple[SaveFile, Path, SaveError | None]:
    """The slot's newest good copy: (save, the file it came from, why the newest copy would
    not do when it is the previous one); a SaveError when neither will. Here, not in
    `game.core.saves`, so that the title can ask whether a save would load without the save
    machinery (5 ms of a returning player's start-up)."""
    path = save_dir / f"{slot}.json"
    try:
        return read_file(path, slot), path, None
    except SaveError as newest:
        backup = previous_copy(path)
        if not backup.exists():
            raise
        try:
            return read_file(backup, slot), backup, newest
        except SaveError:
            raise SaveError(f"{newest.message}; its previous copy is unreadable too",
                            path=str(path), hint=newest.hint) from None
