"""Frame time of the play scene and the cost of an idle window, for `python main.py bench`.

Measures the real app loop under SDL's dummy video driver at 1280x720: a long line being typed
with four choices on screen (the heaviest ordinary picture), a redraw forced every frame.
Then the idle check: once everything has settled, how many frames the loop draws in 300 ticks
(goal 0) and how much CPU the real blocking loop uses in one second of wall time.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

LONG_LINE = (
    "The city goes on below the window in long strings of coral light, and he sits with the "
    "letter he has been writing for an hour, reading it back in his head in her voice, which "
    "is the only way it sounds true, and wondering whether anyone has ever written to him "
    "like this, or whether he has only ever been the one who writes.")
CHOICES = ["Read it to her out loud, all of it, before you lose your nerve.",
           "Save it and close the screen.", "Ask her what she would change.",
           "Delete the last paragraph and start it again."]
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "ui"


def _app(folder: str, size: tuple[int, int]):
    from game.core.story import Story
    from game.ui.app import App
    from game.ui.scenes.play import PlayScene
    from game.ui.widgets.choices import ChoiceList

    story = Story.open(FIXTURE, seed=1)
    app = App(story, folder, size=size, fullscreen=False, seed=1)
    scene = PlayScene(app)
    app.replace(scene)
    app.run_ticks(200)  # past the chapter card
    scene.box.set_line(LONG_LINE, "Samantha", (242, 164, 119))
    scene.view.samantha.target_presence = 1.0
    scene.choices = ChoiceList(CHOICES)
    scene.relayout()
    return app, scene


def _frame_times(app, scene, frames: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per frame: on a busy machine the wall time includes waiting
    for a core, the CPU time does not, so both are reported."""
    wall, cpu = [], []
    for _ in range(frames):
        if scene.box.done:
            scene.box.shown = 0.0  # keep the typewriter (and Samantha) moving
        app.dirty = True
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.frame(1 / 60)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3)


def _idle(app, scene) -> dict:
    import pygame

    scene.box.complete()
    scene.view.ambient = 0
    app.run_ticks(240)
    drawn = app.run_ticks(300)
    pygame.time.set_timer(pygame.QUIT, 1000, loops=1)
    cpu, wall = time.process_time(), time.perf_counter()
    app.run()  # the real loop: blocks on the event queue until the QUIT timer
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"idle_frames_drawn_in_300_ticks": drawn,
            "idle_cpu_percent": round(100 * cpu / max(wall, 1e-6), 2)}


def bench_ui(quick: bool) -> dict:
    """{"ui_frame_p50_ms", "ui_frame_p99_ms", "idle_redraws", "idle_cpu_percent", …}."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    frames = 240 if quick else 1200
    with tempfile.TemporaryDirectory() as folder:
        try:
            app, scene = _app(folder, (1280, 720))
            _frame_times(app, scene, 30)  # warm caches (fonts, scaled scenes)
            times, cpu = _frame_times(app, scene, frames)
            idle = _idle(app, scene)
        finally:
            pygame.quit()
    return {"ui_size": "1280x720", "ui_frames": frames,
            "ui_frame_p50_ms": round(statistics.median(times), 3),
            "ui_frame_p99_ms": _p99(times), "ui_frame_p99_goal_ms": 4.0,
            "ui_frame_cpu_p50_ms": round(statistics.median(cpu), 3),
            "ui_frame_cpu_p99_ms": _p99(cpu),
            "idle_redraws": idle["idle_frames_drawn_in_300_ticks"],
            "idle_screen_redraws": idle["idle_frames_drawn_in_300_ticks"] > 0,
            "idle_cpu_percent": idle["idle_cpu_percent"]}


if __name__ == "__main__":
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print(json.dumps(bench_ui("--quick" in sys.argv), indent=1))
