"""The player's trust (issue 13), driven through the real loop with posted events: nothing is
chosen by accident, nothing is lost on leaving, every screen is its own."""

from __future__ import annotations

import pygame
import pytest
from ui_support import advance_to_choice, click, key, make_app, pixel, settle

from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene


def motion(app, pos, ticks: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    app.run_ticks(ticks)


def start(app) -> PlayScene:
    app.top.start_new()
    app.run_ticks(2)
    return app.top


# --- 1. Space or Enter never commits a choice ------------------------------------------------
def test_tapping_space_or_enter_through_text_never_picks_a_choice(app):
    scene = start(app)
    advance_to_choice(app)
    arrow = scene.box.box_rect(app.layout)
    for code in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_SPACE, pygame.K_KP_ENTER):
        key(app, code)
    assert scene.choices is not None and scene.choices.focused is None
    click(app, (arrow.centerx, arrow.centery))  # a click on the text, not on an answer
    assert scene.choices is not None
    # no answer is drawn focused: every badge is the unfocused coral
    from game.ui import theme
    for rect in scene.choices.rects:
        badge = (rect.left + app.layout.s(36), rect.centery - app.layout.s(12))
        assert pixel(app, badge) != theme.SELECT
    # the ▼ "go on" mark is not shown while a choice waits
    box = scene.box.box_rect(app.layout)
    mark = (box.right - app.layout.s(30), box.bottom - app.layout.s(theme.MENU_ROW) // 2
            - app.layout.s(6))
    assert pixel(app, mark) != theme.PEACH
    key(app, pygame.K_2)  # a number is an explicit answer
    assert scene.choices is None


def test_a_resting_pointer_does_not_focus_an_answer_but_a_moving_one_does(app):
    scene = start(app)
    advance_to_choice(app)
    target = scene.choices.rects[1].center
    scene.choices.pointer = target  # the pointer was already resting there
    motion(app, target)
    assert scene.choices.focused is None
    key(app, pygame.K_SPACE)
    assert scene.choices is not None
    motion(app, (target[0] + 3, target[1]))
    assert scene.choices.focused == 1


# --- 9. New game asks first; focus does not jump to a resting pointer -------------------------
def test_new_game_asks_first_when_a_play_through_exists(app):
    scene = start(app)
    settle(app)
    key(app, pygame.K_SPACE)
    settle(app)
    scene.to_title()
    app.run_ticks(2)
    title = app.top
    assert isinstance(title, TitleScene)
    title.menu.focus = [b.label for b in title.menu.buttons].index("New game")
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, ConfirmScene)
    key(app, pygame.K_RETURN)  # Cancel is focused first
    assert app.top is title
    key(app, pygame.K_RETURN)
    key(app, pygame.K_RIGHT)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScene) and app.top is not scene


def test_title_focus_follows_the_pointer_only_when_it_moves(app):
    title = app.top
    new_game = next(b for b in title.menu.buttons if b.label == "New game")
    title.menu.pointer = new_game.rect.center
    title.menu.focus = [b.label for b in title.menu.buttons].index("Endings")
    motion(app, new_game.rect.center)
    assert title.menu.buttons[title.menu.focus].label == "Endings"
    motion(app, (new_game.rect.centerx + 5, new_game.rect.centery))
    assert title.menu.buttons[title.menu.focus].label == "New game"


