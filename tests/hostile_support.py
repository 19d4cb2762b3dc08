"""Shared by the hostile-input tests: a real run file of the mini story recorded headlessly,
and a save folder with one of every file the game reads from it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import MINI
from saves_support import new_session, play_to_choice

from game.core import source as story_source
from game.core.profile import load_profile
from game.core.settings import load_settings
from game.core.story import Story
from game.speedrun.categories import category
from game.speedrun.recorder import RunRecorder, play_headless
from game.speedrun.runfile import seal, write_run
from game.speedrun.verify import story_hash


def mini_run(seed: int = 3) -> dict:
    """An Any% run of the mini story, sealed as the window seals it; verify finds the story by
    the recorded folder."""
    loaded = story_source.load(str(MINI))
    story = Story(loaded.json_text, config=loaded.config, seed=seed, source=loaded.source)
    recorder = play_headless(story, RunRecorder(category(story.config, "any"),
                                                list(story.config.endings)),
                             seed, lambda choices: 0)
    return seal({"category": "any", "seed": seed, "seeded": False, "practice": False,
                 "story": {"hash": story_hash(loaded.json_text), "path": str(MINI)},
                 "inputs": recorder.inputs, "splits": recorder.splits,
                 "endings": recorder.endings, "igt": recorder.igt, "rta": recorder.igt})


def filled_save_dir(folder: Path) -> dict[str, Path]:
    """A save folder with a manual save, a quicksave, a profile, settings and a run file:
    name -> path of each file a loader reads."""
    session = new_session(folder)
    play_to_choice(session, [])
    session.save("1", name="first")
    session.quicksave()
    profile = load_profile(folder)
    profile.record_ending("roof")
    profile.best_times["any"] = {"ticks": 90, "seed": 3, "run": "",
                                 "splits": [["ending:roof", 90]]}
    profile.save()
    settings = load_settings(folder)
    settings.save()
    run = write_run(folder, mini_run())
    return {"save": folder / "1.json", "quick": folder / "quick.json",
            "profile": folder / "profile.json", "settings": folder / "settings.json",
            "run": run}


def document(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
