"""Where the game keeps things on disk: one place, so every shell finds the same folders.

* the save root: settings, the main story's profile and saves — `--save-dir`, else
  `$HER_SAVE_DIR`, else `saves/` in the project folder;
* a story's own folder under it: the root for the game's story (or any plain ink),
  `<root>/mods/<id>/` for a mod, so a mod's endings and slots never mix with the main story's;
* runs: finished speedruns, `<story folder>/runs/`;
* the compiled-ink cache: `$HER_CACHE_DIR`, else `$XDG_CACHE_HOME/her/ink` (`~/.cache/her/ink`),
  and painted pictures kept between launches in `pictures/` inside the one, beside `ink/`;
* the game's own data (story/, assets/, mods/): the checkout itself when run from one, else the
  copy an installed wheel or a standalone build carries inside the package (`game/_data/`).
  An installed game keeps saves in the platform's user data folder (platformdirs), since its
  package folder may be read-only and is replaced on upgrade.

Nothing here imports the rest of the game, so any layer may ask.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGED_DATA = Path(__file__).resolve().parent / "_data"  # filled by the wheel/build step
FROM_CHECKOUT = (PROJECT_ROOT / "story" / "story.yaml").is_file()
DATA_ROOT = PROJECT_ROOT if FROM_CHECKOUT else PACKAGED_DATA
STORY_DIR = DATA_ROOT / "story"
ASSETS_DIR = DATA_ROOT / "assets"
MODS_DIR = DATA_ROOT / "mods"
APP_NAME = "her"


def _installed_saves() -> Path:
    try:
        from platformdirs import user_data_path
    except ImportError:  # a dependency, but never let its absence stop the game
        return Path.home() / ".local" / "share" / APP_NAME / "saves"
    return user_data_path(APP_NAME, appauthor=False) / "saves"


DEFAULT_SAVES = PROJECT_ROOT / "saves" if FROM_CHECKOUT else _installed_saves()
MOD_SAVES = "mods"  # <save root>/mods/<mod id>: each mod's saves and profile
RUNS_DIR = "runs"


def save_root(explicit: str | os.PathLike | None = None) -> Path:
    """The player's save folder: the one named on the command line, else $HER_SAVE_DIR, else
    the project's saves/ (an installed game: the user data folder). Read at call time, so a
    test's environment always wins."""
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


def picture_cache_dir() -> Path:
    """Painted pictures kept between launches (the title's backdrop; safe to delete)."""
    base = os.environ.get("HER_CACHE_DIR")
    if base:
        return Path(base) / "pictures"
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(xdg) / "her" / "pictures"


def node_root() -> Path:
    """Where the pinned inkjs compiler is installed with `npm ci`: the checkout, or for an
    installed game a folder of the user's (its package folder may not be writable), holding
    a copy of the shipped package.json and package-lock.json."""
    if FROM_CHECKOUT:
        return PROJECT_ROOT
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / APP_NAME / "inkjs"
