"""What a frame may cost: saves leave their slow work (fsync, the picture, the profile) to the
writer thread, quitting waits for that thread, and drawing stays cheap (dirty rectangles that
match a full redraw, bounded caches, an idle window that stops drawing)."""

from __future__ import annotations

import importlib
import os
import statistics
import threading
import time

import pygame
import pytest
from ui_support import advance_to_choice, assert_like_a_full_redraw, key, new_game

import game.core.files as files
import game.ui.save_bridge as save_bridge


@pytest.fixture
def watch(monkeypatch):
    """Which thread calls fsync and encodes a thumbnail, in order."""
    calls: list[tuple[str, str]] = []
    real_fsync, real_jpeg = files.os.fsync, save_bridge.encode_jpeg

    def fsync(fd):
        calls.append(("fsync", threading.current_thread().name))
        return real_fsync(fd)

    def encode_jpeg(surface):
        calls.append(("picture", threading.current_thread().name))
        return real_jpeg(surface)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(save_bridge, "encode_jpeg", encode_jpeg)
    return calls


def test_f5_and_autosaves_leave_fsync_and_the_picture_to_the_writer_thread(app, tmp_path, watch):
    new_game(app)
    app.writer.join()  # the chapter's autosave
    watch.clear()
    frame_thread = threading.current_thread().name
    key(app, pygame.K_F5)  # the key helper waits for the writer, as a few frames would
    assert (tmp_path / "quick.json").is_file() and (tmp_path / "quick.jpg").is_file()
    assert ("picture", "her-window") in watch
    assert [c for c in watch if c[0] == "fsync"] == [("fsync", "her-window")]  # one per save
    watch.clear()
    advance_to_choice(app)  # a new choice point autosaves, with its picture
    assert any(p.name.startswith("auto-") for p in tmp_path.glob("*.jpg"))
    assert watch and all(thread != frame_thread for _, thread in watch)


def test_f5_reads_the_story_state_once_and_copies_its_picture_into_a_used_surface(
        app, tmp_path, monkeypatch):
    """The frame that handles F5 reads the runtime's state once (the PlayState's, which the
    save reuses), and its picture's half-size copy goes into the surface of a picture already
    encoded (a new one costs its page faults: most of the copy), never into one still
    waiting for the writer. A picture called again gives the same bytes."""
    from game.core.story import Story

    new_game(app)
    key(app, pygame.K_F5)
    app.writer.join()
    made: list[save_bridge.FramePicture] = []
    real_picture = save_bridge.FramePicture.__init__

    def picture(self, surface):
        real_picture(self, surface)
        made.append(self)

    reads: list[str] = []
    real_state = Story.save_state

    def save_state(self):
        if threading.current_thread() is threading.main_thread():
            reads.append("state")
        return real_state(self)

    monkeypatch.setattr(save_bridge.FramePicture, "__init__", picture)
    monkeypatch.setattr(Story, "save_state", save_state)
    spare = save_bridge._SPARE[-1][1]  # the first F5's picture, encoded and given back
    gate = threading.Event()
    app.writer.put(gate.wait)  # the writer holds the next picture until the gate opens
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F5, mod=0, unicode="",
                                         scancode=0))
    app.frame(1 / 60)
    assert reads == ["state"]
    assert made[0].small is spare
    other = save_bridge.FramePicture(app.window)
    assert other.small is not made[0].small  # that one is not encoded yet: its copy is its own
    gate.set()
    app.writer.join()
    assert made[0]() == made[0]() and made[0].small is None


def test_a_save_from_the_menu_pictures_the_story_not_the_menu(app, tmp_path):
    scene = new_game(app)
    story_pixel = tuple(app.window.get_at((640, 200)))[:3]
    scene.open_saves("save")
    app.run_ticks(2)
    assert tuple(app.window.get_at((640, 200)))[:3] != story_pixel  # the save screen is up
    key(app, pygame.K_RETURN)  # slot 1
    picture = pygame.image.load(str(tmp_path / "1.jpg"))
    assert picture.get_size() == save_bridge.THUMB_SIZE
    got = tuple(picture.get_at((160, 50)))[:3]
    assert max(abs(a - b) for a, b in zip(got, story_pixel, strict=True)) < 40


