"""Per-file results cached between scans, so an unchanged tree rescans in well under a second.

The cache lives in the user's cache directory (never inside the scanned tree) and is JSON, not
pickle: a repository could otherwise ship a crafted cache file and run code in the scanner.
An entry is reused when the file's size and mtime are unchanged; the whole cache is keyed by
the aiscan version, the rule set, the scan settings and the project-level files some rules
read (manifests, .gitignore), so changing any of them starts afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from .. import __version__
from ..engine.analyzer import FileResult
from ..model import Finding, Location, Notification, Severity

# Files whose content can change the results of *other* files (imports declared or not, ignores).
PROJECT_INPUTS = (
    "pyproject.toml", "setup.cfg", "setup.py", "Pipfile", "package.json", "requirements.txt",
    "requirements-dev.txt", "requirements_dev.txt", "dev-requirements.txt", ".gitignore",
    "aiscan.toml", "CODEOWNERS", ".github/CODEOWNERS",
    # lockfiles name the transitive dependencies the undeclared-import rules grade as info
    "poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock", "package-lock.json",
)
FORMAT = 3  # 2: facts come from collectors, whatever rules ran; 3: facts carry the file's role


def _stat_key(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def scan_key(root: str, ruleset, settings: dict) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}\0{__version__}\0{os.path.realpath(root)}\0".encode())
    for rule in ruleset.rules:
        try:
            h.update(Path(rule.source).read_bytes())
        except OSError:
            h.update(rule.id.encode())
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    for name in PROJECT_INPUTS:
        h.update(json.dumps([name, _stat_key(os.path.join(root, name))]).encode())
    return h.hexdigest()[:40]


class ResultCache:
    def __init__(self, directory: Path, key: str):
        self.path = directory / f"{key}.json"
        self.entries: dict[str, dict] = {}
        self.fresh: dict[str, dict] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                self.entries = data.get("files", {})
        except (OSError, ValueError):
            pass

    def get(self, abs_path: str, rel: str) -> FileResult | None:
        entry = self.entries.get(rel)
        if entry is None or entry.get("stat") != _stat_key(abs_path):
            return None
        try:
            result = _decode(rel, entry["result"])
        except (KeyError, TypeError, ValueError):
            return None
        self.fresh[rel] = entry
        return result

    def put(self, abs_path: str, rel: str, result: FileResult) -> None:
        stat = _stat_key(abs_path)
        if stat is None or any(n.level == "error" for n in result.notifications):
            return  # transient failures are retried next time
        self.fresh[rel] = {"stat": stat, "result": _encode(result)}

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            from ..output.files import atomic_write

            atomic_write(str(self.path), json.dumps({"format": FORMAT, "files": self.fresh}))
        except OSError:
            pass  # a read-only cache directory only costs speed


def _encode(result: FileResult) -> dict:
    findings = []
    for f in result.findings:
        d = asdict(f)
        d["severity"] = int(f.severity)
        findings.append(d)
    return {
        "findings": findings,
        "notifications": [asdict(n) for n in result.notifications],
        "lines": result.lines,
        "analysed": result.analysed,
        "facts": result.facts,
    }


def _decode(rel: str, data: dict) -> FileResult:
    findings = []
    for d in data["findings"]:
        d = dict(d)
        d["location"] = Location(**d["location"])
        d["severity"] = Severity(d["severity"])
        findings.append(Finding(**d))
    return FileResult(
        path=rel,
        findings=findings,
        notifications=[Notification(**n) for n in data["notifications"]],
        lines=data["lines"],
        analysed=data["analysed"],
        facts=data.get("facts", {}),
    )
