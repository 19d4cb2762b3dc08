"""The game's sound: voice, music, effects and UI channels over pygame's mixer.

The play scene talks to this object only through `cue`, `play_voice`, `voice_busy`,
`voice_level`, `replay`, `stop_voice`, `set_volumes` (and `speak` for self-voicing); `Silent`
has the same methods and does nothing, for machines with no sound device. Failures never stop
the story: a missing or broken file is one warning and then silence for that sound.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.core.sound import NullSound
from game.core.tags import Tags, parse_tags

from .library import PENDING, Library, sound_envelope
from .selfvoice import Speaker, self_voicing_available, self_voicing_status
from .warn import WarnOnce

MUSIC_CHANNELS = (0, 1)  # two, so one track can fade in while the other fades out
VOICE_CHANNEL = 2
SFX_CHANNELS = (3, 4, 5)
UI_CHANNEL = 6
RESERVED = 7
CROSSFADE_MS = 1500
STOP_FADE_MS = 2000
DUCK = 0.35  # music level while someone speaks
UNDUCK_SECONDS = 0.6  # how long music takes to come back up after a line


@dataclass
class Volumes:
    master: float = 0.8
    music: float = 0.7
    voice: float = 1.0
    sfx: float = 0.8
    ui: float = 0.6
    characters: dict[str, float] = field(default_factory=dict)

    def character(self, speaker: str | None) -> float:
        return float(self.characters.get(speaker, 1.0)) if speaker else 1.0


@dataclass
class _Voice:
    line_id: str | None
    speaker: str | None
    sound: pygame.mixer.Sound
    envelope: list[int]
    started: float


@dataclass
class _Waiting:
    line_id: str
    speaker: str | None
    path: Path
    line: object  # for self-voicing, should its clip not decode
    asked: float


VOICE_WAIT_SECONDS = 3.0  # a clip takes a few milliseconds to decode; given up after this

_SETTING_KEYS = {"master_volume": "master", "music_volume": "music", "voice_volume": "voice",
                 "sfx_volume": "sfx", "ui_volume": "ui", "character_volumes": "characters"}


class Mixer:
    """Real sound. Construct with `open_audio()`, which falls back to `Silent`."""

    def __init__(self, story_folder: str | Path | None = None, settings: object = None, *,
                 names: Mapping[str, str] | None = None, fade_ms: int = CROSSFADE_MS,
                 now: Callable[[], float] = time.monotonic, warn: WarnOnce | None = None
                 ) -> None:
        self.warn = warn or WarnOnce()
        self.library = Library(story_folder, self.warn)
        self.volumes = Volumes()
        self.voice_continues = False  # True: a voice keeps playing past an unvoiced line
        self.self_voicing = False
        self.names = dict(names or {})  # speaker id -> name, for self-voicing
        self.fade_ms = fade_ms
        self.now = now  # audio position is device (wall) time, not game-tick time
        self.music_track: str | None = None
        self._music_slot = 0
        self._duck = 1.0
        self._last_update = now()
        self._voice: _Voice | None = None
        self._waiting: _Waiting | None = None  # a clip to play once it is decoded
        self._pending_music: str | None = None
        pygame.mixer.set_num_channels(max(pygame.mixer.get_num_channels(), RESERVED + 1))
        pygame.mixer.set_reserved(RESERVED)
        self._channels = [pygame.mixer.Channel(i) for i in range(RESERVED)]
        self.speaker = Speaker(self._deliver_speech)
        if settings is not None:
            self.apply_settings(settings)
        self.library.preload()

    # -- volumes ---------------------------------------------------------------------------
    def set_volumes(self, master: float | None = None, music: float | None = None,
                    voice: float | None = None, sfx: float | None = None,
                    ui: float | None = None, characters: Mapping[str, float] | None = None
                    ) -> None:
        for name, value in (("master", master), ("music", music), ("voice", voice),
                            ("sfx", sfx), ("ui", ui)):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                setattr(self.volumes, name, max(0.0, min(float(value), 1.0)))
        if isinstance(characters, Mapping):
            self.volumes.characters = {str(k): max(0.0, min(float(v), 1.0))
                                       for k, v in characters.items()
                                       if isinstance(v, (int, float))}
        self._apply_volumes()

    def apply_settings(self, settings: object) -> None:
        """Read volumes and voice options from the settings object or a plain dict."""
        values = settings if isinstance(settings, Mapping) else getattr(settings, "values", None)
        if not isinstance(values, Mapping):
            return
        self.set_volumes(**{short: values[key] for key, short in _SETTING_KEYS.items()
                            if key in values})
        for key in ("voice_continues", "voice_sustain"):
            if isinstance(values.get(key), bool):
                self.voice_continues = values[key]
        if isinstance(values.get("self_voicing"), bool):
            self.self_voicing = values["self_voicing"]

    def _apply_volumes(self) -> None:
        v = self.volumes
        music = v.master * v.music * self._duck
        for index in MUSIC_CHANNELS:
            self._channels[index].set_volume(music)
        speaker = self._voice.speaker if self._voice else None
        self._channels[VOICE_CHANNEL].set_volume(v.master * v.voice * v.character(speaker))
        for index in SFX_CHANNELS:
            self._channels[index].set_volume(v.master * v.sfx)
        self._channels[UI_CHANNEL].set_volume(v.master * v.ui)

    # -- cues ------------------------------------------------------------------------------
    def cue(self, tags: Tags | Iterable[str] | None) -> None:
        """Play a line's `#music:` and `#sfx:` cues."""
        if tags is None:
            return
        if not isinstance(tags, Tags):
            tags = parse_tags(tuple(tags))
        if tags.music:
            self.play_music(tags.music)
        for name in tags.sfx:
            self.play_sfx(name)

    def play_music(self, track: str) -> None:
        """Crossfade to `track` (looped); "stop" fades the music out."""
        if track == "stop":
            for index in MUSIC_CHANNELS:
                self._channels[index].fadeout(STOP_FADE_MS)
            self.music_track = self._pending_music = None
            return
        if track == self.music_track:
            return
        sound = self.library.request("music", track)
        self._pending_music = track if sound is PENDING else None
        if sound is None or sound is PENDING:
            return  # still decoding: update() starts it when ready
        old = self._channels[MUSIC_CHANNELS[self._music_slot]]
        if self.fade_ms:
            old.fadeout(self.fade_ms)
        else:
            old.stop()
        self._music_slot = 1 - self._music_slot
        new = self._channels[MUSIC_CHANNELS[self._music_slot]]
        new.play(sound, loops=-1, fade_ms=self.fade_ms if self.music_track else 0)
        self.music_track = track
        self._apply_volumes()

    def play_sfx(self, name: str) -> None:
        sound = self.library.named("sfx", name)
        if sound is None:
            return
        free = next((self._channels[i] for i in SFX_CHANNELS
                     if not self._channels[i].get_busy()), self._channels[SFX_CHANNELS[0]])
        free.play(sound)

    def play_ui(self, name: str) -> None:
        sound = self.library.named("sfx", name)
        if sound is not None:
            self._channels[UI_CHANNEL].play(sound)

    # -- voice -----------------------------------------------------------------------------
    def play_voice(self, line: object) -> bool:
        """Voice a story line (anything with text, speaker and line_id). True if it has a clip
        to play (one not decoded yet starts once it is, a frame or so later, off the frame:
        `update`); otherwise self-voicing may read it, and the last voice stops unless set
        to continue."""
        line_id = getattr(line, "line_id", None)
        speaker = getattr(line, "speaker", None)
        if line_id and speaker and self._begin_voice(line_id, speaker, line):
            return True
        self._unvoiced(line)
        return False

    def _unvoiced(self, line: object) -> None:
        """A line with no clip to play (or whose clip would not decode)."""
        if not self.voice_continues:
            self.stop_voice()
        if self.self_voicing:
            text = str(getattr(line, "text", "") or "")
            speaker = getattr(line, "speaker", None)
            name = self.names.get(speaker, speaker) if speaker else None
            self.speak(f"{name}: {text}" if name else text)

    def _begin_voice(self, line_id: str, speaker: str | None, line: object = None) -> bool:
        """Play the clip of `line_id` now if it is decoded, else once it is; False when it
        has none (or none that decodes)."""
        found = self.library.decoded(line_id)
        if found is not None:
            self._start_voice(line_id, speaker, *found)
            return True
        path = self.library.voice_path(line_id, speaker)
        if path is None:
            return False
        self.stop_voice()  # the voice before stops as its line goes, as it would for this one
        self._waiting = _Waiting(line_id, speaker, path, line, self.now())
        self.library.decode_later(line_id, path)
        return True

    def _voice_decoded(self) -> None:
        """Start the clip waiting to be decoded once it is; a clip that will not decode is
        an unvoiced line (warned once), and one that takes far too long is given up."""
        waiting = self._waiting
        found = self.library.decoded(waiting.line_id)
        if found is not None:
            self._waiting = None
            self._start_voice(waiting.line_id, waiting.speaker, *found)
        elif self.library.undecodable(waiting.path) or \
                self.now() - waiting.asked > VOICE_WAIT_SECONDS:
            self._waiting = None
            if waiting.line is not None:  # (a replay from history has no line to read)
                self._unvoiced(waiting.line)

    def has_voice(self, line: object) -> bool:
        """Whether a line has a clip (history shows a replay button), without warning."""
        line_id = getattr(line, "line_id", None)
        return bool(line_id and self.library.manifest.find(line_id,
                                                           getattr(line, "speaker", None)))

    def replay(self, line_id: str, speaker: str | None = None) -> bool:
        """Play a line's clip again (from history); False when it has none."""
        return self._begin_voice(line_id, speaker)

    def _start_voice(self, line_id: str | None, speaker: str | None,
                     sound: pygame.mixer.Sound, envelope: list[int]) -> None:
        self.speaker.cancel()
        self._voice = _Voice(line_id, speaker, sound, envelope, self.now())
        self._duck = DUCK
        self._apply_volumes()
        self._channels[VOICE_CHANNEL].play(sound)

    def stop_voice(self) -> None:
        self.speaker.cancel()
        self._channels[VOICE_CHANNEL].stop()
        self._voice = self._waiting = None

    def voice_busy(self) -> bool:
        """True while a clip (or self-voiced speech) is playing or about to (its clip being
        decoded): auto-forward waits for it."""
        self.update()
        return self._waiting is not None or self._channels[VOICE_CHANNEL].get_busy()

    def voice_speaker(self) -> str | None:
        """Who is speaking now (the visualiser only follows Samantha's clips)."""
        return self._voice.speaker if self._voice and self.voice_busy() else None

    def voice_level(self, speaker: str | None = None) -> float:
        """0..1, the loudness of the clip playing right now, from its envelope; with
        `speaker`, only while that character speaks (Samantha's visualiser)."""
        voice = self._voice
        if voice is None or not voice.envelope or not self.voice_busy():
            return 0.0
        if speaker is not None and voice.speaker != speaker:
            return 0.0
        position = (self.now() - voice.started) * 1000.0 / self.library.manifest.frame_ms
        index = int(position)
        if index >= len(voice.envelope):
            return 0.0
        after = voice.envelope[min(index + 1, len(voice.envelope) - 1)]
        blend = position - index
        return (voice.envelope[index] * (1.0 - blend) + after * blend) / 99.0

    def update(self) -> None:
        """Call once a frame: brings the music back up after a line, smoothly."""
        now = self.now()
        elapsed, self._last_update = max(0.0, now - self._last_update), now
        if self._pending_music:
            self.play_music(self._pending_music)
        if self._waiting is not None:
            self._voice_decoded()
        speaking = self._channels[VOICE_CHANNEL].get_busy()
        target = DUCK if speaking else 1.0
        if self._duck < target:
            self._duck = min(target, self._duck + elapsed * (1.0 - DUCK) / UNDUCK_SECONDS)
            self._apply_volumes()
        elif self._duck > target:
            self._duck = target
            self._apply_volumes()

    def music_volume(self) -> float:
        """The music level being applied now (after master volume and ducking)."""
        return self.volumes.master * self.volumes.music * self._duck

    # -- self-voicing ----------------------------------------------------------------------
    def set_self_voicing(self, on: bool) -> str:
        """Switch self-voicing; returns the status line for the settings screen or a toast."""
        self.self_voicing = bool(on) and self_voicing_available()
        if not self.self_voicing:
            self.speaker.cancel()
        return self_voicing_status() if on else "Self-voicing off."

    def speak(self, text: str) -> bool:
        """Read `text` aloud if self-voicing is on (narration, choices, menu items)."""
        return self.self_voicing and self.speaker.say(text)

    def speak_choices(self, choices: Iterable[object]) -> bool:
        texts = [getattr(c, "text", str(c)) for c in choices]
        return self.speak(". ".join(f"Choice {n}: {t}" for n, t in enumerate(texts, 1)))

    def _deliver_speech(self, wav: Path, generation: int) -> None:
        try:
            sound = pygame.mixer.Sound(str(wav))
        except (pygame.error, OSError):
            return
        if self.speaker.current(generation):
            self._voice = _Voice(None, None, sound, sound_envelope(sound), self.now())
            self._duck = DUCK
            self._apply_volumes()
            self._channels[VOICE_CHANNEL].play(sound)

    def close(self) -> None:
        self.speaker.cancel()
        self._waiting = None
        for channel in self._channels:
            channel.stop()
        self.library.voice_done(1.0)  # a clip being decoded, not cut off by the mixer closing


class Silent(NullSound):
    """The same surface as Mixer, for when there is no sound at all: the game plays on."""

    no_sound_reason = "Self-voicing needs a sound device; none was found."

    def set_self_voicing(self, on: bool) -> str:
        return self.no_sound_reason
