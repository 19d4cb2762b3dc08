"""Speedrunning: categories, the run recorder, `.herrun` files that verify themselves, the timer
overlay, personal bests and the LiveSplit Server client. Everything but the overlay and the
window controller is pure Python, so `replay verify` runs headless."""
