"""Every key, button and wheel binding of the window, as data: action name -> what triggers it.

Like Ren'Py's `config.keymap`: scenes never compare an event with a key constant; they ask
`pressed(event, "rollback")`, and the Help screen is written from this same table, so changing a
binding here changes both what the key does and what Help says (tests/test_keymap.py holds
both). A binding is a string:

- `K_<name>`: a key, pygame's name (`K_SPACE`, `K_PAGEUP`, `K_F1`, `K_a`). Prefixes say which
  modifiers must be held: `ctrl_`, `alt_`, `shift_`; Ctrl and Alt not named must be up (so
  Alt+Enter is not Enter); `noshift_` asks for Shift up too, otherwise Shift is ignored.
- a single character (`?`): the text a key types, whatever the keyboard layout puts it on.
- `mouse_<n>`: a mouse button going down (1 left, 2 middle, 3 right); `wheelup`, `wheeldown`.
- `pad_<n>`: a gamepad button (0 is A, 1 is B, 7 is Start on the common layouts);
  `hat_up`, `hat_down`, `hat_left`, `hat_right`: the D-pad.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

KEYMAP: dict[str, tuple[str, ...]] = {
    # playing
    "dismiss": ("K_SPACE", "K_RETURN", "K_KP_ENTER", "pad_0"),  # finish the line, go on
    "choose": tuple(f"K_{n}" for n in range(1, 10)),  # the n-th answer
    "game_menu": ("K_ESCAPE", "K_BACKSPACE", "mouse_3", "pad_1", "pad_7"),
    "rollback": ("K_PAGEUP", "wheelup"),
    "rollforward": ("K_PAGEDOWN", "wheeldown"),
    "history": ("K_h",),
    "toggle_skip": ("K_TAB",),
    "hold_skip": ("K_LCTRL", "K_RCTRL"),  # skips while held
    "toggle_auto": ("K_a",),
    "toggle_meters": ("K_m",),
    "quick_save": ("K_F5",),
    "quick_load": ("K_F9",),
    "reload": ("shift_K_r",),  # rebuild the story now (hot reload does it on save)
    # anywhere
    "help": ("K_F1", "?"),
    "self_voicing": ("noshift_K_v",),
    "toggle_fullscreen": ("K_F11", "alt_K_RETURN", "alt_K_KP_ENTER"),
    # menus and lists
    "focus_up": ("K_UP", "K_w", "hat_up"),
    "focus_down": ("K_DOWN", "K_s", "hat_down"),
    "focus_left": ("K_LEFT", "hat_left"),
    "focus_right": ("K_RIGHT", "hat_right"),
    "button_select": ("K_RETURN", "K_KP_ENTER", "K_SPACE", "pad_0"),
    "back": ("K_ESCAPE", "K_BACKSPACE", "mouse_3", "pad_1"),
    "quit_prompt": ("K_ESCAPE",),  # on the title screen: "Quit the game?"
    "page_up": ("K_PAGEUP",),
    "page_down": ("K_PAGEDOWN",),
    "list_top": ("K_HOME",),
    "list_bottom": ("K_END",),
    "delete_save": ("K_DELETE",),
    # speedrun mode
    "speedrun_reset": ("noshift_K_r",),
    "speedrun_category": ("noshift_K_c",),
}

# What the Help screen shows, in order: a heading, or (how, what it does). `how` is written with
# {action} placeholders, each replaced by that action's bindings as the player reads them
# ({action:1}: only the first of them).
HELP: tuple[str | tuple[str, str], ...] = (
    "Playing",
    ("{dismiss}, left click", "finish the line, then go on"),
    ("{choose}, or {focus_up:1}/{focus_down:1} then {button_select:1}",
     "answer a choice (nothing is picked until you point at it)"),
    ("{game_menu}", "the game menu"),
    ("{rollback}", "roll back a line"),
    ("{rollforward}", "roll forward again"),
    ("{history}", "history"),
    ("{toggle_skip}, hold {hold_skip}", "skip read text"),
    ("{toggle_auto}", "auto-forward"),
    ("{quick_save}, {quick_load}", "quick save, quick load"),
    ("{toggle_meters}", "meters"),
    "Anywhere",
    ("{self_voicing}", "read menus and lines aloud"),
    ("{toggle_fullscreen}", "full screen"),
    ("{help}", "this help"),
)

# Speedrun mode's own rows, shown on Help only while it is on.
SPEEDRUN_HELP: tuple[str | tuple[str, str], ...] = (
    "Speedrun",
    ("{speedrun_reset}", "start a new run (title, play, ending)"),
    ("{speedrun_category}", "next category (title)"),
)

_NAMES = {
    "K_SPACE": "Space", "K_RETURN": "Enter", "K_KP_ENTER": "", "K_ESCAPE": "Esc",
    "K_BACKSPACE": "Backspace", "K_PAGEUP": "Page Up", "K_PAGEDOWN": "Page Down",
    "K_TAB": "Tab", "K_LCTRL": "Ctrl", "K_RCTRL": "", "K_UP": "Up", "K_DOWN": "Down",
    "K_LEFT": "Left", "K_RIGHT": "Right", "K_HOME": "Home", "K_END": "End", "K_DELETE": "Delete",
    "mouse_1": "left click", "mouse_2": "middle click", "mouse_3": "right click",
    "wheelup": "wheel up", "wheeldown": "wheel down",
}
_MODS = (("ctrl_", pygame.KMOD_CTRL, "Ctrl+"), ("alt_", pygame.KMOD_ALT, "Alt+"),
         ("shift_", pygame.KMOD_SHIFT, "Shift+"))
_HATS = {"hat_up": (0, 1), "hat_down": (0, -1), "hat_left": (-1, 0), "hat_right": (1, 0)}
_MODIFIER_KEYS = {pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LALT, pygame.K_RALT,
                  pygame.K_LSHIFT, pygame.K_RSHIFT, pygame.K_LMETA, pygame.K_RMETA}


class KeymapError(ValueError):
    """A binding that names no key, button or wheel: caught when the table is read."""


@dataclass(frozen=True)
class Binding:
    kind: str  # "key", "text", "mouse", "wheel", "pad", "hat"
    value: object
    mods: int = 0  # modifiers that must be held
    shift: bool | None = None  # True: held, False: up, None: either

    def matches(self, event: pygame.event.Event) -> bool:
        kind = event.type
        if self.kind == "key":
            if kind != pygame.KEYDOWN or getattr(event, "key", None) != self.value:
                return False
            return self.value in _MODIFIER_KEYS or _mods_ok(event, self.mods, self.shift)
        if self.kind == "text":
            return kind == pygame.KEYDOWN and getattr(event, "unicode", "") == self.value and (
                not getattr(event, "mod", 0) & (pygame.KMOD_CTRL | pygame.KMOD_ALT))
        if self.kind == "mouse":
            return kind == pygame.MOUSEBUTTONDOWN and event.button == self.value
        if self.kind == "wheel":
            return kind == pygame.MOUSEWHEEL and event.y and (event.y > 0) == (self.value > 0)
        if self.kind == "pad":
            return kind == pygame.JOYBUTTONDOWN and event.button == self.value
        if self.kind == "hat":
            return kind == pygame.JOYHATMOTION and tuple(event.value) == self.value
        return False


def _mods_ok(event: pygame.event.Event, mods: int, shift: bool | None) -> bool:
    held = getattr(event, "mod", 0)
    for _prefix, flag, _label in _MODS[:2]:  # Ctrl and Alt: exactly as written
        if bool(held & flag) != bool(mods & flag):
            return False
    if shift is None:
        return True
    return bool(held & pygame.KMOD_SHIFT) == shift


def parse(spec: str) -> Binding:
    """One binding string -> what it matches; KeymapError for one that names nothing."""
    if len(spec) == 1:
        return Binding("text", spec)
    if spec in _HATS:
        return Binding("hat", _HATS[spec])
    if spec in ("wheelup", "wheeldown"):
        return Binding("wheel", 1 if spec == "wheelup" else -1)
    for prefix, kind in (("mouse_", "mouse"), ("pad_", "pad")):
        if spec.startswith(prefix) and spec[len(prefix):].isdigit():
            return Binding(kind, int(spec[len(prefix):]))
    rest, mods, shift = spec, 0, None
    changed = True
    while changed:
        changed = False
        for prefix, flag, _label in _MODS:
            if rest.startswith(prefix):
                rest, mods, changed = rest[len(prefix):], mods | flag, True
                if flag == pygame.KMOD_SHIFT:
                    shift = True
        if rest.startswith("noshift_"):
            rest, shift, changed = rest[len("noshift_"):], False, True
    code = getattr(pygame, rest, None) if rest.startswith("K_") else None
    if not isinstance(code, int):
        raise KeymapError(f"keymap: '{spec}' is not a key, button or wheel pygame knows")
    return Binding("key", code, mods, shift)


_parsed: dict[str, Binding] = {}


def bindings(action: str) -> list[Binding]:
    """The action's bindings, read from KEYMAP now (so a changed table takes effect at once)."""
    try:
        specs = KEYMAP[action]
    except KeyError:
        raise KeymapError(f"keymap: no action '{action}'") from None
    out = []
    for spec in specs:
        if spec not in _parsed:
            _parsed[spec] = parse(spec)
        out.append(_parsed[spec])
    return out


