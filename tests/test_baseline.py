"""Baselines end to end: written once, matched by content after edits, new findings get through."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from aiscan.cli import main

CODE = "def f(a, b):\n    x = eval(a)\n    y = eval(b)\n    return x, y\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text(CODE)
    return tmp_path


def scan(*args):
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


def test_written_baseline_is_sorted_stable_json_without_timestamps(repo):
    res = scan(".", "--write-baseline", "baseline.json")
    assert res.exit_code == 0 and "wrote 2 finding(s)" in res.stderr
    first = (repo / "baseline.json").read_text()
    data = json.loads(first)
    assert set(data) == {"version", "findings"}
    assert [set(e) for e in data["findings"]] == [{"rule_id", "path", "fingerprint"}] * 2
    assert data["findings"] == sorted(data["findings"], key=lambda e: (e["path"], e["rule_id"], e["fingerprint"]))
    scan(".", "--write-baseline", "baseline.json")
    assert (repo / "baseline.json").read_text() == first  # byte-identical: merges cleanly


def test_baseline_survives_inserted_lines_and_lets_new_findings_through(repo):
    scan(".", "--write-baseline", "baseline.json")
    clean = scan(".", "--baseline", "baseline.json", "--format", "json")
    assert clean.exit_code == 0
    assert json.loads(clean.stdout)["findings"] == []
    # lines inserted above move every finding; a new eval appears, identical in text to an old one
    (repo / "app.py").write_text(
        "import os\n\n# a comment\n" + CODE + "\n\ndef g(a):\n    x = eval(a)\n    return x\n")
    res = scan(".", "--baseline", "baseline.json", "--format", "json")
    out = json.loads(res.stdout)
    assert [(f["rule_id"], f["line"]) for f in out["findings"]] == [("PY101", 11)]
    assert out["baseline"] == {"unchanged": 2, "new": 1}
    assert res.exit_code == 1


def test_fixed_finding_leaves_the_baseline_harmlessly(repo):
    scan(".", "--write-baseline", "baseline.json")
    (repo / "app.py").write_text(CODE.replace("eval(b)", "int(b)"))
    res = scan(".", "--baseline", "baseline.json")
    assert res.exit_code == 0


def test_sarif_baseline_state_new(repo):
    scan(".", "--write-baseline", "baseline.json")
    (repo / "other.py").write_text("z = eval(input())\n")
    log = json.loads(scan(".", "--baseline", "baseline.json", "--format", "sarif").stdout)
    results = log["runs"][0]["results"]
    # the taint rule (a flow from input() was seen) absorbs the syntactic PY101 on that line
    assert [(r["ruleId"], r["baselineState"]) for r in results] == [("PY151", "new")]
    assert results[0]["properties"]["also"] == ["PY101"]


def test_default_baseline_from_configuration(repo):
    scan(".", "--write-baseline", "baseline.json")
    (repo / "aiscan.toml").write_text('baseline = "baseline.json"\n')
    assert scan(".").exit_code == 0


@pytest.mark.parametrize("content", ["not json", '{"version": 99, "findings": []}', '{"version": 1, "findings": [{}]}'])
def test_bad_baseline_is_a_usage_error(repo, content):
    (repo / "baseline.json").write_text(content)
    res = scan(".", "--baseline", "baseline.json")
    assert res.exit_code == 2 and "baseline" in res.stderr


def test_missing_baseline_is_a_usage_error(repo):
    res = scan(".", "--baseline", "nope.json")
    assert res.exit_code == 2 and "nope.json" in res.stderr


def test_suppressed_findings_are_not_written(repo):
    (repo / "app.py").write_text("x = eval(s)  # aiscan: ignore[PY101] reviewed\ny = eval(s)\n")
    scan(".", "--write-baseline", "baseline.json")
    assert [e["rule_id"] for e in json.loads((repo / "baseline.json").read_text())["findings"]] == ["PY101"]
    # the suppression removed later: that finding is new, the recorded one is not
    (repo / "app.py").write_text("x = eval(s)\ny = eval(s)\n")
    out = json.loads(scan(".", "--baseline", "baseline.json", "--format", "json").stdout)
    assert [f["line"] for f in out["findings"]] == [1]
