"""Every screen of the window by name: the one place that knows which module draws which.

Scenes never import each other to move on (the title does not import play, play does not import
the ending, the ending does not import the title); they ask the app by name —
`app.show("play", slot=...)` replaces the screens, `app.open("help")` puts one on top — and the
app makes the scene through this table. So the screens form no import cycle, and a screen's
module is imported only when it is first shown (start-up reads the title's alone).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import App
    from .scenes.base import Scene

SCENES: dict[str, tuple[str, str]] = {
    "title": ("game.ui.scenes.title", "TitleScene"),
    "play": ("game.ui.scenes.play", "PlayScene"),
    "ending": ("game.ui.scenes.ending", "EndingScene"),
    "saves": ("game.ui.scenes.saves", "SavesScene"),
    "chapters": ("game.ui.scenes.chapters", "ChaptersScene"),
    "gallery": ("game.ui.scenes.gallery", "GalleryScene"),
    "stories": ("game.ui.scenes.stories", "StoriesScene"),
    "settings": ("game.ui.scenes.settings", "SettingsScene"),
    "help": ("game.ui.scenes.help", "HelpScene"),
    "history": ("game.ui.scenes.history", "HistoryScene"),
    "game menu": ("game.ui.scenes.game_menu", "GameMenuScene"),
    "confirm": ("game.ui.scenes.confirm", "ConfirmScene"),
    "story-error": ("game.ui.scenes.story_error", "StoryErrorScene"),
}


def scene_class(name: str) -> type[Scene]:
    """The class that draws screen `name`, its module imported on first use."""
    try:
        module, attribute = SCENES[name]
    except KeyError:
        raise KeyError(f"no screen named '{name}' (known: {', '.join(SCENES)})") from None
    return getattr(importlib.import_module(module), attribute)


def make(app: App, name: str, *args: object, **kwargs: object) -> Scene:
    return scene_class(name)(app, *args, **kwargs)
