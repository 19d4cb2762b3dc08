"""Paths a story or mod names stay inside its own folder: a standalone story cannot INCLUDE
/etc/hostname or a file above its folder, and music, effects and voice clips that are symlinks
to somewhere outside the story's folder are refused while playing."""

from __future__ import annotations

import socket
import wave
from pathlib import Path

import pygame
import pytest
from helpers import run_cli

from game.audio.library import Library as AudioLibrary
from game.audio.warn import WarnOnce


def _story(folder: Path, include: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "main.ink"
    path.write_text(f"INCLUDE {include}\nHello.\n-> END\n", encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/etc/hostname").is_file(), reason="needs /etc/hostname")
def test_a_standalone_story_cannot_include_etc_hostname(tmp_path):
    story = _story(tmp_path / "story", "/etc/hostname")
    result = run_cli("text", "--story", str(story), "--save-dir", str(tmp_path / "s"))
    assert result.returncode == 1
    assert "outside the story's folder" in result.stderr
    assert "Traceback" not in result.stderr
    host = Path("/etc/hostname").read_text().strip() or socket.gethostname()
    assert host not in result.stdout


def test_a_standalone_story_cannot_climb_out_of_its_folder(tmp_path):
    (tmp_path / "secret.ink").write_text("The secret is 42.\n", encoding="utf-8")
    story = _story(tmp_path / "story", "../secret.ink")
    result = run_cli("compile", str(story))
    assert result.returncode == 1
    assert "main.ink:1: error:" in result.stdout + result.stderr
    assert "outside the story's folder" in result.stdout + result.stderr


def test_includes_inside_the_folder_still_work(tmp_path):
    story = _story(tmp_path / "story", "parts/more.ink")
    (tmp_path / "story" / "parts").mkdir()
    (tmp_path / "story" / "parts" / "more.ink").write_text("Included.\n", encoding="utf-8")
    result = run_cli("text", "--story", str(story), "--save-dir", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert "Included." in result.stdout


def _tone(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"\x00\x10" * 2205)


@pytest.fixture
def mixer():
    pygame.mixer.init()
    yield
    pygame.mixer.quit()


@pytest.mark.parametrize("kind", ["music", "sfx"])
def test_mod_audio_symlinked_out_of_the_folder_is_refused(tmp_path, mixer, kind):
    mod = tmp_path / "mod"
    _tone(tmp_path / "elsewhere" / "tone.wav")
    _tone(mod / "shared" / "tone.wav")
    (mod / kind).mkdir(parents=True)
    (mod / kind / "out.wav").symlink_to(tmp_path / "elsewhere" / "tone.wav")
    (mod / kind / "in.wav").symlink_to(mod / "shared" / "tone.wav")
    library = AudioLibrary(mod, WarnOnce())
    with pytest.warns(Warning, match="outside"):
        assert library.named(kind, "out") is None
    assert library.named(kind, "in") is not None  # a link inside the mod is fine


def test_a_voice_clip_symlinked_out_of_the_mod_is_refused(tmp_path, mixer):
    mod = tmp_path / "mod"
    _tone(tmp_path / "elsewhere" / "l1.wav")
    _tone(mod / "shared" / "l2.wav")
    (mod / "voice" / "amy").mkdir(parents=True)
    (mod / "voice" / "amy" / "l1.wav").symlink_to(tmp_path / "elsewhere" / "l1.wav")
    (mod / "voice" / "amy" / "l2.wav").symlink_to(mod / "shared" / "l2.wav")
    library = AudioLibrary(mod, WarnOnce())
    with pytest.warns(Warning, match="outside"):
        assert library.voice("l1", "amy") is None
    assert library.voice("l2", "amy") is not None  # a link inside the mod is fine


def test_a_fifo_as_a_music_track_is_refused(tmp_path, mixer):
    import os

    mod = tmp_path / "mod"
    (mod / "music").mkdir(parents=True)
    os.mkfifo(mod / "music" / "pipe.wav")
    library = AudioLibrary(mod, WarnOnce())
    with pytest.warns(Warning):
        assert library.named("music", "pipe") is None  # at once: nothing waits on the pipe
