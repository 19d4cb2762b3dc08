"""The route search stops once every ending the story names has a route, and only then.

Each story here has a known answer from the full breadth-first search (`all_states`): the
ordered search must give the same endings, stop early only when the story's endings are
known from its compiled form and all of them were reached, and otherwise run to exhaustion
exactly as the full search does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli
from ink_support import write_stories

from game.core import lint, routes, source


def _chain(flags: int) -> str:
    """A hub with a quick ending, then `flags` yes/no questions whose answers all stay live
    until the end (2**flags states there), a slow ending, and a dead end behind one pattern
    of answers that the first dive (always the first option) never gives."""
    out = [*(f"VAR f{n} = false" for n in range(1, flags + 1)), "-> hub", "=== hub ===",
           "The hub. #id:c_hub", "* [Leave now] -> quick", "* [Stay] -> s1"]
    for n in range(1, flags + 1):
        out += [f"=== s{n} ===", f"Question {n}. #id:c_q{n}", "* [Yes]", f"    ~ f{n} = true",
                "* [No]", f"- -> {'s' + str(n + 1) if n < flags else 'finale'}"]
    every = " and ".join(f"f{n}" for n in range(3, flags + 1))
    out += ["=== finale ===", "{f1 and not f2: -> broken}", f"{{{every}: All of them. #id:c_all}}",
            "Done. #ending:slow #id:c_end", "-> END",
            "=== quick ===", "Gone. #ending:quick #id:c_quick", "-> END",
            "=== broken ===", "Nothing here. #id:c_broken", ""]
    return "\n".join(out)


STORIES = {
    "chain": _chain(10),
    # `never` is tagged, but the counter it waits for never gets past 2
    "unreachable": """
VAR n = 0
-> room
=== room ===
A room. #id:u_1
+ {n < 2} [Count]
    ~ n = n + 1
    -> room
