"""Speedrun mode in the window: the controller (keys, timer, a run's recording) and the timer
overlay, built on the pure `game.speedrun`."""
