"""Start-up as the player gets it: process start to the title's first frame presented with
input polled (`play`, which stops there when HER_QUIT_AFTER_FIRST_FRAME is set and says when
on stderr), beside a floor measured in the same run — a bare Python that imports pygame and
bink, opens a window of the same size, polls input once and presents one frame. Both open a real X
window when Xvfb is installed, finding the display as a player's game does (no SDL_VIDEODRIVER:
`play` then checks the display first), else SDL's dummy driver (said so in `driver`). Both are
timed from launch to that frame on the clock processes share (CLOCK_MONOTONIC), so closing
the window and exiting are not counted for either (`process_s` is the whole process, for
reference). Twice over: a new player (an empty save folder) and a returning one (a folder a
play-through of the shipped story left: its ten autosaves, a quick save, the chapters'
saves, the profile), each round's three launches back to back.
Python's bytecode is cached, as in an installed game, in a folder of this run's
own (one warm-up run each), even where PYTHONDONTWRITEBYTECODE is set; so are the game's own
caches (the warm-up is its first launch, timed apart as `first_launch_s`). The floor and the
game take turns, round by round, so both meet the same moments of a shared machine; the load
average before and after is reported beside them. And `--help`, beside a
bare `python -c pass`, whole processes. The game has a sound device (SDL's disk output unless
SDL_AUDIODRIVER says otherwise), as a player's has; the floor opens none. Wall time, medians."""

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

FLOOR = ("import os, pygame, bink, sys, time\n"
         # the window presented as the game presents it (through X's shared memory), or
         # making a texture to present through would be most of this floor
         "os.environ.setdefault('SDL_FRAMEBUFFER_ACCELERATION', '0')\n"
         "pygame.display.init()\n"
         "window = pygame.display.set_mode((1280, 720))\n"
         "pygame.event.get()\n"
         "window.fill((40, 20, 30))\n"
         "pygame.display.flip()\n"
         "print(f'first frame presented at {time.monotonic():.6f} after '\n"
         "      f'{time.process_time():.6f} s of CPU', file=sys.stderr)\n")
MARK = "first frame presented at "


def _first_frame(command: list[str], env: dict) -> tuple[float, float, float]:
    """Seconds from launch to the first frame presented and to the process's exit, and of CPU
    the process had used by that frame (less swayed by a busy machine than wall time, though
    it misses the interpreter's start before Python code runs)."""
    start = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False, timeout=120)
    exited = time.monotonic() - start
    marks = [line for line in done.stderr.splitlines() if line.startswith(MARK)]
    if not marks:
        raise RuntimeError(f"{command[1]} never presented a frame: {done.stderr[-300:]}")
    words = marks[-1][len(MARK):].split()
    return float(words[0]) - start, exited, float(words[2])


def _rounds(commands: dict[str, list[str]], env: dict, rounds: int) -> dict[str, list]:
    """Each round each command (the floor first), one after the other: all meet the same
    moment of a shared machine, and each round's ratio is its own."""
    samples: dict[str, list] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            samples[name].append(_first_frame(command, env))
    return samples


def returning_folder(root: Path, choices: int = 40) -> Path:
    """The save folder a returning player has: the shipped story played `choices` choices in
    by the game's own Session (an autosave at each choice, the ring of ten full, a chapter's
    save at each chapter), a quick save, the profile. The game's own path, not a fixture, so
    the title reads what a real folder holds."""
    from game.commands.play import resolve
    from game.core.session import Session
    from game.core.story import Choices, EndingReached, Story
    from game.core.storyfiles import story_save_dir

    folder = story_save_dir(root, resolve(None))
    session = Session(Story.open(ROOT / "story", seed=1), folder)
    made = 0
    while made < choices:
        beat = session.next()
        if isinstance(beat, EndingReached):
            break
        if isinstance(beat, Choices):
            session.choose(made % len(beat))
            made += 1
    session.save("quick")
    session.slots.flush()
    return folder


