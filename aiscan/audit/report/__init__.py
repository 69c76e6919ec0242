"""The audit report: the checklist, score and grade rendered as text, Markdown, HTML or JSON.

Every renderer takes the same `ReportData`, so the formats cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checklist import Checklist

FORMATS = ("text", "markdown", "html", "json")
# An item with thousands of findings would bury the rest of a report; show this many.
MAX_EVIDENCE = 50


@dataclass
class ReportData:
    checklist: Checklist
    result: object  # ScanResult: files, lines, ruleset (for help texts), notifications
    inventory: dict | None = None  # the LLM inventory (aiscan.audit.inventory.build)

    @property
    def has_llm(self) -> bool:
        return bool(self.inventory and (self.inventory["call_sites"] or self.inventory["clients"]
                                        or self.inventory.get("tools")))

    def help_text(self, rule_id: str) -> str:
        rule = self.result.ruleset.by_id.get(rule_id)
        return rule.help.as_text() if rule else ""

    def rule_name(self, rule_id: str) -> str:
        rule = self.result.ruleset.by_id.get(rule_id)
        return rule.name if rule else ""

    def summary(self) -> dict:
        counts = self.checklist.counts()
        by_severity: dict[str, int] = {}
        for f in self.result.findings:
            if f.suppressed is None:
                by_severity[f.severity.label] = by_severity.get(f.severity.label, 0) + 1
        return {"files": self.result.files, "lines": self.result.lines,
                "findings": sum(by_severity.values()), "by_severity": by_severity,
                "items": counts}


def render(data: ReportData, fmt: str, colour: bool = False) -> str:
    if fmt == "markdown":
        from .markdown_report import render as r
    elif fmt == "html":
        from .html_report import render as r
    elif fmt == "json":
        from .json_report import render as r
    elif fmt == "text":
        from .text_report import render as r

        return r(data, colour=colour)
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    return r(data)
