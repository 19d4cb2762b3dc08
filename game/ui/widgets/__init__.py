"""Widgets, one per file: the pieces scenes are built from."""

from .button import Button, ButtonColumn
from .choices import ChoiceList
from .dialogue import DialogueBox
from .meters import MetersPanel
from .panel import panel
from .text import wrap

__all__ = ["Button", "ButtonColumn", "ChoiceList", "DialogueBox", "MetersPanel", "panel", "wrap"]
