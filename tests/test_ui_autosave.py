"""Autosaves as the window makes them: a chapter start's picture is that chapter's first
settled frame (not the last frame of the chapter before), and an autosave that cannot be
written says so once, quietly, while play goes on."""

from __future__ import annotations

import errno

import pygame
from ui_support import key, new_game, settle

from game.core import saves as saves_module
from game.core.saves import chapter_slot
from game.ui.scenes.play import PlayScene


def line_id(play: PlayScene) -> str | None:
    beat = play.play.session.beat
    return getattr(beat, "line_id", None)


def to_line(app, play: PlayScene, wanted: str, limit: int = 30) -> None:
    for _ in range(limit):
        if line_id(play) == wanted:
            return
        if play.choices is not None:
            key(app, pygame.K_1)
        else:
            key(app, pygame.K_SPACE)
        settle(app)
    raise AssertionError(f"never reached line {wanted} (at {line_id(play)})")


def colour_distance(a: pygame.Surface, b: pygame.Surface) -> float:
    small = (64, 36)
    ca = pygame.transform.average_color(pygame.transform.smoothscale(a, small))
    cb = pygame.transform.average_color(pygame.transform.smoothscale(b, small))
    return sum((x - y) ** 2 for x, y in zip(ca[:3], cb[:3], strict=True)) ** 0.5


def newest_autosave_picture(app, play: PlayScene) -> pygame.Surface:
    slots = play.play.session.slots
    slots.flush()
    info = slots.info(chapter_slot("second"))  # the chapter start's own autosave
    assert info is not None and info.chapter == "second"
    return pygame.image.load(str(slots.path(info.slot).with_suffix(".jpg")))


def test_a_chapter_start_autosave_shows_the_new_chapter(app):
    play = new_game(app)
    to_line(app, play, "f8")  # the last line of chapter one, on its night-time scene
    before = pygame.Surface(app.window.get_size())
    play.draw(before)
    key(app, pygame.K_SPACE)  # into chapter two: the dawn roof
    assert line_id(play) == "s1"
    settle(app)
    app.run_ticks(4)
    after = pygame.Surface(app.window.get_size())
    play.draw(after)
    thumb = newest_autosave_picture(app, play)
    assert colour_distance(before, after) > 20  # the two scenes do look different
    assert colour_distance(thumb, after) < colour_distance(thumb, before)


def test_a_failed_autosave_is_told_once_and_play_goes_on(app, monkeypatch):
    play = new_game(app)
    real_write = saves_module.atomic_write_bytes

    def disk_full(path, data, **options):  # noqa: ANN001, ANN003, ANN202
        if path.name.startswith(("auto-", "chapter-")):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(path, data, **options)

    monkeypatch.setattr(saves_module, "atomic_write_bytes", disk_full)
    to_line(app, play, "f4")
    key(app, pygame.K_SPACE)  # the choice: its autosave fails
    settle(app)
    app.run_ticks(4)
    assert play.choices is not None  # play went on
    assert play.toast == ("Autosave failed: cannot write (No space left on device). "
                          "Your place is kept; try Save.")
    play.toast, play.toast_ticks = "", 0
    to_line(app, play, "s1")  # chapter two's autosave fails too: not said again
    settle(app)
    app.run_ticks(4)
    assert "Autosave failed" not in play.toast
    assert play.play.session.problems  # but kept among the session's problems
    monkeypatch.setattr(saves_module, "atomic_write_bytes", real_write)
    assert play.save("1") == "Saved to slot 1."  # the place is kept: a save works
    for _ in range(10):  # on to chapter two's choice: this autosave works
        if play.choices is not None:
            break
        key(app, pygame.K_SPACE)
        settle(app)
    app.run_ticks(4)
    assert play.choices is not None
    assert play.play.session.autosave_failure is None
    assert play.autosave_noticed is False  # a later failure would be told again


def taken_frames(app, session, frames: int = 600) -> tuple[list[tuple[bool, bool]], int]:
    """Frame by frame: how the frame an autosave was taken on was drawn (whole, a new place
    shown) and how many frames put one off."""
    play, taken, put_off = app.top, [], 0
    for _ in range(frames):
        due, in_part = session.autosave_due, app.changed_frames
        app.run_ticks(1)
        if due and not session.autosave_due:
            taken.append((app.changed_frames == in_part, play.view.moved_on))
            break
        put_off += due and play.view.moved_on and not play.view.busy()
    return taken, put_off


def test_an_autosave_waits_a_frame_after_the_frame_that_shows_a_new_place(app):
    """The frame a chapter's fade and card end on is drawn whole, and the frame an answer is
    taken on lays out and draws the next line: an autosave taken there too (its picture
    and its state) made it the heaviest frame of the two. The capture waits one frame, for
    one that only moved what moves on its own, and is taken then."""
    play = new_game(app)
    to_line(app, play, "f8")
    session = play.play.session
    key(app, pygame.K_SPACE, ticks=0)  # into chapter two: its fade, card and autosave
    taken, put_off = taken_frames(app, session)
    assert taken == [(False, False)], "taken on a frame drawn in part"
    assert put_off >= 1, "the frame that showed the new place put it off"
    session.slots.flush()
    assert session.slots.info(chapter_slot("second")) is not None
    settle(app)
    key(app, pygame.K_SPACE, ticks=0)  # the next line, then its answers: a choice's autosave
    for _ in range(20):
        if play.choices is not None:
            break
        key(app, pygame.K_SPACE, ticks=1)
    taken, _ = taken_frames(app, session)  # put off by the frame the answers came on
    assert taken == [(False, False)], "taken on the frame after the answers came"
