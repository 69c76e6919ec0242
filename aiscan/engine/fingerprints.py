"""Fingerprints that survive edits elsewhere in a file.

A finding is identified by its rule, its file, the normalized text of its line (or, for a
secret, a hash of the value) and its occurrence index among identical lines: inserting lines
above it changes none of these.
"""

from __future__ import annotations

import hashlib
import re

from ..model import Document, Finding

_SPACE = re.compile(r"\s+")


def value_hash(value: str) -> str:
    return hashlib.sha256(("aiscan-secret:" + value).encode("utf-8", "replace")).hexdigest()[:32]


def normalize(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def assign(findings: list[Finding], doc: Document) -> None:
    """Fill `fingerprint` and `line_hash` for the findings of one document, in place."""
    seen: dict[tuple[str, str], int] = {}
    line_seen: dict[str, int] = {}
    lines: dict[int, tuple[str, str]] = {}  # line -> (normalized text, its hash): once per line
    for f in sorted(findings, key=lambda f: f.sort_key):
        number = f.location.line
        if number not in lines:
            text = normalize(doc.line_text(number))
            lines[number] = text, hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
        line_content, line_key = lines[number]
        content = f.secret_hash or line_content
        key = (f.rule_id, content)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.sha256(
            f"{f.rule_id}\0{doc.path}\0{content}\0{occurrence}".encode("utf-8", "replace")
        ).hexdigest()
        f.fingerprint = digest[:32]
        n = line_seen.get(line_key + f.rule_id, 0) + 1
        line_seen[line_key + f.rule_id] = n
        f.line_hash = f"{line_key}:{n}"
