"""`python main.py routes`: shortest routes, unreached endings, dead ends, bounds — and every
route it prints really reaches its ending in the terminal player."""

import json

import pytest
from helpers import INTERCEPT, MINI, run_cli


def routes(*args):
    result = run_cli("routes", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_mini_story_routes_dead_ends_and_unreached():
    report = routes("--story", str(MINI))
    assert set(report["endings"]) == {"roof", "lamp", "secret"}
    # two choices either way; staying quiet skips a line, so it is the shorter read
    assert report["endings"]["roof"]["choices"] == [2, 1]
    assert report["endings"]["lamp"]["choices"] == [1, 2]
    assert report["endings"]["secret"]["requires"] == ["roof"]
    assert report["unreached"] == ["never"]
    assert [d["ending"] for d in report["dead_ends"]] == ["cupboard"]
    assert report["complete"] is True


def test_every_route_replays_in_the_terminal_player():
    report = routes("--story", str(MINI))
    for ending_id, route in report["endings"].items():
        args = ["text", "--story", str(MINI), "--seed", "0",
                "--choose", ",".join(map(str, route["choices"]))]
        if route["requires"]:
            args += ["--seen", ",".join(route["requires"])]
        result = run_cli(*args)
        assert f"ENDING: {ending_id}" in result.stdout, (ending_id, result.stderr)


def test_bound_is_reported_clearly():
    result = run_cli("routes", "--story", str(MINI), "--max-states", "2")
    assert "stopped at the bound of 2 states" in result.stdout
    assert json.loads(run_cli("routes", "--story", str(MINI), "--max-states", "2",
                              "--json").stdout)["complete"] is False


def test_the_intercept_lists_its_endings_and_they_replay():
    report = routes("--story", str(INTERCEPT), "--beam", "60")
    assert len(report["endings"]) >= 3
    assert report["dead_ends"] == []
    ending_id, route = min(report["endings"].items(), key=lambda kv: len(kv[1]["choices"]))
    result = run_cli("text", "--story", str(INTERCEPT), "--seed", "0",
                     "--choose", ",".join(map(str, route["choices"])))
    assert f"ENDING: {ending_id}" in result.stdout


LOOP = MINI.parent / "loop"


def test_time_budget_stops_an_endless_search_with_what_it_found():
    report = routes("--story", str(LOOP), "--time-budget", "1", "--all-states")
    assert report["complete"] is False and report["budget_hit"] is True
    assert {"sheltered", "tired"} <= set(report["endings"])


def test_ctrl_c_stops_the_search_cleanly_with_progress_and_results():
    import os
    import signal
    import subprocess
    import sys
    import time

    from helpers import ROOT

    # every state: the loop never repeats one, so the full search never ends by itself
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "routes", "--story",
                             str(LOOP), "--all-states"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "SDL_VIDEODRIVER": "dummy"})
    try:
        first = proc.stderr.readline()  # progress: states, endings found, elapsed
        assert "route search:" in first and "states" in first and "endings found" in first
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "interrupted: explored" in err
    assert "tired:" in out and "interrupted: results so far" in out


def test_an_exhaustive_search_that_runs_out_of_time_points_at_the_beam():
    story = MINI.parents[2] / "story"
    done = run_cli("routes", "--story", str(story), "--time-budget", "1", "--jobs", "1",
                   "--all-states")
    assert done.returncode == 0, done.stderr
    assert "results are incomplete" in done.stdout
    assert "--beam 250" in done.stdout  # how to get routes from a story this wide
    beamed = run_cli("routes", "--story", str(MINI), "--beam", "5", "--time-budget", "0.5")
    assert "--beam 250" not in beamed.stdout  # a beam was asked for: nothing to suggest


@pytest.mark.slow  # about 5 s of search
def test_the_intercept_is_searched_exhaustively():
    """Every state of The Intercept (about 40,000 after the reductions): each of its four
    endings by a shortest route that replays, nothing unreached, no dead ends."""
    report = routes("--story", str(INTERCEPT))
    assert report["complete"] is True
    assert set(report["endings"]) == {"ending_return_to_normal", "go_to_where_component_is_hidden",
                                      "live_on_the_run", "make_your_peace"}
    assert report["unreached"] == [] and report["dead_ends"] == []
    assert len(report["endings"]["make_your_peace"]["choices"]) == 20
