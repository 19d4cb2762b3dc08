"""story.yaml and mod.yaml are read with libyaml when PyYAML has it (start-up), and the C path
refuses exactly what the pure-Python one refuses: anchors, aliases, too many values."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.core import safeyaml

STORY_YAML = Path(__file__).resolve().parent.parent / "story" / "story.yaml"
PATHS = ["c", "python"] if safeyaml._CLoader is not None else ["python"]


@pytest.fixture(params=PATHS)
def loader(request, monkeypatch):
    if request.param == "python":
        monkeypatch.setattr(safeyaml, "_CLoader", None)
    return request.param


def test_the_shipped_story_yaml_reads_as_safe_load_reads_it(loader):
    text = STORY_YAML.read_text(encoding="utf-8")
    assert safeyaml.load(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["a: &x 1\nb: 2\n", "a: 1\nb: *x\n", "- &list [1, 2]\n"])
def test_anchors_and_aliases_are_refused_with_their_line(loader, text):
    with pytest.raises(yaml.YAMLError) as caught:
        safeyaml.load(text)
    assert "anchors and aliases" in str(caught.value)
    assert "line" in str(caught.value)


def test_too_many_values_are_refused(loader, monkeypatch):
    monkeypatch.setattr(safeyaml, "MAX_NODES", 50)
    assert len(safeyaml.load("[" + ",".join(["1"] * 40) + "]")) == 40
    with pytest.raises(yaml.YAMLError, match="more than 50 values"):
        safeyaml.load("[" + ",".join(["1"] * 60) + "]")


def test_libyaml_builds_the_document_when_pyyaml_has_it(monkeypatch):
    if safeyaml._CLoader is None:
        pytest.skip("PyYAML was built without libyaml: pip install --force-reinstall pyyaml")
    used = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, Loader: used.append(Loader) or real(
        text, Loader=Loader))
    safeyaml.load("title: Her\n")
    assert used == [yaml.CSafeLoader]
