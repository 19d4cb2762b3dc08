"""Small ink stories that a test writes out, one file each, for the route search to read."""

from __future__ import annotations

from pathlib import Path


def write_stories(folder: Path, stories: dict[str, str]) -> dict[str, Path]:
    """Each story as `folder/<name>.ink` (leading blank lines dropped); name -> its path."""
    paths = {}
    for name, text in stories.items():
        path = folder / f"{name}.ink"
        path.write_text(text.lstrip(), encoding="utf-8")
        paths[name] = path
    return paths
