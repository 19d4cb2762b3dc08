"""Hot reload inside the play scene: the core's `Reloader` polled on the game clock, its new
story swapped in where the player is, and its compile errors drawn over the running game.

Polling costs a queue check per tick and a stat of the story's files twice a second of game
time; compiling happens on the reloader's own thread, so no frame ever waits for it. The scene
asks for a redraw only when a build has finished, which keeps an idle screen idle.

What "where the player is" means after a good build (`ReloadResult.restored`):
* "state": the same place. The line on screen is read again from the new build (so an edit to
  that very line shows at once) and choices on screen are offered again as the new build words
  them; rollback starts afresh from here, since older states belong to the old build.
* "checkpoint": the last `#checkpoint` line, shown again. "start": the story starts over.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.errors import HerError
from game.core.reload import ReloadResult
from game.core.story import Choices, EndingReached, Line, Story

from . import keymap
from .playthrough import Presentation
from .widgets.choices import ChoiceList
from .widgets.error_overlay import draw_errors

if TYPE_CHECKING:
    from .scenes.play import PlayScene



class LiveReload:
    def __init__(self, scene: PlayScene) -> None:
        self.scene = scene
        self.app = scene.app
        # the shipped game's player never meets hot reload: only a story being modded
        # (--story) or speedrun mode (where a reload voids the run) watches its files
        self.enabled = bool(getattr(self.app, "developer_mode", True))
        self.reloader = self.app.shelf.reloader_for(self.app.story) if self.enabled else None
        if self.reloader is not None:
            self.reloader.positions = self._positions  # fall back to what a save would
        self.last: ReloadResult | None = None

    def _positions(self) -> tuple:
        slots = self.scene.play.session.slots
        if slots is None:
            return ()
        slots.note_checkpoint()
        return slots.checkpoints

    # --- the loop's side ------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        """Shift+R: rebuild now, changed or not."""
        if not (self.enabled and keymap.pressed(event, "reload")):
            return False
        if self.reloader is None:
            self.scene.say(f"Cannot reload: {self.app.shelf.reload_problem}")
        else:
            self.reloader.force()
            self.scene.say("Reloading the story…")
        return True

    def update(self, ticks: int) -> bool:
        """True only when a build finished (the picture changes: a toast, maybe new text)."""
        if self.reloader is None or ticks <= 0:
            return False
        result = self.reloader.poll(ticks)
        if result is None:
            return False
        self.apply(result)
        return True

    def apply(self, result: ReloadResult) -> None:
        self.last = result
        if result.story is not None:
            self._swap(result)
        message = result.message
        if not result.ok and self.errors:
            count = len(self.errors)
            message = (f"The edited story has {count} error{'s' * (count != 1)}: still playing "
                       "the last good build")
        self.scene.say(message[:1].upper() + message[1:])
        self.app.dirty = True

    # --- what the overlay shows -------------------------------------------------------------
    @property
    def errors(self) -> list[str]:
        """The last failed build's errors as `file:line: error: message`; [] once it builds."""
        if self.reloader is None:
            return []
        found = [d for d in self.reloader.diagnostics if d.severity == "error"]
        shown = [str(replace(d, path=self._short(d.path))) for d in found]
        return list(dict.fromkeys(shown))  # the compiler can report one error twice

    def _short(self, path: str) -> str:
        """A path the way the player typed it: from the current folder when the story is under
        it (`mods/x/main.ink`), else from the story folder's parent (`x/main.ink`)."""
        if not path:
            return path
        full = Path(path)
        for base in (Path.cwd(), self._story_base()):
            try:
                return full.resolve().relative_to(base.resolve()).as_posix()
            except (ValueError, OSError):
                continue
        return path

    def _story_base(self) -> Path:
        source = self.app.story.source
        return source.folder.parent if source else Path(os.sep)

    def draw(self, target: pygame.Surface) -> None:
        errors = self.errors
        if not errors:
            return
        choices = self.scene.choices
        above = min(r.top for r in choices.rects) - self.app.layout.s(12) if (
            choices is not None and choices.rects) else None
        draw_errors(target, self.app.layout, "The edited story does not build", errors,
                    "Fix it and save: the game reloads by itself.   Shift+R reloads now.",
                    bottom=above)

    # --- swapping the story in ----------------------------------------------------------------
    def _swap(self, result: ReloadResult) -> None:
        story, restored = result.story, result.restored
        scene, play = self.scene, self.scene.play
        session = play.session
        history = session.history
        before = history[-1].before if history and isinstance(play.beat, Line) else None
        self.app.story = story
        session.replace_story(story)  # rollback starts afresh: older states are the old build's
        if session.slots is not None:  # the checkpoints a save keeps, as the restore left them
            session.slots.set_checkpoints(result.checkpoints)
        if restored == "state":
            self._same_place(story, before.ink if before is not None else None)
            return
        scene.choices = None
        point = story.checkpoint
        if restored == "checkpoint" and point is not None and point.line.text:
            session.beat = point.line
            scene._show_line(point.line, instant=True, fade=False)  # noqa: SLF001
            return
        play.presentation = Presentation()
        session.beat = None
        scene.box.complete()
        scene.advance()

    def _same_place(self, story: Story, before: str | None) -> None:
        scene, play = self.scene, self.scene.play
        if scene.choices is not None:
            play.session.beat = None
            beat = play.next_beat()
            if isinstance(beat, Choices):
                scene.choices = ChoiceList.of(beat)
                scene.relayout()
            elif isinstance(beat, EndingReached):
                scene._finish(beat)  # noqa: SLF001
            return
        line = self._read_again(story, before)
        if line is not None:
            history = play.session.history
            if history:
                history[-1] = replace(history[-1], line=line)
            bg = line.tags.bg or play.presentation.bg
            play.presentation = replace(play.presentation, bg=bg,
                                        mood=line.tags.mood or play.presentation.mood)
            scene.view.set_scene(bg, fade=not scene.reduced_motion)
            scene.box.set_line(line.text, play.name_of(line), play.colour_of(line), True)

    def _read_again(self, story: Story, before: str | None) -> Line | None:
        """The line on screen, as the new build words it: from the state saved just before it
        was shown. None (and the story left where the reload put it) when that does not work."""
        play = self.scene.play
        if before is None or not isinstance(play.beat, Line):
            return None
        after, errors = story.save_state(), len(story.errors)
        try:
            story.load_state(before)
            beat = story.next()
            while isinstance(beat, Line) and not beat.text:
                beat = story.next()
        except HerError:
            beat = None
        if isinstance(beat, Line) and len(story.errors) == errors:
            play.session.beat = beat
            return beat
        del story.errors[errors:]
        story.load_state(after)
        return None
