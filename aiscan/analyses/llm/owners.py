"""CODEOWNERS: who owns a file, GitHub's way (the last matching pattern wins)."""

from __future__ import annotations

import os

# GitHub looks in .github/, then the root, then docs/, and uses the first file it finds.
LOCATIONS = (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")
MAX_BYTES = 3 * 1024 * 1024  # GitHub ignores a CODEOWNERS file larger than 3 MB


class CodeOwners:
    def __init__(self, path: str, rules: list[tuple[object, list[str]]]):
        self.path = path  # relative to the scan root
        self.rules = rules

    def owners(self, rel: str) -> list[str]:
        found: list[str] = []
        for spec, owners in self.rules:
            if spec.match_file(rel):
                found = owners  # later lines override earlier ones
        return found


def load(root: str) -> CodeOwners | None:
    import pathspec

    for rel in LOCATIONS:
        path = os.path.join(root, rel)
        if os.path.islink(path) or not os.path.isfile(path):
            continue  # a symlink could point out of the scan root
        if os.path.getsize(path) > MAX_BYTES:
            return None
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
        rules = []
        for line in lines:
            line = line.split(" #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            pattern, *owners = line.split()
            rules.append((pathspec.GitIgnoreSpec.from_lines([pattern]), owners))
        return CodeOwners(rel, rules)
    return None
