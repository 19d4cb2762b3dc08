"""Mods as players and modders meet them: discovery, mod.yaml validation, playing through the
command line, and lint for assets named by tags."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import INTERCEPT, ROOT, json_events, run_cli

from game.core import modlint, mods, source
from game.core.errors import ModError

EXAMPLE = ROOT / "mods" / "amys_documentary"
PREMIERE = "1,1,1,2,2,1"  # from `python main.py routes --story mods/amys_documentary`
DRAWER = "1,1,1,2,3,1"
INTERCEPT_PEACE = "1,1,1,2,1,2,2,2,1,1,1,2,2,2,2,1,1,1,2,2,1,1,2,1,1"


def make_mod(root: Path, ident: str = "tiny", manifest: str | None = None,
             ink: str = "Hello. #id:t1\n-> END\n") -> Path:
    folder = root / ident
    folder.mkdir(parents=True)
    (folder / "main.ink").write_text(ink, encoding="utf-8")
    (folder / "mod.yaml").write_text(
        manifest if manifest is not None else f"id: {ident}\ntitle: Tiny\nentry: main.ink\n",
        encoding="utf-8")
    return folder


# --- playing, through the same command a player types -----------------------------------------
@pytest.mark.parametrize(("answers", "ending"), [(PREMIERE, "premiere"), (DRAWER, "drawer")])
def test_example_mod_plays_to_both_endings(answers: str, ending: str) -> None:
    run = run_cli("text", "--story", "mods/amys_documentary", "--seed", "1", "--choose", answers,
                  "--json")
    assert run.returncode == 0, run.stderr
    events = json_events(run.stdout)
    assert events[0]["title"] == "Amy's Documentary"
    assert events[-1]["event"] == "ending" and events[-1]["id"] == ending
    spoken = [e for e in events if e["event"] == "line" and e["speaker"]]
    assert {e["speaker"] for e in spoken} >= {"amy", "theodore"}
    assert all(e["id"] for e in spoken), "every spoken line carries an #id: tag"
    assert set(events[-1]["variables"]) >= {"nerve", "trust"}


def test_example_mod_text_output_names_speakers_and_ending() -> None:
    run = run_cli("text", "--story", "mods/amys_documentary", "--choose", DRAWER)
    assert run.returncode == 0, run.stderr
    assert "Amy: You came." in run.stdout
    assert "*** The Drawer ***" in run.stdout
    assert run.stdout.rstrip().endswith("ENDING: drawer")


def test_example_mod_compiled_json_is_current() -> None:
    from game.core.compiler import compiled_is_current

    assert compiled_is_current(EXAMPLE / "main.ink", EXAMPLE / "main.json"), \
        "run `python main.py compile mods/amys_documentary/main.ink` and commit main.json"


def test_the_intercept_plays_as_plain_ink() -> None:
    assert INTERCEPT.is_file()
    run = run_cli("text", "--story", str(INTERCEPT), "--seed", "0", "--choose", INTERCEPT_PEACE)
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip().endswith("ENDING: make_your_peace")


def test_the_intercept_plays_as_a_mod_folder(tmp_path: Path) -> None:
    folder = tmp_path / "intercept"
    folder.mkdir()
    shutil.copy(INTERCEPT, folder / "TheIntercept.ink")  # a temp copy, never into the repo
    (folder / "mod.yaml").write_text("id: intercept\ntitle: The Intercept\n"
                                     "entry: TheIntercept.ink\n", encoding="utf-8")
    run = run_cli("text", "--story", str(folder), "--seed", "0", "--choose", INTERCEPT_PEACE)
    assert run.returncode == 0, run.stderr
    assert "ENDING: make_your_peace" in run.stdout


def test_inky_exported_json_entry_plays(tmp_path: Path) -> None:
    folder = make_mod(tmp_path, manifest="id: tiny\ntitle: Tiny\nentry: story.json\n")
    assert run_cli("compile", str(folder / "main.ink"), "-o", str(folder / "story.json")
                   ).returncode == 0
    (folder / "main.ink").unlink()
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 0, run.stderr
    assert "Hello." in run.stdout


def test_compile_command_accepts_a_mod_folder(tmp_path: Path) -> None:
    folder = make_mod(tmp_path)
    run = run_cli("compile", str(folder))
    assert run.returncode == 0, run.stderr
    assert json.loads((folder / "main.json").read_text(encoding="utf-8-sig"))["inkVersion"]


def test_bad_mod_reports_file_and_key_on_the_command_line(tmp_path: Path) -> None:
    folder = make_mod(tmp_path, manifest="id: tiny\ntitle: Tiny\nentry: main.ink\ncolour: red\n")
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 1
    assert f"{folder / 'mod.yaml'}: error: colour: unknown key" in run.stderr
    assert "Traceback" not in run.stderr


# --- mod.yaml validation ------------------------------------------------------------------
@pytest.mark.parametrize(("manifest", "expected"), [
    ("title: T\nentry: main.ink\n", "id: missing"),
    ("id: tiny\nentry: main.ink\n", "title: missing"),
    ("id: tiny\ntitle: T\n", "entry: missing"),
    ("id: Tiny Mod\ntitle: T\nentry: main.ink\n", "id: 'Tiny Mod' is not an id"),
    ("id: other\ntitle: T\nentry: main.ink\n", "must match the folder name"),
    ("id: tiny\ntitle: T\nentry: main.txt\n", "entry: must name a .ink"),
    ("id: tiny\ntitle: T\nentry: nope.ink\n", "entry: 'nope.ink' does not exist"),
    ("id: tiny\ntitle: [a, b]\nentry: main.ink\n", "title: must be text"),
    ("id: tiny\ntitle: T\nentry: main.ink\nmusic: tunes\n", "music: 'tunes' is not a folder"),
    ("- just\n- a list\n", "must be a mapping"),
    ("id: tiny\ntitle: 'unclosed\n", "not valid YAML"),
])
def test_manifest_errors_name_the_file_and_key(tmp_path: Path, manifest: str,
                                               expected: str) -> None:
    folder = make_mod(tmp_path, manifest=manifest)
    with pytest.raises(ModError) as caught:
        mods.load_manifest(folder)
    assert expected in str(caught.value)
    assert caught.value.path == str(folder / "mod.yaml")


def test_story_yaml_errors_name_its_key(tmp_path: Path) -> None:
    folder = make_mod(tmp_path)
    (folder / "story.yaml").write_text("meters:\n  nerve: {min: 5, max: 1}\n", encoding="utf-8")
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 1
    assert "story.yaml:2: error: meters.nerve.max" in run.stderr  # key and line


def test_discovery_returns_good_mods_and_problems(tmp_path: Path) -> None:
    make_mod(tmp_path, "good")
    make_mod(tmp_path, "broken", manifest="id: broken\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / ".hidden").mkdir()
    scan = mods.discover(tmp_path)
    assert [m.id for m in scan.mods] == ["good"]
    problems = sorted(str(p) for p in scan.problems)
    assert len(problems) == 2
    assert "broken/mod.yaml: error: title: missing" in problems[0]
    assert "empty: error: no mod.yaml" in problems[1]


def test_discovery_finds_the_example_mod() -> None:
    scan = mods.discover()
    found = {m.id: m for m in scan.mods}
    assert found["amys_documentary"].title == "Amy's Documentary"
    assert found["amys_documentary"].story_config.name == "story.yaml"


def test_resolve_gives_a_mod_source_with_its_config_and_assets() -> None:
    resolved = source.resolve(EXAMPLE)
    assert isinstance(resolved, mods.ModSource)
    assert resolved.mod.id == "amys_documentary"
    assert resolved.config_path == EXAMPLE / "story.yaml"
    assert resolved.json == EXAMPLE / "main.json"
    assert mods.asset_path(resolved, "bg", "editing_room") == \
        EXAMPLE / "backgrounds" / "editing_room.png"
    assert mods.asset_path(resolved, "bg", "office") is None  # built in: the game draws it
    assert EXAMPLE / "main.ink" in resolved.watch_files


def test_voice_path_finds_a_clip_in_the_mod(tmp_path: Path) -> None:
    folder = make_mod(tmp_path)
    clip = folder / "voice" / "amy" / "t1.ogg"
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"OggS")
    resolved = source.resolve(folder)
    assert mods.voice_path(resolved, "amy", "t1") == clip
    assert mods.voice_path(resolved, "amy", "t2") is None
    assert mods.voice_path(resolved, "..", "t1") is None


# --- lint for mods --------------------------------------------------------------------------
def test_example_mod_lints_clean() -> None:
    assert modlint.mod_lint(source.resolve(EXAMPLE)) == []


def test_lint_reports_missing_assets_at_their_line(tmp_path: Path) -> None:
    ink = ("Start. #bg:office #music:piano\n"
           "Here. #bg:kitchen\n"
           "// a comment: #bg:ignored\n"
           "There. #sfx:bell #music:mine\n"
           "Sneaky. #bg:../../etc/passwd\n"
           "-> END\n")
    folder = make_mod(tmp_path, ink=ink)
    (folder / "music").mkdir()
    (folder / "music" / "mine.ogg").write_bytes(b"OggS")
    found = [str(d) for d in modlint.mod_lint(source.resolve(folder))]
    shown = folder / "main.ink"
    assert len(found) == 3, found
    assert found[0].startswith(f"{shown}:2: error: #bg:kitchen names no built-in backgrounds")
    assert found[1].startswith(f"{shown}:4: error: #sfx:bell")
    assert found[2].startswith(f"{shown}:5: error: #bg:../../etc/passwd is not an asset name")


def test_lint_reads_tags_from_an_exported_json(tmp_path: Path) -> None:
    folder = make_mod(tmp_path, ink="Hi. #bg:nowhere\n-> END\n",
                      manifest="id: tiny\ntitle: T\nentry: main.json\n")
    assert run_cli("compile", str(folder / "main.ink")).returncode == 0
    (folder / "main.ink").unlink()
    found = modlint.mod_lint(source.resolve(folder))
    assert [d.message.split(" names")[0] for d in found] == ["#bg:nowhere"]


def test_every_spoken_line_of_the_example_has_a_voice_clip() -> None:
    resolved = source.resolve(EXAMPLE)
    for answers in (PREMIERE, DRAWER):
        run = run_cli("text", "--story", "mods/amys_documentary", "--choose", answers, "--json")
        spoken = [e for e in json_events(run.stdout) if e["event"] == "line" and e["speaker"]]
        assert spoken
        for event in spoken:
            clip = mods.voice_path(resolved, event["speaker"], event["id"])
            assert clip is not None and clip.read_bytes()[:4] == b"OggS", event


def test_a_mod_keeps_its_own_saves_and_profile_in_every_shell(tmp_path):
    from helpers import ROOT, run_cli

    saves = tmp_path / "saves"
    mod = ROOT / "mods" / "amys_documentary"
    result = run_cli("text", "--story", str(mod), "--save-dir", str(saves), "--choose", "1")
    assert result.returncode in (0, 2), result.stderr
    own = saves / "mods" / "amys_documentary"
    assert (own / "profile.json").is_file() and list(own.glob("auto-*.json"))
    assert not (saves / "profile.json").exists() and not list(saves.glob("auto-*.json"))
