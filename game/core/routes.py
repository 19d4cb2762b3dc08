"""A story's routes: a route to every ending it can reach, and what goes wrong on the way.

The question `routes` answers is which endings can be reached, and by what route. By default
the search is ordered towards endings and stops once that question is settled (below, under
"Settling"); with `all_states` (or when the story's endings are not known in advance, or do
not all show up) it is breadth-first over every state, which also lists every dead end and
runtime error and gives shortest routes.

The full search is breadth-first over choice points, so the first time a state is met it is
met by a shortest route (fewest choices; fewest lines among those). Between two choice points the
runtime is driven by a bare loop (`continue_async` slices, the engine's own time and memory
budget when a slice runs out), not through `Story.next`: routes need no tags, speakers or
translations there. Only a segment that ends the play-through is played once more through
`Story`, so that endings, dead ends and their names are decided by the very code the players
run; every route found is replayed through `Story` from the start for its line count.

States are keyed at choice points by a canonical form of the runtime's own saved state. The
reductions below merge states, never drop one, so the search stays exhaustive: two states with
the same key have exactly the same future (the same lines, choices, endings and `has_seen`
questions), and exploring one of them explores both.

- **Dead visit counts.** A visit count is read only where content runs: by `visit` (sequences
  and shuffles) in its own container, by a once-only choice point that targets it, by a `CNT?`
  of its path, or by `READ_COUNT`/`TURNS_SINCE` of a divert-target value (which can only come
  from a `-> target` literal, so all of those count as read when the story uses either). Every
  place in the compiled story is a node of a static graph (next item, nested container,
  divert and choice targets, a container's end back into its parent; a divert through a
  variable to every divert-target literal); from the places named by the state (each frame of
  each thread, running or kept with a pending choice, and each choice's target) that graph
  gives everything that can still run. Counts nothing reachable reads are dropped: this is
  what lets branches merge again once a scene is left.
- **Dead variables.** Likewise a global is read only by `VAR?` (or a `ref` pointer) in content
  that runs; one no reachable place reads can never influence anything again and is dropped
  (loading the state then gives it its initial value, which nothing reads either).
- **Turn counters.** `turnIdx` and `turnIndices` are read only by `TURNS()` and
  `TURNS_SINCE()`; a story that uses neither has them set to constants.
- **Thread numbers.** Threads are renumbered in order of appearance and the thread counter set
  to the highest: the runtime only ever compares thread numbers for equality, so a bijective
  renumbering is a symmetry, and without it every route carries its own count of the choices
  it has passed.
- **Output.** The output stream is emptied: the runtime clears it at the start of every
  continue, so nothing after a choice can read it.
- **Saturation of meters.** A meter is a global whose every use is a comparison with an
  integer constant (`m >= 5`, `3 < m`, `m == 2`…) or being passed by `ref` to a clamp
  function (exactly `~ p = MIN(p + 1, cap)` or `~ p = MAX(p - 1, floor)`), assigned only in
  its declaration, to an integer within the one cap and one floor it is moved by (so no move
  ever overshoots: an up adds 0 or 1, a down takes 0 or 1). Printing it, any arithmetic on
  it (`m * 2`, `m + n`), passing it to any other function or assigning it anywhere else
  makes a global not a meter. The story must have no tunnels or threads and call only
  functions that return straight away (no diverts in them), so that what runs after a place
  is a walk along the static graph in which a call site of a clamp function not on a cycle
  runs at most once; the most moves up (U) and down (D) left from a place are then the
  longest path counting those call sites (unbounded through a cycle holding one). A
  comparison with a constant only tells apart values on either side of its cut (`m >= c`
  cuts below c, `m == c` on both sides of c). With the cuts of every comparison reachable
  ahead between t_min and t_max: a value v >= t_max + D is still >= t_max at every future
  read (at most D moves down, each of at most 1), so every read answers as it would for
  t_max + D; a value v <= t_min - 1 - U stays below t_min. So values beyond the band
  [t_min - 1 - U, t_max + D] are set to its edge (and with no comparison ahead, to the
  initial value, which is within floor and cap like every edge that is ever applied): the
  meter's value is never observed other than by those reads, so the merged states have the
  same future. Within the band nothing is merged. (In the shipped story closure, honesty
  and openness are meters; closeness and people are added up for the departure's menu
  order, so they are not.)

Segments are remembered, so most are never played by the runtime at all. A segment (an
option played to the next choice point or end) runs from the option's target and the frames
of its thread, following the static graph without entering chosen content (a choice point's
target runs only once chosen, except an invisible default, which the runtime takes in the
same segment). The globals it can touch are those read (`VAR?`, `ref` pointers) or assigned
(`VAR=`) anywhere in that region, and every global a `ref` held in the state points to (a
tunnel's `ref` parameter assigns through it). Two states equal in everything but globals the
segment cannot touch — the same place, call stack, temporaries, visit counts, random seed and
choices — run the segment identically: the same lines, `has_seen` questions, errors, choice
points or ending, and the same values of the touched globals after it; every other global
ends as it began. So the segment is played once, and its outcome for the other state is the
remembered one with that state's own untouched globals put back (the memo is keyed by the
canonical state with the untouched globals left out, and the option; forgotten when the
endings taken as seen change). A choice's text is printed by a divert into its `s`
container, which returns through the compiler's temporary `$r`: such a return is followed to
the return points its callers set (`-> target` literals stored in `$r` just before the
divert), not to every target in the story. Any position or target the analysis does not
understand plays the segment through the runtime.

No dominance pruning: ink conditions may test any value in any direction, so a state with
"more" of a meter does not make another redundant unless that is proven for the story, and an
unproven dominance would silently drop endings.

`has_seen(ending)` (endings from earlier play-throughs) is explored in rounds: endings found in
one round count as seen in the next, and a route records the endings it relied on. Each
state's expansion remembers which endings it asked about; the next round replays only the
states whose answers changed and reuses everything else.

Settling. Three facts make an early stop give the exhaustive answer to the question:

1. *The endings a story can end in are known before searching* (`ending_set`), as a set E
   that holds every one of them. The engine names a play-through's ending after the last
   `#ending:` tag it read, else (when the runtime stops without one) after a knot, and a
   play-through that runs out of content is a dead end, not an ending. E is every ending
   tag's id in the compiled story, wherever it is (more than can be reached does no harm).
   It is only taken as known when no tag that could be an ending tag has text made at run
   time, and no `end` or `done` the story can reach (over the static graph, without the
   fall-through edges the runtime never takes) is reached without an ending tag read just
   before it — except a `done` reached only past a choice point sure to offer its choice,
   where the runtime waits for the choice instead of ending (a story's top level ends so).
   Otherwise there is no E, and the search is the full one.
2. *Every route reported was played*: the engine plays it from the start (with the endings
   it `requires` taken as seen, each of which has a route itself, found in an earlier
   round) and must end in that ending, or the search reports a bug. So each ending found is
   reachable.
3. *Nothing is dropped*: the ordered search (`_Settle`) expands every state it meets or
   keeps it in its frontier, with exactly the states, keys and reductions of the full
   search; only the order differs. If the endings never all show up, its frontier runs
   out only when every state reachable in that round was expanded, and the full search
   then runs as if the ordered one had not (what was expanded is reused, never its routes).

So once every ending in E has a route, the answer is settled: no further search can add an
ending (none is outside E) or take one away (each was played), and every ending story.yaml
lists that is not in E is never reached by anything. What a settled answer does not know
is everything else about the states not explored: their dead ends, runtime errors and
shorter routes. The report says so (`states_exhausted`, `shortest`), `--all-states` runs
the full search, and lint always searches every state. After settling, the full search runs
for as many new states again as settling took (counted, not timed, so the answer does not
depend on the machine): on a small story it finishes, and its exhaustive, shortest answer
replaces the settled one; otherwise each ending keeps the shorter of its two routes.

Large layers can be expanded by worker processes over shards of the frontier (`workers`),
each with its own runtime and memo; the main process merges, so results do not depend on
the split. One process is the default: with the memo, shipping states to another process
costs more than expanding them. A beam (`beam_width`) is only used when asked for, and a
pruned search says it is not complete.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import math
import operator
import os
import random
import re
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .compiled import CompiledStory
from .config import StoryConfig
from .errors import StoryError
from .story import (
    DEAD_END,
    NON_FINITE_KEY,
    SLICE_MS,
    EndingReached,
    Line,
    Story,
    _actionable,
    keep_non_finite,
    split_non_finite,
)
from .tags import parse_tags

try:  # the state is parsed and written once per option played: a fast codec pays
    import orjson

    def _loads(text: str) -> dict:
        return orjson.loads(text)

    def _dumps(data: dict) -> str:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()
except ImportError:  # pragma: no cover — the standard library gives the same states
    def _loads(text: str) -> dict:
        return json.loads(text)

    def _dumps(data: dict) -> str:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

_PATH_IN_STATE = re.compile(r'"(?:cPath|targetPath)":"([^".]+)')
_POINTER = re.compile(r'"\^var":"([^"]+)"')  # a variable pointer held in a state
_VARIABLES = '"variablesState":'
_NO_VARIABLES = _VARIABLES + "{}"
_DIVERT_KEYS = ("->", "f()", "->t->", "x()", "*")


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
    states: int = 0  # choice points expanded (each option played to the next), and ends
    bound_hit: bool = False
    max_states: int = 0
    beam_width: int | None = None  # None: no beam, every state is explored
    pruned: bool = False  # a layer was too wide and only a beam of it was explored
    time_budget: float | None = None
    budget_hit: bool = False  # stopped because the time budget ran out
    interrupted: bool = False  # stopped by Ctrl+C: what was found so far
    elapsed: float = 0.0
    workers: int = 1  # processes that expanded states
    rounds: int = 0  # has_seen rounds run
    depth: int = 0  # the most choices deep the search got
    named: int = 0  # endings the story names, when known before searching (`ending_set`)
    settled: int = 0  # >0: every ending the story names (this many) was reached: stopped
    why_not_settled: str = ""  # why the search could not stop early, when it could not
    full_search: bool = False  # the breadth-first search over every state ran (or a beam)
    shortened: int = 0  # states the breadth-first search after settling expanded
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
            "workers": self.workers,
            "rounds": self.rounds,
            "depth": self.depth,
            "settled": self.settled_text or None,
            "why_not_settled": self.why_not_settled or None,
            "states_exhausted": self.states_exhausted,
            "shortest": self.states_exhausted,
        }

    @property
    def states_exhausted(self) -> bool:
        """Whether every reachable state was explored: dead ends and runtime errors are all
        listed, and each route is a shortest one."""
        return self.full_search and not (self.bound_hit or self.pruned or self.budget_hit
                                         or self.interrupted)

    @property
    def complete(self) -> bool:
        """Whether the endings found are all the story has, so "never reached" means never:
        every ending it names was reached (settled), or every state was explored."""
        return bool(self.settled) or self.states_exhausted

    @property
    def settled_text(self) -> str:
        if not self.settled or self.states_exhausted:
            return ""
        return (f"every ending the story names was reached ({self.settled} of "
                f"{self.settled})")

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
        if why:
            tail = f"; not exhaustive ({why})"
        elif self.settled_text:
            tail = f"; settled: {self.settled_text}, not every state explored"
        else:
            tail = "; exhaustive"
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
            tail = (f"; a beam of {self.beam_width} kept only part of each wide layer: an "
                    "ending listed as never reached may still be reachable")
        elif self.settled_text:
            tail = (f"; settled: {self.settled_text}, so no other ending can be reached. Not "
                    "every state was explored: dead ends and runtime errors are listed only "
                    "for the states explored, and the routes are not necessarily the "
                    "shortest (--all-states searches every state)")
        else:
            tail = "; exploration complete"
        out.append(f"{self.states} states explored in {self.elapsed:.1f} s{tail}")
        stopped = self.budget_hit or self.bound_hit or self.interrupted
        if stopped and not self.beam_width and not self.full_search:
            out.append(f"the search stopped before every ending the story names had a route "
                       f"({len(self.routes)} of {self.named}); with a higher limit it stops "
                       "by itself as soon as they all have one")
        elif stopped and not self.beam_width:
            # a story with several wide meters has more distinct states than any exhaustive
            # search finishes: say how to get routes anyway, and what that costs
            out.append("an exhaustive search of this story did not finish; `--beam 250` keeps "
                       "the most promising states of each layer and finds routes much sooner "
                       "(not exhaustively)")
        return "\n".join(out)


# --- the canonical state --------------------------------------------------------------------

class _Analysis:
    """What the future of a state can still read, from the story's static structure, and the
    canonical form of a state built from it (the reductions in the module docstring).

    Every place in the compiled story (a container and an index into its content) is a node;
    a node leads to the next item of its container, into a nested container, to the targets
    of its diverts and choice points, and from a container's end back into its parent (a
    container held only in a parent's table of named content never falls through). What a
    node can still read — visit counts (`CNT?`, once-only choice points, `visit`), variables
    (`VAR?`, `ref` pointers) — is closed over this graph once, through its strongly
    connected components, as bit sets."""

    def __init__(self, json_text: str) -> None:
        root = json.loads(json_text.lstrip("\ufeff"))["root"]
        self.places: dict[str, int] = {}  # "container.path" -> node of its first item
        self.succ: list[list] = []  # per node: next nodes, or target paths to resolve
        self.local: list[int] = []  # per node: bits of what it reads itself
        self.bits: dict[tuple, int] = {}  # ("count", path) / ("var", name) / ("turn",) -> bit
        self.targets: list[str] = []  # divert-target literals (`-> knot` as a value)
        self.wild: list[int] = []  # nodes that divert through a variable
        # a choice's text is printed by a divert into its `s` container, which returns
        # through the compiler's temporary `$r`, set to a return point just before: the
        # container -> the return points its callers set, and its `$r` returns
        self.returns: dict[str, list[str]] = {}
        self.via_return: list[tuple[int, str]] = []
        self._return_to: str | None = None
        self._literal: str | None = None
        self.commands: set[str] = set()
        self.chosen: list[list] = []  # per node: targets of its choice points (when chosen)
        self.writes: list[int] = []  # per node: bits of the globals it assigns (`VAR=`)
        # how each global is used, for saturation (see `_Meters`)
        self.cuts: list[tuple[int, str, tuple[int, ...]]] = []  # (node, global, cuts)
        self.moves: list[tuple[int, str, str]] = []  # (call node, global, function)
        self.other_use: set[str] = set()  # globals used any other way
        self.calls: set[str] = set()  # functions called
        # (node of the first item, the items, the container's flags "#f")
        self.containers: list[tuple[int, list, int]] = []
        self._container(root, [], None)
        self.meters = _Meters(self, root)
        for node, name, cuts in self.cuts:
            if name in self.meters.bounds:
                for cut in cuts:
                    self.local[node] |= self._bit(("cut", name, cut))
        self.reads_targets = bool({"readc", "turns"} & self.commands)
        self.uses_turns = bool({"turn", "turns"} & self.commands)
        target_nodes = [n for n in (self._place(t) for t in self.targets) if n is not None]
        for node in self.wild:
            self.succ[node].extend(target_nodes)
        for node, container in self.via_return:
            callers = self.returns.get(container)
            self.succ[node].extend(callers if callers else target_nodes)
        if self.reads_targets:  # READ_COUNT / TURNS_SINCE of any divert-target value
            everywhere = 0
            for target in self.targets:
                everywhere |= self._bit(("count", target))
            self.local = [bits | everywhere for bits in self.local]
        for node, nexts in enumerate(self.succ):
            self.succ[node] = [self._resolved(item) for item in nexts]
        # what one segment can run: the graph without the edges into chosen content, and
        # what it can touch: the globals it reads or assigns
        self.segment_closure = _close(self.succ, [r | w for r, w in zip(self.local,
                                                                         self.writes,
                                                                         strict=True)],
                                      _components(self.succ))
        for node, nexts in enumerate(self.chosen):
            if nexts:
                self.succ[node] = self.succ[node] + [self._resolved(item) for item in nexts]
        order = list(_components(self.succ))  # one walk for the closure and both meters
        self.closure = _close(self.succ, self.local, order)
        self.meters.measure(self.succ, self.moves, order)
        self._names = {bit: key for key, bit in self.bits.items()}
        self._cache: dict[frozenset, tuple[frozenset, frozenset] | None] = {}
        self._touch_cache: dict[frozenset, frozenset | None] = {}

    def _resolved(self, item: str | int) -> int:
        found = self._place(item) if isinstance(item, str) else item
        return -1 if found is None else found  # a target not understood: everything

    def _bit(self, key: tuple) -> int:
        bit = self.bits.get(key)
        if bit is None:
            bit = self.bits[key] = 1 << len(self.bits)
        return bit

    def _new_node(self) -> int:
        self.succ.append([])
        self.chosen.append([])
        self.local.append(0)
        self.writes.append(0)
        return len(self.succ) - 1

    def _container(self, body: list, path: list[str], after: int | None) -> int:
        """Nodes for one container's content; `after` is where its end falls through to."""
        table = body[-1] if body and isinstance(body[-1], dict) else None
        if table is not None and _is_object(table):
            table = None
        items = body[:-1] if table is not None else body
        names = [".".join(path)]
        # a content-list container with a name is addressed by it, as the runtime writes it
        if table is not None and isinstance(table.get("#n"), str) and path:
            path = [*path[:-1], table["#n"]]
            names.insert(0, ".".join(path))
        name = names[0]
        first = len(self.succ)
        nodes = [self._new_node() for _ in range(len(items) + 1)]  # the last: the end
        flags = table.get("#f", 0) if table is not None else 0
        self.containers.append((first, items, flags if isinstance(flags, int) else 0))
        for alias in names:
            self.places[alias] = first
            for index, node in enumerate(nodes):
                self.places[f"{alias}.{index}" if alias else str(index)] = node
        for index, node in enumerate(nodes[:-1]):
            self.succ[node].append(nodes[index + 1])
        if after is not None:
            self.succ[nodes[-1]].append(after)
        for index, item in enumerate(items):
            node = nodes[index]
            if isinstance(item, list):
                child_path = [*path, str(index)]
                child = self._container(item, child_path, nodes[index + 1])
                self.succ[node].append(child)
            elif isinstance(item, dict):
                self._object(item, node, path)
                if "VAR?" in item or "^var" in item or "VAR=" in item:
                    self._meter_use(items, index, nodes, path)
            elif isinstance(item, str) and not item.startswith("^"):
                self.commands.add(item)
                if item == "visit":
                    self.local[node] |= self._bit(("count", name))
                elif item == "turn":
                    self.local[node] |= self._bit(("turn",))
        if table is not None:
            for key, child in table.items():
                if isinstance(child, list):
                    self._container(child, [*path, key], None)
        return first

    def _object(self, item: dict, node: int, path: list[str]) -> None:
        for key, value in item.items():
            if not isinstance(value, str):
                continue
            if key == "f()":
                self.calls.add(value)
            if key in _DIVERT_KEYS:
                if item.get("var") and value == "$r" and key == "->":
                    self.via_return.append((node, ".".join(path)))
                elif item.get("var"):
                    self.wild.append(node)
                else:
                    target = _resolve(value, path)
                    if self._return_to is not None and key == "->":
                        self.returns.setdefault(target, []).append(self._return_to)
                        self._return_to = None
                    flags = int(item.get("flg", 0)) if key == "*" else 0
                    if key == "*" and not flags & 8:  # runs only once chosen
                        self.chosen[node].append(target)
                    else:  # a divert, or an invisible default the runtime takes itself
                        self.succ[node].append(target)
                    if flags & 16:  # once-only
                        self.local[node] |= self._bit(("count", target))
            elif key == "^->":
                target = _resolve(value, path)
                self.targets.append(target)
                self._literal = target
            elif key == "temp=" and value == "$r":  # the return point of a choice's text
                self._return_to = self._literal
            elif key == "CNT?":
                self.local[node] |= self._bit(("count", _resolve(value, path)))
            elif key in ("VAR?", "^var"):
                self.local[node] |= self._bit(("var", value))
            elif key == "VAR=":
                self.writes[node] |= self._bit(("var", value))

    def _meter_use(self, items: list, index: int, nodes: list[int], path: list[str]) -> None:
        """Records how a global is used at `items[index]`: compared with a constant (the
        cuts between values it can tell apart), passed by `ref` to a function, assigned in
        the declarations, or anything else."""
        item = items[index]
        after = items[index + 1] if index + 1 < len(items) else None
        later = items[index + 2] if index + 2 < len(items) else None
        before = items[index - 1] if index else None
        if "VAR?" in item:
            name = item["VAR?"]
            if _is_int(after) and later in _CUT_FORWARD:  # m op c
                self.cuts.append((nodes[index], name, _CUT_FORWARD[later](after)))
            elif _is_int(before) and after in _CUT_REVERSED:  # c op m
                self.cuts.append((nodes[index], name, _CUT_REVERSED[after](before)))
            else:
                self.other_use.add(name)
        elif "^var" in item:
            name = item["^var"]
            if isinstance(after, dict) and isinstance(after.get("f()"), str) \
                    and len(after) == 1 and item.get("ci", -1) == -1:
                self.moves.append((nodes[index + 1], name, after["f()"]))
            else:
                self.other_use.add(name)
        elif "VAR=" in item and path != ["global decl"]:
            self.other_use.add(item["VAR="])

    def _place(self, path: str) -> int | None:
        """The node a path names: a container's first item, or an item by its index."""
        found = self.places.get(path)
        if found is None and path.endswith((".^", "^")):
            return None
        return found

    def live(self, positions: frozenset) -> tuple[frozenset, frozenset, dict] | None:
        """The visit-count paths and variables the future of these positions can read, and
        each live meter's band (`_Meters.band`), or None when a position is not understood
        (then nothing may be dropped)."""
        if positions in self._cache:
            return self._cache[positions]
        bits = 0
        nodes = []
        result: tuple[frozenset, frozenset, dict] | None = None
        for position in positions:
            node = self.places.get(position)
            if node is None:
                break
            nodes.append(node)
            bits |= self.closure[node]
            if bits < 0:
                break
        else:
            counts, variables = set(), set()
            cuts: dict[str, list[int]] = {}
            while bits:
                low = bits & -bits
                key = self._names[low]
                if key[0] == "count":
                    counts.add(key[1])
                elif key[0] == "var":
                    variables.add(key[1])
                elif key[0] == "cut":
                    cuts.setdefault(key[1], []).append(key[2])
                bits ^= low
            band = {}
            if self.meters.names:
                band = {name: edges for name, edges in self.meters.band(nodes, cuts).items()
                        if name in variables}
            result = (frozenset(counts), frozenset(variables), band)
        self._cache[positions] = result
        return result

    def touches(self, positions: frozenset) -> frozenset | None:
        """The globals one segment starting at these positions can read or assign before it
        stops at choices or ends (chosen content is not followed), or None when a position
        or a target is not understood."""
        found = self._touch_cache.get(positions, False)
        if found is not False:
            return found
        bits = 0
        result: frozenset | None = None
        for position in positions:
            node = self.places.get(position)
            if node is None:
                break
            bits |= self.segment_closure[node]
            if bits < 0:
                break
        else:
            names = set()
            while bits:
                low = bits & -bits
                key = self._names[low]
                if key[0] == "var":
                    names.add(key[1])
                bits ^= low
            result = frozenset(names)
        self._touch_cache[positions] = result
        return result

    def canonical(self, state_text: str) -> str:
        """The state with everything the future cannot read removed or normalised: loadable
        as it is, and equal for two states whose futures are the same (the reductions never
        merge states whose futures differ)."""
        return _dumps(self.canonical_data(_loads(state_text))[0])

    def saturate(self, values: dict, band: dict) -> None:
        """Each meter beyond its band set to the band's edge (absent: at its initial value,
        which the runtime does not save)."""
        for name, (low, high) in band.items():
            initial = self.meters.bounds[name][2]
            value = values.get(name, initial)
            if not _is_int(value):
                continue
            edge = low if value < low else high if value > high else value
            if edge == value:
                continue
            if edge == initial:
                values.pop(name, None)
            else:
                values[name] = edge

    def canonical_data(self, state: dict) -> tuple[dict, frozenset | None, dict | None]:
        """`canonical` on a parsed state (changed in place), the globals it kept as live
        (None: every global was kept) and the meters' bands it applied."""
        flows = state.get("flows") or {}
        positions = set()
        for flow in flows.values():
            _positions(flow, positions)
        live = self.live(frozenset(positions))
        values = state.get("variablesState") or {}
        variables = band = None
        if live is not None:
            counts, variables, band = live
            visits = state.get("visitCounts")
            if visits:
                state["visitCounts"] = {k: v for k, v in visits.items() if k in counts}
            values = {k: v for k, v in values.items() if k in variables}
            if band:
                self.saturate(values, band)
            if self.uses_turns:
                turns = state.get("turnIndices")
                if turns:
                    state["turnIndices"] = {k: v for k, v in turns.items() if k in counts}
        state["variablesState"] = values
        if not self.uses_turns:
            state["turnIndices"] = {}
            state["turnIdx"] = 0
        for flow in flows.values():
            _renumber_threads(flow)
            flow["outputStream"] = []
        return state, variables, band


