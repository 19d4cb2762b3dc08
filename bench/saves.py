"""Save and load times of the save slots themselves, thumbnail included: the capture a
background save costs its caller, a durable write, a load. The window's own save path (the
frame containing F5 or an autosave, and how soon it is durable) is measured in bench.ui."""

from __future__ import annotations

import shutil
import tempfile
import time
import zlib
from pathlib import Path

from game.core.saves import SaveSlots
from game.core.story import Choices, EndingReached, Story

GOAL_MS = 16.0
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "saves" / "base"
DEFAULT_STORY = Path(__file__).resolve().parents[1] / "story"


def thumbnail_png(width: int = 320, height: int = 180) -> bytes:
    """A real 320x180 RGB PNG, made without pygame, with enough detail not to compress away."""
    rows = b"".join(b"\0" + bytes((x * 7 + y * 3 + (x * y) % 251) % 256
                                  for x in range(width * 3)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def _percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_ms": round(pick(0.50), 3), "p99_ms": round(pick(0.99), 3)}


def _story() -> Story:
    try:
        story = Story.open(DEFAULT_STORY, seed=1)
    except Exception:  # noqa: BLE001 — the game's story may be mid-edit; the fixture always works
        story = Story.open(FIXTURE, seed=1)
    for _ in range(40):  # a few choices in, so the state has some history
        beat = story.next()
        if isinstance(beat, EndingReached):
            break
        if isinstance(beat, Choices):
            story.choose(0)
    return story


def bench_saves(quick: bool) -> dict:
    rounds = 30 if quick else 200
    png = thumbnail_png()
    story = _story()
    folder = Path(tempfile.mkdtemp(prefix="her-bench-saves-"))
    try:
        durable = SaveSlots(folder, story)
        background = SaveSlots(folder, story, background=True)
        durable.save("1", thumbnail_png=png)  # warm the look-ahead runtimes
        background.save("2", thumbnail_png=png)
        background.flush()
        frame, disk, load = [], [], []
        for n in range(rounds):
            start = time.perf_counter()
            background.save("2", thumbnail_png=png, play_ticks=n)
            frame.append((time.perf_counter() - start) * 1000)
            background.flush()
            start = time.perf_counter()
            durable.save("1", thumbnail_png=png, play_ticks=n)
            disk.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            durable.load("1")
            load.append((time.perf_counter() - start) * 1000)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = {"rounds": rounds, "thumbnail_bytes": len(png), "goal_ms": GOAL_MS,
              "save_frame": _percentiles(frame), "save_durable": _percentiles(disk),
              "load": _percentiles(load), "state_chars": len(story.save_state())}
    result["ok"] = (result["save_frame"]["p99_ms"] <= GOAL_MS
                    and result["save_durable"]["p99_ms"] <= GOAL_MS
                    and result["load"]["p99_ms"] <= GOAL_MS)
    return result


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(bench_saves("--quick" in sys.argv), indent=2))
