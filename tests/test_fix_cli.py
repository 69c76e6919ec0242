"""`aiscan fix` end to end on a small vibe-coded Flask app, and SARIF `fixes`."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import jsonschema
import libcst
import pytest

from click.testing import CliRunner

from aiscan.cli import main
from helpers import run_cli, scan_json, write_tree

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

APP = """\
    \"\"\"Tiny admin app (generated with an assistant).\"\"\"
    import hashlib
    import random
    import subprocess
    import tempfile

    import requests
    import yaml
    from flask import Flask, request

    app = Flask(__name__)


    @app.route("/config", methods=["POST"])
    def upload_config():
        # parse the uploaded settings
        settings = yaml.load(request.data, Loader=yaml.Loader)
        return settings


    @app.route("/reset")
    def reset():
        reset_token = random.choice(ALPHABET)  # sent by mail
        try:
            requests.post(HOOK, json={"t": reset_token}, verify=False)
        except:
            pass
        return "ok"


    @app.route("/report")
    def report():
        out = tempfile.mktemp(suffix=".txt")
        subprocess.run("df -h", shell=True)
        with open(out, "w") as fh:
            fh.write("done")
        return send_file(out)


    def store(user, password):
        user.password_hash = hashlib.md5(password.encode()).hexdigest()


    def calc(expr):
        return eval(expr)


    if __name__ == "__main__":
        app.run(host="0.0.0.0", debug=True)
    """

FIXED_BY = {"PY201", "PY301", "PY401", "PY802", "PY502", "PY105", "PY501"}


@pytest.fixture()
def project(tmp_path):
    return write_tree(tmp_path, {"app.py": APP})


def remaining(path) -> Counter:
    _, data = scan_json(path, "--no-cache")
    return Counter(f["rule_id"] for f in data["findings"])


def test_diff_is_minimal_and_changes_nothing(project):
    before = (project / "app.py").read_text()
    result = run_cli("fix", ".", "--diff", "--jobs", "1", cwd=project)
    assert (project / "app.py").read_text() == before
    assert result.exit_code == 1  # fixable findings are still in the code
    diff = result.stdout
    assert diff.startswith("--- a/app.py\n+++ b/app.py\n")
    removed = [l[1:] for l in diff.splitlines() if l.startswith("-") and not l.startswith("---")]
    added = [l[1:] for l in diff.splitlines() if l.startswith("+") and not l.startswith("+++")]
    assert [l.strip() for l in removed] == [
        "settings = yaml.load(request.data, Loader=yaml.Loader)",
        "reset_token = random.choice(ALPHABET)  # sent by mail",
        'requests.post(HOOK, json={"t": reset_token}, verify=False)',
        "except:",
        'out = tempfile.mktemp(suffix=".txt")',
        'subprocess.run("df -h", shell=True)',
        'app.run(host="0.0.0.0", debug=True)',
    ]
    assert [l.strip() for l in added] == [
        "import os",
        "import secrets",
        "settings = yaml.safe_load(request.data)",
        "reset_token = secrets.choice(ALPHABET)  # sent by mail",
        'requests.post(HOOK, json={"t": reset_token})',
        "except Exception:",
        'fd, out = tempfile.mkstemp(suffix=".txt")',
        "os.close(fd)",
        'subprocess.run(["df", "-h"])',
        'app.run(host="0.0.0.0", debug=os.environ.get("FLASK_DEBUG") == "1")',
    ]
    assert "needs a human: PY302 app.py:41" in result.stderr
    assert "7 fixable, 1 need a human" in result.stderr


def test_apply_clears_the_fixed_findings_and_nothing_else(project):
    before = remaining(project)
    assert set(before) >= FIXED_BY | {"PY302", "PY101"}
    result = run_cli("fix", ".", "--jobs", "1", cwd=project)
    assert result.exit_code == 1  # PY302 needs a human
    assert "fixed: PY201 app.py:17 (yaml-safe-load)" in result.stdout
    after = remaining(project)
    assert after == Counter({k: n for k, n in before.items() if k not in FIXED_BY})
    assert after["PY801"] == 1  # `except: pass` became `except Exception: pass`: still swallowed
    text = (project / "app.py").read_text()
    libcst.parse_module(text)
    compile(text, "app.py", "exec")
    for comment in ("# parse the uploaded settings", "# sent by mail", "(generated with an assistant)"):
        assert comment in text
    again = run_cli("fix", ".", "--jobs", "1", cwd=project)
    assert (project / "app.py").read_text() == text  # idempotent
    assert "0 fixed, 1 need a human" in again.stdout


def test_exit_0_when_everything_was_fixed(tmp_path):
    write_tree(tmp_path, {"a.py": "try:\n    x = 1\nexcept:\n    x = 2\n"})
    result = run_cli("fix", ".", "--jobs", "1", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.py").read_text() == "try:\n    x = 1\nexcept Exception:\n    x = 2\n"
    assert run_cli("fix", ".", "--diff", "--jobs", "1", cwd=tmp_path).exit_code == 0


def test_select_limits_the_fixes(project):
    run_cli("fix", ".", "--select", "PY802", "--jobs", "1", cwd=project)
    text = (project / "app.py").read_text()
    assert "except Exception:" in text and "yaml.load(request.data" in text


def test_crlf_line_endings_are_kept(tmp_path):
    (tmp_path / "a.py").write_bytes(b"try:\r\n    x = 1\r\nexcept:\r\n    x = 2\r\n")
    run_cli("fix", ".", "--jobs", "1", cwd=tmp_path)
    assert (tmp_path / "a.py").read_bytes() == b"try:\r\n    x = 1\r\nexcept Exception:\r\n    x = 2\r\n"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlinked_file_is_not_rewritten(tmp_path):
    outside = tmp_path / "outside.py"
    outside.write_text("try:\n    x = 1\nexcept:\n    x = 2\n")
    root = tmp_path / "root"
    root.mkdir()
    (root / "real.py").write_text("try:\n    x = 1\nexcept:\n    x = 2\n")
    os.symlink(root / "real.py", root / "link.py")
    run_cli("fix", ".", "--jobs", "1", cwd=root)
    assert os.path.islink(root / "link.py")
    assert "except:" in outside.read_text()


def test_sarif_with_fixes_is_valid_and_applies(project):
    result = run_cli("scan", ".", "--format", "sarif", "--with-fixes", "--jobs", "1", "--no-cache",
                     cwd=project)
    sarif = json.loads(result.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    results = sarif["runs"][0]["results"]
    with_fix = {r["ruleId"] for r in results if r.get("fixes")}
    assert with_fix == FIXED_BY
    assert not any(r.get("fixes") for r in results if r["ruleId"] in ("PY302", "PY101"))
    [bare] = [r for r in results if r["ruleId"] == "PY802"]
    [change] = bare["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "app.py", "uriBaseId": "%SRCROOT%"}
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 26, "startColumn": 11, "endLine": 26, "endColumn": 11},
        "insertedContent": {"text": " Exception"},
    }]


def test_sarif_without_the_flag_has_no_fixes(project):
    result = run_cli("scan", ".", "--format", "sarif", "--jobs", "1", cwd=project)
    assert not any(r.get("fixes") for r in json.loads(result.stdout)["runs"][0]["results"])


def test_scan_does_not_import_libcst(project):
    import subprocess
    import sys

    code = ("import sys; from aiscan.cli import main\n"
            "try:\n    main(['scan', '.', '--jobs', '1', '--no-cache'])\nexcept SystemExit:\n    pass\n"
            "assert 'libcst' not in sys.modules, 'libcst imported by a plain scan'\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def _apply_replacements(text: str, replacements: list[dict]) -> str:
    """What a SARIF viewer does: replace each region of the original, last one first."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    for rep in sorted(replacements, key=lambda r: (r["deletedRegion"]["startLine"],
                                                   r["deletedRegion"]["startColumn"]), reverse=True):
        region = rep["deletedRegion"]
        a = offset(region["startLine"], region["startColumn"])
        b = offset(region["endLine"], region["endColumn"])
        text = text[:a] + rep["insertedContent"]["text"] + text[b:]
    return text


