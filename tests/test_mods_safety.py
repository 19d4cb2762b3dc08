"""A mod is data: every way out of its folder, every YAML trick and every oversized file is
refused with a ModError that names the file — and a bad mod never stops the main story."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import run_cli

from game.core import mods, source
from game.core.errors import ModError
from game.core.story import Line, Story


def make_mod(root: Path, manifest_tail: str = "", ident: str = "tiny",
             ink: str = "Hello.\n-> END\n", entry: str = "main.ink") -> Path:
    folder = root / ident
    folder.mkdir(parents=True)
    (folder / "main.ink").write_text(ink, encoding="utf-8")
    (folder / "mod.yaml").write_text(f"id: {ident}\ntitle: Tiny\nentry: {entry}\n"
                                     + manifest_tail, encoding="utf-8")
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.ink"
    secret.parent.mkdir()
    secret.write_text("The secret.\n-> END\n", encoding="utf-8")
    return secret


def refused(folder: Path) -> ModError:
    with pytest.raises(ModError) as caught:
        source.resolve(folder)
    return caught.value


@pytest.mark.parametrize("entry", ["../outside/secret.ink", "sub/../../outside/secret.ink",
                                   "..\\outside\\secret.ink"])
def test_dot_dot_in_mod_yaml_is_refused(tmp_path: Path, outside: Path, entry: str) -> None:
    error = refused(make_mod(tmp_path / "mods", entry=entry))
    assert "climbs out with '..'" in error.message and error.message.startswith("entry:")


@pytest.mark.parametrize("entry", ["/etc/hostname.ink", "C:\\story\\main.ink", "\\\\host\\x.ink"])
def test_absolute_paths_are_refused(tmp_path: Path, entry: str) -> None:
    error = refused(make_mod(tmp_path / "mods", entry=entry))
    assert "absolute path" in error.message


def test_entry_symlink_out_is_refused(tmp_path: Path, outside: Path) -> None:
    folder = make_mod(tmp_path / "mods", entry="linked.ink")
    (folder / "linked.ink").symlink_to(outside)
    error = refused(folder)
    assert "symlink to somewhere outside the mod" in error.message
    assert error.path == str(folder / "mod.yaml")


def test_story_yaml_symlink_out_is_refused(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods", "story: story.yaml\n")
    target = tmp_path / "elsewhere.yaml"
    target.write_text("title: x\n", encoding="utf-8")
    (folder / "story.yaml").symlink_to(target)
    assert refused(folder).message.startswith("story:")


def test_asset_folder_symlink_out_is_refused(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods", "music: tunes\n")
    (folder / "tunes").symlink_to(tmp_path, target_is_directory=True)
    assert refused(folder).message.startswith("music:")


def test_include_climbing_out_is_refused_on_the_command_line(tmp_path: Path,
                                                              outside: Path) -> None:
    folder = make_mod(tmp_path / "mods", ink="INCLUDE ../outside/secret.ink\nHi.\n-> END\n")
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 1
    assert f"{folder / 'main.ink'}:1: error: INCLUDE: '../outside/secret.ink' climbs out" \
        in run.stderr
    assert "The secret." not in run.stdout


def test_include_symlink_out_is_refused(tmp_path: Path, outside: Path) -> None:
    folder = make_mod(tmp_path / "mods", ink="INCLUDE part.ink\nHi.\n-> END\n")
    (folder / "part.ink").symlink_to(outside)
    error = refused(folder)
    assert error.line == 1 and "symlink" in error.message


def test_symlinked_mod_folder_is_refused_by_discovery(tmp_path: Path) -> None:
    real = make_mod(tmp_path / "elsewhere")
    (tmp_path / "mods").mkdir()
    (tmp_path / "mods" / "tiny").symlink_to(real, target_is_directory=True)
    scan = mods.discover(tmp_path / "mods")
    assert scan.mods == []
    assert "a link to somewhere outside mods/" in str(scan.problems[0])


def test_python_yaml_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    folder = make_mod(tmp_path / "mods")
    (folder / "mod.yaml").write_text(
        f"id: tiny\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
        "entry: main.ink\n", encoding="utf-8")
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 1
    assert f"{folder / 'mod.yaml'}:2: error: not valid YAML" in run.stderr
    assert "!!python/object" in run.stderr
    assert not marker.exists()


def test_python_tags_in_story_yaml_are_refused(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods")
    (folder / "story.yaml").write_text("title: !!python/name:os.getcwd ''\n", encoding="utf-8")
    run = run_cli("text", "--story", str(folder))
    assert run.returncode == 1 and "story.yaml" in run.stderr and "Traceback" not in run.stderr


def test_huge_mod_yaml_is_refused(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods", "description: '" + "x" * 70_000 + "'\n")
    assert refused(folder).message == "larger than 64 KB"


def test_huge_ink_is_refused_before_reading(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods", ink="INCLUDE big.ink\n-> END\n")
    with open(folder / "big.ink", "wb") as big:
        big.truncate(9 * 1024 * 1024)  # sparse: costs no disk, but its size is what counts
    assert "larger than 8 MB" in refused(folder).message


def test_a_fifo_as_mod_yaml_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = make_mod(tmp_path / "mods")
    (folder / "mod.yaml").unlink()
    os.mkfifo(folder / "mod.yaml")
    assert "not a regular file" in refused(folder).message


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "a/../../b", "..", ""])
def test_tag_values_never_locate_files(tmp_path: Path, name: str) -> None:
    folder = make_mod(tmp_path / "mods")
    (folder / "backgrounds").mkdir()
    resolved = source.resolve(folder)
    assert mods.asset_path(resolved, "bg", name) is None
    assert mods.voice_path(resolved, name, "x") is None


def test_asset_file_symlinked_out_is_not_used(tmp_path: Path, outside: Path) -> None:
    folder = make_mod(tmp_path / "mods")
    (folder / "backgrounds").mkdir()
    (folder / "backgrounds" / "room.png").symlink_to(outside)
    assert mods.asset_path(source.resolve(folder), "bg", "room") is None


def test_bad_mods_never_stop_the_main_story(tmp_path: Path) -> None:
    root = tmp_path / "mods"
    make_mod(root, ident="good")
    make_mod(root, ident="yaml_bomb").joinpath("mod.yaml").write_text("!!python/object:x {}\n")
    make_mod(root, ident="escape", entry="../../x.ink")
    (root / "junk.txt").write_text("not a folder")
    scan = mods.discover(root)
    assert [m.id for m in scan.mods] == ["good"]
    assert len(scan.problems) == 2
    story = Story.open(None, seed=1)  # the game's own story still opens and plays
    assert isinstance(story.next(), Line)


def _many_includes(root, count: int):
    folder = root / "big"
    folder.mkdir(parents=True)
    (folder / "mod.yaml").write_text("id: big\ntitle: Big\nentry: main.ink\n", encoding="utf-8")
    (folder / "main.ink").write_text("".join(f"INCLUDE part{i}.ink\n" for i in range(count))
                                     + "Hello.\n-> END\n", encoding="utf-8")
    for i in range(count):
        (folder / f"part{i}.ink").write_text(f"=== k{i} ===\nLine {i}.\n-> END\n",
                                             encoding="utf-8")
    return folder


def test_ten_thousand_includes_are_refused_at_once(tmp_path):
    import time

    from game.core import mods

    _many_includes(tmp_path / "mods", 10_000)
    start = time.perf_counter()
    scan = mods.discover(tmp_path / "mods")
    assert time.perf_counter() - start < 3  # was 8 s: every INCLUDE resolved before refusing
    assert [str(p) for p in scan.problems] == [
        f"{tmp_path / 'mods' / 'big' / 'mod.yaml'}: error: more than 500 ink files"]


def test_include_discovery_is_remembered_until_a_file_changes(tmp_path, monkeypatch):
    from pathlib import Path

    from game.core import mods

    folder = _many_includes(tmp_path / "mods", 300)
    assert [m.id for m in mods.discover(tmp_path / "mods").mods] == ["big"]
    read = []
    real = Path.read_text
    monkeypatch.setattr(Path, "read_text",
                        lambda self, *a, **k: (read.append(self.suffix), real(self, *a, **k))[1])
    assert [m.id for m in mods.discover(tmp_path / "mods").mods] == ["big"]
    assert ".ink" not in read  # the picker opening again reads no ink file
    (folder / "part7.ink").write_text("=== k7 ===\nChanged, and longer.\n-> END\n",
                                      encoding="utf-8")
    mods.discover(tmp_path / "mods")
    assert ".ink" in read  # a change is seen
