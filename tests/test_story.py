"""The engine through its public API: typed lines, choices, tags, endings, seeds, variables."""

import pytest
from helpers import INTERCEPT, MINI

from game.core import Choices, EndingReached, Line, Story, StoryError
from game.core.config import load_config, parse_config
from game.core.errors import ConfigError


def play_to_end(story, answers):
    answers = list(answers)
    lines = []
    while True:
        beat = story.next()
        if isinstance(beat, Line):
            lines.append(beat)
        elif isinstance(beat, Choices):
            story.choose(answers.pop(0) - 1)
        else:
            return beat, lines


def test_lines_are_typed_with_speaker_id_and_tags():
    story = Story.open(MINI, seed=1)
    first = story.next()
    assert isinstance(first, Line)
    assert first.text == "Hello. Can you hear me?"
    assert first.speaker == "samantha" and first.line_id == "mini_0001"
    assert first.tags.chapter == "one" and first.tags.mood == "curious"
    second = story.next()
    assert second.speaker is None and second.tags.checkpoint
    assert second.tags.bg == "apartment_night" and second.tags.music == "piano"
    assert story.chapter == "one" and story.checkpoint.line == second


def test_explicit_speaker_tag_wins_and_unknown_tags_are_kept():
    story = Story.open(MINI, seed=1)
    ending, lines = play_to_end(story, [1, 1])
    hallway = next(line for line in lines if line.line_id == "mini_0006")
    assert hallway.speaker == "samantha"
    assert hallway.tags.unknown == ("wobble",)


def test_choices_and_endings():
    story = Story.open(MINI, seed=1)
    for _ in story.lines():
        pass
    choices = story.next()
    assert [c.text for c in choices] == ["Say hello back.", "Stay quiet."]
    story.choose(1)
    ending, lines = play_to_end(story, [2])
    assert isinstance(ending, EndingReached)
    assert ending.id == "lamp" and ending.ending.title == "The Lamp" and ending.how == "tag"
    assert story.get("lamp") is True and story.get("warmth") == 0


def test_choosing_a_missing_choice_is_a_clear_error():
    story = Story.open(MINI, seed=1)
    list(story.lines())
    story.next()
    with pytest.raises(StoryError, match="choice 5 does not exist"):
        story.choose(4)


def test_dead_end_is_reported_and_named_after_its_knot():
    story = Story.open(MINI, seed=1)
    ending, _ = play_to_end(story, [1, 3])
    assert ending.how == "dead_end" and ending.id == "cupboard"
    assert any("ran out of content" in e for e in story.errors)


def test_plain_ink_ending_is_named_after_the_last_knot():
    story = Story.open(INTERCEPT, seed=3)
    ending, lines = play_to_end(story, [1] * 200)
    assert ending.how == "end"
    assert ending.id in {"make_your_peace", "live_on_the_run", "ending_return_to_normal",
                         "go_to_where_component_is_hidden"}
    assert all(line.speaker is None for line in lines)
    assert len(lines) > 50


def test_has_seen_unlocks_choices_from_the_profile():
    fresh = Story.open(MINI, seed=1)
    list(fresh.lines())
    fresh.choose(0)
    list(fresh.lines())
    assert "The secret door." not in [c.text for c in fresh.next()]
    veteran = Story.open(MINI, seed=1, seen_endings={"roof"})
    list(veteran.lines())
    veteran.choose(0)
    list(veteran.lines())
    assert "The secret door." in [c.text for c in veteran.next()]


def test_same_seed_same_shuffle_and_seeds_differ():
    def word(seed):
        story = Story.open(MINI, seed=seed)
        return [line.text for line in story.lines()][-1]

    assert word(7) == word(7)
    assert len({word(seed) for seed in range(1, 12)}) > 1


def test_unseeded_story_records_its_random_seed():
    words = set()
    for _ in range(12):
        story = Story.open(MINI)
        replay = Story.open(MINI, seed=story.seed)
        played = [line.text for line in story.lines()]
        assert played == [line.text for line in replay.lines()]
        words.add(played[-1])
    assert len(words) > 1  # unseeded play-throughs really are seeded differently


def test_variables_observe_and_save_load_state():
    story = Story.open(MINI, seed=1)
    assert set(story.variable_names) == {"warmth", "lamp"}
    changes = []
    story.observe("warmth", lambda name, value: changes.append(value))
    list(story.lines())
    saved = story.save_state()
    story.choose(0)
    list(story.lines())
    assert changes == [2] and story.meters() == {"warmth": 2}
    story.load_state(saved)
    assert story.get("warmth") == 1
    assert len(story.next()) == 2


def test_bad_story_yaml_names_the_key(tmp_path):
    bad = tmp_path / "story.yaml"
    bad.write_text("characters:\n  samantha: {name: Samantha, colour: coral}\n")
    with pytest.raises(ConfigError, match=r"characters\.samantha\.colour"):
        load_config(bad)
    with pytest.raises(ConfigError, match=r"meters\.warmth\.max"):
        parse_config({"meters": {"warmth": {"min": 5, "max": 2}}})
    with pytest.raises(ConfigError, match="not valid YAML"):
        bad.write_text("characters: [\n")
        load_config(bad)


def test_yaml_cannot_construct_python_objects(tmp_path):
    bad = tmp_path / "story.yaml"
    bad.write_text("title: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError):
        load_config(bad)


def test_not_a_story_is_a_story_error(tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_text('{"hello": 1}')
    with pytest.raises(StoryError, match="not a compiled ink story"):
        Story.open(junk)


def test_id_only_lines_take_the_fast_path_to_the_same_values_as_the_tag_grammar():
    """Lines whose only tag is `#id:` skip the general tag parser: what they carry must be
    exactly what the grammar would have made of them, speaker prefix included."""
    from helpers import ROOT

    from game.core.tags import parse_tags

    story = Story.open(ROOT / "story", seed=3)
    checked = 0
    while True:
        beat = story.next()
        if isinstance(beat, Choices):
            story.choose(0)
            continue
        if isinstance(beat, EndingReached):
            break
        if len(beat.tags.raw) == 1 and beat.tags.raw[0].startswith("id:"):
            assert beat.tags == parse_tags(list(beat.tags.raw))
            assert beat.line_id == beat.tags.line_id and beat.line_id
            checked += 1
    assert checked > 100
    assert story.chapter  # the slow path still applied the chapter tags on the way


def test_a_line_whose_only_tag_is_its_id_is_translated_too():
    """The engine's id-only fast path must not skip the translation (MINI's second line)."""

    class Shouting:
        def line(self, line_id, text):
            return text.upper()

        def choice(self, text):
            return text

    story = Story.open(MINI, seed=1)
    story.translation = Shouting()
    lines = [beat for beat in story.lines()]
    plain = [line for line in lines if line.tags.raw == (f"id:{line.line_id}",)]
    assert plain and all(line.text == line.text.upper() for line in plain)
