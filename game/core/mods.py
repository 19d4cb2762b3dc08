"""Mods: stories that players add as folders under `mods/`, each described by a `mod.yaml`.

A mod is data and nothing else. Every path it names (its entry, story.yaml, asset folders,
INCLUDEs, tag values) must stay inside its own folder — `..`, absolute paths and symlinks
pointing out are refused with a `ModError` naming the file and key. YAML is read with
`yaml.safe_load` only, sizes are bounded before anything is read, and nothing from a mod is
imported or evaluated. Discovery never raises: a broken mod is reported, the others still load.
"""

from __future__ import annotations

import re
import stat
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..paths import MODS_DIR
from .errors import ModError
from .storyfiles import MAX_JSON_BYTES, StorySource

MODS_ROOT = MODS_DIR
MANIFEST = "mod.yaml"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_INK_TOTAL_BYTES = 8 * 1024 * 1024
MAX_INK_FILES = 500
MAX_ASSET_BYTES = 64 * 1024 * 1024
MAX_MODS = 256
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_ASSET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_INCLUDE = re.compile(r"^\s*INCLUDE\s+(.+?)\s*$")

# Asset kinds a mod may ship: the folder it keeps them in by default, and the file types looked
# for when a tag names one (`#bg:kitchen` -> backgrounds/kitchen.png).
ASSET_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "backgrounds": ("backgrounds", (".png", ".jpg", ".jpeg")),
    "music": ("music", (".ogg", ".wav", ".flac", ".mp3")),
    "sfx": ("sfx", (".ogg", ".wav", ".flac", ".mp3")),
    "voice": ("voice", (".ogg", ".wav", ".flac", ".mp3")),
}
TAG_KINDS = {"bg": "backgrounds", "music": "music", "sfx": "sfx"}
# What the game itself draws and plays (DESIGN.md / the team brief): tags may name these freely.
BUILTIN_ASSETS: dict[str, frozenset[str]] = {
    "backgrounds": frozenset((
        "apartment_night", "apartment_day", "office", "street", "subway", "restaurant",
        "bedroom_dark", "carnival", "beach", "cafe", "cabin_snow", "rooftop_dawn", "city_dusk",
        "black")),
    "music": frozenset(("piano", "city", "rain", "beach", "snow", "subway", "departure",
                        "stop")),
    "sfx": frozenset(("boot", "chime", "door", "paper", "waves", "shutter", "footsteps",
                      "phone")),
}
_REQUIRED = ("id", "title", "entry")
_OPTIONAL = ("author", "version", "description", "story", "id_prefix", *ASSET_KINDS)


@dataclass(frozen=True)
class Mod:
    """One validated mod.yaml: what the story picker shows and where the mod's files are."""

    id: str
    title: str
    entry: Path
    folder: Path
    manifest: Path
    author: str = ""
    version: str = ""
    description: str = ""
    story_config: Path | None = None
    assets: dict[str, Path] = field(default_factory=dict)  # kind -> folder, when present
    id_prefix: str = ""  # what `lint --fix-ids` starts new line ids with; default the mod's id


@dataclass
class ModSource(StorySource):
    """A StorySource that came from a mod folder; `watch_files` never leaves that folder."""

    mod: Mod | None = None

    @property
    def watch_files(self) -> list[Path]:
        files: list[Path] = []
        if self.mod and self.ink:
            try:
                files = ink_sources(self.mod, self.ink)
            except ModError:
                files = [self.ink]
        elif self.json:
            files = [self.json]
        return files + ([self.config_path] if self.config_path else [])


@dataclass
class ModScan:
    """What discovery found: the mods that load, and one error for each folder that does not."""

    mods: list[Mod] = field(default_factory=list)
    problems: list[ModError] = field(default_factory=list)




def is_mod_folder(path: str | Path) -> bool:
    return Path(path).is_dir() and (Path(path) / MANIFEST).is_file()


def discover(root: str | Path | None = None) -> ModScan:
    """Every mod under `root` (default `mods/`), sorted by title; never raises for a bad mod."""
    root = Path(root) if root else MODS_ROOT
    scan = ModScan()
    if not root.is_dir():
        return scan
    folders = sorted(p for p in root.iterdir() if not p.name.startswith((".", "_")))
    for folder in folders[:MAX_MODS]:
        try:
            if not folder.is_dir():
                continue
            if folder.is_symlink() or not _within(folder.resolve(), root.resolve()):
                raise ModError("the mod folder is a link to somewhere outside mods/",
                               path=str(folder), hint="copy the mod into mods/ instead")
            if not (folder / MANIFEST).exists():
                raise ModError(f"no {MANIFEST} in this folder", path=str(folder),
                               hint="see docs/MODDING.md for what a mod folder holds")
            mod = load_manifest(folder)
            ink_sources(mod, mod.entry) if mod.entry.suffix == ".ink" else None
            scan.mods.append(mod)
        except ModError as exc:
            scan.problems.append(exc)
        except OSError as exc:
            scan.problems.append(ModError(f"cannot read ({exc.strerror})", path=str(folder)))
    if len(folders) > MAX_MODS:
        scan.problems.append(ModError(f"more than {MAX_MODS} folders; the rest were skipped",
                                      path=str(root)))
    scan.mods.sort(key=lambda m: (m.title.lower(), m.id))
    return scan


