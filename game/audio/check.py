"""`python main.py voice check [--story PATH] [--json]`: can people understand the cast, and
tell its voices apart?

For each character: a speech recogniser (PocketSphinx, its US English model inside its wheel)
transcribes a sample of clips whose words are known, giving a word error rate; every clip's
loudness (LUFS) and true peak (dBTP) are measured against the pipeline's target; and the
pitch median and spread show whether two characters sit too close to tell apart. A WER from
a small open recogniser is a relative figure, good for comparing voices, not an absolute one.
Needs the `[voice]` extra (numpy, scipy, pocketsphinx); the game itself does not.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import clip
from .lines import story_lines
from .manifest import Manifest, voice_root

WER_LIMIT = 0.30
LEAD_WER_LIMIT = 0.20  # the story's most-voiced character (its lead) must be clearer still
MIN_CLIPS_FOR_WER = 8
CLOSE_SEMITONES = 1.0


@dataclass
class ClipFigures:
    file: str
    speaker: str
    lufs: float
    true_peak: float
    pitch_hz: float
    pitch_semitones: list[float] = field(default_factory=list)  # voiced frames, for spread
    errors: int = -1  # word errors; -1 when not transcribed
    words: int = 0
    heard: str = ""


@dataclass
class CharacterFigures:
    clips: int
    sampled: int
    wer: float | None
    lufs_median: float
    lufs_min: float
    lufs_max: float
    true_peak_max: float
    pitch_median_hz: float
    pitch_spread_st: float
    flags: list[str]


def check_command(args: argparse.Namespace) -> int:
    try:
        report = check(getattr(args, "story", None), sample=getattr(args, "sample", 30))
    except ImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        print(json.dumps(report, indent=2))
    else:
        print(format_report(report))
    return 0 if report["ok"] else 1


def _sample(paths: list[Path], count: int) -> list[Path]:
    """An even spread through the character's clips (sorted by id, so it is repeatable and
    covers every chapter rather than the first one)."""
    if len(paths) <= count:
        return paths
    step = len(paths) / count
    return [paths[int(i * step)] for i in range(count)]


def check(story: str | Path | None = None, *, sample: int = 30,
          workers: int | None = None) -> dict:
    """Measure every clip of a story's voice folder; a dict ready for JSON."""
    from . import measure  # noqa: F401  (fail early, with the install hint, if numpy is gone)

    lines, config, folder = story_lines(story)
    manifest = Manifest.load(voice_root(folder))
    texts = {(line.speaker, line.line_id): line.text for line in lines}
    by_speaker: dict[str, list[Path]] = {}
    for path in manifest.clip_files():
        by_speaker.setdefault(path.parent.name, []).append(path)
    tasks = []
    for speaker, paths in sorted(by_speaker.items()):
        known = [p for p in paths if (speaker, p.stem) in texts]
        chosen = set(_sample(known, sample))
        for path in paths:
            text = texts.get((speaker, path.stem)) if path in chosen else None
            tasks.append((str(path), speaker, text))
    figures = _measure_all(tasks, workers)
    lead = max(by_speaker, key=lambda s: len(by_speaker[s]), default=None)
    characters = {}
    for speaker in sorted(by_speaker):
        mine = [f for f in figures if f.speaker == speaker]
        characters[speaker] = asdict(_summarise(mine, speaker == lead))
    pairs = []
    names = [s for s in characters if characters[s]["pitch_median_hz"] > 0]
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            apart = measure_semitones(characters[first]["pitch_median_hz"],
                                      characters[second]["pitch_median_hz"])
            if apart < CLOSE_SEMITONES:
                pairs.append({"characters": [first, second], "semitones": round(apart, 2)})
                for name, other in ((first, second), (second, first)):
                    characters[name]["flags"].append(f"pitch within {apart:.2f} semitones "
                                                     f"of {other}")
    off = [{"file": _shown(Path(f.file), manifest.root), "lufs": round(f.lufs, 2),
            "true_peak": round(f.true_peak, 2)} for f in figures if _level_off(f)]
    return {
        "story": str(folder), "voice_root": str(manifest.root),
        "target_lufs": clip.TARGET_LUFS, "tolerance_lu": clip.LOUDNESS_TOLERANCE_LU,
        "true_peak_ceiling": clip.TRUE_PEAK_CEILING_DBTP,
        "wer_limit": WER_LIMIT, "lead": lead, "lead_wer_limit": LEAD_WER_LIMIT,
        "clips": len(figures), "characters": characters, "close_pitch_pairs": pairs,
        "clips_off_level": off,
        "ok": not off and all(not c["flags"] for c in characters.values()),
    }