def test_the_window_saves_its_picture_as_a_jpeg_or_a_png_where_pygame_cannot(app, tmp_path,
                                                                            monkeypatch):
    """The thumbnail is a JPEG (an eighth of a PNG's encoding time, a quarter of its size),
    found by the Load screen; a pygame built without JPEG writing saves the PNG instead, and
    the slot still shows its picture."""
    from game.core.saves import SaveSlots

    new_game(app)
    key(app, pygame.K_F5)
    jpeg = (tmp_path / "quick.jpg").read_bytes()
    assert jpeg[:3] == b"\xff\xd8\xff" and not (tmp_path / "quick.png").exists()
    assert len(jpeg) < 30_000
    info = SaveSlots(tmp_path, app.story).info("quick")
    assert info.thumbnail == tmp_path / "quick.jpg"
    assert pygame.image.load(str(info.thumbnail)).get_size() == save_bridge.THUMB_SIZE

    def no_jpeg(surface, target, name=None):
        raise pygame.error("JPEG saving is not supported")

    monkeypatch.setattr(pygame.image, "save", no_jpeg)
    key(app, pygame.K_F5)
    assert (tmp_path / "quick.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    info = SaveSlots(tmp_path, app.story).info("quick")
    assert info.thumbnail == tmp_path / "quick.png"
    assert pygame.image.load(str(info.thumbnail)).get_size() == save_bridge.THUMB_SIZE


def test_while_a_save_waits_the_interpreter_hands_its_lock_over_ten_times_as_often(
        app, tmp_path, monkeypatch):
    """The frame thread is pure Python: with the default 5 ms switch interval, a writer that
    gives up the interpreter's lock at each system call of a save waited up to 5 ms each time
    to get it back, and a save asked for early in a long frame was written only after it."""
    import sys

    from game.core import writer as writer_module

    new_game(app)
    app.writer.join()
    before = sys.getswitchinterval()
    seen: list[float] = []
    real = writer_module.Writer._call

    def call(self, job):
        seen.append(sys.getswitchinterval())
        return real(self, job)

    monkeypatch.setattr(writer_module.Writer, "_call", call)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F5, mod=0, unicode="",
                                         scancode=0))
    app.frame(1 / 60)
    app.writer.join()
    assert seen and all(value == writer_module.HASTE_SECONDS for value in seen)
    assert sys.getswitchinterval() == before  # nothing waits: the interpreter's own again
    assert (tmp_path / "quick.json").is_file()


def test_bench_times_the_windows_own_saves_beside_the_disks_floor(app):
    """bench's save figure: F5 and autosaves through this window, each durable time beside
    the same files written and fsynced with nothing else running, and the ratio."""
    from bench.saves import judge_window_saves, window_saves

    scene = new_game(app)
    figures = window_saves(app, scene, pygame, 2)
    judge_window_saves(figures)
    assert figures["durable_saves"] >= 3 and figures["autosave_frames"] >= 1
    assert 0 < figures["floor_p50_ms"] <= figures["floor_p99_ms"]
    assert 0 < figures["durable_p50_ms"] <= figures["durable_p99_ms"]
    assert figures["save_bytes"] > 1000 and figures["thumbnail_bytes"] > 1000
    assert figures["fsyncs_on_frame_thread"] == 0
    assert figures["cpus"] >= 1 and figures["load_average_after"] is not None  # how busy
    assert figures["durable_to_floor_p99_ratio"] == round(
        figures["durable_p99_ms"] / figures["floor_p99_ms"], 1)
    assert not list(app.save_dir.glob("her-bench-floor-*")), "the floor's files are removed"


@pytest.mark.slow
def test_bench_s_window_plays_with_the_game_s_own_mixer(tmp_path):
    """bench's window figures run with the mixer `play` opens (on SDL's dummy output),
    whose thread mixes the scene's music while the window draws and idles, as a player's."""
    import subprocess
    import sys

    from bench.ui import ROOT

    code = ("import sys, pygame; from bench.ui import play_app; "
            "app, _ = play_app(sys.argv[1], (640, 360), sound=True); "
            "print(type(app.sound.sound).__name__, bool(pygame.mixer.get_init()))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "SDL_AUDIODRIVER": "dummy",
                              "SDL_VIDEODRIVER": "dummy"})
    assert run.stdout.split()[-2:] == ["Mixer", "True"], run.stderr[-1000:]


