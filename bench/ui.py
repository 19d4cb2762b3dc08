"""What the window costs the player, for `python main.py bench`: the shipped story's play scene
in a real X window (Xvfb, when installed: said so in `video`, and when it falls back to SDL's
dummy driver, where presenting costs nothing), at 1280x720 and 1920x1080.

Per size, in a child process of its own (one window per process, as the game has), with the
game's own mixer playing the scene's music and the voices (on SDL's dummy output, which takes
samples at the speed of sound, so its thread costs what it would on a sound card):
* frame: the play scene with a line being typed, her light and the drifting motes (CPU of the
  frame thread, which is what the frame costs on a quiet machine, and wall time), beside the
  floor measured in the same run — presenting a full window and doing nothing else;
* saves as the window makes them: the frame containing F5 and each frame containing an
  autosave, and how long until each save is durable on disk (off the frame thread), beside
  the disk's own floor for the same files (bench.saves.window_saves);
* idle at a choice, once her line has been heard to its end: redraws per second and CPU while
  the ambient animation plays, then redraws once it is still, from the real blocking loop
  (`App.run`), beside the floor: the same loop held at 60 fps with nothing to draw, and held
  so presenting the rectangles the ambient frames presented (the X server's round trip each
  frame, which ambient frames pay too); and the ambient loop again without the motes,
  without her light and without either, so the figure says what each part of it costs;
(Memory across a whole play-through is bench/memory.py's figure, in a process of its own.)
Every figure comes with its goal and, where one exists, the floor, as a ratio. Medians.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.saves import FRAME_GOAL_MS, GOAL_MS, judge_window_saves, window_saves

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1280, 720), (1920, 1080))
GOALS = {"frame_p99_ms": {"1280x720": 4.0, "1920x1080": 6.0}, "save_frame_ms": FRAME_GOAL_MS,
         "save_durable_p99_ms": GOAL_MS, "idle_cpu_percent": 3.0, "still_redraws": 0}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * q))], 3) if ordered else 0.0


def _med(values: list[float]) -> float:
    return round(statistics.median(values), 3) if values else 0.0


# --- the child: one window ---------------------------------------------------------------------
def _post_key(pygame, key: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))


def play_app(folder: str, size: tuple[int, int], *, sound: bool = False):
    """The shipped story's play scene in a window, as `play` makes it; with `sound`, the
    game's own mixer too, opened as `play` opens it (a player's window mixes its music and
    voices on SDL's audio thread while it draws and idles, and that CPU is the process's).
    Returns the App and the scene."""
    from game.core.story import Story
    from game.ui.app import App
    from game.ui.scenes.play import PlayScene

    story = Story.open(ROOT / "story", seed=1)
    mixer = None
    if sound:
        from game.audio import open_audio
        from game.core.settings import load_settings

        names = story.config.character_names
        mixer = open_audio(ROOT / "story", load_settings(folder), names=names,
                           allow_dummy=True)
    app = App(story, folder, size=size, fullscreen=False, seed=1, sound=mixer)
    from game.ui.speedrun.controller import install

    install(app)  # as `play` does for every window: its overlay is there, drawing nothing
    scene = PlayScene(app)
    app.replace(scene)
    return app, scene


def _advance(app, scene, pygame, lines: int) -> None:
    for _ in range(lines):
        if scene.choices is not None:
            _post_key(pygame, pygame.K_1)
        else:
            _post_key(pygame, pygame.K_SPACE)
        app.run_ticks(3)
        if app.top is not scene:
            break


def _advance_to_full_history(app, scene, pygame) -> None:
    from game.core.state import HISTORY_LINES

    for _ in range(4 * HISTORY_LINES):
        if len(scene.play.session.history) >= HISTORY_LINES or app.top is not scene:
            return
        _advance(app, scene, pygame, 1)


def _frames(app, scene, count: int) -> tuple[list[float], list[float]]:
    cpu, wall = [], []
    for _ in range(count):
        if scene.box.done:
            scene.box.shown = 0.0  # keep the typewriter (and her light) moving
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.frame(1 / 60)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return cpu, wall


def _floor(pygame, count: int) -> list[float]:
    """A full-window present and nothing else: what any frame costs at least."""
    cpu = []
    for _ in range(count):
        start = time.thread_time()
        pygame.display.flip()
        cpu.append((time.thread_time() - start) * 1000)
    return cpu


def _idle(app, scene, pygame, seconds: float) -> dict:
    """At a choice: the real loop while the ambient animation plays, then once still."""
    from game.ui import theme

    for _ in range(60):
        if scene.choices is not None or app.top is not scene:
            break
        _post_key(pygame, pygame.K_SPACE)
        app.run_ticks(4)
    scene.box.complete()
    app.run_ticks(2)
    waited = time.monotonic() + 30
    while app.sound.voice_busy() and time.monotonic() < waited:
        time.sleep(0.05)  # her line heard to its end, as a player waiting at the choice has
        app.run_ticks(3)
    app.writer.join()  # the choice's autosave is the save figure's, not idle's
    scene.toast_ticks = 0  # the save figure's last "Quick save made." is not the idle picture
    scene.view.ambient = theme.AMBIENT_TICKS  # as just after the line arrived
    form = scene.view.samantha  # her light there and breathing, as after a line of hers
    form.presence = form.target_presence = 1.0

    def loop(length: float) -> tuple[int, float]:
        drawn = app.frames_drawn
        pygame.time.set_timer(pygame.USEREVENT + 7, int(length * 1000), loops=1)
        quit_on = app.dispatch

        def dispatch(event):  # noqa: ANN001, ANN202 — ends this measuring loop only
            if event.type == pygame.USEREVENT + 7:
                app.running = False
                return False
            return quit_on(event)

        app.dispatch = dispatch
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            app.running = True
            while app.running:  # App.run's loop, without its close() at the end
                app.step(timer)
        finally:
            app.dispatch = quit_on
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        return app.frames_drawn - drawn, round(100 * cpu / max(wall, 1e-6), 2)

    def parts(length: float) -> dict:
        """The same ambient loop without the motes, without her light and without either:
        what each costs of the figure, and (neither) what the frames' own work costs with
        nothing on screen moving."""
        view, out = scene.view, {}
        for name, motes_on, her_on in (("without_motes", False, True),
                                       ("without_her", True, False),
                                       ("without_either", False, False)):
            view.ambient = theme.AMBIENT_TICKS
            form.presence = form.target_presence = 1.0 if her_on else 0.0
            if not motes_on:
                view._mote_strength = lambda: 0.0  # this view's own, for this loop
            app.run_ticks(2)  # the motes or her light gone: those frames redraw where they were
            out[name] = loop(length)[1]
            view.__dict__.pop("_mote_strength", None)
        form.presence = form.target_presence = 1.0
        return out

    def presented(length: float) -> list[list]:
        """The rectangles each ambient frame presents, for the presenting floor (kept in a
        loop of their own: copying them is no part of the figure)."""
        kept, update = [], pygame.display.update

        def keep(rects):  # noqa: ANN001, ANN202
            kept.append([pygame.Rect(rect) for rect in rects])
            update(rects)

        pygame.display.update = keep
        try:
            loop(length)
        finally:
            pygame.display.update = update
        return kept

    timer = pygame.time.Clock()
    timer.tick()
    drawn, cpu = loop(seconds)
    shares = parts(max(1.0, seconds / 2))
    sent = presented(1.0)
    scene.view.ambient = 0
    app.run_ticks(240)  # her light settles
    still, still_cpu = loop(1.0)
    return {"ambient_redraws_per_s": round(drawn / seconds, 1), "ambient_cpu_percent": cpu,
            "ambient_cpu_percent_by_part": shares,
            "still_redraws": still, "still_cpu_percent": still_cpu,
            "floor_60fps_cpu_percent": _loop_floor(app, pygame, 1.0),
            "floor_presenting_cpu_percent": _loop_floor(app, pygame, 2.0, sent),
            "ambient_rects_per_frame": round(sum(map(len, sent)) / max(1, len(sent)), 1)}


def _loop_floor(app, pygame, seconds: float, presents: list[list] | None = None) -> float:
    """The same window kept at 60 frames a second with nothing to draw (the still picture,
    each pass doing its events and ticks of logic): what ambient animation costs at least
    before drawing a pixel, in this run. With `presents` (the rectangles ambient frames
    presented, one list a frame), each pass also presents the next list, drawing nothing
    new: the floor with waking for the X server's round trip every frame, as every ambient
    frame does."""
    timer = pygame.time.Clock()
    timer.tick()
    update, frame = pygame.display.update, 0
    cpu, wall = time.process_time(), time.perf_counter()
    while time.perf_counter() - wall < seconds:
        timer.tick(60)
        app.frame(timer.get_time() / 1000)
        if presents:
            update(presents[frame % len(presents)])
            frame += 1
    return round(100 * (time.process_time() - cpu) / (time.perf_counter() - wall), 2)


def child(size: tuple[int, int], quick: bool) -> dict:
    import pygame

    frames = 240 if quick else 900
    folder = tempfile.mkdtemp(prefix="her-bench-ui-")
    try:
        app, scene = play_app(folder, size, sound=True)
        sound = app.sound.sound
        _advance(app, scene, pygame, 30)
        scene.view.samantha.target_presence = 1.0
        _frames(app, scene, 60)  # warm: fonts, scaled scenes, her glow sizes
        cpu, wall = _frames(app, scene, frames)
        floor = _floor(pygame, frames // 2)
        mixer = pygame.mixer.get_init()
        result = {"video": pygame.display.get_driver(), "frames": frames,
                  "audio": f"{type(sound).__name__} on SDL's '{pygame.mixer.get_driver()}' "
                           f"output" if mixer else type(sound).__name__,
                  "frame_cpu_p50_ms": _med(cpu), "frame_cpu_p99_ms": _pct(cpu, 0.99),
                  "frame_wall_p50_ms": _med(wall), "frame_wall_p99_ms": _pct(wall, 0.99),
                  "whole_window_presents": app.whole_frames,
                  "floor_full_present_p50_ms": _med(floor),
                  "floor_full_present_p99_ms": _pct(floor, 0.99)}
        # saves as late in a play-through as they get: a full history (its rollback states
        # are most of a save), not the few lines read so far
        _advance_to_full_history(app, scene, pygame)
        result["saves"] = window_saves(app, scene, pygame, 8 if quick else 30)
        result["saves"]["history_lines"] = len(scene.play.session.history)
        result["idle"] = _idle(app, scene, pygame, 2.0 if quick else 5.0)
        app.writer.close()
        return result
    finally:
        pygame.quit()
        shutil.rmtree(folder, ignore_errors=True)


# --- the parent: Xvfb, one child per size, goals and ratios -------------------------------------
def _start_xvfb() -> tuple[subprocess.Popen | None, str | None]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None, None
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 10
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        return None, None
    return proc, f":{number.strip().decode()}"


@contextlib.contextmanager
def xvfb_display() -> Iterator[str | None]:
    """A virtual X display (":N") for as long as the block runs, or None when Xvfb is not
    installed; the server is stopped after it."""
    xvfb, display = _start_xvfb()
    try:
        yield display
    finally:
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait()


def bench_ui(quick: bool) -> dict:
    """{"video": …, "1280x720": {...}, "1920x1080": {...}}, each figure beside its goal."""
    with xvfb_display() as display:
        return _bench_ui(quick, display)


def _bench_ui(quick: bool, display: str | None) -> dict:
    env = dict(os.environ, SDL_AUDIODRIVER="dummy")
    if display:
        env.update(DISPLAY=display, SDL_VIDEODRIVER="x11")
        video = f"x11 (Xvfb {display})"
    else:
        env["SDL_VIDEODRIVER"] = "dummy"
        video = "dummy: Xvfb is not installed, so presenting costs nothing here (apt-get " \
                "install xvfb)"
    results: dict = {"video": video, "goals": GOALS}
    for width, height in SIZES:
        name = f"{width}x{height}"
        run = subprocess.run([sys.executable, "-m", "bench.ui", "--child", name,
                              *(["--quick"] if quick else [])], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=1800)
        if run.returncode != 0:
            results[name] = {"error": (run.stderr or run.stdout).strip()[-600:]}
            continue
        figures = json.loads(run.stdout.strip().splitlines()[-1])
        _judge(figures, name)
        results[name] = figures
    return results


def _judge(figures: dict, name: str) -> None:
    """Goals and ratios beside the figures (ratios to the floor of the same run)."""
    goal = GOALS["frame_p99_ms"][name]
    figures["frame_p99_goal_ms"] = goal
    floor = figures["floor_full_present_p50_ms"] or 1e-3
    figures["frame_p50_to_full_present_ratio"] = round(figures["frame_cpu_p50_ms"] / floor, 1)
    figures["frame_ok"] = figures["frame_cpu_p99_ms"] <= goal
    judge_window_saves(figures["saves"])
    idle = figures["idle"]
    idle["cpu_goal_percent"] = GOALS["idle_cpu_percent"]
    idle["ambient_to_floor_ratio"] = round(
        idle["ambient_cpu_percent"] / max(idle["floor_60fps_cpu_percent"], 1e-3), 1)
    idle["ambient_to_presenting_floor_ratio"] = round(
        idle["ambient_cpu_percent"] / max(idle["floor_presenting_cpu_percent"], 1e-3), 1)
    idle["ok"] = (idle["ambient_cpu_percent"] <= GOALS["idle_cpu_percent"]
                  and idle["still_redraws"] == 0 and idle["ambient_redraws_per_s"] >= 50)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--child" in sys.argv:
        w, h = (int(v) for v in sys.argv[sys.argv.index("--child") + 1].split("x"))
        print(json.dumps(child((w, h), "--quick" in sys.argv)))
    else:
        print(json.dumps(bench_ui("--quick" in sys.argv), indent=1))
