"""Shared helpers for tests: run the real command line, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).with_name("fixtures")
MINI = FIXTURES / "mini"


def _intercept() -> Path:
    """The Intercept sits in a `shared/third_party` folder beside the checkout, or beside one
    of its parents (a git worktree lives a level or two deeper than the main checkout)."""
    tail = Path("shared", "third_party", "the-intercept", "TheIntercept.ink")
    for parent in ROOT.parents:
        if (parent / tail).is_file():
            return parent / tail
    return ROOT.parent / tail


INTERCEPT = _intercept()


def run_cli(*args: str, stdin: str = "", cwd: Path | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """`python main.py ARGS` in a subprocess, exactly as a player or CI would type it."""
    full_env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
                **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd or ROOT, env=full_env,
                          timeout=timeout)


def json_events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]