# --- 2 and 6. A game menu; leaving keeps the exact place -------------------------------------
def test_esc_and_right_click_open_the_game_menu_over_an_opaque_backdrop(app):
    from game.ui.scenes.game_menu import GameMenuScene
    scene = start(app)
    settle(app)
    corner = (app.layout.width // 2, app.layout.height - 4)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.top, GameMenuScene)
    labels = [b.label for b in app.top.menu.buttons]
    assert labels == ["Resume", "Save", "Load", "Settings", "History", "Help", "Main menu",
                      "Quit"]
    menu_pixels = pixel(app, corner)
    key(app, pygame.K_ESCAPE)
    assert app.top is scene and app.running
    app.dirty = True
    app.run_ticks(2)
    assert pixel(app, corner) != menu_pixels  # the menu hid the story, it did not veil it
    click(app, (app.layout.width // 2, app.layout.height // 3), button=3)
    assert isinstance(app.top, GameMenuScene)


def test_quit_from_the_game_menu_asks_then_keeps_the_place_that_continue_resumes(app, tmp_path):
    from game.ui.scenes.game_menu import GameMenuScene
    scene = start(app)
    for _ in range(3):
        settle(app)
        key(app, pygame.K_SPACE)
    settle(app)
    here = scene.box.text
    key(app, pygame.K_ESCAPE)
    menu = app.top
    assert isinstance(menu, GameMenuScene)
    menu.menu.focus = 7  # Quit
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, ConfirmScene) and app.running
    key(app, pygame.K_RETURN)  # Cancel
    assert app.top is menu and app.running and not (tmp_path / "exit.json").exists()
    key(app, pygame.K_RETURN)
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    assert not app.running and (tmp_path / "exit.json").is_file()
    pygame.display.quit()
    again = make_app(tmp_path)  # a relaunch
    title = again.top
    assert title.menu.buttons[0].label == "Continue" and title.menu.focus == 0
    key(again, pygame.K_RETURN)
    assert isinstance(again.top, PlayScene)
    assert again.top.box.text == here


def test_closing_the_window_keeps_the_place_and_esc_on_the_title_asks(app, tmp_path):
    start(app)
    settle(app)
    key(app, pygame.K_SPACE)
    settle(app)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.run()  # the real loop: the close button ends it, and it waits for the writer thread
    assert not app.running and (tmp_path / "exit.json").is_file()
    pygame.display.quit()
    again = make_app(tmp_path)
    key(again, pygame.K_ESCAPE)
    assert again.running and isinstance(again.top, ConfirmScene)
    key(again, pygame.K_ESCAPE)
    assert again.running and isinstance(again.top, TitleScene)


# --- 7. Mouse parity: the quick menu ------------------------------------------------------------
def test_quick_menu_offers_back_qsave_qload_and_the_wheel_rolls_back(app, tmp_path):
    from ui_support import wheel
    scene = start(app)
    labels = [b.label for b in scene.view.menu.buttons]
    for want in ("Back", "History", "Skip", "Auto", "Save", "Q.Save", "Q.Load", "Settings"):
        assert want in labels
    for _ in range(2):
        settle(app)
        key(app, pygame.K_SPACE)
    settle(app)
    second = scene.box.text
    qsave = next(b for b in scene.view.menu.buttons if b.label == "Q.Save")
    click(app, qsave.rect.center)
    assert (tmp_path / "quick.json").is_file() and scene.toast == "Quick save made."
    wheel(app, 1)
    assert scene.box.text != second  # rolled back a line
    back = next(b for b in scene.view.menu.buttons if b.label == "Back")
    before = scene.box.text
    click(app, back.rect.center)
    assert scene.box.text != before
    qload = next(b for b in scene.view.menu.buttons if b.label == "Q.Load")
    click(app, qload.rect.center)
    assert scene.box.text == second


# --- 5. Opaque, distinct screens ------------------------------------------------------------------
def column(app, x: int) -> list:
    return [pixel(app, (x, y)) for y in range(0, app.layout.height, 7)]


@pytest.mark.parametrize("contrast", [False, True])
def test_screens_over_the_story_hide_it_and_differ_from_each_other(app, contrast):
    from game.ui.scenes.history import HistoryScene
    from game.ui.scenes.saves import SavesScene
    from game.ui.scenes.settings import SettingsScene
    app.settings.values["high_contrast"] = contrast
    scene = start(app)
    settle(app)
    box = scene.box.box_rect(app.layout)
    x = box.left + 6  # through the dialogue box's edge, and the scene above and below it
    story = column(app, x)
    seen = {}
    for make in (lambda: HistoryScene(app, scene), lambda: SavesScene(app, "save", scene),
                 lambda: SettingsScene(app)):
        screen = make()
        app.push(screen)
        app.run_ticks(2)
        first = column(app, 3)
        app.pop()
        scene.view.set_scene("rooftop_dawn", fade=False)  # a different story picture beneath
        app.push(screen)
        app.run_ticks(2)
        assert column(app, 3) == first, screen.name  # nothing of the story shows through
        assert column(app, x) != story
        seen[screen.name] = first
        app.pop()
        scene.view.set_scene("apartment_night", fade=False)
        app.run_ticks(2)
    if not contrast:
        assert len({tuple(v) for v in seen.values()}) == 3  # each screen its own backdrop


def test_a_list_that_does_not_fit_shows_a_scrollbar(app, tmp_path):
    from game.ui import theme
    from game.ui.scenes.listing import ListingScene
    from game.ui.widgets.button import Button

    class Long(ListingScene):  # more rows than the panel holds
        name = "gallery"

        def entries(self):
            return [Button(f"Row {n}", detail="more") for n in range(20)]

    start(app)
    screen = Long(app)
    app.push(screen)
    app.run_ticks(2)
    area = screen.list_area()
    x = area.right - app.layout.s(12) + app.layout.s(3)
    thumb = [pixel(app, (x, y)) for y in range(area.top + 12, area.bottom - 12, 3)]
    assert theme.PEACH in thumb


# --- 10. Type -------------------------------------------------------------------------------------
def test_the_reading_face_is_lato_in_three_styles_with_kerning(app):
    from game.ui import theme
    paths = {style: theme.face_path(style) for style in ("regular", "light", "italic")}
    assert all(p and p.endswith(".ttf") for p in paths.values()), paths
    assert len(set(paths.values())) == 3
    face = theme.font(40)
    pair = face.size("AV")[0]
    assert pair < face.size("A")[0] + face.size("V")[0]  # kerned, not glyph by glyph
    assert app.layout.font(theme.TEXT_SIZE, text=True).size("Theodore")[0] != pygame.font.Font(
        None, app.layout.font(theme.TEXT_SIZE, text=True).get_height()).size("Theodore")[0]


def test_quotes_and_dashes_are_set_curly_on_screen(app):
    from game.ui.widgets.text import typeset
    assert typeset('"It\'s late," she said -- "go on."') == (
        "\u201cIt\u2019s late,\u201d she said \u2014 \u201cgo on.\u201d")
    scene = start(app)
    scene.box.set_line("I'm \"here\"", "Samantha")
    assert scene.box._rows(app.layout) == ["I\u2019m \u201chere\u201d"]
