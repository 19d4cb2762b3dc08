"""One thread that does the window's file writes, in the order they were asked for.

A save in the window must not cost the frame that asks for it: encoding the save, encoding its
thumbnail, the fsync and the profile and settings writes all run here, and the frame only
captures what they need (immutable values). Jobs run strictly in order, so a save and the
profile written after it reach the disk in that order too. `join()` waits for everything asked
so far (a load, the save screens, quitting); `close()` waits and stops the thread. A job that
fails never stops the ones after it: its error is kept in `errors` for the window to show.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

_STOP = object()


class Writer:
    def __init__(self, name: str = "her-writer") -> None:
        self.errors: list[Exception] = []
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        self._closed = False

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def put(self, job: Callable[[], object]) -> None:
        """Run `job()` on the writer thread after every job put before it. After `close()`
        (the window is going away) the job runs at once, on the caller's thread: nothing
        asked for is ever dropped."""
        if self._closed:
            self._call(job)
            return
        self._queue.put(job)

    def join(self) -> None:
        """Wait until every job put so far has run."""
        if not self._closed:
            self._queue.join()

    @property
    def pending(self) -> int:
        return self._queue.unfinished_tasks

    def close(self) -> None:
        """Wait for every job, then stop the thread (quitting, closing the window)."""
        if self._closed:
            return
        self._queue.put(_STOP)
        self._thread.join()
        self._closed = True

    def _call(self, job: Callable[[], object]) -> None:
        try:
            job()
        except Exception as exc:  # noqa: BLE001 — one failed write must not stop the rest
            self.errors.append(exc)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is _STOP:
                    return
                self._call(job)
            finally:
                self._queue.task_done()
