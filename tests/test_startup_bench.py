"""The cold-start figure stops the real game after its first frame: the window polls input,
presents the title once and exits cleanly when HER_QUIT_AFTER_FIRST_FRAME is set."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_game_stops_after_its_first_frame_when_asked(tmp_path):
    env = dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "play", "--save-dir",
                           str(tmp_path), "--size", "640x360"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow  # eleven interleaved start-ups of the game and the floor, ~7 s
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


def modules_at_the_title(tmp_path, *args: str, runs: int = 2,  # noqa: ANN001
                         **env: str | None) -> tuple[set[str], str]:
    """The modules loaded when the title's first frame is presented (`play` with `args`), at
    the last of `runs` start-ups (the second is as every one after the first: the caches
    written), and what it printed on stderr. A variable given as None is left out."""
    loaded = tmp_path / "modules.txt"
    script = ("import atexit, runpy, sys\n"
              f"atexit.register(lambda: open({str(loaded)!r}, 'w').write("
              "'\\n'.join(sorted(sys.modules))))\n"
              f"sys.argv = ['main.py', 'play', '--save-dir', {str(tmp_path)!r}, "
              f"'--size', '640x360', *{list(args)!r}]\n"
              "runpy.run_path('main.py', run_name='__main__')\n")
    env = {name: value for name, value in dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1",
                                               **env).items() if value is not None}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    return set(loaded.read_text().split()), done.stderr


def test_the_title_is_drawn_without_what_it_does_not_need(tmp_path):
    modules, stderr = modules_at_the_title(tmp_path)
    assert "first frame presented at " in stderr  # the moment bench's figure ends
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


# what the title's first frame must not import, and what used to be imported for it: the
# save machinery, the compiler, mods, a speedrun's parts (each of these once 2-12 ms), and on
# a first launch, with nothing to check, OpenSSL's hashing (3 ms)
NOT_FOR_THE_TITLE = ("game.core.saves", "game.core.savefile", "game.core.restore",
                     "game.core.session", "game.core.compiler", "game.core.mods",
                     "game.ui.playthrough", "game.speedrun.categories",
                     "game.speedrun.recorder", "game.speedrun.splits", "game.speedrun.runfile",
                     "game.ui.speedrun.overlay", "hashlib", "game.ui.widgets.dialogue",
                     "game.ui.widgets.meters", "game.ui.scenes.confirm")


def test_the_title_s_first_frame_imports_no_saves_compiler_mods_or_runs(tmp_path):
    modules, _ = modules_at_the_title(tmp_path, HER_CACHE_DIR=str(tmp_path / "c"))
    assert "game.ui.scenes.title" in modules and "game.core.story" in modules
    assert not modules & set(NOT_FOR_THE_TITLE), sorted(modules & set(NOT_FOR_THE_TITLE))


def test_a_player_s_display_is_checked_without_the_audio_package_s_heavy_parts(tmp_path):
    """A player's window, on a real display, is checked first (`check_display`, with SDL's
    own notes quieted by `game.audio.warn`): that import pulled in all of the audio package
    (voice lint with the ink compiler, self-voicing with the voice engines), 13 ms of every
    start-up that the headless runs never saw, since they skip the check."""
    from bench.ui import xvfb_display

    with xvfb_display() as display:
        if display is None:
            pytest.skip("needs Xvfb for a real display (apt-get install xvfb)")
        modules, _ = modules_at_the_title(tmp_path, DISPLAY=display, SDL_VIDEODRIVER=None,
                                          HER_CACHE_DIR=str(tmp_path / "c"))
    assert "game.audio.warn" in modules, "the display was not checked"
    heavy = {"game.audio.voicelint", "game.audio.selfvoice", "game.audio.voices",
             "game.core.compiler", "game.core.inksource"}
    assert not modules & heavy, sorted(modules & heavy)
    assert not modules & set(NOT_FOR_THE_TITLE), sorted(modules & set(NOT_FOR_THE_TITLE))


def _window_args(tmp_path, story=None):  # noqa: ANN001, ANN202
    import argparse

    return argparse.Namespace(save_dir=str(tmp_path), story=story, seed=1, lang=None,
                              size="640x360", fullscreen=False, high_contrast=False,
                              autoplay=False, tour=None, load=None)


def test_the_story_s_runtime_is_made_on_its_own_thread_after_the_first_frame(
        monkeypatch, tmp_path):
    import threading
    import time

    import pygame

    from game.commands import play
    from game.core.compiled import CompiledStory
    from game.ui.scenes.title import TitleScene

    made: list[str] = []
    new_runtime = CompiledStory.new_runtime

    def watched(self, *args, **kwargs):  # noqa: ANN001, ANN202
        made.append(threading.current_thread().name)
        return new_runtime(self, *args, **kwargs)

    monkeypatch.setattr(CompiledStory, "new_runtime", watched)
    app = play.build_app(_window_args(tmp_path))
    app.replace(TitleScene(app))
    app.run_ticks(1)
    assert app.frames_drawn == 1 and made == []  # the title was drawn without one
    assert app.story.title == "Her"  # read off the compiled story's start
    deadline = time.monotonic() + 10
    while app._preparing is not None and time.monotonic() < deadline:  # noqa: SLF001
        app.run_ticks(1)
        time.sleep(0.01)
    assert made == ["her-story"]  # once, off the frame
    app.top.start_new()  # New game plays from it
    app.run_ticks(2)
    assert app.top.name == "play" and app.top.box.text
    assert made == ["her-story"]
    app.close()
    pygame.display.quit()


def test_a_story_that_cannot_run_stops_the_window_with_its_error(tmp_path):
    import pygame
    import pytest

    from game.commands import play
    from game.core.errors import StoryError
    from game.ui.scenes.title import TitleScene

    big = tmp_path / "big.ink"  # compiles, but the runtime refuses its number
    big.write_text("# title: Big\nVAR big = 5000000000\nThe number is {big}.\n",
                   encoding="utf-8")
    app = play.build_app(_window_args(tmp_path / "saves", story=str(big)))
    app.replace(TitleScene(app))
    app.run_ticks(1)
    assert app.frames_drawn == 1 and app.story.title == "Big"
    # the runtime is made on a thread while the window draws: tick until that thread has
    # answered, however long a loaded machine takes (1,000 ticks were not always enough)
    deadline = time.monotonic() + 60
    with pytest.raises(StoryError, match="larger than the runtime's 32-bit integers"):
        while time.monotonic() < deadline:
            app.run_ticks(1)
            time.sleep(0.001)
    pygame.display.quit()


def test_a_deferred_runtime_plays_the_same_story_as_one_made_at_once():
    from game.core.story import Choices, Story

    now, later = Story.open(seed=11), Story.open(seed=11, runtime_later=True)
    assert "_ink" not in later.__dict__ and later.meta == now.meta
    assert later.save_state() == now.save_state()
    for _ in range(12):
        beats = [now.next(), later.next()]
        assert str(beats[0]) == str(beats[1])
        if isinstance(beats[0], Choices):
            now.choose(0)
            later.choose(0)
    waited = Story.open(seed=11, runtime_later=True)
    waited.reset(12)  # before the runtime is there: it starts with this seed
    again = Story.open(seed=12)
    assert waited.save_state() == again.save_state()


GLOBAL_TAG_STORIES = {
    "plain": "# title: Plain\n# author: Someone\nHello.\n",
    "none": "Hello.\n# not global: after text\n",
    "escaped": '# title: A "quoted" \\\\ title\nHello.\n',
    "dynamic": "VAR x = 1\n# title: {x}\nHello.\n",
    "knot_first": "-> start\n=== start ===\n# title: In a knot\nHello.\n-> END\n",
    "after_var": "VAR v = 2\n# title: After a VAR\n# version: 3\nText {v}.\n",
    "unicode": "# title: Café — ☕\nBonjour.\n",
    "only_tags": "# title: Nothing else\n",
}


def test_global_tags_read_off_the_json_are_the_runtime_s(tmp_path):
    """The title screen's reading of `# title:` and friends without a runtime: the same
    answer as the runtime's wherever it answers at all (None: the runtime is asked)."""
    from bink.story import Story as Runtime
    from ink_support import write_stories

    from game.core.compiled import global_tags_of
    from game.core.compiler import compile_ink

    texts = [compile_ink(path).json_text
             for path in write_stories(tmp_path, GLOBAL_TAG_STORIES).values()]
    texts += [(ROOT / "story" / "main.json").read_text(encoding="utf-8"),
              (ROOT / "mods" / "amys_documentary" / "main.json").read_text(encoding="utf-8")]
    read = 0
    for text in texts:
        tags = global_tags_of(text)
        if tags is not None:
            read += 1
            assert tags == list(Runtime(text).get_global_tags()), text[:200]
    assert read >= 6  # the common shapes are read, not handed back
    assert global_tags_of('{"inkVersion":20,"root":[[{"#":"title: Old"},"^Hi"]]}') is None
    assert global_tags_of("not json") is None


