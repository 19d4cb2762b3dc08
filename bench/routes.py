"""Route search figures, each beside its goal and a peer measured in the same run.

- `routes_her`: the exhaustive search on the shipped story, given the goal's own 5 s: whether
  it completes, and how deep it gets. `routes_her_beam` is the same story with an explicit
  beam (what the shipped-story test uses), for how long finding all eight endings takes.
- `routes_peer`: states per second of the route search against a naive breadth-first search
  over raw bink states (the full saved state as the key, no reductions), both on The
  Intercept, interleaved, each as it runs by default (one process each); whether the search
  finished The Intercept exhaustively within the time it was given.
- `routes_scaling`: the search on a generated story of 9 chapters and of 90 (same shape, so
  the state space grows with the length): the cost per state should not grow with it.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bink.story import Story as RawInk

from game.core import routes, source

SHIPPED_GOAL_S = 5.0
PEER_GOAL = 3.0  # states/s against the naive search
SCALING_GOAL = 1.25  # cost per state at 10x over 1x: "flat", with room for noise


def naive_bfs(json_text: str, seconds: float) -> dict:
    """The peer: breadth-first over bink's saved states, each compared whole."""
    ink = RawInk(json_text.lstrip("\ufeff"))
    ink.set_allow_external_function_fallbacks(True)
    ink.set_error_handler(_ignore)  # a dead end is an error the runtime would raise
    start = time.perf_counter()
    while ink.can_continue():
        ink.cont()
    first = ink.save_state()
    seen, queue, expanded = {first}, [first], 0
    while expanded < len(queue) and time.perf_counter() - start < seconds:
        state = queue[expanded]
        expanded += 1
        ink.load_state(state)
        for index in range(len(ink.get_current_choices())):
            ink.load_state(state)
            ink.choose_choice_index(index)
            while ink.can_continue():
                ink.cont()
            child = ink.save_state()
            if child not in seen:
                seen.add(child)
                queue.append(child)
    elapsed = time.perf_counter() - start
    return {"states": expanded, "seconds": round(elapsed, 2),
            "states_per_s": round(expanded / elapsed)}


def _ignore(_message: str, _is_error: bool) -> None:
    pass


def _search(loaded, **options) -> dict:
    start = time.perf_counter()
    report = routes.explore(loaded.json_text, loaded.config, **options)
    elapsed = time.perf_counter() - start
    return {"complete": report.complete, "states": report.states, "depth": report.depth,
            "seconds": round(elapsed, 2), "states_per_s": round(report.states / elapsed),
            "endings": len(report.routes), "workers": report.workers,
            "us_per_state": round(elapsed / max(1, report.states) * 1e6)}


def scaled_story(chapters: int) -> str:
    """An ink story of `chapters` chapters of one shape: filler lines, two menus moving two
    bounded meters (the second gated on the first), a flag read only in its own chapter, and
    four endings on the meters at the end."""
    out = ["VAR warmth = 1", "VAR trust = 1", "-> ch_0", ""]
    for number in range(chapters):
        out += [f"=== ch_{number} ===",
                *(f"Chapter {number}, line {line}: the city goes on being the city. "
                  f"#id:scaled_{number}_{line}" for line in range(6)),
                "* [Lean in]", "    ~ warmth = MIN(warmth + 1, 3)",
                f"    He leans in. #id:scaled_{number}_a",
                "* [Hold back]", "    ~ warmth = MAX(warmth - 1, 0)",
                f"    He holds back. #id:scaled_{number}_b",
                f"- The evening settles. #id:scaled_{number}_c",
                "* {warmth >= 2} [Tell her]", "    ~ trust = MIN(trust + 1, 3)",
                "* [Change the subject]", "    ~ trust = MAX(trust - 1, 0)",
                "* [Say nothing]",
                f"- Night. #id:scaled_{number}_d",
                f"-> ch_{number + 1}" if number + 1 < chapters else "-> finale", ""]
    out += ["=== finale ===",
            "{warmth >= 2 and trust >= 2: Together. #ending:together #id:scaled_end_1 -> END}",
            "{warmth >= 2: Close, not sure. #ending:unsure #id:scaled_end_2 -> END}",
            "{trust >= 2: Friends. #ending:friends #id:scaled_end_3 -> END}",
            "Apart. #ending:apart #id:scaled_end_4", "-> END", ""]
    return "\n".join(out)


def bench_routes(quick: bool = False) -> dict:
    from bench.suite import INTERCEPT

    her = source.load(None)
    intercept = source.load(INTERCEPT)
    results: dict = {}
    exhaustive = _search(her, time_budget=SHIPPED_GOAL_S)
    exhaustive.update(goal=f"all 8 endings, complete, <= {SHIPPED_GOAL_S:g} s",
                      ok=exhaustive["complete"] and exhaustive["endings"] == 8
                      and exhaustive["seconds"] <= SHIPPED_GOAL_S)
    results["routes_her"] = exhaustive
    if not quick:
        beam = _search(her, beam_width=100)
        beam.update(beam_width=100, note="explicit beam: not exhaustive")
        results["routes_her_beam"] = beam
    seconds = 3.0 if quick else 8.0
    naive, ours, complete = [], [], []
    for _ in range(1 if quick else 2):  # interleaved, so both see the same machine load
        naive.append(naive_bfs(intercept.json_text, seconds)["states_per_s"])
        search = _search(intercept, time_budget=seconds)  # as `routes` runs it by default
        ours.append(search["states_per_s"])
        complete.append(search)
    peer = statistics.median(naive)
    mine = statistics.median(ours)
    results["routes_peer"] = {
        "naive_bfs_the_intercept_states_per_s": round(peer),
        "routes_the_intercept_states_per_s": round(mine),
        "routes_the_intercept_complete": all(s["complete"] for s in complete),
        "routes_the_intercept_states": complete[-1]["states"],
        "routes_the_intercept_seconds": complete[-1]["seconds"],
        "workers": complete[-1]["workers"],
        "routes_her_states_per_s": exhaustive["states_per_s"],
        "ratio": round(mine / peer, 2),
        "goal": PEER_GOAL,
        "ok": mine / peer >= PEER_GOAL,
    }
    scaling = {}
    with tempfile.TemporaryDirectory() as folder:
        for factor in (1, 10):
            path = Path(folder, f"scaled_{factor}.ink")
            path.write_text(scaled_story(9 * factor), encoding="utf-8")
            scaling[f"{factor}x"] = _search(source.load(path), workers=1)
    ratio = scaling["10x"]["us_per_state"] / scaling["1x"]["us_per_state"]
    results["routes_scaling"] = {**scaling, "cost_per_state_ratio": round(ratio, 2),
                                 "goal": f"<= {SCALING_GOAL:g}", "ok": ratio <= SCALING_GOAL}
    return results
