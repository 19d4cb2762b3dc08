"""Speedrun mode in the window: the run in progress, its timer, and the keys runners use.

Installed on the App (`install(app)`); the App calls `tick(ticks)` once per frame on the fixed
clock, `handle(event)` before the scene sees an event, and draws `overlay.draw` last. In-game
time counts ticks only while the play scene is on top (never in menus, the ending card, saves or
loads); real time counts every tick of the run. The controller never hooks the play scene: the
app hands it every Session a play scene makes (`attach`), and it subscribes to that session's
events — lines and endings make splits (the same `watch` `replay verify` uses), a save or a
load voids the run — and gates the session's advance path (`session.allows`), where the
speedrun rules (`game.speedrun.rules`, the same ones `replay verify` applies) decide whether a
press, a choice or a skip step may move the story; what they accept is the run's next input.

Speedrun settings make every runner's game the same: instant text, skip passes unread lines,
no auto-forward; history, rollback and quickload are refused during a run; a save, a load, a
hot reload or another story voids it (the run file keeps the inputs so far and the reason).
"""

from __future__ import annotations

import functools
import random
from typing import TYPE_CHECKING

import pygame

import game
from game.core.settings import Settings
from game.core.slots import EXIT
from game.core.story import Beat, EndingReached
from game.speedrun import rules
from game.ui import keymap

# what a run is made of (categories, the recorder, run files, best splits) is imported when a
# run starts or is asked about: every start-up installs the controller, few play a run
if TYPE_CHECKING:
    from game.core.session import Session
    from game.speedrun import splits as bests
    from game.speedrun.categories import Category
    from game.speedrun.livesplit import LiveSplitClient  # a socket and a thread: LiveSplit on
    from game.speedrun.recorder import RunRecorder

FORCED = {"text_speed": 200, "skip_unread": True, "skip_choices": False}
# keymap actions a run refuses (whatever keys the keymap gives them)
BLOCKED = ("rollback", "rollforward", "quick_load", "history", "toggle_auto")
LIVESPLIT_EVERY = 15  # ticks between game-time updates to LiveSplit


class SpeedrunSettings(Settings):
    """The player's settings, read through speedrun mode's fixed values while it is on; the
    stored values are untouched, so saving settings never writes the overrides."""

    controller: SpeedrunController | None = None

    def __getitem__(self, name: str) -> object:
        if name in FORCED:  # the few it fixes, asked for several times a frame
            controller = self.controller
            if controller is not None and controller.enabled:
                return FORCED[name]
        return self.values[name]


