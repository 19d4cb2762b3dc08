"""The player's settings: one declarative table, validated on load, written atomically.

Every setting is declared once in `SETTINGS` with its default and its bounds, so the settings
screen, the loader and the tests all read the same table. A bad value in settings.json falls
back to its default with a message instead of crashing; a damaged file falls back to the
previous good copy (files.previous_copy).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .files import atomic_write_text, is_valid_text, read_json_object, read_with_fallback, shown

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 256 * 1024


@dataclass(frozen=True)
class Setting:
    """One preference: its kind decides how it is validated and how the screen edits it."""

    name: str
    label: str
    kind: str  # "number" | "bool" | "volumes" | "size" | "text"
    default: object
    minimum: float = 0.0
    maximum: float = 1.0
    step: float = 0.1
    unit: str = ""
    shown: bool = True  # hidden settings are remembered, not edited (window size)
    help: str = ""


SETTINGS: tuple[Setting, ...] = (
    Setting("text_speed", "Text speed", "number", 45, 10, 200, 5, " chars/s",
            help="How fast lines appear; 200 shows them at once."),
    Setting("auto_delay", "Auto-forward delay", "number", 2.0, 0.5, 10.0, 0.5, " s",
            help="How long auto-forward waits after a line (and after its voice)."),
    Setting("master_volume", "Master volume", "number", 0.8, 0.0, 1.0, 0.1),
    Setting("music_volume", "Music volume", "number", 0.7, 0.0, 1.0, 0.1),
    Setting("voice_volume", "Voice volume", "number", 1.0, 0.0, 1.0, 0.1),
    Setting("sfx_volume", "Sound effects volume", "number", 0.8, 0.0, 1.0, 0.1),
    Setting("character_volumes", "Voice volume per character", "volumes", {}, 0.0, 1.0, 0.1),
    Setting("fullscreen", "Fullscreen", "bool", False, help="Also F11 or Alt+Enter."),
    Setting("text_size", "Text size", "number", 1.0, 0.8, 1.5, 0.1, "x",
            help="The story's lines and choices."),
    Setting("ui_scale", "Interface size", "number", 1.0, 0.8, 1.4, 0.1, "x",
            help="Every screen: menus, buttons, lists, saves, settings."),
    Setting("high_contrast", "High contrast", "bool", False,
            help="Solid panels and brighter text."),
    Setting("reduced_motion", "Reduced motion", "bool", False,
            help="No drifting light, no fades, a still Samantha."),
    Setting("skip_unread", "Skip unread lines", "bool", False,
            help="Skip (Tab / Ctrl) also passes lines you have not read."),
    Setting("skip_choices", "Skip past choices", "bool", False,
            help="Keep skipping after a choice instead of stopping there."),
    Setting("show_meters", "Show meters", "bool", False, help="Also M while playing."),
    Setting("self_voicing", "Self-voicing", "bool", False,
            help="Read narration, choices and menus aloud with espeak-ng. Also V."),
    Setting("voice_continues", "Voice continues on advance", "bool", False,
            help="Let a voice finish when you move on, instead of stopping it."),
    Setting("window_size", "Window size", "size", [1280, 720], 320, 16384, shown=False),
    Setting("skip_hint_seen", "Skip hint seen", "bool", False, shown=False,
            help="The 'Skip read text only' notice was shown once; it is not shown again."),
    Setting("speedrun_mode", "Speedrun mode", "bool", False,
            help="Instant text, skip all, a timer; R starts a new run, C picks the category."),
    Setting("speedrun_category", "Speedrun category", "text", "any", shown=False),
    Setting("speedrun_seed", "Speedrun seed", "number", 0, 0, 2**31 - 1, 1, shown=False,
            help="0: a new seed every run; any other number: seeded runs, the same for all."),
    Setting("livesplit", "LiveSplit Server", "bool", False,
            help="Send the in-game time and splits to LiveSplit (localhost:16834)."),
    Setting("livesplit_host", "LiveSplit host", "text", "localhost", shown=False),
    Setting("language", "Language", "text", "original", shown=False,
            help="A code such as fr: lines from the story's translations/fr.po; "
                 "'original': as written."),
    Setting("livesplit_port", "LiveSplit port", "number", 16834, 1, 65535, 1, shown=False),
)
BY_NAME = {setting.name: setting for setting in SETTINGS}


def validate(setting: Setting, value: object) -> object | None:
    """The clean value, or None when `value` does not fit the setting."""
    if setting.kind == "bool":
        return value if isinstance(value, bool) else None
    if setting.kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        if not setting.minimum <= value <= setting.maximum:
            return None
        return type(setting.default)(value) if isinstance(setting.default, int) else float(value)
    if setting.kind == "volumes":
        if not isinstance(value, dict):
            return None
        clean = {}
        for key, level in value.items():
            if (not is_valid_text(key) or len(key) > 64 or isinstance(level, bool)
                    or not isinstance(level, (int, float)) or not 0.0 <= level <= 1.0):
                return None
            clean[key] = float(level)
        return clean
    if setting.kind == "size":
        if (isinstance(value, list) and len(value) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                and all(setting.minimum <= v <= setting.maximum for v in value)):
            return list(value)
        return None
    if setting.kind == "text":
        if isinstance(value, str) and 0 < len(value) <= 255 and value.isprintable():
            return value
        return None
    raise AssertionError(setting.kind)


@dataclass
class Settings:
    path: Path | None = None
    values: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)  # what loading had to repair

    def __post_init__(self) -> None:
        for setting in SETTINGS:
            self.values.setdefault(setting.name, _copy(setting.default))

    def __getitem__(self, name: str) -> object:
        return self.values[name]

    def set(self, name: str, value: object) -> None:
        """Change one setting; a value that does not fit raises ValueError (a caller's bug)."""
        setting = BY_NAME[name]
        clean = validate(setting, value)
        if clean is None:
            raise ValueError(f"{value!r} does not fit setting '{name}'")
        self.values[name] = clean

    def step(self, name: str, direction: int) -> object:
        """Move a number one step up or down (clamped), flip a bool; returns the new value."""
        setting = BY_NAME[name]
        if setting.kind == "bool":
            self.values[name] = not self.values[name]
        elif setting.kind == "number":
            raw = self.values[name] + direction * setting.step
            raw = min(setting.maximum, max(setting.minimum, round(raw, 4)))
            self.values[name] = type(setting.default)(raw) if isinstance(
                setting.default, int) else float(raw)
        return self.values[name]

    def character_volume(self, character_id: str) -> float:
        return float(self.values["character_volumes"].get(character_id, 1.0))

    def dumps(self) -> str:
        """The settings file's text, as `save` writes it (the window writes it off the frame)."""
        return json.dumps({"version": SETTINGS_VERSION, **self.values}, indent=1,
                          sort_keys=True)

    def save(self, text: str | None = None) -> None:
        """Write `text` (from `dumps()`, taken earlier) or the settings as they are now."""
        if self.path is None:
            return
        atomic_write_text(self.path, self.dumps() if text is None else text)


def _copy(value: object) -> object:
    return json.loads(json.dumps(value))


def load_settings(save_dir: str | Path) -> Settings:
    path = Path(save_dir) / SETTINGS_FILE
    settings = Settings(path=path)
    data, messages = read_with_fallback(path, lambda p: read_json_object(p, MAX_SETTINGS_BYTES,
                                                                      per_field=True))
    settings.messages.extend(messages)
    for setting in SETTINGS:
        if data is None or setting.name not in data:
            continue
        clean = validate(setting, data[setting.name])
        if clean is None:
            settings.messages.append(f"{path}: '{setting.name}' was {shown(data[setting.name])},"
                                     f" not valid; reset to {shown(setting.default)}")
            clean = _copy(setting.default)
        settings.values[setting.name] = clean
    return settings
