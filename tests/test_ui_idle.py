"""Idle costs nothing: a still window sleeps in SDL's own wait on a real display, or between
looks for input where SDL cannot wait, instead of polling SDL every millisecond, and at a choice
the drifting light is drawn from a cached picture of what stays put, each frame touching only
the small rectangles that moved."""

from __future__ import annotations

import math
import time

import pygame
import pytest
from ui_support import (
    advance_to_choice,
    assert_like_a_full_redraw,
    difference,
    differing,
    full_redraw,
    new_game,
)

from game.ui import app as app_module
from game.ui import theme, waiting
from game.ui.scenes.play_view import LAYER_AFTER
from game.ui.visuals import particles, samantha


def still_at_a_choice(app):
    new_game(app)
    advance_to_choice(app)
    app.run_ticks(theme.AMBIENT_TICKS + 240)
    assert not app.animating()
    return app.top


def test_a_still_window_sleeps_between_looks_for_input(app, monkeypatch):
    still_at_a_choice(app)
    looks = []
    real_peek = pygame.event.peek
    monkeypatch.setattr(pygame.event, "peek", lambda *a, **k: looks.append(1) or real_peek())
    sleeps: list[int] = []
    real_wait = pygame.time.wait
    monkeypatch.setattr(pygame.time, "wait", lambda ms: sleeps.append(ms) or real_wait(ms))
    timer = pygame.time.Clock()
    timer.tick()
    began, cpu = time.perf_counter(), time.thread_time()
    assert not app.step(timer), "nothing moved: nothing drawn"
    cpu, waited = time.thread_time() - cpu, time.perf_counter() - began
    assert waited >= app_module.IDLE_WAIT_MS / 1000 * 0.9, "it waited for input"
    # under SDL's dummy driver, whose SDL cannot wait on a display, it slept between looks
    # (pygame's event.wait(timeout) polls SDL every millisecond, 2-3 % of a core doing
    # nothing), each sleep the poll interval at most. What the still window costs is bench's
    # figure; CPU here only rules out a loop spinning (a loaded machine inflates each
    # wake-up: 2 % of the wait was seen under the parallel suite)
    assert sleeps and all(0 < ms <= waiting.POLL_MS for ms in sleeps), sleeps
    assert len(looks) <= app_module.IDLE_WAIT_MS / waiting.POLL_MS + 3, len(looks)
    assert cpu < 0.1 * waited, f"{cpu * 1000:.1f} ms of CPU in {waited * 1000:.0f} ms"


def test_a_key_wakes_a_still_window_within_a_frame(app):
    scene = still_at_a_choice(app)
    timer = pygame.time.Clock()
    timer.tick()
    pygame.time.set_timer(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0,
                                             unicode="", scancode=0), 50, loops=1)
    began = time.perf_counter()
    assert app.step(timer), "the key was handled and drawn"
    assert time.perf_counter() - began < 0.05 + 2 * waiting.POLL_MS / 1000 + 0.05
    assert scene.choices.focus == 0


WAITING_IN_A_WINDOW = """
import json, shutil, subprocess, sys, time
import pygame
from game.ui import waiting
pygame.display.init()
pygame.joystick.init()
pygame.display.set_mode((320, 180))
pygame.display.flip()
time.sleep(0.2)
pygame.event.get()
sleeps = []
real_wait = pygame.time.wait
pygame.time.wait = lambda ms: sleeps.append(ms) or real_wait(ms)
out = {"driver": pygame.display.get_driver(), "blocking": waiting.blocking_wait() is not None}
began = time.perf_counter()
waiting.wait_for_input(400)
out["waited_s"], out["polls"] = time.perf_counter() - began, len(sleeps)
pygame.time.set_timer(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0,
                                         unicode="", scancode=0), 50, loops=1)
began = time.perf_counter()
waiting.wait_for_input(3000)
out["timer_woke_after_s"] = time.perf_counter() - began
out["timer_queued"] = [pygame.event.event_name(e.type) for e in pygame.event.get()]
if shutil.which("xdotool"):
    subprocess.Popen(["sh", "-c", "sleep 0.2; xdotool key a"])
    began = time.perf_counter()
    waiting.wait_for_input(3000)
    out["key_woke_after_s"] = time.perf_counter() - began
    out["key_queued"] = [pygame.event.event_name(e.type) for e in pygame.event.get()]
pygame.joystick.get_count = lambda: 1  # a gamepad attached: SDL itself would poll
sleeps.clear()
waiting.wait_for_input(100)
out["polls_with_a_gamepad"] = len(sleeps)
print(json.dumps(out))
"""


