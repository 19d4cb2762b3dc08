"""Saves, history and rollback as a player meets them (issue 13, items 4, 7 and 13), through the
real loop with posted events: after any load the history and rollback are still there, the
road rolled back over can be walked forward again, a save made at a choice opens on it, and
the notices speak of "Quick save", never "slot quick"."""

from __future__ import annotations

import pygame
from ui_support import click, key, make_app, pixel, settle, wheel

from game.ui.scenes.history import HistoryScene
from game.ui.scenes.play import TOAST_TICKS, PlayScene
from game.ui.scenes.saves import SavesScene, chapter_text, label, line_text, when_text


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


# --- 13 and 7. Save screens: pages, cards people can tell apart, mouse-only ----------------
def open_screen(app, play: PlayScene, mode: str) -> SavesScene:
    play.open_saves(mode)
    app.run_ticks(2)
    screen = app.top
    assert isinstance(screen, SavesScene) and screen.mode == mode
    return screen


def button(screen: SavesScene, text: str):
    return next(b for b in screen.bar.buttons if b.label == text)


def test_save_pages_turn_by_keys_and_buttons_and_say_which_page(app, tmp_path):
    play = start(app)
    screen = open_screen(app, play, "save")
    assert screen.indicator() == "Page 1 of 9"
    assert [c.slot for c in screen.cards.buttons] == ["1", "2", "3", "4", "5", "6"]
    key(app, pygame.K_PAGEDOWN)
    assert screen.indicator() == "Page 2 of 9" and screen.cards.buttons[0].slot == "7"
    key(app, pygame.K_RETURN)  # the first card of page 2: slot 7
    assert (tmp_path / "7.json").is_file() and screen.subtitle == "Saved to slot 7."
    click(app, button(screen, "9").rect.center)
    assert screen.indicator() == "Page 9 of 9" and screen.cards.buttons[-1].slot == "54"
    click(app, button(screen, "›").rect.center)  # round the end, as Ren'Py's arrows go
    assert screen.indicator() == "Page 1 of 9"
    click(app, button(screen, "‹").rect.center)
    assert screen.indicator() == "Page 9 of 9"
    key(app, pygame.K_PAGEUP)
    assert screen.indicator() == "Page 8 of 9"
    screen.cards.focus = 1  # the right column: Right goes on to the next page
    key(app, pygame.K_RIGHT)
    assert screen.indicator() == "Page 9 of 9" and screen.cards.focus == 0
    key(app, pygame.K_ESCAPE)
    again = open_screen(app, play, "save")  # it opens on the page left last
    assert again.indicator() == "Page 9 of 9"


def test_a_card_shows_its_picture_chapter_first_words_play_time_and_date(app, tmp_path):
    play = start(app)
    read(app, 1)
    screen = open_screen(app, play, "save")
    empty = screen.cards.buttons[1]
    click(app, screen.cards.buttons[0].rect.center)  # slot 1 is empty: saved at once
    assert (tmp_path / "1.json").is_file() and (tmp_path / "1.jpg").is_file()
    card = screen.cards.buttons[0]
    info = screen.infos["1"]
    assert chapter_text(info, app.story) == "Chapter 1 · First Light"
    assert line_text(info, app.story) == "Samantha: “Hello. Are you still awake?”"
    assert when_text(info).startswith("Played 0:") and "today" in when_text(info)
    app.dirty = True
    app.run_ticks(2)
    # the thumbnail is drawn in the card: its middle is the saved frame, not the empty frame
    inside = (card.rect.left + app.layout.s(12 + 104), card.rect.top + app.layout.s(16 + 40))
    same_spot = (empty.rect.left + app.layout.s(12 + 104), empty.rect.top + app.layout.s(16 + 40))
    picture = screen.picture("1")
    assert picture is not None
    local = (inside[0] - card.rect.left - app.layout.s(12), inside[1] - card.rect.top
             - app.layout.s(16))
    assert pixel(app, inside) == tuple(picture.get_at(local))[:3]
    assert pixel(app, inside) != pixel(app, same_spot)


def test_saving_over_and_deleting_by_mouse_ask_first(app, tmp_path):
    from game.ui.scenes.confirm import ConfirmScene
    play = start(app)
    screen = open_screen(app, play, "save")
    first = screen.cards.buttons[0]
    click(app, first.rect.center)
    written = (tmp_path / "1.json").stat().st_mtime_ns
    click(app, first.rect.center)  # taken now: asks first, Cancel focused
    question = app.top
    assert isinstance(question, ConfirmScene) and "Save over slot 1" in question.question
    key(app, pygame.K_RETURN)  # Cancel
    assert app.top is screen and (tmp_path / "1.json").stat().st_mtime_ns == written
    click(app, first.rect.center)
    click(app, app.top.menu.buttons[1].rect.center)  # "Save over it"
    assert app.top is screen and (tmp_path / "1.json").stat().st_mtime_ns != written

    card = screen.cards.buttons[0]
    assert card.delete_rect is not None and screen.cards.buttons[1].delete_rect is None
    click(app, card.delete_rect.center)
    question = app.top
    assert isinstance(question, ConfirmScene) and question.question.startswith("Delete slot 1?")
    key(app, pygame.K_ESCAPE)
    assert app.top is screen and (tmp_path / "1.json").is_file()
    key(app, pygame.K_DELETE)  # the key asks the same question
    assert isinstance(app.top, ConfirmScene)
    click(app, app.top.menu.buttons[1].rect.center)  # "Delete"
    assert app.top is screen and not (tmp_path / "1.json").exists()
    assert not (tmp_path / "1.jpg").exists() and screen.subtitle == "Deleted slot 1."
    assert screen.cards.buttons[0].delete_rect is None


