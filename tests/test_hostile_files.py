"""Hostile but small files: YAML bombs, FIFOs where a file belongs, numbers and text that JSON
allows but the game cannot write back, and run files built to make `replay verify` spin. Each
must give a short error (or a clean reset of one field) at once — never a hang, a traceback or
a message that grows with the input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import MINI, ROOT, run_cli
from hostile_support import document, filled_save_dir, mini_run

from game.core.config import load_config
from game.core.errors import ConfigError, ModError
from game.core.files import read_regular
from game.core.mods import load_manifest
from game.core.profile import load_profile
from game.core.settings import load_settings
from game.speedrun.runfile import MAX_INPUTS, RunFileError, read_run, seal

BOMB = "\n".join(
    ['lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"l{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    + ["title: *a9"]) + "\n"


def refusal_in_a_child(call: str, path: Path) -> tuple[float, str]:
    """(seconds, message) of `call(path)` raising in a process of its own, so that a loader
    that expands the bomb fails this test after ten seconds instead of hanging the suite (and
    its gigabytes go with the killed process)."""
    code = ("import sys, time\n"
            "from game.core.config import load_config\n"
            "from game.core.mods import load_manifest\n"
            "start = time.perf_counter()\n"
            f"try:\n    {call}(sys.argv[1])\nexcept Exception as exc:\n"
            "    print(f'{time.perf_counter() - start:.3f} {type(exc).__name__}: {exc}')\n"
            "else:\n    print('accepted')\n")
    try:
        done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{call} was still reading the YAML bomb after 10 s")
    seconds, _, message = done.stdout.strip().partition(" ")
    assert seconds != "accepted", "the bomb was accepted"
    return float(seconds), message


def test_a_yaml_bomb_in_story_yaml_is_refused_within_a_second(tmp_path):
    (tmp_path / "story.yaml").write_text(BOMB)
    seconds, message = refusal_in_a_child("load_config", tmp_path / "story.yaml")
    assert seconds < 1.0
    assert message.startswith(ConfigError.__name__) and "anchors and aliases" in message
    assert len(message) < 300
    with pytest.raises(ConfigError):  # and in this process too, once it is known to be quick
        load_config(tmp_path / "story.yaml")


def test_a_yaml_bomb_in_mod_yaml_is_refused_within_a_second(tmp_path):
    mod = tmp_path / "bomb"
    mod.mkdir()
    (mod / "mod.yaml").write_text(BOMB.replace("title: *a9", "id: bomb\ntitle: *a9"))
    seconds, message = refusal_in_a_child("load_manifest", mod)
    assert seconds < 1.0
    assert message.startswith(ModError.__name__) and "anchors and aliases" in message
    with pytest.raises(ModError):
        load_manifest(mod)


def test_a_story_yaml_bomb_through_the_command_line_is_one_line(tmp_path):
    story = tmp_path / "story"
    shutil.copytree(MINI, story)
    (story / "story.yaml").write_text(BOMB)
    result = run_cli("text", "--story", str(story), "--save-dir", str(tmp_path / "s"),
                     timeout=30)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "anchors and aliases" in result.stderr + result.stdout


def test_messages_about_a_bad_value_stay_short(tmp_path):
    """A wrong-typed value is named by its key and kind, not printed whole."""
    huge = "[" + ",".join(["1"] * 50_000) + "]"
    (tmp_path / "story.yaml").write_text(f"meters:\n  warmth: {{min: {huge}, max: 3}}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "story.yaml")
    assert "meters.warmth.min" in str(caught.value) and len(str(caught.value)) < 300
    (tmp_path / "story.yaml").write_text("characters:\n  sam: {colour: '" + "z" * 100_000 + "'}\n")
    with pytest.raises(ConfigError, match="characters.sam.colour") as caught:
        load_config(tmp_path / "story.yaml")
    assert len(str(caught.value)) < 300
    (tmp_path / "story.yaml").write_text("endings:\n  " + "x" * 100_000 + "A: {}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "story.yaml")
    assert len(str(caught.value)) < 300


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_is_refused_at_once_by_the_reader():
    import tempfile

    folder = Path(tempfile.mkdtemp())
    fifo = folder / "f"
    os.mkfifo(fifo)
    outcome: list = []

    def read() -> None:
        try:
            outcome.append(read_regular(fifo, 100))
        except OSError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(1.0)
    blocked = reader.is_alive()
    if blocked:  # waiting for a writer: be one, so the thread ends and the test can fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
    shutil.rmtree(folder)
    assert not blocked, "reading a FIFO waited for a writer"
    assert isinstance(outcome[0], OSError) and "not a regular file" in str(outcome[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
@pytest.mark.parametrize("name", ["1.json", "quick.json", "auto-1.json", "1.json.bak",
                                  "profile.json", "settings.json", "ui-scenes.json",
                                  "chapters.json", "1.png", "story.yaml"])
def test_a_fifo_in_the_save_folder_returns_at_once(tmp_path, name):
    files = filled_save_dir(tmp_path)
    assert files["save"].exists()
    target = tmp_path / name
    target.unlink(missing_ok=True)
    os.mkfifo(target)
    result = run_cli("saves", "--json", "--save-dir", str(tmp_path), timeout=30)
    assert "Traceback" not in result.stderr
    listed = {entry["slot"]: entry for entry in json.loads(result.stdout)["slots"]}
    if name.startswith("1.json") or name == "quick.json" or name == "auto-1.json":
        slot = name.split(".")[0]
        assert slot in listed  # the slot is shown (from its other copy, or as unreadable)
    result = run_cli("text", "--story", str(Path(__file__).parent / "fixtures" / "saves"
                                            / "base"), "--load", "1", "--choose", "1,1,1,1",
                     "--save-dir", str(tmp_path), timeout=30)
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_as_a_run_file_returns_at_once(tmp_path):
    os.mkfifo(tmp_path / "run.herrun")
    result = run_cli("replay", "verify", str(tmp_path / "run.herrun"), timeout=30)
    assert result.returncode != 0
    assert "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_among_the_run_files_is_passed_over_at_once(tmp_path):
    files = filled_save_dir(tmp_path)
    os.mkfifo(files["run"].with_name("any-0-00-00-000-fifo.herrun"))
    result = run_cli("runs", "--json", "--save-dir", str(tmp_path), timeout=30)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    listed = [Path(run["file"]).name for run in json.loads(result.stdout)["runs"]]
    assert listed == [files["run"].name]


def test_a_lone_surrogate_in_the_profile_resets_that_field_only(tmp_path):
    files = filled_save_dir(tmp_path)
    # written as JSON's escape, with the checksum recomputed as a forger would
    _reseal_profile(files["profile"], lambda data: data.update(chapters_seen=["\ud800"]))
    profile = load_profile(tmp_path)
    profile.record_ending("lamp")
    profile.save()  # used to raise UnicodeEncodeError at every later save
    again = load_profile(tmp_path)
    assert {"roof", "lamp"} <= set(again.endings_seen)


def _reseal_profile(path: Path, change) -> None:  # noqa: ANN001
    from game.core import profile as profile_module

    data = document(path)
    change(data)
    content = {name: data[name] for name in profile_module.FIELDS if name in data}
    data["checksum"] = profile_module._checksum(content)  # noqa: SLF001 — a forger's edit
    path.write_text(json.dumps(data, ensure_ascii=True).replace("1e+999", "1e999"))


@pytest.mark.parametrize("bad", ["1e999", "\ud800", {"a": 1}, [1, 2], -5, 2**80])
def test_hostile_best_times_with_a_valid_checksum_reset_alone(tmp_path, bad):
    files = filled_save_dir(tmp_path)
    value = float("inf") if bad == "1e999" else bad

    def change(data: dict) -> None:
        data["best_times"]["any"]["splits"] = [["ending:roof", value]]
        data["best_times"]["golds:any"] = {"ticks": 0, "segments": {"0:ending:roof": value}}

    _reseal_profile(files["profile"], change)
    for _ in range(3):  # three sessions: the endings seen must survive them all
        profile = load_profile(tmp_path)
        assert "roof" in profile.endings_seen
        assert "golds:any" not in profile.best_times
        profile.save()
    assert json.loads(files["profile"].read_text())["endings_seen"] == ["roof"]


def test_hostile_best_times_never_reach_the_speedrun_window(tmp_path):
    """A personal best whose splits and golds hold a string where a time belongs (the
    checksum recomputed): the next run is timed against no such best, and its split list
    draws, instead of the window crashing on the first comparison."""
    bad = "late"
    import pygame
    from speedrun_support import play_run, speedrun_app, tap

    saves = tmp_path / "saves"
    app, _ = speedrun_app(saves)
    tap(app, pygame.K_r)
    play_run(app, [1, 1])  # a personal best, with its splits and golds
    app.close()
    pygame.display.quit()
    assert "any" in document(saves / "profile.json")["best_times"]

    def change(data: dict) -> None:
        for record in data["best_times"].values():
            if "splits" in record:
                record["splits"] = [[name, bad] for name, _ in record["splits"]]
            if "segments" in record:
                record["segments"] = {name: bad for name in record["segments"]}

    _reseal_profile(saves / "profile.json", change)
    app, controller = speedrun_app(saves)
    try:
        tap(app, pygame.K_r)
        play_run(app, [1, 1])
        app.draw()
        assert controller.recorder.splits
    finally:
        app.close()
        pygame.display.quit()


def test_settings_with_infinity_and_surrogates_reset_those_settings(tmp_path):
    files = filled_save_dir(tmp_path)
    data = document(files["settings"])
    data["music_volume"] = float("inf")
    data["character_volumes"] = {"\ud800": 0.5}
    files["settings"].write_text(json.dumps(data).replace("Infinity", "1e999"))
    settings = load_settings(tmp_path)
    assert settings["music_volume"] != float("inf")
    assert settings["character_volumes"] == {}
    assert all(len(message) < 400 for message in settings.messages)
    settings.save()
    assert load_settings(tmp_path).messages == []


@pytest.mark.parametrize("case", ["surrogate", "1e999", "deep", "inputs", "nan"])
def test_replay_verify_refuses_hostile_run_files_in_one_line(tmp_path, case):
    run = mini_run()
    path = tmp_path / "run.herrun"
    if case == "inputs":
        run["inputs"] = run["inputs"] + [[10**6, "a"]] * (MAX_INPUTS + 1)
        text = json.dumps(seal({k: v for k, v in run.items() if k != "checksum"}))
    else:
        marker = {"surrogate": '"\\udc80"', "1e999": "1e999", "deep": "[" * 5000 + "]" * 5000,
                  "nan": "NaN"}[case]
        text = json.dumps(run).replace('"category": "any"', f'"category": {marker}')
    path.write_text(text)
    start = time.perf_counter()
    with pytest.raises(RunFileError):
        read_run(path)
    result = run_cli("replay", "verify", str(path), timeout=60)
    assert time.perf_counter() - start < 30
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_untouched_run_still_verifies(tmp_path):
    path = tmp_path / "run.herrun"
    path.write_text(json.dumps(mini_run()))
    result = run_cli("replay", "verify", str(path), timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
