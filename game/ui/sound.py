"""The window's one door to sound: any object with the mixer's methods can be plugged in.

The audio package offers `cue(tags)`, `play_voice(line)`, `voice_busy()`, `voice_level()`; the
window calls only these (and a few optional ones), through `SoundHook`, which fills in a silent
answer for whatever the plugged object lacks. With no sound at all the game plays the same,
silently: tests and autoplay never need an audio device.
"""

from __future__ import annotations

from typing import Any


class SilentSound:
    """The default: every call answers as if nothing were playing."""

    def cue(self, tags: Any) -> None:
        """Music, sfx and ambience for a line's presentation tags."""

    def play_voice(self, line: Any) -> bool:
        return False

    def has_voice(self, line: Any) -> bool:
        return False

    def stop_voice(self) -> None:
        """Silence the current clip (skipping, rollback)."""

    def voice_busy(self) -> bool:
        return False

    def voice_level(self) -> float:
        return 0.0

    def apply_settings(self, settings: Any) -> None:
        """Volumes changed."""

    def replay(self, line_id: str, speaker: str | None = None) -> bool:
        return False

    def play_ui(self, name: str) -> None:
        """A small interface sound: 'select', 'back'."""

    def update(self) -> None:
        """Once a frame: lets the mixer bring music back up after a voice."""

    def voice_speaker(self) -> str | None:
        return None

    def set_self_voicing(self, on: bool) -> str | None:
        return None

    def speak(self, text: str) -> bool:
        return False

    def speak_choices(self, choices: Any) -> bool:
        return False


class SoundHook:
    """Wraps a plugged sound object; a missing method or a failing call falls back to silence,
    so a broken audio device can never stop the story."""

    def __init__(self, sound: object | None = None) -> None:
        self.sound = sound if sound is not None else SilentSound()
        self._silent = SilentSound()

    def _call(self, name: str, *args: Any) -> Any:
        method = getattr(self.sound, name, None) or getattr(self._silent, name)
        try:
            return method(*args)
        except Exception:  # noqa: BLE001 — sound is optional; the story must go on
            return getattr(self._silent, name)(*args)

    def cue(self, tags: Any) -> None:
        self._call("cue", tags)

    def play_voice(self, line: Any) -> bool:
        return bool(self._call("play_voice", line))

    def has_voice(self, line: Any) -> bool:
        """Whether history offers replay: the mixer's answer, else "has a speaker and id"."""
        if hasattr(self.sound, "has_voice"):
            return bool(self._call("has_voice", line))
        return bool(getattr(line, "line_id", None) and getattr(line, "speaker", None)
                    and type(self.sound).__name__ not in ("SilentSound", "Silent"))

    def stop_voice(self) -> None:
        self._call("stop_voice")

    def voice_busy(self) -> bool:
        return bool(self._call("voice_busy"))

    def voice_level(self) -> float:
        try:
            return max(0.0, min(1.0, float(self._call("voice_level"))))
        except (TypeError, ValueError):
            return 0.0

    def apply_settings(self, settings: Any) -> None:
        self._call("apply_settings", settings)

    def replay(self, line: Any) -> bool:
        return bool(self._call("replay", line.line_id, line.speaker))

    def update(self) -> None:
        self._call("update")

    def ui(self, name: str) -> None:
        self._call("play_ui", name)

    def voice_speaker(self) -> str | None:
        return self._call("voice_speaker")

    def set_self_voicing(self, on: bool) -> str:
        """Turns reading aloud on or off; the answer says what happened (or what to install)."""
        answer = self._call("set_self_voicing", on)
        return answer if isinstance(answer, str) else (
            "Self-voicing needs sound; none is available." if on else "Self-voicing off.")

    def speak(self, text: str) -> None:
        self._call("speak", text)

    def speak_choices(self, choices: list[str]) -> None:
        self._call("speak_choices", choices)


def default_sound(story: Any, settings: Any) -> object | None:
    """The audio package's mixer (or its own silent stand-in); None if it is not there."""
    try:
        from game.audio import open_audio  # noqa: PLC0415 — optional, built by another part
    except ImportError:
        return None
    folder = story.source.folder if story.source else None
    names = {c.id: c.name for c in story.config.characters.values()}
    try:
        return open_audio(folder, settings, names=names)
    except Exception:  # noqa: BLE001 — no audio device must not stop the game
        return None
