"""Self-voicing: narration, unvoiced lines, choices and menus read aloud at run time.

For players who cannot read the screen (as Ren'Py's self-voicing does). espeak-ng writes a
WAV to a temporary file in a worker thread, so a frame never waits for speech; the finished
speech plays on the voice channel. A newer request makes older, unfinished ones moot.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from .voices import speech_text

PROGRAM = "espeak-ng"
VOICE = ("-v", "en-us", "-s", "175")
TIMEOUT_SECONDS = 30


def self_voicing_status() -> str:
    """What the settings screen shows next to the self-voicing switch."""
    if shutil.which(PROGRAM):
        return "Self-voicing reads narration, choices and menus aloud (V toggles)."
    return ("Self-voicing needs espeak-ng, which is not installed: "
            "sudo apt-get install espeak-ng (Debian/Ubuntu), then restart the game.")


def self_voicing_available() -> bool:
    return shutil.which(PROGRAM) is not None


class Speaker:
    """Turns text into a WAV in the background and hands the file to `deliver`."""

    def __init__(self, deliver: Callable[[Path, int], None]) -> None:
        self.deliver = deliver
        self.generation = 0
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def say(self, text: str) -> bool:
        """Start speaking `text` (replacing anything still being prepared); False when
        espeak-ng is missing or there is nothing to say."""
        text = speech_text(text).strip()
        if not text or not self_voicing_available():
            return False
        with self._lock:
            self.generation += 1
            generation = self.generation
        thread = threading.Thread(target=self._work, args=(text, generation), daemon=True,
                                  name="self-voicing")
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return True

    def cancel(self) -> None:
        with self._lock:
            self.generation += 1

    def current(self, generation: int) -> bool:
        with self._lock:
            return generation == self.generation

    def wait(self, timeout: float = 10.0) -> None:
        """For tests and shutdown: let speech being prepared finish."""
        for thread in list(self._threads):
            thread.join(timeout)

    def _work(self, text: str, generation: int) -> None:
        with tempfile.TemporaryDirectory(prefix="her-selfvoice-") as folder:
            wav = Path(folder) / "speech.wav"
            try:
                subprocess.run([PROGRAM, *VOICE, "-w", str(wav), "--", text],
                               capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
            except (OSError, subprocess.TimeoutExpired):
                return
            if wav.is_file() and self.current(generation):
                self.deliver(wav, generation)
