"""The run-time mixer over pygame (dummy audio driver): voice lookup, per-character volume,
ducking, the visualiser's envelope, cues, and playing on through missing sound."""

from __future__ import annotations

import os
import shutil
import threading
import warnings

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402
from audio_fixtures import build_voiced_story  # noqa: E402

import game.audio as audio  # noqa: E402
from game.audio import AudioWarning, open_audio, self_voicing_status  # noqa: E402
from game.audio.mixer import (  # noqa: E402
    DUCK,
    MUSIC_CHANNELS,
    SFX_CHANNELS,
    UI_CHANNEL,
    VOICE_CHANNEL,
    Mixer,
    Silent,
)
from game.audio.warn import WarnOnce  # noqa: E402
from game.core.story import Line, Story  # noqa: E402


@pytest.fixture(scope="module")
def built_story(tmp_path_factory):
    return build_voiced_story(tmp_path_factory)


class FakeTime:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def mixer(built_story):
    pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
    clock = FakeTime()
    made = Mixer(built_story, {"master_volume": 1.0, "music_volume": 0.8,
                               "voice_volume": 0.9, "character_volumes": {"theodore": 0.5}},
                 fade_ms=0, now=clock)
    made.clock = clock
    made.library.wait()  # effects decode in the background; music when first cued
    yield made
    made.close()
    made.library.wait()
    pygame.mixer.quit()


def voiced(mixer: Mixer, line: Line) -> None:
    """Voice `line` as the play scene does: asked on one frame, its clip decoded off the frame,
    started on the next frame after that."""
    assert mixer.play_voice(line)
    mixer.library.wait()
    mixer.update()
    assert mixer._channels[VOICE_CHANNEL].get_busy()


def volume(index: int) -> float:
    return pygame.mixer.Channel(index).get_volume()


SAM = Line("Oh. That one sounds like me.", "samantha", "fx_cond")
THEO = Line("Hello there, it is good to finally hear your voice tonight.", "theodore",
            "fx_hello")
YES = Line("Yes.", "theodore", "fx_yes")
NARRATION = Line("The room is quiet.", None, "fx_narration")


def test_per_character_voice_volume_reaches_the_channel(mixer):
    voiced(mixer, THEO)
    assert volume(VOICE_CHANNEL) == pytest.approx(0.9 * 0.5, abs=0.01)
    voiced(mixer, SAM)
    assert volume(VOICE_CHANNEL) == pytest.approx(0.9, abs=0.01)
    mixer.set_volumes(characters={"samantha": 0.25})
    assert volume(VOICE_CHANNEL) == pytest.approx(0.9 * 0.25, abs=0.01)


def test_music_ducks_under_voice_and_comes_back(mixer):
    mixer.cue(["music:piano"])
    mixer.library.wait()  # a track decodes when first cued, off the frame
    mixer.update()  # and starts at the next frame after that
    assert mixer.music_track == "piano"
    playing = MUSIC_CHANNELS[mixer._music_slot]
    assert pygame.mixer.Channel(playing).get_busy()
    assert volume(playing) == pytest.approx(0.8, abs=0.01)
    voiced(mixer, SAM)
    assert volume(playing) == pytest.approx(0.8 * DUCK, abs=0.01)
    mixer.stop_voice()
    mixer.clock.t += 0.2
    mixer.update()
    assert 0.8 * DUCK < volume(playing) < 0.8  # rising smoothly, not jumping
    mixer.clock.t += 1.0
    mixer.update()
    assert volume(playing) == pytest.approx(0.8, abs=0.01)
    mixer.cue(["music:stop"])
    assert mixer.music_track is None


def test_a_track_still_decoding_starts_when_ready(built_story):
    pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
    try:
        fresh = Mixer(built_story, fade_ms=0)
        fresh.cue(["music:rain"])  # the preload thread is still busy: never wait for it
        fresh.library.wait()
        fresh.update()
        assert fresh.music_track == "rain"
        assert pygame.mixer.Channel(MUSIC_CHANNELS[fresh._music_slot]).get_busy()
        fresh.close()
    finally:
        pygame.mixer.quit()


