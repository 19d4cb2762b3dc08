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
    assert f"{folder / 'story.yaml'}:2: error: meters.warmth.max: must be greater than min" \
        in result.stderr
    assert "Traceback" not in result.stderr


def test_choice_tags_in_json_events_and_the_note_in_the_terminal(tmp_path):
    (tmp_path / "main.ink").write_text(
        "A shop. #id:shop_1\n"
        "* [Buy the lamp # price:2 # icon:lamp # note:2 coins]\n"
        "    You buy it. #id:shop_2\n    -> END\n"
        "* [Leave]\n    -> END\n")
    result = run_cli("text", "--story", str(tmp_path), "--json", "--choose", "1")
    choices = next(e for e in json_events(result.stdout) if e["event"] == "choices")
    assert choices["choices"][0]["tags"] == ["price:2", "icon:lamp", "note:2 coins"]
    assert choices["choices"][1]["tags"] == []
    plain = run_cli("text", "--story", str(tmp_path), "--choose", "2").stdout
    assert "1. Buy the lamp (2 coins)" in plain and "2. Leave\n" in plain


def test_a_stale_build_without_node_warns_once_with_one_warning_prefix(tmp_path):
    import shutil

    story = tmp_path / "mini"
    shutil.copytree(MINI, story)
    assert run_cli("compile", str(story / "main.ink")).returncode == 0
    (story / "rooms.ink").write_text((story / "rooms.ink").read_text() + "\nAn edit.\n")
    result = run_cli("text", "--story", str(story), "--choose", "1,1",
                     env={"PATH": str(tmp_path / "no-node-here")})
    assert "ENDING: roof" in result.stdout, result.stderr
    warned = [line for line in result.stderr.splitlines() if "older than its ink" in line]
    assert warned == [f"warning: {story / 'main.json'}: older than its ink sources and "
                      "Node.js is missing to recompile; playing the old build"], result.stderr
