"""Widgets, one per file: the pieces scenes are built from.

Names are loaded when first used (PEP 562): importing one widget's module (the title needs
buttons, panels and text) does not import the dialogue box, the choice list and the meters.
"""

from importlib import import_module

_WHERE = {"Button": "button", "ButtonColumn": "button", "ChoiceList": "choices",
          "DialogueBox": "dialogue", "MetersPanel": "meters", "panel": "panel", "wrap": "text"}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module 'game.ui.widgets' has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
