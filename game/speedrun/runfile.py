"""`.herrun` files: one finished (or abandoned) run, as JSON, sealed with a checksum.

The checksum (sha256 over the canonical JSON of everything else) catches a file edited by hand
or damaged on disk; it is not a secret, so the real proof is `replay verify` re-simulating the
inputs through the core and finding the same endings, splits and in-game time.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from game.core.clock import format_ticks
from game.core.errors import HerError
from game.core.files import atomic_write_text, loads_checked, read_regular, shown
from game.paths import runs_dir

FORMAT = "herrun"
VERSION = 2  # 2: inputs under the speedrun rules (a choice goes on to the next line)
SUFFIX = ".herrun"
MAX_BYTES = 64 * 1024 * 1024
MAX_INPUTS = 100_000  # a long real run has a few thousand; 200,000 took verify 30 s


class RunFileError(HerError):
    """A run file that cannot be read or was altered."""


def checksum(content: dict) -> str:
    body = {k: v for k, v in content.items() if k != "checksum"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def seal(content: dict) -> dict:
    return {**content, "format": FORMAT, "version": VERSION,
            "checksum": checksum({**content, "format": FORMAT, "version": VERSION})}


def write_run(save_dir: str | Path, content: dict) -> Path:
    """Write atomically into `<save_dir>/runs/`; the name says category, time and checksum."""
    sealed = seal(content)
    folder = runs_dir(save_dir)
    folder.mkdir(parents=True, exist_ok=True)
    category = re.sub(r"[^a-z0-9]+", "-", str(content.get("category", "run")).lower())
    ticks = content.get("igt") if content.get("igt") is not None else content.get("ticks", 0)
    stamp = format_ticks(int(ticks or 0)).replace(":", "-").replace(".", "-")
    path = folder / f"{category}-{stamp}-{sealed['checksum'][7:15]}{SUFFIX}"
    atomic_write_text(path, json.dumps(sealed, indent=1, sort_keys=True, ensure_ascii=False),
                      keep_previous=False)
    return path


def read_run(path: str | Path) -> tuple[dict, bool]:
    """The run and whether its checksum holds. Unreadable files raise RunFileError."""
    path = Path(path)
    try:
        raw = read_regular(path, MAX_BYTES)
        if len(raw) > MAX_BYTES:
            raise ValueError("larger than 64 MB")
        data = loads_checked(raw.decode("utf-8"))
    except OSError as exc:
        raise RunFileError(f"cannot read the run ({exc.strerror or exc})", path=str(path)) from None
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RunFileError(f"not a run file ({str(exc)[:120]})", path=str(path),
                           hint="run files are written to runs/ in the save folder") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RunFileError("not a .herrun file", path=str(path))
    inputs = data.get("inputs")
    if isinstance(inputs, list) and len(inputs) > MAX_INPUTS:
        raise RunFileError(f"{len(inputs):,} inputs, more than any real run has "
                           f"(at most {MAX_INPUTS:,} are verified)", path=str(path))
    if data.get("version") != VERSION:
        raise RunFileError(f"run file version {shown(data.get('version'))} is not supported",
                           path=str(path), hint=f"this game reads version {VERSION}")
    return data, data.get("checksum") == checksum(data)


def list_runs(save_dir: str | Path, limit: int = 8) -> list[dict]:
    """The newest runs (by file time) with a readable header, for the title screen's list."""
    folder = runs_dir(save_dir)
    try:
        files = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return []
    found = []
    for path in files[:limit]:
        try:
            data, ok = read_run(path)
        except RunFileError:
            continue
        found.append({**data, "path": str(path), "intact": ok})
    return found
