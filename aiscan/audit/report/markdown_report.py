"""GitHub-flavoured Markdown for a PR comment or a job summary: a table, then evidence folded
into `<details>` blocks so a long report stays one screen tall."""

from __future__ import annotations

import html
import re

from ..checklist import FAIL, NA, NOT_CHECKED, PASS, WARN
from . import MAX_EVIDENCE, ReportData

MARKS = {PASS: "✅ pass", WARN: "⚠️ warn", FAIL: "❌ fail", NA: "➖ n/a",
         NOT_CHECKED: "❔ not checked"}


def _text(value: str) -> str:
    """Inline text: GitHub renders raw HTML in Markdown, so escape it, and the table's pipes."""
    out = html.escape(value.replace("\n", " "), quote=False)
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", out)


def _code_block(snippet: str) -> str:
    # a fence longer than any backtick run inside, so the snippet cannot close it
    longest = max((len(m) for m in re.findall(r"`+", snippet)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{snippet}\n{fence}"


def render(data: ReportData) -> str:
    cl = data.checklist
    s = data.summary()
    out = [f"## aiscan audit: {cl.score}/100, grade {cl.grade}", ""]
    if cl.cap:
        out += [f"_Grade capped: {_text(cl.cap)}._", ""]
    out.append(f"{s['findings']} finding(s) in {s['files']} file(s), {s['lines']:,} lines.")
    out += ["", "| | Item | Weight | Findings | Why |", "|---|---|---:|---:|---|"]
    for item in cl.items:
        n = sum(item.by_severity.values())
        out.append(f"| {MARKS[item.status]} | {_text(item.item.title)} (`{item.id}`) | "
                   f"{item.item.weight} | {n} | {_text(item.reason)} |")
    out.append("")
    for item in cl.items:
        if item.status not in (WARN, FAIL):
            continue
        out += ["<details>", f"<summary>{MARKS[item.status]}: {html.escape(item.item.title)}"
                f" ({len(item.evidence)} piece(s) of evidence)</summary>", ""]
        for e in item.evidence[:MAX_EVIDENCE]:
            if e.rule_id:
                out.append(f"- **{e.severity}** `{e.rule_id}` {_text(e.path)}:{e.line}: "
                           f"{_text(e.message)}")
                if e.snippet:
                    out += ["", _indent(_code_block(e.snippet)), ""]
            else:
                out.append(f"- {_text(e.message)}")
        if len(item.evidence) > MAX_EVIDENCE:
            out.append(f"- … and {len(item.evidence) - MAX_EVIDENCE} more")
        out += ["", "</details>", ""]
    if data.has_llm:
        from ..inventory_render import render_markdown

        out += ["", render_markdown(data.inventory, level=3)]
    return "\n".join(out).rstrip("\n") + "\n"


def _indent(block: str) -> str:
    return "\n".join("  " + line for line in block.splitlines())
