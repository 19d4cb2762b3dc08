"""The run model both sides share: what a player's inputs are, and what they make happen.

A run is a list of inputs, each stamped with the in-game-time tick it happened at:
  ["new", seed]        a play-through starts from the story's beginning with this seed
  ["practice", state]  a play-through starts from a saved story state (chapter select)
  ["a"]                advance: the next beat, passing over lines with no text (as the window)
  ["c", i]             choose choice i (0-based)
The window records them through `RecordingSession` as the player plays; `replay` applies the
same inputs to a bare Story headlessly. Both feed the beats to the same `RunRecorder`, which
turns them into splits (every chapter start and every ending), the endings reached and the final
in-game time — so a verified run is the recorded run, to the tick.

The timing model for estimates (`--rank-igt`): under speedrun settings text is instant and an
advance costs the player about ADVANCE_TICKS, a choice about CHOICE_TICKS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.core.files import shown
from game.core.session import Session
from game.core.story import Beat, Choices, EndingReached, Line, Story

from .categories import Category

ADVANCE_TICKS = 6  # a runner mashing through instant text: ~10 advances a second
CHOICE_TICKS = 30  # reading the options and picking one: half a second


def estimate_ticks(lines: int, choices: int) -> int:
    """In-game time of a route under speedrun settings, by the timing model above."""
    return lines * ADVANCE_TICKS + choices * CHOICE_TICKS


def ends_advance(beat: Beat) -> bool:
    """An advance stops at a line with text, a choice or an ending (tag-only lines pass)."""
    return not isinstance(beat, Line) or bool(beat.text)


@dataclass
class RunRecorder:
    category: Category
    all_endings: list[str]
    inputs: list[list] = field(default_factory=list)
    splits: list[dict] = field(default_factory=list)
    endings: list[str] = field(default_factory=list)
    igt: int | None = None  # the final in-game time, once the category is complete
    tick: int = 0  # the in-game time now

    @property
    def complete(self) -> bool:
        return self.igt is not None

    def note_input(self, *action: object) -> None:
        if not self.complete:
            self.inputs.append([self.tick, *action])

    def note_beat(self, beat: Beat) -> str | None:
        """Splits for this beat; returns the split's name when one was taken."""
        if self.complete:
            return None
        if isinstance(beat, Line) and beat.tags.chapter:
            return self._split(f"chapter:{beat.tags.chapter}")
        if isinstance(beat, EndingReached):
            self.endings.append(beat.id)
            name = self._split(f"ending:{beat.id}")
            if self.category.complete(self.endings, self.all_endings):
                self.igt = self.tick
            return name
        return None

    def _split(self, name: str) -> str:
        self.splits.append({"name": name, "igt": self.tick})
        return name


class RecordingSession(Session):
    """A Session that reports every player decision and every beat to a run recorder."""

    def __init__(self, *args, recorder: RunRecorder, on_beat: Callable[[Beat], None],
                 on_void: Callable[[str], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.recorder = recorder
        self.on_beat = on_beat
        self.on_void = on_void
        self._in_advance = False

    def next(self) -> Beat:
        if not self._in_advance and not isinstance(self.story.choices, Choices) \
                and not self.story.is_over:
            self.recorder.note_input("a")
            self._in_advance = True
        beat = super().next()
        if ends_advance(beat):
            self._in_advance = False
        self.on_beat(beat)
        return beat

    def choose(self, index: int) -> None:
        super().choose(index)
        self.recorder.note_input("c", index)

    def load(self, slot: str):  # noqa: ANN201 — LoadResult, as Session.load
        self.on_void(f"a save was loaded ({slot})")
        return super().load(slot)


def apply_input(story: Story, action: list, seen: set[str],
                on_beat: Callable[[Beat], None]) -> None:
    """Apply one recorded input (without its tick) to a bare story, as the window did."""
    kind = action[0]
    if kind == "new":
        story.seen_endings = set(seen)
        story.reset(int(action[1]))
    elif kind == "practice":
        story.seen_endings = set(seen)
        story.load_state(str(action[1]))
    elif kind == "c":
        story.choose(int(action[1]))
    elif kind == "a":
        if story.choices is not None or story.is_over:
            raise ValueError("an advance where the story waits for a choice or has ended")
        while True:
            beat = story.next()
            on_beat(beat)
            if ends_advance(beat):
                return
    else:
        raise ValueError(f"unknown input {shown(kind)}")


def play_headless(story: Story, recorder: RunRecorder, seed: int,
                  pick: Callable[[Choices], int]) -> RunRecorder:
    """Play whole play-throughs with no window until the category is complete, an advance
    costing ADVANCE_TICKS and a choice CHOICE_TICKS (the estimate's model): scripted runs for
    the benchmark and the tests, recorded exactly as the window records them."""
    def note(beat: Beat) -> None:
        recorder.note_beat(beat)

    while not recorder.complete:
        recorder.note_input("new", seed)
        apply_input(story, ["new", seed], set(recorder.endings), note)
        while not story.is_over and not recorder.complete:
            if story.choices is not None:
                recorder.tick += CHOICE_TICKS
                index = pick(story.choices)
                recorder.note_input("c", index)
                apply_input(story, ["c", index], set(), note)
            recorder.note_input("a")
            apply_input(story, ["a"], set(), note)
            recorder.tick += ADVANCE_TICKS
        if story.is_over and not recorder.complete and len(recorder.endings) > 64:
            raise ValueError("the category was not completed in 64 play-throughs")
    return recorder
