"""The one door between a shell and sound: `SoundPort`, what the window may ask of any sound
object, and `NullSound`, the silent object with every answer of "nothing is playing".

The audio package's mixer implements the port; its no-device fallback is a `NullSound`. The
window only ever talks to a port (through `game.ui.sound.SoundHook`, which also survives a
failing device), so tests, autoplay and machines without audio play the same story silently.
Declared in the core because both sides (ui and audio) depend on it and neither on the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class SoundPort(Protocol):
    """What the window calls on sound. Every method must be safe to call at any time."""

    def cue(self, tags: Any) -> None:
        """Music, sfx and ambience for a line's presentation tags."""

    def play_voice(self, line: Any) -> bool:
        """Start the line's voice clip; False when it has none."""

    def has_voice(self, line: Any) -> bool:
        """Whether the line has a clip (history offers replay only then)."""

    def replay(self, line_id: str, speaker: str | None = None) -> bool:
        """Play a line's clip again (from history)."""

    def stop_voice(self) -> None:
        """Silence the current clip (skipping, rollback)."""

    def voice_busy(self) -> bool:
        """A clip is playing: auto-forward waits for it."""

    def voice_speaker(self) -> str | None:
        """Whose clip is playing, if any."""

    def voice_level(self, speaker: str | None = None) -> float:
        """Loudness 0..1 of the clip playing now (the visualiser follows it)."""

    def apply_settings(self, settings: Any) -> None:
        """Volumes or voice settings changed."""

    def update(self) -> None:
        """Once a frame: lets the mixer bring music back up after a voice."""

    def play_ui(self, name: str) -> None:
        """A small interface sound: 'select', 'back'."""

    def set_self_voicing(self, on: bool) -> str | None:
        """Reading aloud on or off; the answer says what happened (or what to install)."""

    def speak(self, text: str) -> bool:
        """Read `text` aloud (self-voicing)."""

    def speak_choices(self, choices: Iterable[Any]) -> bool:
        """Read the offered choices aloud (self-voicing)."""


class NullSound:
    """Silence with the whole port: the default when there is no sound at all."""

    voice_continues = False
    self_voicing = False
    music_track = None
    no_sound_reason = "Self-voicing needs sound; none is available."

    def cue(self, tags: Any) -> None:
        return None

    def play_voice(self, line: Any) -> bool:
        return False

    def has_voice(self, line: Any) -> bool:
        return False

    def replay(self, line_id: str, speaker: str | None = None) -> bool:
        return False

    def stop_voice(self) -> None:
        return None

    def voice_busy(self) -> bool:
        return False

    def voice_speaker(self) -> str | None:
        return None

    def voice_level(self, speaker: str | None = None) -> float:
        return 0.0

    def apply_settings(self, settings: Any) -> None:
        return None

    def set_volumes(self, *args: object, **kwargs: object) -> None:
        return None

    def update(self) -> None:
        return None

    def music_volume(self) -> float:
        return 0.0

    def play_music(self, track: str) -> None:
        return None

    def play_sfx(self, name: str) -> None:
        return None

    def play_ui(self, name: str) -> None:
        return None

    def set_self_voicing(self, on: bool) -> str | None:
        return self.no_sound_reason if on else "Self-voicing off."

    def speak(self, text: str) -> bool:
        return False

    def speak_choices(self, choices: Iterable[Any]) -> bool:
        return False

    def close(self) -> None:
        return None
