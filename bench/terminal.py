"""The terminal player against the bare runtime over one long path: `main.py text` with its
autosave at every choice (in a fresh save folder, so every save is really written) versus bink
alone reading the same lines and making the same choices. Autosaves must cost little next to
playing: the figure is the ratio, with the process start-up (the same for any command) measured
apart so that it does not hide the saves' share."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_story(scenes: int) -> str:
    """A story of `scenes` scenes in a row, each three lines (one conditional) and three
    options, with an id on every line: a long play-through of ordinary shape."""
    out = ["VAR warmth = 0", "VAR visits = 0", "-> scene_0"]
    for i in range(scenes):
        after = f"scene_{i + 1}" if i + 1 < scenes else "finale"
        out += [f"=== scene_{i} ===", "~ visits = visits + 1",
                f"Samantha: This is scene {i}, and the evening goes on. #id:s{i}a",
                f"He listens to the rain for a while. #id:s{i}b",
                f"{{warmth > 3: She sounds warmer now.|She sounds careful.}} #id:s{i}c",
                "* [Tell her something true.]", "    ~ warmth = warmth + 1",
                f"    Theodore: I missed you today. #id:s{i}d",
                f"* [Change the subject.] Theodore: What's the weather like? #id:s{i}e",
                f"* [Say nothing.] He says nothing. #id:s{i}f",
                f"- -> {after}"]
    out += ["=== finale ===", "It ends. #id:fin", "-> END"]
    return "\n".join(out) + "\n"


def _bare(json_text: str, answers: list[int]) -> float:
    from bink.story import Story as Runtime

    start = time.perf_counter()
    ink = Runtime(json_text)
    pending = list(answers)
    while True:
        while ink.can_continue():
            ink.cont()
        if not len(ink.get_current_choices()) or not pending:
            break
        ink.choose_choice_index(pending.pop(0) - 1)
    return time.perf_counter() - start


def _command(*args: str, check: bool = True) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, check=check,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_terminal(quick: bool) -> dict:
    from game.core.compiler import compile_ink

    choices = 100 if quick else 250
    with tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "long" / "main.ink"
        story.parent.mkdir()
        story.write_text(long_story(choices), encoding="utf-8")
        json_text = compile_ink(story).json_text  # and cached for the commands below
        answers = [1 + i % 3 for i in range(choices)]
        path = ",".join(map(str, answers))
        bare = min(_bare(json_text, answers) for _ in range(3))
        # start-up and compile-cache read: the first scene, then no answer (exit 2)
        idle = min(_command("text", "--story", str(story), "--choose", "", "--save-dir",
                            str(Path(folder) / f"idle{i}"), check=False) for i in range(2))
        played = min(_command("text", "--story", str(story), "--choose", path, "--save-dir",
                              str(Path(folder) / f"saves{i}")) for i in range(2))
    playing = max(played - idle, 1e-6)
    return {"choices": choices, "bare_bink_s": round(bare, 3),
            "text_command_s": round(played, 3), "start_up_s": round(idle, 3),
            "text_minus_start_up_s": round(playing, 3),
            "ratio_to_bare_bink": round(playing / max(bare, 1e-6), 1)}


if __name__ == "__main__":
    print(bench_terminal("--quick" in sys.argv))
