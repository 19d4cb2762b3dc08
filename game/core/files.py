"""The one way the game writes a file that matters: atomically, keeping the previous good copy.

A crash at any instant leaves either the old file or the new one, never half of either; the
previous copy (`name.bak`) is what a loader falls back to when the newest one is damaged.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
