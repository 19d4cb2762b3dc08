"""One play-through as the window sees it: what has been shown, and how to go back.

The core's `game.core.session.Session` does the bookkeeping every shell shares (lines read,
chapters seen, endings, autosaves, play time); this adds what only a window needs: history, the
presentation (scene, mood), and rollback. Every line shown gets a `Snapshot` (the story state
just before it and the presentation at that moment): rollback loads the state and asks for the
next beat again, and the same line comes back (the random seed is part of the state).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.core.session import Session
from game.core.story import Beat, Choices, Line

from . import theme
from .chapter_marks import ChapterMarks


@dataclass(frozen=True)
class Presentation:
    """What the screen shows besides the text: restored as a whole on rollback and load."""

    bg: str = "black"
    mood: str | None = None
    chapter: str | None = None
    samantha_recent: int = 99  # lines since Samantha last spoke

    def as_dict(self) -> dict:
        return {"bg": self.bg, "mood": self.mood, "chapter": self.chapter}

    @classmethod
    def from_dict(cls, data: object) -> Presentation:
        if not isinstance(data, dict):
            return cls()
        text = {k: v for k, v in data.items() if k in ("bg", "mood", "chapter")
                and (v is None or (isinstance(v, str) and len(v) < 80))}
        return cls(**{"bg": "black", **text})


@dataclass(frozen=True)
class Snapshot:
    state: str
    presentation: Presentation
    history_len: int


@dataclass(frozen=True)
class HistoryEntry:
    name: str
    colour: tuple[int, int, int]
    text: str
    line: Line


class Playthrough:
    def __init__(self, session: Session, marks: ChapterMarks | None = None) -> None:
        self.session = session
        self.story = session.story
        self.marks = marks
        self.known = set(session.profile.lines_read)  # read before this line was shown
        self.presentation = Presentation()
        self.history: list[HistoryEntry] = []
        self.snapshots: list[Snapshot] = []
        self.beat: Beat | None = None
        self.was_read = False

    # --- moving on -----------------------------------------------------------------------
    def next_beat(self) -> Beat:
        """The next beat; tag-only lines (no text) are applied and passed over."""
        while True:
            before = self.story.save_state()
            beat = self.session.next()
            if not isinstance(beat, Line):
                self.beat = beat
                return beat
            self._apply(beat, before)
            if beat.text:
                self._show(beat, before)
                return beat

    def choose(self, index: int) -> None:
        if isinstance(self.beat, Choices):
            self.session.choose(index)
            self.beat = None

    def resume(self, line: Line | None, presentation: Presentation) -> None:
        """After loading a save: show its last line again, in its scene."""
        self.presentation = presentation
        if line is not None and line.text:
            self._show(line, self.story.save_state())
            self.snapshots.clear()

    def _apply(self, line: Line, before: str) -> None:
        tags = line.tags
        p = self.presentation
        if tags.chapter and self.marks is not None:
            self.marks.remember(tags.chapter, before)
        self.presentation = replace(p, bg=tags.bg or p.bg, mood=tags.mood or p.mood,
                                    chapter=tags.chapter or p.chapter)

    def _show(self, line: Line, before: str) -> None:
        self.snapshots.append(Snapshot(before, self.presentation, len(self.history)))
        del self.snapshots[:-theme.HISTORY_LINES]
        recent = 0 if line.speaker == "samantha" else self.presentation.samantha_recent + 1
        self.presentation = replace(self.presentation, samantha_recent=recent)
        self.was_read = bool(line.line_id) and line.line_id in self.known
        if line.line_id:
            self.known.add(line.line_id)
        self.history.append(HistoryEntry(self.name_of(line), self.colour_of(line), line.text,
                                         line))
        del self.history[:-theme.HISTORY_LINES]
        self.beat = line

    # --- going back ----------------------------------------------------------------------
    def can_roll_back(self) -> bool:
        if isinstance(self.beat, Choices):
            return bool(self.snapshots)
        return len(self.snapshots) >= 2

    def roll_back(self) -> Line | None:
        """Back one line (from a choice: back to the line before it). None at the start."""
        if not self.can_roll_back():
            return None
        if not isinstance(self.beat, Choices):
            self.snapshots.pop()
        target = self.snapshots.pop()
        self.story.load_state(target.state)
        self.presentation = target.presentation
        del self.history[target.history_len:]
        beat = self.next_beat()
        return beat if isinstance(beat, Line) else None

    # --- naming ----------------------------------------------------------------------------
    def name_of(self, line: Line) -> str:
        if not line.speaker:
            return ""
        character = self.story.config.characters.get(line.speaker)
        return character.name if character else line.speaker.replace("_", " ").title()

    def colour_of(self, line: Line) -> tuple[int, int, int]:
        character = self.story.config.characters.get(line.speaker or "")
        return theme.hex_colour(character.colour) if character else theme.SAND

    def meters(self) -> list[tuple[str, int, int, int]]:
        values = self.story.meters()
        return [(m.label, values[m.id], m.minimum, m.maximum)
                for m in self.story.config.meters.values() if m.id in values]

    def chapter_title(self, chapter_id: str) -> tuple[str, str]:
        """('Chapter 3', 'The Date') for a declared chapter; a plain title otherwise."""
        chapter = self.story.config.chapters.get(chapter_id)
        if chapter is None:
            return "", chapter_id.replace("_", " ").title()
        return f"Chapter {chapter.number}", chapter.title