def _saves_made(folder: Path, slots: list[str]) -> None:
    import time

    from saves_support import new_session, play_to_choice

    session = new_session(folder)
    play_to_choice(session, [])
    for slot in slots:  # written in this order, a little apart: the last is the newest
        session.save(slot)
        time.sleep(0.01)
    session.slots.flush()


def test_the_title_knows_there_is_a_save_from_the_newest_one_alone(monkeypatch, tmp_path):
    """Continue and Load are offered when a save would load: the newest-written slot is read
    and checked whole, and the others are not read at all (39 saves were 35 ms)."""
    from game.core import savefile
    from game.ui.save_bridge import SceneMemory

    _saves_made(tmp_path, ["1", "2", "2", "3", "quick", "quick"])  # 2 and quick: a .bak
    read: list[str] = []
    read_good_copy = savefile.read_good_copy

    def watched(save_dir, slot):  # noqa: ANN001, ANN202
        read.append(slot)
        return read_good_copy(save_dir, slot)

    monkeypatch.setattr(savefile, "read_good_copy", watched)
    memory = SceneMemory(tmp_path)
    assert memory.has_save() and read == ["quick"]
    (tmp_path / "quick.json").write_text("{broken", encoding="utf-8")  # its .bak: older, good
    read.clear()
    assert memory.has_save() and read == ["quick"]  # the previous copy loads: usable
    for name in ("quick.json", "quick.json.bak", "3.json"):
        (tmp_path / name).write_text("{broken", encoding="utf-8")
    read.clear()
    assert memory.has_save() and read[:2] in (["quick", "3"], ["3", "quick"]) and len(read) == 3
    assert memory.has_save() == (memory.newest_slot() is not None)
    for name in ("1.json", "2.json", "2.json.bak", "auto-0.json", "chapter-one.json"):
        (tmp_path / name).write_text("{broken", encoding="utf-8")  # the story's autosaves too
    assert not memory.has_save() and memory.newest_slot() is None  # nothing would load
    assert not SceneMemory(tmp_path / "none").has_save()


