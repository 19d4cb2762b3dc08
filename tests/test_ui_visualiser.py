"""The character whose voice the window's light follows is story.yaml's `visualiser`, or by
default the first voiced character who is not the player, never a name written into the code:
a fixture story whose cast names another character moves the orb with that character's lines."""

from __future__ import annotations

import shutil

import pygame
import pytest
from ui_support import FIXTURE, key, settle

from game.core.config import load_config
from game.core.profile import load_profile
from game.core.story import Story
from game.ui.app import App
from game.ui.scenes.play import PlayScene
from game.ui.scenes.title import TitleScene


def story_with(tmp_path, extra_yaml: str):
    folder = tmp_path / "story"
    shutil.copytree(FIXTURE, folder)
    config = folder / "story.yaml"
    config.write_text(config.read_text(encoding="utf-8") + extra_yaml, encoding="utf-8")
    return folder


def test_the_setting_is_read_and_the_default_is_the_first_voiced_other(tmp_path):
    named = story_with(tmp_path / "a", "visualiser: theodore\n")
    assert load_config(named / "story.yaml").visualised == "theodore"
    voiced = story_with(tmp_path / "b", "player: samantha\n")
    # Samantha plays; the only other character is Theodore
    assert load_config(voiced / "story.yaml").visualised == "theodore"
    assert load_config(FIXTURE / "story.yaml").visualised == "samantha"


@pytest.fixture
def theodore_app(tmp_path):
    folder = story_with(tmp_path, "visualiser: theodore\n")
    saves = tmp_path / "saves"
    story = Story.open(folder, seed=1, seen_endings=load_profile(saves).endings_seen)
    app = App(story, saves, size=(1280, 720), fullscreen=False, seed=1)
    app.replace(TitleScene(app))
    app.run_ticks(2)
    yield app
    pygame.display.quit()


def test_the_orb_follows_the_character_story_yaml_names(theodore_app):
    app = theodore_app
    key(app, pygame.K_RETURN)
    play = app.top
    assert isinstance(play, PlayScene)
    assert play.play.voice_character == "theodore"
    presence = {}
    for _ in range(6):
        settle(app)
        beat = play.play.session.beat
        presence[getattr(beat, "line_id", None)] = play.view.samantha.target_presence
        if "f3" in presence:
            break
        key(app, pygame.K_SPACE)
    assert presence["f3"] == 1.0  # Theodore speaks: the light is his
    assert presence["f2"] < 1.0  # Samantha speaks: not the character it follows here