@pytest.mark.slow
def test_bench_s_idle_figure_says_what_the_motes_and_her_light_each_cost(app):
    """bench's idle figure: the ambient loop at a choice, then again without the motes,
    without her light and without either (each a share of the CPU), then still: the
    window's own motes and light are back as they were after it. Its presenting floor
    presents what the ambient frames presented, in turn, and nothing else."""
    import types

    import bench.ui
    from bench.ui import _idle

    scene = new_game(app)
    advance_to_choice(app)
    sent: list[int] = []
    update = pygame.display.update

    def counted(rects):
        sent.append(len(rects))
        update(rects)

    waits: list[float] = []  # bench's own waits for her line to end (its time.sleep)

    class Speaking:  # her line still playing for three of bench's waits, as after a voice
        def voice_busy(self):
            return len(waits) < 3

    clock = types.SimpleNamespace(**{**{name: getattr(time, name) for name in dir(time)
                                        if not name.startswith("_")}, "sleep": waits.append})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pygame.display, "update", counted)
        patch.setattr(app.sound, "sound", Speaking())
        patch.setattr(bench.ui, "time", clock)
        figures = _idle(app, scene, pygame, 0.5)
    assert len(waits) == 3, "idle is measured once her line has been heard to its end"
    assert pygame.display.update is update, "bench's own recording is undone"
    assert figures["ambient_rects_per_frame"] > 1
    assert figures["floor_presenting_cpu_percent"] > 0
    # the floor's frames present lists as long as the ambient frames' (none drawn anew)
    assert statistics.mean(sent[-30:]) == pytest.approx(figures["ambient_rects_per_frame"],
                                                        rel=0.5)
    parts = figures["ambient_cpu_percent_by_part"]
    assert set(parts) == {"without_motes", "without_her", "without_either"}
    assert all(value > 0 for value in parts.values())
    assert figures["ambient_redraws_per_s"] > 0 and figures["still_redraws"] == 0
    assert "_mote_strength" not in vars(scene.view), "the motes are switched back on"
    assert scene.view.samantha.target_presence == 1.0


def test_closing_the_window_waits_for_the_writer_so_nothing_is_lost(app, tmp_path, monkeypatch):
    new_game(app)
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


def test_closing_the_window_syncs_the_folder_after_the_saves_last_steps(app, tmp_path,
                                                                        monkeypatch):
    """A save's last step (the copy before the previous one let go, its newest copy renamed
    to .bak) is put on the writer after the save: the folder's closing fsync must come after
    it, or the rename it makes waits for the file system's next commit."""
    import game.ui.app as app_module

    new_game(app)
    key(app, pygame.K_F5)
    key(app, pygame.K_F5)  # quick.json now has a previous copy, so the next save keeps one
    synced: list[list[str]] = []
    real = app_module.fsync_dir

    def fsync_dir(folder):
        synced.append(sorted(p.name for p in tmp_path.glob(".*.tmp")))
        return real(folder)

    monkeypatch.setattr(app_module, "fsync_dir", fsync_dir)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F5, mod=0, unicode="",
                                         scancode=0))
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.run()
    assert synced and all(names == [] for names in synced), synced


def test_a_save_the_writer_could_not_make_is_told_in_the_window(app, tmp_path, monkeypatch):
    scene = new_game(app)

    def refuse(path, data, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("game.core.saves.atomic_write_bytes", refuse)
    key(app, pygame.K_F5)
    app.run_ticks(1)
    assert "cannot write" in scene.toast and any("cannot write" in m for m in app.messages)


# --- drawing -------------------------------------------------------------------------------
def _changed_pixels(before: pygame.Surface, after: pygame.Surface) -> list[tuple[int, int]]:
    """Every pixel that differs, on a grid fine enough to hit every mote (2 px)."""
    width, height = after.get_size()
    return [(x, y) for y in range(0, height, 2) for x in range(0, width, 2)
            if before.get_at((x, y)) != after.get_at((x, y))]


def test_frames_presented_in_part_cover_every_pixel_that_changed(app, monkeypatch):
    from game.ui import theme

    new_game(app)
    advance_to_choice(app)
    scene = app.top
    scene.view.ambient = theme.AMBIENT_TICKS  # drifting light and her breath, in full
    scene.view.samantha.target_presence = scene.view.samantha.presence = 1.0
    app.run_ticks(3)
    sent: list[list[pygame.Rect]] = []
    monkeypatch.setattr(pygame.display, "update", lambda rects: sent.append(list(rects)))
    for _ in range(4):
        before = app.window.copy()
        sent.clear()
        assert app.run_ticks(1) == 1
        assert len(sent) == 1, "a tick that only moved things presents rectangles"
        changed = _changed_pixels(before, app.window)
        assert changed, "the motes moved"
        missed = [p for p in changed if not any(r.collidepoint(p) for r in sent[0])]
        assert not missed, f"changed but never presented: {missed[:5]}"


def test_a_window_shown_again_presents_all_of_it(app, monkeypatch):
    """Uncovered or restored, a window's pixels on the display may be gone: all of it is
    presented again, not only what changed (a key press presents only that)."""
    new_game(app)
    advance_to_choice(app)
    flips: list[int] = []
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(1))
    monkeypatch.setattr(pygame.display, "update", lambda rects: None)
    key(app, pygame.K_DOWN, ticks=1)  # focus moves to the first answer
    assert not flips
    pygame.event.post(pygame.event.Event(pygame.WINDOWEXPOSED))
    app.run_ticks(1)
    assert flips


