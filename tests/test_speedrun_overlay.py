"""The speedrun overlay as a runner sees it, at 1280×720 and 1920×1080: the split list with the
current split highlighted and deltas against the personal best in the runner's colours (green
ahead, red behind, gold for a best segment), the sum of best, and in practice mode the meters
panel beside the timer, never under it. Screenshots land in the test's folder to look at."""

from __future__ import annotations

import pygame
import pytest
from speedrun_support import play_run, speedrun_app, tap

from game.speedrun import splits as bests
from game.speedrun.categories import timer_splits
from game.ui import theme
from game.ui.scenes.play import PlayScene
from game.ui.speedrun.overlay import TIMER_X

SIZES = [(1280, 720), (1920, 1080)]


def colour_near(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int],
                slack: int = 40) -> int:
    """How many pixels inside `rect` are close to `colour` (text drawn in it)."""
    count = 0
    for x in range(rect.left, rect.right, 1):
        for y in range(rect.top, rect.bottom, 2):
            r, g, b, *_ = surface.get_at((x, y))
            if abs(r - colour[0]) + abs(g - colour[1]) + abs(b - colour[2]) < slack:
                count += 1
    return count


@pytest.mark.parametrize("size", SIZES)
def test_split_list_deltas_and_sum_of_best(tmp_path, size):
    app, controller = speedrun_app(tmp_path / "saves")
    app.window = pygame.display.set_mode(size)
    app.relayout()
    tap(app, pygame.K_r)
    play_run(app, [1, 1], gap=6)  # a personal best to compare against
    tap(app, pygame.K_r)
    play_run_until(app, controller, splits=2, gap=12)  # slower: behind at chapter two
    rows = bests.split_rows(app.profile, "any", timer_splits(app.story.config,
                                                               controller.recorder.category),
                            controller.recorder.splits)
    assert [r.state for r in rows] == ["behind", None] and rows[0].delta > 0
    assert rows[1].pb is not None  # the split still to come shows the PB's time
    assert bests.sum_of_best(app.profile, "any") is not None
    app.draw()
    path = app.screenshot(tmp_path / f"splits-{size[0]}x{size[1]}.png")
    assert path.exists()
    layout = app.layout
    panel = layout.rect(TIMER_X, 16, theme.TIMER_W, 300)
    assert colour_near(app.window, panel, theme.SPLIT_BEHIND) > 20  # the red delta is drawn


def play_run_until(app, controller, *, splits: int, gap: int) -> None:  # noqa: ANN001
    for _ in range(100):
        if len(controller.recorder.splits) >= splits:
            return
        top = app.top
        key = pygame.K_2 if isinstance(top, PlayScene) and top.choices is not None \
            else pygame.K_SPACE
        tap(app, key, ticks=gap)
    raise AssertionError("no such split")


@pytest.mark.parametrize("size", SIZES)
def test_practice_lays_meters_and_timer_side_by_side(tmp_path, size):
    app, controller = speedrun_app(tmp_path / "saves")
    app.window = pygame.display.set_mode(size)
    app.relayout()
    tap(app, pygame.K_r)
    play_run(app, [1, 1])
    state = app.marks.state("second")
    app.replace(PlayScene(app, state=state))  # chapter select: a practice run, meters on
    app.run_ticks(3)
    assert controller.practice and app.top.show_meters
    app.draw()
    app.screenshot(tmp_path / f"practice-{size[0]}x{size[1]}.png")
    timer = controller.timer_left
    assert timer is not None
    layout = app.layout
    meters_right = layout.point(timer - 12, 0)[0]
    timer_left = layout.point(timer, 0)[0]
    assert meters_right < timer_left  # the meters panel ends before the timer begins
    # the meters' bars (coral) are drawn left of the timer, none inside it
    inside = pygame.Rect(timer_left, layout.s(24), layout.s(theme.TIMER_W), layout.s(60))
    outside = pygame.Rect(meters_right - layout.s(300), layout.s(24), layout.s(300),
                          layout.s(60))
    assert colour_near(app.window, outside, theme.CORAL, 45) > 10
    assert colour_near(app.window, inside, theme.CORAL, 45) == 0


def test_split_rows_colour_ahead_behind_and_gold(tmp_path):
    """The colours the list uses, from the profile's bests: a run slower at chapter two but with
    a faster-than-ever final segment shows red, then gold."""
    from game.core.profile import load_profile

    profile = load_profile(tmp_path)
    pb = [{"name": "chapter:first", "igt": 0}, {"name": "chapter:second", "igt": 100},
          {"name": "ending:alone", "igt": 200}]
    bests.record(profile, "any", pb, 200, seed=1, run="")
    names = ["chapter:second", "ending:*"]
    slower = [{"name": "chapter:first", "igt": 0}, {"name": "chapter:second", "igt": 110}]
    rows = bests.split_rows(profile, "any", names, slower)
    assert (rows[0].state, rows[0].delta) == ("behind", 10) and rows[1].pb == 200
    rows = bests.split_rows(profile, "any", names, slower + [{"name": "ending:alone",
                                                              "igt": 190}])
    assert rows[1].state == "gold" and rows[1].delta == -10  # 80 ticks beats the best 100
    faster = [{"name": "chapter:first", "igt": 0}, {"name": "chapter:second", "igt": 90}]
    assert bests.split_rows(profile, "any", names, faster)[0].state in ("ahead", "gold")
    assert bests.sum_of_best(profile, "any") == 200
