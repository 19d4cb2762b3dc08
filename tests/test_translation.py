"""Localisation through the command line: extract a PO file, translate two entries, play in
that language (translated where filled, the original elsewhere), and lint what is missing or
stale."""

from __future__ import annotations

import shutil

import polib
import pytest
from helpers import MINI, json_events, run_cli


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    return folder


def fill(po_path, translations: dict[tuple[str, str], str]) -> None:
    po = polib.pofile(str(po_path))
    for entry in po:
        key = (entry.msgctxt, entry.msgid)
        if key in translations:
            entry.msgstr = translations.pop(key)
    assert not translations, f"not in the PO file: {translations}"
    po.save(str(po_path))


def test_round_trip_extract_fill_two_play_translated_with_fallback(story):
    done = run_cli("translate", "extract", "--lang", "fr", "--story", str(story))
    assert done.returncode == 0, done.stderr
    po_path = story / "translations" / "fr.po"
    assert f"wrote {po_path}" in done.stdout
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "fr"
    contexts = {entry.msgctxt for entry in po}
    assert {"mini_0001", "choice"} <= contexts  # lines keyed by id, and the choices
    fill(po_path, {("mini_0001", "Hello. Can you hear me?"): "Bonjour. Tu m'entends ?",
                   ("choice", "Say hello back."): "Dire bonjour."})
    plain = json_events(run_cli("text", "--story", str(story), "--choose", "1,1", "--json",
                                "--seed", "2").stdout)
    french = json_events(run_cli("text", "--story", str(story), "--choose", "1,1", "--json",
                                 "--seed", "2", "--lang", "fr").stdout)
    lines = [e["text"] for e in french if e["event"] == "line"]
    assert lines[0] == "Bonjour. Tu m'entends ?"
    original = [e["text"] for e in plain if e["event"] == "line"]
    assert lines[1:] == original[1:]  # untranslated lines fall back to the original
    choices = next(e for e in french if e["event"] == "choices")["choices"]
    assert choices[0]["text"] == "Dire bonjour."
    assert choices[1:] == next(e for e in plain if e["event"] == "choices")["choices"][1:]
    assert french[-1]["id"] == plain[-1]["id"]  # the same story, read in another language


def test_language_setting_and_lint_reports_untranslated_and_stale(story, tmp_path):
    run_cli("translate", "extract", "--lang", "fr", "--story", str(story))
    po_path = story / "translations" / "fr.po"
    fill(po_path, {("mini_0001", "Hello. Can you hear me?"): "Bonjour. Tu m'entends ?"})
    saves = tmp_path / "saves"
    saves.mkdir()
    (saves / "settings.json").write_text('{"language": "fr"}')
    out = run_cli("--save-dir", str(saves), "text", "--story", str(story), "--choose",
                  "1,1").stdout
    assert "Samantha: Bonjour. Tu m'entends ?" in out
    main = story / "main.ink"
    main.write_text(main.read_text().replace("Hello. Can you hear me?", "Hello? Can you hear?"))
    lint = run_cli("lint", "--story", str(story)).stdout
    assert f"{po_path}:" in lint and "stale translation of line 'mini_0001'" in lint
    assert "untranslated entries" in lint
    stale = run_cli("text", "--story", str(story), "--choose", "1,1", "--lang", "fr").stdout
    assert "Hello? Can you hear?" in stale  # a stale translation is not shown
    again = run_cli("translate", "extract", "--lang", "fr", "--story", str(story))
    assert again.returncode == 0
    entry = next(e for e in polib.pofile(str(po_path)) if e.msgctxt == "mini_0001")
    assert entry.msgid == "Hello? Can you hear?" and "fuzzy" in entry.flags
    assert entry.previous_msgid == "Hello. Can you hear me?"
    assert entry.msgstr == "Bonjour. Tu m'entends ?"  # kept for the translator to revise


def test_a_bad_language_code_is_a_clear_error(story):
    result = run_cli("translate", "extract", "--lang", "../x", "--story", str(story))
    assert result.returncode == 1 and "not a language code" in result.stderr
