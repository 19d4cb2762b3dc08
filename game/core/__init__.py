"""The pure-Python core: everything the window, the terminal, the route finder and the replay
verifier share. Nothing below this package imports pygame.

Public API (shells use only these):
    Story, Line, Choice, Choices, EndingReached, Checkpoint, Beat   — game.core.story
    Tags, parse_tags                                                — game.core.tags
    StoryConfig, Character, Meter, Chapter, Ending, load_config     — game.core.config
    compile_ink, Diagnostic                                         — game.core.compiler
    resolve, load (story sources)                                   — game.core.source
    Clock, TICK_RATE, format_ticks                                  — game.core.clock
    Profile, load_profile                                           — game.core.profile
    HerError, StoryError, CompileError, ConfigError, SaveError, ModError — game.core.errors

Names are loaded when first used (PEP 562), so importing one module (`game.core.errors` for the
command line) does not load the ink runtime and everything else.
"""

from importlib import import_module

_WHERE = {
    "TICK_RATE": "clock", "Clock": "clock", "format_ticks": "clock",
    "Chapter": "config", "Character": "config", "Ending": "config", "Meter": "config",
    "StoryConfig": "config", "load_config": "config",
    "CompileError": "errors", "ConfigError": "errors", "HerError": "errors",
    "ModError": "errors", "SaveError": "errors", "StoryError": "errors",
    "Profile": "profile", "load_profile": "profile",
    "Beat": "story", "Checkpoint": "story", "Choice": "story", "Choices": "story",
    "EndingReached": "story", "Line": "story", "Story": "story",
    "Tags": "tags", "parse_tags": "tags",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module 'game.core' has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
