"""Machine-readable findings: `{"findings": [...], "notifications": [...], "summary": {...}}`."""

from __future__ import annotations

import json

from .. import __version__
from ..pipeline.scan import ScanResult


def finding_dict(f, rule) -> dict:
    loc = f.location
    out = {
        "rule_id": f.rule_id,
        "name": rule.name if rule else "",
        "path": loc.path,
        "line": loc.line,
        "end_line": loc.end_line,
        "column": loc.column,
        "end_column": loc.end_column,
        "severity": f.severity.label,
        "confidence": rule.confidence if rule else "",
        "category": rule.category if rule else "",
        "cwe": list(rule.cwe) if rule else [],
        "checklist": rule.checklist if rule else "",
        "message": f.message,
        "snippet": f.snippet,
        "fingerprint": f.fingerprint,
        "role": f.role,
    }
    if f.suppressed is not None:
        out["suppressed"] = f.suppressed
    if f.properties:
        out["properties"] = f.properties
    return out


def summary(result: ScanResult) -> dict:
    by_severity: dict[str, int] = {}
    for f in result.findings:
        if f.suppressed is None:
            by_severity[f.severity.label] = by_severity.get(f.severity.label, 0) + 1
    out = {"files": result.files, "skipped": result.skipped, "lines": result.lines,
           "findings": sum(by_severity.values()), "by_severity": by_severity}
    if result.hidden:  # held back by the profile / role policy (aiscan.pipeline.policy)
        out["not_shown"] = result.hidden
    return out


def render(result: ScanResult, extra: dict | None = None) -> str:
    by_id = result.ruleset.by_id
    doc = {
        "version": __version__,
        "findings": [finding_dict(f, by_id.get(f.rule_id)) for f in result.findings],
        "notifications": [
            {"level": n.level, "path": n.path, "message": n.message, **({"rule_id": n.rule_id} if n.rule_id else {})}
            for n in result.notifications
        ],
        "summary": summary(result),
        **(extra or {}),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
