"""Seeded fuzzing of every file the game reads back from a save folder: saves, the profile, the
settings and speedrun run files, mutated byte by byte and field by field (with checksums
recomputed, as a forger would), thrown at the loaders and at `replay verify`. Each must load,
reset, or fail with one of the game's own errors — never a traceback, never a hang.

The default run is bounded to a few seconds; the `slow` version (run by .ci/run) does many
more rounds with other seeds."""

from __future__ import annotations

import copy
import faulthandler
import hashlib
import json
import random
import time
from pathlib import Path

import pytest
from helpers import MINI, run_cli
from hostile_support import filled_save_dir, mini_run
from saves_support import mutate_bytes, new_session

from game.core import profile as profile_module
from game.core import savefile
from game.core import source as story_source
from game.core.errors import HerError
from game.core.profile import load_profile
from game.core.saves import list_slots
from game.core.settings import load_settings
from game.core.story import Choices, EndingReached, Story
from game.speedrun.runfile import read_run, seal
from game.speedrun.verify import verify_run

JUNK = [None, -1, 0, 2**70, -2**63, 1.5, float("inf"), float("nan"), "", "x" * 5000,
        "\ud800", "\udfff tail", [], {}, [[[[[]]]]], {"a": {"b": {"c": []}}}, True, "{}",
        "[" * 3000, "\u0000", "1e999"]
SLOW_CASE_SECONDS = 5.0
WATCHDOG_SECONDS = 300  # the whole of one test, the slow ones included


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value[:20]):
            found += _paths(item, prefix + (index,))
    return found


def mutate_tree(document: dict, rng: random.Random, skip: tuple = ()) -> dict:
    """One to three fields anywhere in the document replaced by junk (a deep copy)."""
    data = json.loads(json.dumps(document))
    paths = [p for p in _paths(data) if p[0] not in skip]
    for _ in range(rng.randint(1, 3)):
        where = rng.choice(paths)
        target = data
        try:
            for key in where[:-1]:
                target = target[key]
            target[where[-1]] = copy.deepcopy(rng.choice(JUNK))
        except (KeyError, IndexError, TypeError):
            continue
    return data


def _ink_states(value: object) -> list[tuple[object, object]]:
    """(container, key) of every ink state held as JSON text in a save: the current place,
    the checkpoints, the window's PlayState and its history."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item) \
            if isinstance(item, list) else ()
        for key, child in pairs:
            if isinstance(child, str) and child.startswith('{"') and '"flows"' in child:
                found.append((item, key))
            elif isinstance(child, (dict, list)):
                stack.append(child)
    return found


def _frames(state: dict) -> list[dict]:
    frames = []
    for flow in (state.get("flows") or {}).values():
        for thread in (flow.get("callstack") or {}).get("threads") or []:
            frames += [frame for frame in thread.get("callstack") or [] if isinstance(frame, dict)]
    return frames


# the runtime's own structure made wrong in the ways that reach it: these pass the save's
# reader (valid JSON, sealed again) and, unchecked, made bink panic when play continued
STATE_EDITS = [
    lambda s: [t.update(callstack=[]) for f in s["flows"].values()
               for t in f["callstack"]["threads"]],
    lambda s: [f["callstack"].update(threads=[]) for f in s["flows"].values()],
    lambda s: [frame.update(cPath="nowhere.at.all") for frame in _frames(s)],
    lambda s: [frame.update(idx=2**31 - 1) for frame in _frames(s)],
    lambda s: [frame.update(type=9) for frame in _frames(s)],
    lambda s: [t.update(previousContentObject="no.where.9") for f in s["flows"].values()
               for t in f["callstack"]["threads"]],
    lambda s: [f.update(currentChoices=[{"text": "x", "index": 0, "originalChoicePath":
                                         "zz.c-0", "originalThreadIndex": 9,
                                         "targetPath": "zz.c-9"}]) for f in s["flows"].values()],
    lambda s: s.update(currentFlowName="NOPE", storySeed="abc"),
    lambda s: s.update(evalStack=[{"^->": "nowhere"}, 5, "^x"], visitCounts={"zz": -3}),
]


def mutate_ink_state(document: dict, rng: random.Random) -> dict:
    """One ink state inside the save made hostile — the runtime's structure broken (STATE_EDITS)
    or a field of its JSON replaced by junk — and written back as text, so that only the
    runtime, not the save's own reader, could tell."""
    data = json.loads(json.dumps(document))
    states = _ink_states(data.get("content"))
    if not states:
        return data
    current = data["content"].get("current")
    # the place a load resumes from, half the time: the others are met only later, if ever
    holder, key = (current, "state") if (current, "state") in states and rng.random() < 0.5 \
        else rng.choice(states)
    state = json.loads(holder[key])
    if rng.random() < 0.5:
        try:
            rng.choice(STATE_EDITS)(state)
        except (KeyError, TypeError, AttributeError):
            pass
    else:
        state = mutate_tree(state, rng)
    holder[key] = json.dumps(state, allow_nan=True)
    return data


