"""Terminal listing grouped by file; colour as the command decided (--color, NO_COLOR, a terminal)."""

from __future__ import annotations

from itertools import groupby

from ..model import Severity
from ..pipeline.scan import ScanResult

_COLOURS = {
    Severity.CRITICAL: "\x1b[1;35m",
    Severity.HIGH: "\x1b[1;31m",
    Severity.MEDIUM: "\x1b[33m",
    Severity.LOW: "\x1b[36m",
    Severity.INFO: "\x1b[2m",
}
_RESET, _BOLD, _DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"


def printable(text: str) -> str:
    """Escape control characters so a file named `a\nb.py` cannot forge output lines."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def render(result: ScanResult, colour: bool = False, show_suppressed: bool = False) -> str:
    def c(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    by_id = result.ruleset.by_id
    lines: list[str] = []
    shown = [f for f in result.findings if show_suppressed or f.suppressed is None]
    for path, group in groupby(shown, key=lambda f: f.location.path):
        lines.append(c(_BOLD, printable(path)))
        for f in group:
            rule = by_id.get(f.rule_id)
            sev = f.severity.label.upper()
            cwe = f" CWE-{rule.cwe[0]}" if rule and rule.cwe else ""
            name = f" [{rule.name}]" if rule else ""
            tag = " (suppressed)" if f.suppressed is not None else ""
            also = f.properties.get("also")
            also = f" (also {', '.join(also)})" if also else ""
            if f.role != "production":  # shown only with --include-tests, or a secret
                tag += f" [{f.role}]"
            lines.append(
                f"  {f.location.line}:{f.location.column} {c(_COLOURS[f.severity], sev)} "
                f"{f.rule_id}{cwe}{name} {f.message}{also}{tag}"
            )
            if f.snippet:
                lines.append(c(_DIM, f"      {f.snippet}"))
        lines.append("")
    counts: dict[Severity, int] = {}
    for f in result.findings:
        if f.suppressed is None:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    total = sum(counts.values())
    detail = ", ".join(f"{counts[s]} {s.label}" for s in sorted(counts, reverse=True))
    lines.append(
        f"{total} finding{'s' if total != 1 else ''}"
        + (f" ({detail})" if detail else "")
        + f" in {result.files} file{'s' if result.files != 1 else ''}, {result.lines:,} lines"
        + (f"; {result.skipped} file{'s' if result.skipped != 1 else ''} skipped" if result.skipped else "")
        + "."
    )
    from ..pipeline.policy import hidden_note

    note = hidden_note(result.hidden)
    if note:
        lines.append(c(_DIM, note))
    return "\n".join(lines) + "\n"

