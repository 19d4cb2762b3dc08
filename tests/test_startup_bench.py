"""The cold-start figure stops the real game after its first frame: the window polls input,
presents the title once and exits cleanly when HER_QUIT_AFTER_FIRST_FRAME is set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_game_stops_after_its_first_frame_when_asked(tmp_path):
    env = dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "play", "--save-dir",
                           str(tmp_path), "--size", "640x360"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_bench_reports_cold_start_beside_its_floor():
    from bench.startup import bench_startup

    figures = bench_startup(quick=True)
    assert figures["floor_s"] > 0 and figures["cold_start_s"] > 0
    assert abs(figures["ratio"] - figures["cold_start_s"] / figures["floor_s"]) < 0.05
    assert {"goal", "ok", "help_s", "bare_python_s", "help_ok"} <= set(figures)
