"""Speedrun mode through the real app loop: a scripted run is recorded, written to runs/, and
`python main.py replay verify` re-simulates it to the same ending and in-game time, to the
tick; an edited input or an edited time fails, with or without a recomputed checksum."""

from __future__ import annotations

import json

import pygame
import pytest
from helpers import run_cli
from speedrun_support import play_run, rewrite, speedrun_app, tap
from ui_support import FIXTURE

from game.core.profile import load_profile
from game.speedrun.runfile import read_run
from game.speedrun.verify import verify_run
from game.ui.scenes.play import PlayScene
from game.ui.scenes.settings import SettingsScene


@pytest.fixture
def recorded(tmp_path):
    """An Any% run of the fixture story, played with keys through the App loop."""
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r)  # one key from the title screen: a new Any% run
    assert isinstance(app.top, PlayScene) and controller.running
    play_run(app, [1, 1])  # 0-based: the second option at both choices
    assert controller.recorder.complete
    return app, controller, controller.last_run["path"]


def test_one_key_from_title_starts_an_any_percent_run(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    assert type(app.top).__name__ == "TitleScene" and not controller.running
    tap(app, pygame.K_r)
    assert isinstance(app.top, PlayScene)
    assert controller.running and controller.recorder.category.id == "any"
    assert controller.recorder.inputs[0][:2] == [0, "new"]
    assert app.settings["text_speed"] >= 200  # instant text while speedrun mode is on
    assert app.settings.values["text_speed"] != 200  # …but the stored preference is untouched
    assert app.top.box.done  # the first line is already fully shown


def test_recorded_run_verifies_to_the_same_ending_and_igt(recorded):
    app, controller, path = recorded
    run, intact = read_run(path)
    assert intact and run["endings"] == ["alone"]
    assert run["igt"] == controller.recorder.igt > 0
    assert [s["name"] for s in run["splits"]] == ["chapter:first", "chapter:second",
                                                   "ending:alone"]
    assert run["story"]["hash"].startswith("sha256:") and run["seed"] == controller.seed
    result = run_cli("replay", "verify", str(path), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["endings"] == ["alone"] and report["igt"] == run["igt"]
    text = run_cli("replay", "verify", str(path))
    assert text.returncode == 0 and "ENDING: alone" in text.stdout and "verified" in text.stdout


def test_same_inputs_give_the_same_igt_to_the_tick(tmp_path):
    times = []
    for name in ("one", "two"):
        app, controller = speedrun_app(tmp_path / name, speedrun_seed=42)
        tap(app, pygame.K_r)
        play_run(app, [2, 1], gap=3)
        times.append((controller.recorder.igt, controller.recorder.splits,
                      controller.recorder.inputs))
    igt, splits, inputs = times[0]
    assert igt > 0 and splits and len(inputs) >= 2  # a real run, with both choices in it
    assert times[0] == times[1]


@pytest.mark.parametrize("reseal", [False, True])
def test_an_edited_igt_fails_verification(recorded, reseal):
    """The checksum catches a careless edit; re-simulation catches a resealed one."""
    _, _, path = recorded
    rewrite(path, lambda data: data.update(igt=data["igt"] - 30), reseal=reseal)
    result = run_cli("replay", "verify", str(path))
    assert result.returncode == 1
    assert "the run file says IGT" in result.stdout
    assert ("checksum mismatch" in result.stdout) != reseal


def test_igt_stops_in_menus_while_real_time_goes_on(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    tap(app, pygame.K_r, ticks=10)
    igt, rta = controller.igt, controller.rta
    assert igt == rta == 10
    app.push(SettingsScene(app))
    app.run_ticks(30)
    assert controller.igt == igt and controller.rta == rta + 30
    app.pop()
    app.run_ticks(5)
    assert controller.igt == igt + 5


def test_personal_best_and_best_splits_land_in_the_profile(recorded, tmp_path):
    app, controller, _ = recorded
    best = load_profile(app.save_dir).best_times
    assert best["any"]["ticks"] == controller.recorder.igt
    assert [name for name, _ in best["any"]["splits"]][-1] == "ending:alone"
    assert best["golds:any"]["segments"]
    tap(app, pygame.K_r)  # a slower second run is not a personal best, and says it is behind
    play_run(app, [1, 1], gap=8)
    assert controller.last_run["pb"] is False
    assert controller.comparison.state == "behind" and controller.comparison.delta > 0
    assert load_profile(app.save_dir).best_times["any"]["ticks"] < controller.recorder.igt


def test_all_endings_is_one_run_of_consecutive_play_throughs(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves", speedrun_category="all")
    tap(app, pygame.K_r)
    play_run(app, [0, 0, 0, 1])
    run, intact = read_run(controller.last_run["path"])
    assert run["category"] == "all" and run["endings"] == ["together", "alone"]
    assert [i[1] for i in run["inputs"]].count("new") == 2
    assert verify_run(run, intact).ok


def test_practice_runs_never_count_as_personal_bests(recorded):
    app, controller, _ = recorded
    state = app.marks.state("second")
    assert state is not None
    app.replace(PlayScene(app, state=state))  # chapter select
    assert controller.practice and controller.running
    play_run(app, [1])
    run, intact = read_run(controller.last_run["path"])
    assert run["practice"] and run["inputs"][0][1] == "practice"
    assert verify_run(run, intact).ok
    assert load_profile(app.save_dir).best_times["any"]["ticks"] != run["igt"]


def test_autoplayed_speedrun_from_the_command_line_writes_a_verified_run(tmp_path):
    saves = tmp_path / "saves"
    result = run_cli("play", "--speedrun", "--autoplay", "--exit-on-ending", "--seed", "3",
                     "--story", str(FIXTURE), "--choose", "1,1", "--save-dir", str(saves))
    assert result.returncode == 0, result.stderr
    files = list((saves / "runs").glob("*.herrun"))
    assert len(files) == 1
    verified = run_cli("replay", "verify", str(files[0]))
    assert verified.returncode == 0, verified.stdout
    assert "ENDING: together" in verified.stdout


def test_routes_rank_by_estimated_igt():
    result = run_cli("routes", "--story", str(FIXTURE), "--rank-igt", "--json")
    assert result.returncode == 0, result.stderr
    ranked = json.loads(result.stdout)
    assert {r["ending"] for r in ranked} == {"together", "alone"}
    assert [r["igt_ticks"] for r in ranked] == sorted(r["igt_ticks"] for r in ranked)
    assert all(r["igt_ticks"] > 0 for r in ranked)


def test_clock_keeps_real_time_through_a_stall_but_simulates_at_most_the_cap():
    from game.core.clock import MAX_CATCH_UP, Clock

    clock = Clock()
    simulated = clock.feed(2.0)  # a two-second stall (a slow disk, a dragged window)
    assert simulated == MAX_CATCH_UP and clock.tick == MAX_CATCH_UP
    assert clock.real == 120  # real time (RTA, play time in saves) loses nothing
    clock.advance(3)
    assert (clock.tick, clock.real) == (MAX_CATCH_UP + 3, 123)
