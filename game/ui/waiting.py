"""A still window waits for input without looking for it every few milliseconds.

pygame-ce's `event.wait(timeout)` looks at SDL's queue every millisecond (2-3 % of a core in a
window where nothing moves). SDL itself, since 2.0.16, can block until the display's own
connection has something to say, a timer fires or another thread posts an event, on the
displays that support it (X11, Wayland, Windows, macOS), as long as no gamepad is attached (SDL
polls gamepads, so then it looks every millisecond too). pygame does not offer that wait, so
it is called in the SDL library pygame itself has loaded. Where it cannot be found, or the
display or a gamepad rules it out, the window looks for input every `POLL_MS` instead.
"""

from __future__ import annotations

import functools
import glob
import os
from collections.abc import Callable, Iterator

import pygame

POLL_MS = 8  # where SDL cannot wait: a look this often answers a key within half a frame
# the video drivers whose SDL waits on the display (the dummy and offscreen drivers poll)
BLOCKING_DRIVERS = frozenset({"x11", "wayland", "windows", "cocoa"})


def wait_for_input(limit_ms: int) -> None:
    """Sleep until an event is queued or `limit_ms` pass, leaving the event queued."""
    wait = blocking_wait()
    if wait is not None:
        wait(None, limit_ms)  # no event to fill in: SDL leaves it queued for event.get
        return
    deadline = pygame.time.get_ticks() + limit_ms
    while not pygame.event.peek():
        left = deadline - pygame.time.get_ticks()
        if left <= 0:
            return
        pygame.time.wait(min(POLL_MS, left))


def blocking_wait() -> Callable[[object, int], int] | None:
    """SDL's own wait for this window, or None where it would poll (no display SDL can wait
    on, a gamepad attached, an SDL too old, or its library not found)."""
    if not pygame.display.get_init() or pygame.display.get_driver() not in BLOCKING_DRIVERS:
        return None
    if pygame.joystick.get_init() and pygame.joystick.get_count():
        return None
    return _sdl_wait()


@functools.cache  # looked for once
def _sdl_wait() -> Callable[[object, int], int] | None:
    if pygame.get_sdl_version() < (2, 0, 16):
        return None
    import ctypes  # only for a window that waits: no cost at start-up

    for path in _sdl_libraries():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        wait = getattr(library, "SDL_WaitEventTimeout", None)
        if wait is not None:
            wait.argtypes = [ctypes.c_void_p, ctypes.c_int]
            wait.restype = ctypes.c_int
            return wait
    return None


def _sdl_libraries() -> Iterator[str]:
    """Where the SDL that pygame uses lives: the one mapped into this process (Linux), then
    where pygame's wheels keep theirs. Loading that same file again gives that same library,
    with the event queue pygame reads; another copy of SDL would have a queue of its own."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            mapped = {line.split()[-1] for line in maps if "libSDL2" in line}
    except OSError:
        mapped = set()
    yield from sorted(path for path in mapped  # SDL itself, not SDL2_mixer, _ttf or _image
                      if os.path.basename(path).startswith(("libSDL2-", "libSDL2.")))
    here = os.path.dirname(pygame.__file__)
    for pattern in (os.path.join(here, os.pardir, "pygame_ce.libs", "libSDL2-*"),
                    os.path.join(here, ".dylibs", "libSDL2*.dylib"),
                    os.path.join(here, "SDL2.dll")):
        yield from sorted(glob.glob(pattern))
