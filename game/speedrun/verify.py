"""`python main.py replay verify FILE`: re-simulate a run headless and check it is what it says.

Where trust comes from: not from the checksum. The checksum (sha256 of the file's content) only
catches a file damaged on disk or edited carelessly; anyone can recompute it. A run is trusted
because (1) the story it names by content hash is a build the verifier knows (the game's own
story, or a mod's exact build), and (2) every input, re-applied in order to that build under the
speedrun rules (`rules.py`: one advance per press, at most one input per MIN_GAP ticks, no
saves, loads or reloads), gives the very endings, splits and in-game time the file records, to
the tick. An input list the live game could not have accepted is refused at its first bad input.

Real time (RTA) cannot be re-simulated — menus and pauses leave no inputs — so it is checked
for consistency only: never less than in-game time, at every split and at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import game
from game.core import source as story_source
from game.core.clock import format_ticks
from game.core.compiled import CompiledStory
from game.core.compiled import text_hash as story_hash
from game.core.errors import HerError
from game.core.files import shown
from game.core.session import Session
from game.core.story import Story

from . import rules
from .categories import Category, categories, category
from .recorder import RunRecorder, apply_input, watch
from .runfile import RunFileError


@dataclass
class Verdict:
    ok: bool
    endings: list[str] = field(default_factory=list)
    igt: int | None = None
    splits: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    category: Category | None = None
    story: dict = field(default_factory=dict)  # the build re-simulated: title, version, hash
    state: object = None  # the PlayState the re-simulation ended in (compare with the window's)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "verdict": "verified" if self.ok else "not verified",
                "endings": self.endings, "igt": self.igt,
                "igt_text": format_ticks(self.igt) if self.igt is not None else None,
                "splits": self.splits, "problems": self.problems,
                "category_title": self.category.title if self.category else None,
                "story_checked": self.story}


def bink_version() -> str:
    try:
        return metadata.version("bink")
    except metadata.PackageNotFoundError:
        return "unknown"


def open_story_for(run: dict, story_path: str | None = None) -> Story:
    """The story build the run names: `story_path` when given, else the run's recorded folder,
    else the game's own story; whichever it is, its compiled story must hash as the run says."""
    recorded = run.get("story") if isinstance(run.get("story"), dict) else {}
    wanted = recorded.get("hash")
    candidates = [story_path] if story_path else [recorded.get("path"), None]
    tried = []
    for path in candidates:
        if path is not None and not (isinstance(path, str) and Path(path).exists()):
            continue
        loaded = story_source.load(path)
        found = story_hash(loaded.json_text)
        if CompiledStory(loaded.json_text).matches(wanted):
            return Story(loaded.json_text, config=loaded.config, seed=0, source=loaded.source)
        tried.append(f"{path or 'the game story'} is {found[:19]}…")
    raise RunFileError(f"the run was made with a story build this game does not have "
                       f"(story hash {shown(wanted)[:24]}…)",
                       hint="; ".join(tried) + "; pass --story PATH to the exact build")


def ticks_text(ticks: object) -> str:
    """A recorded time for a person: h:mm:ss.fff and ticks, or what was there instead."""
    if _is_ticks(ticks):
        return f"{format_ticks(ticks)} ({ticks} ticks)"
    return "missing" if ticks is None else f"not a time ({repr(ticks)[:40]})"


