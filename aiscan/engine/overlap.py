"""One problem, one finding: when rules of different strength flag the same weakness on the
same code (a syntactic `eval(non-literal)` rule and the taint rule that saw `request.args`
reach it), the more certain finding is kept and names the others in `properties["also"]`."""

from __future__ import annotations

from collections import defaultdict

from ..model import Finding, Rule

_RANK = {"high": 2, "medium": 1, "low": 0}


def collapse(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    by_line: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        by_line[f.location.line].append(f)
    dropped: set[int] = set()
    for group in by_line.values():
        if len(group) < 2:
            continue
        for f in group:
            rule = rules.get(f.rule_id)
            if rule is None or not rule.cwe or f.suppressed is not None:
                continue
            for g in group:
                other = rules.get(g.rule_id)
                if g is f or other is None or g.suppressed is not None or id(g) in dropped:
                    continue
                if _overlaps(f, g) and set(rule.cwe) & set(other.cwe) and \
                        _RANK[rule.confidence] > _RANK[other.confidence]:
                    dropped.add(id(g))
                    f.properties.setdefault("also", []).append(g.rule_id)
    return [f for f in findings if id(f) not in dropped]


def _overlaps(a: Finding, b: Finding) -> bool:
    """Whether two findings cover some of the same source text."""
    la, lb = a.location, b.location
    return (la.line, la.column) <= (lb.end_line, lb.end_column) and \
        (lb.line, lb.column) <= (la.end_line, la.end_column)
