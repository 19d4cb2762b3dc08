"""A story edited under a save: the load resumes at the same place only if it still reads the
same, else at the newest checkpoint that still exists, with the variables that still exist —
and tells the player. Never silently on a different branch."""

from __future__ import annotations

import pytest
from saves_support import new_session, play_to_choice, rest_of_story, story_copy

from game.core.errors import SaveError


def saved_at_evening_choice(tmp_path, answers=(1,)):
    """Play the original story to the evening choice and save slot 1 there."""
    original = story_copy(tmp_path / "story")
    session = new_session(tmp_path / "saves", original)
    play_to_choice(session, list(answers))
    session.save("1")
    return original


def edit_and_load(tmp_path, original, edit):
    text = (original / "main.ink").read_text()
    edited = edit(text)
    assert edited != text
    (original / "main.ink").write_text(edited)
    session = new_session(tmp_path / "saves", original, seed=123)
    return session, session.load("1")


def test_insert_a_choice_above_the_saved_one_resumes_at_the_checkpoint(tmp_path):
    original = saved_at_evening_choice(tmp_path)
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "* [Ask for a song.]", "* [Ask for a poem.]\n    She recites a poem. #id:x1\n"
        "    -> picture\n* [Ask for a song.]"))
    assert result.how == "checkpoint"
    assert "resumes at the last checkpoint" in result.message
    assert "The evening smells of rain." in result.message
    assert result.line.text == "The evening smells of rain."
    # the scene replays from its checkpoint with all three choices, and the old answer
    # "1" (song) is not silently turned into the new first choice
    lines = rest_of_story(session, [1])
    assert lines[:3] == ["I have something for you.", "She waits for his answer.",
                         "CHOICES Ask for a poem. | Ask for a song. | Ask for a picture."]
    assert lines[-1] == "ENDING song"
    assert session.story.get("letters") == 1  # the variables at the checkpoint came back


def test_unchanged_place_in_an_edited_story_resumes_exactly(tmp_path):
    original = saved_at_evening_choice(tmp_path)
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "The song ends softly.", "The song ends, softly, at dawn."))
    assert result.how == "exact" and "unchanged" in result.message
    assert rest_of_story(session, [0])[:3] == [
        "CHOICES Ask for a song. | Ask for a picture.",
        "She plays him a song about the two of them.", "He listens politely."]


def test_renamed_knot_is_found_again_by_its_checkpoint_line(tmp_path):
    original = saved_at_evening_choice(tmp_path, answers=(0,))
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "=== evening ===", "=== dusk ===").replace("-> evening", "-> dusk"))
    assert result.how == "checkpoint" and result.line.text == "The evening smells of rain."
    assert session.story.get("trust") == 1  # restored from the checkpoint's variables
    lines = rest_of_story(session, [0])
    assert lines[0] == "I have something for you."
    assert "He smiles at her warmth." in lines  # trust > 0 survived the move


def test_deleted_variable_keeps_the_rest(tmp_path):
    original = saved_at_evening_choice(tmp_path, answers=(1,))
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "VAR letters = 0\n", "").replace("    ~ letters = letters + 1\n", ""))
    assert result.how in ("exact", "checkpoint")
    assert "letters" not in session.story.variables
    assert session.story.variables["trust"] == 0
    assert rest_of_story(session, [1])[-1] == "ENDING picture"


def test_when_nothing_is_left_the_player_is_told(tmp_path):
    original = saved_at_evening_choice(tmp_path)
    rewritten = (original / "main.ink").read_text()
    for word in ("rain", "something for you", "his answer", "Morning light", "Good morning",
                 "tonight", "She plays", "She describes"):
        rewritten = rewritten.replace(word, word.upper())
    rewritten = rewritten.replace("#id:", "#id:new_")  # new lines, not the old ones reworded
    with pytest.raises(SaveError, match="'1': the story was changed.*any more"):
        edit_and_load(tmp_path, original, lambda _: rewritten + "\n")


def test_a_reworded_line_that_keeps_its_id_is_the_same_place(tmp_path):
    """The line after the saved place reads differently but keeps its #id: the author's
    rewording of the same line, so the save resumes exactly, and shows the new words."""
    original = saved_at_evening_choice(tmp_path)
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "She plays him a song about the two of them. #id:s1",
        "She plays him a song she wrote for them. #id:s1"))
    assert result.how == "exact", result.message
    assert rest_of_story(session, [0])[:2] == ["CHOICES Ask for a song. | Ask for a picture.",
                                               "She plays him a song she wrote for them."]


def test_a_reworded_line_with_a_new_id_is_not(tmp_path):
    original = saved_at_evening_choice(tmp_path)
    session, result = edit_and_load(tmp_path, original, lambda t: t.replace(
        "She plays him a song about the two of them. #id:s1",
        "She plays him a song she wrote for them. #id:s9"))
    assert result.how == "checkpoint"


def test_title_change_is_a_different_story(tmp_path):
    original = saved_at_evening_choice(tmp_path)
    (original / "story.yaml").write_text(
        (original / "story.yaml").read_text().replace("title: Saved", "title: Lost"))
    with pytest.raises(SaveError, match="different story"):
        edit_and_load(tmp_path, original, lambda t: t.replace("# title: Saved Evenings\n", ""))


def test_the_look_ahead_at_a_thousand_options_is_linear(tmp_path, monkeypatch):
    """A save at a choice of 1,000 options follows only the first few into their lines (each
    follow reloads a state as big as the choice): the autosave costs a fraction of a second,
    not half a minute, and loading it back still finds the very place."""
    import time

    from bink.story import Story as Runtime

    from game.core.restore import LOOKAHEAD_CHOICES, Scratch
    from game.core.session import Session
    from game.core.story import Choices, Story

    path = tmp_path / "many.ink"
    path.write_text("Pick one.\n" + "".join(f"* [Option {i}.] You took {i}. #id:o{i}\n"
                                            "  -> END\n" for i in range(1000)))
    story = Story.open(path, seed=1)
    while not isinstance(story.next(), Choices):
        pass
    followed = []
    real = Runtime.choose_choice_index
    monkeypatch.setattr(Runtime, "choose_choice_index",
                        lambda self, index: (followed.append(index), real(self, index))[1])
    start = time.perf_counter()
    upcoming = Scratch(story.compiled).peek(story.save_state())
    assert time.perf_counter() - start < 3
    assert len(followed) == LOOKAHEAD_CHOICES < 1000
    assert len(upcoming.choices) == 200  # every option a save keeps is still compared by text
    monkeypatch.undo()
    session = Session(Story.open(path, seed=1), tmp_path / "saves")
    while not isinstance(session.next(), Choices):
        pass
    session.save("1")
    assert session.load("1").how == "exact"
