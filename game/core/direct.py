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


def _bare(name: str):  # noqa: ANN202 — a ctypes function pointer
    """The C function without ctypes' conversion of every argument on every call (its
    `argtypes`): each argument below is made once as its exact C type (pointers by
    reference, the slice a c_float, an index a c_size_t), so converting it again only costs —
    0.29 µs a call instead of 0.65, and a line takes eight calls. Every one returns bink's
    int status (the two frees return nothing, and their result is not read)."""
    return LIB._FuncPtr((name, LIB))


_CAN_CONTINUE = _bare("bink_story_can_continue")
_CONTINUE_ASYNC = _bare("bink_story_continue_async")
_TEXT = _bare("bink_story_get_current_text")
_TAGS = _bare("bink_story_get_current_tags")
_TAG = _bare("bink_tags_get")
_TAGS_FREE = _bare("bink_tags_free")
_FREE = _bare("bink_cstring_free")
_INDEX = tuple(ctypes.c_size_t(i) for i in range(32))  # tag numbers, as size_t


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
        return list(self._tags())

    def output(self) -> tuple[str, tuple[str, ...]]:
        """The line's text and its tags, in one call (the engine's per-line read)."""
        return self.text(), self._tags()

    def _tags(self) -> tuple[str, ...]:
        if _TAGS(self._story, self._handle_ref, self._count_ref, self._error_ref):
            raise self._fail()
        handle, count = self._handle, self._count.value
        if not count:
            if handle.value:
                _TAGS_FREE(handle)
            return ()
        out = []
        text, text_ref, error_ref = self._text, self._text_ref, self._error_ref
        try:
            for index in range(count):
                number = _INDEX[index] if index < 32 else ctypes.c_size_t(index)
                if _TAG(handle, number, text_ref, error_ref):
                    raise self._fail()
                value = text.value
                if value:
                    _FREE(text)
                out.append(value.decode("utf-8") if value else "")
        finally:
            if handle.value:
                _TAGS_FREE(handle)
        return tuple(out)
