"""Hot reload judged as loading is: the four edits that move a player's branch under them — two
options swapped, an option inserted, a choice inserted above the current point, the current
scene deleted — each made while the window plays at a choice with a save there. The reload
resumes at the checkpoint with, word for word, the message loading that save after the same edit
gives; never "you are where you were". And the watcher's own rules: a file is taken only when
stable or renamed into place, a file that went missing is watched again when it comes back, and
a build runs off the frame loop within a time budget."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pygame
import pytest
from saves_support import new_session, story_copy
from ui_support import advance_to_choice, await_reload, key, settle

from game.core import reload as reload_module
from game.core.profile import load_profile
from game.core.reload import STATE_MESSAGE, Reloader
from game.core.story import Choices, Story
from game.ui.app import App
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene

SONG = "* [Ask for a song.]\n    ~ gift = \"song\"\n    -> song\n"
PICTURE = "* [Ask for a picture.]\n    ~ gift = \"picture\"\n    -> picture\n"
EVENING_LINE = "The evening smells of rain."
MORNING_LINE = "Morning light finds the desk."


def _delete_evening(text: str) -> str:
    start, end = text.index("=== evening ==="), text.index("=== song ===")
    return text[:start].replace("-> evening", "-> song") + text[end:]


EDITS = {
    "swap two options": (lambda t: t.replace(SONG + PICTURE, PICTURE + SONG), EVENING_LINE),
    # above the others: the saved choice's path now names the new option's content (one
    # added at the end changes nothing the player has, and rightly keeps the place)
    "insert an option": (lambda t: t.replace(SONG, "* [Ask for a poem.]\n    She recites one."
                                             " #id:x1\n    -> picture\n" + SONG),
                         EVENING_LINE),
    "insert a choice above": (lambda t: t.replace(
        "She waits for his answer. #id:e3\n",
        "She waits for his answer. #id:e3\n* [Wait.] He waits too. #id:w1\n"
        "* [Speak first.] He clears his throat. #id:w2\n- He looks up. #id:w3\n"), EVENING_LINE),
    "delete the current scene": (_delete_evening, MORNING_LINE),
}


def open_window(story_dir: Path, save_dir: Path) -> App:
    story = Story.open(story_dir, seed=7, seen_endings=load_profile(save_dir).endings_seen)
    app = App(story, save_dir, size=(1280, 720), fullscreen=False, seed=7,
              modding=True)  # as `play --story`: hot reload is on
    app.replace(TitleScene(app))
    app.run_ticks(2)
    return app


def at_the_evening_choice(app: App) -> PlayScene:
    """New game, answer the morning, read on to the evening choice."""
    key(app, pygame.K_RETURN)  # New game
    settle(app)
    scene = app.top
    assert isinstance(scene, PlayScene)
    advance_to_choice(app)
    key(app, pygame.K_1)
    settle(app)
    advance_to_choice(app)
    assert list(scene.choices.texts) == ["Ask for a song.", "Ask for a picture."]
    return scene


@pytest.fixture
def window(tmp_path: Path):
    folder = story_copy(tmp_path / "story")
    app = open_window(folder, tmp_path / "saves")
    yield app, folder, tmp_path / "saves"
    pygame.display.quit()


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_that_moves_the_branch_resumes_at_the_checkpoint_as_loading_does(window, name):
    app, folder, saves = window
    edit, checkpoint_line = EDITS[name]
    scene = at_the_evening_choice(app)
    scene.play.session.save("1")
    scene.play.session.slots.flush()
    ink = folder / "main.ink"
    ink.write_text(edit(ink.read_text(encoding="utf-8")), encoding="utf-8")

    message = await_reload(app)
    assert message != STATE_MESSAGE and "where you were" not in message
    assert app.top is scene and scene.play.session.story is app.story
    assert scene.box.text == checkpoint_line  # the checkpoint's line, shown again
    assert scene.choices is None

    loaded = new_session(tmp_path_of(saves) / "other", folder)
    loaded.slots.save_dir = saves
    result = loaded.load("1")
    assert result.how == "checkpoint"
    assert message == result.message  # one restore path: the same words

    session = scene.play.session  # the new build saves (the window's autosave waits for the
    assert (session.autosave() or session.presented()) is not None  # frame that shows it)
    key(app, pygame.K_SPACE)
    settle(app)
    assert scene.box.text and scene.box.text != checkpoint_line  # and plays on from there


def tmp_path_of(saves: Path) -> Path:
    return saves.parent


def test_an_edit_elsewhere_keeps_the_place_in_the_window(window):
    app, folder, _ = window
    scene = at_the_evening_choice(app)
    ink = folder / "main.ink"
    ink.write_text(ink.read_text(encoding="utf-8").replace(
        "He closes his eyes and sees it.", "He closes his eyes and sees it, clearly."),
        encoding="utf-8")
    assert await_reload(app) == STATE_MESSAGE
    assert list(scene.choices.texts) == ["Ask for a song.", "Ask for a picture."]


# --- the watcher ------------------------------------------------------------------------------
def _story(tmp_path: Path) -> tuple[Story, Path]:
    folder = story_copy(tmp_path / "story")
    story = Story.open(folder, seed=7)
    while not isinstance(story.next(), Choices):
        pass
    return story, folder


def test_a_file_renamed_into_place_is_taken_at_once(tmp_path):
    story, folder = _story(tmp_path)
    reloader = Reloader(story, interval=10)
    ink = folder / "main.ink"
    temporary = folder / ".main.ink.tmp"
    temporary.write_text(ink.read_text(encoding="utf-8").replace(
        "He closes his eyes", "He shuts his eyes"), encoding="utf-8")
    os.replace(temporary, ink)  # an editor's atomic save: a new inode, whole
    assert reloader.poll(ticks=10) is None and reloader.busy  # no second poll needed
    assert reloader.wait().ok


def test_a_half_written_file_that_stops_changing_is_not_taken(tmp_path):
    """An editor that died mid-write: the file is stable, so it is built — and, not compiling,
    is not taken."""
    story, folder = _story(tmp_path)
    reloader = Reloader(story, interval=1)
    ink = folder / "main.ink"
    text = ink.read_text(encoding="utf-8")
    with open(ink, "r+", encoding="utf-8") as handle:  # the same inode, cut short
        handle.truncate(len(text[:text.index('"song"') + 3].encode()))  # inside a string
    assert reloader.poll() is None and reloader.wait(5) is None  # changed: no build yet
    assert reloader.poll() is None  # stable: built (perhaps done already), and it does not
    result = reloader.wait()  # compile; None had no build started
    assert result is not None and not result.ok and result.errors
    assert reloader.story is story  # the old build plays on
    assert isinstance(story.next(), Choices)


def test_a_file_that_went_missing_is_watched_again_when_it_comes_back(tmp_path):
    story, folder = _story(tmp_path)
    ink = folder / "main.ink"
    extra = folder / "extra.ink"
    extra.write_text("=== extra ===\nAn extra knot. #id:x0\n-> END\n", encoding="utf-8")
    ink.write_text(ink.read_text(encoding="utf-8") + "\nINCLUDE extra.ink\n", encoding="utf-8")
    reloader = Reloader(story, interval=0)
    reloader.force()
    assert reloader.wait().ok
    extra.unlink()
    reloader.poll()
    reloader.poll()
    assert not reloader.wait().ok  # the INCLUDE is missing now
    extra.write_text("=== extra ===\nThe extra knot is back. #id:x0\n-> END\n", encoding="utf-8")
    reloader.poll()  # its return is a change
    reloader.poll()
    result = reloader.wait()
    assert result is not None and result.ok, "the returned file was not watched"
    assert reloader.diagnostics == ()


def test_a_slow_build_never_blocks_the_frame_loop(window, monkeypatch):
    app, _, _ = window
    scene = at_the_evening_choice(app)
    real_build = reload_module.build
    release = threading.Event()

    def slow_build(source):
        release.wait(30)
        return real_build(source)

    monkeypatch.setattr(reload_module, "build", slow_build)
    key(app, pygame.K_r, mod=pygame.KMOD_LSHIFT)
    assert scene.live.reloader.busy
    start = time.perf_counter()
    app.run_ticks(60)  # a second of frames while the build is stuck
    assert time.perf_counter() - start < 5
    assert scene.live.reloader.busy and scene.live.last is None
    key(app, pygame.K_2)  # the player can still play
    settle(app)
    assert scene.choices is None
    release.set()
    message = await_reload(app)
    assert message.startswith("Reloaded the edited story") or "resumes" in message


def test_a_build_over_its_time_budget_is_given_up_and_the_game_plays_on(window, monkeypatch):
    app, _, _ = window
    scene = at_the_evening_choice(app)
    release = threading.Event()
    real_build = reload_module.build

    def stuck_build(source):
        release.wait(30)
        return real_build(source)

    monkeypatch.setattr(reload_module, "build", stuck_build)
    old = app.story
    scene.live.reloader.budget = 0.3
    key(app, pygame.K_r, mod=pygame.KMOD_LSHIFT)
    message = await_reload(app, seconds=10)
    assert "took too long" in message
    assert app.story is old and scene.live.errors  # the overlay says so
    release.set()
    app.run_ticks(30)
    assert app.story is old  # the late result is dropped
    key(app, pygame.K_1)
    settle(app)
    assert scene.box.text


@pytest.mark.slow  # waits out the step budget twice; from .ci/run
def test_an_edit_that_loops_forever_never_freezes_the_window(window):
    """The edited story spins without a line after the song: the reload's look ahead runs out
    of its budget on the reload thread (so the place is not trusted), every frame stays quick,
    and choosing the song then ends in the error screen, the game still running."""
    from game.ui.scenes.story_error import StoryErrorScene

    app, folder, _ = window
    scene = at_the_evening_choice(app)
    ink = folder / "main.ink"
    ink.write_text(ink.read_text(encoding="utf-8").replace(
        "=== song ===\n", "=== song ===\n-> spin\n=== spin ===\n-> spin\n"), encoding="utf-8")
    slowest, deadline, last = 0.0, time.monotonic() + 60, None
    while last is None and time.monotonic() < deadline:
        start = time.perf_counter()
        app.run_ticks(1)
        slowest = max(slowest, time.perf_counter() - start)
        last = scene.live.last
        time.sleep(0.005)
    assert last is not None and last.ok
    assert slowest < 1.0, f"a frame took {slowest:.1f} s"
    assert last.restored != "state"  # a place whose next step never ends is not trusted
    for _ in range(40):  # play on from the checkpoint, first option each time: the song
        if isinstance(app.top, StoryErrorScene):
            break
        key(app, pygame.K_1 if scene.choices is not None else pygame.K_SPACE)
        settle(app)
    assert isinstance(app.top, StoryErrorScene), (scene.box.text, last.message, app.story.failed)
    assert "endless loop" in app.top.question
    app.run_ticks(5)
