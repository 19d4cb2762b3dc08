"""The route search against small stories with known answers, and against a naive search.

Each story is small enough that every path to a few choices deep can be played through the
engine one by one (`naive`, no state merging at all): the route search must find the same
endings, each by a route of the same number of choices, while exploring only a handful of
states. The exact state counts are the point of some tests: each reduction the search makes
(dead variables, the output stream, thread numbers, turn counters, dead visit counts) is
what keeps that count small, and a loop that never merges never ends.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import MINI, run_cli
from ink_support import write_stories

from game.core import routes, source
from game.core.story import EndingReached, Line, Story

STORIES = {
    # an ending behind a visit count: the attic opens once the kitchen has been seen
    "visits": """
-> hall
=== hall ===
The hall. #id:h_1
+ [Wait] -> hall
* [Try the kitchen] -> kitchen
+ {kitchen} [Go upstairs] -> upstairs
+ [Leave] -> leave
=== kitchen ===
A kettle, still warm. #id:h_2
-> hall
=== upstairs ===
The attic is full of light. #ending:attic #id:h_3
-> END
=== leave ===
Outside, it is raining. #ending:outside #id:h_4
-> END
""",
    # an ending only offered once another was seen in an earlier play-through
    "seen": """
EXTERNAL has_seen(ending_id)
-> start
=== start ===
Morning. #id:s_1
+ [Sleep in] -> late
+ {has_seen("late")} [Remember the dream] -> dream
=== late ===
It is noon already. #ending:late #id:s_2
-> END
=== dream ===
The dream comes back, whole. #ending:dream #id:s_3
-> END
=== function has_seen(ending_id) ===
~ return false
""",
    # a loop that comes back to the same place: a variable read only in the first scene,
    # different last lines on the way in, a kettle that saturates, and a loop that changes
    # nothing — the search must merge all of it and finish
    "loop": """
VAR said = ""
VAR tea = 0
-> morning
=== morning ===
Morning. #id:l_1
* [Say hello]
    ~ said = "hello"
* [Say nothing]
    ~ said = "nothing"
- {said == "hello": She smiles.|She waits.} #id:l_2
{said == "hello": Hello, then.|Nothing, then.} #id:l_3
-> kitchen
=== kitchen ===
+ [Make tea]
    ~ tea = MIN(tea + 1, 2)
    Steam. #id:l_4
    -> kitchen
