"""Speedrun categories: when a run is complete, decided from the endings reached in it.

A category is named by a short id, as run files and the profile's best times store it:
`any` (the first ending), `ending:<id>` (that ending), `all` (every ending, as consecutive
play-throughs in one run), `true` (`beyond`, with `rooftop` reached earlier in the same run).
A category may fix a seed (`seeded`), so every runner plays the very same game.
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
            return Category(found.id, found.title, seed)
    known = ", ".join(c.id for c in categories(config))
    raise HerError(f"no speedrun category '{name}'", hint=f"one of: {known}")
