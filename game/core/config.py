"""story.yaml: characters, meters, chapters and endings, validated with the file and key at fault.

A story with no story.yaml (any plain ink story) gets `StoryConfig.default()`: no characters,
no meters, endings named after the knots where the story ends.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ink_cache_dir
from .errors import ConfigError
from .files import read_regular
from .files import shown as bounded

MAX_CONFIG_BYTES = 512 * 1024
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    colour: str = "#f3e3d3"
    voice: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Meter:
    id: str
    label: str
    minimum: int = 0
    maximum: int = 10
    description: str = ""


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    number: int


@dataclass(frozen=True)
class Ending:
    id: str
    title: str
    description: str = ""
    hint: str = ""
    secret: bool = False


@dataclass(frozen=True)
class StoryConfig:
    title: str = ""
    characters: dict[str, Character] = field(default_factory=dict)
    meters: dict[str, Meter] = field(default_factory=dict)
    chapters: dict[str, Chapter] = field(default_factory=dict)
    endings: dict[str, Ending] = field(default_factory=dict)
    path: str | None = None
    # `playtest: personas: {name: {meter: weight}}`: simulated players the author adds
    playtest_personas: dict[str, dict[str, float]] = field(default_factory=dict)
    # dotted key ("meters.trust") -> its line in story.yaml, so findings can name the line
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    player: str | None = None  # the character the reader plays (default: the first listed)
    visualiser: str | None = None  # whose voice the window's light follows, as written

    def line_of(self, key: str) -> int | None:
        """The story.yaml line of `key`, or of the nearest enclosing key that has one."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0] if "." in key else ""
        return None

    @property
    def visualised(self) -> str | None:
        """The character the window's visualiser follows: story.yaml's `visualiser`, else the
        first voiced character who is not the player, else the first who is not the player."""
        if self.visualiser:
            return self.visualiser
        others = [c for c in self.characters.values() if c.id != self.player_id]
        voiced = [c for c in others if c.voice]
        pick = voiced or others
        return pick[0].id if pick else None

    @property
    def character_names(self) -> dict[str, str]:
        """Each character's display name by id (what a line's speaker is shown and voiced as)."""
        return {c.id: c.name for c in self.characters.values()}

    @property
    def player_id(self) -> str | None:
        if self.player:
            return self.player
        return next(iter(self.characters), None)

    @classmethod
    def default(cls) -> StoryConfig:
        return cls()

    def speaker_for(self, prefix: str) -> Character | None:
        return self.speaker_prefixes.get(prefix.strip().lower())

    @property
    def speaker_prefixes(self) -> dict[str, Character]:
        """Every line prefix that names a character (its id and its name, lower case)."""
        cached = self.__dict__.get("_prefix_cache")
        if cached is None:
            cached = {}
            for character in self.characters.values():
                cached[character.id.lower()] = character
                cached[character.name.lower()] = character
            object.__setattr__(self, "_prefix_cache", cached)
        return cached

    def ending(self, ending_id: str) -> Ending:
        """The declared ending, or a plain one titled after its id (plain ink stories)."""
        return self.endings.get(ending_id) or Ending(ending_id, _title_from_id(ending_id))


def _title_from_id(ident: str) -> str:
    return ident.replace("_", " ").strip().capitalize() or ident


def load_config(path: str | Path) -> StoryConfig:
    path = Path(path)
    where = str(path)
    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError("larger than 512 KB", path=where)
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror})", path=where) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=where) from None
    cached = _cached_reading(text)
    if cached is not None:
        data, lines = cached
    else:
        import yaml

        from . import safeyaml

        try:
            data = safeyaml.load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ConfigError(f"not valid YAML: {problem[:200]}", path=where,
                              line=mark.line + 1 if mark else None) from None
        lines = key_lines(text)
        _keep_reading(text, data, lines)
    return parse_config(data if data is not None else {}, where, lines)


# What a story.yaml's text reads as (its data and each key's line), kept with that very text in
# the compiled-ink cache: start-up then reads JSON instead of importing PyYAML and parsing
# (about 12 ms of every launch). Only the reading is kept; parse_config checks it each time.
# Found by a checksum of the text and trusted only if the text kept is the text read (so no
# cryptographic hash, and its 3 ms of loading OpenSSL, is needed to trust it).
READING_VERSION = 2


def _reading_path(text: str) -> Path:
    key = zlib.crc32(f"{READING_VERSION}\0{text}".encode("utf-8", "surrogatepass"))
    return ink_cache_dir() / f"{key:08x}-{len(text)}.story-yaml.json"


def _cached_reading(text: str) -> tuple[object, dict[str, int]] | None:
    try:
        raw = _reading_path(text).read_bytes()
        kept = json.loads(raw)
        if kept["text"] != text:
            return None  # another text with the same checksum: read the YAML
        data, lines = kept["data"], kept["lines"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or not ours: read the YAML
    if not isinstance(lines, dict) or not all(isinstance(v, int) for v in lines.values()):
        return None
    return data, lines


def _keep_reading(text: str, data: object, lines: dict[str, int]) -> None:
    """Keep the reading when JSON holds it exactly (YAML can say more: dates, keys that are
    not strings); a cache that cannot be written is no error."""
    try:
        encoded = json.dumps({"text": text, "data": data, "lines": lines}, ensure_ascii=False,
                             allow_nan=False)
        if json.loads(encoded)["data"] != data:
            return
        path = _reading_path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(encoded, encoding="utf-8")
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError):
        return


