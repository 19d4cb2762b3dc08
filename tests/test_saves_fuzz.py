"""Thousands of mutated and truncated save files: every one is a SaveError naming the slot (or
loads, when a mutation happens to leave it valid) — never a traceback, never a wrong game."""

from __future__ import annotations

import json
import random

from saves_support import mutate_bytes, new_session, play_to_choice

from game.core import savefile
from game.core.errors import SaveError
from game.core.saves import list_slots

ROUNDS = 2500


def test_mutated_and_truncated_saves_fail_cleanly(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [1])
    session.save("5", name="fuzz")
    good = (tmp_path / "5.json").read_bytes()
    rng = random.Random(6)
    failures = 0
    for _ in range(ROUNDS):
        try:
            save = savefile.decode(mutate_bytes(good, rng), "5")
        except SaveError as exc:
            failures += 1
            assert "save slot '5'" in exc.message
            continue
        assert save.current.state == savefile.decode(good, "5").current.state
    assert failures > ROUNDS * 0.95


def test_content_edited_with_a_fixed_checksum_is_still_validated(tmp_path):
    """Someone who recomputes the checksum still cannot smuggle in bad types or huge values."""
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("6")
    document = json.loads((tmp_path / "6.json").read_text())
    rng = random.Random(9)
    loader = new_session(tmp_path)
    loader.load("6")
    expected = loader.next()  # where the untouched save resumes
    junk = [None, -1, 2**70, True, "x" * 5000, [], {}, [[1]], {"a": [1]}, "{}", 1.5]
    paths = [("story_title",), ("play_ticks",), ("current",), ("current", "state"),
             ("current", "variables"), ("current", "upcoming"), ("checkpoints",),
             ("meters",), ("seed",), ("name",), ("current", "upcoming", "choices")]
    for _ in range(500):
        content = json.loads(json.dumps(document["content"]))
        where = rng.choice(paths)
        target = content
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = rng.choice(junk)
        doc = dict(document, content=content)
        doc["checksum"] = "sha256:" + __import__("hashlib").sha256(
            savefile._canonical(content)).hexdigest()  # noqa: SLF001
        (tmp_path / "6.json").write_text(json.dumps(doc))
        (tmp_path / "6.json.bak").unlink(missing_ok=True)
        try:
            result = loader.load("6")
        except SaveError as exc:
            assert "'6'" in exc.message
            continue
        # the same build: a load that succeeds is the saved place itself, never a fallback
        assert result.how == "exact" and loader.next() == expected, where


def test_listing_a_folder_of_damaged_saves_never_raises(tmp_path):
    session = new_session(tmp_path)
    play_to_choice(session, [])
    session.save("1")
    good = (tmp_path / "1.json").read_bytes()
    rng = random.Random(3)
    for n in range(1, 200):
        (tmp_path / f"{n}.json").write_bytes(mutate_bytes(good, rng))
    infos = list_slots(tmp_path)
    assert len(infos) >= 199
    assert all(i.status in ("ok", "unreadable") for i in infos)
    assert all(i.error for i in infos if i.status == "unreadable")