def mean_sky(path) -> tuple[float, float, float]:
    """The average colour of a thumbnail's upper half: the painted scene, above the text."""
    image = pygame.image.load(str(path))
    w, h = image.get_size()
    points = [image.get_at((x, y)) for x in range(0, w, 8) for y in range(0, h // 2, 8)]
    return tuple(sum(p[i] for p in points) / len(points) for i in range(3))


def distance(a, b) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


def test_the_load_screen_has_autosave_and_quick_pages_with_each_chapters_start(app, tmp_path):
    play = start(app)
    read(app, 4)
    key(app, pygame.K_2)
    settle(app)
    read(app, 2)  # into chapter two: its start autosaved in its own slot
    key(app, pygame.K_F5)
    play.play.session.slots.flush()
    screen = open_screen(app, play, "load")
    labels = [b.label for b in screen.bar.buttons]
    assert labels[:3] == ["‹", "Auto", "Quick"] and labels[-1] == "›"
    click(app, button(screen, "Auto").rect.center)
    assert screen.indicator() == "Autosaves"
    slots = [c.slot for c in screen.cards.buttons]
    assert slots == ["chapter-second", "auto-0", "chapter-first"]  # newest first
    assert [label(s) for s in slots] == ["Autosave · chapter start", "Autosave",
                                         "Autosave · chapter start"]
    ring = screen.infos["auto-0"]
    assert ring.at_choice and line_text(ring, app.story).startswith("At a choice, after ")
    # a chapter's autosave pictures that chapter's scene (rooftop), not the one before it
    sky = {slot: mean_sky(tmp_path / f"{slot}.jpg") for slot in (
        "chapter-second", "chapter-first", "quick")}
    assert distance(sky["chapter-second"], sky["quick"]) < distance(sky["chapter-second"],
                                                                     sky["chapter-first"])
    click(app, button(screen, "Quick").rect.center)
    assert [c.slot for c in screen.cards.buttons] == ["exit", "quick"]
    assert not screen.cards.buttons[0].enabled  # nothing saved on leaving yet
    click(app, screen.cards.buttons[1].delete_rect.center)
    assert app.top.question.startswith("Delete the quick save? It holds Chapter 2")
    key(app, pygame.K_ESCAPE)
    assert app.top is screen and (tmp_path / "quick.json").is_file()
    click(app, button(screen, "Auto").rect.center)
    click(app, screen.cards.buttons[2].rect.center)  # a mouse-only player loads chapter one
    settle(app)
    loaded = app.top
    assert isinstance(loaded, PlayScene) and loaded.box.text.startswith("The apartment hums")
    assert loaded.toast == "Loaded the chapter's autosave."


def test_the_save_screen_fits_small_and_zoomed_canvases(tmp_path):
    """At 960x540 two columns fit; zoomed in (interface size) one column scrolls, and the page
    bar and every card stay inside the window."""
    for size, ui, cols in (((960, 540), 1.0, 2), ((1280, 720), 1.4, 1), ((640, 360), 1.0, 2)):
        app = make_app(tmp_path / f"{size[0]}-{ui}", size=size)
        app.settings.values["ui_scale"] = ui
        app.relayout()
        play = start(app)
        screen = open_screen(app, play, "save")
        assert screen.cols == cols, (size, ui)
        window = app.window.get_rect()
        for b in screen.bar.buttons:
            assert window.contains(b.rect), (size, ui, b.label)
        area = screen._area()
        assert window.contains(area)
        for card in screen.cards.buttons:
            assert card.rect.left >= area.left and card.rect.right <= area.right
        pygame.display.quit()


def test_a_quick_save_in_the_same_second_as_the_autosave_opens_the_load_screen_on_it(
        app, monkeypatch):
    """F5 just after a choice's autosave: both carry the same date to the second, and the
    Load screen still opens on the Quick page, the save the player made last."""
    import datetime as real

    import game.core.saves as saves_module

    moment = real.datetime(2026, 12, 2, 5, 28, 0).astimezone()

    class Frozen(real.datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206 — datetime's own signature
            return moment

    monkeypatch.setattr(saves_module, "datetime", Frozen)
    play = start(app)
    while play.choices is None:  # the choice's autosave is written as it is shown
        read(app, 1)
    play.play.session.slots.flush()
    key(app, pygame.K_F5)
    play.play.session.slots.flush()
    dates = {info.date for info in open_screen(app, play, "load").infos.values()
             if info.status == "ok"}
    assert dates == {moment.isoformat(timespec="seconds")}  # a tie on the date
    assert app.top.indicator() == "Quick save and where you left off"
