"""The play scene: lines, choices, chapter cards, skip, auto-forward, rollback, the quick menu.

Input and timing live here; the picture is `PlayView`'s. Everything that moves counts in ticks of
the core clock, so a test that runs N ticks sees exactly what a player would after N/60 s.
"""

from __future__ import annotations

import pygame

from game.core.errors import HerError, StoryError
from game.core.saves import EXIT, QUICK, slot_label
from game.core.session import Session
from game.core.story import Choices, EndingReached, Line

from .. import keymap, theme
from ..playthrough import Playthrough
from ..reloading import LiveReload
from ..save_bridge import FramePicture
from ..widgets.choices import ChoiceList
from ..widgets.dialogue import DialogueBox
from .base import Scene, direction, is_confirm
from .play_view import TOAST_FADE, TOAST_TICKS, PlayView

SKIP_EVERY = 3  # ticks between lines while skipping
SKIP_HINT = "Skip read text only \u2014 change in Settings"
INSTANT_SPEED = 200


class PlayScene(Scene):
    name = "play"

    def __init__(self, app, *, seed: int | None = None, state: str | None = None,
                 slot: str | None = None) -> None:
        super().__init__(app)
        session = Session(app.story, app.save_dir, profile=app.profile, clock=app.clock,
                          thumbnail=self.picture,  # autosaves, with the frame the player saw,
                          background=app.writer, presents=True)  # on the window's writer
        app.session_made(session, seed=seed, state=state, slot=slot)  # listeners subscribe
        self.play = Playthrough(session, app.marks, app.story.config.visualised)
        self.autosave_noticed = False  # "Autosave failed" is said once per run of failures
        session.events.on("autosave", self._notice_autosave)
        self.box = DialogueBox()
        self.view = PlayView(self)
        self.choices: ChoiceList | None = None
        self.ending: EndingReached | None = None
        self.shots: list[str] = []  # why a screenshot is due (autoplay reads these)
        self.skip = False
        self.ctrl_skip = False
        self.auto = False
        self.show_meters = bool(app.settings["show_meters"])
        self.wait = 0  # ticks: a #pause, the auto-forward delay, the skip cadence
        self.auto_wait = 0
        self.toast = ""
        self.toast_ticks = 0
        self.voice_after_card: Line | None = None  # a chapter's first voice, after its card
        self.live = LiveReload(self)  # hot reload: edits to the story's files, Shift+R
        # a scene change asked for while this scene is being made (an empty story ends, or
        # fails, at once) waits for the first update: the caller's replace() would undo it
        self._starting = True
        self._pending = None
        self._save_waited = False  # an autosave put off by a frame showing a new place
        self._told = False  # a notice said since the last frame (say)
        self.failed: StoryError | None = None
        app.session_scene = self
        if slot is not None:
            self._load(slot)
        else:
            if state is not None:
                session.start_at(state)
            else:
                session.start(seed if seed is not None else app.seed)
            self._advance()
        self._starting = False

    # --- the story -----------------------------------------------------------------------
    def advance(self) -> None:
        """Click/space/enter: finish the line being typed, else go on to the next beat."""
        if self.choices is not None or self.ending is not None or self.failed is not None:
            return
        if not self.box.done:
            self.box.complete()
            if self.view.card_ticks > 0:  # the card bows out quickly, the line is there
                self.view.card_ticks = min(self.view.card_ticks, 12)
            return
        if not self._allowed("advance"):
            return  # a gate refuses it (a run's rules: a held key, too soon after the last)
        self._advance()

    def _allowed(self, kind: str, index: int | None = None) -> bool:
        """The session's advance path: its gates (a run's rules) may refuse the input."""
        return self.play.session.allows(kind, index, skipping=self.skipping)

    def _advance(self) -> None:
        """Go on to the next beat (the part of `advance` that moves the story)."""
        if self.view.card_ticks > 0:
            self.view.card_ticks = min(self.view.card_ticks, 12)
        try:
            beat = self.play.next_beat()
        except StoryError as exc:
            self._fail(exc)
            return
        self.auto_wait = 0
        if isinstance(beat, Line):
            self._show_line(beat)
        elif isinstance(beat, Choices):
            self._show_choices(beat)
        else:
            self._finish(beat)

    def _show_line(self, line: Line, *, instant: bool = False, fade: bool = True) -> None:
        p = self.play.presentation
        scene_changed = self.view.set_scene(p.bg, fade=fade and not self.reduced_motion)
        if scene_changed:
            self.shots.append(f"scene-{p.bg}")
        if line.tags.chapter:
            number, title = self.play.chapter_title(line.tags.chapter)
            self.view.show_card(number, title)
            self.shots.insert(0, f"chapter-{line.tags.chapter}")
        self.view.samantha.set_mood(p.mood)
        voiced = line.speaker is not None and line.speaker == self.play.voice_character
        self.view.samantha.target_presence = 1.0 if voiced else (
            0.5 if p.voice_recent <= 3 else 0.0)
        speed = self.app.settings["text_speed"]
        instant = instant or speed >= INSTANT_SPEED or self.skipping
        self.box.set_line(line.text, self.play.name_of(line), self.play.colour_of(line), instant)
        self.wait = theme_ticks(line.tags.pause) if line.tags.pause and not self.skipping else 0
        if not self.skipping:
            self.app.sound.cue(line.tags)
            if self.view.card_ticks > 0:
                self.voice_after_card = line  # the line, and its voice, wait for the card
            else:
                self.app.sound.play_voice(line)
        else:
            self.app.sound.stop_voice()

    def _show_choices(self, choices: Choices) -> None:
        self.choices = ChoiceList.of(choices)
        if self.app.settings["self_voicing"] and not self.skipping:
            self.app.sound.speak_choices(self.choices.texts)
        self.relayout()
        self.shots.append("choice")
        if self.skip and not self.app.settings["skip_choices"]:
            self.skip = False

    def choose(self, index: int) -> None:
        if self.choices is None or not 0 <= index < len(self.choices.texts):
            return
        if not self._allowed("choose", index):
            return
        self.play.choose(index)
        self.choices = None
        self.app.sound.ui("select")
        self._advance()

    def _finish(self, ending: EndingReached) -> None:
        self.ending = ending
        self.app.session_scene = None
        self.app.sound.stop_voice()
        self._switch(lambda: self.app.show("ending", ending, self.view.bg))

    def _fail(self, error: StoryError) -> None:
        """The story broke (a runtime fault, or a budget ran out): this play-through ends
        with the error on screen over the title, and the game keeps running."""
        self.failed = error
        self.app.session_scene = None
        self.app.sound.stop_voice()
        self.app.messages.append(str(error))

        def show() -> None:
            self.app.show("title")
            self.app.open("story-error", str(error))

        self._switch(show)

    def _switch(self, change) -> None:  # noqa: ANN001 — a scene change, now or at update
        if self._starting:
            self._pending = change
        else:
            change()

    def roll_back(self) -> bool:
        line = self.play.roll_back()
        if line is None:
            return False
        self.choices = None
        self.skip = self.auto = False
        self.app.sound.stop_voice()
        self._show_line(line, instant=True, fade=False)
        return True

    def roll_forward(self) -> bool:
        """PageDown or wheel down after rolling back: on along the same road, the same
        answers taken again at its choices, until the player answers differently."""
        if not self.play.session.can_roll_forward():
            return False
        beat = self.play.roll_forward()
        if beat is None:
            return False
        self.choices = None
        self.skip = self.auto = False
        self.app.sound.stop_voice()
        if isinstance(beat, Line):
            self._show_line(beat, instant=True, fade=False)
        elif isinstance(beat, Choices):
            self._show_choices(beat)
        else:
            self._finish(beat)
        return True

    # --- saving --------------------------------------------------------------------------
    def picture(self) -> FramePicture:
        """The save's thumbnail: this scene as the player last saw it (not the menu or save
        screen over it), encoded later on the writer thread. Drawn offscreen only when it was
        never on screen yet (a save in the very frame a load opened it), or when the place
        saved is not on screen yet: an autosave at a chapter's start is taken before its line
        and scene arrive, and pictures them, not the ones before."""
        beat = self.play.session.beat
        if isinstance(beat, Line) and beat.text != self.box.text:
            surface = pygame.Surface(self.app.window.get_size())
            box, view = self.box, (self.view.bg, self.view.old_bg, self.view.fade,
                                   self.view.card_ticks)
            self.box = DialogueBox()
            self.box.set_line(beat.text, self.play.name_of(beat), self.play.colour_of(beat),
                              instant=True)
            self.view.bg, self.view.fade = self.play.presentation.bg, theme.FADE_TICKS
            self.view.card_ticks = 0
            try:
                self.draw(surface)
            finally:
                self.box = box
                self.view.bg, self.view.old_bg, self.view.fade, self.view.card_ticks = view
            return FramePicture(surface)
        picture = self.app.play_picture()
        if picture is None:
            surface = pygame.Surface(self.app.window.get_size())
            self.draw(surface)
            picture = FramePicture(surface)
        return picture

    def save(self, slot: str) -> str:
        try:
            info = self.play.session.save(slot, thumbnail_png=self.picture())
        except HerError as exc:
            return str(exc)
        return "Quick save made." if info.slot == QUICK else f"Saved to {slot_label(info.slot)}."

    def save_exit(self) -> None:
        """The exact place, kept in the "exit" slot before the player leaves: Continue (even
        after a relaunch) resumes here, not at the last autosave."""
        if self.ending is not None:
            return
        try:
            self.play.session.save(EXIT, thumbnail_png=self.picture())
        except (HerError, OSError, pygame.error) as exc:
            self.app.messages.append(f"could not keep your place: {exc}")

    def _load(self, slot: str) -> None:
        result = self.play.session.load(slot)  # SaveError goes to whoever asked
        if result.play is None:  # a save from before PlayState: its scene was kept beside it
            self.play.presentation = self.app.scene_memory.presentation(slot)
        self.choices = self.ending = None
        self.skip = self.auto = self.ctrl_skip = False
        self.app.sound.stop_voice()
        shown = result.line is not None and bool(result.line.text)
        if shown:
            self._show_line(result.line, instant=True, fade=False)
        if not shown or self.play.story.at_choice:
            self._advance()  # a save made at a choice opens on that choice, as it was left
        self.say(result.message or ("Quick load: back to your quick save." if slot == QUICK
                                    else f"Loaded {slot_label(slot)}."))

    def presented(self) -> None:
        """The app has just shown this scene's frame: a chapter start's or a choice's autosave
        waiting for its picture is taken now (so it shows the new chapter, not the last frame
        of the one before), and an autosave that failed says so, once."""
        session = self.play.session
        waited, self._save_waited = self._save_waited, False
        if session.autosave_due and not self.view.busy():  # the fade and card are done
            if self.view.moved_on and not waited:
                # this frame drew a new place (the next line and answers, a new scene, the
                # fade's end): the save's capture (its picture, its state) waits for the
                # next frame, so no one frame carries both; the story does not move before
                # it (every move takes a waiting autosave first)
                self._save_waited = True
            else:
                session.presented()
        session.poll()  # background autosaves' outcomes: the "autosave" event below

    def _notice_autosave(self, failure: str | None) -> None:
        if failure is None:
            self.autosave_noticed = False  # a later failure will be told again
        elif not self.autosave_noticed:
            self.autosave_noticed = True
            self.say(f"Autosave failed: {failure}. Your place is kept; try Save.")

    def say(self, message: str) -> None:
        """A short notice at the top ("Loaded", "Quick save made") that fades out."""
        self.toast, self.toast_ticks = message[:1].upper() + message[1:], TOAST_TICKS
        self._told = True  # drawn next frame (the notice is the interface's: in part)

    # --- input ---------------------------------------------------------------------------
    @property
    def skipping(self) -> bool:
        return self.skip or self.ctrl_skip

    @property
    def reduced_motion(self) -> bool:
        return bool(self.app.settings["reduced_motion"])

    @property
    def ready(self) -> bool:
        """Nothing is still arriving: the picture is what the player will act on."""
        return self.box.done and not self.view.busy() and self.wait <= 0

    def handle(self, event: pygame.event.Event) -> bool:
        if self.live.handle(event):
            return True
        if keymap.released(event, "hold_skip"):
            self.ctrl_skip = False
            return True
        if event.type == pygame.MOUSEMOTION:
            return self._hover(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._click(event)
        return self._key(event)

    def _key(self, event: pygame.event.Event) -> bool:
        """Keys, buttons and the wheel, through the keymap (game/ui/keymap.py)."""
        if self.choices is not None:
            step = direction(event)
            if step:
                self.choices.move(step)
                return True
            number = keymap.index(event, "choose")
            if number is not None:
                self.choose(number)
                return True
            if is_confirm(event):
                if self.choices.focused is not None:  # never the answer nobody pointed at
                    self.choose(self.choices.focused)
                return True
        elif keymap.pressed(event, "dismiss"):
            self.skip = False
            self.advance()
            return True
        if keymap.pressed(event, "game_menu"):
            self.open_menu()
            return True
        if keymap.pressed(event, "hold_skip"):
            self.ctrl_skip = True
            return True
        for action, run in self.actions().items():
            if keymap.pressed(event, action):
                run()
                return True
        return False

    def actions(self) -> dict[str, object]:
        """The play scene's named actions (the keymap says which keys trigger them)."""
        return {"history": self.open_history, "rollback": self.roll_back,
                "rollforward": self.roll_forward,
                "toggle_skip": self.toggle_skip, "toggle_auto": self.toggle_auto,
                "toggle_meters": self.toggle_meters, "quick_save": self.quicksave,
                "quick_load": self.quickload, "help": self.open_help}

    def _hover(self, pos: tuple[int, int]) -> bool:
        changed = self.view.menu.hover(pos)
        if self.choices is not None:
            changed |= self.choices.hover(pos)
        return changed

    def _click(self, event: pygame.event.Event) -> bool:
        """A left click: the quick menu, an answer, or on with the story."""
        if self.view.menu.click(event.pos):
            return True
        if self.choices is not None:
            index = self.choices.at(event.pos)
            if index is not None:
                self.choose(index)
            return True
        self.skip = False
        self.advance()
        return True

    # --- quick menu actions --------------------------------------------------------------
    def open_menu(self) -> None:
        self.skip = self.ctrl_skip = False
        self.app.open("game menu", self)

    def open_history(self) -> None:
        self.app.open("history", self)

    def open_help(self) -> None:
        self.app.open("help")

    def open_settings(self) -> None:
        self.app.open("settings")

    def open_saves(self, mode: str) -> None:
        self.app.open("saves", mode, self)

    def toggle_skip(self) -> None:
        self.skip = not self.skip

    def _skip_hint(self) -> None:
        """Skip refused unread text: say why, once (remembered in the settings), so Tab on a
        new line never silently does nothing, and a seasoned player is not told every time."""
        settings = self.app.settings
        if settings["skip_hint_seen"]:
            return
        self.say(SKIP_HINT)
        settings.set("skip_hint_seen", True)
        self.app.settings_changed("skip_hint_seen")

    def toggle_auto(self) -> None:
        self.auto = not self.auto
        self.auto_wait = 0

    def toggle_meters(self) -> None:
        self.show_meters = not self.show_meters

    def quicksave(self) -> None:
        self.say(self.save(QUICK))

    def quickload(self) -> None:
        if self.play.session.slots is not None and \
                self.play.session.slots.info(QUICK) is None:
            self.say("No quick save yet: F5 or Q.Save makes one.")
            return
        try:
            self._load(QUICK)
        except HerError as exc:
            self.say(exc.message)

    def to_title(self) -> None:
        self.app.sound.stop_voice()
        self.app.show("title")

    # --- time ----------------------------------------------------------------------------
    def update(self, ticks: int) -> bool:
        if self._pending is not None:
            change, self._pending = self._pending, None
            change()
            return True
        self.app.sound.update()
        changed = self.view.update(ticks) or self._save_waited or self._told
        self._told = False
        changed |= self.live.update(ticks)
        speed = self.app.settings["text_speed"]
        if self.view.card_ticks <= 0:  # the first line of a chapter types after its card
            if self.voice_after_card is not None:
                self.app.sound.play_voice(self.voice_after_card)
                self.voice_after_card = None
            changed |= self.box.update(ticks, INSTANT_SPEED * 100 if speed >= INSTANT_SPEED
                                       else speed)
        if self.toast_ticks > 0:
            self.toast_ticks -= ticks
            # it fades over its last TOAST_FADE ticks: drawn then even in a still window
            changed |= self.toast_ticks <= (0 if self.reduced_motion else TOAST_FADE)
        if self.skipping and self.choices is None:
            if not (self.play.was_read or self.app.settings["skip_unread"]):
                self.skip = self.ctrl_skip = False  # skip stops at the first unread line
                self._skip_hint()
                return True
            self.box.complete()
            self.view.card_ticks = min(self.view.card_ticks, 1)
        if self.wait > 0:
            self.wait -= ticks
            return changed
        if self.choices is None and self.ending is None and self.box.done:
            changed |= self._timers(ticks)
        return changed

    def _timers(self, ticks: int) -> bool:
        settings = self.app.settings
        if self.skipping:
            self.wait = SKIP_EVERY
            self.advance()
            return True
        if self.auto and not self.app.sound.voice_busy():
            self.auto_wait += ticks
            if self.auto_wait >= theme_ticks(settings["auto_delay"]):
                self.advance()
                return True
        return False

    def animating(self) -> bool:
        moving = (not self.box.done or self.view.busy() or self.wait > 0
                  or self.toast_ticks > 0 or self._save_waited)
        timers = self.choices is None and (self.skipping or self.auto)
        return moving or timers or self.view.moving() or self.app.sound.voice_busy()

    def damage(self) -> list[pygame.Rect] | None:
        """What changed on screen since the frame presented before the one just drawn (the
        app presents only that); None for all of it."""
        return self.view.damage()

    def draw_changes(self, target: pygame.Surface) -> list[pygame.Rect] | None:
        """Only what moved redrawn, into the window (None: draw it whole); see PlayView."""
        return self.view.draw_changes(target)

    def relayout(self) -> None:
        self.view.relayout()

    def draw(self, target: pygame.Surface) -> None:
        self.view.draw(target)
        self.live.draw(target)


def theme_ticks(seconds: float | None) -> int:
    return round((seconds or 0) * 60)


__all__ = ["PlayScene", "theme"]
