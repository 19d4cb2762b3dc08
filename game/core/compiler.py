"""Ink source -> compiled JSON, through the pinned inkjs compiler driven by `inkc.js`.

Every error and warning comes back as a `Diagnostic` (file, line, message) so the command line,
lint and the in-game overlay print the same `path:line: error: message`. Output is cached by a
hash of every source file, so a story that has not changed never needs Node.js again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import DATA_ROOT, ink_cache_dir, node_root
from .errors import CompileError, StoryError
from .files import atomic_write_text

DRIVER = Path(__file__).with_name("inkc.js")
INKJS_VERSION = "2.4.0"
SOURCE_HASH_KEY = "herSourceHash"  # recorded inside a compiled main.json; runtimes ignore it
_INCLUDE = re.compile(r"^\s*INCLUDE\s+(.+?)\s*$")
_MESSAGE = re.compile(r"^(?:RUNTIME )?(ERROR|WARNING|TODO)?:?\s*'([^']+)' line (\d+):\s*(.*)$",
                      re.S)
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


@dataclass
class CompileResult:
    json_text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    sources: list[Path] = field(default_factory=list)
    source_hash: str = ""
    from_cache: bool = False


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
    digest = hashlib.sha256(f"inkjs {INKJS_VERSION}\n".encode())
    digest.update(DRIVER.read_bytes())
    for path in files:
        digest.update(os.path.relpath(path, entry.parent).replace(os.sep, "/").encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_dir() -> Path:
    """The compiled-ink cache; where it is, is `game.paths`' to say."""
    return ink_cache_dir()


def find_node() -> str | None:
    return shutil.which("node")


def ensure_compiler() -> Path:
    """The pinned inkjs, installed from package-lock.json on first use (for an installed game,
    into a folder of the user's: see `game.paths.node_root`)."""
    root = node_root()
    installed = root / "node_modules" / "inkjs" / "package.json"
    if installed.is_file():
        return installed.parent
    if root != DATA_ROOT:
        root.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(DATA_ROOT / name, root / name)
    npm = shutil.which("npm")
    if not npm:
        raise StoryError("the ink compiler needs npm to install it (comes with Node.js)",
                         hint="install Node.js 18+, or export the story as JSON from Inky")
    command = [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"]
    run = subprocess.run(command, cwd=root, capture_output=True, text=True)
    if run.returncode != 0 or not installed.is_file():
        raise StoryError(f"installing inkjs {INKJS_VERSION} failed: {run.stderr.strip()[-400:]}",
                         hint="run `npm ci` in the project folder")
    return installed.parent


def compile_ink(entry: str | Path, *, display: str | None = None,
                use_cache: bool = True) -> CompileResult:
    """Compile `entry` and its INCLUDEs; raises CompileError with every diagnostic on failure."""
    entry = Path(entry)
    display = display or str(entry)
    if not entry.is_file():
        raise StoryError("no such ink file", path=display)
    files, problems = source_files(entry, display)
    if problems:
        raise CompileError(problems)
    key = hash_sources(entry, files)
    cached = cache_dir() / f"{key}.json"
    if use_cache and cached.is_file():
        try:
            data = json.loads(cached.read_text(encoding="utf-8"))
            return _result(data, entry, display, files, key, from_cache=True)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache entry is simply rebuilt
    data = _run_driver(entry, display)
    result = _result(data, entry, display, files, key)
    if use_cache:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(cached, json.dumps(data), keep_previous=False)
        except OSError:
            pass  # the cache is an optimisation; a read-only home must not stop play
    return result


def _run_driver(entry: Path, display: str) -> dict:
    node = find_node()
    if not node:
        raise StoryError("compiling .ink needs Node.js, which is not installed", path=display,
                         hint="install Node.js 18+, or export the story as JSON from Inky "
                              "(File > Export to JSON) and play the .json")
    ensure_compiler()
    run = subprocess.run([node, str(DRIVER), entry.name], cwd=entry.parent,
                         capture_output=True, text=True, encoding="utf-8")
    try:
        return json.loads(run.stdout)
    except ValueError:
        raise StoryError(f"the ink compiler failed: {run.stderr.strip()[-600:]}",
                         path=display) from None


def _result(data: dict, entry: Path, display: str, files: list[Path], key: str,
            from_cache: bool = False) -> CompileResult:
    diagnostics = [_diagnostic(m["text"], m["severity"], display) for m in data["messages"]]
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors or not data.get("json"):
        raise CompileError(errors or [Diagnostic(display, None, "error", "compilation failed")])
    return CompileResult(json_text=data["json"].lstrip("\ufeff"), diagnostics=diagnostics,
                         stats=data.get("stats") or {}, sources=files, source_hash=key,
                         from_cache=from_cache)


def _diagnostic(text: str, severity: str, display: str) -> Diagnostic:
    severity = {"author": "info"}.get(severity, severity)
    match = _MESSAGE.match(text.strip())
    if not match:
        return Diagnostic(display, None, severity, text.strip())
    _, name, line, message = match.groups()
    shown = str(Path(display).parent / name) if name != Path(display).name else display
    return Diagnostic(shown, int(line), severity, message.strip())


def compile_to_file(entry: str | Path, output: str | Path | None = None) -> CompileResult:
    """The `compile` command: write `<entry>.json` beside the source, stamped with its hash."""
    entry = Path(entry)
    result = compile_ink(entry)
    out = Path(output) if output else entry.with_suffix(".json")
    data = json.loads(result.json_text)
    data[SOURCE_HASH_KEY] = result.source_hash
    atomic_write_text(out, json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                      keep_previous=False)
    return result


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
    stamp = json.loads(compiled.read_text(encoding="utf-8-sig")).get(SOURCE_HASH_KEY)
    return stamp if isinstance(stamp, str) else None


def compiled_is_current(entry: Path, compiled: Path) -> bool:
    """Whether `compiled` was written by `compile_to_file` from exactly these sources."""
    try:
        files, problems = source_files(entry)
        stamp = read_stamp(compiled)
    except (OSError, ValueError, AttributeError, StoryError):
        return False
    return not problems and stamp == hash_sources(entry, files)