def test_a_still_window_on_a_real_display_waits_on_it_without_looking(tmp_path):
    """On a display SDL can wait on (X11 here; Wayland, Windows and macOS too) a still window
    sleeps in SDL's own wait until input, a timer or a posted event arrives, not looking at
    the queue every few milliseconds (1-3 % of a core for a window where nothing moves),
    and what woke it is still queued for the frame; with a gamepad attached, which SDL
    polls, it looks as before."""
    import json
    import os
    import subprocess
    import sys

    from bench.ui import ROOT, xvfb_display

    with xvfb_display() as display:
        if display is None:
            pytest.skip("needs Xvfb for a real display (apt-get install xvfb)")
        env = dict(os.environ, DISPLAY=display, SDL_VIDEODRIVER="x11", HOME=str(tmp_path))
        run = subprocess.run([sys.executable, "-c", WAITING_IN_A_WINDOW], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["driver"] == "x11" and out["blocking"], out
    assert out["waited_s"] >= 0.36 and out["polls"] == 0, out
    assert out["timer_woke_after_s"] < 1.0 and "KeyDown" in out["timer_queued"], out
    if "key_woke_after_s" in out:  # xdotool installed: a key from the X server itself
        assert out["key_woke_after_s"] < 2.0 and "KeyDown" in out["key_queued"], out
    assert out["polls_with_a_gamepad"] > 0, out


# --- the cached interface: ambient frames redraw only what moved, and never a stale picture ---
def ambient_choice(app):
    """At a choice just after her line: the motes drifting, her light there and breathing."""
    new_game(app)
    advance_to_choice(app)
    scene = app.top
    scene.view.ambient = theme.AMBIENT_TICKS
    form = scene.view.samantha
    form.presence = form.target_presence = 1.0
    app.run_ticks(3)
    return scene


def from_cache(app) -> pygame.Surface:
    """The window as a partial frame would make it if every pixel had moved: the backdrop,
    the motes and her light as on screen, then the cached interface over all of it."""
    view = app.top.view
    surface = pygame.Surface(app.window.get_size()).convert()
    surface.blit(app.backdrops.get(view.bg or "black", surface.get_size()), (0, 0))
    for mote in view._screen[1]:
        particles.paint(surface, mote)
    if view._screen[2] is not None:
        samantha.paint(surface, view._screen[2])
    view._layer.apply(surface, [surface.get_rect()])
    return surface


def settle_cached(app, ticks: int = LAYER_AFTER + 12) -> None:
    """Ambient frames after a change: whole ones until the picture has stayed a while, then
    ones drawn from the cache."""
    before = app.changed_frames
    app.run_ticks(ticks)
    assert app.changed_frames > before, "ambient frames are drawn from the cache"
    assert app.top.view._layer is not None


def test_ambient_frames_at_a_choice_redraw_and_present_only_what_moved(app, monkeypatch):
    scene = ambient_choice(app)
    sent: list[pygame.Rect] = []
    flips: list[int] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: sent.extend(rects))
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(1))
    app.run_ticks(LAYER_AFTER + 12)
    whole = app.window.get_width() * app.window.get_height()
    for _ in range(30):
        before = app.window.copy()
        sent.clear()
        changed = app.changed_frames
        assert app.run_ticks(1) == 1
        assert app.changed_frames == changed + 1, "drawn from the cached interface"
        area = sum(rect.width * rect.height for rect in sent)
        assert area < whole * 0.15, f"{area} of {whole} pixels presented"
        moved = difference(before, app.window)
        for rect in sent:
            moved.fill((0, 0, 0), rect)
        assert differing(moved) == 0, "every pixel that changed was presented"
    assert not flips
    assert_like_a_full_redraw(app, app.window)
    assert scene.view.motes.tick > 0



