"""One play-through as every shell drives it: the story, its save slots, the player's profile
and the game clock, kept in step in one place so the window and the terminal player save,
autosave and remember exactly alike.

    session = Session(Story.open(path), save_dir)       # profile and clock made for you
    # the window: Session(story, save_dir, background=True, thumbnail=frame_png) writes on a
    # worker thread so no save costs a frame; session.slots.flush() before quitting
    result = session.load("auto-3")                      # optional; result.message for the player
    beat = session.next()          # Line | Choices | EndingReached, as Story.next()
    session.choose(i)              # 0-based, as Story.choose()
    session.quicksave(thumbnail_png=png) / session.quickload()
    session.save("4", name="before the beach", thumbnail_png=png)
    session.play_ticks             # play time so far, in real-time clock ticks, across loads
    session.slots.list()           # SaveInfo of every slot, for the save/load screens

`next()` marks lines read and chapters seen in the profile, records endings (and saves the
profile), and autosaves into the ring at every chapter start and every choice point — never
twice for the same place. A failed autosave never stops play: it lands in `problems`. Nothing
here prints. The window feeds `session.clock` real time; the terminal player leaves it alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .clock import Clock
from .errors import SaveError
from .profile import Profile, load_profile
from .saves import LoadResult, SaveInfo, SaveSlots
from .story import Beat, Choices, EndingReached, Line, Story


class Session:
    def __init__(self, story: Story, save_dir: str | Path, *, profile: Profile | None = None,
                 clock: Clock | None = None, autosave: bool = True,
                 thumbnail: Callable[[], bytes | None] | None = None,
                 background: bool = False) -> None:
        self.story = story
        self.slots = SaveSlots(save_dir, story, background=background)
        self.profile = profile if profile is not None else load_profile(save_dir)
        self.clock = clock or Clock()
        self.autosave_enabled = autosave
        self.thumbnail = thumbnail  # the window's PNG of the current frame, for autosaves
        self.last_line: Line | None = None
        self.problems: list[str] = list(self.profile.messages)
        self._base_ticks = 0
        self._start_tick = self.clock.real
        self._autosaved_state: str | None = None
        self._offered: Choices | None = None
        self._ended = False

    # --- playing ----------------------------------------------------------------------------
    def next(self) -> Beat:
        beat = self.story.next()
        if isinstance(beat, Line):
            self.last_line = beat
            self.profile.mark_read(beat.line_id)
            if beat.tags.checkpoint:
                self.slots.note_checkpoint()
            if beat.tags.chapter:
                self.profile.record_chapter(beat.tags.chapter)
                self.autosave()
        elif isinstance(beat, Choices):
            if beat is not self._offered:
                self._offered = beat
                self.autosave()
        elif isinstance(beat, EndingReached) and not self._ended:
            self._ended = True
            self.profile.record_ending(beat.id)
            self._save_profile()
        return beat

    def choose(self, index: int) -> None:
        self.story.choose(index)

    @property
    def play_ticks(self) -> int:
        return self._base_ticks + self.clock.real - self._start_tick

    # --- saving -----------------------------------------------------------------------------
    def save(self, slot: str, *, name: str = "", thumbnail_png: bytes | None = None) -> SaveInfo:
        info = self.slots.save(slot, name=name, thumbnail_png=thumbnail_png,
                               play_ticks=self.play_ticks, line=self.last_line)
        self._save_profile()
        return info

    def quicksave(self, *, thumbnail_png: bytes | None = None) -> SaveInfo:
        return self.save("quick", thumbnail_png=thumbnail_png)

    def load(self, slot: str) -> LoadResult:
        """Resume `slot`; raises SaveError (naming the slot and why) when it cannot."""
        result = self.slots.load(slot)
        self._base_ticks = result.play_ticks
        self._start_tick = self.clock.real
        self.last_line = result.line
        self._offered = None
        self._ended = False
        self._autosaved_state = self.story.save_state()
        return result

    def quickload(self) -> LoadResult:
        return self.load("quick")

    def autosave(self, *, thumbnail_png: bytes | None = None) -> SaveInfo | None:
        """Autosave now (the window may call this with a thumbnail); None when skipped."""
        if not self.autosave_enabled:
            return None
        state = self.story.save_state()
        if state == self._autosaved_state:
            return None
        if thumbnail_png is None and self.thumbnail is not None:
            thumbnail_png = self.thumbnail()
        try:
            info = self.slots.autosave(thumbnail_png=thumbnail_png, play_ticks=self.play_ticks,
                                       line=self.last_line)
        except SaveError as exc:
            self.problems.append(str(exc))
            return None
        self._autosaved_state = state
        self._save_profile()
        return info

    def _save_profile(self) -> None:
        try:
            self.profile.save()
        except OSError as exc:
            self.problems.append(f"{self.profile.path}: cannot save the profile ({exc})")

    # --- what the shells read, as on Story ----------------------------------------------------
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

    @property
    def chapter(self) -> str | None:
        return self.story.chapter

    @property
    def choices(self) -> Choices | None:
        return self.story.choices

    @property
    def is_over(self) -> bool:
        return self.story.is_over
