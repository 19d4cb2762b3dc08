"""What a story is made of on disk, before anything reads it: its folder, entry files and
story.yaml (`StorySource`), and the size limit on a compiled story.

Its own module so that `source` (which resolves paths, mods included) and `mods` (which checks a
mod's paths) both build on it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..paths import story_saves
from .errors import StoryError
from .inkfiles import source_files

MAX_JSON_BYTES = 64 * 1024 * 1024


@dataclass
class StorySource:
    folder: Path
    ink: Path | None = None
    json: Path | None = None
    config_path: Path | None = None
    display: str = ""

    @property
    def watch_files(self) -> list[Path]:
        """Files whose edits should trigger a reload."""
        files = []
        if self.ink:
            try:
                files, _ = source_files(self.ink)
            except StoryError:
                files = [self.ink]
        elif self.json:
            files = [self.json]
        return files + ([self.config_path] if self.config_path else [])




def story_save_dir(base: str | Path, source: StorySource | None) -> Path:
    """Where a story's saves and profile live, the same in every shell: the save folder itself
    for the game's own story (or any plain ink), `<base>/mods/<id>` for a mod, so a mod's
    endings and read lines never mix with the main story's. Settings stay in `base`."""
    mod = getattr(source, "mod", None)
    return story_saves(base, mod.id if mod is not None else None)
