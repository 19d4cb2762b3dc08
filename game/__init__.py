"""Her — an interactive story in ink."""

__version__ = "0.1.0"
