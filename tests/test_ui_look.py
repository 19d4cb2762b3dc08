"""How the window looks and answers (issue 13, the look): settings by mouse do what they show,
every screen follows the interface size and high contrast, skip says what it does, the
developer's tools stay out of the shipped game, and the small visual defects stay fixed.
Driven through the real loop with posted events."""

from __future__ import annotations

import json

import pygame
import pytest
from ui_support import click, key, make_app, run

from game.core.settings import load_settings
from game.ui.scenes.settings import SettingsScene


def post(kind: int, **fields) -> None:
    pygame.event.post(pygame.event.Event(kind, **fields))


def settings_screen(app) -> SettingsScene:
    app.top.settings()
    app.run_ticks(2)
    assert isinstance(app.top, SettingsScene)
    return app.top


def row_of(scene: SettingsScene, name: str) -> int:
    return next(i for i, r in enumerate(scene.rows) if r.name == name and r.character is None)


# --- 8. settings by mouse do what they show -----------------------------------------------------
def test_clicking_a_label_only_focuses_its_row(app, tmp_path):
    scene = settings_screen(app)
    before = dict(app.settings.values)
    for i, row in enumerate(scene.rows):
        scene.focus = i
        scene._follow()
        app.run_ticks(1)
        click(app, (row.rect.left + app.layout.s(30), row.rect.centery))
        assert scene.focus == i
    assert app.settings.values == before
    app.writer.join()
    assert not (tmp_path / "settings.json").exists()  # nothing changed, nothing written


def test_the_arrows_lower_and_raise_as_they_point(app, tmp_path):
    scene = settings_screen(app)
    delay = scene.rows[row_of(scene, "auto_delay")]
    lower, higher = scene.arrows(delay)
    click(app, lower.center)
    assert app.settings["auto_delay"] == 1.5  # "<" on a short delay makes it shorter
    click(app, higher.center)
    click(app, higher.center)
    assert app.settings["auto_delay"] == 2.5
    assert load_settings(tmp_path)["auto_delay"] == 2.5
    speed = scene.rows[row_of(scene, "text_speed")]
    click(app, scene.arrows(speed)[0].center)
    assert app.settings["text_speed"] == 40


