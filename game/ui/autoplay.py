"""Autoplay for tests and trailers: plays the real app loop with no input.

It acts only through what a player does (finish a line, advance, pick a choice, dismiss the
ending), and only when the scene is `ready` (fades and title cards done), so every screenshot is
what a player would have seen. Choices come from `--choose` (1-based, in order), then from a
random generator seeded by `--seed`.
"""

from __future__ import annotations

import random
from pathlib import Path

from .scenes.ending import EndingScene
from .scenes.play import PlayScene
from .scenes.title import TitleScene
from .theme import CARD_TICKS

LINE_TICKS = 4  # ticks a finished line stays up before autoplay moves on


class AutoPlayer:
    fast = True  # the loop runs without sleeping: simulated time, not wall time

    def __init__(self, app, *, choose: list[int], seed: int | None, screenshots: str | None,
                 exit_on_ending: bool) -> None:
        self.app = app
        self.answers = list(choose)
        self.rng = random.Random(seed if seed is not None else 0)
        self.folder = Path(screenshots) if screenshots else None
        self.exit_on_ending = exit_on_ending
        self.count = 0
        self.pending: list[str] = ["title"]
        self.waited = 0
        self.ending: str | None = None
        self.saved: list[Path] = []
        self.chosen: list[int] = []

    def before_draw(self) -> bool:
        """Decide the next action; True when it changed the picture."""
        scene = self.app.top
        if isinstance(scene, PlayScene):
            self.pending += scene.shots
            scene.shots.clear()
        if self.pending:
            return self._shot_due(scene)  # draw first, shoot in after_draw
        if isinstance(scene, TitleScene):
            if self.ending is not None:
                self.app.quit()
                return False
            scene.start_new()
            return True
        if isinstance(scene, EndingScene):
            return self._ending(scene)
        if isinstance(scene, PlayScene):
            return self._play(scene)
        scene.close()
        return True

    def _shot_due(self, scene) -> bool:
        """Shoot when the picture has arrived: a title card fully in, a scene faded in."""
        if not isinstance(scene, PlayScene):
            return True
        if not scene.box.done:
            scene.box.complete()
        if self.pending[0].startswith("chapter"):
            card = scene.view.card_ticks
            return 0 < card <= CARD_TICKS - 30 or card == 0
        if scene.view.card_ticks > 0:
            scene.view.card_ticks = min(scene.view.card_ticks, 20)  # hurry the card along
        return scene.ready

    def _play(self, scene: PlayScene) -> bool:
        if not scene.box.done:
            scene.box.complete()
            return True
        if not scene.ready:
            return False
        self.waited += 1
        if self.waited < LINE_TICKS:
            return False
        self.waited = 0
        if scene.choices is not None:
            count = len(scene.choices.texts)
            answer = self.answers.pop(0) - 1 if self.answers else self.rng.randrange(count)
            self.chosen.append(min(max(answer, 0), count - 1) + 1)
            scene.choose(min(max(answer, 0), count - 1))
        else:
            scene.advance()
        return True

    def _ending(self, scene: EndingScene) -> bool:
        if scene.animating():
            return False
        if self.ending is None:
            self.ending = scene.ending.id
            self.pending.append(f"ending-{scene.ending.id}")
            return True
        if self.exit_on_ending:
            self.app.quit()
            return False
        scene.to_title()
        return True

    def after_draw(self) -> None:
        """Shoot the first pending picture if its moment has come (see _shot_due)."""
        if not self.pending or not self._shot_due(self.app.top):
            return
        reason = self.pending.pop(0)
        self.count += 1
        if self.folder is not None:
            name = f"{self.count:03d}-{reason}.png"
            self.saved.append(self.app.screenshot(self.folder / name))

    def report(self) -> int:
        """What the run did, printed for scripts; exit 0 when it reached an ending."""
        if self.ending:
            print(f"ENDING: {self.ending}")
        print(f"choices: {','.join(map(str, self.chosen)) or '-'}")
        if self.folder is not None:
            print(f"screenshots: {len(self.saved)} in {self.folder}")
        return 0 if self.ending else 2
