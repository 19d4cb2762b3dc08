"""The one way the game writes a file that matters: atomically, keeping the previous good copy.

A crash at any instant leaves either the old file or the new one, never half of either; the
previous copy (`name.bak`) is what a loader falls back to when the newest one is damaged.
"""

from __future__ import annotations

import errno
import itertools
import json
import math
import os
import stat
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def previous_copy(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


_kept = itertools.count()
KEPT_SUFFIX = ".kept.tmp"


def atomic_write_bytes(path: str | Path, data: bytes, *, keep_previous: bool = True,
                       sync: str = "full",
                       retire: Callable[[Callable[[], None]], object] | None = None) -> None:
    """`sync`: "full" fsyncs the file and then its folder (durable at once); "file" fsyncs
    only the file's data, so the rename reaches the disk with the file system's next commit
    (a crash before it leaves the previous good copy, never half a file); "none" for what a
    loader can do without (a thumbnail checked by its hash, a profile with its `.bak`).

    `retire`: where the copy before the previous one is let go (`name.bak` replaced by the
    copy that was newest), after the new file is in place: given, it is handed the step to
    run later (the window's writer puts it after the save); else it runs at once. Letting a
    file go frees its blocks, which on a busy disk took 4-7 ms — most of a save's file work
    when it came first — and nothing needs it done before the new copy is safe."""
    path = Path(path)
    # the good copy gets a second name at once (both names hold it until the new file
    # replaces `path`), and becomes the previous copy once the new one is safe: at every
    # instant `path` and `name.bak` each hold a good copy, the older one at worst
    kept = _second_name(path) if keep_previous else None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileNotFoundError:  # the first write into a new folder
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:  # the descriptor itself: a file object adds three system calls for nothing
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if sync != "none":
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, kept):
            try:
                if leftover is not None:
                    os.unlink(leftover)
            except OSError:
                pass
        raise
    if kept is not None:
        step = partial(_make_previous, kept, previous_copy(path))
        if retire is None or sync == "full":
            step()
        else:
            retire(step)
    if sync == "full":
        fsync_dir(path.parent)


def _second_name(path: Path) -> Path | None:
    """A new hard link to `path` (None when there is no file yet, or the folder cannot hold
    links). Tried rather than asked about first: each question is a system call, and on the
    window's writer each system call hands the interpreter's lock to the frame thread."""
    kept = path.with_name(f".{path.name}.{os.getpid()}-{next(_kept)}{KEPT_SUFFIX}")
    try:
        os.link(path, kept)
    except FileExistsError:  # left by a killed process that had this process id
        try:
            os.unlink(kept)
            os.link(path, kept)
        except OSError:
            return None
    except OSError:
        return None
    return kept


def _make_previous(kept: Path, backup: Path) -> None:
    """The copy that was newest becomes the previous one (the one before it goes)."""
    try:
        os.replace(kept, backup)
    except OSError:
        try:
            os.unlink(kept)
        except OSError:
            pass


def atomic_write_text(path: str | Path, text: str, *, keep_previous: bool = True,
                      sync: str = "full") -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_previous=keep_previous, sync=sync)


MAX_JSON_DEPTH = 64


def read_regular(path: str | Path, limit: int) -> bytes:
    """At most `limit + 1` bytes of a regular file. A FIFO, device or folder put where a save,
    profile, settings or run file belongs is an OSError at once: opening is non-blocking and
    the kind of file is checked on the open descriptor, so nothing can wait for a writer."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a FIFO, device or folder)",
                          str(path))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def loads_checked(text: str, *, max_depth: int = MAX_JSON_DEPTH) -> object:
    """`json.loads` for files a person may have edited: NaN, Infinity and numbers that overflow
    to infinity (`1e999`) are refused, and so are lone surrogates (`"\\ud800"`, which would
    make every later write of the value fail) and nesting deeper than `max_depth`. Every
    failure is a ValueError."""
    try:
        data = json.loads(text, parse_constant=_no_constants, parse_float=_finite_float)
    except RecursionError:
        raise ValueError("nested too deep") from None
    check_tree(data, max_depth=max_depth)
    return data


def check_tree(data: object, *, max_depth: int = MAX_JSON_DEPTH,
               allow_odd_values: bool = False) -> None:
    """Walk a parsed JSON value without recursion; ValueError on what `loads_checked` refuses
    (only the depth, with `allow_odd_values`)."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if allow_odd_values and not isinstance(value, (dict, list)):
            continue
        if isinstance(value, str):
            _valid_text(value)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError("a number is not finite")
        elif isinstance(value, (dict, list)):
            if depth >= max_depth:
                raise ValueError(f"nested deeper than {max_depth} levels")
            if isinstance(value, dict):
                for key, item in value.items():
                    if not allow_odd_values:
                        _valid_text(key)
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in value)


def is_valid_text(value: object) -> bool:
    """A str that can be written as UTF-8 (no lone surrogates)."""
    if not isinstance(value, str):
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _valid_text(value: str) -> None:
    if not is_valid_text(value):
        raise ValueError("text holds a lone surrogate (not valid Unicode)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:24]} is too large")
    return value


def shown(value: object, limit: int = 60) -> str:
    """A value for an error message, never longer than `limit`: messages about hostile input
    must not grow with it (a YAML bomb's repr alone is gigabytes)."""
    if isinstance(value, (dict, list, tuple, set)):
        return f"a {type(value).__name__} of {len(value)} items"
    if isinstance(value, str):
        text = repr(value[:limit])
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        text = f"a {value.bit_length()}-bit number"
    elif isinstance(value, (int, float, bool)) or value is None:
        text = str(value)
    else:
        text = f"a {type(value).__name__}"
    return text if len(text) <= limit else text[:limit - 3] + "..."


def read_json_object(path: Path, limit: int, *, per_field: bool = False) -> dict:
    """A small JSON object from disk, read at most `limit` bytes; every way it can be bad
    (not a regular file, too big, not UTF-8, not JSON, nested too deep, not finite, not valid
    Unicode, not an object) is an OSError or a ValueError.

    `per_field` lets non-finite numbers and lone surrogates through for a caller whose table
    of fields checks each value: one bad field then resets alone instead of the whole file
    (the endings seen must not go because a best time was edited to `1e999`)."""
    raw = read_regular(path, limit)
    if len(raw) > limit:
        raise ValueError(f"larger than {limit // 1024} KB")
    try:
        text = raw.decode("utf-8")
        if per_field:
            data = json.loads(text)
            check_tree(data, allow_odd_values=True)
        else:
            data = loads_checked(text)
    except UnicodeDecodeError as exc:
        raise ValueError(type(exc).__name__) from None
    except RecursionError:
        raise ValueError("nested too deep") from None
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
            info = path.stat()
            # a `.kept.tmp` is a second name for an old copy, waiting to become the previous
            # copy once the save after it is safe: its age is when that name was made (the
            # link changed the inode), not when the copy was written
            made = info.st_ctime if path.name.endswith(KEPT_SUFFIX) else info.st_mtime
            if path.is_file() and made < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def modified_ns(path: str | Path) -> int | None:
    """When `path` was last written (ns), None when it is missing."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def fsync_dir(folder: Path) -> None:
    """Make the renames done in `folder` durable (after writes made with sync="file")."""
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
