"""A newcomer's machine: what someone sees who has only done what the README says."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from helpers import ROOT
from pathfarm import path_without


def test_the_game_never_imports_pydub_so_it_never_probes_for_ffmpeg():
    # pydub warns "Couldn't find ffmpeg or avconv" on import; the game plays committed clips
    # and only the offline voice pipeline converts audio
    code = ("import sys, game.audio, game.ui.app, game.audio.library, game.audio.mixer; "
            "print(sorted(m for m in sys.modules if m.startswith(('pydub', 'audioop'))))")
    run = subprocess.run([sys.executable, "-W", "always", "-c", code], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]" and "ffmpeg" not in run.stderr


def test_no_sound_device_gives_exactly_one_line(tmp_path):
    # ALSA with an empty configuration has no device on any machine: the game must say so
    # once, in one line, and not let ALSA's own probing noise through
    empty = tmp_path / "alsa.conf"
    empty.write_text("")
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "alsa",
           "ALSA_CONFIG_PATH": str(empty), "HER_SAVE_DIR": str(tmp_path / "saves")}
    env.pop("XDG_RUNTIME_DIR", None)
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "play"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    said: list[str] = []
    reader = threading.Thread(target=lambda: said.extend(game.stdout), daemon=True)
    reader.start()
    end = time.monotonic() + 8
    while not any(line.strip() for line in said) and time.monotonic() < end \
            and game.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)  # the window is up and waiting for the player: anything more said by now?
    game.terminate()
    game.wait(timeout=10)
    reader.join(10)
    lines = [line for line in said if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: no sound device") and "text only" in lines[0]


@pytest.mark.slow
def test_audio_checks_pass_without_ffmpeg(tmp_path):
    """The suite's audio checks on a machine with no ffmpeg: they decode with pygame, and the
    one that must encode says what to install instead of failing."""
    path = path_without({"ffmpeg", "ffprobe", "avconv"}, tmp_path / "bin")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "-rs", "tests/test_audio_assets.py", "tests/test_audio_mixer.py"],
                         cwd=ROOT, env={**os.environ, "PATH": path}, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "apt-get install ffmpeg" in run.stdout  # the skip names what to install


@pytest.fixture(scope="module")
def installed_game(tmp_path_factory):
    """`pip install .` into a fresh virtual environment, run from a folder outside the
    checkout: the game a player gets from a wheel."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                          "--disable-pip-version-check", str(ROOT)], capture_output=True,
                         text=True, timeout=900)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return venv / "bin" / "her"


def _outside(tmp_path, **extra):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if key not in ("HER_SAVE_DIR", "XDG_DATA_HOME", "PYTHONPATH")}
    return {**env, "HOME": str(home), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
            **extra}


@pytest.mark.slow
def test_an_installed_game_plays_the_story_to_an_ending(installed_game, tmp_path):
    env = _outside(tmp_path)
    answers = ",".join(["1"] * 400)
    text = subprocess.run([str(installed_game), "text", "--seed", "3", "--choose", answers],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert text.returncode == 0, text.stderr[-2000:]
    assert "ENDING: " in text.stdout
    # saves in the platform's user data folder, not inside the installed package
    assert list((tmp_path / "home" / ".local" / "share" / "her" / "saves").glob("auto-*.json"))
    window = subprocess.run([str(installed_game), "play", "--autoplay", "--exit-on-ending",
                             "--seed", "3", "--save-dir", str(tmp_path / "mine")],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert window.returncode == 0, window.stderr[-2000:]
    assert "ENDING: " in window.stdout
    assert list((tmp_path / "mine").glob("auto-*.json"))  # --save-dir still wins


@pytest.mark.slow
def test_an_installed_game_plays_the_example_mod(installed_game, tmp_path):
    env = _outside(tmp_path, HER_SAVE_DIR=str(tmp_path / "env-saves"))
    listing = subprocess.run([str(installed_game), "text", "--story", "amys_documentary",
                              "--choose", ",".join(["1"] * 200)], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=300)
    assert listing.returncode == 0, listing.stderr[-2000:]
    assert "ENDING: " in listing.stdout
    assert (tmp_path / "env-saves" / "mods" / "amys_documentary").is_dir()


@pytest.mark.slow
def test_the_player_build_starts_and_reaches_an_ending(tmp_path):
    pytest.importorskip("PyInstaller", reason="the player build needs PyInstaller: "
                        "python3 -m pip install -e '.[build]'")
    build = subprocess.run([sys.executable, str(ROOT / "main.py"), "build", "--out",
                            str(tmp_path / "dist")], cwd=ROOT, capture_output=True, text=True,
                           timeout=1200)
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "her" / "her"
    # no Python, no checkout, no virtual environment: only what a player's machine has
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
           "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    window = subprocess.run([str(program), "play", "--autoplay", "--exit-on-ending", "--seed",
                             "5"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=600)
    assert window.returncode == 0, window.stderr[-2000:]
    assert "ENDING: " in window.stdout
    # the reading face travelled with the build and loaded: not pygame's default font
    assert "reading face is missing" not in window.stdout + window.stderr
    assert list((tmp_path / "dist" / "her").rglob("Lato-Regular.ttf"))
    text = subprocess.run([str(program), "text", "--seed", "5", "--choose",
                           ",".join(["2"] * 400)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert text.returncode == 0 and "ENDING: " in text.stdout, text.stderr[-2000:]
    assert list((tmp_path / "home" / ".local" / "share" / "her" / "saves").glob("auto-*.json"))
