"""The interface's small caches of surfaces: the few most recently used, the rest forgotten, so
memory stays flat however many sizes, scenes or colours a play-through passes through."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

V = TypeVar("V")


class Kept(OrderedDict):
    """At most `limit` values, least recently used first (a limit of 0 keeps none)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get_or_make(self, key: Hashable, make: Callable[[], V], *,
                    forget_first: bool = False) -> V:
        """The value kept for `key`, or `make()`'s, kept. With `forget_first` the one it
        replaces is let go before `make` runs, so the two are never held at once (8 MB of a
        1080p backdrop)."""
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
            return value
        if forget_first:
            self._trim(self.limit - 1)
        value = make()
        self[key] = value
        self._trim(self.limit)
        return value

    def _trim(self, size: int) -> None:
        while self and len(self) > max(size, 0):
            self.popitem(last=False)
