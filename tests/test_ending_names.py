"""A plain ink story (no story.yaml) names each ending after the knot of its last line, and
that knot is the one inkjs's path of the last line's content names: tests/inkjs_paths.js plays
the same compiled story in inkjs, and the engine must agree on every play-through. The stories
are built to defeat a lookup by text (the last words also stand in a spare knot) and a replay
that reads the path before each line (a divert, a tunnel, a thread, glue or a function moves
the content elsewhere after that path was read)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess

import pytest
from helpers import INTERCEPT, ROOT, json_events, run_cli

from game.core.compiler import compile_ink
from game.core.story import Choices, Line, Story

HARNESS = ROOT / "tests" / "inkjs_paths.js"
needs_inkjs = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "inkjs").is_dir(),
    reason="needs Node.js and inkjs: run `npm ci` in the project folder")

SPARE = "=== spare ===\n{words}\n-> END\n"
STORIES = {
    "tunnel": "Start.\n-> hall\n=== hall ===\nYou walk in.\n-> coda ->\n-> END\n"
              "=== coda ===\nThe end.\n->->\n" + SPARE.format(words="The end."),
    "tunnel_done": "-> a\n=== a ===\nIn a.\n-> t ->\nNever.\n=== t ===\nTunnel text.\n"
                   "-> DONE\n" + SPARE.format(words="Tunnel text."),
    "divert": "Start.\n* [Left] -> left\n* [Right] -> right\n=== left ===\nYou go left.\n"
              "-> finale\n=== right ===\nYou go right.\n-> finale\n=== finale ===\n"
              "It is over.\n-> END\n" + SPARE.format(words="It is over."),
    "thread": "-> room\n=== room ===\nA room.\n<- radio\n* [Leave] Gone.\n  -> END\n"
              "=== radio ===\nThe radio hums.\n* [Listen] You listen.\n  -> tail\n"
              "=== tail ===\nStatic.\n-> END\n" + SPARE.format(words="Static.\nGone."),
    "function": "-> scene\n=== scene ===\nA line.\n{farewell()}\n-> END\n"
                "=== function farewell ===\nGoodbye.\n" + SPARE.format(words="Goodbye."),
    "glue": "-> a\n=== a ===\nHalf a line <>\n-> b\n=== b ===\nand the rest.\n-> END\n",
    "gather": "-> q\n=== q ===\nQuestion?\n* Yes\n* No\n- Either way, done.\n-> END\n"
              + SPARE.format(words="Either way, done."),
    "top_level": "Top.\n-> helper ->\nBack at the top.\n-> END\n=== helper ===\nHelping.\n"
                 "->->\n" + SPARE.format(words="Back at the top."),
    "stitch": "-> house.attic\n=== house ===\n= attic\nDust.\n* [Down] -> cellar\n"
              "= cellar\nDark.\n-> yard\n= porch\nThe porch.\n-> END\n"
              "=== yard ===\nGrass. <>\n-> house.porch\n" + SPARE.format(words="The porch."),
    "prefix": "-> a\n=== a ===\nThe end\n-> b\n=== b ===\n{true:The end}\n-> END\n"
              "=== c ===\nThe end, again.\n-> END\n",
    "strings": "VAR mood = \"calm\"\n-> a\n=== a ===\nWaiting.\n"
               "{mood == \"calm\": -> calm_end | -> other_end}\n=== calm_end ===\nIt ends.\n"
               "-> END\n=== other_end ===\nIt ends.\n-> END\n",
    "value": "VAR score = 3\n-> tally\n=== tally ===\nCounting.\n-> show\n=== show ===\n"
             "{score}\n-> END\n",
    "value_of_a_function": "-> a\n=== a ===\nAsking.\n-> b\n=== b ===\n{five()}\n-> END\n"
                           "=== function five ===\n~ return 5\n",
    "dead_end": "-> a\n=== a ===\nOn the way.\n-> b\n=== b ===\nNowhere to go.\n"
                + SPARE.format(words="Nowhere to go."),
}
INCLUDED = {"main.ink": "INCLUDE part.ink\nBegin.\n-> chapter_one\n=== chapter_one ===\nOne.\n"
                        "-> chapter_two\n" + SPARE.format(words="Fin."),
            "part.ink": "=== chapter_two ===\nTwo.\nFin.\n-> END\n"}
PICKS = [[], [1], [0, 1], [1, 1]]


def inkjs_plays(json_texts: list[str], runs: list[list[int]]) -> list[list[dict]]:
    """Each run of each story played in inkjs: its lines and the knot of its last line's
    content."""
    stories = [{"json": text, "runs": runs} for text in json_texts]
    done = subprocess.run(["node", str(HARNESS)], cwd=ROOT, capture_output=True, text=True,
                          input=json.dumps({"stories": stories}), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)["stories"]


def engine_play(story: Story, picks: list[int], seed: int = 1):
    """The same run in the engine (the harness's rule for picking), to its ending."""
    story.reset(seed)
    lines, turn = [], 0
    while True:
        beat = story.next()
        if isinstance(beat, Line):
            if beat.text:
                lines.append(beat.text)
        elif isinstance(beat, Choices):
            story.choose(picks[turn] % len(beat) if turn < len(picks) else 0)
            turn += 1
        else:
            return beat, lines


def compiled(tmp_path, name: str, files: dict[str, str]) -> str:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return compile_ink(folder / next(iter(files)), use_cache=False).json_text


@pytest.fixture(scope="module")
def small_stories(tmp_path_factory) -> dict[str, tuple[str, list[dict]]]:
    """Every small story compiled, and its runs played in inkjs in one go (Node starts once)."""
    base = tmp_path_factory.mktemp("endings")
    sources = {name: {f"{name}.ink": text} for name, text in STORIES.items()}
    sources["include"] = INCLUDED
    texts = {name: compiled(base, name, files) for name, files in sources.items()}
    plays = inkjs_plays(list(texts.values()), PICKS)
    return {name: (text, runs) for (name, text), runs in zip(texts.items(), plays, strict=True)}


@needs_inkjs
@pytest.mark.parametrize("name", [*STORIES, "include"])
def test_a_plain_ending_is_named_by_inkjs_path_of_the_last_line(small_stories, name):
    json_text, references = small_stories[name]
    story = Story(json_text, seed=1)
    for picks, reference in zip(PICKS, references, strict=True):
        ending, lines = engine_play(story, picks)
        assert lines == reference["lines"], "the engine and inkjs played different lines"
        assert ending.id == (reference["knot"] or "end"), (picks, reference["path"])


@needs_inkjs
def test_the_intercept_endings_match_inkjs_on_seeded_play_throughs():
    """A public story, twelve seeded play-throughs (The Intercept draws no random numbers,
    so both runtimes play the same lines)."""
    json_text = compile_ink(INTERCEPT).json_text
    rng = random.Random(19)
    runs = [[rng.randrange(6) for _ in range(400)] for _ in range(12)]
    story = Story(json_text, seed=1)
    seen = set()
    for picks, reference in zip(runs, inkjs_plays([json_text], runs)[0], strict=True):
        ending, lines = engine_play(story, picks)
        assert lines == reference["lines"]
        assert ending.id == (reference["knot"] or "end")
        seen.add(ending.id)
    assert len(seen) > 1  # more than one ending was compared


def test_an_ending_after_loading_a_save_is_named_from_the_loaded_place(tmp_path):
    """The replay starts where the save put the story, not at the story's start."""
    json_text = compiled(tmp_path, "divert", {"divert.ink": STORIES["divert"]})
    story = Story(json_text, seed=1)
    list(story.lines())
    state = story.save_state()
    again = Story(json_text, seed=1)
    again.load_state(state)
    again.next()
    again.choose(1)
    ending = again.next()
    while isinstance(ending, Line):
        ending = again.next()
    assert ending.id == "finale" and ending.how == "end"


def test_the_terminal_player_names_the_ending_after_the_tunnel_it_ended_in(tmp_path):
    (tmp_path / "tunnel.ink").write_text(STORIES["tunnel"], encoding="utf-8")
    done = run_cli("--save-dir", str(tmp_path / "saves"), "text", "--story",
                   str(tmp_path / "tunnel.ink"), "--json")
    assert done.returncode == 0, done.stderr
    ending = json_events(done.stdout)[-1]
    assert ending["event"] == "ending" and ending["id"] == "coda" and ending["how"] == "end"
