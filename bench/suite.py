"""`python main.py bench [--json] [--quick]`: figures, measured in one run, quoted as medians
and as ratios against a baseline measured alongside (never absolute thresholds in tests).

Each area contributes a function returning a dict of figures; areas whose module is missing
are reported as skipped rather than failing the suite.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import random
import statistics
import time
from pathlib import Path

from bink.story import Story as RawInk

from game.core import source as story_source
from game.core.story import Choices, Line, Story

_INTERCEPT_TAIL = Path("shared", "third_party", "the-intercept", "TheIntercept.ink")
# beside the checkout, or beside one of its parents (a git worktree sits deeper)
INTERCEPT = next((parent / _INTERCEPT_TAIL for parent in Path(__file__).resolve().parents[1:]
                  if (parent / _INTERCEPT_TAIL).is_file()),
                 Path(__file__).resolve().parents[2] / _INTERCEPT_TAIL)


ENGINE_GOAL = 0.9  # lines/s through Story.next against a bare bink continue loop


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def bench_load(json_text: str, rounds: int) -> dict:
    """Time to turn compiled JSON into a playable story: raw bink, and our Story on top."""
    raw, ours = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        RawInk(json_text)
        raw.append(time.perf_counter() - start)
        start = time.perf_counter()
        Story(json_text, seed=1)
        ours.append(time.perf_counter() - start)
    return {"raw_bink_ms": _median_ms(raw), "engine_ms": _median_ms(ours),
            "bytes": len(json_text)}


def _raw_playthroughs(json_text: str, runs: int, seed: int) -> tuple[int, float]:
    """The baseline: bink driven directly, reading each line's text and tags, choosing by the
    same random sequence as the engine run."""
    ink = RawInk(json_text)
    ink.set_allow_external_function_fallbacks(True)
    rng = random.Random(seed)
    lines = 0
    elapsed = 0.0
    for _ in range(runs):
        ink.reset_state()
        start = time.thread_time()
        while True:
            while ink.can_continue():
                ink.cont()
                list(ink.get_current_tags())
                lines += 1
            choices = ink.get_current_choices()
            if not len(choices):
                break
            texts = [choices[i] for i in range(len(choices))]
            ink.choose_choice_index(rng.randrange(len(texts)))
        elapsed += time.thread_time() - start
    return lines, elapsed


def _engine_playthroughs(json_text: str, runs: int, seed: int) -> tuple[int, float]:
    story = Story(json_text, seed=1)
    story.reset(1)
    story.compiled.knots  # noqa: B018 — built once per story; not per play-through
    rng = random.Random(seed)
    lines = 0
    elapsed = 0.0
    for _ in range(runs):
        story.reset(1)  # seeding a new play-through is timed on its own, in bench_reset
        start = time.thread_time()
        while True:
            beat = story.next()
            if isinstance(beat, Line):
                lines += 1
            elif isinstance(beat, Choices):
                story.choose(rng.randrange(len(beat)))
            else:
                break
        elapsed += time.thread_time() - start
    return lines, elapsed


def bench_reset(json_text: str, rounds: int) -> dict:
    """Starting a seeded play-through (what `reset` adds over bink's own reset_state)."""
    story = Story(json_text, seed=1)
    samples = []
    for index in range(rounds * 20):
        start = time.perf_counter()
        story.reset(index)
        samples.append(time.perf_counter() - start)
    return {"new_playthrough_ms": _median_ms(samples)}


def bench_throughput(json_text: str, rounds: int, runs: int) -> dict:
    """Lines per second, engine against raw bink, interleaved round by round so both see the
    same machine load; the ratio is of the medians. Both are timed in the CPU time of this
    thread (a play-through is single-threaded Python and runtime), so what other processes on
    a shared machine take from it is not billed to either. Both play the very same
    play-throughs (same choices), and both are rated by the runtime's line count — the engine
    hides blank lines from players, which must not count as lost throughput."""
    raw_rates, engine_rates, ratios = [], [], []
    for round_index in range(rounds):
        # alternate which goes first, so neither always gets the warmer cache
        order = (_raw_playthroughs, _engine_playthroughs)[:: 1 if round_index % 2 else -1]
        timed = {}
        for run in order:
            gc.collect()  # garbage from earlier benchmarks must not be billed to this one
            timed[run] = run(json_text, runs, round_index)
        lines = timed[_raw_playthroughs][0]
        raw_rates.append(lines / timed[_raw_playthroughs][1])
        engine_rates.append(lines / timed[_engine_playthroughs][1])
        ratios.append(engine_rates[-1] / raw_rates[-1])
    ratio = statistics.median(ratios)
    return {"raw_bink_lines_per_s": round(statistics.median(raw_rates)),
            "engine_lines_per_s": round(statistics.median(engine_rates)),
            "ratio": round(ratio, 3), "rounds": rounds, "goal": ENGINE_GOAL,
            "ok": ratio >= ENGINE_GOAL}


def _area(module: str, function: str, quick: bool) -> dict:
    try:
        run = getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError) as exc:
        return {"skipped": f"{module}.{function} is not available ({exc})"}
    return run(quick)


def run_suite(quick: bool = False) -> dict:
    rounds = 5 if quick else 11
    results: dict = {}
    stories = {"the_intercept": INTERCEPT, "her": None}
    loaded = {name: story_source.load(path) for name, path in stories.items()}
    results["load"] = {name: bench_load(story.json_text, rounds) for name, story in loaded.items()}
    results["throughput_the_intercept"] = bench_throughput(loaded["the_intercept"].json_text,
                                                           rounds, 5 if quick else 20)
    results["throughput_her"] = bench_throughput(loaded["her"].json_text, rounds,
                                                 5 if quick else 20)
    results["reset"] = {name: bench_reset(story.json_text, rounds)
                        for name, story in loaded.items()}
    results["routes"] = _area("bench.routes", "bench_routes", quick)
    results["ui"] = _area("bench.ui", "bench_ui", quick)
    results["saves"] = _area("bench.saves", "bench_saves", quick)
    results["replay"] = _area("bench.replay", "bench_replay", quick)
    results["terminal"] = _area("bench.terminal", "bench_terminal", quick)
    results["startup"] = _area("bench.startup", "bench_startup", quick)
    results["memory"] = _area("bench.memory", "bench_memory", quick)
    return results


def _print_table(results: dict, prefix: str = "") -> None:
    for key, value in results.items():
        if isinstance(value, dict):
            _print_table(value, f"{prefix}{key}.")
        else:
            print(f"{prefix}{key:<40} {value}")


def bench_command(args: argparse.Namespace) -> int:
    results = run_suite(quick=args.quick)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        _print_table(results)
    return 0
