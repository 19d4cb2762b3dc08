"""Post-processing a spoken line into a game clip, and the loudness envelope of any clip.

Every engine speaks at its own level with its own silences; the player should hear one even
voice. So each clip is trimmed, brought to one loudness target (LUFS) with a true-peak
limiter keeping it under the ceiling after encoding, given short fades (no clicks), made mono
at 22.05 kHz and stored as a small OGG. The envelope (loudness per frame)
drives Samantha's visualiser without analysing audio at run time.
"""

from __future__ import annotations

import array
import io
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydub is imported only where a clip is made: importing it probes for
    from pydub import AudioSegment  # ffmpeg and warns, which the game itself never needs

TARGET_LUFS = -20.0  # integrated loudness every clip is brought to
LOUDNESS_TOLERANCE_LU = 1.0
TRUE_PEAK_CEILING_DBTP = -1.0  # no clip peaks above this, measured after encoding
LIMITER_CEILING_DBTP = -1.6  # the limiter aims lower: Vorbis adds a little to the peaks
SAMPLE_RATE = 22050
BITRATE = "40k"
FRAME_MS = 40  # envelope frame
FADE_IN_MS = 15
FADE_OUT_MS = 30
KEEP_SILENCE_MS = 60  # breath left at each end after trimming
SILENCE_BELOW_DB = 35.0  # quieter than the clip's peak by this much counts as silence


def process(segment: AudioSegment, ceiling: float = LIMITER_CEILING_DBTP) -> AudioSegment:
    """Trim, level (loudness target, true-peak limited), fade and format one spoken clip.
    Build time only: the levelling needs numpy and scipy (the `[voice]` extra)."""
    from . import measure

    segment = segment.set_channels(1).set_frame_rate(SAMPLE_RATE).set_sample_width(2)
    segment = trim_silence(segment)
    fade_out = min(FADE_OUT_MS, len(segment) // 4)
    segment = segment.fade_in(min(FADE_IN_MS, len(segment) // 4)).fade_out(fade_out)
    samples, rate = measure.samples_of(segment)
    return measure.segment_of(measure.level_to(samples, rate, TARGET_LUFS, ceiling), rate)


def finished_ogg(segment: AudioSegment, comment: str | None = None) -> tuple[AudioSegment, bytes]:
    """Process and encode a raw spoken clip; if the encoded file still peaks over the
    ceiling, level it again with a lower limiter ceiling. Returns the processed segment and
    the OGG bytes."""
    from pydub import AudioSegment

    from . import measure

    ceiling = LIMITER_CEILING_DBTP
    for _ in range(4):
        done = process(segment, ceiling)
        data = ogg_bytes(done, comment)
        decoded, rate = measure.samples_of(AudioSegment.from_file(io.BytesIO(data)))
        peak = measure.true_peak(decoded)
        if peak <= TRUE_PEAK_CEILING_DBTP - 0.1:
            break
        ceiling -= peak - TRUE_PEAK_CEILING_DBTP + 0.3
    return done, data


def trim_silence(segment: AudioSegment) -> AudioSegment:
    from pydub.silence import detect_leading_silence

    if len(segment) == 0 or segment.max_dBFS == -math.inf:
        return segment
    threshold = segment.max_dBFS - SILENCE_BELOW_DB
    start = detect_leading_silence(segment, silence_threshold=threshold, chunk_size=5)
    end = detect_leading_silence(segment.reverse(), silence_threshold=threshold, chunk_size=5)
    start = max(0, start - KEEP_SILENCE_MS)
    stop = min(len(segment), len(segment) - end + KEEP_SILENCE_MS)
    return segment[start:stop] if stop > start else segment


def ogg_bytes(segment: AudioSegment, comment: str | None = None) -> bytes:
    """Mono Vorbis at a modest bitrate: speech stays clear and the whole cast fits in MBs.
    `comment` goes into the file's Vorbis comment, readable with `ogg_comment`."""
    buffer = io.BytesIO()
    segment.export(buffer, format="ogg", codec="libvorbis", bitrate=BITRATE,
                   tags={"comment": comment} if comment else None,
                   parameters=["-ar", str(SAMPLE_RATE), "-ac", "1"])
    return buffer.getvalue()


def ogg_comment(path: Path, key: str = "description") -> str | None:
    """A Vorbis comment's value, read from the file's header pages (no decoding). ffmpeg
    stores the `comment` tag that `ogg_bytes` writes as DESCRIPTION."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    marker = f"{key}=".encode()
    for start in (head.find(marker), head.find(marker.upper()), head.find(marker.lower())):
        if start >= 0 and start >= 4:
            length = int.from_bytes(head[start - 4:start], "little")
            value = head[start + len(marker):start + length]
            return value.decode("utf-8", "replace")
    return None


def envelope(segment: AudioSegment, frame_ms: int = FRAME_MS) -> list[int]:
    """Loudness per frame, 0..99 relative to the clip's loudest frame (compact in JSON)."""
    segment = segment.set_channels(1)
    levels = [segment[start:start + frame_ms].rms for start in range(0, len(segment), frame_ms)]
    return _relative(levels)


def _relative(levels: list[float]) -> list[int]:
    loudest = max(levels, default=0)
    if loudest <= 0:
        return [0] * len(levels)
    return [round(99 * math.sqrt(level / loudest)) for level in levels]


def envelope_from_raw(raw: bytes, frame_rate: int, channels: int, sample_width: int = 2,
                      frame_ms: int = FRAME_MS) -> list[int]:
    """The envelope of decoded samples (e.g. a pygame Sound's raw buffer): for clips that
    arrive without a manifest entry, such as a recorded human take dropped in place."""
    usable = len(raw) - len(raw) % (sample_width * channels)
    if sample_width != 2:
        from pydub import AudioSegment

        segment = AudioSegment(data=raw[:usable], sample_width=sample_width,
                               frame_rate=frame_rate, channels=channels)
        return envelope(segment, frame_ms)
    samples = array.array("h", raw[:usable])
    if sys.byteorder != "little":
        samples.byteswap()
    step = max(1, frame_rate * frame_ms // 1000) * channels  # samples per frame, all channels
    levels = []
    for start in range(0, len(samples), step):
        frame = samples[start:start + step]
        # the mono mix's RMS, as pydub's set_channels(1) then .rms would give
        mono = [sum(frame[i:i + channels]) / channels for i in range(0, len(frame), channels)]
        levels.append(math.sqrt(sum(v * v for v in mono) / len(mono)) if mono else 0.0)
    return _relative(levels)


def load_wav(path: Path) -> AudioSegment:
    from pydub import AudioSegment

    return AudioSegment.from_wav(str(path))
