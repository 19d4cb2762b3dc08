"""An ink story's source files, and whether a compiled `main.json` was made from exactly them
(the hash stamp `python main.py compile` writes into it): what every start-up asks of the
game's story, without the compiler (Node.js, subprocesses, its cache) that only a changed
story needs (`game.core.compiler`).
"""

from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from .errors import StoryError

DRIVER = Path(__file__).with_name("inkc.js")
INKJS_VERSION = "2.4.0"
SOURCE_HASH_KEY = "herSourceHash"  # recorded inside a compiled main.json; runtimes ignore it
_INCLUDE = re.compile(r"^\s*INCLUDE\s+(.+?)\s*$")
MAX_SOURCE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Diagnostic:
    """One compiler or lint finding, printed the way editors can jump to it."""

    path: str
    line: int | None
    severity: str  # "error" | "warning" | "info"
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


def source_files(entry: Path, display: str | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """The entry file and every file it INCLUDEs, recursively, in order; missing ones reported
    at the INCLUDE line that names them."""
    entry = Path(entry)
    shown_root = Path(display).parent if display else entry.parent
    found: list[Path] = []
    seen: set[Path] = set()  # a list's `in` made 10,000 INCLUDEs quadratic
    problems: list[Diagnostic] = []

    def visit(path: Path, shown: str) -> None:
        if path in seen:
            return
        found.append(path)
        seen.add(path)
        text = _read_source(path, shown)
        for number, line in enumerate(text.splitlines(), 1):
            match = _INCLUDE.match(line)
            if not match:
                continue
            name = match.group(1)
            child = entry.parent / name
            if not _inside(child, entry.parent):
                problems.append(Diagnostic(shown, number, "error",
                                           f"INCLUDE names '{name[:200]}', which is outside the "
                                           "story's folder; copy the file into the folder"))
                continue
            if not child.is_file():
                problems.append(Diagnostic(shown, number, "error",
                                           f"INCLUDE names '{name}', which does not exist"))
                continue
            visit(child, str(shown_root / name))

    visit(entry, display or str(entry))
    return found, problems


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path`, with every symlink followed, is in `folder`: a story's INCLUDEs stay in
    its own folder (an absolute name or '..' could otherwise show any file as story text)."""
    try:
        target, root = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    return target == root or root in target.parents


def _read_source(path: Path, shown: str) -> str:
    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise StoryError("ink file is larger than 8 MB", path=shown)
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryError(f"not UTF-8 text ({exc.reason})", path=shown) from None
    except OSError as exc:
        raise StoryError(f"cannot read ink file ({exc.strerror})", path=shown) from None


def hash_sources(entry: Path, files: list[Path]) -> str:
    import hashlib  # OpenSSL: 3 ms of a start-up that hashes nothing, loaded when one does

    digest = hashlib.sha256(f"inkjs {INKJS_VERSION}\n".encode())
    digest.update(DRIVER.read_bytes())
    for path in files:
        digest.update(os.path.relpath(path, entry.parent).replace(os.sep, "/").encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


# `compile_to_file` writes the stamp as the JSON's last member, so it can be read from the
# file's end without parsing the whole story (start-up: 14 ms for the shipped main.json)
_STAMP_AT_END = re.compile(r'[,{]"' + SOURCE_HASH_KEY + r'":"([0-9a-f]{64})"\}\s*$')


def read_stamp(compiled: Path) -> str | None:
    """The source hash `compile_to_file` stamped into `compiled`, or None (an Inky export)."""
    with open(compiled, "rb") as handle:
        handle.seek(0, 2)
        handle.seek(max(0, handle.tell() - 200))
        tail = handle.read().decode("utf-8", "replace")
    found = _STAMP_AT_END.search(tail)
    if found:
        return found.group(1)
    import json  # an Inky export, or a stamp written some other way: the whole file read

    stamp = json.loads(compiled.read_text(encoding="utf-8-sig")).get(SOURCE_HASH_KEY)
    return stamp if isinstance(stamp, str) else None


def compiled_is_current(entry: Path, compiled: Path) -> bool:
    """Whether `compiled` was written by `compile_to_file` from exactly these sources.

    A check that passed is remembered by the files' sizes and modification times (in the
    compiled-ink cache, as Python keeps its bytecode by its source's), so while none of them
    changes, start-up stats a dozen files instead of reading and hashing every source (2-6 ms
    for the shipped story). Files changed in the last few seconds are not remembered: another
    edit of the same size within the file system's clock step would look the same."""
    memo = _memo_path(compiled)
    if _still_holds(memo, entry, compiled):
        return True
    try:
        files, problems = source_files(entry)
        stamp = read_stamp(compiled)
    except (OSError, ValueError, AttributeError, StoryError):
        return False
    current = not problems and stamp == hash_sources(entry, files)
    if current:
        _remember(memo, [compiled, DRIVER, *files])
    return current


MEMO_VERSION = 1
SETTLED_S = 3.0  # a file changed this recently is not remembered by its date


def _memo_path(compiled: Path) -> Path:
    from ..paths import ink_cache_dir

    where = os.path.abspath(compiled)
    return ink_cache_dir() / f"current-{zlib.crc32(where.encode()):08x}.txt"


def _memo_header() -> str:
    return f"her-current {MEMO_VERSION} inkjs {INKJS_VERSION}"


def _signature(path: str | Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_size, status.st_mtime_ns


def _still_holds(memo: Path, entry: Path, compiled: Path) -> bool:
    """The memo's lines, `size mtime_ns path` under its header, each still true."""
    try:
        header, *lines = memo.read_text(encoding="utf-8").splitlines()
        if header != _memo_header():
            return False
        files = {}
        for line in lines:
            size, mtime, path = line.split(" ", 2)
            files[path] = (int(size), int(mtime))
        if not {os.path.abspath(compiled), os.path.abspath(entry)} <= files.keys():
            return False  # remembered of another story, or other sources
        return all(_signature(path) == signature for path, signature in files.items())
    except (OSError, ValueError, UnicodeDecodeError):
        return False  # none yet, not ours, or a file gone: check it whole


def _remember(memo: Path, files: list[Path]) -> None:
    import time

    try:
        signatures = {os.path.abspath(path): _signature(path) for path in files}
        if any(time.time_ns() - mtime < SETTLED_S * 1e9 for _, mtime in signatures.values()):
            return  # just edited: not yet trusted by its date
        if any("\n" in path for path in signatures):
            return
        memo.parent.mkdir(parents=True, exist_ok=True)
        temporary = memo.with_name(f"{memo.name}.{os.getpid()}.tmp")
        temporary.write_text("\n".join([_memo_header(), *(
            f"{size} {mtime} {path}" for path, (size, mtime) in signatures.items())]) + "\n",
            encoding="utf-8")
        os.replace(temporary, memo)
    except (OSError, ValueError):
        return  # a cache that cannot be written is no error
