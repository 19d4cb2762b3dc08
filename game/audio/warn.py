"""One warning per cause: a game missing a hundred clips should say so once, not a hundred
times, and then play on, text only."""

from __future__ import annotations

import warnings


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
