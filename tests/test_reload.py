"""Hot reload on copies of real stories (the example mod and The Intercept) in tmp_path: an edit
keeps the player's place, a broken edit gives file:line diagnostics while the old story keeps
running, and a place that no longer exists falls back to the checkpoint, else the start."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import INTERCEPT, ROOT

from game.core.reload import Reloader, keep_place
from game.core.story import Choices, EndingReached, Line, Story

EXAMPLE = ROOT / "mods" / "amys_documentary"


@pytest.fixture
def mod_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "mods" / "amys_documentary"
    shutil.copytree(EXAMPLE, folder)
    return folder


@pytest.fixture
def intercept_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "intercept"
    folder.mkdir()
    shutil.copy(INTERCEPT, folder / "main.ink")  # a temp copy, never into the repo
    return folder


def play(story: Story, answers: list[int], then_lines: int = 0) -> list[Line]:
    """Answer choice points (1-based) in order, then read `then_lines` more lines."""
    for answer in answers:
        while not isinstance(story.next(), Choices):
            pass
        story.choose(answer - 1)
    return [story.next() for _ in range(then_lines)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def reload_now(reloader: Reloader):
    reloader.force()
    result = reloader.wait()
    assert result is not None
    return result


def current_knot(story: Story) -> str:
    threads = json.loads(story.save_state())["flows"]["DEFAULT_FLOW"]["callstack"]["threads"]
    return threads[-1]["callstack"][-1]["cPath"].split(".")[0]


def test_edit_keeps_the_place_in_the_example_mod(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=5)
    play(story, [1, 1], then_lines=1)
    twin = Story.open(mod_copy, seed=5)
    play(twin, [1, 1], then_lines=1)
    reloader = Reloader(story, interval=0)
    edit(mod_copy / "main.ink", "Be honest. Is it boring?", "Be honest. Is it dull?")
    result = reload_now(reloader)
    assert result.ok and result.restored == "state", result.message
    assert "where you were" in result.message
    expected = twin.next()
    got = result.story.next()
    assert got.line_id == expected.line_id
    assert (got.text == expected.text) if "boring" not in expected.text else "dull" in got.text
    assert result.story.meters() == twin.meters()
    assert reloader.story is result.story


def test_poll_notices_an_edit_by_itself_and_ignores_a_touch(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=2)
    play(story, [2])
    reloader = Reloader(story, interval=10)
    ink = mod_copy / "main.ink"
    ink.touch()
    assert reloader.poll(ticks=10) is None and not reloader.busy  # same bytes: no rebuild
    edit(ink, "Okay. Lights.", "Okay. Lights, please.")
    assert reloader.poll(ticks=9) is None and not reloader.busy  # not yet time to look
    assert reloader.poll(ticks=1) is None and not reloader.busy  # seen; is it still changing?
    assert reloader.poll(ticks=10) is None and reloader.busy  # the same twice: build
    result = reloader.wait()
    assert result.restored == "state"
    assert "Okay. Lights, please." in [result.story.next().text for _ in range(4)]


def test_broken_edit_shows_file_line_and_the_old_story_keeps_running(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=3)
    play(story, [1])
    reloader = Reloader(story, interval=0)
    ink = mod_copy / "main.ink"
    edit(ink, "- -> the_phone", "- -> the_telephone")
    broken_line = ink.read_text(encoding="utf-8").splitlines().index("- -> the_telephone") + 1
    result = reload_now(reloader)
    assert not result.ok and result.restored == "failed"
    assert "still playing the last good build" in result.message
    assert [str(d) for d in result.errors] == [
        f"{ink}:{broken_line}: error: Divert target not found: '-> the_telephone'"]
    assert reloader.diagnostics == result.diagnostics
    assert reloader.story is story
    beat = story.next()  # the old build plays on
    assert isinstance(beat, Line) and beat.line_id == "amydoc_0005"  # choice 1's own line
    edit(ink, "- -> the_telephone", "- -> the_phone")
    fixed = reload_now(reloader)
    assert fixed.restored == "state" and reloader.diagnostics == ()
    assert isinstance(fixed.story.next(), Line)


def test_lost_place_falls_back_to_the_checkpoint(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=4)
    lines = play(story, [1, 1, 1, 2, 2, 1], then_lines=2)
    assert story.chapter == "screening" and story.checkpoint is not None
    assert current_knot(story) == "premiere" and lines[-1].text
    reloader = Reloader(story, interval=0)
    ink = mod_copy / "main.ink"
    text = ink.read_text(encoding="utf-8")
    ink.write_text(re.sub(r"\bpremiere\b(?!\s*#)", "bedsheet", text), encoding="utf-8")
    result = reload_now(reloader)
    assert result.restored == "checkpoint", result.message
    assert result.message == ("The story has changed and your place in it is gone, so it "
                              "resumes at the last checkpoint that still exists: “The clock on "
                              "the right monitor says 11:41.”")
    assert result.story.chapter == "screening"
    assert result.story.checkpoint.line.text == "The clock on the right monitor says 11:41."
    assert result.story.next().text.startswith("Amy drags the file into the upload window")


def test_lost_place_with_no_checkpoint_starts_over_and_says_so(intercept_copy: Path) -> None:
    story = Story.open(intercept_copy, seed=0)
    play(story, [1, 1, 1, 2])
    knot = current_knot(story)
    assert knot and story.checkpoint is None
    reloader = Reloader(story, interval=0)
    ink = intercept_copy / "main.ink"
    ink.write_text(re.sub(rf"\b{knot}\b", f"{knot}_renamed", ink.read_text(encoding="utf-8")),
                   encoding="utf-8")
    result = reload_now(reloader)
    assert result.restored == "start" and "starts over from the beginning" in result.message
    fresh = Story.open(INTERCEPT, seed=0)
    assert result.story.next().text == fresh.next().text


def test_intercept_edit_keeps_the_place(intercept_copy: Path) -> None:
    story = Story.open(intercept_copy, seed=0)
    play(story, [1, 1, 1, 2])
    at_choices = story.next()
    while not isinstance(at_choices, Choices):
        at_choices = story.next()
    reloader = Reloader(story, interval=0)
    edit(intercept_copy / "main.ink", "This is an unseemly situation.",
         "This is a most unseemly situation.")
    result = reload_now(reloader)
    assert result.restored == "state"
    again = result.story.next()
    assert isinstance(again, Choices)
    assert [c.text for c in again] == [c.text for c in at_choices]
    result.story.choose(1)
    assert isinstance(result.story.next(), Line)


def test_story_yaml_edit_reloads_the_config(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=1)
    play(story, [1, 1, 1, 2, 3, 1])
    reloader = Reloader(story, interval=0)
    edit(mod_copy / "story.yaml", "title: The Drawer", "title: The Bottom Drawer")
    result = reload_now(reloader)
    beat = result.story.next()
    while not isinstance(beat, EndingReached):
        beat = result.story.next()
    assert beat.ending.title == "The Bottom Drawer"


def test_broken_story_yaml_is_a_diagnostic_not_a_crash(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=1)
    reloader = Reloader(story, interval=0)
    edit(mod_copy / "story.yaml", "max: 10, description: \"Amy's nerve",
         "max: ten, description: \"Amy's nerve")
    result = reload_now(reloader)
    assert not result.ok
    assert "story.yaml" in result.errors[0].path and "meters.nerve.max" in result.errors[0].message


def test_new_include_is_watched_after_a_reload(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=1)
    reloader = Reloader(story, interval=0)
    ink = mod_copy / "main.ink"
    (mod_copy / "extra.ink").write_text("=== extra ===\nAn extra knot.\n-> END\n",
                                        encoding="utf-8")
    edit(ink, "-> rough_cut\n", "-> rough_cut\nINCLUDE extra.ink\n")
    assert reload_now(reloader).ok
    assert mod_copy / "extra.ink" in reloader.story.source.watch_files
    edit(mod_copy / "extra.ink", "-> END", "-> nowhere")
    reloader.poll()  # seen changed
    reloader.poll()  # and the same again: build
    result = reloader.wait()
    assert result is not None and not result.ok
    assert result.errors[0].path.endswith("extra.ink") and result.errors[0].line == 3


def test_keep_place_at_an_ending_stays_at_the_ending(mod_copy: Path) -> None:
    story = Story.open(mod_copy, seed=1)
    play(story, [1, 1, 1, 2, 3, 1])
    beat = story.next()
    while not isinstance(beat, EndingReached):
        beat = story.next()
    result = keep_place(story, story.json_text)
    assert result.restored == "state"
    ending = result.story.next()
    assert isinstance(ending, EndingReached) and ending.id == "drawer"


def test_inky_json_mod_reloads_the_exported_json(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    ink = folder / "story.ink"
    ink.write_text("First. #id:a\nSecond. #id:b\n* [Go] Third. #id:c\n-> END\n", encoding="utf-8")
    from game.core.compiler import compile_to_file

    compile_to_file(ink, folder / "main.json")
    ink.rename(tmp_path / "story.ink")  # as if Inky kept the .ink elsewhere
    (folder / "mod.yaml").write_text("id: tiny\ntitle: T\nentry: main.json\n", encoding="utf-8")
    story = Story.open(folder, seed=1)
    assert story.next().text == "First."
    reloader = Reloader(story, interval=0)
    (tmp_path / "story.ink").write_text(
        "First. #id:a\nSecond, re-exported. #id:b\n* [Go] Third. #id:c\n-> END\n",
        encoding="utf-8")
    compile_to_file(tmp_path / "story.ink", folder / "main.json")
    # written whole by a rename, it is taken at the first poll, and a quick build may be
    # done by the second
    result = reloader.poll() or reloader.poll() or reloader.wait()
    assert result.restored == "state" and result.story.next().text == "Second, re-exported."
    (folder / "main.json").write_text("{not json", encoding="utf-8")
    reloader.poll()
    reloader.poll()
    broken = reloader.wait()
    assert not broken.ok and broken.errors[0].path == str(folder / "main.json")
    assert reloader.story is result.story


def test_a_file_still_being_written_is_not_taken(mod_copy: Path) -> None:
    """An editor writing the file in pieces: each poll sees it differ from the last, so no
    build starts (a half-written file compiled and taken broke the next autosave); once two
    polls agree, it builds."""
    story = Story.open(mod_copy, seed=2)
    play(story, [2])
    reloader = Reloader(story, interval=10)
    ink = mod_copy / "main.ink"
    full = ink.read_text(encoding="utf-8").replace("Okay. Lights.", "Okay. Lights, please.")
    for part in (len(full) // 3, 2 * len(full) // 3):
        ink.write_text(full[:part], encoding="utf-8")
        assert reloader.poll(ticks=10) is None and reloader.wait(5) is None  # no build
    ink.write_text(full, encoding="utf-8")
    assert reloader.poll(ticks=10) is None and reloader.wait(5) is None
    assert reloader.poll(ticks=10) is None  # two polls agree: a build starts (and may be
    result = reloader.wait()  # done already: the compile cache knows this text) — None if not
    assert result is not None and result.ok
    assert "Okay. Lights, please." in [result.story.next().text for _ in range(4)]
