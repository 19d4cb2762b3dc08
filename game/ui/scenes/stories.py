"""The story picker: the game's own story and every mod in `mods/`, chosen from the title.

Each row shows what the mod's `mod.yaml` says (title, author, version, description). A mod
that does not load stays in the list, greyed, with its `file:line: error: message`, so its
author sees what to fix; it can be focused (to read it) but not started. Choosing a story
switches the window to it (its own profile and saves, see `game.ui.stories`) and starts it.
"""

from __future__ import annotations

import pygame

from game.core.errors import HerError

from .. import theme
from ..stories import StoryEntry
from ..widgets.button import Button
from ..widgets.panel import panel
from ..widgets.text import fit, render, wrap
from .base import backdrop, footer, heading
from .listing import ListingScene

DESCRIPTION_LINES = 2


class StoriesScene(ListingScene):
    title = "Stories"
    subtitle = "The game's own story, and the mods in the mods folder"
    hint = "Enter to play   ·   Esc to return"
    row_h = 104

    def __init__(self, app) -> None:
        self.rows: list[StoryEntry] = app.shelf.entries()
        self.status = ""  # why the chosen story did not open
        super().__init__(app)
        broken = len([r for r in self.rows if not r.playable])
        mods = len(self.rows) - 1 - broken
        self.subtitle = (f"The game's own story and {mods} mod{'s' * (mods != 1)}"
                         + (f"   ·   {broken} that cannot load" if broken else ""))
        current = next((i for i, r in enumerate(self.rows) if r.key == app.shelf.current), 0)
        self.column.focus = current

    def entries(self) -> list[Button]:
        return [Button(row.title, (lambda row=row: self.choose(row)))
                for row in self.rows]

    # --- choosing -----------------------------------------------------------------------------
    def choose(self, row: StoryEntry) -> None:
        if not row.playable:
            self.status = "This mod cannot load: fix the error shown, then open Stories again."
            return
        app = self.app
        if row.key == app.shelf.current and app.session_scene is not None:
            app.replace(app.session_scene)  # already playing it: carry on
            return
        try:
            if row.key != app.shelf.current:
                app.shelf.switch(app, row)
            app.show("play")
        except HerError as exc:
            self.status = app.shelf.shorten(str(exc))

    def handle(self, event: pygame.event.Event) -> bool:
        focus = self.column.focus
        changed = super().handle(event)
        if self.column.focus != focus:
            self.status = ""  # the message was about the row left behind
        return changed

    # --- drawing -------------------------------------------------------------------------------
    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        backdrop(target, "stories", self.contrast)
        heading(target, layout, self.title, 40, self.subtitle, contrast=self.contrast)
        area = self.list_area()
        target.blit(panel(area.size, theme.HIGH_CONTRAST_PANEL if self.contrast else theme.PANEL,
                          255 if self.contrast else 200, layout.s(theme.RADIUS)), area)
        clip = target.get_clip()
        target.set_clip(area)
        for i, (button, row) in enumerate(zip(self.column.buttons, self.rows, strict=True)):
            if button.rect.bottom < area.top or button.rect.top > area.bottom:
                continue
            self._row(target, button.rect, row, i == self.column.focus)
        target.set_clip(clip)
        if self.status:
            small = layout.font(theme.SMALL_SIZE)
            text = render(fit(self.status, small, layout.s(layout.W - 60)), small,
                          theme.HIGH_CONTRAST_TEXT if self.contrast else theme.PEACH)
            target.blit(text, text.get_rect(midtop=(area.centerx, area.bottom + layout.s(8))))
        footer(target, layout, self.hint, contrast=self.contrast)

    def _row(self, target: pygame.Surface, rect: pygame.Rect, row: StoryEntry,
             focused: bool) -> None:
        layout = self.layout
        if focused:
            colour = theme.HOVER if row.playable else theme.INK
            target.blit(panel(rect.size, colour, 220, rect.height // 6, theme.PANEL_EDGE), rect)
        elif not row.playable:
            target.blit(panel(rect.size, theme.INK, 90, rect.height // 6), rect)
        big, small = layout.font(theme.CHOICE_SIZE), layout.font(theme.SMALL_SIZE)
        pad = layout.s(18)
        x, y, inner = rect.left + pad, rect.top + layout.s(12), rect.width - 2 * pad
        tag = self._tag(row)
        tag_surface = render(tag, small, theme.CORAL if not row.playable else theme.SAND)
        title = render(fit(row.title, big, inner - tag_surface.get_width() - pad), big,
                       theme.CREAM if row.playable else theme.DIM)
        target.blit(title, (x, y))
        target.blit(tag_surface, tag_surface.get_rect(topright=(rect.right - pad,
                                                               y + layout.s(4))))
        y += big.get_linesize() + layout.s(2)
        if row.playable and row.author:
            target.blit(render(fit(f"by {row.author}", small, inner), small, theme.PEACH), (x, y))
            y += small.get_linesize()
        text = row.problem or row.description
        colour = theme.ROSE if not row.playable else theme.MUTED
        lines = wrap(text, small, inner) if text else []
        room = DESCRIPTION_LINES + (1 if not (row.playable and row.author) else 0)
        if len(lines) > room:
            lines = lines[:room - 1] + [fit(" ".join(lines[room - 1:]), small, inner)]
        for line in lines:
            target.blit(render(line, small, colour), (x, y))
            y += small.get_linesize()

    def _tag(self, row: StoryEntry) -> str:
        if not row.playable:
            return "cannot load"
        version = row.version
        parts = [version if not version or version[0] in "vV" else f"v{version}"]
        if row.key == self.app.shelf.current:
            parts.append("playing now")
        return "   ·   ".join(p for p in parts if p)

