"""Sound for the game: the run-time mixer (voice, music, sfx, UI), voice clip lookup, the
offline voice pipeline (`python main.py voice build`), composed music and effects, voice lint
and self-voicing.

The play scene gets its sound object from `open_audio()`: a `Mixer` when a sound device
opens, else a `Silent` one with the same methods, after a single warning.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from .warn import AudioWarning, WarnOnce, native_stderr_quiet

__all__ = ["open_audio", "voice_lint", "self_voicing_status", "self_voicing_available",
           "AudioWarning", "Mixer", "Silent"]

DEVICE_WARNINGS = WarnOnce()  # one "no sound device" warning per run, not per scene
# frequency and channels: those of the story's sounds (library.sounds_format), exactly — SDL
# converts to whatever the device wants as it plays, rather than every decoded sound at load
MIXER_FORMAT = {"size": -16, "buffer": 1024, "allowedchanges": 0}


def open_audio(story_folder: str | Path | None = None, settings: object = None, *,
               names: Mapping[str, str] | None = None, allow_dummy: bool = False):
    """The sound object for a play session: Mixer, or Silent when there is no device.

    SDL's dummy driver counts as no device (nothing would be heard, and waiting for clips
    would only slow headless runs) unless `allow_dummy` is set, as the audio tests do."""
    import pygame

    from .mixer import Mixer, Silent

    driver = os.environ.get("SDL_AUDIODRIVER", "")
    if driver == "dummy" and not allow_dummy:
        DEVICE_WARNINGS("dummy", "no sound device (SDL_AUDIODRIVER=dummy): playing on, "
                                 "text only")
        return Silent()
    try:
        if not pygame.mixer.get_init():
            from .library import sounds_format

            rate, channels = sounds_format(story_folder)
            buffer = MIXER_FORMAT["buffer"] * rate // 44100  # the same latency at any rate
            with native_stderr_quiet():  # ALSA/PulseAudio print their own probing noise
                pygame.mixer.init(**{**MIXER_FORMAT, "buffer": max(256, buffer)},
                                  frequency=rate, channels=channels)
    except pygame.error as exc:
        DEVICE_WARNINGS("no-device", f"no sound device ({exc}): playing on, text only")
        return Silent()
    return Mixer(story_folder, settings, names=names)


def __getattr__(name: str):
    # Loaded only when asked: Mixer and Silent import pygame, so the voice pipeline and lint
    # stay free of it; voice lint (the ink compiler's diagnostics, the line scanner) and
    # self-voicing (the voice engines) are 10 ms of imports, and the window's start-up
    # reaches this package before its first frame (`play` quiets SDL's notes with `warn`)
    if name in ("Mixer", "Silent"):
        from . import mixer
        return getattr(mixer, name)
    if name == "voice_lint":
        from .voicelint import voice_lint
        return voice_lint
    if name in ("self_voicing_available", "self_voicing_status"):
        from . import selfvoice
        return getattr(selfvoice, name)
    raise AttributeError(name)
