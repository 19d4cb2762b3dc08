"""Ink source -> compiled JSON, through the pinned inkjs compiler driven by `inkc.js`.

Every error and warning comes back as a `Diagnostic` (file, line, message) so the command line,
lint and the in-game overlay print the same `path:line: error: message`. Output is cached by a
hash of every source file, so a story that has not changed never needs Node.js again.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import DATA_ROOT, ink_cache_dir, node_root
from .errors import CompileError, StoryError
from .files import atomic_write_text
from .inkfiles import (
    DRIVER,
    INKJS_VERSION,
    MAX_SOURCE_BYTES,
    SOURCE_HASH_KEY,
    Diagnostic,
    compiled_is_current,
    hash_sources,
    read_stamp,
    source_files,
)

__all__ = ["DRIVER", "INKJS_VERSION", "MAX_SOURCE_BYTES", "SOURCE_HASH_KEY", "CompileResult",
           "Diagnostic", "cache_dir", "compile_ink", "compile_to_file", "compiled_is_current",
           "ensure_compiler", "find_node", "hash_sources", "read_stamp", "source_files"]

_MESSAGE = re.compile(r"^(?:RUNTIME )?(ERROR|WARNING|TODO)?:?\s*'([^']+)' line (\d+):\s*(.*)$",
                      re.S)


@dataclass
class CompileResult:
    json_text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    sources: list[Path] = field(default_factory=list)
    source_hash: str = ""
    from_cache: bool = False


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
