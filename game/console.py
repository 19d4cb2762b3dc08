"""How the command line talks to a person on the console: one line per problem.

Python's default warning format prints the file, the line number and the source line of the
`warnings.warn` call: three lines of the game's insides for "no sound device". The game's own
warnings say what happened and what it does about it, so they are shown as that sentence alone.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

_default_show = warnings.showwarning


def _show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
          file: Any = None, line: str | None = None) -> None:
    if category.__module__.startswith("game."):
        stream = file if file is not None else sys.stderr
        try:
            stream.write(f"warning: {message}\n")
        except (OSError, ValueError):
            pass
        return
    _default_show(message, category, filename, lineno, file, line)


def one_line_warnings() -> None:
    """Show the game's own warnings as one line each; third-party ones keep Python's format."""
    warnings.showwarning = _show


def streams_that_never_fail() -> None:
    """A console that cannot show a character gets a stand-in for it, not a traceback:
    `PYTHONIOENCODING=ascii`, a Windows code page or a pipe opened as latin-1 must still be
    able to play the story (the dashes and quotes it prints are not ASCII)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass
