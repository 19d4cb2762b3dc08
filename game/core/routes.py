"""Exhaustive exploration of a story: the shortest route to every ending, and what goes wrong.

Breadth-first over choices, from saved states. Two states are the same when everything the
future can read is the same: variables, the call stack and pending choices, and the visit counts
that a knot still reachable can ask about. Counts inside knots the story can never return to are
dropped from the comparison, which is what lets branches merge again at chapter boundaries.

`has_seen(ending)` (endings from earlier play-throughs) is explored in rounds: endings found in
one round count as seen in the next, and a route records the endings it relied on.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .compiled import CompiledStory
from .config import StoryConfig
from .story import EndingReached, Line, Story

_PATH_IN_STATE = re.compile(r'"(?:cPath|targetPath)":"([^".]+)')
_DIVERT_KEYS = ("->", "f()", "->t->", "^->", "CNT?", "x()")


@dataclass
class Route:
    ending: str
    title: str
    choices: list[int]  # 1-based, as `text --choose` takes them
    lines: int
    requires: list[str] = field(default_factory=list)  # endings that must have been seen
    how: str = "tag"


@dataclass
class RouteReport:
    routes: dict[str, Route] = field(default_factory=dict)
    unreached: list[str] = field(default_factory=list)
    dead_ends: list[Route] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    states: int = 0
    bound_hit: bool = False
    max_states: int = 0
    beam_width: int = 400
    pruned: bool = False  # a layer was too wide and only a beam of it was explored
    time_budget: float | None = None
    budget_hit: bool = False  # stopped because the time budget ran out
    interrupted: bool = False  # stopped by Ctrl+C: what was found so far
    elapsed: float = 0.0
    dead_seen: set = field(default_factory=set, repr=False)
    errors_seen: set = field(default_factory=set, repr=False)

    def as_dict(self) -> dict:
        return {
            "endings": {k: vars(r) for k, r in sorted(self.routes.items())},
            "unreached": self.unreached,
            "dead_ends": [vars(r) for r in self.dead_ends],
            "errors": self.errors,
            "states": self.states,
            "complete": self.complete,
            "elapsed": round(self.elapsed, 3),
            "time_budget": self.time_budget,
            "budget_hit": self.budget_hit,
            "interrupted": self.interrupted,
            "max_states": self.max_states,
            "beam_width": self.beam_width if self.pruned else None,
        }

    @property
    def complete(self) -> bool:
        """Whether every reachable state was explored, so "never reached" means never."""
        return not (self.bound_hit or self.pruned or self.budget_hit or self.interrupted)

    def coverage(self) -> str:
        """What the search covered, in one line a person can weigh the results by."""
        if self.interrupted:
            why = "interrupted"
        elif self.budget_hit:
            why = f"time budget of {self.time_budget:g} s used up"
        elif self.bound_hit:
            why = f"bound of {self.max_states:,} states reached"
        elif self.pruned:
            why = f"wide layers kept a beam of {self.beam_width}"
        else:
            why = ""
        tail = f"; not exhaustive ({why})" if why else "; exhaustive"
        return f"explored {self.states:,} states in {self.elapsed:.1f} s{tail}"

    def describe(self) -> str:
        out = []
        for ending_id, route in sorted(self.routes.items(), key=lambda kv: len(kv[1].choices)):
            needs = f" (after seeing {', '.join(route.requires)})" if route.requires else ""
            out.append(f"{ending_id}: {len(route.choices)} choices, {route.lines} lines{needs}\n"
                       f"  --choose {','.join(map(str, route.choices)) or '(none)'}")
        for ending_id in self.unreached:
            out.append(f"{ending_id}: never reached")
        for dead in self.dead_ends:
            out.append(f"dead end in '{dead.ending}' (ran out of content) after "
                       f"--choose {','.join(map(str, dead.choices)) or '(none)'}")
        for error in self.errors:
            out.append(f"runtime error: {error['message']} after --choose "
                       f"{','.join(map(str, error['choices'])) or '(none)'}")
        if self.interrupted:
            tail = "; interrupted: results so far"
        elif self.budget_hit:
            tail = (f"; stopped when the time budget of {self.time_budget:g} s ran out: "
                    "results are incomplete")
        elif self.bound_hit:
            tail = (f"; stopped at the bound of {self.max_states} states: results are "
                    "incomplete (raise --max-states)")
        elif self.pruned:
            tail = (f"; too many states to explore them all, so wide layers kept a beam of "
                    f"{self.beam_width}: an ending listed as never reached may still be reachable")
        else:
            tail = "; exploration complete"
        out.append(f"{self.states} states explored in {self.elapsed:.1f} s{tail}")
        return "\n".join(out)


class _Relevance:
    """Which visit counts the future can still read, from the story's static divert graph."""

    def __init__(self, json_text: str) -> None:
        root = json.loads(json_text.lstrip("\ufeff"))["root"]
        named = root[-1] if isinstance(root[-1], dict) else {}
        self.edges: dict[str, set[str]] = {}
        self.reads: dict[str, set[str]] = {}
        self.wildcard: set[str] = set()
        self.targets: set[str] = set()  # knots named by divert-target values (`-> knot` as data)
        for knot, body in named.items():
            if knot == "global decl":
                continue
            targets, reads = set(), set()
            self._walk(body, knot, targets, reads)
            self.edges[knot] = targets
            self.reads[knot] = reads
        self.uses_turns = '"turns"' in json_text or '"turn"' in json_text
        self._closure: dict[frozenset, tuple[frozenset, frozenset]] = {}

    def _walk(self, node: object, knot: str, targets: set, reads: set) -> None:
        if isinstance(node, list):
            for item in node:
                self._walk(item, knot, targets, reads)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in _DIVERT_KEYS and isinstance(value, str):
                    if node.get("var"):
                        self.wildcard.add(knot)
                    elif not value.startswith("."):
                        targets.add(value.split(".")[0])
                        if key == "^->":
                            self.targets.add(value.split(".")[0])
                        if key == "CNT?":
                            reads.add(value)
                else:
                    self._walk(value, knot, targets, reads)

    def reachable(self, start: frozenset) -> tuple[frozenset, frozenset]:
        cached = self._closure.get(start)
        if cached:
            return cached
        seen, todo = set(), list(start)
        while todo:
            knot = todo.pop()
            if knot in seen:
                continue
            seen.add(knot)
            todo.extend(self.edges.get(knot, ()))
            if knot in self.wildcard:  # a divert through a variable: only to a target value
                todo.extend(self.targets)
        reads = frozenset(r for k in seen for r in self.reads.get(k, ()))
        result = (frozenset(seen), reads)
        self._closure[start] = result
        return result

    def key(self, state_text: str) -> bytes:
        state = json.loads(state_text)
        here = frozenset(_PATH_IN_STATE.findall(state_text))
        knots, reads = self.reachable(here)

        def live(path: str) -> bool:
            return path.split(".")[0] in knots or path in reads

        state["visitCounts"] = {k: v for k, v in state.get("visitCounts", {}).items() if live(k)}
        if self.uses_turns:
            state["turnIndices"] = {k: v for k, v in state.get("turnIndices", {}).items()
                                    if live(k)}
        else:
            state.pop("turnIndices", None)
            state.pop("turnIdx", None)
        canonical = json.dumps(state, sort_keys=True, separators=(",", ":"))
        return hashlib.blake2b(canonical.encode(), digest_size=16).digest()


