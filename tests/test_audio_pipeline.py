"""The offline voice pipeline and voice lint, driven through the command line."""

from __future__ import annotations

import json
import shutil

import pytest
from audio_fixtures import build_voiced_story
from helpers import ROOT, run_cli
from pydub import AudioSegment
from pydub.generators import Sine

from game.audio import voice_lint
from game.audio.lines import spoken_lines, story_lines, text_hash
from game.core.config import parse_config


@pytest.fixture(scope="module")
def built_story(tmp_path_factory):
    return build_voiced_story(tmp_path_factory)


def _manifest(story):
    return json.loads((story / "voice" / "manifest.json").read_text())["lines"]


def test_spoken_lines_are_read_from_ink_with_ids_and_speakers():
    config = parse_config({"characters": {"samantha": {"name": "Samantha"},
                                          "date": {"name": "The Date"}}})
    ink = "\n".join([
        "Samantha: Hi. #mood:warm #id:a1",
        "Narration only. #id:a2",
        "    {warm: Samantha: Oh, you. #id:a3}",
        "* [Pick me.] Samantha: Chosen. #id:a4",
        "- The Date: Hello! {name} <> -> next #id:a5",
        "Samantha: No id here.",
        "Samantha: A comment hides it. // #id:a6",
        "/* Samantha: inside a block comment #id:a7 */",
        "{choice:",  # a switch on a value: each case's line is spoken by its speaker
        '- "accepted": Samantha: Yes. #id:a8',
        "- 2: Samantha: Two. #id:a9",
        "- else: Samantha: Else. #id:a10",
        "}",
    ])
    found = {line.line_id: (line.speaker, line.text) for line in spoken_lines(ink, config)}
    assert found == {"a1": ("samantha", "Hi."), "a3": ("samantha", "Oh, you."),
                     "a4": ("samantha", "Chosen."), "a5": ("date", "Hello!"),
                     "a8": ("samantha", "Yes."), "a9": ("samantha", "Two."),
                     "a10": ("samantha", "Else.")}


def test_shipped_story_lines_all_have_known_speakers_and_words():
    lines, config, _ = story_lines(ROOT / "story")
    assert len(lines) > 500
    assert {line.speaker for line in lines} <= set(config.characters)
    assert all(line.text and "#" not in line.text for line in lines)
    assert len({line.line_id for line in lines}) == len(lines)


def test_every_voiced_line_of_the_shipped_story_has_its_own_fresh_clip():
    # a line the voice pipeline misreads (a switch case taken for its words) ships unvoiced
    assert [str(d) for d in voice_lint(ROOT / "story")] == []


def _compiled_lines(node, out: dict[str, str], text: list[str]) -> None:
    """Each id in compiled ink with the text printed since the line before it, in order."""
    tokens = node if isinstance(node, list) else [v for v in node.values()
                                                  if isinstance(v, (list, dict))]
    for token in tokens:
        if isinstance(token, (list, dict)):
            _compiled_lines(token, out, text)
        elif token == "\n":
            text.clear()
        elif isinstance(token, str) and token.startswith("^id:"):
            out[token[4:].strip()] = "".join(text)
        elif isinstance(token, str) and token.startswith("^"):
            text.append(token[1:])


def test_every_line_the_runtime_gives_a_speaker_has_a_clip():
    # read from the compiled story with the runtime's own rule for a speaker, not the voice
    # pipeline's reading of the ink source: where the two differ, a spoken line has no clip
    from game.core.story import Story
    from game.core.tags import NO_TAGS

    story = Story.open(ROOT / "story")
    compiled: dict[str, str] = {}
    _compiled_lines(json.loads((ROOT / "story" / "main.json").read_text())["root"],
                    compiled, [])
    spoken = {line_id for line_id, text in compiled.items()
              if story._line(text.strip(), NO_TAGS).speaker is not None}
    assert len(spoken) > 1000
    assert sorted(spoken - set(_manifest(ROOT / "assets"))) == []  # the shipped clips


