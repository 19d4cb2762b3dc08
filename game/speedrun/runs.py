"""Finding runs: every `.herrun` under a save folder, the game's own story's and each mod's,
each verified (re-simulated) so a list never shows a forged or void run as good."""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.core.clock import format_ticks
from game.core.errors import HerError

from .runfile import SUFFIX, RunFileError, read_run
from .verify import verify_run


def run_files(root: str | Path) -> list[Path]:
    """The save root's runs, then each mod's, newest first within each folder."""
    root = Path(root)
    folders = [paths.runs_dir(root)]
    mods = root / paths.MOD_SAVES
    if mods.is_dir():
        folders += [paths.runs_dir(mod) for mod in sorted(mods.iterdir()) if mod.is_dir()]
    files: list[Path] = []
    for folder in folders:
        try:
            found = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
        except OSError:
            continue
        files += sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
    return files


def scan(root: str | Path) -> list[dict]:
    """One row per run file: story, category, IGT, RTA and its verdict (or why it is none)."""
    rows = []
    for path in run_files(root):
        row = {"file": str(path), "story": "?", "category": "?", "category_title": "?",
               "igt": None, "igt_text": "—", "rta": None, "rta_text": "—", "verified": False,
               "verdict": "unreadable", "problems": []}
        try:
            data, intact = read_run(path)
        except RunFileError as exc:
            row["problems"] = [exc.message]
            rows.append(row)
            continue
        story = data.get("story") if isinstance(data.get("story"), dict) else {}
        igt, rta = data.get("igt"), data.get("rta")
        row.update(story=str(story.get("title") or "?")[:40],
                   category=str(data.get("category")), category_title=str(data.get("category")),
                   igt=igt, rta=rta,
                   igt_text=format_ticks(igt) if isinstance(igt, int) and igt >= 0 else "—",
                   rta_text=format_ticks(rta) if isinstance(rta, int) and rta >= 0 else "—")
        try:
            verdict = verify_run(data, intact)
        except HerError as exc:  # the story it names does not even load
            row.update(verdict="unverifiable", problems=[exc.message])
            rows.append(row)
            continue
        if verdict.category is not None:
            row["category_title"] = verdict.category.title
        label = "verified" if verdict.ok else ("void" if data.get("void") else "NOT VERIFIED")
        if verdict.ok and data.get("practice"):
            label = "practice"
        row.update(verified=verdict.ok, verdict=label, problems=verdict.problems)
        rows.append(row)
    return rows
