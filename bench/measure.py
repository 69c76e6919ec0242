"""Run one command and measure it: wall time, child CPU time and peak RSS.

The child is reaped with ``os.wait4`` so the resource usage belongs to that
child alone (plus any descendants it waited for), not to every process the
harness ever started.  A timeout kills the child's whole process group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

STDERR_TAIL_CHARS = 2000


@dataclass
class Measurement:
    wall_s: float
    user_s: float
    sys_s: float
    max_rss_mb: float
    returncode: int | None
    timed_out: bool
    stderr_tail: str
    load_average: float  # 1-minute load average when the run started

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s

    def as_dict(self) -> dict:
        data = asdict(self)
        data["cpu_s"] = self.cpu_s
        return data


def _rss_to_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def _exit_code(status: int) -> int:
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def run_measured(
    argv: list[str],
    *,
    timeout: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Measurement:
    """Run ``argv`` to completion (or ``timeout`` seconds) and measure it.

    Standard output is discarded; the tail of standard error is kept so that
    failures can be explained.
    """
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
        )
        outcome: dict = {}

        def reap() -> None:
            _, status, usage = os.wait4(proc.pid, 0)
            outcome["end"] = time.perf_counter()
            outcome["status"], outcome["usage"] = status, usage

        reaper = threading.Thread(target=reap, daemon=True)
        reaper.start()
        reaper.join(timeout)
        timed_out = reaper.is_alive()
        if timed_out:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            reaper.join()
        # We reaped the child ourselves; tell Popen so it does not try again.
        proc.returncode = _exit_code(outcome["status"])
        size = err.seek(0, os.SEEK_END)
        err.seek(max(0, size - STDERR_TAIL_CHARS))
        stderr = err.read().decode("utf-8", "replace")

    usage = outcome["usage"]
    return Measurement(
        wall_s=outcome["end"] - start,
        user_s=usage.ru_utime,
        sys_s=usage.ru_stime,
        max_rss_mb=_rss_to_mb(usage.ru_maxrss),
        returncode=None if timed_out else proc.returncode,
        timed_out=timed_out,
        stderr_tail=stderr,
        load_average=load,
    )