def test_each_sarif_fix_reproduces_that_findings_fix(project):
    from aiscan.fix.apply import Target, fix_source
    from aiscan.engine.rules import load_rules

    rules = load_rules().by_id
    original = (project / "app.py").read_text()
    result = run_cli("scan", ".", "--format", "sarif", "--with-fixes", "--jobs", "1", "--no-cache",
                     cwd=project)
    checked = 0
    for res in json.loads(result.stdout)["runs"][0]["results"]:
        if not res.get("fixes"):
            continue
        region = res["locations"][0]["physicalLocation"]["region"]
        target = Target(rules[res["ruleId"]].fix["codemod"], region["startLine"], region["startColumn"],
                        tuple(sorted((k, v) for k, v in rules[res["ruleId"]].fix.items() if k != "codemod")))
        expected = fix_source(original, [target]).fixed
        [change] = res["fixes"][0]["artifactChanges"]
        assert _apply_replacements(original, change["replacements"]) == expected, res["ruleId"]
        checked += 1
    assert checked == len(FIXED_BY)


def test_with_fixes_needs_sarif(project):
    result = CliRunner().invoke(main, ["scan", str(project), "--with-fixes"])
    assert result.exit_code == 2 and "--with-fixes needs --format sarif" in result.output


SECRET_RULE = """\
    id: SEC990
    name: test-openai-key
    message: "An OpenAI key in the source"
    severity: high
    confidence: high
    category: secrets
    languages: [python]
    cwe: [798]
    checklist: secrets
    match:
      regex: {pattern: 'sk-[A-Za-z0-9]{32}', scope: string}
    fix:
      codemod: secret-to-env
    help:
      what: OpenAI API keys written into source files.
      why: Anyone who can read the repository can use the key and spend its quota.
      example: openai_api_key = "sk-..."
      instead: openai_api_key = os.environ["OPENAI_API_KEY"]
      references: [https://cwe.mitre.org/data/definitions/798.html]
    """


def test_secret_to_env_through_a_rule_and_the_diff_masks_the_value(tmp_path):
    secret = "sk-" + "Zq8vT3nW" * 4
    project = write_tree(tmp_path / "p", {"app.py": f'import openai\n\nopenai_api_key = "{secret}"\n'})
    rules = write_tree(tmp_path / "r", {"sec/openai.yaml": SECRET_RULE})
    result = run_cli("fix", ".", "--diff", "--rules", str(rules), "--jobs", "1", cwd=project)
    assert secret not in result.output
    # the only hunk shows the secret: masking it would break the patch, so it is left out
    assert result.stdout == "" and "1 hunk(s) left out of the diff" in result.stderr
    result = run_cli("fix", ".", "--rules", str(rules), "--jobs", "1", cwd=project)
    assert result.exit_code == 0 and secret not in result.output
    assert (project / "app.py").read_text() == \
        'import openai\nimport os\n\nopenai_api_key = os.environ["OPENAI_API_KEY"]\n'
