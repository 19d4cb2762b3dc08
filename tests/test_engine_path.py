"""The engine's per-line path (issue 16): bink's C functions called without ctypes' argument
conversion read every tag of a line, in order, however many; a list of tags is parsed once;
the native-output capture names the newest panic after its mark and never one already read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from game.core import Choices, EndingReached, Line, Story, tags
from game.core.compiler import compile_ink

ROOT = Path(__file__).resolve().parents[1]


def _story(tmp_path: Path, ink: str) -> Story:
    (tmp_path / "main.ink").write_text(ink)
    return Story(compile_ink(tmp_path / "main.ink", use_cache=False).json_text, seed=1)


def test_every_tag_of_a_line_comes_through_in_order(tmp_path):
    many = " ".join(f"#t{i}:v{i}" for i in range(40))  # past the 32 tag numbers made once
    story = _story(tmp_path, f"Plain line.\nTagged line. {many}\nÜnïcode line. #id:u1\n"
                             "* [Go] Went. #mood:warm\n-> END\n")
    first, second, third = story.next(), story.next(), story.next()
    assert (first.text, first.tags.raw) == ("Plain line.", ())
    assert second.text == "Tagged line."
    assert second.tags.raw == tuple(f"t{i}:v{i}" for i in range(40))
    assert (third.text, third.line_id) == ("Ünïcode line.", "u1")
    assert isinstance(story.next(), Choices)
    story.choose(0)
    went = story.next()
    assert isinstance(went, Line) and went.text == "Went." and went.tags.mood == "warm"
    assert isinstance(story.next(), EndingReached)


def test_a_list_of_tags_is_parsed_once_and_the_table_is_bounded(monkeypatch):
    raw = ("mood:warm", "id:x1")
    assert tags.parse_tags_once(raw) == tags.parse_tags(list(raw))
    assert tags.parse_tags_once(raw) is tags.parse_tags_once(raw)
    monkeypatch.setattr(tags, "_PARSED_LIMIT", 5)
    for index in range(12):
        tags.parse_tags_once((f"id:n{index}",))
    assert len(tags._PARSED) <= 5  # noqa: SLF001


def test_the_capture_names_the_newest_panic_after_its_mark_and_none_already_read():
    script = (
        "import os\n"
        "from game.core.story import NATIVE\n"
        "NATIVE.enter()\n"  # a quiet caller's window: its panic is never asked about
        "os.write(2, b\"thread 'a' panicked at x.rs:1:\\nold fault\\n\")\n"
        "NATIVE.exit()\n"
        "mark = NATIVE.enter()\n"
        "os.write(2, b\"thread 'b' panicked at y.rs:2:\\nnew fault\\n\")\n"
        "print(NATIVE.panic_since(mark))\n"
        "NATIVE.exit()\n"
        "mark = NATIVE.enter()\n"  # nothing new: what was read is not read again
        "print(NATIVE.panic_since(mark))\n"
        "NATIVE.exit()\n"
        "mark = NATIVE.enter(exact=True)\n"
        "NATIVE.exit()\n"
        "NATIVE.enter()\n"
        "os.write(2, b\"thread 'c' panicked at z.rs:3:\\nlatest\\n\")\n"
        "NATIVE.exit()\n"
        "print(NATIVE.panic_since(mark))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["new fault", "None", "latest"]
    assert "fault" not in done.stderr and "latest" not in done.stderr


def test_where_an_ending_line_comes_from_is_looked_for_once(monkeypatch):
    from helpers import INTERCEPT

    from game.core.compiled import CompiledStory

    story = Story.open(INTERCEPT, seed=1)
    searched: list[str] = []
    real = CompiledStory._find_line

    def find(self, text):  # noqa: ANN001, ANN202
        searched.append(text)
        return real(self, text)

    monkeypatch.setattr(CompiledStory, "_find_line", find)
    endings = []
    for _ in range(3):  # the same play-through three times: the same last line
        story.reset(1)
        while not isinstance(beat := story.next(), EndingReached):
            if isinstance(beat, Choices):
                story.choose(0)
        endings.append(beat.id)
    assert len(set(endings)) == 1 and len(searched) == 1
