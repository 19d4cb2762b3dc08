"""Recorded takes and music in any format a modder has: a .wav beside a generated .ogg is what
plays, .mp3/.flac tracks play, and lint names a format the game cannot play."""

from __future__ import annotations

import json
import os
import shutil

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402
from audio_fixtures import build_voiced_story  # noqa: E402
from helpers import run_cli  # noqa: E402
from pydub.generators import Sine  # noqa: E402

from game.audio.library import Library  # noqa: E402
from game.audio.warn import WarnOnce  # noqa: E402


@pytest.fixture(scope="module")
def built_story(tmp_path_factory):
    return build_voiced_story(tmp_path_factory)


@pytest.fixture
def mixer_on():
    pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
    yield
    pygame.mixer.quit()


def test_a_wav_take_beside_the_generated_ogg_is_adopted_and_played(built_story, tmp_path,
                                                                   mixer_on):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    generated = story / "voice" / "theodore" / "fx_yes.ogg"
    assert generated.is_file()
    take = generated.with_suffix(".wav")
    Sine(220).to_audio_segment(duration=2300, volume=-18).export(take, format="wav")
    done = run_cli("voice", "build", "--story", str(story))
    assert "1 recorded takes adopted" in done.stdout, done.stdout + done.stderr
    record = json.loads((story / "voice" / "manifest.json").read_text())["lines"]["fx_yes"]
    assert record["recorded"] is True and record["file"] == "theodore/fx_yes.wav"
    assert generated.is_file()  # the generated clip is left alone, just not played
    sound, _ = Library(story, WarnOnce()).voice("fx_yes", "theodore")
    assert abs(sound.get_length() - 2.3) < 0.05  # the take, not the generated clip
    again = run_cli("voice", "build", "--story", str(story))
    assert "0 made" in again.stdout and take.is_file()


@pytest.mark.parametrize("suffix", [".mp3", ".flac"])
def test_music_in_mp3_or_flac_plays(tmp_path, mixer_on, suffix):
    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg not installed (apt-get install ffmpeg) to make the test track")
    (tmp_path / "music").mkdir()
    track = tmp_path / "music" / f"harbour{suffix}"
    Sine(330).to_audio_segment(duration=1200, volume=-18).export(track, format=suffix[1:])
    warned = WarnOnce()
    sound = Library(tmp_path, warned).named("music", "harbour")
    assert sound is not None and abs(sound.get_length() - 1.2) < 0.1


def test_lint_names_a_music_format_the_game_cannot_play(tmp_path):
    mod = tmp_path / "harbour"
    (mod / "music").mkdir(parents=True)
    (mod / "mod.yaml").write_text("id: harbour\ntitle: Harbour\nentry: main.ink\n")
    (mod / "main.ink").write_text("#music:harbour\nThe boats. #id:h1\n-> END\n")
    (mod / "music" / "harbour.m4a").write_bytes(b"\0" * 64)
    out = run_cli("lint", "--story", str(mod)).stdout
    assert ("#music:harbour: music/harbour.m4a is in a format the game cannot play (.m4a); "
            "use .ogg/.wav/.flac/.mp3") in out, out
    (mod / "music" / "harbour.m4a").rename(mod / "music" / "harbour.mp3")
    assert "harbour" not in run_cli("lint", "--story", str(mod)).stdout


def test_a_translated_play_through_uses_voice_clips_in_that_language(built_story, tmp_path,
                                                                     mixer_on):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    french = story / "voice" / "fr" / "theodore"
    french.mkdir(parents=True)
    Sine(260).to_audio_segment(duration=3100, volume=-18).export(french / "fx_yes.wav",
                                                                 format="wav")
    library = Library(story, WarnOnce())
    library.language = "fr"
    sound, _ = library.voice("fx_yes", "theodore")
    assert abs(sound.get_length() - 3.1) < 0.05
    other, _ = library.voice("fx_hello", "theodore")  # not recorded in French: the original
    assert other.get_length() > 0
    assert voice_lint_clean(story)


def voice_lint_clean(story) -> bool:
    """A language's clips are not mistaken for orphans of the original."""
    from game.audio import voice_lint

    return not any("fr" in str(d) for d in voice_lint(story))
