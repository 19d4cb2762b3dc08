"""While the runtime's native output is captured (fd 2 lent to a private file), what Python
itself writes to stderr — from any thread — still reaches the terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_python_stderr_written_during_a_capture_reaches_the_terminal():
    script = ("import os, sys\n"
              "from game.core.story import NATIVE\n"
              "mark = NATIVE.enter()\n"  # another thread's runtime call, say
              "sys.stderr.write('stopped at a choice\\n')\n"
              "os.write(2, b'native panic text\\n')\n"
              "NATIVE.exit()\n"
              "print(NATIVE.panic_since(mark) is None)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "stopped at a choice" in done.stderr
    assert "native panic text" not in done.stderr  # the runtime's own output stays captured
