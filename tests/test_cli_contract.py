"""The command line as a user runs it (a subprocess of the installed `aiscan`, in throw-away
projects): every command sees the same project, bad input exits 2, paths do not depend on
the working directory, `fix --diff` patches apply, and output is well behaved (issue 18)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import write_tree

AISCAN = [sys.executable, "-m", "aiscan"]


def aiscan(*args: str, cwd: Path, env: dict | None = None, umask: int | None = None):
    return subprocess.run(
        [*AISCAN, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, **(env or {})},
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def findings(res) -> set[tuple[str, int, str]]:
    assert res.returncode in (0, 1), res.stderr
    return {(f["path"], f["line"], f["rule_id"]) for f in json.loads(res.stdout)["findings"]}


# yaml.load (PY201) and a bare except (PY802) both have automatic fixes
APP = """\
    import yaml


    def load(stream):
        try:
            return yaml.load(stream)
        except:
            return None
    """
LLM = """\
    from openai import OpenAI

    client = OpenAI()
    reply = client.chat.completions.create(model="gpt-4o", messages=[])
    """


# -- 1. one configuration for every command ----------------------------------------------------

@pytest.fixture
def configured(tmp_path) -> Path:
    return write_tree(tmp_path / "proj", {
        "pyproject.toml": """\
            [tool.aiscan]
            extend-exclude = ["legacy/"]
            ignore = ["PY802"]
            """,
        "app.py": APP,
        "legacy/old.py": APP,
        "legacy/bot.py": LLM,
    })


def test_scan_report_inventory_and_fix_all_read_the_project_configuration(configured):
    cwd = configured.parent
    scan = aiscan("scan", "proj", "--format", "json", cwd=cwd)
    assert findings(scan) == {("app.py", 6, "PY201")}
    report = aiscan("report", "proj", "--format", "json", cwd=cwd)
    assert "legacy/" not in report.stdout and "PY802" not in report.stdout, report.stdout
    sarif = aiscan("scan", "proj", "--format", "sarif", cwd=cwd)
    checklist = json.loads(sarif.stdout)["runs"][0]["properties"]["aiscan"]["checklist"]
    assert json.loads(report.stdout)["score"] == checklist["score"]
    inventory = aiscan("inventory", "proj", "--format", "json", cwd=cwd)
    assert inventory.returncode == 0 and "bot.py" not in inventory.stdout
    diff = aiscan("fix", "proj", "--diff", cwd=cwd)
    assert "yaml.safe_load" in diff.stdout
    assert "legacy" not in diff.stdout + diff.stderr  # excluded files are not offered a rewrite
    assert "except Exception" not in diff.stdout  # nor are ignored rules


@pytest.mark.parametrize("command", [["scan"], ["report"], ["inventory"], ["fix", "--diff"]])
def test_cache_dir_is_part_of_every_commands_configuration(configured, tmp_path, command):
    cache = tmp_path / "cache"
    res = aiscan(*command, ".", "--cache-dir", str(cache), cwd=configured)
    assert res.returncode in (0, 1), res.stderr
    written = sorted(p.name for p in cache.iterdir())
    if command != ["inventory"]:  # an inventory runs the fact collectors only: it loads no rule
        assert any(n.startswith("rules-") for n in written), written  # the validated-rules cache
    assert any(not n.startswith("rules-") for n in written), written  # the result cache


# -- 3. exit codes and bad input ---------------------------------------------------------------

@pytest.mark.parametrize("command", ["scan", "report", "inventory", "fix"])
def test_a_missing_path_is_a_usage_error(tmp_path, command):
    res = aiscan(command, "no/such/dir", cwd=tmp_path)
    assert res.returncode == 2 and "no/such/dir" in res.stderr


@pytest.mark.parametrize("args", [["--select", "PY5O7"], ["--ignore", "PY5O7"],
                                  ["--select", "bind-all-interface"]])
def test_unknown_rule_selectors_exit_2_and_suggest_the_closest(tmp_path, args):
    write_tree(tmp_path, {"app.py": APP})
    for command in ("scan", "report", "fix"):
        res = aiscan(command, ".", *args, cwd=tmp_path)
        assert res.returncode == 2, (command, res.stderr)
        assert args[1] in res.stderr and args[0] in res.stderr
        assert "PY507" in res.stderr or "bind-all-interfaces" in res.stderr


@pytest.mark.parametrize("table", [
    'ignore = ["PY5O7"]',
    'select = ["PY5O7"]',
    '[tool.aiscan.per-path-ignores]\n"tests/**" = ["PY5O7"]',
    '[tool.aiscan.severity-overrides]\nPY5O7 = "high"',
])
def test_unknown_rule_ids_in_the_configuration_exit_2(tmp_path, table):
    write_tree(tmp_path, {"app.py": APP, "pyproject.toml": f"[tool.aiscan]\n{table}\n"})
    res = aiscan("scan", ".", cwd=tmp_path)
    assert res.returncode == 2
    assert "pyproject.toml" in res.stderr and "PY5O7" in res.stderr and "PY507" in res.stderr


def test_rule_ids_are_accepted_in_any_case(tmp_path):
    write_tree(tmp_path, {"app.py": APP})
    res = aiscan("scan", ".", "--select", "py201", "--format", "json", cwd=tmp_path)
    assert findings(res) == {("app.py", 6, "PY201")}


def test_an_unknown_id_in_a_suppression_is_a_finding(tmp_path):
    write_tree(tmp_path, {"app.py": 'app.run(host="0.0.0.0")  # aiscan: ignore[PY5O7] in a container\n'})
    res = aiscan("scan", ".", "--format", "json", cwd=tmp_path)
    assert findings(res) == {("app.py", 1, "PY507"), ("app.py", 1, "GEN903")}
    gen903 = next(f for f in json.loads(res.stdout)["findings"] if f["rule_id"] == "GEN903")
    assert "PY5O7" in gen903["message"] and "PY507" in gen903["message"]


def test_fail_on_accepts_the_severity_names_the_output_prints(tmp_path):
    write_tree(tmp_path, {"app.py": APP})
    assert "HIGH" in aiscan("scan", ".", cwd=tmp_path).stdout
    assert aiscan("scan", ".", "--fail-on", "HIGH", cwd=tmp_path).returncode == 1
    assert aiscan("scan", ".", "--fail-on", "Critical", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("args", [["--jobs", "-3"],
                                  ["--baseline", "b.json", "--write-baseline", "b.json"]])
def test_contradictory_or_impossible_options_exit_2(tmp_path, args):
    write_tree(tmp_path, {"app.py": APP})
    res = aiscan("scan", ".", *args, cwd=tmp_path)
    assert res.returncode == 2 and args[0] in res.stderr
    assert not (tmp_path / "b.json").exists()


# -- 6. paths are the project's, whatever the working directory --------------------------------

@pytest.fixture
def project(tmp_path) -> Path:
    return write_tree(tmp_path / "proj", {
        "pyproject.toml": """\
            [tool.aiscan.per-path-ignores]
            "tests/**" = ["PY201"]
            """,
        "app.py": APP,
        "tests/test_app.py": APP,
    })


def test_the_same_project_gives_the_same_findings_from_any_directory(project):
    inside = aiscan("scan", ".", "--format", "json", "--ignore", "PY802", cwd=project)
    outside = aiscan("scan", "proj", "--format", "json", "--ignore", "PY802", cwd=project.parent)
    assert findings(inside) == findings(outside) == {("app.py", 6, "PY201")}


def test_a_baseline_written_inside_the_project_matches_from_its_parent(project):
    config = project / "pyproject.toml"
    # include-roles: the test file's findings count too (by default only production code does)
    config.write_text('[tool.aiscan]\nbaseline = ".aiscan-baseline.json"\ninclude-roles = ["all"]\n\n'
                      + config.read_text())
    wrote = aiscan("scan", ".", "--write-baseline", ".aiscan-baseline.json", cwd=project)
    assert wrote.returncode == 0, wrote.stderr
    again = aiscan("scan", "proj", "--format", "json", cwd=project.parent)
    assert again.returncode == 0 and findings(again) == set()
    assert json.loads(again.stdout)["baseline"]["unchanged"] == 3  # app.py: PY201, PY802; tests: PY802


# -- 7. fix --diff is a patch that applies and never shows a secret ----------------------------

def test_fix_diff_leaves_out_hunks_with_a_secret_and_applies(tmp_path):
    key = "sk-proj-" + "Qw7Er9Ty2Ui4Op6As8Df" * 2 + "T3BlbkFJ" + "Zx1Cv3Bn5Mm7Lk9Jh0Gf"
    code = f'import os\nimport yaml\n\nopenai_api_key = "{key}"\n' + "\n" * 10 + \
        "def load(stream):\n    return yaml.load(stream)\n"
    write_tree(tmp_path, {"app.py": code})
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    diff = aiscan("fix", ".", "--diff", cwd=tmp_path)
    assert key not in diff.stdout + diff.stderr and key[:12] not in diff.stdout
    assert "yaml.safe_load" in diff.stdout
    assert "1 hunk(s) left out of the diff" in diff.stderr and "app.py" in diff.stderr
    (tmp_path / "fix.patch").write_text(diff.stdout)
    applied = subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    fixed = (tmp_path / "app.py").read_text()
    assert "yaml.safe_load(stream)" in fixed and key in fixed  # the secret's fix was left out


# -- 8. output hygiene ------------------------------------------------------------------------

def _on_a_terminal(*args: str, cwd: Path, env: dict) -> str:
    """stdout of aiscan writing to a pseudo-terminal, so that --color auto sees a tty."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([*AISCAN, *args], cwd=cwd, stdout=slave, stderr=subprocess.DEVNULL,
                            env={**os.environ, **env})
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=300)
    os.close(master)
    return out.decode("utf-8", "replace")


