import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, tmp_path, monkeypatch):
    """Compiled-ink cache per test session and a save folder per test (the terminal player
    records endings in the profile, which `has_seen` reads), never the developer's own."""
    cache = tmp_path_factory.getbasetemp() / "ink-cache"
    monkeypatch.setenv("HER_CACHE_DIR", str(cache))
    monkeypatch.setenv("HER_SAVE_DIR", str(tmp_path / "saves-default"))


@pytest.fixture(autouse=True)
def _collector_as_found():
    """A test that runs the command line in this process (`cli.main(["play", ...])`) lets the
    game hold and then freeze the garbage collector (game.startup): the next test finds it
    collecting everything again, its own earlier garbage included."""
    import gc

    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture
def app(tmp_path):
    """The window on the test story, at the title, in this test's folder (ui_support)."""
    import pygame
    from ui_support import make_app

    app = make_app(tmp_path)
    yield app
    pygame.display.quit()
