"""Hot reload: edit the ink while the game runs, and keep playing the new build where you were.

`Reloader(story)` watches the story's source files (`StorySource.watch_files`) by size, mtime
and, when those move, content hash — so an editor that merely touches a file costs nothing.
A change (or `force()`, Shift+R) compiles in a background thread; the window's loop calls
`poll()` once a frame and gets a `ReloadResult` when a build is done:

* a new `Story`, already moved to the player's place — the same state when the edited story
  still has it, else the last `#checkpoint`, else the start — and a message saying which; or
* the build's diagnostics (`path:line: error: message`) for an overlay, while the old story
  keeps running untouched.

Nothing here sleeps or reads the wall clock: polling is paced in game-clock ticks.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .compiler import Diagnostic, compile_ink
from .config import StoryConfig, load_config
from .errors import CompileError, HerError
from .source import StorySource, read_json, resolve
from .story import Checkpoint, Choices, EndingReached, Story

POLL_TICKS = 30  # look at the files twice a second of game time


@dataclass(frozen=True)
class ReloadResult:
    """What one reload did. `story` is None when the build failed: keep playing the old one."""

    story: Story | None
    restored: str  # "state" | "checkpoint" | "start" | "failed"
    message: str
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        return self.story is not None

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


@dataclass
class _Build:
    json_text: str | None
    config: StoryConfig | None
    source: StorySource
    diagnostics: list[Diagnostic] = field(default_factory=list)


class Reloader:
    """Watches one story's files; `poll()` each frame, `force()` on Shift+R."""

    def __init__(self, story: Story, *, interval: int = POLL_TICKS) -> None:
        if story.source is None:
            raise HerError("this story was not opened from files, so it cannot be reloaded")
        self.story = story
        self.interval = max(0, interval)
        self.diagnostics: tuple[Diagnostic, ...] = ()  # the last failed build's; () when good
        self._ticks = 0
        self._done: queue.SimpleQueue[_Build] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._pending = False
        self._watched: list[Path] | None = None  # the story's files, found again after a change
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
        if build is not None:
            return self._finish(build)
        self._ticks += ticks
        if self._ticks >= self.interval:
            self._ticks = 0
            if self._pending:
                self._start()
            elif self._changed():
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
        if self._worker is not None:
            self._worker.join(timeout)
        try:
            return self._finish(self._done.get_nowait())
        except queue.Empty:
            return None

    # --- watching -----------------------------------------------------------------------
    def _files(self) -> list[Path]:
        """Which files to watch. Finding them reads every ink file for its INCLUDEs, so it is
        done once and again only after a change (only an edit can add an INCLUDE) — never on
        every poll of the frame loop."""
        if self._watched is None:
            try:
                self._watched = list(self.story.source.watch_files)
            except HerError:
                self._watched = [p for p in (self.story.source.ink, self.story.source.json) if p]
        return self._watched

    def _snapshot(self) -> dict[Path, tuple[int, int, str] | None]:
        stamps = {}
        old = getattr(self, "_stamps", {})
        for path in self._files():
            try:
                info = path.stat()
            except OSError:
                stamps[path] = None
                continue
            previous = old.get(path)
            if previous and previous[:2] == (info.st_mtime_ns, info.st_size):
                stamps[path] = previous
            else:
                stamps[path] = (info.st_mtime_ns, info.st_size, _hash(path))
        return stamps

    def _changed(self) -> bool:
        fresh = self._snapshot()
        changed = {p: s and s[2] for p, s in fresh.items()} != {
            p: s and s[2] for p, s in self._stamps.items()}
        self._stamps = fresh
        if changed:
            self._watched = None
        return changed

    def _start(self) -> None:
        if self.busy:
            self._pending = True  # edited again mid-build: build once more when this one ends
            return
        self._pending = False
        source = self.story.source
        self._worker = threading.Thread(target=self._work, args=(source,), name="her-reload",
                                        daemon=True)
        self._worker.start()

    def _work(self, source: StorySource) -> None:
        try:
            result = build(source)
        except Exception as exc:  # noqa: BLE001 — a reload must never take the game down
            result = _Build(None, None, source, [Diagnostic(
                str(source.ink or source.json or source.folder), None, "error",
                f"reloading failed unexpectedly: {exc!r}")])
        self._done.put(result)

    def _finish(self, result: _Build) -> ReloadResult:
        self._watched = None  # the build may have added or dropped an INCLUDE
        self._stamps = self._snapshot()
        if result.json_text is None:
            self.diagnostics = tuple(result.diagnostics)
            count = len([d for d in result.diagnostics if d.severity == "error"]) or 1
            return ReloadResult(None, "failed",
                                f"the edited story has {count} error{'s' * (count != 1)}; "
                                "still playing the last good build", self.diagnostics)
        try:
            outcome = keep_place(self.story, result.json_text, result.config, result.source)
        except HerError as exc:
            self.diagnostics = (Diagnostic(exc.path or str(result.source.folder), exc.line,
                                           "error", exc.message),)
            return ReloadResult(None, "failed", "the edited story does not load; still "
                                "playing the last good build", self.diagnostics)
        self.diagnostics = ()
        self.story = outcome.story
        return ReloadResult(outcome.story, outcome.restored, outcome.message,
                            tuple(result.diagnostics))


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
    """A new Story from `json_text`, at the old story's place when the edit kept it, else at its
    last checkpoint, else at the start — with a message that says which."""
    new = Story(json_text, config=config or old.config, seed=old.seed,
                seen_endings=old.seen_endings, source=source or old.source)
    new.seen_queries = set(old.seen_queries)
    if _fits(new, old.save_state(), at_end=old.is_over):
        new.chapter, new.checkpoint, new.turns = old.chapter, old.checkpoint, old.turns
        if new.checkpoint and not _fits(new, new.checkpoint.state):
            new.checkpoint = None
        new.load_state(old.save_state())
        _carry_ending(old, new)
        return ReloadResult(new, "state", "Reloaded the edited story; you are where you were.")
    point = old.checkpoint
    if point and _fits(new, point.state):
        new.load_state(point.state)
        new.chapter, new.turns = point.chapter, old.turns
        new.checkpoint = Checkpoint(point.chapter, point.state, point.line)
        where = f" (chapter {point.chapter})" if point.chapter else ""
        return ReloadResult(new, "checkpoint",
                            "Reloaded the edited story; your place is gone from it, so you are "
                            f"back at the last checkpoint{where}.")
    new.reset(old.seed)
    return ReloadResult(new, "start", "Reloaded the edited story; your place is gone from it "
                        "and there was no checkpoint, so it starts over from the beginning.")


