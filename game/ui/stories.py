"""Which story the window is playing: the one it was started with, or a mod from `mods/`.

Every story keeps its own profile, saves, chapter marks and scene memory, so a mod can never
overwrite the main story's endings or slots: the story the game started with keeps the save
folder at the top level (as it always did), and mod `<id>` gets `<save folder>/mods/<id>/`.
Settings stay shared (they are the player's, not a story's). The story picker lists what
`StoryShelf.entries()` finds; `StoryShelf.switch()` swaps the app over to the chosen story.

The shelf also owns the hot reloader of the story being played, so that it outlives the play
scenes (title -> new game keeps watching the same files) and is replaced when the story is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.errors import HerError
from game.core.profile import Profile, load_profile
from game.core.sound import NullSound
from game.core.source import DEFAULT_STORY
from game.core.story import Story
from game.core.storyfiles import story_save_dir
from game.paths import MODS_DIR, story_saves

from .chapter_marks import ChapterMarks
from .save_bridge import SceneMemory
from .sound import SoundHook

if TYPE_CHECKING:
    from game.core.mods import Mod
    from game.core.reload import Reloader

    from .app import App

HOME = ""  # the key of the story the game was started with


@dataclass(frozen=True)
class StoryEntry:
    """One row of the story picker. `problem` is set (and `path` unusable) for a broken mod."""

    key: str
    title: str
    path: str | None
    save_dir: Path
    author: str = ""
    version: str = ""
    description: str = ""
    problem: str = ""

    @property
    def playable(self) -> bool:
        return not self.problem


class StoryShelf:
    def __init__(self, story: Story, save_dir: str | Path,
                 mods_root: str | Path | None = None) -> None:
        self.home_dir = Path(save_dir)
        self.mods_root = Path(mods_root) if mods_root else None  # None: the game's mods/
        self.current = HOME
        self._home_story = story
        self._home = self._home_entry(story)
        self._reloader: Reloader | None = None
        self.reload_problem = ""  # why the current story cannot hot reload, if it cannot

    # --- what there is to play ----------------------------------------------------------
    def _home_entry(self, story: Story) -> StoryEntry:
        source = story.source
        path = (source.display or str(source.folder)) if source else None
        own = source is not None and _same(source.folder, DEFAULT_STORY)
        save_dir = story_save_dir(self.home_dir, source)
        description = "The game's own story." if own else (
            f"The story the game was started with ({path})." if path else "")
        return StoryEntry(HOME, story.title, path, save_dir,
                          str(story.meta.get("author") or ""),
                          str(story.meta.get("version") or ""), description)

    def entries(self) -> list[StoryEntry]:
        """The home story first, then every mod that loads (by title), then the broken ones
        with their error. A mod the game was started with is the home story, not listed twice."""
        from game.core.mods import discover  # the picker's: the title does not look for mods

        scan = discover(self.mods_root)
        home_folder = self._home_story.source.folder if self._home_story.source else None
        rows = [self._home]
        for mod in scan.mods:
            if home_folder is not None and _same(mod.folder, home_folder):
                continue
            rows.append(self._mod_entry(mod))
        for problem in scan.problems:
            folder = Path(problem.path or "?")
            name = folder.parent.name if folder.name == "mod.yaml" else folder.name
            rows.append(StoryEntry(f"broken:{name}", name, None, self.home_dir,
                                   problem=self.shorten(str(problem))))
        return rows

    def _mod_entry(self, mod: Mod) -> StoryEntry:
        return StoryEntry(mod.id, mod.title, str(mod.folder),
                          story_saves(self.home_dir, mod.id), mod.author, mod.version,
                          mod.description)

    def shorten(self, text: str) -> str:
        """Error text with the mods folder's absolute path cut to `mods/…`, so it fits a row."""
        root = (self.mods_root or MODS_DIR).resolve()
        for prefix in (str(root), str(self.mods_root or "")):
            if prefix and prefix != ".":
                text = text.replace(prefix + "/", "mods/").replace(prefix + "\\", "mods\\")
        return text

    # --- switching ----------------------------------------------------------------------
    def switch(self, app: App, entry: StoryEntry) -> None:
        """Make `entry` the app's story, with its own profile and saves. Raises HerError (the
        app is left as it was) when the story does not open."""
        if not entry.playable:
            raise HerError(entry.problem)
        profile = load_profile(entry.save_dir)
        if entry.key == HOME and entry.path is None:
            story = self._home_story
        else:
            story = Story.open(entry.path, seed=app.seed, seen_endings=profile.endings_seen)
            story.translate(app.language)  # the language the game was started in
        if entry.key == HOME:
            self._home_story = story
        _adopt(app, story, entry.save_dir, profile)
        self.current = entry.key

    # --- hot reload -----------------------------------------------------------------------
    def reloader_for(self, story: Story) -> Reloader | None:
        """The watcher of `story`'s files: kept while the story is the same one (or a reload of
        it), made anew when the story changes. None for a story that did not come from files."""
        current = self._reloader
        if current is not None and (current.story is story or _same_source(current.story,
                                                                            story)):
            if current.story is not story:
                current.track(story)
            return current
        from game.core.reload import Reloader  # hot reload only: not every start-up's import

        try:
            self._reloader = Reloader(story)
            self.reload_problem = ""
        except HerError as exc:
            self._reloader = None
            self.reload_problem = exc.message
        return self._reloader


def _adopt(app: App, story: Story, save_dir: Path, profile: Profile) -> None:
    """Point every per-story part of the app at `story`; keep the window, settings and clock."""
    app.sound.stop_voice()
    app.story = story
    app.save_dir = save_dir
    app.profile = profile
    app.messages.extend(profile.messages)
    app.marks = ChapterMarks(save_dir, story.title, getattr(app, "writer", None))
    app.scene_memory = SceneMemory(save_dir)
    app.session_scene = None
    pygame.display.set_caption(story.title)
    factory = getattr(app, "sound_factory", None)
    # a window started silent (tests, autoplay) stays silent; otherwise the new story's
    # voices and music come with it
    if factory is not None and type(app.sound.sound) is not NullSound:
        sound = factory(story, app.settings)
        if sound is not None:
            app.sound = SoundHook(sound)
            app.sound.apply_settings(app.settings)
    app.dirty = True


def _same(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _same_source(a: Story, b: Story) -> bool:
    if a.source is None or b.source is None:
        return False
    return _same(a.source.folder, b.source.folder) and (a.source.ink, a.source.json) == (
        b.source.ink, b.source.json)
