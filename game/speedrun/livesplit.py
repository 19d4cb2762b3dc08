"""An optional client for LiveSplit Server, so LiveSplit's Game Time shows the run's IGT.

LiveSplit Server's text protocol: one command per line (the client ends them CR LF; LiveSplit
reads either line ending), case sensitive. This client sends only commands that LiveSplit's own
command server (`CommandServer.cs`) handles — COMMANDS below — and never `initgametime`, which
LiveSplit does not know: starting the timer initialises game time by itself.

The client keeps the run's timer state (started, the splits done with their game times, the game
time now, paused or not), not just a queue of commands, because a connection can drop and
LiveSplit can be restarted mid-run. On every (re)connection it asks LiveSplit where its timer is
(`getcurrenttimerphase`, `getsplitindex`; those two answer with a line) and sends what brings it
to the run's state: the missing splits, each at its own game time, then the game time now. A new
run that LiveSplit was never told about starts from a reset.

A frame never waits for the network: the game's calls only update the state and queue a line;
a daemon thread connects, restores, sends, and reconnects quietly (with a growing pause) while
LiveSplit is not there.
"""

from __future__ import annotations

import collections
import socket
import threading
from dataclasses import dataclass, field, replace

from game.core.clock import format_ticks

DEFAULT_HOST = "localhost"
DEFAULT_PORT = 16834
QUEUE_SIZE = 256
CONNECT_TIMEOUT = 1.0
REPLY_TIMEOUT = 1.0
RETRY_MIN, RETRY_MAX = 0.5, 5.0

# what this client may send; every one is a case of LiveSplit's CommandServer.ProcessMessage
COMMANDS = frozenset({"starttimer", "split", "skipsplit", "reset", "setgametime", "pausegametime",
                      "unpausegametime", "getcurrenttimerphase", "getsplitindex"})


def game_time(ticks: int) -> str:
    return format_ticks(ticks)


@dataclass
class TimerState:
    """What LiveSplit's timer should show for the run in progress."""

    splits: list[int | None] = field(default_factory=list)  # game time of each split done,
    # None for one skipped (a chapter the route did not play)
    game_time: int = 0
    paused: bool = True  # game time stands still (menus, loads) until the run is in play
    ended: bool = False
    announced: bool = False  # LiveSplit was told this run started, on some connection


