"""The speedrun commands as a runner uses them: `play --speedrun --autoplay` for every category
writes a run that `replay verify` confirms to the tick; `--seed` makes a seeded category with its
own personal best; `runs` lists the save folder's runs and each mod's, verified or not;
`splits export` writes a LiveSplit file whose segments are the category's timer splits."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from helpers import run_cli
from ui_support import FIXTURE

from game.core.profile import load_profile
from game.core.story import Story
from game.speedrun.categories import categories, category, split_title, timer_splits

ANSWERS = {"any": "1,1", "ending:together": "1,1", "ending:alone": "2,2",
           "all": "1,1,2,2"}


def autoplay_run(saves, category_id: str, *extra: str) -> dict:  # noqa: ANN001
    result = run_cli("play", "--speedrun", "--category", category_id, "--autoplay",
                     "--exit-on-ending", "--story", str(FIXTURE), "--choose",
                     ANSWERS[category_id], "--save-dir", str(saves), *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    files = sorted((saves / "runs").glob("*.herrun"), key=lambda p: p.stat().st_mtime)
    assert files, result.stdout
    return json.loads(files[-1].read_text(encoding="utf-8")) | {"path": str(files[-1])}


def test_the_fixture_offers_the_categories_the_test_plays():
    story = Story.open(FIXTURE, seed=1)
    assert {c.id for c in categories(story.config)} == set(ANSWERS)


@pytest.mark.parametrize("category_id", sorted(ANSWERS))
def test_an_autoplayed_run_of_every_category_verifies_to_the_tick(tmp_path, category_id):
    run = autoplay_run(tmp_path / "saves", category_id)
    assert run["category"] == category_id and run["igt"] > 0
    result = run_cli("replay", "verify", run["path"], "--json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] and report["igt"] == run["igt"]
    assert [s["igt"] for s in report["splits"]] == [s["igt"] for s in run["splits"]]
    if category_id == "all":
        assert sorted(report["endings"]) == ["alone", "together"]


def test_a_seed_makes_its_own_category_and_personal_best(tmp_path):
    saves = tmp_path / "saves"
    run = autoplay_run(saves, "any", "--seed", "42")
    assert run["seed"] == 42 and run["seeded"] is True
    assert all(entry[2] == 42 for entry in run["inputs"] if entry[1] == "new")
    best = load_profile(saves).best_times
    assert "any@seed=42" in best and "any" not in best  # not the unseeded Any% PB
    text = run_cli("replay", "verify", run["path"])
    assert text.returncode == 0 and "Any% (seed 42)" in text.stdout and "seed: 42 (fixed)" \
        in text.stdout
    unseeded = autoplay_run(saves, "any")
    assert unseeded["seeded"] is False and "any" in load_profile(saves).best_times


def test_runs_lists_the_save_folder_and_each_mod_verified_or_not(tmp_path):
    saves = tmp_path / "saves"
    good = autoplay_run(saves, "ending:alone")
    mod_runs = saves / "mods" / "small-hours" / "runs"
    mod_runs.mkdir(parents=True)
    forged = json.loads(open(good["path"], encoding="utf-8").read())
    forged["igt"] -= 10  # a careless edit: the checksum no longer holds
    (mod_runs / "forged.herrun").write_text(json.dumps(forged), encoding="utf-8")
    (mod_runs / "junk.herrun").write_text("{not json", encoding="utf-8")
    result = run_cli("runs", "--save-dir", str(saves), "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["file"].rsplit("/", 1)[-1]: row for row in json.loads(result.stdout)["runs"]}
    assert len(rows) == 3
    mine = rows[good["path"].rsplit("/", 1)[-1]]
    assert mine["verified"] and mine["category_title"] == "Alone" and mine["igt"] == good["igt"]
    assert rows["forged.herrun"]["verdict"] == "NOT VERIFIED"
    assert any("checksum" in p for p in rows["forged.herrun"]["problems"])
    assert rows["junk.herrun"]["verdict"] == "unreadable"
    text = run_cli("runs", "--save-dir", str(saves))
    assert "Alone" in text.stdout and "verified" in text.stdout and "NOT VERIFIED" in text.stdout
    empty = run_cli("runs", "--save-dir", str(tmp_path / "none"))
    assert empty.returncode == 0 and "no runs in" in empty.stdout


@pytest.mark.parametrize("category_id", ["any", "ending:alone", "all"])
def test_splits_export_writes_a_livesplit_file_matching_the_category(tmp_path, category_id):
    out = tmp_path / "her.lss"
    result = run_cli("--save-dir", str(tmp_path / "saves"), "splits", "export", "--category",
                     category_id, "--story", str(FIXTURE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag == "Run" and root.get("version") == "1.7.0"
    story = Story.open(FIXTURE, seed=1)
    chosen = category(story.config, category_id)
    assert root.findtext("GameName") == "Small Hours"
    assert root.findtext("CategoryName") == chosen.title
    names = [s.findtext("Name") for s in root.iter("Segment")]
    expected = [split_title(story.config, n) for n in timer_splits(story.config, chosen)]
    assert names == expected and len(names) >= 2
    if category_id == "any":
        assert names == ["The Long Night", "Ending"]
    if category_id == "ending:alone":
        assert names == ["The Long Night", "Ending: Alone"]


def test_splits_export_carries_the_personal_best(tmp_path):
    saves = tmp_path / "saves"
    run = autoplay_run(saves, "any")
    out = tmp_path / "pb.lss"
    assert run_cli("--save-dir", str(saves), "splits", "export", "--category", "any",
                   "--story", str(FIXTURE), "-o", str(out)).returncode == 0
    times = [s.findtext("SplitTimes/SplitTime/GameTime") for s in ET.parse(out).iter("Segment")]
    final = run["igt"]
    assert times[-1] == f"00:00:{final // 60:02d}.{final % 60 * 10_000_000 // 60:07d}"


def test_splits_export_refuses_an_unknown_category_and_a_wrong_suffix(tmp_path):
    bad = run_cli("splits", "export", "--category", "glitchless", "--story", str(FIXTURE), "-o",
                  str(tmp_path / "x.lss"))
    assert bad.returncode == 1 and "no speedrun category 'glitchless'" in bad.stderr
    suffix = run_cli("splits", "export", "--story", str(FIXTURE), "-o", str(tmp_path / "x.txt"))
    assert suffix.returncode == 1 and ".lss" in suffix.stderr
    assert not (tmp_path / "x.lss").exists() and not (tmp_path / "x.txt").exists()