def _fits(story: Story, state: str, *, at_end: bool = False) -> bool:
    """Whether `state` still means something in `story`: it loads, the next beat plays without a
    runtime error and does not run off the end, and every offered choice can be taken. Leaves
    `story` wherever the check ended: the caller loads the state it wants afterwards."""
    errors = len(story.errors)
    try:
        story.load_state(state)
        beat = story.next()
        if isinstance(beat, EndingReached) and beat.how == "dead_end" and not at_end:
            return False
        if isinstance(beat, Choices):
            for index in range(len(beat)):
                story.load_state(state)
                if not isinstance(story.next(), Choices):
                    return False
                story.choose(index)
                story.next()
    except HerError:
        return False
    finally:
        fresh = story.errors[errors:]
        del story.errors[errors:]
    return not fresh


def _carry_ending(old: Story, new: Story) -> None:
    """What the state does not hold: an ending already reached, or announced by `#ending:` on a
    line already read, and the last line's text (which names a plain ink story's ending)."""
    if old.ending is not None:
        new.ending = EndingReached(new.config.ending(old.ending.id), old.ending.how)
    new._ending_tag = old._ending_tag  # noqa: SLF001 — the core's own bookkeeping, carried over
    new._last_text = old._last_text  # noqa: SLF001


def _hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
