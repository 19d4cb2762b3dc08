"""Where a story's voice clips live and what the manifest says about each.

Layout: `<voice root>/<character>/<line_id>.ogg`, plus `manifest.json` mapping line id to file,
speaker, text hash, duration and loudness envelope. The shipped story's root is
`assets/voice/`; any other story folder (a mod) brings its own `voice/` folder. Lookup is by
path, so a recorded clip dropped in place of a generated one plays as is; its envelope is
recomputed when the file no longer matches what the manifest recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from game.core.files import atomic_write_text
from game.paths import ASSETS_DIR, STORY_DIR

from .clip import FRAME_MS
from .lines import safe_line_id

SHIPPED_STORY = STORY_DIR
SHIPPED_VOICE = ASSETS_DIR / "voice"
MANIFEST_NAME = "manifest.json"
# formats a recorded take, track or effect may come in (pygame-ce's SDL_mixer decodes them all);
# the pipeline only ever writes .ogg, so any other format at a line's path is a human take
AUDIO_SUFFIXES = (".ogg", ".wav", ".flac", ".mp3")
CLIP_SUFFIXES = AUDIO_SUFFIXES
VERSION = 1


def voice_root(story_folder: str | Path | None) -> Path:
    """The shipped story keeps its clips in assets/voice; a mod keeps them in its own folder."""
    if story_folder is None:
        return SHIPPED_VOICE
    folder = Path(story_folder)
    if folder.is_file():
        folder = folder.parent
    if folder.resolve() == SHIPPED_STORY.resolve():
        return SHIPPED_VOICE
    return folder / "voice"


@dataclass
class ClipRecord:
    line_id: str
    file: str  # relative to the voice root, always with forward slashes
    speaker: str
    text_hash: str
    duration: float = 0.0
    envelope: list[int] = field(default_factory=list)
    voice_hash: str = ""
    size: int = 0  # bytes of the file as generated; a different size means someone replaced it
    recorded: bool = False  # a human take: the pipeline never overwrites it

    def to_json(self) -> dict:
        data = {"file": self.file, "speaker": self.speaker, "text_hash": self.text_hash,
                "duration": round(self.duration, 3), "envelope": self.envelope,
                "voice_hash": self.voice_hash, "size": self.size}
        if self.recorded:
            data["recorded"] = True
        return data

    @classmethod
    def from_json(cls, line_id: str, data: dict) -> ClipRecord | None:
        if not isinstance(data, dict) or not isinstance(data.get("file"), str):
            return None
        envelope = data.get("envelope")
        if not isinstance(envelope, list) or not all(isinstance(v, int) for v in envelope):
            envelope = []
        return cls(line_id, data["file"], str(data.get("speaker", "")),
                   str(data.get("text_hash", "")), _float(data.get("duration")), envelope,
                   str(data.get("voice_hash", "")), _int(data.get("size")),
                   bool(data.get("recorded", False)))


class Manifest:
    """The clips of one voice root, read and written as one JSON file."""

    def __init__(self, root: Path, records: dict[str, ClipRecord] | None = None,
                 frame_ms: int = FRAME_MS) -> None:
        self.root = Path(root)
        self.records: dict[str, ClipRecord] = records or {}
        self.frame_ms = frame_ms

    @property
    def path(self) -> Path:
        return self.root / MANIFEST_NAME

    @classmethod
    def load(cls, root: str | Path) -> Manifest:
        """A missing or damaged manifest is an empty one: clips still play, found by path."""
        root = Path(root)
        try:
            data = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(root)
        if not isinstance(data, dict):
            return cls(root)
        records = {}
        lines = data.get("lines")
        for line_id, entry in (lines.items() if isinstance(lines, dict) else ()):
            record = ClipRecord.from_json(str(line_id), entry)
            if record is not None and safe_line_id(record.line_id):
                records[record.line_id] = record
        frame_ms = _int(data.get("frame_ms")) or FRAME_MS
        return cls(root, records, frame_ms)

    def save(self) -> None:
        lines = {key: self.records[key].to_json() for key in sorted(self.records)}
        data = {"version": VERSION, "frame_ms": self.frame_ms, "lines": lines}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write_text(self.path, text.replace('},"', '},\n"') + "\n", keep_previous=False)
        self.path.chmod(0o644)

    def clip_path(self, speaker: str, line_id: str) -> Path | None:
        """The clip file for a line, found by path first (so dropped-in takes win). With more
        than one file at the path, a recorded take wins over the generated clip: generated
        clips are always the .ogg the manifest records as not recorded."""
        if not safe_line_id(line_id) or not safe_line_id(speaker):
            return None
        found = [candidate for suffix in CLIP_SUFFIXES
                 for candidate in [self.root / speaker / f"{line_id}{suffix}"]
                 if candidate.is_file()]
        if len(found) > 1:
            record = self.records.get(line_id)
            generated = (self.root / record.file) if record and not record.recorded else None
            takes = [c for c in found if c != generated and c.suffix != ".ogg"] or \
                [c for c in found if c != generated]
            if takes:
                return takes[0]
        return found[0] if found else None

    def find(self, line_id: str, speaker: str | None = None) -> Path | None:
        """A clip for `line_id`: by the speaker's folder, else by the manifest's record, else
        by looking in every character folder (a line whose speaker was renamed)."""
        if not safe_line_id(line_id):
            return None
        if speaker:
            found = self.clip_path(speaker, line_id)
            if found:
                return found
        record = self.records.get(line_id)
        if record:
            found = self.clip_path(record.file.split("/")[0], line_id)
            if found:
                return found
        for suffix in CLIP_SUFFIXES:
            for candidate in self.root.glob(f"*/{line_id}{suffix}"):
                return candidate
        return None

    def envelope_for(self, line_id: str, path: Path) -> list[int] | None:
        """The recorded envelope, if it still describes this very file; None to recompute."""
        record = self.records.get(line_id)
        if record is None or not record.envelope:
            return None
        try:
            size = path.stat().st_size
        except OSError:
            return None
        return record.envelope if record.size in (0, size) else None

    def clip_files(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(p for suffix in CLIP_SUFFIXES for p in self.root.glob(f"*/*{suffix}"))


def _float(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
