"""Baselines: record today's findings, then report only the ones that are new.

A finding is matched by its fingerprint (rule, path, normalized line text or secret hash,
occurrence index among identical lines), never by its line number, so edits elsewhere in a
file do not revive baseline findings. The file is sorted JSON without timestamps so that two
branches updating it merge cleanly.
"""

from __future__ import annotations

import json
from collections import Counter

from ..model import Finding

VERSION = 1


class BaselineError(Exception):
    """An unreadable or malformed baseline file."""


def render(findings: list[Finding]) -> str:
    """The baseline file for these findings; suppressed ones are already accounted for."""
    entries = sorted(
        ({"rule_id": f.rule_id, "path": f.location.path, "fingerprint": f.fingerprint}
         for f in findings if f.suppressed is None),
        key=lambda e: (e["path"], e["rule_id"], e["fingerprint"]))
    return json.dumps({"version": VERSION, "findings": entries}, indent=2, sort_keys=True) + "\n"


def load(path: str) -> Counter:
    """Fingerprint -> how many findings with it the baseline holds."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: invalid baseline JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(
            data.get("findings"), list):
        raise BaselineError(f"{path}: not an aiscan baseline (version {VERSION})")
    try:
        return Counter(str(e["fingerprint"]) for e in data["findings"])
    except (KeyError, TypeError):
        raise BaselineError(f"{path}: baseline entry without a fingerprint") from None


def split(findings: list[Finding], known: Counter) -> tuple[list[Finding], list[Finding]]:
    """(new, unchanged): a baseline entry absorbs at most one finding with its fingerprint."""
    left = Counter(known)
    new, unchanged = [], []
    for f in findings:
        if left[f.fingerprint] > 0:
            left[f.fingerprint] -= 1
            unchanged.append(f)
        else:
            new.append(f)
    return new, unchanged
