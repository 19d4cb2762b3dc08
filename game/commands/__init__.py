"""The command line's work, one module per command (`game.cli` maps names to them).

Each module has `run(args) -> int` and imports what it needs itself, so `--help` and the
terminal player never load pygame, and `saves` never loads the ink runtime's callers it does
not need. `common` holds what several commands share: the save folder and the story's own
folder under it.
"""
