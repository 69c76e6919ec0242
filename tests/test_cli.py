"""End-to-end behaviour of the command line: formats, exit codes, rule listing and help."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli, scan_json, write_tree

VULNERABLE = {
    "app/server.py": """\
        import subprocess
        import yaml


        def handler(request):
            cmd = request.args["cmd"]
            subprocess.run(f"echo {cmd}", shell=True)
            return yaml.load(request.data)
        """,
    "web/page.js": """\
        function show(el, answer) {
          el.innerHTML = answer;
        }
        """,
    "web/run.ts": """\
        import { exec } from "child_process";
        export const go = (t: string) => exec(`make ${t}`);
        """,
}

CLEAN = {
    "app/ok.py": """\
        import subprocess


        def main():
            subprocess.run(["ls", "-la"], check=True)
        """,
}


def test_json_findings_have_the_documented_fields(tmp_path):
    write_tree(tmp_path, VULNERABLE)
    code, doc = scan_json(tmp_path)
    assert code == 1
    got = {(f["path"], f["line"], f["rule_id"]) for f in doc["findings"]}
    assert got == {
        ("app/server.py", 7, "PY150"),  # the taint rule saw request.args reach the shell
        ("app/server.py", 8, "PY201"),
        ("web/page.js", 2, "JS104"),
        ("web/run.ts", 2, "JS102"),
    }
    first = doc["findings"][0]
    for key in ("rule_id", "path", "line", "end_line", "column", "severity", "cwe", "message",
                "snippet", "fingerprint"):
        assert key in first
    assert first["cwe"] == [78]
    assert first["properties"]["also"] == ["PY102"]  # the syntactic rule it absorbed
    assert first["snippet"] == 'subprocess.run(f"echo {cmd}", shell=True)'
    assert doc["summary"]["files"] == 3


def test_exit_code_zero_on_clean_code(tmp_path):
    write_tree(tmp_path, CLEAN)
    result = run_cli("scan", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "0 findings in 1 file" in result.stdout


def test_fail_on_threshold(tmp_path):
    write_tree(tmp_path, {"web/page.js": VULNERABLE["web/page.js"]})  # one medium finding
    assert run_cli("scan", str(tmp_path), "--fail-on", "high").exit_code == 0
    assert run_cli("scan", str(tmp_path), "--fail-on", "medium").exit_code == 1
    assert run_cli("scan", str(tmp_path)).exit_code == 1  # default: low


def test_select_and_ignore(tmp_path):
    write_tree(tmp_path, VULNERABLE)
    _, doc = scan_json(tmp_path, "--select", "PY")
    assert {f["rule_id"] for f in doc["findings"]} == {"PY150", "PY201"}
    _, doc = scan_json(tmp_path, "--ignore", "PY15", "--ignore", "PY102", "--ignore", "innerhtml-dynamic")
    assert {f["rule_id"] for f in doc["findings"]} == {"PY201", "JS102"}


def test_usage_error_exits_2(tmp_path):
    assert run_cli("scan", str(tmp_path), "--format", "xml").exit_code == 2
    assert run_cli("scan", str(tmp_path), "--fail-on", "severe").exit_code == 2
    assert run_cli("explain", "NOPE999").exit_code == 2


def test_broken_rule_directory_is_a_startup_error(tmp_path):
    rules = tmp_path / "my-rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: X1\nname: Bad Name\n", encoding="utf-8")
    result = run_cli("scan", str(tmp_path), "--rules", str(rules))
    assert result.exit_code == 2
    assert "bad.yaml" in result.stderr and "invalid rule" in result.stderr


def test_text_output_groups_by_file_without_colour_when_piped(tmp_path):
    write_tree(tmp_path, VULNERABLE)
    result = run_cli("scan", str(tmp_path), "--jobs", "1")
    out = result.stdout
    assert "\x1b[" not in out
    assert out.index("app/server.py") < out.index("  7:5 HIGH PY150 CWE-78")
    assert "web/page.js\n  2:3 MEDIUM JS104" in out
    assert out.strip().endswith("in 3 files, 13 lines.")


def test_output_file_is_written(tmp_path):
    write_tree(tmp_path, VULNERABLE)
    target = tmp_path / "out.json"
    result = run_cli("scan", str(tmp_path / "app"), "--format", "json", "-o", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    assert {f["rule_id"] for f in json.loads(target.read_text())["findings"]} == {"PY150", "PY201"}


def test_rules_lists_every_rule_and_explain_shows_help(ruleset):
    result = run_cli("rules")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == len(ruleset.rules)
    assert any(line.startswith("PY101") and "CWE-95" in line and "eval-dynamic-code" in line for line in lines)
    text = run_cli("explain", "PY201").stdout
    for section in ("What it finds:", "Why is this bad?", "Example:", "Use instead:", "References:"):
        assert section in text
    assert "yaml.safe_load" in text
    assert run_cli("explain", "yaml-unsafe-load").stdout == text


def test_rules_json(ruleset):
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert [r["id"] for r in data] == [r.id for r in ruleset.rules]


def test_scan_of_single_file_paths_is_relative_to_cwd(tmp_path):
    write_tree(tmp_path, VULNERABLE)
    result = run_cli("scan", "app/server.py", "--format", "json", cwd=tmp_path)
    doc = json.loads(result.stdout)
    assert {f["path"] for f in doc["findings"]} == {"app/server.py"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parallel_and_serial_scans_agree(tmp_path, jobs):
    files = {f"pkg/m{i:02d}.py": "import os\n\ndef f(x):\n    os.system('ls ' + x)\n" for i in range(40)}
    write_tree(tmp_path, files)
    _, doc = scan_json(tmp_path, "--jobs", jobs)
    assert [(f["path"], f["line"]) for f in doc["findings"]] == [
        (f"pkg/m{i:02d}.py", 4) for i in range(40)]
