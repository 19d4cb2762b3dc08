"""`python main.py play`: the window, or with --autoplay a run that needs no input.

This is where the window is put together: the story, its save folder, the settings, sound from
the audio package (plugged in through the `SoundPort` the window talks to) and speedrun mode —
so `game.ui` never has to import the audio package or the command line.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

import pygame

from game.core.errors import HerError
from game.core.profile import load_profile
from game.core.settings import load_settings
from game.core.source import resolve
from game.core.story import Story
from game.core.storyfiles import story_save_dir
from game.ui.app import App, parse_size

from .common import language, save_root


def default_sound(story: Story, settings: Any) -> object | None:
    """The audio package's mixer (or its own silent stand-in); None if it is not there."""
    try:
        from game.audio import open_audio
    except ImportError:
        return None
    folder = story.source.folder if story.source else None
    names = story.config.character_names
    try:
        sound = open_audio(folder, settings, names=names)
    except Exception:  # noqa: BLE001 — no audio device must not stop the game
        return None
    library = getattr(sound, "library", None)
    if library is not None and story.translation is not None:
        library.language = story.translation.lang  # voice/<lang>/… clips first
    return sound


def build_app(args: argparse.Namespace) -> App:
    root = save_root(args)
    folder = story_save_dir(root, resolve(args.story))
    profile = load_profile(folder)
    # its runtime made while the title is up (or when first needed): 8 ms of start-up
    story = Story.open(args.story, seed=args.seed, seen_endings=profile.endings_seen,
                       runtime_later=True)
    lang = language(args)
    story.translate(lang)
    size = parse_size(getattr(args, "size", None))
    fullscreen = True if getattr(args, "fullscreen", False) else (False if size else None)
    settings = load_settings(root)
    if getattr(args, "high_contrast", False):
        settings.values["high_contrast"] = True  # for this run; saved only if changed in it
    quiet = getattr(args, "autoplay", False) or getattr(args, "tour", None)
    # the title shows first and the sound opens on the next frame (mixer, device, the voice
    # manifest: 10-40 ms); resuming a save straight into the story opens it before
    later = not quiet and not getattr(args, "load", None)
    sound = None if quiet or later else default_sound(story, settings)
    return App(story, folder, size=size, fullscreen=fullscreen, sound=sound, seed=args.seed,
               settings=settings, save_root=root, sound_factory=default_sound,
               language=lang, modding=bool(getattr(args, "story", None)),
               open_sound=(lambda: default_sound(story, settings)) if later else None)


HEADLESS_DRIVERS = ("offscreen", "dummy")


def check_display() -> None:
    """With no display SDL quietly picks an invisible window and the game would sit there
    unseen; say so in one line instead. Asking for a headless driver yourself
    (SDL_VIDEODRIVER=dummy, as the tests and autoplay do) is honoured."""
    if os.environ.get("SDL_VIDEODRIVER"):
        return
    from game.audio.warn import native_stderr_quiet

    try:
        with native_stderr_quiet():  # SDL's own notes about XDG_RUNTIME_DIR and the like
            pygame.display.init()
        driver = pygame.display.get_driver()
    except pygame.error as exc:
        raise HerError(f"the window cannot open: {str(exc)[:200]}",
                       hint="play in the terminal with `python main.py text`") from None
    if driver in HEADLESS_DRIVERS:
        pygame.display.quit()
        raise HerError("no display to open the window on",
                       hint="play in the terminal with `python main.py text`, or set "
                            "SDL_VIDEODRIVER=dummy to run the window headless")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "tour", None):
        return tour(args)
    if getattr(args, "autoplay", False) and args.screenshots:
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    if not getattr(args, "autoplay", False):  # autoplay needs no one to see it (screenshots)
        check_display()
    app = build_app(args)
    from game.ui.speedrun.controller import install

    speedrun = getattr(args, "speedrun", False)  # --seed there: a seeded category
    controller = install(app, forced=speedrun, seed=args.seed if speedrun else None)
    if speedrun and getattr(args, "category", None):
        controller.choose_category(args.category)  # an unknown one: HerError, exit 1
    from game.ui.scenes.title import TitleScene

    app.replace(TitleScene(app))
    if getattr(args, "load", None):
        from game.ui.scenes.play import PlayScene
        try:
            app.replace(PlayScene(app, slot=args.load))  # LoadResult.message shows as a toast
        except HerError:
            pygame.quit()  # the slot cannot be resumed: say why on the command line, exit 1
            raise
    if getattr(args, "autoplay", False):
        from game.ui.autoplay import AutoPlayer
        app.autoplay = AutoPlayer(app, choose=args.choose, seed=args.seed,
                                  screenshots=args.screenshots,
                                  exit_on_ending=args.exit_on_ending)
    try:
        app.run()
    finally:
        if app.speedrun is not None:
            app.speedrun.close()  # LiveSplit: send what is queued, stop the thread
        pygame.quit()
    from game.ui.theme import FONT_PROBLEMS

    for message in [*app.messages, *FONT_PROBLEMS]:
        print(f"warning: {message}")
    if app.autoplay is not None:
        return app.autoplay.report()
    return 0


def tour(args: argparse.Namespace) -> int:
    """`play --tour DIR`: every screen as a PNG, played in a fresh save folder (the player's
    own saves and settings are not read or touched)."""
    import tempfile

    from game.ui.tour import Tour

    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory(prefix="her-tour-") as scratch:
        args.save_dir = scratch
        app = build_app(args)
        try:
            shots = Tour(app, args.tour).run()
        finally:
            pygame.quit()
    from game.ui.theme import FONT_PROBLEMS

    for message in FONT_PROBLEMS:
        print(f"warning: {message}")
    print(f"tour: {len(shots)} screens in {args.tour}")
    return 0
