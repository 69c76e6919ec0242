"""Matcher vocabulary details that fixtures of a single rule don't pin down."""

from __future__ import annotations

import textwrap

from aiscan.engine.analyzer import Analyzer
from aiscan.model import Document
from aiscan.engine.rules import RuleSet, load_rule_file

RULE = """\
id: PY999
name: test-timeout-absent
message: "no timeout"
severity: low
confidence: high
category: quality
languages: [python, javascript, typescript]
checklist: config
match:
  call:
    callee: ["requests.get", "fetch"]
    where:
      - {keyword: timeout, is: absent}
      - {keyword: "**", is: absent}
help:
  what: HTTP calls without a timeout.
  why: They can hang for ever.
  example: requests.get(url)
  instead: requests.get(url, timeout=5)
  references: [https://example.org]
"""


def _lines(tmp_path, path, language, code):
    rule_path = tmp_path / "rule.yaml"
    rule_path.write_text(RULE, encoding="utf-8")
    analyzer = Analyzer(RuleSet([load_rule_file(rule_path)]))
    doc = Document(path=path, language=language, text=textwrap.dedent(code))
    return sorted(f.location.line for f in analyzer.analyze_document(doc).findings)


def test_python_dictionary_splat_counts_as_possible_keywords(tmp_path):
    code = """\
        import requests
        requests.get(url)
        requests.get(url, **options)
        requests.get(url, timeout=5)
        requests.get(url, *args)
    """
    # line 3 may get its timeout from **options; *args on line 5 cannot supply a keyword
    assert _lines(tmp_path, "a.py", "python", code) == [2, 5]


def test_javascript_object_spread_counts_as_possible_keywords(tmp_path):
    code = """\
        fetch(url, { method: "GET" });
        fetch(url, { ...defaults, method: "GET" });
        fetch(url, ...rest);
        fetch(url, { timeout: 5 });
    """
    assert _lines(tmp_path, "a.js", "javascript", code) == [1]


def test_keyword_prefilter_activates_only_rules_whose_words_are_present(tmp_path):
    from aiscan.engine.analyzer import LanguagePlan
    from aiscan.engine.matchers import compile_rule

    rules = []
    for rid, words in (("PY997", "[alpha, shared]"), ("PY998", "[shared]"), ("PY999", "[omega]")):
        path = tmp_path / f"{rid}.yaml"
        path.write_text(RULE.replace("PY999", rid).replace("test-timeout-absent", f"t-{rid.lower()}")
                        .replace("checklist: config", f"checklist: config\nkeywords: {words}"),
                        encoding="utf-8")
        rules.append(load_rule_file(path))
    plan = LanguagePlan("python", rules, {r.id: compile_rule(r) for r in rules})
    assert {r.id for r, _ in plan.active("x = shared()")} == {"PY997", "PY998"}
    assert {r.id for r, _ in plan.active("omega")} == {"PY999"}
    assert plan.active("nothing here") == []


def test_typescript_options_object_behind_as_const_gives_keywords(tmp_path):
    code = """\
        fetch(url, { method: "GET" } as const);
        fetch(url, { timeout: 5 } as const);
        fetch(url, { timeout: 5 } satisfies Options);
    """
    assert _lines(tmp_path, "a.ts", "typescript", code) == [1]


def _severities(rule_id, code, path="app.py"):
    from aiscan.engine.rules import load_rules

    rule = next(r for r in load_rules().rules if r.id == rule_id)
    doc = Document(path=path, language="python", text=textwrap.dedent(code))
    return {f.location.line: f.severity.label
            for f in Analyzer(RuleSet([rule])).analyze_document(doc).findings}


def test_markup_of_built_html_is_medium_and_of_an_untraced_value_low():
    assert _severities("PY108", """\
        from markupsafe import Markup
        def page(user, text):
            a = Markup(f"<b>{user.bio}</b>")
            html = "<p>"
            html += user.bio
            b = Markup(html)
            c = Markup(text)
            d = Markup(user.signature)
            n = "\\n"
            e = Markup(n)
        """) == {3: "medium", 6: "medium", 7: "low", 8: "low"}


def test_placeholder_in_a_main_block_is_a_demo_at_low_severity():
    from aiscan.engine.rules import load_rules

    gen702 = next(r for r in load_rules().rules if r.id == "GEN702")
    code = textwrap.dedent('''\
        client = Client(token="<your api token>")
        if __name__ == "__main__":
            demo = Client(token="<your api token>")
        ''')
    doc = Document(path="lib/mod.py", language="python", text=code)
    found = {f.location.line: f for f in Analyzer(RuleSet([gen702])).analyze_document(doc).findings}
    assert found[1].severity.label == "medium" and "demo" not in found[1].message
    assert found[3].severity.label == "low" and "__main__" in found[3].message


def test_exec_of_a_file_read_is_low_and_of_request_data_high():
    assert _severities("PY101", """\
        def load(filename, request):
            ns = {}
            with open(filename, "rb") as fh:
                exec(compile(fh.read(), filename, "exec"), ns)
            exec(open(filename).read())
            exec(request.stream.read())
            exec(compile(request.form["code"], "<x>", "exec"))
        """) == {4: "low", 5: "low", 6: "high", 7: "high"}


def test_unsafe_yaml_of_the_projects_own_file_is_low():
    assert _severities("PY201", """\
        import yaml
        from pathlib import Path
        ROOT = Path(__file__).parent
        CONFIG = ROOT / "docs" / "mkdocs.yml"
        def own():
            return yaml.unsafe_load(CONFIG.read_text(encoding="utf-8"))
        def also_own():
            with open("settings.yml") as fh:
                return yaml.unsafe_load(open("settings.yml").read())
        def theirs(path, request):
            yaml.unsafe_load(Path(path).read_text())
            return yaml.unsafe_load(request.data)
        """) == {6: "low", 9: "low", 11: "high", 12: "high"}


def test_insecure_code_behind_the_callers_opt_in_is_low():
    assert _severities("PY402", """\
        import ssl
        def context(verified, ssl_require):
            if verified:
                ctx = ssl.create_default_context()
            else:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                ctx.check_hostname = False
            if ssl_require:
                ctx.verify_mode = ssl.CERT_NONE
            return ctx
        """) == {7: "low", 9: "high"}
    assert _severities("PY202", """\
        import pickle
        def load(path, allow_dangerous_deserialization=False):
            if not allow_dangerous_deserialization:
                raise ValueError("opt in first")
            with open(path, "rb") as fh:
                return pickle.load(fh)
        def cookie(data):
            return pickle.loads(data)
        """) == {6: "low", 8: "high"}
