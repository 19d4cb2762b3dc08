"""Self-voicing and Samantha's visualiser through the real app loop: V toggles reading aloud
(remembered in settings), menus and choices are read, and her form answers only her voice."""

import pygame
from ui_support import advance_to_choice, key, settle

from game.core.settings import load_settings
from game.ui.sound import SoundHook


class RecordingSound:
    """Stands in for the mixer: records what would be spoken, reports a voice playing."""

    def __init__(self, speaker: str | None = None, level: float = 0.0) -> None:
        self.spoken: list[str] = []
        self.speaker, self.level = speaker, level
        self.reading = False

    def set_self_voicing(self, on: bool) -> str:
        self.reading = on
        return "Self-voicing reads narration, choices and menus aloud (V toggles)." if on \
            else "Self-voicing off."

    def speak(self, text: str) -> bool:
        self.spoken.append(text)
        return True

    def speak_choices(self, choices) -> bool:
        self.spoken.append(" / ".join(choices))
        return True

    def voice_level(self, speaker=None) -> float:
        return self.level

    def voice_speaker(self):
        return self.speaker


def test_v_turns_reading_aloud_on_remembers_it_and_reads_menus_and_choices(app, tmp_path):
    sound = RecordingSound()
    app.sound = SoundHook(sound)
    key(app, pygame.K_v)
    assert sound.reading and app.settings["self_voicing"] is True
    assert load_settings(tmp_path)["self_voicing"] is True
    key(app, pygame.K_DOWN)
    focused = app.top.menu.buttons[app.top.menu.focus].label
    assert sound.spoken[-1] == focused
    app.top.menu.focus = next(i for i, b in enumerate(app.top.menu.buttons)
                              if b.label == "New game")
    key(app, pygame.K_RETURN)
    settle(app)
    advance_to_choice(app)
    assert sound.spoken[-1] == " / ".join(app.top.choices.texts)
    key(app, pygame.K_v)
    assert app.settings["self_voicing"] is False and not sound.reading


def test_samantha_form_answers_her_voice_only(app):
    app.top.menu.focus = next(i for i, b in enumerate(app.top.menu.buttons)
                              if b.label == "New game")
    key(app, pygame.K_RETURN)
    settle(app)
    view = app.top.view
    app.sound = SoundHook(RecordingSound(speaker="theodore", level=1.0))
    app.run_ticks(3)
    theirs = view.samantha.level if hasattr(view.samantha, "level") else None
    app.sound = SoundHook(RecordingSound(speaker="samantha", level=1.0))
    app.run_ticks(3)
    hers = view.samantha.level if hasattr(view.samantha, "level") else None
    assert theirs is not None and hers is not None
    assert theirs < 0.05  # Theodore's clip leaves her light quiet
    assert hers > 0.5  # her own voice swells it