def load_manifest(folder: str | Path) -> Mod:
    """Read and validate `folder/mod.yaml`; every failure is a ModError naming file and key."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    shown = str(manifest)
    data = _read_yaml(manifest, shown)
    if not isinstance(data, dict):
        raise ModError("must be a mapping of keys like `id: my_mod`", path=shown)
    for key in data:
        if key not in _REQUIRED + _OPTIONAL:
            raise ModError(f"{key}: unknown key; expected one of "
                           f"{', '.join(_REQUIRED + _OPTIONAL)}", path=shown)
    for key in _REQUIRED:
        if data.get(key) in (None, ""):
            raise ModError(f"{key}: missing (required)", path=shown)
    text = {key: _text(data.get(key, ""), key, shown)
            for key in ("id", "title", "author", "version", "description")}
    if not _ID.match(text["id"]):
        raise ModError(f"id: '{text['id']}' is not an id (lower case letters, digits, _)",
                       path=shown)
    if text["id"] != folder.resolve().name:
        raise ModError(f"id: '{text['id']}' must match the folder name "
                       f"'{folder.resolve().name}'", path=shown)
    entry = inside(folder, _text(data["entry"], "entry", shown), shown, "entry")
    if entry.suffix.lower() not in (".ink", ".json"):
        raise ModError("entry: must name a .ink or an Inky-exported .json file", path=shown)
    _regular_file(entry, shown, "entry")
    config = None
    if data.get("story") is not None:
        config = inside(folder, _text(data["story"], "story", shown), shown, "story")
        _regular_file(config, shown, "story")
    elif (folder / "story.yaml").is_file():
        config = inside(folder, "story.yaml", shown, "story")
    assets = {}
    for kind, (default, _) in ASSET_KINDS.items():
        named = data.get(kind)
        where = inside(folder, _text(named, kind, shown) if named is not None else default,
                       shown, kind)
        if where.is_dir():
            assets[kind] = where
        elif named is not None:
            raise ModError(f"{kind}: '{named}' is not a folder in the mod", path=shown)
    prefix = _text(data.get("id_prefix", ""), "id_prefix", shown)
    if prefix and not _ID.match(prefix):
        raise ModError(f"id_prefix: '{prefix}' is not an id prefix (lower case letters, "
                       "digits, _)", path=shown)
    return Mod(text["id"], text["title"], entry, folder, manifest, text["author"],
               text["version"], text["description"], config, assets, prefix or text["id"])


def resolve_mod(path: str | Path) -> ModSource:
    """`--story mods/<id>`: the mod's StorySource, after checking everything it names."""
    mod = load_manifest(path)
    ink = json = None
    if mod.entry.suffix.lower() == ".ink":
        ink = mod.entry
        ink_sources(mod, ink)
        compiled = ink.with_suffix(".json")
        if compiled.is_file():
            json = inside(mod.folder, compiled.name, str(mod.manifest), "entry")
    else:
        json = mod.entry
        if json.stat().st_size > MAX_JSON_BYTES:
            raise ModError("entry: the compiled story is larger than 64 MB", path=str(json))
    return ModSource(mod.folder, ink, json, mod.story_config, str(path), mod=mod)


def ink_sources(mod: Mod, entry: Path) -> list[Path]:
    """The entry and every INCLUDE, each checked to be inside the mod, within the size limits.
    Remembered while none of the files changed (size and mtime): the picker asks on every
    opening, and reading a big mod's every file each time is what made it slow."""
    key = (mod.folder, entry)
    known = _SOURCES.get(key)
    if known is not None and known[0] == _stamps(known[1]):
        return list(known[1])
    found = _ink_sources(mod, entry)
    if len(_SOURCES) > 64:
        _SOURCES.clear()
    _SOURCES[key] = (_stamps(found), tuple(found))
    return found


_SOURCES: dict[tuple[Path, Path], tuple[tuple, tuple[Path, ...]]] = {}


def _stamps(paths) -> tuple:
    stamps = []
    for path in paths:
        try:
            info = path.stat()
            stamps.append((info.st_mtime_ns, info.st_size))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def _ink_sources(mod: Mod, entry: Path) -> list[Path]:
    found: list[Path] = []
    seen: set[Path] = set()
    total = 0
    pending = deque([(entry, str(entry), None)])
    while pending:
        path, shown, _ = pending.popleft()
        if path in seen:
            continue
        if len(found) >= MAX_INK_FILES:
            raise ModError(f"more than {MAX_INK_FILES} ink files", path=str(mod.manifest))
        found.append(path)
        seen.add(path)
        total += path.stat().st_size if path.is_file() else 0
        if total > MAX_INK_TOTAL_BYTES:
            raise ModError("the mod's ink sources are larger than 8 MB in total", path=shown)
        if not path.is_file():
            continue  # the compiler reports the missing INCLUDE at its line
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            match = _INCLUDE.match(line)
            if match:
                if len(pending) + len(found) > MAX_INK_FILES:  # refused before resolving all
                    raise ModError(f"more than {MAX_INK_FILES} ink files",
                                   path=str(mod.manifest))
                child = inside(mod.folder, _relative(entry, mod.folder, match.group(1)), shown,
                               "INCLUDE", line=number)
                pending.append((child, str(child), number))
    return found