def test_envelope_drives_voice_level_while_the_clip_plays(mixer):
    assert mixer.voice_level() == 0.0
    voiced(mixer, THEO)
    assert mixer.voice_busy() and mixer.voice_speaker() == "theodore"
    levels = []
    for _ in range(40):
        levels.append(mixer.voice_level())
        mixer.clock.t += 0.05
    assert max(levels) > 0.6 and min(levels) < 0.4  # it moves with the words
    assert len({round(level, 2) for level in levels}) > 10
    mixer.clock.t -= 1.0
    assert mixer.voice_level("samantha") == 0.0 < mixer.voice_level("theodore")
    mixer.stop_voice()
    assert not mixer.voice_busy() and mixer.voice_level() == 0.0


def test_voice_stops_on_advance_unless_set_to_continue_and_replays(mixer):
    voiced(mixer, SAM)
    mixer.play_voice(NARRATION)  # the player advanced to an unvoiced line
    assert not mixer.voice_busy()
    mixer.apply_settings({"voice_continues": True})
    voiced(mixer, SAM)
    mixer.play_voice(NARRATION)
    assert mixer.voice_busy()
    mixer.stop_voice()
    assert mixer.replay("fx_cond") and mixer.voice_busy()  # from history, by id alone
    assert not mixer.replay("no_such_line")


def test_missing_and_corrupt_clips_play_on_with_one_warning_each(mixer, built_story):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert not mixer.play_voice(Line("Not recorded.", "samantha", "fx_nothing"))
        assert not mixer.play_voice(Line("Nor this.", "theodore", "fx_nothing_either"))
        clip = built_story / "voice" / "samantha" / "fx_hi.ogg"
        kept = clip.read_bytes()
        clip.write_bytes(b"OggS" + b"\x00garbage" * 64)
        try:
            # found by decoding it, off the frame: then it is a line with no clip
            assert mixer.play_voice(Line("Hi.", "samantha", "fx_hi"))
            mixer.library.wait()
            assert not mixer.voice_busy()
            assert not mixer.replay("fx_hi")  # known not to decode: not decoded again
            assert not mixer.play_voice(Line("Hi.", "samantha", "fx_hi"))
        finally:
            clip.write_bytes(kept)
            os.utime(clip, ns=(1, 1))  # made again: tried again
        assert mixer.play_voice(Line("Hi.", "samantha", "fx_hi"))
        mixer.library.wait()
        assert mixer.voice_busy() and mixer.voice_speaker() == "samantha"
        mixer.cue(["music:nonexistent", "sfx:nonexistent", "sfx:nonexistent"])
    found = [str(w.message) for w in caught if issubclass(w.category, AudioWarning)]
    assert len(found) == 4, found
    assert sum("no voice clip" in m for m in found) == 1
    assert sum("cannot play voice clip" in m for m in found) == 1
    assert mixer.play_voice(SAM)  # and the next good clip still plays