@pytest.mark.parametrize("command", ["scan", "report"])
def test_colour_follows_color_and_no_color(tmp_path, command):
    write_tree(tmp_path, {"app.py": APP})
    assert "\x1b[" in aiscan(command, ".", "--color", "always", cwd=tmp_path).stdout
    assert "\x1b[" in aiscan(command, ".", "--color", "ALWAYS", env={"NO_COLOR": "1"}, cwd=tmp_path).stdout
    assert "\x1b[" not in aiscan(command, ".", "--color", "never", cwd=tmp_path).stdout
    assert "\x1b[" in _on_a_terminal(command, ".", cwd=tmp_path, env={"NO_COLOR": ""})  # empty: unset
    assert "\x1b[" not in _on_a_terminal(command, ".", cwd=tmp_path, env={"NO_COLOR": "1"})


@pytest.mark.parametrize("command", [["scan", "--format", "sarif"], ["report"], ["inventory"]])
def test_output_files_get_the_users_umask(tmp_path, command):
    write_tree(tmp_path, {"app.py": APP})
    res = aiscan(*command, ".", "-o", "out.txt", cwd=tmp_path, umask=0o022)
    assert res.returncode in (0, 1), res.stderr
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def test_baselines_get_the_users_umask_too(tmp_path):
    write_tree(tmp_path, {"app.py": APP})
    aiscan("scan", ".", "--write-baseline", "b.json", cwd=tmp_path, umask=0o002)
    assert (tmp_path / "b.json").stat().st_mode & 0o777 == 0o664


