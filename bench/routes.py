"""Route search figures, each beside its goal and a peer measured in the same run.

- `routes_her`: `python3 main.py routes --json` on the shipped story, as a player types it
  (a process of its own: start-up, the story's load, the search, the routes' replays), the
  median of three runs' CPU time (and wall time) against the goal's 5 s: `ok` only with all
  eight endings and the search settled (every ending the story names reached, so "never
  reached" would mean never). `routes_her_all_states` is the full breadth-first search given
  the same 5 s, for how far it gets (it cannot finish); `routes_her_beam` the same story with
  an explicit beam.
- `routes_peer`: states per second of the route search against a naive breadth-first search
  over raw bink states (the full saved state as the key, no reductions), both on The
  Intercept, interleaved, each as it runs by default (one process each); whether the search
  finished The Intercept exhaustively within the time it was given.
- `routes_scaling`: the search on a generated story of 9 chapters and of 90 (same shape, so
  the state space grows with the length): the cost per state should not grow with it.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
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


ROOT = Path(__file__).resolve().parents[1]
COMMAND_LIMIT_S = 120.0  # a search that never settles must not hang the bench


def routes_command(*args: str) -> dict:
    """`python3 main.py routes --json ARGS` in a process of its own: its CPU time (the
    child's user + system), wall time and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "routes", "--json", *args],
                            capture_output=True, text=True, cwd=ROOT, timeout=COMMAND_LIMIT_S,
                            env={**os.environ, "SDL_VIDEODRIVER": "dummy",
                                 "SDL_AUDIODRIVER": "dummy"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise RuntimeError(f"routes failed: {result.stderr.strip()[-500:]}")
    return {"cpu": cpu, "wall": wall, "report": json.loads(result.stdout)}


def bench_shipped(runs: int) -> dict:
    """The shipped story's `routes`, as a player runs it, `runs` times: medians."""
    done = [routes_command() for _ in range(runs)]
    last = done[-1]["report"]
    cpu = statistics.median(d["cpu"] for d in done)
    wall = statistics.median(d["wall"] for d in done)
    settled = all(d["report"]["settled"] for d in done)
    endings = min(len(d["report"]["endings"]) for d in done)
    return {"command": "python3 main.py routes --json", "runs": runs,
            "seconds": round(cpu, 2), "wall_seconds": round(wall, 2),
            "seconds_each": [round(d["cpu"], 2) for d in done],
            "endings": endings, "complete": all(d["report"]["complete"] for d in done),
            "settled": last["settled"], "states_exhausted": last["states_exhausted"],
            "states": last["states"], "depth": last["depth"],
            "requires": {k: v["requires"] for k, v in last["endings"].items() if v["requires"]},
            "goal": f"all 8 endings, settled, <= {SHIPPED_GOAL_S:g} s CPU",
            "ok": endings == 8 and settled and cpu <= SHIPPED_GOAL_S}


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
    results: dict = {"routes_her": bench_shipped(1 if quick else 3)}
    exhaustive = _search(her, time_budget=SHIPPED_GOAL_S, all_states=True)
    exhaustive.update(note="every state, breadth-first, given the same time: not finished")
    results["routes_her_all_states"] = exhaustive
    if not quick:
        beam = _search(her, beam_width=100)
        beam.update(beam_width=100, note="explicit beam: not exhaustive")
        results["routes_her_beam"] = beam
    seconds = 3.0 if quick else 8.0
    naive, ours, complete = [], [], []
    for _ in range(1 if quick else 2):  # interleaved, so both see the same machine load
        naive.append(naive_bfs(intercept.json_text, seconds)["states_per_s"])
        # every state, as the naive search does (The Intercept names its endings after
        # knots, so `routes` searches it whole by default too)
        search = _search(intercept, time_budget=seconds, all_states=True)
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
        "routes_her_all_states_states_per_s": exhaustive["states_per_s"],
        "ratio": round(mine / peer, 2),
        "goal": PEER_GOAL,
        "ok": mine / peer >= PEER_GOAL,
    }
    scaling = {}
    with tempfile.TemporaryDirectory() as folder:
        for factor in (1, 10):
            path = Path(folder, f"scaled_{factor}.ink")
            path.write_text(scaled_story(9 * factor), encoding="utf-8")
            scaling[f"{factor}x"] = _search(source.load(path), workers=1, all_states=True)
    ratio = scaling["10x"]["us_per_state"] / scaling["1x"]["us_per_state"]
    results["routes_scaling"] = {**scaling, "cost_per_state_ratio": round(ratio, 2),
                                 "goal": f"<= {SCALING_GOAL:g}", "ok": ratio <= SCALING_GOAL}
    return results
