"""Text-to-speech engines the voice pipeline drives: Festival (HTS voices) and espeak-ng.

Each character's `voice:` block in story.yaml picks an engine and its settings; this module
turns one line of text into a WAV file with them. Engines are external programs (Debian
packages), so a missing one is an error a person can act on, naming the package to install.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from game.core.errors import HerError

ENGINES = ("festival", "espeak-ng")
DEFAULT_VOICE = {"engine": "espeak-ng", "voice": "en-us", "speed": 160, "pitch": 50}
PACKAGES = {"festival": "festival festvox-us-slt-hts", "espeak-ng": "espeak-ng"}
TIMEOUT_SECONDS = 120


class VoiceError(HerError):
    """A line could not be synthesised: missing engine, bad voice settings, engine failure."""


def engine_available(engine: str) -> bool:
    program = "text2wave" if engine == "festival" else engine
    return shutil.which(program) is not None


def voice_settings(voice: dict | None) -> dict:
    """The character's settings with defaults filled in; unknown engines fall back to espeak."""
    settings = dict(DEFAULT_VOICE)
    if voice and voice.get("engine") == "festival":
        settings = {"engine": "festival", "voice": "cmu_us_slt_arctic_hts", "rate": 1.0}
    settings.update(voice or {})
    return settings


def settings_hash(voice: dict | None) -> str:
    """Changes when a character's voice settings change, so their clips are remade."""
    text = json.dumps(voice_settings(voice), sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


_SPEECH_MARKS = {"\u2014": ", ", "\u2013": ", ", "\u201c": '"', "\u201d": '"',
                 "\u2018": "'", "\u2019": "'", "\u2026": "...", "*": "", "_": " "}


def speech_text(text: str) -> str:
    """Typography the engines mispronounce or drop (a dash loses its pause) made plain."""
    for mark, plain in _SPEECH_MARKS.items():
        text = text.replace(mark, plain)
    return " ".join(text.replace(" ,", ",").split())


def synthesise(text: str, voice: dict | None, out: Path) -> Path:
    """Speak `text` into the WAV file `out` with the given voice settings."""
    text = speech_text(text)
    settings = voice_settings(voice)
    engine = settings.get("engine")
    if engine not in ENGINES:
        raise VoiceError(f"unknown voice engine '{engine}'", hint="use festival or espeak-ng")
    if not engine_available(engine):
        raise VoiceError(f"{engine} is not installed",
                         hint=f"apt-get install {PACKAGES[engine]}")
    if engine == "festival":
        command = _festival_command(settings, out)
    else:
        command = _espeak_command(settings, out)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8",
                                     delete=False) as handle:
        handle.write(text + "\n")
        text_file = handle.name
    try:
        if engine == "festival":
            command.append(text_file)
        else:
            command += ["-f", text_file]
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS,
                              check=False)
    except subprocess.TimeoutExpired:
        raise VoiceError(f"{engine} took longer than {TIMEOUT_SECONDS} s") from None
    finally:
        Path(text_file).unlink(missing_ok=True)
    if done.returncode != 0 or not out.is_file() or out.stat().st_size < 100:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise VoiceError(f"{engine} failed: {message[-1] if message else 'no audio'}",
                         hint=f"check the voice settings {settings}")
    return out


def _festival_command(settings: dict, out: Path) -> list[str]:
    name = str(settings.get("voice", "cmu_us_slt_arctic_hts"))
    if not name.replace("_", "").isalnum():
        raise VoiceError(f"festival voice '{name}' is not a voice name")
    rate = _number(settings.get("rate", 1.0), 0.5, 2.0)
    command = ["text2wave", "-eval", f"(voice_{name})"]
    if rate != 1.0:
        # HTS voices ignore Duration_Stretch; the engine's own speed parameter works.
        command += ["-eval", "(set! hts_engine_params (append hts_engine_params "
                             f"(list (list \"-r\" {1.0 / rate:.3f}))))"]
    return command + ["-o", str(out)]


def _espeak_command(settings: dict, out: Path) -> list[str]:
    name = str(settings.get("voice", "en-us"))
    if not all(ch.isalnum() or ch in "-+_" for ch in name):
        raise VoiceError(f"espeak-ng voice '{name}' is not a voice name")
    speed = int(_number(settings.get("speed", 160), 80, 400))
    pitch = int(_number(settings.get("pitch", 50), 0, 99))
    return ["espeak-ng", "-v", name, "-s", str(speed), "-p", str(pitch), "-w", str(out)]


def _number(value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise VoiceError(f"voice setting {value!r} is not a number")
    return max(low, min(float(value), high))
