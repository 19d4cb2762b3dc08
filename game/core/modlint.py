"""Lint for mods: tags that name assets nobody has.

`#bg:kitchen` in a mod must name a scene the game draws itself or a file in the mod's
`backgrounds/` folder; `#music:` and `#sfx:` likewise with `music/` and `sfx/`. A tag value that
tries to be a path (`#bg:../../x`) is an error: a tag names an asset, it never locates a file.
The ink is read as text, line by line, so every finding has a file and a line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .compiler import Diagnostic
from .errors import HerError
from .mods import (
    _ASSET_NAME,
    ASSET_KINDS,
    BUILTIN_ASSETS,
    MAX_INK_TOTAL_BYTES,
    TAG_KINDS,
    asset_path,
)
from .storyfiles import MAX_JSON_BYTES, StorySource

_ASSET_TAG = re.compile(r"#\s*(bg|music|sfx)\s*:\s*([^#\n]*)", re.I)
_LINE_COMMENT = re.compile(r"(?<![:\\])//.*$")


def mod_lint(source: StorySource) -> list[Diagnostic]:
    """Tags that name assets (`#bg:`, `#music:`, `#sfx:`) the game does not have built in and
    the story's folders do not hold, reported at the ink line that names them."""
    return asset_diagnostics(source)


def asset_diagnostics(source: StorySource) -> list[Diagnostic]:
    """One finding per tag that names a missing or unsafe asset."""
    found: list[Diagnostic] = []
    for shown, line, key, value in _asset_tags(source):
        problem = _check(source, key.lower(), value)
        if problem:
            found.append(Diagnostic(shown, line, "error", problem))
    return found


def _check(source: StorySource, key: str, value: str) -> str | None:
    kind = TAG_KINDS[key]
    folder = ASSET_KINDS[kind][0]
    if not value:
        return f"#{key}: needs a name, e.g. #{key}:{sorted(BUILTIN_ASSETS[kind])[0]}"
    if "/" in value or "\\" in value or ".." in value or not _ASSET_NAME.match(value):
        return (f"#{key}:{value} is not an asset name; tags name a file in {folder}/ "
                "without any path (letters, digits, _ - .)")
    if value in BUILTIN_ASSETS[kind] or asset_path(source, kind, value):
        return None
    extensions = "/".join(ASSET_KINDS[kind][1])
    base = getattr(getattr(source, "mod", None), "assets", {}).get(kind) or source.folder / folder
    other = sorted(base.glob(f"{value}.*")) if base.is_dir() and _ASSET_NAME.match(value) else []
    if other:
        return (f"#{key}:{value}: {folder}/{other[0].name} is in a format the game cannot "
                f"play ({other[0].suffix or 'no extension'}); use {extensions}")
    return (f"#{key}:{value} names no built-in {kind} and no file {folder}/{value}"
            f"{{{extensions}}} in {source.folder}")


def _asset_tags(source: StorySource) -> list[tuple[str, int | None, str, str]]:
    """(file, line, key, value) for every asset tag in the story's ink, else in its JSON."""
    tags: list[tuple[str, int | None, str, str]] = []
    inks = [p for p in _watched(source) if p.suffix.lower() == ".ink"]
    if inks:
        budget = MAX_INK_TOTAL_BYTES
        for path in inks:
            try:
                text = path.read_text(encoding="utf-8-sig", errors="replace")[:budget]
            except OSError:
                continue
            budget -= len(text)
            tags.extend(_tags_in_ink(path, text))
        return tags
    if source.json and source.json.is_file() and source.json.stat().st_size <= MAX_JSON_BYTES:
        text = source.json.read_text(encoding="utf-8-sig", errors="replace")
        for raw in _json_tags(text):
            match = _ASSET_TAG.match("#" + raw.strip())
            if match:
                tags.append((str(source.json), None, match.group(1), match.group(2).strip()))
    return tags


def _watched(source: StorySource) -> list[Path]:
    try:
        return list(source.watch_files)
    except HerError:
        return [source.ink] if source.ink else []


def _tags_in_ink(path: Path, text: str) -> list[tuple[str, int | None, str, str]]:
    found = []
    in_block = False
    for number, line in enumerate(text.splitlines(), 1):
        if in_block:
            if "*/" not in line:
                continue
            line, in_block = line.split("*/", 1)[1], False
        while "/*" in line:
            head, _, rest = line.partition("/*")
            if "*/" in rest:
                line = head + rest.split("*/", 1)[1]
            else:
                line, in_block = head, True
        line = _LINE_COMMENT.sub("", line)
        for match in _ASSET_TAG.finditer(line):
            found.append((str(path), number, match.group(1), match.group(2).strip()))
    return found


def _json_tags(text: str) -> list[str]:
    """Tag texts in compiled ink JSON: `{"#": "bg:x"}` (ink 1.1+) and `"#", "^bg:x", "/#"`."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    tags: list[str] = []
    stack: list[object] = [data.get("root") if isinstance(data, dict) else None]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("#"), str):
                tags.append(item["#"])
            stack.extend(item.values())
        elif isinstance(item, list):
            for index, value in enumerate(item):
                if value == "#" and index + 1 < len(item) and isinstance(item[index + 1], str):
                    tags.append(item[index + 1].lstrip("^"))
                stack.append(value)
    return tags
