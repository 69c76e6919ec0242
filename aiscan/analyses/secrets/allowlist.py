"""Inline allowlist comments for secret findings, in the syntax other scanners already use.

`pragma: allowlist secret` (detect-secrets) and `gitleaks:allow` on the finding's line, or
`pragma: allowlist nextline secret` on the line before, drop a finding of a `secrets` rule.
Only secret rules are affected: general `# aiscan: ignore[...]` suppressions live elsewhere.
(One key, one finding — a generic-secret rule giving way to a provider rule on the same value —
is the engine's overlap stage, driven by the rule's `yields: true`.) The engine calls
`drop_allowlisted` once per file; a file without the markers costs two substring tests.
"""

from __future__ import annotations

import re

from ...model import Document, Finding

SAME_LINE = re.compile(r"pragma:\s*allowlist[ -]secret|gitleaks:allow")
NEXT_LINE = re.compile(r"pragma:\s*allowlist[ -]nextline[ -]secret")


def drop_allowlisted(findings: list[Finding], doc: Document, ruleset) -> list[Finding]:
    if not findings:
        return findings
    if "allowlist" not in doc.text and "gitleaks:allow" not in doc.text:
        return findings
    kept = []
    for f in findings:
        rule = ruleset.by_id.get(f.rule_id)
        if rule is not None and rule.category == "secrets" and allowlisted(doc, f.location.line):
            continue
        kept.append(f)
    return kept


def allowlisted(doc: Document, line: int) -> bool:
    if SAME_LINE.search(doc.line_text(line)):
        return True
    return line > 1 and bool(NEXT_LINE.search(doc.line_text(line - 1)))