def _wall(command: list[str], env: dict, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False, timeout=120)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_startup(quick: bool) -> dict:
    from bench.ui import xvfb_display

    # a real X display when Xvfb is installed, found as a player's is (no SDL_VIDEODRIVER:
    # `play` checks the display first, as it does for a player); SDL's dummy driver if not
    with xvfb_display() as display:
        return _startup(quick, display)


def _startup(quick: bool, display: str | None) -> dict:
    rounds = 5 if quick else 11
    env = dict(os.environ, SDL_AUDIODRIVER=os.environ.get("SDL_AUDIODRIVER", "disk"),
               HER_QUIT_AFTER_FIRST_FRAME="1")
    if display is not None:
        env["DISPLAY"] = display
        env.pop("SDL_VIDEODRIVER", None)
        driver = f"x11 (Xvfb {display})"
    else:
        env.setdefault("SDL_VIDEODRIVER", "dummy")
        driver = env["SDL_VIDEODRIVER"] + (" (Xvfb is not installed: apt-get install xvfb)"
                                           if env["SDL_VIDEODRIVER"] == "dummy" else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as saves, tempfile.TemporaryDirectory() as bytecode, \
            tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = bytecode
        # the game's caches (a current build's memo, story.yaml's reading, the title's
        # painting) start empty and are written by the warm-up run, as by a first launch
        env["HER_CACHE_DIR"] = cache
        # SDL's disk output: to the game a sound device like any (it opens its mixer, reads
        # the voice manifest, queues the effects), mixing in real time into a scratch file
        env.setdefault("SDL_DISKAUDIOFILE", os.path.join(saves, "audio.raw"))
        back = os.path.join(saves, "returning")
        returning_folder(Path(back))

        def play(folder: str) -> list[str]:
            return [sys.executable, str(ROOT / "main.py"), "play", "--save-dir", folder,
                    "--size", "1280x720"]

        game, floor_command = play(os.path.join(saves, "new")), [sys.executable, "-c", FLOOR]
        _first_frame(floor_command, env)  # warm-up: bytecode written, files cached
        first_launch = _first_frame(game, env)[0]
        _first_frame(play(back), env)
        samples = _rounds({"floor": floor_command, "game": game, "returning": play(back)},
                          env, rounds)
        bare = _wall([sys.executable, "-c", "pass"], env, rounds)
        helped = _wall([sys.executable, str(ROOT / "main.py"), "--help"], env, rounds)
    median = statistics.median

    def medians(runs: list) -> tuple[float, ...]:
        return tuple(median(column) for column in zip(*runs, strict=True))

    cold, cold_exit, cold_cpu = medians(samples["game"])
    floor, floor_exit, floor_cpu = medians(samples["floor"])
    back, _, back_cpu = medians(samples["returning"])
    ratio = cold / floor if floor else float("inf")
    back_ratio = back / floor if floor else float("inf")
    each = [g[0] / f[0] for g, f in zip(samples["game"], samples["floor"], strict=True)]
    return {"driver": driver, "audio": env["SDL_AUDIODRIVER"],
            "bytecode": "cached (one warm-up run each)", "rounds": rounds,
            "interleaved": "floor, then game, each round",
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
            "process_s": round(cold_exit, 3), "floor_process_s": round(floor_exit, 3),
            "cpu_to_first_frame_s": round(cold_cpu, 3), "floor_cpu_s": round(floor_cpu, 3),
            "cpu_ratio": round(cold_cpu / floor_cpu, 2) if floor_cpu else None,
            "cold_start_s": round(cold, 3), "floor_s": round(floor, 3),
            "first_launch_s": round(first_launch, 3),
            "ratio": round(ratio, 2), "round_ratio_median": round(median(each), 2),
            "returning_s": round(back, 3), "returning_ratio": round(back_ratio, 2),
            "returning_cpu_s": round(back_cpu, 3),
            "goal": COLD_START_GOAL,
            "ok": ratio <= COLD_START_GOAL and back_ratio <= COLD_START_GOAL,
            "help_s": round(helped, 3), "bare_python_s": round(bare, 3),
            "help_goal_s": HELP_GOAL_S, "help_ok": helped <= HELP_GOAL_S}