+ [Leave] -> door
=== door ===
{n > 5: Impossible. #ending:never #id:u_2 -> END}
{n == 2: Counted. #ending:counted #id:u_3 -> END}
Out. #ending:out #id:u_4
-> END
""",
    # the ending's name is made at run time: the endings are not known before playing (the
    # engine ends the play-through at the tag, though the story goes on to a choice)
    "dynamic": """
VAR which = "left"
-> start
=== start ===
Two doors. #id:y_1
* [Left]
    ~ which = "left"
* [Right]
    ~ which = "right"
- A corridor. #id:y_2
* [On]
    Done. #ending:{which} #id:y_3
    -> start
* [Up the stairs]
    Up. #ending:stairs #id:y_4
    -> END
""",
    # no ending tags: each ending is named after the knot it ends in
    "plain": """
-> start
=== start ===
Two doors.
* [Left] -> left
* [Right] -> right
=== left ===
Left.
-> END
=== right ===
Right.
-> END
""",
    # a first dive that never comes back: the counter makes every lap a new state
    "laps": """
VAR laps = 0
-> track
=== track ===
The track. #id:l_1
+ [Run]
    ~ laps = laps + 1
    -> track
+ [Stop] -> porch
=== porch ===
The porch. #id:l_2
+ [Go in] -> home
=== home ===
{laps > 3: Tired.}
Home. #ending:home #id:l_3
-> END
""",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, Path]:
    return write_stories(tmp_path_factory.mktemp("settle_stories"), STORIES)


def search(path: Path, **options) -> routes.RouteReport:
    loaded = source.load(path)
    return routes.explore(loaded.json_text, loaded.config, **options)


@pytest.fixture(scope="module")
def chain_full(stories) -> routes.RouteReport:
    return search(stories["chain"], all_states=True)


def test_the_endings_are_read_from_the_compiled_story(stories):
    def names(name):
        return routes.ending_set(source.load(stories[name]).json_text).names

    assert names("chain") == {"quick", "slow"}
    assert names("unreachable") == {"never", "counted", "out"}
    assert names("dynamic") is None  # `#ending:{which}` could name anything
    assert names("plain") is None  # `-> END` with no tag: named after a knot when played
    shipped = routes.ending_set(source.load(None).json_text)
    assert shipped.names == {"static", "reset", "mould", "window", "letter", "rooftop",
                             "friends", "beyond"}, shipped.reason


def test_an_end_reached_without_a_tag_makes_the_endings_unknown(tmp_path):
    # the same ending tag, but one way out of the room reaches END without passing it
    text = STORIES["unreachable"].replace("+ [Leave] -> door", "+ [Leave] -> door\n"
                                          "+ [Give up] -> END")
    path = write_stories(tmp_path, {"give_up": text})["give_up"]
    found = routes.ending_set(source.load(path).json_text)
    assert found.names is None and "without an #ending: tag" in found.reason


def test_a_story_settles_early_with_the_full_search_s_endings(stories, chain_full):
    report = search(stories["chain"])
    assert report.settled == 2 and report.complete
    assert not report.states_exhausted and not report.full_search
    assert set(report.routes) == set(chain_full.routes) == {"quick", "slow"}
    assert report.states < chain_full.states / 2, (report.states, chain_full.states)
    # what it cannot know: the dead end behind "yes, then no" was never met
    assert chain_full.dead_ends and not report.dead_ends
    assert report.unreached == []
    text = report.describe()
    assert "settled: every ending the story names was reached (2 of 2)" in text
    assert "dead ends and runtime errors are listed only for the states explored" in text
    assert "--all-states" in text and "not necessarily the shortest" in text


def test_the_command_says_settled_and_not_exhausted(stories):
    result = run_cli("routes", "--story", str(stories["chain"]), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["complete"] is True and report["states_exhausted"] is False
    assert report["settled"] == "every ending the story names was reached (2 of 2)"
    assert report["shortest"] is False
    for ending, route in report["endings"].items():
        played = run_cli("text", "--story", str(stories["chain"]), "--seed", "0",
                         "--choose", ",".join(map(str, route["choices"])))
        assert f"ENDING: {ending}" in played.stdout, (ending, played.stderr)
    full = json.loads(run_cli("routes", "--story", str(stories["chain"]), "--json",
                              "--all-states").stdout)
    assert full["states_exhausted"] is True and full["shortest"] is True
    assert full["settled"] is None and [d["ending"] for d in full["dead_ends"]] == ["broken"]


def test_lint_still_finds_the_dead_end_the_settled_search_never_met(stories):
    for budget in (None, 3.0):  # --deep, and the default budget
        report = lint.lint(stories["chain"], time_budget=budget, dead_text_runs=0)
        dead = [f.message for f in report.findings if "dead end" in f.message]
        assert dead and "broken" in dead[0], (budget, [f.message for f in report.findings])


def test_lint_looks_towards_the_endings_its_sweep_left_unreached(stories):
    """A long chain of questions: the breadth-first sweep, bounded, never gets past the first
    layers and reaches only the quick ending; the search towards the endings that follows
    finds the slow one, and the coverage line says that both ran."""
    report = lint.lint(stories["chain"], time_budget=30, max_states=12, dead_text_runs=0)
    unreached = [f.message for f in report.findings if "never reached" in f.message]
    assert unreached == [], unreached
    assert {route.ending for route in report.routes} == {"quick", "slow"}
    assert "; then towards the endings, explored" in report.coverage
    deep = lint.lint(stories["chain"], time_budget=None, max_states=12, dead_text_runs=0)
    assert "towards the endings" not in deep.coverage  # --deep: every state, nothing else
    assert {route.ending for route in deep.routes} == {"quick"}


def test_a_named_ending_never_reached_runs_the_search_to_exhaustion(stories):
    report = search(stories["unreachable"])
    full = search(stories["unreachable"], all_states=True)
    assert not report.settled and report.full_search and report.states_exhausted
    assert report.complete  # only now: every state was explored
    assert set(report.routes) == set(full.routes) == {"counted", "out"}
    assert report.unreached == ["never"]
    assert {k: vars(r) for k, r in report.routes.items()} == \
        {k: vars(r) for k, r in full.routes.items()}  # the full search's shortest routes
    assert "1 of the 3 endings the story names never showed up" in report.why_not_settled
    assert "never: never reached" in report.describe()


def test_a_story_without_known_endings_is_searched_exhaustively(stories):
    for name in ("dynamic", "plain"):
        report = search(stories[name])
        full = search(stories[name], all_states=True)
        assert not report.settled and report.states_exhausted and report.complete, name
        assert report.states == full.states, name
        assert set(report.routes) == set(full.routes), name
    assert set(search(stories["dynamic"]).routes) == {"left", "right", "stairs"}


def test_a_bound_stops_the_ordered_search_incomplete(stories):
    report = search(stories["chain"], max_states=3)
    assert report.bound_hit and not report.complete and not report.settled
    text = report.describe()
    assert "stopped before every ending the story names had a route (1 of 2)" in text
    assert "--beam" not in text  # the full search's advice: it did not run


def test_a_dive_that_never_comes_back_is_cut_short(stories):
    # the first dive runs laps for ever; cut at DIVE_MIN choices, the next dive stops
    report = search(stories["laps"], max_states=2_000)
    assert report.settled == 1 and set(report.routes) == {"home"}
    assert report.states < 2_000


def test_an_ending_behind_has_seen_settles_in_a_second_round(tmp_path):
    text = """
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
"""
    path = write_stories(tmp_path, {"seen": text})["seen"]
    report = search(path)
    assert report.settled == 2  # the ordered search found both, in its second round
    assert report.routes["dream"].requires == ["late"]
    assert report.routes["late"].requires == []
    # with `late` seen already, its own route asks about it on the way but does not need it
    again = search(path, seen={"late"})
    assert again.routes["dream"].requires == ["late"] and again.routes["late"].requires == []


def test_a_route_keeps_only_the_endings_it_really_needs_seen(tmp_path):
    """A route found in a later has_seen round passes a question it does not depend on: it
    is played again without that ending seen, and reaches its ending all the same."""
    text = """
EXTERNAL has_seen(ending_id)
-> start
=== start ===
~ temp remembered = has_seen("first")
Morning{remembered:, again}. #id:m_1
* [Go] -> first
* [Wait] -> noon
=== noon ===
Noon. #id:m_2
* [Go on] -> second
=== first ===
First. #ending:first #id:m_3
-> END
=== second ===
Second. #ending:second #id:m_4
-> END
=== function has_seen(ending_id) ===
~ return false
"""
    path = write_stories(tmp_path, {"asks": text})["asks"]
    loaded = source.load(path)
    report = routes.RouteReport()
    report.routes["second"] = routes.Route("second", "Second", [2, 1], 0, ["first"])
    routes._replay_routes(loaded.json_text, loaded.config, 0, set(), report)
    assert report.routes["second"].requires == []
    assert report.routes["second"].lines == 3


def test_an_end_reached_by_a_divert_past_the_tag_is_not_covered_by_it(tmp_path):
    """`end` straight after an ending tag counts as covered only when nothing but the tag's
    own line leads to it: a divert to the `end` itself (by its index) ends untagged."""
    text = """
-> start
=== start ===
Hi. #id:j_1
* [A] -> tagged
* [B] -> other
=== tagged ===
Bye. #ending:a #id:j_2
-> END
=== other ===
Other. #id:j_3
-> tagged
"""
    path = write_stories(tmp_path, {"past": text})["past"]
    loaded = source.load(path)
    assert routes.ending_set(loaded.json_text).names == {"a"}
    data = json.loads(loaded.json_text)
    tagged = data["root"][-1]["tagged"]
    other = data["root"][-1]["other"]
    other[other.index({"->": "tagged"})] = {"->": f"tagged.{tagged.index('end')}"}
    edited = json.dumps(data)
    assert routes.ending_set(edited).names is None
    report = routes.explore(edited, loaded.config)
    assert report.states_exhausted and set(report.routes) == {"a", "other"}


TOP_LEVEL = {
    # the story's top level ends in `done`: with the choice sure to be offered, it waits there
    "sure": "Hello. #id:t_1\n* [Go] -> a\n=== a ===\nA. #ending:a #id:t_2\n-> END\n",
    # a condition may hide the only choice: `done` then ends the play-through, untagged
    "maybe": "VAR k = 0\nHello. #id:t_1\n* {k > 0} [Go] -> a\n=== a ===\n"
             "A. #ending:a #id:t_2\n-> END\n",
    # a once-only choice on a loop: the second time round it is gone, and `done` ends it
    "again": "- (top) Hello. #id:t_1\n* [Again] -> top\n=== a ===\nA. #ending:a #id:t_2\n"
             "-> END\n",
    # a tunnel's content can run twice without a loop: once-only choices are not sure there
    "tunnel": "-> t ->\nHello. #id:t_1\n* [Go] -> a\n=== t ===\nIn. #id:t_3\n->->\n"
              "=== a ===\nA. #ending:a #id:t_2\n-> END\n",
}


def test_a_top_level_choice_sure_to_be_offered_keeps_the_endings_known(tmp_path):
    paths = write_stories(tmp_path, TOP_LEVEL)
    found = {name: routes.ending_set(source.load(path).json_text).names
             for name, path in paths.items()}
    assert found == {"sure": {"a"}, "maybe": None, "again": None, "tunnel": None}
    # and where it is not sure, the play-through does end untagged, after a knot
    again = source.load(paths["again"])
    assert set(routes.explore(again.json_text, again.config).routes) == {"end"}
    # the once-only choice's target counted wherever it is entered, or entered from elsewhere
    data = json.loads(source.load(paths["sure"]).json_text)
    data["root"][0][-1]["c-0"][-1]["#f"] = 1
    assert routes.ending_set(json.dumps(data)).names is None
    data = json.loads(source.load(paths["sure"]).json_text)
    data["root"][-1]["a"].insert(0, {"->": "0.c-0", "c": True})
    assert routes.ending_set(json.dumps(data)).names is None
