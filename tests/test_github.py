"""GitHub integration: SARIF within code scanning's limits, --diff-base, the documented workflow."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from aiscan.cli import main
from aiscan.output import sarif

PROJECT = Path(__file__).resolve().parent.parent
SCHEMA = PROJECT / "tests" / "data" / "sarif-schema-2.1.0.json"


def scan(*args):
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _validate(log: dict) -> None:
    import jsonschema

    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_sarif_keeps_the_most_severe_results_within_the_limit(repo, monkeypatch):
    (repo / ".git").mkdir()
    (repo / "a.py").write_text(
        "x = 1  # aiscan: ignore\n"                      # GEN901, low
        "y = eval(expr)\n"                           # PY101, high
        "z = eval(expr)  # aiscan: ignore[PY101] ok\n")  # suppressed high
    monkeypatch.setattr(sarif, "MAX_RESULTS", 2)
    log = json.loads(scan(".", "--format", "sarif").stdout)
    _validate(log)
    run = log["runs"][0]
    kept = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]]
    # the unsuppressed high first, then the low one; the suppressed high is dropped
    assert kept == [("GEN901", 1), ("PY101", 2)]
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert any("limit of 2" in n and "left out 1" in n for n in notes)


def test_sarif_under_the_limit_has_no_limit_notification(repo):
    (repo / ".git").mkdir()
    (repo / "a.py").write_text("y = eval(expr)\n")
    log = json.loads(scan(".", "--format", "sarif").stdout)
    _validate(log)
    assert "toolExecutionNotifications" not in log["runs"][0]["invocations"][0]


def _git(cwd, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def git_repo(repo):
    _git(repo, "init", "-q", "-b", "main")
    (repo / "old.py").write_text("a = eval(expr)\n")
    (repo / "touched.py").write_text("b = 1\n")
    (repo / "gone.py").write_text("c = eval(expr)\n")
    (repo / ".gitignore").write_text("ignored.py\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "feature")
    (repo / "touched.py").write_text("b = eval(expr)\n")
    (repo / "committed.py").write_text("d = eval(expr)\n")
    os.remove(repo / "gone.py")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "feature work")
    (repo / "untracked.py").write_text("e = eval(expr)\n")
    (repo / "ignored.py").write_text("f = eval(expr)\n")
    return repo


@needs_git
def test_diff_base_scans_changed_uncommitted_and_untracked_files_only(git_repo):
    res = scan(".", "--diff-base", "main", "--format", "json")
    paths = sorted({f["path"] for f in json.loads(res.stdout)["findings"]})
    assert paths == ["committed.py", "touched.py", "untracked.py"]
    assert json.loads(res.stdout)["summary"]["files"] == 3
    assert res.exit_code == 1


@needs_git
def test_diff_base_limits_to_the_given_paths_and_handles_nothing_changed(git_repo):
    (git_repo / "sub").mkdir()
    (git_repo / "sub" / "new.py").write_text("g = eval(expr)\n")
    res = scan("sub", "--diff-base", "main", "--format", "json")
    assert [f["path"] for f in json.loads(res.stdout)["findings"]] == ["sub/new.py"]
    _git(git_repo, "add", "-A")
    _git(git_repo, "commit", "-qm", "more")
    res = scan(".", "--diff-base", "HEAD", "--format", "json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["summary"]["files"] == 0


@needs_git
def test_diff_base_unknown_ref_is_a_usage_error(git_repo):
    res = scan(".", "--diff-base", "no-such-branch")
    assert res.exit_code == 2 and "--diff-base" in res.stderr


def test_readme_documents_a_valid_github_workflow():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# \.github/workflows/aiscan\.yml\n.*?)```", readme, re.S)
    assert block, "README lacks the GitHub workflow example"
    workflow = yaml.safe_load(block.group(1))
    steps = workflow["jobs"]["aiscan"]["steps"]
    assert workflow["permissions"]["security-events"] == "write"
    runs = [s.get("run", "") for s in steps]
    assert any("aiscan scan . --format sarif -o aiscan.sarif" in r for r in runs)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@v3"))
    assert upload["with"] == {"sarif_file": "aiscan.sarif", "category": "aiscan"}