def test_a_fixed_file_keeps_its_permissions(tmp_path):
    script = write_tree(tmp_path, {"tool.py": APP}) / "tool.py"
    script.chmod(0o755)
    res = aiscan("fix", ".", cwd=tmp_path)
    assert "yaml.safe_load" in script.read_text(), res.stdout + res.stderr
    assert script.stat().st_mode & 0o777 == 0o755


def test_skipped_files_are_counted_apart_from_scanned_ones(tmp_path):
    write_tree(tmp_path, {"app.py": APP, "big.py": "x = 1\n" * 400})
    (tmp_path / "blob.py").write_bytes(b"\x00\x01binary")
    res = aiscan("scan", ".", "--format", "json", "--max-file-size", "1000", cwd=tmp_path)
    summary = json.loads(res.stdout)["summary"]
    assert (summary["files"], summary["skipped"]) == (1, 2)
    text = aiscan("scan", ".", "--max-file-size", "1000", cwd=tmp_path).stdout
    assert "in 1 file, 8 lines; 2 files skipped." in text


def test_rules_show_category_and_checklist_item(tmp_path):
    text = aiscan("rules", cwd=tmp_path).stdout
    line = next(ln for ln in text.splitlines() if ln.startswith("PY201 "))
    assert line.split()[:5] == ["PY201", "high", "security", "deserialization", "CWE-502"]
    listed = {r["id"]: r for r in json.loads(aiscan("rules", "--format", "json", cwd=tmp_path).stdout)}
    assert (listed["PY201"]["category"], listed["PY201"]["checklist"]) == ("security", "deserialization")
    assert listed["GEN903"]["name"] == "unknown-suppression-id"


def test_an_explicitly_named_binary_file_is_reported(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    res = aiscan("scan", "image.png", cwd=tmp_path)
    assert res.returncode == 0
    assert "image.png" in res.stderr and "binary" in res.stderr
    assert "1 file skipped" in res.stdout
