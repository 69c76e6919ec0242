"""One self-contained HTML page: inline CSS, an inline SVG chart, no script, no external asset.

Everything that comes from the scanned code or the rules goes through `html.escape`, so a
snippet holding `<script>` is shown as text, never run.
"""

from __future__ import annotations

from html import escape

from ... import __version__
from ..checklist import FAIL, NA, NOT_CHECKED, PASS, WARN
from . import MAX_EVIDENCE, ReportData

SEVERITIES = ("critical", "high", "medium", "low", "info")
SEV_COLOURS = {"critical": "#7b1fa2", "high": "#c62828", "medium": "#ef6c00", "low": "#0277bd",
               "info": "#78909c"}
STATUS_LABELS = {PASS: ("✔", "pass"), WARN: ("!", "warn"), FAIL: ("✖", "fail"), NA: ("–", "n/a"),
                 NOT_CHECKED: ("?", "not checked")}
GRADE_COLOURS = {"A": "#2e7d32", "B": "#558b2f", "C": "#f9a825", "D": "#ef6c00", "F": "#c62828"}

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;
  margin:0;background:#f6f8fa}
main{max-width:1040px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 10px}
.muted{color:#59636e}
.head{display:flex;gap:24px;align-items:center;background:#fff;border:1px solid #d1d9e0;
  border-radius:10px;padding:20px}
.grade{width:96px;height:96px;border-radius:50%;color:#fff;display:flex;align-items:center;
  justify-content:center;font-size:52px;font-weight:700;flex:none}
.score{font-size:40px;font-weight:700}
.score small{font-size:18px;color:#59636e;font-weight:400}
.counts span{display:inline-block;margin-right:14px}
.panel{background:#fff;border:1px solid #d1d9e0;border-radius:10px;padding:16px}
.item{border-top:1px solid #d1d9e0}
.item:first-child{border-top:0}
.item summary{display:flex;align-items:center;gap:12px;padding:10px 4px;cursor:pointer;
  list-style:none}
.item summary::-webkit-details-marker{display:none}
.mark{width:26px;height:26px;border-radius:50%;color:#fff;font-weight:700;display:flex;
  align-items:center;justify-content:center;flex:none}
.pass .mark{background:#2e7d32}.warn .mark{background:#ef6c00}.fail .mark{background:#c62828}
.not-applicable .mark,.not-checked .mark{background:#8c959f}
.not-applicable .title,.not-checked .title{color:#59636e}
.title{flex:1;font-weight:600}
.title code{font-weight:400;color:#59636e;font-size:13px}
.status{font-size:13px;text-transform:uppercase;font-weight:700;width:48px}
.pass .status{color:#2e7d32}.warn .status{color:#ef6c00}.fail .status{color:#c62828}
.weight{font-size:13px;color:#59636e;width:70px;text-align:right}
.evidence{margin:0 0 12px 38px;padding:0;list-style:none}
.evidence li{margin:6px 0}
.sev{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-size:12px;
  font-weight:700;text-transform:uppercase}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
pre{background:#f6f8fa;border:1px solid #d1d9e0;border-radius:6px;padding:8px 10px;margin:4px 0;
  overflow-x:auto;white-space:pre-wrap;word-break:break-word;
  font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
details.help summary{font-size:13px;color:#0969da;cursor:pointer}
details.help pre{background:#fff}
.chart text{font:12px system-ui,sans-serif;fill:#1f2328}
footer{margin-top:24px;font-size:12px;color:#59636e}
@media print{
  body{background:#fff;font-size:12px}
  main{max-width:none;padding:0}
  .panel,.head{border:0;padding:0}
  details>*{display:block}
  details:not([open])>summary~*{display:block}
  .item,pre{break-inside:avoid}
  details.help{display:none}
}
"""


def render(data: ReportData) -> str:
    cl = data.checklist
    s = data.summary()
    counts = s["items"]
    sev = ", ".join(f"{s['by_severity'][k]} {k}" for k in SEVERITIES if s["by_severity"].get(k))
    cap = f'<div class="muted">Grade capped: {escape(cl.cap)}</div>' if cl.cap else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # no script, no remote content: a strict policy makes that a promise to the browser too
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>aiscan audit: {cl.score}/100 ({cl.grade})</title>",
        f"<style>{CSS}</style></head><body><main>",
        '<section class="head">',
        f'<div class="grade" style="background:{GRADE_COLOURS.get(cl.grade, "#555")}"'
        f' aria-label="grade">{escape(cl.grade)}</div>',
        "<div><h1>aiscan audit report</h1>",
        f'<div class="score">{cl.score}<small> / 100</small></div>{cap}',
        f'<div class="counts"><span>✔ {counts[PASS]} passed</span><span>! {counts[WARN]} warned'
        f'</span><span>✖ {counts[FAIL]} failed</span><span>– {counts[NA]} not applicable</span>'
        + (f"<span>? {counts[NOT_CHECKED]} not checked</span>" if counts[NOT_CHECKED] else "")
        + "</div>",
        f'<div class="muted">{s["findings"]} finding(s){" (" + sev + ")" if sev else ""} in '
        f'{s["files"]} file(s), {s["lines"]:,} lines</div></div></section>',
        "<h2>Findings by checklist item</h2>",
        f'<div class="panel">{_chart(cl)}</div>',
        "<h2>Checklist</h2>",
        '<div class="panel">',
        *(_item(data, item) for item in cl.items),
        "</div>",
        *_inventory(data),
        f"<footer>Generated by aiscan {escape(__version__)}. Score: weighted average of item "
        "scores (pass 1, warn 0.5, fail 0), not-applicable and not-checked items left out. Snippets are "
        "redacted.</footer>",
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _inventory(data: ReportData) -> list[str]:
    if not data.has_llm:
        return []
    from ..inventory_render import render_text

    return ["<h2>LLM inventory</h2>",
            f'<div class="panel"><pre>{escape(render_text(data.inventory))}</pre></div>']


def _chart(cl) -> str:
    """Horizontal bars, one per item with findings, stacked by severity."""
    rows = [i for i in cl.items if i.by_severity]
    if not rows:
        return '<p class="muted">No findings.</p>'
    label_w, bar_w, row_h, top = 300, 560, 26, 30
    biggest = max(sum(i.by_severity.values()) for i in rows)
    height = top + row_h * len(rows) + 10
    out = [f'<svg class="chart" role="img" aria-label="findings by item and severity" '
           f'viewBox="0 0 {label_w + bar_w + 60} {height}" width="100%" '
           f'xmlns="http://www.w3.org/2000/svg">']
    x = 0
    for sev in SEVERITIES:  # legend
        out.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{SEV_COLOURS[sev]}"/>'
                   f'<text x="{x + 16}" y="14">{sev}</text>')
        x += 90
    for n, item in enumerate(rows):
        y = top + n * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
                   f"{escape(item.item.title)}</text>")
        x = float(label_w)
        for sev in SEVERITIES:
            count = item.by_severity.get(sev, 0)
            if not count:
                continue
            w = bar_w * count / biggest
            out.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                       f'fill="{SEV_COLOURS[sev]}"><title>{count} {sev}</title></rect>')
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{sum(item.by_severity.values())}</text>')
    out.append("</svg>")
    return "".join(out)


def _item(data: ReportData, item) -> str:
    mark, label = STATUS_LABELS[item.status]
    # failing and warning items open by default: that is what a reader came for
    opened = " open" if item.status in (FAIL, WARN) else ""
    head = (f'<details class="item {item.status}"{opened}><summary>'
            f'<span class="mark">{mark}</span>'
            f'<span class="title">{escape(item.item.title)} <code>{escape(item.id)}</code></span>'
            f'<span class="status">{label}</span>'
            f'<span class="weight">weight {item.item.weight}</span></summary>')
    lis = []
    for e in item.evidence[:MAX_EVIDENCE]:
        if not e.rule_id:
            lis.append(f"<li>{escape(e.message)}</li>")
            continue
        snippet = f"<pre>{escape(e.snippet)}</pre>" if e.snippet else ""
        help_text = data.help_text(e.rule_id)
        help_html = (f'<details class="help"><summary>About {escape(e.rule_id)} '
                     f'{escape(data.rule_name(e.rule_id))}</summary><pre>{escape(help_text)}</pre>'
                     f"</details>") if help_text else ""
        lis.append(
            f'<li><span class="sev" style="background:{SEV_COLOURS.get(e.severity, "#555")}">'
            f'{escape(e.severity)}</span> <span class="loc">{escape(e.path)}:{e.line}</span> '
            f"<strong>{escape(e.rule_id)}</strong> {escape(e.message)}{snippet}{help_html}</li>")
    if len(item.evidence) > MAX_EVIDENCE:
        lis.append(f'<li class="muted">… and {len(item.evidence) - MAX_EVIDENCE} more</li>')
    body = f'<ul class="evidence">{"".join(lis)}</ul>' if lis else ""
    reason = f'<p class="evidence muted">Why: {escape(item.reason)}</p>' if item.reason else ""
    return f"{head}{reason}{body}</details>"
