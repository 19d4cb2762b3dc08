"""Every colour, size and font of the window, in one place: the film's warm corals and reds,
soft light, quiet type.

Sizes are in design pixels on a 1280x720 grid; `Layout` turns them into window pixels, so the
same numbers read well at any window size. The type is Lato, a humanist sans made for reading,
from the `font-lato` package (a project dependency, never downloaded at run time), in light,
regular and italic; pygame-ce's bundled font stands in only if that package is missing.
"""

from __future__ import annotations

import pygame

DESIGN_W, DESIGN_H = 1280, 720
MIN_W, MIN_H = 640, 360

# --- palette --------------------------------------------------------------------------
INK = (44, 18, 22)  # the darkest warm tone: panel shadows, text on light
CORAL = (224, 115, 90)
RED = (196, 62, 58)
PEACH = (242, 164, 119)
ROSE = (229, 143, 164)
CREAM = (250, 236, 222)
SAND = (236, 205, 180)
MUTED = (206, 166, 150)  # secondary text
DIM = (150, 110, 104)  # disabled text, locked entries
PANEL = (52, 22, 26)  # dialogue box and menus (drawn translucent)
PANEL_ALPHA = 224
PANEL_EDGE = (240, 150, 120)
HOVER = (120, 46, 44)
SELECT = (236, 128, 100)
OVERLAY_ALPHA = 236  # dimming behind history, settings and lists

# Each screen over the story has its own opaque backdrop (top colour, bottom colour), so the
# story never shows through and a player can tell at a glance which screen is up.
SCREENS: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    "menu": ((70, 26, 34), (24, 8, 12)),
    "history": ((36, 20, 30), (14, 8, 14)),
    "saves": ((58, 30, 24), (20, 10, 10)),
    "settings": ((30, 26, 40), (12, 10, 18)),
    "chapters": ((64, 36, 30), (22, 12, 12)),
    "gallery": ((46, 22, 44), (16, 8, 16)),
    "help": ((40, 30, 26), (14, 10, 10)),
    "stories": ((28, 34, 42), (10, 12, 18)),
}
HIGH_CONTRAST_BACKDROP = (0, 0, 0)

HIGH_CONTRAST_PANEL = (16, 6, 8)
HIGH_CONTRAST_TEXT = (255, 255, 255)
HIGH_CONTRAST_DIM = (178, 178, 178)  # locked and secondary text, still 9:1 on black

# Samantha's form, by #mood: (core colour, glow colour, breathing rate in breaths/s)
MOODS: dict[str, tuple[tuple[int, int, int], tuple[int, int, int], float]] = {
    "curious": ((255, 196, 150), (240, 120, 90), 0.30),
    "warm": ((255, 208, 160), (236, 110, 70), 0.24),
    "playful": ((255, 214, 170), (246, 132, 120), 0.42),
    "hurt": ((214, 120, 120), (150, 50, 58), 0.18),
    "distant": ((210, 180, 176), (120, 90, 96), 0.14),
    "radiant": ((255, 236, 200), (255, 160, 96), 0.34),
}
DEFAULT_MOOD = "warm"

# --- sizes (design pixels) ------------------------------------------------------------
TEXT_SIZE = 27
NAME_SIZE = 25
CHOICE_SIZE = 25
SMALL_SIZE = 19
TITLE_SIZE = 76
HEADING_SIZE = 40
CARD_SIZE = 58

MARGIN = 48
BOX_H = 156  # dialogue box height (it grows for long lines)
BOX_PAD = 28
MENU_ROW = 30  # the quick menu's row along the bottom of the dialogue box
LINE_GAP = 8
CHOICE_H = 54
CHOICE_W = 760
CHOICE_GAP = 12
RADIUS = 14
BUTTON_H = 46
SAMANTHA_Y = 150  # the centre of Samantha's form, above where choices stack
SAMANTHA_R = 80

# --- timing (ticks at 60 Hz) ----------------------------------------------------------
FADE_TICKS = 36  # a scene change cross-fade
CARD_TICKS = 150  # a chapter title card stays this long
AMBIENT_TICKS = 600  # drifting light settles this long after the last thing that happened
HISTORY_LINES = 250


READABLE_SCALE = 0.62  # the smallest scale drawn: 19 px small type stays ~12 px at 640x360