def test_the_title_s_painting_made_from_bytes_is_the_pixel_by_pixel_one(app):
    """The vignette's falloff and a gradient's strip are built as bytes (the title's first
    frame): the same pixels as setting each one, which is how they were first written."""
    import pygame

    from game.ui.visuals import paint

    for strength in (90, 150, 220):
        small = pygame.Surface((64, 36), pygame.SRCALPHA)
        for y in range(36):
            for x in range(64):
                dx, dy = (x - 31.5) / 32, (y - 17.5) / 18
                d = min(1.0, (dx * dx + dy * dy) ** 0.5)
                small.set_at((x, y), (48, 10, 16, round(strength * d ** 2.4)))
        expected = pygame.transform.smoothscale(small, (333, 77))
        made = paint.vignette((333, 77), strength)
        assert made.get_masks() == expected.get_masks()
        assert pygame.image.tobytes(made, "RGBA") == pygame.image.tobytes(expected, "RGBA")
    stops = [(0.1, (60, 20, 40)), (0.5, (200, 86, 80)), (0.9, (248, 164, 120))]  # gaps: black
    strip = pygame.Surface((1, 256))
    for y in range(256):
        t = y / 255
        for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
            if p0 <= t <= p1:
                k = (t - p0) / max(1e-6, p1 - p0)
                tone = tuple(round(a + (b - a) * k) for a, b in zip(c0, c1, strict=True))
                strip.set_at((0, y), tone)
                break
    expected = pygame.transform.scale(pygame.transform.smoothscale(strip, (1, 300)), (200, 300))
    made = paint.gradient((200, 300), stops)
    assert pygame.image.tobytes(made, "RGB") == pygame.image.tobytes(expected, "RGB")


