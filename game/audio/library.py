"""Finding and loading sounds at run time: voice clips by line id, music tracks and effects by
name. Every failure (missing file, undecodable file) becomes None plus one warning per cause,
so the play scene never has to know why a sound is absent.
"""

from __future__ import annotations

import os
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pygame

from game.core.files import modified_ns
from game.paths import ASSETS_DIR

from .clip import envelope_from_raw
from .lines import safe_line_id
from .manifest import AUDIO_SUFFIXES, SHIPPED_STORY, Manifest, voice_root
from .warn import WarnOnce

ASSETS = ASSETS_DIR
CACHE_SIZE = 12  # recent voice clips kept decoded, so history replay is instant
# decoded music tracks kept: the one playing and the one it crossfades from (a decoded track
# is ~10 MB; all seven kept was 70 MB of a play-through's memory). Effects are small: all kept
MUSIC_KEPT = 2
PENDING = object()  # a track still being decoded in the background


class Library:
    def __init__(self, story_folder: str | Path | None, warn: WarnOnce) -> None:
        # the manifest (470 KB of JSON for the game's 1,060 clips, 25 ms to read) is read
        # when a clip is first looked up, or by preload's thread as the title shows
        self._manifest: Manifest | None = None
        self._manifest_root = voice_root(story_folder)
        self._manifest_lock = threading.Lock()
        folder = Path(story_folder) if story_folder else None
        if folder is not None and folder.is_file():
            folder = folder.parent
        self.story_folder = folder
        self.warn = warn
        self._voices: OrderedDict[str, tuple[pygame.mixer.Sound, list[int]]] = OrderedDict()
        self._undecodable: dict[Path, int | None] = {}  # clip -> when it was written
        self._voice_thread = _Newest(lambda item: self._decode_voice(*item), "voice-decoder")
        self._named: dict[tuple[str, str], pygame.mixer.Sound | None] = {}
        self._music: OrderedDict[tuple[str, str], None] = OrderedDict()  # kept, oldest first
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._queue: list[tuple[str, str]] = []
        # a translated play-through (`--lang fr`): clips in voice/fr/<character>/ come first
        self.language: str | None = None

    @property
    def manifest(self) -> Manifest:
        with self._manifest_lock:
            if self._manifest is None:
                self._manifest = Manifest.load(self._manifest_root)
            return self._manifest

    @manifest.setter
    def manifest(self, manifest: Manifest) -> None:
        with self._manifest_lock:
            self._manifest = manifest

    def voice(self, line_id: str, speaker: str | None) -> tuple[pygame.mixer.Sound,
                                                                 list[int]] | None:
        """The decoded clip and its envelope, or None (warned once) when there is none,
        decoded now if need be (the window's mixer decodes off the frame: `decode_later`)."""
        cached = self.decoded(line_id)
        if cached is not None:
            return cached
        path = self.voice_path(line_id, speaker)
        return self._decode_voice(line_id, path) if path is not None else None

    def decoded(self, line_id: str) -> tuple[pygame.mixer.Sound, list[int]] | None:
        """The clip of `line_id` if it is decoded already (the most recent few are kept)."""
        with self._lock:
            cached = self._voices.get(line_id)
            if cached is not None:
                self._voices.move_to_end(line_id)
            return cached

    def voice_path(self, line_id: str, speaker: str | None) -> Path | None:
        """The clip file of `line_id`, looked up without decoding it: None (warned once) when
        there is none, when it lies outside the story's folder, or when it failed to decode
        before and has not changed since."""
        path = self._localised(line_id, speaker) or self.manifest.find(line_id, speaker)
        if path is not None and not self._contained(path, self._voice_root(), "voice"):
            return None
        if path is None:
            self.warn("missing-clip", f"no voice clip for line '{line_id}' in "
                      f"{self.manifest.root} (and maybe others): playing on, text only; "
                      f"run `python main.py voice build{self._story_flag()}`")
            return None
        return None if self.undecodable(path) else path

    def undecodable(self, path: Path) -> bool:
        """Whether `path` failed to decode, as it is now (a clip made again is tried again)."""
        with self._lock:
            failed = self._undecodable.get(path)
        return failed is not None and failed == modified_ns(path)

    def decode_later(self, line_id: str, path: Path) -> None:
        """Decode the clip on the voice thread (`decoded` has it once it is done, or
        `undecodable` says it failed): a clip is 2-5 ms of decoding, which the frame that
        shows its line would otherwise pay. Only the newest clip asked for is decoded: one
        still waiting when the player moves on is not."""
        self._voice_thread.want((line_id, path))

    def _decode_voice(self, line_id: str, path: Path) -> tuple[pygame.mixer.Sound,
                                                                list[int]] | None:
        sound = self._load(path, "corrupt-clip", "voice clip")
        if sound is None:
            with self._lock:
                self._undecodable[path] = modified_ns(path)
            return None
        envelope = self.manifest.envelope_for(line_id, path)
        if envelope is None:
            envelope = sound_envelope(sound)
        with self._lock:
            self._voices[line_id] = (sound, envelope)
            self._voices.move_to_end(line_id)
            while len(self._voices) > CACHE_SIZE:
                self._voices.popitem(last=False)
        return sound, envelope

    def _localised(self, line_id: str, speaker: str | None) -> Path | None:
        """voice/<language>/<character>/<line_id>.* when the language has its own take; else
        None and the original clip plays (a line not yet recorded in that language)."""
        if not self.language or not speaker or not safe_line_id(self.language):
            return None
        return Manifest(self.manifest.root / self.language).clip_path(speaker, line_id)

    def _story_flag(self) -> str:
        """` --story FOLDER` for a mod: plain `voice build` voices the game's own story."""
        if self.story_folder is None or self.story_folder.resolve() == SHIPPED_STORY.resolve():
            return ""
        return f" --story {self.story_folder}"

    def named(self, kind: str, name: str) -> pygame.mixer.Sound | None:
        """A music track or effect (`kind` is "music" or "sfx"): the story's own folder first
        (mods bring their own), then the game's assets."""
        key = (kind, name)
        with self._lock:
            if key in self._named:
                return self._named[key]
        sound = self._find_named(kind, name)
        with self._lock:
            self._keep(key, sound)
        return sound

    def _keep(self, key: tuple[str, str], sound: pygame.mixer.Sound | None) -> None:
        """Remember a decoded track or effect (the lock held): music beyond MUSIC_KEPT forgets
        its least recently asked-for track (a channel still playing it keeps it alive)."""
        self._named[key] = sound
        if key[0] != "music" or sound is None:
            return
        self._music.pop(key, None)
        self._music[key] = None
        while len(self._music) > MUSIC_KEPT:
            old, _ = self._music.popitem(last=False)
            self._named.pop(old, None)

    def request(self, kind: str, name: str) -> object:
        """Like `named`, but never waits: decoding a 40 s track takes half a second, so it
        happens in a background thread (pygame releases the GIL while decoding) and this
        answers PENDING until the track is ready."""
        key = (kind, name)
        with self._lock:
            if key in self._named:
                if key in self._music:
                    self._music.move_to_end(key)
                return self._named[key]
        if key not in self._queue and self._locate(kind, name) is None:
            with self._lock:
                self._named[key] = None
            return None
        with self._lock:
            if key not in self._queue:
                self._queue.append(key)
            if self._loader is None or not self._loader.is_alive():
                self._loader = threading.Thread(target=self._load_queue, daemon=True,
                                                name="audio-loader")
                self._loader.start()
        return PENDING

    def preload(self) -> None:
        """Start decoding every effect the game ships, in the background (music decodes when
        first asked for: only MUSIC_KEPT tracks stay decoded), and read the voice manifest
        there too: opening the sound no longer waits for either before the title shows."""
        for kind in ("sfx",):
            folders = [ASSETS / kind]
            if self.story_folder is not None:
                folders.append(self.story_folder / kind)
            for folder in folders:
                found = sorted({p.stem for p in folder.iterdir()
                                if p.suffix.lower() in AUDIO_SUFFIXES}) if folder.is_dir() else ()
                for stem in found:
                    self.request(kind, stem)
        with self._lock:
            loading = self._loader is not None and self._loader.is_alive()
        if not loading:  # no effect to decode: a thread of its own (the loader's reads it first)
            threading.Thread(target=lambda: self.manifest, daemon=True,
                             name="audio-manifest").start()

    def wait(self, timeout: float = 30.0) -> None:
        """For tests and shutdown: let background decoding finish (effects, music, the
        voice clip asked for last)."""
        loader = self._loader
        if loader is not None:
            loader.join(timeout)
        self.voice_done(timeout)

    def voice_done(self, timeout: float = 30.0) -> None:
        """Until the voice clip asked for last is decoded (or found not to decode)."""
        self._voice_thread.wait(timeout)

    def _load_queue(self) -> None:
        self.manifest  # noqa: B018 — read here, off the frame, before the first line needs it
        while True:
            with self._lock:
                pending = [key for key in self._queue if key not in self._named]
                if not pending:
                    self._queue.clear()
                    return
                key = pending[0]
            sound = self._find_named(*key)
            with self._lock:
                self._keep(key, sound)

    def _locate(self, kind: str, name: str) -> Path | None:
        """The file for a track or effect; a missing one is warned about here, at once."""
        if not safe_line_id(name):
            self.warn(f"bad-{kind}", f"'{name}' is not a {kind} name; ignored")
            return None
        folders = [ASSETS / kind]
        if self.story_folder is not None:
            folders.insert(0, self.story_folder / kind)
        for folder in folders:
            for suffix in AUDIO_SUFFIXES:
                path = folder / f"{name}{suffix}"
                if path.is_file():
                    return path if self._contained(path, folder.parent, kind) else None
        self.warn(f"missing-{kind}", f"no {kind} named '{name}' in "
                  f"{' or '.join(str(f) for f in folders)}: playing on without it")
        return None

    def _voice_root(self) -> Path:
        """The folder voice clips must stay in: the story's (a mod's voice/ may share files
        with the rest of the mod), or the voice folder itself for the game's own clips."""
        root = Path(self.manifest.root)
        folder = self.story_folder
        if folder is not None and Path(folder).resolve() in root.resolve().parents:
            return Path(folder)
        return root

    def _contained(self, path: Path, root: Path, kind: str) -> bool:
        """Whether `path`, every symlink followed, is a regular file inside `root` (the story's
        or the game's folder): a mod's `music/x.ogg -> /elsewhere` is refused, as MODDING.md
        says, and so is a FIFO or device that would block the decoder."""
        try:
            target, folder = path.resolve(), root.resolve()
            regular = stat.S_ISREG(target.stat().st_mode)
        except (OSError, RuntimeError):
            return False
        if target != folder and folder not in target.parents:
            self.warn(f"outside-{kind}", f"{path} is a symlink to somewhere outside "
                      f"{root}: refused, playing on without it")
            return False
        if not regular:
            self.warn(f"outside-{kind}", f"{path} is not a regular file: refused")
        return regular

    def _find_named(self, kind: str, name: str) -> pygame.mixer.Sound | None:
        path = self._locate(kind, name)
        return self._load(path, f"corrupt-{kind}", kind) if path else None

    def _load(self, path: Path, cause: str, what: str) -> pygame.mixer.Sound | None:
        seconds = header_seconds(path)
        if seconds is not None and seconds > MAX_DECODED_SECONDS:
            # decoding is whole and in memory: a small file that says it lasts hours would
            # take gigabytes (0.8 MB of Ogg said two hours and reached 2.5 GB)
            self.warn(f"long-{what}", f"{path} lasts {seconds / 60:,.0f} minutes by its header,"
                      f" longer than the {MAX_DECODED_SECONDS // 60} minutes a {what} may: "
                      "refused, playing on without it")
            return None
        try:
            return pygame.mixer.Sound(str(path))
        except (pygame.error, OSError, ValueError) as exc:
            self.warn(cause, f"cannot play {what} {path} ({exc}): playing on without it")
            return None


