"""What a leaderboard moderator needs: every forgery of a run file is refused by
`python main.py replay verify` with a reason that names it — with the checksum recomputed, as a
cheater would — and the speedrun rules hold in the live game (held keys and key repeat do not
advance; inputs closer than the rules allow are not taken), through the real App loop."""

from __future__ import annotations

import json
import shutil
import time

import pygame
import pytest
from helpers import run_cli
from speedrun_support import play_run, rewrite, speedrun_app, tap
from ui_support import FIXTURE, key, key_up

from game.core.profile import load_profile
from game.core.story import Story
from game.speedrun import rules
from game.speedrun.runfile import read_run, seal, write_run
from game.speedrun.verify import verify_run
from game.ui.app import App
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene
from game.ui.speedrun.controller import install


@pytest.fixture
def recorded(tmp_path):
    """A genuine Any% run of the fixture story, tapped through the App loop."""
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r)
    play_run(app, [1, 1])  # 0-based: the second option at both choices -> alone
    assert controller.recorder.complete
    return app, controller, controller.last_run["path"]


def verify(path) -> tuple[int, str]:  # noqa: ANN001
    result = run_cli("replay", "verify", str(path))
    return result.returncode, result.stdout + result.stderr


def failures(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("FAILED: ")]


def test_a_genuine_run_verifies_and_says_what_it_checked(recorded):
    _, controller, path = recorded
    code, out = verify(path)
    assert code == 0, out
    assert "story: Small Hours" in out and "sha256:" in out
    assert "game: 0." in out and "bink: " in out
    assert "category: Any% (any)" in out and f"seed: {controller.seed}" in out
    assert "ENDING: alone" in out and "RTA: " in out and out.rstrip().endswith("verified")
    report = json.loads(run_cli("replay", "verify", str(path), "--json").stdout)
    assert report["ok"] and report["verdict"] == "verified" and report["checksum_ok"]
    assert report["story_checked"]["hash"].startswith("sha256:")
    assert report["igt"] == controller.recorder.igt and report["rta"] >= report["igt"]


def test_an_edited_choice_is_refused(recorded):
    _, _, path = recorded

    def pick_the_other_choice(data):
        [e for e in data["inputs"] if e[1] == "c"][-1][2] = 0
    rewrite(path, pick_the_other_choice, reseal=True)
    code, out = verify(path)
    assert code == 1 and "checksum" not in out
    assert failures(out) == ["FAILED: the run file says it reached ['alone'], but its inputs "
                             "reach ['together']"]


def test_an_edited_tick_is_refused_naming_the_input(recorded):
    _, _, path = recorded
    run, _ = read_run(path)
    number = len(run["inputs"])
    previous = run["inputs"][-2][0]
    rewrite(path, lambda data: data["inputs"][-1].__setitem__(0, previous + 1), reseal=True)
    code, out = verify(path)
    assert code == 1
    assert f"FAILED: input {number} at tick {previous + 1}: 1 tick after the previous one; " \
           f"the game accepts one per {rules.MIN_GAP}" in out


def test_an_edited_tick_that_keeps_the_gap_is_refused_by_the_time(recorded):
    _, _, path = recorded
    run, _ = read_run(path)
    gap = run["inputs"][-1][0] - run["inputs"][-2][0]
    assert gap > rules.MIN_GAP
    rewrite(path, lambda data: data["inputs"][-1].__setitem__(0, data["inputs"][-1][0] - 1),
            reseal=True)
    code, out = verify(path)
    assert code == 1
    assert f"the run file says IGT {_ticks(run['igt'])}, but its inputs finish at " \
           f"{_ticks(run['igt'] - 1)}" in out


@pytest.mark.parametrize(("forged", "title"), [("ending:together", "Together"),
                                               ("all", "All Endings")])
def test_an_edited_category_is_refused_by_name(recorded, forged, title):
    _, _, path = recorded
    rewrite(path, lambda data: data.update(category=forged), reseal=True)
    code, out = verify(path)
    assert code == 1
    assert f"FAILED: the inputs never complete {title} ({forged}): they reach alone" in out
    assert "none" not in out.lower()  # no "in-game time none != recorded"


