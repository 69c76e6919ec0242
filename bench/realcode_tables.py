"""Markdown tables of the real-code benchmark (bench/realcode.py): findings per kLOC by
package, by file role and severity, and the rules that produce the most medium+ findings."""

from __future__ import annotations

from collections import Counter, defaultdict

from file_roles import ROLES

SEVERITIES = ("critical", "high", "medium", "low", "info")
MEDIUM_PLUS = frozenset(SEVERITIES[:3])


def per_kloc(count: int, loc: int) -> str:
    return f"{1000 * count / loc:.2f}" if loc else "-"


def markdown_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def package_table(results: list[dict]) -> str:
    header = ["package", "kind", "kLOC", "findings", "/kLOC", "medium+", "medium+/kLOC",
              *[f"med+ {r}" for r in ROLES], "med+ test/docs"]
    rows, total_loc, all_findings = [], 0, []
    for result in results:
        loc = sum(result["loc"].values())
        findings = result["findings"]
        rows.append(summary_row(result["package"].label, result["package"].kind, loc, findings))
        total_loc += loc
        all_findings += findings
    rows.append(summary_row("**total**", "", total_loc, all_findings))
    return markdown_table(header, rows)


def summary_row(label: str, kind: str, loc: int, findings: list[dict]) -> list:
    medium = [f for f in findings if f["severity"] in MEDIUM_PLUS]
    by_role = Counter(f["role"] for f in medium)
    return [label, kind, f"{loc / 1000:.1f}", len(findings), per_kloc(len(findings), loc),
            len(medium), per_kloc(len(medium), loc), *[by_role[r] for r in ROLES],
            by_role["test"] + by_role["docs-example"]]


def role_severity_table(results: list[dict]) -> str:
    """Findings per kLOC of each role, by severity: where the noise lives."""
    loc: Counter = Counter()
    counts: dict[str, Counter] = defaultdict(Counter)
    for result in results:
        loc.update(result["loc"])
        for finding in result["findings"]:
            counts[finding["role"]][finding["severity"]] += 1
    header = ["role", "kLOC", *SEVERITIES, "all /kLOC", "medium+", "medium+/kLOC"]
    rows = []
    for role in [*ROLES, *sorted(set(counts) - set(ROLES))]:
        by_sev = counts[role]
        medium = sum(by_sev[s] for s in MEDIUM_PLUS)
        rows.append([role, f"{loc[role] / 1000:.1f}", *[by_sev[s] for s in SEVERITIES],
                     per_kloc(sum(by_sev.values()), loc[role]), medium,
                     per_kloc(medium, loc[role])])
    return markdown_table(header, rows)


def rule_table(results: list[dict], top: int) -> str:
    """The rules producing the most medium+ findings, with the roles they land in."""
    by_rule: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, str] = {}
    for result in results:
        for finding in result["findings"]:
            if finding["severity"] in MEDIUM_PLUS:
                by_rule[finding["rule_id"]][finding["role"]] += 1
                names[finding["rule_id"]] = f"{finding.get('name', '')} ({finding['severity']})"
    ranked = sorted(by_rule.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:top]
    rows = [[rule, names[rule], sum(roles.values()), *[roles[r] for r in ROLES]]
            for rule, roles in ranked]
    return markdown_table(["rule", "name (severity)", "medium+", *ROLES], rows)
