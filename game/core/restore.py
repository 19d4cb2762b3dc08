"""Putting a save back into a story — even one edited since — without ever continuing silently on
a different branch. Loading a save and hot reload both come through here, so an edit under the
player is judged the same way whichever way it reaches them.

ink states point into the compiled story by container path and index, so after an edit the same
state can point at other content (insert a choice above the saved one and "choice 1" now leads
somewhere else). When the story's hash differs from the save's, a position is trusted only if a
scratch runtime, started from it in the edited story, says what the save recorded would come
next (lines, choices, and the first lines each choice gives; a line with the same `#id:` counts
as the same line reworded). Otherwise the newest `#checkpoint` whose following lines still read
the same is used — found by its state, or, when its knot was renamed, by its line's text — with
every variable that still exists restored. If none is left, the load fails with a SaveError that
says so.

Looking ahead runs the edited story, which may be broken in any way ink allows (an endless loop,
endless recursion): each look is bounded in time and memory, and a look that runs out is "does
not fit", never a hang. Its cost is linear in the options at a choice: only the first
LOOKAHEAD_CHOICES options are followed into their lines.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .compiled import CompiledStory, InkRuntime, seed_runtime
from .errors import SaveError, StoryError
from .savefile import LATER, MAX_ITEMS, Position, SaveFile, Upcoming
from .story import (
    NATIVE,
    SLICE_MS,
    Budget,
    Checkpoint,
    Line,
    Story,
    resident_mb,
    split_non_finite,
)

LOOKAHEAD_LINES = 3
LINES_AFTER_CHOICE = 2
LOOKAHEAD_CHOICES = 24  # options followed into their first lines; the rest by their text only
MAX_RELOCATE_LINES = 60
MAX_KNOT_CANDIDATES = 4
LOOK_BUDGET = Budget(seconds=2.0, megabytes=256.0)  # for one look ahead (peek or relocate)


class _TooLong(Exception):
    """A look ahead ran out of its budget: the story loops or grows without a line there."""


def looked_ahead(positions: tuple[Position, ...] | list[Position],
                 scratch: Scratch) -> tuple[Position, ...]:
    """`positions` with what follows each one noted as LATER looked for now, in `scratch`."""
    return tuple(replace(p, upcoming=scratch.look_ahead(p.state)) if p.upcoming is LATER
                 else p for p in positions)


class Scratch:
    """A private ink runtime over a story's compiled JSON, for looking ahead from a state
    without touching the live story (its errors, externals, chapter and checkpoint)."""

    def __init__(self, compiled: CompiledStory | str, seen_endings: Iterable[str] = ()) -> None:
        self.compiled = compiled if isinstance(compiled, CompiledStory) else \
            CompiledStory(compiled)
        self.json_text = self.compiled.json_text
        self._seen = seen_endings
        self._ink: InkRuntime | None = None
        self._looked: dict[str, Upcoming] = {}  # state -> what peek found, the last few
        self._placed: dict[tuple, tuple] = {}  # (state, names) -> look_from's, the last few

    def look_ahead(self, state: str) -> Upcoming:
        """`peek(state)` (an empty Upcoming when it finds nothing), each state looked at
        once: a checkpoint's look-ahead is asked for by every save until the next one."""
        found = self._looked.get(state)
        if found is None:
            if len(self._looked) >= 8:
                self._looked.clear()
            found = self._looked[state] = self.peek(state) or Upcoming()
        return found

    def _runtime(self) -> InkRuntime:
        if self._ink is None:
            self._ink = self.compiled.new_runtime(has_seen=self._seen, quiet=True)
        return self._ink

    def peek(self, state: str) -> Upcoming | None:
        """What comes next from `state`, or None when the state does not fit this story (or
        runs away there)."""
        return self._look_from(state, ())[0]

    def look_from(self, state: str, names: Iterable[str] = ()) -> tuple[Upcoming | None, dict]:
        """`peek(state)`, and the globals `names` as the story reads them in `state` (a save's
        variables, read here on the writer thread rather than from the live story in the
        frame: a call into the runtime per global, a millisecond of the frame): read once the
        state is loaded, before looking on, each as `Story.get` gives it, a non-finite one kept
        beside the state included. None for every name when the state does not load.

        A place looked from is remembered (the last few): a quick save at the choice just
        autosaved, or a second one there, is the same state, and the same answer, without
        running the story again (two milliseconds of the writer at a choice)."""
        key = (state, tuple(names))
        found = self._placed.get(key)
        if found is None:
            found = self._look_from(state, key[1])
            if found[0] is not None:
                if len(self._placed) >= 4:
                    self._placed.clear()
                self._placed[key] = found
        return found[0], dict(found[1])

    def _look_from(self, state: str, names: tuple[str, ...]) -> tuple[Upcoming | None, dict]:
        look = _Look()
        values: dict = {}
        NATIVE.enter()  # a state that does not fit may make the runtime panic: quietly
        try:
            ink = self._runtime()
            ink.load_state(state)
            if names:
                special = split_non_finite(state)[1]
                values = {name: special[name] if name in special else _get(ink, name)
                          for name in names}
            return self._upcoming(ink, look), values
        except (RuntimeError, ValueError, _TooLong):
            self._ink = None  # a failed load may leave the runtime half-restored
            return None, values or dict.fromkeys(names)
        finally:
            NATIVE.exit()

    def _upcoming(self, ink: InkRuntime, look: _Look) -> Upcoming:
        ids: list[str] = []
        lines = _lines(ink, LOOKAHEAD_LINES, look, ids)
        if ink.can_continue():
            return _upcoming(lines, (), ids)
        found = ink.get_current_choices()
        if not len(found):
            return _upcoming(lines, (), ids)
        at_choice = ink.save_state() if len(found) > 1 else ""
        choices = []
        for index in range(min(len(found), MAX_ITEMS)):
            text = found[index].strip()
            if index >= LOOKAHEAD_CHOICES:
                choices.append((text, ()))
                continue
            if index:
                ink.load_state(at_choice)
            ink.choose_choice_index(index)
            choices.append((text, _lines(ink, LINES_AFTER_CHOICE, look, ids)))
        return _upcoming(lines, tuple(choices), ids)

    def relocate(self, line_text: str, seed: int) -> str | None:
        """The state just after the line `line_text` in the knot that now holds it: how a
        checkpoint is found again when its knot was renamed or moved."""
        if not line_text:
            return None
        for knot in self.compiled.knots_holding(line_text)[:MAX_KNOT_CANDIDATES]:
            look = _Look()
            try:
                ink = self._runtime()
                ink.reset_state()
                seed_runtime(ink, seed)
                ink.choose_path_string(knot)
                for _ in range(MAX_RELOCATE_LINES):
                    if not ink.can_continue():
                        break
                    if look.next_text(ink).strip().endswith(line_text):
                        return ink.save_state()
            except (RuntimeError, ValueError, _TooLong):
                self._ink = None
        return None


