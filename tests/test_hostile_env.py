"""Degraded environments get one honest line, not a traceback or an invisible window: a
console that cannot show non-ASCII text, and a machine with no display."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import MINI, ROOT, run_cli


def test_an_ascii_console_still_plays_the_story(tmp_path):
    result = run_cli("text", "--story", str(ROOT / "story"), "--choose", ",".join(["1"] * 60),
                     "--save-dir", str(tmp_path), env={"PYTHONIOENCODING": "ascii"})
    assert "Traceback" not in result.stderr, result.stderr[-800:]
    assert "UnicodeEncodeError" not in result.stderr
    assert result.returncode in (0, 2)  # 2: it stopped at a choice after the scripted answers
    assert result.stdout.count("\n") > 20  # it played, dashes and all, as stand-ins
    mini = run_cli("text", "--story", str(MINI), "--choose", "1,1,1,1", "--save-dir",
                   str(tmp_path / "m"), env={"PYTHONIOENCODING": "ascii"})
    assert "Traceback" not in mini.stderr
    assert "ENDING:" in mini.stdout


@pytest.mark.skipif(bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")),
                    reason="this machine has a display")
def test_no_display_is_one_line_saying_how_to_play(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env["SDL_AUDIODRIVER"] = "dummy"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "play", "--save-dir",
                             str(tmp_path)], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0] and "main.py text" in lines[0]