class Layout:
    """Design pixels -> window pixels: one uniform scale, the 1280x720 design area centred.

    `ui_scale` (the Interface size setting) zooms every screen about the window's centre, and
    small windows never go below `READABLE_SCALE`, so type stays readable at 640x360. Both
    make the visible canvas smaller than 1280x720 design pixels: screens lay out against
    `x0, y0, W, H` (the visible canvas in design pixels: for a 16:9 window at scale 1 that is
    0, 0, 1280, 720) and scroll what does not fit, so nothing is cut. `text_scale` (Text
    size) grows the story's text on top of that."""

    def __init__(self, size: tuple[int, int], text_scale: float = 1.0,
                 ui_scale: float = 1.0) -> None:
        self.width, self.height = size
        fit = min(self.width / DESIGN_W, self.height / DESIGN_H)
        self.scale = max(fit, READABLE_SCALE) * ui_scale
        self.text_scale = text_scale
        self.ui_scale = ui_scale
        self.left = (self.width - DESIGN_W * self.scale) / 2
        self.top = (self.height - DESIGN_H * self.scale) / 2
        self.W = self.width / self.scale  # the visible canvas, in design pixels
        self.H = self.height / self.scale
        self.x0 = -self.left / self.scale
        self.y0 = -self.top / self.scale

    @property
    def x1(self) -> float:
        return self.x0 + self.W

    @property
    def y1(self) -> float:
        return self.y0 + self.H

    def s(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def point(self, x: float, y: float) -> tuple[int, int]:
        return round(self.left + x * self.scale), round(self.top + y * self.scale)

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        left, top = self.point(x, y)
        return pygame.Rect(left, top, self.s(w), self.s(h))

    def bottom_rect(self, x: float, from_bottom: float, w: float, h: float) -> pygame.Rect:
        """A rect anchored to the window's bottom edge (dialogue box), not the design area's."""
        left = round(self.left + x * self.scale)
        top = self.height - self.s(from_bottom)
        return pygame.Rect(left, top, self.s(w), self.s(h))

    def font(self, size: int, *, text: bool = False, style: str = "regular") -> pygame.font.Font:
        scale = self.scale * (self.text_scale if text else 1.0)
        return font(max(8, round(size * scale)), style)


_FONTS: dict[tuple[int, str], pygame.font.Font] = {}
FACES = {"regular": "Lato", "light": "LatoLight", "italic": "LatoItalic",
         "bold": "LatoBold"}


def face_path(style: str = "regular") -> str | None:
    """The font file for a style, from the font-lato package; None if it is not installed."""
    try:
        import font_lato
    except ImportError:
        return None
    return font_lato.font_files.get(FACES.get(style, "Lato"))


FONT_PROBLEMS: list[str] = []  # why a face fell back to pygame's own (told once, at exit)


def font(pixels: int, style: str = "regular") -> pygame.font.Font:
    """Lato at a pixel size and style; cached because building one costs ~1 ms. Kerning is on
    (SDL_ttf's default for TrueType), and lines are rendered whole, so spacing stays true.
    A missing face falls back to pygame's bundled font and says so (FONT_PROBLEMS): a broken
    install or player build must not pass for a working one."""
    cached = _FONTS.get((pixels, style))
    if cached is None:
        path = face_path(style)
        try:
            if path is None:
                raise OSError("the font-lato package is not installed")
            cached = pygame.font.Font(path, pixels)
        except (OSError, pygame.error) as exc:
            problem = (f"the {style} reading face is missing ({exc}); using pygame's default "
                       "font (pip install font-lato)")
            if problem not in FONT_PROBLEMS:
                FONT_PROBLEMS.append(problem)
            cached = pygame.font.Font(None, pixels)
        _FONTS[(pixels, style)] = cached
    return cached


def hex_colour(text: str, fallback: tuple[int, int, int] = SAND) -> tuple[int, int, int]:
    try:
        return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
    except (ValueError, TypeError, IndexError):
        return fallback


def mix(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, int, int]:
    t = max(0.0, min(1.0, t))
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=False))  # type: ignore[return-value]


# --- speedrun timer (game/ui/speedrun/overlay.py): the colours runners expect -----------------
TIMER_SIZE = 34
TIMER_W = 300
SPLIT_AHEAD = (84, 200, 110)
SPLIT_BEHIND = (226, 78, 70)
SPLIT_GOLD = (240, 196, 60)
SPLIT_EVEN = CREAM
