"""What a scan reports by default: the rule profile and the file-role policy.

Two questions are asked of every finding, after the engine and before any output:

1. **Is its rule in the profile?** Rules marked `default: false` in their YAML (per-call
   governance, informational rules) are opt-in, like the rules outside Ruff's default set: they
   run (their facts feed the report and the inventory) but their findings are shown only with
   `--profile all` or when `select` names them.
2. **Does its rule report in this file's role?** A rule's YAML `roles:` lists the roles it
   reports in; without it, its category decides (`CATEGORY_ROLES`): secrets everywhere, every
   other category in production code only. Semgrep's default `.semgrepignore` skips `tests/`,
   CodeQL hides results in generated and library code and GitHub labels alerts in test,
   documentation, generated and library files apart from application code: deliberately unsafe
   test code, tutorial snippets and generated SDKs are not what a reviewer acts on, while a real
   provider key is a leak wherever it is committed.

`--include-tests` (config `include-roles = ["all"]`, or a list of roles) reports every role;
`--profile all` reports everything. What was held back is counted, never silently lost: the
counts travel in `ScanResult.hidden` to every output.
"""

from __future__ import annotations

from collections import Counter

from .roles import PRODUCTION, ROLES, RoleOverrides, from_path

PROFILES = ("default", "all")
# Roles each category reports in when its rule's YAML has no `roles:`.
CATEGORY_ROLES: dict[str, tuple[str, ...]] = {"secrets": ROLES}
DEFAULT_ROLES: tuple[str, ...] = (PRODUCTION,)


def reported_roles(rule) -> tuple[str, ...]:
    return rule.roles or CATEGORY_ROLES.get(rule.category, DEFAULT_ROLES)


def assign_roles(file_results, config) -> None:
    """Give every finding its file's role: configuration first, then what the engine detected."""
    overrides = RoleOverrides(config.roles) if config.roles else None
    for fr in file_results:
        role = (overrides.role_for(fr.path) if overrides else None) or fr.facts.get(
            "role") or from_path(fr.path)
        fr.facts["role"] = role
        for f in fr.findings:
            f.role = role


def apply(findings: list, config, ruleset) -> dict:
    """Drop the findings the profile and the role policy hold back; return what was held back."""
    from ..engine.rules import _selects as selects

    if config.profile == "all":
        return {}
    include = set(ROLES) if "all" in config.include_roles else set(config.include_roles)
    by_role: Counter = Counter()
    opt_in = metrics = local = 0
    kept = []
    for f in findings:
        rule = ruleset.by_id.get(f.rule_id)
        if rule is None:
            kept.append(f)
            continue
        if not rule.default and not any(selects(s, rule) for s in config.select):
            opt_in += f.suppressed is None
            continue
        if f.role not in include and f.role not in reported_roles(rule):
            if f.suppressed is None:
                by_role[f.role] += 1
            continue
        if _below_default_limit(f, rule):
            metrics += f.suppressed is None
            continue
        if _local_flow(f):
            local += f.suppressed is None
            continue
        kept.append(f)
    findings[:] = kept
    hidden = {}
    if by_role:
        hidden["by_role"] = dict(sorted(by_role.items()))
    if opt_in:
        hidden["opt_in_rules"] = opt_in
    if metrics:
        hidden["metrics_below_default_limit"] = metrics
    if local:
        hidden["local_source_flows"] = local
    return hidden


def _below_default_limit(f, rule) -> bool:
    """A metric finding between the rule's limit and its `default_limit` (the unmaintainable)."""
    limit = (rule.match.get("params") or {}).get("default_limit")
    value = f.properties.get("value")
    return limit is not None and isinstance(value, (int, float)) and value <= limit


def _local_flow(f) -> bool:
    """A file path, URL, command or code taken from local sources only (command line,
    terminal, environment): see LOCAL_INTENDED_SINKS."""
    from ..analyses.taint.specs import LOCAL_INTENDED_SINKS, LOCAL_SOURCES

    taint = f.properties.get("taint")
    if not isinstance(taint, dict) or taint.get("category") not in LOCAL_INTENDED_SINKS:
        return False
    sources = taint.get("sources")
    if taint.get("category") in ("command", "code") and f.properties.get("also"):
        # a pattern rule flags the call on its own (a shell string, eval of built text): the
        # line is reported either way, and the flow is its evidence
        return False
    return bool(sources) and set(sources) <= LOCAL_SOURCES


def hidden_note(hidden: dict) -> str:
    """One line saying what the defaults held back and how to see it ('' when nothing was)."""
    parts = []
    if hidden.get("by_role"):
        n = sum(hidden["by_role"].values())
        roles = ", ".join(f"{c} {r}" for r, c in hidden["by_role"].items())
        parts.append(f"{n} in non-production files ({roles}; --include-tests)")
    if hidden.get("opt_in_rules"):
        parts.append(f"{hidden['opt_in_rules']} from opt-in rules (--profile all)")
    if hidden.get("metrics_below_default_limit"):
        parts.append(f"{hidden['metrics_below_default_limit']} metric findings under the "
                     "default limits (--profile all)")
    if hidden.get("local_source_flows"):
        parts.append(f"{hidden['local_source_flows']} paths, URLs, commands or code from the command "
                     "line, terminal or environment (--profile all)")
    return "not shown: " + "; ".join(parts) if parts else ""
