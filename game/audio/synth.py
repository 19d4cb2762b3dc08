"""A small pure-Python synthesiser for the game's music and effects (no numpy, no samples).

Sound is a list of floats in -1..1 at RATE. Everything that loops is built on a circular
buffer: notes that ring past the end wrap round to the start, and filters run over noise twice
so their state at the seam matches, which makes every loop seamless by construction.
"""

from __future__ import annotations

import math
import random
import sys
from array import array
from collections.abc import Sequence

from pydub import AudioSegment

RATE = 22050
TAU = 2.0 * math.pi
A4 = 440.0
NOTE_NAMES = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


def silence(seconds: float) -> list[float]:
    return [0.0] * int(seconds * RATE)


def note_hz(name: str) -> float:
    """"A4" -> 440.0, "C#5", "Bb3": equal temperament from A4."""
    letter, rest = name[0].upper(), name[1:]
    shift = 0
    while rest and rest[0] in "#b":
        shift += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    semitones = NOTE_NAMES[letter] + shift + 12 * (int(rest) - 4)
    return A4 * 2.0 ** (semitones / 12.0)


# Piano-like: the partials of a struck string, upper ones dying faster (a little inharmonic).
PIANO = ((1.0, 1.0, 1.0), (2.001, 0.45, 1.8), (3.003, 0.22, 2.6), (4.006, 0.10, 3.5),
         (5.01, 0.05, 4.5))
BELL = ((1.0, 1.0, 1.0), (2.76, 0.35, 1.6), (5.4, 0.18, 2.5), (8.93, 0.06, 3.5))
SOFT = ((1.0, 1.0, 1.0), (2.0, 0.25, 1.0), (3.0, 0.08, 1.0))

_cache: dict[tuple, list[float]] = {}


def tone(freq: float, seconds: float, partials: Sequence[tuple[float, float, float]] = PIANO,
         decay: float = 1.2, attack: float = 0.006) -> list[float]:
    """One note: additive sines, each partial decaying at `decay` times its own rate."""
    key = (round(freq, 3), seconds, tuple(partials), decay, attack)
    if key in _cache:
        return _cache[key]
    count = int(seconds * RATE)
    out = [0.0] * count
    attack_n = max(1, int(attack * RATE))
    release_n = min(count, int(0.05 * RATE))
    for mult, amp, speed in partials:
        step = TAU * freq * mult / RATE
        if freq * mult > RATE * 0.45:
            continue
        fall = math.exp(-decay * speed / RATE)
        level = amp
        for i in range(count):
            out[i] += level * math.sin(step * i)
            level *= fall
    for i in range(attack_n):
        out[i] *= i / attack_n
    for i in range(release_n):
        out[count - 1 - i] *= i / release_n
    _cache[key] = out
    return out


def pad(freq: float, seconds: float, attack: float = 1.5, detune: float = 0.6) -> list[float]:
    """A slow, soft sustained tone: two detuned sines with a gentle swell and release."""
    count = int(seconds * RATE)
    out = [0.0] * count
    a_n, r_n = int(attack * RATE), int(min(attack * 1.5, seconds / 2) * RATE)
    for offset, amp in ((0.0, 0.6), (detune, 0.4), (-detune, 0.25)):
        step = TAU * (freq + offset) / RATE
        step2 = TAU * 2.0 * (freq + offset) / RATE
        for i in range(count):
            out[i] += amp * (math.sin(step * i) + 0.12 * math.sin(step2 * i))
    for i in range(count):
        gain = 1.0
        if i < a_n:
            gain = math.sin(0.5 * math.pi * i / a_n) ** 2
        elif i > count - r_n:
            gain = math.sin(0.5 * math.pi * (count - i) / r_n) ** 2
        out[i] *= gain
    return out


