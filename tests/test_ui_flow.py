"""Skip, auto-forward, saves, continue and chapter select through the real loop, and autoplay
from the command line with its screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame
from ui_support import FIXTURE, advance_to_choice, key, key_up, make_app, settle

from game.core.settings import load_settings
from game.ui.scenes.chapters import ChaptersScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.saves import SavesScene
from game.ui.scenes.title import TitleScene

ROOT = Path(__file__).resolve().parents[1]


def test_skip_passes_read_lines_only_and_stops_at_choices(app, tmp_path):
    app.top.new_game()
    app.run_ticks(2)
    scene = app.top
    key(app, pygame.K_TAB)
    app.run_ticks(60)
    assert scene.box.text.startswith("The apartment hums")  # unread: skip stops at once
    assert not scene.skipping
    advance_to_choice(app)
    scene.to_title()
    app.top.start_new()  # a second play-through: those lines are read now
    app.run_ticks(2)
    scene = app.top
    key(app, pygame.K_LCTRL)
    app.run_ticks(60)
    assert scene.choices is not None  # held Ctrl skipped to the choice, and stopped there
    key_up(app, pygame.K_LCTRL)
    assert not scene.skipping


def test_skip_unread_setting_skips_everything(app, tmp_path):
    app.settings.set("skip_unread", True)
    app.top.new_game()
    app.run_ticks(2)
    key(app, pygame.K_TAB)
    app.run_ticks(60)
    assert app.top.choices is not None


def test_auto_forward_waits_its_delay(app):
    app.settings.set("auto_delay", 1.0)
    app.top.new_game()
    app.run_ticks(2)
    scene = app.top
    key(app, pygame.K_SPACE)
    settle(app)
    key(app, pygame.K_a)
    first = scene.box.text
    app.run_ticks(40)
    assert scene.box.text == first
    app.run_ticks(40)
    assert scene.box.text == "Hello. Are you still awake?"


def test_quicksave_then_continue_from_the_title(app, tmp_path):
    app.top.new_game()
    app.run_ticks(2)
    advance_to_choice(app)
    key(app, pygame.K_2)
    key(app, pygame.K_F5)
    assert (tmp_path / "quick.json").is_file()
    assert app.top.toast == "Quick save made."
    app.top.to_title()
    app.run_ticks(2)
    assert isinstance(app.top, TitleScene)
    # a fresh window on the same folder: Continue resumes the newest save, in its scene
    pygame.display.quit()
    again = make_app(tmp_path)
    title = again.top
    assert title.menu.buttons[0].label == "Continue" and title.menu.buttons[0].enabled
    key(again, pygame.K_RETURN)
    scene = again.top
    assert isinstance(scene, PlayScene)
    assert scene.box.text == "I keep thinking about Catherine."
    assert scene.play.presentation.bg == "apartment_night"


def test_save_screen_writes_a_slot_and_load_screen_lists_it(app, tmp_path):
    app.top.new_game()
    app.run_ticks(2)
    play = app.top
    play.open_saves("save")
    app.run_ticks(2)
    assert isinstance(app.top, SavesScene)
    key(app, pygame.K_RETURN)  # slot 1
    assert (tmp_path / "1.json").is_file() and (tmp_path / "1.jpg").is_file()
    key(app, pygame.K_ESCAPE)
    play.open_saves("load")
    app.run_ticks(2)
    app.top.go(app.top.pages()[app.top.pages().index(app.top.page)])
    assert "1" in app.top.infos and app.top.infos["1"].status == "ok"


def test_chapter_select_starts_a_seen_chapter(app, tmp_path):
    app.top.new_game()
    app.run_ticks(2)
    advance_to_choice(app)
    key(app, pygame.K_1)
    for _ in range(4):
        key(app, pygame.K_SPACE)
        settle(app)
    assert app.top.play.presentation.chapter == "second"
    app.top.to_title()
    app.top.chapters()
    app.run_ticks(2)
    chapters = app.top
    assert isinstance(chapters, ChaptersScene)
    assert [b.enabled for b in chapters.column.buttons] == [True, True]
    key(app, pygame.K_DOWN)
    key(app, pygame.K_RETURN)
    scene = app.top
    assert isinstance(scene, PlayScene)
    assert scene.box.text == "The roof is cold and the sky is going pink at the edges."
    assert load_settings(tmp_path)["text_speed"] == 45


def test_autoplay_command_plays_to_an_ending_with_screenshots(tmp_path):
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "main.py", "--save-dir", str(tmp_path / "saves"), "play",
         "--story", str(FIXTURE), "--autoplay", "--seed", "5", "--choose", "3,2",
         "--screenshots", str(shots), "--exit-on-ending", "--size", "960x540"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "SDL_VIDEODRIVER": "dummy"})
    assert result.returncode == 0, result.stderr
    assert "ENDING: alone" in result.stdout
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names[0] == "001-title.png"
    assert any("scene-rooftop_dawn" in n for n in names)
    assert sum("choice" in n for n in names) == 2
    assert names[-1].endswith("ending-alone.png")
    assert pygame.image.load(str(shots / names[-1])).get_size() == (960, 540)
