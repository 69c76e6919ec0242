"""Every rule against its fixtures, line by line: the set of (line, rule id) must match exactly."""

from __future__ import annotations

import pytest

from aiscan.engine import fixtures
from aiscan.engine.analyzer import Analyzer
from aiscan.engine.rules import RuleSet, load_rules, rule_files, builtin_rules_dir

CATALOGUE = load_rules()
RULES = CATALOGUE.rules
CASES = [(rule, path) for rule in RULES for path in fixtures.fixture_files(rule.source)]


def run_rule(rule, path):
    doc = fixtures.document(path)
    analyzer = Analyzer(RuleSet([rule], known=CATALOGUE.known))  # as in a scan: every id is known
    analyzer.validate_queries()
    result = analyzer.analyze_document(doc)
    return doc, result


@pytest.mark.parametrize("rule,path", CASES, ids=[f"{r.id}-{p.name}" for r, p in CASES])
def test_fixture(rule, path):
    doc, result = run_rule(rule, path)
    exp = fixtures.parse(path, doc.text)
    got = {(f.location.line, f.rule_id) for f in result.findings}
    mine = lambda pairs: {p for p in pairs if p[1] == rule.id}  # noqa: E731
    expected = mine(exp.ruleid) | mine(exp.todook)
    missing = sorted(expected - got)
    unexpected = sorted(got - expected)
    assert not missing and not unexpected, (
        f"{path.name}: missing findings {missing}, unexpected findings {unexpected}"
    )
    assert not [n for n in result.notifications if n.level == "error"], result.notifications


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_positive_and_negative_cases(rule):
    paths = fixtures.fixture_files(rule.source)
    assert paths, f"{rule.id} ({rule.source}) has no fixture beside it"
    positives = negatives = 0
    for path in paths:
        exp = fixtures.parse(path, path.read_text(encoding="utf-8"))
        positives += sum(1 for _, rid in exp.ruleid if rid == rule.id)
        negatives += sum(1 for _, rid in exp.ok if rid == rule.id)
    assert positives, f"{rule.id} has no `ruleid:` case"
    assert negatives, f"{rule.id} has no `ok:` case"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_annotations_name_this_rule(rule):
    for path in fixtures.fixture_files(rule.source):
        exp = fixtures.parse(path, path.read_text(encoding="utf-8"))
        known = {r.id for r in RULES}
        unknown = exp.ids() - known
        assert not unknown, f"{path.name} names unknown rule ids {sorted(unknown)}"
        assert exp.ids() <= {rule.id}, f"{path.name} annotates other rules: {sorted(exp.ids() - {rule.id})}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_metadata_complete(rule):
    if rule.category in ("security", "secrets", "llm"):
        assert rule.cwe, f"{rule.id}: security rules need a CWE"
    assert rule.help.what.strip() and rule.help.why.strip()
    assert rule.help.example.strip() and rule.help.instead.strip(), f"{rule.id}: example and fix"
    assert rule.help.references, f"{rule.id}: at least one reference"
    if rule.cwe:
        assert any(f"cwe.mitre.org/data/definitions/{rule.cwe[0]}" in r for r in rule.help.references)
    assert rule.short_description


def test_every_rule_file_is_loaded():
    assert len(RULES) == len(rule_files(builtin_rules_dir()))
    assert len({r.id for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_rule_ids_follow_the_language_prefix():
    prefixes = {"python": "PY", "javascript": "JS", "typescript": "JS", "go": "GO", "java": "JV",
                "generic": ("SEC", "GEN", "REPO"), "templates": "TPL"}
    for rule in RULES:
        family = rule.source.replace("\\", "/").split("/rules/")[-1].split("/")[0]
        expected = prefixes.get(family)
        if expected:
            assert rule.id.startswith(expected), f"{rule.id} lives under rules/{family}/"


def test_every_builtin_query_compiles_for_every_language_it_names():
    # scans skip this check for built-in rules to start fast; this test is what makes that safe
    Analyzer(load_rules()).validate_queries(include_builtin=True)
