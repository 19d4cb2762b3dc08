"""Measuring voice clips the way a listener would judge them: loudness (LUFS, ITU-R BS.1770),
true peak (dBTP), pitch median and spread, and how many words a speech recogniser gets wrong.

Build time and `voice check` only: this needs numpy and scipy (the `[voice]` extra), and the
recogniser needs pocketsphinx, whose English model ships inside its wheel. The game itself
never imports this module.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from scipy.signal import lfilter, resample_poly

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = 10.0
BLOCK_S = 0.4
OVERSAMPLE = 4  # true peak: inter-sample peaks show at 4x


def samples_of(segment) -> tuple[np.ndarray, int]:
    """A pydub AudioSegment as mono float samples in -1..1, and its rate."""
    segment = segment.set_channels(1).set_sample_width(2)
    data = np.frombuffer(segment.raw_data, dtype="<i2").astype(np.float64) / 32768.0
    return data, segment.frame_rate


def segment_of(samples: np.ndarray, rate: int):
    """Float samples back into a 16-bit pydub AudioSegment."""
    from pydub import AudioSegment

    ints = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    return AudioSegment(data=ints.tobytes(), sample_width=2, frame_rate=rate, channels=1)


def k_weight(samples: np.ndarray, rate: int) -> np.ndarray:
    """The two K-weighting stages of BS.1770 (a high shelf, then a high-pass), designed for
    any sample rate by the bilinear transform; at 48 kHz they give the standard's own
    coefficients."""
    k = math.tan(math.pi * 1681.974450955533 / rate)
    q = 0.7071752369554196
    vh = 10 ** (3.999843853973347 / 20.0)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    b = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    shelved = lfilter(b, a, samples)
    k = math.tan(math.pi * 38.13547087602444 / rate)
    q = 0.5003270373238773
    a0 = 1 + k / q + k * k
    a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return lfilter([1.0, -2.0, 1.0], a, shelved)


def loudness(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness in LUFS (gated, 400 ms blocks at 75 % overlap). A clip shorter
    than one block is measured as one block, so a one-word line still has a loudness."""
    if samples.size == 0:
        return -math.inf
    weighted = k_weight(samples, rate) ** 2
    block = int(BLOCK_S * rate)
    if weighted.size <= block:
        powers = np.array([weighted.mean()])
    else:
        step = block // 4
        sums = np.concatenate([[0.0], np.cumsum(weighted)])
        starts = np.arange(0, weighted.size - block + 1, step)
        powers = (sums[starts + block] - sums[starts]) / block
    with np.errstate(divide="ignore"):
        levels = -0.691 + 10 * np.log10(powers)
    kept = powers[levels > ABSOLUTE_GATE_LUFS]
    if kept.size == 0:
        return -math.inf
    relative = -0.691 + 10 * math.log10(kept.mean()) - RELATIVE_GATE_LU
    kept = kept[(-0.691 + 10 * np.log10(kept)) > relative]
    return -0.691 + 10 * math.log10(kept.mean()) if kept.size else -math.inf


def oversampled(samples: np.ndarray) -> np.ndarray:
    return resample_poly(samples, OVERSAMPLE, 1)


def true_peak(samples: np.ndarray) -> float:
    """The highest inter-sample peak in dBTP (4x oversampled)."""
    if samples.size == 0:
        return -math.inf
    peak = float(np.max(np.abs(oversampled(samples))))
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def limit(samples: np.ndarray, rate: int, ceiling_db: float, lookahead_ms: float = 5.0,
          release_ms: float = 60.0) -> np.ndarray:
    """A look-ahead true-peak limiter: the gain dips smoothly just before any (oversampled)
    peak that would pass `ceiling_db`, and recovers over `release_ms`. A plain gain cap
    (the old normaliser) let one sharp consonant hold a whole line below the target."""
    ceiling = 10 ** (ceiling_db / 20.0)
    peaks = np.abs(oversampled(samples)).reshape(-1, OVERSAMPLE).max(axis=1)[:samples.size]
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    if need.min() >= 1.0:
        return samples
    window = max(1, int(rate * lookahead_ms / 1000.0))
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    held = minimum_filter1d(need, size=2 * window + 1, mode="nearest")
    # release: let the gain come back slowly rather than in one step
    release = max(1, int(rate * release_ms / 1000.0))
    coeff = math.exp(-1.0 / release)
    smooth = lfilter([1 - coeff], [1, -coeff], held - 1.0, zi=[held[0] - 1.0])[0] + 1.0
    gain = np.minimum(held, smooth)
    gain = uniform_filter1d(gain, size=window, mode="nearest")
    gain = np.minimum(gain, minimum_filter1d(need, size=window, mode="nearest"))
    return samples * gain


