"""The window: `python main.py play`. One loop on the core's fixed-tick clock.

Logic runs in whole ticks (game.core.clock); drawing is decoupled and happens only when a scene
says its picture changed or something is still moving. When nothing moves the loop blocks on
the event queue, so an idle window costs next to no CPU. Tests drive the same loop one frame at
a time through `App.frame()`, under SDL's dummy video driver.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pygame

from game import startup
from game.core.clock import Clock
from game.core.errors import HerError
from game.core.files import fsync_dir
from game.core.profile import load_profile
from game.core.settings import Settings, load_settings
from game.core.slots import is_autosave
from game.core.story import Story
from game.core.writer import Writer
from game.paths import picture_cache_dir

from . import keymap, scene_table, theme
from .chapter_marks import ChapterMarks
from .heap import keep_heap_flat
from .save_bridge import FramePicture, SceneMemory
from .scenes.base import Scene
from .sound import SoundHook
from .stories import StoryShelf
from .visuals.backgrounds import Backdrops
from .visuals.shelf import PictureShelf
from .waiting import wait_for_input

Overlay = Callable[[pygame.Surface, theme.Layout], None]  # `showing()` False: draws nothing
IDLE_WAIT_MS = 500  # a still window still runs a frame this often (hot reload's polls)


def parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise HerError(f"--size '{text}' is not like 1280x720") from None
    if w < theme.MIN_W or h < theme.MIN_H or w > 16384 or h > 16384:
        raise HerError(f"--size {w}x{h} is out of range",
                       hint=f"at least {theme.MIN_W}x{theme.MIN_H}")
    return w, h


def coalesce(rects: list[pygame.Rect], size: tuple[int, int], columns: int = 4,
             rows: int = 3) -> list[pygame.Rect]:
    """At most columns x rows rectangles covering `rects`: each is the union of those whose
    centre falls in one tile of the window. Sending the display seventy small rectangles
    costs more than a dozen larger ones (each is its own transfer to the X server)."""
    width, height = max(1, size[0]), max(1, size[1])
    tiles: dict[int, pygame.Rect] = {}
    for rect in rects:
        if not rect.width or not rect.height:
            continue
        x, y = rect.center
        tile = min(rows - 1, max(0, y * rows // height)) * columns + min(
            columns - 1, max(0, x * columns // width))
        if tile in tiles:
            tiles[tile].union_ip(rect)
        else:
            tiles[tile] = pygame.Rect(rect)
    return list(tiles.values())


class App:
    def __init__(self, story: Story, save_dir: str | Path, *, size: tuple[int, int] | None = None,
                 fullscreen: bool | None = None, sound: object | None = None,
                 seed: int | None = None, settings: Settings | None = None,
                 mods_root: str | Path | None = None,
                 save_root: str | Path | None = None,
                 sound_factory: Callable[[Story, Settings], object | None] | None = None,
                 language: str | None = None, modding: bool = False,
                 open_sound: Callable[[], object | None] | None = None) -> None:
        # save_dir: this story's saves and profile; save_root: the player's folder above it;
        # sound_factory(story, settings): the sound for another story picked in the window;
        # open_sound(): the sound, opened on the frame after the first (instead of `sound`):
        # the title is on screen while the mixer and its device start
        keep_heap_flat()  # before the first backdrop: freed pictures leave the process
        self.save_dir = Path(save_dir)
        self.shelf = StoryShelf(story, Path(save_root or save_dir), mods_root)  # picker, reload
        self.settings = settings or load_settings(self.save_dir)
        self.profile = load_profile(self.save_dir)
        # saves, their thumbnails, the profile, settings and chapter marks are written on this
        # thread, never on the frame; leaving the window waits for it (close())
        self.writer = Writer("her-window")
        self.story = story
        # a story opened with its runtime for later (the title needs none of it) has it made
        # on a thread from the frame after the first; one that cannot be played stops the game
        # there with its error, as it would have before the window opened
        self._preparing: Story | None = story
        self.seed = seed
        self.language = language  # --lang or the setting: every story picked plays in it
        self.modding = modding  # --story given: hot reload and the runner's settings are on
        self.marks = ChapterMarks(self.save_dir, story.title, self.writer)
        self.clock = Clock()
        self.sound = SoundHook(sound)
        self.sound_factory = sound_factory
        self._open_sound = open_sound
        self.sound.apply_settings(self.settings)
        self.backdrops = Backdrops(PictureShelf(picture_cache_dir()))
        self.scenes: list[Scene] = []
        self.overlays: list[Overlay] = []  # drawn last, over everything (speedrun timer)
        self.session_scene: Scene | None = None  # the play scene "Continue" returns to
        self.autoplay = None
        self.speedrun = None  # game.ui.speedrun.controller, once installed
        # called with every Session a play scene makes, before it starts (speedrun mode
        # subscribes to its events and gates its advances)
        self.session_hooks: list[Callable[..., None]] = []
        self.running = True
        self.dirty = True
        self._play_presented = False  # the window shows the play scene as it was last drawn
        self._play_frame: FramePicture | None = None
        self._errors_told = 0  # how many of the writer's errors the player was shown
        self.frames_drawn = 0
        self.whole_frames = 0  # of those, presented whole (the rest: changed rectangles only)
        self.changed_frames = 0  # of those, only what moved redrawn (PlayScene.draw_changes)
        self.messages: list[str] = [*self.settings.messages, *self.profile.messages]
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")  # crisp on high DPI
        if sys.platform.startswith("linux"):
            # X11: present through the X server's shared memory, not a texture re-uploaded
            # whole every frame — only then does presenting just the changed rectangles
            # cost less (a full-window flip: 0.04 ms of our CPU instead of 3.8 at 1080p
            # without a GPU, as in Xvfb); the environment can still say otherwise
            os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        pygame.display.init()
        pygame.font.init()
        # gamepads from the frame after the first (1 ms of start-up: SDL looks at every input
        # device); those plugged in then arrive as JOYDEVICEADDED, as a later one does
        self.gamepads: dict[int, object] = {}
        pygame.display.set_caption(story.title)
        self.windowed_size = tuple(size or self.settings["window_size"])
        self.fullscreen = self.settings["fullscreen"] if fullscreen is None else fullscreen
        self.window = self._open_window()
        self.layout = theme.Layout(self.window.get_size(), self.settings["text_size"],
                                   self.settings["ui_scale"])
        self.scene_memory = SceneMemory(self.save_dir)

    @property
    def developer_mode(self) -> bool:
        """Hot reload (Shift+R) and the speedrun and LiveSplit settings: on for a story being
        modded (`--story`) or while speedrun mode is on, out of the shipped game's way."""
        speedrun = self.speedrun
        return self.modding or bool(self.settings.values.get("speedrun_mode")) or (
            speedrun is not None and speedrun.enabled)

    # --- window ------------------------------------------------------------------------
    def _open_window(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self.window = self._open_window()
        self.settings.set("fullscreen", self.fullscreen)
        self._save_settings()
        self.relayout()

    def resized(self, size: tuple[int, int]) -> None:
        size = (max(theme.MIN_W, size[0]), max(theme.MIN_H, size[1]))
        if not self.fullscreen:
            self.windowed_size = size
            self.settings.set("window_size", list(size))
            self._save_settings()
        self.window = pygame.display.get_surface() or self.window
        if not self.fullscreen and self.window.get_size() != size:
            self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        self.relayout()

    def relayout(self) -> None:
        self.layout = theme.Layout(self.window.get_size(), self.settings["text_size"],
                                   self.settings["ui_scale"])
        for scene in self.scenes:
            scene.relayout()
        self.dirty = True

    def settings_changed(self, name: str) -> None:
        """A setting was edited on the settings screen: apply it now, and keep it."""
        if name == "fullscreen" and self.settings["fullscreen"] != self.fullscreen:
            self.toggle_fullscreen()
        if name in ("text_size", "ui_scale"):
            self.relayout()
        self.sound.apply_settings(self.settings)
        self._save_settings()
        self.dirty = True

    def _save_settings(self) -> None:
        """Written on the writer thread, from the text as it is now (a later edit writes again)."""
        settings, text = self.settings, self.settings.dumps()

        def write() -> None:
            try:
                settings.save(text)
            except OSError as exc:
                self.messages.append(f"could not save settings: {exc}")

        self.writer.put(write)

    # --- scenes --------------------------------------------------------------------------
    @property
    def top(self) -> Scene:
        return self.scenes[-1]

    def push(self, scene: Scene) -> None:
        self._keep_play_frame()
        self.scenes.append(scene)
        scene.relayout()
        self.dirty = True

    def pop(self) -> None:
        if len(self.scenes) > 1:
            self.scenes.pop()
        self.dirty = True

    def replace(self, scene: Scene) -> None:
        self._keep_play_frame()
        self.scenes = [scene]
        scene.relayout()
        self.dirty = True

    def session_made(self, session: object, **how: object) -> None:
        """A play scene made `session` (how: its seed, state or slot): tell whoever listens."""
        for hook in self.session_hooks:
            hook(session, **how)

    def scene(self, name: str, *args: object, **kwargs: object) -> Scene:
        """A new screen by name (game/ui/scene_table.py): how scenes reach each other."""
        return scene_table.make(self, name, *args, **kwargs)

    def show(self, name: str, *args: object, **kwargs: object) -> Scene:
        """Replace every screen with a new `name` screen (the title, play, an ending)."""
        scene = self.scene(name, *args, **kwargs)
        self.replace(scene)
        return scene

    def open(self, name: str, *args: object, **kwargs: object) -> Scene:
        """Put a new `name` screen on top (help, settings, saves, a question)."""
        scene = self.scene(name, *args, **kwargs)
        self.push(scene)
        return scene

    def quit(self) -> None:
        self.running = False

    # --- the picture a save keeps ------------------------------------------------------------
    def play_picture(self) -> FramePicture | None:
        """The thumbnail's source for a save of the play-through: the last frame the player
        saw of the play scene — the window as it is when the play scene is on top, else the
        copy kept when something covered it (a save from the menu or the save screen shows
        the story, not that screen). None before the play scene was ever presented."""
        if self.scenes and self.top is self.session_scene and self._play_presented:
            return FramePicture(self.window)
        return self._play_frame

    def _keep_play_frame(self) -> None:
        if self.scenes and self.top is self.session_scene and self._play_presented:
            self._play_frame = FramePicture(self.window)  # about to be covered or replaced

    def close(self) -> None:
        """Leaving the window: wait for every write asked for, then make their renames
        durable (a save fsyncs only its own data; see game.core.saves._write)."""
        self._keep_pictures()  # a window closed on its first frame still keeps them
        folders = {self.save_dir}
        if self.settings.path is not None:
            folders.add(self.settings.path.parent)
        self.writer.join()  # and the steps the last saves put after themselves (their .bak)
        for folder in sorted(folders):
            self.writer.put(lambda folder=folder: fsync_dir(folder))
        self.writer.close()

    def leave(self) -> None:
        """Quit the way a player does (Quit, closing the window): the place is kept first."""
        scene = self.session_scene
        if scene is not None and hasattr(scene, "save_exit"):
            scene.save_exit()
        self.quit()

    # --- the loop ------------------------------------------------------------------------
    def frame(self, seconds: float) -> bool:
        """One pass: events, whole ticks of logic, and a redraw only if the picture changed."""
        if self.frames_drawn:
            startup.release()  # the title is up: collecting again (game.startup)
            if not pygame.joystick.get_init():
                pygame.joystick.init()
            self._keep_pictures()
            if self._preparing is not None and self._preparing.prepare():
                self._preparing = None
            if self._open_sound is not None:
                self._open_deferred_sound()
        changed = self._write_failures()
        for event in pygame.event.get():
            changed |= self.dispatch(event)
        ticks = self.clock.feed(seconds)
        if self.speedrun is not None:
            changed |= self.speedrun.tick(ticks)
        if ticks:
            changed |= self.top.update(ticks)
        if self.autoplay is not None:
            changed |= self.autoplay.before_draw()
        if changed or self.dirty:
            self.draw(self.dirty)
            if self.autoplay is not None:
                self.autoplay.after_draw()
            return True
        return False

    def _keep_pictures(self) -> None:
        """The title's painting, written for the next launch on the writer thread (asked
        for after the frame that painted it, so that frame never starts the thread)."""
        for job in self.backdrops.shelf.take_pending():
            self.writer.put(job)

    def _open_deferred_sound(self) -> None:
        opener, self._open_sound = self._open_sound, None
        sound = opener() if opener is not None else None
        if sound is not None:
            self.sound.sound = sound
            self.sound.apply_settings(self.settings)

    def _write_failures(self) -> bool:
        """A write the writer thread could not make (a full disk, a read-only folder): the
        player is told, in the window and on leaving, as when it happened on the frame."""
        errors = self.writer.errors
        if len(errors) <= self._errors_told:
            return False
        for error in errors[self._errors_told:]:
            text = getattr(error, "message", None) or str(error)
            self.messages.append(text)
            if is_autosave(text.split("'")[1] if text.count("'") >= 2 else ""):
                continue  # the play scene says it once, quietly ("Autosave failed: …")
            say = getattr(self.top, "say", None) if self.scenes else None
            if callable(say):
                say(text)
        self._errors_told = len(errors)
        return True

    def animating(self) -> bool:
        return (self.dirty or self.top.animating() or self.autoplay is not None
                or (self.speedrun is not None and self.speedrun.running))

    def dispatch(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.QUIT:
            self.leave()
            return False
        if event.type == pygame.JOYDEVICEADDED:
            pygame.joystick.init()  # (already, after the first frame)
            pad = pygame.joystick.Joystick(event.device_index)
            self.gamepads[pad.get_instance_id()] = pad  # keep it open, or no events arrive
            return False
        if event.type == pygame.JOYDEVICEREMOVED:
            self.gamepads.pop(event.instance_id, None)
            return False
        if event.type == pygame.VIDEORESIZE and not self.fullscreen:
            self.resized(event.size)
            return True
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWSIZECHANGED):
            if self.window.get_size() != self.layout_size():
                self.resized(self.window.get_size())
            self.dirty = True  # what the display showed may be gone: all of it again
            return True
        if keymap.pressed(event, "toggle_fullscreen"):
            self.toggle_fullscreen()
            return True
        if self.speedrun is not None and self.speedrun.handle(event):
            return True
        if keymap.pressed(event, "self_voicing"):
            self.toggle_self_voicing()
            return True
        menu = getattr(self.top, "menu", None)
        focus = getattr(menu, "focus", None)
        handled = self.top.handle(event)
        if self.settings["self_voicing"] and menu is getattr(self.top, "menu", None) \
                and focus is not None and getattr(menu, "focus", None) != focus:
            buttons = getattr(menu, "buttons", [])
            if 0 <= menu.focus < len(buttons):  # self-voicing reads the item the player is on
                self.sound.speak(buttons[menu.focus].label)
        return handled

    def toggle_self_voicing(self) -> None:
        """V, anywhere: reading aloud on or off, remembered in the settings."""
        on = not self.settings["self_voicing"]
        answer = self.sound.set_self_voicing(on)
        self.settings.set("self_voicing", on and not answer.startswith("Self-voicing needs"))
        self.settings_changed("self_voicing")
        say = getattr(self.top, "say", None)
        if callable(say):
            say(answer)
        else:
            self.messages.append(answer)
        self.dirty = True

    def layout_size(self) -> tuple[int, int]:
        return self.layout.width, self.layout.height

    def draw(self, whole: bool = True) -> None:
        """Draw the scenes and present the frame. `whole=False` (no scene pushed, popped or
        replaced, no new size or settings): the play scene, alone on screen, may name the
        rectangles that changed, and only those are sent to the display — a full-window
        flip costs 2 ms at 1280x720 and 4 at 1920x1080 in a real X window, most frames
        change a few small motes and her light, and most key presses the line and the
        answers. The picture drawn is the same either way."""
        overlays = self.showing_overlays()
        if not whole and len(self.scenes) == 1 and not overlays and self.autoplay is None:
            changes = getattr(self.top, "draw_changes", None)
            rects = changes(self.window) if callable(changes) else None
            if rects is not None:  # only what moved was redrawn, and only it is presented
                if rects:
                    pygame.display.update(rects)
                self.changed_frames += 1
                self._presented()
                return
        start = 0
        for i in range(len(self.scenes) - 1, -1, -1):
            if not self.scenes[i].overlay:
                start = i
                break
        for scene in self.scenes[start:]:
            scene.draw(self.window)
        for overlay in overlays:
            overlay(self.window, self.layout)
        damage = getattr(self.top, "damage", None)
        rects = damage() if callable(damage) and len(self.scenes) == 1 else None
        if whole or rects is None or overlays or self.autoplay is not None:
            pygame.display.flip()
            self.whole_frames += 1
        else:
            pygame.display.update(coalesce(rects, self.window.get_size()))
        self._presented()

    def showing_overlays(self) -> list[Overlay]:
        """The overlays that draw this frame. Every window has the speedrun overlay installed
        (`play` installs it), but outside speedrun mode it draws nothing, and it must not cost
        the play scene its changed-rectangles frames: a full-window flip every ambient frame
        is most of what idling at a choice costs in a real X window."""
        return [overlay for overlay in self.overlays
                if getattr(overlay, "showing", None) is None or overlay.showing()]

    def _presented(self) -> None:
        self._play_presented = self.top is self.session_scene and self.session_scene is not None
        self.frames_drawn += 1
        self.dirty = False
        presented = getattr(self.top, "presented", None)
        if callable(presented):
            presented()  # the play scene's autosave waits for the frame the player saw

    def run(self) -> None:
        """The real loop: 60 fps while anything moves, blocked on events while nothing does.
        With HER_QUIT_AFTER_FIRST_FRAME set (bench's cold-start figure) it stops after the
        first frame that polled input and presented a picture."""
        timer = pygame.time.Clock()
        timer.tick()
        first_frame_only = bool(os.environ.get("HER_QUIT_AFTER_FIRST_FRAME"))
        while self.running:
            drawn = self.step(timer)
            if first_frame_only and drawn:
                # when, on the clock every process shares: bench's cold start ends here,
                # not when this process has also closed and exited
                print(f"first frame presented at {time.monotonic():.6f} after "
                      f"{time.process_time():.6f} s of CPU", file=sys.stderr, flush=True)
                self.running = False
        self.close()

    def step(self, timer: pygame.time.Clock) -> bool:
        """One pass of the real loop (run(), and bench's idle figure): a frame at 60 fps while
        anything moves, else a wait for input first. True when it drew."""
        if self.animating():
            fast = bool(self.autoplay and self.autoplay.fast)
            # the first picture is shown at once, not after a frame's wait (16 ms of start-up)
            timer.tick(0 if fast or not self.frames_drawn else 60)
            return self.frame(1 / 60 if fast else timer.get_time() / 1000)
        wait_for_input(IDLE_WAIT_MS)
        timer.tick()
        return self.frame(timer.get_time() / 1000)  # ticks go on: reload polls

    def run_ticks(self, count: int) -> int:
        """Drive the loop for `count` ticks of 1/60 s without sleeping (tests, autoplay, bench).
        Returns how many frames were drawn."""
        drawn = 0
        for _ in range(count):
            if not self.running:
                break
            drawn += self.frame(1 / 60)
            if not self.running:
                self.close()  # as run() does: the place kept on leaving is on disk after this
        return drawn

    def screenshot(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.window, str(path))
        return path
