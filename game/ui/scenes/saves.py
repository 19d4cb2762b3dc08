"""Save and load screens over game.core.saves: manual slots 1-12, plus quick and autosaves to
load from. Delete with the Delete key on a focused slot."""

from __future__ import annotations

import pygame

from game.core.errors import HerError
from game.core.saves import AUTO_SLOTS, QUICK, list_slots

from ..widgets.button import Button
from .listing import ListingScene

MANUAL_SLOTS = 12


class SavesScene(ListingScene):
    name = "saves"
    row_h = 62

    def __init__(self, app, mode: str, play) -> None:
        self.mode = mode  # "save" | "load"
        self.play = play
        self.title = "Save" if mode == "save" else "Load"
        self.hint = "Enter to " + mode + " · Delete to remove a save · Esc to return"
        super().__init__(app)

    def entries(self) -> list[Button]:
        infos = {info.slot: info for info in list_slots(self.app.save_dir)}
        slots = [str(n) for n in range(1, MANUAL_SLOTS + 1)]
        if self.mode == "load":
            slots = [QUICK, *sorted((s for s in infos if s in AUTO_SLOTS),
                                    key=lambda s: -infos[s].sequence), *slots]
        buttons = []
        for slot in slots:
            info = infos.get(slot)
            label = {"quick": "Quick save"}.get(slot, "Autosave" if slot in AUTO_SLOTS
                                                 else f"Slot {slot}")
            if info is None:
                if self.mode == "load" and slot in (QUICK, *AUTO_SLOTS):
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
        from .play import PlayScene
        if self.mode == "save" and self.play is not None:
            self.subtitle = self.play.save(slot)
            self.rebuild()
            return
        try:
            scene = PlayScene(self.app, slot=slot)
        except HerError as exc:
            self.subtitle = exc.message
            self.app.dirty = True
            return
        self.app.replace(scene)

    def key(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_DELETE:
            button = self.column.buttons[self.column.focus] if self.column.buttons else None
            slot = getattr(button, "slot", None)
            if slot is not None:
                try:
                    from game.core.saves import SaveSlots
                    SaveSlots(self.app.save_dir, self.app.story).delete(slot)
                except HerError as exc:
                    self.subtitle = exc.message
                self.rebuild()
                return True
        return False
