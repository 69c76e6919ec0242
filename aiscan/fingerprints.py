"""Fingerprints that survive edits elsewhere in a file.

A finding is identified by its rule, its file, the normalized text of its line (or, for a
secret, a hash of the value) and its occurrence index among identical lines: inserting lines
above it changes none of these.
"""

from __future__ import annotations

import hashlib
import re

from .model import Document, Finding

_SPACE = re.compile(r"\s+")


def value_hash(value: str) -> str:
    return hashlib.sha256(("aiscan-secret:" + value).encode("utf-8", "replace")).hexdigest()[:32]


def normalize(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def assign(findings: list[Finding], doc: Document) -> None:
    """Fill `fingerprint` and `line_hash` for the findings of one document, in place."""
    seen: dict[tuple[str, str], int] = {}
    line_seen: dict[str, int] = {}
    for f in sorted(findings, key=lambda f: f.sort_key):
        content = f.secret_hash or normalize(doc.line_text(f.location.line))
        key = (f.rule_id, content)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.sha256(
            f"{f.rule_id}\0{doc.path}\0{content}\0{occurrence}".encode("utf-8", "replace")
        ).hexdigest()
        f.fingerprint = digest[:32]
        line_content = normalize(doc.line_text(f.location.line))
        line_key = hashlib.sha256(line_content.encode("utf-8", "replace")).hexdigest()[:16]
        n = line_seen.get(line_key + f.rule_id, 0) + 1
        line_seen[line_key + f.rule_id] = n
        f.line_hash = f"{line_key}:{n}"
