"""Stories that would hang or eat the machine: an empty loop, endless recursion through a
function, a tunnel or a thread, and a string that doubles forever. Each ends its play-through
within a few seconds with a StoryError that names the file, the line and the knot — in the
terminal, in lint and routes, and in the window, which keeps running — and stays under a memory
bound. A story that simply ends at once (item 8) shows its ending screen, not a blank box."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest
from helpers import ROOT
from ui_support import key, play_to_ending, settle

from game.core.errors import StoryError
from game.core.profile import load_profile
from game.core.story import Story
from game.ui.app import App
from game.ui.scenes.ending import EndingScene
from game.ui.scenes.story_error import StoryErrorScene
from game.ui.scenes.title import TitleScene

STORIES = {
    "loop": ("Before.\n-> spin\n\n=== spin ===\n-> spin\n", "spin", 4, "endless loop"),
    "function": ("Before.\n{grow(1)}\n\n=== function grow(x) ===\n~ return grow(x + 1)\n",
                 "grow", 4, "without producing a line"),
    "tunnel": ("Before.\n-> deeper ->\n\n=== deeper ===\n-> deeper ->\n->->\n", "deeper", 4,
               "without producing a line"),
    "thread": ("Before.\n-> weave\n\n=== weave ===\n<- weave\n-> DONE\n", "weave", 4, ""),
    "doubling": ('VAR s = "ab"\nBefore.\n-> double\n\n=== double ===\n~ s = s + s\n'
                 "-> double\n", "double", 5, ""),
    # ink-proof I131's shape: a function passing its `ref` parameter on to itself forever
    # (inkjs dies of "Maximum call stack size exceeded" resolving the pointers)
    "pointer": ("VAR x = 0\nBefore.\n~ bump(x)\nNever.\n\n=== function bump(ref a) ===\n"
                "~ a = a + 1\n~ bump(a)\n", "bump", 6, "calls deep"),
}
# which budget runs out first (time or memory) depends on the machine's speed; either is right
MEMORY_BOUND_MB = 1200  # the budget is 256 MB of growth; one last step may overshoot it


def _write(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.ink"
    path.write_text(STORIES[name][0], encoding="utf-8")
    return path


def _cli(*args: str, **extra_env: str) -> tuple[int, str, str, float, float]:
    """`python main.py ARGS`: exit code, stdout, stderr, seconds and peak memory (MB) of
    that one process."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", **extra_env}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError(f"{args} did not end within 60 s") from None
    seconds = time.perf_counter() - start
    # the largest child this test process has waited for: an upper bound on this one's peak
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return proc.returncode, out, err, seconds, peak


# "doubling" waits out the time or memory budget (~6 s each): it runs with the slow checks;
# test_the_memory_budget_ends_a_value_that_keeps_growing keeps its budget in the default run
SLOW = pytest.mark.slow


@pytest.mark.parametrize("name", [pytest.param(name, marks=SLOW) if name == "doubling" else name
                                  for name in sorted(STORIES)])
def test_a_runaway_story_ends_with_a_named_error_in_the_terminal(tmp_path, name):
    path = _write(tmp_path, name)
    code, out, err, seconds, peak = _cli("text", "--story", str(path), "--save-dir",
                                         str(tmp_path / "saves"))
    assert code == 1
    assert "Traceback" not in err
    knot, line, words = STORIES[name][1:]
    assert f"{name}.ink:{line}: error:" in err, err
    assert f"(in '{knot}')" in err
    assert words in err
    assert seconds < 20
    assert peak < MEMORY_BOUND_MB, f"{peak:.0f} MB"


def test_the_budget_is_what_ends_it(tmp_path):
    """In-process, with a tighter budget: the error comes from the budget and names it."""
    story = Story.open(_write(tmp_path, "loop"), seed=1)
    story.budget = type(story.budget)(seconds=0.3, megabytes=256)
    start = time.perf_counter()
    with pytest.raises(StoryError, match="ran 0 s without producing a line"):
        story.next()
    assert time.perf_counter() - start < 2