def mix_in(buffer: list[float], sound: Sequence[float], at_seconds: float, gain: float = 1.0,
           wrap: bool = True) -> None:
    """Add `sound` into `buffer` at a time; past the end it wraps (loops) or is dropped."""
    size = len(buffer)
    start = int(at_seconds * RATE)
    for i, value in enumerate(sound):
        index = start + i
        if index >= size:
            if not wrap:
                return
            index %= size
        buffer[index] += value * gain


def noise(seconds: float, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(-1.0, 1.0) for _ in range(int(seconds * RATE))]


def lowpass(signal: list[float], cutoff: float, circular: bool = True) -> list[float]:
    """One-pole low-pass; circular runs twice so the loop seam carries the filter's state."""
    alpha = 1.0 - math.exp(-TAU * cutoff / RATE)
    state = 0.0
    if circular:
        for value in signal:
            state += alpha * (value - state)
    out = [0.0] * len(signal)
    for i, value in enumerate(signal):
        state += alpha * (value - state)
        out[i] = state
    return out


def highpass(signal: list[float], cutoff: float, circular: bool = True) -> list[float]:
    low = lowpass(signal, cutoff, circular)
    return [a - b for a, b in zip(signal, low, strict=True)]


def bandpass(signal: list[float], low: float, high: float, circular: bool = True) -> list[float]:
    return highpass(lowpass(signal, high, circular), low, circular)


def brown(seconds: float, seed: int, cutoff: float = 120.0) -> list[float]:
    """Rumble: heavily low-passed noise, brought back up in level."""
    return scale(lowpass(lowpass(noise(seconds, seed), cutoff), cutoff), 6.0)


def scale(signal: list[float], gain: float) -> list[float]:
    return [v * gain for v in signal]


def add(a: list[float], b: Sequence[float], gain: float = 1.0) -> list[float]:
    for i in range(min(len(a), len(b))):
        a[i] += b[i] * gain
    return a


def swell(signal: list[float], period: float, depth: float, phase: float = 0.0,
          sharp: float = 1.0) -> list[float]:
    """Slow amplitude movement (waves, wind); a period that divides the loop keeps it whole."""
    step = TAU / (period * RATE)
    for i in range(len(signal)):
        shape = 0.5 + 0.5 * math.sin(step * i + phase)
        signal[i] *= (1.0 - depth) + depth * shape ** sharp
    return signal


def envelope(signal: list[float], attack: float, release: float) -> list[float]:
    count = len(signal)
    a_n, r_n = max(1, int(attack * RATE)), max(1, int(release * RATE))
    for i in range(min(a_n, count)):
        signal[i] *= i / a_n
    for i in range(min(r_n, count)):
        signal[count - 1 - i] *= i / r_n
    return signal


def echo(signal: list[float], delay: float, feedback: float, taps: int = 4,
         wrap: bool = True) -> list[float]:
    """A few decaying repeats: cheap room for the piano and the bells."""
    out = list(signal)
    shift = int(delay * RATE)
    size = len(signal)
    gain = feedback
    for tap in range(1, taps + 1):
        offset = shift * tap
        for i, value in enumerate(signal):
            index = i + offset
            if index >= size:
                if not wrap:
                    break
                index %= size
            out[index] += value * gain
        gain *= feedback
    return out


def finish(signal: list[float], peak: float = 0.7, rms_target: float | None = None
           ) -> list[float]:
    """Remove DC, then set the level: an RMS target where given, never above `peak`."""
    if not signal:
        return signal
    mean = sum(signal) / len(signal)
    signal = [v - mean for v in signal]
    top = max(abs(v) for v in signal) or 1.0
    gain = peak / top
    if rms_target is not None:
        rms = math.sqrt(sum(v * v for v in signal) / len(signal)) or 1.0
        gain = min(gain, rms_target / rms)
    return [v * gain for v in signal]


def to_segment(signal: Sequence[float]) -> AudioSegment:
    samples = array("h", (max(-32767, min(32767, int(round(v * 32767)))) for v in signal))
    if sys.byteorder != "little":
        samples.byteswap()
    return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=RATE, channels=1)
