"""The one way the game writes a file that matters: atomically, keeping the previous good copy.

A crash at any instant leaves either the old file or the new one, never half of either; the
previous copy (`name.bak`) is what a loader falls back to when the newest one is damaged.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def previous_copy(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: str | Path, data: bytes, *, keep_previous: bool = True) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_previous and path.exists():
            backup = previous_copy(path)
            # a hard link keeps the old good copy reachable at every instant of the swap
            try:
                if backup.exists():
                    backup.unlink()
                os.link(path, backup)
            except OSError:
                pass
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: str | Path, text: str, *, keep_previous: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_previous=keep_previous)


def read_json_object(path: Path, limit: int) -> dict:
    """A small JSON object from disk, read at most `limit` bytes; every way it can be bad
    (too big, not UTF-8, not JSON, nested too deep, not an object) is a ValueError."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
        if len(raw) > limit:
            raise ValueError(f"larger than {limit // 1024} KB")
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, RecursionError) as exc:
        raise ValueError(type(exc).__name__) from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a value here")


def read_with_fallback(path: Path, parse: Callable[[Path], T]) -> tuple[T | None, list[str]]:
    """`parse(path)`, else `parse` of the previous good copy, with a message for each thing
    that went wrong: the one way the profile and the settings come back from a damaged file."""
    messages: list[str] = []
    for candidate in (path, previous_copy(path)):
        if not candidate.exists():
            continue
        try:
            value = parse(candidate)
        except (OSError, ValueError) as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0][:120]
            messages.append(f"{candidate}: unreadable ({reason}); using defaults")
            continue
        if candidate != path:
            messages.append(f"{path}: restored from the previous copy")
        return value, messages
    return None, messages


def remove_stale_temporaries(folder: str | Path, older_than: float = 60.0) -> int:
    """Temporary files a killed writer left behind (`.name.XXXX.tmp`), older than any write in
    flight could be; the good copies they were meant to replace are untouched."""
    import time

    removed = 0
    try:
        candidates = list(Path(folder).glob(".*.tmp"))
    except OSError:
        return 0
    cutoff = time.time() - older_than  # file ages are wall-clock facts, not game time
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