class _Newest:
    """A thread doing `work` on the newest item asked for: an item replaced before its turn
    is dropped. The thread starts when asked and ends after a few idle seconds."""

    IDLE_SECONDS = 5.0

    def __init__(self, work: Callable[[object], object], name: str) -> None:
        self._work, self._name = work, name
        self._wanted: object | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self._changed = threading.Condition()

    def want(self, item: object) -> None:
        with self._changed:
            self._wanted, self._busy = item, True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name=self._name)
                self._thread.start()
            self._changed.notify_all()

    def wait(self, timeout: float = 30.0) -> None:
        """Until the newest item is done."""
        with self._changed:
            self._changed.wait_for(lambda: not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                if not self._changed.wait_for(lambda: self._wanted is not None,
                                              self.IDLE_SECONDS):
                    self._thread = None
                    return
                item, self._wanted = self._wanted, None
            try:
                self._work(item)
            except Exception:  # noqa: BLE001 — a sound that cannot be had is only silence
                pass
            with self._changed:
                self._busy = self._wanted is not None
                self._changed.notify_all()


MAX_DECODED_SECONDS = 15 * 60  # about 160 MB decoded at 44.1 kHz stereo


def header_seconds(path: Path) -> float | None:
    """How long an audio file says it lasts, read from its headers without decoding: an Ogg
    stream's last granule position over its rate (Vorbis or Opus), a WAV's data size over its
    byte rate. None when the format is another or the headers do not say."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
            if head[:4] == b"OggS":
                at = head.find(b"\x01vorbis")
                if at >= 0:
                    rate = int.from_bytes(head[at + 12:at + 16], "little")
                elif head.find(b"OpusHead") >= 0:
                    rate = 48000
                else:
                    return None
                size = handle.seek(0, 2)
                handle.seek(max(0, size - 65536))
                tail = handle.read()
                last = tail.rfind(b"OggS")
                if last < 0 or last + 14 > len(tail) or rate <= 0:
                    return None
                granule = int.from_bytes(tail[last + 6:last + 14], "little", signed=True)
                return granule / rate if granule > 0 else None
            if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
                fmt, data = head.find(b"fmt "), head.find(b"data")
                if fmt < 0 or data < 0:
                    return None
                byte_rate = int.from_bytes(head[fmt + 16:fmt + 20], "little")
                length = int.from_bytes(head[data + 4:data + 8], "little")
                return length / byte_rate if byte_rate > 0 else None
    except OSError:
        return None
    return None


def header_format(path: Path) -> tuple[int, int] | None:
    """(sample rate, channels) an audio file says it has, read from its first headers: an Ogg
    Vorbis or Opus stream's identification header, a WAV's fmt chunk. None for other formats
    or headers that do not say."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if head[:4] == b"OggS":
        at = head.find(b"\x01vorbis")
        if at >= 0 and len(head) >= at + 16:
            rate, channels = int.from_bytes(head[at + 12:at + 16], "little"), head[at + 11]
        else:
            at = head.find(b"OpusHead")
            if at < 0 or len(head) < at + 10:
                return None
            rate, channels = 48000, head[at + 9]  # Opus always decodes at 48 kHz
    elif head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        at = head.find(b"fmt ")
        if at < 0 or len(head) < at + 16:
            return None
        channels = int.from_bytes(head[at + 10:at + 12], "little")
        rate = int.from_bytes(head[at + 12:at + 16], "little")
    else:
        return None
    return (rate, channels) if 8000 <= rate <= 192000 and 1 <= channels <= 8 else None


FULL_FORMAT = (44100, 2)  # when a story's sounds do not all say what they are


def sounds_format(story_folder: str | Path | None) -> tuple[int, int]:
    """The sample rate and channel count the mixer needs for a story's sounds: the highest
    its music and effects (its own and the game's) and the first clip of each voice use,
    at most CD quality. The mixer stores every decoded sound in its own format, so opening it
    at 44.1 kHz stereo for sounds made at 22.05 kHz mono (all of the game's) kept each second
    of them four times over — 7 MB a music track instead of 1.8 — and played nothing more.
    A sound in a format whose header we do not read (MP3, FLAC) keeps the full format."""
    folder = Path(story_folder) if story_folder else None
    if folder is not None and folder.is_file():
        folder = folder.parent
    files: list[Path] = []
    for root in ([ASSETS] + ([folder] if folder is not None else [])):
        for kind in ("music", "sfx"):
            if (root / kind).is_dir():
                files.extend(p for p in (root / kind).iterdir()
                             if p.suffix.lower() in AUDIO_SUFFIXES)
    try:
        speakers = [entry.path for entry in os.scandir(voice_root(folder)) if entry.is_dir()]
    except OSError:
        speakers = []
    for speaker in speakers:  # one clip each: a character's clips are made alike
        try:
            with os.scandir(speaker) as entries:
                first = next((entry.path for entry in entries
                              if os.path.splitext(entry.name)[1].lower() in AUDIO_SUFFIXES),
                             None)
        except OSError:
            first = None
        if first is not None:
            files.append(Path(first))
    rate, channels = 0, 0
    for path in files:
        found = header_format(path)
        if found is None:
            return FULL_FORMAT
        rate, channels = max(rate, found[0]), max(channels, found[1])
    if not rate:
        return FULL_FORMAT
    return min(rate, FULL_FORMAT[0]), min(channels, FULL_FORMAT[1])


def sound_envelope(sound: pygame.mixer.Sound) -> list[int]:
    """The loudness envelope of a decoded Sound, in the mixer's own sample format."""
    frequency, size, channels = pygame.mixer.get_init() or (22050, -16, 1)
    return envelope_from_raw(sound.get_raw(), frequency, channels, abs(size) // 8)
