"""The taint analysis beyond the per-rule fixtures: sharing, scopes, branches, depth, sources."""

from __future__ import annotations

import textwrap

import pytest

from aiscan.engine.analyzer import Analyzer
from aiscan.model import Document
from aiscan.engine.rules import RuleSet, load_rules
from aiscan.analyses.taint import flows as taint_flows

RULES = load_rules().rules
TAINT_RULES = [r for r in RULES if r.match["clauses"][0].get("check") == "taint.flow"]


def scan(code: str, language: str = "python", path: str = "app.py", rules=None):
    doc = Document(path, language, textwrap.dedent(code))
    result = Analyzer(RuleSet(rules or TAINT_RULES)).analyze_document(doc)
    assert not [n for n in result.notifications if n.level == "error"], result.notifications
    return result


def hits(result) -> set[tuple[int, str]]:
    return {(f.location.line, f.rule_id) for f in result.findings}


def test_one_analysis_per_file_whatever_the_number_of_rules(monkeypatch):
    runs = []
    original = taint_flows._Walker.run

    def counting(self):
        runs.append(self.ctx.path)
        return original(self)

    monkeypatch.setattr(taint_flows._Walker, "run", counting)
    assert len(TAINT_RULES) >= 20
    result = scan("""
        import os
        from flask import request
        def f():
            os.system(request.args["c"])
            eval(request.args["e"])
    """)
    assert hits(result) == {(5, "PY150"), (6, "PY151")}
    assert runs == ["app.py"]


def test_clean_assignment_in_a_branch_does_not_clean_the_name():
    result = scan("""
        import os
        from flask import request
        def f(flag):
            cmd = request.args["c"]
            if flag:
                cmd = "ls"
            os.system(cmd)
            cmd = "ls"
            os.system(cmd)
    """)
    assert hits(result) == {(8, "PY150")}


def test_closures_see_outer_taint_and_parameters_shadow_it():
    result = scan("""
        import os
        from flask import request
        def outer():
            cmd = request.args["c"]
            def inner():
                os.system(cmd)
            def shadow(cmd):
                os.system(cmd)
            return inner, shadow
    """)
    assert hits(result) == {(7, "PY150")}


def test_containers_and_string_methods_carry_taint():
    result = scan("""
        import subprocess
        from flask import request
        def f():
            parts = []
            parts.append(request.args["a"].strip().lower())
            line = " ".join(parts)
            subprocess.run(line, shell=True)
            opts = {"x": request.args["b"]}
            subprocess.run("run {}".format(opts["x"]), shell=True)
    """)
    assert hits(result) == {(8, "PY150"), (10, "PY150")}


def test_finding_records_the_sink_and_sources():
    result = scan("""
        from flask import request, redirect
        def f():
            return redirect(request.args["next"])
    """)
    (finding,) = result.findings
    assert finding.rule_id == "PY155"
    assert finding.properties["taint"] == {
        "sink": "flask.redirect", "category": "redirect", "sources": ["request"],
        "source_lines": [4]}
    assert "request data (line 4) reaches `flask.redirect`" in finding.message


def test_message_names_every_source_line():
    result = scan("""
        import os
        from flask import request
        def f(flag):
            a = request.args["a"]
            b = request.form["b"]
            os.system(a + b)
    """)
    (finding,) = result.findings
    assert finding.properties["taint"]["source_lines"] == [5, 6]
    assert finding.message.startswith("request data (lines 5, 6) reaches `os.system`")


def test_environment_only_counts_for_commands():
    result = scan("""
        import os, requests
        def f():
            base = os.environ["BASE"]
            requests.get(base + "/x", timeout=3)
            os.system("curl " + base)
    """)
    assert hits(result) == {(6, "PY150")}


def test_llm_output_is_its_own_source_family():
    result = scan("""
        import os
        def f(chain, q):
            out = chain.invoke(q)
            os.system(out)
    """, rules=RULES)
    ids = {rid for _, rid in hits(result)}
    assert "PY611" in ids and "PY150" not in ids


def test_tsx_handler():
    result = scan("""
        export default function Page({ html }) {
          const q = new URLSearchParams(window.location.search).get("q");
          document.getElementById("out").innerHTML = q;
          return <div>{html}</div>;
        }
    """, language="tsx", path="page.tsx")
    assert hits(result) == {(4, "JS157")}


@pytest.mark.parametrize("language,path,head,sinks", [
    ("python", "deep.py", "from flask import request\nimport os\n",
     "os.system(x)\nos.system(request.args['b'])\n"),
    ("javascript", "deep.js", "const { exec } = require('child_process');\n",
     "exec(x);\nexec(req.query.b);\n"),
], ids=["python", "javascript"])
def test_deeply_nested_expressions_do_not_crash(language, path, head, sinks):
    depth = 5000
    source = "request.args['a']" if language == "python" else "req.query.a"
    code = head + "x = " + "[" * depth + source + "]" * depth + "\n" + sinks
    result = Analyzer(RuleSet(TAINT_RULES)).analyze_document(Document(path, language, code))
    assert not [n for n in result.notifications if n.level in ("error", "warning")]
    # past the depth bound a value counts as clean; the rest of the file is still analysed
    prefix = "PY" if language == "python" else "JS"
    assert hits(result) == {(head.count("\n") + 3, f"{prefix}150")}