def _get(ink: InkRuntime, name: str) -> object:
    try:
        return ink.get_variable(name)
    except (RuntimeError, TypeError):
        return None


class _Look:
    """One look ahead's budget: the runtime is asked in slices, and the time and memory spent
    are checked between them (as `Story` does for play)."""

    def __init__(self, budget: Budget = LOOK_BUDGET) -> None:
        self.budget = budget
        self.deadline = time.perf_counter() + budget.seconds
        self.base = resident_mb()

    def next_text(self, ink: InkRuntime) -> str:
        while not ink.continue_async(SLICE_MS):
            if time.perf_counter() > self.deadline or \
                    resident_mb() - self.base > self.budget.megabytes:
                raise _TooLong
        return ink.get_current_text()


def _lines(ink: InkRuntime, limit: int, look: _Look, ids: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    while len(found) < limit and ink.can_continue():
        text = look.next_text(ink).strip()
        if text:
            found.append(text)
            ids.append(next((tag[3:].strip() for tag in ink.get_current_tags()
                             if tag.startswith("id:")), ""))
    return tuple(found)


def _upcoming(lines: tuple[str, ...], choices: tuple, ids: list[str]) -> Upcoming:
    return Upcoming(lines, choices, tuple(ids) if any(ids) else ())


def _texts_match(found: tuple[str, ...], saved: tuple[str, ...], found_ids: Iterable[str],
                 saved_ids: Iterable[str]) -> bool:
    """The same lines: each reads the same, or carries the same `#id:` (the line reworded)."""
    pairs = zip(found, saved, found_ids, saved_ids, strict=False)
    return len(found) == len(saved) and all(a == b or (i and i == j) for a, b, i, j in pairs)


def _read_alike(found: Upcoming, saved: Upcoming, *, choices: bool) -> bool:
    if found.lines == saved.lines and (not choices or found.choices == saved.choices):
        return True
    if not found.ids or not saved.ids:  # a save from before ids were kept: text only
        return False
    found_ids, saved_ids = iter(found.ids), iter(saved.ids)
    if not _texts_match(found.lines, saved.lines, found_ids, saved_ids):
        return False
    if not choices:
        return True
    if [text for text, _ in found.choices] != [text for text, _ in saved.choices]:
        return False  # options reordered, added, removed or reworded: another branch
    return all(_texts_match(a, b, found_ids, saved_ids)
               for (_, a), (_, b) in zip(found.choices, saved.choices, strict=True))


def same_place(found: Upcoming | None, saved: Upcoming) -> bool:
    """The exact saved position: everything that came next must read the same (a line with
    the same id may be reworded), and the options be the same, in the same order."""
    return found is not None and _read_alike(found, saved, choices=True)


def same_checkpoint(found: Upcoming | None, saved: Upcoming) -> bool:
    """A checkpoint is a scene's opening: its following lines must read the same; the choices
    after them may have changed, since the player meets them afresh."""
    if found is None or not _read_alike(found, saved, choices=False):
        return False
    if found.lines or not saved.choices:
        return True
    return bool({text for text, _ in found.choices} & {text for text, _ in saved.choices})


@dataclass(frozen=True)
class Restored:
    how: str  # "exact" | "checkpoint"
    position: Position
    message: str | None


def restore(story: Story, save: SaveFile, slot: str, scratch: Scratch) -> Restored:
    """Load `save` into `story`; raises SaveError when no saved place fits the story."""
    if story.compiled.matches(save.story_hash):
        _load(story, save.current.state, slot)
        return Restored("exact", save.current, None)
    if same_place(scratch.peek(save.current.state), save.current.upcoming):
        _load(story, save.current.state, slot)
        return Restored("exact", save.current, "The story was updated since this save; "
                        "your place in it is unchanged.")
    for checkpoint in reversed(save.checkpoints):
        state = _checkpoint_state(checkpoint, save.seed, scratch)
        if state is None:
            continue
        _load(story, state, slot)
        dropped = restore_variables(story, checkpoint.variables)
        message = ("The story has changed and your place in it is gone, so it resumes at "
                   f"the last checkpoint that still exists: “{checkpoint.line}”")
        if dropped:
            message += f" (no longer in the story: {', '.join(sorted(dropped))})"
        return Restored("checkpoint", checkpoint, message)
    raise SaveError(f"save slot '{slot}': the story was changed since this save, and neither "
                    "the saved place nor any checkpoint before it exists any more",
                    hint="start the story again, or load a save made with this version")


def settle(story: Story, save: SaveFile, restored: Restored) -> list[Position]:
    """What a restore leaves beside the ink state: the chapter, the turns and the checkpoints
    still ahead of the place resumed (all of them at the exact place; up to the one used when
    it resumed at a checkpoint), the newest one the story's. Returns those checkpoints."""
    story.chapter = restored.position.chapter
    story.turns = save.turns
    kept = list(save.checkpoints)
    if restored.how == "checkpoint":
        kept = kept[:kept.index(restored.position) + 1]
    story.checkpoint = checkpoint_of(kept[-1]) if kept else None
    return kept


def _checkpoint_state(checkpoint: Position, seed: int, scratch: Scratch) -> str | None:
    if same_checkpoint(scratch.peek(checkpoint.state), checkpoint.upcoming):
        return checkpoint.state
    moved = scratch.relocate(checkpoint.line, seed)
    if moved is not None and same_checkpoint(scratch.peek(moved), checkpoint.upcoming):
        return moved
    return None


def _load(story: Story, state: str, slot: str) -> None:
    try:
        story.load_state(state)
    except StoryError as exc:
        raise SaveError(f"save slot '{slot}': {exc.message}",
                        hint="the story may have changed; try an older save") from None


def restore_variables(story: Story, saved: dict) -> list[str]:
    """Set every saved variable the story still has, when its type still fits; returns the
    names it no longer has."""
    dropped = []
    for name, value in saved.items():
        if name not in story.variable_names:
            dropped.append(name)
            continue
        current = story.get(name)
        if _kind(current) != _kind(value):
            continue
        try:
            story.set(name, value)
        except StoryError:
            continue
    return dropped


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def position_line(position: Position) -> Line | None:
    """The line to show again on resuming, so the player sees where they are."""
    if not position.line:
        return None
    return Line(position.line, position.line_speaker, position.line_id)


def checkpoint_of(position: Position) -> Checkpoint:
    return Checkpoint(position.chapter, position.state,
                      position_line(position) or Line(""))

