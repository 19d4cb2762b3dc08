"""What the window adds to a save: the scene and mood on screen when it was made.

A save (game.core.saves) holds the story's place; the picture around it is the window's own
business, kept in `ui-scenes.json` beside the slots (slot -> bg, mood, chapter), written
atomically, so a loaded game opens in the right place instead of on black.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pygame

from game.core.files import atomic_write_text, loads_checked, read_regular
from game.core.saves import list_slots

from .playthrough import Presentation

SCENES_FILE = "ui-scenes.json"
MAX_SCENES_BYTES = 4 * 1024 * 1024
THUMB_SIZE = (320, 180)


class SceneMemory:
    def __init__(self, save_dir: str | Path) -> None:
        self.save_dir = Path(save_dir)
        self.path = self.save_dir / SCENES_FILE

    def _read(self) -> dict:
        try:
            raw = read_regular(self.path, MAX_SCENES_BYTES)
            if len(raw) > MAX_SCENES_BYTES:
                return {}
            data = loads_checked(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def remember(self, slot: str, presentation: Presentation) -> None:
        data = self._read()
        data[slot] = presentation.as_dict()
        try:
            atomic_write_text(self.path, json.dumps(data, sort_keys=True))
        except OSError:
            pass  # the save itself is written; only its backdrop would be lost

    def presentation(self, slot: str) -> Presentation:
        return Presentation.from_dict(self._read().get(slot))

    def newest_slot(self) -> str | None:
        """The save "Continue" resumes: the most recent readable one."""
        usable = [info for info in list_slots(self.save_dir) if info.status != "unreadable"]
        if not usable:
            return None
        return max(usable, key=lambda info: (info.date, self._written(info.slot))).slot

    def _written(self, slot: str) -> int:
        try:
            return (self.save_dir / f"{slot}.json").stat().st_mtime_ns
        except OSError:
            return 0


def thumbnail(surface: pygame.Surface) -> bytes:
    """A small PNG of the current frame, for the save screens."""
    small = pygame.transform.smoothscale(surface, THUMB_SIZE)
    buffer = io.BytesIO()
    pygame.image.save(small, buffer, "png")
    return buffer.getvalue()