def key_lines(text: str) -> dict[str, int]:
    """Every key's line (1-based) in a YAML text, dotted like the errors name them
    (`characters.amy.colour`, `chapters[0].id`): YAML nodes carry marks, so composing the text
    (safe, nothing constructed) gives lines that the plain data has lost."""
    import yaml

    try:
        # libyaml's composer when there is one: the pure-Python one took 10 ms of start-up
        # for story.yaml alone; the nodes and marks are the same
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}

    def walk(node: object, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
                lines.setdefault(key, key_node.start_mark.line + 1)
                walk(value_node, key)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                key = f"{prefix}[{index}]"
                lines.setdefault(key, item.start_mark.line + 1)
                walk(item, key)

    if root is not None:
        walk(root, "")
    return lines


def parse_config(data: object, shown: str = "story.yaml",
                 lines: dict[str, int] | None = None) -> StoryConfig:
    lines = lines or {}
    reader = _Reader(shown, lines)
    root = reader.mapping(data, "")
    characters = {}
    for key, value in reader.mapping(root.get("characters", {}), "characters").items():
        where = f"characters.{key}"
        reader.ident(key, where)
        entry = reader.mapping(value, where)
        colour = reader.text(entry.get("colour", "#f3e3d3"), f"{where}.colour")
        if not _COLOUR.match(colour):
            reader.fail(f"{where}.colour", f"{bounded(colour)} is not a colour like '#e0735a'")
        characters[key] = Character(key, reader.text(entry.get("name", key), f"{where}.name"),
                                    colour, reader.mapping(entry.get("voice", {}),
                                                           f"{where}.voice"))
    meters = {}
    for key, value in reader.mapping(root.get("meters", {}), "meters").items():
        where = f"meters.{key}"
        reader.ident(key, where)
        entry = reader.mapping(value, where)
        low = reader.integer(entry.get("min", 0), f"{where}.min")
        high = reader.integer(entry.get("max", 10), f"{where}.max")
        if low >= high:
            reader.fail(f"{where}.max", f"must be greater than min ({low})")
        meters[key] = Meter(key, reader.text(entry.get("label", key), f"{where}.label"), low,
                            high, reader.text(entry.get("description", ""),
                                              f"{where}.description"))
    chapters = {}
    chapter_list = root.get("chapters", [])
    if not isinstance(chapter_list, list):
        reader.fail("chapters", "must be a list of {id, title}")
    for number, value in enumerate(chapter_list, 1):
        where = f"chapters[{number - 1}]"
        entry = reader.mapping(value, where)
        ident = reader.ident(entry.get("id"), f"{where}.id")
        if ident in chapters:
            reader.fail(f"{where}.id", f"{bounded(ident)} is listed twice")
        chapters[ident] = Chapter(ident, reader.text(entry.get("title", ident),
                                                     f"{where}.title"), number)
    endings = {}
    for key, value in reader.mapping(root.get("endings", {}), "endings").items():
        where = f"endings.{key}"
        reader.ident(key, where)
        entry = reader.mapping(value, where)
        endings[key] = Ending(
            key, reader.text(entry.get("title", _title_from_id(key)), f"{where}.title"),
            reader.text(entry.get("description", ""), f"{where}.description"),
            reader.text(entry.get("hint", ""), f"{where}.hint"),
            bool(reader.boolean(entry.get("secret", False), f"{where}.secret")))
    title = reader.text(root.get("title", ""), "title")
    personas = {}
    playtest = reader.mapping(root.get("playtest", {}), "playtest")
    for key, value in reader.mapping(playtest.get("personas", {}), "playtest.personas").items():
        where = f"playtest.personas.{key}"
        weights = {}
        for meter, weight in reader.mapping(value, where).items():
            if meters and meter not in meters:
                reader.fail(f"{where}.{meter}", f"{bounded(meter)} is not a meter of this story")
            if isinstance(weight, bool) or not isinstance(weight, (int, float)):
                reader.fail(f"{where}.{meter}", "must be a number (how much the persona wants it)")
            weights[str(meter)] = float(weight)
        personas[str(key)] = weights
    cast = {}
    for key in ("player", "visualiser"):
        if root.get(key) is not None:
            cast[key] = reader.ident(root[key], key)
            if cast[key] not in characters:
                reader.fail(key, f"{bounded(cast[key])} is not one of the characters")
    known = {"title", "characters", "meters", "chapters", "endings", "playtest", "player",
             "visualiser"}
    for key in root:
        if key not in known:
            reader.fail(bounded(key), f"unknown key; expected one of {', '.join(sorted(known))}")
    return StoryConfig(title, characters, meters, chapters, endings, shown, personas, lines,
                       **cast)


class _Reader:
    """Checks one value at a time and fails with the dotted key that is wrong."""

    def __init__(self, shown: str, lines: dict[str, int]) -> None:
        self.shown = shown
        self.where = StoryConfig(lines=lines)

    def fail(self, key: str, message: str) -> None:
        raise ConfigError(f"{key or 'top level'}: {message}", path=self.shown,
                          line=self.where.line_of(key))

    def mapping(self, value: object, key: str) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(key, f"must be a mapping, not {type(value).__name__}")
        return value

    def text(self, value: object, key: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.fail(key, f"must be text, not {type(value).__name__}")
        return value

    def integer(self, value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be a whole number, not {bounded(value)}")
        return value

    def boolean(self, value: object, key: str) -> bool:
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, not {bounded(value)}")
        return value

    def ident(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            self.fail(key, f"{bounded(value)} is not an id (lower case letters, digits, _)")
        return value
