"""One thread that does the window's file writes, in the order they were asked for.

A save in the window must not cost the frame that asks for it: encoding the save, encoding its
thumbnail, the fsync and the profile and settings writes all run here, and the frame only
captures what they need (immutable values). Jobs run strictly in order, so a save and the
profile written after it reach the disk in that order too. `join()` waits for everything asked
so far (a load, the save screens, quitting); `close()` waits and stops the thread. A job that
fails never stops the ones after it: its error is kept in `errors` for the window to show.

A job put with a `key` is coalesced: while one with that key still waits its turn, a newer one
takes its place (in its place in the order), so a burst of autosaves or profile writes costs
one write — the latest — not one each. A job without a key ends the burst: what waits before it
is written as it was, so a chapter's own save never overtakes the autosaves before it. A job
that writes nothing (a note of how the writes went, `barrier=False`) leaves the burst open.

While a job waits or runs, the interpreter hands its lock between threads every half
millisecond instead of every five (`sys.setswitchinterval`): the frame thread is pure Python
most of the time, and a writer that gives the lock up at every system call (each write,
rename, fsync) used to wait up to five milliseconds each time for it to come back, so a save
asked for at the start of a long frame was written only after the frame. Once nothing waits,
the interval is put back.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from functools import partial

_STOP = object()
HASTE_SECONDS = 0.0005  # the switch interval while a write waits (Python's default: 0.005)


class _Haste:
    """The switch interval, shortened while any writer has a job and restored after: one
    count for every writer in the process (the interval is the interpreter's, not a
    thread's)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs = 0
        self._before = sys.getswitchinterval()

    def begin(self) -> None:
        with self._lock:
            if self._jobs == 0:
                self._before = sys.getswitchinterval()
                sys.setswitchinterval(min(self._before, HASTE_SECONDS))
            self._jobs += 1

    def end(self) -> None:
        with self._lock:
            self._jobs -= 1
            if self._jobs == 0:
                sys.setswitchinterval(self._before)


HASTE = _Haste()


class Writer:
    def __init__(self, name: str = "her-writer") -> None:
        self.errors: list[Exception] = []
        self._queue: queue.Queue = queue.Queue()
        # started by the first job: starting a thread waits for it to be scheduled, which on
        # a busy machine was most of what opening the window cost before its first frame
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False
        self._closed = False
        self._latest: dict[str, list] = {}  # key -> [its newest job], while still replaceable
        self._lock = threading.Lock()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def put(self, job: Callable[[], object], *, key: str | None = None,
            barrier: bool = True) -> None:
        """Run `job()` on the writer thread after every job put before it. After `close()`
        (the window is going away) the job runs at once, on the caller's thread: nothing
        asked for is ever dropped. With `key`, a job of that key still waiting is replaced
        by this one (only the latest of a burst is written) — unless a job without a key was
        put between them: that one keeps its place after the older. A keyless job with
        `barrier=False` writes nothing the burst must wait for, so it does not end it."""
        if self._closed:
            self._call(job)
            return
        with self._lock:
            if key is None:
                if barrier:
                    self._latest.clear()  # what waits now can no longer be replaced
            elif key in self._latest:
                self._latest[key][0] = job
                return
            else:
                holder = [job]
                self._latest[key] = holder
                job = partial(self._newest, key, holder)
            if not self._started:
                self._started = True
                self._thread.start()
            HASTE.begin()
        self._queue.put(job)

    def queued(self, key: str) -> bool:
        """Whether a job put now with `key` would replace one still waiting."""
        with self._lock:
            return key in self._latest

    def _newest(self, key: str, holder: list) -> None:
        with self._lock:
            if self._latest.get(key) is holder:
                del self._latest[key]
            job = holder[0]
        job()

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
        with self._lock:
            started = self._started
        if started:  # else nothing was ever asked for
            self._queue.put(_STOP)
            self._thread.join()
        self._closed = True
        while True:  # put after the stop (a save's last step, put by the save): run here
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            try:
                self._call(job)
            finally:
                HASTE.end()
                self._queue.task_done()

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
                if job is not _STOP:
                    HASTE.end()
                self._queue.task_done()
