"""What a frame may cost: saves leave their slow work (fsync, PNG encoding, the profile) to the
writer thread, quitting waits for that thread, and drawing stays cheap (dirty rectangles that
match a full redraw, bounded caches, an idle window that stops drawing)."""

from __future__ import annotations

import threading
import time

import pygame
import pytest
from ui_support import advance_to_choice, key, make_app, settle

import game.core.files as files
import game.ui.save_bridge as save_bridge


@pytest.fixture
def app(tmp_path):
    made = make_app(tmp_path)
    yield made
    pygame.display.quit()


def start(app):
    app.top.new_game()
    app.run_ticks(2)
    settle(app)
    return app.top


@pytest.fixture
def watch(monkeypatch):
    """Which thread calls fsync and encodes a thumbnail, in order."""
    calls: list[tuple[str, str]] = []
    real_fsync, real_png = files.os.fsync, save_bridge.encode_png

    def fsync(fd):
        calls.append(("fsync", threading.current_thread().name))
        return real_fsync(fd)

    def encode_png(surface):
        calls.append(("png", threading.current_thread().name))
        return real_png(surface)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(save_bridge, "encode_png", encode_png)
    return calls


def test_f5_and_autosaves_leave_fsync_and_the_png_to_the_writer_thread(app, tmp_path, watch):
    start(app)
    app.writer.join()  # the chapter's autosave
    watch.clear()
    frame_thread = threading.current_thread().name
    key(app, pygame.K_F5)  # the key helper waits for the writer, as a few frames would
    assert (tmp_path / "quick.json").is_file() and (tmp_path / "quick.png").is_file()
    assert ("png", "her-window") in watch
    assert [c for c in watch if c[0] == "fsync"] == [("fsync", "her-window")]  # one per save
    watch.clear()
    advance_to_choice(app)  # a new choice point autosaves, with its picture
    assert any(p.name.startswith("auto-") for p in tmp_path.glob("*.png"))
    assert watch and all(thread != frame_thread for _, thread in watch)


def test_a_save_from_the_menu_pictures_the_story_not_the_menu(app, tmp_path):
    scene = start(app)
    story_pixel = tuple(app.window.get_at((640, 200)))[:3]
    scene.open_saves("save")
    app.run_ticks(2)
    assert tuple(app.window.get_at((640, 200)))[:3] != story_pixel  # the save screen is up
    key(app, pygame.K_RETURN)  # slot 1
    picture = pygame.image.load(str(tmp_path / "1.png"))
    assert picture.get_size() == save_bridge.THUMB_SIZE
    got = tuple(picture.get_at((160, 50)))[:3]
    assert max(abs(a - b) for a, b in zip(got, story_pixel, strict=True)) < 40


def test_closing_the_window_waits_for_the_writer_so_nothing_is_lost(app, tmp_path, monkeypatch):
    start(app)
    real = files.atomic_write_bytes

    def slow(path, data, **kwargs):
        time.sleep(0.3)  # a slow disk: the window closes before the save is written
        real(path, data, **kwargs)

    monkeypatch.setattr("game.core.saves.atomic_write_bytes", slow)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F5, mod=0, unicode="",
                                         scancode=0))
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.run()
    assert (tmp_path / "quick.json").is_file() and (tmp_path / "exit.json").is_file()
    assert not app.writer.thread.is_alive()


def test_a_save_the_writer_could_not_make_is_told_in_the_window(app, tmp_path, monkeypatch):
    scene = start(app)

    def refuse(path, data, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("game.core.saves.atomic_write_bytes", refuse)
    key(app, pygame.K_F5)
    app.run_ticks(1)
    assert "cannot write" in scene.toast and any("cannot write" in m for m in app.messages)
