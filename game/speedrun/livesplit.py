"""An optional client for LiveSplit Server, sending in-game time so LiveSplit shows IGT.

LiveSplit Server's text protocol: one command per line, case sensitive, ended by CR LF;
`starttimer`, `initgametime`, `split`, `reset`, `pausegametime`, `unpausegametime`,
`setgametime TIME` with TIME as `[[[d.]hh:]mm:]ss[.fffffff]` (fields need no padding, so
h:mm:ss.fff fits). None of these answer, so the client only ever writes.

A frame must never wait for the network: commands go into a bounded queue and a daemon thread
connects, sends and reconnects quietly (with a growing pause) when LiveSplit is not there.
When the queue is full the oldest game-time updates are dropped first; a newer one follows.
"""

from __future__ import annotations

import queue
import socket
import threading

from game.core.clock import format_ticks

DEFAULT_HOST = "localhost"
DEFAULT_PORT = 16834
QUEUE_SIZE = 256
CONNECT_TIMEOUT = 1.0
RETRY_MIN, RETRY_MAX = 0.5, 5.0


def game_time(ticks: int) -> str:
    return format_ticks(ticks)


class LiveSplitClient:
    def __init__(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
        self.host, self.port = host, int(port)
        self.sent = 0  # commands written to a socket (tests and the overlay read it)
        self.connected = False
        self._queue: queue.Queue[str | None] = queue.Queue(QUEUE_SIZE)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="livesplit", daemon=True)
        self._thread.start()

    # --- what the game calls: never blocks ------------------------------------------------
    def command(self, text: str) -> None:
        try:
            self._queue.put_nowait(text)
        except queue.Full:
            self._drop_one_time_update()
            try:
                self._queue.put_nowait(text)
            except queue.Full:
                pass  # LiveSplit is far behind; the next setgametime corrects it

    def start(self) -> None:
        self.command("starttimer")
        self.command("initgametime")  # so LiveSplit's Game Time column exists for this run
        self.command("pausegametime")
        self.command("setgametime 0:00:00.000")

    def set_game_time(self, ticks: int) -> None:
        self.command(f"setgametime {game_time(ticks)}")

    def split(self, ticks: int) -> None:
        self.set_game_time(ticks)
        self.command("split")

    def pause(self, ticks: int) -> None:
        self.set_game_time(ticks)
        self.command("pausegametime")

    def unpause(self) -> None:
        self.command("unpausegametime")

    def reset(self) -> None:
        self.command("reset")

    def close(self, timeout: float = 1.0) -> None:
        """Send what is queued (briefly), then stop the thread."""
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            pass
        self._thread.join(timeout)
        self._stop.set()

    def _drop_one_time_update(self) -> None:
        with self._queue.mutex:
            for index, item in enumerate(self._queue.queue):
                if item is not None and item.startswith("setgametime"):
                    del self._queue.queue[index]
                    self._queue.not_full.notify()
                    return

    # --- the thread -----------------------------------------------------------------------
    def _run(self) -> None:
        sock: socket.socket | None = None
        pending: str | None = None
        retry = RETRY_MIN
        while not self._stop.is_set():
            if pending is None:
                pending = self._queue.get()
                if pending is None:
                    break
            if sock is None:
                sock = self._connect()
                if sock is None:
                    self._stop.wait(retry)
                    retry = min(RETRY_MAX, retry * 2)
                    continue
                retry = RETRY_MIN
            try:
                sock.sendall((pending + "\r\n").encode("ascii", "replace"))
                self.sent += 1
                pending = None
            except OSError:
                sock.close()
                sock = None
                self.connected = False
        if sock is not None:
            sock.close()
        self.connected = False

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT)
        except OSError:
            return None
        sock.settimeout(CONNECT_TIMEOUT)
        self.connected = True
        return sock
