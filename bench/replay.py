"""Replay verification speed: a full run of the main story, recorded headlessly with the
recorder's timing model, verified by `game.speedrun.verify` as `replay verify` does (story
opened, checksum, re-simulation). Reported as a multiple of real time: the run's in-game time
divided by the time verifying it takes (median of several rounds)."""

from __future__ import annotations

import statistics
import time

from game.core import source as story_source
from game.core.clock import format_ticks
from game.core.story import Story
from game.speedrun.categories import category
from game.speedrun.recorder import RunRecorder, play_headless
from game.speedrun.runfile import checksum, seal
from game.speedrun.verify import open_story_for, story_hash, verify_run


def main_story_run(seed: int = 7) -> dict:
    """An Any% run through every chapter of the main story (the first option at every choice
    reaches `friends` after all nine chapters), as a sealed run file."""
    loaded = story_source.load(None)
    story = Story(loaded.json_text, config=loaded.config, seed=seed, source=loaded.source)
    recorder = play_headless(story, RunRecorder(category(story.config, "any"),
                                                list(story.config.endings)),
                             seed, lambda choices: 0)
    return seal({"category": "any", "seed": seed, "seeded": False, "practice": False,
                 "story": {"hash": story_hash(loaded.json_text), "path": None},
                 "inputs": recorder.inputs, "splits": recorder.splits,
                 "endings": recorder.endings, "igt": recorder.igt, "rta": recorder.igt})


def bench_replay(quick: bool = False) -> dict:
    run = main_story_run()
    rounds = 5 if quick else 11
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        verdict = verify_run(run, run["checksum"] == checksum(run), open_story_for(run))
        samples.append(time.perf_counter() - start)
        if not verdict.ok:
            return {"error": "; ".join(verdict.problems)}
    seconds = statistics.median(samples)
    igt_seconds = run["igt"] / 60
    return {"run_igt": format_ticks(run["igt"]), "inputs": len(run["inputs"]),
            "verify_ms": round(seconds * 1000, 2),
            "times_real_time": round(igt_seconds / seconds, 1), "rounds": rounds}


if __name__ == "__main__":
    print(bench_replay(quick=True))
