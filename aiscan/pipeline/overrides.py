"""Configuration applied to a scan's findings: per-path ignores and severity overrides.

Per-path globs use gitignore syntax (pathspec), matched against the path relative to the scan
root: `tests/**` is everything under tests/, `*.test.js` is that name at any depth.
"""

from __future__ import annotations

from .config import Config
from ..model import Finding
from ..engine.rules import RuleSet
from ..engine.rules import _selects as selects  # the grammar of --select and --ignore


def apply(findings: list[Finding], config: Config, ruleset: RuleSet) -> None:
    """Drop findings their path ignores; change severities the configuration overrides."""
    if config.per_path_ignores:
        import pathspec

        specs = [(pathspec.GitIgnoreSpec.from_lines([glob]), ids)
                 for glob, ids in config.per_path_ignores.items()]

        def ignored(f: Finding) -> bool:
            rule = ruleset.by_id.get(f.rule_id)
            return rule is not None and any(
                spec.match_file(f.location.path) and any(selects(s, rule) for s in ids)
                for spec, ids in specs)

        findings[:] = [f for f in findings if not ignored(f)]
    if config.severity_overrides:
        for f in findings:
            rule = ruleset.by_id.get(f.rule_id)
            if rule is None:
                continue
            for selector, severity in config.severity_overrides.items():
                if selects(selector, rule):
                    f.severity = severity
                    break
