"""SARIF `fixes` for results: each fixable finding's own change as line/column replacements.

Each finding is fixed alone on the original text, so a viewer can apply any subset; the
regions refer to the scanned file (SARIF columns are 1-based code points, end exclusive).
"""

from __future__ import annotations

import difflib

from ..pipeline.scan import ScanResult
from .apply import fix_source
from .runner import fixable_findings, read_source, target_for
from ..output.sarif import ROOT_ID, _uri


def _region(lines: list[str], i1: int, i2: int) -> dict:
    """Whole lines i1..i2 (0-based, end exclusive); an empty range is an insertion point."""
    if i2 >= len(lines) and i2 > i1 and not lines[-1].endswith("\n"):
        return {"startLine": i1 + 1, "startColumn": 1, "endLine": i2,
                "endColumn": len(lines[i2 - 1]) + 1}
    return {"startLine": i1 + 1, "startColumn": 1, "endLine": i2 + 1, "endColumn": 1}


def replacements(original: str, fixed: str) -> list[dict]:
    old, new = original.splitlines(keepends=True), fixed.splitlines(keepends=True)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            a, b = old[i1], new[j1]
            pre = len(_common_prefix(a, b))
            suf = len(_common_prefix(a[pre:][::-1], b[pre:][::-1]))
            out.append({"deletedRegion": {"startLine": i1 + 1, "startColumn": pre + 1,
                                          "endLine": i1 + 1, "endColumn": len(a) - suf + 1},
                        "insertedContent": {"text": b[pre:len(b) - suf]}})
            continue
        out.append({"deletedRegion": _region(old, i1, i2),
                    "insertedContent": {"text": "".join(new[j1:j2])}})
    return out


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def sarif_fixes(result: ScanResult) -> dict[int, list[dict]]:
    """id(finding) -> [fix]; findings whose fix declines get none."""
    fixes: dict[int, list[dict]] = {}
    for rel, items in fixable_findings(result).items():
        try:
            text = read_source(result.root, rel)
        except (OSError, UnicodeDecodeError):
            continue
        for finding, fix in items:
            target = target_for(finding, fix)
            try:
                done = fix_source(text, [target])
            except Exception:  # noqa: BLE001 - a codemod bug costs that fix, not the report
                continue
            if not done.changed or not all(o.fixed for o in done.outcomes):
                continue
            fixes[id(finding)] = [{
                "description": {"text": f"aiscan fix: {target.codemod}"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": _uri(rel), "uriBaseId": ROOT_ID},
                    "replacements": replacements(text, done.fixed),
                }],
            }]
    return fixes
