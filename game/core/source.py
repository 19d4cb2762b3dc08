"""Where a story comes from: a folder, a `.ink` or a `.json`, resolved to compiled JSON text.

A folder holds `main.ink` and/or `main.json` and an optional `story.yaml`. A committed
`main.json` stamped with the hash of its sources is used as is, so players never need Node.js;
when the sources have changed since, the ink is compiled (cached by content hash).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..paths import MODS_DIR, STORY_DIR
from .config import StoryConfig, load_config
from .errors import StoryError
from .inkfiles import Diagnostic, compiled_is_current
from .storyfiles import MAX_JSON_BYTES, StorySource

__all__ = ["DEFAULT_STORY", "MAX_JSON_BYTES", "LoadedStory", "StorySource", "load",
           "read_json", "resolve"]

DEFAULT_STORY = STORY_DIR
@dataclass
class LoadedStory:
    json_text: str
    config: StoryConfig
    source: StorySource
    diagnostics: list[Diagnostic] = field(default_factory=list)


def resolve(path: str | Path | None = None) -> StorySource:
    path = Path(path) if path else DEFAULT_STORY
    shown = str(path)
    if not path.exists() and len(path.parts) == 1 and (MODS_DIR / path.name).is_dir():
        path = MODS_DIR / path.name  # a mod by its id: an installed game's mods/ is not at hand
    if path.is_dir() and (path / "mod.yaml").exists():
        from .mods import resolve_mod

        return resolve_mod(path)  # a mod folder: its paths are checked to stay inside it
    if path.is_dir():
        ink = _first(path, ("main.ink",)) or _only_ink(path)
        compiled = _first(path, ("main.json",))
        if not compiled and ink and ink.with_suffix(".json").is_file():
            compiled = ink.with_suffix(".json")
        if not ink and not compiled:
            raise StoryError("no main.ink or main.json in this folder", path=shown,
                             hint="a story folder needs main.ink (or an Inky-exported main.json)")
        config = path / "story.yaml"
        return StorySource(path, ink, compiled, config if config.is_file() else None, shown)
    if not path.is_file():
        raise StoryError("no such story file or folder", path=shown)
    config = path.parent / "story.yaml"
    config_path = config if config.is_file() else None
    suffix = path.suffix.lower()
    if suffix == ".ink":
        return StorySource(path.parent, ink=path, config_path=config_path, display=shown)
    if suffix == ".json":
        return StorySource(path.parent, json=path, config_path=config_path, display=shown)
    raise StoryError("a story is a folder, a .ink or a .json file", path=shown)


def _first(folder: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _only_ink(folder: Path) -> Path | None:
    inks = sorted(folder.glob("*.ink"))
    return inks[0] if len(inks) == 1 else None


def load(path: str | Path | None = None) -> LoadedStory:
    """Resolve, compile when needed, and read story.yaml."""
    source = resolve(path)
    config = load_config(source.config_path) if source.config_path else StoryConfig.default()
    diagnostics: list[Diagnostic] = []
    current = source.json is not None and (
        source.ink is None or compiled_is_current(source.ink, source.json))  # hashes every source
    if current:
        return LoadedStory(read_json(source.json), config, source, diagnostics)
    from .compiler import compile_ink, find_node  # Node.js: only for a build older than its ink

    if source.json is not None and not find_node():
        text = read_json(source.json)
        diagnostics.append(Diagnostic(str(source.json), None, "warning",
                                      "older than its ink sources and Node.js is missing "
                                      "to recompile; playing the old build"))
    else:
        result = compile_ink(source.ink, display=str(source.ink))
        text, diagnostics = result.json_text, result.diagnostics
    return LoadedStory(text, config, source, diagnostics)


def read_json(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise StoryError("compiled story is larger than 64 MB", path=str(path))
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise StoryError("not UTF-8 text", path=str(path)) from None
    except OSError as exc:
        raise StoryError(f"cannot read ({exc.strerror})", path=str(path)) from None
