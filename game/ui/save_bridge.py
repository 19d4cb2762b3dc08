"""What the window adds to a save: the scene and mood on screen when it was made.

A save (game.core.saves) holds the story's place; the picture around it is the window's own
business, kept in `ui-scenes.json` beside the slots (slot -> bg, mood, chapter), written
atomically, so a loaded game opens in the right place instead of on black.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.files import atomic_write_text, loads_checked, read_regular
from game.core.slots import slots_in

if TYPE_CHECKING:  # the save machinery, imported when a save is read: the title needs neither
    from game.core.saves import SaveInfo

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
        from .playthrough import Presentation

        return Presentation.from_dict(self._read().get(slot))

    def newest_slot(self) -> str | None:
        """The save "Continue" resumes: the most recent readable one."""
        from game.core.saves import list_slots

        return self.newest(list_slots(self.save_dir))

    def any_save(self) -> bool:
        """Whether a save file is there at all, usable or not: a look at the folder only."""
        return bool(slots_in(self.save_dir))

    def has_save(self) -> bool:
        """Whether there is a save to continue or load (`newest_slot()` is not None), asked
        of the slots newest-written first, each read and checked whole as loading it would
        (a damaged newest copy falls back to its previous one), stopping at the first that is
        usable: one read on a returning player's start-up, not one of every save, and none
        (nor the save machinery's import) in a folder with no saves."""
        written = slots_in(self.save_dir)
        if not written:
            return False
        from game.core.errors import SaveError
        from game.core.savefile import read_good_copy  # not the save machinery: 5 ms

        for slot in sorted(written, key=written.__getitem__, reverse=True):
            try:
                read_good_copy(self.save_dir, slot)
            except SaveError:
                continue
            return True
        return False

    def newest(self, infos: Iterable[SaveInfo]) -> str | None:
        """The most recent readable slot of `infos`: by its date, and within the same second
        (a quick save just after a choice's autosave) by which file was written last."""
        usable = [info for info in infos if info.status != "unreadable"]
        if not usable:
            return None
        return max(usable, key=lambda info: (info.date, self._written(info.slot))).slot

    def _written(self, slot: str) -> int:
        try:
            return (self.save_dir / f"{slot}.json").stat().st_mtime_ns
        except OSError:
            return 0


class FramePicture:
    """A save's thumbnail, taken from a frame in two halves. Made on the frame thread: a
    nearest-pixel copy at twice the thumbnail's size, so the window can go on drawing. Called,
    on the writer thread: the smooth scale down and the encode, as a JPEG (0.15 ms and 10 KB
    for the play scene at 320x180, where the PNG took 1.3 ms and 40 KB, most of a save's own
    work at 1080p; a card shows it at its own size, where JPEG's loss is not visible).

    The copy is made into a surface an earlier picture has finished with (`_SPARE`), not a new
    one: a new 640x360 surface is 900 KB of fresh memory, and the page faults of touching it
    were three quarters of the frame's part (1.1 ms of 1.4 at 1280x720; 0.2 ms into a surface
    used before). A picture gives its surface back once it has made its bytes, which it keeps:
    called again (the frame kept while a menu covers the story, for each save made from
    there), it gives the same bytes without its copy."""

    def __init__(self, surface: pygame.Surface) -> None:
        size = (THUMB_SIZE[0] * 2, THUMB_SIZE[1] * 2)
        kind = (surface.get_bitsize(), surface.get_masks())
        spare = _spare(kind)
        self.small: pygame.Surface | None = (
            pygame.transform.scale(surface, size, spare) if spare is not None
            else pygame.transform.scale(surface, size))
        self._kind = kind
        self._made: bytes | None = None

    def __call__(self) -> bytes:
        if self._made is None:
            small = self.small
            self._made = encode_jpeg(pygame.transform.smoothscale(small, THUMB_SIZE))
            self.small = None
            if len(_SPARE) < _KEEP_SPARE:
                _SPARE.append((self._kind, small))  # list.append: safe from either thread
        return self._made


_SPARE: list[tuple[tuple, pygame.Surface]] = []  # copies pictures have finished with
_KEEP_SPARE = 2  # a save and the autosave just after it: no more are ever waiting at once


def _spare(kind: tuple) -> pygame.Surface | None:
    """A finished picture's surface of this pixel format, or None (the first, or after the
    window changed format); at most a couple are kept."""
    while True:
        try:
            found, surface = _SPARE.pop()  # list.pop: safe against the writer's append
        except IndexError:
            return None
        if found == kind:
            return surface


def encode_jpeg(surface: pygame.Surface) -> bytes:
    """`surface` as a JPEG, or as a PNG where this pygame cannot write JPEGs (built without
    SDL_image's JPEG support): a save always has its picture."""
    out = io.BytesIO()
    try:
        pygame.image.save(surface, out, "thumbnail.jpg")
    except (pygame.error, NotImplementedError):
        return encode_png(surface)
    from game.core.saves import JPEG_MAGIC  # on the writer thread, for a save being made

    data = out.getvalue()
    return data if data.startswith(JPEG_MAGIC) else encode_png(surface)


def encode_png(surface: pygame.Surface) -> bytes:
    """`surface` as an RGB PNG. Written here rather than with `pygame.image.save` because
    that one holds the interpreter for its whole encode (16 ms for a thumbnail) and this one
    spends its time in zlib, which does not — the frame thread keeps drawing meanwhile. At
    zlib's fastest level: 1.0 ms instead of 1.8 for a 320x180 frame of the play scene, and a
    sixth larger (36 KB), on the way to the save's fsync."""
    width, height = surface.get_size()
    raw = pygame.image.tobytes(surface, "RGB")
    stride = width * 3
    rows = b"".join(b"\0" + raw[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))
