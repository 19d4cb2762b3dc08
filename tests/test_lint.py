"""`python main.py lint`: findings as path:line, --fix-ids, exit codes."""

import shutil

import pytest
from helpers import MINI, run_cli

from game.core import inksource, lint


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(MINI, folder)
    return folder


def test_lint_reports_dead_ends_unreached_endings_and_unknown_tags(story):
    result = run_cli("lint", "--story", str(story))
    assert result.returncode == 1  # the cupboard dead end is an error
    out = result.stdout
    assert "dead end in 'cupboard'" in out
    assert "ending 'never' is never reached" in out
    assert f"{story / 'rooms.ink'}:3: warning: unknown tag '#wobble'" in out
    assert "ending 'never' is declared but no line is tagged" in out


def test_duplicate_ids_unknown_speakers_and_missing_ids(story):
    rooms = story / "rooms.ink"
    text = rooms.read_text().replace("#id:mini_0009", "#id:mini_0001")
    text = text.replace("It is dark in the cupboard. #id:mini_0012",
                        "Ghost: It is dark in the cupboard.\n-> END")
    rooms.write_text(text)
    out = run_cli("lint", "--story", str(story)).stdout
    assert "duplicate line id 'mini_0001'" in out
    assert "unknown speaker 'Ghost'" in out
    assert f"{rooms}:26: warning: line has no #id: tag" in out


def test_fix_ids_adds_ids_where_ink_keeps_them_and_never_changes_old_ones(story):
    rooms = story / "rooms.ink"
    rooms.write_text(rooms.read_text() + "\n=== extra ===\n{lamp: Samantha: Warm. -> END}\n"
                     "Samantha: Goodbye. -> END\n* [Wave.] Theodore: Bye.\n")
    before = {line.line_id for line in inksource.scan(rooms) if line.line_id}
    result = run_cli("lint", "--story", str(story), "--fix-ids")
    assert "added 3 line ids" in result.stderr
    text = rooms.read_text()
    assert "{lamp: Samantha: Warm. #id:rooms_0001 -> END}" in text
    assert "Samantha: Goodbye. #id:rooms_0002 -> END" in text
    assert "* [Wave.] Theodore: Bye. #id:rooms_0003" in text
    after = {line.line_id for line in inksource.scan(rooms) if line.line_id}
    assert before <= after
    again = run_cli("lint", "--story", str(story), "--fix-ids")
    assert "added" not in again.stderr
    assert run_cli("compile", str(story / "main.ink")).returncode == 0


def test_broken_story_lints_as_compile_errors(story):
    (story / "rooms.ink").write_text("=== hallway ===\n* [a] -> nowhere\n")
    result = run_cli("lint", "--story", str(story))
    assert result.returncode == 1
    assert f"{story / 'rooms.ink'}:2: error:" in result.stdout


def test_fix_ids_leaves_block_comments_alone(story):
    rooms = story / "rooms.ink"
    rooms.write_text(rooms.read_text() + "\n=== notes ===\n/* draft:\nSamantha: Not yet.\n"
                     "*/\nSamantha: Now. /* aside */\n-> END\n")
    run_cli("lint", "--story", str(story), "--fix-ids")
    text = rooms.read_text()
    assert "Samantha: Not yet.\n" in text  # inside the comment: untouched
    assert "Samantha: Now. /* aside */ #id:rooms_0001" in text
    assert run_cli("compile", str(story / "main.ink")).returncode == 0


LOOP = MINI.parent / "loop"


@pytest.mark.slow  # its 1.5 s budget through the command line; [loop] below stays
def test_a_story_with_an_endless_loop_is_linted_within_its_budget():
    import time

    started = time.monotonic()
    result = run_cli("lint", "--story", str(LOOP), "--budget", "1.5")
    took = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "route search: explored" in result.stdout
    assert "not exhaustive (time budget of 1.5 s used up)" in result.stdout
    assert "run lint --deep" in result.stdout
    assert took < 15, took  # the budget plus start-up and compiling, on a loaded machine


