"""Shared by the save and profile tests: the small story in fixtures/saves/base, edited copies of
it, and playing it to a given place through the same Session the shells use."""

from __future__ import annotations

import random
import shutil
from datetime import datetime, timezone
from pathlib import Path

from game.core.session import Session
from game.core.story import Choices, EndingReached, Story

BASE = Path(__file__).parent / "fixtures" / "saves" / "base"
FIXED_DATE = datetime(2025, 2, 14, 20, 30, tzinfo=timezone.utc)


def story_copy(folder: Path, edit=None) -> Path:
    """A copy of the base story in `folder`, with `edit(text) -> text` applied to main.ink."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(BASE / "story.yaml", folder / "story.yaml")
    text = (BASE / "main.ink").read_text(encoding="utf-8")
    if edit is not None:
        edited = edit(text)
        assert edited != text, "the edit did not change the story"
        text = edited
    (folder / "main.ink").write_text(text, encoding="utf-8")
    return folder


def new_session(save_dir: Path, story_dir: Path = BASE, seed: int = 7) -> Session:
    session = Session(Story.open(story_dir, seed=seed), save_dir)
    session.slots._now = lambda: FIXED_DATE  # noqa: SLF001 — a fixed date for stable listings
    return session


def play_to_choice(session: Session, answers: list[int]) -> Choices:
    """Answer `answers` (0-based) in order; returns the choice point reached after them."""
    pending = list(answers)
    while True:
        beat = session.next()
        if isinstance(beat, EndingReached):
            raise AssertionError(f"reached the ending {beat.id} early")
        if isinstance(beat, Choices):
            if not pending:
                return beat
            session.choose(pending.pop(0))


def rest_of_story(session: Session, answers: list[int]) -> list[str]:
    """Every line text from here to the ending, answering `answers` (0-based)."""
    texts, pending = [], list(answers)
    while True:
        beat = session.next()
        if isinstance(beat, EndingReached):
            return texts + [f"ENDING {beat.id}"]
        if isinstance(beat, Choices):
            texts.append("CHOICES " + " | ".join(c.text for c in beat))
            session.choose(pending.pop(0))
        elif beat.text:
            texts.append(beat.text)


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """One random corruption of a file's bytes: cut, flipped, deleted, a hostile insert
    (deep nesting, NaN, 1e999, a lone surrogate) or a hostile whole file; the fuzz tests
    share it."""
    kind = rng.randrange(5)
    if kind == 0:
        return data[:rng.randrange(len(data))]
    buf = bytearray(data)
    if kind == 1:
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == 2:
        start = rng.randrange(len(buf))
        del buf[start:start + rng.randint(1, 50)]
    elif kind == 3:
        start = rng.randrange(len(buf))
        buf[start:start] = rng.choice([b"[" * 5000, b"NaN", b"1e999", b'"\\ud800"', b"\x00",
                                       b"-Infinity", b'"', b"{}"])
    else:
        return rng.choice([b"", b"null", b"[]", b'"text"', b"[" * 100_000, b"\xff\xfe",
                           b'{"a":' * 20_000])
    return bytes(buf)
