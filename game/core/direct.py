"""bink's own C calls for the engine's per-line path, with their argument objects made once.

`bink.story.Story` builds fresh ctypes values and looks its C function up by name on every
call, which costs about as much as a short line takes the runtime to produce; the engine makes
four such calls a line. These are the same calls on the same story object (bink is pinned to
one version in pyproject.toml), raising the same RuntimeError bink would, so every error path
above them is unchanged.
"""

from __future__ import annotations

import ctypes

from bink._ffi import LIB

from .compiled import InkRuntime

_CAN_CONTINUE = LIB.bink_story_can_continue
_CONTINUE_ASYNC = LIB.bink_story_continue_async
_TEXT = LIB.bink_story_get_current_text
_TAGS = LIB.bink_story_get_current_tags
_TAG = LIB.bink_tags_get
_TAGS_FREE = LIB.bink_tags_free
_FREE = LIB.bink_cstring_free


class Direct:
    """The per-line calls of one runtime."""

    __slots__ = ("ink", "_story", "_flag", "_flag_ref", "_error", "_error_ref", "_text",
                 "_text_ref", "_handle", "_handle_ref", "_count", "_count_ref", "_slice")

    def __init__(self, ink: InkRuntime, slice_ms: float) -> None:
        self.ink = ink
        self._story = ink._story
        self._flag = ctypes.c_bool(False)
        self._flag_ref = ctypes.byref(self._flag)
        self._error = ctypes.c_char_p()
        self._error_ref = ctypes.byref(self._error)
        self._text = ctypes.c_char_p()
        self._text_ref = ctypes.byref(self._text)
        self._handle = ctypes.c_void_p(None)
        self._handle_ref = ctypes.byref(self._handle)
        self._count = ctypes.c_size_t(0)
        self._count_ref = ctypes.byref(self._count)
        self._slice = ctypes.c_float(slice_ms)

    def _fail(self) -> RuntimeError:
        message = self._error.value.decode("utf-8") if self._error.value else \
            "Blade Ink FFI error"
        if self._error.value:
            _FREE(self._error)
        return RuntimeError(message)

    def can_continue(self) -> bool:
        if _CAN_CONTINUE(self._story, self._flag_ref, self._error_ref):
            raise self._fail()
        return self._flag.value

    def continue_async(self) -> bool:
        """One slice of the runtime's time; whether the line is complete."""
        if _CONTINUE_ASYNC(self._story, self._slice, self._flag_ref, self._error_ref):
            raise self._fail()
        return self._flag.value

    def text(self) -> str:
        if _TEXT(self._story, self._text_ref, self._error_ref):
            raise self._fail()
        value = self._text.value
        if not value:
            return ""
        _FREE(self._text)
        return value.decode("utf-8")

    def tags(self) -> list[str]:
        if _TAGS(self._story, self._handle_ref, self._count_ref, self._error_ref):
            raise self._fail()
        handle, count = self._handle, self._count.value
        out = []
        try:
            for index in range(count):
                if _TAG(handle, index, self._text_ref, self._error_ref):
                    raise self._fail()
                value = self._text.value
                if value:
                    _FREE(self._text)
                out.append(value.decode("utf-8") if value else "")
        finally:
            if handle.value:
                _TAGS_FREE(handle)
        return out