def test_lint_says_when_the_search_was_exhaustive(story):
    out = run_cli("lint", "--story", str(story)).stdout
    assert "route search: explored" in out and out.rstrip().endswith("; exhaustive")


@pytest.mark.parametrize("folder", ["mini", "loop", "ui", "audio/voice_story"])
def test_every_test_story_lints_within_budget_and_reports_coverage(folder):
    import time

    started = time.monotonic()
    result = run_cli("lint", "--story", str(MINI.parent / folder), "--budget", "1")
    assert time.monotonic() - started < 15
    assert "route search: explored" in result.stdout, result.stdout + result.stderr


RULES = MINI.parent / "lintrules"


def test_every_lint_rule_fires_on_its_fixture_line():
    out = run_cli("lint", "--story", str(RULES)).stdout
    ink, yaml = RULES / "main.ink", RULES / "story.yaml"
    expected = [
        f"{ink}:8: warning: #speaker:bruno is not a character in story.yaml",
        f"{ink}:9: warning: unknown mood '#mood:sulky'",
        f"{ink}:10: warning: #pause:600 is longer than 30 seconds",
        f"{ink}:11: warning: #note: is shown only on a choice",
        f"{ink}:12: warning: unknown choice tag '#price:2'",
        f"{yaml}:6: warning: meter 'patience' has no VAR patience in the ink",
        "main.ink:7: warning: voiced line 'rule_0001' (ana) has no clip; run "
        f"`python main.py voice build --story {RULES.relative_to(MINI.parents[2])}`",
    ]
    for finding in expected:
        assert finding in out, (finding, out)
    assert "'#note:two coins'" not in out  # a known choice tag is not flagged
    assert "#speaker:ana" not in out


def test_story_yaml_problems_name_their_line(story):
    config = story / "story.yaml"
    config.write_text(config.read_text().replace("  lamp: {title: The Lamp}",
                                                 "  lamp: {title: The Lamp, secret: maybe}"))
    out = run_cli("lint", "--story", str(story)).stdout
    assert f"{config}:12: error: endings.lamp.secret: must be true or false" in out


@pytest.mark.parametrize(("manifest", "prefix"), [("", "shop"), ("id_prefix: sh\n", "sh")])
def test_fix_ids_in_a_mod_uses_the_mods_id_or_its_id_prefix(tmp_path, manifest, prefix):
    folder = tmp_path / "shop"
    (folder / "chapters").mkdir(parents=True)
    (folder / "mod.yaml").write_text(f"id: shop\ntitle: Shop\nentry: main.ink\n{manifest}")
    (folder / "main.ink").write_text(f"INCLUDE chapters/two.ink\nHello. #id:{prefix}_0001\n"
                                     "Ana: A new line.\n-> two\n")
    (folder / "chapters" / "two.ink").write_text("=== two ===\nAna: Another.\n-> END\n")
    result = run_cli("lint", "--story", str(folder), "--fix-ids")
    assert "added 2 line ids" in result.stderr, result.stdout + result.stderr
    assert f"Ana: A new line. #id:{prefix}_0002" in (folder / "main.ink").read_text()
    assert f"Ana: Another. #id:{prefix}_0003" in (folder / "chapters" / "two.ink").read_text()


@pytest.mark.parametrize("branch", ['- mood == "warm":', "- closeness >= 3:", "- seen && told:",
                                    '    - choice == "a" and x:', "- else:",
                                    '- "accepted":', "- 2:"])
def test_a_condition_branch_is_not_a_line_to_give_an_id(branch):
    # the spoken line is the one under the branch; an id on the condition would give one
    # spoken line two ids (and the voice pipeline a clip for a condition)
    assert inksource.classify(branch, True) is None
    assert inksource.classify(branch + " Samantha: Hi.", True) == "Samantha: Hi."


PLAYTEST_FIXTURE = MINI.parent / "playtest"


