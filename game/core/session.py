"""One play-through as every shell drives it — the window, the terminal player, the replay
verifier and the speedrun recorder all call the same methods, so they cannot drift apart.

    session = Session(Story.open(path), save_dir)        # profile and clock made for you
    session.start(seed)            # a new play-through (optional: a fresh Story is one already)
    beat = session.advance()       # ONE advance: Line with text | Choices | EndingReached
    session.choose(i)              # 0-based
    session.rollback() / session.roll_forward()           # back a line; forward the same path
    session.history                # the lines shown, newest last (HistoryEntry)
    session.state                  # the whole play-through as one PlayState
    session.restore(play_state)    # and back
    session.save("4", name="…", thumbnail_png=png) / session.load("4") / quicksave / quickload
    session.events.on("line", fn)  # also "choices", "chapter", "ending", "save", "load"
    session.allows("advance") / ("choose", i)     # may the player's input move the story?

What the session owns, so no shell re-implements it:
* **Endings seen**: `session.seen` is a live set (from the profile, or one the caller passes,
  as speedrun mode does); the ink's `has_seen()` reads it at the moment it asks, so an ending
  reached a minute ago counts in the next play-through without restarting.
* **Autosave policy**: into the ring at every chapter start and every new choice point, never
  twice for the same place; a failed autosave lands in `problems` and play goes on.
* **Rollback**: every line shown keeps the `PlayState` just before it (the last
  `ROLLBACK_LINES`); `rollback()` restores the whole state — chapter, turns, meters, extras —
  and `roll_forward()` replays the same path (the same choices) until the player picks another.
* **Events**: `line` (every line, cue-only ones too), `choices`, `chapter`, `ending`, each with
  the beat, `save`, `load` with the slot, and `autosave` with why it failed (None: it was
  written); subscribers (history, speedrun splits, LiveSplit) get them in order.
* **The advance path**: a shell asks `allows(kind, index, skipping=...)` before a player's
  press, choice or skip step moves the story; every gate in `gates` must agree (the speedrun
  recorder's rules are one, and what they accept is the run's next input).

A shell keeps what only it shows in `session.extras` (plain JSON: the window's scene and mood);
it is part of the PlayState, so saves, rollback and reload bring it back. Nothing here prints.
`save_dir=None` gives a session with no save slots and a profile that is never written (the
replay verifier).
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

from .clock import Clock
from .errors import SaveError, StoryError
from .profile import Profile, load_profile
from .saves import LoadResult, Picture, SaveInfo, SaveSlots
from .state import HISTORY_LINES, ROLLBACK_LINES, HistoryEntry, PlayState
from .story import Beat, Choices, EndingReached, Line, Story
from .writer import Writer

EVENTS = ("line", "choices", "chapter", "ending", "save", "load", "autosave")
Gate = Callable[[str, object, bool], bool]  # (kind, choice index or None, skipping)


class Events:
    """Subscribers per event kind, called in the order they subscribed."""

    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable[[object], None]]] = {k: [] for k in EVENTS}

    def on(self, kind: str, callback: Callable[[object], None]) -> Callable[[object], None]:
        """Call `callback(beat)` on every `kind` event; returns it (usable as a decorator)."""
        if kind not in self._subscribers:
            raise ValueError(f"no event '{kind}'; one of {', '.join(EVENTS)}")
        self._subscribers[kind].append(callback)
        return callback

    def off(self, kind: str, callback: Callable[[object], None]) -> None:
        if callback in self._subscribers.get(kind, []):
            self._subscribers[kind].remove(callback)

    def emit(self, kind: str, beat: object) -> None:
        for callback in list(self._subscribers[kind]):
            callback(beat)


class Session:
    def __init__(self, story: Story, save_dir: str | Path | None = None, *,
                 profile: Profile | None = None, clock: Clock | None = None,
                 autosave: bool = True, thumbnail: Callable[[], Picture] | None = None,
                 background: bool | Writer = False, seen: set[str] | None = None,
                 presents: bool = False) -> None:
        # background: saves (and the profile written with them) go to a writer thread —
        # the window's own Writer, or True for one of the slots' own
        self.story = story
        self.slots = SaveSlots(save_dir, story, background=background) \
            if save_dir is not None else None
        if profile is None:
            profile = load_profile(save_dir) if save_dir is not None else Profile()
        self.profile = profile
        self.seen: set[str] = seen if seen is not None else set(profile.endings_seen)
        story.seen_endings = self.seen  # has_seen() asks this very set, live
        self.clock = clock or Clock()
        self.autosave_enabled = autosave
        # the window's picture of the current frame, for autosaves: PNG bytes, or a callable
        # the writer thread turns into them
        self.thumbnail = thumbnail
        # a shell that presents frames (the window): an autosave waits for `presented()`, so
        # its picture is the frame the player saw at that place, not the one before it
        self.presents = presents
        self._due: tuple[str, PlayState, str | None] | None = None  # waiting for its picture
        self.autosave_failure: str | None = None  # why the newest autosave failed, until one works
        self._written: list[SaveError | None] = []  # background autosaves' outcomes, in order
        self.events = Events()
        self.gates: list[Gate] = []  # asked by allows(): the speedrun rules, when a run is on
        self.extras: dict = {}
        self.history: list[HistoryEntry] = []
        self.beat: Beat | None = None  # what the player has in front of them
        self.line_before: PlayState | None = None  # the state just before the newest line
        self.problems: list[str] = list(profile.messages)
        self._future: list[HistoryEntry] = []  # lines rolled back over, newest undone last
        self._future_choice = False  # the road rolled back over ends at a choice on screen
        self._chose: int | None = None  # the choice made since the last line
        self._base_ticks = 0
        self._start_tick = self.clock.real
        self._autosaved_state: str | None = None
        self._offered: Choices | None = None
        self._ended = False

    # --- starting ---------------------------------------------------------------------------
    def start(self, seed: int | None = None) -> None:
        """A new play-through from the story's beginning (`seed`: random when None)."""
        self.presented()
        self.story.reset(seed)
        self._fresh()

    def start_at(self, ink_state: str) -> None:
        """A play-through from a saved ink state (chapter select, practice runs)."""
        self.presented()
        self.story.load_state(ink_state)
        self._fresh()

    def _fresh(self) -> None:
        self.history.clear()
        self._future.clear()
        self._future_choice = False
        self.extras = {}
        self.beat = None
        self._chose = None
        self._offered = None
        self._ended = False
        if self.slots is not None:
            self.slots.forget_checkpoints()

    # --- playing ----------------------------------------------------------------------------
    def advance(self) -> Beat:
        """The one advance every shell and the run recorder call: the next line with text, or
        the choices, or the ending. Lines with only cues (`#bg:` on a line of its own) are
        passed over, their events sent on the way."""
        return self._advance()

    def _advance(self) -> Beat:
        """advance() as rollback uses it: a subclass recording the player's advances (the
        speedrun recorder) counts only the player's own."""
        if isinstance(self.beat, (Choices, EndingReached)):
            return self.beat
        while True:
            beat = self.next()
            if not isinstance(beat, Line) or beat.text:
                return beat

    def next(self) -> Beat:
        """One beat, cue-only lines included (the terminal player prints chapter titles from
        them). Bookkeeping — profile, history, autosave, events — happens here."""
        self.presented()  # an autosave still waiting for its picture is written first
        before = self._snapshot(checkpoints=False) \
            if self.story.choices is None and not self.story.is_over else None
        beat = self.story.next()
        if isinstance(beat, Line):
            self.line_before = before
            self._on_line(beat, before)
        elif isinstance(beat, Choices):
            self.beat = beat
            if beat is not self._offered:
                self._offered = beat
                self.events.emit("choices", beat)
                self.autosave()
        elif isinstance(beat, EndingReached):
            self.beat = beat
            if not self._ended:
                self._ended = True
                self.seen.add(beat.id)
                self.profile.record_ending(beat.id)
                self._save_profile()
                self.events.emit("ending", beat)
        return beat

    def _on_line(self, line: Line, before: PlayState | None) -> None:
        self.profile.mark_read(line.line_id)
        if line.tags.checkpoint and self.slots is not None:
            self.slots.note_checkpoint()
        if line.text:
            self._remember(line, before)
            self.beat = line
        self.events.emit("line", line)
        if line.tags.chapter:
            self.profile.record_chapter(line.tags.chapter)
            self.events.emit("chapter", line)
            self.autosave(chapter=line.tags.chapter)  # its own slot: kept for the whole run

    def _remember(self, line: Line, before: PlayState | None) -> None:
        self.history.append(HistoryEntry(line, before, self._chose))
        self._chose = None
        if len(self.history) > HISTORY_LINES:
            del self.history[:-HISTORY_LINES]
        old = len(self.history) - ROLLBACK_LINES - 1
        if old >= 0 and self.history[old].before is not None:
            self.history[old] = replace(self.history[old], before=None)
        if self._future:
            expected = self._future[-1].line
            if (expected.text, expected.line_id) == (line.text, line.line_id):
                self._future.pop()  # going forward along the path rolled back over
            else:
                self._future.clear()
                self._future_choice = False
        else:
            self._future_choice = False

    def choose(self, index: int) -> None:
        """Take choice `index` (0-based). A different choice than the one rolled back over
        ends the road roll_forward() could replay."""
        self.presented()
        self.story.choose(index)
        if self._future and self._future[-1].after_choice != index:
            self._future.clear()
        if not self._future:
            self._future_choice = False
        self._chose = index
        self.beat = None

    def allows(self, kind: str, index: int | None = None, *, skipping: bool = False) -> bool:
        """May the player's `kind` input ("advance" or "choose") move the story now? Every
        gate is asked, in order, until one refuses."""
        return all(gate(kind, index, skipping) for gate in self.gates)

    @property
    def play_ticks(self) -> int:
        return self._base_ticks + self.clock.real - self._start_tick

    # --- the one value ----------------------------------------------------------------------
    def _snapshot(self, *, checkpoints: bool = True, ink: str | None = None) -> PlayState:
        """The state now, without history. Rollback snapshots leave out the save positions of
        checkpoints (a few ink states each, a hundred times over): rollback trims them. `ink`:
        the runtime's state, when the caller has just read it (a quarter of a millisecond
        each time it is read again)."""
        story = self.story
        ending = (story.ending.id, story.ending.how) if story.ending else None
        last = self.history[-1].line if self.history else None
        return PlayState(
            ink=story.save_state() if ink is None else ink, seed=story.seed % (2**53),
            chapter=story.chapter,
            checkpoint=story.checkpoint, turns=story.turns, ending=ending,
            ending_tag=story.ending_tag, last_text=story.last_text,
            play_ticks=max(0, self.play_ticks), line=last, extras=dict(self.extras),
            checkpoints=self.slots.checkpoints if self.slots is not None and checkpoints
            else ())

    @property
    def state(self) -> PlayState:
        """Everything this play-through is, history and rollback included."""
        return self._state()

    def _state(self, ink: str | None = None) -> PlayState:
        return replace(self._snapshot(ink=ink), history=tuple(self.history))

    def restore(self, state: PlayState, *, with_history: bool = True,
                with_time: bool = True) -> None:
        """Go back to `state` as a whole. `with_history=False` keeps the history as it is
        (rollback); `with_time=False` keeps play time running on (rollback, reload).
        Raises StoryError when the state does not fit this story."""
        self.presented()
        self.story.put_back(state.ink, seed=state.seed, chapter=state.chapter,
                            checkpoint=state.checkpoint, turns=state.turns,
                            ending=state.ending, ending_tag=state.ending_tag,
                            last_text=state.last_text)
        self.extras = dict(state.extras)
        if self.slots is not None:
            if with_history:
                self.slots.set_checkpoints(state.checkpoints)
            else:
                self.slots.trim_checkpoints(state.checkpoint)
        if with_history:
            self.history = list(state.history)
            self._future.clear()
            self._future_choice = False
        if with_time:
            self._base_ticks, self._start_tick = state.play_ticks, self.clock.real
        self.beat = state.line if state.ending is None else None
        self._chose = None
        self._offered = None
        self._ended = state.ending is not None
        self._autosaved_state = self.story.save_state()

    # --- going back and forth ---------------------------------------------------------------
    def can_roll_back(self) -> bool:
        usable = [e for e in self.history[-2:] if e.before is not None]
        if isinstance(self.beat, Choices):
            return bool(self.history) and self.history[-1].before is not None
        return len(self.history) >= 2 and len(usable) == 2

    def rollback(self) -> Line | None:
        """Back one line (from a choice: back to the line before it), restoring the whole
        play state of that moment. None when there is nothing to go back to."""
        if not self.can_roll_back():
            return None
        self.presented()
        future = list(self._future)
        # rolling back from a choice on screen: the road forward ends there, at that choice
        to_choice = self._future_choice or (isinstance(self.beat, Choices) and not future)
        if not isinstance(self.beat, Choices):
            future.append(self.history.pop())
        target = self.history.pop()
        self.restore(target.before, with_history=False, with_time=False)
        self._chose = target.after_choice
        self.beat = None
        beat = self._advance()
        self._future = future  # advance() met a line we are rolling back to, not forward
        self._future_choice = to_choice
        return beat if isinstance(beat, Line) else None

    def can_roll_forward(self) -> bool:
        return bool(self._future) or (self._future_choice
                                      and not isinstance(self.beat, Choices))

    def roll_forward(self) -> Beat | None:
        """Forward one line along the path rolled back over, taking the same choice again at
        a choice point. None when there is no such path (nothing rolled back, or another choice
        was made since)."""
        if not self._future:
            if self.can_roll_forward():  # the road ended at a choice: offer it again
                return self._advance()
            return None
        if isinstance(self.beat, Choices):
            choice = self._future[-1].after_choice
            if choice is None:
                return None
            self.choose(choice)
        return self._advance()

    # --- saving -----------------------------------------------------------------------------
    def _need_slots(self) -> SaveSlots:
        if self.slots is None:
            raise SaveError("this session has no save folder")
        return self.slots

    def save(self, slot: str, *, name: str = "", thumbnail_png: Picture = None) -> SaveInfo:
        self.presented()
        self.events.emit("save", slot)
        info = self._need_slots().save(slot, name=name, thumbnail_png=thumbnail_png,
                                       play=self.state)
        self._save_profile(sync="none")
        return info

    def quicksave(self, *, thumbnail_png: Picture = None) -> SaveInfo:
        return self.save("quick", thumbnail_png=thumbnail_png)

    def load(self, slot: str) -> LoadResult:
        """Resume `slot`; raises SaveError (naming the slot and why) when it cannot. A save of
        this build comes back whole (history and rollback too); one from before an edit of the
        story, or from before PlayState, resumes at its place with a fresh history."""
        self.presented()
        self.events.emit("load", slot)
        result = self._need_slots().load(slot)
        play = result.play
        if play is not None and result.how == "exact":
            if not result.same_build:  # rollback states belong to the old build
                play = replace(play, history=tuple(replace(e, before=None)
                                                   for e in play.history))
            play = replace(play, ink=self.story.save_state())
            try:
                self.restore(play)
            except StoryError as exc:
                raise SaveError(f"save slot '{slot}': {exc.message}") from None
        else:
            self.history.clear()
            self._future.clear()
            self.extras = dict(play.extras) if play is not None else {}
            self._base_ticks, self._start_tick = result.play_ticks, self.clock.real
            self.beat = result.line
            self._offered = None
            self._ended = False
            self._chose = None
            if result.line is not None and result.line.text:
                self.history.append(HistoryEntry(result.line))
            self._autosaved_state = self.story.save_state()
        return result

    def quickload(self) -> LoadResult:
        return self.load("quick")

    def autosave(self, *, thumbnail_png: Picture = None,
                 chapter: str | None = None) -> SaveInfo | None:
        """Autosave now, into the ring (or, with `chapter`, that chapter's start slot); None
        when skipped (off, no folder, same place) or, for a shell that `presents`, put off
        until `presented()` so the picture shows this place. A failure is kept in `problems`
        and `autosave_failure`; play goes on."""
        if not self.autosave_enabled or self.slots is None:
            return None
        state = self.story.save_state()
        if state == self._autosaved_state:
            return None
        self._autosaved_state = state
        if self.presents and thumbnail_png is None and self.thumbnail is not None:
            self._due = (state, self._state(state), chapter)
            return None
        return self._write_autosave(self._state(state), thumbnail_png, chapter)

    @property
    def autosave_due(self) -> bool:
        """An autosave is waiting for `presented()` (and its picture)."""
        return self._due is not None

    def presented(self) -> SaveInfo | None:
        """The shell has shown the player this place: an autosave waiting for its picture is
        written now, with the picture. Every call that moves the story calls this first."""
        due, self._due = self._due, None
        if due is None:
            return None
        state, play, chapter = due
        if self.story.save_state() != state:  # moved on behind the session's back
            return None
        return self._write_autosave(play, None, chapter)

    def _write_autosave(self, play: PlayState, thumbnail_png: Picture,
                        chapter: str | None) -> SaveInfo | None:
        if thumbnail_png is None and self.thumbnail is not None:
            try:
                thumbnail_png = self.thumbnail()
            except Exception as exc:  # noqa: BLE001 — a picture must never stop play
                self.problems.append(f"autosave picture failed: {exc}")
        writer = self.slots.writer
        mark: list[int] = []
        if writer is not None:  # the write happens later: note the writer's errors before it
            writer.put(lambda: mark.append(len(writer.errors)), barrier=False)
        try:
            info = self.slots.autosave(thumbnail_png=thumbnail_png, play=play, chapter=chapter)
        except SaveError as exc:
            self._autosave_result(exc)
            return None
        if writer is None:
            self._autosave_result(None)
        else:  # and after it: did this autosave reach the disk? poll() tells
            def written() -> None:
                new = writer.errors[mark[0]:] if mark else []
                self._written.append(next((e for e in new if isinstance(e, SaveError)), None))

            writer.put(written, barrier=False)  # notes only: a burst still coalesces
        self._save_profile(sync="none")
        return info

    def _autosave_result(self, error: SaveError | None) -> None:
        """An autosave reached the disk (None) or failed: `autosave_failure` and the
        "autosave" event (the failure's reason, or None) say so."""
        if error is None:
            self.autosave_failure = None
        else:
            self.problems.append(str(error))
            self.autosave_failure = error.message.split("': ", 1)[-1]  # the reason, not slot
        self.events.emit("autosave", self.autosave_failure)

    def poll(self) -> None:
        """What background autosave writes came to since the last call, in order (the window
        calls it every frame it presents): each sends its "autosave" event here, on the
        caller's thread."""
        while self._written:
            self._autosave_result(self._written.pop(0))

    def _save_profile(self, sync: str = "file") -> None:
        """The profile, after what changed it: on the writer thread when there is one, with
        no fsync of its own when a save's just went before it (sync="none")."""
        writer = self.slots.writer if self.slots is not None else None
        if writer is not None:  # a copy, written after the save on the writer thread
            copy = replace(self.profile, endings_seen=list(self.profile.endings_seen),
                           lines_read=set(self.profile.lines_read),
                           chapters_seen=list(self.profile.chapters_seen),
                           best_times=deepcopy(self.profile.best_times), messages=[])

            def write() -> None:
                try:
                    copy.save(sync=sync)
                except OSError as exc:
                    self.problems.append(f"{copy.path}: cannot save the profile ({exc})")

            writer.put(write, key="profile")  # a burst of writes: only the newest copy
            return
        try:
            self.profile.save()
        except OSError as exc:
            self.problems.append(f"{self.profile.path}: cannot save the profile ({exc})")

    # --- swapping the story (hot reload) ----------------------------------------------------
    def replace_story(self, story: Story) -> None:
        """Play on in `story` (a new build of the same one, already at the player's place):
        the history stays, but its rollback states belong to the old build and are dropped."""
        self.presented()
        self.story = story
        story.seen_endings = self.seen
        if self.slots is not None:
            self.slots.story = story
        self.history = [replace(e, before=None) for e in self.history]
        self._future.clear()
        self._future_choice = False
        self._offered = None

    # --- what the shells read, as on Story ----------------------------------------------------
    @property
    def last_line(self) -> Line | None:
        return self.history[-1].line if self.history else None

    @property
    def warnings(self) -> list[str]:
        return self.story.warnings

    @property
    def errors(self) -> list[str]:
        return self.story.errors

    @property
    def turns(self) -> int:
        return self.story.turns

    @property
    def seed(self) -> int:
        return self.story.seed

    @property
    def meta(self) -> dict:
        return self.story.meta

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def config(self):  # noqa: ANN201 — StoryConfig, as on Story
        return self.story.config

    @property
    def variables(self) -> dict[str, object]:
        return self.story.variables

    def meters(self) -> dict[str, int]:
        return self.story.meters()

    @property
    def chapter(self) -> str | None:
        return self.story.chapter

    @property
    def choices(self) -> Choices | None:
        return self.story.choices

    @property
    def is_over(self) -> bool:
        return self.story.is_over
