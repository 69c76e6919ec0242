"""One weakness, one finding: when rules flag the same weakness (a shared CWE) on the same code
(overlapping spans starting on the same line), one finding is kept and names the others in
`properties["also"]` — e.g. the taint rule that saw `request.args` reach `eval` absorbs the
syntactic `eval(non-literal)` rule, and a provider's key rule absorbs the model-client rule
that saw the same literal.

Which one is kept is data, not rule ids: a rule marked `yields: true` in its YAML (a generic
rule that a specific one refines) gives way first; then the more certain rule (confidence),
then the more severe, then the lower id. Collapsing runs before inline suppressions, so a
suppression of the kept finding, or of any id it absorbed, covers the whole weakness.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Finding, Rule

_RANK = {"high": 2, "medium": 1, "low": 0}


def _strength(f: Finding, rule: Rule) -> tuple:
    return (not rule.yields, _RANK.get(rule.confidence, 0), int(f.severity))


def collapse(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    by_line: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        rule = rules.get(f.rule_id)
        if rule is not None and rule.cwe:
            by_line[f.location.line].append(f)
    dropped: set[int] = set()
    for group in by_line.values():
        if len(group) < 2 or len({f.rule_id for f in group}) < 2:
            continue
        ranked = sorted(group, key=lambda f: (tuple(-x for x in _strength(f, rules[f.rule_id])),
                                              f.rule_id, f.location.column))
        kept: list[Finding] = []
        for f in ranked:
            cwe = set(rules[f.rule_id].cwe)
            into = next((k for k in kept if k.rule_id != f.rule_id and _overlaps(k, f)
                         and cwe & set(rules[k.rule_id].cwe)), None)
            if into is None:
                kept.append(f)
                continue
            dropped.add(id(f))
            also = into.properties.setdefault("also", [])
            for rid in (f.rule_id, *f.properties.get("also", ())):
                if rid != into.rule_id and rid not in also:
                    also.append(rid)
    return [f for f in findings if id(f) not in dropped]


def _overlaps(a: Finding, b: Finding) -> bool:
    """Whether two findings cover some of the same source text."""
    la, lb = a.location, b.location
    return (la.line, la.column) <= (lb.end_line, lb.end_column) and \
        (lb.line, lb.column) <= (la.end_line, la.end_column)