def pressed(event: pygame.event.Event, *actions: str) -> bool:
    """True when `event` triggers any of the named actions."""
    return any(b.matches(event) for action in actions for b in bindings(action))


def index(event: pygame.event.Event, action: str) -> int | None:
    """Which of the action's bindings `event` is (0-based), for numbered actions such as
    "choose": its n-th binding picks the n-th answer."""
    for i, binding in enumerate(bindings(action)):
        if binding.matches(event):
            return i
    return None


def direction(event: pygame.event.Event) -> int:
    """-1 up, +1 down, 0 neither."""
    if pressed(event, "focus_up"):
        return -1
    if pressed(event, "focus_down"):
        return 1
    return 0


def sideways(event: pygame.event.Event) -> int:
    """-1 left, +1 right, 0 neither."""
    if pressed(event, "focus_left"):
        return -1
    if pressed(event, "focus_right"):
        return 1
    return 0


def released(event: pygame.event.Event, action: str) -> bool:
    """A key of `action` going up (for held actions: Ctrl released stops skipping)."""
    return event.type == pygame.KEYUP and any(
        b.kind == "key" and b.value == getattr(event, "key", None) for b in bindings(action))


def event_for(action: str) -> pygame.event.Event:
    """A KEYDOWN that triggers `action` (its first key binding): what the screenshot tour
    and other scripted drivers post, so they follow a changed table too."""
    for binding in bindings(action):
        if binding.kind == "key" and binding.shift is not True:
            return pygame.event.Event(pygame.KEYDOWN, key=binding.value, mod=binding.mods,
                                      unicode="", scancode=0)
    raise KeymapError(f"keymap: '{action}' has no key to press")