def test_idle_at_a_choice_animates_at_full_rate_then_draws_nothing(app):
    from game.ui import theme

    new_game(app)
    advance_to_choice(app)
    assert app.animating(), "drifting light plays at the frame rate, not the idle poll's"
    drawn = app.run_ticks(120)
    assert drawn >= 115
    app.run_ticks(theme.AMBIENT_TICKS + 120)
    assert not app.animating()
    assert app.run_ticks(300) == 0, "a still picture is never drawn again"


def test_her_glow_is_scaled_once_per_size_and_the_sizes_kept_are_bounded(app):
    from game.ui.visuals import samantha

    form = samantha.SamanthaForm()
    form.presence = form.target_presence = 1.0
    target = pygame.Surface((1920, 1080))
    for step in range(400):  # breathing and a voice level sweep through many sizes
        form.level = (step % 97) / 97
        form.update(1, form.level, False)
        form.draw(target, (960, 300), 120)
    assert 0 < len(form._scaled) <= samantha.SCALED_KEPT
    kept = dict(form._scaled)
    form.draw(target, (960, 300), 120)
    assert all(form._scaled[k] is v for k, v in kept.items() if k in form._scaled)



def test_her_glow_in_a_blend_of_moods_is_the_64_rings_drawn_one_by_one(app):
    """Her glow is made from a picture of its rings and their colours (no ring drawn per
    frame while a mood blends), and must be the very pixels drawing each ring gives."""
    from game.ui import theme
    from game.ui.visuals import samantha

    def drawn(halo, core):  # ring by ring from the rim in, each over the one before
        sprite = pygame.Surface((128, 128), pygame.SRCALPHA)
        for i in range(64, 0, -1):
            weight = (1 - i / 64) ** 1.5
            opacity = round(255 * min(1.0, 0.04 + 2.4 * weight))
            pygame.draw.circle(sprite, (*theme.mix(halo, core, weight), opacity), (64, 64), i)
        return pygame.image.tobytes(sprite, "RGBA")

    form = samantha.SamanthaForm()
    moods = list(theme.MOODS.values())
    for (core, halo, _), (core2, halo2, _) in zip(moods, moods[1:] + moods[:1], strict=True):
        for tick in (0, 7, 22, 45):  # along a blend from one mood to the next
            form.core = theme.mix(core, core2, tick / 45)
            form.halo = theme.mix(halo, halo2, tick / 45)
            glow = form._glow(60)
            assert glow.get_flags() & pygame.SRCALPHA
            assert pygame.image.tobytes(glow, "RGBA") == drawn(form.halo, form.core)

# --- memory ----------------------------------------------------------------------------------
def test_caches_stay_bounded_however_many_scenes_and_lines_pass(app):
    from game.ui.visuals import backgrounds
    from game.ui.widgets import text

    scene = new_game(app)
    names = [n for n in backgrounds.SCENES if n != "black"]
    assert len(names) > backgrounds.SCALED_KEPT + 2
    for round_ in range(2):
        for n, name in enumerate(names):
            scene.view.set_scene(name, fade=False)
            scene.box.set_line(f"Line {round_}-{n}: " + "a long line of story text " * 3,
                               "Samantha", (242, 164, 119), True)
            app.run_ticks(2)
    backdrops = app.backdrops
    assert len(backdrops._scaled) <= backgrounds.SCALED_KEPT
    assert len(backdrops._design) <= backgrounds.DESIGNS_KEPT
    assert backdrops.kept_bytes() <= (backgrounds.SCALED_KEPT + backgrounds.DESIGNS_KEPT) * (
        1280 * 720 * 4)
    font = app.layout.font(30)
    for n in range(3000):  # far more lines than fit the budget
        text.render(f"line {n} " * 12, font, (255, 255, 255))
    assert text.cached_bytes() <= text.CACHE_BYTES
    assert text.cached_bytes() == sum(s.get_width() * s.get_height() * s.get_bytesize()
                                      for s in text._CACHE.values())


