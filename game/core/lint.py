"""Static and dynamic checks of a story, each finding as `path:line: error|warning: message`.

Static: compile errors and warnings, line ids (missing, duplicated), speakers, tags, endings
declared in story.yaml against endings tagged in ink. Dynamic: the route finder's endings never
reached, dead ends and runtime errors, and dead text — source lines that neither the route
finder's routes nor a bounded set of simulated play-throughs (`playtest.coverage`) ever show.
Checks from other areas (voice clips) come from the caller — `lint(extra_checks=…)` or
`register_check` — so the core never imports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import inksource
from . import source as story_source
from .compiler import Diagnostic, compile_ink, source_files
from .config import StoryConfig, load_config
from .errors import CompileError, ConfigError, StoryError
from .files import atomic_write_text
from .modlint import mod_lint
from .routes import RouteReport, ending_set, explore
from .tags import KNOWN_KEYS, KNOWN_MOODS, MAX_PAUSE, split_tag

Check = Callable[[story_source.StorySource, StoryConfig], list[Diagnostic]]
# (source, config) -> findings; what callers registered for every lint in this process
EXTRA_CHECKS: list[Check] = []


def register_check(check: Check) -> Check:
    """Add an area's check to every later `lint()`; returns it, so it works as a decorator."""
    if check not in EXTRA_CHECKS:
        EXTRA_CHECKS.append(check)
    return check


@dataclass
class LintReport:
    findings: list[Diagnostic] = field(default_factory=list)
    fixed: int = 0
    coverage: str = ""  # what the route search covered, e.g. "explored 480 states in 0.1 s"
    routes: list = field(default_factory=list)  # the routes that search found, replayed for
    # the dead-text check
    plays: str = ""  # what the dead-text check played, e.g. "60 play-throughs in 4.1 s"

    @property
    def errors(self) -> list[Diagnostic]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [f for f in self.findings if f.severity == "warning"]


DEAD_TEXT_RUNS = 60  # play-throughs for the dead-text check; a deep lint plays DEEP_RUNS
DEEP_RUNS = 400
DEAD_TEXT_BUDGET = 12.0  # seconds (at most 4x the route budget); past it the check stops, and
# says its findings are unsure


def lint(path: str | Path | None = None, *, fix_ids: bool = False,
         max_states: int = 200_000, extra_checks: Iterable[Check] = (),
         time_budget: float | None = 3.0, progress: Callable | None = None,
         dead_text_runs: int | None = None) -> LintReport:
    """Every finding for the story at `path`; `extra_checks` run after the core's own. The
    route search is the slow part: it stops after `time_budget` seconds (None: until done or
    `max_states`), and `report.coverage` says how far it got. Dead text is looked for in
    `dead_text_runs` play-throughs (default DEAD_TEXT_RUNS, or DEEP_RUNS with no time budget;
    0 skips the check), within DEAD_TEXT_BUDGET seconds (or four times `time_budget`, if less)
    unless the lint is deep."""
    report = LintReport()
    source = story_source.resolve(path)
    try:
        config = load_config(source.config_path) if source.config_path else StoryConfig.default()
    except ConfigError as exc:
        report.findings.append(Diagnostic(exc.path or "story.yaml", exc.line, "error",
                                          exc.message))
        config = StoryConfig.default()
    json_text = None
    if source.ink:
        shown = str(source.ink)
        files, problems = source_files(source.ink, shown)
        report.findings.extend(problems)
        if fix_ids and not problems:
            mod = getattr(source, "mod", None)
            report.fixed = _fix_ids(files, mod.id_prefix if mod else None)
        try:
            result = compile_ink(source.ink, display=shown)
        except CompileError as exc:
            report.findings.extend(exc.diagnostics)
            return report
        json_text = result.json_text
        report.findings.extend(d for d in result.diagnostics if d.severity != "info")
        report.findings.extend(_check_sources(files, source.ink, shown, config))
        from .translation import translation_lint

        report.findings.extend(translation_lint(source.folder, source.ink, config))
    elif source.json:
        json_text = story_source.read_json(source.json)
    if json_text is not None:
        report.findings.extend(_check_meters(json_text, config))
        report.findings.extend(_check_runtime(json_text, config, source, max_states,
                                              time_budget, progress, report))
        runs = dead_text_runs if dead_text_runs is not None else (
            DEAD_TEXT_RUNS if time_budget is not None else DEEP_RUNS)
        if runs and source.ink:
            report.findings.extend(_check_dead_text(
                json_text, config, source, report, runs,
                min(DEAD_TEXT_BUDGET, 4 * time_budget) if time_budget is not None else None))
    for check in _checks(extra_checks):
        try:
            report.findings.extend(check(source, config))
        except ConfigError:
            continue  # story.yaml's own error is reported above, with its line
    return report