def test_lint_names_dead_text_at_file_line_and_not_a_line_play_reaches(tmp_path):
    folder = tmp_path / "playtest"
    shutil.copytree(PLAYTEST_FIXTURE, folder)
    result = run_cli("lint", "--story", str(folder))
    out = result.stdout
    main = folder / "main.ink"
    assert f"{main}:29: warning: dead text" in out  # the orphan knot nobody diverts to
    assert "dead text" not in out.replace(f"{main}:29: warning: dead text", "")  # the baker
    # (only for a kind reader) and the lane (one road in three) are seen
    assert "dead-text check: 60 play-throughs" in out


def test_dead_text_check_reaches_a_line_behind_a_meter_threshold(tmp_path):
    # five menus, each with one option in three that lowers `x`: random play reaches x <= -5 in
    # one run in 243, and a reader raising every meter never does; the check's readers with a
    # settled attitude (some avoid x) reach it
    menus = "".join(f"Step {n}. #id:t_{n}\n* [Up.]\n    ~ x = x + 1\n* [Wait.]\n* [Down.]\n"
                    f"    ~ x = x - 1\n- " for n in range(5))
    story = tmp_path / "main.ink"
    story.write_text("VAR x = 0\n" + menus + "{x <= -5: Only the steady get here. #id:t_9}\n"
                     "The end. #id:t_10 #ending:done\n-> END\n")
    report = lint.lint(story, time_budget=3.0)
    assert [f for f in report.findings if "dead text" in f.message] == []
    story.write_text(story.read_text().replace("{x <= -5:", "{x <= -6:"))
    report = lint.lint(story, time_budget=3.0)
    dead = [f for f in report.findings if "dead text" in f.message]
    where = [n for n, text in enumerate(story.read_text().splitlines(), 1) if "t_9" in text]
    assert [(f.line, f.severity) for f in dead] == [(where[0], "warning")]


def test_dead_text_cut_short_by_its_budget_is_only_a_note(tmp_path, monkeypatch):
    monkeypatch.setattr(lint, "DEAD_TEXT_BUDGET", 0.0)
    story = tmp_path / "main.ink"
    story.write_text("Start here. #id:b_1\n* [Go left.] -> a\n* [Go right.] -> b\n\n=== a ===\n"
                     "The left room. #id:b_2 #ending:a\n-> END\n\n=== b ===\n"
                     "The right room. #id:b_3 #ending:b\n-> END\n\n=== c ===\n"
                     "A room nobody enters. #id:b_4\n-> END\n")
    report = lint.lint(story, time_budget=3.0)
    dead = [f for f in report.findings if "dead text" in f.message]
    assert [(f.line, f.severity) for f in dead] == [(14, "info")]  # the routes saw the rest
    assert "to be sure" in dead[0].message
    assert report.plays.startswith("0 play-throughs and 2 routes")


@pytest.mark.parametrize("last_new, unseen, expected", [
    (5, 2, ["warning", "warning"]),  # nothing new in the later half: the unseen lines are dead
    (50, 2, ["info", "info"]),  # still finding lines at the end: only rare, perhaps
    (50, 9, ["info"]),  # ... and many of them: one note, not a wall
])
def test_dead_text_is_a_warning_only_once_the_play_throughs_stopped_finding_lines(
        tmp_path, monkeypatch, last_new, unseen, expected):
    from game.core import playtest

    story = tmp_path / "main.ink"
    story.write_text("Hello. #id:s_1 #ending:done\n-> END\n" + "".join(
        f"=== k{n} ===\nNobody comes here {n}. #id:s_{n + 2}\n-> END\n" for n in range(unseen)))
    found = playtest.Coverage(dead_text=[f"{story}:{4 + 3 * n}" for n in range(unseen)],
                              runs=60, wanted=60, last_new=last_new)
    monkeypatch.setattr(playtest, "coverage", lambda *args, **kwargs: found)
    report = lint.lint(story, time_budget=3.0)
    dead = [f for f in report.findings if "not shown" in f.message or "dead text" in f.message]
    assert [f.severity for f in dead] == expected
