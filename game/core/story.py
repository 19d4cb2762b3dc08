"""The story engine over bink: the one object every shell (window, terminal, routes, replay)
plays through.

`Story.next()` returns the next `Beat`: a `Line` while there is text, a `Choices` when the
reader must pick, an `EndingReached` when the play-through is over. Everything a save needs is
`save_state()` / `load_state()`; the seed of the story's random generator is part of it.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import source as story_source
from .compiled import (
    CompiledStory,
    InkRuntime,
    global_tags_of,
    knot_of_last_line,
    seed_runtime,
    title_of,
)
from .config import Ending, StoryConfig
from .direct import Direct
from .errors import StoryError
from .tags import NO_TAGS, Tags, parse_global_tags, parse_tags, parse_tags_once

MAX_SPEAKER_PREFIX = 40
DEAD_END = "ran out of content"
TUNNEL_END = "unexpectedly reached end of content"


class Line(NamedTuple):
    """One line the reader reads. `text` may be empty when the line only carries cues
    (`#bg:`, `#music:` …): shells apply its tags and show nothing. A NamedTuple because one is
    built per line and that is the engine's hot path."""

    text: str
    speaker: str | None = None  # a character id from story.yaml; None is narration
    line_id: str | None = None
    tags: Tags = NO_TAGS


class Choice:
    """One option at a choice point. Its tags are read from the runtime only when asked for:
    most choices have none, and reading them on every choice halves throughput."""

    __slots__ = ("index", "text", "_tags", "_found")

    def __init__(self, index: int, text: str, tags: Tags | None = None, found=None) -> None:
        self.index = index  # 0-based, as the runtime counts; shells show index + 1
        self.text = text
        self._tags = tags
        self._found = found

    @property
    def tags(self) -> Tags:
        if self._tags is None:
            self._tags = _choice_tags(self._found, self.index) if self._found else NO_TAGS
            self._found = None
        return self._tags

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Choice) and (self.index, self.text) == (other.index, other.text)

    def __hash__(self) -> int:
        return hash((self.index, self.text))

    def __repr__(self) -> str:
        return f"Choice({self.index}, {self.text!r})"


@dataclass(frozen=True, slots=True)
class Choices:
    items: tuple[Choice, ...]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Choice]:
        return iter(self.items)

    def __getitem__(self, index: int) -> Choice:
        return self.items[index]


