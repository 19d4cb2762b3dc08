"""Hot reload: edit the ink while the game runs, and keep playing the new build where you were —
judged exactly as loading a save after an edit is (`game.core.restore`), so an edit that moved
the player's branch never says "you are where you were".

`Reloader(story)` watches the story's source files (`StorySource.watch_files`, found again after
every build, and a file that went missing stays watched so that its return is seen) by size,
mtime, inode and, when those move, content hash — so an editor that merely touches a file costs
nothing. A file is taken only once it is stable: two polls in a row agree on it, or it arrived by
an atomic rename (a new inode in one step). A change (or `force()`, Shift+R) compiles and
restores on a background thread, within BUILD_SECONDS; the window's loop calls `poll()` once a
frame and gets a `ReloadResult` when a build is done:

* a new `Story`, already moved to the player's place — the same state when the edited story
  still reads the same from there, else the last `#checkpoint` that still does, else the start
  — and a message saying which (for a checkpoint, word for word what loading says); or
* the build's diagnostics (`path:line: error: message`) for an overlay, while the old story
  keeps running untouched.

The player's place is taken on the main thread when a build starts (the ink state and a few
fields: cheap); if they moved on while it built, the restore runs again from the newer place.
Polling is paced in game-clock ticks; only the build's time budget reads the wall clock,
because it guards the machine, not the game.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .compiled import CompiledStory
from .compiler import Diagnostic, compile_ink
from .config import StoryConfig, load_config
from .errors import CompileError, HerError, SaveError
from .restore import Scratch, looked_ahead, restore, settle
from .savefile import Position, SaveFile, Upcoming, plain_values
from .source import StorySource, read_json, resolve
from .story import Checkpoint, EndingReached, Story

POLL_TICKS = 30  # look at the files twice a second of game time
BUILD_SECONDS = 60.0  # a build (compile and restore) that takes longer is given up
STATE_MESSAGE = "Reloaded the edited story; you are where you were."
START_MESSAGE = ("Reloaded the edited story; your place is gone from it and there was no "
                 "checkpoint, so it starts over from the beginning.")


@dataclass(frozen=True)
class ReloadResult:
    """What one reload did. `story` is None when the build failed: keep playing the old one."""

    story: Story | None
    restored: str  # "state" | "checkpoint" | "start" | "failed"
    message: str
    diagnostics: tuple[Diagnostic, ...] = ()
    checkpoints: tuple[Position, ...] = ()  # the save positions still ahead of the place

    @property
    def ok(self) -> bool:
        return self.story is not None

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


@dataclass(frozen=True)
class Place:
    """The player's place in the old build, as a save would hold it: taken on the main thread
    (nothing here touches the live story again), restored on the worker."""

    compiled: CompiledStory
    state: str
    seed: int
    chapter: str | None
    turns: int
    checkpoint: Checkpoint | None
    checkpoints: tuple[Position, ...]
    variables: dict
    ending: EndingReached | None
    ending_tag: str | None
    last_text: str
    seen: frozenset[str]
    seen_queries: frozenset[str]
    translation: object

    @classmethod
    def of(cls, story: Story, checkpoints: tuple[Position, ...] = ()) -> Place:
        return cls(story.compiled, story.save_state(), story.seed, story.chapter, story.turns,
                   story.checkpoint, tuple(checkpoints), plain_values(story.variables),
                   story.ending, story.ending_tag, story.last_text,
                   frozenset(story.seen_endings), frozenset(story.seen_queries),
                   story.translation)


@dataclass
class _Build:
    json_text: str | None
    config: StoryConfig | None
    source: StorySource
    diagnostics: list[Diagnostic] = field(default_factory=list)
    generation: int = 0
    place: Place | None = None
    result: ReloadResult | None = None  # the restored story, when it built


class Reloader:
    """Watches one story's files; `poll()` each frame, `force()` on Shift+R."""

    def __init__(self, story: Story, *, interval: int = POLL_TICKS,
                 budget: float = BUILD_SECONDS) -> None:
        if story.source is None:
            raise HerError("this story was not opened from files, so it cannot be reloaded")
        self.story = story
        self.interval = max(0, interval)
        self.budget = budget
        # the checkpoints the player's saves keep (the session's), so a reload falls back to
        # the same ones a save would; without it, the story's own newest checkpoint
        self.positions: Callable[[], tuple[Position, ...]] = lambda: ()
        self.diagnostics: tuple[Diagnostic, ...] = ()  # the last failed build's; () when good
        self._ticks = 0
        self._done: queue.SimpleQueue[_Build] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._started = 0.0
        self._generation = 0
        self._pending = False
        self._watched: list[Path] | None = None  # the story's files, found again after a build
        self._stamps = self._snapshot()
        self._settling = False  # a change was seen; build once two polls agree

    # --- the window's side --------------------------------------------------------------
    def track(self, story: Story) -> None:
        """The game switched stories by itself (new game, loaded a save): follow that one."""
        self.story = story

    def poll(self, ticks: int = 1) -> ReloadResult | None:
        """Cheap when nothing changed. Returns a result once a build has finished."""
        try:
            build = self._done.get_nowait()
        except queue.Empty:
            build = None
        if build is not None and build.generation == self._generation:
            return self._finish(build)
        if self.busy and time.monotonic() - self._started > self.budget:
            return self._give_up()
        self._ticks += ticks
        if self._ticks >= self.interval:
            self._ticks = 0
            if self._pending:
                self._start()
                return None
            renamed = self._changed()
            if renamed:
                self._settling = False  # arrived whole, by an atomic rename: take it now
                self._start()
            elif renamed is not None:
                self._settling = True  # maybe half-written: look again before building
            elif self._settling:
                self._settling = False  # the same size, time and bytes two polls running
                self._start()
        return None

    def force(self) -> None:
        """Rebuild now, changed or not (Shift+R)."""
        self._start()

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def wait(self, timeout: float = 60.0) -> ReloadResult | None:
        """Block until the running build is done and return its result (tools and tests)."""
        deadline = time.monotonic() + timeout
        while True:
            if self._worker is not None:
                self._worker.join(max(0.0, deadline - time.monotonic()))
            try:
                build = self._done.get_nowait()
            except queue.Empty:
                return None
            if build.generation != self._generation:
                continue
            result = self._finish(build)
            if result is not None or time.monotonic() > deadline:
                return result

    # --- watching -----------------------------------------------------------------------
    def _files(self) -> list[Path]:
        """Which files to watch. Finding them reads every ink file for its INCLUDEs, so it is
        done once and again only after a build (only an edit can add an INCLUDE) — never on
        every poll of the frame loop. A file watched before that is missing now stays on the
        list: when it comes back, that is a change too."""
        if self._watched is None:
            source = self.story.source
            try:
                found = list(source.watch_files)
            except HerError:
                found = [p for p in (source.ink, source.json, source.config_path) if p]
            gone = [p for p in getattr(self, "_stamps", {}) if p not in found and not p.exists()]
            self._watched = found + gone
        return self._watched

    def _snapshot(self) -> dict[Path, tuple[int, int, int, str] | None]:
        stamps = {}
        old = getattr(self, "_stamps", {})
        for path in self._files():
            try:
                info = path.stat()
            except OSError:
                stamps[path] = None
                continue
            previous = old.get(path)
            key = (info.st_mtime_ns, info.st_size, info.st_ino)
            if previous and previous[:3] == key:
                stamps[path] = previous
            else:
                stamps[path] = (*key, _hash(path))
        return stamps

    def _changed(self) -> bool | None:
        """None when nothing changed; True when every changed file was replaced whole (a new
        inode: an editor's atomic save), False for any other change."""
        fresh = self._snapshot()
        changed = [p for p in fresh.keys() | self._stamps.keys()
                   if (fresh.get(p) or (0,) * 4)[3] != (self._stamps.get(p) or (0,) * 4)[3]]
        old, self._stamps = self._stamps, fresh
        if not changed:
            return None
        return all(old.get(p) and fresh.get(p) and old[p][2] != fresh[p][2] for p in changed)

    def _start(self, build: _Build | None = None) -> None:
        if self.busy:
            self._pending = True  # edited again mid-build: build once more when this one ends
            return
        self._pending = False
        self._generation += 1
        place = Place.of(self.story, self.positions())
        self._started = time.monotonic()
        self._worker = threading.Thread(
            target=self._work, args=(self.story.source, place, self._generation, build),
            name="her-reload", daemon=True)
        self._worker.start()

    def _work(self, source: StorySource, place: Place, generation: int,
              built: _Build | None) -> None:
        try:
            result = built if built is not None else build(source)
            if result.json_text is not None:
                result.result = resume(place, result.json_text, result.config, result.source)
        except Exception as exc:  # noqa: BLE001 — a reload must never take the game down
            result = _Build(None, None, source, [Diagnostic(
                str(source.ink or source.json or source.folder), None, "error",
                f"reloading failed unexpectedly: {exc!r}")])
        result.generation, result.place = generation, place
        self._done.put(result)

    def _give_up(self) -> ReloadResult:
        self._generation += 1  # whatever the worker still brings is dropped
        self._worker = None
        source = self.story.source
        self.diagnostics = (Diagnostic(str(source.ink or source.json or source.folder), None,
                                       "error", f"the edited story took over "
                                       f"{self.budget:.0f} s to build and restore; gave up"),)
        return ReloadResult(None, "failed", "the edited story took too long to build; still "
                            "playing the last good build", self.diagnostics)

    def _finish(self, result: _Build) -> ReloadResult | None:
        self._watched = None  # the build may have added or dropped an INCLUDE
        self._stamps = self._snapshot()
        if result.json_text is None or result.result is None:
            self.diagnostics = tuple(result.diagnostics)
            count = len([d for d in result.diagnostics if d.severity == "error"]) or 1
            return ReloadResult(None, "failed",
                                f"the edited story has {count} error{'s' * (count != 1)}; "
                                "still playing the last good build", self.diagnostics)
        if result.place is not None and self.story.save_state() != result.place.state:
            self._start(replace_result(result))  # the player moved on: restore from there
            return None
        self.diagnostics = ()
        self.story = result.result.story
        outcome = result.result
        return ReloadResult(outcome.story, outcome.restored, outcome.message,
                            tuple(result.diagnostics), outcome.checkpoints)


