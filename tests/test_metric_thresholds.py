"""`metric-thresholds` in the configuration changes the metric rules' limits."""

from __future__ import annotations

import json

from helpers import run_cli, write_tree

NESTED = "def f(a, b, c):\n" + "".join("    " * (i + 1) + f"if a > {i}:\n" for i in range(4)) + \
    "    " * 5 + "return b\n    return c\n"


def findings(tmp_path):
    out = run_cli("scan", ".", "--format", "json", "--select", "PY8", "--no-cache", cwd=tmp_path)
    return {(f["rule_id"], f["line"]) for f in json.loads(out.stdout)["findings"]}


def test_thresholds_from_pyproject(tmp_path):
    write_tree(tmp_path, {"m.py": NESTED})
    assert findings(tmp_path) == set()  # depth 4, complexity 5, 3 params: under the defaults
    (tmp_path / "aiscan.toml").write_text(
        "[metric-thresholds]\nmax-nesting = 3\nmax-params = 2\nmax-complexity = 4\n")
    assert findings(tmp_path) == {("PY811", 1), ("PY813", 1), ("PY814", 1)}


def test_unknown_threshold_is_a_config_error(tmp_path):
    write_tree(tmp_path, {"m.py": NESTED, "aiscan.toml": "[metric-thresholds]\nmax-depth = 3\n"})
    res = run_cli("scan", ".", cwd=tmp_path)
    assert res.exit_code == 2 and "metric-thresholds.max-depth" in res.stderr
