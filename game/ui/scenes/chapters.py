"""Chapter select: every chapter the player has reached, started again from its first line."""

from __future__ import annotations

from ..widgets.button import Button
from .listing import ListingScene


class ChaptersScene(ListingScene):
    name = "chapters"
    title = "Chapters"
    subtitle = "Start again from any chapter you have reached"

    def entries(self) -> list[Button]:
        config = self.app.story.config
        seen = set(self.app.profile.chapters_seen)
        order = list(config.chapters.values())
        known = [c for c in self.app.profile.chapters_seen if c not in config.chapters]
        buttons = []
        for chapter in order:
            state = self.app.marks.state(chapter.id)
            reachable = chapter.id in seen and state is not None
            buttons.append(Button(
                f"{chapter.number}. {chapter.title}" if reachable else f"{chapter.number}. ···",
                (lambda s=state: self.start(s)) if reachable else None, enabled=reachable))
        for chapter_id in known:
            state = self.app.marks.state(chapter_id)
            if state is not None:
                buttons.append(Button(chapter_id.replace("_", " ").title(),
                                      lambda s=state: self.start(s)))
        return buttons

    def start(self, state: str) -> None:
        self.app.show("play", state=state)