class LiveSplitClient:
    def __init__(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
        self.host, self.port = host, int(port)
        self.sent = 0  # lines written to a socket (tests and the overlay read it)
        self.connected = False
        self.restores = 0  # connections on which the timer state was sent again
        self._state: TimerState | None = None  # None: no run for LiveSplit to show
        self._reset_due = False  # a run was dropped while LiveSplit was not listening
        self._lines: collections.deque[str] = collections.deque()
        self._linked = False  # connected, and the state restored: lines go straight out
        self._stopping = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="livesplit", daemon=True)
        self._thread.start()

    # --- what the game calls: never blocks on the network --------------------------------
    def begin_run(self) -> None:
        """A new run: LiveSplit's timer restarts at game time zero, paused until play."""
        with self._wake:
            self._state = TimerState()
            self._send_locked("reset", "starttimer", "pausegametime",
                              f"setgametime {game_time(0)}")
            if self._linked:
                self._state.announced = True

    def set_game_time(self, ticks: int) -> None:
        with self._wake:
            if self._state is None or self._state.ended:
                return
            self._state.game_time = ticks
            self._send_locked(f"setgametime {game_time(ticks)}")

    def split_at(self, index: int, ticks: int) -> None:
        """The run reached LiveSplit's split `index` (0-based) at game time `ticks`: any split
        before it that the route did not pass is skipped, and this one taken at that time."""
        with self._wake:
            state = self._state
            if state is None or state.ended or index < len(state.splits):
                return
            lines = ["skipsplit"] * (index - len(state.splits))
            state.splits += [None] * (index - len(state.splits)) + [ticks]
            state.game_time = ticks
            self._send_locked(*lines, f"setgametime {game_time(ticks)}", "split")

    def finish(self, ticks: int) -> None:
        """The category is complete: the last split was the final one; the timer stands."""
        with self._wake:
            if self._state is not None:
                self._state.ended = True
                self._state.game_time = ticks

    def pause_game_time(self, ticks: int) -> None:
        self._set_paused(True, ticks)

    def resume_game_time(self, ticks: int) -> None:
        self._set_paused(False, ticks)

    def _set_paused(self, paused: bool, ticks: int) -> None:
        """Game time stands still (a menu, a load) or runs again, from `ticks`."""
        with self._wake:
            state = self._state
            if state is None or state.ended:
                return
            state.paused, state.game_time = paused, ticks
            self._send_locked(f"setgametime {game_time(ticks)}",
                              "pausegametime" if paused else "unpausegametime")

    def reset(self) -> None:
        """The run is over without a finish (voided, or dropped for a new one)."""
        with self._wake:
            if self._state is None:
                return
            if self._state.announced or self._linked:
                self._reset_due = not self._linked
            self._state = None
            self._send_locked("reset")

    def close(self, timeout: float = 1.0) -> None:
        """Send what is queued (briefly), then stop the thread."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout)

    def _send_locked(self, *lines: str) -> None:
        if not self._linked:
            self._wake.notify()  # the state says it all; the thread restores it on connect
            return
        for line in lines:
            if len(self._lines) >= QUEUE_SIZE:
                self._drop_one_time_update()
            self._lines.append(line)
        self._wake.notify()

    def _drop_one_time_update(self) -> None:
        for index, item in enumerate(self._lines):
            if item.startswith("setgametime"):
                del self._lines[index]
                return
        self._lines.popleft()

    # --- the thread -----------------------------------------------------------------------
    def _wanted(self) -> bool:
        """Something to do: lines to send, or a state LiveSplit has not been brought to."""
        return bool(self._lines) or (not self._linked and (
            self._reset_due or self._state is not None))

    def _run(self) -> None:
        sock: socket.socket | None = None
        retry = RETRY_MIN
        while True:
            with self._wake:
                while not self._stopping and not self._wanted():
                    self._wake.wait()
                if self._stopping and (not self._linked or not self._lines):
                    break
                line = self._lines.popleft() if self._linked and self._lines else None
            if sock is None:
                sock = self._connect()
                if sock is None:
                    with self._wake:
                        self._wake.wait(retry)
                    retry = min(RETRY_MAX, retry * 2)
                    continue
                retry = RETRY_MIN
                try:
                    self._restore(sock)
                except OSError:
                    sock = self._drop(sock)
                continue
            if line is None:
                continue
            try:
                sock.sendall((line + "\r\n").encode("ascii", "replace"))
                self.sent += 1
            except OSError:
                sock = self._drop(sock)  # the next connection restores the whole state
        if sock is not None:
            sock.close()
        self.connected = False

    def _drop(self, sock: socket.socket) -> None:  # the caller's socket becomes None
        sock.close()
        with self._wake:
            self._linked = False
            self._lines.clear()
        self.connected = False
        return None

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT)
        except OSError:
            return None
        sock.settimeout(REPLY_TIMEOUT)
        self.connected = True
        return sock

    def _restore(self, sock: socket.socket) -> None:
        """Bring LiveSplit's timer to the run's state, from wherever it is now."""
        with self._wake:
            state = replace(self._state, splits=list(self._state.splits)) \
                if self._state is not None else None
            reset_due, self._reset_due = self._reset_due, False
            if self._state is not None:
                self._state.announced = True
            self._lines.clear()
            self._linked = True  # lines from now on follow the state sent below
        buffer = bytearray()
        lines: list[str] = []
        if state is None:
            if reset_due:
                lines.append("reset")
        else:
            phase = self._ask(sock, "getcurrenttimerphase", buffer)
            index = self._ask(sock, "getsplitindex", buffer) if phase in (
                "Running", "Paused", "Ended") else None
            done = int(index) if index is not None and index.lstrip("-").isdigit() else None
            if not state.announced or phase not in ("Running", "Paused", "Ended") or \
                    done is None or done > len(state.splits) or (phase == "Ended"
                                                                  and not state.ended):
                lines += ["reset", "starttimer", "pausegametime", f"setgametime {game_time(0)}"]
                done = 0
            elif phase == "Ended":
                done = len(state.splits)
            for ticks in state.splits[done:]:
                lines += ["skipsplit"] if ticks is None else [f"setgametime {game_time(ticks)}",
                                                              "split"]
            if not state.ended:
                lines.append(f"setgametime {game_time(state.game_time)}")
                lines.append("pausegametime" if state.paused else "unpausegametime")
            self.restores += 1
        for line in lines:
            sock.sendall((line + "\r\n").encode("ascii"))
            self.sent += 1

    def _ask(self, sock: socket.socket, query: str, buffer: bytearray) -> str | None:
        """Send a query and read its one-line answer; None when LiveSplit does not answer."""
        sock.sendall((query + "\r\n").encode("ascii"))
        self.sent += 1
        while b"\n" not in buffer:
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                return None
            if not chunk:
                raise ConnectionResetError("LiveSplit closed the connection")
            buffer += chunk
        line, _, rest = bytes(buffer).partition(b"\n")
        buffer[:] = rest
        return line.decode("utf-8", "replace").strip()
