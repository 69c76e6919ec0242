"""Where aiscan keeps its caches: the user's cache directory, never the scanned tree."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir(explicit: str | None = None) -> Path:
    """`explicit` (the configuration's cache_dir, from --cache-dir), else $AISCAN_CACHE_DIR,
    else $XDG_CACHE_HOME/aiscan or ~/.cache/aiscan."""
    base = explicit or os.environ.get("AISCAN_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "aiscan" if xdg else Path.home() / ".cache" / "aiscan"