def _checks(extra: Iterable[Check]) -> list[Check]:
    """Assets a mod's tags name, then what callers registered or passed (each once)."""
    chosen = list(dict.fromkeys([*EXTRA_CHECKS, *extra]))
    return [lambda source, config: mod_lint(source), *chosen]


def _fix_ids(files: list[Path], prefix: str | None = None) -> int:
    taken = {line.line_id for path in files for line in inksource.scan(path) if line.line_id}
    before = sum(1 for path in files for line in inksource.scan(path) if not line.line_id)
    for path, text in inksource.add_missing_ids(files, taken, prefix).items():
        atomic_write_text(path, text, keep_previous=False)
    after = sum(1 for path in files for line in inksource.scan(path) if not line.line_id)
    return before - after


def _shown(path: Path, entry: Path, shown_entry: str) -> str:
    try:
        return str(Path(shown_entry).parent / path.relative_to(entry.parent))
    except ValueError:
        return str(path)


def _check_sources(files: list[Path], entry: Path, shown_entry: str,
                   config: StoryConfig) -> list[Diagnostic]:
    findings = []
    uses_ids = bool(config.characters)
    scanned = [(path, inksource.scan(path)) for path in files]
    uses_ids = uses_ids or any(line.line_id for _, lines in scanned for line in lines)
    first_seen: dict[str, str] = {}
    tagged_endings: dict[str, str] = {}
    for path, lines in scanned:
        shown = _shown(path, entry, shown_entry)
        for line in lines:
            where = f"{shown}:{line.number}"
            if uses_ids and line.line_id is None and not line.is_choice:
                findings.append(Diagnostic(shown, line.number, "warning",
                                           "line has no #id: tag (run lint --fix-ids)"))
            if line.line_id:
                if line.line_id in first_seen:
                    findings.append(Diagnostic(shown, line.number, "error",
                                               f"duplicate line id '{line.line_id}' "
                                               f"(first at {first_seen[line.line_id]})"))
                else:
                    first_seen[line.line_id] = where
            if line.speaker and config.characters and not config.speaker_for(line.speaker):
                findings.append(Diagnostic(shown, line.number, "warning",
                                           f"unknown speaker '{line.speaker}' (not a character "
                                           "in story.yaml)"))
            findings.extend(_check_tags(line, shown, config, tagged_endings, where))
            if not line.is_choice and any(split_tag(t)[0] == "note" for t in line.tags):
                findings.append(Diagnostic(shown, line.number, "warning", "#note: is shown "
                                           "only on a choice: put it inside the choice's []"))
        findings.extend(_tag_only_lines(path, shown, config, tagged_endings))
        findings.extend(_choice_tags(path, shown))
    if config.endings:
        for ending_id, where in sorted(tagged_endings.items()):
            if ending_id not in config.endings:
                path, _, number = where.rpartition(":")
                findings.append(Diagnostic(path, int(number), "warning",
                                           f"ending '{ending_id}' is not in story.yaml"))
        for ending_id in config.endings:
            if ending_id not in tagged_endings:
                findings.append(Diagnostic(config.path or "story.yaml", None, "warning",
                                           f"ending '{ending_id}' is declared but no line is "
                                           f"tagged #ending:{ending_id}"))
    return findings


