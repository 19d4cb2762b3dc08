"""The settings scene: every row comes from the declarative table in game.core.settings, so a
new setting needs no new screen code. Changes apply at once and are saved at once."""

from __future__ import annotations

import pygame

from game.core.settings import BY_NAME, SETTINGS

from .. import theme
from ..widgets.panel import panel
from ..widgets.text import render
from .base import Scene, backdrop, footer, heading, is_back, is_confirm

ROW_H = 32
TOP = 140
COLUMNS = ((110, 560), (710, 460))  # (left, width): reading and display, then sound
SOUND = frozenset(("master_volume", "music_volume", "voice_volume", "sfx_volume",
                   "character_volumes", "voice_continues", "self_voicing"))


class SettingsScene(Scene):
    overlay = False  # its own opaque screen
    name = "settings"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.rows = self._rows()
        self.focus = 0
        self.rects: list[pygame.Rect] = []
        self.panel_rows = 0

    def _rows(self) -> list[tuple[str, str | None]]:
        """(setting name, character id or None), the left column's rows first so up and down
        walk one column and then the other; per-character voices follow the volumes."""
        rows: list[tuple[str, str | None]] = []
        for setting in sorted((s for s in SETTINGS if s.shown), key=lambda s: s.name in SOUND):
            if setting.kind == "volumes":
                rows += [(setting.name, cid) for cid in self.app.story.config.characters]
            else:
                rows.append((setting.name, None))
        return rows

    def label(self, row: tuple[str, str | None]) -> str:
        name, character = row
        if character is None:
            return BY_NAME[name].label
        return f"Voice: {self.app.story.config.characters[character].name}"

    def value(self, row: tuple[str, str | None]) -> str:
        name, character = row
        setting = BY_NAME[name]
        if character is not None:
            return f"{round(self.app.settings.character_volume(character) * 100)}%"
        value = self.app.settings[name]
        if setting.kind == "bool":
            return "On" if value else "Off"
        if name == "text_speed" and value >= setting.maximum:
            return "Instant"
        if setting.maximum <= 1.0 and setting.minimum >= 0.0 and not setting.unit:
            return f"{round(value * 100)}%"
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        return f"{shown}{setting.unit}"

    def change(self, index: int, step: int) -> None:
        name, character = self.rows[index]
        settings = self.app.settings
        if character is not None:
            volumes = dict(settings["character_volumes"])
            level = round(min(1.0, max(0.0, volumes.get(character, 1.0) + 0.1 * step)), 2)
            volumes[character] = level
            settings.set("character_volumes", volumes)
        else:
            settings.step(name, step)
        self.app.settings_changed(name)

    # --- input ---------------------------------------------------------------------------
    def relayout(self) -> None:
        """Two columns: reading and display on the left, sound on the right."""
        layout = self.layout
        self.rects = []
        counts = [0, 0]
        for name, _character in self.rows:
            column = 1 if name in SOUND else 0
            left, width = COLUMNS[column]
            self.rects.append(layout.rect(left, TOP + counts[column] * ROW_H, width,
                                          ROW_H - 4))
            counts[column] += 1
        self.panel_rows = max(counts)

    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        if event.type == pygame.KEYDOWN:
            keys = {pygame.K_UP: (-1, 0), pygame.K_DOWN: (1, 0), pygame.K_LEFT: (0, -1),
                    pygame.K_RIGHT: (0, 1)}
            if event.key in keys:
                move, step = keys[event.key]
                if move:
                    self.focus = (self.focus + move) % len(self.rows)
                    self._follow()
                else:
                    self.change(self.focus, step)
                return True
        if is_confirm(event):
            self.change(self.focus, 1)
            return True
        if event.type == pygame.MOUSEMOTION:
            return self._hover(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._click(event.pos)
        return False

    def _follow(self) -> None:
        """Kept for symmetry with the lists: every row is always on screen here."""

    def _hover(self, pos: tuple[int, int]) -> bool:
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos) and i != self.focus:
                self.focus = i
                return True
        return False

    def _click(self, pos: tuple[int, int]) -> bool:
        for i, rect in enumerate(self.rects):
            if rect.collidepoint(pos):
                self.focus = i
                left_half = pos[0] < rect.right - self.layout.s(110)
                self.change(i, -1 if left_half and BY_NAME[self.rows[i][0]].kind != "bool"
                            else 1)
                return True
        return False

    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        backdrop(target, self.name, self.contrast)
        heading(target, layout, "Settings", 40, "Up/down to choose, left/right to change")
        area = layout.rect(80, TOP - 16, theme.DESIGN_W - 160, self.panel_rows * ROW_H + 28)
        target.blit(panel(area.size, theme.PANEL, 200, layout.s(theme.RADIUS)), area)
        font = layout.font(theme.SMALL_SIZE + 3)
        for i, (row, rect) in enumerate(zip(self.rows, self.rects, strict=False)):
            if i == self.focus:
                target.blit(panel(rect.size, theme.HOVER, 220, rect.height // 3), rect)
            text = render(self.label(row), font, theme.CREAM if i == self.focus else theme.SAND)
            target.blit(text, text.get_rect(midleft=(rect.left + layout.s(14), rect.centery)))
            value = render(f"<   {self.value(row)}   >", font, theme.PEACH)
            target.blit(value, value.get_rect(midright=(rect.right - layout.s(14),
                                                        rect.centery)))
        name = self.rows[self.focus][0]
        footer(target, layout, BY_NAME[name].help or "Esc to return")
