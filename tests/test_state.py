"""One play state (issue 11), through the real app loop and the command line: rollback puts
back the whole state and a save of it keeps that; an ending reached in the window counts for
has_seen() in the next New game; the verifier and the window end in the same PlayState; saves
from before PlayState still load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame
import pytest
from helpers import FIXTURES, run_cli
from speedrun_support import play_run, speedrun_app
from ui_support import FIXTURE, key, make_app, play_to_ending, settle

from game.core import savefile
from game.core.profile import load_profile
from game.core.session import Session
from game.core.state import PlayState
from game.core.story import Choices, Line, Story
from game.speedrun.runfile import read_run
from game.speedrun.verify import verify_run
from game.ui.app import App
from game.ui.scenes.ending import EndingScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene

SEEN = FIXTURES / "seen"
FORMAT1 = FIXTURES / "saves" / "format1"


def new_game(app: App) -> PlayScene:
    assert isinstance(app.top, TitleScene)
    while app.top.menu.buttons[app.top.menu.focus].label != "New game":
        key(app, pygame.K_DOWN, ticks=1)
    key(app, pygame.K_RETURN)
    if not isinstance(app.top, PlayScene):  # "Start a new game…?": No is focused, then Yes
        key(app, pygame.K_RIGHT, ticks=1)
        key(app, pygame.K_RETURN)
    settle(app)
    assert isinstance(app.top, PlayScene)
    return app.top


def read_to(app: App, text: str, answer: int = 1) -> None:
    for _ in range(40):
        scene = app.top
        if isinstance(scene, PlayScene) and scene.box.text.startswith(text):
            return
        if isinstance(scene, PlayScene) and scene.choices is not None:
            key(app, pygame.K_1 + answer - 1)
        else:
            key(app, pygame.K_SPACE)
        settle(app)
    raise AssertionError(f"never reached {text!r}")


def test_rollback_across_a_chapter_then_save_and_load_is_the_earlier_line(tmp_path):
    saves = tmp_path / "saves"
    app = make_app(saves)
    scene = new_game(app)
    read_to(app, "Tell me something true.")
    read_to(app, "The roof is cold", answer=2)  # Catherine: closeness 2, one turn
    session = scene.play.session
    assert (app.story.chapter, app.story.turns, app.story.meters()) == ("second", 1,
                                                                       {"closeness": 2})
    for _ in range(3):  # back over "Thank you.", the answer and the choice
        key(app, pygame.K_PAGEUP)
        settle(app)
    assert scene.box.text == "Tell me something true."
    assert (app.story.chapter, app.story.turns, app.story.meters()) == ("first", 0,
                                                                       {"closeness": 0})
    assert scene.play.presentation.chapter == "first"
    key(app, pygame.K_F5)  # quicksave, the key a player uses
    session.slots.flush()
    listed = json.loads(run_cli("saves", "--json", "--save-dir", str(saves)).stdout)
    quick = next(s for s in listed["slots"] if s["slot"] == "quick")
    assert (quick["chapter"], quick["turns"]) == ("first", 0)
    pygame.display.quit()

    again = make_app(saves)
    again.replace(PlayScene(again, slot="quick"))
    settle(again)
    assert again.top.box.text == "Tell me something true."
    assert (again.story.chapter, again.story.turns, again.story.meters()) == ("first", 0,
                                                                             {"closeness": 0})
    # history and rollback came back with the save: one more step back works
    assert [e.line.text for e in again.top.play.session.history][-2:] == [
        "I am. I don't know why.", "Tell me something true."]
    assert again.top.choices is not None  # saved where the choice waits: it opens on it
    key(again, pygame.K_PAGEUP)  # back from the choice to its line, as in play
    settle(again)
    assert again.top.box.text == "Tell me something true." and again.top.choices is None
    key(again, pygame.K_PAGEUP)
    settle(again)
    assert again.top.box.text == "I am. I don't know why."


def test_roll_forward_replays_the_same_path_until_another_choice():
    session = Session(Story.open(FIXTURE, seed=1), None, autosave=False)
    shown = []
    while not isinstance(beat := session.advance(), Choices):
        shown.append(beat.text)
    session.choose(1)
    after = [session.advance().text, session.advance().text]  # Catherine, Thank you
    for _ in range(2):
        session.rollback()
    assert session.beat.text == shown[-1] and session.story.turns == 0
    assert session.roll_forward() is not None and isinstance(session.beat, Choices)
    assert session.roll_forward().text == after[0]  # the same answer taken again
    assert session.story.turns == 1 and session.story.meters() == {"closeness": 2}
    assert session.roll_forward().text == after[1]
    assert session.roll_forward() is None  # nothing further was ever read
    session.rollback()
    session.rollback()
    assert isinstance(session.advance(), Choices) and session.can_roll_forward()
    session.choose(0)  # another answer: the old road is gone
    assert session.advance().text == "The city looks like it's on fire at this hour."
    assert session.can_roll_forward() is False and session.roll_forward() is None


def test_rooftop_then_new_game_reaches_beyond_without_restarting(tmp_path):
    profile_dir = tmp_path / "saves"
    story = Story.open(SEEN, seed=1, seen_endings=load_profile(profile_dir).endings_seen)
    app = App(story, profile_dir, size=(1280, 720), fullscreen=False, seed=1)
    app.replace(TitleScene(app))
    app.run_ticks(2)
    new_game(app)
    read_to(app, "Where shall we go?")
    key(app, pygame.K_SPACE)
    settle(app)
    assert app.top.choices.texts == ["Up to the roof.", "Stay in."]
    key(app, pygame.K_1)
    settle(app)
    play_to_ending(app)
    assert isinstance(app.top, EndingScene) and app.top.ending.id == "rooftop"
    key(app, pygame.K_RETURN)  # back to the title, same window, same process
    settle(app)
    new_game(app)
    read_to(app, "Where shall we go?")
    key(app, pygame.K_SPACE)
    settle(app)
    assert app.top.choices.texts[0] == "Somewhere beyond."
    key(app, pygame.K_1)
    settle(app)
    play_to_ending(app)
    assert app.top.ending.id == "beyond"


def test_verifier_and_window_end_in_the_same_play_state(tmp_path):
    app, controller = speedrun_app(tmp_path / "saves")
    key(app, pygame.K_r)
    window = app.top.play.session
    play_run(app, [1, 1])
    run, intact = read_run(controller.last_run["path"])
    verdict = verify_run(run, intact)
    assert verdict.ok, verdict.problems
    mine, theirs = window.state, verdict.state
    for name in ("ink", "seed", "chapter", "turns", "ending", "ending_tag", "checkpoint"):
        assert getattr(mine, name) == getattr(theirs, name), name
    assert [e.line.text for e in mine.history] == [e.line.text for e in theirs.history]


def test_play_state_round_trips_through_json():
    session = Session(Story.open(FIXTURE, seed=4), None, autosave=False)
    session.extras["bg"] = "street"
    while not isinstance(session.advance(), Choices):
        pass
    session.choose(2)
    session.advance()
    state = session.state
    again = PlayState.from_json(json.loads(json.dumps(state.to_json())))
    assert again == state
    other = Session(Story.open(FIXTURE, seed=9), None, autosave=False)
    other.restore(again)
    assert other.story.save_state() == session.story.save_state()
    assert other.extras == {"bg": "street"} and other.story.turns == 1
    assert isinstance(other.rollback(), Line)


@pytest.mark.parametrize("field,value", [("ink", "{}"), ("turns", -1), ("extras", {"x": [1]}),
                                         ("history", "many"), ("ending", ["a"])])
def test_a_bad_play_state_is_refused_by_field(field, value):
    data = PlayState(ink=Story.open(FIXTURE, seed=1).save_state()).to_json()
    data[field] = value
    with pytest.raises(ValueError, match=field):
        PlayState.from_json(data)


def test_a_save_written_before_play_state_still_loads(tmp_path):
    saves = tmp_path / "saves"
    shutil.copytree(FORMAT1, saves)
    app = make_app(saves, seed=7)
    app.replace(PlayScene(app, slot="1"))
    settle(app)
    scene = app.top
    assert scene.box.text == "The roof is cold and the sky is going pink at the edges."
    assert (app.story.chapter, app.story.turns, app.story.meters()) == ("second", 1,
                                                                       {"closeness": 2})
    assert scene.play.presentation.bg == "rooftop_dawn"  # from the old ui-scenes.json
    key(app, pygame.K_SPACE)
    settle(app)
    assert scene.box.text == "Do you want me to stay?"
    scene.save("2")
    scene.play.session.slots.flush()
    content = json.loads((saves / "2.json").read_text())
    assert content["format_version"] == savefile.FORMAT_VERSION
    assert content["content"]["play"]["extras"]["bg"]
    written = json.loads((saves / "ui-scenes.json").read_text())
    assert "2" not in written  # nothing written beside a save any more
    text = run_cli("text", "--story", str(FIXTURE), "--save-dir", str(saves), "--load", "1",
                   "--choose", "1")
    assert "Then I'll stay." in text.stdout and text.returncode == 0, text.stderr


def test_terminal_player_resumes_a_window_save_in_the_same_place(tmp_path):
    saves = tmp_path / "saves"
    app = make_app(saves)
    new_game(app)
    read_to(app, "Thank you.", answer=3)
    key(app, pygame.K_F5)
    app.top.play.session.slots.flush()
    result = run_cli("text", "--story", str(FIXTURE), "--save-dir", str(saves), "--load",
                     "quick", "--choose", "2", "--json")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events[-1]["id"] == "alone" and events[-1]["turns"] == 2


def test_no_file_beside_a_save(tmp_path):
    saves = tmp_path / "saves"
    app = make_app(saves)
    new_game(app)
    read_to(app, "Tell me something true.")
    key(app, pygame.K_F5)
    app.top.play.session.slots.flush()
    assert not (Path(saves) / "ui-scenes.json").exists()


def test_the_autosave_ring_never_writes_the_same_place_twice(tmp_path):
    session = Session(Story.open(FIXTURE, seed=2), tmp_path / "saves")
    written = []
    while not session.is_over:
        beat = session.advance()
        if isinstance(beat, Choices):
            assert session.autosave() is None  # the session already autosaved this place
            assert isinstance(session.advance(), Choices)  # asked again: still no second save
            session.choose(0)
    session.slots.flush()
    from game.core.saves import is_autosave, list_slots, read_slot
    for info in list_slots(tmp_path / "saves"):
        if is_autosave(info.slot):
            written.append(read_slot(tmp_path / "saves", info.slot)[0].current.state)
    assert len(written) == 4  # two chapter starts and two choice points
    assert len(set(written)) == len(written)


def test_a_run_blocks_rollback_history_quickload_and_auto(tmp_path):
    from speedrun_support import tap
    from ui_support import wheel

    app, controller = speedrun_app(tmp_path / "saves")
    key(app, pygame.K_r)
    for _ in range(3):
        tap(app, pygame.K_SPACE, ticks=6)
    scene, session = app.top, app.top.play.session
    shown, lines = scene.box.text, len(session.history)
    for blocked in (pygame.K_PAGEUP, pygame.K_h, pygame.K_F9, pygame.K_a):
        tap(app, blocked, ticks=6)
        assert app.top is scene and scene.box.text == shown and not scene.auto, blocked
    wheel(app, 1)  # the wheel rolls back outside a run
    assert scene.box.text == shown and len(session.history) == lines
    assert controller.running and controller.void_reason is None
