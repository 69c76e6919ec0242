"""Inline allowlist comments for secret findings, in the syntax other scanners already use.

`pragma: allowlist secret` (detect-secrets) and `gitleaks:allow` on the finding's line, or
`pragma: allowlist nextline secret` on the line before, drop a finding of a `secrets` rule.
Only secret rules are affected: general `# aiscan: ignore[...]` suppressions live elsewhere.
A generic-secret finding (SEC100) on a line a provider rule already reported is
dropped too, so one key gives one finding. The engine calls `drop_allowlisted` once per file; a file without the markers costs two
substring tests.
"""

from __future__ import annotations

import re

from ...model import Document, Finding

SAME_LINE = re.compile(r"pragma:\s*allowlist[ -]secret|gitleaks:allow")
NEXT_LINE = re.compile(r"pragma:\s*allowlist[ -]nextline[ -]secret")


GENERIC = "SEC100"  # the name-based rule yields to a provider rule on the same line
NOT_A_VALUE = {GENERIC, "SEC200"}  # SEC200 reports the file, not a value on its first line


def drop_allowlisted(findings: list[Finding], doc: Document, ruleset) -> list[Finding]:
    if not findings:
        return findings
    marked = "allowlist" in doc.text or "gitleaks:allow" in doc.text
    provider_lines = {f.location.line for f in findings
                      if f.rule_id.startswith("SEC") and f.rule_id not in NOT_A_VALUE
                      and not _file_level(ruleset, f.rule_id)}
    if not marked and not provider_lines:
        return findings
    kept = []
    for f in findings:
        if f.rule_id == GENERIC and f.location.line in provider_lines:
            continue
        rule = ruleset.by_id.get(f.rule_id)
        if marked and rule is not None and rule.category == "secrets" \
                and allowlisted(doc, f.location.line):
            continue
        kept.append(f)
    return kept


def _file_level(ruleset, rule_id: str) -> bool:
    """Rules tagged `file-level` report a file, not a value on the line they point at."""
    rule = ruleset.by_id.get(rule_id)
    return rule is not None and "file-level" in rule.tags


def allowlisted(doc: Document, line: int) -> bool:
    if SAME_LINE.search(doc.line_text(line)):
        return True
    return line > 1 and bool(NEXT_LINE.search(doc.line_text(line - 1)))
