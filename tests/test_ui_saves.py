"""Saves, history and rollback as a player meets them (issue 13, items 4, 7 and 13), through the
real loop with posted events: after any load the history and rollback are still there, the
road rolled back over can be walked forward again, a save made at a choice opens on it, and
the notices speak of "Quick save", never "slot quick"."""

from __future__ import annotations

import pygame
import pytest
from ui_support import click, key, make_app, pixel, settle, wheel

from game.ui.scenes.history import HistoryScene
from game.ui.scenes.play import TOAST_TICKS, PlayScene


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    yield app
    pygame.display.quit()


def start(app) -> PlayScene:
    app.top.start_new()
    app.run_ticks(2)
    settle(app)
    return app.top


def read(app, lines: int) -> None:
    for _ in range(lines):
        key(app, pygame.K_SPACE)
        settle(app)


def texts(scene: PlayScene) -> list[str]:
    return [e.text for e in scene.play.history]


def relaunch_and_continue(tmp_path) -> object:
    again = make_app(tmp_path)
    assert again.top.menu.buttons[0].label == "Continue"
    key(again, pygame.K_RETURN)
    settle(again)
    assert isinstance(again.top, PlayScene)
    return again


# --- 4. History and rollback after any load ---------------------------------------------------
def test_after_continue_history_holds_the_earlier_lines_and_pageup_rolls_back_over_the_load(
        app, tmp_path):
    scene = start(app)
    read(app, 2)
    before = texts(scene)
    assert len(before) == 3
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # closing the window keeps the place
    app.run_ticks(1)
    pygame.display.quit()

    again = relaunch_and_continue(tmp_path)
    resumed = again.top
    assert resumed.box.text == before[-1]
    key(again, pygame.K_h)
    history = again.top
    assert isinstance(history, HistoryScene)
    assert [e.text for e in history.entries] == before  # not one line: the whole road
    key(again, pygame.K_ESCAPE)
    key(again, pygame.K_PAGEUP)  # back across the load point
    settle(again)
    assert resumed.box.text == before[-2]
    wheel(again, 1)
    settle(again)
    assert resumed.box.text == before[-3]
    pygame.display.quit()


def test_load_then_quickload_never_shows_the_resumed_line_twice(app, tmp_path):
    scene = start(app)
    read(app, 2)
    key(app, pygame.K_F5)
    scene.play.session.slots.flush()
    read(app, 1)
    app.replace(PlayScene(app, slot="quick"))
    settle(app)
    key(app, pygame.K_F9)  # quickload straight after loading the same place
    settle(app)
    lines = texts(app.top)
    assert len(lines) == 3 and len(set(lines)) == 3
    assert app.top.box.text == lines[-1]


def test_pagedown_and_wheel_down_roll_forward_along_the_same_road_until_another_answer(app):
    scene = start(app)
    read(app, 4)  # to the choice after "Tell me something true."
    assert scene.choices is not None
    key(app, pygame.K_2)  # Catherine: closeness 2
    settle(app)
    read(app, 1)
    road = texts(scene)
    assert road[-2:] == ["I keep thinking about Catherine.", "Thank you."]
    for _ in range(3):  # back over "Thank you.", the answer, and the line before the choice
        key(app, pygame.K_PAGEUP)
        settle(app)
    assert scene.box.text == road[-4] and app.story.meters() == {"closeness": 0}
    key(app, pygame.K_PAGEDOWN)
    settle(app)
    assert scene.box.text == road[-3] and scene.choices is None
    wheel(app, -1)  # the wheel too: on to the choice, which is on screen again
    settle(app)
    assert scene.choices is not None
    key(app, pygame.K_PAGEDOWN)  # the same answer taken again
    settle(app)
    assert scene.box.text == road[-2] and app.story.meters() == {"closeness": 2}
    key(app, pygame.K_PAGEDOWN)
    settle(app)
    assert scene.box.text == road[-1] and texts(scene) == road
    key(app, pygame.K_PAGEDOWN)  # nothing was read beyond: it stays
    settle(app)
    assert scene.box.text == road[-1] and texts(scene) == road

    for _ in range(2):
        key(app, pygame.K_PAGEUP)
        settle(app)
    assert scene.box.text == road[-3]
    wheel(app, -1)
    settle(app)
    assert scene.choices is not None
    key(app, pygame.K_1)  # another answer: the old road is gone
    settle(app)
    assert scene.box.text == "The city looks like it's on fire at this hour."
    assert not scene.play.session.can_roll_forward()
    key(app, pygame.K_PAGEDOWN)
    settle(app)
    assert scene.box.text == "The city looks like it's on fire at this hour."


# --- 13. A save made at a choice opens on that choice ----------------------------------------
def test_loading_a_save_made_at_a_choice_shows_the_choice_on_screen(app, tmp_path):
    scene = start(app)
    read(app, 4)
    assert scene.choices is not None
    assert scene.save("4") == "Saved to slot 4."
    scene.play.session.slots.flush()
    pygame.display.quit()

    again = make_app(tmp_path)  # a relaunch, then Load from the title
    loaded = PlayScene(again, slot="4")
    again.replace(loaded)
    settle(again)
    assert loaded.choices is not None, "the line before the choice, not the choice"
    assert loaded.box.text == "Tell me something true."
    assert loaded.choices.texts[0] == "Tell her about the city."
    again.run_ticks(2)
    row = loaded.choices.rects[0].center
    with_choices = pixel(again, row)
    key(again, pygame.K_PAGEUP)  # back to the line alone: the option's row is scene again
    settle(again)
    assert loaded.choices is None and pixel(again, row) != with_choices
    key(again, pygame.K_PAGEDOWN)  # forward to the choice again, and it can be answered
    settle(again)
    assert loaded.choices is not None and pixel(again, row) == with_choices
    key(again, pygame.K_2)
    settle(again)
    assert loaded.box.text == "I keep thinking about Catherine."


# --- 13. A short "Loaded" notice that fades; "Quick save", never "slot quick" -----------------
def toast_pixel(app) -> tuple[int, int, int]:
    return pixel(app, (app.layout.width // 2, round(app.layout.s(24) + app.layout.s(10))))


def test_a_load_says_loaded_and_the_notice_fades_away(app):
    scene = start(app)
    read(app, 1)
    key(app, pygame.K_F5)
    assert scene.toast == "Quick save made."
    app.run_ticks(TOAST_TICKS + 2)
    plain = toast_pixel(app)
    read(app, 1)
    key(app, pygame.K_F9, ticks=1)
    assert scene.toast == "Quick load: back to your quick save."
    assert "slot" not in scene.toast
    full = toast_pixel(app)
    assert full != plain
    app.run_ticks(TOAST_TICKS - 20)
    fading = toast_pixel(app)
    assert fading not in (full, plain)  # part way out
    app.run_ticks(30)
    assert toast_pixel(app) == plain and scene.toast_ticks <= 0


def test_quick_load_with_no_quick_save_says_so_in_words(app):
    scene = start(app)
    key(app, pygame.K_F9)
    assert scene.toast.startswith("No quick save yet")
    assert "slot" not in scene.toast and "'quick'" not in scene.toast
    qload = next(b for b in scene.view.menu.buttons if b.label == "Q.Load")
    scene.toast = ""
    click(app, qload.rect.center)
    assert scene.toast.startswith("No quick save yet")
