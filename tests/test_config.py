"""Configuration files end to end: discovery, every key, CLI precedence, errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from aiscan.cli import main
from aiscan.pipeline.config import KEYS
from helpers import run_cli

EVAL = "x = eval(expr)\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def scan(*args):
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


def found(*args):
    res = scan("--format", "json", *args)
    assert res.exit_code in (0, 1), res.output
    return sorted((f["path"], f["rule_id"], f["severity"]) for f in json.loads(res.stdout)["findings"])


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_pyproject_tool_table_found_from_a_subdirectory(repo, monkeypatch):
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.aiscan]\nignore = ["PY101"]\n')
    write(repo / "src/app.py", EVAL)
    monkeypatch.chdir(repo / "src")
    assert found(".") == []


def test_aiscan_toml_wins_over_pyproject_in_the_same_directory(repo):
    write(repo / "pyproject.toml", '[tool.aiscan]\nignore = ["PY101"]\n')
    write(repo / "aiscan.toml", 'select = ["PY101"]\n')
    write(repo / "app.py", EVAL)
    assert found(".") == [("app.py", "PY101", "high")]


def test_pyproject_without_table_is_passed_over(repo):
    write(repo / "aiscan.toml", 'ignore = ["PY101"]\n')
    write(repo / "pkg/pyproject.toml", '[project]\nname = "x"\n')
    write(repo / "pkg/app.py", EVAL)
    assert found("pkg") == []


def test_discovery_stops_at_the_repository_root(repo, monkeypatch):
    write(repo / "aiscan.toml", 'ignore = ["PY101"]\n')
    write(repo / "inner/.git/HEAD", "")
    write(repo / "inner/app.py", EVAL)
    monkeypatch.chdir(repo / "inner")
    assert found(".") == [("app.py", "PY101", "high")]


def test_explicit_config_file(repo):
    write(repo / "conf/strict.toml", 'ignore = ["PY101"]\n')
    write(repo / "app.py", EVAL)
    assert found(".", "--config", "conf/strict.toml") == []


def test_cli_flags_win_over_the_file(repo):
    write(repo / "aiscan.toml", 'ignore = ["PY101"]\nfail-on = "critical"\n')
    write(repo / "app.py", EVAL)
    assert scan(".").exit_code == 0  # ignored, and fail-on critical anyway
    assert scan(".", "--ignore", "PY802").exit_code == 0  # PY101 back, but fail-on critical
    assert scan(".", "--ignore", "PY802", "--fail-on", "high").exit_code == 1


def test_select(repo):
    write(repo / "aiscan.toml", 'select = ["GEN"]\n')
    write(repo / "app.py", "x = eval(expr)  # aiscan: ignore\n")
    assert found(".") == [("app.py", "GEN901", "low")]


def test_exclude_and_extend_exclude(repo):
    write(repo / "aiscan.toml", 'exclude = ["gen/**"]\nextend-exclude = ["legacy"]\n')
    for d in ("gen", "legacy", "src"):
        write(repo / d / "app.py", EVAL)
    assert found(".") == [("src/app.py", "PY101", "high")]
    # --exclude adds to the configured list
    assert found(".", "--exclude", "src") == []


def test_per_path_ignores(repo):
    write(repo / "aiscan.toml", '[per-path-ignores]\n"tests/**" = ["PY101"]\n"*_fixture.py" = ["security"]\n')
    write(repo / "tests/test_a.py", EVAL)
    write(repo / "src/a_fixture.py", EVAL)
    write(repo / "src/app.py", EVAL)
    assert found(".") == [("src/app.py", "PY101", "high")]


def test_severity_overrides_change_findings_and_exit_code(repo):
    write(repo / "aiscan.toml", 'fail-on = "medium"\n[severity-overrides]\nPY101 = "low"\n')
    write(repo / "app.py", EVAL)
    assert found(".") == [("app.py", "PY101", "low")]
    assert scan(".").exit_code == 0


def test_rules_directory_relative_to_the_config_file(repo):
    extra = repo / "config/my-rules"
    write(extra / "todo.yaml", """\
