"""The route search's memory of played segments: a segment played from one state is reused
for another state that agrees with it on everything the segment can touch, so the runtime
is not asked again. Each story here has states that differ in a global, and a segment that
would do something different with it if the analysis of what a segment touches missed a
way in: an assignment, a `ref` held across a choice, an invisible default choice taken in
the same segment. The search with the memory must give exactly what it gives without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ink_support import write_stories

from game.core import routes, source

STORIES = {
    # the flag set in the first scene is read only at the end: the middle scenes' segments
    # (choices with start content, printed through the compiler's `$r` return) do not touch
    # it, so they are played once for both values of it
    "shared": """
VAR flag = false
-> start
=== start ===
Morning.
* Right
* Left
    ~ flag = true
- -> middle
=== middle ===
* Walk on[.] you walk.
* Sit down[.] you sit.
- -> late
=== late ===
* Again[.] once more.
* Still[.] no more.
- -> last
=== last ===
The door.
* [Open] -> verdict
=== verdict ===
{flag: Left it was. #ending:left -> END}
Right it was. #ending:right -> END
""",
    # a segment that only assigns the global (read two choices later)
    "assign": """
VAR x = 0
-> start
=== start ===
* [A]
    ~ x = 1
* [B]
    ~ x = 2
- -> bridge
=== bridge ===
The bridge.
* [On]
    ~ x = 3
    -> near
=== near ===
The end is near.
* [Go] -> verdict
=== verdict ===
{x == 3: Three. #ending:three -> END}
Not three. #ending:other -> END
""",
    # a tunnel holding a `ref` to the global across its choice assigns through it
    "ref": """
VAR x = 0
-> start
=== start ===
* [A]
    ~ x = 1
* [B]
    ~ x = 2
- -> bump(x) ->
-> near
=== bump(ref v) ===
Bump.
* [Push]
    ~ v = 5
- ->->
=== near ===
The end is near.
* [Go] -> verdict
=== verdict ===
{x == 5: Five. #ending:five -> END}
Not five. #ending:other -> END
""",
    # an invisible default choice is taken in the same segment, which then reads the global
    "default": """
VAR x = 0
-> start
=== start ===
* [A]
    ~ x = 1
* [B]
    ~ x = 2
- -> bridge
=== bridge ===
The bridge.
* [On] -> fall
=== fall ===
Falling.
* -> verdict
=== verdict ===
{x == 1: One. #ending:one -> END}
Two. #ending:two -> END
""",
}

EXPECTED = {"shared": {"left", "right"}, "assign": {"three"}, "ref": {"five"},
            "default": {"one", "two"}}


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, Path]:
    return write_stories(tmp_path_factory.mktemp("memo_stories"), STORIES)


def run(path: Path, monkeypatch, memo: bool) -> tuple[dict, int]:
    """The search's report (without timings) and how many segments the runtime played."""
    played = 0
    segment = routes._Expander._segment

    def counted(self, parent, index):
        nonlocal played
        played += 1
        return segment(self, parent, index)

    with monkeypatch.context() as patch:
        patch.setattr(routes._Expander, "_segment", counted)
        if not memo:
            patch.setattr(routes, "MEMO_MAX", 0)
        loaded = source.load(path)
        report = routes.explore(loaded.json_text, loaded.config, workers=1)
    result = report.as_dict()
    for key in ("elapsed", "workers"):
        result.pop(key)
    return result, played


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_memory_of_segments_changes_nothing_found(stories, monkeypatch, name):
    with_memo, _ = run(stories[name], monkeypatch, memo=True)
    without, _ = run(stories[name], monkeypatch, memo=False)
    assert with_memo["complete"]
    assert set(with_memo["endings"]) == EXPECTED[name]
    assert with_memo == without


def test_a_segment_that_cannot_touch_a_difference_is_played_once(stories, monkeypatch):
    report, played = run(stories["shared"], monkeypatch, memo=True)
    unreduced, played_without = run(stories["shared"], monkeypatch, memo=False)
    assert report == unreduced
    # two states (flag set or not) at each of the two middle choice points, of two options
    # each: those four segments are played for one of the states only (the last choice's
    # segment reads the flag, so it is played for both)
    assert played_without - played == 4, (played, played_without)
