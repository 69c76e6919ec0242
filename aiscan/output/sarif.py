"""SARIF 2.1.0 built on sarif-om's object model, shaped for GitHub code scanning.

sarif-om cannot write JSON itself; `to_json` walks its attrs classes, names each field by its
`schema_property_name` metadata and drops values left at their defaults.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..model import Finding, Rule
from ..pipeline.scan import ScanResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/aiscan/aiscan"
ROOT_ID = "%SRCROOT%"
MAX_TAGS = 20  # GitHub keeps at most 20 tags per rule
ALWAYS_WRITTEN = frozenset({"level"})  # explicit even when equal to SARIF's default
MAX_RESULTS = 25_000  # GitHub rejects a run with more results


def _serialize(obj):
    import attr

    if attr.has(type(obj)):
        out = {}
        for f in attr.fields(type(obj)):
            value = getattr(obj, f.name)
            if value is None:
                continue
            default = f.default
            if default is not attr.NOTHING and f.name not in ALWAYS_WRITTEN:
                if isinstance(default, attr.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                if value == default:
                    continue
            out[f.metadata.get("schema_property_name", f.name)] = _serialize(value)
        return out
    if isinstance(obj, dict):
        return {k: _serialize(v) for k, v in obj.items() if v is not None}
    if isinstance(obj, (list, tuple)):
        return [_serialize(v) for v in obj]
    return obj


def to_json(log) -> str:
    return json.dumps(_serialize(log), indent=2, ensure_ascii=False)


def rule_descriptor(rule: Rule):
    import sarif_om as om

    tags = ["security"] if rule.is_security else []
    tags += [f"external/cwe/cwe-{c}" for c in rule.cwe]
    tags += [rule.category, *rule.tags]
    tags = list(dict.fromkeys(tags))[:MAX_TAGS]
    properties = {
        "tags": tags,
        "precision": {"high": "high", "medium": "medium", "low": "low"}[rule.confidence],
        "problem.severity": {4: "error", 3: "error", 2: "warning", 1: "recommendation",
                             0: "recommendation"}[int(rule.severity)],
        "aiscan.severity": rule.severity.label,
        "aiscan.checklist": rule.checklist,
        "aiscan.status": rule.status,
    }
    if rule.is_security:
        properties["security-severity"] = rule.severity.security_severity
    lang = rule.languages[0] if rule.languages and rule.languages[0] != "generic" else ""
    return om.ReportingDescriptor(
        id=rule.id,
        name=_pascal(rule.name),
        short_description=om.MultiformatMessageString(text=rule.short_description),
        full_description=om.MultiformatMessageString(text=rule.help.what.strip()),
        help=om.MultiformatMessageString(text=rule.help.as_text(), markdown=rule.help.as_markdown(lang)),
        help_uri=_help_uri(rule),
        default_configuration=om.ReportingConfiguration(level=rule.severity.sarif_level),
        properties=properties,
    )


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def _help_uri(rule: Rule) -> str | None:
    """A built-in rule's section of the generated reference (aiscan.output.rule_docs); a rule
    from a user's own directory has none there, so it links its first CWE, if any."""
    from ..engine.rules import builtin_rules_dir

    if rule.source.startswith(str(builtin_rules_dir())) or not rule.source:
        from .rule_docs import anchor

        return f"{INFO_URI}/blob/main/docs/rules.md#{anchor(rule)}"
    if rule.cwe:
        return f"https://cwe.mitre.org/data/definitions/{rule.cwe[0]}.html"
    return None


def _uri(rel: str) -> str:
    return quote(posixpath.normpath(rel), safe="/")


def _result(f: Finding, index: int, rule: Rule):
    import sarif_om as om

    loc = f.location
    region = om.Region(
        start_line=loc.line, start_column=loc.column, end_line=loc.end_line,
        end_column=max(loc.end_column, loc.column + 1) if loc.end_line == loc.line else loc.end_column,
        snippet=om.ArtifactContent(text=f.snippet) if f.snippet else None,
    )
    result = om.Result(
        rule_id=f.rule_id,
        rule_index=index,
        level=f.severity.sarif_level,
        message=om.Message(text=f.message),
        locations=[om.Location(physical_location=om.PhysicalLocation(
            artifact_location=om.ArtifactLocation(uri=_uri(loc.path), uri_base_id=ROOT_ID),
            region=region,
        ))],
        partial_fingerprints={"primaryLocationLineHash": f.line_hash},
        fingerprints={"aiscan/v1": f.fingerprint},
        properties={"severity": f.severity.label, **_jsonable(f.properties)},
    )
    # The file's role, as a property and as a tag code scanning can filter on (`tag:role/test`).
    result.properties["role"] = f.role
    result.properties["tags"] = [*result.properties.get("tags", ()), f"role/{f.role}"]
    if f.suppressed is not None:
        result.suppressions = [om.Suppression(kind="inSource", justification=f.suppressed or None)]
    if f.severity != rule.severity:
        result.properties["aiscan.rule-severity"] = rule.severity.label
    return result


