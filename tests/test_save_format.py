"""Save format 3 (issue 16): a save is encoded once and hashed over the bytes written, and its
history says each thing once — a rollback state's checkpoint by index, its line as the entry
before's, its ink state as the change from the state before. A long play-through's save loads
back whole; format 2 saves still load, history and rollback included; a reference that points
nowhere is refused by name."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from dataclasses import asdict, replace
from pathlib import Path

import orjson
import pytest
from helpers import FIXTURES, run_cli

from game.core import savefile
from game.core.errors import SaveError
from game.core.session import Session
from game.core.state import HISTORY_LINES, PlayState
from game.core.story import Choices, EndingReached, Story

ROOT = Path(__file__).resolve().parents[1]
BASE = FIXTURES / "saves" / "base"
FORMAT2 = FIXTURES / "saves" / "format2"


@pytest.fixture(scope="module")
def long_play() -> PlayState:
    """The shipped story, read 320 lines in with seeded choices: a full history."""
    session = Session(Story.open(ROOT / "story", seed=1), None, autosave=False)
    rng = random.Random(3)
    lines = 0
    while lines < 320:
        beat = session.advance()
        if isinstance(beat, Choices):
            session.choose(rng.randrange(len(beat)))
        elif isinstance(beat, EndingReached):
            break
        else:
            lines += 1
    assert len(session.history) == HISTORY_LINES
    return session.state


def _plain_size(state: PlayState) -> int:
    """The size of the history as format 2 wrote it: every state whole."""
    history = [{"line": e.line, "before": e.before._own_json() if e.before else None,
                "after_choice": e.after_choice} for e in state.history]
    return len(orjson.dumps(history, default=lambda line: line._asdict()))


def test_a_long_history_says_each_thing_once_and_comes_back_whole(long_play):
    data = long_play.to_json()
    befores = [e["before"] for e in data["history"] if e["before"] is not None]
    assert len(befores) > 90
    for before in befores[1:]:  # all but the first refer to the entry before them
        assert before["line"] == -1
        assert isinstance(before["ink"], list)
        assert isinstance(before["checkpoint"], (int, type(None)))
    assert len(data["history_checkpoints"]) < 10  # a few distinct ones among ~100 states
    assert len(orjson.dumps(data["history"])) < 0.4 * _plain_size(long_play)
    again = PlayState.from_json(orjson.loads(orjson.dumps(data)))
    assert again == long_play
    assert [e.before.ink for e in again.history if e.before] == \
        [e.before.ink for e in long_play.history if e.before]


def test_an_entry_is_encoded_once_until_its_neighbour_changes(long_play):
    first = long_play.to_json()["history"]
    second = long_play.to_json()["history"]  # the JSON is kept on each entry
    assert all(a["line"] is b["line"] for a, b in zip(first, second, strict=True))
    # the oldest entry drops out (as it does every line once the history is full): the new
    # first entry has nothing before it to refer to, so it is written whole
    shifted = replace(long_play, history=long_play.history[-60:])
    data = shifted.to_json()
    head = data["history"][0]["before"]
    assert isinstance(head["ink"], str) and isinstance(head["line"], dict)
    assert PlayState.from_json(orjson.loads(orjson.dumps(data))) == shifted


@pytest.mark.parametrize("where,value,message", [
    ("checkpoint", 99, "not one of play.history_checkpoints"),
    ("checkpoint", "0", "a table or an index"),
    ("line", -2, "refers to no earlier line"),
    ("ink", [0, "", 10**9], "keeps more than the earlier state has"),
    ("ink", [0, ""], "must be a state or"),
    ("ink", [-1, "x", 0], "keeps more than"),
])
def test_a_reference_to_nothing_is_refused_by_name(long_play, where, value, message):
    data = long_play.to_json()
    entry = data["history"][-1]  # its neighbour has a state too
    entry["before"] = dict(entry["before"], **{where: value})
    with pytest.raises(ValueError, match=message):
        PlayState.from_json(data)


def test_the_first_entry_cannot_refer_back(long_play):
    data = long_play.to_json()
    first = next(i for i, e in enumerate(data["history"]) if e["before"] is not None)
    data["history"] = data["history"][first:]
    data["history"][0]["before"] = dict(data["history"][0]["before"], line=-1)
    with pytest.raises(ValueError, match="no earlier line"):
        PlayState.from_json(data)
    data["history"][0]["before"] = dict(data["history"][0]["before"], line=None,
                                        ink=[0, "", 0])
    with pytest.raises(ValueError, match="no earlier state"):
        PlayState.from_json(data)


def _session(saves: Path) -> Session:
    return Session(Story.open(BASE, seed=5), saves, autosave=False)


def test_a_save_is_hashed_over_the_bytes_written_and_loads_re_spaced(tmp_path):
    saves = tmp_path / "saves"
    session = _session(saves)
    while not isinstance(session.advance(), Choices):
        pass
    session.save("1")
    data = (saves / "1.json").read_bytes()
    head = data[:data.index(b'"content":') + len(b'"content":')]
    checksum = json.loads(data)["checksum"]
    assert checksum == "sha256:" + hashlib.sha256(data[len(head):-1]).hexdigest()
    assert data[len(head):-1] == savefile._canonical(json.loads(data)["content"])  # noqa: SLF001
    (saves / "1.json").write_text(json.dumps(json.loads(data), indent=2))  # a person re-spaced it
    assert _session(saves).load("1").how == "exact"
    damaged = data.replace(b"Good morning.", b"Good mourning")
    (saves / "1.json").write_bytes(damaged)
    (saves / "1.json.bak").unlink(missing_ok=True)  # no good copy to fall back to
    with pytest.raises(SaveError, match="checksum mismatch"):
        _session(saves).load("1")


def test_position_json_is_what_asdict_gives(tmp_path):
    session = _session(tmp_path)
    while not isinstance(session.advance(), Choices):
        pass
    session.choose(0)
    while not isinstance(session.advance(), Choices):
        pass
    positions = session.state.checkpoints
    assert len(positions) == 2 and positions[-1].upcoming.choices
    for position in positions:
        assert json.dumps(savefile.position_json(position), sort_keys=True) == \
            json.dumps(asdict(position), sort_keys=True)


def test_a_format_2_save_loads_with_its_history_and_rollback(tmp_path):
    saves = tmp_path / "saves"
    shutil.copytree(FORMAT2, saves)
    assert json.loads((saves / "1.json").read_text())["format_version"] == 2
    session = _session(saves)
    result = session.load("1")
    assert result.same_build and result.how == "exact", "the fixture story changed: see README"
    assert [e.line.text for e in session.history] == [
        "Morning light finds the desk.", "Good morning.", "Hello to you.",
        "Shall we go out tonight?", "The evening smells of rain.", "I have something for you.",
        "She waits for his answer."]
    assert session.extras == {"bg": "study"}
    assert session.rollback().text == "I have something for you."
    assert session.rollback().text == "The evening smells of rain."
    session.save("2")
    written = json.loads((saves / "2.json").read_text())
    assert written["format_version"] == savefile.FORMAT_VERSION == 3
    assert written["content"]["play"]["history"][-1]["before"]["line"] == -1
    again = _session(saves)
    again.load("2")
    assert [e.line.text for e in again.history] == [e.line.text for e in session.history]
    text = run_cli("text", "--story", str(BASE), "--save-dir", str(saves), "--load", "1",
                   "--choose", "1")
    assert text.returncode == 0 and "She plays him a song" in text.stdout, text.stderr


def test_a_checkpoint_is_looked_ahead_from_on_the_writer_thread(tmp_path, monkeypatch):
    """Passing a #checkpoint costs the frame no look ahead when saves have a writer thread;
    the save written there still holds what follows each checkpoint."""
    import threading

    from game.core.restore import Scratch

    main = threading.current_thread()
    peeked_here: list[str] = []
    real_peek = Scratch.peek

    def peek(self, state):  # noqa: ANN001, ANN202
        if threading.current_thread() is main:
            peeked_here.append(state)
        return real_peek(self, state)

    monkeypatch.setattr(Scratch, "peek", peek)
    session = Session(Story.open(BASE, seed=5), tmp_path, autosave=False, background=True)
    while not isinstance(session.advance(), Choices):
        pass
    session.choose(0)
    while not isinstance(session.advance(), Choices):
        pass
    assert len(session.slots.checkpoints) == 2 and not peeked_here
    session.save("1")
    session.slots.flush()
    content = json.loads((tmp_path / "1.json").read_text())["content"]
    for positions in (content["checkpoints"], content["play"]["checkpoints"]):
        assert [p["upcoming"]["lines"][0] for p in positions] == [
            "Samantha: Good morning.", "Samantha: I have something for you."]


def test_the_copy_before_the_previous_one_goes_only_once_the_new_one_is_safe(tmp_path,
                                                                            monkeypatch):
    """Freeing the oldest copy's blocks took 4-7 ms on a busy disk, first thing in every save:
    it now comes after the new file is in place, handed to `retire` (the window's writer runs
    it after the save). While the new file is flushed both names hold a good copy (the newest
    and the one before), the newest has a second name; afterwards `.bak` is the newest."""
    import os

    from game.core import files

    target = tmp_path / "slot.json"
    files.atomic_write_bytes(target, b"first", sync="file")
    files.atomic_write_bytes(target, b"second", sync="file")
    assert files.previous_copy(target).read_bytes() == b"first"
    seen: list[tuple[bytes, bytes, list[bytes]]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        kept = [p.read_bytes() for p in tmp_path.glob(f".slot.json.*{files.KEPT_SUFFIX}")]
        seen.append((target.read_bytes(), files.previous_copy(target).read_bytes(), kept))
        real(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    later: list = []
    files.atomic_write_bytes(target, b"third", sync="file", retire=later.append)
    assert seen == [(b"second", b"first", [b"second"])]
    assert target.read_bytes() == b"third" and len(later) == 1
    assert files.previous_copy(target).read_bytes() == b"first"  # not let go yet
    later[0]()
    assert files.previous_copy(target).read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slot.json", "slot.json.bak"]
    files.atomic_write_bytes(target, b"fourth", sync="file")  # no retire: at once
    assert files.previous_copy(target).read_bytes() == b"third"


def test_a_second_name_left_by_a_killed_save_goes_by_when_it_was_made(tmp_path):
    """A `.kept.tmp` shares its copy's inode, so its write time is that old save's: a fresh
    one (a save in flight in another window) stays, one made long ago goes."""
    import os
    import time

    from game.core import files

    copy = tmp_path / "1.json"
    copy.write_text("an old save")
    old = time.time() - 3600
    os.utime(copy, (old, old))
    kept = tmp_path / f".1.json.1-1{files.KEPT_SUFFIX}"
    os.link(copy, kept)
    assert files.remove_stale_temporaries(tmp_path) == 0 and kept.exists()
    assert files.remove_stale_temporaries(tmp_path, older_than=-1) == 1
    assert not kept.exists() and copy.read_text() == "an old save"


def test_a_saves_file_work_makes_few_system_calls(tmp_path, monkeypatch):
    """On the window's writer each system call hands the interpreter's lock to the frame
    thread and waits for it back: a save with its picture asks the disk 13 things (two
    times to compare, then per file a second name, create, write, close, rename; the save's
    fsync), not the 30 it took when it asked first whether each name existed, made its
    folder each time and wrote through a file object."""
    import os

    from game.core import saves

    data, picture = b"{}" * 1000, b"\xff\xd8\xff" + bytes(500)
    for _ in range(3):  # a slot with both copies already, as in play
        saves._write("1", tmp_path / "1.json", data, picture)
    calls: list[str] = []
    for name in ("stat", "lstat", "link", "unlink", "open", "write", "close", "fsync",
                 "replace", "rename", "mkdir", "fstat", "lseek"):
        real = getattr(os, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, counted)
    later: list = []
    saves._write("1", tmp_path / "1.json", data, picture, retire=later.append)
    monkeypatch.undo()
    assert len(calls) <= 13, calls
    assert calls.count("fsync") == 1 and len(later) == 2
