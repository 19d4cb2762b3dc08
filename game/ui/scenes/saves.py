"""Save and load screens over game.core.saves: manual slots 1-12, plus quick and autosaves to
load from. The focused slot's picture, chapter and date show beside the list; Delete asks
before it removes a save, as does saving over one."""

from __future__ import annotations

import pygame

from game.core.errors import HerError
from game.core.saves import AUTO_SLOTS, EXIT, QUICK, list_slots

from .. import keymap, theme
from ..widgets.button import Button
from ..widgets.panel import panel
from ..widgets.text import fit, render
from .listing import ListingScene

MANUAL_SLOTS = 12
PREVIEW_W = 340  # design units, right of the list


class SavesScene(ListingScene):
    name = "saves"
    row_h = 62
    side = 340  # the preview of the focused slot

    def __init__(self, app, mode: str, play) -> None:
        self.mode = mode  # "save" | "load"
        self.play = play
        self.title = "Save" if mode == "save" else "Load"
        self.hint = "Enter to " + mode + " · Delete to remove a save · Esc to return"
        self.pending: tuple[str, str] | None = None  # ("delete" | "overwrite", slot) to confirm
        self._pictures: dict[str, pygame.Surface | None] = {}
        super().__init__(app)

    def entries(self) -> list[Button]:
        self.app.writer.join()  # a save just made here is listed as it is on disk
        infos = {info.slot: info for info in list_slots(self.app.save_dir)}
        slots = [str(n) for n in range(1, MANUAL_SLOTS + 1)]
        if self.mode == "load":
            slots = [EXIT, QUICK, *sorted((s for s in infos if s in AUTO_SLOTS),
                                    key=lambda s: -infos[s].sequence), *slots]
        self.infos = infos
        buttons = []
        for slot in slots:
            info = infos.get(slot)
            label = {QUICK: "Quick save", EXIT: "Where you left off"}.get(
                slot, "Autosave" if slot in AUTO_SLOTS else f"Slot {slot}")
            if info is None:
                if self.mode == "load" and slot in (EXIT, QUICK, *AUTO_SLOTS):
                    continue
                detail = "Empty"
            elif info.status == "unreadable":
                detail = f"Damaged: {info.error or 'unreadable'}"
            else:
                chapter = info.chapter_title or (info.chapter or "")
                detail = " · ".join(x for x in (chapter, info.date[:16].replace("T", " "),
                                                info.name) if x)
            usable = self.mode == "save" or (info is not None and info.status != "unreadable")
            buttons.append(Button(f"{label}", lambda s=slot: self.pick(s), enabled=usable,
                                  detail=detail))
            buttons[-1].slot = slot  # type: ignore[attr-defined]
        return buttons

    def pick(self, slot: str) -> None:
        if self.mode == "save" and self.play is not None:
            if slot in self.infos and self.pending != ("overwrite", slot):
                self.pending = ("overwrite", slot)
                self.subtitle = f"Slot {slot} holds a save. Enter again to save over it."
                self.app.dirty = True
                return
            self.pending = None
            self.subtitle = self.play.save(slot)
            self._pictures.pop(slot, None)
            self.rebuild()
            return
        try:
            scene = self.app.scene("play", slot=slot)
        except HerError as exc:
            self.subtitle = exc.message
            self.app.dirty = True
            return
        self.app.replace(scene)

    def handle(self, event: pygame.event.Event) -> bool:
        focus = self.column.focus
        handled = super().handle(event)
        if self.pending and self.column.focus != focus:
            self.pending, self.subtitle = None, ""  # moving away cancels a pending question
        return handled

    def key(self, event: pygame.event.Event) -> bool:
        if not keymap.pressed(event, "delete_save"):
            return False
        slot = getattr(self.focused(), "slot", None)
        if slot is None or slot not in self.infos:
            return False
        if self.pending != ("delete", slot):
            self.pending = ("delete", slot)
            self.subtitle = "Delete this save? Press Delete again to remove it."
            return True
        self.pending = None
        try:
            from game.core.saves import SaveSlots
            SaveSlots(self.app.save_dir, self.app.story).delete(slot)
            self.subtitle = "Deleted."
        except HerError as exc:
            self.subtitle = exc.message
        self._pictures.pop(slot, None)
        self.rebuild()
        return True

    def focused(self) -> Button | None:
        return self.column.buttons[self.column.focus] if self.column.buttons else None

    def picture(self, slot: str) -> pygame.Surface | None:
        """The slot's thumbnail, read once; a missing or damaged picture is just absent."""
        if slot not in self._pictures:
            info = self.infos.get(slot)
            path = getattr(info, "thumbnail", None)
            try:
                self._pictures[slot] = pygame.image.load(str(path)).convert() if path else None
            except (pygame.error, OSError, FileNotFoundError):
                self._pictures[slot] = None
        return self._pictures[slot]

    def draw(self, target: pygame.Surface) -> None:
        super().draw(target)
        layout = self.layout
        _left, top, _width, bottom = self.frame()
        x = self.side_left()
        area = layout.rect(x, top - 12, PREVIEW_W, bottom - top + 24)
        target.blit(panel(area.size, theme.HIGH_CONTRAST_PANEL if self.contrast else theme.PANEL,
                          255 if self.contrast else 150, layout.s(theme.RADIUS)), area)
        button = self.focused()
        slot = getattr(button, "slot", None)
        frame = layout.rect(x + 10, top, PREVIEW_W - 20, (PREVIEW_W - 20) * 9 / 16)
        picture = self.picture(slot) if slot in self.infos else None
        if picture is not None:
            target.blit(pygame.transform.smoothscale(picture, frame.size), frame)
        else:
            target.blit(panel(frame.size, theme.INK, 120, layout.s(8)), frame)
            empty = render("No picture" if slot in self.infos else "Empty slot",
                           layout.font(theme.SMALL_SIZE), theme.SAND)
            target.blit(empty, empty.get_rect(center=frame.center))
        info = self.infos.get(slot)
        if info is None:
            return
        small = layout.font(theme.SMALL_SIZE)
        lines = [info.chapter_title or info.chapter or "", info.date[:16].replace("T", " "),
                 info.name, "" if info.status == "ok" else info.status]
        y = frame.bottom + layout.s(14)
        for text in (t for t in lines if t):
            surface = render(fit(text, small, frame.width), small,
                             theme.HIGH_CONTRAST_TEXT if self.contrast else theme.CREAM)
            target.blit(surface, (frame.left, y))
            y += surface.get_height() + layout.s(6)
