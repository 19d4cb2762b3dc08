"""One warning per cause: a game missing a hundred clips should say so once, not a hundred
times, and then play on, text only."""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from collections.abc import Iterator


class AudioWarning(UserWarning):
    """Sound could not play; the game goes on without it."""


class WarnOnce:
    """Remembers which causes were already reported (per mixer, so tests stay independent)."""

    def __init__(self) -> None:
        self.said: set[str] = set()

    def __call__(self, cause: str, message: str) -> None:
        if cause in self.said:
            return
        self.said.add(cause)
        warnings.warn(message, AudioWarning, stacklevel=3)


@contextlib.contextmanager
def native_stderr_quiet() -> Iterator[None]:
    """Silence what C libraries write straight to file descriptor 2 while a device is probed.

    SDL's audio back-ends (ALSA, PulseAudio) print several lines of their own when there is no
    device, before SDL reports the failure that the game turns into one clear warning. Python's
    own `sys.stderr` is untouched; only the process-level descriptor is pointed at /dev/null for
    the duration, and restored however the block ends.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real descriptor (e.g. an embedded interpreter)
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 2)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
