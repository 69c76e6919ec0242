"""Taint across the project's own modules: summaries, call facts and the cross-file round."""

from __future__ import annotations

import textwrap

from aiscan.pipeline.config import Config
from aiscan.pipeline.scan import run_scan


def project(tmp_path, files: dict[str, str]):
    for rel, code in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code))
    return tmp_path


def findings(root, **config) -> set[tuple[str, int, str]]:
    result = run_scan([str(root)], Config(jobs=1, **config), root=str(root))
    return {(f.location.path, f.location.line, f.rule_id) for f in result.findings
            if f.rule_id.startswith(("PY15", "JS15", "PY16", "JS16"))}


PY_FILES = {
    "core/__init__.py": "",
    "core/helpers.py": """\
        import os


        def run_cmd(cmd):
            return os.popen(cmd).read()


        def fixed(cmd):
            return os.popen("uptime").read()
        """,
    "core/security.py": """\
        def strip(value):
            return value.replace(";", "")


        def constant(value):
            return "ok"
        """,
    "views.py": """\
        from flask import request

        from core import helpers, security


        def view():
            url = security.strip(f"http://{request.args['host']}")
            helpers.run_cmd(f"curl {url}")
            helpers.fixed(request.args["x"])
            helpers.run_cmd(security.constant(request.args["y"]))
        """,
}


def test_a_helper_module_sink_is_reported_at_the_sink_and_at_the_call(tmp_path):
    root = project(tmp_path, PY_FILES)
    got = findings(root, use_cache=False)
    assert ("core/helpers.py", 5, "PY150") in got  # the helper's sink, naming views.py
    assert ("views.py", 8, "PY150") in got  # the call, through security.strip's return
    assert ("views.py", 8, "PY154") in got  # curl fetches the URL: SSRF too
    assert not {f for f in got if f[0] == "views.py" and f[1] in (9, 10)}
    assert not {f for f in got if f[0] == "core/helpers.py" and f[1] != 5}


def test_cross_file_results_are_the_same_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AISCAN_CACHE_DIR", str(tmp_path / "cache"))
    root = project(tmp_path / "src", PY_FILES)
    first = findings(root)
    second = findings(root)  # every file from the cache: the cross-file round runs again
    assert first == second and ("core/helpers.py", 5, "PY150") in second


def test_an_unchanged_project_rescans_without_analysing_any_file_again(tmp_path, monkeypatch):
    """The re-analysed results are cached under the facts the other modules gave them; a
    changed caller gives new facts, so its callee is analysed again."""
    from aiscan.engine.analyzer import Analyzer

    monkeypatch.setenv("AISCAN_CACHE_DIR", str(tmp_path / "cache"))
    root = project(tmp_path / "src", PY_FILES)
    first = findings(root)
    calls: list[str] = []
    real = Analyzer.analyze

    def analyze(self, abs_path, rel, *facts):
        calls.append(rel)
        return real(self, abs_path, rel, *facts)

    monkeypatch.setattr(Analyzer, "analyze", analyze)
    assert findings(root) == first
    assert calls == []
    views = root / "views.py"
    views.write_text(views.read_text() + "\n\ndef other():\n    helpers.run_cmd(request.form['c'])\n")
    again = findings(root)
    assert "views.py" in calls and "core/helpers.py" in calls
    assert ("core/helpers.py", 5, "PY150") in again


def test_javascript_default_export_object_aliases_and_reexports(tmp_path):
    root = project(tmp_path, {
        "model/auth.js": """\
            const db = require("./db");
            function do_auth(username) {
              return db.one("SELECT * FROM users WHERE name = '" + username + "'");
            }
            module.exports = do_auth;
            """,
        "model/products.js": """\
            const db = require("./db");
            function get_purchased(user) {
              return db.many("SELECT * FROM purchases WHERE user = '" + user + "'");
            }
            function listAll(user) {
              return db.many("SELECT * FROM products");
            }
            module.exports = { getPurchased: get_purchased, listAll: listAll };
            """,
        "routes/login.js": """\
            const auth = require("../model/auth");
            const products = require("../model/products");
            router.post("/login", (req, res) => {
              auth(req.body.username);
              products.getPurchased(req.query.user);
              products.listAll(req.query.user);
            });
            """,
    })
    got = findings(root, use_cache=False)
    assert ("model/auth.js", 3, "JS152") in got
    assert ("model/products.js", 3, "JS152") in got
    assert ("model/products.js", 6, "JS152") not in got
    assert {("routes/login.js", 4, "JS152"), ("routes/login.js", 5, "JS152")} <= got
    assert ("routes/login.js", 6, "JS152") not in got


def test_python_package_reexports_are_followed(tmp_path):
    root = project(tmp_path, {
        "pkg/__init__.py": "from .helpers import run_cmd\n",
        "pkg/helpers.py": "import os\n\n\ndef run_cmd(cmd):\n    return os.popen(cmd).read()\n",
        "app.py": """\
            from flask import request

            from pkg import run_cmd


            def view():
                run_cmd("ping " + request.args["h"])
            """,
    })
    got = findings(root, use_cache=False)
    assert ("pkg/helpers.py", 5, "PY150") in got and ("app.py", 7, "PY150") in got


def test_a_helper_returning_request_data_taints_its_callers(tmp_path):
    root = project(tmp_path, {
        "inputs.py": """\
            from flask import request


            def host():
                return request.args["host"]
            """,
        "app.py": """\
            import os

            from inputs import host


            def view():
                os.system("ping " + host())
            """,
    })
    assert ("app.py", 7, "PY150") in findings(root, use_cache=False)