def test_a_volume_slider_follows_a_click_and_a_drag_and_is_saved_on_release(app, tmp_path):
    scene = settings_screen(app)
    index = row_of(scene, "music_volume")
    track = scene.track(scene.rows[index])
    click(app, (track.left + track.width // 4, track.centery))
    assert app.settings["music_volume"] == pytest.approx(0.25, abs=0.02)
    post(pygame.MOUSEMOTION, pos=(track.left + track.width * 3 // 4, track.centery),
         rel=(10, 0), buttons=(1, 0, 0))
    app.run_ticks(2)
    assert app.settings["music_volume"] == pytest.approx(0.75, abs=0.02)
    assert scene.dragging == index
    post(pygame.MOUSEMOTION, pos=(track.right + 200, track.centery), rel=(10, 0),
         buttons=(1, 0, 0))  # past the end: full, never more
    post(pygame.MOUSEBUTTONUP, pos=(track.right + 200, track.centery), button=1)
    run(app, 2)
    assert scene.dragging is None and app.settings["music_volume"] == 1.0
    assert json.loads((tmp_path / "settings.json").read_text())["music_volume"] == 1.0
    voice = next(i for i, r in enumerate(scene.rows) if r.character == "samantha")
    scene.focus = voice
    scene._follow()
    app.run_ticks(1)
    track = scene.track(scene.rows[voice])
    click(app, (track.left, track.centery))
    post(pygame.MOUSEBUTTONUP, pos=(track.left, track.centery), button=1)
    run(app, 2)
    assert load_settings(tmp_path)["character_volumes"] == {"samantha": 0.0}


def test_a_switch_sets_the_side_clicked_and_the_keys_still_work(app, tmp_path):
    scene = settings_screen(app)
    index = row_of(scene, "show_meters")
    off, on = scene.switch_halves(scene.rows[index])
    click(app, on.center)
    click(app, on.center)  # "On" again stays on: a click says which, it does not flip
    assert app.settings["show_meters"] is True
    click(app, off.center)
    assert app.settings["show_meters"] is False
    scene.focus = index
    key(app, pygame.K_RIGHT)
    assert app.settings["show_meters"] is True
    key(app, pygame.K_RETURN)
    assert app.settings["show_meters"] is False
    scene.focus = row_of(scene, "text_speed")
    key(app, pygame.K_RIGHT)
    assert app.settings["text_speed"] == 50
    key(app, pygame.K_RETURN)  # Enter never changes a number
    assert load_settings(tmp_path)["text_speed"] == 50


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (960, 540), (640, 360)])
def test_every_row_is_reachable_and_nothing_overlaps_at_every_size(tmp_path, size):
    app = make_app(tmp_path, size=size)
    scene = settings_screen(app)
    area = scene.area
    assert area.bottom <= size[1] and area.right <= size[0]
    if size[0] >= 1280:
        assert all(area.contains(r.rect) for r in scene.rows)  # all on one page
    for i in range(len(scene.rows)):
        key(app, pygame.K_DOWN, ticks=1) if i else None
        row = scene.rows[scene.focus]
        assert area.contains(row.rect), (size, scene.label(row))
        label_w = app.layout.font(22).size(scene.label(row))[0]
        assert row.rect.left + label_w < scene.control(row).left + app.layout.s(40)
    rects = [r.rect for r in scene.rows]
    assert not any(a.colliderect(b) for n, a in enumerate(rects) for b in rects[n + 1:])
    pygame.display.quit()


# --- 14. the developer's tools stay out of the shipped game ------------------------------------
def names_shown(app) -> set[str]:
    scene = settings_screen(app)
    names = {r.name for r in scene.rows}
    key(app, pygame.K_ESCAPE)
    return names


def test_the_shipped_game_has_no_hot_reload_and_no_runner_settings(app):
    assert not app.modding and not app.developer_mode
    assert not {"speedrun_mode", "livesplit"} & names_shown(app)
    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    assert play.live.reloader is None
    key(app, pygame.K_r, mod=pygame.KMOD_SHIFT)
    assert play.toast == ""  # Shift+R is nothing at all: no "Reloading", no "Cannot reload"


def test_a_story_being_modded_or_speedrun_mode_brings_them_back(tmp_path):
    from ui_support import FIXTURE

    from game.cli import build_parser
    from game.commands.play import build_app
    from game.ui.scenes.title import TitleScene

    args = build_parser().parse_args(["play", "--story", str(FIXTURE), "--save-dir",
                                      str(tmp_path), "--autoplay"])
    app = build_app(args)  # `play --story`: a modder at work
    try:
        assert app.modding and app.developer_mode
        app.replace(TitleScene(app))
        app.run_ticks(2)
        assert {"speedrun_mode", "livesplit"} <= names_shown(app)
        app.top.start_new()
        app.run_ticks(2)
        assert app.top.live.reloader is not None
        said: list[str] = []
        scene_say = app.top.say
        app.top.say = lambda message: said.append(message) or scene_say(message)
        key(app, pygame.K_r, mod=pygame.KMOD_SHIFT)
        # the notice as the key was handled (a fast build may already have replaced it)
        assert said and said[0].startswith("Reloading"), said
    finally:
        pygame.display.quit()
    shipped = make_app(tmp_path / "runner")
    shipped.settings.set("speedrun_mode", True)  # a runner turned speedrun mode on
    assert shipped.developer_mode and "livesplit" in names_shown(shipped)
    pygame.display.quit()


# --- the screenshot tour -------------------------------------------------------------------------
def _differs(a: pygame.Surface, b: pygame.Surface, share: float = 0.25) -> bool:
    """More than `share` of sampled pixels differ clearly between two pictures."""
    small = (160, 90)
    a, b = pygame.transform.scale(a, small), pygame.transform.scale(b, small)
    differ = sum(1 for x in range(small[0]) for y in range(small[1])
                 if sum(abs(p - q) for p, q in zip(a.get_at((x, y))[:3], b.get_at((x, y))[:3],
                                                   strict=True)) > 24)
    return differ > share * small[0] * small[1]


def check_tour(folder) -> None:
    from game.ui.tour import SCREENS

    shots = sorted(folder.glob("*.png"))
    assert [p.stem.split("-", 1)[1] for p in shots] == list(SCREENS)
    pictures = {p.stem.split("-", 1)[1]: pygame.image.load(str(p)) for p in shots}
    play = pictures["play"]
    for name, picture in pictures.items():
        if name not in ("play", "choice"):
            assert _differs(picture, play), f"{name} looks like the play scene"
    assert _differs(pictures["save"], pictures["load"], 0.02)  # two screens, not one


def test_the_tour_visits_every_screen_through_the_loop(tmp_path):
    from game.ui.tour import Tour

    app = make_app(tmp_path / "saves")
    shots = Tour(app, tmp_path / "tour").run()
    pygame.display.quit()
    assert len(shots) == 12
    check_tour(tmp_path / "tour")


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1920x1080", "1280x720", "960x540"])
@pytest.mark.parametrize("contrast", [False, True])
def test_the_tour_of_the_real_game_in_an_x_window(tmp_path, size, contrast):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (apt-get install xvfb)")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "SDL_VIDEODRIVER": "x11", "SDL_AUDIODRIVER": "dummy"}
    command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable,
               str(root / "main.py"), "play", "--tour", str(tmp_path), "--size", size]
    result = subprocess.run(command + ["--high-contrast"] * contrast, cwd=root, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "tour: 12 screens" in result.stdout
    check_tour(tmp_path)
    first = pygame.image.load(str(sorted(tmp_path.glob("*.png"))[0]))
    assert first.get_size() == tuple(int(n) for n in size.split("x"))


# --- 11. the interface size scales every screen; high contrast changes every screen -------------
class Recorder(pygame.Surface):
    """A drawing target that notes where everything drawn on it landed."""

    def __init__(self, size) -> None:
        super().__init__(size)
        self.blits: list[pygame.Rect] = []

    def blit(self, source, dest, area=None, special_flags=0):  # noqa: ANN001, ANN201
        size = (area.size if isinstance(area, pygame.Rect) else source.get_size())
        where = dest.topleft if isinstance(dest, pygame.Rect) else dest
        self.blits.append(pygame.Rect((round(where[0]), round(where[1])), size))
        return super().blit(source, dest, area, special_flags)

    def subsurface(self, rect):  # noqa: ANN001, ANN201
        """A part of the window a screen draws into (the save grid): whatever is drawn there
        lands inside it, so the part itself is what must fit."""
        self.blits.append(pygame.Rect(rect))
        part = super().subsurface(rect)
        part.blits = []
        return part


def every_screen(app):
    """(name, scene) for every screen a player meets, each made the way the game makes it."""
    from game.ui.scenes.chapters import ChaptersScene
    from game.ui.scenes.confirm import ConfirmScene
    from game.ui.scenes.ending import FADE_IN, EndingScene
    from game.ui.scenes.gallery import GalleryScene
    from game.ui.scenes.game_menu import GameMenuScene
    from game.ui.scenes.help import HelpScene
    from game.ui.scenes.history import HistoryScene
    from game.ui.scenes.saves import SavesScene
    from game.ui.scenes.title import TitleScene
    from game.ui.tour import first_ending

    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    key(app, pygame.K_SPACE)
    key(app, pygame.K_SPACE)
    form = play.view.samantha  # her light may spill past the window's edge: it is not content
    form.presence = form.target_presence = 0.0
    ending = EndingScene(app, first_ending(app), "black")
    ending.ticks = FADE_IN
    return [("play", play), ("title", TitleScene(app)), ("game menu", GameMenuScene(app, play)),
            ("settings", SettingsScene(app)), ("save", SavesScene(app, "save", play)),
            ("load", SavesScene(app, "load", play)), ("history", HistoryScene(app, play)),
            ("help", HelpScene(app)), ("chapters", ChaptersScene(app)),
            ("endings", GalleryScene(app)), ("ending", ending),
            ("confirm", ConfirmScene(app, "Quit the game?", "Quit", lambda: None))]


def draw_screen(app, scene, monkeypatch) -> tuple[Recorder, list[int]]:
    """The screen drawn as the app draws it, with every font size it asked for."""
    from game.ui import theme

    sizes: list[int] = []
    real = theme.font
    monkeypatch.setattr(theme, "font", lambda px, style="regular": sizes.append(px) or real(
        px, style))
    scene.relayout()
    target = Recorder(app.window.get_size())
    if scene.overlay:
        app.session_scene.draw(target)
    scene.draw(target)
    monkeypatch.setattr(theme, "font", real)
    return target, sizes


@pytest.mark.parametrize("size", [(1920, 1080), (960, 540), (640, 360)])
def test_the_interface_size_scales_every_screen_and_nothing_is_cut(tmp_path, monkeypatch, size):
    app = make_app(tmp_path, size=size)
    app.settings.values["reduced_motion"] = True  # drifting motes may cross the edge
    screens = every_screen(app)
    smallest: dict[str, list[int]] = {}
    for ui in (1.0, 1.4):
        app.settings.values["ui_scale"] = ui
        app.relayout()
        for name, scene in screens:
            target, sizes = draw_screen(app, scene, monkeypatch)
            smallest.setdefault(name, []).append(min(sizes))
            window = target.get_rect()
            for rect in target.blits:
                if rect.height < window.height // 2:  # text and panels, not backdrops
                    assert window.contains(rect), (name, ui, size, rect)
    for name, (normal, large) in smallest.items():
        # every screen, not only the story; Help keeps its whole table on one screen, so in
        # the smallest window its type grows only as far as the table still fits
        grows = 1.05 if (name, size) == ("help", (640, 360)) else 1.3
        assert large >= normal * grows, (name, normal, large)
        assert normal >= 11, (name, normal)  # readable even at 640x360 (save dates too)
    pygame.display.quit()


def test_high_contrast_changes_every_screen(app, monkeypatch):
    screens = every_screen(app)
    for name, scene in screens:
        pictures = []
        for contrast in (False, True):
            app.settings.values["high_contrast"] = contrast
            pictures.append(draw_screen(app, scene, monkeypatch)[0])
        small = (192, 108)
        a, b = (pygame.transform.scale(p, small) for p in pictures)
        differ = sum(1 for x in range(small[0]) for y in range(small[1])
                     if sum(abs(p - q) for p, q in zip(a.get_at((x, y))[:3],
                                                       b.get_at((x, y))[:3], strict=True)) > 30)
        assert differ > 0.02 * small[0] * small[1], name


# --- 12. skip says what it does -----------------------------------------------------------------
def test_tab_on_unread_text_says_why_once_and_is_remembered(app, tmp_path):
    from game.ui.scenes.play import SKIP_HINT

    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    key(app, pygame.K_TAB)  # the first line: never read
    run(app, 2)
    assert not play.skipping and play.toast == SKIP_HINT
    assert load_settings(tmp_path)["skip_hint_seen"] is True
    app.run_ticks(200)  # the notice fades
    key(app, pygame.K_TAB)
    app.run_ticks(2)
    assert not play.skipping and play.toast_ticks <= 0  # once: not every time


def test_skipping_shows_a_clear_indicator(app):
    app.settings.set("skip_unread", True)
    app.settings.set("reduced_motion", True)
    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    settle_line = play.view.modes_rect(app.layout)
    assert settle_line is None  # nothing shown while not skipping
    key(app, pygame.K_TAB, ticks=1)
    assert play.skipping
    rect = play.view.modes_rect(app.layout)
    assert rect is not None and rect.height >= app.layout.s(36)
    from game.ui import theme
    colours = {pixel_at(app, (x, rect.centery)) for x in range(rect.left, rect.right, 2)}
    near = [c for c in colours if sum(abs(a - b) for a, b in zip(c, theme.PEACH, strict=True)) < 40]
    assert len(near) >= 3  # the chevrons and the word, drawn bright
    key(app, pygame.K_TAB, ticks=1)
    assert not play.skipping and play.view.modes_rect(app.layout) is None


def pixel_at(app, pos) -> tuple[int, int, int]:
    return tuple(app.window.get_at(pos))[:3]


# --- 15. the small defects ------------------------------------------------------------------------
def test_the_first_line_of_a_chapter_waits_for_its_card(app):
    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    assert play.view.card_ticks > 0 and play.box.text
    box = play.box.box_rect(app.layout)
    inside = (box.left + app.layout.s(60), box.top + app.layout.s(50))
    app.run_ticks(60)
    assert play.box.shown == 0  # nothing types under the card
    under_card = pixel_at(app, inside)
    app.run_ticks(play.view.card_ticks + 30)
    assert play.view.card_ticks == 0 and play.box.shown > 0  # then the line types
    assert pixel_at(app, inside) != under_card  # and the box is there now


def test_a_press_during_the_card_brings_the_line_at_once(app):
    app.top.start_new()
    app.run_ticks(2)
    play = app.top
    key(app, pygame.K_SPACE)
    assert play.box.done and play.view.card_ticks <= 12
    assert play.choices is None


def test_the_day_sun_is_warm_and_smooth(app):
    from game.ui.visuals.backgrounds import Backdrops

    picture = Backdrops().design("apartment_day")
    centre = (900, 200)
    r, g, b = picture.get_at(centre)[:3]
    assert r > g > b and r - b >= 40  # warm, not greenish or grey
    row = [picture.get_at((centre[0] - dx, centre[1] - 90))[:3] for dx in range(0, 200)]
    assert all(p[0] >= p[1] >= p[2] for p in row)  # warm along the way out too
    steps = [max(abs(a - c) for a, c in zip(p, q, strict=True))
             for p, q in zip(row, row[1:], strict=False)]
    assert max(steps) <= 3  # no ring edges: the falloff changes a level or two per pixel


def test_samanthas_light_is_in_front_of_the_window_bars(app):
    """Her form drawn over a night sky with and without a dark mullion through it: inside her
    ring the bar must not show (it did: her heart was see-through, so she sat behind it)."""
    from game.ui.visuals.samantha import SamanthaForm

    form = SamanthaForm()
    form.presence = 1.0
    pictures = []
    for bar in (False, True):
        sky = pygame.Surface((400, 400))
        sky.fill((60, 20, 30))
        if bar:
            pygame.draw.rect(sky, (20, 6, 10), (195, 0, 10, 400))
        form.draw(sky, (200, 200), 80)
        pictures.append(sky)
    seen = [max(abs(a - c) for a, c in zip(pictures[0].get_at((200, 200 + dy))[:3],
                                           pictures[1].get_at((200, 200 + dy))[:3],
                                           strict=True)) for dy in range(0, 46, 3)]
    assert max(seen) <= 6, seen


def test_meters_show_their_values_and_what_they_measure(tmp_path):
    from pathlib import Path

    from game.core.story import Story
    from game.ui.app import App
    from game.ui.scenes.title import TitleScene
    from game.ui.widgets import text

    story = Story.open(Path(__file__).resolve().parents[1] / "story", seed=1)
    app = App(story, tmp_path, size=(1280, 720), fullscreen=False, seed=1)
    try:
        app.replace(TitleScene(app))
        app.run_ticks(2)
        app.top.start_new()
        app.run_ticks(2)
        play = app.top
        text._CACHE.clear()
        key(app, pygame.K_m)
        assert play.show_meters
        drawn = {entry[0] for entry in text._CACHE}
        for label, value, _low, high, description in play.play.meters():
            assert label in drawn and f"{value} / {high}" in drawn
            assert description and description.split()[0] in " ".join(drawn)
    finally:
        pygame.display.quit()


# --- the player build's type ----------------------------------------------------------------------
def test_a_missing_reading_face_is_told_not_passed_off(tmp_path, monkeypatch, capsys):
    """The player build's test asserts this warning is absent; here it must appear when the
    face is missing (so that check can fail)."""
    from ui_support import FIXTURE

    from game import cli
    from game.ui import theme

    monkeypatch.setattr(theme, "_FONTS", {})
    monkeypatch.setattr(theme, "FONT_PROBLEMS", [])
    monkeypatch.setattr(theme, "face_path", lambda style="regular": None)
    monkeypatch.setattr(pygame, "quit", pygame.display.quit)
    code = cli.main(["play", "--story", str(FIXTURE), "--save-dir", str(tmp_path), "--autoplay",
                     "--exit-on-ending", "--seed", "1", "--size", "640x360"])
    out = capsys.readouterr().out
    assert code == 0 and "ENDING: " in out
    assert "warning: the regular reading face is missing" in out


@pytest.mark.parametrize("screen", ["chapters", "gallery"])
def test_chapter_and_ending_lists_that_do_not_fit_scroll_with_a_scrollbar(tmp_path, screen):
    from pathlib import Path

    from game.core.story import Story
    from game.ui import theme
    from game.ui.app import App
    from game.ui.scenes.title import TitleScene

    story = Story.open(Path(__file__).resolve().parents[1] / "story", seed=1)
    app = App(story, tmp_path, size=(1280, 720), fullscreen=False, seed=1)
    try:
        app.replace(TitleScene(app))
        app.run_ticks(2)
        getattr(app.top, screen)()
        app.run_ticks(2)
        listing = app.top
        area = listing.list_area()
        last = listing.column.buttons[-1]
        assert last.rect.bottom > area.bottom  # the last row does not fit…
        x = area.right - app.layout.s(12) + app.layout.s(3)
        track = [pixel_at(app, (x, y)) for y in range(area.top + 12, area.bottom - 12, 3)]
        assert theme.PEACH in track  # …and a scrollbar says so
        for _ in range(10):
            pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
        app.run_ticks(2)
        assert listing.scroll > 0 and last.rect.bottom <= area.bottom + app.layout.s(12)
    finally:
        pygame.display.quit()