def _is_ticks(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _split_name(name: str) -> str:
    return name.split(":", 1)[-1].replace("_", " ")


def simulate(run: dict, story: Story) -> Verdict:
    """Apply every input at its tick under the rules and collect what happens."""
    name = str(run.get("category"))
    seed = run.get("seed") if run.get("seeded") else None
    try:
        chosen = category(story.config, name, seed)
    except HerError:
        known = ", ".join(c.id for c in categories(story.config))
        return Verdict(False, problems=[f"category {name!r} is not one this story offers "
                                        f"(it offers: {known})"])
    recorder = RunRecorder(chosen, list(story.config.endings))
    session = watch(Session(story, None, autosave=False), recorder.note_beat)
    problems: list[str] = []
    inputs = run.get("inputs")
    if not isinstance(inputs, list) or not inputs:
        return Verdict(False, problems=["the run has no inputs"], category=chosen)
    gate, last = rules.Gate(), 0
    for number, entry in enumerate(inputs, 1):
        if not (isinstance(entry, list) and len(entry) >= 2 and _is_ticks(entry[0])
                and entry[1] in rules.KINDS):
            problems.append(f"input {number}: not a [tick, action] the game records")
            break
        tick, kind = entry[0], entry[1]
        where = f"input {number} at tick {tick}"
        if tick < last:
            problems.append(f"{where}: earlier than the input before it (tick {last})")
            break
        if kind == "void":
            reason = entry[2] if len(entry) > 2 and isinstance(entry[2], str) else "voided"
            problems.append(f"{where}: the run is void from here: {reason[:120]}")
            break
        if number == 1 and kind not in rules.STARTS:
            problems.append(f"{where}: a run starts with a new play-through, not {kind!r}")
            break
        if recorder.complete:
            problems.append(f"{where}: {chosen.title} was already complete at tick "
                            f"{recorder.igt}; a run ends there")
            break
        if kind == "practice" and not run.get("practice"):
            problems.append(f"{where}: a start from a saved chapter in a run that says it is "
                            f"a full run")
            break
        if kind == "new" and entry[2:] != [run.get("seed")]:
            problems.append(f"{where}: a play-through with seed {entry[2:]} in a run with "
                            f"seed {run.get('seed')}")
            break
        refusal = gate.refusal(tick, kind)
        if refusal is not None:
            problems.append(f"{where}: {refusal}")
            break
        gate.accept(tick, kind)
        last = recorder.tick = tick
        try:
            apply_input(session, entry[1:], set(recorder.endings))
        except (HerError, ValueError, TypeError, IndexError) as exc:
            problems.append(f"{where}: {exc}")
            break
    if not problems and not recorder.complete:
        reached = ", ".join(recorder.endings) or "no ending"
        problems.append(f"the inputs never complete {chosen.title} ({chosen.id}): they reach "
                        f"{reached}")
    return Verdict(not problems, recorder.endings, recorder.igt, recorder.splits, problems,
                   chosen, state=session.state)


def _check_times(run: dict, verdict: Verdict) -> list[str]:
    """What the file says against what the inputs gave: splits, endings, IGT; then RTA."""
    problems = []
    recorded_splits = run.get("splits") if isinstance(run.get("splits"), list) else []
    if verdict.igt is not None:
        if verdict.endings != run.get("endings"):
            return [f"the run file says it reached {run.get('endings')}, but its inputs reach "
                    f"{verdict.endings}"]
        if verdict.igt != run.get("igt"):
            problems.append(f"the run file says IGT {ticks_text(run.get('igt'))}, but its "
                            f"inputs finish at {ticks_text(verdict.igt)}")
        for index, split in enumerate(verdict.splits):
            other = recorded_splits[index] if index < len(recorded_splits) else None
            if not isinstance(other, dict) or other.get("name") != split["name"]:
                shown = other.get("name") if isinstance(other, dict) else "nothing"
                problems.append(f"split {index + 1}: the inputs split at {split['name']}, "
                                f"the run file has {shown}")
                break
            if other.get("igt") != split["igt"]:
                problems.append(f"split {index + 1} ({_split_name(split['name'])}): the run "
                                f"file says {ticks_text(other.get('igt'))}, the inputs give "
                                f"{ticks_text(split['igt'])}")
                break
        else:
            if len(recorded_splits) > len(verdict.splits):
                problems.append(f"the run file has {len(recorded_splits)} splits, the inputs "
                                f"give {len(verdict.splits)}")
    if problems or verdict.igt is None:
        return problems
    return _check_rta(run, verdict)


def _check_rta(run: dict, verdict: Verdict) -> list[str]:
    rta = run.get("rta")
    if not _is_ticks(rta):
        return [f"RTA is {ticks_text(rta)}"]
    before_igt = before_rta = 0
    for index, split in enumerate(run["splits"]):
        at = split.get("rta")
        label = f"split {index + 1} ({_split_name(split['name'])})"
        if not _is_ticks(at):
            return [f"{label} has no real time (RTA {ticks_text(at)})"]
        if at - before_rta < split["igt"] - before_igt:
            return [f"{label}: real time {ticks_text(at)} gained less than in-game time since "
                    f"the split before; real time cannot run slower than the game's"]
        before_igt, before_rta = split["igt"], at
    if rta != before_rta:
        return [f"RTA {ticks_text(rta)} is not the real time at the final split, "
                f"{ticks_text(before_rta)}"]
    return []


def verify_run(run: dict, intact: bool, story: Story | None = None,
               story_path: str | None = None) -> Verdict:
    """Every check, as `replay verify` prints them; a run whose story build cannot be found is
    refused with that reason (and its void mark, if it has one), not raised."""
    if story is None:
        try:
            story = open_story_for(run, story_path)
        except RunFileError as exc:
            problems = [f"{exc.message} ({exc.hint})" if exc.hint else exc.message]
            if run.get("void"):
                problems.insert(0, f"the run is void: {str(run['void'])[:120]}")
            if not intact:
                problems.insert(0, "checksum mismatch: the file was edited or damaged")
            return Verdict(False, problems=problems)
    verdict = simulate(run, story)
    verdict.story = {"title": story.meta.get("title") or story.config.title,
                     "version": story.meta.get("version"), "hash": story_hash(story.json_text),
                     "path": str(story.source.folder) if story.source and story.source.folder
                     else None}
    if not intact:
        verdict.problems.insert(0, "checksum mismatch: the file was edited or damaged")
    if run.get("void"):
        reason = str(run["void"])[:120]
        if not any("void" in p for p in verdict.problems):
            verdict.problems.append(f"the run is void: {reason}")
    verdict.problems += _check_times(run, verdict)
    verdict.ok = not verdict.problems
    return verdict


def describe(run: dict, verdict: Verdict) -> list[str]:
    """The lines `replay verify` prints: what was checked, what it found, the verdict."""
    story = verdict.story
    recorded = run.get("game") if isinstance(run.get("game"), dict) else {}
    cat = verdict.category
    seed = run.get("seed")
    lines = [
        f"story: {story.get('title') or '(untitled)'}  version {story.get('version') or '-'}  "
        f"{story.get('hash')}",
        f"game: {recorded.get('version', '?')} (verifying with {game.__version__})  "
        f"bink: {recorded.get('bink', '?')} (verifying with {bink_version()})",
        f"category: {cat.title if cat else run.get('category')} "
        f"({run.get('category')})  seed: {seed}{' (fixed)' if run.get('seeded') else ''}"
        + ("  practice: started from a chapter, not a full run" if run.get("practice") else ""),
    ]
    lines += [f"ENDING: {ending}" for ending in verdict.endings]
    lines.append(f"IGT: {ticks_text(verdict.igt) if verdict.igt is not None else '—'}"
                 f"  RTA: {ticks_text(run.get('rta'))}")
    lines += [f"FAILED: {problem}" for problem in verdict.problems]
    lines.append("verified" if verdict.ok else "NOT VERIFIED")
    return lines
