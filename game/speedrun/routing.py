"""`routes --rank-igt`: routes ranked by their estimated in-game time under speedrun settings,
by the recorder's timing model (an advance per line, a choice per choice point). A route that
needs endings seen first (`beyond` after `rooftop`) is also costed with those routes before it,
as one run would play them."""

from __future__ import annotations

from game.core.clock import format_ticks

from .recorder import ADVANCE_TICKS, CHOICE_TICKS, estimate_ticks


def rank(report) -> list[dict]:  # noqa: ANN001 — a routes.RouteReport
    own = {ending: estimate_ticks(route.lines, len(route.choices))
           for ending, route in report.routes.items()}
    ranked = []
    for ending, route in report.routes.items():
        total = own[ending] + sum(own.get(need, 0) for need in route.requires)
        ranked.append({"ending": ending, "title": route.title, "igt_ticks": total,
                       "igt": format_ticks(total), "route_ticks": own[ending],
                       "lines": route.lines, "choices": route.choices,
                       "requires": list(route.requires)})
    ranked.sort(key=lambda r: (r["igt_ticks"], r["ending"]))
    return ranked


def describe(ranked: list[dict]) -> str:
    out = [f"estimated IGT under speedrun settings ({ADVANCE_TICKS} ticks per line advance, "
           f"{CHOICE_TICKS} per choice, 60 ticks a second):"]
    for place, row in enumerate(ranked, 1):
        needs = f" (includes {', '.join(row['requires'])} first)" if row["requires"] else ""
        out.append(f"{place}. {row['ending']}: {row['igt']}{needs}  "
                   f"{row['lines']} lines, {len(row['choices'])} choices\n"
                   f"   --choose {','.join(map(str, row['choices'])) or '(none)'}")
    return "\n".join(out)