def test_the_memory_budget_ends_a_value_that_keeps_growing(tmp_path):
    """With the time budget out of reach, the memory budget alone ends the doubling string,
    well before the time would have, and says how much it grew."""
    story = Story.open(_write(tmp_path, "doubling"), seed=1)
    story.budget = type(story.budget)(seconds=60, megabytes=64)
    start = time.perf_counter()
    with pytest.raises(StoryError, match=r"used \d+ MB more without producing a line") as raised:
        for _ in range(3):
            story.next()
    assert time.perf_counter() - start < 20
    assert "(in 'double')" in raised.value.message
    grown = int(re.search(r"used (\d+) MB", raised.value.message).group(1))
    assert grown < 4 * 64, "the check came late: the string doubles once per step"


@pytest.mark.parametrize("name", ["function", "tunnel", "pointer"])
def test_the_call_depth_limit_ends_endless_recursion_first(tmp_path, name):
    """With time and memory budgets out of reach, the depth limit alone ends it, at once and
    small (the runtime's stack never gets deep enough to take the process down)."""
    story = Story.open(_write(tmp_path, name), seed=1)
    story.budget = type(story.budget)(seconds=8, megabytes=1024, depth=2_000)
    start = time.perf_counter()
    with pytest.raises(StoryError, match="more than 2,000 calls deep") as raised:
        for _ in range(3):
            story.next()
    assert time.perf_counter() - start < 10
    assert f"(in '{STORIES[name][1]}')" in raised.value.message
    assert raised.value.line == STORIES[name][2]


@pytest.mark.parametrize("command, name, words", [("lint", "loop", "endless loop"),
                                                  ("routes", "loop", "endless loop"),
                                                  ("lint", "pointer", "calls deep"),
                                                  ("routes", "function", "calls deep")])
def test_lint_and_routes_report_a_runaway_story_as_an_error(tmp_path, command, name, words):
    path = _write(tmp_path, name)
    code, out, err, seconds, _ = _cli(command, "--story", str(path))
    assert code == 1
    assert "Traceback" not in err
    assert words in out + err
    assert seconds < 30


def _window(tmp_path: Path, story_path: Path) -> App:
    profile = load_profile(tmp_path)
    story = Story.open(story_path, seed=1, seen_endings=profile.endings_seen)
    app = App(story, tmp_path, size=(1280, 720), fullscreen=False, seed=1)
    app.replace(TitleScene(app))
    app.run_ticks(2)
    return app


@pytest.mark.parametrize("name, words", [("loop", "endless loop"), ("pointer", "calls deep"),
                                         ("tunnel", "without producing a line"),
                                         pytest.param("doubling", "without producing a line",
                                                      marks=SLOW)])
def test_the_window_shows_the_error_and_keeps_running(tmp_path, name, words):
    app = _window(tmp_path, _write(tmp_path, name))
    try:
        peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        key(app, pygame.K_RETURN)  # New game
        app.run_ticks(3)
        assert isinstance(app.top, StoryErrorScene)
        assert time.perf_counter() - start < 20
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert peak - peak_before < MEMORY_BOUND_MB, f"{peak - peak_before:.0f} MB more"
        line = STORIES[name][2]
        assert f"{name}.ink:{line}" in app.top.question and words in app.top.question
        assert f"(in '{STORIES[name][1]}')" in app.top.question
        key(app, pygame.K_RETURN)  # Back to the title
        assert isinstance(app.top, TitleScene)
        app.run_ticks(10)  # still running
    finally:
        pygame.display.quit()


