"""One pipeline, one contract (issue 18, items 2, 4, 5, 9, 10), checked through the installed
command line as a user runs it: a fresh `python -m aiscan` process per call, in a project of
its own, with a cache directory of its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import write_tree as write

REPO = Path(__file__).resolve().parent.parent

LLM_APP = """\
    from openai import OpenAI

    client = OpenAI(timeout=10, max_retries=2)


    def ask(question):
        return client.chat.completions.create(
            model="gpt-4o-2024-08-06", max_tokens=200,
            messages=[{"role": "user", "content": question}])
    """


def aiscan(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AISCAN_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "aiscan", *args], cwd=tmp_path / "project",
                          capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def project(tmp_path):
    return tmp_path / "project"


# -- 2. facts are collected by the engine, whatever rules are selected -------------------------

def test_sarif_of_a_narrow_selection_still_carries_the_llm_inventory(tmp_path, project):
    write(project, {"llm.py": LLM_APP})
    for attempt in ("cold", "cached"):
        res = aiscan(tmp_path, "scan", ".", "--select", "PY101", "--format", "sarif")
        assert res.returncode == 0, res.stderr
        props = json.loads(res.stdout)["runs"][0]["properties"]["aiscan"]
        sites = props["inventory"]["call_sites"]
        assert [(s["path"], s["line"], s["provider"]) for s in sites] == [("llm.py", 7, "openai")], \
            attempt
        # the LLM SDK import is a fact too: the LLM items apply even though no LLM rule ran
        items = {i["id"]: i["status"] for i in props["checklist"]["items"]}
        assert items["llm-governance"] == "pass", attempt


def test_inventory_needs_no_rule_and_agrees_with_a_full_scan(tmp_path, project):
    write(project, {"llm.py": LLM_APP})
    inventory = json.loads(aiscan(tmp_path, "inventory", ".", "--format", "json").stdout)
    full = aiscan(tmp_path, "scan", ".", "--format", "sarif")
    assert inventory["call_sites"] == \
        json.loads(full.stdout)["runs"][0]["properties"]["aiscan"]["inventory"]["call_sites"]


# -- 4. an item no selected rule checks is "not checked", not "pass" ---------------------------

def test_report_of_a_secrets_selection_does_not_pass_injection(tmp_path, project):
    write(project, {"app.py": "import os\nos.system('ls ' + os.environ['D'])\n"})
    doc = json.loads(aiscan(tmp_path, "report", ".", "--select", "SEC", "--format",
                            "json").stdout)
    status = {i["id"]: i["status"] for i in doc["items"]}
    assert status["injection"] == "not-checked"
    assert status["secrets"] == "pass"
    assert status["tests"] == "fail"  # a repository fact: checked whatever the rules
    assert "injection" in doc["not_checked"]
    # left out of the score: only the checked items count
    checked = [i for i in doc["items"] if i["status"] in ("pass", "warn", "fail")]
    earned = sum(i["weight"] * {"pass": 1, "warn": 0.5, "fail": 0}[i["status"]] for i in checked)
    assert doc["score"] == round(100 * earned / sum(i["weight"] for i in checked))

    text = aiscan(tmp_path, "report", ".", "--select", "SEC").stdout
    line = next(ln for ln in text.splitlines() if "No injection sinks" in ln)
    assert "not checked" in line and "pass" not in line
    assert "not checked" in aiscan(tmp_path, "report", ".", "--select", "SEC", "--format",
                                   "markdown").stdout
    assert "not checked" in aiscan(tmp_path, "report", ".", "--select", "SEC", "--format",
                                   "html").stdout
    sarif = json.loads(aiscan(tmp_path, "scan", ".", "--select", "SEC", "--format",
                              "sarif").stdout)
    checklist = sarif["runs"][0]["properties"]["aiscan"]["checklist"]
    assert "injection" in checklist["not_checked"]
    assert {i["id"]: i["status"] for i in checklist["items"]}["injection"] == "not-checked"


# -- 5. one weakness, one finding; its suppression covers every id it absorbed ----------------

KEY = "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"  # the fixture's fake OpenAI key
SHELL_APP = """\
    import subprocess
    from flask import request


    def ping():
        host = request.args["host"]
        subprocess.run(f"ping {host}", shell=True)
        subprocess.run(f"ping {host}", shell=True)  # aiscan: ignore[PY150] reviewed
        subprocess.run(f"ping {host}", shell=True)  # aiscan: ignore[PY102] reviewed
    """


def test_a_key_literal_given_to_a_client_is_one_finding(tmp_path, project):
    write(project, {"app.py": f'from openai import OpenAI\nclient = OpenAI(api_key="{KEY}")\n'})
    doc = json.loads(aiscan(tmp_path, "scan", ".", "--format", "json").stdout)
    # the provider rule is kept; the model-client rule (and the generic-secret rule, which
    # `yields`) are named in it, not reported again
    on_line = [f for f in doc["findings"] if f["line"] == 2 and 798 in f["cwe"]]
    # SEC100 stays silent on a provider key that validates: nothing of its own to say
    assert [(f["rule_id"], f["properties"]["also"]) for f in on_line] == [("SEC002", ["PY630"])]
    text = aiscan(tmp_path, "scan", ".").stdout
    assert "(also PY630)" in text and KEY not in text
    sarif = json.loads(aiscan(tmp_path, "scan", ".", "--format", "sarif").stdout)
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] in ("SEC002", "PY630", "SEC100")]
    assert [(r["ruleId"], r["properties"]["also"]) for r in results] == [("SEC002", ["PY630"])]


def test_suppressing_the_kept_finding_or_an_absorbed_id_hides_the_weakness(tmp_path, project):
    write(project, {"app.py": SHELL_APP})
    doc = json.loads(aiscan(tmp_path, "scan", ".", "--format", "json").stdout)
    by_line = {}
    for f in doc["findings"]:
        by_line.setdefault(f["line"], []).append(f)
    assert [(f["rule_id"], f["properties"]["also"], "suppressed" in f) for f in by_line[7]] == \
        [("PY150", ["PY102"], False)]
    for line, reason in ((8, "reviewed"), (9, "reviewed")):
        assert [(f["rule_id"], f.get("suppressed")) for f in by_line[line]] == \
            [("PY150", reason)], line
    text = aiscan(tmp_path, "scan", ".").stdout
    assert "(also PY102)" in text
    assert "1 finding " in text  # lines 8 and 9 are suppressed, nothing reappears


# -- 9. the rule reference and the README counts come from the rules --------------------------

def test_generated_rule_docs_and_readme_counts_are_current():
    res = subprocess.run([sys.executable, "-m", "aiscan.output.rule_docs", "--check"],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr  # it names the command that regenerates them


def test_drift_is_reported_with_the_command_that_regenerates(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    wrong = re.sub(r"(<!-- rules:total -->)\d+", r"\g<1>7", readme)
    assert wrong != readme
    (tmp_path / "README.md").write_text(wrong, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "aiscan.output.rule_docs", "--check", "--repo",
                          str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 1
    assert "README.md is out of date" in res.stderr
    assert "docs/rules.md is out of date" in res.stderr
    assert "python -m aiscan.output.rule_docs" in res.stderr


def test_every_help_uri_points_at_its_section_of_the_reference(tmp_path, project):
    write(project, {"a.py": "x = 1\n"})
    sarif = json.loads(aiscan(tmp_path, "scan", ".", "--format", "sarif").stdout)
    reference = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', reference))
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert len(rules) == len(anchors)
    for rule in rules:
        uri = rule["helpUri"]
        assert uri.split("#")[0].endswith("/docs/rules.md"), uri
        assert uri.split("#")[1] in anchors, uri


# -- 10. parameters validated at load; policy and state owned by data and objects -------------

CUSTOM_RULE = """\
    id: PY998
    name: my-logged-token
    message: "a token reaches a log"
    severity: low
    confidence: medium
    category: security
    languages: [python]
    cwe: [532]
    checklist: config
    match:
      check: logged-secret
    params:
      loggers: 'logging\\..*'
      {field}
    help:
      what: "Logging calls with a token argument."
      why: "Logs are read by many people."
      example: ""
      instead: ""
      references: []
    """


@pytest.mark.parametrize("field, where", [
    ("nmes: token", "params/nmes"),             # misspelt
    ("names: '(token'", "params/names"),        # not a regex
    ("", "params/names"),                       # missing
])
def test_a_bad_check_parameter_fails_at_load_naming_file_and_field(tmp_path, project, field,
                                                                   where):
    write(project, {"app.py": "import logging\nlogging.info(token)\n",
                    "rules/logged.yaml": CUSTOM_RULE.replace("{field}", field)})
    res = aiscan(tmp_path, "scan", "app.py", "--rules", "rules")
    assert res.returncode == 2, res.stdout + res.stderr
    assert "logged.yaml" in res.stderr and f"'{where}'" in res.stderr


def test_a_bad_codemod_parameter_fails_at_load(tmp_path, project):
    rule = CUSTOM_RULE.replace("{field}", "names: token").replace(
        "help:", "fix:\n      codemod: debug-from-env\n      varible: DEBUG\n    help:")
    write(project, {"app.py": "x = 1\n", "rules/logged.yaml": rule})
    res = aiscan(tmp_path, "scan", "app.py", "--rules", "rules")
    assert res.returncode == 2 and "'fix/varible'" in res.stderr, res.stderr


def test_every_builtin_rule_satisfies_its_checks_and_codemods_schemas():
    from aiscan.engine.rules import builtin_rules_dir, rule_files
    from aiscan.engine.rules import _read_and_validate  # bypasses the validated-rules cache

    for path in rule_files(builtin_rules_dir()):
        _read_and_validate(path)


def test_scan_state_belongs_to_the_analyzer_not_the_module():
    from aiscan.engine.analyzer import Analyzer
    from aiscan.engine.rules import load_rules

    rules = load_rules()
    asking = Analyzer(rules.filtered(["PY102"]))  # `unsafe_for`: asks the taint walk for proofs
    other = Analyzer(rules.filtered(["PY201"]))
    assert asking.snapshot_callees and not other.snapshot_callees


def test_architecture_page_names_every_stage_folder():
    page = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (REPO / "aiscan").iterdir()
                     if p.is_dir() and (p / "__init__.py").exists())
    for folder in folders:
        assert f"{folder}/" in page, folder


def test_a_second_scan_in_the_same_process_sees_the_manifest_as_it_is_now(tmp_path):
    from aiscan.pipeline.config import Config
    from aiscan.pipeline.scan import run_scan

    root = write(tmp_path / "app", {"pyproject.toml": '[project]\nname = "app"\ndependencies = []\n',
                                    "main.py": "import requests\n"})

    def undeclared():
        result = run_scan([str(root)], Config(select=["PY901"], jobs=1, use_cache=False),
                          root=str(root))
        return [f.rule_id for f in result.findings]

    assert undeclared() == ["PY901"]
    (root / "pyproject.toml").write_text(
        '[project]\nname = "app"\ndependencies = ["requests>=2"]\n', encoding="utf-8")
    assert undeclared() == []  # no project memo outlives the scan that loaded it
