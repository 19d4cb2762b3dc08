"""The game's music and sound effects, composed in code: `python -m game.audio.compose`.

Each piece is a function returning samples; music loops seamlessly (see synth.py). The
command writes assets/music/*.ogg and assets/sfx/*.ogg and prints an analysis of each (peak,
loudness, DC offset, loop seam), since the result has to be checked by numbers as well as ears.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from collections.abc import Callable
from pathlib import Path

from game.core.files import atomic_write_bytes
from game.paths import ASSETS_DIR

from . import synth
from .analysis import analyse
from .synth import BELL, PIANO, mix_in, note_hz, pad, tone

MUSIC_DIR = ASSETS_DIR / "music"
SFX_DIR = ASSETS_DIR / "sfx"
MUSIC_BITRATE = "48k"
SFX_BITRATE = "48k"
MUSIC_RMS = 0.09  # about -21 dBFS: under the voice, which is normalised to -20
SFX_RMS = 0.12


def _piano_line(buffer: list[float], notes: list[tuple[float, str, float]],
                gain: float, length: float = 3.5, decay: float = 1.1) -> None:
    for at, name, loud in notes:
        mix_in(buffer, tone(note_hz(name), length, PIANO, decay), at, gain * loud)


def _arpeggios(chords: list[tuple[str, ...]], seconds: float, pattern: tuple[int, ...]
               ) -> list[tuple[float, str, float]]:
    step = seconds / len(pattern)
    notes = []
    for number, chord in enumerate(chords):
        for beat, index in enumerate(pattern):
            loud = 1.0 if beat == 0 else 0.6 + 0.15 * (beat % 2 == 0)
            notes.append((number * seconds + beat * step, chord[index], loud))
    return notes


def piano() -> list[float]:
    """The main theme: slow A minor arpeggios under a simple melody, 32 s."""
    chords = [("A2", "E3", "A3", "C4"), ("F2", "C3", "F3", "A3"), ("C3", "G3", "C4", "E4"),
              ("G2", "D3", "G3", "B3"), ("A2", "E3", "A3", "C4"), ("F2", "C3", "F3", "A3"),
              ("D3", "A3", "D4", "F4"), ("E2", "B2", "E3", "G#3")]
    buffer = synth.silence(32.0)
    _piano_line(buffer, _arpeggios(chords, 4.0, (0, 1, 2, 3, 2, 1, 2, 1)), 0.22)
    melody = [(0.0, "E5", 1.0), (1.5, "C5", 0.8), (2.0, "B4", 0.8), (3.0, "A4", 0.9),
              (4.0, "A4", 0.9), (5.0, "C5", 0.8), (6.0, "F5", 1.0), (7.5, "E5", 0.7),
              (8.0, "E5", 1.0), (9.0, "D5", 0.8), (10.0, "C5", 0.9), (11.5, "G4", 0.7),
              (12.0, "B4", 1.0), (13.0, "D5", 0.8), (14.0, "G5", 0.9), (15.0, "F5", 0.7),
              (16.0, "E5", 1.0), (17.5, "C5", 0.8), (18.0, "A4", 0.8), (19.0, "E5", 0.8),
              (20.0, "F5", 1.0), (21.0, "E5", 0.8), (22.0, "C5", 0.8), (23.0, "A4", 0.7),
              (24.0, "D5", 1.0), (25.0, "F5", 0.8), (26.0, "A5", 0.9), (27.0, "F5", 0.7),
              (28.0, "E5", 1.0), (29.0, "G#4", 0.7), (30.0, "B4", 0.8), (31.0, "D5", 0.6)]
    _piano_line(buffer, melody, 0.34, length=4.0, decay=0.9)
    return synth.finish(synth.echo(buffer, 0.31, 0.28, taps=3), 0.6, MUSIC_RMS)


def _pad_chords(buffer: list[float], chords: list[tuple[str, ...]], seconds: float,
                gain: float, overlap: float = 2.0) -> None:
    for number, chord in enumerate(chords):
        for name in chord:
            mix_in(buffer, pad(note_hz(name), seconds + overlap, attack=1.8), number * seconds,
                   gain)


def city() -> list[float]:
    """Ambient city at dusk: distant traffic rumble, passing cars, a warm slow pad. 40 s."""
    buffer = synth.scale(synth.brown(40.0, 11, 140.0), 0.5)
    cars = synth.swell(synth.bandpass(synth.noise(40.0, 12), 250.0, 1400.0), 8.0, 0.9,
                       sharp=3.0)
    synth.add(buffer, synth.swell(cars, 5.0, 0.6, 1.3), 0.5)
    chords = [("D3", "F#3", "A3", "C#4"), ("B2", "D3", "F#3", "A3"),
              ("G2", "B2", "D3", "F#3"), ("A2", "C#3", "E3", "A3")]
    _pad_chords(buffer, chords, 10.0, 0.09)
    bells = [(3.0, "F#5"), (13.5, "A5"), (22.0, "D6"), (33.0, "C#6")]
    for at, name in bells:
        mix_in(buffer, tone(note_hz(name), 4.0, BELL, 1.4), at, 0.05)
    return synth.finish(buffer, 0.6, MUSIC_RMS)


def rain() -> list[float]:
    """Rain on a window: hiss, a soft roar, scattered drops, and two quiet chords. 30 s."""
    hiss = synth.bandpass(synth.noise(30.0, 21), 900.0, 5000.0)
    buffer = synth.add(synth.scale(synth.lowpass(synth.noise(30.0, 22), 500.0), 1.4), hiss, 0.5)
    rng = random.Random(23)
    drop = synth.envelope(synth.highpass(synth.noise(0.03, 24), 2500.0, False), 0.001, 0.025)
    for _ in range(240):
        mix_in(buffer, drop, rng.uniform(0.0, 30.0), rng.uniform(0.15, 0.5))
    _pad_chords(buffer, [("A2", "E3", "C4"), ("F2", "C3", "A3"), ("C3", "G3", "E4")], 10.0,
                0.08)
    return synth.finish(buffer, 0.6, MUSIC_RMS)


def beach() -> list[float]:
    """Waves rolling in under a bright open chord. 36 s, a wave every 9 s."""
    surf = synth.swell(synth.lowpass(synth.noise(36.0, 31), 700.0), 9.0, 0.95, sharp=2.5)
    foam = synth.swell(synth.bandpass(synth.noise(36.0, 32), 1500.0, 6000.0), 9.0, 0.98,
                       phase=-0.6, sharp=4.0)
    buffer = synth.add(synth.scale(surf, 2.0), foam, 0.5)
    _pad_chords(buffer, [("C3", "G3", "D4", "E4"), ("F2", "C3", "G3", "A3"),
                         ("A2", "E3", "G3", "C4"), ("G2", "D3", "A3", "B3")], 9.0, 0.07)
    return synth.finish(buffer, 0.6, MUSIC_RMS)


def snow() -> list[float]:
    """A snowed-in cabin: wind outside, a fire crackling, a music-box tune. 40 s."""
    wind = synth.bandpass(synth.noise(40.0, 41), 180.0, 900.0)
    buffer = synth.scale(synth.swell(synth.swell(wind, 10.0, 0.7), 20.0, 0.5, 1.0), 1.3)
    rng = random.Random(42)
    crack = synth.envelope(synth.bandpass(synth.noise(0.02, 43), 800.0, 4000.0, False),
                           0.001, 0.015)
    for _ in range(90):
        mix_in(buffer, crack, rng.uniform(0.0, 40.0), rng.uniform(0.1, 0.45))
    tune = ["E5", "G5", "C6", "B5", "G5", "A5", "E5", "D5", "C5", "E5", "G5", "D6",
            "C6", "B5", "A5", "G5"]
    for beat, name in enumerate(tune):
        mix_in(buffer, tone(note_hz(name), 3.0, BELL, 1.8), 2.5 * beat, 0.12)
    _pad_chords(buffer, [("C3", "G3", "E4"), ("A2", "E3", "C4"), ("F2", "C3", "A3"),
                         ("G2", "D3", "B3")], 10.0, 0.06)
    return synth.finish(synth.echo(buffer, 0.42, 0.2, taps=2), 0.6, MUSIC_RMS)


def subway() -> list[float]:
    """Inside a train: deep rumble, motor hum, wheels clacking over rail joints. 32 s."""
    buffer = synth.swell(synth.brown(32.0, 51, 90.0), 16.0, 0.3)
    hum = synth.scale(pad(55.0, 32.0, attack=0.01, detune=0.2), 0.12)
    synth.add(buffer, hum)
    clack = synth.envelope(synth.lowpass(synth.noise(0.06, 52), 1200.0, False), 0.002, 0.05)
    for bar in range(16):
        for offset in (0.0, 0.16):
            mix_in(buffer, clack, bar * 2.0 + offset + 0.3, 0.9)
    _pad_chords(buffer, [("E3", "B3", "G4"), ("C3", "G3", "E4")], 16.0, 0.04)
    return synth.finish(buffer, 0.6, MUSIC_RMS)


def departure() -> list[float]:
    """The farewell theme: F major, hopeful and unhurried; pads under a piano melody. 40 s."""
    chords = [("F2", "C3", "A3"), ("E2", "C3", "G3"), ("D2", "A2", "F3"), ("A#1", "F2", "D3"),
              ("F2", "C3", "A3"), ("C2", "G2", "E3"), ("A#1", "F2", "D3"), ("C2", "G2", "E3")]
    buffer = synth.silence(40.0)
    _pad_chords(buffer, chords, 5.0, 0.08)
    _piano_line(buffer, _arpeggios(chords, 5.0, (0, 1, 2, 1, 2)), 0.18, length=4.0)
    melody = [(0.0, "A4", 1.0), (2.5, "C5", 0.8), (5.0, "G4", 0.9), (7.5, "E5", 0.8),
              (10.0, "F5", 1.0), (12.5, "D5", 0.8), (15.0, "D5", 0.9), (17.5, "C5", 0.7),
              (20.0, "A4", 1.0), (22.5, "C5", 0.8), (25.0, "G5", 0.9), (27.5, "E5", 0.8),
              (30.0, "F5", 1.0), (32.5, "A5", 0.8), (35.0, "G5", 0.9), (37.5, "E5", 0.7)]
    _piano_line(buffer, melody, 0.32, length=4.5, decay=0.8)
    return synth.finish(synth.echo(buffer, 0.37, 0.25, taps=3), 0.6, MUSIC_RMS)


MUSIC: dict[str, Callable[[], list[float]]] = {
    "piano": piano, "city": city, "rain": rain, "beach": beach, "snow": snow,
    "subway": subway, "departure": departure}


def write(name: str, samples: list[float], folder: Path, bitrate: str) -> Path:
    segment = synth.to_segment(samples)
    buffer = io.BytesIO()
    segment.export(buffer, format="ogg", codec="libvorbis", bitrate=bitrate)
    path = folder / f"{name}.ogg"
    atomic_write_bytes(path, buffer.getvalue(), keep_previous=False)
    path.chmod(0o644)
    return path


def main(argv: list[str] | None = None) -> int:
    from .effects import EFFECTS

    parser = argparse.ArgumentParser(prog="python -m game.audio.compose",
                                     description="compose the game's music and effects")
    parser.add_argument("names", nargs="*", help="only these pieces (default: all)")
    parser.add_argument("--out", help="write here instead of assets/ (music/ and sfx/ inside)")
    args = parser.parse_args(argv)
    root = Path(args.out) if args.out else None
    jobs = [(n, f, (root / "music") if root else MUSIC_DIR, MUSIC_BITRATE, True)
            for n, f in MUSIC.items()]
    jobs += [(n, f, (root / "sfx") if root else SFX_DIR, SFX_BITRATE, False)
             for n, f in EFFECTS.items()]
    for name, make, folder, bitrate, loops in jobs:
        if args.names and name not in args.names:
            continue
        samples = make()
        path = write(name, samples, folder, bitrate)
        report = analyse(samples, loops)
        print(f"{path}: {report}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
