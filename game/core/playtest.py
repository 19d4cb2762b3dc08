"""Simulated players for writers: play a story many times and report what its choices do.

A route search (`routes`) answers "can an ending be reached at all"; a writer also needs to know
what ordinary players get — which endings random, lazy or single-minded readers land on, whether
menus read as a score (one option pays, the others do nothing), which lines nobody ever sees,
and how long the story keeps a reader without a choice. This module answers that by playing the
story through the core's `Story`, choosing with personas:

- `random`: any option, uniformly;
- `first` / `last`: always the first or the last option (the lazy readers);
- `raise:<meter>`: the option that raises that meter most (looking one step ahead);
- `raise-all`: the option that raises the sum of all meters most;
- `explore`: the option this menu has been left on least often so far (ties at random), the
  cheapest way to cover branches; `coverage()` (what `lint` calls) plays with it;
- personas declared in story.yaml under `playtest: personas:` as `{meter: weight}` maps.

"One step ahead" means: save the state, take the option, play to the next choice point or
ending, compare the variables, load the state back. Ties are broken by the run's own seeded
random, so a persona's runs differ while staying repeatable.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import inksource
from . import source as story_source
from .config import StoryConfig
from .story import Choices, EndingReached, Line, Story

if TYPE_CHECKING:  # routes is imported when a search is asked for
    from .routes import RouteReport

WORDS_PER_MINUTE = 200
MAX_BEATS = 200_000  # a play-through longer than this is a loop, not a story
_GLUE = re.compile(r"<>|\{[^{}]*\}|\[|\]")


@dataclass
class Persona:
    name: str
    weights: dict[str, float] | None = None  # None: not a meter-seeking persona
    pick: str = ""  # "random", "first", "last" for the fixed ones

    def wants_lookahead(self) -> bool:
        return self.weights is not None


@dataclass
class Step:
    """What one option of one menu does: meter changes, and an ending if it leads straight to
    one before the next choice point."""

    deltas: dict[str, int]
    ending: str | None
    state: str


@dataclass
class PersonaResult:
    name: str
    runs: int = 0
    endings: Counter = field(default_factory=Counter)
    lines: list[int] = field(default_factory=list)
    choices: list[int] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    chapter_meters: dict[str, list[dict[str, int]]] = field(default_factory=dict)
    offered: Counter = field(default_factory=Counter)  # endings one step ahead, over all runs

    def as_dict(self) -> dict:
        total = max(1, self.runs)
        meters = {}
        for chapter, samples in self.chapter_meters.items():
            names = sorted({name for sample in samples for name in sample})
            meters[chapter] = {name: round(statistics.mean(s.get(name, 0) for s in samples), 2)
                               for name in names}
        return {
            "runs": self.runs,
            "endings": {k: v for k, v in self.endings.most_common()},
            "ending_share": {k: round(v / total, 4) for k, v in self.endings.most_common()},
            "median_lines": _median(self.lines),
            "median_choices": _median(self.choices),
            "median_minutes": round(_median(self.words) / WORDS_PER_MINUTE, 1),
            "meters_at_chapter_start": meters,
            "endings_offered": sorted(self.offered),
        }


@dataclass
class PlaytestReport:
    personas: dict[str, PersonaResult] = field(default_factory=dict)
    menus: int = 0
    graded: list[str] = field(default_factory=list)  # file:line of graded menus
    dead_text: list[str] = field(default_factory=list)
    longest_stretch: int = 0
    longest_at: str = ""
    errors: list[str] = field(default_factory=list)
    # what the route search behind dead text covered (RouteReport.coverage), and whether the
    # endings it found are all there are; None: no search was asked for
    route_search: str | None = None
    routes_complete: bool = True

    def as_dict(self) -> dict:
        return {
            "personas": {name: result.as_dict() for name, result in self.personas.items()},
            "menus": self.menus,
            "graded_menus": {"count": len(self.graded), "share": round(
                len(self.graded) / max(1, self.menus), 4), "where": self.graded},
            "dead_text": self.dead_text,
            "longest_stretch_without_choice": {"lines": self.longest_stretch,
                                               "starts_at": self.longest_at},
            "errors": self.errors,
            "route_search": None if self.route_search is None else {
                "coverage": self.route_search, "complete": self.routes_complete},
        }

    def describe(self) -> str:
        out = []
        for name, result in self.personas.items():
            data = result.as_dict()
            shares = ", ".join(f"{k} {v:.0%}" for k, v in data["ending_share"].items())
            out.append(f"{name} ({result.runs} runs): {shares or 'no ending'}")
            out.append(f"  median {data['median_lines']} lines, {data['median_choices']} "
                       f"choices, {data['median_minutes']} min at {WORDS_PER_MINUTE} wpm")
            if data["endings_offered"]:
                out.append(f"  endings offered: {', '.join(data['endings_offered'])}")
            for chapter, meters in data["meters_at_chapter_start"].items():
                shown = " ".join(f"{k}={v:g}" for k, v in meters.items())
                out.append(f"  at {chapter}: {shown}")
        share = len(self.graded) / max(1, self.menus)
        out.append(f"graded menus: {len(self.graded)} of {self.menus} ({share:.0%})")
        out.extend(f"  {where}" for where in self.graded)
        out.append(f"dead text: {len(self.dead_text)} lines")
        out.extend(f"  {where}" for where in self.dead_text)
        if self.route_search is not None:
            out.append(f"  routes played too: {self.route_search}")
            if not self.routes_complete:
                out.append("  the route search stopped before it was complete: lines only "
                           "the routes it did not find reach may be listed as dead (give "
                           "--route-budget more seconds)")
        out.append(f"longest stretch without a choice: {self.longest_stretch} lines"
                   + (f" from {self.longest_at}" if self.longest_at else ""))
        out.extend(f"error: {message}" for message in self.errors)
        return "\n".join(out)


def _median(values: list[int]) -> float:
    return float(statistics.median(values)) if values else 0.0


def personas_for(config: StoryConfig, tracked: list[str], declared: dict | None = None
                 ) -> list[Persona]:
    """The built-in personas, then those declared in story.yaml (`playtest.personas`)."""
    found = [Persona("random", pick="random"), Persona("first", pick="first"),
             Persona("last", pick="last")]
    found += [Persona(f"raise:{meter}", {meter: 1.0}) for meter in tracked]
    if len(tracked) > 1:
        found.append(Persona("raise-all", {meter: 1.0 for meter in tracked}))
    for name, weights in (declared or config.playtest_personas).items():
        found.append(Persona(name, {k: float(v) for k, v in weights.items()}))
    return found


class _Locator:
    """file:line for what a play-through shows, from the ink sources: by line id first, else by
    the words. A story with only a compiled .json has no sources, and no locations."""

    def __init__(self, files: list[Path], shown_root: Path | None) -> None:
        self.lines: list[inksource.SourceLine] = []
        for path in files:
            if path.suffix == ".ink":
                self.lines.extend(inksource.scan(path))
        self.root = shown_root
        self.by_id = {line.line_id: line for line in self.lines if line.line_id}
        self.by_text: dict[str, inksource.SourceLine] = {}
        self.choices: dict[str, inksource.SourceLine] = {}
        for line in self.lines:
            key = _plain(line)
            self.by_text.setdefault(key, line)
        self.choice_lines = self._choice_texts(files)

    def _choice_texts(self, files: list[Path]) -> dict[str, list[tuple[Path, int]]]:
        """Choice text as a player sees it in a menu (the part before `]`, tags and diverts
        removed) -> where such choices are written."""
        found: dict[str, list[tuple[Path, int]]] = {}
        bullet = re.compile(r"^\s*(?:[*+]\s*)+(?:\(\w+\)\s*)?(?:\{[^{}]*\}\s*)*")
        for path in files:
            if path.suffix != ".ink":
                continue
            for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
                match = bullet.match(raw)
                if not match or not raw.lstrip().startswith(("*", "+")):
                    continue
                body = raw[match.end():].split("//")[0].split("#")[0]
                body = re.sub(r"->\s*[\w.]*", "", body)
                shown = body.split("]")[0] if "]" in body else body
                shown = _GLUE.sub("", shown).strip()
                if shown:
                    found.setdefault(_squash(shown), []).append((path, number))
        return found

    def where(self, path: Path, number: int) -> str:
        try:
            shown = path.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            shown = path
        return f"{shown}:{number}"

    def line(self, line: Line) -> str:
        found = self.by_id.get(line.line_id) if line.line_id else None
        if found is None:
            found = self.by_text.get(_squash(line.text))
        return self.where(found.path, found.number) if found else ""

    def menu(self, texts: tuple[str, ...]) -> str:
        places = [self.choice_lines.get(_squash(text), []) for text in texts]
        for place in places:
            if len(place) == 1:
                return self.where(*place[0])
        for place in places:
            if place:
                return self.where(*place[0])
        return "(menu: " + " | ".join(texts) + ")"


def _squash(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def _plain(line: inksource.SourceLine) -> str:
    text = line.text
    if line.speaker and text.startswith(line.speaker + ":"):
        text = text[len(line.speaker) + 1:]
    return _squash(_GLUE.sub(" ", text))


class Playtester:
    def __init__(self, story: Story, tracked: list[str], locator: _Locator | None) -> None:
        self.story = story
        self.tracked = tracked
        self.locator = locator
        self.seen_ids: set[str] = set()
        self.seen_texts: set[str] = set()
        self.graded_keys: dict[tuple, bool] = {}
        self.graded_where: dict[tuple, str] = {}
        self.longest = 0
        self.longest_at: Line | None = None
        self.seen_raw: set[str] = set()  # squashed once, at the end: most lines repeat
        self.errors: set[str] = set()
        self.grading = True  # look one step ahead at each new menu to find graded ones
        self.deadline: float | None = None  # time.monotonic() past which a play stops
        self.pool: dict[str, list[str]] | None = None  # states at chapter starts, if kept
        self.menu_pool: dict[tuple, list[str]] | None = None  # states at menus, if kept
        self.taken: dict[tuple, list[int]] = {}  # the explorer's count per menu and option

    def values(self) -> dict[str, int]:
        out = {}
        for name in self.tracked:
            value = self.story.get(name)
            if isinstance(value, bool):
                value = int(value)
            if isinstance(value, (int, float)):
                out[name] = int(value)
        return out

    def lookahead(self, here: str, count: int) -> list[Step]:
        """What each option does, played to the next menu or ending; leaves the story at `here`
        (its choice point already rebuilt by the caller's next `next()`)."""
        before = self.values()
        steps = []
        for index in range(count):
            state = self.story.state_after_choice(here, index)
            ending = None
            beats = 0
            beat = self.story.next()
            while isinstance(beat, Line) and beats < MAX_BEATS:
                beats += 1
                beat = self.story.next()
            if isinstance(beat, EndingReached):
                ending = beat.id if beat.how != "dead_end" else None
            after = self.values()
            deltas = {k: after.get(k, 0) - before.get(k, 0) for k in after
                      if after.get(k, 0) != before.get(k, 0)}
            steps.append(Step(deltas, ending, state))
        return steps

    def play(self, persona: Persona, seed: int, result: PersonaResult,
             start: str | None = None) -> None:
        """One play-through from the beginning, or from `start` (a saved state)."""
        story = self.story
        rng = random.Random(seed)
        if start is None:
            story.reset(seed)
        else:
            story.load_state(start)
        lines = choices = words = stretch = 0
        stretch_start: Line | None = None
        beats = 0
        while True:
            beats += 1
            if beats > MAX_BEATS:
                self.errors.add(f"{persona.name}: more than {MAX_BEATS} beats; a loop?")
                break
            if self.deadline is not None and beats % 500 == 0 and time.monotonic() > self.deadline:
                self.errors.add(f"{persona.name}: out of time after {beats} beats")
                break
            beat = story.next()
            if isinstance(beat, Line):
                if beat.tags.chapter:
                    result.chapter_meters.setdefault(beat.tags.chapter, []).append(
                        self.values())
                    kept = None if self.pool is None else self.pool.setdefault(
                        beat.tags.chapter, [])
                    if kept is not None and len(kept) < 48:
                        kept.append(story.save_state())
                if not beat.text:
                    continue
                lines += 1
                words += len(beat.text.split())
                if beat.line_id:
                    self.seen_ids.add(beat.line_id)
                self.seen_raw.add(beat.text)
                if stretch == 0:
                    stretch_start = beat
                stretch += 1
                continue
            if stretch > self.longest:
                self.longest, self.longest_at = stretch, stretch_start
            stretch = 0
            if isinstance(beat, EndingReached):
                result.endings[beat.id] += 1
                for message in story.errors:
                    self.errors.add(message)
                break
            choices += 1
            self._choose(persona, beat, rng, result)
        result.runs += 1
        result.lines.append(lines)
        result.choices.append(choices)
        result.words.append(words)

    def _choose(self, persona: Persona, menu: Choices, rng: random.Random,
                result: PersonaResult) -> None:
        story = self.story
        texts = tuple(choice.text for choice in menu)
        for text in texts:
            self.seen_texts.add(_squash(text))
        key = texts
        if self.menu_pool is not None and len(texts) > 1:
            kept = self.menu_pool.setdefault(key, [])
            if len(kept) < 3:  # a few pasts per menu: rare menus weigh as much as common ones
                kept.append(story.save_state())
                story.load_state(kept[-1])
                story.next()  # rebuild the choice point the load cleared
        steps = None
        grade = self.grading and key not in self.graded_keys and len(texts) > 1
        if persona.wants_lookahead() or grade:
            here = story.save_state()
            steps = self.lookahead(here, len(texts))
            story.load_state(here)
            story.next()  # rebuild the choice point the load cleared
            if grade:
                self.graded_keys[key] = _is_graded(steps)
                if self.graded_keys[key] and self.locator:
                    self.graded_where[key] = self.locator.menu(texts)
                elif self.graded_keys[key]:
                    self.graded_where[key] = "(menu: " + " | ".join(texts) + ")"
            for step in steps:
                if step.ending:
                    result.offered[step.ending] += 1
        if persona.pick == "first":
            index = 0
        elif persona.pick == "last":
            index = len(texts) - 1
        elif persona.pick == "explore":
            taken = self.taken.setdefault(key, [0] * len(texts))
            least = min(taken)
            index = rng.choice([i for i, count in enumerate(taken) if count == least])
            taken[index] += 1
        elif persona.weights is None or steps is None:
            index = rng.randrange(len(texts))
        else:
            scores = [sum(w * step.deltas.get(m, 0) for m, w in persona.weights.items())
                      for step in steps]
            best = max(scores)
            index = rng.choice([i for i, s in enumerate(scores) if s == best])
        story.choose(index)


def _is_graded(steps: list[Step]) -> bool:
    """One option raises a meter and no other option raises anything: a menu that reads as a
    score, not as a choice of attitude."""
    raising = [any(d > 0 for d in step.deltas.values()) for step in steps]
    return sum(raising) == 1


def tracked_variables(story: Story) -> list[str]:
    """The meters story.yaml declares, else every numeric global (a plain ink story's state)."""
    if story.config.meters:
        return [m for m in story.config.meters if m in story.variable_names]
    names = []
    for name, value in story.variables.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            names.append(name)
    return names


def run(path: str | Path | None = None, *, runs: int = 1000, seed: int = 0,
        persona_runs: int | None = None, seen: set[str] | None = None,
        route_budget: float | None = 5.0, personas: list[str] | None = None) -> PlaytestReport:
    """Play the story `runs` times at random and `persona_runs` times (default runs/50, at
    least 5) with every other persona; find dead text using both those plays and the route
    search's routes (within `route_budget` seconds; None skips the search)."""
    loaded = story_source.load(path)
    story = Story(loaded.json_text, config=loaded.config, seed=seed,
                  seen_endings=seen or set(), source=loaded.source)
    files = [f for f in loaded.source.watch_files if f.suffix == ".ink"]
    locator = _Locator(files, loaded.source.folder) if files else None
    tracked = tracked_variables(story)
    tester = Playtester(story, tracked, locator)
    report = PlaytestReport()
    each = persona_runs if persona_runs is not None else max(5, runs // 50)
    for number, persona in enumerate(personas_for(loaded.config, tracked)):
        if personas and persona.name not in personas:
            continue
        result = PersonaResult(persona.name)
        count = runs if persona.pick == "random" else (1 if persona.pick else each)
        for run_number in range(count):
            tester.play(persona, seed * 1_000_003 + number * 10_007 + run_number, result)
        report.personas[persona.name] = result
    if "has_seen" in loaded.json_text and len(tracked) > 1 and not personas:
        # a returning player: every ending already seen, so secret endings and the lines only
        # they unlock are played too (and do not count as dead text)
        veteran = Persona("raise-all+seen", {meter: 1.0 for meter in tracked})
        result = PersonaResult(veteran.name)
        story.seen_endings = set(loaded.config.endings) | set(seen or ())
        for run_number in range(each):
            tester.play(veteran, seed * 1_000_003 + 99_991 + run_number, result)
        story.seen_endings = set(seen or ())
        report.personas[veteran.name] = result
    if route_budget is not None:
        found = _play_routes(loaded, tester, seed, route_budget, seen or set())
        report.route_search, report.routes_complete = found.coverage(), found.complete
    report.menus = len(tester.graded_keys)
    report.graded = sorted(tester.graded_where.values(), key=_location_order)
    report.longest_stretch = tester.longest
    if tester.longest_at is not None:
        report.longest_at = (locator.line(tester.longest_at) if locator else ""
                             ) or tester.longest_at.text[:60]
    tester.seen_texts |= {_squash(text) for text in tester.seen_raw}
    report.errors = sorted(tester.errors)
    if locator:
        report.dead_text = dead_text(locator, tester.seen_ids, tester.seen_texts)
    return report


@dataclass
class Coverage:
    """What `coverage()` found: source lines no play showed, and how far it got."""

    dead_text: list[str] = field(default_factory=list)
    runs: int = 0
    wanted: int = 0
    seconds: float = 0.0
    last_new: int = -1  # the last play-through that showed a line none before it had

    @property
    def complete(self) -> bool:
        return self.runs >= self.wanted

    @property
    def settled(self) -> bool:
        """The later half of the play-throughs (at least ten) showed nothing new: what is still
        unseen is then very likely dead, not merely rare. Random play proves nothing, so a
        story still showing new lines late gets its unseen lines as a note, not a warning."""
        return self.runs - 1 - self.last_new >= max(10, self.runs // 2)


def coverage(loaded: story_source.LoadedStory, *, runs: int = 160, seed: int = 0,
             time_budget: float | None = 8.0, routes: Iterable = ()) -> Coverage:
    """Dead text for `lint`, at a bounded cost: the routes a search already found, then up to
    `runs` explorer play-throughs (every other one as a returning player who has seen every
    ending, so secret branches count) until `time_budget` seconds are spent. Explorer runs
    cover a story's branches far sooner than random ones: each menu is left on the option it
    was left on least. A story with no ink sources has no lines to locate: nothing is dead."""
    files = [f for f in loaded.source.watch_files if f.suffix == ".ink"]
    found = Coverage(wanted=runs)
    if not files:
        return found
    started = time.monotonic()
    story = Story(loaded.json_text, config=loaded.config, seed=seed, seen_endings=set(),
                  source=loaded.source)
    locator = _Locator(files, loaded.source.folder)
    tester = Playtester(story, tracked_variables(story), locator)
    tester.grading = False
    if time_budget is not None:
        tester.deadline = started + time_budget
    scratch = PersonaResult("coverage")
    _replay(tester, routes, seed, set(), scratch)
    everything = set(loaded.config.endings)
    attitudes = random.Random(seed)
    tester.pool = {}
    tester.menu_pool = {}
    seen_before = len(tester.seen_ids) + len(tester.seen_raw)  # what the routes showed
    for number in range(runs):
        if time_budget is not None and time.monotonic() - started > time_budget:
            break
        story.seen_endings = everything if number % 2 == 0 else set()
        start = None
        if number % 3 == 1 and tester.pool:
            # one run in three picks up at a chapter some earlier run reached, with that run's
            # choices behind it, and one in three at a menu some run met (every menu equally
            # likely, however rare): late and rare branches get many more looks for the time,
            # under many different pasts
            chapter = attitudes.choice(sorted(tester.pool))
            start = attitudes.choice(tester.pool[chapter])
        elif number % 3 == 2 and tester.menu_pool:
            menu = attitudes.choice(list(tester.menu_pool))
            start = attitudes.choice(tester.menu_pool[menu])
        tester.play(_coverage_persona(number, tester.tracked, attitudes),
                    seed * 1_000_003 + number, scratch, start)
        found.runs += 1
        seen = len(tester.seen_ids) + len(tester.seen_raw)
        if seen > seen_before:
            seen_before, found.last_new = seen, number
    tester.seen_texts |= {_squash(text) for text in tester.seen_raw}
    found.dead_text = dead_text(locator, tester.seen_ids, tester.seen_texts)
    found.seconds = time.monotonic() - started
    return found


def _coverage_persona(number: int, tracked: list[str], attitudes: random.Random) -> Persona:
    """The n-th reader of a coverage pass: first one who raises every meter (as a returning
    player: the secret branches), then mostly explorers and random readers, and every fourth
    a reader with a settled attitude — seeks some meters, avoids others, all run long — which
    is what reaches text behind a meter's threshold (wandering rarely does)."""
    if tracked and number == 0:
        return Persona("raise-all", {meter: 1.0 for meter in tracked})
    if tracked and number % 4 == 3:
        return Persona("attitude", {meter: float(attitudes.choice((-1, 0, 1)))
                                    for meter in tracked})
    return Persona("explore", pick="explore") if number % 4 else Persona("random", pick="random")


def _replay(tester: Playtester, routes: Iterable, seed: int, seen: set[str],
            scratch: PersonaResult) -> None:
    for route in routes:
        tester.story.seen_endings = set(route.requires) | seen
        script = [c - 1 for c in route.choices]
        _ScriptedPlay(tester, script).play(Persona("route", pick="script"), seed, scratch)
    tester.story.seen_endings = set(seen)


def _play_routes(loaded: story_source.LoadedStory, tester: Playtester, seed: int,
                 budget: float, seen: set[str]) -> RouteReport:
    """Every route the search finds is played once more, so that a line only one careful
    route reaches does not count as dead. The search is `routes`' own, which stops once
    every ending has a route (a few seconds on the shipped story, where a beam of 400 used
    to run out of its 5 s with `reset` and its 24 lines still unseen); its report says
    whether it got that far."""
    from .routes import explore

    found = explore(loaded.json_text, loaded.config, seed=seed, seen=seen, time_budget=budget)
    scratch = PersonaResult("routes")
    _replay(tester, found.routes.values(), seed, seen, scratch)
    return found


class _ScriptedPlay:
    def __init__(self, tester: Playtester, script: list[int]) -> None:
        self.tester, self.script = tester, list(script)

    def play(self, persona: Persona, seed: int, result: PersonaResult) -> None:
        tester = self.tester
        original = tester._choose

        def scripted(_persona, menu, _rng, _result):
            for choice in menu:
                tester.seen_texts.add(_squash(choice.text))
            index = self.script.pop(0) if self.script else 0
            tester.story.choose(min(index, len(menu) - 1))

        tester._choose = scripted  # type: ignore[method-assign]
        try:
            tester.play(persona, seed, result)
        finally:
            tester._choose = original  # type: ignore[method-assign]


def dead_text(locator: _Locator, seen_ids: set[str], seen_texts: set[str]) -> list[str]:
    """Source lines no play showed: by id when the line has one, else by its words (for a line
    with inline logic, by its longest literal stretch)."""
    haystack = "\n".join(seen_texts)
    dead = []
    for line in locator.lines:
        if line.line_id:
            if line.line_id in seen_ids:
                continue
        else:
            plain = _plain(line)
            if plain in seen_texts:
                continue
            pieces = [p.strip() for p in re.split(r"\{[^{}]*\}|<>|\[|\]", line.text)]
            longest = max(pieces, key=len, default="")
            if line.speaker and longest.startswith(line.speaker + ":"):
                longest = longest[len(line.speaker) + 1:]
            if len(longest) < 8 or _squash(longest) in haystack:
                continue
        dead.append(locator.where(line.path, line.number))
    return dead


def _location_order(where: str) -> tuple:
    name, _, number = where.rpartition(":")
    return (name, int(number)) if number.isdigit() else (where, 0)
