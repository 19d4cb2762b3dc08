"""Saturation of meters in the route search: a meter moved only by clamped up/down and read
only against constants is collapsed, at each place, to the band of values a future read
can still tell apart. Each story here is searched with and without the reduction: the same
endings, routes, dead ends and errors, and fewer states only where the rule applies. The
stories where a careless version of the rule would lose an ending (moves still ahead,
arithmetic on the meter, a function that is not a clamp) are the point."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from ink_support import write_stories

from game.core import routes, source

CLAMPS = """
=== function up(ref x) ===
~ x = MIN(x + 1, 10)
=== function down(ref x) ===
~ x = MAX(x - 1, 0)
"""

# two choices move m from 5 to 7, 6, 6, 5 (or 3, 4, 4, 5 downwards)
RISE = """
VAR m = 5
-> a
=== a ===
Start.
* [Up]
    ~ up(m)
* [Stay]
- Then.
* [Up again]
    ~ up(m)
* [Stay again]
- -> b
"""
FALL = RISE.replace("up(m)", "down(m)")

STORIES = {
    # at `b` nothing moves m any more and only `m >= 5` reads it: 7, 6 and 5 merge; at
    # `mid` the peek still tells 7 apart, so they merge only on the way from it (a
    # segment that does not touch m: the remembered one must collapse it too)
    "merge": RISE.replace("- -> b", "- -> mid") + """
=== mid ===
Pause.
* [Peek] -> peek
* [Wait] -> b
=== peek ===
{m >= 7: Bright. #ending:bright -> END}
Dim. #ending:dim -> END
=== b ===
Almost.
* [On] -> c
=== c ===
{m >= 5: High. #ending:high -> END}
Low. #ending:low -> END
""" + CLAMPS,
    # a move down still ahead: 7 must stay apart from 6, or `high` is lost
    "down_ahead": RISE + """
=== b ===
Almost.
* [Fall]
    ~ down(m)
    -> c
=== c ===
Landing.
* [Look] -> d
=== d ===
{m >= 6: High. #ending:high -> END}
Low. #ending:low -> END
""" + CLAMPS,
    # a move up still ahead: 3 must stay apart from 4, or `low` is lost
    "up_ahead": FALL + """
=== b ===
Almost.
* [Rise]
    ~ up(m)
    -> c
=== c ===
Landing.
* [Look] -> d
=== d ===
{m < 5: Low. #ending:low -> END}
High. #ending:high -> END
""" + CLAMPS,
    # arithmetic on m: not a meter (reading only `m >= 5`, 7 and 5 would merge)
    "arithmetic": RISE + """
=== b ===
Almost.
* [On] -> c
=== c ===
Landing.
* [Look] -> d
=== d ===
{m * 2 >= 14: Top. #ending:top -> END}
{m >= 5: High. #ending:high -> END}
Low. #ending:low -> END
""" + CLAMPS,
    # passed to a function that is not a clamp: not a meter
    "other_function": RISE + """
=== b ===
Almost.
* [Drop]
    ~ drop(m)
    -> c
=== c ===
Landing.
* [Look] -> d
=== d ===
{m >= 4: High. #ending:high -> END}
Low. #ending:low -> END
=== function drop(ref x) ===
~ x = x - 3
""" + CLAMPS,
    # assigned outside the declarations: not a meter (so nothing merges at `b`)
    "assigned": RISE + """
=== b ===
Almost.
* [Reset]
    ~ m = 0
    -> c
* [Keep] -> c
=== c ===
Landing.
* [Look] -> d
=== d ===
{m >= 5: High. #ending:high -> END}
Low. #ending:low -> END
""" + CLAMPS,
}

ENDINGS = {"merge": {"bright", "dim", "high"}, "down_ahead": {"high", "low"},
           "up_ahead": {"high", "low"}, "arithmetic": {"top", "high"},
           "other_function": {"high", "low"}, "assigned": {"high", "low"}}


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, Path]:
    return write_stories(tmp_path_factory.mktemp("saturation_stories"), STORIES)


def search(path: Path, monkeypatch, saturate: bool) -> dict:
    with monkeypatch.context() as patch:
        patch.setattr(routes, "SATURATE", saturate)
        loaded = source.load(path)
        report = routes.explore(loaded.json_text, loaded.config, workers=1)
    result = report.as_dict()
    for key in ("elapsed", "workers"):
        result.pop(key)
    return result


@pytest.mark.parametrize("name", sorted(STORIES))
def test_saturation_finds_what_the_unreduced_search_finds(stories, monkeypatch, name):
    reduced = search(stories[name], monkeypatch, saturate=True)
    unreduced = search(stories[name], monkeypatch, saturate=False)
    assert reduced["complete"] and unreduced["complete"]
    assert set(reduced["endings"]) == ENDINGS[name]
    for key in ("endings", "unreached", "dead_ends", "errors", "depth"):
        assert reduced[key] == unreduced[key], key


def test_values_no_future_read_tells_apart_are_one_state(stories, monkeypatch):
    reduced = search(stories["merge"], monkeypatch, saturate=True)
    unreduced = search(stories["merge"], monkeypatch, saturate=False)
    # m is 7, 6 or 5 at `mid` (three states) and so at `b`, where only `m >= 5` is left
    # to read it: one state there instead of three, and one ending play instead of three
    assert (reduced["states"], unreduced["states"]) == (11, 15)


@pytest.mark.parametrize("name", ["arithmetic", "other_function", "assigned"])
def test_a_global_used_any_other_way_is_not_collapsed(stories, monkeypatch, name):
    reduced = search(stories[name], monkeypatch, saturate=True)
    unreduced = search(stories[name], monkeypatch, saturate=False)
    assert reduced["states"] == unreduced["states"]


def test_the_shipped_story_s_meters(monkeypatch):
    """closeness and people are added up (the departure's `turn`): not meters; the other
    three are, and collapse only near the end, where few moves are left."""
    analysis = routes._Analysis(source.load(None).json_text)
    assert analysis.meters.names == ["closure", "honesty", "openness"]
    counts, variables, band = analysis.live(frozenset({"departure.nearly"}))
    assert band == {"closure": (4, 7), "honesty": (4, 8), "openness": (5, 8)}


def test_a_move_on_a_loop_has_no_bound(tmp_path):
    """Ups that a loop can repeat leave no edge below, and the downs after it still count
    once each."""
    path = tmp_path / "loop.ink"
    path.write_text("""VAR m = 5
-> b
=== b ===
Here.
+ [Up]
    ~ up(m)
    -> b
+ [Look] -> c
=== c ===
* [Down]
    ~ down(m)
    -> d
=== d ===
{m >= 7: High. #ending:high -> END}
Low. #ending:low -> END
""" + CLAMPS, encoding="utf-8")
    analysis = routes._Analysis(source.load(path).json_text)
    node = analysis.places["b"]
    assert analysis.meters.ups[node] == [math.inf] and analysis.meters.downs[node] == [1]
    assert analysis.live(frozenset({"b"}))[2] == {"m": (-math.inf, 8)}
