"""A one-line progress display on stderr for long scans, only where a person is watching.

It stays silent when stderr is not a terminal (CI logs, redirected output) and under
pre-commit (which sets PRE_COMMIT), and appears only once a scan has passed SHOW_AFTER files,
so short scans never flicker.
"""

from __future__ import annotations

import os
import time

SHOW_AFTER = 50
INTERVAL = 0.1  # seconds between redraws


def wanted(stream, env=None) -> bool:
    env = os.environ if env is None else env
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "PRE_COMMIT" not in env


class Progress:
    def __init__(self, stream, clock=time.monotonic):
        self.stream = stream
        self.clock = clock
        self.start = clock()
        self.count = 0
        self.last = float("-inf")
        self.shown = False

    def __call__(self, _file_result) -> None:
        self.count += 1
        now = self.clock()
        if self.count <= SHOW_AFTER or now - self.last < INTERVAL:
            return
        self.last = now
        rate = self.count / max(now - self.start, 1e-6)
        self.stream.write(f"\raiscan: {self.count} files, {rate:,.0f} files/s ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:  # erase the line so the report starts clean
            self.stream.write("\r\x1b[K")
            self.stream.flush()