def level_to(samples: np.ndarray, rate: int, target_lufs: float, ceiling_db: float,
             rounds: int = 6) -> np.ndarray:
    """Gain to the loudness target, limiting peaks under the ceiling; repeated because the
    limiter takes a little loudness back each round."""
    out = samples
    for _ in range(rounds):
        level = loudness(out, rate)
        if not math.isfinite(level):
            return out
        if abs(level - target_lufs) < 0.15 and true_peak(out) <= ceiling_db + 0.05:
            return out
        out = limit(out * 10 ** ((target_lufs - level) / 20.0), rate, ceiling_db)
    return out


@dataclass(frozen=True)
class Pitch:
    median_hz: float  # 0 when no voiced frame was found
    spread_st: float  # standard deviation of the voiced frames, in semitones
    voiced: int  # frames that counted


def pitch(samples: np.ndarray, rate: int) -> Pitch:
    """Median and spread of the fundamental frequency over the voiced frames."""
    hz = pitch_frames(samples, rate)
    if hz.size == 0:
        return Pitch(0.0, 0.0, 0)
    semitones = 12 * np.log2(hz / np.median(hz))
    return Pitch(float(np.median(hz)), float(np.std(semitones)), int(hz.size))


def pitch_frames(samples: np.ndarray, rate: int, low: float = 60.0,
                 high: float = 450.0) -> np.ndarray:
    """Fundamental frequency (Hz) of each voiced 40 ms frame, 10 ms apart: a YIN-style
    difference function; frames quieter than 30 dB under the loudest, or without a clear
    period, are unvoiced and left out."""
    none = np.zeros(0)
    if samples.size == 0:
        return none
    if rate != 16000:
        samples = resample_poly(samples, 16000, rate)
        rate = 16000
    frame = int(0.04 * rate)
    hop = int(0.01 * rate)
    count = (samples.size - frame) // hop
    if count <= 0:
        return none
    index = np.arange(frame)[None, :] + hop * np.arange(count)[:, None]
    frames = samples[index]
    energy = np.sqrt((frames ** 2).mean(axis=1))
    loud = energy > energy.max() * 10 ** (-30 / 20)
    frames = frames[loud]
    if frames.size == 0:
        return none
    min_lag, max_lag = int(rate / high), int(rate / low)
    size = 1 << (2 * frame - 1).bit_length()
    spectrum = np.fft.rfft(frames, size, axis=1)
    acf = np.fft.irfft(spectrum * np.conj(spectrum), size, axis=1)[:, :max_lag + 2]
    # d(tau) = energy of the first W-tau samples + energy of the last W-tau - 2 r(tau)
    squares = np.cumsum(frames ** 2, axis=1)
    lags = np.arange(max_lag + 2)
    padded = np.concatenate([np.zeros((frames.shape[0], 1)), squares], axis=1)
    head = padded[:, frame - lags]
    tail = squares[:, -1:] - padded[:, lags]
    diff = head + tail - 2 * acf
    cumulative = np.cumsum(diff[:, 1:], axis=1) / np.arange(1, diff.shape[1])
    normalised = np.ones_like(diff)
    normalised[:, 1:] = diff[:, 1:] / np.maximum(cumulative, 1e-12)
    region = normalised[:, min_lag:max_lag + 1]
    best = region.argmin(axis=1)
    clear = region[np.arange(region.shape[0]), best] < 0.25
    return rate / (best[clear] + min_lag)


def semitones_between(a_hz: float, b_hz: float) -> float:
    if a_hz <= 0 or b_hz <= 0:
        return math.inf
    return abs(12 * math.log2(a_hz / b_hz))


_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    """Lower-case words for scoring: punctuation dropped, curly apostrophes made plain."""
    text = text.lower().replace("\u2019", "'").replace("\u2014", " ").replace("-", " ")
    return [w.strip("'") for w in _WORD.findall(text) if w.strip("'")]


def word_errors(reference: list[str], heard: list[str]) -> int:
    """Substitutions + deletions + insertions (Levenshtein over words)."""
    previous = list(range(len(heard) + 1))
    for i, word in enumerate(reference, 1):
        current = [i] + [0] * len(heard)
        for j, other in enumerate(heard, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (word != other))
        previous = current
    return previous[-1]


class Recogniser:
    """PocketSphinx with the US English model from its own wheel, loaded once and reused
    (decoding a clip is cheap; loading the model is not)."""

    RATE = 16000

    def __init__(self) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError as exc:
            raise ImportError("voice check needs pocketsphinx: pip install -e '.[voice]'") from exc
        self._decoder = Decoder(loglevel="FATAL")

    def transcribe(self, samples: np.ndarray, rate: int) -> str:
        if rate != self.RATE:
            samples = resample_poly(samples, self.RATE, rate)
        pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2").tobytes()
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, full_utt=True)
        self._decoder.end_utt()
        hyp = self._decoder.hyp()
        return hyp.hypstr if hyp is not None else ""
