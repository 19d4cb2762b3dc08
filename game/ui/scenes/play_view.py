"""How the play scene looks: the painted scene (cross-faded on `#bg:` changes), drifting light,
Samantha's form, the dialogue box, choices, the chapter card, meters and the quick menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from .. import theme
from ..visuals.particles import Motes
from ..visuals.samantha import SamanthaForm
from ..widgets.button import Button, ButtonColumn
from ..widgets.meters import MetersPanel
from ..widgets.panel import panel, veil
from ..widgets.text import render

if TYPE_CHECKING:
    from .play import PlayScene

CARD_OUT = 30  # ticks: the card's fade-out, when the dialogue box comes back under it
TOAST_TICKS = 150  # a notice stays this long, fading over its last TOAST_FADE
TOAST_FADE = 40


class PlayView:
    def __init__(self, scene: PlayScene) -> None:
        self.scene = scene
        self.app = scene.app
        self.bg = ""
        self.old_bg = ""
        self.fade = theme.FADE_TICKS  # ticks into the current cross-fade
        self.card: tuple[str, str] | None = None
        self.card_ticks = 0
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

    def set_scene(self, bg: str, fade: bool) -> bool:
        if bg == self.bg:
            return False
        self.old_bg, self.bg = self.bg, bg
        self.fade = 0 if fade and self.old_bg else theme.FADE_TICKS
        self.ambient = theme.AMBIENT_TICKS
        return True

    def show_card(self, number: str, title: str) -> None:
        self.card = (number, title)
        self.card_ticks = theme.CARD_TICKS

    def busy(self) -> bool:
        """A fade or a title card is still playing."""
        return self.fade < theme.FADE_TICKS or self.card_ticks > 0

    def update(self, ticks: int) -> bool:
        changed = False
        if self.fade < theme.FADE_TICKS:
            self.fade = min(theme.FADE_TICKS, self.fade + ticks)
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
        differs from the frame on screen, the whole window is presented again."""
        scene, box, choices = self.scene, self.scene.box, self.scene.choices
        return (self.app.window.get_size(), self.app.layout.text_scale, self.bg, self.old_bg,
                self.fade, self.card, self.card_ticks, box.text, box.name, box.colour,
                None if choices is None else (id(choices), choices.focus), self.menu.focus,
                scene.skipping, scene.auto, scene.show_meters,
                scene.play.meters() if scene.show_meters else None, scene.toast,
                scene.toast_ticks if scene.toast_ticks > 0 else 0, scene.contrast,
                bool(self.app.settings["reduced_motion"]), id(self.app.story),
                tuple(scene.live.errors or ()), self.ambient > 0)

    def damage(self) -> list[pygame.Rect] | None:
        """The parts of the window that differ from the frame presented before the one just
        drawn: where motes were and are, her light, the line being typed. None: present all
        of it (something else changed)."""
        shown, self._shown = self._shown, self._drawn
        if shown is None or self._drawn is None or shown[0] != self._drawn[0]:
            return None
        return shown[1] + self._drawn[1]

    def relayout(self) -> None:
        layout = self.app.layout
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
        target.blit(self.app.backdrops.get(self.bg or "black", size), (0, 0))
        if self.fade < theme.FADE_TICKS and self.old_bg:
            old = self.app.backdrops.get(self.old_bg, size)
            old.set_alpha(round(255 * (1 - self.fade / theme.FADE_TICKS)))
            target.blit(old, (0, 0))
            old.set_alpha(None)
        moving: list[pygame.Rect] = []
        if not self.app.settings["reduced_motion"]:
            self.motes.draw(target, layout, min(1.0, self.ambient / 120 + 0.35))
            moving += self.motes.rects
        centre = layout.point(theme.DESIGN_W / 2, layout.y0 + theme.SAMANTHA_Y)
        radius = layout.s(theme.SAMANTHA_R)
        self.samantha.draw(target, centre, radius)
        moving.append(pygame.Rect(centre[0] - 2 * radius, centre[1] - 2 * radius, 4 * radius,
                                  4 * radius))
        if not self.scene.box.done:
            moving.append(self.scene.box.box_rect(layout).inflate(4, 4))
        contrast = self.scene.contrast
        key = (size, layout.scale, layout.text_scale, self.scene.box.text,
               id(self.scene.choices))
        if key != self._layout_key:
            self.relayout()
            self._layout_key = key
        boxed = self.card_ticks < CARD_OUT or not self.card  # the card has the screen alone
        if boxed:
            self.scene.box.draw(target, layout, contrast, mark=self.scene.choices is None)
        if self.scene.choices is not None:
            self.scene.choices.draw(target, layout, contrast)
        if self.scene.show_meters:
            timer = getattr(self.app.speedrun, "timer_left", None)  # side by side with it
            self.meters.draw(target, layout, self.scene.play.meters(), contrast,
                             right=timer - 12 if timer is not None else None)
        if boxed:
            self._menu(target, layout)
        if self.card_ticks > 0 and self.card:
            self._card(target, layout)
        self._modes(target, layout)  # over the card: skipping is never hidden
        if self.scene.toast_ticks > 0:
            self._toast(target, layout)
        if target is self.app.window:
            self._drawn = (self._signature() + (self.scene.box.done,), moving)

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
        phase = (self.motes.tick // 8) % 2 if self.scene.skipping else 0
        for n in range(2):  # >> : fast forward, the chevrons stepping while it runs
            left = x + n * size * 2 + phase * size // 2
            pygame.draw.polygon(target, ink, [(left, rect.centery - size),
                                              (left + size + 2, rect.centery),
                                              (left, rect.centery + size)])
        label = render("  \u00b7  ".join(self.mode_words()), layout.font(theme.SMALL_SIZE + 3),
                       ink)
        target.blit(label, label.get_rect(midleft=(x + size * 5, rect.centery)))

    def _card(self, target: pygame.Surface, layout: theme.Layout) -> None:
        """The chapter title card: fades in, holds, fades out over the scene."""
        t = self.card_ticks
        fade = min(1.0, t / 30, (theme.CARD_TICKS - t) / 20 + 0.0001)
        if self.app.settings["reduced_motion"]:
            fade = 1.0
        target.blit(veil(target.get_size(), round(150 * fade)), (0, 0))
        number, title = self.card
        big = layout.font(theme.CARD_SIZE, style="light").render(title, True, theme.CREAM)
        big.set_alpha(round(255 * fade))
        centre = layout.point(theme.DESIGN_W / 2, layout.y0 + layout.H * 0.42)
        target.blit(big, big.get_rect(center=centre))
        if number:
            small = layout.font(theme.SMALL_SIZE + 3).render(number.upper(), True, theme.PEACH)
            small.set_alpha(round(255 * fade))
            target.blit(small, small.get_rect(center=(centre[0], centre[1] - layout.s(62))))
        line_w = layout.s(120)
        y = centre[1] + layout.s(52)
        pygame.draw.line(target, theme.mix(theme.INK, theme.CORAL, fade),
                         (centre[0] - line_w // 2, y), (centre[0] + line_w // 2, y), 2)

    def _toast(self, target: pygame.Surface, layout: theme.Layout) -> None:
        """The notice ("Loaded slot 3.") fades out over its last moments instead of
        vanishing, so the eye catches it leaving (reduced motion: it just goes)."""
        label = render(self.scene.toast, layout.font(theme.SMALL_SIZE), theme.CREAM)
        rect = label.get_rect(midtop=layout.point(theme.DESIGN_W / 2, layout.y0 + 24)).inflate(
            layout.s(28), layout.s(14))
        fade = 1.0 if self.app.settings["reduced_motion"] else min(
            1.0, self.scene.toast_ticks / TOAST_FADE)
        card = panel(rect.size, theme.PANEL, 230, rect.height // 2, theme.PANEL_EDGE).copy()
        card.blit(label, label.get_rect(center=(rect.width // 2, rect.height // 2)))
        if fade < 1.0:
            card.set_alpha(round(255 * fade))
        target.blit(card, rect)