def test_deeply_nested_statements_are_walked_iteratively():
    depth = 400
    lines = ["from flask import request", "import os", "def f():"]
    for i in range(depth):
        lines.append("    " * (i + 1) + "if a:")
    lines.append("    " * (depth + 1) + "os.system(request.args['c'])")
    result = scan("\n".join(lines) + "\n")
    assert hits(result) == {(depth + 4, "PY150")}


def test_literal_api_key_is_never_printed_in_full():
    key = "sk-proj-" + "Zq8Lm3Xv9Tp2Rw7Kc4Nb6Hd1"
    rules = [r for r in RULES if r.id in ("PY630", "JS630")]
    py = scan(f'from openai import OpenAI\nclient = OpenAI(api_key="{key}")\n', rules=rules)
    js = scan(f'import OpenAI from "openai";\nconst c = new OpenAI({{ apiKey: "{key}" }});\n',
              language="javascript", path="app.js", rules=rules)
    for result, rid in ((py, "PY630"), (js, "JS630")):
        (finding,) = result.findings
        assert finding.rule_id == rid and finding.location.line == 2
        assert "OpenAI" in finding.message
        assert key not in finding.message and key not in finding.snippet
        assert key[4:-2] not in repr(finding)
        assert finding.secret_hash


def test_promise_callbacks_comprehensions_and_next_route_params():
    js = scan("""
        export async function GET(request, { params }) {
          const row = await db.query("SELECT * FROM t WHERE id = " + params.id);
          return row;
        }
        function load(el, url) {
          fetch(url).then((r) => r.text()).then((html) => { el.innerHTML = html; });
          Promise.resolve("x").then((v) => { el.innerHTML = v; });
        }
    """, language="typescript", path="route.ts")
    assert hits(js) == {(3, "JS152"), (7, "JS157")}
    py = scan("""
        import os
        from flask import request
        def f():
            return [os.system(c) for c in request.args.getlist("c")]
    """)
    assert hits(py) == {(5, "PY150")}


def test_files_without_any_source_word_are_not_walked(monkeypatch):
    runs = []
    monkeypatch.setattr(taint_flows._Walker, "run", lambda self: runs.append(1) or [])
    scan("import os\n\ndef f(cmd):\n    os.system(cmd)\n")
    assert runs == []
    scan("import os\n\ndef f():\n    os.system(input())\n")
    assert runs == [1]


def test_a_tool_function_alone_is_analysed():
    result = scan("""
        import os
        from langchain_core.tools import tool

        @tool
        def shell(command: str) -> str:
            return os.popen(command).read()
    """, rules=RULES)
    assert {rid for _, rid in hits(result)} & {"PY150", "PY611"} == {"PY611"}


def test_strict_taints_are_kept_only_when_a_rule_asks_for_a_proof(monkeypatch):
    """The walk for the flows alone keeps no strict taints or snapshots; a rule with
    `unsafe_for` gets a proving walk, whose flows serve the taint rules too."""
    walks = []
    original = taint_flows._Walker.run

    def spying(self):
        flows = original(self)
        walks.append((self.proving, any(k.startswith("\0") for k in self.scopes[0][0])))
        return flows

    monkeypatch.setattr(taint_flows._Walker, "run", spying)
    flask = """
        import os
        from flask import request
        name = "docs"
        os.system(request.args["c"])
    """
    assert hits(scan(flask)) == {(5, "PY150")}
    assert walks == [(False, False)]
    walks.clear()
    safe = """
        import os
        name = "docs"
        os.system("ls " + name)
        os.system(input())
    """
    assert {rid for line, rid in hits(scan(safe, rules=RULES)) if line == 4} == set()
    assert walks == [(True, True)]


def test_source_tables_match_the_first_glob_in_order():
    from aiscan.analyses.taint.specs import _first

    table = (("os.environ.get", "env"), ("os.*", "other"), ("*.get", "http"))
    assert _first(table, "os.environ.get", {}) == "env"
    assert _first(table, "os.getenv", {}) == "other"
    assert _first(table, "client.get", {}) == "http"
    assert _first(table, "get", {}) is None
    assert _first((), "os.getenv", {}) is None


def test_scope_key_prefixes_are_distinct():
    """Facts about names share the walker's scope under control-character prefixes: two
    features must never pick the same one (nor one that starts another)."""
    from aiscan.analyses.taint import scope_keys

    keys = scope_keys.ALL
    assert len(set(keys)) == len(keys)
    assert not [(a, b) for a in keys for b in keys if a != b and a.startswith(b)]
