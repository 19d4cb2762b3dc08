"""Save and load screens, laid out the way Ren'Py players know them: pages of slot cards with a
page bar (‹ Auto Quick 1 … 9 ›) and a page indicator, so saves can be told apart at a glance.

Every card shows the slot's thumbnail, the chapter, the first words of the line it was saved at
(or that a choice waited there), the play time and the date; a filled card has a Delete button.
Saving over a slot and deleting one ask first (the confirm screen, Cancel focused). Manual slots
are 1…54, six to a page; the load screen adds the autosaves (each chapter's start and the ring,
newest first, as many pages as they need) and a Quick page (the quick save and where the player
left off). Mouse, keyboard (arrows, PageUp/PageDown, Enter, Delete, Esc) and gamepad all work.
The screen lays itself out in the visible canvas (any window size, any interface size): two
columns when they fit, else one, and a grid taller than the space scrolls with a scrollbar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pygame

from game.core.clock import TICK_RATE
from game.core.errors import HerError
from game.core.saves import AUTO_SLOTS, EXIT, QUICK, SaveInfo, SaveSlots, is_autosave, list_slots

from .. import keymap, theme
from ..widgets.button import Button, ButtonColumn
from ..widgets.panel import panel, scrollbar
from ..widgets.text import fit, render, typeset
from .base import Scene, backdrop, footer, heading, is_back, is_confirm

PER_PAGE = 6
MANUAL_PAGES = 9
CARD_H, GAP, MARGIN = 150, 14, 24  # design pixels
CARD_MAX_W, CARD_MIN_W = 580, 470
THUMB_W, THUMB_H = 208, 117
GRID_TOP, BAR_H = 132, 40  # below the canvas's top; the page bar's height
BAR_FROM_BOTTOM = 96  # the page bar's top, above the canvas's bottom
DELETE_W, DELETE_H = 84, 30


@dataclass(frozen=True)
class Page:
    """One page of slots: ("manual", n) for page n, ("auto", i) for the i-th autosave page,
    ("quick", 0) for the quick save and the exit slot."""

    kind: str
    number: int


class Card(Button):
    """A slot's card: a Button (so hover, click and focus work as in every menu) with its
    slot and its Delete button's rect."""

    slot: str = ""
    delete_rect: pygame.Rect | None = None


