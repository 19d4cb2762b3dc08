"""The `compile` command and the compiler API: errors as file:line, cache, BOM, no Node."""

import json
import shutil

import pytest
from helpers import MINI, run_cli

from game.core import compiler
from game.core.errors import CompileError, StoryError


@pytest.fixture
def mini(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    return folder


def test_compile_writes_bom_free_json_stamped_with_its_sources(mini):
    result = run_cli("compile", str(mini / "main.ink"))
    assert result.returncode == 0, result.stderr
    data = (mini / "main.json").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    story = json.loads(data)
    assert story["inkVersion"] >= 21
    assert compiler.compiled_is_current(mini / "main.ink", mini / "main.json")
    (mini / "rooms.ink").write_text((mini / "rooms.ink").read_text() + "\nOne more line.\n")
    assert not compiler.compiled_is_current(mini / "main.ink", mini / "main.json")


def test_broken_ink_names_file_and_line_and_exits_1(mini):
    rooms = mini / "rooms.ink"
    lines = rooms.read_text().splitlines()
    lines[3] = "* [The roof.] -> nowhere_at_all"
    rooms.write_text("\n".join(lines) + "\n")
    result = run_cli("compile", str(mini / "main.ink"))
    assert result.returncode == 1
    assert f"{mini / 'rooms.ink'}:4: error:" in result.stderr
    assert "nowhere_at_all" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_include_points_at_the_include_line(mini):
    main = mini / "main.ink"
    main.write_text(main.read_text().replace("INCLUDE rooms.ink", "INCLUDE attic.ink"))
    result = run_cli("text", "--story", str(main))
    assert result.returncode == 1
    assert f"{main}:6: error: INCLUDE names 'attic.ink'" in result.stderr


def test_compiled_output_is_cached_by_content(mini, monkeypatch, tmp_path):
    monkeypatch.setenv("HER_CACHE_DIR", str(tmp_path / "fresh-cache"))
    first = compiler.compile_ink(mini / "main.ink")
    assert not first.from_cache
    second = compiler.compile_ink(mini / "main.ink")
    assert second.from_cache and second.json_text == first.json_text
    (mini / "rooms.ink").write_text((mini / "rooms.ink").read_text() + "\nExtra.\n")
    assert not compiler.compile_ink(mini / "main.ink").from_cache


def test_without_node_ink_asks_for_node_but_json_still_plays(mini, monkeypatch, tmp_path):
    monkeypatch.setattr(compiler, "find_node", lambda: None)
    monkeypatch.setenv("HER_CACHE_DIR", str(tmp_path / "empty-cache"))
    with pytest.raises(StoryError) as caught:
        compiler.compile_ink(mini / "main.ink")
    assert "Node.js" in str(caught.value) and "Inky" in str(caught.value)


def test_json_with_bom_plays(mini, tmp_path):
    result = compiler.compile_ink(mini / "main.ink")
    exported = tmp_path / "exported.json"
    exported.write_bytes(b"\xef\xbb\xbf" + result.json_text.encode())
    played = run_cli("text", "--story", str(exported), "--seed", "1", "--choose", "1,2")
    assert played.returncode == 0, played.stderr
    assert "ENDING: lamp" in played.stdout


def test_compile_error_collects_every_diagnostic(mini):
    (mini / "rooms.ink").write_text("=== hallway ===\n~ x = \n* [a] -> gone\n")
    with pytest.raises(CompileError) as caught:
        compiler.compile_ink(mini / "main.ink")
    assert len(caught.value.diagnostics) >= 1
    assert all(d.path.endswith("rooms.ink") or d.path.endswith("main.ink")
               for d in caught.value.diagnostics)


def test_a_stale_build_still_plays_without_node_and_says_so(mini, monkeypatch):
    from game.core import source

    compiler.compile_to_file(mini / "main.ink")
    fresh = source.load(mini)
    assert fresh.json_text == source.read_json(mini / "main.json")  # the build, used as is
    assert not any("older than its ink sources" in d.message for d in fresh.diagnostics)
    (mini / "rooms.ink").write_text((mini / "rooms.ink").read_text() + "\nAn edit.\n")
    monkeypatch.setattr(compiler, "find_node", lambda: None)  # where source.load asks
    stale = source.load(mini)
    assert stale.json_text == source.read_json(mini / "main.json")
    assert any("older than its ink sources" in d.message for d in stale.diagnostics)