def measure_semitones(a: float, b: float) -> float:
    return abs(12 * math.log2(a / b)) if a > 0 and b > 0 else math.inf


def _level_off(figures: ClipFigures) -> bool:
    return (abs(figures.lufs - clip.TARGET_LUFS) > clip.LOUDNESS_TOLERANCE_LU
            or figures.true_peak > clip.TRUE_PEAK_CEILING_DBTP)


def _summarise(mine: list[ClipFigures], lead: bool) -> CharacterFigures:
    import numpy as np

    sampled = [f for f in mine if f.errors >= 0]
    total_words = sum(f.words for f in sampled)
    wer = sum(f.errors for f in sampled) / total_words if total_words else None
    levels = [f.lufs for f in mine if math.isfinite(f.lufs)] or [-math.inf]
    peaks = [f.true_peak for f in mine] or [-math.inf]
    voiced = [f.pitch_hz for f in mine if f.pitch_hz > 0]
    median = float(np.median(voiced)) if voiced else 0.0
    pooled = [12 * math.log2(f.pitch_hz / median) + st for f in mine if f.pitch_hz > 0
              for st in f.pitch_semitones] if median else []
    spread = float(np.std(pooled)) if pooled else 0.0
    flags = []
    limit = LEAD_WER_LIMIT if lead else WER_LIMIT
    if wer is not None and len(mine) >= MIN_CLIPS_FOR_WER and wer > limit:
        flags.append(f"WER {100 * wer:.1f} % is over {100 * limit:.0f} %")
    off = sum(1 for f in mine if _level_off(f))
    if off:
        flags.append(f"{off} clip(s) off the loudness target or over the true-peak ceiling")
    return CharacterFigures(len(mine), len(sampled), None if wer is None else round(wer, 4),
                            round(float(np.median(levels)), 2), round(min(levels), 2),
                            round(max(levels), 2), round(max(peaks), 2), round(median, 1),
                            round(spread, 2), flags)


_RECOGNISER = None  # one per worker process: loading the model is the slow part


def _measure_one(task: tuple[str, str, str | None]) -> ClipFigures:
    from pydub import AudioSegment

    from . import measure

    global _RECOGNISER
    file, speaker, text = task
    samples, rate = measure.samples_of(AudioSegment.from_file(file))
    pitch = measure.pitch(samples, rate)
    frames = measure.pitch_frames(samples, rate)
    relative = [round(12 * math.log2(hz / pitch.median_hz), 2) for hz in frames] \
        if pitch.median_hz > 0 else []
    figures = ClipFigures(file, speaker, measure.loudness(samples, rate),
                          measure.true_peak(samples), pitch.median_hz, relative)
    if text is not None:
        if _RECOGNISER is None:
            _RECOGNISER = measure.Recogniser()
        heard = _RECOGNISER.transcribe(samples, rate)
        reference = measure.words(text)
        figures.errors = measure.word_errors(reference, measure.words(heard))
        figures.words = len(reference)
        figures.heard = heard
    return figures


def _measure_all(tasks: list, workers: int | None) -> list[ClipFigures]:
    from . import measure

    if any(text is not None for _f, _s, text in tasks):
        measure.Recogniser()  # the install hint now, not from inside a worker
    count = workers or min(2, os.cpu_count() or 1)
    if count <= 1 or len(tasks) < 8:
        return [_measure_one(task) for task in tasks]
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(count) as pool:
        return pool.map(_measure_one, tasks, chunksize=8)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def format_report(report: dict) -> str:
    rows = [f"voice check: {report['clips']} clips in {report['voice_root']} "
            f"(target {report['target_lufs']:.0f} LUFS ±{report['tolerance_lu']:.0f} LU, "
            f"peaks under {report['true_peak_ceiling']:.0f} dBTP)",
            f"{'character':<11} {'clips':>5} {'WER':>7} {'LUFS':>13} {'dBTP':>6} "
            f"{'pitch':>8} {'spread':>7}"]
    for name, c in report["characters"].items():
        wer = "-" if c["wer"] is None else f"{100 * c['wer']:.1f} %"
        rows.append(f"{name:<11} {c['clips']:>5} {wer:>7} "
                    f"{c['lufs_min']:>6.1f}..{c['lufs_max']:<5.1f} {c['true_peak_max']:>6.1f} "
                    f"{c['pitch_median_hz']:>5.0f} Hz {c['pitch_spread_st']:>4.1f} st")
        rows += [f"    ! {flag}" for flag in c["flags"]]
    for off in report["clips_off_level"][:20]:
        rows.append(f"  off level: {off['file']} {off['lufs']} LUFS, {off['true_peak']} dBTP")
    rows.append("ok" if report["ok"] else "flagged: see the lines marked !")
    return "\n".join(rows)
