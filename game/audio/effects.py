"""The story's sound effects (#sfx: cues), composed in code. Short, one-shot, no loops: each
starts and ends in silence so it can be dropped over music at any moment."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from . import synth
from .synth import BELL, RATE, SOFT, mix_in, note_hz, tone

SFX_RMS = 0.12


def _burst(seconds: float, seed: int, low: float, high: float, attack: float,
           release: float) -> list[float]:
    return synth.envelope(synth.bandpass(synth.noise(seconds, seed), low, high, False),
                          attack, release)


def _decay(signal: list[float], rate: float) -> list[float]:
    for i in range(len(signal)):
        signal[i] *= math.exp(-rate * i / RATE)
    return signal


def _end(buffer: list[float], peak: float = 0.8) -> list[float]:
    return synth.finish(synth.envelope(buffer, 0.002, 0.05), peak, SFX_RMS)


def boot() -> list[float]:
    """The OS greets him: a rising arpeggio of soft bells over a warm swell."""
    buffer = synth.silence(3.2)
    for index, name in enumerate(("C5", "E5", "G5", "C6")):
        mix_in(buffer, tone(note_hz(name), 2.4, BELL, 1.6), 0.2 + 0.17 * index, 0.5, False)
    for name in ("C3", "G3", "E4"):
        mix_in(buffer, synth.pad(note_hz(name), 3.0, attack=0.6), 0.0, 0.25, False)
    return _end(synth.echo(buffer, 0.23, 0.25, taps=3, wrap=False))


def chime() -> list[float]:
    """A notification: two bright notes a fifth apart."""
    buffer = synth.silence(1.4)
    mix_in(buffer, tone(note_hz("G5"), 1.2, BELL, 2.2), 0.0, 0.6, False)
    mix_in(buffer, tone(note_hz("D6"), 1.2, BELL, 2.2), 0.14, 0.5, False)
    return _end(buffer)


def door() -> list[float]:
    """A latch, then a door settling shut: a click and a low thud."""
    buffer = synth.silence(1.0)
    mix_in(buffer, _burst(0.012, 61, 2500.0, 8000.0, 0.0005, 0.008), 0.02, 0.5, False)
    thud = _decay(synth.scale(synth.lowpass(synth.noise(0.4, 62), 180.0, False), 5.0), 14.0)
    mix_in(buffer, synth.envelope(thud, 0.004, 0.05), 0.1, 1.0, False)
    mix_in(buffer, _decay(tone(70.0, 0.5, SOFT, 2.0), 8.0), 0.1, 0.5, False)
    return _end(buffer)


def paper() -> list[float]:
    """Paper handled: a rustle with an uneven, fluttering grain."""
    rustle = synth.bandpass(synth.noise(0.9, 71), 1500.0, 6000.0, False)
    rng = random.Random(72)
    level, target = 0.0, 0.0
    for i in range(len(rustle)):
        if i % 400 == 0:
            target = rng.uniform(0.1, 1.0)
        level += (target - level) * 0.01
        rustle[i] *= level
    return _end(synth.envelope(rustle, 0.05, 0.2))


def waves() -> list[float]:
    """One wave comes in and draws back."""
    count = int(4.0 * RATE)
    surf = synth.lowpass(synth.noise(4.0, 81), 700.0, False)
    foam = synth.bandpass(synth.noise(4.0, 82), 1500.0, 6000.0, False)
    for i in range(count):
        t = i / count
        shape = math.sin(math.pi * t ** 0.6) ** 2
        surf[i] = 2.0 * surf[i] * shape + 0.5 * foam[i] * shape ** 3
    return _end(surf)


def shutter() -> list[float]:
    """A camera shutter: click, a brief mechanical whirr, click."""
    buffer = synth.silence(0.4)
    click = _burst(0.01, 91, 2000.0, 9000.0, 0.0005, 0.006)
    mix_in(buffer, click, 0.01, 1.0, False)
    mix_in(buffer, _burst(0.07, 92, 600.0, 3000.0, 0.01, 0.02), 0.03, 0.3, False)
    mix_in(buffer, click, 0.12, 0.8, False)
    return _end(buffer, 0.7)


def footsteps() -> list[float]:
    """Four unhurried steps on a wooden floor."""
    buffer = synth.silence(2.4)
    for step in range(4):
        body = _decay(synth.scale(synth.lowpass(synth.noise(0.15, 100 + step), 350.0, False),
                                  4.0), 40.0)
        heel = _burst(0.01, 110 + step, 1500.0, 5000.0, 0.0005, 0.006)
        at = 0.05 + 0.55 * step
        mix_in(buffer, synth.envelope(body, 0.003, 0.03), at, 0.9 - 0.1 * (step % 2), False)
        mix_in(buffer, heel, at, 0.25, False)
    return _end(buffer)


def phone() -> list[float]:
    """A soft phone ring: two trembling bursts of two bell tones."""
    buffer = synth.silence(2.6)
    for burst in range(2):
        start = 0.05 + burst * 1.2
        for k in range(8):
            name = "E6" if k % 2 == 0 else "C6"
            mix_in(buffer, tone(note_hz(name), 0.35, BELL, 6.0), start + 0.06 * k, 0.35, False)
    return _end(buffer, 0.7)


def select() -> list[float]:
    """Interface: a soft, short wooden tick for moving and choosing."""
    buffer = synth.silence(0.25)
    mix_in(buffer, tone(note_hz("A5"), 0.2, SOFT, 30.0), 0.005, 0.6, False)
    mix_in(buffer, _burst(0.006, 121, 2000.0, 6000.0, 0.0005, 0.004), 0.005, 0.3, False)
    return _end(buffer, 0.5)


def back() -> list[float]:
    """Interface: the same tick, lower, for going back."""
    buffer = synth.silence(0.25)
    mix_in(buffer, tone(note_hz("E5"), 0.2, SOFT, 30.0), 0.005, 0.6, False)
    mix_in(buffer, _burst(0.006, 122, 1500.0, 5000.0, 0.0005, 0.004), 0.005, 0.3, False)
    return _end(buffer, 0.5)


EFFECTS: dict[str, Callable[[], list[float]]] = {
    "boot": boot, "chime": chime, "door": door, "paper": paper, "waves": waves,
    "shutter": shutter, "footsteps": footsteps, "phone": phone, "select": select,
    "back": back}