class SpeedrunController:
    def __init__(self, app, *, forced: bool = False, seed: int | None = None) -> None:  # noqa: ANN001
        self.app = app
        self.forced = forced
        self.requested_seed = seed  # `play --speedrun --seed N`: a seeded category
        self.recorder: RunRecorder | None = None
        self.practice = False
        self.void_reason: str | None = None
        self.seed = 0
        self._last_real: int | None = None  # app.clock.real at the last tick, for RTA
        self.in_play = False
        self.next_playthrough = False
        self.comparison: bests.Comparison | None = None
        self.last_run: dict | None = None
        self.livesplit: LiveSplitClient | None = None
        self._runs: list[dict] | None = None
        self._since_sync = 0
        self.presses = rules.Presses()  # keys and buttons down now: held ones do not advance
        self.gate = rules.Gate()  # the gap rule, as verify applies it
        self.livesplit_done: list[int | None] = []
        self._press: bool | None = None  # during an event: is it a new press (None: no event)
        self._story = None  # the Story object the run plays: another one means a reload

    # --- state --------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self.forced or bool(self.app.settings.values.get("speedrun_mode"))

    @property
    def running(self) -> bool:
        r = self.recorder
        return r is not None and not r.complete and self.void_reason is None

    @property
    def igt(self) -> int:
        return self.recorder.tick if self.recorder else 0

    @property
    def rta(self) -> int:
        return (self.recorder.rta or 0) if self.recorder else 0

    @property
    def category(self) -> Category:
        from game.speedrun.categories import categories, category

        name = str(self.app.settings.values.get("speedrun_category", "any"))
        config = self.app.story.config
        ids = [c.id for c in categories(config)]
        seed = self.requested_seed
        if seed is None:
            seed = int(self.app.settings.values.get("speedrun_seed") or 0) or None
        return category(config, name if name in ids else "any", seed)

    @property
    def timer_left(self) -> float | None:
        """Where the timer panel starts (design pixels) while it is drawn, so the meters panel
        can sit beside it instead of under it; None when no timer shows."""
        if self.recorder is None or not self.enabled:
            return None  # (every frame of play outside speedrun mode: its signature asks)
        from .overlay import timer_x

        return timer_x(self.app.layout)

    def runs(self) -> list[dict]:
        if self._runs is None:
            from game.speedrun.runfile import list_runs

            self._runs = list_runs(self.app.save_dir)
        return self._runs

    # --- starting, voiding, finishing ----------------------------------------------------
    def new_run(self) -> None:
        """One key, no confirmation: drop the run in progress and start a fresh one."""
        from game.ui.scenes.play import PlayScene

        self._begin(practice=False)
        self.app.session_scene = None
        self.app.replace(PlayScene(self.app))

    def _begin(self, *, practice: bool) -> None:
        if self.running and self.livesplit is not None and not self.practice:
            self.livesplit.reset()
        from game.speedrun.recorder import RunRecorder

        chosen = self.category
        self.seed = chosen.seed if chosen.seed is not None else \
            random.SystemRandom().randrange(1, 2**31)
        self.recorder = RunRecorder(chosen, list(self.app.story.config.endings))
        self.recorder.rta = 0
        self.practice, self.void_reason = practice, None
        self.gate = rules.Gate()
        self.livesplit_done: list[int | None] = []  # LiveSplit's splits taken (None: skipped)
        self._story = self.app.story
        self._last_real = None
        self.next_playthrough, self.comparison, self.in_play = False, None, False
        self.app.seed = self.seed
        client = None if practice else self._livesplit()  # practice runs tell LiveSplit nothing
        if client is not None:
            client.begin_run()

    def void(self, kind: str, detail: str = "") -> None:
        """Stop the run where it is: the file keeps the inputs so far and the reason."""
        if not self.running:
            return
        from game.speedrun.runfile import write_run

        reason = rules.void_reason(kind, detail)
        self.void_reason = reason
        self.recorder.note_input("void", reason)
        self.app.messages.append(f"speedrun void: {reason}")
        if self.livesplit is not None and not self.practice:
            self.livesplit.reset()
        try:
            write_run(self.app.save_dir, {**self.run_content(), "void": reason})
        except OSError as exc:
            self.app.messages.append(f"could not write the run file: {exc}")
        self._runs = None

    def _check_story(self) -> None:
        """A story object other than the run's: hot reload swapped it, or the picker did."""
        story = self.app.story
        if self.running and self._story is not None and story is not self._story:
            old, new = self._story.source, story.source
            same = old is not None and new is not None and old.folder == new.folder
            self.void("reload" if same else "story")

    def attach(self, session: Session, *, seed: int | None = None, state: str | None = None,
               slot: str | None = None) -> None:
        """A play scene made `session` (the app's session hook): while a run is on, the run
        subscribes to its events — lines and endings make splits, a save or a load voids —
        and gates its advance path with the speedrun rules."""
        if not self.enabled:
            return
        if slot is not None:
            self.void("load", slot)
            return
        self._check_story()
        if state is not None or not self.running:
            self._begin(practice=state is not None)
        recorder = self.recorder
        if state is not None:
            recorder.note_input("practice", state)
        else:
            self.app.seed = self.seed
            recorder.note_input("new", self.seed)
        # endings count as seen only when reached earlier in this run; the session's live set
        # grows as the run reaches more
        session.seen.clear()
        session.seen.update(recorder.endings)
        from game.speedrun.recorder import watch

        watch(session, functools.partial(self._on_beat_of, recorder))
        session.events.on("save", functools.partial(self._on_save, recorder))
        session.events.on("load", functools.partial(self._on_load, recorder))
        session.gates.append(self._gate)

    def _on_save(self, recorder: RunRecorder, slot: object) -> None:
        if recorder is self.recorder and slot != EXIT:  # the place kept on leaving, like an
            self.void("save", str(slot))  # autosave, is not a player's save

    def _on_load(self, recorder: RunRecorder, slot: object) -> None:
        if recorder is self.recorder:
            self.void("load", str(slot))

    def _on_beat_of(self, recorder: RunRecorder, beat: Beat) -> None:
        if recorder is self.recorder:  # a session of an earlier run says nothing to this one
            self._on_beat(beat)

    def _gate(self, kind: str, index: object, skipping: bool) -> bool:
        return self.may_advance(kind, index if isinstance(index, int) else None,
                                skipping=skipping)

    def may_advance(self, kind: str, index: int | None = None, *, skipping: bool = False) -> bool:
        """The play scene asks before a press, a choice or a skip step moves the story: the
        speedrun rules decide, and what they accept is recorded as the run's next input."""
        self._check_story()
        if not self.running:
            return True
        press = self._press
        if press is None and self.app.autoplay is not None:
            press = True  # autoplay stands in for a player's presses
        if press is not None:
            if not press:
                return False  # held down, or the OS repeating it: not a new press
            code = "c" if kind == "choose" else "a"
        elif skipping and kind == "advance":
            code = "s"
        else:
            return False  # auto-forward and other timers do not play a speedrun
        tick = self.recorder.tick
        if self.gate.refusal(tick, code) is not None:
            return False
        self.gate.accept(tick, code)
        self.recorder.note_input(code, *([index] if code == "c" else []))
        return True

    def _on_beat(self, beat: Beat) -> None:
        recorder = self.recorder
        if not self.running or recorder is None:
            return
        name = recorder.note_beat(beat)
        if name is not None:
            from game.speedrun import splits as bests
            from game.speedrun.categories import timer_index, timer_splits

            self.comparison = bests.compare(self.app.profile, recorder.category.key,
                                            recorder.splits)
            if self.livesplit is not None and not self.practice:
                names = timer_splits(self.app.story.config, recorder.category)
                done = len(self.livesplit_done)
                index = timer_index(names, done, name) if recorder.splits[-1]["igt"] or \
                    len(recorder.splits) > 1 else None  # the first split is the timer's start
                if index is not None:
                    self.livesplit_done += [None] * (index - done) + [recorder.tick]
                    self.livesplit.split_at(index, recorder.tick)
        if isinstance(beat, EndingReached):
            if recorder.complete:
                self._finish()
            else:
                self.next_playthrough = True

    def _finish(self) -> None:
        from game.speedrun import splits as bests
        from game.speedrun.runfile import write_run

        recorder = self.recorder
        content = self.run_content()
        try:
            path = write_run(self.app.save_dir, content)
        except OSError as exc:
            self.app.messages.append(f"could not write the run file: {exc}")
            path = None
        pb = False
        if not self.practice:
            pb = bests.record(self.app.profile, recorder.category.key, recorder.splits,
                              recorder.igt, seed=self.seed, run=str(path or ""))
            try:
                writer = getattr(self.app, "writer", None)
                if writer is not None:  # the session's profile copies, queued before this
                    writer.join()  # best time was recorded, must not land after it
                self.app.profile.save()
            except OSError as exc:
                self.app.messages.append(f"could not save the profile: {exc}")
        self.last_run = {"path": path, "igt": recorder.igt, "pb": pb, "practice": self.practice}
        self._runs = None
        if self.livesplit is not None and not self.practice:
            self.livesplit.finish(recorder.igt)

    def run_content(self) -> dict:
        recorder, story = self.recorder, self._story or self.app.story
        source = story.source
        return {
            "game": {"name": "her", "version": game.__version__, "bink": _bink_version()},
            "story": {"title": story.title,
                      "version": story.meta.get("version"), "hash": story.compiled.hash,
                      "path": str(source.folder) if source and source.folder else None},
            "category": recorder.category.id, "seed": self.seed,
            "seeded": recorder.category.seed is not None, "practice": self.practice,
            "settings": {"speedrun": True, **FORCED, "tick_rate": 60,
                         "min_gap": rules.MIN_GAP, "skip_every": rules.SKIP_EVERY},
            "inputs": recorder.inputs, "splits": recorder.splits, "endings": recorder.endings,
            "igt": recorder.igt, "rta": self.rta,
        }

    # --- the frame ----------------------------------------------------------------------
    def tick(self, ticks: int) -> bool:
        self._press = None  # events are over for this frame; what follows are timers
        self._check_story()
        if not self.running:
            return False
        # only now: the title's first frame does not wait for the play scene's imports
        from game.ui.scenes.ending import EndingScene
        from game.ui.scenes.play import PlayScene

        top = self.app.top
        if self.next_playthrough and isinstance(top, EndingScene):
            self.next_playthrough = False
            self.app.replace(PlayScene(self.app))
            top = self.app.top
        in_play = isinstance(top, PlayScene)
        recorder = self.recorder
        if in_play:
            recorder.tick += ticks
            top.auto = False
            top.show_meters = top.show_meters or self.practice  # practice: meters on
        real = self.app.clock.real
        # real time goes on through stalls the simulation skips; IGT (above) must not
        recorder.rta += max(ticks, real - self._last_real) if self._last_real is not None \
            else ticks
        self._last_real = real
        self._sync_livesplit(in_play, ticks)
        self.in_play = in_play
        return bool(ticks)

    def _sync_livesplit(self, in_play: bool, ticks: int) -> None:
        client = self.livesplit
        if client is None or self.practice:
            return
        if in_play != self.in_play:
            (client.resume_game_time(self.igt) if in_play else client.pause_game_time(self.igt))
        self._since_sync += ticks
        if in_play and self._since_sync >= LIVESPLIT_EVERY:
            self._since_sync = 0
            client.set_game_time(self.igt)

    def _livesplit(self) -> LiveSplitClient | None:
        values = self.app.settings.values
        if not values.get("livesplit"):
            return self.livesplit
        host, port = str(values.get("livesplit_host")), int(values.get("livesplit_port"))
        if self.livesplit is None or (self.livesplit.host, self.livesplit.port) != (host, port):
            if self.livesplit is not None:
                self.livesplit.close(0.1)
            from game.speedrun.livesplit import LiveSplitClient

            self.livesplit = LiveSplitClient(host, port)
        return self.livesplit

    def handle(self, event: pygame.event.Event) -> bool:
        """Speedrun keys, before the scene sees them; True when the event was used here. Every
        key and button going down or up is noted, so the rules can tell a new press from a
        held one."""
        self._press = self._note_press(event)
        if not self.enabled:
            return False
        from game.ui.scenes.ending import EndingScene
        from game.ui.scenes.play import PlayScene
        from game.ui.scenes.title import TitleScene

        top = self.app.top
        if self._press:  # a new press, not a held key
            if keymap.pressed(event, "speedrun_reset") and isinstance(
                    top, (TitleScene, PlayScene, EndingScene)):
                self.new_run()
                return True
            if keymap.pressed(event, "speedrun_category") and isinstance(top, TitleScene):
                self.cycle_category()
                return True
        if self.running and isinstance(top, PlayScene) and keymap.pressed(event, *BLOCKED):
            return True
        return False

    def _note_press(self, event: pygame.event.Event) -> bool | None:
        kind = event.type
        if kind == pygame.KEYDOWN:
            return self.presses.press(("key", event.key))
        if kind == pygame.MOUSEBUTTONDOWN:
            return self.presses.press(("mouse", event.button))
        if kind == pygame.JOYBUTTONDOWN:
            return self.presses.press(("pad", getattr(event, "instance_id", 0), event.button))
        if kind == pygame.JOYHATMOTION:
            return True  # a hat moves focus; it never advances by itself
        if kind == pygame.KEYUP:
            self.presses.release(("key", event.key))
        elif kind == pygame.MOUSEBUTTONUP:
            self.presses.release(("mouse", event.button))
        elif kind == pygame.JOYBUTTONUP:
            self.presses.release(("pad", getattr(event, "instance_id", 0), event.button))
        elif kind == pygame.WINDOWFOCUSLOST:
            self.presses.clear()
        return False  # not a press: nothing it does may advance a run

    def choose_category(self, name: str) -> None:
        """`play --speedrun --category NAME`: raises HerError naming the ones there are."""
        from game.speedrun.categories import category

        category(self.app.story.config, name)
        self.app.settings.set("speedrun_category", name)

    def cycle_category(self) -> None:
        from game.speedrun.categories import categories

        ids = [c.id for c in categories(self.app.story.config)]
        now = self.category.id
        self.app.settings.set("speedrun_category", ids[(ids.index(now) + 1) % len(ids)])
        self.app.settings_changed("speedrun_category")

    def close(self) -> None:
        if self.livesplit is not None:
            self.livesplit.close()