def test_build_makes_speech_length_clips_in_the_layout(built_story):
    records = _manifest(built_story)
    assert set(records) == {"fx_hi", "fx_hello", "fx_cond", "fx_yes"}  # narration: no clip
    for line_id, record in records.items():
        path = built_story / "voice" / record["file"]
        assert path == built_story / "voice" / record["speaker"] / f"{line_id}.ogg"
        audio = AudioSegment.from_file(path)
        assert audio.channels == 1 and audio.frame_rate == 22050
        assert abs(audio.dBFS - (-20.0)) < 4.0, (line_id, audio.dBFS)  # normalised, not silent
        assert audio.max_dBFS < -0.5  # no clipping
        assert abs(len(audio) / 1000 - record["duration"]) < 0.15
        assert 0.2 < record["duration"] < 10.0
        assert abs(len(record["envelope"]) - record["duration"] * 25) <= 2  # 40 ms frames
        assert max(record["envelope"]) == 99 and min(record["envelope"]) < 50
    # duration grows with the words, for both engines
    assert records["fx_hello"]["duration"] > 2.5 * records["fx_yes"]["duration"]
    assert records["fx_cond"]["duration"] > 1.5 * records["fx_hi"]["duration"]
    assert records["fx_hello"]["text_hash"] == text_hash(
        "Hello there, it is good to finally hear your voice tonight.")


def test_build_is_incremental_and_keeps_recorded_takes(built_story, tmp_path):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    again = run_cli("voice", "build", "--story", str(story))
    assert "0 made, 4 up to date" in again.stdout, again.stdout
    # a human take dropped in place of a generated clip
    take = story / "voice" / "theodore" / "fx_yes.ogg"
    Sine(220).to_audio_segment(duration=1500, volume=-18).export(take, format="ogg")
    recorded = take.read_bytes()
    # and one line's words changed
    ink = story / "main.ink"
    ink.write_text(ink.read_text().replace("Samantha: Hi.", "Samantha: Hi. Hello. Hi again."))
    assert any("stale" in str(d) for d in voice_lint(story))
    done = run_cli("voice", "build", "--story", str(story))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 made, 2 up to date, 1 recorded takes adopted" in done.stdout, done.stdout
    assert take.read_bytes() == recorded
    records = _manifest(story)
    assert records["fx_yes"]["recorded"] is True
    assert abs(records["fx_yes"]["duration"] - 1.5) < 0.05
    assert records["fx_hi"]["duration"] > _manifest(built_story)["fx_hi"]["duration"]
    assert voice_lint(story) == []


def test_voice_lint_finds_missing_orphan_and_stale_clips(built_story, tmp_path):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    assert voice_lint(story) == []
    (story / "voice" / "samantha" / "fx_hi.ogg").unlink()
    shutil.copy(story / "voice" / "theodore" / "fx_yes.ogg",
                story / "voice" / "theodore" / "fx_gone.ogg")
    ink = story / "main.ink"
    ink.write_text(ink.read_text().replace("Theodore: Yes.", "Theodore: Yes, please."))
    messages = [str(d) for d in voice_lint(story)]
    assert len(messages) == 3, messages
    assert any("main.ink:5: warning: voiced line 'fx_hi'" in m and "no clip" in m
               for m in messages)
    assert any("fx_gone.ogg: warning:" in m and "no line" in m for m in messages)
    assert any("main.ink:9: warning:" in m and "stale" in m for m in messages)


def test_missing_engine_is_an_error_naming_the_package(tmp_path):
    from audio_fixtures import copy_story

    story = copy_story(tmp_path / "story")
    done = run_cli("voice", "build", "--story", str(story), env={"PATH": str(tmp_path)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    from game.commands.voice import voice_extra_missing

    if voice_extra_missing():  # a machine without the [voice] extra is told that first
        assert "pip install -e '.[voice]'" in done.stderr, done.stderr
    else:
        assert "not installed" in done.stderr and "apt-get install" in done.stderr


def test_a_lost_manifest_does_not_turn_generated_clips_into_recorded_takes(built_story,
                                                                           tmp_path):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    (story / "voice" / "manifest.json").unlink()  # e.g. a build interrupted before saving
    ink = story / "main.ink"
    ink.write_text(ink.read_text().replace("Theodore: Yes.", "Theodore: Yes. Yes, I will."))
    done = run_cli("voice", "build", "--story", str(story))
    assert "1 made, 3 up to date, 0 recorded takes adopted" in done.stdout, done.stdout
    assert not any(record.get("recorded") for record in _manifest(story).values())


def test_only_missing_leaves_stale_clips_for_lint_to_report(built_story, tmp_path):
    story = tmp_path / "story"
    shutil.copytree(built_story, story)
    ink = story / "main.ink"
    ink.write_text(ink.read_text().replace("Samantha: Hi.", "Samantha: Hello."))
    done = run_cli("voice", "build", "--only-missing", "--story", str(story))
    assert "0 made, 4 up to date" in done.stdout, done.stdout
    assert [d.line for d in voice_lint(story) if "stale" in d.message] == [5]