class SavesScene(Scene):
    name = "saves"

    def __init__(self, app, mode: str, play) -> None:
        super().__init__(app)
        self.mode = mode  # "save" | "load"
        self.play = play
        self.title = "Save" if mode == "save" else "Load"
        self.subtitle = ""
        self.scroll = 0  # design pixels the grid is scrolled down
        self.infos: dict[str, SaveInfo] = {}
        self._pictures: dict[tuple[str, int], pygame.Surface | None] = {}
        self.cards = ButtonColumn([])
        self.bar = ButtonColumn([])
        self.cols = 2
        self.refresh()
        remembered = getattr(app, "save_pages", {}).get(mode)
        self.page = remembered if remembered in self.pages() else self._first_page()
        self._build()

    # --- what there is to show ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the folder again (after a save, a delete)."""
        self.app.writer.join()  # a save just made here is listed as it is on disk
        self.infos = {info.slot: info for info in list_slots(self.app.save_dir)}

    def autosaves(self) -> list[str]:
        return sorted((s for s in self.infos if is_autosave(s)),
                      key=lambda s: -self.infos[s].sequence)

    def pages(self) -> list[Page]:
        manual = [Page("manual", n) for n in range(1, MANUAL_PAGES + 1)]
        if self.mode == "save":
            return manual
        autos = max(1, -(-len(self.autosaves()) // PER_PAGE))
        return [*(Page("auto", i) for i in range(autos)), Page("quick", 0), *manual]

    def slots_of(self, page: Page) -> list[str]:
        if page.kind == "manual":
            first = (page.number - 1) * PER_PAGE + 1
            return [str(n) for n in range(first, first + PER_PAGE)]
        if page.kind == "quick":
            return [EXIT, QUICK]
        return self.autosaves()[page.number * PER_PAGE:(page.number + 1) * PER_PAGE]

    def _first_page(self) -> Page:
        """The page holding the newest save (load), or the newest manual save (save)."""
        pages = self.pages()
        candidates = [i for i in self.infos.values() if self.mode == "load" or i.slot.isdigit()]
        newest = self.app.scene_memory.newest(candidates)
        if newest is not None:
            for page in pages:
                if newest in self.slots_of(page):
                    return page
        return Page("manual", 1) if self.mode == "save" or not self.autosaves() else pages[0]

    def indicator(self) -> str:
        """"Page 2 of 9", "Autosaves", "Quick save and where you left off"."""
        if self.page.kind == "manual":
            return f"Page {self.page.number} of {MANUAL_PAGES}"
        if self.page.kind == "quick":
            return "Quick save and where you left off"
        autos = sum(p.kind == "auto" for p in self.pages())
        return "Autosaves" + (f" · page {self.page.number + 1} of {autos}" if autos > 1 else "")

    # --- building the page -------------------------------------------------------------------
    def _build(self) -> None:
        focus = self.cards.focus if self.cards.buttons else 0
        cards = []
        for slot in self.slots_of(self.page):
            info = self.infos.get(slot)
            usable = self.mode == "save" or (info is not None and info.status != "unreadable")
            card = Card(label(slot), lambda s=slot: self.pick(s), enabled=usable)
            card.slot = slot
            cards.append(card)
        self.cards = ButtonColumn(cards)
        if cards:
            self.cards.focus = min(focus, len(cards) - 1)
            if not cards[self.cards.focus].enabled:
                self.cards.focus = next((i for i, c in enumerate(cards) if c.enabled), 0)
        bar = [Button("‹", lambda: self.turn(-1))]
        if self.mode == "load":
            bar += [Button("Auto", lambda: self.go(Page("auto", 0))),
                    Button("Quick", lambda: self.go(Page("quick", 0)))]
        bar += [Button(str(n), lambda n=n: self.go(Page("manual", n)))
                for n in range(1, MANUAL_PAGES + 1)]
        bar.append(Button("›", lambda: self.turn(1)))
        self.bar = ButtonColumn(bar)
        self.bar.focus = -1
        self.relayout()
        self.app.dirty = True

    def go(self, page: Page) -> None:
        if page not in self.pages():
            return
        self.page, self.scroll = page, 0
        if not isinstance(getattr(self.app, "save_pages", None), dict):
            self.app.save_pages = {}  # the page each screen opens on next, as Ren'Py keeps it
        self.app.save_pages[self.mode] = page
        self._build()

    def turn(self, step: int) -> None:
        """The next or previous page, round the ends as Ren'Py's arrows do."""
        pages = self.pages()
        self.go(pages[(pages.index(self.page) + step) % len(pages)])

    # --- geometry, in the visible canvas ----------------------------------------------------
    def _grid(self) -> tuple[float, float, float, float, float]:
        """(left, top, card width, visible height, content height) in design pixels."""
        layout = self.layout
        room = layout.W - 2 * MARGIN
        self.cols = 2 if room >= 2 * CARD_MIN_W + GAP else 1
        width = min(CARD_MAX_W, (room - GAP * (self.cols - 1)) / self.cols)
        left = theme.DESIGN_W / 2 - (self.cols * width + GAP * (self.cols - 1)) / 2
        top = layout.y0 + GRID_TOP
        visible = layout.y1 - BAR_FROM_BOTTOM - GAP - top
        rows = -(-len(self.cards.buttons) // self.cols)
        return left, top, width, visible, rows * (CARD_H + GAP) - GAP

    def relayout(self) -> None:
        layout = self.layout
        left, top, width, visible, content = self._grid()
        self.scroll = max(0, min(self.scroll, content - visible))
        for i, card in enumerate(self.cards.buttons):
            row, col = divmod(i, self.cols)
            x, y = left + col * (width + GAP), top + row * (CARD_H + GAP) - self.scroll
            card.rect = layout.rect(x, y, width, CARD_H)
            filled = card.slot in self.infos
            card.delete_rect = layout.rect(x + width - DELETE_W - 10, y + 10, DELETE_W,
                                           DELETE_H) if filled else None
        font = layout.font(theme.SMALL_SIZE)
        widths = [max(layout.s(40), font.size(b.label)[0] + layout.s(20))
                  for b in self.bar.buttons]
        gap = layout.s(6)
        x = layout.point(theme.DESIGN_W / 2, 0)[0] - (sum(widths) + gap * (len(widths) - 1)) // 2
        y = layout.point(0, layout.y1 - BAR_FROM_BOTTOM)[1]
        for button, w in zip(self.bar.buttons, widths, strict=True):
            button.rect = pygame.Rect(x, y, w, layout.s(BAR_H))
            x += w + gap

    def _area(self) -> pygame.Rect:
        left, top, width, visible, _ = self._grid()
        full = self.cols * width + GAP * (self.cols - 1)
        return self.layout.rect(left - 8, top - 8, full + 16, visible + 16)

    def _follow(self) -> None:
        """Scroll so the focused card is whole on screen."""
        _, _, _, visible, _ = self._grid()
        row = self.cards.focus // self.cols
        top = row * (CARD_H + GAP)
        if top - self.scroll > visible - CARD_H:
            self.scroll = top - (visible - CARD_H)
        elif top < self.scroll:
            self.scroll = top
        self.relayout()

    # --- doing -------------------------------------------------------------------------------
    def focused(self) -> Card | None:
        buttons = self.cards.buttons
        return buttons[self.cards.focus] if buttons and 0 <= self.cards.focus < len(buttons) \
            else None

    def pick(self, slot: str) -> None:
        if self.mode == "save" and self.play is not None:
            info = self.infos.get(slot)
            if info is not None:
                self.app.open("confirm", f"Save over {named(slot)}? It holds "
                              f"{summary(info, self.app.story)}.", "Save over it",
                              lambda: self._save(slot))
                return
            self._save(slot)
            return
        try:
            scene = self.app.scene("play", slot=slot)
        except HerError as exc:
            self.subtitle = exc.message
            self.app.dirty = True
            return
        self.app.replace(scene)

    def _save(self, slot: str) -> None:
        self.subtitle = self.play.save(slot)
        self._forget(slot)
        self.refresh()
        self._build()

    def ask_delete(self, slot: str) -> None:
        info = self.infos.get(slot)
        if info is None:
            return
        detail = summary(info, self.app.story) if info.status != "unreadable" else "a damaged save"
        self.app.open("confirm", f"Delete {named(slot)}? It holds {detail}. This cannot be "
                      "undone.",
                      "Delete", lambda: self._delete(slot))

    def _delete(self, slot: str) -> None:
        try:
            SaveSlots(self.app.save_dir, self.app.story).delete(slot)
            self.subtitle = f"Deleted {named(slot)}."
        except HerError as exc:
            self.subtitle = exc.message
        self._forget(slot)
        self.refresh()
        if self.page not in self.pages():
            self.page = self.pages()[-1]
        self._build()

    def _forget(self, slot: str) -> None:
        for key in [k for k in self._pictures if k[0] == slot]:
            del self._pictures[key]

    # --- input -------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        if is_back(event):
            self.close()
            return True
        if event.type == pygame.MOUSEMOTION:
            changed = self.bar.hover(event.pos)
            if not any(b.rect.collidepoint(event.pos) for b in self.bar.buttons):
                if self.bar.focus != -1:
                    self.bar.focus, changed = -1, True
            return self.cards.hover(event.pos) or changed
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for card in self.cards.buttons:
                if card.delete_rect is not None and card.delete_rect.collidepoint(event.pos) \
                        and self._area().collidepoint(event.pos):
                    self.ask_delete(card.slot)
                    return True
            if self.bar.click(event.pos):
                return True
            if self._area().collidepoint(event.pos):
                return self.cards.click(event.pos)
            return False
        if event.type == pygame.MOUSEWHEEL and event.y:
            _, _, _, visible, content = self._grid()
            if content > visible:  # a grid taller than the screen scrolls first
                self.scroll = max(0, min(content - visible, self.scroll - event.y * 60))
                self.relayout()
            else:
                self.turn(-1 if event.y > 0 else 1)
            return True
        if keymap.pressed(event, "page_up"):
            self.turn(-1)
            return True
        if keymap.pressed(event, "page_down"):
            self.turn(1)
            return True
        if keymap.pressed(event, "delete_save"):
            card = self.focused()
            if card is not None:
                self.ask_delete(card.slot)
            return True
        return self._move(event)

    def _move(self, event: pygame.event.Event) -> bool:
        """Arrows through the grid; left or right past its edge turns the page."""
        count = len(self.cards.buttons)
        focus = self.cards.focus
        side, step = keymap.sideways(event), keymap.direction(event)
        if side:
            col = focus % self.cols
            if count == 0 or (side < 0 and col == 0) or (side > 0 and (
                    col == self.cols - 1 or focus + 1 >= count)):
                self.turn(side)
                self.cards.focus = (0 if side > 0 else max(0, len(self.cards.buttons) - 1))
                self._follow()
            else:
                self.cards.focus = focus + side
                self._follow()
            return True
        if step and count:
            target = focus + step * self.cols
            if 0 <= target < count:
                self.cards.focus = target
                self._follow()
            return True
        if is_confirm(event):
            return self.cards.activate()
        return False

    # --- drawing -----------------------------------------------------------------------------
    def picture(self, slot: str) -> pygame.Surface | None:
        """The slot's thumbnail scaled to its card, read once; missing or damaged: None."""
        size = self.layout.s(THUMB_W)
        key = (slot, size)
        if key not in self._pictures:
            info = self.infos.get(slot)
            path = getattr(info, "thumbnail", None)
            try:
                image = pygame.image.load(str(path)).convert() if path else None
            except (pygame.error, OSError, FileNotFoundError):
                image = None
            if image is not None:
                image = pygame.transform.smoothscale(image, (size, self.layout.s(THUMB_H)))
            self._pictures[key] = image
        return self._pictures[key]

    def draw(self, target: pygame.Surface) -> None:
        layout, contrast = self.layout, self.contrast
        backdrop(target, self.name, contrast)
        heading(target, layout, self.title, 30, "", contrast)
        area = self._area()
        small = layout.font(theme.SMALL_SIZE, style="italic")
        text = render(self.indicator(), small, theme.HIGH_CONTRAST_TEXT if contrast
                      else theme.PEACH)
        baseline = layout.point(0, layout.y0 + GRID_TOP - 14)[1]
        target.blit(text, text.get_rect(bottomleft=(area.left + layout.s(8), baseline)))
        if self.subtitle:  # what just happened ("Saved to slot 3."), beside the page's name
            room = area.width - text.get_width() - layout.s(40)
            note = render(fit(self.subtitle, small, max(1, room)), small,
                          theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM)
            target.blit(note, note.get_rect(bottomright=(area.right - layout.s(8), baseline)))
        # the grid draws into its own part of the window: a card scrolled half out of view is
        # cut at the grid's edge, never drawn beyond it
        inside = area.clip(target.get_rect())
        grid, origin = target.subsurface(inside), inside.topleft
        for i, card in enumerate(self.cards.buttons):
            if card.rect.bottom >= area.top and card.rect.top <= area.bottom:
                self._card(grid, card, i == self.cards.focus, origin)
        if not self.cards.buttons:
            font = layout.font(theme.SMALL_SIZE)
            empty = render(fit("No autosaves yet: the game makes one at every chapter and "
                               "choice.", font, area.width - layout.s(20)), font, theme.MUTED)
            target.blit(empty, empty.get_rect(center=area.center))
        self._scrollbar(target, area)
        self._bar(target)
        hint = (f"Enter: {self.mode} · {keymap.describe('delete_save')} key: delete · "
                f"{keymap.describe('page_up')}, {keymap.describe('page_down')}: pages · "
                "Esc: back")
        footer(target, layout, hint, contrast)

    def _card(self, target: pygame.Surface, card: Card, focused: bool,
              origin: tuple[int, int] = (0, 0)) -> None:
        """One card, drawn on `target` whose top-left is `origin` in the window."""
        layout, contrast = self.layout, self.contrast
        rect = card.rect.move(-origin[0], -origin[1])
        fill = theme.HOVER if focused and card.enabled else (
            theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL)
        edge = theme.PANEL_EDGE if focused and card.enabled else None
        target.blit(panel(rect.size, fill, 235 if focused else 200, layout.s(10), edge), rect)
        thumb = pygame.Rect(rect.left + layout.s(12), rect.top + layout.s(16),
                            layout.s(THUMB_W), layout.s(THUMB_H))
        info = self.infos.get(card.slot)
        picture = self.picture(card.slot) if info is not None else None
        if picture is not None:
            target.blit(picture, thumb)
        else:
            target.blit(panel(thumb.size, theme.INK, 200, layout.s(6)), thumb)
            word = render("No picture" if info is not None else "Empty",
                          layout.font(theme.SMALL_SIZE), theme.DIM)
            target.blit(word, word.get_rect(center=thumb.center))
        x = thumb.right + layout.s(16)
        width = rect.right - layout.s(14) - x
        bright = theme.HIGH_CONTRAST_TEXT if contrast else theme.CREAM
        soft = theme.HIGH_CONTRAST_TEXT if contrast else theme.MUTED
        small = layout.font(theme.SMALL_SIZE)
        rows: list[tuple[str, pygame.font.Font, tuple[int, int, int], int]] = [
            (label(card.slot), small, theme.HIGH_CONTRAST_TEXT if contrast else theme.PEACH,
             width - (layout.s(DELETE_W + 8) if card.delete_rect is not None else 0))]
        if info is None:
            rows.append(("Empty" if self.mode == "save" else "Nothing saved here",
                         layout.font(theme.CHOICE_SIZE), theme.DIM, width))
        elif info.status == "unreadable":
            rows.append(("Damaged", layout.font(theme.CHOICE_SIZE), theme.RED, width))
            rows.append((info.error or "unreadable", small, soft, width))
        else:
            rows.append((chapter_text(info, self.app.story), layout.font(theme.CHOICE_SIZE),
                         bright, width))
            rows.append((line_text(info, self.app.story), layout.font(theme.SMALL_SIZE,
                                                                       style="italic"),
                         theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND, width))
            rows.append((when_text(info), small, soft, width))
        y = rect.top + layout.s(12)
        for text, font, colour, room in rows:
            surface = render(fit(text, font, max(1, room)), font, colour)
            target.blit(surface, (x, y))
            y += font.get_linesize() + layout.s(4)
        if card.delete_rect is not None:
            button = card.delete_rect.move(-origin[0], -origin[1])
            target.blit(panel(button.size, theme.INK, 220, button.height // 3, theme.DIM),
                        button)
            word = render("Delete", small, theme.HIGH_CONTRAST_TEXT if contrast else theme.SAND)
            target.blit(word, word.get_rect(center=button.center))

    def _scrollbar(self, target: pygame.Surface, area: pygame.Rect) -> None:
        _, _, _, visible, content = self._grid()
        scrollbar(target, self.layout, area, visible=visible, total=content, scroll=self.scroll,
                  contrast=self.contrast, inset=4)

    def _bar(self, target: pygame.Surface) -> None:
        """‹ Auto Quick 1 … 9 ›, the page on screen lit."""
        layout, contrast = self.layout, self.contrast
        font = layout.font(theme.SMALL_SIZE)
        current = {"auto": "Auto", "quick": "Quick"}.get(self.page.kind, str(self.page.number))
        for i, button in enumerate(self.bar.buttons):
            on = button.label == current
            hover = i == self.bar.focus
            if on or hover:
                target.blit(panel(button.rect.size, theme.HOVER if on else theme.INK,
                                  230, button.rect.height // 3,
                                  theme.PANEL_EDGE if on else theme.DIM), button.rect)
            colour = theme.HIGH_CONTRAST_TEXT if contrast else (
                theme.CREAM if on else theme.PEACH if hover else theme.MUTED)
            text = render(button.label, font, colour)
            target.blit(text, text.get_rect(center=button.rect.center))


# --- how a slot reads ----------------------------------------------------------------------
def label(slot: str) -> str:
    if slot == QUICK:
        return "Quick save"
    if slot == EXIT:
        return "Where you left off"
    if slot in AUTO_SLOTS:
        return "Autosave"
    if is_autosave(slot):
        return "Autosave · chapter start"
    return f"Slot {slot}"


def named(slot: str) -> str:
    """The slot inside a sentence: "slot 3", "the quick save", "this chapter's autosave"."""
    if slot == QUICK:
        return "the quick save"
    if slot == EXIT:
        return "the save of where you left off"
    if slot in AUTO_SLOTS:
        return "this autosave"
    if is_autosave(slot):
        return "this chapter's autosave"
    return f"slot {slot}"


def chapter_text(info: SaveInfo, story) -> str:  # noqa: ANN001 — a Story
    """"Chapter 3 · The Date"; a plain title for an undeclared chapter."""
    chapter = story.config.chapters.get(info.chapter) if info.chapter else None
    if chapter is not None:
        return f"Chapter {chapter.number} · {chapter.title}"
    return info.chapter_title or (info.chapter or "").replace("_", " ").title() or \
        (info.story_title or "The beginning")


def line_text(info: SaveInfo, story) -> str:  # noqa: ANN001 — a Story
    """The first words of the line it was saved at, with who said it; a choice says so."""
    text = typeset(" ".join(info.line.split()[:14]))
    if not text:
        return "At a choice" if info.at_choice else ""
    character = story.config.characters.get(info.speaker or "")
    name = character.name if character else (info.speaker or "").replace("_", " ").title()
    said = f"{name}: “{text}”" if name else f"“{text}”"
    return f"At a choice, after {said}" if info.at_choice else said


def when_text(info: SaveInfo) -> str:
    """"Played 1:02:03 · 2 Dec 2026, 01:05"."""
    seconds = info.play_ticks // TICK_RATE
    hours, rest = divmod(seconds, 3600)
    played = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60}:{rest % 60:02d}"
    try:
        date = datetime.fromisoformat(info.date)
        today = datetime.now(date.tzinfo).date()
        if date.date() == today:
            stamp = f"today, {date:%H:%M}"
        elif date.year == today.year:
            stamp = f"{date.day} {date:%b, %H:%M}"
        else:
            stamp = f"{date.day} {date:%b %Y}"
    except ValueError:
        stamp = info.date[:16].replace("T", " ")
    return f"Played {played} · {stamp}" if stamp else f"Played {played}"


def summary(info: SaveInfo, story) -> str:  # noqa: ANN001 — a Story
    """What a question about the slot names: "Chapter 3 · The Date, saved 2 Dec, 01:05"."""
    return f"{chapter_text(info, story)}, saved {when_text(info).split(' · ', 1)[-1]}"
