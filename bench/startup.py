"""Start-up as the player gets it: process start to the title's first frame presented with
input polled (`play`, which stops there when HER_QUIT_AFTER_FIRST_FRAME is set), beside a floor
measured in the same run — a bare Python that imports pygame and bink, opens a window of the
same size, polls input once and presents one frame. And `--help`, beside a bare `python -c
pass`. Whole processes, wall time, medians."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLD_START_GOAL = 1.6  # times the floor
HELP_GOAL_S = 0.1

FLOOR = ("import pygame, bink\n"
         "pygame.display.init()\n"
         "window = pygame.display.set_mode((1280, 720))\n"
         "pygame.event.get()\n"
         "window.fill((40, 20, 30))\n"
         "pygame.display.flip()\n")


def _wall(command: list[str], env: dict, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False, timeout=120)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_startup(quick: bool) -> dict:
    rounds = 3 if quick else 7
    env = dict(os.environ, SDL_VIDEODRIVER=os.environ.get("SDL_VIDEODRIVER", "dummy"),
               SDL_AUDIODRIVER=os.environ.get("SDL_AUDIODRIVER", "dummy"),
               HER_QUIT_AFTER_FIRST_FRAME="1")
    with tempfile.TemporaryDirectory() as saves:
        game = [sys.executable, str(ROOT / "main.py"), "play", "--save-dir", saves,
                "--size", "1280x720"]
        floor = _wall([sys.executable, "-c", FLOOR], env, rounds)
        cold = _wall(game, env, rounds)
    bare = _wall([sys.executable, "-c", "pass"], env, rounds)
    helped = _wall([sys.executable, str(ROOT / "main.py"), "--help"], env, rounds)
    ratio = cold / floor if floor else float("inf")
    return {"driver": env["SDL_VIDEODRIVER"],
            "cold_start_s": round(cold, 3), "floor_s": round(floor, 3),
            "ratio": round(ratio, 2), "goal": COLD_START_GOAL, "ok": ratio <= COLD_START_GOAL,
            "help_s": round(helped, 3), "bare_python_s": round(bare, 3),
            "help_goal_s": HELP_GOAL_S, "help_ok": helped <= HELP_GOAL_S}

