"""The scan command's workflow around `run_scan`: --diff-base file selection, the progress
line, and --baseline / --write-baseline."""

from __future__ import annotations

import os
import sys

from .config import Config
from .scan import ScanResult, build_analyzer, run_scan


class WorkflowError(Exception):
    """A git or baseline problem the user must fix; exit 2."""


def run(paths, config: Config, diff_base: str | None = None, baseline_file: str | None = None,
        write_baseline: str | None = None) -> ScanResult:
    from .discovery import default_root

    targets = list(paths) or ["."]
    root = os.path.abspath(default_root(targets, config.project_dir))
    if diff_base:
        from . import gitdiff

        first = targets[0] if os.path.isdir(targets[0]) else os.path.dirname(targets[0]) or "."
        try:
            targets = gitdiff.within(gitdiff.changed_files(first, diff_base), targets)
        except gitdiff.GitError as exc:
            raise WorkflowError(f"--diff-base: {exc}") from None
        if not targets:  # nothing changed: an empty scan, not a scan of "."
            return ScanResult(root=root, ruleset=build_analyzer(config).ruleset)

    on_file = None
    from . import progress

    if progress.wanted(sys.stderr):
        on_file = progress.Progress(sys.stderr)
    try:
        result = run_scan(targets, config, root=root, on_file=on_file)
    finally:
        if on_file is not None:
            on_file.close()

    from . import baseline

    if write_baseline:
        from ..output.files import atomic_write

        atomic_write(write_baseline, baseline.render(result.findings))
        return result
    baseline_file = baseline_file or config.baseline
    if baseline_file:
        try:
            known = baseline.load(baseline_file)
        except baseline.BaselineError as exc:
            raise WorkflowError(str(exc)) from None
        result.findings, result.baseline_unchanged = baseline.split(result.findings, known)
    return result


def json_extra(result: ScanResult) -> dict:
    if result.baseline_unchanged is None:
        return {}
    return {"baseline": {"unchanged": len(result.baseline_unchanged),
                         "new": sum(1 for f in result.findings if f.suppressed is None)}}