class _Stop(Exception):
    """The time budget ran out: unwind the search and keep what it found."""


class _Watch:
    """Time budget and progress for one search: checked per state, cheap."""

    def __init__(self, report: RouteReport, budget: float | None,
                 progress: Callable[[RouteReport], None] | None, every: float) -> None:
        self.report = report
        self.start = time.perf_counter()
        self.deadline = self.start + budget if budget is not None else None
        self.progress = progress
        self.every = every
        self.next_report = self.start + every

    def tick(self) -> None:
        now = time.perf_counter()
        self.report.elapsed = now - self.start
        if self.deadline is not None and now >= self.deadline:
            self.report.budget_hit = True
            raise _Stop
        if self.progress is not None and now >= self.next_report:
            self.next_report = now + self.every
            self.progress(self.report)


# a state whose lines never reach a choice or an end (`-> loop` forever) stops after this many
MAX_LINES_PER_STATE = 10_000


def explore(json_text: str, config: StoryConfig | None = None, *, max_states: int = 200_000,
            seed: int = 0, seen: set[str] | frozenset = frozenset(),
            beam_width: int = 400, time_budget: float | None = None,
            progress: Callable[[RouteReport], None] | None = None,
            progress_every: float = 0.5) -> RouteReport:
    """Search the story's routes. `time_budget` (seconds) stops the search when it runs out,
    and `progress` is called about every `progress_every` seconds with the report so far, so
    a caller can show that a long search is alive; Ctrl+C also stops it with what it found.
    `report.complete` says whether the results are exhaustive."""
    config = config or StoryConfig.default()
    relevance = _Relevance(json_text)
    compiled = CompiledStory(json_text)
    report = RouteReport(max_states=max_states, beam_width=beam_width, time_budget=time_budget)
    watch = _Watch(report, time_budget, progress, progress_every)
    assumed = set(seen)
    try:
        while True:
            found_before = set(report.routes)
            _explore_round(json_text, config, relevance, report, seed, assumed, watch)
            newly = set(report.routes) - found_before
            if report.bound_hit or not newly or not compiled.uses_has_seen:
                break
            if set(report.routes) <= assumed:
                break
            assumed |= set(report.routes)
    except _Stop:
        pass
    except KeyboardInterrupt:
        report.interrupted = True
    report.elapsed = time.perf_counter() - watch.start
    report.unreached = sorted(set(config.endings) - set(report.routes))
    return report