def _dump(data: object, rng: random.Random) -> bytes:
    text = json.dumps(data)
    if rng.random() < 0.5:
        text = text.replace("Infinity", "1e999").replace("NaN", "1e999")
    return text.encode("utf-8", "surrogatepass")


def _reseal_save(document: dict) -> dict:
    content = document.get("content")
    try:
        digest = hashlib.sha256(savefile._canonical(content)).hexdigest()  # noqa: SLF001
    except (ValueError, TypeError):
        return document
    return dict(document, checksum=f"sha256:{digest}")


def _reseal_profile(document: dict) -> dict:
    content = {n: document[n] for n in profile_module.FIELDS if n in document}
    try:
        return dict(document, checksum=profile_module._checksum(content))  # noqa: SLF001
    except (ValueError, TypeError):
        return document


def _reseal_run(document: dict) -> dict:
    try:
        return seal({k: v for k, v in document.items() if k not in ("checksum",)})
    except (ValueError, TypeError):
        return document


def _timed(action) -> None:  # noqa: ANN001
    start = time.perf_counter()
    try:
        action()
    except HerError:
        pass
    assert time.perf_counter() - start < SLOW_CASE_SECONDS, "a hostile file took too long"


class Fuzzer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files = filled_save_dir(folder)
        self.good = {name: path.read_bytes() for name, path in self.files.items()}
        loaded = story_source.load(str(MINI))
        self.verify_story = Story(loaded.json_text, config=loaded.config, seed=0,
                                  source=loaded.source)

    def variant(self, name: str, rng: random.Random) -> bytes:
        good = self.good[name]
        if rng.random() < 0.4:
            return mutate_bytes(good, rng)
        document = json.loads(good)
        reseal = {"save": _reseal_save, "quick": _reseal_save, "profile": _reseal_profile,
                  "settings": lambda d: d, "run": _reseal_run}[name]
        if name in ("save", "quick") and rng.random() < 0.5:  # a forger's: sealed again
            return _dump(_reseal_save(mutate_ink_state(document, rng)), rng)
        mutated = mutate_tree(document, rng)
        return _dump(reseal(mutated) if rng.random() < 0.8 else mutated, rng)

    def save(self, rng: random.Random) -> None:
        name = rng.choice(["save", "quick"])
        path = self.files[name]
        path.write_bytes(self.variant(name, rng))
        if rng.random() < 0.5:
            path.with_name(path.name + ".bak").write_bytes(self.variant(name, rng))
        slot = path.stem

        def load() -> None:
            list_slots(self.folder)
            session = new_session(self.folder)
            session.load(slot)
            for _ in range(40):
                beat = session.next()
                if isinstance(beat, EndingReached):
                    break
                if isinstance(beat, Choices):
                    session.choose(0)
            session.slots.flush()

        _timed(load)

    def profile(self, rng: random.Random) -> None:
        self.files["profile"].write_bytes(self.variant("profile", rng))

        def load() -> None:
            profile = load_profile(self.folder)
            profile.record_ending("lamp")
            profile.mark_read("m1")
            profile.save()
            load_profile(self.folder).save()

        _timed(load)

    def settings(self, rng: random.Random) -> None:
        self.files["settings"].write_bytes(self.variant("settings", rng))
        _timed(lambda: load_settings(self.folder).save())

    def run(self, rng: random.Random) -> None:
        self.files["run"].write_bytes(self.variant("run", rng))

        def verify() -> None:
            recorded, intact = read_run(self.files["run"])
            verify_run(recorded, intact, self.verify_story)

        _timed(verify)

    def restore_good(self) -> None:
        for name, path in self.files.items():
            path.write_bytes(self.good[name])


def fuzz(folder: Path, seed: int, rounds: int) -> None:
    fuzzer = Fuzzer(folder)
    rng = random.Random(seed)
    kinds = [fuzzer.save, fuzzer.profile, fuzzer.settings, fuzzer.run]
    for number in range(rounds):
        kinds[number % len(kinds)](rng)
        if number % 16 == 15:
            fuzzer.restore_good()


@pytest.fixture(autouse=True)
def no_hang():
    """A case that blocks (a reader waiting on a pipe, a runtime that never returns) would
    hang the suite, not fail it: past the bound, the stacks are printed and the process ends,
    which pytest reports as this test's failure."""
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def test_mutated_save_folder_files_get_errors_not_tracebacks(tmp_path):
    start = time.perf_counter()
    fuzz(tmp_path, seed=19, rounds=240)
    assert time.perf_counter() - start < 30


def test_mutated_run_files_through_replay_verify_are_one_line(tmp_path):
    rng = random.Random(5)
    good = json.dumps(mini_run()).encode()
    for number in range(4):
        path = tmp_path / f"{number}.herrun"
        document = mutate_tree(json.loads(good), rng)
        path.write_bytes(_dump(_reseal_run(document), rng) if number % 2 else
                         mutate_bytes(good, rng))
        result = run_cli("replay", "verify", str(path), timeout=60)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 1)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_save_folder_files_long(tmp_path, seed):
    fuzz(tmp_path, seed=seed, rounds=1500)
