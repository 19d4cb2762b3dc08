"""The interface's surface caches: the most recently used kept, the oldest let go first, and
with `forget_first` the one replaced gone before the new one is made."""

from game.ui.kept import Kept


def test_the_least_recently_used_is_forgotten_and_a_use_keeps_a_value():
    kept = Kept(2)
    made = []
    for key in ["a", "b", "a", "c"]:
        kept.get_or_make(key, lambda key=key: made.append(key) or key.upper())
    assert made == ["a", "b", "c"]  # "a" came from the cache the second time
    assert list(kept) == ["a", "c"]  # "b" was the least recently used


def test_forget_first_lets_go_before_making_and_a_limit_of_zero_keeps_nothing():
    kept = Kept(1)
    kept.get_or_make("old", lambda: "OLD")
    held = []
    kept.get_or_make("new", lambda: held.append(len(kept)) or "NEW", forget_first=True)
    assert held == [0] and list(kept) == ["new"]
    none = Kept(0)
    assert none.get_or_make("x", lambda: "X") == "X" and not none
