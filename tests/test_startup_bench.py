"""The cold-start figure stops the real game after its first frame: the window polls input,
presents the title once and exits cleanly when HER_QUIT_AFTER_FIRST_FRAME is set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_game_stops_after_its_first_frame_when_asked(tmp_path):
    env = dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "play", "--save-dir",
                           str(tmp_path), "--size", "640x360"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_bench_reports_cold_start_beside_its_floor():
    from bench.startup import bench_startup

    figures = bench_startup(quick=True)
    assert figures["floor_s"] > 0 and figures["cold_start_s"] > 0
    assert abs(figures["ratio"] - figures["cold_start_s"] / figures["floor_s"]) < 0.05
    assert {"goal", "ok", "help_s", "bare_python_s", "help_ok"} <= set(figures)


# modules the title screen does not need, each once paid for at every start-up: a new import
# here is start-up time every player waits through
NOT_AT_START = ("multiprocessing", "importlib.metadata", "game.core.translation", "yaml",
                "game.core.reload", "game.speedrun.livesplit", "socket")


def test_the_title_is_drawn_without_what_it_does_not_need(tmp_path):
    loaded = tmp_path / "modules.txt"
    script = ("import atexit, runpy, sys\n"
              f"atexit.register(lambda: open({str(loaded)!r}, 'w').write("
              "'\\n'.join(sorted(sys.modules))))\n"
              f"sys.argv = ['main.py', 'play', '--save-dir', {str(tmp_path)!r}, "
              "'--size', '640x360']\n"
              "runpy.run_path('main.py', run_name='__main__')\n")
    env = dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1")
    for _ in range(2):  # the second start-up, as every one after the first: caches written
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    assert "first frame presented at " in done.stderr  # the moment bench's figure ends
    modules = set(loaded.read_text().split())
    assert "game.ui.scenes.title" in modules
    assert not modules & set(NOT_AT_START), sorted(modules & set(NOT_AT_START))


def test_the_first_frame_does_not_wait_for_a_frame_slot(app, monkeypatch):
    """The loop caps later frames at 60 fps; the first is presented as soon as it is drawn."""
    import pygame

    asked: list[int] = []

    class Timer:
        def tick(self, framerate: int = 0) -> int:
            asked.append(framerate)
            return 0

        def get_time(self) -> int:
            return 16

    monkeypatch.setattr(pygame.time, "Clock", Timer)
    monkeypatch.setenv("HER_QUIT_AFTER_FIRST_FRAME", "1")
    app.frames_drawn = 0
    app.dirty = True
    app.run()
    assert asked and asked[0] == 0 and 60 not in asked[:2]


LINES = [["play", "--size", "1920x1080", "--seed", "3"], ["--save-dir", "d", "text", "--json"],
         ["routes", "--beam", "5", "--json"], ["replay", "verify", "run.json"],
         ["voice", "build", "--only-missing"], ["saves", "--save-dir", "x"]]


def test_a_command_line_is_read_by_that_command_s_parser_alone(monkeypatch, tmp_path):
    from game import cli

    for words in LINES:  # the same reading as the whole parser's
        assert cli.build_parser(cli._command_named(words)).parse_args(words) == \
            cli.build_parser().parse_args(words)
    built: list[str | None] = []
    build = cli.build_parser

    def watched(only=None):
        built.append(only)
        return build(only)

    monkeypatch.setattr(cli, "build_parser", watched)
    assert cli.main(["saves", "--json", "--save-dir", str(tmp_path)]) == 0
    assert built == ["saves"]
    assert cli._command_named(["--help"]) is None and cli._command_named(["nope"]) is None


def test_story_yaml_is_read_from_its_kept_reading_only_while_its_text_is_the_same(tmp_path):
    import pytest

    from game.core import config
    from game.core.errors import ConfigError

    path = tmp_path / "story.yaml"
    path.write_text("title: First\ncharacters:\n  amy:\n    name: Amy\n", encoding="utf-8")
    assert config.load_config(path).title == "First"
    kept = config._reading_path(path.read_text(encoding="utf-8"))
    assert kept.is_file()  # the next start-up reads this, not the YAML
    assert config.load_config(path).title == "First"
    path.write_text("title: Second\ncharacters:\n  amy:\n    name: Amy\n", encoding="utf-8")
    assert config.load_config(path).title == "Second"  # an edit is read as written
    kept = config._reading_path(path.read_text(encoding="utf-8"))
    kept.write_text("{not json", encoding="utf-8")
    assert config.load_config(path).title == "Second"  # a broken copy: the YAML again
    bad = "title: T\ncharacters:\n  amy:\n    name: Amy\n    colour: red\n"
    path.write_text(bad, encoding="utf-8")
    for _ in range(2):  # the same line, read from YAML and then from the kept reading
        with pytest.raises(ConfigError) as caught:
            config.load_config(path)
        assert caught.value.line == 5
    path.write_text("title: T\nwhen: 2024-01-02\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        config.load_config(path)  # a date: YAML's own, which JSON cannot keep
    assert not config._reading_path(path.read_text(encoding="utf-8")).exists()  # not JSON


def test_opening_the_sound_reads_the_voice_manifest_off_the_main_thread(monkeypatch):
    import threading

    import pygame

    from game.audio import manifest, open_audio

    readers: list[str] = []
    load = manifest.Manifest.load.__func__

    def watched(cls, root):
        readers.append(threading.current_thread().name)
        return load(cls, root)

    monkeypatch.setattr(manifest.Manifest, "load", classmethod(watched))
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    pygame.mixer.quit()
    try:
        sound = open_audio(ROOT / "story", allow_dummy=True)
        assert "MainThread" not in readers  # 25 ms the title no longer waits for
        assert len(sound.library.manifest.records) > 1000  # there when a line asks for it
        assert len(readers) == 1  # read once, whichever thread got there first
        sound.close()
    finally:
        pygame.mixer.quit()


def test_a_writer_starts_its_thread_with_its_first_job():
    from game.core.writer import Writer

    idle = Writer("idle")
    assert not idle.thread.is_alive()  # the title asks nothing of it before its first frame
    idle.close()
    writer, ran = Writer("busy"), []
    import threading

    writer.put(lambda: ran.append(threading.current_thread().name))
    writer.join()
    assert ran == ["busy"]
    writer.close()
    assert not writer.thread.is_alive()


def test_a_gradient_is_its_strip_smoothly_scaled_pixel_for_pixel(app):
    """The title's first painting takes the quicker way to the same picture."""
    import pygame

    from game.ui.visuals import paint

    stops = [(0, (60, 20, 40)), (0.5, (200, 86, 80)), (1, (248, 164, 120))]
    for size in ((1280, 720), (1920, 1080), (333, 77)):
        strip = pygame.Surface((1, 256))
        for y in range(256):
            strip.set_at((0, y), paint.gradient((1, 256), stops).get_at((0, y)))
        smooth = pygame.transform.smoothscale(strip, size)
        into = pygame.Surface(size)
        assert paint.gradient(size, stops, into=into) is into
        for picture in (paint.gradient(size, stops), into):
            assert pygame.image.tobytes(picture, "RGB") == pygame.image.tobytes(smooth, "RGB")


def test_the_sound_opens_on_the_frame_after_the_title_s_first(monkeypatch, tmp_path):
    import argparse

    import pygame

    from game.commands import play
    from game.ui.scenes.title import TitleScene

    opened: list[object] = []

    class Sound:
        def apply_settings(self, settings: object) -> None:
            opened.append("settings")

    def fake(story, settings):
        opened.append("open")
        return Sound()

    monkeypatch.setattr(play, "default_sound", fake)
    args = argparse.Namespace(save_dir=str(tmp_path), story=None, seed=1, lang=None,
                              size="640x360", fullscreen=False, high_contrast=False,
                              autoplay=False, tour=None, load=None)
    app = play.build_app(args)
    app.replace(TitleScene(app))
    assert opened == []  # nothing of the mixer before the first frame
    app.run_ticks(1)
    assert opened == [] and app.frames_drawn == 1
    app.run_ticks(1)
    assert opened == ["open", "settings"] and isinstance(app.sound.sound, Sound)
    app.close()
    args.load = "quick"  # straight into the story: its music cue must find the mixer open
    opened.clear()
    resumed = play.build_app(args)
    assert opened[:1] == ["open"] and isinstance(resumed.sound.sound, Sound)
    resumed.close()
    pygame.display.quit()
