"""Mods in the window, through the real App loop: the story picker on the title screen (with a
broken mod in a scratch mods folder), hot reload of a story edited while it plays (a copy in
tmp_path, never the repo's files), its error overlay, Shift+R, and `play --load`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pygame
import pytest
from ui_support import FIXTURE, advance_to_choice, await_reload, key, settle

from game import cli
from game.core.profile import load_profile
from game.core.story import Story
from game.ui.app import App
from game.ui.scenes.play import PlayScene
from game.ui.scenes.stories import StoriesScene
from game.ui.scenes.title import TitleScene

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "mods" / "amys_documentary"
BROKEN_YAML = "id: broken_mod\ntitle: Broken\nentry: ../outside.ink\n"


@pytest.fixture
def story_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "small_hours"
    shutil.copytree(FIXTURE, folder)
    return folder


@pytest.fixture
def mods_root(tmp_path: Path) -> Path:
    root = tmp_path / "mods"
    shutil.copytree(EXAMPLE, root / "amys_documentary", ignore=shutil.ignore_patterns("voice"))
    (root / "broken_mod").mkdir()
    (root / "broken_mod" / "mod.yaml").write_text(BROKEN_YAML, encoding="utf-8")
    return root


def open_app(story_path: Path, save_dir: Path, mods_root: Path | None = None) -> App:
    story = Story.open(story_path, seed=1, seen_endings=load_profile(save_dir).endings_seen)
    app = App(story, save_dir, size=(1280, 720), fullscreen=False, seed=1, mods_root=mods_root,
              modding=True)  # as `play --story`: hot reload is on
    app.replace(TitleScene(app))
    app.run_ticks(2)
    return app


@pytest.fixture
def app(story_copy: Path, tmp_path: Path, mods_root: Path):
    app = open_app(story_copy, tmp_path / "saves", mods_root)
    yield app
    pygame.display.quit()


def title_entry(app: App, label: str) -> None:
    assert isinstance(app.top, TitleScene)
    while app.top.menu.buttons[app.top.menu.focus].label != label:
        key(app, pygame.K_DOWN, ticks=1)
    key(app, pygame.K_RETURN)


def focus_row(app: App, title: str) -> None:
    picker = app.top
    for _ in range(len(picker.rows)):
        if picker.rows[picker.column.focus].title == title:
            return
        key(app, pygame.K_DOWN, ticks=1)
    raise AssertionError(f"no row {title!r}")


def new_game(app: App) -> PlayScene:
    title_entry(app, "New game")
    settle(app)
    assert isinstance(app.top, PlayScene)
    return app.top


def read_to(app: App, text: str) -> None:
    for _ in range(20):
        if app.top.box.text == text:
            return
        key(app, pygame.K_SPACE)
        settle(app)
    raise AssertionError(f"never reached {text!r}; at {app.top.box.text!r}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- the story picker ------------------------------------------------------------------------
def test_picker_lists_the_example_mod_and_a_broken_one_and_plays_the_chosen_mod(app, tmp_path):
    title_entry(app, "Stories")
    picker = app.top
    assert isinstance(picker, StoriesScene)
    rows = {row.title: row for row in picker.rows}
    assert picker.rows[0].title == "Small Hours"  # the story the game started with, first
    amy = rows["Amy's Documentary"]
    assert (amy.author, amy.version) == ("The Her team", "1.0")
    assert amy.description.startswith("One evening in Amy's apartment")
    broken = rows["broken_mod"]
    assert not broken.playable
    assert re.search(r"broken_mod/mod\.yaml: error: entry: '\.\./outside\.ink' climbs out",
                     broken.problem), broken.problem

    focus_row(app, "broken_mod")  # a broken mod can be read but not started
    key(app, pygame.K_RETURN)
    assert app.top is picker and "cannot load" in picker.status
    focus_row(app, "Amy's Documentary")
    key(app, pygame.K_RETURN)
    scene = app.top
    assert isinstance(scene, PlayScene)
    settle(app)
    assert scene.box.text.startswith("The elevator opens two floors down from Theodore's")
    assert app.story.meta["title"] == "Amy's Documentary"

    key(app, pygame.K_F5)  # the mod's saves and profile live apart from the main story's
    mod_saves = tmp_path / "saves" / "mods" / "amys_documentary"
    assert (mod_saves / "quick.json").is_file()
    assert not (tmp_path / "saves" / "quick.json").exists()

    app.top.to_title()
    app.run_ticks(2)
    title_entry(app, "Stories")
    assert app.top.rows[app.top.column.focus].title == "Amy's Documentary"  # playing now
    focus_row(app, "Small Hours")
    key(app, pygame.K_RETURN)
    settle(app)
    assert app.top.box.text.startswith("The apartment hums")
    assert app.save_dir == tmp_path / "saves"


def test_a_broken_mod_never_stops_the_picker_or_the_others(tmp_path, story_copy, mods_root):
    (mods_root / "amys_documentary" / "mod.yaml").write_text(
        "id: amys_documentary\ntitle: [oops\n", encoding="utf-8")
    app = open_app(story_copy, tmp_path / "saves", mods_root)
    title_entry(app, "Stories")
    rows = {row.title: row for row in app.top.rows}
    assert not rows["amys_documentary"].playable
    assert re.match(r"mods/amys_documentary/mod\.yaml:\d+: error: not valid YAML",
                    rows["amys_documentary"].problem)
    assert rows["Small Hours"].playable
    pygame.display.quit()


# --- hot reload -------------------------------------------------------------------------------
def test_editing_the_playing_story_reloads_it_where_the_player_is(app, story_copy):
    scene = new_game(app)
    read_to(app, "I am. I don't know why.")
    old_story = app.story
    edit(story_copy / "main.ink", "I don't know why.", "I never know why.")
    edit(story_copy / "main.ink", "Tell me something true.", "Tell me something new.")
    message = await_reload(app)
    assert message == "Reloaded the edited story; you are where you were."
    assert app.top is scene and scene.toast == message
    assert app.story is not old_story and scene.play.session.story is app.story
    assert scene.box.text == "I am. I never know why."  # the line on screen, as edited
    assert scene.play.history[-1].text == "I am. I never know why."
    key(app, pygame.K_SPACE)
    settle(app)
    assert scene.box.text == "Tell me something new."
    advance_to_choice(app)
    key(app, pygame.K_2)
    settle(app)
    assert scene.box.text == "I keep thinking about Catherine."
    assert app.story.get("closeness") == 2


def test_a_broken_edit_shows_the_errors_and_the_game_plays_on(app, story_copy):
    scene = new_game(app)
    app.run_ticks(700)  # everything settles: the frame below is what an idle screen shows
    app.draw()
    clean = app.window.copy()
    source = story_copy / "main.ink"
    lines = source.read_text(encoding="utf-8").splitlines()
    broken_at = lines.index("Theodore: I am. I don't know why. #id:f3") + 1
    edit(source, "Theodore: I am. I don't know why. #id:f3",
         "Theodore: I am. I don't know why. #id:f3\n-> nowhere_at_all")
    message = await_reload(app)
    assert "still playing the last good build" in message
    errors = scene.live.errors
    assert errors and all(re.match(r"small_hours/main\.ink:\d+: error: ", e) for e in errors)
    assert any(e.startswith(f"small_hours/main.ink:{broken_at + 1}: error: ")
               and "nowhere_at_all" in e for e in errors), errors

    app.draw()  # the overlay covers the top of the screen, the dialogue box stays clear
    overlay_spot, box_spot = (100, 90), (300, 700)
    assert app.window.get_at(overlay_spot) != clean.get_at(overlay_spot)
    key(app, pygame.K_SPACE)  # the last good build goes on playing
    settle(app)
    assert scene.box.text == "Hello. Are you still awake?"
    assert scene.live.errors  # still broken: the overlay stays
    assert app.window.get_at(box_spot)[:3] != (0, 0, 0)

    edit(source, "\n-> nowhere_at_all", "")
    assert await_reload(app).startswith("Reloaded the edited story")
    assert scene.live.errors == []
    app.draw()
    assert scene.box.text == "Hello. Are you still awake?"


def test_shift_r_forces_a_reload_and_an_idle_screen_stays_idle(app):
    scene = new_game(app)
    key(app, pygame.K_SPACE)
    app.run_ticks(700)  # drifting light settles
    before = app.frames_drawn
    assert app.run_ticks(300) == 0  # watching the files draws nothing
    old_story = app.story
    key(app, pygame.K_r)  # plain R is not a reload
    app.run_ticks(5)
    assert scene.live.last is None and app.story is old_story
    said: list[str] = []
    say = scene.say
    scene.say = lambda message: (said.append(message), say(message))
    key(app, pygame.K_r, mod=pygame.KMOD_LSHIFT)
    assert await_reload(app) == "Reloaded the edited story; you are where you were."
    assert said == ["Reloading the story…", "Reloaded the edited story; you are where you were."]
    assert app.story is not old_story
    assert scene.box.text == "Hello. Are you still awake?"
    assert app.frames_drawn > before


# --- play --load ------------------------------------------------------------------------------
def run_play(monkeypatch, *args: str) -> tuple[int, list]:
    """`python main.py play …` through the real command line, with the window run for 30 ticks
    instead of until the player quits."""
    seen: list = []

    def run(self: App) -> None:
        self.run_ticks(30)
        settle(self)
        seen.append((self.top, self.top.box.text if isinstance(self.top, PlayScene) else None,
                     getattr(self.top, "toast", "")))

    monkeypatch.setattr(App, "run", run)
    # play_command ends with pygame.quit(); the font cache outlives it, which only a second
    # window in the same process (this test) would notice
    monkeypatch.setattr(pygame, "quit", pygame.display.quit)
    return cli.main(["play", *args]), seen


def test_play_load_resumes_a_slot_and_says_when_it_used_the_previous_copy(
        app, story_copy, tmp_path, monkeypatch, capsys):
    new_game(app)
    read_to(app, "I am. I don't know why.")
    key(app, pygame.K_F5)
    key(app, pygame.K_SPACE)
    settle(app)
    key(app, pygame.K_F5)
    pygame.display.quit()
    saves = str(tmp_path / "saves")

    code, seen = run_play(monkeypatch, "--story", str(story_copy), "--save-dir", saves,
                          "--load", "quick")
    assert code == 0
    scene, text, toast = seen[0]
    assert isinstance(scene, PlayScene) and text == "Tell me something true."
    assert toast == "Quick load: back to your quick save."  # the plain notice, no recovery

    (tmp_path / "saves" / "quick.json").write_text("{ damaged", encoding="utf-8")
    code, seen = run_play(monkeypatch, "--story", str(story_copy), "--save-dir", saves,
                          "--load", "quick")
    assert code == 0
    scene, text, toast = seen[0]
    assert text == "I am. I don't know why."  # the previous good copy of the slot
    assert "previous" in toast.lower()

    code, seen = run_play(monkeypatch, "--story", str(story_copy), "--save-dir", saves,
                          "--load", "7")
    assert code == 1 and seen == []
    assert "save slot '7'" in capsys.readouterr().err


def test_a_story_picked_in_the_window_plays_in_the_games_language(tmp_path, story_copy,
                                                                    mods_root):
    import polib
    from helpers import run_cli

    amy = mods_root / "amys_documentary"
    assert run_cli("translate", "extract", "--lang", "fr", "--story", str(amy)).returncode == 0
    po = polib.pofile(str(amy / "translations" / "fr.po"))
    first = next(e for e in po if e.msgid.startswith("The elevator opens two floors down"))
    first.msgstr = "L'ascenseur s'ouvre deux étages plus bas."
    po.save()
    story = Story.open(story_copy, seed=1)
    app = App(story, tmp_path / "saves", size=(1280, 720), fullscreen=False, seed=1,
              mods_root=mods_root, language="fr")
    app.replace(TitleScene(app))
    app.run_ticks(2)
    try:
        title_entry(app, "Stories")
        focus_row(app, "Amy's Documentary")
        key(app, pygame.K_RETURN)
        settle(app)
        assert isinstance(app.top, PlayScene)
        assert app.top.box.text.startswith("L'ascenseur s'ouvre deux étages plus bas.")
    finally:
        pygame.display.quit()