def test_the_first_autosave_does_not_read_every_save_in_its_frame(app, monkeypatch):
    import game.core.saves as saves

    readers: list[str] = []
    real = saves.slot_info

    def slot_info(folder, slot):
        readers.append(threading.current_thread().name)
        return real(folder, slot)

    monkeypatch.setattr(saves, "slot_info", slot_info)
    new_game(app)
    advance_to_choice(app)  # a chapter start and a choice point: autosaves
    assert readers and set(readers) == {"her-window"}


def test_backdrops_are_held_with_rows_sdl_cannot_copy_by_streaming(app):
    """SDL copies an opaque picture onto the window with cache-bypassing stores when both
    are laid out in 16-byte rows: a mote's square of backdrop, the copy most ambient frames
    are made of, took 30 times longer. The window's backdrops never are, at either size a
    player picks, and hold exactly the pixels of a plain scaling of the painting."""
    scene = new_game(app)
    name = scene.view.bg or "black"
    for size in ((1920, 1080), (1280, 720)):
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0],
                                             h=size[1]))
        app.run_ticks(2)
        assert app.window.get_size() == size
        backdrop = app.backdrops.get(name, size)
        assert backdrop.get_pitch() % 16, f"rows 16-byte aligned at {size}"
        design = app.backdrops.design(name)
        plain = design if size == design.get_size() else pygame.transform.smoothscale(
            design, size)
        assert pygame.image.tobytes(backdrop, "RGB") == pygame.image.tobytes(plain, "RGB")
        assert tuple(app.window.get_at((5, 5)))[:3] == tuple(backdrop.get_at((5, 5)))[:3]


