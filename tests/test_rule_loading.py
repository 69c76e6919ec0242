"""Rule loading: validation errors name file and field; the validated-rules cache never hides an edit."""

from __future__ import annotations

import pytest

from aiscan.engine.rules import RuleError, load_rules

RULE = """\
id: PY998
name: demo-rule
message: "demo message for {callee}"
severity: {severity}
confidence: high
category: security
languages: [python]
cwe: [95]
checklist: injection
match: {{call: {{callee: eval}}}}
help: {{what: finds things here, why: because of reasons, example: "eval(x)", instead: "ast.literal_eval(x)", references: ["https://cwe.mitre.org/data/definitions/95.html"]}}
"""


def test_an_edited_rule_is_validated_again(tmp_path):
    rule = tmp_path / "demo.yaml"
    rule.write_text(RULE.format(severity="high", callee="{callee}"))
    assert load_rules([tmp_path]).by_id["PY998"].severity.label == "high"
    assert load_rules([tmp_path]).by_id["PY998"].severity.label == "high"  # from the cache
    rule.write_text(RULE.format(severity="urgent", callee="{callee}"))
    with pytest.raises(RuleError, match=r"demo.yaml: invalid rule at 'severity'"):
        load_rules([tmp_path])


def test_duplicate_ids_are_rejected(tmp_path):
    (tmp_path / "a.yaml").write_text(RULE.format(severity="high", callee="{callee}"))
    (tmp_path / "b.yaml").write_text(RULE.format(severity="low", callee="{callee}").replace("demo-rule", "other"))
    with pytest.raises(RuleError, match="duplicate rule id or name 'PY998'"):
        load_rules([tmp_path])


def test_unknown_check_and_bad_query_are_startup_errors(tmp_path):
    from aiscan.pipeline.scan import build_analyzer
    from aiscan.pipeline.config import Config

    (tmp_path / "c.yaml").write_text(
        RULE.format(severity="high", callee="{callee}").replace("{call: {callee: eval}}", "{check: no.such-check}"))
    with pytest.raises(RuleError, match="unknown check 'no.such-check'"):
        build_analyzer(Config(rule_dirs=[str(tmp_path)]))
    (tmp_path / "c.yaml").write_text(
        RULE.format(severity="high", callee="{callee}").replace("{call: {callee: eval}}", "{query: '(no_such_node) @match'}"))
    with pytest.raises(RuleError, match="invalid rule at 'match/query' for python"):
        build_analyzer(Config(rule_dirs=[str(tmp_path)]))
