"""The run model both sides share: what a player's inputs are, and what they make happen.

A run is a list of inputs, each stamped with the in-game-time tick it happened at:
  ["new", seed]        a play-through starts from the story's beginning with this seed
  ["practice", state]  a play-through starts from a saved story state (chapter select)
  ["a"]                a press advances: the next beat, passing over lines with no text
  ["s"]                a skip step advances, the same way
  ["c", i]             a press picks choice i (0-based), and the story goes on to its next beat
  ["void", reason]     the run was voided here (`rules.VOIDS`)
Every input but `void` ends with the story shown at its next line, choice or ending, as the
window shows it. The window records inputs as the speedrun rules (`rules.py`) accept them;
`replay` applies the same inputs to a `Session` headlessly, through the same `advance()` and
`choose()`. Both feed the beats to the same `RunRecorder`, which turns them into splits (every
chapter start and every ending), the endings reached and the final in-game time — so a verified
run is the recorded run, to the tick.

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
    rta: int | None = None  # real time now, when a window keeps it (verify cannot)

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
        split: dict = {"name": name, "igt": self.tick}
        if self.rta is not None:
            split["rta"] = self.rta
        self.splits.append(split)
        return name


def watch(session: Session, on_beat: Callable[[Beat], None]) -> Session:
    """Send every line (cue-only ones too) and every ending the session meets to `on_beat`:
    how both the window's speedrun controller and `replay verify` feed a RunRecorder."""
    session.events.on("line", on_beat)
    session.events.on("ending", on_beat)
    return session


def _advance(session: Session) -> None:
    if session.choices is not None or session.is_over:
        raise ValueError("an advance where the story waits for a choice or has ended")
    session.advance()


def apply_input(session: Session, action: list, seen: set[str]) -> None:
    """Apply one recorded input (without its tick) to a session, as the window did; `seen`:
    the endings reached earlier in the run, which `has_seen()` counts in a new play-through.
    Beats reach whoever `watch`es the session."""
    kind = action[0]
    if kind in ("new", "practice"):
        session.seen.clear()
        session.seen.update(seen)
        if kind == "new":
            session.start(int(action[1]))
        else:
            session.start_at(str(action[1]))
    elif kind == "c":
        choices = session.choices
        index = action[1]
        if choices is None:
            raise ValueError("a choice where the story offers none")
        if not isinstance(index, int) or isinstance(index, bool) or \
                not 0 <= index < len(choices):
            raise ValueError(f"choice {index!r} of {len(choices)} offered")
        session.choose(index)
    elif kind not in ("a", "s"):
        raise ValueError(f"unknown input {shown(kind)}")
    _advance(session)


def play_headless(story: Story, recorder: RunRecorder, seed: int,
                  pick: Callable[[Choices], int]) -> RunRecorder:
    """Play whole play-throughs with no window until the category is complete, an advance
    costing ADVANCE_TICKS and a choice CHOICE_TICKS (the estimate's model): scripted runs for
    the benchmark and the tests, recorded exactly as the window records them."""
    def note(beat: Beat) -> None:
        recorder.rta = recorder.tick  # no menus without a window: real time is game time
        recorder.note_beat(beat)

    session = watch(Session(story, None, autosave=False), note)
    while not recorder.complete:
        recorder.note_input("new", seed)
        apply_input(session, ["new", seed], set(recorder.endings))
        while not session.is_over and not recorder.complete:
            if session.choices is not None:
                recorder.tick += CHOICE_TICKS
                index = pick(session.choices)
                recorder.note_input("c", index)
                apply_input(session, ["c", index], set())
            else:
                recorder.tick += ADVANCE_TICKS
                recorder.note_input("a")
                apply_input(session, ["a"], set())
        if session.is_over and not recorder.complete and len(recorder.endings) > 64:
            raise ValueError("the category was not completed in 64 play-throughs")
    return recorder
