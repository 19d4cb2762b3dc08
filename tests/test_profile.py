"""The profile outlives play-throughs: merged by union, validated field by field, and a damaged
file gives defaults (or the previous copy) with a message — never a crash."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import game.core.profile as profile_module
from game.core.profile import load_profile


def test_round_trip_and_union_merge_between_two_instances(tmp_path):
    first = load_profile(tmp_path)
    second = load_profile(tmp_path)
    first.record_ending("song")
    first.mark_read("m1")
    first.best_times["any%"] = {"ticks": 900, "splits": [["chapter:a", 100], ["chapter:b", 500]]}
    first.save()
    second.record_ending("picture")
    second.best_times["any%"] = {"ticks": 1200}
    second.save()  # must not forget what the first window wrote
    merged = load_profile(tmp_path)
    assert set(merged.endings_seen) == {"song", "picture"}
    assert merged.has_read("m1") and not merged.has_read("m2")
    assert merged.best_times["any%"]["ticks"] == 900
    assert merged.messages == []


def test_bad_fields_fall_back_to_defaults_with_a_message(tmp_path):
    good = load_profile(tmp_path)
    good.record_ending("song")
    good.save()
    data = json.loads((tmp_path / "profile.json").read_text())
    data.update(version=1, endings_seen=["song", 3], lines_read="all",
                best_times={"any%": {"ticks": -5}})
    (tmp_path / "profile.json").write_text(json.dumps(data))
    profile = load_profile(tmp_path)
    assert profile.endings_seen == [] and profile.lines_read == set()
    assert profile.best_times == {}
    assert sum("not valid" in m for m in profile.messages) == 3


def test_damaged_profile_uses_the_previous_copy(tmp_path):
    profile = load_profile(tmp_path)
    profile.record_ending("song")
    profile.save()
    profile.record_ending("picture")
    profile.save()
    (tmp_path / "profile.json").write_text('{"version": 2, "endings_seen": ["x"], "checksum": 1}')
    again = load_profile(tmp_path)
    assert again.endings_seen == ["song"]
    assert any("checksum" in m for m in again.messages)
    assert any("previous copy" in m for m in again.messages)


def test_thousands_of_mutated_profiles_never_crash(tmp_path):
    if Path("/dev/shm").is_dir():  # thousands of small writes: keep them off a slow disk
        tmp_path = Path(tempfile.mkdtemp(dir="/dev/shm"))
    profile = load_profile(tmp_path)
    for n in range(50):
        profile.mark_read(f"line{n}")
    profile.record_ending("song")
    profile.best_times["any%"] = {"ticks": 10, "splits": {"one": 5}}
    profile.save()
    good = (tmp_path / "profile.json").read_bytes()
    (tmp_path / "profile.json.bak").unlink(missing_ok=True)
    rng = random.Random(4)
    clean = 0
    for _ in range(2000):
        buf = bytearray(good)
        if rng.random() < 0.3:
            buf = buf[:rng.randrange(len(buf))]
        else:
            for _ in range(rng.randint(1, 6)):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        if rng.random() < 0.005:
            buf = bytearray(b"[" * 50_000)
        (tmp_path / "profile.json").write_bytes(bytes(buf))
        loaded = load_profile(tmp_path)
        if not loaded.messages:
            clean += 1
            assert loaded.endings_seen == ["song"]
        else:
            assert loaded.endings_seen in ([], ["song"])
            assert all(str(tmp_path) in m for m in loaded.messages)
    assert clean < 100
    if str(tmp_path).startswith("/dev/shm"):
        shutil.rmtree(tmp_path)


def test_newer_profile_version_is_not_misread(tmp_path):
    (tmp_path / "profile.json").write_text(json.dumps({"version": 99, "endings_seen": ["x"]}))
    profile = load_profile(tmp_path)
    assert profile.endings_seen == [] and "newer game" in profile.messages[0]


def test_a_profile_rewriting_its_own_file_merges_from_memory_and_another_windows_from_disk(
        tmp_path, monkeypatch):
    """The window writes a copy of its profile after each save: while the file is the one
    its last copy wrote, that copy is what is merged (the file is not read again), and once
    another window has written it, the file is read and merged as before — and kept in what
    the next copy writes, though the live profile never read it."""
    reads: list[Path] = []
    real_parse = profile_module._parse

    def parse(path):
        reads.append(path)
        return real_parse(path)

    monkeypatch.setattr(profile_module, "_parse", parse)
    live = load_profile(tmp_path)
    live.record_ending("song")
    replace(live, lines_read=set(live.lines_read)).save()
    live.mark_read("m1")
    reads.clear()
    replace(live, lines_read=set(live.lines_read)).save()
    assert reads == [], "its own last write is not read back"
    other = load_profile(tmp_path)
    other.record_ending("picture")
    other.save()
    reads.clear()
    replace(live, lines_read=set(live.lines_read)).save()
    assert reads, "another window's write is read"
    live.mark_read("m2")
    replace(live, lines_read=set(live.lines_read)).save()
    merged = load_profile(tmp_path)
    assert set(merged.endings_seen) == {"song", "picture"}
    assert merged.has_read("m1") and merged.has_read("m2")