+ [Stand still] -> kitchen
+ {tea >= 2} [Drink] -> drink
+ [Leave] -> leave
=== drink ===
Warm at last. #ending:warm #id:l_5
-> END
=== leave ===
The door closes. #ending:cold #id:l_6
-> END
""",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, Path]:
    return write_stories(tmp_path_factory.mktemp("route_stories"), STORIES)


def search(path: Path, **options) -> routes.RouteReport:
    loaded = source.load(path)
    options.setdefault("max_states", 200)  # a loop that never merges stops, incomplete
    return routes.explore(loaded.json_text, loaded.config, **options)


def naive(path: Path, depth: int, seen: frozenset = frozenset()) -> dict[str, int]:
    """Every path of up to `depth` choices, played one by one through the engine: the fewest
    choices that reach each ending (dead ends left out)."""
    loaded = source.load(path)
    found: dict[str, int] = {}
    paths = [()]
    for _ in range(depth + 1):
        following = []
        for path_so_far in paths:
            story = Story(loaded.json_text, config=loaded.config, seed=0, seen_endings=seen)
            beat = story.next()
            for choice in path_so_far:
                while isinstance(beat, Line):
                    beat = story.next()
                story.choose(choice)
                beat = story.next()
            while isinstance(beat, Line):
                beat = story.next()
            if isinstance(beat, EndingReached):
                if beat.how != "dead_end":
                    found.setdefault(beat.id, len(path_so_far))
                continue
            following.extend((*path_so_far, index) for index in range(len(beat)))
        paths = following
    return found


def shortest(report: routes.RouteReport) -> dict[str, int]:
    return {ending: len(route.choices) for ending, route in report.routes.items()}


def test_an_ending_behind_a_visit_count_is_found_by_the_shortest_route(stories):
    report = search(stories["visits"])
    assert report.complete
    assert report.routes["attic"].choices == [2, 2]  # the kitchen, then upstairs
    assert report.routes["outside"].choices == [3]
    assert shortest(report) == naive(stories["visits"], 4)
    # before and after the kitchen (waiting in the hall changes nothing the story can read),
    # and the three ways out of them
    assert report.states == 2 + 3


def test_an_ending_behind_has_seen_needs_the_other_first(stories):
    report = search(stories["seen"])
    assert report.complete and report.rounds == 2
    assert report.routes["late"].requires == []
    assert report.routes["dream"].requires == ["late"] and report.routes["dream"].choices == [2]
    assert shortest(report) == {**naive(stories["seen"], 2),
                                **naive(stories["seen"], 2, frozenset({"late"}))}
    # and with it seen already, in the one round
    assert search(stories["seen"], seen={"late"}).routes["dream"].requires == ["late"]


def test_a_loop_that_comes_back_merges_and_the_search_ends(stories):
    report = search(stories["loop"])
    assert report.complete, report.coverage()
    assert shortest(report) == naive(stories["loop"], 5) == {"warm": 4, "cold": 2}
    # the first menu, then the kitchen with the kettle at 0, 1 and 2: what was said is dead
    # after the first scene and the lines on the way in differ, but both ways merge; making
    # tea at 2 or standing still comes back to the very same state; then the four ways out
    assert report.states == 4 + 4


def test_routes_replay_to_their_endings_in_the_terminal(stories):
    for name in ("visits", "seen", "loop"):
        report = json.loads(run_cli("routes", "--story", str(stories[name]), "--json").stdout)
        assert report["complete"] is True
        for ending, route in report["endings"].items():
            args = ["text", "--story", str(stories[name]), "--seed", "0",
                    "--choose", ",".join(map(str, route["choices"]))]
            if route["requires"]:
                args += ["--seen", ",".join(route["requires"])]
            assert f"ENDING: {ending}" in run_cli(*args).stdout, (name, ending)


def test_a_beam_is_only_used_when_asked_and_then_the_search_is_not_complete(stories):
    assert search(MINI).beam_width is None and search(MINI).complete
    narrow = search(MINI, beam_width=1)  # the hallway is reached warm and cold
    assert narrow.pruned and not narrow.complete
    report = json.loads(run_cli("routes", "--story", str(MINI), "--beam", "1",
                                "--json").stdout)
    assert report["complete"] is False and report["beam_width"] == 1


def test_worker_processes_give_the_same_answer(stories, monkeypatch):
    monkeypatch.setattr(routes, "PARALLEL_MIN", 1)
    for name in ("visits", "seen", "loop"):  # every state, so that layers are split
        alone = search(stories[name], workers=1, all_states=True)
        shared = search(stories[name], workers=2, all_states=True)
        assert shared.workers == 2
        assert {k: vars(r) for k, r in shared.routes.items()} == \
            {k: vars(r) for k, r in alone.routes.items()}
        assert shared.states == alone.states


def test_the_analysis_keeps_what_a_later_scene_reads(stories):
    """The kitchen's visit count is read by the hall's menu, so it is kept while the hall can
    still be reached; the hall's own count, which nothing reads, is not."""
    loaded = source.load(stories["visits"])
    analysis = routes._Analysis(loaded.json_text)
    counts, variables, _band = analysis.live(frozenset({"hall.0"}))
    assert "kitchen" in counts and "hall" not in counts


def test_bench_figures_for_routes_carry_their_goals(tmp_path):
    from bench.routes import naive_bfs, scaled_story

    path = tmp_path / "scaled.ink"
    path.write_text(scaled_story(2), encoding="utf-8")
    report = search(path)
    assert report.complete and set(report.routes) == {"together", "unsure", "friends", "apart"}
    peer = naive_bfs(source.load(MINI).json_text, 0.2)
    assert peer["states"] >= 1 and peer["states_per_s"] > 0
