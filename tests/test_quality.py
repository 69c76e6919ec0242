"""Metrics and stub detection beyond the line-exact fixtures: values, fallbacks, deep trees."""

from __future__ import annotations

from aiscan.engine.analyzer import Analyzer
from aiscan.model import Document
from aiscan.engine.rules import load_rules

RULES = load_rules()


def findings(path: str, text: str, *ids: str):
    analyzer = Analyzer(RULES.filtered(list(ids)))
    result = analyzer.analyze_document(Document(path=path, language=_lang(path), text=text))
    assert not [n for n in result.notifications if n.level == "error"], result.notifications
    return [(f.rule_id, f.location.line, f.message) for f in result.findings]


def _lang(path: str):
    from aiscan.engine.languages import language_for

    return language_for(path)


BRANCHY = "def f(x):\n" + "".join(f"    if x == {i}:\n        return {i}\n" for i in range(20)) + \
    "    return 0\n"


def test_python_complexity_names_function_and_value():
    got = findings("m.py", BRANCHY, "PY811")
    assert got == [("PY811", 1, "`f` has cyclomatic complexity 21 (limit 15)")]


def test_python_complexity_falls_back_to_tree_sitter_when_ast_fails():
    # `print x` is Python 2: ast refuses the file, tree-sitter still reads the function.
    text = BRANCHY + "print x\n"
    got = findings("m.py", text, "PY811")
    assert got == [("PY811", 1, "`f` has cyclomatic complexity 21 (limit 15)")]


def test_js_arrow_function_named_from_its_variable():
    text = "const handle = (x) => {\n" + "".join(f"  if (x === {i} || x === -{i}) return {i};\n"
                                               for i in range(8)) + "  return 0;\n};\n"
    got = findings("a.js", text, "JS811")
    assert got == [("JS811", 1, "`handle` has cyclomatic complexity 17 (limit 15)")]


def test_go_grouped_parameters_are_counted_one_by_one():
    got = findings("a.go", "package a\n\nfunc F(a, b, c, d int, e, f, g, h string) {}\n", "GO813")
    assert got == [("GO813", 3, "`F` takes 8 parameters (limit 7)")]


def test_deeply_nested_file_does_not_crash_metrics():
    depth = 3000
    text = "def f(x):\n    return " + "(" * depth + "x" + ")" * depth + "\n"
    # No finding expected and, above all, no error notification from a recursion limit.
    assert findings("deep.py", text, "PY811", "PY814") == []


def test_nested_functions_are_measured_separately():
    inner = "".join(f"        if x == {i}:\n            return {i}\n" for i in range(16))
    text = "def outer(x):\n    def inner(x):\n" + inner + "        return 0\n    return inner(x)\n"
    got = findings("m.py", text, "PY811")
    assert [(rid, line) for rid, line, _ in got] == [("PY811", 2)]


def test_stub_reasons_are_in_the_message():
    text = "def refund(card):\n    raise NotImplementedError\n"
    assert findings("pay.py", text, "PY701") == [
        ("PY701", 1, "`refund` is unfinished: it raises NotImplementedError")]


def test_annotated_dummies_in_test_files_are_not_stubs():
    text = "def f(x) -> list: pass\n"
    assert findings("tests/test_grammar.py", text, "PY701") == []
    assert [r for r, _, _ in findings("app.py", text, "PY701")] == ["PY701"]


def test_pyi_stubs_are_not_unfinished():
    assert findings("api.pyi", "def get(key: str) -> bytes: ...\n", "PY701") == []


def test_placeholder_hosts_in_tests_are_deliberate():
    text = 'import requests\nrequests.get("https://www.example.com/x")\n'
    assert findings("tests/test_client.py", text, "PY703") == []
    assert [r for r, _, _ in findings("client.py", text, "PY703")] == ["PY703"]
    js = 'await fetch("https://api.example.com/v1");\n'
    assert findings("src/api.test.ts", js, "JS703") == []
    assert [r for r, _, _ in findings("src/api.ts", js, "JS703")] == ["JS703"]


def test_commented_out_code_inside_a_string_is_not_a_comment():
    text = 'DOC = """\n' + "".join(f"# v{i} = {i}\n" for i in range(6)) + '"""\n'
    assert findings("m.py", text, "GEN713") == []
    text = "".join(f"# v{i} = {i}\n" for i in range(6))
    assert findings("m.py", text, "GEN713") == [
        ("GEN713", 1, "6 consecutive comment lines that read as code: commented-out code left behind")]


def test_metrics_summary_reaches_the_file_facts():
    analyzer = Analyzer(RULES.filtered(["PY811"]))
    result = analyzer.analyze_document(Document(path="m.py", language="python", text=BRANCHY))
    assert result.facts["metrics"] == {"functions": 1, "max_complexity": 21,
                                       "max_function_lines": 42, "max_nesting": 1}
