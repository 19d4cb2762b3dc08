"""The LiveSplit Server client against a stand-in server on loopback that keeps a timer the way
LiveSplit's command server does: a real run through the App loop sends only commands from
LiveSplit's own list, in order; after a dropped connection (LiveSplit still running, or
restarted) the timer is restored — started, the splits done, the game time; practice runs send
nothing."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import pygame
import pytest
from speedrun_support import play_run, speedrun_app, tap

from game.core.clock import format_ticks
from game.speedrun.livesplit import LiveSplitClient
from game.ui.scenes.play import PlayScene
from game.ui.scenes.settings import SettingsScene

DEADLINE = 20.0  # seconds: the stand-in stops by itself, whatever happens

# every command LiveSplit's CommandServer.ProcessMessage handles (LiveSplit.Core/Server)
LIVESPLIT_COMMANDS = {
    "startorsplit", "split", "undosplit", "unsplit", "skipsplit", "pause", "undoallpauses",
    "resume", "reset", "start", "starttimer", "setgametime", "setloadingtimes",
    "addloadingtimes", "pausegametime", "unpausegametime", "alwayspausegametime",
    "getgamename", "getcategoryname", "getdelta", "getsplitindex", "getsplitcount",
    "getsplitname", "getcurrentsplitname", "getlastsplitname", "getprevioussplitname",
    "getnextsplitname", "getlastsplittime", "getcurrentsplittime", "getcurrentrealtime",
    "getcurrentgametime", "getcurrenttime", "getfinaltime", "getbestpossibletime",
    "getpredictedtime", "getpausedrealtime", "getpausedgametime", "getoffset",
    "gettimerphase", "getcurrenttimerphase", "getcomparisonname", "setcomparison", "switchto",
    "gettimingmethod", "setsplitname", "setcurrentsplitname", "ping",
}
SEGMENTS = 2  # the fixture's Any% in LiveSplit: chapter two starts, the ending (chapter one's
# start at 0:00 is the timer starting)


class FakeLiveSplit:
    """Accepts clients on 127.0.0.1, one at a time, keeps every line, and keeps a timer as
    LiveSplit does (phase, split index, game time), answering the two queries with a line."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(2)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.lines: list[str] = []
        self.phase, self.index, self.game_time = "NotRunning", -1, None
        self.connections = 0
        self.conn: socket.socket | None = None
        self.closing = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end and not self.closing:
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            self.conn = conn
            conn.settimeout(0.2)
            buffer = b""
            while time.monotonic() < end and self.conn is conn:
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                buffer += chunk
                *done, buffer = buffer.split(b"\n")
                try:
                    for raw in done:
                        self._command(conn, raw.decode("ascii").rstrip("\r"))
                except OSError:  # dropped while answering a query: wait for the next client
                    break
            conn.close()
        self.server.close()

    def _command(self, conn: socket.socket, line: str) -> None:
        self.lines.append(line)
        name, _, arg = line.partition(" ")
        if name == "starttimer" and self.phase == "NotRunning":
            self.phase, self.index = "Running", 0
        elif name == "split" and self.phase == "Running":
            self.index += 1
            if self.index >= SEGMENTS:
                self.phase = "Ended"
        elif name == "reset":
            self.phase, self.index, self.game_time = "NotRunning", -1, None
        elif name == "setgametime":
            self.game_time = arg
        elif name == "getcurrenttimerphase":
            conn.sendall(f"{self.phase}\n".encode())
        elif name == "getsplitindex":
            conn.sendall(f"{self.index}\n".encode())

    def drop(self, *, restart: bool) -> None:
        """The connection breaks; with `restart`, LiveSplit itself was closed and reopened."""
        conn, self.conn = self.conn, None
        if conn is not None:  # the serving thread closes it: closing here could pull the
            with contextlib.suppress(OSError):  # descriptor from under an answer it sends
                conn.shutdown(socket.SHUT_RDWR)  # (or the client had already hung up)
        if restart:
            self.phase, self.index, self.game_time = "NotRunning", -1, None

    def wait_until(self, check) -> None:  # noqa: ANN001
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end and not check():
            time.sleep(0.01)

    def close(self) -> None:
        self.closing = True
        self.thread.join(2)


def livesplit_app(tmp_path, fake):  # noqa: ANN001, ANN201
    return speedrun_app(tmp_path / "saves", livesplit=True, livesplit_host="127.0.0.1",
                        livesplit_port=fake.port)


