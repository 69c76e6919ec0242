"""aiscan: a static scanner for code written with AI assistants."""

__version__ = "0.1.0"
