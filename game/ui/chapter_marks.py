"""Where each chapter began, so chapter select can start there again.

The story state just before a chapter's first line is remembered the first time the player
reaches it (`chapters.json` in the save folder, written atomically). Starting a chapter from the
title loads that state: the choices made before it are the ones of that first play-through.
"""

from __future__ import annotations

import json
from pathlib import Path

from game.core.files import atomic_write_text, loads_checked, read_regular
from game.core.writer import Writer

MARKS_FILE = "chapters.json"
MAX_BYTES = 32 * 1024 * 1024


class ChapterMarks:
    def __init__(self, save_dir: str | Path, story_key: str, writer: Writer | None = None) -> None:
        self.path = Path(save_dir) / MARKS_FILE
        self.writer = writer  # the window's: the write happens off the frame
        self.key = story_key
        self._all = self._read()
        self.states: dict[str, str] = self._all.get(story_key, {})

    def _read(self) -> dict:
        try:
            raw = read_regular(self.path, MAX_BYTES)
            if len(raw) > MAX_BYTES:
                return {}
            data = loads_checked(raw.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: {c: s for c, s in v.items() if isinstance(c, str) and isinstance(s, str)}
                for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)}

    def remember(self, chapter_id: str, state: str) -> None:
        if chapter_id in self.states:
            return
        self.states[chapter_id] = state
        self._all[self.key] = self.states
        text = json.dumps(self._all)

        def write() -> None:
            try:
                atomic_write_text(self.path, text, sync="none")  # its .bak covers a crash
            except OSError:
                pass  # chapter select is a convenience; a read-only folder must not stop play

        if self.writer is not None:
            self.writer.put(write)
        else:
            write()

    def state(self, chapter_id: str) -> str | None:
        return self.states.get(chapter_id)
