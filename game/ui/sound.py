"""The window's one door to sound: any object with the `SoundPort` methods can be plugged in.

The port and its silent object (`NullSound`) are declared in `game.core.sound`; the window calls
sound only through `SoundHook`, which fills in a silent answer for whatever the plugged object
lacks or whenever it fails. With no sound at all the game plays the same, silently: tests and
autoplay never need an audio device. Which sound object to plug in is the caller's choice
(`game.commands.play` opens the audio package's mixer), so the window never imports audio.
"""

from __future__ import annotations

from typing import Any

from game.core.sound import NullSound


class SoundHook:
    """Wraps a plugged sound object; a missing method or a failing call falls back to silence,
    so a broken audio device can never stop the story."""

    def __init__(self, sound: object | None = None) -> None:
        self.sound = sound if sound is not None else NullSound()
        self._silent = NullSound()

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
                    and not isinstance(self.sound, NullSound))

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
