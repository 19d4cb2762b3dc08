"""The title's painted backdrop kept on disk between launches: painting the dusk behind the
title is about 10 ms of the first frame, reading its pixels back straight into the picture
about 1 ms. A cache and nothing more (safe to delete, `game.paths.picture_cache_dir`).

One file per scene and window size, named by everything that decides its pixels: the painting
code's text, pygame's and SDL's versions, the picture's size and pixel layout. A change to any
of them paints afresh, and a file of any other length is ignored and painted over. Only the
scenes in KEPT are kept (the title's first frame is the one a player waits for; the others
are painted a few strokes a frame before they fade in, and would be 4-8 MB of disk each).
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pygame

KEPT = frozenset({"dusk"})
FILES_KEPT = 4  # the newest of a scene's files, whatever their size (windowed, fullscreen)
_PAINTERS = ("backgrounds.py", "paint.py")  # the code a picture comes from, beside this file
Job = Callable[[], None]


class PictureShelf:
    """Painted pictures by name, kept in `folder` (None: nothing kept, nothing read)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._code: int | None = None
        self.pending: list[Job] = []  # writes asked for, for a thread to make (take_pending)

    def read_into(self, name: str, surface: pygame.Surface) -> bool:
        """Fill `surface` with the kept picture `name` at its size; False when there is none
        to be trusted (then the caller paints it, and may `keep` it)."""
        path = self._path(name, surface)
        if path is None:
            return False
        target = surface.get_parent() or surface
        size = target.get_pitch() * target.get_height()
        try:
            with open(path, "rb", buffering=0) as handle:
                if os.fstat(handle.fileno()).st_size != size:
                    return False
                pixels = target.get_buffer()
                try:
                    view = memoryview(pixels)
                    filled = handle.readinto(view)
                    view.release()
                finally:
                    del pixels
        except OSError:
            return False
        return filled == size

    def keep(self, name: str, surface: pygame.Surface) -> None:
        """Copy the picture's pixels now (the frame goes on drawing from it) and ask for the
        file to be written later (`take_pending`), never in the frame that painted it."""
        path = self._path(name, surface)
        if path is None:
            return
        target = surface.get_parent() or surface
        pixels = target.get_buffer().raw
        self.pending.append(lambda: _write(path, pixels))

    def take_pending(self) -> list[Job]:
        jobs, self.pending = self.pending, []
        return jobs

    def _path(self, name: str, surface: pygame.Surface) -> Path | None:
        if self.folder is None or name not in KEPT:
            return None
        target = surface.get_parent() or surface
        if surface.get_abs_offset() != (0, 0):
            return None  # pictures are kept whole, from their first pixel
        masks = "-".join(f"{mask:x}" for mask in target.get_masks())
        width, height = surface.get_size()
        layout = (f"{target.get_width()}x{target.get_height()}p{target.get_pitch()}"
                  f"b{target.get_bitsize()}m{masks}")
        key = zlib.crc32(f"{self._painting_code()} {layout} {sys.byteorder}".encode())
        return self.folder / f"{name}-{width}x{height}-{key:08x}.pixels"

    def _painting_code(self) -> str:
        """What the pixels depend on besides their size: the painters' text, pygame and SDL."""
        if self._code is None:
            code = 0
            here = Path(__file__).parent
            for name in _PAINTERS:
                try:
                    code = zlib.crc32((here / name).read_bytes(), code)
                except OSError:
                    code = zlib.crc32(name.encode(), code)
            self._code = code
        return f"{self._code:08x} pygame {pygame.version.ver} sdl {pygame.get_sdl_version()}"


def _write(path: Path, pixels: bytes) -> None:
    """The file, whole or not at all; the scene's older files beyond FILES_KEPT go."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(pixels)
        os.replace(temporary, path)
        scene = path.name.split("-", 1)[0]
        others = sorted(path.parent.glob(f"{scene}-*.pixels"),
                        key=lambda kept: kept.stat().st_mtime_ns, reverse=True)
        for old in others[FILES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        return  # a cache that cannot be written is no error
