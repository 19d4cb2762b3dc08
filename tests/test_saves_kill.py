"""A process saving in a loop is killed with SIGKILL at random instants, 200+ times: after each
kill every slot still loads, and holds the last completed save or the one in flight."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from saves_support import BASE

from game.core.saves import SaveSlots
from game.core.story import Choices, Story

LOOP = Path(__file__).parent / "fixtures" / "saves" / "save_loop.py"
KILLS = 220


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_killing_a_saving_process_never_loses_more_than_the_save_in_flight(tmp_path):
    story = Story.open(BASE, seed=11)
    while not isinstance(story.next(), Choices):
        pass
    checker = SaveSlots(tmp_path, story)
    checker.save("1", play_ticks=0)
    checker.save("quick", play_ticks=0)
    loop = subprocess.Popen([sys.executable, str(LOOP), str(tmp_path), str(BASE)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    rng = random.Random(2024)
    done = 0
    recovered = 0
    started = time.monotonic()
    try:
        for _ in range(KILLS):
            loop.stdin.write(f"{done + 1}\n")
            loop.stdin.flush()
            pid = int(loop.stdout.readline().split()[1])
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)
            while (line := loop.stdout.readline().strip()) != "reaped":
                assert line.startswith("done"), line
                done = int(line.split()[1])
            for slot in ("1", "quick"):
                result = checker.load(slot)
                recovered += result.from_previous_copy
                # nothing lost beyond the save in flight
                assert done <= result.info.play_ticks <= done + 1, (slot, done, result.info)
    finally:
        loop.kill()
        loop.wait()
    assert done > 0 and recovered == 0
    assert time.monotonic() - started < 40


def test_two_crashes_in_a_row_between_picture_and_save_keep_the_thumbnail(tmp_path,
                                                                          monkeypatch):
    """Each crash writes a new picture and dies before its save: the save on disk still names
    the first picture, which must survive both (a second crash used to push it out of .bak)."""
    import time as clock

    from game.core import saves as saves_module
    from game.core.errors import SaveError

    story = Story.open(BASE, seed=1)
    while not isinstance(story.next(), Choices):
        pass
    slots = SaveSlots(tmp_path, story)
    first = b"\x89PNG\r\n\x1a\n first picture"
    slots.save("1", thumbnail_png=first)
    real = saves_module.atomic_write_bytes

    def crash_at_the_save(path, data, **kwargs):
        if Path(path).suffix == ".json":
            raise OSError("killed")  # the process dies after the picture, before the save
        return real(path, data, **kwargs)

    monkeypatch.setattr(saves_module, "atomic_write_bytes", crash_at_the_save)
    for n in (2, 3):
        clock.sleep(0.01)  # a later mtime, as a later save's would be
        with pytest.raises(SaveError):
            slots.save("1", thumbnail_png=b"\x89PNG\r\n\x1a\n picture %d" % n)
    monkeypatch.undo()
    info = SaveSlots(tmp_path, story).info("1")
    assert info.thumbnail is not None, "the save's own thumbnail was lost"
    assert info.thumbnail.read_bytes() == first