def test_a_run_reaches_livesplit_in_order_with_only_its_commands(tmp_path):
    fake = FakeLiveSplit()
    app, controller = livesplit_app(tmp_path, fake)
    tap(app, pygame.K_r)
    play_run(app, [1, 1], gap=20)
    igt = controller.recorder.igt
    fake.wait_until(lambda: fake.phase == "Ended")
    tap(app, pygame.K_r)  # a new run: LiveSplit resets and starts again
    fake.wait_until(lambda: fake.lines.count("starttimer") >= 2)
    controller.close()
    fake.close()
    lines = fake.lines
    assert {line.split(" ")[0] for line in lines} <= LIVESPLIT_COMMANDS
    assert "initgametime" not in lines
    start = lines.index("starttimer")
    splits = [i for i, line in enumerate(lines) if line == "split"]
    assert len(splits) == SEGMENTS
    resets = [i for i, line in enumerate(lines) if line == "reset"]
    times = [i for i, line in enumerate(lines) if line.startswith("setgametime ")]
    assert start < times[0] < splits[0] < splits[1] < max(resets)
    assert any(splits[0] < i < splits[1] - 1 for i in times)  # game time flows between splits
    assert lines[splits[1] - 1] == f"setgametime {format_ticks(igt)}"  # the final IGT
    assert "unpausegametime" in lines and "pausegametime" in lines
    assert fake.phase == "Running" and fake.index == 0  # the second run is under way


@pytest.mark.parametrize("restart", [False, True])
def test_a_reconnect_mid_run_restores_the_timer(tmp_path, restart):
    fake = FakeLiveSplit()
    app, controller = livesplit_app(tmp_path, fake)
    tap(app, pygame.K_r)
    fake.wait_until(lambda: fake.phase == "Running")
    app.run_ticks(20)
    fake.drop(restart=restart)
    play_run_until_split(app, controller, 2)  # chapter two is split while disconnected
    for _ in range(50):  # the client finds out on its next write, and reconnects
        app.run_ticks(15)
        if fake.connections >= 2 and fake.index == 1:
            break
        time.sleep(0.05)
    fake.wait_until(lambda: fake.index == 1)
    assert fake.connections >= 2
    assert (fake.phase, fake.index) == ("Running", 1)  # started, chapter two's split done
    app.push(SettingsScene(app))  # a menu: game time pauses at exactly the run's IGT
    app.run_ticks(2)
    expected = format_ticks(controller.igt)
    fake.wait_until(lambda: fake.game_time == expected)
    assert fake.game_time == expected  # and the game time is the run's
    app.pop()
    play_run(app, [1, 1], gap=20)
    fake.wait_until(lambda: fake.phase == "Ended")
    controller.close()
    fake.close()
    assert (fake.phase, fake.index) == ("Ended", SEGMENTS)
    assert {line.split(" ")[0] for line in fake.lines} <= LIVESPLIT_COMMANDS
    assert controller.livesplit.restores >= 2


def play_run_until_split(app, controller, count: int) -> None:  # noqa: ANN001
    for _ in range(100):
        if len(controller.recorder.splits) >= count:
            return
        top = app.top
        if isinstance(top, PlayScene) and top.choices is not None:
            tap(app, pygame.K_2, ticks=20)
        else:
            tap(app, pygame.K_SPACE, ticks=20)
    raise AssertionError("no such split")


def test_a_practice_run_sends_nothing(tmp_path):
    fake = FakeLiveSplit()
    app, controller = livesplit_app(tmp_path, fake)
    state = None
    # a chapter mark from a real play-through (without LiveSplit) to practise from
    from ui_support import FIXTURE

    from game.core.story import Story
    story = Story.open(FIXTURE, seed=1)
    while True:
        beat = story.next()
        if getattr(beat, "tags", None) is not None and beat.tags.chapter == "second":
            break
        if story.choices is not None:
            story.choose(0)
    state = story.save_state()
    app.replace(PlayScene(app, state=state))
    assert controller.practice and controller.running
    play_run(app, [1], gap=20)
    controller.close()
    time.sleep(0.5)
    fake.close()
    assert fake.connections == 0 and fake.lines == []


def test_the_client_never_blocks_when_livesplit_is_not_there():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    client = LiveSplitClient("127.0.0.1", port)
    client.begin_run()
    start = time.perf_counter()
    for tick in range(2000):
        client.set_game_time(tick)
    assert time.perf_counter() - start < 0.5
    assert client.sent == 0 and not client.connected
    client.close(0.1)