def test_a_line_typing_redraws_only_its_new_letters_and_what_moved(app, monkeypatch):
    """While a line types (most of a play-through), a frame redraws the rows its new letters
    are on, the motes that moved and her light, with the dialogue box drawn over them
    clipped, not the whole window: exactly the picture a full redraw makes. So is the frame
    the line is finished on, and those after it while the interface is cached."""
    app.settings.set("text_speed", 10)  # a letter every sixth frame: many frames typing
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0,
                                         unicode="", scancode=0))
    app.run_ticks(2)
    scene = app.top
    for _ in range(600):  # the chapter's card and the scene's fade in go first
        if scene.view._quiet() and scene.box.shown >= 1:
            break
        app.run_ticks(1)
    form = scene.view.samantha
    form.presence = form.target_presence = 1.0
    while int(scene.box.shown) < len(scene.box.rows[0]) - 6:  # near the end of its first row
        app.run_ticks(6)
    sent: list[pygame.Rect] = []
    flips: list[int] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: sent.extend(rects))
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(1))

    def frame_in_part(largest: float) -> None:
        before, changed = app.window.copy(), app.changed_frames
        sent.clear()
        assert app.run_ticks(1) == 1
        assert app.changed_frames == changed + 1, "drawn in part"
        area = sum(rect.width * rect.height for rect in sent)
        assert area < largest * app.window.get_width() * app.window.get_height(), \
            f"{area} pixels presented"
        moved = difference(before, app.window)
        for rect in sent:
            moved.fill((0, 0, 0), rect)
        assert differing(moved) == 0, "every pixel that changed was presented"

    typed = 0
    for _ in range(120):
        shown = int(scene.box.shown)
        frame_in_part(0.2)
        assert not scene.box.done, "still typing"
        assert differing(difference(app.window, full_redraw(app))) == 0, "a full redraw's"
        typed += int(scene.box.shown) > shown
    assert typed >= 15, "letters appeared"
    assert len(scene.box.rows) > 1 and int(scene.box.shown) > len(scene.box.rows[0]), \
        "the typing went on to its second row"
    app.settings.set("text_speed", 200)  # the rest of the line, quickly
    while not scene.box.done:
        frame_in_part(0.2)
        assert differing(difference(app.window, full_redraw(app))) == 0, "a full redraw's"
    for _ in range(LAYER_AFTER + 8):  # the ▼ shown; the interface cached, a band a frame
        frame_in_part(0.45)  # a band of the cache is drawn again the frame it is made
        assert_like_a_full_redraw(app, app.window)
    assert scene.view._layer is not None and not scene.view._layer.bands
    assert not flips


def test_a_key_that_changes_the_interface_redraws_where_it_was_and_is(app, monkeypatch):
    """A focus moved, an answer taken, the next line: the interface changed, the scene did
    not, so the frame redraws where the interface was and where it is now (and what moved
    on its own), not the whole window, and shows exactly what a full redraw shows."""
    scene = ambient_choice(app)
    settle_cached(app)
    sent: list[pygame.Rect] = []
    flips: list[int] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: sent.extend(rects))
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(1))
    whole = app.window.get_width() * app.window.get_height()

    def press(code: int) -> None:
        before, changed = app.window.copy(), app.changed_frames
        sent.clear()
        key_down(app, code)
        assert app.changed_frames == changed + 1, "drawn in part"
        assert sum(rect.width * rect.height for rect in sent) < whole * 0.6
        moved = difference(before, app.window)
        for rect in sent:
            moved.fill((0, 0, 0), rect)
        assert differing(moved) == 0, "every pixel that changed was presented"
        assert differing(difference(app.window, full_redraw(app))) == 0, "a full redraw's"

    press(pygame.K_DOWN)
    assert scene.choices.focus == 0
    line = scene.box.text
    press(pygame.K_1)  # the answer taken: the answers go, the line after it types
    assert scene.choices is None and scene.box.text != line
    press(pygame.K_SPACE)  # the line shown at once
    assert scene.box.done
    press(pygame.K_F5)  # "Quick save made.": a notice, the interface's too
    assert scene.toast
    assert not flips


def test_her_light_is_redrawn_whole_only_when_her_glow_changes(app, monkeypatch):
    """Her line of sound moves every frame and her ring every few; her glow (330 pixels
    square at 1080p) changes size less often, and only then is all of her redrawn: the
    ring's square alone when the ring or its dot changes, her line's rectangle otherwise."""
    app.resized((1920, 1080))
    scene = ambient_choice(app)
    settle_cached(app)
    sent: list[list[pygame.Rect]] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: sent.append(list(rects)))
    whole_her = glow_changed = 0
    for _ in range(240):
        shown = scene.view._screen[2]
        sent.clear()
        assert app.run_ticks(1) == 1 and len(sent) == 1
        her = scene.view._screen[2]
        glow = her.glow_rect.union(shown.glow_rect)
        whole_her += any(rect.contains(glow) for rect in sent[0])
        glow_changed += her.glow is not shown.glow or her.glow_rect != shown.glow_rect
    assert glow_changed > 5, "she breathed"
    assert whole_her <= glow_changed, f"all of her redrawn {whole_her} times"
    assert_like_a_full_redraw(app, app.window)

