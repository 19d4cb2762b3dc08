"""Personal bests and best segments, kept in the profile's `best_times`, and the comparison a
runner reads off the timer: ahead (green), behind (red), or a best-ever segment (gold).

`best_times[category]` holds the personal best: {"ticks", "splits": [[name, igt]…], "seed",
"run"}; `best_times["golds:" + category]` holds the best time of each segment, by position and
name ({"ticks": 0, "segments": {"3:chapter:date": 412}}). The profile merges by lower ticks, so
the gold record (always 0) keeps whichever copy this game wrote last. Practice runs never get
here.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.profile import Profile

AHEAD, BEHIND, GOLD, EVEN = "ahead", "behind", "gold", "even"


def _gold_key(category: str) -> str:
    return f"golds:{category}"


def _segment_key(index: int, name: str) -> str:
    return f"{index}:{name}"


def segments(splits: list[dict]) -> list[tuple[str, int]]:
    """(key, duration) of each segment: the time from the previous split to this one."""
    out, before = [], 0
    for index, split in enumerate(splits):
        out.append((_segment_key(index, split["name"]), split["igt"] - before))
        before = split["igt"]
    return out


@dataclass(frozen=True)
class Comparison:
    delta: int | None  # ticks against the personal best's same split; None without one
    state: str  # AHEAD | BEHIND | GOLD | EVEN


def compare(profile: Profile, category: str, splits: list[dict]) -> Comparison | None:
    """How the newest split stands against the personal best and the best segment."""
    if not splits:
        return None
    index, newest = len(splits) - 1, splits[-1]
    pb = profile.best_times.get(category) or {}
    pb_splits = pb.get("splits") or []
    delta = None
    if index < len(pb_splits) and pb_splits[index][0] == newest["name"]:
        delta = newest["igt"] - int(pb_splits[index][1])
    key, duration = segments(splits)[-1]
    golds = (profile.best_times.get(_gold_key(category)) or {}).get("segments") or {}
    if key in golds and duration < golds[key] and index > 0:
        return Comparison(delta, GOLD)
    if delta is None or delta == 0:
        return Comparison(delta, EVEN)
    return Comparison(delta, AHEAD if delta < 0 else BEHIND)


def record(profile: Profile, category: str, splits: list[dict], igt: int, *, seed: int,
           run: str) -> bool:
    """Keep a finished run's bests; True when it is a new personal best."""
    golds = profile.best_times.setdefault(_gold_key(category), {"ticks": 0, "segments": {}})
    best = dict(golds.get("segments") or {})
    for key, duration in segments(splits)[:999]:
        if key not in best or duration < best[key]:
            best[key] = duration
    profile.best_times[_gold_key(category)] = {"ticks": 0, "segments": best}
    pb = profile.best_times.get(category)
    if pb is not None and pb.get("ticks", 2**62) <= igt:
        return False
    profile.best_times[category] = {"ticks": igt, "seed": seed, "run": run[-190:],
                                    "splits": [[s["name"], s["igt"]] for s in splits[:999]]}
    return True


def personal_best(profile: Profile, category: str) -> int | None:
    pb = profile.best_times.get(category)
    return int(pb["ticks"]) if pb else None


@dataclass(frozen=True)
class SplitRow:
    """One line of the timer's split list."""

    name: str  # the timer split's name (categories.timer_splits)
    pb: int | None  # the personal best's game time here
    time: int | None  # this run's, once it got here
    delta: int | None  # time - pb, when both are known
    state: str | None  # AHEAD | BEHIND | GOLD | EVEN once reached (None: still ahead of us)
    skipped: bool = False  # the run passed this split by (its route skips the chapter)


def pb_times(names: list[str], best: dict | None) -> list[int | None]:
    """The personal best's game time at each timer split (None where it has none)."""
    from .categories import timer_index

    times: list[int | None] = [None] * len(names)
    done = 0
    for index, pair in enumerate((best or {}).get("splits") or []):
        name, ticks = pair[0], int(pair[1])
        if index == 0 and not ticks:
            continue  # the run's first split is the timer starting
        found = timer_index(names, done, str(name))
        if found is not None:
            times[found] = ticks
            done = found + 1
    return times


def split_rows(profile: Profile, category: str, names: list[str],
               run_splits: list[dict]) -> list[SplitRow]:
    """Every timer split with the personal best's time, and this run's time, delta and colour
    for the ones it has reached (gold: a segment faster than the best ever)."""
    from .categories import timer_index

    pb = pb_times(names, profile.best_times.get(category))
    golds = (profile.best_times.get(_gold_key(category)) or {}).get("segments") or {}
    reached: dict[int, tuple[int, str]] = {}
    done = 0
    for index, (split, (key, duration)) in enumerate(zip(run_splits, segments(run_splits),
                                                         strict=True)):
        if index == 0 and not split["igt"]:
            continue
        found = timer_index(names, done, split["name"])
        if found is None:
            continue
        gold = index > 0 and key in golds and duration < golds[key]
        reached[found] = (split["igt"], GOLD if gold else "")
        done = found + 1
    rows = []
    for index, name in enumerate(names):
        if index not in reached:
            rows.append(SplitRow(name, pb[index], None, None, None, skipped=index < done))
            continue
        ticks, gold = reached[index]
        delta = ticks - pb[index] if pb[index] is not None else None
        state = gold or (EVEN if not delta else (AHEAD if delta < 0 else BEHIND))
        rows.append(SplitRow(name, pb[index], ticks, delta, state))
    return rows


def sum_of_best(profile: Profile, category: str) -> int | None:
    """The personal best's route with every segment at its best time ever: the time a perfect
    run of that route would take. None without a personal best."""
    pb = profile.best_times.get(category)
    if not pb or not pb.get("splits"):
        return None
    golds = (profile.best_times.get(_gold_key(category)) or {}).get("segments") or {}
    splits = [{"name": str(name), "igt": int(ticks)} for name, ticks in pb["splits"]]
    return sum(min(duration, golds.get(key, duration)) for key, duration in segments(splits))
