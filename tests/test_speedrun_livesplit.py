"""The LiveSplit Server client against a fake server on loopback: a real run through the App
loop sends start, game times, splits and reset, in that order, in LiveSplit's text protocol."""

from __future__ import annotations

import socket
import threading
import time

import pygame
from speedrun_support import play_run, speedrun_app
from ui_support import key

from game.core.clock import format_ticks
from game.speedrun.livesplit import LiveSplitClient

DEADLINE = 10.0  # seconds: the fake server stops by itself, whatever happens


class FakeLiveSplit:
    """Accepts one client on 127.0.0.1 (an ephemeral port) and keeps every line it sends."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(DEADLINE)
        self.port = self.server.getsockname()[1]
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        end = time.monotonic() + DEADLINE
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        conn.settimeout(0.2)
        buffer = b""
        with conn:
            while time.monotonic() < end:
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                buffer += chunk
                *done, buffer = buffer.split(b"\r\n")
                self.lines += [line.decode("ascii") for line in done]
        self.server.close()

    def wait_for(self, count: int, text: str) -> None:
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end and self.lines.count(text) < count:
            time.sleep(0.01)


def test_a_run_reaches_livesplit_in_order(tmp_path):
    fake = FakeLiveSplit()
    app, controller = speedrun_app(tmp_path / "saves", livesplit=True,
                                   livesplit_host="127.0.0.1", livesplit_port=fake.port)
    key(app, pygame.K_r)
    play_run(app, [1, 1], gap=20)
    igt = controller.recorder.igt
    key(app, pygame.K_r)  # a new run: LiveSplit resets
    fake.wait_for(2, "reset")
    controller.close()
    lines = fake.lines
    assert "starttimer" in lines and lines.count("split") == 2  # chapter two, the ending
    start = lines.index("starttimer")
    splits = [i for i, line in enumerate(lines) if line == "split"]
    last_reset = max(i for i, line in enumerate(lines) if line == "reset")
    times = [i for i, line in enumerate(lines) if line.startswith("setgametime ")]
    assert start < times[0] < splits[0] < splits[1] < last_reset
    assert any(start < i < splits[0] for i in times[1:])  # game time flows between splits
    assert lines[splits[1] - 1] == f"setgametime {format_ticks(igt)}"  # the final IGT
    assert "unpausegametime" in lines and "pausegametime" in lines
    assert lines[start + 1] == "initgametime"


def test_the_client_never_blocks_when_livesplit_is_not_there():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    client = LiveSplitClient("127.0.0.1", port)
    start = time.perf_counter()
    for tick in range(2000):
        client.set_game_time(tick)
    assert time.perf_counter() - start < 0.5
    assert client.sent == 0 and not client.connected
    client.close(0.1)