def _bink_version() -> str:
    from importlib import metadata  # 8 ms of imports at start-up otherwise: asked per run

    try:
        return metadata.version("bink")
    except metadata.PackageNotFoundError:
        return "unknown"


def install(app, *, forced: bool = False,  # noqa: ANN001 — the App
            seed: int | None = None) -> SpeedrunController:
    """Give the App speedrun mode: the controller, the settings view and the overlay; `seed`
    (from `--seed`) makes every run of this session a seeded one."""
    controller = SpeedrunController(app, forced=forced, seed=seed)
    settings = app.settings
    wrapped = SpeedrunSettings(path=settings.path, values=settings.values,
                               messages=settings.messages)
    wrapped.controller = controller
    app.settings = wrapped
    app.speedrun = controller
    app.session_hooks.append(controller.attach)
    app.overlays.append(_Overlay(controller))
    return controller


class _Overlay:
    """The timer and splits over everything, shown only in speedrun mode (the App presents
    just the changed rectangles while no overlay shows); its drawing is imported the first
    time there is something to draw (its splits and categories are 3 ms of every start-up
    otherwise)."""

    def __init__(self, controller: SpeedrunController) -> None:
        self.controller = controller

    def showing(self) -> bool:
        return bool(self.controller.enabled)

    def __call__(self, target: pygame.Surface, layout: object) -> None:
        if self.controller.enabled:
            from .overlay import draw

            draw(self.controller, target, layout)