def key_down(app, code, ticks=1):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="",
                                         scancode=0))
    app.run_ticks(ticks)


def check_cache(app):
    settle_cached(app)
    assert_like_a_full_redraw(app, from_cache(app))
    assert_like_a_full_redraw(app, app.window)


def test_the_cache_follows_every_change_a_player_makes_at_a_choice(app):
    scene = ambient_choice(app)
    check_cache(app)
    menu = scene.view.menu.buttons[1]  # the quick menu's hover
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=menu.rect.center, rel=(1, 0),
                                         buttons=(0, 0, 0)))
    app.run_ticks(1)
    assert scene.view.menu.focus == 1
    check_cache(app)
    key_down(app, pygame.K_DOWN)  # an answer focused from the keyboard
    assert scene.choices.focus == 0
    check_cache(app)
    key_down(app, pygame.K_a)  # auto-forward: its sign at the top
    assert scene.auto
    check_cache(app)
    key_down(app, pygame.K_m)  # the meters panel
    check_cache(app)
    key_down(app, pygame.K_F5)  # "Quick save made.": the notice, while it stays
    assert scene.toast
    check_cache(app)
    app.run_ticks(160)  # it faded and went
    scene.view.ambient = theme.AMBIENT_TICKS
    check_cache(app)
    for name, value in (("high_contrast", True), ("ui_scale", 1.25), ("text_size", 1.2)):
        app.settings.set(name, value)  # as the settings screen does
        app.settings_changed(name)
        app.run_ticks(1)
        check_cache(app)


def test_the_cache_follows_skipping_rollback_and_a_new_window_size(app):
    scene = ambient_choice(app)
    check_cache(app)
    key_down(app, pygame.K_LCTRL)  # held Ctrl: the skip sign, its chevrons stepping
    assert scene.skipping
    for _ in range(4):  # they step every 8 ticks: drawn whole each time, never stale
        app.run_ticks(7)
        assert_like_a_full_redraw(app, app.window)
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_LCTRL, mod=0,
                                         unicode="", scancode=0))
    app.run_ticks(1)
    key_down(app, pygame.K_PAGEUP)  # roll back: to the line before the answers
    assert scene.choices is None
    scene.view.ambient = theme.AMBIENT_TICKS
    check_cache(app)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1100, 700), w=1100, h=700))
    app.run_ticks(1)
    assert app.window.get_size() == (1100, 700)
    check_cache(app)


def test_the_interface_draws_only_inside_the_rectangles_the_cache_keeps(app):
    scene = ambient_choice(app)
    view = scene.view
    key_down(app, pygame.K_m)
    key_down(app, pygame.K_a)
    key_down(app, pygame.K_F5)
    for contrast, scale in ((False, 1.0), (True, 1.4)):
        app.settings.set("high_contrast", contrast)
        app.settings.set("ui_scale", scale)
        app.settings_changed("ui_scale")
        app.run_ticks(1)
        for fill in ((0, 0, 0), (255, 255, 255)):
            surface = pygame.Surface(app.window.get_size()).convert()
            surface.fill(fill)
            view.draw_interface(surface)
            for rect in view.interface_rects(app.layout):
                surface.fill(fill, rect)
            plain = pygame.Surface(surface.get_size()).convert()
            plain.fill(fill)
            assert differing(difference(surface, plain)) == 0