def test_gamepads_are_looked_for_from_the_frame_after_the_first(app):
    import pygame

    from game.ui.scenes.title import TitleScene

    pygame.joystick.quit()
    app.frames_drawn = 0
    app.replace(TitleScene(app))
    app.run_ticks(1)
    assert app.frames_drawn == 1 and not pygame.joystick.get_init()  # 1 ms of start-up
    app.run_ticks(1)
    assert pygame.joystick.get_init()


def test_a_kept_story_yaml_reading_is_trusted_only_for_the_very_text_it_was_made_of(tmp_path):
    """Found by a checksum, so a reading of another text under the same name (a collision, or
    a forged file) must not be taken for this one's."""
    import json

    from game.core import config

    path = tmp_path / "story.yaml"
    text = "title: Mine\ncharacters:\n  amy:\n    name: Amy\n"
    path.write_text(text, encoding="utf-8")
    assert config.load_config(path).title == "Mine"
    kept = config._reading_path(text)  # noqa: SLF001
    reading = json.loads(kept.read_text(encoding="utf-8"))
    assert reading["text"] == text
    reading["text"], reading["data"]["title"] = "title: Theirs\n", "Theirs"
    kept.write_text(json.dumps(reading), encoding="utf-8")
    assert config.load_config(path).title == "Mine"


def test_no_cyclic_collection_runs_until_the_title_is_up(tmp_path):
    """The collector waits while the game starts (3-12 ms of collections walking what start-up
    is making), and collects again once the command is done."""
    # only collections before the release count: once the collector is on again, Python 3.13
    # collects at the first allocation, counting what it allocated while held
    script = ("import gc, sys\n"
              "import game.cli, game.startup\n"
              "seen, released = [], []\n"
              "gc.callbacks.append(lambda phase, info: phase == 'start' and not released and "
              "seen.append(info['generation']))\n"
              "release = game.startup.release\n"
              "game.startup.release = lambda: (released.append(1), release())\n"
              "code = game.cli.main(['play', '--save-dir', sys.argv[1], '--size', '640x360'])\n"
              "print('collections while starting', seen, 'on after', gc.isenabled())\n"
              "sys.exit(code)\n")
    env = dict(os.environ, HER_QUIT_AFTER_FIRST_FRAME="1")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "collections while starting [] on after True" in done.stdout, done.stdout


def test_the_window_lets_the_collector_go_on_the_frame_after_the_first(tmp_path):
    import gc

    import pygame

    from game import startup
    from game.commands import play
    from game.ui.scenes.title import TitleScene

    startup.hold()
    app = play.build_app(_window_args(tmp_path))
    app.replace(TitleScene(app))
    app.run_ticks(1)
    assert app.frames_drawn == 1 and not gc.isenabled()
    app.run_ticks(1)
    assert gc.isenabled() and gc.get_freeze_count() > 0  # start-up's objects: out of its way
    app.close()
    pygame.display.quit()


def test_a_returning_player_s_title_checks_a_save_without_the_save_machinery(tmp_path):
    """With saves to continue, the title (on the frame after the first) reads the newest one
    through game.core.savefile alone: saving, restoring and the play state are imported when
    a save is loaded. In a process of its own: the suite's other tests have imported them."""
    _saves_made(tmp_path, ["1", "quick"])
    script = ("import sys\n"
              "sys.path[:0] = ['tests']\n"
              "from test_startup_bench import _title_over\n"
              "from pathlib import Path\n"
              f"app, asked = _title_over(Path({str(tmp_path)!r}))\n"
              "app.run_ticks(2)\n"
              "print(asked, ' '.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, SDL_VIDEODRIVER="dummy",
                                                          SDL_AUDIODRIVER="dummy"))
    assert done.returncode == 0, done.stderr
    asked, modules = done.stdout.strip().splitlines()[-1].split("] ")
    assert asked == "[1" and "game.core.savefile" in modules.split()  # the newest was read
    machinery = {"game.core.saves", "game.core.restore", "game.core.state", "game.core.session"}
    assert not set(modules.split()) & machinery, sorted(set(modules.split()) & machinery)