def test_an_unknown_category_is_refused_by_name(recorded):
    _, _, path = recorded
    rewrite(path, lambda data: data.update(category="glitchless"), reseal=True)
    code, out = verify(path)
    assert code == 1 and "category 'glitchless' is not one this story offers" in out


def test_an_edited_rta_is_refused(recorded):
    _, _, path = recorded
    run, _ = read_run(path)
    rewrite(path, lambda data: data.update(rta=data["rta"] - 20), reseal=True)
    code, out = verify(path)
    assert code == 1
    assert f"FAILED: RTA {_ticks(run['rta'] - 20)} is not the real time at the final split, " \
           f"{_ticks(run['rta'])}" in out


def test_an_rta_faster_than_the_game_is_refused_even_when_consistent(recorded):
    _, _, path = recorded

    def shrink(data):
        for split in data["splits"]:
            split["rta"] = split["igt"] // 2
        data["rta"] = data["splits"][-1]["rta"]
    rewrite(path, shrink, reseal=True)
    code, out = verify(path)
    assert code == 1 and "real time cannot run slower than the game's" in out


def test_made_up_rapid_inputs_are_refused_at_the_first_one(tmp_path):
    """A list of inputs one tick apart, as the old verify accepted, sealed properly."""
    story = Story.open(FIXTURE, seed=9)
    hash_ = read_hash(tmp_path)
    inputs = [[0, "new", 9]] + [[tick, "a"] for tick in range(1, 40)]
    path = write_run(tmp_path, {
        "category": "any", "seed": 9, "seeded": False, "practice": False,
        "story": {"title": "Small Hours", "hash": hash_, "path": str(FIXTURE)},
        "inputs": inputs, "splits": [], "endings": ["alone"], "igt": 35, "rta": 35})
    assert story is not None
    code, out = verify(path)
    assert code == 1
    assert failures(out) == [f"FAILED: input 3 at tick 2: 1 tick after the previous one; the "
                             f"game accepts one per {rules.MIN_GAP}"]


def read_hash(tmp_path) -> str:  # noqa: ANN001
    from game.speedrun.verify import story_hash
    return story_hash((FIXTURE / "main.json").read_text(encoding="utf-8"))


def test_a_hot_reload_mid_run_voids_it_and_verify_names_it(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(FIXTURE, folder)
    saves = tmp_path / "saves"
    profile = load_profile(saves)
    story = Story.open(folder, seed=1, seen_endings=profile.endings_seen)
    app = App(story, saves, size=(1280, 720), fullscreen=False, seed=1)
    app.replace(TitleScene(app))
    controller = install(app, forced=True)
    tap(app, pygame.K_r, ticks=5)
    tap(app, pygame.K_SPACE, ticks=5)
    assert controller.running
    ink = folder / "main.ink"
    ink.write_text(ink.read_text(encoding="utf-8").replace("Tell me something true.",
                                                           "Tell me something."), "utf-8")
    key(app, pygame.K_r, mod=pygame.KMOD_SHIFT, ticks=1)  # Shift+R: reload now
    deadline = time.monotonic() + 20
    while app.story is story and time.monotonic() < deadline:  # it builds on its own thread
        app.run_ticks(1)
        time.sleep(0.01)
    assert app.story is not story  # the edited build is playing now
    app.run_ticks(2)
    assert not controller.running and "hot-reloaded" in controller.void_reason
    files = list((saves / "runs").glob("*.herrun"))
    assert len(files) == 1
    code, out = verify(files[0])  # the build it began on is gone from the folder, too
    assert code == 1
    assert "FAILED: the run is void: the story was hot-reloaded" in out
    result = run_cli("replay", "verify", str(files[0]), "--story", str(FIXTURE))  # that build
    assert result.returncode == 1
    assert "the run is void from here: the story was hot-reloaded" in result.stdout
    # a cheater deletes the mark and reseals: the run then never finishes its category
    rewrite(files[0], lambda data: (data.pop("void"), data["inputs"].pop()), reseal=True)
    result = run_cli("replay", "verify", str(files[0]), "--story", str(FIXTURE))
    assert result.returncode == 1
    assert "the inputs never complete Any% (any)" in result.stdout


def test_a_save_or_a_load_voids_the_run(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r, ticks=5)
    app.top.save_exit()  # the place kept on leaving for a menu is not a save of the player's
    assert controller.running
    app.top.quicksave()  # F5
    assert controller.void_reason == "a save was made (quick)"
    assert not controller.running
    tap(app, pygame.K_r, ticks=5)  # a new run, then a load by any path: the session's event
    assert controller.running
    app.top.quickload()
    assert controller.void_reason == rules.void_reason("load", "quick")
    assert not controller.running


def test_the_play_scene_knows_nothing_of_speedrun_mode():
    # the run subscribes to the session's events and gates its advance path; the play scene
    # only makes a Session and tells the app
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "game" / "ui" / "scenes" /
              "play.py").read_text(encoding="utf-8")
    assert "speedrun" not in source.lower()


