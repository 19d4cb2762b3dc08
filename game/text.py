"""The terminal player: the whole story in a shell, scriptable with `--choose` and `--json`.

`--json` prints one event per line (`start`, `line`, `choices`, `warning`, `ending`) so tools and
tests read the story exactly as a player meets it; the same seed and answers give the same bytes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import TextIO

from .core.story import Choices, EndingReached, Line, Story


class OutOfAnswers(Exception):
    """Standard input ended at a choice."""


def answers_from(scripted: list[int], stream: TextIO, prompt: TextIO | None) -> Iterator[int]:
    """Scripted answers (1-based) first, then whatever the player types."""
    yield from scripted
    while True:
        if prompt:
            prompt.write("> ")
            prompt.flush()
        text = stream.readline()
        if not text:
            raise OutOfAnswers
        text = text.strip()
        if text.isdigit():
            yield int(text)
        elif prompt and text:
            prompt.write("Type the number of a choice.\n")


def play(story: Story, *, scripted: list[int], as_json: bool, out: TextIO,
         stdin: TextIO, interactive: bool) -> EndingReached | None:
    emit = _JsonEmitter(out) if as_json else _TextEmitter(out, story)
    emit.start(story)
    answers = answers_from(scripted, stdin, out if interactive and not as_json else None)
    warned = reported = 0  # how many warnings and errors have been shown already
    while True:
        beat = story.next()
        for message in story.warnings[warned:] + story.errors[reported:]:
            emit.warning(message)
        warned, reported = len(story.warnings), len(story.errors)
        if isinstance(beat, Line):
            emit.line(beat)
        elif isinstance(beat, Choices):
            emit.choices(beat)
            while True:
                try:
                    answer = next(answers)
                except (OutOfAnswers, StopIteration):
                    emit.stopped(story)
                    return None
                if 1 <= answer <= len(beat):
                    story.choose(answer - 1)
                    emit.chose(beat[answer - 1])
                    break
                emit.warning(f"choice {answer} does not exist; pick 1 to {len(beat)}")
                if not interactive:
                    return None
        else:
            emit.ending(beat, story)
            return beat


class _TextEmitter:
    def __init__(self, out: TextIO, story: Story) -> None:
        self.out = out
        self.names = story.config.character_names
        self.chapters = {c.id: c.title for c in story.config.chapters.values()}

    def start(self, story: Story) -> None:
        self.out.write(f"== {story.title} ==\n\n")

    def line(self, line: Line) -> None:
        if line.tags.chapter:
            title = self.chapters.get(line.tags.chapter, line.tags.chapter)
            self.out.write(f"\n— {title} —\n\n")
        if not line.text:
            return
        if line.speaker:
            self.out.write(f"{self.names.get(line.speaker, line.speaker)}: {line.text}\n")
        else:
            self.out.write(f"{line.text}\n")

    def choices(self, choices: Choices) -> None:
        self.out.write("\n")
        for choice in choices:
            note = choice.tags.note
            self.out.write(f"  {choice.index + 1}. {choice.text}"
                           + (f" ({note})" if note else "") + "\n")

    def chose(self, choice) -> None:
        self.out.write(f"> {choice.text}\n\n")

    def warning(self, message: str) -> None:
        sys.stderr.write(f"warning: {message}\n")

    def stopped(self, story: Story) -> None:
        sys.stderr.write("stopped at a choice: no more answers\n")

    def ending(self, ending: EndingReached, story: Story) -> None:
        self.out.write(f"\n*** {ending.ending.title} ***\nENDING: {ending.id}\n")
        self.out.flush()


class _JsonEmitter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def _event(self, **event: object) -> None:
        self.out.write(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n")

    def start(self, story: Story) -> None:
        self._event(event="start", seed=story.seed, title=story.meta.get("title", ""))

    def line(self, line: Line) -> None:
        self._event(event="line", text=line.text, speaker=line.speaker, id=line.line_id,
                    tags=list(line.tags.raw))

    def choices(self, choices: Choices) -> None:
        self._event(event="choices",
                    choices=[{"index": c.index + 1, "text": c.text, "tags": list(c.tags.raw)}
                             for c in choices])

    def chose(self, choice) -> None:
        """The choices event already told tools everything; the next line shows the result."""

    def warning(self, message: str) -> None:
        self._event(event="warning", message=message)

    def stopped(self, story: Story) -> None:
        self._event(event="stopped", reason="no more answers")

    def ending(self, ending: EndingReached, story: Story) -> None:
        self._event(event="ending", id=ending.id, title=ending.ending.title, how=ending.how,
                    turns=story.turns, variables=_plain(story.variables))
        self.out.flush()


def _plain(values: dict) -> dict:
    return {k: v for k, v in values.items() if isinstance(v, (int, float, str, bool))}
