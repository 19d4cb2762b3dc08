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
