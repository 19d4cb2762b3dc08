"""Errors a person can act on: each names a file (and a line where there is one) and what to do.

A traceback shown to a player or modder is a bug; every failure the core expects is one of these.
"""

from __future__ import annotations


class HerError(Exception):
    """Base of every error the game reports to a person instead of crashing."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}error: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class StoryError(HerError):
    """A story cannot be compiled, loaded or played on."""


class CompileError(StoryError):
    """The ink compiler reported errors; `diagnostics` holds every one as data."""

    def __init__(self, diagnostics: list, path: str | None = None) -> None:
        self.diagnostics = diagnostics
        first = diagnostics[0] if diagnostics else None
        super().__init__(
            first.message if first else "compilation failed",
            path=first.path if first else path,
            line=first.line if first else None,
        )

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics) or super().__str__()


class ConfigError(HerError):
    """story.yaml (or mod.yaml) is unreadable or has a bad value; names the key at fault."""


class SaveError(HerError):
    """A save slot cannot be read or written; names the slot and why."""


class ModError(HerError):
    """A mod folder is invalid or tried to reach outside itself."""