# the cuts a comparison with a constant c makes: a cut t separates the values below t from
# those at or above it, so `m >= c` makes the cut c and `m == c` the cuts c and c + 1
_CUT_FORWARD = {  # m op c
    ">=": lambda c: (c,), ">": lambda c: (c + 1,), "<": lambda c: (c,),
    "<=": lambda c: (c + 1,), "==": lambda c: (c, c + 1), "!=": lambda c: (c, c + 1),
}
_CUT_REVERSED = {  # c op m
    ">=": lambda c: (c + 1,), ">": lambda c: (c,), "<": lambda c: (c + 1,),
    "<=": lambda c: (c,), "==": lambda c: (c, c + 1), "!=": lambda c: (c, c + 1),
}

# saturation is applied; a switch for tests that compare with the unreduced search
SATURATE = True


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _clamp_step(body: object) -> tuple[int, int] | None:
    """(+1, cap) for a function that is exactly `~ p = MIN(p + 1, cap)` on its `ref`
    parameter p, (-1, floor) for `~ p = MAX(p - 1, floor)`; None for anything else."""
    if not isinstance(body, list):
        return None
    items = [item for item in body if item is not None and item != "\n"]
    if len(items) != 9:
        return None
    head, ev, read, one, op, bound, clamp, end, write = items
    if not (isinstance(head, dict) and set(head) == {"temp="}):
        return None
    name = head["temp="]
    steps = {("+", "MIN"): 1, ("-", "MAX"): -1}
    if (ev, end, one) != ("ev", "/ev", 1) or read != {"VAR?": name} or not _is_int(bound) \
            or (op, clamp) not in steps or write != {"temp=": name, "re": True}:
        return None
    return steps[op, clamp], bound


def _is_leaf(body: object) -> bool:
    """Whether a function's body can only evaluate: no divert, call, tunnel, thread or
    choice anywhere in it, so calling it returns straight to the next item."""
    if isinstance(body, list):
        return all(_is_leaf(item) for item in body)
    if isinstance(body, dict):
        if any(key in body for key in (*_DIVERT_KEYS, "->t->")):
            return False
        return all(_is_leaf(value) for value in body.values())
    return body not in ("thread", "->->", "done", "end")


class _Meters:
    """Saturation: which globals are meters it applies to, and for a place how far each can
    still move (see the module docstring for why collapsing beyond that is exact).

    A meter is a global whose every use is a comparison with an integer constant, or being
    passed by `ref` to a clamp function (`MIN(p + 1, cap)` / `MAX(p - 1, floor)`); it is
    assigned only in the declarations, to an integer within every floor and cap it is
    moved by. Printing it, any arithmetic, passing it to another function or assigning it
    anywhere else makes it not a meter. The story must have no tunnels or threads and call
    only functions that return straight away (no diverts in them): then everything that
    runs after a place is a walk along the static graph, a call site of a clamp function
    not on a cycle runs at most once, and the longest path counts the most moves left."""

    def __init__(self, analysis: _Analysis, root: list) -> None:
        self.bounds: dict[str, tuple[int, int, int]] = {}  # meter -> (floor, cap, initial)
        self.names: list[str] = []
        self.ups: list[list[float]] = []
        self.downs: list[list[float]] = []
        table = root[-1] if root and isinstance(root[-1], dict) else {}
        functions = {name: body for name, body in table.items() if isinstance(body, list)}
        steps = self.steps = {name: _clamp_step(body) for name, body in functions.items()}
        usable = SATURATE and not ({"thread", "->->"} & analysis.commands) \
            and all(name in functions and _is_leaf(functions[name]) for name in analysis.calls)
        if not usable:
            return
        initial = _declared(table.get("global decl"))
        moved: dict[str, list[tuple[int, int]]] = {}
        bad = set(analysis.other_use)
        for _node, name, function in analysis.moves:
            step = steps.get(function)
            if step is None:
                bad.add(name)
            else:
                moved.setdefault(name, []).append(step)
        read = {name for _node, name, _cuts in analysis.cuts}
        for name in (read | set(moved)) - bad:
            value = initial.get(name)
            if not _is_int(value):
                continue
            floors = {b for step, b in moved.get(name, ()) if step < 0}
            caps = {b for step, b in moved.get(name, ()) if step > 0}
            if len(floors) > 1 or len(caps) > 1:  # a lower cap could move a value down
                continue
            floor, cap = min(floors, default=value), max(caps, default=value)
            if floor <= value <= cap:  # so it stays within them: no move overshoots
                self.bounds[name] = (floor, cap, value)
        self.names = sorted(self.bounds)

    def measure(self, succ: list[list[int]], moves: list[tuple[int, str, str]],
                order: list[list[int]]) -> None:
        """The most moves up and down each meter can still make from every node: the
        longest path over the graph's strongly connected components (unbounded through a
        component that holds a move on a cycle, or an edge not understood)."""
        if not self.names:
            return
        index = {name: i for i, name in enumerate(self.names)}
        width = len(self.names)
        up_at: dict[int, list[int]] = {}
        down_at: dict[int, list[int]] = {}
        for node, name, function in moves:
            if name in index:
                step = self.steps[function][0]
                weights = (up_at if step > 0 else down_at).setdefault(node, [0] * width)
                weights[index[name]] += 1
        self.ups = _longest(succ, up_at, width, order)
        self.downs = _longest(succ, down_at, width, order)

    def band(self, nodes: list[int], cuts: dict[str, list[int]]) -> dict[str, tuple]:
        """Per meter, the values (low, high) it can be collapsed to from these nodes: every
        value at or below `low` (at or above `high`) reads the same as `low` (`high`)."""
        result = {}
        for i, name in enumerate(self.names):
            floor, cap, initial = self.bounds[name]
            ahead = cuts.get(name)
            if not ahead:  # nothing reads it again: every value is the same
                result[name] = (initial, initial)
                continue
            up = max((self.ups[node][i] for node in nodes), default=0)
            down = max((self.downs[node][i] for node in nodes), default=0)
            low = min(ahead) - 1 - up  # below every cut even after every move up left
            high = max(ahead) + down  # at or above every cut after every move down
            result[name] = (low, high)
        return result