def _check_tags(line: inksource.SourceLine, shown: str, config: StoryConfig,
                tagged_endings: dict[str, str], where: str) -> list[Diagnostic]:
    findings = []
    for tag in line.tags:
        key, value = split_tag(tag)
        if key == "ending" and value:
            tagged_endings.setdefault(value, where)
        elif key == "chapter" and config.chapters and value not in config.chapters:
            findings.append(Diagnostic(shown, line.number, "warning",
                                       f"chapter '{value}' is not in story.yaml"))
        elif key == "speaker" and config.characters and not config.speaker_for(value):
            findings.append(Diagnostic(shown, line.number, "warning",
                                       f"#speaker:{value} is not a character in story.yaml "
                                       f"(known: {', '.join(sorted(config.characters))})"))
        elif key == "mood" and value.lower() not in KNOWN_MOODS:
            findings.append(Diagnostic(shown, line.number, "warning",
                                       f"unknown mood '#mood:{value}'; the window knows "
                                       f"{', '.join(KNOWN_MOODS)}"))
        elif key == "pause":
            findings.extend(_check_pause(value, shown, line.number))
        elif key not in KNOWN_KEYS:
            findings.append(Diagnostic(shown, line.number, "warning", f"unknown tag '#{tag}'"))
    return findings


def _check_pause(value: str, shown: str, number: int) -> list[Diagnostic]:
    try:
        seconds = float(value)
    except ValueError:
        return [Diagnostic(shown, number, "warning",
                           f"#pause:{value} is not a number of seconds")]
    if seconds > MAX_PAUSE:
        return [Diagnostic(shown, number, "warning", f"#pause:{value} is longer than "
                           f"{MAX_PAUSE:g} seconds; the game cuts it to {MAX_PAUSE:g}")]
    return []


def _check_meters(json_text: str, config: StoryConfig) -> list[Diagnostic]:
    """A meter in story.yaml shows a VAR of the ink; one with no such VAR would stay empty."""
    from .compiled import CompiledStory

    names = set(CompiledStory(json_text).globals)
    return [Diagnostic(config.path or "story.yaml", config.line_of(f"meters.{meter}"),
                       "warning", f"meter '{meter}' has no VAR {meter} in the ink")
            for meter in config.meters if meter not in names]


def _choice_tags(path: Path, shown: str) -> list[Diagnostic]:
    """Tags inside a choice's brackets, checked like line tags: an unknown one is kept and
    passed on (`text --json`, `Choice.tags`), but lint says so in case it is a typo."""
    findings = []
    for number, tags in inksource.bracket_choice_tags(path.read_text(encoding="utf-8-sig")):
        for tag in tags:
            if split_tag(tag)[0] not in KNOWN_KEYS:
                findings.append(Diagnostic(shown, number, "warning", f"unknown choice tag "
                                           f"'#{tag}' (passed on to tools; the window shows "
                                           "only #note:)"))
    return findings


def _tag_only_lines(path: Path, shown: str, config: StoryConfig,
                    tagged_endings: dict[str, str]) -> list[Diagnostic]:
    """Tags on lines of their own (`#bg:street`) attach to the next line; check them too."""
    findings = []
    for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        stripped = raw.strip()
        if not stripped.startswith("#"):
            continue
        fake = inksource.SourceLine(path, number, "", None,
                                    tuple(t.strip() for t in stripped.split("#") if t.strip()),
                                    None)
        if all(split_tag(t)[0] in ("title", "author", "version") for t in fake.tags):
            continue
        findings.extend(_check_tags(fake, shown, config, tagged_endings, f"{shown}:{number}"))
    return findings


def _check_runtime(json_text: str, config: StoryConfig, source: story_source.StorySource,
                   max_states: int, time_budget: float | None, progress: Callable | None,
                   lint_report: LintReport) -> list[Diagnostic]:
    shown = str(source.ink or source.json)
    try:
        report, towards = _search(json_text, config, max_states, time_budget, progress)
    except StoryError as exc:
        return [Diagnostic(shown, None, "error", f"the story cannot be played: {exc.message}")]
    lint_report.coverage = report.coverage() if towards is None else (
        f"{report.coverage()}; then towards the endings, {towards.coverage()}")
    if towards is not None:  # the endings it reached, and what it met on the way there
        for ending_id, route in towards.routes.items():
            report.routes.setdefault(ending_id, route)
        report.unreached = [e for e in report.unreached if e not in report.routes]
        report.dead_ends += [d for d in towards.dead_ends if d.ending not in
                             {known.ending for known in report.dead_ends}]
        report.errors += [e for e in towards.errors if e["message"] not in
                          {known["message"] for known in report.errors}]
    complete = report.complete or (towards is not None and towards.complete)
    lint_report.routes = list(report.routes.values())
    if progress is not None and hasattr(progress, "done"):
        progress.done(report)
    findings = []
    for dead in report.dead_ends:
        findings.append(Diagnostic(shown, None, "error",
                                   f"dead end in '{dead.ending}': the story runs out of content "
                                   f"after --choose {','.join(map(str, dead.choices))}"))
    for error in report.errors:
        findings.append(Diagnostic(shown, None, "error", f"runtime error: {error['message']} "
                                   f"(after --choose {','.join(map(str, error['choices']))})"))
    for ending_id in report.unreached:
        findings.append(Diagnostic(config.path or shown, None, "warning" if complete else "info",
                                   f"ending '{ending_id}' is never reached"
                                   + ("" if complete else " by the route search (incomplete)")))
    if report.bound_hit:
        findings.append(Diagnostic(shown, None, "info", f"route search stopped at "
                                   f"{max_states} states; raise --max-states for more"))
    elif report.budget_hit:
        findings.append(Diagnostic(shown, None, "info", "route search stopped at its time "
                                   "budget; run lint --deep for the full search"))
    return findings



