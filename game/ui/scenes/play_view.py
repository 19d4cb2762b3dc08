"""How the play scene looks: the painted scene (cross-faded on `#bg:` changes), drifting light,
Samantha's form, the dialogue box, choices, the chapter card, meters and the quick menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from .. import theme
from ..visuals import particles as motes
from ..visuals import samantha
from ..visuals.particles import Motes
from ..visuals.samantha import SamanthaForm
from ..widgets.button import Button, ButtonColumn
from ..widgets.meters import MetersPanel
from ..widgets.panel import panel, wash
from ..widgets.text import render

if TYPE_CHECKING:
    from .play import PlayScene

CARD_OUT = 30  # ticks: the card's fade-out, when the dialogue box comes back under it
TOAST_TICKS = 150  # a notice stays this long, fading over its last TOAST_FADE
TOAST_FADE = 40
# frames the picture stays as it is before its interface is cached (4-8 ms at 1080p, spread
# over a few frames in bands): while a pointer moves over the answers every frame changes,
# and is drawn whole as before. Each frame waited, and each band, is a whole redraw (2 ms at
# 1080p): ten frames and a band of 150,000 pixels were 36 ms of the first seconds at a choice
LAYER_AFTER = 3
BAND_PIXELS = 400_000  # of the cached interface drawn in one frame (a frame drawn whole too)


class PlayView:
    def __init__(self, scene: PlayScene) -> None:
        self.scene = scene
        self.app = scene.app
        self.bg = ""
        self.old_bg = ""
        self.fade = theme.FADE_TICKS  # ticks into the current cross-fade
        self.card: tuple[str, str] | None = None
        self.card_ticks = 0
        self._card_art: tuple[tuple, pygame.Surface, pygame.Surface | None] | None = None
        # while a scene fades into the next: the one faded from (its name and the size),
        # with an alpha channel
        self._fading: tuple[tuple[str, tuple[int, int]], pygame.Surface] | None = None
        self.samantha = SamanthaForm()
        self.motes = Motes()
        self.ambient = theme.AMBIENT_TICKS  # ticks left before drifting light settles
        self.meters = MetersPanel()
        s = scene
        self.menu = ButtonColumn([  # everything a keyboard does, for a mouse-only player
            Button("Back", s.roll_back), Button("History", s.open_history),
            Button("Skip", s.toggle_skip), Button("Auto", s.toggle_auto),
            Button("Save", lambda: s.open_saves("save")), Button("Q.Save", s.quicksave),
            Button("Q.Load", s.quickload), Button("Settings", s.open_settings),
            Button("Menu", s.open_menu)])
        self.menu.focus = -1
        self._layout_key: tuple | None = None
        # what the last presented frame showed, for `damage()`: everything that stays put
        # (its signature) and the rectangles of what moves (motes, her light, typed text)
        self._shown: tuple[tuple, list[pygame.Rect]] | None = None
        self._drawn: tuple[tuple, list[pygame.Rect]] | None = None
        # the window as it is now: its signature, the motes and her light as drawn there, how
        # much of the line is typed and where the interface is
        self._screen: tuple[tuple, list[motes.Placed], samantha.Look | None, int,
                            list[pygame.Rect]] | None = None
        self._layer: _Layer | None = None  # the interface, cached (draw_changes)
        self._stale: _Layer | None = None  # the one before: its surfaces are reused
        self._steady = 0  # frames in a row with this signature (the layer waits for some)
        # the frame just drawn showed more than what moves on its own and the typewriter: a
        # new line, answers, a notice, a scene (the play scene's autosave waits a frame then)
        self.moved_on = False
        # this frame shows a new line (set_scene): a scene being painted waits for the next
        # frame, unless the frame before waited too (a line a frame, skipping: it goes on)
        self._line_shown = False
        self._waited = False

    def set_scene(self, bg: str, fade: bool) -> bool:
        """The scene of the line being shown (called for every line): True when it changed.
        The frame a line is shown on takes the story's step, lays the line out, takes its
        voice and perhaps a save, so no stroke of a scene is painted in it."""
        self._line_shown = True
        if bg == self.bg:
            return False
        # from the scene on screen: the one faded from while the new one was still painted
        self.old_bg, self.bg = self.old_bg if self._painting() else self.bg, bg
        self.fade = 0 if fade and self.old_bg else theme.FADE_TICKS
        self.ambient = theme.AMBIENT_TICKS
        return True

    def show_card(self, number: str, title: str) -> None:
        self.card = (number, title)
        self.card_ticks = theme.CARD_TICKS

    def busy(self) -> bool:
        """A fade or a title card is still playing."""
        return self.fade < theme.FADE_TICKS or self.card_ticks > 0

    def _painting(self) -> bool:
        """A change of scene waits for the new one to be painted (the one before shows)."""
        return bool(self.old_bg) and self.fade < theme.FADE_TICKS and not \
            self.app.backdrops.ready(self.bg or "black", self.app.window.get_size())

    def update(self, ticks: int) -> bool:
        changed = False
        wait, self._line_shown, self._waited = self._line_shown and not self._waited, \
            False, False
        if self.fade < theme.FADE_TICKS:
            # the new scene painted a few strokes a frame, then faded in (not in a frame that
            # shows a line: the scene's first is the frame it changed on)
            size, name = self.app.window.get_size(), self.bg or "black"
            if not self.old_bg:
                self.fade = min(theme.FADE_TICKS, self.fade + ticks)
            elif wait and self.fade <= 0:
                self._waited = True  # neither a stroke nor the fade's first frame
            elif self.app.backdrops.ready(name, size):
                self.fade = min(theme.FADE_TICKS, self.fade + ticks)
            elif not self.app.backdrops.prepare(name, size) and \
                    self.app.backdrops.started(name, size):
                self._fade_from(size)  # its own frame, not the one the fade begins on
            # (nor is the frame that paints the last stroke: the fade begins after it)
            changed = True
        if self.card_ticks > 0:
            self.card_ticks = max(0, self.card_ticks - ticks)
            changed = True
        still = self.app.settings["reduced_motion"]
        speaking = not self.scene.box.done and self.scene.box.name == "Samantha"
        # her form answers her own voice, not Theodore's or anyone else's
        voice = self.app.sound.voice_level() if self.app.sound.voice_speaker() == "samantha" \
            else 0.0
        if speaking and voice <= 0.0:
            voice = 0.35 + 0.25 * ((self.motes.tick // 4) % 3) / 2  # the typewriter's pulse
        if speaking or voice > 0 or not self.scene.box.done:
            self.ambient = theme.AMBIENT_TICKS
        if self.ambient > 0 and not still:
            self.ambient = max(0, self.ambient - ticks)
            self.motes.update(ticks)
            changed = True
        changed |= self.samantha.update(ticks, voice, still or self.ambient <= 0)
        return changed

    def moving(self) -> bool:
        """Drifting light and her breathing still play (the loop runs at full rate for them,
        not at the idle poll's 2 Hz); False once the picture is still."""
        if self.app.settings["reduced_motion"]:
            return False
        return self.ambient > 0 or self.samantha.moving(self.ambient <= 0)

    def _signature(self) -> tuple:
        """Everything the picture shows apart from what moves on its own: when any of it
        differs from the frame on screen, the window is drawn again (and the cached picture
        of what stays put is made again). Two parts: what the whole window shows (the scene,
        its fade, the card, the layout...), then what only the interface shows, inside its
        rectangles (the line, the answers, the menu's focus, the meters, a notice...)."""
        scene, box, choices, layout = self.scene, self.scene.box, self.scene.choices, \
            self.app.layout
        return ((self.app.window.get_size(), layout.scale, layout.text_scale, self.bg,
                 self.old_bg, self.fade, self.card, self.card_ticks,
                 getattr(self.app.speedrun, "timer_left", None),
                 bool(self.app.settings["reduced_motion"]), id(self.app.story),
                 tuple(scene.live.errors or ()), self.ambient > 0),
                (box.text, box.name, box.colour, None if choices is None else (
                    id(choices), choices.focus, tuple(choices.texts), tuple(choices.notes)),
                 self.menu.focus, scene.skipping, scene.auto, self._chevron_step(),
                 scene.show_meters, scene.play.meters() if scene.show_meters else None,
                 scene.toast, self._toast_alpha(), scene.contrast))

    def damage(self) -> list[pygame.Rect] | None:
        """The parts of the window that differ from the frame presented before the one just
        drawn: where motes were and are, her light, the line being typed. None: present all
        of it (something else changed)."""
        shown, self._shown = self._shown, self._drawn
        if shown is None or self._drawn is None or shown[0] != self._drawn[0]:
            return None
        return shown[1] + self._drawn[1]

    # --- the frames where only the drifting light moves -----------------------------------
    def draw_changes(self, target: pygame.Surface) -> list[pygame.Rect] | None:
        """Redraw only what moved since the frame on screen, straight into the window, and
        return those rectangles to present; None when this frame needs a whole redraw.

        At a choice (or a line waiting to be read) everything but the motes and her light
        stays put, yet a whole redraw costs 1.4 ms at 1280x720 and 3 at 1920x1080 — 8-16 %
        of a core at 60 fps. Here a mote that moved costs a few blits of its own size: its
        rectangle gets the scene back from the painted backdrop, the motes and her light
        that touch it, then the interface over it from the cached layer (`_Layer`), which
        is made once, when what stays put changes (the signature).

        While a line types, the rows its new letters are on change too (and the ▼ when it
        is typed), and the interface is not cached: it changes every few frames. Then, and
        until the cache is made and drawn, the rectangles that meet the interface have it
        drawn over them, clipped, as a whole redraw draws it there."""
        screen = self._screen
        if target is not self.app.window or screen is None or not self._quiet():
            return None
        signature = self._signature()
        layout, size, box = self.app.layout, target.get_size(), self.scene.box
        shown, parts = int(box.shown), screen[4]
        self.moved_on = signature != screen[0]
        if not self.moved_on:
            # the letters typed since the frame on screen, and the ▼ when the line was
            # finished (or begun again)
            dirty = box.typed_rects(layout, screen[3], shown)
            if (screen[3] >= len(box.text)) != box.done:
                dirty.append(box.mark_rect(layout))
        elif signature[0] == screen[0][0]:
            # only the interface changed (the next line, the answers, a focus, a notice):
            # where it was and where it is now are drawn again, not the whole window
            self._lay_out(target)
            parts = self.interface_rects(layout)
            dirty = screen[4] + parts
            if self._layer is not None:
                self._stale, self._layer = self._layer, None  # its surfaces reused
        else:
            return None  # the scene, its fade, the card or the layout: drawn whole
        if dirty:
            self._steady = 0  # still changing: the cache waits for it to stay
        layer = self._ready_layer(signature, target, dirty) if box.done else None
        base = self.app.backdrops.get(self._scene_shown(), size)
        placed = [] if self.app.settings["reduced_motion"] else self.motes.place(
            size, layout, self._mote_strength())
        her = self._her_plan(layout)
        at = [mote.rect for mote in placed]
        dirty += _moved(screen[1], placed) + _her_moved(screen[2], her)
        rects, inside = _closed(dirty, at, target.get_rect())
        if rects:
            # the rectangles do not overlap and every mote touching one lies inside it, so
            # each step is one batch of blits: the scene, the motes, her light, the interface
            target.blits([(base, rect, rect) for rect in rects], doreturn=False)
            inside = [placed[index] for index in inside]
            for mote in inside:
                mote.sprite.set_alpha(mote.alpha)
            target.blits([(mote.sprite, mote.rect) for mote in inside], doreturn=False)
            if her is not None:
                for rect in rects:
                    if rect.colliderect(her.rect):
                        target.set_clip(rect)
                        samantha.paint(target, her)
                target.set_clip(None)
            if layer is not None:
                layer.apply(target, rects)
            else:  # drawn over what it covers, clipped to each rectangle, as a whole redraw
                for rect in rects:
                    if rect.collidelist(parts) >= 0:
                        target.set_clip(rect)
                        self.draw_interface(target)
                target.set_clip(None)
        self._note_steady(signature)
        self._screen = (signature, placed, her, shown, parts)
        moving = self._moving(placed, her)
        self._shown = self._drawn = (signature, moving)
        return rects

    def _ready_layer(self, signature: tuple, target: pygame.Surface,
                     dirty: list[pygame.Rect]) -> _Layer | None:
        """The cached interface, once what stays put has stayed a few frames (a pointer
        moving over the answers changes it every few) and all of its bands are drawn. None
        until then; a frame that draws a band draws it in the window, so the band joins
        `dirty`, to be drawn again."""
        layer = self._layer
        if layer is None or layer.key != signature:
            if self._steady < LAYER_AFTER:
                return None
            layer = self._layer = _Layer.make(self, signature, target, self._stale)
            self._stale = None
        if layer.bands:
            dirty.append(layer.build(self, target))
            return None
        return layer

    def _note_steady(self, signature: tuple) -> None:
        """How many frames in a row the window has shown this signature."""
        screen = self._screen
        self._steady = self._steady + 1 if screen is not None and screen[0] == signature else 0

    def _quiet(self) -> bool:
        """Only what moves on its own and the typewriter are moving: no fade, card, fading
        notice or reload errors (those redraw whole, as before). While a new scene is
        painted, before its fade, the scene before stays on screen as still as ever."""
        scene = self.scene
        return ((self.fade >= theme.FADE_TICKS or self._before_shown()) and self.card_ticks <= 0
                and not (scene.toast_ticks > 0 and self._toast_alpha() < 255)
                and not scene.live.errors)

    def _before_shown(self) -> bool:
        """The scene before is on screen, whole: the new one is still to fade in (or to be
        painted at this window's size, its fade begun at another)."""
        return bool(self.old_bg) and (self.fade <= 0 or self._painting())

    def _scene_shown(self) -> str:
        """The scene on screen when no fade blends two."""
        return self.old_bg if self._before_shown() else self.bg or "black"

    def _mote_strength(self) -> float:
        return min(1.0, self.ambient / 120 + 0.35)

    def _her_plan(self, layout: theme.Layout) -> samantha.Look | None:
        centre = layout.point(theme.DESIGN_W / 2, layout.y0 + theme.SAMANTHA_Y)
        return self.samantha.plan(centre, layout.s(theme.SAMANTHA_R))

    def _moving(self, placed: list[motes.Placed], her: samantha.Look | None) -> list[pygame.Rect]:
        rects = [mote.rect for mote in placed]
        if her is not None:
            rects.append(her.rect)
        if not self.scene.box.done:
            rects.append(self.scene.box.box_rect(self.app.layout).inflate(4, 4))
        return rects

    def interface_rects(self, layout: theme.Layout) -> list[pygame.Rect]:
        """Where the interface over the scene is drawn (the dialogue box with its name plate,
        the answers, the quick menu, meters, the skip sign, a notice): the cached layer
        covers these, and tests check nothing is drawn outside them."""
        scene = self.scene
        rects = []
        if self.card_ticks < CARD_OUT or not self.card:
            rects.append(self._box_area(layout))
        if scene.choices is not None:
            rects += scene.choices.rects
        if scene.show_meters:
            meters = self.meters.rect(layout, scene.play.meters(), self._meters_right())
            if meters is not None:
                rects.append(meters)
        modes = self.modes_rect(layout)
        if modes is not None:
            rects.append(modes)
        if scene.toast_ticks > 0:
            rects.append(self._toast_rect(layout))
        return [rect.inflate(4, 4) for rect in rects]

    def relayout(self) -> None:
        layout = self.app.layout
        # the chapter card's face, made before a card needs it (1 ms, in the frame that
        # takes the chapter's first line and often a save)
        layout.font(theme.CARD_SIZE, style="light")
        font = layout.font(theme.SMALL_SIZE)
        box = self.scene.box.box_rect(layout)
        x = box.right - layout.s(56)
        for button in reversed(self.menu.buttons):
            width = font.size(button.label)[0] + layout.s(22)
            x -= width
            button.rect = pygame.Rect(x, box.bottom - layout.s(theme.MENU_ROW + 8), width,
                                      layout.s(theme.MENU_ROW))
        if self.scene.choices is not None:
            self.scene.choices.layout(layout, box.top - layout.s(34))

    # --- drawing -------------------------------------------------------------------------
    def draw(self, target: pygame.Surface) -> None:
        layout = self.app.layout
        size = target.get_size()
        self._backdrop(target, size)
        placed: list[motes.Placed] = []
        if not self.app.settings["reduced_motion"]:
            placed = self.motes.place(size, layout, self._mote_strength())
            for mote in placed:
                motes.paint(target, mote)
        her = self._her_plan(layout)
        if her is not None:
            samantha.paint(target, her)
        self.draw_interface(target)
        if target is self.app.window:
            self.moved_on = True
            signature = self._signature()
            self._drawn = (signature, self._moving(placed, her))
            self._note_steady(signature)
            self._screen = (signature, placed, her, int(self.scene.box.shown),
                            self.interface_rects(layout))
            if self._layer is not None and self._layer.key != signature:
                # what stays put changed: made again once it stays (its surfaces reused)
                self._stale, self._layer = self._layer, None

    def _backdrop(self, target: pygame.Surface, size: tuple[int, int]) -> None:
        """The scene, or while one fades into the next, the one it fades from laid over it
        at the fade's alpha, from a copy of it with an alpha channel made for the fade:
        pygame blends such a picture at a surface alpha with vector instructions, where the
        opaque scene itself took SDL's pixel-by-pixel path (in the frames of a fade at
        1280x720 a median of 1.5 ms against 2.6-3.3, within a level)."""
        if self._before_shown():  # the frame the scene changes on, or the new one unpainted
            target.blit(self.app.backdrops.get(self.old_bg, size), (0, 0))
            return
        alpha = round(255 * (1 - self.fade / theme.FADE_TICKS)) if self.old_bg else 0
        scene = self.app.backdrops.get(self.bg or "black", size)
        if alpha <= 0:
            self._fading = None  # the fade is over: its picture goes (a window's worth)
            target.blit(scene, (0, 0))
            return
        target.blit(scene, (0, 0))
        faded = self._fade_from(size)
        faded.set_alpha(alpha)
        target.blit(faded, (0, 0))

    def _fade_from(self, size: tuple[int, int]) -> pygame.Surface:
        """The scene faded from, with an alpha channel for the fade (a window's copy)."""
        key = (self.old_bg, size)
        if self._fading is None or self._fading[0] != key:
            self._fading = (key, self.app.backdrops.get(self.old_bg, size).convert_alpha())
        return self._fading[1]

    def draw_interface(self, target: pygame.Surface) -> None:
        """Everything over the scene, her light and the motes, in the order it stacks."""
        layout = self.app.layout
        contrast = self.scene.contrast
        self._lay_out(target)
        # clipped to a small part of the window (`draw_changes`), the parts it does not meet
        # are left out: each draws only inside its own rectangle (`interface_rects`)
        clip = target.get_clip()
        if clip == target.get_rect():
            clip = None
        boxed = self.card_ticks < CARD_OUT or not self.card  # the card has the screen alone
        box = boxed and (clip is None or clip.colliderect(self._box_area(layout).inflate(4, 4)))
        if box:
            self.scene.box.draw(target, layout, contrast, mark=self.scene.choices is None)
        if self.scene.choices is not None:
            self.scene.choices.draw(target, layout, contrast)
        if self.scene.show_meters:
            meters = self.scene.play.meters()
            where = self.meters.rect(layout, meters, self._meters_right())
            if clip is None or where is None or clip.colliderect(where.inflate(4, 4)):
                self.meters.draw(target, layout, meters, contrast, right=self._meters_right())
        if box:
            self._menu(target, layout)
        if self.card_ticks > 0 and self.card:
            self._card(target, layout)
        self._modes(target, layout)  # over the card: skipping is never hidden
        if self.scene.toast_ticks > 0:
            self._toast(target, layout)

    def _box_area(self, layout: theme.Layout) -> pygame.Rect:
        """The dialogue box with its name plate (riding its top edge) and quick menu."""
        return self.scene.box.box_rect(layout).inflate(0, 2 * layout.s(24))

    def _lay_out(self, target: pygame.Surface) -> None:
        """The menu's buttons and the answers placed for this size and line."""
        layout = self.app.layout
        key = (target.get_size(), layout.scale, layout.text_scale, self.scene.box.text,
               id(self.scene.choices))
        if key != self._layout_key:
            self.relayout()
            self._layout_key = key

    def _meters_right(self) -> float | None:
        timer = getattr(self.app.speedrun, "timer_left", None)  # side by side with it
        return timer - 12 if timer is not None else None

    def _menu(self, target: pygame.Surface, layout: theme.Layout) -> None:
        font = layout.font(theme.SMALL_SIZE)
        active = {"Skip": self.scene.skipping, "Auto": self.scene.auto}
        contrast = self.scene.contrast
        for i, button in enumerate(self.menu.buttons):
            lit = active.get(button.label, False) or i == self.menu.focus
            colour = theme.PEACH if lit else theme.MUTED
            if contrast:
                colour = theme.HIGH_CONTRAST_TEXT if lit else theme.HIGH_CONTRAST_DIM
            label = render(button.label, font, colour)
            target.blit(label, label.get_rect(center=button.rect.center))

    def modes_rect(self, layout: theme.Layout) -> pygame.Rect | None:
        """Where the skip / auto indicator sits (top left), or None when neither is on."""
        words = self.mode_words()
        if not words:
            return None
        font = layout.font(theme.SMALL_SIZE + 3)
        width = font.size("  ·  ".join(words))[0] + layout.s(theme.SMALL_SIZE * 2 + 44)
        return pygame.Rect(layout.point(layout.x0 + theme.MARGIN - 16, layout.y0 + 20),
                           (width, layout.s(40)))

    def mode_words(self) -> list[str]:
        return [w for w, on in (("Skipping", self.scene.skipping), ("Auto", self.scene.auto))
                if on]

    def _modes(self, target: pygame.Surface, layout: theme.Layout) -> None:
        """A clear sign while skipping or auto-forward runs: a lit pill with moving chevrons,
        not a word in dim type the player can miss."""
        rect = self.modes_rect(layout)
        if rect is None:
            return
        contrast = self.scene.contrast
        fill = theme.HIGH_CONTRAST_PANEL if contrast else theme.PANEL
        target.blit(panel(rect.size, fill, 240, rect.height // 2,
                          theme.CREAM if contrast else theme.PANEL_EDGE), rect)
        ink = theme.HIGH_CONTRAST_TEXT if contrast else theme.PEACH
        size = layout.s(7)
        x = rect.left + layout.s(18)
        phase = self._chevron_step()
        for n in range(2):  # >> : fast forward, the chevrons stepping while it runs
            left = x + n * size * 2 + phase * size // 2
            pygame.draw.polygon(target, ink, [(left, rect.centery - size),
                                              (left + size + 2, rect.centery),
                                              (left, rect.centery + size)])
        label = render("  \u00b7  ".join(self.mode_words()), layout.font(theme.SMALL_SIZE + 3),
                       ink)
        target.blit(label, label.get_rect(midleft=(x + size * 5, rect.centery)))

    def _chevron_step(self) -> int:
        return (self.motes.tick // 8) % 2 if self.scene.skipping else 0

    def _card(self, target: pygame.Surface, layout: theme.Layout) -> None:
        """The chapter title card: fades in, holds, fades out over the scene."""
        t = self.card_ticks
        fade = min(1.0, t / 30, (theme.CARD_TICKS - t) / 20 + 0.0001)
        if self.app.settings["reduced_motion"]:
            fade = 1.0
        centre = layout.point(theme.DESIGN_W / 2, layout.y0 + layout.H * 0.42)
        wash(target, round(150 * fade))
        if round(255 * fade):  # not yet there (or gone): nothing to render or draw
            big, small = self._card_words(layout)
            for words, y in ((big, centre[1]), (small, centre[1] - layout.s(62))):
                if words is not None:
                    words.set_alpha(round(255 * fade))
                    target.blit(words, words.get_rect(center=(centre[0], y)))
        line_w = layout.s(120)
        y = centre[1] + layout.s(52)
        pygame.draw.line(target, theme.mix(theme.INK, theme.CORAL, fade),
                         (centre[0] - line_w // 2, y), (centre[0] + line_w // 2, y), 2)

    def _card_words(self, layout: theme.Layout) -> tuple[pygame.Surface,
                                                         pygame.Surface | None]:
        """The card's title and chapter number, rendered once per card and size (each of
        its 150 frames rendered them again: 0.1-0.4 ms a frame at 720p for the large type),
        the card's own copies (their alpha changes as it fades)."""
        number, title = self.card
        key = (self.card, layout.scale)
        if self._card_art is None or self._card_art[0] != key:
            big = layout.font(theme.CARD_SIZE, style="light").render(title, True, theme.CREAM)
            small = layout.font(theme.SMALL_SIZE + 3).render(number.upper(), True,
                                                             theme.PEACH) if number else None
            self._card_art = (key, big, small)
        return self._card_art[1], self._card_art[2]

    def _toast_alpha(self) -> int:
        """How opaque the notice is now (0: none): its look, which the signature compares,
        not its ticks, so the frames while it just stays there are cheap ones."""
        ticks = self.scene.toast_ticks
        if ticks <= 0:
            return 0
        if self.app.settings["reduced_motion"]:
            return 255
        return round(255 * min(1.0, ticks / TOAST_FADE))

    def _toast_rect(self, layout: theme.Layout) -> pygame.Rect:
        label = render(self.scene.toast, layout.font(theme.SMALL_SIZE), theme.CREAM)
        return label.get_rect(midtop=layout.point(theme.DESIGN_W / 2, layout.y0 + 24)).inflate(
            layout.s(28), layout.s(14))

    def _toast(self, target: pygame.Surface, layout: theme.Layout) -> None:
        """The notice ("Loaded slot 3.") fades out over its last moments instead of
        vanishing, so the eye catches it leaving (reduced motion: it just goes)."""
        label = render(self.scene.toast, layout.font(theme.SMALL_SIZE), theme.CREAM)
        rect = self._toast_rect(layout)
        alpha = self._toast_alpha()
        card = panel(rect.size, theme.PANEL, 230, rect.height // 2, theme.PANEL_EDGE).copy()
        card.blit(label, label.get_rect(center=(rect.width // 2, rect.height // 2)))
        if alpha < 255:
            card.set_alpha(alpha)
        target.blit(card, rect)


class _Layer:
    """The interface as it stands, cached so a mote drifting under the dialogue box is
    redrawn without redrawing the box. Drawn once over black and once over white: every
    pixel of the interface is then `under * mul / 255 + add` for whatever `under` is (each
    blend it is made of is a straight line in what lies beneath, and so is their stack),
    applied to a rectangle with two blits. Kept only for the parts the interface covers
    (outside them `mul` would be white and `add` black: nothing to do). Its rounding is not
    the panels' own: under them a pixel redrawn this way is within 2/255 of a whole redraw
    (outside them it is exact), and the next whole frame (any input) is exact again."""

    def __init__(self, key: tuple, parts: list[tuple[pygame.Rect, pygame.Surface,
                                                      pygame.Surface]]) -> None:
        self.key = key
        self.parts = parts
        # what is still to be drawn: (part, band of it), a few bands a frame (`build`)
        self.bands = [(index, band) for index, (rect, _, _) in enumerate(parts)
                      for band in _bands(rect)]

    @classmethod
    def make(cls, view: PlayView, key: tuple, target: pygame.Surface,
             old: _Layer | None = None) -> _Layer:
        """Its parts, not drawn yet (`build` draws them), in the surfaces of the layer before
        where a part fits in one (a new focus, the next line, other answers): two new
        surfaces of a megabyte each were 4 ms of page faults at 1080p, after every line."""
        layout = view.app.layout
        bounds = target.get_rect()
        spare = [(mul.get_abs_parent(), add.get_abs_parent())
                 for _, mul, add in (old.parts if old else [])]
        parts = []
        # the interface's own rectangles, joined only where they overlap: not the answers and
        # the box as one part, whose gaps and margins (a fifth of the window at 1280x720)
        # cost every mote drifting through them two blends that change nothing
        for rect in _merged(view.interface_rects(layout)):
            rect = rect.clip(bounds)
            if not (rect.width and rect.height):
                continue
            fits = [pair for pair in spare if pair[0].get_width() >= rect.width
                    and pair[0].get_height() >= rect.height]
            if fits:
                pair = min(fits, key=lambda pair: pair[0].get_width() * pair[0].get_height())
                spare.remove(pair)
                mul, add = (whole.subsurface((0, 0, *rect.size)) for whole in pair)
            else:
                mul, add = (pygame.Surface(rect.size, 0, target),
                            pygame.Surface(rect.size, 0, target))
            parts.append((rect, mul, add))
        return cls(key, parts)

    def build(self, view: PlayView, target: pygame.Surface) -> pygame.Rect:
        """Draw the next band of the layer, in the window itself (clipped to the band; the
        caller then draws the band again, and returns where): no window-sized scratch
        surface (5 ms and 8 MB at 1080p), and no frame doing all of it (4-8 ms at 1080p)."""
        index, band = self.bands.pop(0)
        rect, mul, add = self.parts[index]
        inside = band.move(-rect.x, -rect.y)
        target.set_clip(band)
        target.fill((0, 0, 0))
        view.draw_interface(target)
        add.blit(target, inside, band)
        target.fill((255, 255, 255))
        view.draw_interface(target)
        mul.blit(target, inside, band)
        mul.blit(add, inside, inside, special_flags=pygame.BLEND_RGB_SUB)
        target.set_clip(None)
        return band

    def apply(self, target: pygame.Surface, rects: list[pygame.Rect]) -> None:
        """The interface over `rects` (which must not overlap), in one batch of blits."""
        blends, times_flag, plus_flag = [], pygame.BLEND_RGB_MULT, pygame.BLEND_RGB_ADD
        for where, times, plus in self.parts:
            left, top = where.topleft
            for index in where.collidelistall(rects):
                part = rects[index].clip(where)
                inside = part.move(-left, -top)
                # each rectangle's two steps one after the other: they do not overlap
                blends += ((times, part, inside, times_flag), (plus, part, inside, plus_flag))
        if blends:
            target.blits(blends, doreturn=False)


def _bands(rect: pygame.Rect, pixels: int = BAND_PIXELS) -> list[pygame.Rect]:
    """`rect` cut into horizontal bands of about `pixels` each."""
    rows = max(1, pixels // max(1, rect.width))
    return [pygame.Rect(rect.x, y, rect.width, min(rows, rect.bottom - y))
            for y in range(rect.top, rect.bottom, rows)]


def _closed(dirty: list[pygame.Rect], motes_at: list[pygame.Rect],
            bounds: pygame.Rect) -> tuple[list[pygame.Rect], list[int]]:
    """`dirty` grown until no two rectangles overlap and every mote touching one lies wholly
    inside it, within `bounds`: then each can be redrawn without clipping, and no mote is
    painted twice (a second blend would brighten it). With them, the motes inside them (each
    in one rectangle only, in the order they are painted within it)."""
    rects: list[pygame.Rect] = []
    within: list[list[int]] = []  # the motes inside each of `rects`
    pending = [rect.clip(bounds) for rect in dirty]
    # the motes as placed, not clipped: a rectangle inside `bounds` meets a mote where it
    # meets the mote's visible part, and the union of them clipped is the union of the
    # clipped ones (34 clips a frame fewer)
    while pending:
        rect = pending.pop()
        if not (rect.width and rect.height):
            continue
        hits = rect.collidelistall(rects)
        while hits:
            for index in reversed(hits):
                rect.union_ip(rects.pop(index))
                del within[index]
            hits = rect.collidelistall(rects)
        touching = rect.collidelistall(motes_at)
        grown = rect.unionall([motes_at[index] for index in touching]).clip(bounds) \
            if touching else rect
        if grown != rect:
            pending.append(grown)  # grown: look again at what it now touches
        else:
            rects.append(rect)
            within.append(touching)
    return rects, [index for touching in within for index in touching]


def _merged(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """Overlapping rectangles joined until none overlap (a few at most: box, answers...)."""
    merged = [pygame.Rect(rect) for rect in rects if rect.width and rect.height]
    joined = True
    while joined:
        joined = False
        for i, rect in enumerate(merged):
            hit = rect.collidelist(merged[i + 1:])
            if hit >= 0:
                rect.union_ip(merged.pop(i + 1 + hit))
                joined = True
                break
    return merged


def _moved(shown: list[motes.Placed], placed: list[motes.Placed]) -> list[pygame.Rect]:
    """Rectangles covering every mote whose pixels differ from those on screen (its sprite,
    brightness or place: one comparison of the two, most frames a third of them differ)."""
    dirty = [mote.rect.union(old.rect)
             for old, mote in zip(shown, placed, strict=False) if old != mote]
    dirty += [mote.rect for mote in placed[len(shown):]]
    dirty += [old.rect for old in shown[len(placed):]]
    return dirty


def _her_moved(shown: samantha.Look | None, her: samantha.Look | None) -> list[pygame.Rect]:
    if shown is None and her is None:
        return []
    if shown is None or her is None:
        return [(shown or her).rect]
    if shown.still[0] != her.still[0]:  # the glow: all of her
        return [shown.rect.union(her.rect)]
    if shown.still[1] != her.still[1]:  # the ring or the dot (and with them her line)
        return [shown.ring_rect.union(her.ring_rect)]
    if shown.wave != her.wave:  # only her line of sound moved (most ticks)
        return [shown.wave_rect.union(her.wave_rect)]
    return []
