"""Where the game keeps things on disk: one place, so every shell finds the same folders.

* the save root: settings, the main story's profile and saves — `--save-dir`, else
  `$HER_SAVE_DIR`, else `saves/` in the project folder;
* a story's own folder under it: the root for the game's story (or any plain ink),
  `<root>/mods/<id>/` for a mod, so a mod's endings and slots never mix with the main story's;
* runs: finished speedruns, `<story folder>/runs/`;
* the compiled-ink cache: `$HER_CACHE_DIR`, else `$XDG_CACHE_HOME/her/ink` (`~/.cache/her/ink`).

Nothing here imports the rest of the game, so any layer may ask.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SAVES = PROJECT_ROOT / "saves"
MOD_SAVES = "mods"  # <save root>/mods/<mod id>: each mod's saves and profile
RUNS_DIR = "runs"


def save_root(explicit: str | os.PathLike | None = None) -> Path:
    """The player's save folder: the one named on the command line, else $HER_SAVE_DIR, else
    the project's saves/. Read at call time, so a test's environment always wins."""
    chosen = explicit or os.environ.get("HER_SAVE_DIR")
    return Path(chosen) if chosen else DEFAULT_SAVES


def story_saves(root: str | os.PathLike, mod_id: str | None) -> Path:
    """A story's saves and profile: the root itself, or `<root>/mods/<mod_id>` for a mod."""
    return Path(root) / MOD_SAVES / mod_id if mod_id else Path(root)


def runs_dir(story_dir: str | os.PathLike) -> Path:
    """Where a story's speedrun files are written and listed."""
    return Path(story_dir) / RUNS_DIR


def ink_cache_dir() -> Path:
    """The compiled-ink cache (content-addressed, safe to delete at any time)."""
    base = os.environ.get("HER_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(xdg) / "her" / "ink"