def _jsonable(props: dict) -> dict:
    return {k: v for k, v in props.items() if isinstance(v, (str, int, float, bool, list, dict))}


def _notification(n):
    import sarif_om as om

    locations = None
    if n.path:
        locations = [om.Location(physical_location=om.PhysicalLocation(
            artifact_location=om.ArtifactLocation(uri=_uri(n.path), uri_base_id=ROOT_ID)))]
    note = om.Notification(message=om.Message(text=n.message), level=n.level, locations=locations)
    if n.rule_id:
        note.associated_rule = om.ReportingDescriptorReference(id=n.rule_id)
    return note


def _within_github_limits(findings: list[Finding], notifications: list):
    """At most MAX_RESULTS results: keep the unsuppressed, most severe ones, and say so."""
    if len(findings) <= MAX_RESULTS:
        return findings, notifications
    from ..model import Notification

    ranked = sorted(findings, key=lambda f: (f.suppressed is not None, -int(f.severity), f.sort_key))
    kept = sorted(ranked[:MAX_RESULTS], key=lambda f: f.sort_key)
    lowest = ranked[MAX_RESULTS - 1].severity.label
    notifications.append(Notification(
        f"{len(findings)} results exceed GitHub code scanning's limit of {MAX_RESULTS} per run; "
        f"kept the {MAX_RESULTS} most severe (down to {lowest}) and left out "
        f"{len(findings) - MAX_RESULTS}", "", "warning"))
    return kept, notifications


def build_log(result: ScanResult, category: str = "aiscan", run_properties: dict | None = None,
              fixes: dict | None = None):
    """`fixes` maps id(finding) to SARIF `fix` objects (see aiscan.fix.sarif_fixes)."""
    import sarif_om as om

    rules = result.ruleset.rules
    index = {r.id: i for i, r in enumerate(rules)}
    driver = om.ToolComponent(
        name="aiscan", version=__version__, semantic_version=__version__,
        information_uri=INFO_URI, rules=[rule_descriptor(r) for r in rules],
    )
    findings, notifications = _within_github_limits(
        [f for f in result.findings if f.rule_id in index], list(result.notifications))
    results = [_result(f, index[f.rule_id], result.ruleset.by_id[f.rule_id]) for f in findings]
    if result.baseline_unchanged is not None:  # baseline-matched findings are left out
        for r in results:
            r.baseline_state = "new"
    for f, res in zip(findings, results):
        if fixes and id(f) in fixes:
            res.fixes = fixes[id(f)]
    invocation = om.Invocation(
        execution_successful=not any(n.level == "error" and not n.path for n in result.notifications),
        tool_execution_notifications=[_notification(n) for n in notifications] or None,
    )
    root_uri = Path(result.root).resolve().as_uri() + "/"
    run = om.Run(
        tool=om.Tool(driver=driver),
        results=results,
        invocations=[invocation],
        original_uri_base_ids={ROOT_ID: om.ArtifactLocation(uri=root_uri)},
        automation_details=om.RunAutomationDetails(id=f"{category}/"),
        column_kind="unicodeCodePoints",
        properties={"aiscan": {"files": result.files, "skipped": result.skipped,
                               "lines": result.lines,
                               **({"not_shown": result.hidden} if result.hidden else {}),
                               **(run_properties or {})}},
    )
    return om.SarifLog(version="2.1.0", schema_uri=SCHEMA_URI, runs=[run])


def render(result: ScanResult, category: str = "aiscan", run_properties: dict | None = None,
           fixes: dict | None = None) -> str:
    return to_json(build_log(result, category, run_properties, fixes)) + "\n"