def test_held_keys_and_key_repeat_do_not_advance(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r, ticks=5)
    recorder = controller.recorder
    start = len(recorder.inputs)
    key(app, pygame.K_SPACE, ticks=5)  # down...
    assert len(recorder.inputs) == start + 1
    shown = app.top.box.text if hasattr(app.top.box, "text") else None
    for _ in range(5):  # ...and the OS repeating it while it is held: nothing moves
        key(app, pygame.K_SPACE, ticks=5)
    assert len(recorder.inputs) == start + 1
    if shown is not None:
        assert app.top.box.text == shown
    key_up(app, pygame.K_SPACE, ticks=5)
    key(app, pygame.K_SPACE, ticks=5)  # a new press after the key came up does advance
    assert len(recorder.inputs) == start + 2
    assert [entry[1] for entry in recorder.inputs[start:]] == ["a", "a"]


def test_presses_closer_than_the_rules_allow_are_not_taken(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r, ticks=5)
    recorder = controller.recorder
    start = len(recorder.inputs)
    tap(app, pygame.K_SPACE, ticks=1)
    tap(app, pygame.K_RETURN, ticks=1)  # two keys rolled 1 tick apart: the second is too soon
    assert len(recorder.inputs) == start + 1
    tap(app, pygame.K_RETURN, ticks=1)  # 2 ticks: still too soon
    assert len(recorder.inputs) == start + 1
    tap(app, pygame.K_RETURN, ticks=1)  # 3 ticks after: taken
    assert len(recorder.inputs) == start + 2
    ticks = [entry[0] for entry in recorder.inputs[start:]]
    assert ticks[1] - ticks[0] == rules.MIN_GAP


def test_a_held_skip_key_steps_at_the_fixed_rate_and_verifies(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r, ticks=5)
    key(app, pygame.K_LCTRL, ticks=60)  # held: skip, at SKIP_EVERY, up to the first choice
    key_up(app, pygame.K_LCTRL, ticks=2)
    recorder = controller.recorder
    steps = [entry[0] for entry in recorder.inputs if entry[1] == "s"]
    assert len(steps) >= 2
    assert all(b - a >= rules.SKIP_EVERY for a, b in zip(steps, steps[1:], strict=False))
    assert isinstance(app.top, PlayScene) and app.top.choices is not None
    play_run(app, [1, 1])
    run, intact = read_run(controller.last_run["path"])
    assert verify_run(run, intact).ok


def test_a_version_1_run_file_is_refused_plainly(tmp_path):
    data = seal({"category": "any", "inputs": []})
    data["version"] = 1
    path = tmp_path / "old.herrun"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("replay", "verify", str(path))
    assert result.returncode == 1 and "version 1 is not supported" in result.stderr


def _ticks(ticks: int) -> str:
    from game.core.clock import format_ticks
    return f"{format_ticks(ticks)} ({ticks} ticks)"
