"""Where and how saves are written: slots in one folder, each `SLOT.json` with its thumbnail
beside it (`SLOT.jpg` from the window; `SLOT.png` from older saves, or when a caller hands over
a PNG) and the previous good copy of both (`.bak`), written by the one atomic helper in
`game.core.files`.

Slots: 'quick' (F5/F9), 'exit' (where the player left), 'chapter-ID' (the autosave at the start
of each chapter: one per chapter, so a play-through never overwrites an earlier chapter's),
'auto-0'…'auto-9' (a ring: every new choice point overwrites the oldest), and '1'…'999' for the
manual pages. Every failure to load is a SaveError naming the
slot and the reason; a damaged slot falls back to its previous copy and says so. What a save
holds is `game.core.savefile`; putting it back into a (maybe edited) story is `game.core.restore`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from . import savefile
from .errors import SaveError
from .files import (
    atomic_write_bytes,
    modified_ns,
    previous_copy,
    read_regular,
    remove_stale_temporaries,
)
from .restore import Scratch, checkpoint_of, looked_ahead, position_line, restore
from .savefile import KEEP_CHECKPOINTS, LATER, Position, SaveFile
from .slots import (
    AUTO_RING,
    AUTO_SLOTS,
    CHAPTER_PREFIX,
    EXIT,
    MAX_MANUAL,
    QUICK,
    chapter_slot,
    damaged_name,
    is_autosave,
    is_chapter_slot,
    is_slot,
    slot_label,
    slot_order,
    slots_in,
)
from .state import PlayState
from .story import Checkpoint, Line, Story
from .writer import Writer

__all__ = ["AUTO_RING", "AUTO_SLOTS", "CHAPTER_PREFIX", "EXIT", "MAX_MANUAL", "QUICK",
           "LoadResult", "SaveInfo", "SaveSlots", "chapter_slot", "check_slot", "damaged_name",
           "is_autosave", "list_slots", "read_slot", "slot_info", "slot_label"]

RING_KEY = "autosave-ring"  # the writer's key for ring autosaves: a burst writes only the last
MAX_THUMBNAIL_BYTES = 4 * 1024 * 1024


def check_slot(slot: str) -> str:
    """The slot name, or a SaveError: names become file names, so only these are allowed."""
    slot = str(slot).strip()
    if is_slot(slot):
        return slot
    raise SaveError(f"'{slot[:40]}' is not a save slot",
                    hint="use quick, exit, auto-0 … auto-9, chapter-ID, or a number from 1 "
                         "to 999")


@dataclass(frozen=True)
class SaveInfo:
    """One slot as the save/load screens and `saves` list it."""

    slot: str
    status: str  # "ok" | "recovered" (from the previous copy) | "unreadable"
    name: str = ""
    chapter: str | None = None
    chapter_title: str = ""
    date: str = ""
    play_ticks: int = 0
    turns: int = 0
    story_title: str = ""
    thumbnail: Path | None = None
    error: str | None = None  # why it is unreadable (or why the newest copy was)
    sequence: int = 0
    line: str = ""  # the text of the line it was saved at (the slot shows its first words)
    speaker: str | None = None
    at_choice: bool = False  # saved while a choice waited: loading it opens on that choice

    def as_dict(self) -> dict:
        data = asdict(self)
        data["thumbnail"] = str(self.thumbnail) if self.thumbnail else None
        return data


@dataclass(frozen=True)
class LoadResult:
    slot: str
    info: SaveInfo
    how: str  # "exact" | "checkpoint"
    from_previous_copy: bool
    message: str | None  # for the player when it resumed at a checkpoint or from the copy
    line: Line | None  # the line shown last before the save, to show again on resuming
    play_ticks: int
    play: PlayState | None = None  # the whole play state (None: a save from before format 2)
    same_build: bool = True  # the story is the very build the save was made with


class SaveSlots:
    """The save slots of one folder, for one story."""

    def __init__(self, save_dir: str | Path, story: Story, *,
                 now: Callable[[], datetime] | None = None,
                 background: bool | Writer = False) -> None:
        """`background` (the window: True, or the window's own Writer) writes on a worker
        thread, in order, so a save costs the frame only its capture: encoding the save and
        its thumbnail, the look-ahead and the one fsync happen on the worker. `flush()`
        waits, `write_errors` collects failures."""
        self.save_dir = Path(save_dir)
        remove_stale_temporaries(self.save_dir)  # what a killed save left half-written
        self.writer: Writer | None = background if isinstance(background, Writer) else (
            Writer("her-saves") if background else None)
        self.story = story
        self._now = now or (lambda: datetime.now().astimezone())
        self._scratch: Scratch | None = None
        self._worker_scratch: Scratch | None = None  # the writer thread's own runtime
        self._checkpoints: list[Position] = []
        self._auto_sequence: int | None = None
        self._ring: dict[str, int] = {}  # ring slot -> its save's sequence number
        self._queued_ring = ""  # the ring slot of the last autosave handed to the writer
        if self.writer is not None:
            self.writer.put(self._count_autosaves)

    # --- saving ---------------------------------------------------------------------------
    def save(self, slot: str, *, name: str = "", thumbnail_png: Picture = None,
             play_ticks: int = 0, line: Line | None = None, sequence: int = 0,
             play: PlayState | None = None, _key: str | None = None) -> SaveInfo:
        """Write the story's current place to `slot`: `play` (the Session's whole PlayState
        of that place: its ink state is the story's now, read once), or, from a bare story,
        `line` (shown last) and `play_ticks`. `thumbnail_png` is the PNG, or a callable making
        it (called on the writer thread when there is one)."""
        slot = check_slot(slot)
        path = self.path(slot)
        taken = self._take(name=name, play_ticks=play_ticks, line=line, sequence=sequence,
                           play=play)
        if self.writer is None:
            png = _picture(thumbnail_png)
            save = self._finish(taken, self.scratch, png)
            _write(slot, path, savefile.encode(save), png)
            thumbnail = thumbnail_path(path, png) if png is not None else None
            return _info(slot, save, "ok", path, None, thumbnail)

        def write() -> None:
            png = _picture(thumbnail_png)
            save = self._finish(taken, self._scratch_for_writer(), png)
            _write(slot, path, savefile.encode(save), png, retire=self._retire)

        self.writer.put(write, key=_key)  # ring autosaves coalesce: only the newest is written
        # the picture is made later, on the writer: the window's (a callable) is a JPEG
        thumbnail = None if thumbnail_png is None else thumbnail_path(
            path, thumbnail_png if isinstance(thumbnail_png, bytes) else JPEG_MAGIC)
        return SaveInfo(slot, "ok", taken.name, taken.chapter, taken.chapter_title, taken.date,
                        taken.play_ticks, taken.turns, taken.story_title, thumbnail, None,
                        taken.sequence)

    def _retire(self, step: Callable[[], None]) -> None:
        """A save's last step (its copy before the previous one let go), put after it on the
        writer: the save is safe before it runs (see atomic_write_bytes)."""
        self.writer.put(step, barrier=False)  # type: ignore[union-attr]

    def flush(self) -> None:
        """Wait until every background write is on disk."""
        if self.writer is not None:
            self.writer.join()

    @property
    def write_errors(self) -> list[Exception]:
        return self.writer.errors if self.writer is not None else []

    def capture(self, *, name: str = "", play_ticks: int = 0, line: Line | None = None,
                sequence: int = 0, thumbnail_png: bytes | None = None,
                play: PlayState | None = None) -> SaveFile:
        """The SaveFile for the story's current place (nothing is written)."""
        taken = self._take(name=name, play_ticks=play_ticks, line=line, sequence=sequence,
                           play=play)
        return self._finish(taken, self.scratch, thumbnail_png)

    def _take(self, *, name: str, play_ticks: int, line: Line | None, sequence: int,
              play: PlayState | None) -> _Taken:
        """What a save needs from the live story, read now (the frame's part of a save):
        plain values only, so the writer thread can finish the save while play goes on."""
        story = self.story
        self.note_checkpoint()
        checkpoints = tuple(self._checkpoints)
        if play is not None:
            play = replace(play, checkpoints=checkpoints)
            line, play_ticks = play.line, play.play_ticks
        chapter = story.config.chapters.get(story.chapter) if story.chapter else None
        return _Taken(
            state=play.ink if play is not None else story.save_state(),
            chapter=story.chapter, line=line,
            # with a writer thread, read there from the state (see Scratch.look_from)
            variables=None if self.writer is not None
            else savefile.plain_values(story.variables),
            variable_names=story.variable_names, story_title=story.title,
            story_hash=story.compiled.hash, story_folder=_folder(story),
            checkpoints=checkpoints, seed=story.seed % (2**53), turns=story.turns,
            play_ticks=max(0, int(play_ticks)),
            date=self._now().isoformat(timespec="seconds"), name=name[:200],
            chapter_title=chapter.title if chapter else "", meters=story.meters(),
            sequence=sequence, play=play)

    @staticmethod
    def _finish(taken: _Taken, scratch: Scratch, thumbnail_png: bytes | None) -> SaveFile:
        """The SaveFile from what `_take` read: the look-ahead runs in `scratch` (the
        writer's own runtime on the writer thread), the PlayState becomes JSON here."""
        line = taken.line
        variables = taken.variables
        if variables is None:
            upcoming, values = scratch.look_from(taken.state, taken.variable_names)
            variables = savefile.plain_values(values)
        else:
            upcoming = scratch.peek(taken.state)
        current = Position(taken.state, taken.chapter, line.text if line else "",
                           line.speaker if line else None, line.line_id if line else None,
                           variables, upcoming or savefile.Upcoming())
        checkpoints = looked_ahead(taken.checkpoints, scratch)
        play = replace(taken.play, checkpoints=checkpoints) if taken.play is not None \
            else None
        return SaveFile(
            story_title=taken.story_title, story_hash=taken.story_hash, current=current,
            story_folder=taken.story_folder, checkpoints=checkpoints, seed=taken.seed,
            turns=taken.turns, play_ticks=taken.play_ticks, date=taken.date, name=taken.name,
            chapter=taken.chapter, chapter_title=taken.chapter_title, meters=taken.meters,
            sequence=taken.sequence,
            thumbnail_sha256=hashlib.sha256(thumbnail_png).hexdigest() if thumbnail_png
            else None, play=play.to_json() if play is not None else None)

    def _scratch_for_writer(self) -> Scratch:
        scratch = self._worker_scratch
        if scratch is None or scratch.json_text is not self.story.json_text:
            scratch = self._worker_scratch = Scratch(self.story.compiled,
                                                     self.story.seen_endings)
        return scratch

    def note_checkpoint(self) -> None:
        """Remember the story's newest checkpoint (with what follows it) for later saves. With
        a writer thread, what follows is looked for there, by the save that needs it (a look
        ahead runs the story a few lines on: most of a millisecond of the frame)."""
        checkpoint = self.story.checkpoint
        if checkpoint is None or (self._checkpoints
                                  and self._checkpoints[-1].state == checkpoint.state):
            return
        upcoming = LATER if self.writer is not None else self.scratch.look_ahead(
            checkpoint.state)
        self._checkpoints.append(Position(
            checkpoint.state, checkpoint.chapter, checkpoint.line.text, checkpoint.line.speaker,
            checkpoint.line.line_id, savefile.plain_values(self.story.variables), upcoming))
        del self._checkpoints[:-KEEP_CHECKPOINTS]

    # --- the checkpoints a save keeps (part of the Session's PlayState) ----------------------
    @property
    def checkpoints(self) -> tuple[Position, ...]:
        return tuple(self._checkpoints)

    def set_checkpoints(self, positions: tuple[Position, ...] | list[Position]) -> None:
        self._checkpoints = list(positions)[-KEEP_CHECKPOINTS:]

    def trim_checkpoints(self, newest: Checkpoint | None) -> None:
        """After a rollback to a place whose newest checkpoint is `newest`: forget the ones
        reached after it."""
        if newest is None:
            self._checkpoints = []
            return
        for index in range(len(self._checkpoints) - 1, -1, -1):
            if self._checkpoints[index].state == newest.state:
                del self._checkpoints[index + 1:]
                return

    def forget_checkpoints(self) -> None:
        self._checkpoints = []

    @property
    def scratch(self) -> Scratch:
        if self._scratch is None or self._scratch.json_text is not self.story.json_text:
            self._scratch = Scratch(self.story.compiled, self.story.seen_endings)
        return self._scratch

    def quicksave(self, **kwargs: object) -> SaveInfo:
        return self.save(QUICK, **kwargs)

    def autosave(self, *, chapter: str | None = None, **kwargs: object) -> SaveInfo:
        """Autosave: at a chapter's start into that chapter's own slot (a later chapter never
        replaces it), otherwise into the ring, over its oldest slot. Every autosave takes the
        next sequence number, which orders them newest first."""
        if self._auto_sequence is None:
            self.flush()  # the count a background writer started (see _count_autosaves)
        if self._auto_sequence is None:
            self._count_autosaves()
        self._auto_sequence += 1
        slot = chapter_slot(chapter) if chapter else None
        if slot is not None:
            return self.save(slot, sequence=self._auto_sequence, **kwargs)
        if self.writer is not None and self._queued_ring and self.writer.queued(RING_KEY):
            slot = self._queued_ring  # its write has not started: this newer one takes it
        else:
            free = [s for s in AUTO_SLOTS if s not in self._ring]
            slot = free[0] if free else min(self._ring, key=lambda s: self._ring[s])
        self._ring[slot] = self._auto_sequence
        self._queued_ring = slot
        return self.save(slot, sequence=self._auto_sequence, _key=RING_KEY, **kwargs)

    def _count_autosaves(self) -> None:
        """The ring's sequence numbers, read from every autosave on disk (a few hundred
        kilobytes each): the window's writer thread does it as the slots open, so the first
        autosave of a session does not read them all in its frame."""
        ring = {slot: info.sequence for slot in AUTO_SLOTS
                if (info := slot_info(self.save_dir, slot)) is not None}
        chapters = [info.sequence for slot in self._chapter_slots()
                    if (info := slot_info(self.save_dir, slot)) is not None]
        self._ring = ring
        self._auto_sequence = max([*ring.values(), *chapters], default=0)

    def _chapter_slots(self) -> list[str]:
        try:
            names = os.listdir(self.save_dir)
        except OSError:
            return []
        return [stem for name in names if name.endswith(".json")
                and is_chapter_slot(stem := name.removesuffix(".json"))]

    # --- loading --------------------------------------------------------------------------
    def load(self, slot: str) -> LoadResult:
        """Put the slot's place back into the story, from its previous copy if need be."""
        slot = check_slot(slot)
        self.flush()
        save, recovered, info = read_slot(self.save_dir, slot)
        check_same_story(self.story, save, slot)
        try:
            restored = self._restore_runnable(save, slot)
        except SaveError as damaged:
            backup = previous_copy(self.path(slot))
            if recovered or not backup.exists():
                raise
            try:
                save = _read(backup, slot)
                check_same_story(self.story, save, slot)
                restored = self._restore_runnable(save, slot)
            except SaveError:
                raise damaged from None
            recovered = (f"{damaged_name(slot)} was damaged "
                         f"({damaged.message.split(': ', 1)[-1]}); loaded its previous copy.")
            info = _info(slot, save, "recovered", backup, damaged.message)
        story = self.story
        story.chapter = restored.position.chapter
        story.turns = save.turns
        self._checkpoints = [c for c in save.checkpoints]
        if restored.how == "checkpoint":
            index = save.checkpoints.index(restored.position)
            self._checkpoints = list(save.checkpoints[:index + 1])
        story.checkpoint = checkpoint_of(self._checkpoints[-1]) if self._checkpoints else None
        messages = [m for m in (recovered, restored.message) if m]
        play = None
        if save.play is not None:
            try:
                play = PlayState.from_json(save.play)
            except ValueError as exc:
                raise SaveError(f"save slot '{slot}': unreadable: bad field ({exc})",
                                hint="load another slot, or its previous copy") from None
            if restored.how == "checkpoint":
                play = replace(play, history=(), checkpoints=tuple(self._checkpoints))
        line = play.line if play is not None and restored.how == "exact" else \
            position_line(restored.position)
        return LoadResult(slot, info, restored.how, bool(recovered),
                          " ".join(messages) or None, line, save.play_ticks, play,
                          story.compiled.matches(save.story_hash))

    def _restore_runnable(self, save: SaveFile, slot: str):  # noqa: ANN202 — Restored
        """`restore`, after a trial run of the saved state in the scratch runtime: a state
        with a valid checksum can still be hostile (edited and resealed), and the runtime
        panics on some of those only when it continues, long after the load said yes."""
        if self.story.compiled.matches(save.story_hash) and \
                self.scratch.peek(save.current.state) is None:
            raise SaveError(f"save slot '{slot}': its story state is damaged",
                            path=str(self.path(slot)))
        return restore(self.story, save, slot, self.scratch)

    def quickload(self) -> LoadResult:
        return self.load(QUICK)

    # --- the folder -----------------------------------------------------------------------
    def path(self, slot: str) -> Path:
        return self.save_dir / f"{check_slot(slot)}.json"

    def info(self, slot: str) -> SaveInfo | None:
        """The slot's SaveInfo, or None when it is empty."""
        self.flush()
        return slot_info(self.save_dir, check_slot(slot))

    def list(self) -> list[SaveInfo]:
        self.flush()
        return list_slots(self.save_dir)

    def delete(self, slot: str) -> None:
        """Remove the slot, its thumbnail and both previous copies (the screen confirms)."""
        self.flush()
        path = self.path(slot)
        pictures = [path.with_suffix(suffix) for suffix in THUMBNAIL_SUFFIXES]
        for victim in (path, previous_copy(path), *pictures, *map(previous_copy, pictures)):
            try:
                victim.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise SaveError(f"save slot '{slot}': cannot delete ({exc.strerror})",
                                path=str(victim)) from None


def _write(slot: str, path: Path, data: bytes, thumbnail_png: bytes | None, *,
           retire: Callable[[Callable[[], None]], object] | None = None) -> None:
    """The thumbnail first, then the save that names its hash: a crash between the two leaves
    the old save, whose thumbnail is still found as the previous copy. One fsync, the save's
    own: a thumbnail lost to a crash is found missing by its hash and simply not shown, and
    the renames reach the disk in order with the file system's next commit (the window syncs
    the folder when it closes). `retire` gets each file's last step, letting go of the copy
    before the previous one, to run once the save is safe (the window's writer: after it)."""
    try:
        if thumbnail_png is not None:
            picture = thumbnail_path(path, thumbnail_png)
            # a picture newer than its save was left by a crash before that save was written:
            # the save on disk still names the previous copy, so that copy stays (two crashes
            # in a row used to push it out, and the slot lost its thumbnail)
            drawn = modified_ns(picture)
            orphaned = drawn is not None and drawn > (modified_ns(path) or drawn)
            replaced = drawn is not None and not orphaned
            atomic_write_bytes(picture, thumbnail_png, sync="none", keep_previous=not orphaned,
                               retire=retire)
        atomic_write_bytes(path, data, sync="file", retire=retire)
    except OSError as exc:
        raise SaveError(f"save slot '{slot}': cannot write ({exc.strerror or exc})",
                        path=str(path), hint="check the save folder is writable") from None
    if thumbnail_png is not None:
        _drop_other_kind(path, picture, replaced)


def _drop_other_kind(path: Path, picture: Path, replaced: bool) -> None:
    """A slot whose pictures changed kind (a PNG from before, a JPEG now) keeps the other
    kind only while a copy of the save still names it: the previous copy of the save names
    the old newest picture (so its own previous copy can go now), and once this kind had a
    picture of its own before this write, the previous save names that one instead."""
    others = [path.with_suffix(s) for s in THUMBNAIL_SUFFIXES if path.with_suffix(s) != picture]
    _ONE_KIND.difference_update(others)  # a picture of this kind now: theirs is not alone
    if picture in _ONE_KIND:
        return  # gone already, in this process: no system calls to find them gone again
    for other in others:
        for victim in ((previous_copy(other), other) if replaced else (previous_copy(other),)):
            try:
                victim.unlink()
            except OSError:
                pass
    if replaced:
        _ONE_KIND.add(picture)


_ONE_KIND: set[Path] = set()  # pictures whose slot this process left with no other kind


JPEG_MAGIC = b"\xff\xd8\xff"
THUMBNAIL_SUFFIXES = (".jpg", ".png")


def thumbnail_path(save_path: Path, picture: bytes) -> Path:
    """Where a save's thumbnail goes: named after what it is (the window's are JPEGs, an
    eighth of the PNG's encoding time and a quarter of its size; other pictures keep the
    `.png` name they always had), so an image viewer opens the save folder's pictures too."""
    return save_path.with_suffix(".jpg" if picture.startswith(JPEG_MAGIC) else ".png")


Picture = bytes | Callable[[], bytes | None] | None


def _picture(thumbnail: Picture) -> bytes | None:
    """The thumbnail's PNG bytes: made now when what was passed is a callable (the window
    passes its last frame, to be encoded on the writer thread)."""
    return thumbnail() if callable(thumbnail) else thumbnail


@dataclass(frozen=True)
class _Taken:
    state: str
    chapter: str | None
    line: Line | None
    variables: dict | None  # None: read from `state` on the writer thread, of these names
    variable_names: tuple[str, ...]
    story_title: str
    story_hash: str
    story_folder: str
    checkpoints: tuple[Position, ...]
    seed: int
    turns: int
    play_ticks: int
    date: str
    name: str
    chapter_title: str
    meters: dict
    sequence: int
    play: PlayState | None


def _folder(story: Story) -> str:
    return story.source.folder.name if story.source else ""


def check_same_story(story: Story, save: SaveFile, slot: str) -> None:
    if story.compiled.matches(save.story_hash):
        return
    if save.story_title != story.title:
        raise SaveError(f"save slot '{slot}': different story (saved in "
                        f"'{save.story_title}', this is '{story.title}')",
                        hint="open that story with --story to load it")


def read_slot(save_dir: Path, slot: str) -> tuple[SaveFile, str | None, SaveInfo]:
    """The slot's save, from its newest good copy; (save, recovery message, info)."""
    save, path, newest = savefile.read_good_copy(save_dir, slot)
    if newest is None:
        return save, None, _info(slot, save, "ok", path, None)
    note = (f"{damaged_name(slot)} was damaged ({newest.message.split(': ', 1)[-1]}); "
            "loaded its previous copy.")
    return save, note, _info(slot, save, "recovered", path, newest.message)


_read = savefile.read_file


def _info(slot: str, save: SaveFile, status: str, path: Path, error: str | None,
          thumbnail: Path | None = None) -> SaveInfo:
    if thumbnail is None:
        thumbnail = _thumbnail(path, save.thumbnail_sha256)
    current = save.current
    at_choice = bool(current.upcoming.choices) and not current.upcoming.lines
    return SaveInfo(slot, status, save.name, save.chapter, save.chapter_title, save.date,
                    save.play_ticks, save.turns, save.story_title, thumbnail, error,
                    save.sequence, current.line, current.line_speaker, at_choice)


def _thumbnail(save_path: Path, expected: str | None) -> Path | None:
    """The thumbnail that belongs to this copy of the save, checked by its hash (the newest
    thumbnail may belong to a newer save than the copy that loaded)."""
    if not expected:
        return None
    newest = save_path.with_name(save_path.name.removesuffix(".bak"))
    pictures = [newest.with_suffix(suffix) for suffix in THUMBNAIL_SUFFIXES]
    for candidate in (*pictures, *map(previous_copy, pictures)):
        try:
            data = read_regular(candidate, MAX_THUMBNAIL_BYTES)
            if len(data) > MAX_THUMBNAIL_BYTES:
                continue
            if hashlib.sha256(data).hexdigest() == expected:
                return candidate
        except OSError:
            continue
    return None


def slot_info(save_dir: Path, slot: str) -> SaveInfo | None:
    path = save_dir / f"{slot}.json"
    if not path.exists() and not previous_copy(path).exists():
        return None
    try:
        return read_slot(save_dir, slot)[2]
    except SaveError as exc:
        return SaveInfo(slot, "unreadable", error=exc.message)


def list_slots(save_dir: str | Path) -> list[SaveInfo]:
    """Every slot in the folder, quick first, then autosaves newest first, then manual."""
    save_dir = Path(save_dir)
    infos = [info for slot in slots_in(save_dir) if (info := slot_info(save_dir, slot))]
    return sorted(infos, key=lambda i: (slot_order(i.slot)[0],
                                        -i.sequence if is_autosave(i.slot) else 0,
                                        slot_order(i.slot)[1], i.slot))