@dataclass(frozen=True, slots=True)
class EndingReached:
    ending: Ending
    how: str  # "tag" (#ending:), "end" (story ran to END), "dead_end" (ran out of content)

    @property
    def id(self) -> str:
        return self.ending.id


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A safe place to resume from: the state just after the `#checkpoint` line, and that line."""

    chapter: str | None
    state: str
    line: Line


Beat = Line | Choices | EndingReached


class Story:
    """One play-through of one compiled story."""

    def __init__(self, json_text: str, *, config: StoryConfig | None = None,
                 seed: int | None = None, seen_endings: Iterable[str] = (),
                 source: story_source.StorySource | None = None,
                 runtime_later: bool = False) -> None:
        # runtime_later: the ink runtime is made when first needed, or on a thread of its own
        # after `prepare()` (the window's title screen needs none of it: 8 ms of start-up for
        # the shipped story); a story that will not load then says so there, not here
        self.json_text = json_text
        where = str(source.json or source.ink) if source else None
        self.compiled = CompiledStory(json_text, where=where)
        self.config = config or StoryConfig.default()
        self._speakers = self.config.speaker_prefixes  # the per-line lookup, hoisted
        self.source = source
        self.seen_endings = set(seen_endings)
        self.seen_queries: set[str] = set()  # endings has_seen() answered True for
        self.translation = None  # a game.core.translation.Translation: lines in that language
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.budget = Budget()
        # a plain ink story (no story.yaml) keeps a line that is only tags, as inkjs does: its
        # tags are the author's own, for whatever reads them; ours would be cues or metadata
        self._plain = source is None or source.config_path is None
        self.failed = False  # a budget ran out: this runtime is mid-step until the next reset
        self._direct: Direct | None = None  # the per-line calls of `_ink`, made once
        self._marked: InkRuntime | None = None  # the marked copy, for naming endings
        self._making: threading.Thread | None = None  # prepare()'s thread, while it runs
        self._made: InkRuntime | StoryError | None = None  # what that thread made
        self._later = runtime_later  # until the runtime is there
        if not runtime_later:
            self._ink = self._new_runtime()
            self.meta = parse_global_tags(list(self._ink.get_global_tags()))
        self.seed = 0
        self.reset(seed)

    def __getattr__(self, name: str) -> object:
        """Only asked for what is not there yet, so free once it is: with `runtime_later`,
        the runtime (`_ink`) and the state a play-through starts from (`_start_state`) are
        made at their first use, and `meta` read off the compiled text when it can be."""
        later = self.__dict__.get("_later")
        if name in ("_ink", "_start_state") and later:
            self._runtime_now()
            return self.__dict__[name]
        if name == "meta" and later is not None:
            tags = global_tags_of(self.json_text)
            meta = parse_global_tags(list(self._ink.get_global_tags()) if tags is None
                                     else tags)
            self.meta = meta
            return meta
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def prepare(self) -> bool:
        """Have the runtime made on a thread of its own, if it is not yet (bink builds it
        without holding Python's lock, so the window goes on drawing): True once it is there,
        raising the StoryError that making it met. Never waits."""
        if "_ink" in self.__dict__:
            return True
        thread = self._making
        if thread is None:
            thread = self._making = threading.Thread(target=self._make_runtime,
                                                     name="her-story", daemon=True)
            thread.start()
        if thread.is_alive():
            return False
        self._runtime_now()
        return True

    def _make_runtime(self) -> None:
        try:
            self._made = self._new_runtime()
        except StoryError as exc:
            self._made = exc

    def _runtime_now(self) -> None:
        """The runtime `runtime_later` put off: prepare()'s (waited for) or made here, and
        seeded as `reset` would have (a new runtime is at its start already)."""
        if self._making is not None:
            self._making.join()
            self._making = None
        made, self._made = self._made, None
        if made is None:
            made = self._new_runtime()
        elif isinstance(made, StoryError):
            self._made = made  # asked again, the same answer
            raise made
        seed_runtime(made, self.seed)
        self._ink = made
        self._start_state = made.save_state()
        self._later = False

    # --- construction -------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, seed: int | None = None,
             seen_endings: Iterable[str] = (), runtime_later: bool = False) -> Story:
        loaded = story_source.load(path)
        story = cls(loaded.json_text, config=loaded.config, seed=seed,
                    seen_endings=seen_endings, source=loaded.source,
                    runtime_later=runtime_later)
        # shells print warnings as "warning: …": keep the place, not a second "warning:"
        story.warnings.extend(f"{d.path}:{d.line}: {d.message}" if d.line else
                              f"{d.path}: {d.message}"
                              for d in loaded.diagnostics if d.severity == "warning")
        return story

    def _new_runtime(self, on_message: Callable[[str, bool], None] | None = None, *,
                     quiet: bool = False) -> InkRuntime:
        return self.compiled.new_runtime(has_seen=self._has_seen,
                                         on_message=on_message or self._on_runtime_message,
                                         quiet=quiet)

    @property
    def variable_names(self) -> tuple[str, ...]:
        """The story's global VARs: read from the compiled JSON when first asked (parsing
        all of it in Python was 4 ms of every start-up, before the title)."""
        return self.compiled.globals

    @property
    def title(self) -> str:
        """The story's title by the one rule (`game.core.compiled.title_of`)."""
        return title_of(self.meta, self.config.title, self.source.folder.name
                        if self.source else "")

    def _has_seen(self, ending_id: str) -> bool:
        """Asked by the ink each time: `seen_endings` may be a live set that grows in play."""
        answer = ending_id in self.seen_endings
        if answer:
            self.seen_queries.add(ending_id)
        return answer

    def _on_runtime_message(self, message: str, is_error: bool) -> None:
        (self.errors if is_error else self.warnings).append(message)

    # --- playing -----------------------------------------------------------------------
    def reset(self, seed: int | None = None) -> None:
        """Start a new play-through; `seed` (random when None) makes shuffles repeatable."""
        self.seed = int(seed) if seed is not None else random.SystemRandom().randrange(1, 2**31)
        if "_ink" in self.__dict__:
            self._ink.reset_state()
            seed_runtime(self._ink, self.seed)
            self._start_state = self._ink.save_state()
        else:  # made later, with this seed
            self.__dict__.pop("_start_state", None)
        self.chapter: str | None = None
        self.checkpoint: Checkpoint | None = None
        self.ending: EndingReached | None = None
        self._ending_tag: str | None = None
        self._path: list[int] = []  # choices since _start_state, to replay when needed
        self._choices: Choices | None = None
        self._last_text = ""
        self._fault_pending: tuple[list[str], StoryError] | None = None
        self.turns = 0

    def next(self) -> Beat:
        """The next beat of the story. Returns the same Choices or EndingReached until acted on."""
        if self._fault_pending is not None:  # lines the runtime made before it faulted
            texts, fault = self._fault_pending
            if texts:
                return self._line(texts.pop(0), NO_TAGS)
            self._fault_pending = None
            raise fault
        ink = self._ink
        direct = self._direct
        if direct is None or direct.ink is not ink:
            direct = self._direct = Direct(ink, SLICE_MS)
        while direct.can_continue():
            mark = NATIVE.enter()  # a panic's text goes to our file, not the player's terminal
            try:
                if not direct.continue_async():
                    self.finish_line(ink)
                text, raw = direct.output()
            except RuntimeError as exc:
                fault = self._fault(str(exc), NATIVE.panic_since(mark))
                made = self._output_before_fault()
                if not made:
                    raise fault from None
                self._fault_pending = (made[1:], fault)  # shown first, then the fault
                return self._line(made[0], NO_TAGS)
            finally:
                NATIVE.exit()
            text = text.strip()
            if len(raw) == 1 and raw[0].startswith("id:") and self.translation is None:
                # the fast path: nearly every line's only tag is its id, which needs no
                # grammar, cannot make an empty line matter and has nothing to apply
                if not text and not self._plain:
                    continue
                self._last_text = text or self._last_text
                return self._line(text, parse_tags_once(raw))
            tags = parse_tags_once(raw) if raw else NO_TAGS
            if not text and not _actionable(tags) and not (raw and self._plain):
                continue
            self._last_text = text
            line = self._line(text, tags)
            if self.translation is not None:
                line = line._replace(text=self.translation.line(line.line_id, line.text))
            if tags is not NO_TAGS:
                self._apply(line)
            return line
        if self.ending:
            return self.ending
        if self._choices is None:
            found = ink.get_current_choices()
            if len(found) and self._ending_tag is None:
                self._choices = Choices(tuple(
                    Choice(i, self._choice_text(found[i].strip()), found=found)
                    for i in range(len(found))))
                return self._choices
            self.ending = self._finish()
            return self.ending
        return self._choices

    def _continue(self, ink: InkRuntime) -> str:
        """One line from the runtime, within the budgets: the runtime is asked in slices of
        SLICE_MS, and between slices the time and memory spent without a line are checked.
        A story that loops without output, recurses without end or doubles a string forever
        ends this play-through with a StoryError naming where it was, instead of hanging the
        game or eating the machine's memory (the runtime cannot be interrupted inside a call).
        The watch is wall-clock time on purpose: it guards the machine, not the game."""
        mark = NATIVE.enter()  # a panic's text goes to our file, not the player's terminal
        try:
            if not ink.continue_async(SLICE_MS):
                self.finish_line(ink)
            return ink.get_current_text()
        except RuntimeError as exc:
            raise self._fault(str(exc), NATIVE.panic_since(mark)) from None
        finally:
            NATIVE.exit()

    def finish_line(self, ink: InkRuntime) -> None:
        """Let `ink`, whose first slice of a line ran out, finish that line within the
        budgets (raising StoryError when one runs out): the slow path of `_continue`, and what
        the route search's bare loop calls for the rare line that takes longer than a slice."""
        started = time.perf_counter()
        base = resident_mb()
        budget = self.budget
        while not ink.continue_async(SLICE_MS):
            spent = time.perf_counter() - started
            grown = resident_mb() - base
            depth = call_depth(ink)
            if spent > budget.seconds or grown > budget.megabytes or depth > budget.depth:
                raise self._runaway(ink, spent, grown, depth)

    def _output_before_fault(self) -> list[str]:
        """The lines the runtime had made but not yet handed over when it faulted: its look-
        ahead (for glue) runs past a line's end, so a fault just after a line would lose it.
        The runtime's state still holds them in its output stream."""
        try:
            state = json.loads(self._ink.save_state())
            flow = state["flows"][state.get("currentFlowName", "DEFAULT_FLOW")]
            stream = flow.get("outputStream", [])
        except (RuntimeError, ValueError, KeyError, TypeError, AttributeError):
            return []
        text, in_tag = [], False
        for item in stream:
            if item == "#":
                in_tag = True
            elif item == "/#":
                in_tag = False
            elif item == "\n":
                text.append("\n")
            elif isinstance(item, str) and item.startswith("^") and not in_tag:
                text.append(item[1:])
        return [line.strip() for line in "".join(text).split("\n") if line.strip()]

    def _fault(self, message: str, panic: str | None = None) -> StoryError:
        """A runtime error as a person can act on it: when the runtime panicked (it says only
        "panic crossed the … boundary"), the panic's own words, captured from the native
        error output, name the fault, and a replay in a scratch runtime finds the knot."""
        self.failed = True
        reason, knot = message, ""
        if "panic" in message:
            replayed, knot = self._replay()
            reason = panic or replayed or "the runtime failed"
            try:  # where the runtime stopped names the fault's own knot, not the line's start
                here = next((part for part in self._ink.get_current_path().split(".")
                             if part and not part.isdigit()), "")
            except RuntimeError:
                here = ""
            knot = here or knot
        reason = _FAULTS.get(reason, reason)
        where, line = self._source_of(knot)
        what = f"the story stopped with a runtime error: {reason[:300]}"
        if knot:
            what += f" (in '{knot}')"
        return StoryError(what, path=where, line=line)

    def _replay(self) -> tuple[str | None, str]:
        """Play the stretch since the last loaded state again in a scratch runtime, reading
        the path before each step (what normal play never pays for): the last knot entered,
        and the panic's words if the runtime panics on the way (its output captured)."""
        knot = ""
        scratch = self._new_runtime(quiet=True)
        mark = NATIVE.enter()
        try:
            scratch.load_state(split_non_finite(self._start_state)[0])
            for index in [*self._path, None]:
                while scratch.can_continue():
                    head = scratch.get_current_path().split(".")[0]
                    if head and not head.isdigit():
                        knot = head
                    scratch.cont()
                if index is not None:
                    scratch.choose_choice_index(index)
        except RuntimeError:
            return NATIVE.panic_since(mark), knot
        finally:
            NATIVE.exit()
        return None, knot

    def _runaway(self, ink: InkRuntime, spent: float, grown: float, depth: int) -> StoryError:
        try:
            path = ink.get_current_path()
        except RuntimeError:
            path = ""
        knot = next((part for part in path.split(".") if part and not part.isdigit()), "")
        where, line = self._source_of(knot)
        if depth > self.budget.depth:
            what = (f"the story went more than {self.budget.depth:,} calls deep (functions, "
                    "tunnels or threads that never return) without producing a line: endless "
                    "recursion?")
        elif grown > self.budget.megabytes:
            what = (f"the story used {grown:,.0f} MB more without producing a line: endless "
                    "recursion, or a value that keeps growing?")
        else:
            what = (f"the story ran {spent:.0f} s without producing a line: an endless "
                    "loop?")
        if knot:
            what += f" (in '{knot}')"
        self.failed = True
        return StoryError(what, path=where, line=line)

    def _source_of(self, knot: str) -> tuple[str | None, int | None]:
        """The ink file and line that declare `knot`, for the error message."""
        source = self.source
        ink = getattr(source, "ink", None) if source else None
        if ink is None:
            return (str(getattr(source, "json", "")) or None) if source else None, None
        if not knot:
            return ink.name, None
        from .compiler import source_files

        try:
            files, _ = source_files(ink)
        except StoryError:
            files = [ink]
        pattern = re.compile(rf"^\s*={{1,}}\s*(function\s+)?{re.escape(knot)}\b")
        for path in files:
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    for number, raw in enumerate(handle, 1):
                        if pattern.match(raw):
                            return path.name, number
            except OSError:
                continue
        return ink.name, None

    def _choice_text(self, text: str) -> str:
        return self.translation.choice(text) if self.translation is not None else text

    def translate(self, lang: str | None) -> None:
        """Play lines and choices in `lang` where the story's translations/<lang>.po has them;
        the rest stays in the original. None (or a language with no file) is the original."""
        folder = self.source.folder if self.source else None
        if not (lang and folder):
            self.translation = None  # the original: nothing to import or read
            return
        from .translation import Translation

        self.translation = Translation.load(folder, lang)

    def lines(self) -> Iterator[Line]:
        """Lines up to the next choice or ending."""
        while True:
            beat = self.next()
            if not isinstance(beat, Line):
                return
            yield beat

    @property
    def choices(self) -> Choices | None:
        return self._choices

    @property
    def is_over(self) -> bool:
        return self.ending is not None

    @property
    def at_choice(self) -> bool:
        """The runtime waits at a choice with no line before it: a state saved at a choice
        and put back, whose next() offers the choice at once. A shell resuming such a save
        shows the choice, not only the line before it."""
        if self._choices is not None:
            return True
        if self.ending is not None or self._ending_tag is not None:
            return False
        ink = self._ink
        return not ink.can_continue() and len(ink.get_current_choices()) > 0

    def choose(self, index: int) -> None:
        if self._choices is None:
            raise StoryError("there is no choice to make here")
        if not 0 <= index < len(self._choices):
            raise StoryError(f"choice {index + 1} does not exist; "
                             f"pick 1 to {len(self._choices)}")
        self._ink.choose_choice_index(index)
        self._path.append(index)
        self._choices = None
        self.turns += 1

    def _line(self, text: str, tags: Tags) -> Line:
        colon = text.find(":", 1, MAX_SPEAKER_PREFIX + 1)
        if colon < 0 and tags.speaker is None:
            return Line(text, None, tags.line_id, tags)
        speaker = None
        if colon > 0:
            character = self._speakers.get(text[:colon].lower())
            if character is not None:
                speaker = character.id
                text = text[colon + 1:].lstrip()
        if tags.speaker:
            known = self.config.speaker_for(tags.speaker)
            speaker = known.id if known else tags.speaker
        return Line(text, speaker, tags.line_id, tags)

    def _apply(self, line: Line) -> None:
        tags = line.tags
        if tags.chapter:
            self.chapter = tags.chapter
        if tags.checkpoint:
            self.checkpoint = Checkpoint(self.chapter, self.save_state(), line)
        if tags.ending:
            self._ending_tag = tags.ending

    def _finish(self) -> EndingReached:
        if self._ending_tag:
            return EndingReached(self.config.ending(self._ending_tag), "tag")
        # the runtime tells a tunnel left without `->->` as a warning, but the story ran out
        # of content there all the same: a dead end, not an ending the author wrote
        dead = any(DEAD_END in message or TUNNEL_END in message
                   for message in (*self.errors, *self.warnings))
        knot = self._last_knot()
        return EndingReached(self.config.ending(knot), "dead_end" if dead else "end")

    def _last_knot(self) -> str:
        """The knot whose content made the last line's last words, as inkjs's path of that
        content names it: "end" when that is outside every knot. Found by the line's text in
        the compiled story when only one place holds it, else by a replay of the last stretch
        in a copy of the story whose text says where it comes from (`marked_json`), so that
        normal play never pays for knowing where each line comes from."""
        knot = self.compiled.knot_of_line(self._last_text)
        if knot is None:
            knot = self._knot_by_replay()
        return knot or "end"

    def _knot_by_replay(self) -> str:
        """Replay the stretch since the last loaded state in the marked copy and read the
        knot of its last line there (`knot_of_last_line`). The copy plays as the story did
        (its conditions see the same values), but the replay is held to the time budget all
        the same: a function's text captured into a string is the one place where a mark
        could send it another way."""
        scratch = self._marked
        if scratch is None:
            scratch = self._marked = CompiledStory(self.compiled.marked_json).new_runtime(
                has_seen=self._has_seen, quiet=True)
        output: list[str] = []
        NATIVE.enter()  # a runtime fault on the way stays off the terminal
        try:
            plain, special = split_non_finite(self._start_state)
            scratch.load_state(plain)
            for name, value in special.items():
                scratch.set_variable(name, value)
            deadline = time.perf_counter() + self.budget.seconds
            for index in [*self._path, None]:
                while scratch.can_continue():
                    while not scratch.continue_async(SLICE_MS):
                        if time.perf_counter() > deadline:  # the copy went another way
                            return ""
                    output.append(scratch.get_current_text())
                if index is not None:
                    scratch.choose_choice_index(index)
        except (RuntimeError, TypeError):
            pass
        finally:
            NATIVE.exit()
        return knot_of_last_line("".join(output)) or ""

    # --- state and variables -----------------------------------------------------------
    def save_state(self) -> str:
        """The runtime's state, with any infinite or NaN global kept: the runtime itself
        writes those as `null` and then refuses its own state, so they ride beside it."""
        return keep_non_finite(self._ink.save_state(), self.get)

    def load_state(self, state: str) -> None:
        self._load_runtime_state(state)
        self._fault_pending = None
        self._choices = None
        self.ending = None
        self._ending_tag = None
        self._start_state, self._path = state, []
        try:
            self.seed = int(json.loads(state).get("storySeed", self.seed))
        except (ValueError, AttributeError):
            pass

    @property
    def ending_tag(self) -> str | None:
        """An `#ending:` already read, before the play-through has run out (what a save of
        that moment must keep)."""
        return self._ending_tag

    @property
    def last_text(self) -> str:
        return self._last_text

    def put_back(self, ink: str, *, seed: int, chapter: str | None,
                 checkpoint: Checkpoint | None, turns: int,
                 ending: tuple[str, str] | None = None, ending_tag: str | None = None,
                 last_text: str = "") -> None:
        """Return to a place a `PlayState` recorded: the ink state and everything the engine
        keeps beside it. Raises StoryError when the state does not fit this story."""
        self.load_state(ink)
        self.seed = seed
        self.chapter, self.checkpoint, self.turns = chapter, checkpoint, turns
        self.ending = EndingReached(self.config.ending(ending[0]), ending[1]) if ending else None
        self._ending_tag, self._last_text = ending_tag, last_text

    def state_after_choice(self, state: str, index: int) -> str:
        """The state that choosing `index` at the choice point saved in `state` leads to,
        without building Choice values: what exhaustive exploration needs, fast. Leaves this
        story at that new state."""
        self._load_runtime_state(state)
        try:
            self._ink.choose_choice_index(index)
        except RuntimeError as exc:
            raise StoryError(f"cannot choose {index + 1} here: {exc}") from None
        self._choices = None
        self.ending = None
        self._ending_tag = None
        self._start_state, self._path = state, [index]
        return self.save_state()

    def _load_runtime_state(self, state: str) -> None:
        plain, special = split_non_finite(state)
        mark = NATIVE.enter(exact=True)  # a hostile state may make the runtime panic: quietly
        try:
            self._ink.load_state(plain)
            for name, value in special.items():
                self._ink.set_variable(name, value)
        except (RuntimeError, TypeError) as exc:
            reason = NATIVE.panic_since(mark) or str(exc)
            raise StoryError(f"saved story state does not fit this story: {reason}") from None
        finally:
            NATIVE.exit()

    def get(self, name: str) -> object:
        try:
            return self._ink.get_variable(name)
        except (RuntimeError, TypeError):
            return None

    def set(self, name: str, value: object) -> None:
        try:
            self._ink.set_variable(name, value)
        except (RuntimeError, TypeError) as exc:
            raise StoryError(f"cannot set variable '{name}': {exc}") from None

    @property
    def variables(self) -> dict[str, object]:
        return {name: self.get(name) for name in self.variable_names}

    def meters(self) -> dict[str, int]:
        """Meter values, for the meters declared in story.yaml that the story has."""
        values = {}
        for meter in self.config.meters:
            value = self.get(meter)
            if isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and math.isfinite(value):
                values[meter] = int(value)
        return values

    def observe(self, name: str, callback: Callable[[str, object], None]) -> None:
        if name not in self.variable_names:
            raise StoryError(f"the story has no variable '{name}'")
        self._ink.observe_variable(name, callback)

    def visits(self, path: str) -> int:
        try:
            return self._ink.get_visit_count_at_path_string(path)
        except RuntimeError:
            return 0