@pytest.mark.parametrize("text", ["", "#ending:roof\n-> END\n", "Only this. #ending:roof\n"])
def test_a_story_that_ends_at_once_shows_its_ending_screen(tmp_path, text):
    path = tmp_path / "short.ink"
    path.write_text(text or "-> END\n", encoding="utf-8")
    app = _window(tmp_path, path)
    try:
        key(app, pygame.K_RETURN)  # New game
        settle(app)
        play_to_ending(app, presses=5)
        assert isinstance(app.top, EndingScene), type(app.top).__name__
    finally:
        pygame.display.quit()


@pytest.mark.parametrize("backtrace", ["0", "1"])
@pytest.mark.parametrize("expression, named", [("10 / z", "division by zero"),
                                               ("10 % z", "modulo by zero")])
def test_a_runtime_fault_shows_the_lines_read_and_names_the_fault(tmp_path, expression, named,
                                                                 backtrace):
    """Named once, in words; the runtime's own panic text (and its backtrace, with
    RUST_BACKTRACE=1) is captured, never printed."""
    path = tmp_path / "fault.ink"
    path.write_text(f"VAR z = 0\nBefore.\n-> sums\n=== sums ===\nStill here.\n{{{expression}}}\n"
                    "After.\n", encoding="utf-8")
    code, out, err, seconds, _ = _cli("text", "--story", str(path), "--save-dir",
                                      str(tmp_path / "saves"), RUST_BACKTRACE=backtrace)
    assert code == 1
    # the runtime had made "Still here." (its look-ahead ran into the fault): shown all the same
    assert "Before." in out and "Still here." in out and "After." not in out, out
    assert "Traceback" not in err
    assert "panicked" not in err and "stack backtrace" not in err and "rustc" not in err, err
    assert err.count("runtime error") == 1, err
    # named where it stopped: the knot `sums` (line 4), not where its line began
    assert f"fault.ink:4: error: the story stopped with a runtime error: {named}" in err, err
    assert "(in 'sums')" in err, err


def test_a_whole_number_above_32_bits_is_explained(tmp_path):
    path = tmp_path / "big.ink"
    path.write_text("VAR big = 5000000000\nThe number is {big}.\n", encoding="utf-8")
    code, out, err, _, _ = _cli("text", "--story", str(path), "--save-dir", str(tmp_path / "s"))
    assert code == 1
    assert "Traceback" not in err
    assert "5000000000, larger than the runtime's 32-bit integers" in err


@pytest.mark.parametrize("ink, how", [
    ("Start.\n-> t ->\nAfter.\n-> END\n=== t ===\nInside.\n", "dead_end"),  # no ->->
    ("Start.\n-> t ->\nAfter.\n-> END\n=== t ===\nInside.\n->->\n", "end"),
    ("Start.\n-> t ->\nAfter.\n-> END\n=== t ===\nInside.\n-> DONE\n", "end"),
])
def test_a_tunnel_left_without_its_return_is_a_dead_end(tmp_path, ink, how):
    path = tmp_path / "tunnel.ink"
    path.write_text(ink, encoding="utf-8")
    story = Story.open(path, seed=1)
    beat = story.next()
    while not hasattr(beat, "how"):
        beat = story.next()
    assert beat.how == how


def test_a_tag_only_line_in_a_plain_story_keeps_its_tags_as_inkjs_does(tmp_path):
    """inkjs gives `["", ["alone"]]` for a line that is only a tag; a plain story (no
    story.yaml) passes it on with its tags, while a story of ours treats such tags as cues."""
    path = tmp_path / "plain" / "main.ink"
    path.parent.mkdir()
    path.write_text("Hello.\n#alone\n-> END\n", encoding="utf-8")
    beats = []
    story = Story.open(path, seed=1)
    beat = story.next()
    while not hasattr(beat, "how"):
        beats.append((beat.text, list(beat.tags.raw)))
        beat = story.next()
    assert beats == [("Hello.", []), ("", ["alone"])]
    (path.parent / "story.yaml").write_text("title: Ours\n", encoding="utf-8")
    ours = Story.open(path.parent, seed=1)
    assert ours.next().text == "Hello." and hasattr(ours.next(), "how")