def test_a_clip_is_decoded_off_the_frame_and_starts_when_it_is(mixer, monkeypatch):
    """The frame a line shows on asks for its clip; the clip decodes on the voice thread
    (2-5 ms of the frame otherwise) and plays from the first frame after that. Auto-forward
    waits for it meanwhile; a clip superseded before its turn is never decoded."""
    decoded, real = [], pygame.mixer.Sound
    gate = threading.Event()

    def sound(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        gate.wait(10)
        decoded.append((str(args[0]).rsplit("/", 1)[-1], threading.current_thread().name))
        return real(*args, **kwargs)

    monkeypatch.setattr(pygame.mixer, "Sound", sound)
    assert mixer.play_voice(SAM)  # returns at once: nothing decoded on this thread
    assert decoded == [] and mixer.voice_busy()
    assert not mixer._channels[VOICE_CHANNEL].get_busy() and mixer.voice_level() == 0.0
    # the player moves on twice while SAM's clip decodes: THEO's is never decoded
    assert mixer.play_voice(THEO) and mixer.play_voice(YES)
    gate.set()
    mixer.library.wait()
    mixer.update()
    assert mixer._channels[VOICE_CHANNEL].get_busy() and mixer.voice_speaker() == "theodore"
    assert [name for name, _ in decoded] in (["fx_yes.ogg"], ["fx_cond.ogg", "fx_yes.ogg"])
    assert {thread for _, thread in decoded} == {"voice-decoder"}
    decoded.clear()
    assert mixer.replay("fx_yes", "theodore")  # decoded already: plays at once
    assert decoded == [] and mixer._channels[VOICE_CHANNEL].get_busy()


def test_sfx_cues_play_on_the_sfx_channels(mixer):
    mixer.cue(["sfx:chime", "sfx:door", "bg:office"])
    assert sum(pygame.mixer.Channel(i).get_busy() for i in SFX_CHANNELS) == 2


def test_no_device_means_silent_with_one_warning(monkeypatch, built_story):
    monkeypatch.setattr(audio, "DEVICE_WARNINGS", WarnOnce())
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    with pytest.warns(AudioWarning, match="no sound device") as caught:
        first, second = open_audio(built_story), open_audio(built_story)
    assert len(caught) == 1
    assert isinstance(first, Silent) and isinstance(second, Silent)

    def broken(**_kwargs):
        raise pygame.error("no available audio device")

    monkeypatch.setenv("SDL_AUDIODRIVER", "alsa")
    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", broken)
    with pytest.warns(AudioWarning, match="no available audio device") as caught:
        sound = open_audio(built_story)
        open_audio(built_story)
    assert len(caught) == 1 and isinstance(sound, Silent)


def test_silent_plays_a_whole_story_through_the_same_calls(built_story):
    story = Story.open(built_story, seed=1)
    sound = Silent()
    lines = 0
    while True:
        beat = story.next()
        if isinstance(beat, Line):
            sound.cue(beat.tags)
            sound.play_voice(beat)
            assert not sound.voice_busy() and sound.voice_level() == 0.0
            lines += 1
        elif hasattr(beat, "items"):
            story.choose(0)
        else:
            break
    assert lines >= 4


def test_the_mixer_follows_a_played_story(mixer, built_story):
    story = Story.open(built_story, seed=1)
    voiced = []
    while True:
        beat = story.next()
        if isinstance(beat, Line):
            mixer.cue(beat.tags)
            if mixer.play_voice(beat):
                voiced.append(beat.line_id)
        elif hasattr(beat, "items"):
            story.choose(0)
        else:
            break
    assert voiced == ["fx_hi", "fx_hello", "fx_cond", "fx_yes"]
    mixer.library.wait()  # the track cued decodes off the frame, then starts
    mixer.update()
    assert mixer.music_track == "piano"


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
def test_self_voicing_reads_narration_in_the_background(mixer):
    assert "V toggles" in mixer.set_self_voicing(True)
    assert not mixer.play_voice(NARRATION)  # no clip: read aloud instead
    mixer.speaker.wait()
    assert mixer.voice_busy()
    mixer.set_self_voicing(False)
    assert not mixer.speak("Menu: Load")


def test_self_voicing_status_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert "apt-get install espeak-ng" in self_voicing_status()


def test_the_settings_object_and_history_hooks(mixer):
    from game.core.settings import Settings

    settings = Settings()
    settings.set("master_volume", 0.5)
    settings.set("voice_volume", 0.6)
    settings.set("character_volumes", {"samantha": 0.5})
    mixer.apply_settings(settings)
    voiced(mixer, SAM)
    assert volume(VOICE_CHANNEL) == pytest.approx(0.5 * 0.6 * 0.5, abs=0.01)
    assert mixer.has_voice(SAM) and not mixer.has_voice(NARRATION)
    mixer.play_ui("select")
    assert pygame.mixer.Channel(UI_CHANNEL).get_busy()


def test_only_a_few_decoded_music_tracks_are_kept(mixer):
    from game.audio.library import MUSIC_KEPT
    for track in ("piano", "rain", "city", "snow", "beach"):
        mixer.cue([f"music:{track}"])
        mixer.library.wait()
        mixer.update()
        assert mixer.music_track == track
    kept = [key for key, sound in mixer.library._named.items()
            if key[0] == "music" and sound is not None]
    assert len(kept) <= MUSIC_KEPT and ("music", "beach") in kept

def _fake_long_ogg(path, hours: float) -> None:
    """A small file whose Ogg headers say it lasts `hours`: a Vorbis identification header at
    44.1 kHz on the first page, and a last page whose granule position is that many samples."""
    rate = 44100
    ident = b"\x01vorbis" + (0).to_bytes(4, "little") + bytes([2]) + rate.to_bytes(4, "little")
    first = b"OggS\x00\x02" + (0).to_bytes(8, "little") + bytes(13) + bytes([len(ident)]) + ident
    last = b"OggS\x00\x04" + int(hours * 3600 * rate).to_bytes(8, "little") + bytes(14)
    path.write_bytes(first + bytes(800_000) + last)


def _fake_long_wav(path, hours: float) -> None:
    byte_rate = 44100 * 4
    size = int(hours * 3600 * byte_rate)
    path.write_bytes(b"RIFF" + (size + 36).to_bytes(4, "little") + b"WAVEfmt "
                     + (16).to_bytes(4, "little") + (1).to_bytes(2, "little")
                     + (2).to_bytes(2, "little") + (44100).to_bytes(4, "little")
                     + byte_rate.to_bytes(4, "little") + (4).to_bytes(2, "little")
                     + (16).to_bytes(2, "little") + b"data" + size.to_bytes(4, "little")
                     + bytes(4096))


@pytest.mark.parametrize("make, name", [(_fake_long_ogg, "long.ogg"),
                                        (_fake_long_wav, "long.wav")])
def test_audio_that_says_it_lasts_hours_is_refused_before_decoding(tmp_path, monkeypatch,
                                                                   make, name):
    import warnings

    from game.audio import library
    from game.audio.library import Library, header_seconds
    from game.audio.warn import AudioWarning, WarnOnce

    path = tmp_path / name
    make(path, hours=2)
    assert header_seconds(path) == pytest.approx(7200, rel=0.01)
    decoded = []
    monkeypatch.setattr(library.pygame.mixer, "Sound", lambda *a: decoded.append(a))
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        assert Library(tmp_path, WarnOnce())._load(path, "corrupt-music", "music") is None
    assert decoded == []  # never handed to the decoder
    assert any(issubclass(w.category, AudioWarning) and "120 minutes" in str(w.message)
               for w in said)
    short = tmp_path / "short.ogg"
    make(short, hours=0.01)  # 36 s: an ordinary track goes on to the decoder
    Library(tmp_path, WarnOnce())._load(short, "corrupt-music", "music")
    assert len(decoded) == 1


def test_preload_decodes_a_mods_effects_but_none_of_its_music(tmp_path, monkeypatch):
    """A mod's music folder can hold many long tracks: preload() decodes only effects, and
    music one track at a time, when a cue first asks for it."""
    from game.audio import library
    from game.audio.library import PENDING, Library

    for kind, names in (("music", ["one", "two", "three"]), ("sfx", ["door"])):
        (tmp_path / kind).mkdir()
        for name in names:
            _fake_long_wav(tmp_path / kind / f"{name}.wav", hours=0.0001)
    decoded: list[str] = []
    monkeypatch.setattr(library.pygame.mixer, "Sound", lambda path: decoded.append(path) or path)
    shelf = Library(tmp_path, WarnOnce())
    shelf.preload()
    shelf.wait()
    assert not [p for p in decoded if "/music/" in p], decoded
    assert str(tmp_path / "sfx" / "door.wav") in decoded
    assert shelf.request("music", "two") is PENDING
    shelf.wait()
    assert [p for p in decoded if "/music/" in p] == [str(tmp_path / "music" / "two.wav")]