def _actionable(tags: Tags) -> bool:
    """Whether an empty line still matters: a cue on a line of its own must reach the shells,
    while story metadata or a lone id must not show up as a blank line."""
    return bool(tags.chapter or tags.ending or tags.checkpoint or tags.bg or tags.music
                or tags.sfx or tags.mood or tags.pause)


def _choice_tags(found, index: int) -> Tags:
    raw = found.get_tags(index)
    return parse_tags(list(raw)) if len(raw) else NO_TAGS


@dataclass(frozen=True)
class Budget:
    """How long, and how much more memory, one advance may take without producing a line.
    No real story comes near: The Intercept's longest stretch takes well under a millisecond."""

    seconds: float = 3.0
    megabytes: float = 256.0
    depth: int = 10_000  # functions, tunnels and threads open at once (Python allows 1,000)


SLICE_MS = 20  # the runtime checks its clock every step; the budget is checked every slice


class NativeOutput:
    """The runtime's native error output (a Rust panic prints its message, and with
    RUST_BACKTRACE a whole backtrace, straight to file descriptor 2) sent to a private file
    while the runtime runs, so a fault the game handles is told once, in its own words, and
    never as the runtime's text on the player's terminal. Re-entrant and shared by threads
    (the window's reload worker runs scratch runtimes): fd 2 points at the file while any
    caller is inside, and back at the terminal when the last one leaves.

    The engine enters once per line, so entering costs only the two system calls that lend
    fd 2 and take it back: `enter()` returns where the capture not yet read starts (kept
    here, not sought), and `panic_since` reads the newest panic after it — a panic nobody
    asked about, in a quiet caller's window, comes before the one asked about. A caller that
    reads the capture after any error, not only a panic, marks the very end (`exact=True`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._file = None
        self._fd = -1  # the file's descriptor
        self._terminal = -1  # a copy of the real fd 2, made once
        self._unread = 0  # where the capture not yet read by panic_since starts
        self._exits = 0

    def enter(self, *, exact: bool = False) -> int:
        """Start capturing; returns where the capture is now, for `panic_since`."""
        lock = self._lock
        lock.acquire()
        if self._inside == 0 and self._fd >= 0 and not exact:  # the engine's per line
            try:
                os.dup2(self._fd, 2)
            except OSError:  # no fd 2 to borrow (a closed stderr): nothing to hide either
                self._inside += 1
                lock.release()
                return -1
            self._inside = 1
            lock.release()
            return self._unread
        lock.release()
        return self._enter(exact)

    def _enter(self, exact: bool) -> int:
        with self._lock:
            try:
                if self._file is None:
                    self._file = tempfile.TemporaryFile()
                    self._fd = self._file.fileno()
                    self._terminal = os.dup(2)
                    _python_stderr_to(self._terminal)
                if self._inside == 0:
                    os.dup2(self._fd, 2)
                self._inside += 1
                return os.lseek(self._fd, 0, os.SEEK_END) if exact else self._unread
            except OSError:  # no fd 2 to borrow (a closed stderr): nothing to hide either
                self._inside += 1
                return -1

    def exit(self) -> None:
        lock = self._lock
        lock.acquire()
        self._inside -= 1
        if self._inside == 0 and self._terminal >= 0:
            try:
                os.dup2(self._terminal, 2)
                self._exits += 1
                if not self._exits & 4095 and \
                        os.lseek(self._fd, 0, os.SEEK_END) > 1 << 20:  # long since read
                    os.ftruncate(self._fd, 0)
                    self._unread = os.lseek(self._fd, 0, os.SEEK_SET)
            except OSError:
                pass
        lock.release()

    def panic_since(self, mark: int) -> str | None:
        """The message of the newest panic captured after `mark` (the line after "panicked
        at"), or None. What it read is not read again."""
        if mark < 0 or self._file is None:
            return None
        with self._lock:
            try:
                handle = self._fd
                end = os.lseek(handle, 0, os.SEEK_END)
                os.lseek(handle, max(mark, end - 64 * 1024), os.SEEK_SET)
                data = os.read(handle, 64 * 1024)
                os.lseek(handle, 0, os.SEEK_END)  # fd 2 shares this offset: write on at the end
                self._unread = max(self._unread, end)
            except OSError:
                return None
        text = data.decode("utf-8", "replace")
        lines = text.splitlines()
        for number in range(len(lines) - 2, -1, -1):
            if " panicked at " in lines[number]:
                return lines[number + 1].strip() or None
        return None


def _python_stderr_to(terminal: int) -> None:
    """Python's own stderr writes (warnings, "stopped at a choice") go to a copy of the real
    fd 2 from now on, so a message another thread writes while fd 2 is lent to the capture
    still reaches the player; only the runtime's native output is captured."""
    stream = sys.stderr
    if stream is None or stream is not sys.__stderr__:
        return  # already redirected by someone (a test's capture, a log): theirs to keep
    try:
        if stream.fileno() != 2:
            return
        stream.flush()
        sys.stderr = io.TextIOWrapper(io.FileIO(os.dup(terminal), "w"),
                                      encoding=stream.encoding, errors=stream.errors,
                                      line_buffering=True, write_through=True)
    except (AttributeError, OSError, ValueError):
        return


NATIVE = NativeOutput()


def call_depth(ink: InkRuntime) -> int:
    """How deep the runtime is now: the longest call stack of any thread of the current flow,
    or the number of threads if that is more. Read from a saved state, so only asked between
    slices of an advance that is already slow — never on the path of a normal line."""
    try:
        data = json.loads(ink.save_state())
        flow = data["flows"][data.get("currentFlowName", "DEFAULT_FLOW")]
        threads = flow["callstack"]["threads"]
        return max(len(threads), max((len(t.get("callstack", ())) for t in threads), default=0))
    except (RuntimeError, ValueError, KeyError, TypeError, AttributeError):
        return 0


def resident_mb() -> float:
    """This process's resident memory now (Linux), or 0 where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE_MB
    except (OSError, ValueError, IndexError):
        return 0.0


try:
    _PAGE_MB = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
except (AttributeError, ValueError, OSError):
    _PAGE_MB = 4096 / (1024 * 1024)


_FAULTS = {
    "attempt to divide by zero": "division by zero (an integer divided by 0)",
    "attempt to calculate the remainder with a divisor of zero":
        "modulo by zero (an integer % 0)",
}

NON_FINITE_KEY = "herNonFinite"  # beside the runtime's own keys; the runtime ignores it
_NON_FINITE_TEXT = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}


def keep_non_finite(state: str, get: Callable[[str], object]) -> str:
    """`state` with each global the runtime wrote as `null` because it is infinite or NaN
    replaced by 0.0 and named, with its value as text, under NON_FINITE_KEY: the state then
    loads, and `split_non_finite` gives the values back exactly. A state without `null`
    (every ordinary one) is returned untouched, unparsed."""
    if "null" not in state:
        return state
    try:
        data = json.loads(state)
        globals_ = data.get("variablesState")
    except (ValueError, AttributeError):
        return state
    if not isinstance(globals_, dict):
        return state
    special = {}
    for name, value in globals_.items():
        if value is None:
            real = get(name)
            if isinstance(real, float) and not math.isfinite(real):
                special[name] = str(real)
                globals_[name] = 0.0
    if not special:
        return state
    data[NON_FINITE_KEY] = special
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def split_non_finite(state: str) -> tuple[str, dict[str, float]]:
    """The state as the runtime reads it, and the non-finite globals to set after loading."""
    if NON_FINITE_KEY not in state:
        return state, {}
    try:
        data = json.loads(state)
        special = data.pop(NON_FINITE_KEY)
    except (ValueError, AttributeError, KeyError, TypeError):
        return state, {}
    if not isinstance(special, dict):
        return state, {}
    values = {str(name): _NON_FINITE_TEXT[text] for name, text in special.items()
              if isinstance(text, str) and text in _NON_FINITE_TEXT}
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False), values
