"""Memory as the player gets it, for `python main.py bench`: the shipped story played whole in
the window at 1920x1080 with its sound, in a process of its own (start-up and all), in a real
X window when Xvfb is installed.

* `peak_mb` is the process's high-water mark of resident memory (VmHWM), not a sample: a
  moment between two readings (a scene painted while the last one fades, a track decoded
  while another plays) counts.
* `by_chapter_mb` is what each chapter holds: the median of resident memory (VmRSS) read at
  every step of it. A single reading is a moment, and a chapter's first is its heaviest (its
  scene painted while the last one still shows, 15 MB more at 1080p), which the peak counts.
  `rise_mb` is how much it grew over the second half of the story (middle chapter to last)
  and `per_chapter_mb` the trend across the chapters after the first: memory must not rise
  chapter by chapter.
* The sound is the game's own mixer decoding and mixing every clip and track, on the output
  SDL_AUDIODRIVER names — SDL's disk output when none is set: a device to the game, mixed in
  real time into a scratch file (said so in `audio`).
* `kept_mb` names what the window's caches hold at the end, for finding what grew.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1920, 1080)
GOAL_MB = 150.0
RISE_GOAL_MB = 5.0  # "flat": at most this much more at the end than at the second chapter


def _status() -> dict[str, float]:
    found = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                found[name] = round(int(value.split()[0]) / 1024, 1)
    return found


def _post_key(pygame, key: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))


def _surface_bytes(surfaces) -> int:
    return sum(s.get_width() * s.get_height() * s.get_bytesize() for s in surfaces)


def child(size: tuple[int, int], steps: int = 8000) -> dict:
    """One play-through from a fresh process: choices by the first option, lines advanced
    by Space every four ticks, as a reader skimming."""
    import pygame

    from bench.ui import play_app
    from game.ui.widgets import text

    panel = importlib.import_module("game.ui.widgets.panel")  # the package exports a function

    folder = tempfile.mkdtemp(prefix="her-bench-memory-")
    started = _status()
    app, scene = play_app(folder, size, sound=True)
    sound = app.sound.sound
    chapters: dict[str, list[float]] = {}
    clock = time.perf_counter()
    for _ in range(steps):
        if app.top is not scene:
            break  # the ending
        chapter = scene.play.session.chapter
        if chapter:
            chapters.setdefault(chapter, []).append(_status()["VmRSS"])
        _post_key(pygame, pygame.K_1 if scene.choices is not None else pygame.K_SPACE)
        app.run_ticks(4)
    app.writer.join()
    end = _status()
    held = {name: _median(values) for name, values in chapters.items()}
    library = getattr(sound, "library", None)
    decoded = 0
    if library is not None:
        sounds = [s for s in library._named.values() if s is not None]
        sounds += [clip for clip, _ in library._voices.values()]
        decoded = sum(s.get_raw().__len__() for s in sounds)
    mixer = pygame.mixer.get_init()
    driver = pygame.mixer.get_driver() if mixer else None
    kept = {"backdrops": app.backdrops.kept_bytes(), "text": text.cached_bytes(),
            "panels": _surface_bytes(panel._CACHE.values()), "decoded_sound": decoded}
    result = {"size": f"{size[0]}x{size[1]}", "video": pygame.display.get_driver(),
              "audio": f"{type(sound).__name__} on SDL's '{driver}' output, "
                       f"{mixer[0]} Hz x {mixer[2]} channel(s)" if mixer
                       else type(sound).__name__,
              "start_mb": started["VmRSS"], "end_mb": end["VmRSS"], "peak_mb": end["VmHWM"],
              "by_chapter_mb": held,
              "reached_ending": app.top is not scene,
              "played_s": round(time.perf_counter() - clock, 1),
              "kept_mb": {k: round(v / 2**20, 1) for k, v in kept.items()}}
    values = list(held.values())[1:]  # the first opens the window
    # the second half of the story against its middle, and the trend across all of it
    result["rise_mb"] = round(values[-1] - values[len(values) // 2], 1) if values else 0.0
    result["per_chapter_mb"] = round(_slope(values), 2)
    app.close()
    pygame.quit()
    return result


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def _slope(values: list[float]) -> float:
    """Least-squares MB per chapter."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    top = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    return top / sum((x - mean_x) ** 2 for x in range(n))


def measure(env: dict | None = None, size: tuple[int, int] = SIZE) -> dict:
    """The figure from a child process, judged against the goal."""
    env = dict(env or os.environ)
    env.setdefault("SDL_AUDIODRIVER", "disk")
    env.setdefault("SDL_VIDEODRIVER", "dummy")
    with tempfile.TemporaryDirectory() as scratch:
        env.setdefault("SDL_DISKAUDIOFILE", os.path.join(scratch, "audio.raw"))
        run = subprocess.run([sys.executable, "-m", "bench.memory", "--child",
                              f"{size[0]}x{size[1]}"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=1800)
    if run.returncode != 0:
        return {"error": (run.stderr or run.stdout).strip()[-600:]}
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures.update(goal_mb=GOAL_MB, rise_goal_mb=RISE_GOAL_MB,
                   ok=figures["peak_mb"] <= GOAL_MB and figures["rise_mb"] <= RISE_GOAL_MB
                   and figures["reached_ending"])
    return figures


def bench_memory(quick: bool) -> dict:
    if quick:
        return {"skipped": "not with --quick: it plays the whole story (about a minute)"}
    from bench.ui import xvfb_display

    with xvfb_display() as display:
        env = dict(os.environ)
        if display:
            env.update(DISPLAY=display, SDL_VIDEODRIVER="x11")
        figures = measure(env)
    if not display:
        figures["video_note"] = "dummy: Xvfb is not installed (apt-get install xvfb)"
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--child" in sys.argv:
        w, h = (int(v) for v in sys.argv[sys.argv.index("--child") + 1].split("x"))
        print(json.dumps(child((w, h))))
    else:
        print(json.dumps(bench_memory("--quick" in sys.argv), indent=1))