id: ORG001
name: org-forbidden-word
message: "The word forbidden must not appear"
severity: medium
confidence: high
category: hygiene
languages: [generic]
checklist: hygiene
keywords: [forbidden]
match:
  regex:
    pattern: 'forbidden'
help:
  what: A word our organisation forbids.
  why: Because the policy says so, for testing.
  example: forbidden
  instead: allowed
  references: []
""")
    write(repo / "config/aiscan.toml", 'rules = ["my-rules"]\n')
    write(repo / "notes.txt", "this is forbidden\n")
    assert found("notes.txt", "--config", "config/aiscan.toml") == [("notes.txt", "ORG001", "medium")]


def test_max_file_size(repo):
    write(repo / "aiscan.toml", "max-file-size = 10\n")
    write(repo / "app.py", EVAL)
    assert found(".") == []


def test_honor_foreign_suppressions_key(repo):
    write(repo / "aiscan.toml", "honor-foreign-suppressions = true\n")
    write(repo / "app.py", "x = eval(expr)  # nosec\n")
    assert scan(".").exit_code == 0


def test_report_unused_ignores_key(repo):
    write(repo / "aiscan.toml", "report-unused-ignores = true\n")
    write(repo / "app.py", "x = 1  # aiscan: ignore[PY101] stale\n")
    assert "unused suppression" in scan(".").stderr


def test_metric_thresholds_are_stored(repo):
    from aiscan.pipeline.config import load

    write(repo / "aiscan.toml", '[metric-thresholds]\nmax-complexity = 15\n')
    assert load(repo / "aiscan.toml").metric_thresholds == {"max-complexity": 15}
    write(repo / "app.py", "x = 1\n")
    assert scan(".").exit_code == 0


def test_baseline_key_is_relative_to_the_config_file(repo):
    from aiscan.pipeline.config import load

    write(repo / "ci/aiscan.toml", 'baseline = "base.json"\n')
    assert load(repo / "ci/aiscan.toml").baseline == str(repo / "ci" / "base.json")


@pytest.mark.parametrize("text,message", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('fail-on = "severe"\n', "unknown severity 'severe'"),
    ('select = "PY101"\n', "'select' must be a list of strings"),
    ("max-file-size = -1\n", "'max-file-size' must be a positive integer"),
    ('[severity-overrides]\nPY101 = "urgent"\n', "severity-overrides.PY101"),
    ("honor-foreign-suppressions = 1\n", "must be true or false"),
    ('[metric-thresholds]\nmax-complexity = "x"\n', "metric-thresholds.max-complexity"),
    ("exclude = [\n", "invalid TOML"),
])
def test_invalid_configuration_exits_2_naming_the_key(repo, text, message):
    write(repo / "aiscan.toml", text)
    write(repo / "app.py", EVAL)
    res = scan(".")
    assert res.exit_code == 2
    assert message in res.stderr and "aiscan.toml" in res.stderr


def test_unknown_key_in_pyproject_names_the_table(repo):
    write(repo / "pyproject.toml", "[tool.aiscan]\nselct = []\n")
    res = scan(".")
    assert res.exit_code == 2 and "[tool.aiscan]: unknown key 'selct'" in res.stderr


def test_missing_explicit_config_is_an_error(repo):
    res = scan(".", "--config", "nope.toml")
    assert res.exit_code == 2 and "nope.toml" in res.stderr


def test_every_key_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Workflow: pre-commit, suppressions, baselines, configuration, GitHub", 1)
    assert len(section) == 2, "README lacks the workflow section"
    missing = [k for k in KEYS if f"`{k}`" not in section[1]]
    assert not missing, missing


def test_cwd_configuration_does_not_leak_into_another_tree(tmp_path):
    here, other = tmp_path / "here", tmp_path / "other"
    write(here / "aiscan.toml", 'extend-exclude = ["tests"]\n')
    write(other / "tests" / "app.py", EVAL)
    res = run_cli("scan", str(other), "--format", "json", "--include-tests", cwd=here)
    assert [f["path"] for f in json.loads(res.stdout)["findings"]] == ["tests/app.py"]
