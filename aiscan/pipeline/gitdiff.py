"""`--diff-base REF`: which files changed since a git ref, from the local repository only.

Changed means: differs between the merge base of REF and HEAD (`git diff REF...HEAD`, what a
pull request shows), plus uncommitted changes to tracked files and untracked files that are
not ignored — so a local run sees work in progress too. Deleted files are left out.
"""

from __future__ import annotations

import os
import subprocess


class GitError(Exception):
    """git is missing, the directory is not a repository, or the ref is unknown."""


def _git(cwd: str, *args: str) -> list[str]:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if proc.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {proc.stderr.strip() or proc.returncode}")
    return [line for line in proc.stdout.splitlines() if line]


def changed_files(cwd: str, ref: str) -> list[str]:
    """Absolute paths of the files changed since `ref`, sorted, existing ones only."""
    if ref.startswith("-"):
        raise GitError(f"invalid ref {ref!r}")
    top = _git(cwd, "rev-parse", "--show-toplevel")[0]
    names = set(_git(top, "diff", "--name-only", "--diff-filter=ACMR", f"{ref}...HEAD", "--"))
    names.update(_git(top, "diff", "--name-only", "--diff-filter=ACMR", "HEAD", "--"))
    names.update(_git(top, "ls-files", "--others", "--exclude-standard"))
    paths = (os.path.join(top, n) for n in names)
    return sorted(p for p in paths if os.path.isfile(p))


def within(paths: list[str], targets: list[str]) -> list[str]:
    """The paths that lie inside one of the targets (files or directories)."""
    roots = [os.path.realpath(t) for t in targets]
    out = []
    for p in paths:
        real = os.path.realpath(p)
        if any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
            out.append(p)
    return out