def _declared(decl: object) -> dict[str, object]:
    """The globals' initial values from the story's declarations: `value, VAR= name`."""
    values: dict[str, object] = {}
    if isinstance(decl, list):
        for before, item in itertools.pairwise(decl):
            if isinstance(item, dict) and "VAR=" in item and not isinstance(before, (dict,
                                                                                   list)):
                values[item["VAR="]] = before
    return values


def _longest(succ: list[list[int]], weights: dict[int, list[int]], width: int,
             order: Iterable[list[int]]) -> list:
    """For every node, per column, the most weight on a path from it (math.inf through a
    cycle that holds weight, or an edge to somewhere unknown), over the graph's components
    in `order` (`_components`)."""
    count = len(succ)
    zero = [0] * width
    result: list = [zero] * count
    for members in order:
        inside = set(members)
        cyclic = len(members) > 1 or any(m in succ[m] for m in members)
        total = [0] * width
        best = [0] * width
        for member in members:
            own = weights.get(member)
            if own is not None:
                total = [a + b for a, b in zip(total, own, strict=True)]
            for target in succ[member]:
                if target < 0:
                    best = [math.inf] * width
                elif target not in inside:
                    best = [max(a, b) for a, b in zip(best, result[target], strict=True)]
        value = [math.inf if cyclic and w else w + b
                 for w, b in zip(total, best, strict=True)]
        if value != zero:
            for member in members:
                result[member] = value
    return result


def _components(succ: list[list[int]]) -> Iterable[list[int]]:
    """Strongly connected components, each after every component it leads to (Tarjan's
    order), iteratively."""
    count = len(succ)
    index = [0] * count
    low = [0] * count
    on_stack = [False] * count
    stack: list[int] = []
    counter = 1
    for root in range(count):
        if index[root]:
            continue
        work = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            nexts = succ[node]
            recurse = False
            while edge < len(nexts):
                target = nexts[edge]
                edge += 1
                if target < 0:
                    continue
                if not index[target]:
                    work.append((node, edge))
                    work.append((target, 0))
                    recurse = True
                    break
                if on_stack[target]:
                    low[node] = min(low[node], index[target])
            if recurse:
                continue
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    members.append(member)
                    if member == node:
                        break
                yield members
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])


def _positions(flow: dict, out: set) -> None:
    """Every place the flow can go on from: each frame of each thread (the running ones and
    those kept with a pending choice), and each pending choice's target."""
    callstack = flow.get("callstack") or {}
    threads = list(callstack.get("threads") or ())
    threads.extend((flow.get("choiceThreads") or {}).values())
    for thread in threads:
        for frame in thread.get("callstack") or ():
            if "cPath" in frame:
                out.add(f"{frame['cPath']}.{frame.get('idx', 0)}")
    for choice in flow.get("currentChoices") or ():
        if "targetPath" in choice:
            out.add(choice["targetPath"])


def _close(succ: list[list[int]], local: list[int], order: Iterable[list[int]]) -> list[int]:
    """For every node, the union of `local` over every node it can reach (itself included),
    over the strongly connected components in `order` (`_components`: each met after every
    one it leads to, so what lies outside a component is finished); -1 (every bit) where an
    edge leads somewhere unknown."""
    comp = [-1] * len(succ)
    result = [0] * len(succ)
    for number, members in enumerate(order):
        for member in members:
            comp[member] = number
        bits = 0
        for member in members:
            bits |= local[member]
            for target in succ[member]:
                bits |= -1 if target < 0 else (result[target] if comp[target] != number else 0)
        for member in members:
            result[member] = bits
    return result


def _is_object(item: dict) -> bool:
    """Whether a dict inside a container is a runtime object (divert, read, choice point…)
    rather than the container's trailing table of named content and flags."""
    return any(key in item for key in (*_DIVERT_KEYS, "^->", "CNT?", "VAR?", "^var", "VAR=",
                                       "temp=", "#", "list"))


def _resolve(target: str, path: list[str]) -> str:
    """An absolute path for `target`, written in the container at `path`. A relative path
    (`.^.c-0`) starts at the object's container: its first `^` is that container itself."""
    if not target.startswith("."):
        return target
    parts = list(path)
    for component in target.split(".")[2:]:
        if component == "^":
            if parts:
                parts.pop()
        elif component:
            parts.append(component)
    return ".".join(parts)


def _renumber_threads(flow: dict) -> None:
    callstack = flow.get("callstack")
    if not isinstance(callstack, dict):
        return
    mapping: dict[int, int] = {}
    for thread in callstack.get("threads") or ():
        mapping.setdefault(thread.get("threadIndex"), len(mapping))
    for choice in flow.get("currentChoices") or ():
        mapping.setdefault(choice.get("originalThreadIndex"), len(mapping))
    pending = flow.get("choiceThreads") or {}
    for number in sorted(pending, key=str):
        mapping.setdefault(_int(number), len(mapping))
    for thread in callstack.get("threads") or ():
        thread["threadIndex"] = mapping[thread.get("threadIndex")]
    for choice in flow.get("currentChoices") or ():
        choice["originalThreadIndex"] = mapping[choice.get("originalThreadIndex")]
    if pending:
        renamed = {}
        for number, thread in pending.items():
            new = mapping[_int(number)]
            if isinstance(thread, dict) and "threadIndex" in thread:
                thread["threadIndex"] = new
            renamed[str(new)] = thread
        flow["choiceThreads"] = renamed
    callstack["threadCounter"] = max(mapping.values(), default=0)


