"""Inline suppressions: `# aiscan: ignore[RULE-ID, rule-name] reason`.

A suppression comment at the end of a code line covers findings that start (or end) on that
line. A comment alone on its line covers the next code line, so it can sit above a multi-line
statement whose finding starts there. Ids may be rule ids or rule names. A bare
`# aiscan: ignore` names nothing and suppresses nothing (rule GEN901 reports it).

Suppressed findings are kept with `finding.suppressed` set to the reason: reports can show
them, the exit code ignores them.

Optionally (`honor-foreign-suppressions`) the markers of other tools are accepted on the
finding's line: `# nosec`, `# noqa` (bare or with S-codes, flake8-bandit's prefix),
`# nosemgrep`, `// eslint-disable-line`, and `// eslint-disable-next-line` on the line above.
They cover every aiscan rule on their line: their ids do not map to ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Finding, Notification, Rule

# The comment opener is required so that prose like "see aiscan: ignore[ID]" in a string
# still needs a comment marker in front of it.
_MARKER = re.compile(
    r"(?P<open>#|//|/\*|\{/\*|<!--)\s*aiscan:\s*ignore\s*\[(?P<ids>[^\]]*)\](?P<reason>.*)$"
)
_CLOSERS = re.compile(r"\s*(?:\*/\s*\}?|-->)\s*$")
_FOREIGN = re.compile(
    r"(?:#|//|/\*)\s*(?P<tool>nosec\b|nosemgrep\b|noqa(?::\s*(?P<codes>[A-Z]+[0-9]*(?:\s*,\s*[A-Z]+[0-9]*)*))?"
    r"|eslint-disable-line\b|eslint-disable-next-line\b)"
)
_COMMENT_ONLY = re.compile(r"^\s*(?:#|//|/\*|\{/\*|<!--)")
_BLOCK_CONTINUATION = re.compile(r"^\s*\*")  # ` * ...` inside /* */, except in Python (`*args`)


@dataclass
class Suppression:
    line: int  # where the comment is
    target: int  # the code line it covers
    ids: tuple[str, ...]
    reason: str
    used: set[str] = field(default_factory=set)


def parse(doc: Document) -> list[Suppression]:
    """Every `aiscan: ignore[...]` comment in the document, with the line it covers."""
    out: list[Suppression] = []
    pending: list[Suppression] = []  # own-line comments waiting for the next code line
    text = doc.text
    if "aiscan" not in text:
        return out
    block_comments = doc.language != "python"
    for number, line in enumerate(text.splitlines(), start=1):
        m = _MARKER.search(line)
        own_line = bool(m) and not line[: m.start()].strip(" \t{")
        if m:
            ids = tuple(i.strip() for i in m.group("ids").split(",") if i.strip())
            reason = _CLOSERS.sub("", m.group("reason")).strip()
            if ids:  # a bare marker is GEN901's business, not a suppression
                sup = Suppression(number, number, ids, reason)
                out.append(sup)
                if own_line:
                    pending.append(sup)
            continue
        if pending and line.strip() and not _COMMENT_ONLY.match(line) and not (
                block_comments and _BLOCK_CONTINUATION.match(line)):
            for sup in pending:
                sup.target = number
            pending = []
    for sup in pending:  # a comment at the end of the file covers nothing
        sup.target = -1
    return out


def _foreign_lines(doc: Document) -> dict[int, str]:
    """Lines covered by another tool's suppression marker, with that marker's name."""
    out: dict[int, str] = {}
    for number, line in enumerate(doc.text.splitlines(), start=1):
        m = _FOREIGN.search(line)
        if not m:
            continue
        tool = m.group("tool")
        if tool.startswith("noqa"):
            codes = [c.strip() for c in (m.group("codes") or "").split(",") if c.strip()]
            if codes and not any(c.startswith("S") for c in codes):
                continue  # `noqa: E501` silences style, not security
            out[number] = "noqa"
        elif tool == "eslint-disable-next-line":
            out[number + 1] = tool
        else:
            out[number] = tool
    return out


def _covers(sup_id: str, finding: Finding, names: dict[str, str]) -> bool:
    """A suppression names the finding's rule or one the finding absorbed (engine.overlap):
    one weakness, one suppression, whichever of its ids the comment names."""
    rid = names.get(sup_id) or sup_id.upper()
    return rid == finding.rule_id or rid in finding.properties.get("also", ())


def apply(doc: Document, findings: list[Finding], rules: dict[str, Rule],
          honor_foreign: bool = False, report_unused: bool = False) -> list[Notification]:
    """Mark the document's suppressed findings in place; return notifications for unused ones.

    `rules` maps the active rule ids to rules; a suppression naming a rule that is not active
    (disabled by --select/--ignore) is never reported as unused: it may matter elsewhere.
    """
    sups = parse(doc)
    foreign = _foreign_lines(doc) if honor_foreign else {}
    if not sups and not foreign:
        return []
    names = {r.name: r.id for r in rules.values()}
    by_line: dict[int, list[Suppression]] = {}
    for sup in sups:
        by_line.setdefault(sup.target, []).append(sup)
    for f in findings:
        if f.suppressed is not None:
            continue
        lines = {f.location.line, f.location.end_line}
        for sup in (s for ln in lines for s in by_line.get(ln, ())):
            hit = next((i for i in sup.ids if _covers(i, f, names)), None)
            if hit is not None:
                sup.used.add(hit)
                f.suppressed = sup.reason
                break
        else:
            tool = foreign.get(f.location.line)
            if tool:
                f.suppressed = f"suppressed by `{tool}`"
    if not report_unused:
        return []
    notes = []
    for sup in sups:
        for sid in sup.ids:
            active = sid.upper() in rules or sid in names
            if active and sid not in sup.used:
                notes.append(Notification(
                    f"line {sup.line}: unused suppression `aiscan: ignore[{sid}]` "
                    f"(no {sid} finding on the line it covers)",
                    doc.path, "warning", names.get(sid, sid.upper())))
    return notes
