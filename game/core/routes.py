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
from dataclasses import dataclass, field

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
    dead_seen: set = field(default_factory=set, repr=False)
    errors_seen: set = field(default_factory=set, repr=False)

    def as_dict(self) -> dict:
        return {
            "endings": {k: vars(r) for k, r in sorted(self.routes.items())},
            "unreached": self.unreached,
            "dead_ends": [vars(r) for r in self.dead_ends],
            "errors": self.errors,
            "states": self.states,
            "complete": not (self.bound_hit or self.pruned),
            "max_states": self.max_states,
            "beam_width": self.beam_width if self.pruned else None,
        }

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
        if self.bound_hit:
            tail = (f"; stopped at the bound of {self.max_states} states: results are "
                    "incomplete (raise --max-states)")
        elif self.pruned:
            tail = (f"; too many states to explore them all, so wide layers kept a beam of "
                    f"{self.beam_width}: an ending listed as never reached may still be reachable")
        else:
            tail = "; exploration complete"
        out.append(f"{self.states} states explored{tail}")
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


def explore(json_text: str, config: StoryConfig | None = None, *, max_states: int = 200_000,
            seed: int = 0, seen: set[str] | frozenset = frozenset(),
            beam_width: int = 400) -> RouteReport:
    config = config or StoryConfig.default()
    relevance = _Relevance(json_text)
    report = RouteReport(max_states=max_states, beam_width=beam_width)
    assumed = set(seen)
    while True:
        found_before = set(report.routes)
        _explore_round(json_text, config, relevance, report, seed, assumed)
        newly = set(report.routes) - found_before
        if report.bound_hit or not newly or '"x()":"has_seen"' not in json_text.replace(" ", ""):
            break
        if set(report.routes) <= assumed:
            break
        assumed |= set(report.routes)
    report.unreached = sorted(set(config.endings) - set(report.routes))
    return report


def _explore_round(json_text: str, config: StoryConfig, relevance: _Relevance,
                   report: RouteReport, seed: int, assumed: set[str]) -> None:
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
            report.states += 1
            if report.states > report.max_states:
                report.bound_hit = True
                return
            story.load_state(state)
            story.errors.clear()
            queried.clear()
            beat = story.next()
            while isinstance(beat, Line):
                lines += 1
                beat = story.next()
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
