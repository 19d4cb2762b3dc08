"""Speedrun categories: when a run is complete, decided from the endings reached in it.

A category is named by a short id, as run files and the profile's best times store it:
`any` (the first ending), `ending:<id>` (that ending), `all` (every ending, as consecutive
play-throughs in one run), `true` (`beyond`, with `rooftop` reached earlier in the same run).
A category may fix a seed (`--seed N` in speedrun mode), so every runner plays the very same
game; a seeded category keeps its own personal best ("Any% (seed 42)", key `any@seed=42`), apart
from the unseeded one, since a known seed is a different race.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.errors import HerError

TRUE_ENDING = "beyond"
TRUE_REQUIRES = "rooftop"


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    seed: int | None = None  # fixed for a seeded category; None = a new seed per run

    @property
    def key(self) -> str:
        """Where the profile keeps this category's personal best and best segments."""
        return self.id if self.seed is None else f"{self.id}@seed={self.seed}"

    def complete(self, endings: list[str], all_endings: list[str]) -> bool:
        """True once `endings` (reached in order in this run) finish the category."""
        if not endings:
            return False
        if self.id == "any":
            return True
        if self.id == "all":
            return set(all_endings) <= set(endings)
        if self.id == "true":
            return endings[-1] == TRUE_ENDING and TRUE_REQUIRES in endings[:-1]
        return self.id.startswith("ending:") and endings[-1] == self.id.split(":", 1)[1]


def categories(config) -> list[Category]:  # noqa: ANN001 — a StoryConfig
    """Every category the story offers, in the order the title screen cycles through them."""
    found = [Category("any", "Any%")]
    found += [Category(f"ending:{e.id}", e.title) for e in config.endings.values()]
    if len(config.endings) > 1:
        found.append(Category("all", "All Endings"))
    if TRUE_ENDING in config.endings and TRUE_REQUIRES in config.endings:
        found.append(Category("true", "True Ending"))
    return found


def category(config, name: str, seed: int | None = None) -> Category:  # noqa: ANN001
    """The category called `name` (e.g. `any`, `ending:letter`, `all`, `true`)."""
    for found in categories(config):
        if found.id == name:
            title = found.title if seed is None else f"{found.title} (seed {seed})"
            return Category(found.id, title, seed)
    known = ", ".join(c.id for c in categories(config))
    raise HerError(f"no speedrun category '{name}'", hint=f"one of: {known}")


ANY_ENDING = "ending:*"  # a split that any ending takes


def timer_splits(config, chosen: Category) -> list[str]:  # noqa: ANN001 — a StoryConfig
    """The splits a timer (LiveSplit) shows for a category, in order: every chapter start but
    the run's very first (that is the timer starting), then the ending — once per play-through
    for All Endings (or `true`, which plays `rooftop` before `beyond`). Names are the run's own
    split names; `ending:*` stands for whichever ending comes. A route that skips a chapter
    leaves its split skipped, never shifted."""
    chapters = [f"chapter:{c}" for c in config.chapters]
    if chosen.id == "all":
        endings = [ANY_ENDING] * max(1, len(config.endings))
    elif chosen.id == "true":
        endings = [f"ending:{TRUE_REQUIRES}", f"ending:{TRUE_ENDING}"]
    elif chosen.id.startswith("ending:"):
        endings = [chosen.id]
    else:
        endings = [ANY_ENDING]
    names: list[str] = []
    for number, ending in enumerate(endings):
        names += chapters[1:] if number == 0 else chapters
        names.append(ending)
    return names


def timer_index(names: list[str], done: int, split: str) -> int | None:
    """Which of `names` the run's split `split` is, looking on from `done` splits in; None when
    it is none of them (a chapter the story.yaml does not list, or a run's first split)."""
    for index in range(done, len(names)):
        wanted = names[index]
        if wanted == split or (wanted == ANY_ENDING and split.startswith("ending:")):
            return index
    return None


def split_title(config, name: str) -> str:  # noqa: ANN001 — a StoryConfig
    """A split as a runner reads it: the chapter's or the ending's title."""
    kind, _, ident = name.partition(":")
    if kind == "chapter":
        chapter = config.chapters.get(ident)
        return chapter.title if chapter is not None else ident.replace("_", " ").title()
    if ident == "*":
        return "Ending"
    ending = config.endings.get(ident)
    return f"Ending: {ending.title}" if ending is not None else ident.replace("_", " ").title()
