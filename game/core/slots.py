"""The names of save slots, and which files in a folder are slots: what the title screen needs
to know whether there is anything to continue, without the save machinery (`game.core.saves`,
which reads, writes and restores them, and builds on these rules).

'quick' (F5/F9), 'exit' (where the player left), 'chapter-ID' (the autosave at each chapter's
start), 'auto-0'…'auto-9' (the ring of autosaves) and '1'…'999' (the manual pages). A slot is
`SLOT.json` in the story's save folder, with its previous good copy `SLOT.json.bak`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

QUICK = "quick"
EXIT = "exit"  # where the player was when they quit or closed the window: Continue resumes it
AUTO_RING = 10
AUTO_SLOTS = tuple(f"auto-{i}" for i in range(AUTO_RING))
MAX_MANUAL = 999
CHAPTER_PREFIX = "chapter-"
_MANUAL = re.compile(r"^[1-9][0-9]{0,2}$")
_CHAPTER = re.compile(r"^chapter-[a-z0-9_]{1,48}$")


def chapter_slot(chapter: str) -> str | None:
    """The autosave slot of a chapter's start ('chapter-letters'); None for an id with nothing
    usable in a file name."""
    name = re.sub(r"[^a-z0-9_]", "_", str(chapter).lower())[:48].strip("_")
    return CHAPTER_PREFIX + name if name else None


def is_autosave(slot: str) -> bool:
    """The ring and the chapter starts: the saves the game made, not the player."""
    return slot in AUTO_SLOTS or bool(_CHAPTER.match(slot))


def is_chapter_slot(slot: str) -> bool:
    return bool(_CHAPTER.match(slot))


def is_slot(slot: str) -> bool:
    """A name the game saves under (anything else in the folder is not a save)."""
    return slot in (QUICK, EXIT) or is_autosave(slot) or bool(_MANUAL.match(slot))


def is_manual(slot: str) -> bool:
    return bool(_MANUAL.match(slot))


def slot_label(slot: str) -> str:
    """The slot as a player reads it in a message: "the quick save", never "slot quick"."""
    if slot == QUICK:
        return "the quick save"
    if slot == EXIT:
        return "where you left off"
    if slot in AUTO_SLOTS:
        return "the autosave"
    if _CHAPTER.match(slot):
        return "the chapter's autosave"
    return f"slot {slot}"


def damaged_name(slot: str) -> str:
    """How a recovery notice names the slot: "Save slot '3'", "The quick save"."""
    if _MANUAL.match(slot):
        return f"Save slot '{slot}'"
    if slot == EXIT:
        return "The save made when you left"
    label = slot_label(slot)
    return label[:1].upper() + label[1:]


def slot_order(slot: str) -> tuple[int, int]:
    """Where a slot is listed: exit and quick first, then autosaves, then the manual pages."""
    if slot == EXIT:
        return (0, -1)
    if slot == QUICK:
        return (0, 0)
    if is_autosave(slot):
        return (1, int(slot[5:]) if slot in AUTO_SLOTS else -1)
    return (2, int(slot))


def slots_in(save_dir: str | Path) -> dict[str, int]:
    """Every slot that has a file in the folder (its save or the save's previous copy), and
    when the newest of those was written (nanoseconds): found from the folder's listing and
    the files' dates alone, nothing read."""
    save_dir = Path(save_dir)
    try:
        names = os.listdir(save_dir)
    except OSError:
        return {}
    found: dict[str, int] = {}
    for name in names:
        if not name.endswith((".json", ".json.bak")):
            continue
        slot = name.removesuffix(".bak").removesuffix(".json")
        if not is_slot(slot):
            continue
        try:
            written = (save_dir / name).stat().st_mtime_ns
        except OSError:
            written = 0
        found[slot] = max(found.get(slot, 0), written)
    return found