def replace_result(built: _Build) -> _Build:
    """The same compiled build, to be restored again."""
    return _Build(built.json_text, built.config, built.source, built.diagnostics)


def build(source: StorySource) -> _Build:
    """Compile (or re-read) the story's files; every failure comes back as diagnostics."""
    try:
        fresh = resolve(source.display) if source.display else source
        config = load_config(fresh.config_path) if fresh.config_path else StoryConfig.default()
        if fresh.ink is not None:
            result = compile_ink(fresh.ink)
            return _Build(result.json_text, config, fresh, list(result.diagnostics))
        return _Build(read_json(fresh.json), config, fresh)
    except CompileError as exc:
        return _Build(None, None, source, list(exc.diagnostics))
    except HerError as exc:
        return _Build(None, None, source,
                      [Diagnostic(exc.path or str(source.folder), exc.line, "error",
                                  exc.message + (f" ({exc.hint})" if exc.hint else ""))])


def keep_place(old: Story, json_text: str, config: StoryConfig | None = None,
               source: StorySource | None = None) -> ReloadResult:
    """A new Story from `json_text` at the old story's place, the way a reload puts it there
    (at once, on this thread: tools and tests)."""
    return resume(Place.of(old), json_text, config or old.config, source or old.source)


def resume(place: Place, json_text: str, config: StoryConfig | None,
           source: StorySource | None) -> ReloadResult:
    """The new build, moved to `place` by the one restore path loading uses: at the same state
    when the edited story reads the same from there, else at the newest checkpoint that still
    does, else at the start. Raises HerError when the new build does not load at all."""
    new = Story(json_text, config=config, seed=place.seed, seen_endings=place.seen,
                source=source)
    new.seen_queries = set(place.seen_queries)
    new.translation = place.translation
    save = _as_save(place)
    try:
        restored = restore(new, save, "reload", Scratch(new.compiled, place.seen))
    except SaveError:
        new.reset(place.seed)
        return ReloadResult(new, "start", START_MESSAGE)
    kept = settle(new, save, restored)
    if restored.how == "checkpoint":
        return ReloadResult(new, "checkpoint", restored.message or "", (), tuple(kept))
    if place.ending is not None:
        new.ending = EndingReached(new.config.ending(place.ending.id), place.ending.how)
    new._ending_tag = place.ending_tag  # noqa: SLF001 — the core's own bookkeeping, carried
    new._last_text = place.last_text  # noqa: SLF001
    return ReloadResult(new, "state", STATE_MESSAGE, (), tuple(kept))


def _as_save(place: Place) -> SaveFile:
    """The place as a save of it would read, what came next looked up in the old build."""
    old = Scratch(place.compiled, place.seen)
    positions = list(looked_ahead(place.checkpoints, old))
    point = place.checkpoint
    if point is not None and not any(p.state == point.state for p in positions):
        positions.append(Position(point.state, point.chapter, point.line.text,
                                  point.line.speaker, point.line.line_id, {},
                                  old.peek(point.state) or Upcoming()))
    current = Position(place.state, place.chapter, place.last_text, None, None,
                       place.variables, old.peek(place.state) or Upcoming())
    return SaveFile(story_title="", story_hash=place.compiled.hash, current=current,
                    checkpoints=tuple(positions), seed=place.seed, turns=place.turns)


def _hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
