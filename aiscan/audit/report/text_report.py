"""The checklist for a terminal: one line per item with a mark, evidence indented below."""

from __future__ import annotations

from ..checklist import FAIL, NA, NOT_CHECKED, PASS, WARN
from . import MAX_EVIDENCE, ReportData

MARKS = {PASS: "✔", WARN: "!", FAIL: "✖", NA: "-", NOT_CHECKED: "?"}
_COLOURS = {PASS: "\x1b[32m", WARN: "\x1b[33m", FAIL: "\x1b[1;31m", NA: "\x1b[2m",
            NOT_CHECKED: "\x1b[2m"}
_RESET, _BOLD, _DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"


def render(data: ReportData, colour: bool = False) -> str:
    def c(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    cl = data.checklist
    summary = data.summary()
    lines = [c(_BOLD, f"aiscan audit: score {cl.score}/100, grade {cl.grade}")]
    if cl.cap:
        lines.append(f"  ({cl.cap})")
    lines.append("")
    for item in cl.items:
        status = {NA: "n/a", NOT_CHECKED: "not checked"}.get(item.status, item.status)
        lines.append(f"{c(_COLOURS[item.status], MARKS[item.status])} {item.item.title:<44} "
                     f"{c(_COLOURS[item.status], status)}  [{item.id}, weight {item.item.weight}]")
        if item.reason:
            lines.append(c(_DIM, f"    why: {item.reason}"))
        if item.status in (PASS, NA, NOT_CHECKED) and not any(e.rule_id for e in item.evidence):
            continue  # a passing item's facts are in the JSON/HTML; keep the terminal short
        for e in item.evidence[:MAX_EVIDENCE]:
            if e.rule_id:
                lines.append(f"    {e.path}:{e.line} {e.severity.upper()} {e.rule_id} {e.message}")
                if e.snippet:
                    lines.append(c(_DIM, f"        {e.snippet}"))
            else:
                lines.append(f"    {e.message}")
        if len(item.evidence) > MAX_EVIDENCE:
            lines.append(f"    … and {len(item.evidence) - MAX_EVIDENCE} more")
    counts = summary["items"]
    lines += ["", f"{counts[PASS]} passed, {counts[WARN]} warned, {counts[FAIL]} failed, "
                  f"{counts[NA]} not applicable"
                  + (f", {counts[NOT_CHECKED]} not checked" if counts[NOT_CHECKED] else "")
                  + f"; {summary['findings']} finding(s) in "
                  f"{summary['files']} file(s), {summary['lines']:,} lines."]
    from ...pipeline.policy import hidden_note

    note = hidden_note(getattr(data.result, "hidden", {}) or {})
    if note:
        lines.append(c(_DIM, note))
    if data.has_llm:
        from ..inventory_render import render_text

        lines += ["", render_text(data.inventory).rstrip("\n")]
    return "\n".join(lines) + "\n"
