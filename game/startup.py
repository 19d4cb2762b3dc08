"""Python's cyclic garbage collector held off while the game starts, and what start-up made
kept out of its way afterwards.

Starting the window makes some hundred thousand objects that live as long as the game does
(modules, classes, tables, the story), and the collector would walk them all, again and again,
while they are being made: 3-12 ms of every start-up. So the command line holds it (`hold`)
and the window lets it go on the frame after the title's first (`release`), other commands
once their module is imported. What exists then is frozen out of the collector's generations
(`gc.freeze`), so no later collection, in the middle of a frame, walks it either.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """No cyclic collection until `release` (reference counting frees everything else)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Collecting again, over what is made from now on; a no-op unless `hold` held it."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
