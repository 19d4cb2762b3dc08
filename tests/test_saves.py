"""Save slots through the paths players take: the Session both shells use, the `text` and
`saves` commands, and damaged files that must fall back to the previous copy."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from saves_support import BASE, new_session, play_to_choice, rest_of_story

from game.core import savefile
from game.core.errors import SaveError
from game.core.saves import AUTO_SLOTS, SaveSlots, check_slot, is_autosave, list_slots
from game.core.story import Story
from game.text import play

ROOT = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def run_cli(*args: str, save_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--save-dir", str(save_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_save_and_load_resume_the_same_place(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [1])  # keep typing: letters = 1, at the evening choice
    info = session.save("3", name="before the gift", thumbnail_png=PNG)
    assert (info.slot, info.status, info.chapter, info.chapter_title) == ("3", "ok", "two",
                                                                          "Evening")
    assert info.thumbnail == tmp_path / "3.png" and info.thumbnail.read_bytes() == PNG
    expected = rest_of_story(session, [0])

    fresh = new_session(tmp_path, seed=99)
    result = fresh.load("3")
    assert (result.how, result.from_previous_copy, result.message) == ("exact", False, None)
    assert result.line.text == "She waits for his answer."
    assert fresh.story.seed == 7 and fresh.story.get("letters") == 1
    assert fresh.story.chapter == "two" and fresh.story.checkpoint.line.text.startswith("The ev")
    assert rest_of_story(fresh, [0]) == expected


def test_slot_names_are_checked():
    for good in ("quick", "auto-0", "auto-9", "1", "999", "chapter-two", "chapter-a_1"):
        assert check_slot(good) == good
    for bad in ("../x", "auto-10", "0", "1000", "", "quick.json", "a/b", "chapter-",
                "chapter-../x", "chapter-Two"):
        with pytest.raises(SaveError, match="not a save slot"):
            check_slot(bad)


def test_autosave_ring_keeps_the_ten_newest(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    for n in range(13):
        session.slots.autosave(play_ticks=n)
    infos = [i for i in list_slots(tmp_path) if i.slot in AUTO_SLOTS]
    assert len(infos) == 10
    assert [i.play_ticks for i in infos] == list(range(12, 2, -1))  # newest first
    # a new SaveSlots over the same folder carries on the ring, overwriting the oldest
    again = SaveSlots(tmp_path, session.story)
    assert again.autosave(play_ticks=100).sequence == infos[0].sequence + 1
    assert 3 not in [i.play_ticks for i in list_slots(tmp_path)]


def test_session_autosaves_at_chapter_starts_and_choices_once_each(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [0])
    session.next()  # the same choice point again: no new autosave
    infos = [i for i in list_slots(tmp_path) if is_autosave(i.slot)]
    # chapter one, its choice, chapter two, its choice; the chapter starts in their own slots
    assert [(i.slot[:5], i.chapter) for i in reversed(infos)] == [
        ("chapt", "one"), ("auto-", "one"), ("chapt", "two"), ("auto-", "two")]
    assert [i.slot for i in infos if not i.slot.startswith("auto-")] == [
        "chapter-two", "chapter-one"]
    assert infos[0].at_choice and not infos[1].at_choice  # newest first
    assert session.profile.chapters_seen == ["one", "two"]
    assert session.profile.has_read("m3") and not session.profile.has_read("m4")


def test_quicksave_quickload_and_delete(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.quicksave()
    session.choose(0)
    play_to_choice(session, [])
    assert session.quickload().how == "exact"
    assert session.story.chapter == "one" and [c.text for c in session.next()][0] == "Say hello."
    session.slots.delete("quick")
    assert session.slots.info("quick") is None
    with pytest.raises(SaveError, match="'quick' is empty"):
        session.quickload()


JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


def test_a_slot_whose_pictures_change_kind_keeps_each_copy_its_own_picture(tmp_path):
    """A slot saved with a PNG thumbnail (every save before the window's were JPEGs), then with
    JPEGs: each copy of the save finds its own picture, and the PNGs go once no copy names
    them — the folder does not keep every kind it ever had."""
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("1", name="png", thumbnail_png=PNG)
    session.save("1", name="jpeg", thumbnail_png=JPEG)
    info = session.slots.info("1")
    assert info.thumbnail == tmp_path / "1.jpg" and info.thumbnail.read_bytes() == JPEG
    assert sorted(p.name for p in tmp_path.glob("1.*")) == ["1.jpg", "1.json", "1.json.bak",
                                                          "1.png"]
    (tmp_path / "1.json").write_bytes(b"{}")  # damaged: the previous copy still has its PNG
    info = session.slots.info("1")
    assert (info.status, info.name, info.thumbnail) == ("recovered", "png", tmp_path / "1.png")
    session.save("1", name="jpeg 2", thumbnail_png=JPEG + b"2")
    session.save("1", name="jpeg 3", thumbnail_png=JPEG + b"3")
    assert sorted(p.name for p in tmp_path.glob("1.*")) == ["1.jpg", "1.jpg.bak", "1.json",
                                                          "1.json.bak"]
    (tmp_path / "1.json").write_bytes(b"{}")
    info = session.slots.info("1")
    assert (info.name, info.thumbnail) == ("jpeg 2", tmp_path / "1.jpg.bak")
    session.slots.delete("1")
    assert list(tmp_path.glob("1.*")) == []


def test_pictures_that_change_kind_and_back_leave_one_kind_each_time(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    names = lambda: sorted(p.name for p in tmp_path.glob("1.*") if "json" not in p.name)  # noqa: E731
    for n, (picture, left) in enumerate([
            (PNG, ["1.png"]), (JPEG, ["1.jpg", "1.png"]), (JPEG, ["1.jpg", "1.jpg.bak"]),
            (PNG, ["1.jpg", "1.png"]), (PNG, ["1.png", "1.png.bak"]),
            (JPEG, ["1.jpg", "1.png"]), (JPEG, ["1.jpg", "1.jpg.bak"])]):
        session.save("1", name=str(n), thumbnail_png=picture + bytes([n]))
        assert names() == left, n
        assert session.slots.info("1").thumbnail.read_bytes() == picture + bytes([n])


def test_damaged_save_falls_back_to_previous_copy_and_says_so(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("1", name="first", thumbnail_png=PNG)
    session.choose(1)
    play_to_choice(session, [])
    session.save("1", name="second", thumbnail_png=PNG + b"2")
    path = tmp_path / "1.json"
    path.write_bytes(path.read_bytes()[:-40])  # torn
    info = session.slots.info("1")
    assert (info.status, info.name) == ("recovered", "first")
    assert info.thumbnail == tmp_path / "1.png.bak"  # the thumbnail that belongs to that copy
    result = new_session(tmp_path).load("1")
    assert result.from_previous_copy and "previous copy" in result.message
    assert result.info.name == "first"
    (tmp_path / "1.json.bak").write_text("{}")
    with pytest.raises(SaveError, match="'1'.*previous copy is unreadable too"):
        new_session(tmp_path).load("1")
    assert session.slots.info("1").status == "unreadable"


def test_each_failure_names_the_slot_and_the_reason(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("2")
    path = tmp_path / "2.json"
    good = json.loads(path.read_text())

    good["format_version"] = savefile.FORMAT_VERSION + 1
    path.write_text(json.dumps(good))
    with pytest.raises(SaveError, match="'2': newer format.*update the game"):
        session.load("2")
    good["format_version"] = savefile.FORMAT_VERSION
    good["content"]["turns"] = 5
    path.write_text(json.dumps(good))
    with pytest.raises(SaveError, match="'2': checksum mismatch"):
        session.load("2")
    path.write_bytes(b"\x00" * (savefile.MAX_SAVE_BYTES + 1))
    with pytest.raises(SaveError, match="'2': unreadable: larger than"):
        session.load("2")


def test_a_save_from_another_story_is_refused(tmp_path):
    other = Story.open(ROOT / "tests" / "fixtures" / "ui", seed=1)
    slots = SaveSlots(tmp_path, other)
    while not other.choices:
        other.next()
    slots.save("4")
    with pytest.raises(SaveError, match="'4': different story.*Small Hours"):
        new_session(tmp_path).load("4")


def test_text_command_autosaves_silently_and_resumes_with_load(tmp_path):
    saves = tmp_path / "saves"
    run = run_cli("text", "--story", str(BASE), "--seed", "5", "--choose", "2,1", "--json",
                  save_dir=saves)
    assert run.returncode == 0, run.stderr
    # the same bytes as the bare player, which knows nothing of saves
    bare = StringIO()
    play(Story.open(BASE, seed=5), scripted=[2, 1], as_json=True, out=bare,
         stdin=StringIO(""), interactive=False)
    assert run.stdout == bare.getvalue()
    listing = json.loads(run_cli("saves", "--json", save_dir=saves).stdout)
    autos = [s for s in listing["slots"] if s["slot"].startswith(("auto-", "chapter-"))]
    assert len(autos) == 4 and all(s["status"] == "ok" for s in autos)
    # newest first: the two choice points in the ring, each chapter's start in its own slot
    assert [s["slot"] for s in autos] == ["auto-1", "chapter-two", "auto-0", "chapter-one"]
    assert autos[0]["at_choice"] and autos[1]["line"] and autos[1]["chapter_title"]
    rows = run_cli("saves", save_dir=saves).stdout.splitlines()[1:]
    assert len({row.index("  ", len(row) - len(row.lstrip()) + 1) for row in rows}) == 1, rows
    assert json.loads((saves / "profile.json").read_text())["endings_seen"] == ["song"]

    newest = autos[0]["slot"]  # the evening choice, after "keep typing"
    resumed = run_cli("text", "--story", str(BASE), "--load", newest, "--choose", "2",
                      save_dir=saves)
    assert resumed.returncode == 0, resumed.stderr
    assert "She describes a picture" in resumed.stdout and "ENDING: picture" in resumed.stdout
    assert "Good morning" not in resumed.stdout

    missing = run_cli("text", "--story", str(BASE), "--load", "7", save_dir=saves)
    assert missing.returncode == 1 and "save slot '7' is empty" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_saves_command_lists_every_status(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("1", name="good")
    session.save("2")
    session.save("2", name="again")
    (tmp_path / "2.json").write_text("not json")
    (tmp_path / "3.json").write_text('{"format": "her-save", "format_version": 1}')
    text = run_cli("saves", save_dir=tmp_path)
    assert text.returncode == 0
    lines = {line.split()[0]: line for line in text.stdout.splitlines()[1:]}
    assert "Morning" in lines["1"] and "“good”" in lines["1"] and "ok" in lines["1"]
    assert "recovered from the previous copy" in lines["2"]
    assert "unreadable" in lines["3"] and "content or checksum missing" in lines["3"]
    data = json.loads(run_cli("saves", "--json", save_dir=tmp_path).stdout)
    statuses = {s["slot"]: s["status"] for s in data["slots"]}
    assert statuses["1"] == "ok" and statuses["2"] == "recovered"
    assert statuses["3"] == "unreadable"
    assert run_cli("saves", save_dir=tmp_path / "none").stdout.startswith("no saves")


def test_background_writes_land_in_order_and_load(tmp_path):
    from game.core.session import Session

    session = Session(Story.open(BASE, seed=3), tmp_path, background=True)
    play_to_choice(session, [0])
    for n in range(5):
        session.slots.save("8", name=f"take {n}", thumbnail_png=PNG)
    info = session.slots.info("8")  # waits for the writer
    assert info.name == "take 4" and info.thumbnail == tmp_path / "8.png"
    assert session.slots.write_errors == []
    assert session.load("8").how == "exact"


def test_bench_reports_save_and_load_percentiles():
    from bench.saves import bench_saves, thumbnail_png

    assert thumbnail_png()[:8] == b"\x89PNG\r\n\x1a\n"
    result = bench_saves(quick=True)
    for key in ("save_frame", "save_durable", "load"):
        assert 0 < result[key]["p50_ms"] <= result[key]["p99_ms"]
    assert result["thumbnail_bytes"] > 10_000


def test_opening_the_save_folder_clears_what_a_killed_save_left_half_written(tmp_path):
    import os
    import time

    from helpers import MINI

    from game.core.saves import SaveSlots
    from game.core.story import Story

    stale = tmp_path / ".1.json.abcd.tmp"
    fresh = tmp_path / ".2.json.efgh.tmp"
    stale.write_text("{half")
    fresh.write_text("{in flight")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    (tmp_path / "1.json").write_text("kept as it is")
    SaveSlots(tmp_path, Story.open(MINI, seed=1))
    assert not stale.exists() and fresh.exists()
    assert (tmp_path / "1.json").read_text() == "kept as it is"


def test_a_second_play_through_never_overwrites_an_earlier_chapters_autosave(tmp_path):
    """One autosave per chapter start besides the ring: twelve choice points later the first
    chapter's start is still there, and a new run replaces it only with its own start."""
    session = new_session(tmp_path)
    play_to_choice(session, [1])
    first = session.slots.info("chapter-one")
    assert first is not None and first.chapter == "one" and first.line
    for n in range(12):  # the ring turns over completely
        session.slots.autosave(play_ticks=n)
    assert session.slots.info("chapter-one") == first
    assert session.slots.info("chapter-two") is not None
    ring = [i for i in list_slots(tmp_path) if i.slot in AUTO_SLOTS]
    assert len(ring) == 10 and max(i.sequence for i in ring) > first.sequence


def test_a_background_save_lets_its_oldest_copy_go_after_it_is_written(tmp_path, monkeypatch):
    """On the window's writer the save is written first and the copy before the previous one
    goes after it (freeing its blocks took 4-7 ms on a busy disk); anything that reads the
    slots waits for both, so it always finds the previous copy as `.bak`."""
    import game.core.saves as saves_module

    session = new_session(tmp_path)
    play_to_choice(session, [])
    slots = SaveSlots(tmp_path, session.story, background=True)
    for name in ("first", "second"):
        slots.save("1", name=name, thumbnail_png=PNG + name.encode())
        slots.flush()
    real_write, at_write = saves_module._write, []

    def write(slot, path, data, thumbnail, **kwargs):
        real_write(slot, path, data, thumbnail, **kwargs)
        at_write.append(savefile.decode((tmp_path / "1.json.bak").read_bytes(), "1").name)

    monkeypatch.setattr(saves_module, "_write", write)
    slots.save("1", name="third", thumbnail_png=PNG + b"third")
    assert slots.info("1").name == "third"  # waits for the writer, the last step too
    assert at_write == ["first"]  # when the save itself was written: not let go yet
    assert savefile.decode((tmp_path / "1.json.bak").read_bytes(), "1").name == "second"
    assert (tmp_path / "1.png.bak").read_bytes() == PNG + b"second"
    assert not list(tmp_path.glob(".*.tmp"))
    slots.writer.close()


def test_a_job_put_by_a_job_while_the_writer_closes_still_runs():
    """A save puts its last step on the writer as it ends; closing the window then must not
    leave that step behind the stop."""
    import threading

    from game.core.writer import Writer

    writer, ran = Writer("closing"), []
    started, release = threading.Event(), threading.Event()

    def save() -> None:
        started.set()
        release.wait(10)
        writer.put(lambda: ran.append("last step"), barrier=False)

    writer.put(save)
    started.wait(10)
    closing = threading.Thread(target=writer.close)
    closing.start()
    time.sleep(0.05)  # close() has put its stop behind the running save
    release.set()
    closing.join(10)
    assert ran == ["last step"]


def test_a_background_save_reads_its_variables_on_the_writer_as_the_story_reads_them(
        tmp_path, monkeypatch):
    """With a writer thread, a save's variables are read there, from the saved state, not
    from the live story in the frame: the same values a save without a writer keeps, a
    non-finite global (kept beside the state, and left out of the variables) included."""
    session = new_session(tmp_path / "play")
    play_to_choice(session, [1])
    story = session.story
    story.set("gift", "a letter")
    story.set("letters", math.inf)
    expected = SaveSlots(tmp_path / "at-once", story).capture().current.variables
    assert expected["gift"] == "a letter" and "letters" not in expected
    asked: list[str] = []
    real_get = Story.get

    def get(self, name):
        asked.append(name)
        return real_get(self, name)

    background = SaveSlots(tmp_path / "later", story, background=True)
    background.note_checkpoint()  # the place's checkpoint was noted at its line, before
    background.flush()
    monkeypatch.setattr(Story, "get", get)
    background.save("1")
    monkeypatch.setattr(Story, "get", real_get)
    # the frame reads the meters, and the non-finite global its state keeps beside it
    assert set(asked) <= {*story.config.meters, "letters"} and "gift" not in asked
    background.flush()
    saved = savefile.read_file(tmp_path / "later" / "1.json", "1")
    assert saved.current.variables == expected
    background.writer.close()


def test_an_autosave_reads_the_story_state_once(tmp_path, monkeypatch):
    """An autosave reads the runtime's state once (to know the place is new), and its
    PlayState and the save reuse it: each read is a quarter of a millisecond of the frame."""
    session = new_session(tmp_path)
    play_to_choice(session, [1])
    session._autosaved_state = None  # noqa: SLF001 — as if this place were not saved yet
    reads: list[int] = []
    real_state = Story.save_state

    def save_state(self):
        reads.append(1)
        return real_state(self)

    monkeypatch.setattr(Story, "save_state", save_state)
    info = session.autosave()
    assert info is not None and len(reads) == 1


def test_saving_the_same_place_twice_looks_ahead_from_it_once(tmp_path, monkeypatch):
    """A quick save at the choice just autosaved is the same place: the writer's look ahead
    and its variables are remembered, and both saves hold the same."""
    from game.core.restore import Scratch

    session = new_session(tmp_path / "play")
    play_to_choice(session, [1])
    looks: list[str] = []
    real_look = Scratch._look_from

    def look_from(self, state, names):
        if names:  # a save's own place (a checkpoint's is looked at once anyway)
            looks.append(state)
        return real_look(self, state, names)

    monkeypatch.setattr(Scratch, "_look_from", look_from)
    background = SaveSlots(tmp_path / "later", session.story, background=True)
    background.save("1")
    background.save("2")
    background.flush()
    assert len(looks) == 1
    first, second = (savefile.read_file(tmp_path / "later" / f"{n}.json", n) for n in "12")
    assert first.current == second.current and first.current.upcoming.choices
    background.writer.close()
