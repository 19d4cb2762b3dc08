"""The endings gallery: endings found, with their title and description; the others locked,
with their hint (secret ones stay hidden until found)."""

from __future__ import annotations

from ..widgets.button import Button
from .listing import ListingScene


class GalleryScene(ListingScene):
    name = "gallery"
    title = "Endings"
    row_h = 70

    def entries(self) -> list[Button]:
        config = self.app.story.config
        seen = set(self.app.profile.endings_seen)
        found = len([e for e in config.endings if e in seen])
        self.subtitle = f"{found} of {len(config.endings)} found"
        buttons = []
        for ending in config.endings.values():
            if ending.id in seen:
                buttons.append(Button(ending.title, None, detail=ending.description))
            elif ending.secret:
                buttons.append(Button("A secret ending", None, enabled=False,
                                      detail="Found only by those who have seen much."))
            else:
                buttons.append(Button("Not yet found", None, enabled=False,
                                      detail=f"Hint: {ending.hint}" if ending.hint else ""))
        extra = [e for e in self.app.profile.endings_seen if e not in config.endings]
        for ending_id in extra:  # plain ink stories: endings named after their knots
            ending = config.ending(ending_id)
            buttons.append(Button(ending.title, None, detail=ending.description))
        return buttons
