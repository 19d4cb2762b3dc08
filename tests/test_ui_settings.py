"""Settings: one declarative table, validated on load, changed on the settings screen through
the real loop, and persisted atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest
from ui_support import click, key

from game.core.settings import BY_NAME, SETTINGS, load_settings
from game.ui.scenes.play import PlayScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene


def open_settings(app) -> SettingsScene:
    labels = [b.label for b in app.top.menu.buttons]
    while app.top.menu.buttons[app.top.menu.focus].label != "Settings":
        key(app, pygame.K_DOWN, ticks=1)
    assert labels.index("Settings") == app.top.menu.focus
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, SettingsScene)
    return app.top


def test_text_speed_change_is_saved_and_read_back(app, tmp_path):
    scene = open_settings(app)
    assert scene.label(scene.rows[0]) == "Text speed"
    assert scene.value(scene.rows[0]) == "45 chars/s"
    key(app, pygame.K_RIGHT)
    key(app, pygame.K_RIGHT)
    assert scene.value(scene.rows[0]) == "55 chars/s"
    on_disk = json.loads((tmp_path / "settings.json").read_text())
    assert on_disk["text_speed"] == 55
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScene)
    assert load_settings(tmp_path)["text_speed"] == 55


def test_toggle_by_mouse_and_text_speed_drives_the_typewriter(app, tmp_path):
    scene = open_settings(app)
    row = next(i for i, r in enumerate(scene.rows) if r.name == "show_meters")
    scene.focus = row
    scene._follow()
    click(app, scene.switch_halves(scene.rows[row])[1].center)
    assert load_settings(tmp_path)["show_meters"] is True
    for _ in range(40):  # to Instant
        scene.change(0, 1)
    assert scene.value(scene.rows[0]) == "Instant"
    key(app, pygame.K_ESCAPE)
    app.top.new_game()
    app.run_ticks(1)
    play = app.top
    assert isinstance(play, PlayScene)
    assert play.box.done and play.show_meters


def test_per_character_voice_rows_come_from_the_story(app, tmp_path):
    scene = open_settings(app)
    labels = [scene.label(r) for r in scene.rows]
    assert "Voice: Samantha" in labels and "Voice: Theodore" in labels
    index = labels.index("Voice: Samantha")
    scene.focus = index
    key(app, pygame.K_LEFT)
    assert load_settings(tmp_path)["character_volumes"] == {"samantha": 0.9}


def test_bad_values_fall_back_to_defaults_with_a_message(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({
        "text_speed": "fast", "master_volume": 7, "fullscreen": True,
        "character_volumes": {"samantha": 2}, "window_size": [1600, 900]}))
    settings = load_settings(tmp_path)
    assert settings["text_speed"] == 45 and settings["master_volume"] == 0.8
    assert settings["fullscreen"] is True and settings["window_size"] == [1600, 900]
    assert settings["character_volumes"] == {}
    assert len(settings.messages) == 3
    defaults = {s.name: s.default for s in SETTINGS}
    assert defaults["show_meters"] is False and defaults["skip_unread"] is False


def test_a_damaged_file_falls_back_to_the_previous_copy(tmp_path):
    settings = load_settings(tmp_path)
    settings.set("text_speed", 90)
    settings.save()
    settings.set("text_speed", 100)
    settings.save()  # the 90 file is kept as settings.json.bak
    (tmp_path / "settings.json").write_text("{ not json")
    again = load_settings(tmp_path)
    assert again["text_speed"] == 90
    assert any("previous copy" in m for m in again.messages)
    with pytest.raises(ValueError):
        again.set("text_speed", 9999)


def test_window_resize_and_fullscreen_are_remembered(app, tmp_path):
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1600, 900), w=1600, h=900))
    app.run_ticks(2)
    app.writer.join()  # settings are written on the window's writer thread
    assert app.layout.scale == pytest.approx(1.25)
    assert load_settings(tmp_path)["window_size"] == [1600, 900]
    key(app, pygame.K_F11)
    assert app.fullscreen and load_settings(tmp_path)["fullscreen"] is True
    key(app, pygame.K_RETURN, mod=pygame.KMOD_LALT)
    assert not app.fullscreen and load_settings(tmp_path)["fullscreen"] is False
    assert isinstance(app.top, TitleScene)  # Alt+Enter did not also press the menu


def test_a_deeply_nested_settings_file_falls_back_instead_of_crashing(tmp_path):
    (tmp_path / "settings.json").write_text("[" * 100_000 + "]" * 100_000)
    settings = load_settings(tmp_path)
    assert settings["text_speed"] == BY_NAME["text_speed"].default
    assert any("unreadable" in m for m in settings.messages)


def test_every_setting_fits_its_panel_with_the_real_story_at_both_sizes(tmp_path):
    from game.core.story import Story
    from game.ui.app import App

    root = Path(__file__).resolve().parents[1]
    from game.ui.scenes.title import TitleScene

    for size in ((1280, 720), (1920, 1080)):
        game = App(Story.open(root / "story", seed=1), tmp_path / f"{size[0]}", size=size,
                   fullscreen=False)
        game.replace(TitleScene(game))
        scene = open_settings(game)
        runner = 2  # speedrun mode and LiveSplit: not in the shipped game's settings
        assert len(scene.rows) == len([s for s in SETTINGS if s.shown]) - 1 - runner + 8
        footer_top = game.layout.point(0, 672)[1]  # the help line sits below this
        assert scene.area.bottom < footer_top
        for row in scene.rows:
            assert scene.area.contains(row.rect) and row.rect.right <= game.window.get_width()
        assert len({(r.rect.x, r.rect.y) for r in scene.rows}) == len(scene.rows)
        pygame.display.quit()
