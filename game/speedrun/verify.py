"""`python main.py replay verify FILE`: re-simulate a run headless and check it is what it says.

Two checks, and both must hold: the checksum over the file's content (an edited number or a
damaged file fails it), and the re-simulation: every input is applied at its tick to the story
through the same run model the window recorded with (`recorder.py`), and the endings, splits and
final in-game time that come out must equal the ones written down. Exit 0 when verified, 1 when
anything differs or the file was altered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.core import source as story_source
from game.core.clock import format_ticks
from game.core.compiled import CompiledStory
from game.core.compiled import text_hash as story_hash  # noqa: F401 — run files name it so
from game.core.errors import HerError
from game.core.files import shown
from game.core.story import Story

from .categories import category
from .recorder import RunRecorder, apply_input
from .runfile import RunFileError


@dataclass
class Verdict:
    ok: bool
    endings: list[str] = field(default_factory=list)
    igt: int | None = None
    splits: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "endings": self.endings, "igt": self.igt,
                "igt_text": format_ticks(self.igt) if self.igt is not None else None,
                "splits": self.splits, "problems": self.problems}


def open_story_for(run: dict) -> Story:
    """The story the run was made with: its recorded folder when present, else the game's own;
    either way the compiled story's hash must match the run's."""
    recorded = run.get("story") if isinstance(run.get("story"), dict) else {}
    candidates = [recorded.get("path"), None]
    for path in candidates:
        if path is not None and not (isinstance(path, str) and Path(path).exists()):
            continue
        loaded = story_source.load(path)
        if CompiledStory(loaded.json_text).matches(recorded.get("hash")):
            return Story(loaded.json_text, config=loaded.config, seed=0,
                         source=loaded.source)
    raise RunFileError("the run was made with a different build of the story",
                       hint=f"story hash {shown(recorded.get('hash'))} matches no story found")


def simulate(run: dict, story: Story) -> Verdict:
    """Apply every input at its tick and collect what happens; problems for bad inputs."""
    recorder = RunRecorder(category(story.config, str(run.get("category")), run.get("seed")),
                           list(story.config.endings))
    problems: list[str] = []
    inputs = run.get("inputs")
    if not isinstance(inputs, list):
        return Verdict(False, problems=["the run has no list of inputs"])
    last = 0
    for number, entry in enumerate(inputs, 1):
        if not (isinstance(entry, list) and len(entry) >= 2 and isinstance(entry[0], int)
                and not isinstance(entry[0], bool) and entry[0] >= last):
            problems.append(f"input {number}: not a [tick, action…] after tick {last}")
            break
        if recorder.complete:
            problems.append(f"input {number}: after the run was already complete")
            break
        if entry[1] == "new" and entry[2:] != [run.get("seed")]:
            problems.append(f"input {number}: a play-through with another seed than the run's")
        last = recorder.tick = entry[0]
        try:
            apply_input(story, entry[1:], set(recorder.endings), recorder.note_beat)
        except (HerError, ValueError, TypeError, IndexError) as exc:
            problems.append(f"input {number} at tick {entry[0]}: {exc}")
            break
    return Verdict(not problems, recorder.endings, recorder.igt, recorder.splits, problems)


def verify_run(run: dict, intact: bool, story: Story | None = None) -> Verdict:
    story = story or open_story_for(run)
    verdict = simulate(run, story)
    if not intact:
        verdict.problems.insert(0, "checksum mismatch: the file was edited or damaged")
    if verdict.endings != run.get("endings"):
        verdict.problems.append(f"endings {verdict.endings} != recorded {run.get('endings')}")
    if verdict.igt != run.get("igt"):
        recorded = run.get("igt")
        verdict.problems.append(
            f"in-game time {ticks_text(verdict.igt)} != recorded {ticks_text(recorded)}")
    if verdict.splits != run.get("splits"):
        verdict.problems.append("splits differ from the recorded splits")
    verdict.ok = not verdict.problems
    return verdict


def ticks_text(ticks: object) -> str:
    """A recorded time for a person: h:mm:ss.fff and ticks, or what was there instead."""
    if isinstance(ticks, int) and not isinstance(ticks, bool) and ticks >= 0:
        return f"{format_ticks(ticks)} ({ticks} ticks)"
    return "none" if ticks is None else repr(ticks)[:40]
