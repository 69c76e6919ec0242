"""`aiscan report` end to end: a clean project and a vibe-coded prototype, in every format."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import main

PEM = ("-----BEGIN RSA PRIVATE KEY-----\n" + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt\n" * 3
       + "-----END RSA PRIVATE KEY-----\n")
KEY_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt"

VIBE_APP = '''\
import os
import yaml
import requests
from flask import Flask, request

app = Flask(__name__)
API_KEY = "sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"

@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))

@app.route("/load")
def load():
    config = yaml.load(request.data)
    resp = requests.get(config["url"], verify=False)
    return resp.text

if __name__ == "__main__":
    app.run(debug=True)
'''

CLEAN_APP = '''\
import json


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
'''


def write(root: Path, rel: str, text: str = "") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def vibe(tmp_path) -> Path:
    root = tmp_path / "vibe"
    write(root, "app.py", VIBE_APP)
    write(root, "deploy_key.pem", PEM)
    return root


@pytest.fixture
def clean(tmp_path) -> Path:
    root = tmp_path / "clean"
    write(root, "pkg/__init__.py", "")
    write(root, "pkg/store.py", CLEAN_APP)
    write(root, "tests/test_store.py", "from pkg.store import load\n\n\ndef test_load():\n    pass\n")
    write(root, "README.md", "# clean\n")
    write(root, ".gitignore", ".env\n__pycache__/\n")
    write(root, ".github/workflows/ci.yml", "on: push\njobs: {}\n")
    write(root, "pyproject.toml", "[project]\nname = 'clean'\n")
    write(root, "uv.lock", "version = 1\n")
    return root


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def report_json(path: Path) -> dict:
    res = run("report", str(path), "--format", "json", "-j", "1")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def statuses(doc: dict) -> dict[str, str]:
    return {i["id"]: i["status"] for i in doc["items"]}


def test_clean_project_scores_high(clean):
    doc = report_json(clean)
    assert doc["grade"] in ("A", "B") and doc["score"] >= 80
    st = statuses(doc)
    assert st["tests"] == st["hygiene"] == st["dependencies"] == st["secret-files"] == "pass"
    assert st["llm-safety"] == st["llm-governance"] == "not-applicable"
    assert doc["summary"]["findings"] == 0


def test_vibe_prototype_scores_low_with_failing_items(vibe):
    doc = report_json(vibe)
    st = statuses(doc)
    for item in ("secrets", "injection", "deserialization", "tls", "config", "tests", "hygiene"):
        assert st[item] == "fail", (item, st)
    assert doc["score"] < 50 and doc["grade"] == "F"
    injection = next(i for i in doc["items"] if i["id"] == "injection")
    ev = injection["evidence"][0]
    assert ev["kind"] == "finding" and ev["path"] == "app.py" and ev["line"] == 11
    assert "eval" in ev["snippet"]
    assert set(doc) >= {"score", "grade", "items", "summary"}
    assert all(set(i) >= {"id", "title", "status", "weight", "evidence"} for i in doc["items"])


def test_a_critical_finding_caps_the_grade(clean):
    write(clean, "pkg/key.pem", PEM)
    doc = report_json(clean)
    # the score follows the capped grade, so the two never disagree
    assert doc["score"] == 69 and doc["grade"] == "D"
    assert "critical" in doc["grade_cap"]


def test_text_report_lists_items_with_marks(vibe):
    res = run("report", str(vibe), "-j", "1")
    assert res.exit_code == 0
    out = res.stdout
    assert re.search(r"score \d+/100, grade F", out)
    assert "✖ No injection sinks" in out and "✔ Strong crypto" in out
    assert "app.py:11 HIGH" in out
    assert "\x1b[" not in out  # no colour when not on a terminal
    assert KEY_BODY not in out


def test_text_report_colours_only_when_asked(vibe):
    from aiscan.audit.checklist import evaluate_scan
    from aiscan.pipeline.config import Config
    from aiscan.audit.report import ReportData, render
    from aiscan.pipeline.scan import run_scan

    result = run_scan([str(vibe)], Config(jobs=1))
    data = ReportData(evaluate_scan(result), result)
    coloured = render(data, "text", colour=True)
    assert "\x1b[1;31m✖\x1b[0m No injection sinks" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render(data, "text")


def test_markdown_report_has_table_and_details(vibe):
    res = run("report", str(vibe), "--format", "markdown", "-j", "1")
    out = res.stdout
    assert out.startswith("## aiscan audit:")
    assert "| ❌ fail | No injection sinks on untrusted input (`injection`) |" in out
    assert out.count("<details>") == out.count("</details>") >= 5
    assert 'return str(eval(request.args["expr"]))' in out
    assert KEY_BODY not in out


def test_html_report_is_self_contained(vibe, tmp_path):
    target = tmp_path / "report.html"
    res = run("report", str(vibe), "--format", "html", "--output", str(target), "-j", "1")
    assert res.exit_code == 0 and res.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<svg" in page and "@media print" in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert re.search(r'class="grade"[^>]*>F<', page)
    assert "What it finds:" in page  # the rule's help text sits with its evidence
    assert KEY_BODY not in page


def test_html_escapes_snippets_and_messages(tmp_path):
    root = tmp_path / "xss"
    write(root, "page.py", 'import os\nos.system("<script>alert(1)</script>" + name)\n')
    out = run("report", str(root), "--format", "html", "-j", "1").stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<script>" not in out


def test_markdown_escapes_html_outside_code(tmp_path):
    from aiscan.audit.checklist import evaluate
    from aiscan.model import Finding, Location, Severity
    from aiscan.audit.report import ReportData, render
    from aiscan.audit.repo_facts import RepoFacts
    from types import SimpleNamespace

    f = Finding("X1", Location("a|b.py", 1, 1, 1, 2), "bad <img src=x onerror=alert(1)>",
                Severity.HIGH, snippet="x = '<script>```'")
    rules = {"X1": SimpleNamespace(checklist="injection", name="x", help=None)}
    cl = evaluate([f], rules, RepoFacts(source_files=1))
    result = SimpleNamespace(findings=[f], files=1, lines=1,
                             ruleset=SimpleNamespace(by_id={}))
    out = render(ReportData(cl, result), "markdown")
    assert "&lt;img src=x onerror=alert(1)&gt;" in out and "<img" not in out
    assert "a\\|b.py" in out
    assert "  ````\n  x = '<script>```'\n  ````" in out  # a fence longer than the snippet's


def test_fail_under(vibe, clean):
    assert run("report", str(vibe), "--fail-under", "90", "-j", "1").exit_code == 1
    assert run("report", str(vibe), "--fail-under", "0", "-j", "1").exit_code == 0
    assert run("report", str(clean), "--fail-under", "80", "-j", "1").exit_code == 0
    assert run("report", str(clean), "--fail-under", "101").exit_code == 2


def test_missing_path_is_an_error(tmp_path):
    res = run("report", str(tmp_path / "nope"))
    assert res.exit_code == 2 and "does not exist" in res.output


def test_report_honours_select(vibe):
    res = run("report", str(vibe), "--format", "json", "--select", "PY101", "-j", "1")
    st = statuses(json.loads(res.stdout))
    # only PY101's item was checked: the others are "not-checked", not passed (issue 18 item 4)
    assert st["injection"] == "fail"
    assert st["tls"] == "not-checked" and st["secrets"] == "not-checked"


def test_sarif_carries_the_checklist_and_stays_valid(vibe):
    import jsonschema

    res = run("scan", str(vibe), "--format", "sarif", "-j", "1")
    log = json.loads(res.stdout)
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    checklist = log["runs"][0]["properties"]["aiscan"]["checklist"]
    assert checklist["grade"] == "F" and 0 <= checklist["score"] < 50
    st = {i["id"]: i["status"] for i in checklist["items"]}
    assert st["injection"] == "fail" and st["llm-safety"] == "not-applicable"
    assert KEY_BODY not in res.stdout


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_renders_in_headless_chromium(vibe, tmp_path):
    page = tmp_path / "report.html"
    shot = tmp_path / "report.png"
    run("report", str(vibe), "--format", "html", "-o", str(page), "-j", "1")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri()],
        check=True, capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a page, not a blank
