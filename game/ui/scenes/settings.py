"""The settings scene: every row comes from the declarative table in game.core.settings, so a
new setting needs no new screen code. Changes apply at once and are saved at once.

Each row is a label and a control that does what it shows, by mouse as by keyboard: numbers
have "<" and ">" buttons, volumes a slider (click or drag), on/off settings an Off | On
switch. Clicking a label only moves the focus there; it never changes a value. What does not
fit the window (a large interface size, a small window) scrolls, with a scrollbar."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.core.settings import BY_NAME, SETTINGS

from .. import keymap, theme
from ..widgets.choices import pointer_now
from ..widgets.panel import panel, scrollbar
from ..widgets.text import fit, render
from .base import Scene, backdrop, direction, footer, heading, is_back, is_confirm

ROW_H = 32
ROW_GAP = 2
CONTROL_W = 236  # the control at each row's right: arrows, slider or switch
SWITCH_W = 150
ARROW_W = 40
PERCENT_W = 72
COLUMN_GAP = 40
TWO_COLUMNS_FROM = 1000  # design pixels of panel width needed for two columns
SOUND = frozenset(("master_volume", "music_volume", "voice_volume", "sfx_volume",
                   "character_volumes", "voice_continues", "self_voicing"))
SLIDERS = frozenset(("master_volume", "music_volume", "voice_volume", "sfx_volume",
                     "character_volumes"))
# developer and runner settings: shown only while a story is being modded (--story) or
# speedrun mode is on, so the shipped game's player never meets them
RUNNER = frozenset(("speedrun_mode", "livesplit"))


@dataclass
class Row:
    name: str
    character: str | None = None  # a per-character voice volume
    rect: pygame.Rect | None = None  # the whole row, in window pixels (scrolled)

    @property
    def kind(self) -> str:
        if self.name in SLIDERS:
            return "slider"
        return "switch" if BY_NAME[self.name].kind == "bool" else "stepper"


class SettingsScene(Scene):
    overlay = False  # its own opaque screen
    name = "settings"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.rows = self._rows()
        self.focus = 0
        self.scroll = 0.0  # design pixels the rows are moved up
        self.content_h = 0.0
        self.area = pygame.Rect(0, 0, 0, 0)  # the panel the rows scroll in, window pixels
        self.dragging: int | None = None  # the slider row being dragged
        self.pointer = pointer_now()
        self.columns: list[list[int]] = []

    def _rows(self) -> list[Row]:
        """The left column's rows first (reading, display, then the runner's), then sound, so
        up and down walk one column and then the other; per-character voices follow the
        volumes."""
        shown = [s for s in SETTINGS if s.shown
                 and (s.name not in RUNNER or self.app.developer_mode)]
        rows: list[Row] = []
        for setting in sorted(shown, key=lambda s: (s.name in SOUND, s.name in RUNNER)):
            if setting.kind == "volumes":
                rows += [Row(setting.name, cid) for cid in self.app.story.config.characters]
            else:
                rows.append(Row(setting.name))
        return rows

    # --- what a row says -------------------------------------------------------------------
    def label(self, row: Row) -> str:
        if row.character is None:
            return BY_NAME[row.name].label
        return f"Voice: {self.app.story.config.characters[row.character].name}"

    def level(self, row: Row) -> float:
        if row.character is not None:
            return self.app.settings.character_volume(row.character)
        return float(self.app.settings[row.name])

    def value(self, row: Row) -> str:
        setting = BY_NAME[row.name]
        if row.kind == "slider":
            return f"{round(self.level(row) * 100)}%"
        value = self.app.settings[row.name]
        if setting.kind == "bool":
            return "On" if value else "Off"
        if row.name == "text_speed" and value >= setting.maximum:
            return "Instant"
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        return f"{shown}{setting.unit}"

    # --- changing values -------------------------------------------------------------------
    def change(self, index: int, step: int) -> None:
        """One step down (-1) or up (+1); for an on/off setting -1 is Off and +1 is On."""
        row = self.rows[index]
        setting = BY_NAME[row.name]
        if row.kind == "switch":
            self.set_switch(index, step > 0)
            return
        if row.kind == "slider":
            self.set_level(index, round(self.level(row) + setting.step * step, 2))
            return
        self.app.settings.step(row.name, step)
        self.app.settings_changed(row.name)

    def set_switch(self, index: int, on: bool) -> None:
        row = self.rows[index]
        if bool(self.app.settings[row.name]) != on:
            self.app.settings.step(row.name, 1)
            self.app.settings_changed(row.name)

    def set_level(self, index: int, level: float, save: bool = True) -> None:
        row = self.rows[index]
        level = round(min(1.0, max(0.0, level)), 2)
        if row.character is not None:
            volumes = dict(self.app.settings["character_volumes"])
            volumes[row.character] = level
            self.app.settings.set("character_volumes", volumes)
        else:
            self.app.settings.set(row.name, level)
        if save:
            self.app.settings_changed(row.name)
        else:  # mid-drag: heard at once, written when the button is let go
            self.app.sound.apply_settings(self.app.settings)
            self.app.dirty = True

    # --- geometry ----------------------------------------------------------------------------
    def relayout(self) -> None:
        """Two columns when the canvas is wide enough (reading and display, then sound), one
        otherwise; rows are placed in design pixels and scrolled as one block."""
        layout = self.layout
        width = min(layout.W - 80, theme.DESIGN_W - 120)
        top, bottom = layout.y0 + 120, layout.y1 - 56
        self.area = layout.rect(theme.DESIGN_W / 2 - width / 2, top, width, bottom - top)
        two = width >= TWO_COLUMNS_FROM
        left_rows = [i for i, r in enumerate(self.rows) if r.name not in SOUND]
        right_rows = [i for i, r in enumerate(self.rows) if r.name in SOUND]
        self.columns = [left_rows, right_rows] if two else [left_rows + right_rows]
        column_w = (width - 40 - COLUMN_GAP * (len(self.columns) - 1)) / len(self.columns)
        self.content_h = max(len(c) for c in self.columns) * (ROW_H + ROW_GAP) + 24
        visible = bottom - top
        self.scroll = max(0.0, min(self.scroll, self.content_h - visible))
        x = theme.DESIGN_W / 2 - width / 2 + 20
        for column in self.columns:
            for n, index in enumerate(column):
                y = top + 12 + n * (ROW_H + ROW_GAP) - self.scroll
                self.rows[index].rect = layout.rect(x, y, column_w, ROW_H)
            x += column_w + COLUMN_GAP

    def _follow(self) -> None:
        """Scroll just enough that the focused row is inside the panel."""
        rect = self.rows[self.focus].rect
        if rect is None:
            return
        s = self.layout.scale
        if rect.top < self.area.top:
            self.scroll -= (self.area.top - rect.top) / s + 8
        elif rect.bottom > self.area.bottom:
            self.scroll += (rect.bottom - self.area.bottom) / s + 8
        self.relayout()

    def control(self, row: Row) -> pygame.Rect:
        """The part of a row that changes its value."""
        layout = self.layout
        width = layout.s(SWITCH_W if row.kind == "switch" else CONTROL_W)
        rect = row.rect
        return pygame.Rect(rect.right - layout.s(10) - width, rect.top, width, rect.height)

    def arrows(self, row: Row) -> tuple[pygame.Rect, pygame.Rect]:
        control = self.control(row)
        width = self.layout.s(ARROW_W)
        return (pygame.Rect(control.left, control.top, width, control.height),
                pygame.Rect(control.right - width, control.top, width, control.height))

    def track(self, row: Row) -> pygame.Rect:
        control = self.control(row)
        layout = self.layout
        return pygame.Rect(control.left + layout.s(10), control.centery - layout.s(3),
                           control.width - layout.s(PERCENT_W + 16), layout.s(6))

    def switch_halves(self, row: Row) -> tuple[pygame.Rect, pygame.Rect]:
        control = self.control(row).inflate(0, -self.layout.s(8))
        half = control.width // 2
        return (pygame.Rect(control.left, control.top, half, control.height),
                pygame.Rect(control.left + half, control.top, control.width - half,
                            control.height))

    def _visible(self, row: Row) -> bool:
        return row.rect is not None and self.area.contains(row.rect)

    # --- input -------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        side = keymap.sideways(event)
        if side:
            self.change(self.focus, side)
            return True
        step = direction(event)
        if step:
            self.focus = (self.focus + step) % len(self.rows)
            self._follow()
            return True
        if is_confirm(event):
            if self.rows[self.focus].kind == "switch":  # Enter flips a switch, and only that
                self.change(self.focus, -1 if self.app.settings[self.rows[self.focus].name]
                            else 1)
            return True
        if event.type == pygame.MOUSEMOTION:
            return self._motion(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._press(event.pos)
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.dragging is not None:
            index, self.dragging = self.dragging, None
            self.app.settings_changed(self.rows[index].name)  # written once, on release
            return True
        if event.type == pygame.MOUSEWHEEL:
            self.scroll -= event.y * 40
            self.relayout()
            return True
        return False

    def _row_at(self, pos: tuple[int, int]) -> int | None:
        if not self.area.collidepoint(pos):
            return None
        for i, row in enumerate(self.rows):
            if row.rect is not None and row.rect.collidepoint(pos):
                return i
        return None

    def _motion(self, pos: tuple[int, int]) -> bool:
        if self.dragging is not None:
            self._slide(self.dragging, pos[0], save=False)
            return True
        if tuple(pos) == self.pointer:
            return False  # no real motion: a resting pointer does not take the focus
        self.pointer = tuple(pos)
        index = self._row_at(pos)
        if index is not None and index != self.focus:
            self.focus = index
            return True
        return False

    def _slide(self, index: int, x: int, save: bool) -> None:
        track = self.track(self.rows[index])
        self.set_level(index, (x - track.left) / max(1, track.width), save=save)

    def _press(self, pos: tuple[int, int]) -> bool:
        index = self._row_at(pos)
        if index is None:
            return False
        self.focus = index
        row = self.rows[index]
        if row.kind == "stepper":
            lower, higher = self.arrows(row)
            if lower.collidepoint(pos):
                self.change(index, -1)
            elif higher.collidepoint(pos):
                self.change(index, 1)
        elif row.kind == "switch":
            off, on = self.switch_halves(row)
            if off.collidepoint(pos) or on.collidepoint(pos):
                self.set_switch(index, on.collidepoint(pos))
        elif self.control(row).collidepoint(pos):
            self.dragging = index
            self._slide(index, pos[0], save=False)
        return True  # the label: focus only

    # --- drawing -------------------------------------------------------------------------------
    def draw(self, target: pygame.Surface) -> None:
        layout = self.layout
        contrast = self.contrast
        backdrop(target, self.name, contrast)
        heading(target, layout, "Settings", 34,
                "Click the arrows, drag a slider, or use the arrow keys", contrast=contrast)
        fill = theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL
        target.blit(panel(self.area.size, fill, 255 if contrast else 200,
                          layout.s(theme.RADIUS), theme.CREAM if contrast else None), self.area)
        clip = target.get_clip()
        target.set_clip(self.area)
        font = layout.font(theme.SMALL_SIZE + 3)
        for i, row in enumerate(self.rows):
            if row.rect is None or not row.rect.colliderect(self.area):
                continue
            self._row(target, row, i == self.focus, font, contrast)
        target.set_clip(clip)
        self._scrollbar(target)
        footer(target, layout, BY_NAME[self.rows[self.focus].name].help or "Esc to return",
               contrast=contrast)

    def _row(self, target: pygame.Surface, row: Row, focused: bool, font: pygame.font.Font,
             contrast: bool) -> None:
        layout = self.layout
        rect = row.rect
        if focused:
            target.blit(panel(rect.size, theme.HOVER, 235, rect.height // 3,
                              theme.CREAM if contrast else None), rect)
        bright = theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM
        colour = bright if focused or contrast else theme.SAND
        accent = theme.HIGH_CONTRAST_TEXT if contrast else theme.PEACH
        control = self.control(row)
        room = control.left - rect.left - layout.s(24)
        text = render(fit(self.label(row), font, room), font, colour)
        target.blit(text, text.get_rect(midleft=(rect.left + layout.s(14), rect.centery)))
        if row.kind == "stepper":
            lower, higher = self.arrows(row)
            for arrow, mark in ((lower, "<"), (higher, ">")):
                box = arrow.inflate(-layout.s(6), -layout.s(8))
                target.blit(panel(box.size, theme.INK, 255 if contrast else 170,
                                  box.height // 3, accent), box)
                glyph = render(mark, font, accent)
                target.blit(glyph, glyph.get_rect(center=box.center))
            value = render(self.value(row), font, bright)
            target.blit(value, value.get_rect(center=control.center))
        elif row.kind == "slider":
            track = self.track(row)
            pygame.draw.rect(target, theme.INK if not contrast else theme.DIM, track,
                             border_radius=track.height // 2)
            filled = track.copy()
            filled.width = round(track.width * self.level(row))
            if filled.width:
                pygame.draw.rect(target, theme.CORAL if not contrast else bright, filled,
                                 border_radius=track.height // 2)
            knob = (track.left + filled.width, track.centery)
            pygame.draw.circle(target, bright, knob, layout.s(9))
            pygame.draw.circle(target, theme.SELECT if not contrast else theme.INK, knob,
                               layout.s(5))
            value = render(self.value(row), font, bright)
            target.blit(value, value.get_rect(midright=(control.right - layout.s(4),
                                                        rect.centery)))
        else:
            on = bool(self.app.settings[row.name])
            for half, word, lit in zip(self.switch_halves(row), ("Off", "On"), (not on, on),
                                       strict=True):
                if lit:
                    target.blit(panel(half.size, theme.SELECT if not contrast else bright, 255,
                                      half.height // 2), half)
                glyph = render(word, font, theme.INK if lit else (
                    bright if contrast else theme.MUTED))
                target.blit(glyph, glyph.get_rect(center=half.center))
            outline = self.switch_halves(row)[0].union(self.switch_halves(row)[1])
            pygame.draw.rect(target, accent, outline, width=1,
                             border_radius=outline.height // 2)

    def _scrollbar(self, target: pygame.Surface) -> None:
        """Rows that do not fit say so: a track and a thumb at the panel's right edge."""
        scrollbar(target, self.layout, self.area, visible=self.area.height / self.layout.scale,
                  total=self.content_h, scroll=self.scroll, contrast=self.contrast)
