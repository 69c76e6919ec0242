"""Named checks of the insecure-pattern rules: behaviour a single fixture file can't show."""

from __future__ import annotations

from aiscan.engine.analyzer import Analyzer
from aiscan.model import Document
from aiscan.engine.rules import RuleSet, load_rules

RULES = {r.id: r for r in load_rules().rules}
CODE = "def delete(request):\n    assert request.user.is_staff\n"


def _lines(rule_id, path, code):
    doc = Document(path=path, language="python", text=code)
    return [f.location.line for f in Analyzer(RuleSet([RULES[rule_id]])).analyze_document(doc).findings]


def test_assert_authorization_is_reported_in_application_code():
    assert _lines("PY405", "app/views.py", CODE) == [2]


def test_assert_authorization_is_not_reported_in_test_files():
    for path in ("tests/views.py", "app/test_views.py", "app/views_test.py", "conftest.py"):
        assert _lines("PY405", path, CODE) == [], path