def inside(folder: Path, relative: str, shown: str, key: str, *, line: int | None = None) -> Path:
    """`folder/relative`, refused unless it is a plain relative path that stays in `folder` after
    every symlink is followed."""
    if not relative or "\0" in relative:
        raise ModError(f"{key}: an empty path", path=shown, line=line)
    posix, windows = PurePosixPath(relative), PureWindowsPath(relative)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or relative[0] in "/\\":
        raise ModError(f"{key}: '{relative}' is an absolute path; a mod may only name files "
                       "inside its own folder", path=shown, line=line)
    if ".." in posix.parts or ".." in windows.parts:
        raise ModError(f"{key}: '{relative}' climbs out with '..'; a mod may only name files "
                       "inside its own folder", path=shown, line=line)
    candidate = folder / relative
    if not _within(candidate.resolve(), folder.resolve()):
        raise ModError(f"{key}: '{relative}' is a symlink to somewhere outside the mod",
                       path=shown, line=line, hint="copy the file into the mod's folder")
    return candidate


def asset_path(source: StorySource, kind: str, name: str) -> Path | None:
    """The file a tag names (`kind` is a key of ASSET_KINDS or a tag key: bg, music, sfx), found
    in the story's own folders; None when it has none (the game then uses its built-in one)."""
    return _find_asset(source, TAG_KINDS.get(kind, kind), [name])


def voice_path(source: StorySource, character: str, line_id: str) -> Path | None:
    """`voice/<character>/<line_id>.ogg` (or .wav) in the story's folder, when it exists."""
    return _find_asset(source, "voice", [character, line_id])


def _find_asset(source: StorySource, kind: str, parts: list[str]) -> Path | None:
    if kind not in ASSET_KINDS or not all(_ASSET_NAME.match(p or "") for p in parts):
        return None
    if any(".." in part for part in parts):
        return None
    default, extensions = ASSET_KINDS[kind]
    mod = getattr(source, "mod", None)
    base = mod.assets.get(kind) if mod else source.folder / default
    if base is None or not base.is_dir():
        return None
    name = parts[-1]
    names = [name] if Path(name).suffix.lower() in extensions else [
        name + ext for ext in extensions]
    for candidate in names:
        relative = PurePosixPath(*base.relative_to(source.folder).parts, *parts[:-1], candidate)
        try:
            found = inside(source.folder, str(relative), str(source.folder), kind)
        except (ModError, ValueError):
            return None
        if found.is_file() and found.stat().st_size <= MAX_ASSET_BYTES:
            return found
    return None


def _relative(entry: Path, folder: Path, name: str) -> str:
    """An INCLUDE is relative to the entry's folder; express it relative to the mod folder."""
    base = entry.parent.resolve().relative_to(folder.resolve()) if _within(
        entry.parent.resolve(), folder.resolve()) else PurePosixPath(".")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute():
        return name
    return str(PurePosixPath(base.as_posix()) / name)


def _read_yaml(path: Path, shown: str) -> object:
    _regular_file(path, shown, None, limit=MAX_MANIFEST_BYTES, limit_text="64 KB")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ModError("not UTF-8 text", path=shown) from None
    except OSError as exc:
        raise ModError(f"cannot read ({exc.strerror})", path=shown) from None
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ModError("larger than 64 KB", path=shown)
    import yaml  # only here: start-up never reads a mod.yaml (9 ms of imports)

    from . import safeyaml

    try:
        return safeyaml.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ModError(f"not valid YAML (tags such as !!python/object are never allowed): "
                       f"{problem}", path=shown, line=mark.line + 1 if mark else None) from None


def _regular_file(path: Path, shown: str, key: str | None, *, limit: int | None = None,
                  limit_text: str = "") -> None:
    label = f"{key}: " if key else ""
    try:
        info = path.stat()
    except OSError:
        raise ModError(f"{label}'{path.name}' does not exist", path=shown) from None
    if not stat.S_ISREG(info.st_mode):
        raise ModError(f"{label}'{path.name}' is not a regular file", path=shown)
    if limit is not None and info.st_size > limit:
        raise ModError(f"{label}larger than {limit_text}", path=shown)


def _text(value: object, key: str, shown: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ModError(f"{key}: must be text, not {type(value).__name__}", path=shown)
    if len(value) > 2000:
        raise ModError(f"{key}: longer than 2000 characters", path=shown)
    return value.strip()


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
