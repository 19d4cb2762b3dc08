"""The fixed-tick game clock: every timer, autosave stamp and replay is measured in its ticks.

Logic advances in whole ticks of 1/TICK_RATE s; the window feeds it real elapsed time and it
answers how many ticks to run, so the same inputs at the same ticks give the same game, to the
tick, whatever the frame rate. Tests and replays call `advance(n)` and never sleep.
"""

from __future__ import annotations

TICK_RATE = 60  # ticks per second
MAX_CATCH_UP = 15  # after a stall, run at most this many ticks at once instead of spiralling


class Clock:
    """`tick` counts simulated ticks — what game logic, IGT and replays run on; `real` counts
    every tick of real time that passed, including what a stall or an idle wait skipped, for
    real-time figures (RTA, play time in saves)."""

    def __init__(self) -> None:
        self.tick = 0  # simulated ticks since the clock started
        self.real = 0  # real-time ticks since the clock started (never capped)
        self.paused = False
        self._accumulated = 0.0

    def feed(self, seconds: float) -> int:
        """Add real elapsed time; returns how many ticks to simulate now (0 while paused)."""
        if self.paused:
            return 0
        self._accumulated += max(0.0, seconds) * TICK_RATE
        whole = int(self._accumulated)
        self._accumulated -= whole
        self.real += whole
        due = min(whole, MAX_CATCH_UP)  # the rest is real time, not owed to the simulation
        self.tick += due
        return due

    def advance(self, ticks: int = 1) -> None:
        """Move the clock by whole ticks (replays, tests, headless runs)."""
        if not self.paused:
            self.tick += ticks
            self.real += ticks

    @staticmethod
    def seconds(ticks: int) -> float:
        return ticks / TICK_RATE

    @staticmethod
    def ticks(seconds: float) -> int:
        return round(seconds * TICK_RATE)


def format_ticks(ticks: int) -> str:
    """h:mm:ss.fff, the way speedrun timers show time."""
    millis = ticks * 1000 // TICK_RATE
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    seconds, millis = divmod(millis, 1000)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"