# --- what the player reads -----------------------------------------------------------------
def label(spec: str) -> str:
    """One binding as Help writes it ("" for one Help leaves out, such as keypad Enter)."""
    if spec in _NAMES:
        return _NAMES[spec]
    if len(spec) == 1:
        return spec
    if spec.startswith(("pad_", "hat_")):
        return ""  # the keyboard and mouse help; a pad's buttons follow its own layout
    mods, rest = "", spec
    changed = True
    while changed:
        changed = False
        for prefix, _flag, word in _MODS:
            if rest.startswith(prefix):
                rest, mods, changed = rest[len(prefix):], mods + word, True
        if rest.startswith("noshift_"):
            rest, changed = rest[len("noshift_"):], True
    if _NAMES.get(rest, None) == "":
        return ""
    name = _NAMES.get(rest) or (rest[2:].upper() if rest.startswith("K_") else rest)
    return mods + name


def describe(action: str) -> str:
    """The action's bindings for a person: "Page Up, wheel up"; a run of digit keys as
    "1–9"."""
    labels = [text for spec in KEYMAP[action] if (text := label(spec))]
    labels = list(dict.fromkeys(labels))
    digits = [int(t) for t in labels if t.isdigit()]
    if len(digits) > 2 and digits == list(range(digits[0], digits[0] + len(digits))):
        first = labels.index(str(digits[0]))
        labels = [*labels[:first], f"{digits[0]}–{digits[-1]}",
                  *[t for t in labels[first:] if not t.isdigit()]]
    return ", ".join(labels)


class _Described:
    """An action in a Help template: `{action}` all its bindings, `{action:1}` the first."""

    def __init__(self, action: str) -> None:
        self.action = action

    def __format__(self, spec: str) -> str:
        text = describe(self.action)
        return ", ".join(text.split(", ")[:int(spec)]) if spec.isdigit() else text


def help_rows(speedrun: bool = False) -> list[str | tuple[str, str]]:
    """The Help screen's rows, written from the table."""
    rows = [*HELP, *(SPEEDRUN_HELP if speedrun else ())]
    actions = {a: _Described(a) for a in KEYMAP}
    return [row if isinstance(row, str) else (row[0].format_map(actions), row[1])
            for row in rows]


def check() -> list[str]:
    """Every binding parses and every action Help names exists; problems as sentences."""
    problems = []
    for action, specs in KEYMAP.items():
        for spec in specs:
            try:
                parse(spec)
            except KeymapError as exc:
                problems.append(f"{action}: {exc}")
    for row in (*HELP, *SPEEDRUN_HELP):
        if not isinstance(row, str):
            try:
                row[0].format_map({a: _Described(a) for a in KEYMAP})
            except KeyError as exc:
                problems.append(f"Help names no action {exc}")
    return problems