def _int(text: object) -> object:
    try:
        return int(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return text


def state_key(canonical: str) -> bytes:
    """A short fixed-size key for a canonical state (the state itself is not kept)."""
    return hashlib.blake2b(canonical.encode(), digest_size=16).digest()


# --- the endings a story can name -----------------------------------------------------------

class EndingSet(NamedTuple):
    """Every ending a play-through of the story can end in, when that is known from the
    compiled story alone (`names`), or None and why not (`reason`)."""

    names: frozenset | None
    reason: str


# runtime commands after which the runtime never goes on to the next item of the container
_NO_FALL = ("end", "done", "->->", "~ret")


def ending_set(json_text: str, analysis: _Analysis | None = None) -> EndingSet:
    """The endings the story names, from its compiled form: each `#ending:` tag's id. Known
    only when (a) every tag that could be an ending tag is plain text (a tag with text made
    at run time, `#ending:{x}`, could name anything), and (b) no `end` or `done` the story
    can reach is reached without an ending tag read first (there the engine names the ending
    after a knot, which only playing tells; a `done` reached only past a choice point sure
    to offer its choice waits for it instead, `_no_choice_yet`). For (b), reachability is
    over the static graph of `_Analysis` with the fall-through edges the runtime never
    takes removed (after an unconditional divert, `end`, `done`, a tunnel's or function's
    return, and past a nested container, which is left only through its own end); an `end`
    counts as covered when the
    items before it in its container are only text, tags and newlines back to an ending tag,
    and nothing but that fall-through leads into any of them. Anything not understood (a
    divert the graph cannot follow, threads) makes the set unknown: the search then has no
    answer to settle early and runs to exhaustion."""
    names: set[str] = set()
    root = json.loads(json_text.lstrip("\ufeff"))
    problem = _tag_names(root, names)
    if problem:
        return EndingSet(None, problem)
    analysis = analysis or _Analysis(json_text)
    if "thread" in analysis.commands:
        return EndingSet(None, "the story uses threads, which the ending analysis does not "
                               "follow")
    kind: dict[int, object] = {}
    for first, items, _flags in analysis.containers:
        for index, item in enumerate(items):
            kind[first + index] = item
    flow: list[list[int]] = []
    for node, nexts in enumerate(analysis.succ):
        item = kind.get(node, None)
        if node in kind and (isinstance(item, list) or item in _NO_FALL or (
                isinstance(item, dict) and "->" in item and not item.get("c"))):
            nexts = nexts[1:]  # the first edge of an item's node is its fall-through
        flow.append(nexts)
    reached = [False] * len(flow)
    reached[0] = True
    stack = [0]
    into: dict[int, set[int]] = {}
    while stack:
        node = stack.pop()
        for target in flow[node]:
            if target < 0:
                return EndingSet(None, "a divert the ending analysis cannot follow")
            into.setdefault(target, set()).add(node)
            if not reached[target]:
                reached[target] = True
                stack.append(target)
    free = _no_choice_yet(analysis, flow, kind, into, '"->t->"' in json_text)
    for first, items, _flags in analysis.containers:
        for index, item in enumerate(items):
            node = first + index
            # `done` with a choice offered waits for it (the story's top level ends so)
            if (item == "end" and reached[node] or item == "done" and node in free) \
                    and not _after_ending_tag(items, index, first, into):
                return EndingSet(None, "the story can end without an #ending: tag (the ending "
                                       "is then named after a knot, known only by playing)")
    return EndingSet(frozenset(names), "")


def _no_choice_yet(analysis: _Analysis, flow: list[list[int]], kind: dict[int, object],
                   into: dict[int, set[int]], tunnels: bool) -> set[int]:
    """The nodes a segment (from the start, or from a chosen option's target) can reach
    before it has passed a choice point that is sure to offer its choice: one with no
    condition and not an invisible default, and either sticky or once-only where it cannot
    have been chosen before — not on a cycle of the graph, in a story without tunnels (a
    tunnel's content can run twice without a cycle), with its target container counted only
    when entered at its start and entered from nowhere else. Reaching `done` past such a
    choice point leaves the choice waiting, not the story ended."""
    cyclic: set[int] = set()
    for members in _components(flow):
        if len(members) > 1 or members[0] in flow[members[0]]:
            cyclic.update(members)
    flags_at = {first: flags for first, _items, flags in analysis.containers}
    sure: set[int] = set()
    starts = [0]
    for node, item in kind.items():
        if not (isinstance(item, dict) and "*" in item):
            continue
        targets = [analysis._resolved(target) for target in analysis.chosen[node]]
        starts.extend(target for target in targets if target >= 0)
        flags = int(item.get("flg", 0))
        if flags & (1 | 8) or len(targets) != 1 or targets[0] < 0:
            continue  # a condition, an invisible default, or a target not understood
        target = targets[0]
        if flags & 16 and (tunnels or node in cyclic or not flags_at.get(target, 0) & 4
                           or not into.get(target, set()) <= {node}):
            continue
        sure.add(node)
    free: set[int] = set()
    stack = [start for start in starts]
    while stack:
        node = stack.pop()
        if node in free:
            continue
        free.add(node)
        if node not in sure:
            stack.extend(target for target in flow[node] if target >= 0 and target not in free)
    return free


def _tag_names(node: object, names: set[str]) -> str:
    """Every ending tag's id into `names`; a reason when a tag could be an ending but is made
    at run time."""
    if isinstance(node, dict):
        if isinstance(node.get("#"), str):  # a tag in the older form, {"#": "text"}
            _add_ending(node["#"], names)
        for value in node.values():
            problem = _tag_names(value, names) if isinstance(value, (list, dict)) else ""
            if problem:
                return problem
        return ""
    if not isinstance(node, list):
        return ""
    index = 0
    while index < len(node):
        item = node[index]
        if item == "#":  # a tag in the newer form: "#", its content, "/#"
            end = index + 1
            while end < len(node) and node[end] != "/#":
                end += 1
            content = node[index + 1:end]
            text = "".join(part[1:] for part in content
                           if isinstance(part, str) and part.startswith("^"))
            if all(isinstance(part, str) and part.startswith("^") for part in content):
                _add_ending(text, names)
            else:
                prefix = ""
                for part in content:
                    if not (isinstance(part, str) and part.startswith("^")):
                        break
                    prefix += part[1:]
                key, colon, _ = prefix.partition(":")
                if not colon or key.strip().lower() == "ending":
                    return ("an ending tag is made at run time (a tag with {…} in it), so the "
                            "endings are known only by playing")
            index = end + 1
            continue
        if isinstance(item, (list, dict)):
            problem = _tag_names(item, names)
            if problem:
                return problem
        index += 1
    return ""


def _add_ending(text: str, names: set[str]) -> None:
    ending = parse_tags([text.strip()]).ending
    if ending is not None:
        names.add(ending)


def _after_ending_tag(items: list, index: int, first: int, into: dict[int, set[int]]) -> bool:
    """Whether `items[index]` (an `end`) can only be reached straight after an ending tag of
    its own line or a line just before: back from it only text, tags and newlines, the first
    ending tag met ends the walk, and nothing leads into those items but the one before."""
    position = index - 1
    while position >= 0:
        item = items[position]
        if item == "/#":
            start = position - 1
            while start >= 0 and items[start] != "#":
                start -= 1
            if start < 0:
                return False
            text = "".join(part[1:] for part in items[start + 1:position]
                           if isinstance(part, str) and part.startswith("^"))
            if parse_tags([text.strip()]).ending is not None:
                position = start
                break
            position = start - 1
            continue
        if isinstance(item, dict) and set(item) == {"#"}:
            if parse_tags([str(item["#"]).strip()]).ending is not None:
                break
            position -= 1
            continue
        if item == "\n" or isinstance(item, str) and item.startswith("^"):
            position -= 1
            continue
        return False
    else:
        return False
    return all(into.get(first + at, set()) <= {first + at - 1}
               for at in range(position + 1, index + 1))


# --- playing segments -----------------------------------------------------------------------

# a state whose lines never reach a choice or an end (`-> loop` forever) stops after this many
MAX_LINES_PER_STATE = 10_000


class Edge(NamedTuple):
    """One option of a choice point, played to the next choice point or to the end."""

    choice: int  # 0-based
    key: bytes | None  # the next choice point's key, None when the play-through ended
    state: str | None  # that choice point's canonical state (dropped once it is known)
    options: int  # how many options it has
    lines: int  # runtime lines on the way
    asked: frozenset  # endings has_seen() was asked about on the way
    trusted: frozenset  # those it answered True for: what a route through here relies on
    errors: tuple  # runtime error messages on the way
    ending: tuple | None  # (id, title, how) when the play-through ended


# segments remembered per process; more are forgotten all at once (they are only a shortcut)
MEMO_MAX = 200_000


class _Plans(list):
    """Per option: (memo key, the globals its segment can touch) or None; and the parent's
    globals, which the segment leaves as they are except those it touches."""

    def __init__(self, values: dict) -> None:
        super().__init__()
        self.values = values


def _globals_span(state: str) -> tuple[int, int] | None:
    """Where a canonical state's text (keys sorted) holds its globals' object: found without
    parsing the rest of it (a key's quotes are never escaped, as they are inside a string)."""
    start = state.find(_VARIABLES)
    if start < 0:
        return None
    start += len(_VARIABLES)
    end = state.find(',"visitCounts":', start)
    return start, end if end >= 0 else len(state) - 1  # or the last key


def _globals_of(state: str) -> dict:
    found = _globals_span(state)
    if found is None:
        return json.loads(state).get("variablesState", {})
    return _loads(state[found[0]:found[1]])


def _derive(known: tuple, touched: frozenset, values: dict) -> Edge:
    """The edge a remembered segment gives from another parent that agrees with the first
    on everything the segment can touch: the same course, lines, choices and ending; the
    globals it cannot touch keep this parent's values (where the next state keeps them)."""
    edge, head, tail, kept, live, band, analysis = known
    if head is None:
        return edge
    merged = dict(kept)
    for name, value in values.items():
        if name not in touched and (live is None or name in live):
            merged[name] = value
    if band:  # the next state's bands, for meters it did not touch too
        analysis.saturate(merged, band)
    text = head + _dumps(merged) + tail
    return edge._replace(key=state_key(text), state=text)


class _Expander:
    """Plays segments of one story in one process: a bare runtime for speed, and a `Story`
    for the rare segment that ends the play-through."""

    def __init__(self, json_text: str, config: StoryConfig, seed: int,
                 analysis: _Analysis | None = None) -> None:
        self.analysis = analysis or _Analysis(json_text)
        self.compiled = CompiledStory(json_text)
        self.assumed: set[str] = set()
        self.asked: set[str] = set()
        self.errors: list[str] = []
        self.seed = seed
        self.ink = self.compiled.new_runtime(seed=seed, has_seen=self._has_seen,
                                             on_message=self._message)
        self.story = Story(json_text, config=config, seed=seed, seen_endings=self.assumed)
        self.check_tags = _needs_tag_check(json_text)
        self.start_state = self.ink.save_state()
        # segments played, by the part of the state they can touch (see `_plans`)
        self.memo: dict[bytes, tuple] = {}
        self._reach: dict[str, list | None] = {}  # flows text -> per option
        self._child: tuple[dict, frozenset | None, dict | None] | None = None

    def _has_seen(self, ending_id: str) -> bool:
        self.asked.add(ending_id)
        return ending_id in self.assumed

    def _message(self, message: str, is_error: bool) -> None:
        if is_error:
            self.errors.append(message)

    def set_assumed(self, assumed: Iterable[str]) -> None:
        assumed = set(assumed)
        if assumed != self.assumed:
            self.memo.clear()  # what a segment asked has_seen is answered differently now
        self.assumed.clear()
        self.assumed.update(assumed)  # the same set object the Story asks

    def start(self) -> Edge:
        """The segment from the start of the story to its first choice point."""
        self.ink.load_state(self.start_state)
        return self._segment(None, -1)

    def expand(self, state: str, options: int) -> list[Edge]:
        """Every option of the choice point saved in `state`: from the memo of segments where
        one with the same touched part was played already, else by the runtime."""
        plans = self._plans(state, options)
        edges: list[Edge | None] = [None] * options
        plain, special = split_non_finite(state)
        for index in range(options):
            plan = plans[index] if plans else None
            if plan is not None:
                known = self.memo.get(plan[0])
                if known is not None:
                    edges[index] = _derive(known, plan[1], plans.values)
                    continue
            self.ink.load_state(plain)
            for name, value in special.items():
                self.ink.set_variable(name, value)
            self.ink.choose_choice_index(index)
            edge = self._segment(state, index)
            edges[index] = edge
            if plan is not None and (edge.key is None or self._child is not None):
                self._remember(plan, edge)
        return edges  # type: ignore[return-value]

    def _plans(self, state: str, options: int) -> _Plans | None:
        """For each option, its memo key and the globals its segment can touch (None where
        the segment cannot be bounded): the parent state with every other global left out
        (and the option's number) identifies the segment's whole course."""
        if NON_FINITE_KEY in state or not MEMO_MAX:
            return None
        # the state is canonical text: its globals and its flows are found without parsing
        found = _globals_span(state)
        if found is None:
            return None
        start, end = found
        values = _loads(state[start:end])
        head, tail = state[:start], state[end:]
        try:  # the flows, as text: what places the options start from
            shape = state[state.index('"flows":'):state.index(',"inkFormatVersion":')]
        except ValueError:
            return None
        reach = self._reach.get(shape, False)
        if reach is False:
            if len(self._reach) >= MEMO_MAX:
                self._reach.clear()
            flows = _loads(state).get("flows") or {}
            reach = self._reach[shape] = (self._touched_by_option(next(iter(flows.values())))
                                          if len(flows) == 1 else None)
        if reach is None or len(reach) != options:
            return None
        # a `ref` held may assign its global
        pointers = frozenset(_POINTER.findall(state)) if '"^var"' in state else frozenset()
        plans = _Plans(values)
        digests: dict[frozenset, bytes] = {}
        for index, touched in enumerate(reach):
            if touched is None:
                plans.append(None)
                continue
            touched |= pointers
            digest = digests.get(touched)
            if digest is None:
                kept = _dumps({k: v for k, v in values.items() if k in touched})
                digest = digests[touched] = hashlib.blake2b(
                    (head + kept + tail).encode(), digest_size=16).digest()
            plans.append((digest + index.to_bytes(2, "little"), touched))
        return plans

    def _touched_by_option(self, flow: dict) -> list[frozenset | None]:
        """Per option of the flow's choice point, the globals its segment can touch: from
        the option's target and the frames of the thread it was offered in."""
        callstack = flow.get("callstack") or {}
        pending = flow.get("choiceThreads") or {}
        result: list[frozenset | None] = []
        for choice in flow.get("currentChoices") or ():
            target = choice.get("targetPath")
            if target is None:
                result.append(None)
                continue
            positions = {target}
            thread = pending.get(str(choice.get("originalThreadIndex")))
            threads = [thread] if isinstance(thread, dict) else callstack.get("threads") or ()
            for each in threads:
                for frame in each.get("callstack") or ():
                    if "cPath" in frame:
                        positions.add(f"{frame['cPath']}.{frame.get('idx', 0)}")
            result.append(self.analysis.touches(frozenset(positions)))
        return result

    def _remember(self, plan: tuple[bytes, frozenset], edge: Edge) -> None:
        if len(self.memo) >= MEMO_MAX:
            self.memo.clear()
        if edge.key is None:
            self.memo[plan[0]] = (edge, None, None, None, None, None, None)
            return
        data, live, band = self._child  # type: ignore[misc]
        touched = plan[1]
        values = data["variablesState"]
        kept = {k: v for k, v in values.items() if k in touched}
        data["variablesState"] = {}
        text = _dumps(data)
        data["variablesState"] = values
        cut = text.index(_NO_VARIABLES) + len(_NO_VARIABLES) - 2
        self.memo[plan[0]] = (edge, text[:cut], text[cut + 2:], kept, live, band,
                              self.analysis)

    def _segment(self, parent: str | None, index: int) -> Edge:
        ink = self.ink
        self.asked.clear()
        self.errors.clear()
        lines = raw = 0
        tagged = False
        try:
            while ink.can_continue():
                if not ink.continue_async(SLICE_MS):
                    self.story.finish_line(ink)  # the engine's time and memory budget
                raw += 1
                # a line as the engine counts them: text, or a cue on a line of its own
                if ink.get_current_text().strip():
                    lines += 1
                    if self.check_tags and not tagged:
                        tagged = any(t.startswith("ending:") for t in ink.get_current_tags())
                else:
                    tags = list(ink.get_current_tags())
                    if tags:
                        parsed = parse_tags(tags)
                        lines += _actionable(parsed)
                        tagged = tagged or parsed.ending is not None
                if raw >= MAX_LINES_PER_STATE:
                    message = (f"endless text: more than {MAX_LINES_PER_STATE:,} lines without "
                               "a choice or an end")
                    return Edge(index, None, None, 0, lines, frozenset(self.asked),
                                frozenset(), (message,), None)
            options = len(ink.get_current_choices())
        except RuntimeError:
            self._through_story(parent, index)  # raises the engine's StoryError for it
            raise StoryError("the story stopped with a runtime error") from None
        asked = frozenset(self.asked)
        trusted = frozenset(a for a in asked if a in self.assumed)
        errors = tuple(m for m in self.errors if DEAD_END not in m)
        if options and not tagged:
            raw = keep_non_finite(ink.save_state(), self._get)
            data, live, band = self.analysis.canonical_data(_loads(raw))
            self._child = None if NON_FINITE_KEY in data else (data, live, band)
            state = _dumps(data)
            return Edge(index, state_key(state), state, options, lines, asked, trusted, errors,
                        None)
        beat = self._through_story(parent, index)
        ending = (beat.id, beat.ending.title, beat.how)
        return Edge(index, None, None, 0, lines, asked, trusted, errors, ending)

    def _get(self, name: str) -> object:
        try:
            return self.ink.get_variable(name)
        except (RuntimeError, TypeError):
            return None

    def _through_story(self, parent: str | None, index: int) -> EndingReached:
        """The same segment played by the engine, for how it ends."""
        story = self.story
        if parent is None:
            story.reset(self.seed)
        else:
            story.state_after_choice(parent, index)
        beat = story.next()
        count = 0
        while isinstance(beat, Line) and count < MAX_LINES_PER_STATE:
            count += 1
            beat = story.next()
        if not isinstance(beat, EndingReached):
            raise StoryError("the route search and the engine disagree about where a "
                             "play-through ends")
        return beat


def _needs_tag_check(json_text: str) -> bool:
    """Whether some `#ending:` tag could be followed by a choice point. The engine ends the
    play-through at an ending tag even when choices follow it; where every ending tag's line
    is followed straight by `-> END` (which clears pending choices), reaching a choice point
    means no ending tag was passed, and lines need not have their tags read."""
    if "ending:" not in json_text:
        return False
    found = False

    def walk(node: object) -> bool:
        nonlocal found
        if isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, str) and item.startswith("^ending:") or (
                        isinstance(item, dict) and str(item.get("#", "")).startswith("ending:")):
                    found = True
                    if not _ends_after(node, index):
                        return True
                elif isinstance(item, (list, dict)) and walk(item):
                    return True
        elif isinstance(node, dict):
            return any(walk(v) for v in node.values() if isinstance(v, (list, dict)))
        return False

    risky = walk(json.loads(json_text.lstrip("\ufeff")))
    return risky or not found


