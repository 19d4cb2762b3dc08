"""A PATH on which some programs cannot be found, to prove that the suite passes on a machine
that lacks them (a newcomer with only what the README says). Also runs as a script for CI:
`python3 tests/pathfarm.py DIR ffmpeg ffprobe` prints the PATH to use."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def path_without(names: set[str], farm: Path, path: str | None = None) -> str:
    """A PATH with every program of `path` linked into `farm`, except `names`."""
    farm.mkdir(parents=True, exist_ok=True)
    for folder in (path if path is not None else os.environ.get("PATH", "")).split(os.pathsep):
        if not folder or not os.path.isdir(folder):
            continue
        for entry in os.scandir(folder):
            if entry.name in names or (farm / entry.name).exists():
                continue
            try:
                if entry.is_file() and os.access(entry.path, os.X_OK):
                    (farm / entry.name).symlink_to(entry.path)
            except OSError:
                continue
    return str(farm)


if __name__ == "__main__":
    print(path_without(set(sys.argv[2:]), Path(sys.argv[1])))