def _explore_round(json_text: str, config: StoryConfig, relevance: _Relevance,
                   report: RouteReport, seed: int, assumed: set[str], watch: _Watch) -> None:
    story = Story(json_text, config=config, seed=seed, seen_endings=assumed)
    queried = story.seen_queries
    start = story.save_state()
    layer = [(start, (), 0, frozenset())]
    visited = {relevance.key(start)}
    dead_seen, errors_seen = report.dead_seen, report.errors_seen
    beam = _Beam(story.variables, tuple(config.meters), seed, report.beam_width)
    while layer:
        following = []
        for state, path, lines, needs in layer:
            watch.tick()
            report.states += 1
            if report.states > report.max_states:
                report.bound_hit = True
                return
            story.load_state(state)
            story.errors.clear()
            queried.clear()
            beat = story.next()
            run = 0
            while isinstance(beat, Line):
                lines += 1
                run += 1
                if run % 256 == 0:
                    watch.tick()
                    if run >= MAX_LINES_PER_STATE:
                        break
                beat = story.next()
            if isinstance(beat, Line):  # text that never reaches a choice or an end
                message = (f"endless text: more than {MAX_LINES_PER_STATE:,} lines without "
                           "a choice or an end")
                if message not in errors_seen:
                    errors_seen.add(message)
                    report.errors.append({"message": message, "choices": list(path)})
                continue
            needs = needs | frozenset(queried)
            for message in story.errors:
                if "ran out of content" in message or message in errors_seen:
                    continue
                errors_seen.add(message)
                report.errors.append({"message": message, "choices": list(path)})
            if isinstance(beat, EndingReached):
                _record(report, beat, path, lines, needs, dead_seen)
                continue
            here = story.save_state()
            for choice in beat:
                child = story.state_after_choice(here, choice.index)
                key = relevance.key(child)
                if key in visited:
                    continue
                visited.add(key)
                following.append((child, (*path, choice.index + 1), lines, needs))
        if len(following) > report.beam_width:
            report.pruned = True
            following = beam.select(following, story)
        layer = following


def _record(report: RouteReport, beat: EndingReached, path: tuple, lines: int,
            needs: frozenset, dead_seen: set) -> None:
    route = Route(beat.id, beat.ending.title, list(path), lines, sorted(needs), beat.how)
    if beat.how == "dead_end":
        if beat.id not in dead_seen:
            dead_seen.add(beat.id)
            report.dead_ends.append(route)
        return
    known = report.routes.get(beat.id)
    if known is None or ((len(path), lines) < (len(known.choices), known.lines)
                         and set(route.requires) <= set(known.requires)):
        report.routes[beat.id] = route


class _Beam:
    """Chooses which states of an over-wide layer to keep: one per place in the story first,
    then, along directions over the story's variables, the most extreme states — endings are
    gated on thresholds, so the extremes are the states that reach them. With meters declared
    in story.yaml, the directions are every sign combination of the meters (and each meter on
    its own), so a gate like "closeness high, openness low" always has states kept for it;
    other variables add small seeded components so flags vary between directions."""

    MAX_DIRECTIONS = 64

    def __init__(self, defaults: dict, meters: tuple[str, ...], seed: int, width: int) -> None:
        rng = random.Random(seed)
        names = tuple(defaults)
        self.defaults = {name: _number(value) for name, value in defaults.items()}
        self.width = width
        self.axes = [n for n in names if n in meters] or list(names)
        signs = list(itertools.product((-1, 1), repeat=min(len(self.axes), 6)))
        rng.shuffle(signs)
        directions = [list(combo) + [0] * (len(self.axes) - len(combo)) for combo in signs]
        for position in range(len(self.axes)):
            for sign in (-1, 1):
                unit = [0] * len(self.axes)
                unit[position] = sign
                directions.append(unit)
        self.directions = directions[: self.MAX_DIRECTIONS]

    def select(self, states: list, story: Story) -> list:
        vectors, places = [], []
        for state, *_ in states:
            parsed = json.loads(state)
            values = parsed.get("variablesState", {})
            # the state lists only variables that changed; the rest hold their initial values
            vectors.append([_number(values[name]) if name in values else self.defaults[name]
                            for name in self.axes])
            places.append(tuple(sorted(set(_PATH_IN_STATE.findall(state)))))
        chosen: dict[int, None] = {}
        first_at: dict[tuple, int] = {}
        for index, place in enumerate(places):
            first_at.setdefault(place, index)
        for index in list(first_at.values())[: self.width // 4]:
            chosen[index] = None
        share = max(3, (self.width - len(chosen)) // len(self.directions))
        for number, direction in enumerate(self.directions):
            salt = 2654435761 * (number + 1)
            scores = [(sum(map(operator.mul, direction, vector)), (i * salt) % 1000003)
                      for i, vector in enumerate(vectors)]
            ranked = sorted(range(len(states)), key=scores.__getitem__, reverse=True)
            taken = 0
            for index in ranked:
                if taken >= share:
                    break
                if index not in chosen:
                    chosen[index] = None
                    taken += 1
        return [states[i] for i in sorted(chosen)]


def _number(value: object) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    return 0.0
