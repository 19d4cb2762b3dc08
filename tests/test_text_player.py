"""`python main.py text` as DESIGN.md's table says: scripted, interactive, --json, repeatable."""

from helpers import INTERCEPT, MINI, json_events, run_cli


def test_scripted_run_prints_speakers_and_the_ending():
    result = run_cli("text", "--story", str(MINI), "--seed", "2", "--choose", "1,1")
    assert result.returncode == 0, result.stderr
    assert "Samantha: Hello. Can you hear me?" in result.stdout
    assert "Theodore: Hello. I hear you." in result.stdout
    assert result.stdout.rstrip().endswith("ENDING: roof")


def test_choose_then_stdin_answers():
    result = run_cli("text", "--story", str(MINI), "--seed", "2", "--choose", "2", stdin="2\n")
    assert result.returncode == 0, result.stderr
    assert "He says nothing." in result.stdout and "ENDING: lamp" in result.stdout


def test_running_out_of_answers_stops_cleanly_with_exit_2():
    result = run_cli("text", "--story", str(MINI), "--seed", "2", "--choose", "1")
    assert result.returncode == 2
    assert "stopped at a choice" in result.stderr and "Traceback" not in result.stderr


def test_json_events_are_byte_identical_for_the_same_seed_and_answers():
    args = ("text", "--story", str(INTERCEPT), "--seed", "3", "--choose",
            ",".join(["1"] * 60), "--json")
    first, second = run_cli(*args), run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    events = json_events(first.stdout)
    assert events[0] == {"event": "start", "seed": 3, "title": ""}
    kinds = {e["event"] for e in events}
    assert {"line", "choices", "ending"} <= kinds
    assert events[-1]["event"] == "ending" and events[-1]["how"] == "end"


def test_the_intercept_plays_with_seed_3():
    # the route `routes` found to "make your peace"
    route = "1,1,1,3,1,2,2,2,1,1,1,4,1,1,2,1,1,1,2,1,1,1,2,1,1"
    result = run_cli("text", "--story", str(INTERCEPT), "--seed", "3", "--choose", route)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("ENDING: make_your_peace")
    assert "They are keeping me waiting." in result.stdout


def test_json_reports_warnings_as_events():
    events = json_events(run_cli("text", "--story", str(MINI), "--seed", "2", "--choose",
                                 "1,3", "--json").stdout)
    warnings = [e["message"] for e in events if e["event"] == "warning"]
    assert any("ran out of content" in w for w in warnings)
    assert events[-1]["id"] == "cupboard" and events[-1]["how"] == "dead_end"


def test_seen_flag_opens_the_secret_door():
    result = run_cli("text", "--story", str(MINI), "--seed", "2", "--seen", "roof",
                     "--choose", "1,3")
    assert "ENDING: secret" in result.stdout


def test_a_bad_story_yaml_names_the_file_and_key_and_exits_1(tmp_path):
    import shutil

    folder = tmp_path / "story"
    shutil.copytree(MINI, folder)
    (folder / "story.yaml").write_text("meters:\n  warmth: {label: Warmth, min: 5, max: 2}\n")
    result = run_cli("text", "--story", str(folder), "--choose", "1,1")
    assert result.returncode == 1
    assert f"{folder / 'story.yaml'}: error: meters.warmth.max: must be greater than min" \
        in result.stderr
    assert "Traceback" not in result.stderr
