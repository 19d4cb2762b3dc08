"""What a story is made of on disk, before anything reads it: its folder, entry files and
story.yaml (`StorySource`), and the size limit on a compiled story.

Its own module so that `source` (which resolves paths, mods included) and `mods` (which checks a
mod's paths) both build on it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .compiler import source_files
from .errors import StoryError

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


