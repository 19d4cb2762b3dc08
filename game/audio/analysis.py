"""Listening by numbers: level, clipping, DC offset and loop seams of composed audio, so the
compose command and the tests can tell a pleasant loop from a click or a blast."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .synth import RATE


@dataclass(frozen=True)
class Analysis:
    seconds: float
    peak: float  # 0..1 of full scale
    rms_db: float  # average loudness, dBFS
    dc: float  # mean sample value
    seam: float  # jump at the loop point relative to the typical sample-to-sample step
    quiet_db: float  # loudness of the quietest second (a gap would show here)

    def __str__(self) -> str:
        return (f"{self.seconds:.1f}s peak {self.peak:.2f} rms {self.rms_db:.1f} dBFS "
                f"dc {self.dc:+.4f} seam {self.seam:.2f} quietest second {self.quiet_db:.1f} dB")


def analyse(samples: Sequence[float], loops: bool = True) -> Analysis:
    count = len(samples)
    if count == 0:
        return Analysis(0.0, 0.0, -math.inf, 0.0, 0.0, -math.inf)
    peak = max(abs(v) for v in samples)
    rms = math.sqrt(sum(v * v for v in samples) / count)
    dc = sum(samples) / count
    steps = [abs(samples[i + 1] - samples[i]) for i in range(0, count - 1, 7)]
    typical = (sum(steps) / len(steps)) if steps else 0.0
    seam = abs(samples[0] - samples[-1]) / typical if loops and typical > 0 else 0.0
    quiet = min(_db(_rms(samples[i:i + RATE])) for i in range(0, max(1, count - RATE + 1), RATE))
    return Analysis(count / RATE, peak, _db(rms), dc, seam, quiet)


def _rms(chunk: Sequence[float]) -> float:
    return math.sqrt(sum(v * v for v in chunk) / len(chunk)) if chunk else 0.0


def _db(value: float) -> float:
    return 20.0 * math.log10(value) if value > 0 else -math.inf
