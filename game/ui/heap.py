"""Big pictures and sounds handed back to the system when they are freed.

glibc's malloc serves a block of 128 KB or more with its own mapping, returned when freed —
until the first such block is freed: then it raises that threshold to the block's size (up to
32 MB), and later backdrops (8 MB at 1080p), decoded music and rendered lines come from the
heap. A freed one stays resident under whatever was allocated after it, so the window's
memory rose chapter by chapter (198 -> 255 MB across the story at 1080p with audio, against
about 170 MB with the threshold fixed; measured with bench's memory figure). Setting the
threshold once turns that adjustment off. Elsewhere (macOS, Windows, musl) nothing is done.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number (malloc.h)
MMAP_THRESHOLD = 128 * 1024  # glibc's own default, kept fixed

_done: list[bool] = []


def keep_heap_flat() -> bool:
    """Fix malloc's mapping threshold for this process (once); whether it took."""
    if _done:
        return _done[0]
    took = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            took = bool(ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
        except (OSError, AttributeError):  # no mallopt in this C library
            took = False
    _done.append(took)
    return took