def test_a_notice_fades_out_even_in_a_still_window(app):
    from game.ui.scenes.play_view import TOAST_FADE

    scene = still_at_a_choice(app)
    key_down(app, pygame.K_F5)
    assert scene.toast and scene.toast_ticks > TOAST_FADE
    top = scene.view._toast_rect(app.layout).center
    shown = app.window.get_at(top)
    assert app.run_ticks(scene.toast_ticks - TOAST_FADE - 2) == 0, "it stays: nothing drawn"
    drawn = app.run_ticks(TOAST_FADE // 2 + 2)
    assert drawn >= TOAST_FADE // 2, "each step of its fade is drawn"
    fading = app.window.get_at(top)
    assert fading != shown
    app.run_ticks(TOAST_FADE)
    assert scene.toast_ticks <= 0 and not app.animating()


def test_a_picture_still_changing_is_drawn_whole_and_not_cached(app, monkeypatch):
    """A pointer moving over the answers changes the picture every few frames: caching the
    interface each time (4-9 ms at 1080p) would cost more than it saves."""
    from game.ui.scenes import play_view

    scene = ambient_choice(app)
    app.run_ticks(LAYER_AFTER + 12)
    made = []
    real = play_view._Layer.make.__func__
    monkeypatch.setattr(play_view._Layer, "make",
                        classmethod(lambda cls, *a: made.append(1) or real(cls, *a)))
    rects = scene.choices.rects
    for step in range(4 * LAYER_AFTER):
        target = rects[(step // (LAYER_AFTER // 2)) % len(rects)]
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=target.center,
                                             rel=(1, 0), buttons=(0, 0, 0)))
        app.run_ticks(1)
    assert not made, "nothing cached while it kept changing"
    settle_cached(app)
    assert len(made) == 1, "cached once it stayed"
    assert_like_a_full_redraw(app, from_cache(app))


def test_the_cache_is_drawn_a_band_a_frame_never_all_at_once(app, monkeypatch):
    """Drawing the interface twice over (black, white) for the cache costs 4-8 ms at 1080p:
    spread over frames, a band each, so no frame carries all of it."""
    from game.ui.scenes import play_view

    app.resized((1920, 1080))
    ambient_choice(app)
    bands: list[int] = []
    real = play_view._Layer.build

    def build(layer, *args):
        bands.append(app.frames_drawn)
        return real(layer, *args)

    monkeypatch.setattr(play_view._Layer, "build", build)
    settle_cached(app, LAYER_AFTER + 20)
    assert len(bands) >= 2, "a 1080p interface takes more than one band"
    assert len(set(bands)) == len(bands), "one band a frame"
    layer = app.top.view._layer
    assert not layer.bands
    assert all(band.width * band.height <= play_view.BAND_PIXELS + band.width
               for rect, _, _ in layer.parts for band in play_view._bands(rect))
    assert_like_a_full_redraw(app, from_cache(app))


def test_the_cache_keeps_the_interface_alone_not_the_gaps_between_its_parts(app):
    """The cached layer is the box and each answer apart, not one rectangle around them:
    a mote drifting through the margins beside the answers or the gaps between them (a
    fifth of the window at 1280x720) costs no blends that change nothing."""
    scene = ambient_choice(app)
    settle_cached(app)
    parts = [rect for rect, _, _ in scene.view._layer.parts]
    interface = scene.view.interface_rects(app.layout)
    assert len(parts) >= 1 + len(scene.choices.rects)
    covered = sum(rect.width * rect.height for rect in parts)
    assert covered == sum(rect.width * rect.height for rect in interface), \
        "the parts are the interface's own rectangles"
    first = scene.choices.rects[0]
    gaps = [(first.left - 10, first.centery), (first.centerx, first.bottom + 6)]
    for point in gaps:
        assert not any(rect.collidepoint(point) for rect in parts), point
    assert_like_a_full_redraw(app, from_cache(app))


def test_the_next_cache_reuses_the_surfaces_of_the_one_before(app):
    """A new line or other answers make the cache again: into the surfaces of the one
    before where its parts fit (two new ones of a megabyte each were 4 ms of page faults at
    1080p after every line), and still exactly what a whole redraw shows."""
    app.resized((1920, 1080))
    scene = ambient_choice(app)
    settle_cached(app)
    before = {id(surface.get_abs_parent()) for _, *pair in scene.view._layer.parts
              for surface in pair}
    key_down(app, pygame.K_PAGEUP)  # back to the line before the answers: a smaller part
    assert scene.choices is None
    scene.view.ambient = theme.AMBIENT_TICKS
    settle_cached(app)
    parts = scene.view._layer.parts
    assert all(id(surface.get_abs_parent()) in before for _, *pair in parts for surface in pair)
    assert all(surface.get_size() == rect.size for rect, *pair in parts for surface in pair)
    assert_like_a_full_redraw(app, from_cache(app))
    assert_like_a_full_redraw(app, app.window)


def test_the_speedrun_overlay_every_window_has_costs_nothing_outside_speedrun_mode(app,
                                                                                  monkeypatch):
    """`play` installs the speedrun controller in every window; outside speedrun mode its
    overlay draws nothing, and ambient frames are still drawn from the cache and presented a
    few rectangles at a time. In speedrun mode the timer shows, and frames are whole."""
    from game.ui.speedrun.controller import install

    controller = install(app)  # as the play command does
    ambient_choice(app)
    flips: list[int] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: None)
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(1))
    settle_cached(app)
    changed = app.changed_frames
    flips.clear()
    app.run_ticks(20)
    assert app.changed_frames == changed + 20 and not flips, "no overlay shows: rectangles"
    controller.forced = True  # speedrun mode: the timer is drawn over every frame
    app.run_ticks(20)
    assert len(flips) == 20


