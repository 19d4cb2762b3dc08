"""The story broke while playing (a runtime fault, or it ran past its time or memory budget):
say what and where, over the title screen, and let the player go on using the game."""

from __future__ import annotations

from ..widgets.button import Button, ButtonColumn
from .base import Scene
from .confirm import ConfirmScene


class StoryErrorScene(ConfirmScene):
    """A message box with one button; the play-through it interrupted is over."""

    name = "story-error"

    def __init__(self, app, message: str) -> None:  # noqa: ANN001 — the App
        Scene.__init__(self, app)
        self.question = message
        self.action = self.close
        self.menu = ButtonColumn([Button("Back to the title", self.close)])
        self.menu.focus = 0
