"""Saves that take whatever ink allows, and saves whose ink state was made hostile and then
resealed with a valid checksum: an overflowed float survives an autosave and a load; a state
the runtime would panic on is a SaveError that falls back to the slot's previous copy, in the
terminal and in the window."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pygame
from helpers import run_cli
from saves_support import BASE, new_session, play_to_choice
from ui_support import advance_to_choice, new_game, settle

from game import cli
from game.core import savefile
from game.core.story import Story
from game.ui.app import App
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene

OVERFLOW = """VAR x = 1.5
VAR n = 0
Before.
- (grow)
~ x = x * 1000000000.5
~ n = n + 1
{ n < 40: -> grow }
Now {x}.
* [Go on] Still {x}, and {-x}.
-> END
"""


def resume_in_the_terminal(story, saves):  # noqa: ANN001, ANN201
    """`text --load` of the last good save `saves --json` lists, answering 1, as a player
    resumes in the terminal. It must run to the end."""
    listing = json.loads(run_cli("saves", "--json", "--save-dir", str(saves)).stdout)
    autos = [s["slot"] for s in listing["slots"] if s["status"] == "ok"]
    assert autos, listing
    resumed = run_cli("text", "--story", str(story), "--load", autos[-1], "--choose", "1",
                      "--save-dir", str(saves))
    assert resumed.returncode == 0, resumed.stderr
    return resumed


def test_an_overflowed_float_survives_an_autosave_and_a_load(tmp_path):
    story = tmp_path / "overflow.ink"
    story.write_text(OVERFLOW)
    saves = tmp_path / "saves"
    first = run_cli("text", "--story", str(story), "--choose", "1", "--save-dir", str(saves))
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert "Still inf, and -inf." in first.stdout
    resumed = resume_in_the_terminal(story, saves)
    assert "Still inf, and -inf." in resumed.stdout  # the value itself, not a reset to 0


NOT_A_NUMBER = OVERFLOW.replace("VAR n = 0", "VAR n = 0\nVAR y = 0.0").replace(
    "Now {x}.\n* [Go on] Still {x}, and {-x}.",
                                "~ y = x - x\nNow {x} and {y}.\n* [Go on] Still {x}, {-x} and {y}.")
METERS = ("title: Overflow\nmeters:\n  x: {label: Size, min: 0, max: 10}\n"
          "  y: {label: Odd, min: 0, max: 10}\n")


def test_overflow_and_nan_in_meters_survive_the_windows_autosave_and_a_load(tmp_path):
    """The window's autosave at the choice (on its writer thread), with an infinite and a NaN
    global that story.yaml shows as meters; the terminal then loads that autosave and plays
    on with both values as they were."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "main.ink").write_text(NOT_A_NUMBER, encoding="utf-8")
    (story / "story.yaml").write_text(METERS, encoding="utf-8")
    saves = tmp_path / "saves"
    app = App(Story.open(story, seed=1), saves, size=(1280, 720), fullscreen=False, seed=1)
    try:
        app.replace(TitleScene(app))
        app.run_ticks(2)
        play = new_game(app)
        advance_to_choice(app)
        assert play.box.text == "Now inf and NaN."
        app.run_ticks(4)  # the frame that shows the choice asks for its autosave
        play.play.session.slots.flush()
    finally:
        app.close()
        pygame.display.quit()
    resumed = resume_in_the_terminal(story, saves)
    assert "Traceback" not in resumed.stderr
    assert "Still inf, -inf and NaN." in resumed.stdout


def _hostile(path: Path) -> None:
    """Empty the runtime's call stack inside the save and recompute the checksum: the state
    still loads, and the runtime panics when it continues from it."""
    document = json.loads(path.read_text())
    content = document["content"]
    state = json.loads(content["current"]["state"])
    state["flows"]["DEFAULT_FLOW"]["callstack"]["threads"][0]["callstack"] = []
    content["current"]["state"] = json.dumps(state)
    document["checksum"] = "sha256:" + hashlib.sha256(savefile._canonical(content)).hexdigest()  # noqa: SLF001
    path.write_text(json.dumps(document))


def _two_saves(saves: Path) -> None:
    session = new_session(saves)
    play_to_choice(session, [])
    session.save("1", name="older")
    play_to_choice(session, [0])
    session.save("1", name="newer")
    session.slots.flush()
    _hostile(saves / "1.json")


def test_a_hostile_state_in_text_load_falls_back_to_the_previous_copy(tmp_path):
    saves = tmp_path / "saves"
    _two_saves(saves)
    result = run_cli("text", "--story", str(BASE), "--load", "1", "--choose", "1,1,1",
                     "--save-dir", str(saves))
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "previous copy" in result.stderr + result.stdout
    assert "ENDING:" in result.stdout


def test_a_hostile_state_with_no_good_copy_is_one_error(tmp_path):
    saves = tmp_path / "saves"
    _two_saves(saves)
    (saves / "1.json.bak").unlink()
    result = run_cli("text", "--story", str(BASE), "--load", "1", "--save-dir", str(saves))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "save slot '1'" in result.stderr and "damaged" in result.stderr


def test_a_hostile_state_in_play_load_falls_back_to_the_previous_copy(tmp_path, monkeypatch):
    saves = tmp_path / "saves"
    story = tmp_path / "story"
    shutil.copytree(BASE, story)
    _two_saves(saves)
    seen: list = []

    def run(self: App) -> None:
        self.run_ticks(30)
        settle(self)
        seen.append((self.top, getattr(self.top, "toast", "")))

    monkeypatch.setattr(App, "run", run)
    monkeypatch.setattr(pygame, "quit", pygame.display.quit)
    code = cli.main(["play", "--story", str(BASE), "--save-dir", str(saves), "--load", "1"])
    assert code == 0
    scene, toast = seen[0]
    assert isinstance(scene, PlayScene)
    assert "previous" in toast.lower()