def test_a_mote_s_brightness_steps_by_four_so_it_changes_every_few_ticks():
    """Brightness in steps of 4 (of 150: at a mote's heart, 120 of 255 opaque, under 2
    levels of a pixel): most motes redrawn in an ambient frame were redrawn for a
    brightness step alone, and each now stays put for several ticks."""
    from game.ui.visuals.particles import Motes

    drifting, layout = Motes(), theme.Layout((1280, 720))
    seen, changes, before = [], 0, None
    for _ in range(600):
        drifting.update(1)
        alphas = [mote.alpha for mote in drifting.place((1280, 720), layout, 1.0)]
        if before is not None:
            changes += sum(a != b for a, b in zip(alphas, before, strict=True))
        before = alphas
        seen += alphas
    assert max(seen) - min(seen) > 100, "they still brighten and fade"
    assert all(alpha % 4 == 0 for alpha in seen)
    assert changes < 600 * particles.COUNT / 6, f"{changes} brightness steps in 600 ticks"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_mote_sways_and_brightens_only_on_a_tick_it_rises_a_pixel(size):
    """A mote's sway and brightness are taken at the tick its row began: a mote redrawn
    for a pixel across or a step of brightness alone was a third of those redrawn in an
    ambient frame at 1080p. It still sways, brightens and fades."""
    from game.ui.visuals.particles import Motes

    drifting, layout = Motes(), theme.Layout(size)
    before, across, alphas, off_row = None, {}, {}, 0
    for _ in range(1500):
        drifting.update(1)
        placed = drifting.place(size, layout, 1.0)
        for number, mote in enumerate(placed):
            across.setdefault(number, set()).add(mote.rect.x)
            alphas.setdefault(number, set()).add(mote.alpha)
        if before is not None:
            off_row += sum(now.rect.y == was.rect.y
                           and (now.rect.x != was.rect.x or now.alpha != was.alpha)
                           for now, was in zip(placed, before, strict=True))
        before = placed
    assert off_row == 0, f"{off_row} motes moved across or changed brightness in their row"
    assert all(max(xs) - min(xs) > 3 for xs in across.values()), "every mote sways"
    assert all(len(seen) > 3 for seen in alphas.values()), "every mote brightens and fades"


def test_her_glow_grows_and_shrinks_in_steps_of_four_pixels():
    """Her glow's diameter in steps of `GLOW_STEP` (4): all of her, 45,000-100,000 pixels, is
    redrawn half as often as in steps of 2, and the step is 2 pixels of a soft light's
    radius."""
    form = samantha.SamanthaForm()
    form.presence = form.target_presence = 1.0
    sizes = set()
    for _ in range(300):
        form.update(1, 0.0, False)
        sizes.add(form.plan((640, 200), 80).glow.get_width())
    assert len(sizes) > 3, "she breathes"
    assert all(size % samantha.GLOW_STEP == 0 for size in sizes), sorted(sizes)
    assert samantha.GLOW_STEP == 4


def test_her_ring_and_dot_change_only_with_her_glow():
    """Her ring and dot are sized from the stepped glow: a change of either alone redrew her
    ring's square between the glow's steps (86 times in 1200 frames at 1080p)."""
    form = samantha.SamanthaForm()
    form.presence = form.target_presence = 1.0
    before, ring_alone, rings = None, 0, set()
    for tick in range(1200):
        form.update(1, 0.3 + 0.3 * math.sin(tick / 7), False)  # her voice rising and falling
        look = form.plan((960, 300), 120)
        glow, ring = look.still
        rings.add(ring)
        if before is not None:
            ring_alone += ring != before[1] and glow == before[0]
        before = look.still
    assert len(rings) > 5, "her ring grows and shrinks"
    assert ring_alone == 0, f"her ring changed {ring_alone} times without her glow"
