"""The pre-commit hook for real (`pre-commit try-repo`), and the progress line's manners.

try-repo installs this checkout into pre-commit's own virtualenv (pip, from the package
index), so the first test takes a while; PRE_COMMIT_HOME is per test session.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from aiscan.pipeline import progress
from aiscan.cli import main

PROJECT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def test_hook_definition():
    hooks = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "aiscan")
    assert hook["entry"] == "aiscan scan" and hook["language"] == "python"
    assert hook["types"] == ["text"] and hook.get("pass_filenames", True)


@pytest.fixture(scope="module")
def precommit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"})


def _try_repo(repo: Path, home: Path, name: str):
    env = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT"}
    env["PRE_COMMIT_HOME"] = str(home)
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(PROJECT), "aiscan", "--files", name, "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.skipif(shutil.which("git") is None or not PRE_COMMIT.exists()
                    or not (PROJECT / ".git").exists(),
                    reason="needs git, pre-commit (test extras) and a git checkout of aiscan")
def test_try_repo_blocks_on_a_finding_and_passes_clean_code(tmp_path, precommit_home):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "bad.py").write_text("result = eval(expr)\n")
    (repo / "good.py").write_text("result = int(input())\n")
    _git(repo, "add", ".")
    bad = _try_repo(repo, precommit_home, "bad.py")
    assert bad.returncode != 0, bad.stdout + bad.stderr
    assert "PY101" in bad.stdout and "Failed" in bad.stdout
    good = _try_repo(repo, precommit_home, "good.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_only_on_a_terminal_outside_pre_commit():
    assert progress.wanted(_Tty(), env={})
    assert not progress.wanted(_Tty(), env={"PRE_COMMIT": "1"})
    assert not progress.wanted(io.StringIO(), env={})


def test_progress_line_shows_files_per_second_after_fifty_files_and_is_erased():
    stream = _Tty()
    ticks = iter(range(1000))
    bar = progress.Progress(stream, clock=lambda: next(ticks) * 0.5)
    for _ in range(progress.SHOW_AFTER):
        bar(None)
    assert stream.getvalue() == ""  # short scans never flicker
    bar(None)
    assert "\raiscan: 51 files," in stream.getvalue() and "files/s" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_scan_of_many_files_keeps_stderr_clean_when_not_a_terminal(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    for i in range(60):
        (tmp_path / f"m{i}.py").write_text("x = 1\n")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["scan", ".", "-j", "1"], catch_exceptions=False)
    assert res.exit_code == 0 and "\r" not in res.stderr and "60 files" in res.stdout
