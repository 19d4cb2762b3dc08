"""The keymap is the one place keys are bound: no scene compares an event with a key constant,
a binding changed in the table changes what the key does and what Help says, and Help opens
with F1 or ? from play and the title."""

from __future__ import annotations

import ast
from pathlib import Path

import pygame
import pytest
from ui_support import key, new_game

from game.ui import keymap
from game.ui.scenes.game_menu import GameMenuScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.history import HistoryScene
from game.ui.scenes.title import TitleScene

UI = Path(__file__).resolve().parents[1] / "game" / "ui"


def typed(app, code: int, text: str, mod: int = 0) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text,
                                         scancode=0))
    app.run_ticks(2)


def key_constants(path: Path) -> list[str]:
    """Every `pygame.K_…`/`KMOD_…` (or a bare imported `K_…`) named in a source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = node.attr if isinstance(node, ast.Attribute) else (
            node.id if isinstance(node, ast.Name) else "")
        if name.startswith(("K_", "KMOD_")):
            found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {name}")
        if isinstance(node, ast.ImportFrom) and node.module == "pygame" and any(
                a.name.startswith(("K_", "KMOD_")) or a.name == "*" for a in node.names):
            found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: import")
    return found


def test_no_scene_names_a_key_outside_the_keymap():
    bad = [hit for path in sorted(UI.rglob("*.py")) if path.name != "keymap.py"
           for hit in key_constants(path)]
    assert bad == []


def test_the_walk_finds_a_key_constant(tmp_path):
    sample = UI / "_sample_for_the_walk.py"  # the walk itself must be able to fail
    try:
        sample.write_text("import pygame\nif event.key == pygame.K_x:\n    pass\n")
        assert key_constants(sample) == ["game/ui/_sample_for_the_walk.py:2: K_x"]
    finally:
        sample.unlink()


def test_every_binding_parses_and_help_names_real_actions():
    assert keymap.check() == []
    with pytest.raises(keymap.KeymapError, match="K_NOPE"):
        keymap.parse("K_NOPE")


def test_modifiers_are_part_of_a_binding():
    enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r")
    alt_enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=pygame.KMOD_LALT,
                                   unicode="\r")
    assert keymap.pressed(enter, "dismiss") and not keymap.pressed(enter, "toggle_fullscreen")
    assert keymap.pressed(alt_enter, "toggle_fullscreen")
    assert not keymap.pressed(alt_enter, "dismiss")  # Alt+Enter is not Enter
    shift_r = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_r, mod=pygame.KMOD_LSHIFT,
                                 unicode="R")
    assert keymap.pressed(shift_r, "reload") and not keymap.pressed(shift_r, "speedrun_reset")


def test_a_binding_changed_in_the_table_changes_the_key_and_the_help(app, monkeypatch):
    play = new_game(app)
    monkeypatch.setitem(keymap.KEYMAP, "history", ("K_j",))
    key(app, pygame.K_h)
    assert app.top is play  # H no longer opens history
    key(app, pygame.K_j)
    assert isinstance(app.top, HistoryScene)
    key(app, pygame.K_j)  # and closes it
    assert app.top is play
    typed(app, pygame.K_F1, "")
    assert isinstance(app.top, HelpScene)
    text = app.top.text()
    assert "J: history" in text and "H: history" not in text


def test_help_opens_with_f1_and_question_mark_from_play_and_title(app):
    assert isinstance(app.top, TitleScene)
    typed(app, pygame.K_F1, "")
    assert isinstance(app.top, HelpScene)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScene)
    typed(app, pygame.K_SLASH, "?", pygame.KMOD_LSHIFT)  # ? wherever the layout puts it
    assert isinstance(app.top, HelpScene)
    key(app, pygame.K_ESCAPE)
    play = new_game(app)
    typed(app, pygame.K_SLASH, "?", pygame.KMOD_LSHIFT)
    assert isinstance(app.top, HelpScene)
    help_text = app.top.text()
    for action in ("history", "rollback", "quick_save", "toggle_fullscreen"):
        assert keymap.describe(action) in help_text
    key(app, pygame.K_ESCAPE)
    assert app.top is play
    key(app, pygame.K_ESCAPE)  # the game menu's Help too
    assert isinstance(app.top, GameMenuScene)
    labels = [b.label for b in app.top.menu.buttons]
    app.top.menu.focus = labels.index("Help")
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, HelpScene)


def test_help_draws_every_row_inside_the_window(app):
    typed(app, pygame.K_F1, "")
    help_scene = app.top
    assert isinstance(help_scene, HelpScene)
    app.draw()  # drawing all rows at the smallest window must not run off the bottom
    assert len(help_scene.rows()) >= 14