def _ends_after(container: list, index: int) -> bool:
    """Whether the content after position `index` ends the story before anything else runs:
    the rest of the line (text, tags, the newline) and then `end`."""
    depth = 0
    for item in container[index + 1:]:
        if item == "#":
            depth += 1
        elif item == "/#":
            depth = max(0, depth - 1)
        elif depth or item == "\n" or isinstance(item, str) and item.startswith("^") \
                or isinstance(item, dict) and "#" in item:
            continue
        else:
            return item == "end" or isinstance(item, dict) and item.get("->") == "END"
    return False


# --- the search -----------------------------------------------------------------------------

class _Stop(Exception):
    """The time budget ran out: unwind the search and keep what it found."""


class _Watch:
    """Time budget and progress for one search: checked per state, cheap."""

    def __init__(self, report: RouteReport, budget: float | None,
                 progress: Callable[[RouteReport], None] | None, every: float) -> None:
        self.report = report  # where the budget's running out is recorded
        self.shown = report  # what progress shows
        self.start = time.perf_counter()
        self.deadline = self.start + budget if budget is not None else None
        self.progress = progress
        self.every = every
        self.next_report = self.start + every

    def tick(self) -> None:
        now = time.perf_counter()
        self.report.elapsed = self.shown.elapsed = now - self.start
        if self.deadline is not None and now >= self.deadline:
            self.report.budget_hit = True
            raise _Stop
        if self.progress is not None and now >= self.next_report:
            self.next_report = now + self.every
            self.progress(self.shown)


class _Expansion(NamedTuple):
    edges: tuple[Edge, ...]
    assumed: frozenset  # the endings taken as seen when it was played

    def valid_for(self, assumed: frozenset) -> bool:
        return all((a in assumed) == (a in self.assumed) for e in self.edges for a in e.asked)

    @property
    def asked(self) -> bool:
        return any(e.asked for e in self.edges)


def default_workers() -> int:
    """Processes for the search by default: one. With segments remembered, most options cost
    the main process a lookup and a hash, less than sending the state to another process and
    its children back (measured on The Intercept: two processes gave half the states per
    second of one); `workers` still splits wide layers when asked."""
    return 1


# below this many states to expand in one layer, other processes cost more than they save
PARALLEL_MIN = 48


def explore(json_text: str, config: StoryConfig | None = None, *, max_states: int = 200_000,
            seed: int = 0, seen: set[str] | frozenset = frozenset(),
            beam_width: int | None = None, time_budget: float | None = None,
            progress: Callable[[RouteReport], None] | None = None,
            progress_every: float = 0.5, workers: int | None = None,
            all_states: bool = False) -> RouteReport:
    """Search the story's routes. By default the search is ordered towards endings and stops
    once every ending the story names has a route (`ending_set`; `report.settled` says so),
    then spends as much again searching breadth-first, which makes small stories' answers
    exhaustive and shortest; a story whose endings are not known statically, or one whose
    named endings do not all show up, is searched exhaustively. `all_states` searches every
    reachable state breadth-first whatever the endings (dead ends and runtime errors for
    all of them, and shortest routes). `beam_width` keeps at most this many states of each
    layer (and is never exhaustive), `max_states` bounds the states expanded. `time_budget`
    (seconds) stops the search when it runs out, and `progress` is called about every
    `progress_every` seconds with the report so far, so a caller can show that a long search
    is alive; Ctrl+C also stops it with what it found. `workers` processes expand wide
    layers of the breadth-first search (default: one, see `default_workers`).
    `report.complete` says whether the endings found are all there are."""
    config = config or StoryConfig.default()
    report = RouteReport(max_states=max_states, beam_width=beam_width, time_budget=time_budget)
    watch = _Watch(report, time_budget, progress, progress_every)
    expander = _Expander(json_text, config, seed)
    pool = _Pool(json_text, config, seed, workers if workers is not None else default_workers())
    assumed = frozenset(seen)
    cache: dict[bytes, _Expansion] = {}
    texts: dict[bytes, str] = {}  # states not expanded yet, and those that asked has_seen
    named = None
    if not all_states and beam_width is None:
        found = ending_set(json_text, expander.analysis)
        named = found.names or None  # none named: nothing to settle
        report.named = len(named or ())
        report.why_not_settled = found.reason or ("" if named else "the story names no "
                                                                    "endings")
    try:
        if named and _Settle(expander, report, watch, named, cache, texts, seed).run(assumed):
            report.settled = len(named)
            _shorten(expander, pool, report, watch, assumed, cache, texts)
        else:
            if named:  # every named ending did not show up: the full search, as without one
                report.why_not_settled = (f"{len(set(named) - set(report.routes))} of the "
                                          f"{len(named)} endings the story names never showed "
                                          "up, so every state was searched")
                _forget_results(report)
            report.full_search = True
            _exhaustive(expander, pool, report, watch, assumed, cache, texts)
    except _Stop:
        pass
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        report.workers = pool.used
        pool.close()
    _replay_routes(json_text, config, seed, seen, report)
    report.elapsed = time.perf_counter() - watch.start
    # an ending tag the search never reached is as unreached as an ending story.yaml lists
    report.unreached = sorted((set(config.endings) | set(named or ())) - set(report.routes))
    return report


