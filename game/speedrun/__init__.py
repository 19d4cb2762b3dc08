"""Speedrunning, pure Python (no pygame anywhere below here): categories, the run recorder,
`.herrun` files that verify themselves, personal bests and splits, route ranking by in-game time
and the LiveSplit Server client — so `replay verify` runs headless. What the window adds (the
controller that drives a run from the play scene, the timer overlay) is `game.ui.speedrun`."""