LINT_BEAM = 400  # states kept per wide layer by the budgeted sweep (the coverage line says)


def _search(json_text: str, config: StoryConfig, max_states: int, time_budget: float | None,
            progress: Callable | None) -> tuple[RouteReport, RouteReport | None]:
    """The route search lint reports, and the search towards the endings after it (None when
    there was none). First every state breadth-first (--deep, no budget: all of them), as a
    dead end or runtime error is a finding wherever it is; within a budget, wide layers keep
    a beam, which covers a small story's depth. When that leaves endings unreached, the
    search `routes` makes, ordered towards the endings, looks for them in a budget of its
    own: breadth-first alone never got past a long story's first chapters in its budget, and
    called every ending of the shipped story unreached."""
    sweep = explore(json_text, config, max_states=max_states, time_budget=time_budget,
                    progress=progress, beam_width=None if time_budget is None else LINT_BEAM,
                    all_states=True)
    if sweep.complete or time_budget is None:
        return sweep, None
    named = ending_set(json_text).names  # None: not known before playing, nothing to settle
    if not named or named <= set(sweep.routes):
        return sweep, None
    return sweep, explore(json_text, config, max_states=max_states, time_budget=time_budget,
                          progress=progress)


MAX_UNSURE_LINES = 5  # unsure dead-text lines listed one by one; more are summed up


def _check_dead_text(json_text: str, config: StoryConfig, source: story_source.StorySource,
                     lint_report: LintReport, runs: int, budget: float | None
                     ) -> list[Diagnostic]:
    """Lines no play shows, at `file:line`: a warning when every planned play-through ran, an
    info line (with what was played) when the time budget cut the check short, since a rare
    line may then simply not have come up yet."""
    from .playtest import coverage

    loaded = story_source.LoadedStory(json_text, config, source)
    try:
        found = coverage(loaded, runs=runs, time_budget=budget, routes=lint_report.routes)
    except StoryError as exc:
        return [Diagnostic(str(source.ink), None, "error",
                           f"the story cannot be played: {exc.message}")]
    routes = len(lint_report.routes)
    lint_report.plays = (f"{found.runs} play-throughs and {routes} "
                         f"route{'' if routes == 1 else 's'} in {found.seconds:.1f} s")
    sure = found.complete and found.settled
    if not sure and len(found.dead_text) > MAX_UNSURE_LINES:
        # a large story whose play-throughs still find new lines: one note, not a wall of
        # warnings about lines that are most likely only rare
        first = ", ".join(found.dead_text[:3])
        return [Diagnostic(str(source.ink), None, "info",
                           f"{len(found.dead_text)} lines were not shown by "
                           f"{found.runs} play-throughs, which were still finding new lines "
                           f"(first: {first}); rare or dead: run `playtest --runs 1000` to "
                           "be sure")]
    severity = "warning" if sure else "info"
    unsure = "" if sure else (f" in the {found.runs} play-throughs the time allowed "
                              "(run lint --deep, or playtest, to be sure)")
    findings = []
    for where in found.dead_text:
        path, _, number = where.rpartition(":")
        findings.append(Diagnostic(path, int(number) if number.isdigit() else None, severity,
                                   "dead text: no play-through or route shows this line"
                                   + unsure))
    return findings