def _exhaustive(expander: _Expander, pool: _Pool, report: RouteReport, watch: _Watch,
                assumed: frozenset, cache: dict, texts: dict) -> None:
    """Breadth-first rounds over every reachable state (or a beam of each layer), with the
    endings found in one round taken as seen in the next while some state asks about them."""
    while True:
        report.rounds += 1
        found_before = set(report.routes)
        _round(expander, pool, report, watch, assumed, cache, texts)
        newly = set(report.routes) - found_before
        if report.bound_hit or not newly or not expander.compiled.uses_has_seen:
            break
        if set(report.routes) <= assumed:
            break
        asked = {a for expansion in cache.values() for e in expansion.edges for a in e.asked}
        if not (newly & asked) and not report.pruned:
            break  # nothing asks about what was found: the next round would be the same
        assumed |= set(report.routes)
        if report.pruned:  # a beam leaves the graph partial: nothing to reuse
            cache.clear()
            texts.clear()


def _forget_results(report: RouteReport) -> None:
    """What an ordered search found, dropped before the full search finds it again (by its
    shortest routes); the states it expanded stay counted, and remembered."""
    report.routes.clear()
    report.dead_ends.clear()
    report.errors.clear()
    report.dead_seen.clear()
    report.errors_seen.clear()
    report.rounds = 0
    report.depth = 0


# the breadth-first search after settling may expand as many new states as settling did,
# and at least this many (small stories then get their exhaustive, shortest answer)
SHORTEN_MIN = 500


def _shorten(expander: _Expander, pool: _Pool, report: RouteReport, watch: _Watch,
             assumed: frozenset, cache: dict, texts: dict) -> None:
    """After settling: the breadth-first search, within as many new states again as settling
    took (counted, so the answer does not depend on the machine's speed). If it finishes, its
    answer is the exhaustive one and replaces the settled one whole (shortest routes, every
    dead end); if not, each ending keeps the shorter of its two routes and the dead ends and
    errors of both are listed. Running out of time or Ctrl+C here only stops this part: the
    settled answer stands."""
    allowance = min(max(report.states, SHORTEN_MIN), report.max_states - report.states)
    if allowance <= 0:
        return
    full = RouteReport(max_states=allowance, full_search=True)
    watch.report = full
    try:
        _exhaustive(expander, pool, full, watch, assumed, cache, texts)
    except (_Stop, KeyboardInterrupt):
        full.bound_hit = True  # not finished: merged, never taken as the whole answer
    finally:
        watch.report = report
    report.states += full.states
    report.shortened = full.states
    if full.complete:
        report.routes, report.dead_ends, report.errors = full.routes, full.dead_ends, full.errors
        report.rounds, report.depth = full.rounds, full.depth
        report.full_search = True
        return
    for ending_id, route in full.routes.items():
        known = report.routes.get(ending_id)
        if known is None or ((len(route.choices), route.lines) <
                             (len(known.choices), known.lines)
                             and set(route.requires) <= set(known.requires)):
            report.routes[ending_id] = route
    for dead in full.dead_ends:
        if dead.ending not in report.dead_seen:
            report.dead_seen.add(dead.ending)
            report.dead_ends.append(dead)
    for error in full.errors:
        if error["message"] not in report.errors_seen:
            report.errors_seen.add(error["message"])
            report.errors.append(error)


# a dive stops after this many choices, or twice the longest route found so far if that is
# more (a story that never repeats a state has dives without end; the frontier keeps the rest)
DIVE_MIN = 256
RANDOM_DIVES = 16  # seeded random dives after the ones along the story's variables


class _Settle:
    """The ordered search: every state it meets is expanded or kept in its frontier, nothing
    is dropped, and it stops as soon as every ending the story names has a route (see the
    module docstring for why that answer is the exhaustive one).

    It dives first: from the start, play-throughs that each go to an end, choosing at every
    choice point by one policy — the first option, the last, the option whose next state
    has the most (or least) of one variable, of the story's meters in every combination of
    signs, at random with a seeded generator; like the playtest's personas, these reach
    different endings. Every option of every choice point on the way is played (that is how
    a dive scores them), so each dive adds the states next to it to the frontier. Then the
    frontier, deepest first, each state the start of one more random dive. `has_seen` is
    played in rounds as in the full search: when an ending some state asked about is found,
    the search starts over with it taken as seen (what was expanded and asked nothing about
    it is reused)."""

    def __init__(self, expander: _Expander, report: RouteReport, watch: _Watch,
                 named: frozenset, cache: dict, texts: dict, seed: int) -> None:
        self.expander, self.report, self.watch = expander, report, watch
        self.named, self.cache, self.texts = named, cache, texts
        self.seed = seed
        defaults = expander.story.variables
        meters = [m for m in expander.story.config.meters if m in defaults]
        others = sorted(n for n, v in defaults.items()
                        if n not in meters and isinstance(v, (int, float)))
        self.axes = meters + others
        self.defaults = [_number(defaults[n]) for n in self.axes]
        self.vectors: dict[bytes, tuple[float, ...]] = {}
        self.policies = self._policies(len(meters))

    def _policies(self, meters: int) -> list:
        """Dive policies: "first", "last", a weight per axis, or None (at random)."""
        width = len(self.axes)
        policies: list = ["first", "last"]

        def unit(position: int, sign: int) -> tuple[float, ...]:
            return tuple(float(sign) if i == position else 0.0 for i in range(width))

        for position in range(meters):
            policies += [unit(position, 1), unit(position, -1)]
        if meters > 1:
            for signs in itertools.product((1.0, -1.0), repeat=min(meters, 6)):
                policies.append(tuple(signs) + (0.0,) * (width - len(signs)))
        for position in range(meters, width):
            policies += [unit(position, 1), unit(position, -1)]
        policies += [None] * RANDOM_DIVES
        return policies

    def run(self, assumed: frozenset) -> bool:
        """Rounds until settled (True) or a round's frontier is used up (False)."""
        while True:
            self.report.rounds += 1
            outcome = self._round(assumed)
            if self.settled:
                return True
            if outcome != "seen":
                return False
            assumed = assumed | frozenset(self.report.routes)

    @property
    def settled(self) -> bool:
        return self.named <= self.report.routes.keys()

    def _round(self, assumed: frozenset) -> str:
        expander = self.expander
        expander.set_assumed(assumed)
        self.assumed = assumed
        self.nodes: dict[bytes, _Node] = {}
        self.depths: dict[bytes, int] = {}
        self.expanded: set[bytes] = set()
        self.asked: set[str] = set()
        self.frontier: list[tuple[int, int, bytes]] = []
        self.count = itertools.count()
        start = expander.start()
        self.cache[b"start"] = _Expansion((start._replace(state=None),), assumed)
        self.asked |= start.asked
        if start.key is not None and start.key not in self.cache:
            self.texts.setdefault(start.key, start.state)
            self.vectors.setdefault(start.key, self._vector(start.state))
        self._take(start, None, 0, frozenset(), 0)
        if start.key is None or self.settled:
            return "done"
        rng = random.Random(self.seed)
        try:
            for policy in self.policies:
                self._dive(start.key, policy, rng)
            while self.frontier:
                _depth, _count, key = heapq.heappop(self.frontier)
                if key not in self.expanded:
                    self._dive(key, None, rng)
        except _Found as found:
            return found.why
        return "done"

    def _vector(self, state: str) -> tuple[float, ...]:
        values = _globals_of(state)
        return tuple(_number(values[name]) if name in values else default
                     for name, default in zip(self.axes, self.defaults, strict=True))

    def _dive(self, key: bytes, policy: object, rng: random.Random) -> None:
        """Play on from `key` to an end, choosing by `policy`, expanding every state passed."""
        path: set[bytes] = set()
        longest = max((len(r.choices) for r in self.report.routes.values()), default=0)
        limit = max(DIVE_MIN, 2 * longest)
        while key is not None and key not in path and len(path) < limit:
            path.add(key)
            edges = self._expand(key)
            options = [e for e in edges if e.key is not None and e.key not in path]
            if not options:
                return
            if policy == "first":
                key = options[0].key
            elif policy == "last":
                key = options[-1].key
            elif policy is None:
                key = rng.choice(options).key
            else:
                key = max(options, key=lambda e: self._score(e, policy, rng)).key

    def _score(self, edge: Edge, weights: tuple, rng: random.Random) -> tuple:
        """How much a weighted policy wants an option: its next state's variables along the
        weights, then a state not expanded yet, then chance."""
        vector = self.vectors.get(edge.key, self.defaults)
        return (sum(map(operator.mul, weights, vector)), edge.key not in self.expanded,
                rng.random())

    def _expand(self, key: bytes) -> tuple[Edge, ...]:
        """The options of `key`'s choice point: remembered when nothing they asked has_seen is
        answered differently now, else played; each next state met is taken."""
        expansion = self.cache.get(key)
        if expansion is None or not expansion.valid_for(self.assumed):
            report = self.report
            if report.states >= report.max_states:
                report.bound_hit = True
                raise _Stop
            self.watch.tick()
            report.states += 1
            text = self.texts[key]
            edges = self.expander.expand(text, self.nodes[key].options)
            expansion = _Expansion(tuple(e._replace(state=None) for e in edges), self.assumed)
            self.cache[key] = expansion
            if not expansion.asked:
                del self.texts[key]
            for edge in edges:
                if edge.key is not None and edge.key not in self.cache:
                    self.texts.setdefault(edge.key, edge.state)
                    if edge.key not in self.vectors:
                        self.vectors[edge.key] = self._vector(edge.state)
        if key not in self.expanded:
            self.expanded.add(key)
            node = self.nodes[key]
            depth = self.depths[key] + 1
            self.report.depth = max(self.report.depth, depth)
            for edge in expansion.edges:
                self.asked |= edge.asked
                self._take(edge, key, node.lines, node.trusted, depth)
            if self.settled:
                raise _Found("settled")
            if self.expander.compiled.uses_has_seen and \
                    (self.report.routes.keys() - self.assumed) & self.asked:
                raise _Found("seen")  # an ending some state asks about: the next round
        return expansion.edges

    def _path(self, key: bytes | None) -> list[int]:
        path = []
        while key is not None:
            node = self.nodes[key]
            if node.parent is not None or node.choice >= 0:
                path.append(node.choice + 1)
            key = node.parent
        return path[::-1]

    def _take(self, edge: Edge, parent: bytes | None, depth_lines: int, trusted: frozenset,
              depth: int) -> None:
        """A next state met: an ending or error recorded, a new state into the frontier (its
        first route kept: the search is not breadth-first, so it need not be the shortest)."""
        report = self.report
        lines = depth_lines + edge.lines
        needs = trusted | edge.trusted
        if edge.errors or edge.ending is not None:
            here = self._path(parent) + [edge.choice + 1] if parent is not None else []
            for message in edge.errors:
                if message not in report.errors_seen:
                    report.errors_seen.add(message)
                    report.errors.append({"message": message, "choices": here})
            if edge.ending is not None:
                _record(report, edge, here, lines, needs)
                return
        if edge.key is None or edge.key in self.nodes:
            return
        self.nodes[edge.key] = _Node(parent, edge.choice, lines, edge.options, needs)
        self.depths[edge.key] = depth
        heapq.heappush(self.frontier, (-depth, next(self.count), edge.key))


