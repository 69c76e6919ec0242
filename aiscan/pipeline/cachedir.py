"""Where aiscan keeps its caches: the user's cache directory, never the scanned tree."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("AISCAN_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "aiscan" if xdg else Path.home() / ".cache" / "aiscan"
