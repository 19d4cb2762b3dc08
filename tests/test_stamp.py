"""The source-hash stamp of a compiled main.json is read from the file's end, so starting the
game does not parse the whole story one extra time; any other JSON still reads correctly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core import compiler
from game.core.compiler import SOURCE_HASH_KEY, compiled_is_current, read_stamp

STORY = Path(__file__).resolve().parent.parent / "story"
HASH = "ab" * 32


def test_the_shipped_story_is_current_without_parsing_its_json(monkeypatch):
    def no_parse(*_args, **_kwargs):
        raise AssertionError("main.json was parsed to read its stamp")

    monkeypatch.setattr(compiler.json, "loads", no_parse)
    assert read_stamp(STORY / "main.json")
    assert compiled_is_current(STORY / "main.ink", STORY / "main.json")


@pytest.mark.parametrize("data, expected", [
    ({"inkVersion": 21, "root": [], SOURCE_HASH_KEY: HASH}, HASH),  # as compile writes it
    ({SOURCE_HASH_KEY: HASH, "inkVersion": 21, "root": []}, HASH),  # stamp not last: parsed
    ({"inkVersion": 21, "root": [], "x": {SOURCE_HASH_KEY: HASH}}, None),  # not top level
    ({"inkVersion": 21, "root": []}, None),  # an Inky export has none
])
def test_a_stamp_is_read_wherever_it_stands_and_only_at_the_top(tmp_path, data, expected):
    path = tmp_path / "main.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    assert read_stamp(path) == expected


def test_a_changed_source_is_not_current(tmp_path):
    (tmp_path / "main.ink").write_text("Hello.\n", encoding="utf-8")
    path = tmp_path / "main.json"
    path.write_text(json.dumps({"inkVersion": 21, SOURCE_HASH_KEY: HASH}), encoding="utf-8")
    assert not compiled_is_current(tmp_path / "main.ink", path)


def test_a_build_found_current_is_remembered_by_its_files_dates(tmp_path, monkeypatch):
    """The next start-up reads and hashes no source while none changed; any change (even one
    of the same size) is seen, and a file changed just now is not trusted by its date."""
    import os
    import shutil
    import time

    from game.core import inkfiles

    story = tmp_path / "mini"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", story)
    compiler.compile_to_file(story / "main.ink")
    entry, built = story / "main.ink", story / "main.json"
    assert compiled_is_current(entry, built)  # just written: checked whole, not remembered
    assert not inkfiles._memo_path(built).exists()  # noqa: SLF001
    settled = time.time() - 60
    for path in story.iterdir():
        os.utime(path, (settled, settled))
    assert compiled_is_current(entry, built)  # checked whole, and now remembered
    assert inkfiles._memo_path(built).is_file()  # noqa: SLF001
    hashed: list[Path] = []
    hash_sources = inkfiles.hash_sources

    def watched(entry, files):  # noqa: ANN001, ANN202
        hashed.append(entry)
        return hash_sources(entry, files)

    monkeypatch.setattr(inkfiles, "hash_sources", watched)
    assert compiled_is_current(entry, built) and hashed == []  # from the files' dates alone
    rooms = story / "rooms.ink"
    text = rooms.read_text(encoding="utf-8")
    rooms.write_text(text.replace("a", "b", 1), encoding="utf-8")  # the same size, changed
    assert not compiled_is_current(entry, built) and hashed == [entry]
    rooms.write_text(text, encoding="utf-8")  # back as built, but changed just now
    os.utime(built, (settled, settled))
    assert compiled_is_current(entry, built) and len(hashed) == 2
    assert compiled_is_current(entry, built) and len(hashed) == 3  # not trusted by date yet