def test_a_wash_is_the_colour_laid_over_the_window_at_its_alpha(app):
    """Cards, menus, questions and endings wash the window with one colour: within 2 levels
    of that colour blitted over it at the wash's alpha, inside the window's clip only, and
    without making a window-sized picture (a blit of one was 4 ms and 8 MB at 1080p, and a
    strip of it laid down the window still 2.4 ms of a frame at 720p)."""
    from game.ui import theme
    panel = importlib.import_module("game.ui.widgets.panel")  # the package exports a function

    made: list[tuple[int, int]] = []
    real_surface = pygame.Surface

    def counting(size, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        made.append(tuple(size))
        return real_surface(size, *args, **kwargs)

    for size in ((1280, 720), (1100, 700), (333, 97)):
        picture = pygame.Surface(size).convert()
        for x in range(0, size[0], 7):
            pygame.draw.line(picture, ((x * 5) % 256, (x * 3) % 256, 90), (x, 0),
                             (size[0] - x, size[1]), 3)
        for alpha, colour in ((1, theme.INK), (8, theme.INK), (150, theme.INK),
                              (254, (0, 0, 0)), (255, theme.INK), (200, (250, 240, 230))):
            whole = pygame.Surface(size).convert()
            whole.fill(colour)
            whole.set_alpha(alpha)
            expected = picture.copy()
            expected.blit(whole, (0, 0))
            washed = picture.copy()
            pygame.Surface = counting
            try:
                panel.wash(washed, alpha, colour)
            finally:
                pygame.Surface = real_surface
            want, got = pygame.image.tobytes(expected, "RGB"), pygame.image.tobytes(washed, "RGB")
            assert max(abs(a - b) for a, b in zip(want, got, strict=True)) <= 2, (size, alpha)
            if alpha == 255:
                assert got == want  # the colour itself, exactly
        clipped = picture.copy()
        clipped.set_clip(pygame.Rect(10, 10, 50, 40))
        panel.wash(clipped, 150)
        assert clipped.get_at((5, 5)) == picture.get_at((5, 5))  # outside the clip: as it was
        assert clipped.get_at((30, 30)) != picture.get_at((30, 30))
    panel.wash(picture, 0)
    assert not made, "a wash makes no surface"


def test_a_scene_fades_into_the_next_as_a_blend_of_the_two_and_keeps_no_picture_after(app):
    """A change of scene cross-fades over 36 ticks: each frame the scene faded from at the
    fade's alpha over the new one (within 2 levels of that scene blitted at the alpha), the
    first frame the old scene alone; the picture the fade is made in goes when it ends."""
    from game.ui import theme
    from game.ui.visuals import backgrounds

    scene = new_game(app)
    view, size = scene.view, app.window.get_size()
    names = [n for n in backgrounds.SCENES if n != "black"]
    view.set_scene(names[0], fade=False)
    app.run_ticks(2)
    view.set_scene(names[1], fade=True)
    app.run_ticks(10)  # the window's own frames draw the fade from its copy ...
    assert view._fading is not None and view._fading[0] == (names[0], size)
    app.run_ticks(theme.FADE_TICKS)
    assert view._fading is None  # ... and let it go once the fade is over
    view.set_scene(names[0], fade=False)
    view.set_scene(names[1], fade=True)
    old, new = app.backdrops.get(names[0], size), app.backdrops.get(names[1], size)
    for fade in (0, 9, 18, 35):
        view.fade = fade
        picture = pygame.Surface(size).convert()
        view._backdrop(picture, size)
        alpha = round(255 * (1 - fade / theme.FADE_TICKS))
        expected = new.copy()
        old.set_alpha(alpha)
        expected.blit(old, (0, 0))
        old.set_alpha(None)
        want, got = pygame.image.tobytes(expected, "RGB"), pygame.image.tobytes(picture, "RGB")
        assert max(abs(a - b) for a, b in zip(want, got, strict=True)) <= 2, fade
        if fade == 0:
            assert got == pygame.image.tobytes(old, "RGB")
        assert want != pygame.image.tobytes(new, "RGB")  # the old scene shows through
    assert view._fading is not None
    view.fade = theme.FADE_TICKS
    picture = pygame.Surface(size).convert()
    view._backdrop(picture, size)
    assert pygame.image.tobytes(picture, "RGB") == pygame.image.tobytes(new, "RGB")
    assert view._fading is None, "a window-sized picture kept after the fade"


def test_a_chapter_card_renders_its_words_once_not_every_frame(app, monkeypatch):
    """The card's large title type took 2 ms a frame to render at 720p, each of its 150
    frames; its words are rendered once a card, and still fade in and out."""
    from game.ui import theme

    rendered: list[str] = []
    real_font = theme.font

    class Counting:
        def __init__(self, font):  # noqa: ANN001
            self.font = font

        def render(self, text, *args):  # noqa: ANN001, ANN002, ANN202
            rendered.append(text)
            return self.font.render(text, *args)

        def __getattr__(self, name):  # noqa: ANN001, ANN204
            return getattr(self.font, name)

    monkeypatch.setattr(theme, "font", lambda *a, **k: Counting(real_font(*a, **k)))
    app.top.start_new()
    app.run_ticks(2)
    view = app.top.view
    assert view.card_ticks > 0
    layout = app.layout
    centre = layout.point(theme.DESIGN_W / 2, layout.y0 + layout.H * 0.42)
    seen = []
    for _ in range(40):
        app.run_ticks(1)
        seen.append(tuple(app.window.get_at(centre))[:3])
    assert view.card_ticks > 0
    assert rendered.count(view.card[1]) == 1, "the title rendered once"
    assert len(set(seen)) > 3, "and it fades in"


def test_a_new_scene_is_painted_a_few_strokes_a_frame_while_the_one_before_shows(app,
                                                                               monkeypatch):
    """A scene is 8-27 ms of painting at 1280x720: painted in the frame the story changed
    scene, it was the heaviest frame of the play-through. It is painted from the next frame
    on, a stroke or a few a frame, the scene before staying on screen, then fades in as
    before, and it is the very picture a painting in one go makes. A frame that shows the next
    line (the story's step, its layout, its voice, perhaps a save) paints no stroke either,
    unless the frame before it did not (reading a line a frame, the painting still goes on).
    Until the fade, the window is drawn in part, as at any other time: it shows the scene
    before, as still as ever."""
    from game.ui.visuals import backgrounds

    monkeypatch.setattr(backgrounds, "PAINT_BUDGET_S", 0.0)  # a stroke a frame
    play = new_game(app)
    view, size = play.view, app.window.get_size()
    for _ in range(40):  # through chapter one, to the frame chapter two's scene is asked for
        before = view.bg
        key(app, pygame.K_1 if play.choices is not None else pygame.K_SPACE, ticks=1)
        if view.bg != before and view.bg == "rooftop_dawn":
            break
        for _ in range(400):
            if play.ready:
                break
            app.run_ticks(1)
    old, new = before, view.bg
    assert new == "rooftop_dawn" and old and old != new
    assert app.backdrops._job is None and not app.backdrops.ready(new, size), \
        "the frame the story changed scene on (its step, the next line) paints nothing"
    view.card_ticks = 0  # (the chapter's card, as if waited out)
    app.run_ticks(1)  # its going is drawn whole (a stroke painted)
    waited, in_part = 1, app.changed_frames
    while not app.backdrops.ready(new, size):
        if waited == 2:  # the player reads on while it is painted
            job = app.backdrops._job
            play.box.complete()
            painted, shown = job[3], play.box.text
            key(app, pygame.K_SPACE, ticks=1)
            assert play.box.text != shown and job[3] == painted, \
                "a frame that shows the next line paints no stroke"
            view.set_scene(view.bg, fade=True)  # the next frame shows one too (as skipping)
            app.run_ticks(1)
            assert job[3] == painted + 1, "unless the frame before it painted none"
        app.run_ticks(1)
        waited += 1
        if app.backdrops.ready(new, size):
            # painted this frame (its last stroke the scaling, perhaps): not blended too
            assert view.fade == 0, "the fade begins the frame after the last stroke"
            break
        assert view.fade == 0, "the fade waits for the scene"
        assert app.changed_frames > in_part, "drawn in part: the scene before is as still"
        in_part = app.changed_frames
        assert_like_a_full_redraw(app, app.window)
        shown = pygame.Surface(size).convert()
        view._backdrop(shown, size)
        assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(
            app.backdrops.get(old, size), "RGB"), "the scene before stays"
        assert waited < 200
    assert waited >= 5, "painted over frames, not in one"
    whole = backgrounds._paint(new, pygame.Surface(size).convert())
    assert pygame.image.tobytes(app.backdrops.get(new, size), "RGB") == pygame.image.tobytes(
        whole, "RGB"), "the picture a painting in one go makes"
    app.run_ticks(1)
    assert view.fade > 0, "then it fades in"
    # the window resized mid-fade: the new scene is painted again at the new size, and the
    # one before shows whole meanwhile, neither blended with nor painted in one go
    fading, resized = view.fade, (960, 540)
    app.resized(resized)
    app.run_ticks(1)
    assert not app.backdrops.ready(new, resized) and view.fade == fading
    shown = pygame.Surface(resized).convert()
    view._backdrop(shown, resized)
    assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(
        app.backdrops.get(old, resized), "RGB"), "the scene before, whole"
    assert not app.backdrops.ready(new, resized), "not painted in one go to be shown"


def test_a_scene_is_scaled_to_a_window_of_another_size_in_a_frame_of_its_own(app,
                                                                              monkeypatch):
    """Scaling a painted scene to 1920x1080 is 4-5 ms, more than a frame's painting budget:
    begun after 3 ms of other strokes, it made a frame of 8-10 ms at 1080p. It waits for the
    next frame, and begins that frame's painting."""
    from game.ui.visuals import backgrounds

    scaled, real = [], backgrounds._scale_into
    monkeypatch.setattr(backgrounds, "_scale_into",
                        lambda *args: (scaled.append(calls[0]), real(*args)))
    calls = [0]
    backdrops = backgrounds.Backdrops()
    size = (backgrounds.W * 3 // 2, backgrounds.H * 3 // 2)
    while not backdrops.prepare("rooftop_dawn", size, budget=60.0):  # a budget for all of it
        calls[0] += 1
        assert calls[0] < 5
    assert scaled == [1], "all the strokes in the first frame, the scaling alone in the next"
    whole = backgrounds._paint("rooftop_dawn", pygame.Surface((backgrounds.W,
                                                                backgrounds.H)).convert())
    assert pygame.image.tobytes(backdrops.get("rooftop_dawn", size), "RGB") == \
        pygame.image.tobytes(pygame.transform.smoothscale(whole, size), "RGB")
