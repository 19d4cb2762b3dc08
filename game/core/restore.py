"""Putting a save back into a story — even one edited since — without ever continuing silently on
a different branch.

ink states point into the compiled story by container path and index, so after an edit the same
state can point at other content (insert a choice above the saved one and "choice 1" now leads
somewhere else). When the story's hash differs from the save's, a position is trusted only if a
scratch runtime, started from it in the edited story, says what the save recorded would come
next (lines, choices, and the first lines each choice gives). Otherwise the newest `#checkpoint`
whose following lines still read the same is used — found by its state, or, when its knot was
renamed, by its line's text — with every variable that still exists restored. If none is left,
the load fails with a SaveError that says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .compiled import CompiledStory, InkRuntime, seed_runtime
from .errors import SaveError, StoryError
from .savefile import Position, SaveFile, Upcoming
from .story import Checkpoint, Line, Story

LOOKAHEAD_LINES = 3
LINES_AFTER_CHOICE = 2
MAX_RELOCATE_LINES = 60
MAX_KNOT_CANDIDATES = 4


class Scratch:
    """A private ink runtime over a story's compiled JSON, for looking ahead from a state
    without touching the live story (its errors, externals, chapter and checkpoint)."""

    def __init__(self, compiled: CompiledStory | str, seen_endings: Iterable[str] = ()) -> None:
        self.compiled = compiled if isinstance(compiled, CompiledStory) else \
            CompiledStory(compiled)
        self.json_text = self.compiled.json_text
        self._seen = seen_endings
        self._ink: InkRuntime | None = None

    def _runtime(self) -> InkRuntime:
        if self._ink is None:
            self._ink = self.compiled.new_runtime(has_seen=self._seen, quiet=True)
        return self._ink

    def peek(self, state: str) -> Upcoming | None:
        """What comes next from `state`, or None when the state does not fit this story."""
        try:
            ink = self._runtime()
            ink.load_state(state)
            return self._upcoming(ink)
        except (RuntimeError, ValueError):
            self._ink = None  # a failed load may leave the runtime half-restored
            return None

    def _upcoming(self, ink: InkRuntime) -> Upcoming:
        lines = _lines(ink, LOOKAHEAD_LINES)
        if ink.can_continue():
            return Upcoming(lines)
        found = ink.get_current_choices()
        if not len(found):
            return Upcoming(lines)
        at_choice = ink.save_state()
        choices = []
        for index in range(len(found)):
            text = found[index].strip()
            ink.load_state(at_choice)
            ink.choose_choice_index(index)
            choices.append((text, _lines(ink, LINES_AFTER_CHOICE)))
        ink.load_state(at_choice)
        return Upcoming(lines, tuple(choices))

    def relocate(self, line_text: str, seed: int) -> str | None:
        """The state just after the line `line_text` in the knot that now holds it: how a
        checkpoint is found again when its knot was renamed or moved."""
        if not line_text:
            return None
        for knot in self.compiled.knots_holding(line_text)[:MAX_KNOT_CANDIDATES]:
            try:
                ink = self._runtime()
                ink.reset_state()
                seed_runtime(ink, seed)
                ink.choose_path_string(knot)
                for _ in range(MAX_RELOCATE_LINES):
                    if not ink.can_continue():
                        break
                    if ink.cont().strip().endswith(line_text):
                        return ink.save_state()
            except (RuntimeError, ValueError):
                self._ink = None
        return None


def _lines(ink: InkRuntime, limit: int) -> tuple[str, ...]:
    found: list[str] = []
    while len(found) < limit and ink.can_continue():
        text = ink.cont().strip()
        if text:
            found.append(text)
    return tuple(found)


def same_place(found: Upcoming | None, saved: Upcoming) -> bool:
    """The exact saved position: everything that came next must read the same."""
    return found is not None and found == saved


def same_checkpoint(found: Upcoming | None, saved: Upcoming) -> bool:
    """A checkpoint is a scene's opening: its following lines must read the same; the choices
    after them may have changed, since the player meets them afresh."""
    if found is None or found.lines != saved.lines:
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
        message = ("The story was changed since this save, so it resumes at the last "
                   f"checkpoint that still exists: “{checkpoint.line}”")
        if dropped:
            message += f" (no longer in the story: {', '.join(sorted(dropped))})"
        return Restored("checkpoint", checkpoint, message)
    raise SaveError(f"save slot '{slot}': the story was changed since this save, and neither "
                    "the saved place nor any checkpoint before it exists any more",
                    hint="start the story again, or load a save made with this version")


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

