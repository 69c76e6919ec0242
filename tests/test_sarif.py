"""SARIF output: valid against the official 2.1.0 schema and shaped for GitHub code scanning."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from helpers import run_cli, write_tree

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

PROJECT = {
    "src/app.py": """\
        import os
        import pickle


        def load(blob, name):
            os.system("rm " + name)
            return pickle.loads(blob)
        """,
    "src/ui.tsx": """\
        export const A = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;
        """,
}


@pytest.fixture()
def sarif(tmp_path):
    write_tree(tmp_path, PROJECT)
    result = run_cli("scan", ".", "--format", "sarif", "--jobs", "1", cwd=tmp_path)
    assert result.exit_code == 1
    return json.loads(result.stdout)


def test_valid_against_official_schema(sarif):
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    assert sarif["version"] == "2.1.0"


def test_every_loaded_rule_is_described(sarif, ruleset):
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in ruleset.rules]
    for desc in rules:
        assert desc["shortDescription"]["text"]
        assert desc["fullDescription"]["text"]
        assert desc["help"]["text"] and desc["help"]["markdown"].startswith("## What it finds")
        assert desc["helpUri"].startswith("https://")
        props = desc["properties"]
        assert props["precision"] in ("high", "medium", "low")
        assert len(props["tags"]) <= 20
        rule = ruleset.by_id[desc["id"]]
        if rule.cwe:
            assert "security" in props["tags"]
            assert f"external/cwe/cwe-{rule.cwe[0]}" in props["tags"]
            score = float(props["security-severity"])
            band = {"critical": (9.0, 10.0), "high": (7.0, 8.9), "medium": (4.0, 6.9),
                    "low": (0.1, 3.9), "info": (0.1, 3.9)}[rule.severity.label]
            assert band[0] <= score <= band[1]


def test_results_point_at_relative_uris_with_fingerprints(sarif, ruleset):
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    got = []
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not loc["artifactLocation"]["uri"].startswith("/")
        assert res["partialFingerprints"]["primaryLocationLineHash"]
        assert res["fingerprints"]["aiscan/v1"]
        assert res["level"] in ("error", "warning", "note")
        got.append((loc["artifactLocation"]["uri"], loc["region"]["startLine"], res["ruleId"]))
    assert got == [("src/app.py", 6, "PY103"), ("src/app.py", 7, "PY202"), ("src/ui.tsx", 1, "JS105")]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
    assert run["automationDetails"]["id"] == "aiscan/"


def test_fingerprints_survive_edits_above_the_finding(tmp_path):
    write_tree(tmp_path, PROJECT)

    def prints():
        out = json.loads(run_cli("scan", ".", "--format", "sarif", cwd=tmp_path).stdout)
        return {r["ruleId"]: (r["fingerprints"]["aiscan/v1"], r["partialFingerprints"]["primaryLocationLineHash"])
                for r in out["runs"][0]["results"]}

    before = prints()
    app = tmp_path / "src" / "app.py"
    app.write_text("# a new header comment\n\n" + app.read_text(), encoding="utf-8")
    assert prints() == before


def test_notifications_for_unreadable_input(tmp_path):
    write_tree(tmp_path, PROJECT)
    (tmp_path / "src" / "blob.py").write_bytes(b"\x00\x01\x02binary")
    out = json.loads(run_cli("scan", ".", "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(out)
    notes = out["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("binary" in n["message"]["text"] and
               n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/blob.py"
               for n in notes)
    assert len(out["runs"][0]["results"]) == 3  # the other files were still scanned
