"""The window, driven through its real loop with posted input: new game, lines, choices by
keyboard and mouse, history, rollback, an ending and the gallery."""

from __future__ import annotations

import pygame
from ui_support import advance_to_choice, click, key, pixel, settle, wheel

from game.core.profile import load_profile
from game.ui import theme
from game.ui.scenes.ending import EndingScene
from game.ui.scenes.gallery import GalleryScene
from game.ui.scenes.history import HistoryScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene


def new_game(app) -> PlayScene:
    assert isinstance(app.top, TitleScene)
    focused = app.top.menu.buttons[app.top.menu.focus]
    assert focused.label == "New game"  # Continue is disabled on a fresh profile
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScene)
    return app.top


def test_new_game_types_the_first_line_then_advances(app):
    scene = new_game(app)
    first = "The apartment hums"
    assert scene.box.text.startswith(first)
    app.run_ticks(scene.view.card_ticks + 20)  # the chapter card first, then the typing
    assert 0 < scene.box.shown < len(scene.box.text)  # typewriter, not all at once
    key(app, pygame.K_SPACE)
    assert scene.box.done  # the first press completes the line
    assert scene.box.text.startswith(first)
    settle(app)
    key(app, pygame.K_SPACE)  # the second goes on
    assert scene.box.text == "Hello. Are you still awake?"
    assert scene.box.name == "Samantha"
    key(app, pygame.K_SPACE)
    settle(app)
    # the speaker plate is drawn in Samantha's colour from story.yaml
    plate = scene.box.box_rect(app.layout)
    assert pixel(app, (plate.left + app.layout.s(theme.BOX_PAD) + 4, plate.top)) == (
        theme.hex_colour("#f2a477"))
    assert scene.play.presentation.bg == "apartment_night"


def test_choice_by_keyboard_arrows_and_enter(app):
    scene = new_game(app)
    advance_to_choice(app)
    assert scene.choices.texts[1] == "Tell her about Catherine."
    assert scene.choices.focused is None  # nothing chosen for the player
    key(app, pygame.K_DOWN)
    assert scene.choices.focus == 0
    key(app, pygame.K_DOWN)
    assert scene.choices.focus == 1
    key(app, pygame.K_RETURN)
    assert scene.choices is None
    assert scene.box.text == "I keep thinking about Catherine."
    assert app.story.get("closeness") == 2


def test_choice_by_mouse_hover_and_click(app):
    scene = new_game(app)
    advance_to_choice(app)
    target = scene.choices.rects[2]
    resting = pixel(app, (target.left + 4, target.centery))
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=target.center, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    app.run_ticks(2)
    assert scene.choices.focus == 2
    hovered = pixel(app, (target.left + 4, target.centery))
    click(app, target.center)
    assert scene.box.text == "He says nothing for a while."
    assert hovered != resting  # the hovered answer is drawn highlighted


def test_number_keys_choose(app):
    scene = new_game(app)
    advance_to_choice(app)
    key(app, pygame.K_1)
    assert scene.box.text == "The city looks like it's on fire at this hour."


def test_history_opens_with_h_and_lists_lines(app):
    scene = new_game(app)
    advance_to_choice(app)
    key(app, pygame.K_h)
    assert isinstance(app.top, HistoryScene)
    texts = [entry.text for entry in app.top.entries]
    assert texts[1] == "Hello. Are you still awake?"
    assert texts[-1] == "Tell me something true."
    key(app, pygame.K_ESCAPE)
    assert app.top is scene
    key(app, pygame.K_h)
    assert isinstance(app.top, HistoryScene)
    wheel(app, -1)  # scrolling down past the newest line closes it
    assert app.top is scene


def test_rollback_returns_to_earlier_lines_and_choices(app):
    scene = new_game(app)
    advance_to_choice(app)
    key(app, pygame.K_1)
    assert app.story.get("closeness") == 1
    key(app, pygame.K_PAGEUP)  # back over the choice to the line before it
    assert scene.choices is None
    assert scene.box.text == "Tell me something true."
    assert app.story.get("closeness") == 0
    key(app, pygame.K_PAGEUP)
    assert scene.box.text == "I am. I don't know why."
    key(app, pygame.K_SPACE)
    settle(app)
    assert scene.box.text == "Tell me something true."
    key(app, pygame.K_SPACE)
    assert scene.choices is not None  # the same choice again, to choose differently
    key(app, pygame.K_2)
    assert app.story.get("closeness") == 2
    assert [e.text for e in scene.play.history].count("Tell me something true.") == 1


def play_to_ending(app, answers: list[int]) -> None:
    for answer in answers:
        advance_to_choice(app)
        key(app, pygame.K_1 + answer - 1)
    for _ in range(40):
        if isinstance(app.top, EndingScene):
            return
        key(app, pygame.K_SPACE)
        settle(app)
    raise AssertionError("no ending reached")


def test_ending_screen_then_title_and_gallery(app, tmp_path):
    new_game(app)
    play_to_ending(app, [2, 2])
    ending = app.top
    assert ending.ending.id == "alone"
    assert "alone" in load_profile(tmp_path).endings_seen  # written to disk already
    app.run_ticks(100)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, TitleScene)
    assert app.top.footnote == "Endings found: 1 of 2"
    while app.top.menu.buttons[app.top.menu.focus].label != "Endings":
        key(app, pygame.K_DOWN, ticks=1)
    key(app, pygame.K_RETURN)
    gallery = app.top
    assert isinstance(gallery, GalleryScene)
    shown = {b.label: b for b in gallery.column.buttons}
    assert "Alone" in shown and shown["Alone"].enabled
    assert shown["Alone"].detail == "He switched her off and listened to the rain."
    assert "Not yet found" in shown and shown["Not yet found"].detail == "Hint: Stay with her."


def test_idle_screen_does_not_redraw(app):
    new_game(app)
    key(app, pygame.K_SPACE)
    app.run_ticks(theme.AMBIENT_TICKS + 200)  # drifting light settles
    before = app.frames_drawn
    assert app.run_ticks(300) == 0
    assert app.frames_drawn == before
    assert not app.animating()
    key(app, pygame.K_m)  # input that changes the picture draws exactly once more
    assert app.frames_drawn == before + 1


def test_a_choice_note_tag_is_drawn_beside_the_choice(app):
    scene = new_game(app)
    advance_to_choice(app)
    assert scene.choices.notes[1] == "honest"  # `#note:honest`; `#topic:past` is passed on
    assert scene.choices.notes[0] is None
    rect = scene.choices.rects[1]
    strip = pygame.Rect(rect.right - app.layout.s(90), rect.top + 4, app.layout.s(80),
                        rect.height - 8)

    def shot():
        return [pixel(app, (x, y)) for x in range(strip.left, strip.right, 2)
                for y in range(strip.top, strip.bottom, 2)]

    with_note = shot()
    scene.choices.notes[1] = None
    app.run_ticks(2)
    without = shot()
    assert sum(a != b for a, b in zip(with_note, without, strict=True)) > 10
