"""Reading an OGG back for tests with pygame's own decoder: no ffmpeg, nothing beyond the
game's own dependencies, so the audio checks pass on a newcomer's machine."""

from __future__ import annotations

import array
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import pygame


@dataclass(frozen=True)
class Decoded:
    samples: list[float]  # mono, -1..1
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    @property
    def dbfs(self) -> float:
        """The RMS level in dB relative to full scale, as pydub's `dBFS` gives it."""
        rms = math.sqrt(sum(v * v for v in self.samples) / max(1, len(self.samples)))
        return 20 * math.log10(rms) if rms > 0 else -math.inf

    @property
    def max_dbfs(self) -> float:
        peak = max((abs(v) for v in self.samples), default=0.0)
        return 20 * math.log10(peak) if peak > 0 else -math.inf


def decode(path: Path, rate: int = 22050) -> Decoded:
    """Decode to mono 16-bit at `rate` (SDL resamples); a mixer another test left open in
    another format is put back afterwards."""
    before, want = pygame.mixer.get_init(), (rate, -16, 1)
    if before != want:
        pygame.mixer.quit()
        pygame.mixer.init(frequency=rate, size=-16, channels=1)
    try:
        rate, size, channels = pygame.mixer.get_init()
        values = array.array("h", pygame.mixer.Sound(str(path)).get_raw())
    finally:
        if before != want:
            pygame.mixer.quit()
            if before:
                pygame.mixer.init(frequency=before[0], size=before[1], channels=before[2])
    if sys.byteorder != "little":
        values.byteswap()
    mono = [sum(values[i:i + channels]) / (channels * 32768.0)
            for i in range(0, len(values) - len(values) % channels, channels)]
    return Decoded(mono, rate)
