"""The window's voice, played as a player hears it: the shipped story in the play scene, the
game's own mixer on SDL's dummy output, keys posted to the real loop."""

from __future__ import annotations

import os
import threading
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.audio.mixer import VOICE_CHANNEL  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def test_a_voiced_line_is_heard_from_a_frame_after_its_own_decoded_off_the_frame(
        tmp_path, monkeypatch):
    """The frame that shows a line used to decode its clip (2-5 ms of Ogg): now the clip is
    decoded on the voice thread and starts a frame or so later, the line's own clip, and
    the frames showing lines decode none."""
    from game.audio import open_audio
    from game.core.story import Story
    from game.ui.app import App
    from game.ui.scenes.play import PlayScene

    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    decoded: list[tuple[str, str]] = []
    real = pygame.mixer.Sound

    def sound(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if args and "voice" in Path(str(args[0])).parts:
            decoded.append((Path(str(args[0])).stem, threading.current_thread().name))
        return real(*args, **kwargs)

    monkeypatch.setattr(pygame.mixer, "Sound", sound)
    pygame.mixer.quit()
    story = Story.open(ROOT / "story", seed=1)
    mixer = open_audio(ROOT / "story", {}, names=story.config.character_names,
                       allow_dummy=True)
    app = App(story, tmp_path, size=(640, 360), fullscreen=False, seed=1, sound=mixer)
    try:
        play = PlayScene(app)
        app.replace(play)
        heard, shown = [], None
        for _ in range(30):
            play.box.complete()
            play.view.card_ticks = 0
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_1 if
                                                 play.choices is not None else pygame.K_SPACE,
                                                 mod=0, unicode="", scancode=0))
            app.frame(1 / 60)  # the key: the next line shown
            history = play.play.session.history
            line = history[-1].line if history else None
            if line is None or line is shown or not mixer.has_voice(line):
                continue
            shown = line
            mixer.library.voice_done()
            for _ in range(2):
                app.frame(1 / 60)
            assert mixer._voice is not None and mixer._voice.line_id == line.line_id, \
                "a line's own clip, heard a frame or two after the line"
            assert pygame.mixer.Channel(VOICE_CHANNEL).get_busy()
            heard.append(line.line_id)
        assert len(heard) >= 4, heard
        assert decoded and {thread for _, thread in decoded} == {"voice-decoder"}, decoded
    finally:
        app.writer.close()
        mixer.close()
        pygame.display.quit()
        pygame.mixer.quit()
