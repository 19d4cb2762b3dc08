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
"""

from .clock import TICK_RATE, Clock, format_ticks
from .config import Chapter, Character, Ending, Meter, StoryConfig, load_config
from .errors import CompileError, ConfigError, HerError, ModError, SaveError, StoryError
from .profile import Profile, load_profile
from .story import Beat, Checkpoint, Choice, Choices, EndingReached, Line, Story
from .tags import Tags, parse_tags

__all__ = [
    "TICK_RATE", "Beat", "Chapter", "Character", "Checkpoint", "Choice", "Choices", "Clock",
    "CompileError", "ConfigError", "Ending", "EndingReached", "HerError", "Line", "Meter",
    "ModError", "Profile", "SaveError", "Story", "StoryConfig", "StoryError", "Tags",
    "format_ticks", "load_config", "load_profile", "parse_tags",
]
