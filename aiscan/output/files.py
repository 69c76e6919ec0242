"""Writing output files atomically: a reader sees the old file or the whole new one."""

from __future__ import annotations

import os
import stat
import tempfile


def atomic_write(path: str, text: str) -> None:
    """Write through a temporary file renamed over `path`. The file keeps the mode of the one
    it replaces, or gets the mode a plain `open()` would give (0666 less the umask): mkstemp's
    private 0600 would hide a report from the rest of a CI job's users."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=".aiscan-", dir=directory)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    """The process umask; reading it means setting it, so it is set straight back."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