def _title_over(folder: Path):  # noqa: ANN202
    """The window `play` opens over the save folder `folder`, its title not yet drawn, and
    each call of the question whether a save would load, with the frames drawn by then."""
    from game.commands import play
    from game.ui.save_bridge import SceneMemory
    from game.ui.scenes.title import TitleScene

    asked: list[int] = []
    app = play.build_app(_window_args(folder))
    has_save = app.scene_memory.has_save
    app.scene_memory.has_save = lambda: asked.append(app.frames_drawn) or has_save()
    assert isinstance(app.scene_memory, SceneMemory)
    app.replace(TitleScene(app))
    return app, asked


def _break_every_save(folder: Path) -> None:
    for path in [*folder.glob("*.json"), *folder.glob("*.json.bak")]:
        if path.name.startswith(("auto-", "chapter-", "quick", "1")):
            path.write_text("{broken", encoding="utf-8")


def test_a_returning_player_s_first_frame_reads_no_save_and_the_second_knows(tmp_path):
    """The first frame offers Continue on a save file being there; whether it would load is
    asked from the frame after the first, once, before anything else is done with the menu."""
    import pygame

    _saves_made(tmp_path, ["1", "quick"])
    app, asked = _title_over(tmp_path)
    title = app.top
    app.run_ticks(1)
    assert app.frames_drawn == 1 and asked == [], "the first frame reads no save"
    assert title.menu.buttons[0].label == "Continue" and title.menu.buttons[0].enabled
    app.run_ticks(3)
    assert asked == [1], "asked once, after the first frame"
    assert title.menu.buttons[0].enabled and title.menu.focus == 0
    pygame.display.quit()


def test_saves_that_would_not_load_are_not_offered_once_known(tmp_path):
    import pygame

    _saves_made(tmp_path, ["1", "quick"])
    _break_every_save(tmp_path)
    app, asked = _title_over(tmp_path)
    title = app.top
    app.run_ticks(2)
    assert asked == [1]
    labels = {b.label: b.enabled for b in title.menu.buttons}
    assert labels["Continue"] is False and labels["Load"] is False
    assert title.menu.buttons[title.menu.focus].label == "New game"
    pygame.display.quit()


def test_a_key_in_the_first_frame_waits_for_the_menu_it_would_act_on(tmp_path):
    """Enter pressed as the window opens, over saves that would not load: the menu is put
    right and shown, and the key does nothing (Continue was drawn focused; New game is
    focused now). The next Enter is the player's answer to the menu as it is."""
    import pygame

    from game.ui.scenes.title import TitleScene

    _saves_made(tmp_path, ["quick"])
    _break_every_save(tmp_path)
    app, asked = _title_over(tmp_path)
    enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r",
                               scancode=0)
    pygame.event.post(enter)
    app.run_ticks(1)
    assert asked == [0], "asked before the key was acted on"
    assert isinstance(app.top, TitleScene) and app.session_scene is None, "nothing started"
    pygame.event.post(enter)
    app.run_ticks(2)
    assert not isinstance(app.top, TitleScene), "the second Enter starts the new game"
    pygame.display.quit()


def test_a_returning_player_s_title_imports_nothing_of_the_save_format(tmp_path):
    """Reading and checking a save (its format, orjson, the save machinery) waits for the
    frame after the first: a returning player's first frame costs about what a new player's
    does (only the profile's checksum is checked before it, for the endings found)."""
    _saves_made(tmp_path, ["1", "quick"])
    modules, _ = modules_at_the_title(tmp_path, runs=1)
    assert "game.ui.scenes.title" in modules
    later = {"game.core.savefile", "game.core.saves", "orjson"}
    assert not modules & later, sorted(modules & later)


def test_bench_times_a_returning_player_s_folder_made_by_the_game(tmp_path):
    from bench.startup import returning_folder

    folder = returning_folder(tmp_path, choices=12)
    names = {path.name for path in folder.iterdir()}
    assert {"quick.json", "profile.json", "auto-0.json"} <= names
    assert any(name.startswith("chapter-") for name in names)
