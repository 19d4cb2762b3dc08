"""One play-through as the window sees it: the core `Session`, plus how lines look on screen.

The session does everything a play-through is — lines read, chapters, endings, autosaves,
history, rollback, play time — and keeps it in one `PlayState`. This adds only the window's
reading of it: the presentation (scene, mood) kept in `session.extras` so that saves, rollback
and reload bring it back, names and colours for history, and chapter-select marks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.core.session import Session
from game.core.story import Beat, Line, Story

from . import theme
from .chapter_marks import ChapterMarks

EXTRAS = ("bg", "mood", "chapter", "voice_recent")


@dataclass(frozen=True)
class Presentation:
    """What the screen shows besides the text, as the session's extras hold it."""

    bg: str = "black"
    mood: str | None = None
    chapter: str | None = None
    voice_recent: int = 99  # lines since the visualised character last spoke

    def as_dict(self) -> dict:
        return {"bg": self.bg, "mood": self.mood, "chapter": self.chapter,
                "voice_recent": self.voice_recent}

    @classmethod
    def from_dict(cls, data: object) -> Presentation:
        """From extras (or the side file of saves made before PlayState); junk is dropped."""
        if not isinstance(data, dict):
            return cls()
        text = {k: v for k, v in data.items() if k in ("bg", "mood", "chapter")
                and (v is None or (isinstance(v, str) and len(v) < 80))}
        recent = data.get("voice_recent", 99)
        if not isinstance(recent, int) or isinstance(recent, bool) or not 0 <= recent <= 99:
            recent = 99
        return cls(**{"bg": "black", **text}, voice_recent=recent)


@dataclass(frozen=True)
class HistoryEntry:
    name: str
    colour: tuple[int, int, int]
    text: str
    line: Line


class Playthrough:
    def __init__(self, session: Session, marks: ChapterMarks | None = None,
                 voice_character: str | None = None) -> None:
        self.session = session
        self.marks = marks
        self.voice_character = voice_character  # whose voice drives the visualiser
        self.known = set(session.profile.lines_read)  # read before this line was shown
        self.was_read = False
        session.events.on("line", self._on_line)

    @property
    def story(self) -> Story:
        return self.session.story

    @property
    def beat(self) -> Beat | None:
        return self.session.beat

    # --- the presentation, kept in the session's extras ------------------------------------
    @property
    def presentation(self) -> Presentation:
        return Presentation.from_dict(self.session.extras)

    @presentation.setter
    def presentation(self, value: Presentation) -> None:
        self.session.extras.update(value.as_dict())

    def _on_line(self, line: Line) -> None:
        tags = line.tags
        p = self.presentation
        if tags.chapter and self.marks is not None and self.session.line_before is not None:
            self.marks.remember(tags.chapter, self.session.line_before.ink)
        p = replace(p, bg=tags.bg or p.bg, mood=tags.mood or p.mood,
                    chapter=tags.chapter or p.chapter)
        if line.text:
            spoke = line.speaker is not None and line.speaker == self.voice_character
            p = replace(p, voice_recent=0 if spoke else min(99, p.voice_recent + 1))
            self.was_read = bool(line.line_id) and line.line_id in self.known
            if line.line_id:
                self.known.add(line.line_id)
        self.presentation = p

    # --- moving on and back ------------------------------------------------------------------
    def next_beat(self) -> Beat:
        """The next beat, by the session's one advance."""
        return self.session.advance()

    def choose(self, index: int) -> None:
        self.session.choose(index)

    def can_roll_back(self) -> bool:
        return self.session.can_roll_back()

    def roll_back(self) -> Line | None:
        """Back one line (from a choice: back to the line before it). None at the start."""
        return self.session.rollback()

    def roll_forward(self) -> Beat | None:
        return self.session.roll_forward()

    # --- reading ------------------------------------------------------------------------------
    @property
    def history(self) -> list[HistoryEntry]:
        entries = self.session.history[-theme.HISTORY_LINES:]
        return [HistoryEntry(self.name_of(e.line), self.colour_of(e.line), e.line.text, e.line)
                for e in entries]

    def name_of(self, line: Line) -> str:
        if not line.speaker:
            return ""
        character = self.story.config.characters.get(line.speaker)
        return character.name if character else line.speaker.replace("_", " ").title()

    def colour_of(self, line: Line) -> tuple[int, int, int]:
        character = self.story.config.characters.get(line.speaker or "")
        return theme.hex_colour(character.colour) if character else theme.SAND

    def meters(self) -> list[tuple[str, int, int, int, str]]:
        """(label, value, minimum, maximum, description) of each meter the story keeps."""
        values = self.story.meters()
        return [(m.label, values[m.id], m.minimum, m.maximum, m.description)
                for m in self.story.config.meters.values() if m.id in values]

    def chapter_title(self, chapter_id: str) -> tuple[str, str]:
        """('Chapter 3', 'The Date') for a declared chapter; a plain title otherwise."""
        chapter = self.story.config.chapters.get(chapter_id)
        if chapter is None:
            return "", chapter_id.replace("_", " ").title()
        return f"Chapter {chapter.number}", chapter.title
