"""The speedrun rules, written once: the window applies them to every press during a run, and
`replay verify` applies them to every input of a run file, so a run file can only verify if the
live game could have accepted each of its inputs at the tick it says.

What a runner may do, and why:

* **One advance per new press.** A key, mouse button or pad button advances the story when it
  goes down, never while it is held, and never on the operating system's key repeat (a second
  key-down with no key-up between). A player holding space does not move faster than one who
  taps it; the one held action that advances is the skip key (Tab, or Ctrl held), and it steps
  at a fixed rate, SKIP_EVERY.
* **At most one advancing input per MIN_GAP ticks** (advance, choice or skip step). MIN_GAP is
  3 ticks at 60 ticks a second: 50 ms, 20 inputs a second. Why 3: the fastest single-finger
  tapping on record is about 16 presses a second (Takahashi Meijin's famous 16 Hz, 3.75 ticks a
  press), and rolling two fingers over two keys reaches roughly 20 a second for a short burst;
  the shortest key-to-key intervals measured in skilled typing (rollover) are around 30-50 ms.
  Two inputs 1 or 2 ticks apart (17-33 ms, 30-60 a second) are what a macro, a turbo button or
  OS key repeat produce, not a hand. The skip key steps at the same rate, so skipping and
  mashing are even: a run is decided by its route and its choices, not by a turbo controller.
* **Saves, loads, hot reloads and story changes void the run.** Each of them can put the story
  somewhere the inputs did not take it; the window marks the run void where it happened and
  verify refuses any run with such a mark.

Input kinds in a run file (after the tick): `new`, `practice` (a play-through starts and shows
its first line), `a` (a press advances), `c` (a press picks a choice, and the story goes on to
the next line as the window does), `s` (a skip step), `void` (the run was voided here).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from game.core.clock import TICK_RATE

MIN_GAP = 3  # ticks between two advancing inputs (see above)
SKIP_EVERY = MIN_GAP  # ticks between two skip steps
ADVANCING = ("a", "c", "s")
STARTS = ("new", "practice")
KINDS = (*STARTS, *ADVANCING, "void")

VOIDS = {
    "save": "a save was made",
    "load": "a save was loaded",
    "reload": "the story was hot-reloaded",
    "story": "another story was picked",
}

assert TICK_RATE == 60, "MIN_GAP is reasoned for 60 ticks a second"


def void_reason(kind: str, detail: str = "") -> str:
    """The sentence a voided run carries, e.g. 'a save was loaded (quick)'."""
    text = VOIDS[kind]
    return f"{text} ({detail})" if detail else text


@dataclass
class Gate:
    """Checks advancing inputs one at a time, in order, against the gap rule. The window asks
    it before acting on a press or a skip step; verify asks it for each recorded input."""

    last: int | None = None  # the tick of the last accepted advancing input

    def refusal(self, tick: int, kind: str) -> str | None:
        """Why an input of `kind` at `tick` cannot be accepted; None when it can."""
        if kind not in ADVANCING or self.last is None:
            return None
        gap = tick - self.last
        if gap >= MIN_GAP:
            return None
        return (f"{gap} tick{'' if gap == 1 else 's'} after the previous one; the game accepts "
                f"one per {MIN_GAP}")

    def accept(self, tick: int, kind: str) -> None:
        if kind in ADVANCING:
            self.last = tick


@dataclass
class Presses:
    """Which keys and buttons are down now, so a held one or an OS key repeat (a key-down with
    no key-up since the last) is told apart from a new press."""

    down: set[Hashable] = field(default_factory=set)

    def press(self, source: Hashable) -> bool:
        """A key or button went down: True when it is a new press, False for a repeat."""
        fresh = source not in self.down
        self.down.add(source)
        return fresh

    def release(self, source: Hashable) -> None:
        self.down.discard(source)

    def clear(self) -> None:
        """Focus lost: key-ups will not arrive, so forget what was held."""
        self.down.clear()