class _Found(Exception):  # noqa: N818 — not an error: the round has its answer
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class _Node:
    __slots__ = ("parent", "choice", "lines", "options", "trusted")

    def __init__(self, parent: bytes | None, choice: int, lines: int, options: int,
                 trusted: frozenset) -> None:
        self.parent, self.choice, self.lines = parent, choice, lines
        self.options, self.trusted = options, trusted


def _round(expander: _Expander, pool: _Pool, report: RouteReport, watch: _Watch,
           assumed: frozenset, cache: dict, texts: dict) -> None:
    """One breadth-first search with `assumed` taken as seen, reusing every expansion from an
    earlier round whose has_seen answers are the same now."""
    expander.set_assumed(assumed)
    start = expander.start()
    cache[b"start"] = _Expansion((start._replace(state=None),), assumed)  # what it asked
    nodes: dict[bytes, _Node] = {}

    def path_to(key: bytes | None) -> list[int]:
        path = []
        while key is not None:
            node = nodes[key]
            if node.parent is not None or node.choice >= 0:
                path.append(node.choice + 1)
            key = node.parent
        return path[::-1]

    def take(edge: Edge, state: str | None, parent: bytes | None, depth_lines: int,
             trusted: frozenset, fresh: dict) -> None:
        lines = depth_lines + edge.lines
        needs = trusted | edge.trusted
        if edge.errors or edge.ending is not None:  # the route here, only when it is needed
            here = path_to(parent) + [edge.choice + 1] if parent is not None else []
            for message in edge.errors:
                if message not in report.errors_seen:
                    report.errors_seen.add(message)
                    report.errors.append({"message": message, "choices": here})
            if edge.ending is not None:
                report.states += 1  # a state too, as a naive search counts the one it ends in
                _record(report, edge, here, lines, needs)
                return
        if edge.key is None:
            return
        known = nodes.get(edge.key)
        if known is None:
            nodes[edge.key] = _Node(parent, edge.choice, lines, edge.options, needs)
            fresh[edge.key] = state
        elif edge.key in fresh and lines < known.lines:  # same depth, fewer lines
            known.parent, known.choice, known.lines, known.trusted = (parent, edge.choice,
                                                                      lines, needs)

    layer: dict[bytes, str | None] = {}
    take(start, start.state, None, 0, frozenset(), layer)
    depth = 0
    while layer:
        report.depth = max(report.depth, depth)
        depth += 1
        todo = []
        for key, state in layer.items():
            expansion = cache.get(key)
            if expansion is None or not expansion.valid_for(assumed):
                text = state if state is not None else texts.get(key)
                if text is None:  # known only through a beam that dropped it
                    continue
                todo.append((key, text, nodes[key].options))
        if report.states + len(todo) > report.max_states:
            todo = todo[:max(0, report.max_states - report.states)]
            report.bound_hit = True
        children: dict[bytes, str] = {}  # the new states, until they are expanded
        for key, edges in pool.expand(expander, todo, assumed, watch, report):
            expansion = _Expansion(tuple(e._replace(state=None) for e in edges), assumed)
            cache[key] = expansion
            if expansion.asked:
                texts[key] = layer[key] or texts[key]
            children.update((e.key, e.state) for e in edges if e.key is not None)
        if report.bound_hit:
            return
        following: dict[bytes, str | None] = {}
        for key in layer:
            expansion = cache.get(key)
            if expansion is None:
                continue
            node = nodes[key]
            for edge in expansion.edges:
                state = children.get(edge.key) if edge.key is not None else None
                take(edge, state, key, node.lines, node.trusted, following)
        if report.beam_width is not None and len(following) > report.beam_width:
            report.pruned = True
            following = _Beam(expander.story.variables, tuple(expander.story.config.meters),
                              0, report.beam_width).select(following)
        layer = following


def _record(report: RouteReport, edge: Edge, path: list[int], lines: int,
            needs: frozenset) -> None:
    ending_id, title, how = edge.ending
    route = Route(ending_id, title, path, lines, sorted(needs), how)
    if how == "dead_end":
        if ending_id not in report.dead_seen:
            report.dead_seen.add(ending_id)
            report.dead_ends.append(route)
        return
    known = report.routes.get(ending_id)
    if known is None or ((len(path), lines) < (len(known.choices), known.lines)
                         and set(route.requires) <= set(known.requires)):
        report.routes[ending_id] = route


def _replay_routes(json_text: str, config: StoryConfig, seed: int, seen: Iterable[str],
                   report: RouteReport) -> None:
    """Each route (and dead end) played through the engine from the start: its line count as
    a player reads it, and a check that it really ends where the search says. A route that
    relied on endings seen before (found in a later `has_seen` round) is played again
    without each of them in turn: one it reaches its ending without is not required."""
    for route in [*report.routes.values(), *report.dead_ends]:
        given = set(seen) | set(route.requires)
        lines = _replay(json_text, config, seed, given, route)
        if lines is None:
            raise StoryError(f"the route found to '{route.ending}' does not reach it when "
                             "played: please report this as a bug in the route search")
        for name in list(route.requires):
            fewer = _replay(json_text, config, seed, given - {name}, route)
            if fewer is not None:
                given.discard(name)
                lines = fewer
        route.requires = [name for name in route.requires if name in given]
        route.lines = lines


def _replay(json_text: str, config: StoryConfig, seed: int, seen: set[str],
            route: Route) -> int | None:
    """The lines a route shows when played with these endings seen, or None when it does
    not end in its ending."""
    story = Story(json_text, config=config, seed=seed, seen_endings=set(seen))
    lines = 0
    beat = story.next()
    try:
        for choice in [*route.choices, None]:
            while isinstance(beat, Line):
                lines += 1
                beat = story.next()
            if choice is None or isinstance(beat, EndingReached):
                break
            story.choose(choice - 1)
            beat = story.next()
    except StoryError:
        return None
    if not isinstance(beat, EndingReached) or beat.id != route.ending:
        return None
    return lines


# --- worker processes -----------------------------------------------------------------------

_WORKER: _Expander | None = None


def _worker_start(json_text: str, config: StoryConfig, seed: int) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the main process's to handle
    _WORKER = _Expander(json_text, config, seed)


def _worker_expand(shard: list, assumed: frozenset) -> list:
    assert _WORKER is not None
    _WORKER.set_assumed(assumed)
    try:
        return [(key, _WORKER.expand(text, options)) for key, text, options in shard]
    except StoryError as exc:
        return [("error", exc.message, exc.path, exc.line, exc.hint)]


class _Pool:
    """Worker processes, started the first time a layer is wide enough to pay for them."""

    SHARD = 24  # states per task: small enough to keep both cores busy and Ctrl+C quick

    def __init__(self, json_text: str, config: StoryConfig, seed: int, workers: int) -> None:
        self.args = (json_text, config, seed)
        self.workers = workers
        self.executor = None
        self.used = 1

    def expand(self, expander: _Expander, todo: list, assumed: frozenset, watch: _Watch,
               report: RouteReport) -> Iterable[tuple[bytes, list[Edge]]]:
        if self.workers > 1 and len(todo) >= PARALLEL_MIN:
            yield from self._parallel(todo, assumed, watch, report)
            return
        for key, text, options in todo:
            watch.tick()
            report.states += 1
            yield key, expander.expand(text, options)

    def _parallel(self, todo: list, assumed: frozenset, watch: _Watch,
                  report: RouteReport) -> Iterable[tuple[bytes, list[Edge]]]:
        if self.executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context,
                                                initializer=_worker_start,
                                                initargs=self.args)
            self.used = self.workers
        shards = [todo[i:i + self.SHARD] for i in range(0, len(todo), self.SHARD)]
        futures = [self.executor.submit(_worker_expand, shard, assumed) for shard in shards]
        for future in futures:
            while True:
                try:
                    results = future.result(timeout=0.1)
                    break
                except TimeoutError:
                    watch.tick()
            if results and results[0][0] == "error":
                _, message, path, line, hint = results[0]
                raise StoryError(message, path=path, line=line, hint=hint)
            report.states += len(results)
            watch.tick()
            yield from results

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None


# --- the explicit beam ----------------------------------------------------------------------

class _Beam:
    """Chooses which states of an over-wide layer to keep, only when a beam is asked for: one
    per place in the story first, then, along directions over the story's variables, the most
    extreme states — endings are gated on thresholds, so the extremes are the states that
    reach them. With meters declared in story.yaml, the directions are every sign combination
    of the meters (and each meter on its own), so a gate like "closeness high, openness low"
    always has states kept for it; other variables add small seeded components."""

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

    def select(self, layer: dict) -> dict:
        keys = [k for k, state in layer.items() if state is not None]
        vectors, places = [], []
        for key in keys:
            state = layer[key]
            values = _globals_of(state)
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
            # the best `share` not chosen yet are among the best share + len(chosen)
            ranked = heapq.nlargest(share + len(chosen), range(len(keys)),
                                    key=scores.__getitem__)
            taken = 0
            for index in ranked:
                if taken >= share:
                    break
                if index not in chosen:
                    chosen[index] = None
                    taken += 1
        return {keys[i]: layer[keys[i]] for i in sorted(chosen)}


def _number(value: object) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    return 0.0
