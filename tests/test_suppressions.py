"""Inline suppressions end to end: the CLI's exit code, text/JSON/SARIF output."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from aiscan.cli import main


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # keeps config discovery inside the test directory
    monkeypatch.chdir(tmp_path)
    return tmp_path


def scan(*args):
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


def findings(*args):
    res = scan("--format", "json", *args)
    return res.exit_code, json.loads(res.stdout)["findings"], res


def by_line(items):
    return {(f["line"], f["rule_id"]): f.get("suppressed") for f in items}


def test_same_line_suppression_with_reason(repo):
    (repo / "a.py").write_text("x = eval(expr)  # aiscan: ignore[PY101] input is our own CLI\n")
    code, items, _ = findings(".")
    assert code == 0  # suppressed findings do not fail the scan
    assert by_line(items) == {(1, "PY101"): "input is our own CLI"}


def test_line_above_covers_multiline_statement_and_accepts_rule_names(repo):
    (repo / "a.py").write_text(
        "# aiscan: ignore[eval-dynamic-code, PY102] reviewed\n"
        "# another comment between\n"
        "\n"
        "x = eval(\n"
        "    expr)\n"
        "y = eval(expr)\n")
    code, items, _ = findings(".")
    assert by_line(items) == {(4, "PY101"): "reviewed", (6, "PY101"): None}
    assert code == 1


def test_trailing_comment_on_last_line_of_statement(repo):
    (repo / "a.py").write_text("x = eval(\n    expr)  # aiscan: ignore[PY101] end of call\n")
    assert by_line(findings(".")[1]) == {(1, "PY101"): "end of call"}


def test_other_rule_id_does_not_suppress(repo):
    (repo / "a.py").write_text("x = eval(expr)  # aiscan: ignore[PY102] wrong rule\n")
    code, items, _ = findings(".")
    assert by_line(items) == {(1, "PY101"): None}
    assert code == 1


def test_bare_ignore_is_a_finding_and_suppresses_nothing(repo):
    (repo / "a.py").write_text("x = eval(expr)  # aiscan: ignore\n")
    code, items, _ = findings(".")
    assert by_line(items) == {(1, "PY101"): None, (1, "GEN901"): None}
    assert code == 1


@pytest.mark.parametrize("name,text", [
    ("a.js", "// aiscan: ignore[JS101] fixed string\neval(userInput);\n"),
    ("b.js", "eval(userInput); /* aiscan: ignore[JS101] fixed string */\n"),
    ("c.tsx", "const x = <div>\n  {/* aiscan: ignore[JS101] fixed string */}\n  {eval(userInput)}\n</div>;\n"),
])
def test_c_like_comment_styles(repo, name, text):
    (repo / name).write_text(text)
    _, items, _ = findings(".")
    evals = [f for f in items if f["rule_id"] == "JS101"]
    assert evals and all(f["suppressed"] == "fixed string" for f in evals)


def test_text_hides_suppressed_unless_asked(repo):
    (repo / "a.py").write_text("x = eval(expr)  # aiscan: ignore[PY101] ok here\n")
    hidden = scan(".")
    assert "PY101" not in hidden.output and "0 findings" in hidden.output
    shown = scan(".", "--show-suppressed")
    assert "PY101" in shown.output and "(suppressed)" in shown.output


def test_sarif_marks_suppressed_results_in_source(repo):
    (repo / "a.py").write_text("x = eval(expr)  # aiscan: ignore[PY101] ok here\n")
    res = scan(".", "--format", "sarif")
    results = json.loads(res.stdout)["runs"][0]["results"]
    assert results[0]["suppressions"] == [{"kind": "inSource", "justification": "ok here"}]


def test_unused_ignores_are_warnings_only_when_asked(repo):
    (repo / "a.py").write_text(
        "x = 1  # aiscan: ignore[PY101] nothing here\n"
        "y = eval(expr)  # aiscan: ignore[PY101] used\n"
        "z = 2  # aiscan: ignore[NOPE1] unknown ids are not judged\n")
    quiet = scan(".")
    assert "unused suppression" not in quiet.stderr
    # (the unknown id is a GEN903 finding, which this test is not about)
    loud = scan(".", "--report-unused-ignores", "--format", "json", "--ignore", "GEN903")
    notes = json.loads(loud.stdout)["notifications"]
    unused = [n for n in notes if "unused suppression" in n["message"]]
    assert [(n["path"], n["level"], n["rule_id"]) for n in unused] == [("a.py", "warning", "PY101")]
    assert "line 1:" in unused[0]["message"]
    assert loud.exit_code == 0  # a warning, not a failing finding


@pytest.mark.parametrize("marker", ["# nosec", "# nosec B307", "# noqa: S307", "# nosemgrep", "# noqa"])
def test_foreign_markers_only_when_configured(repo, marker):
    (repo / "a.py").write_text(f"x = eval(expr)  {marker}\n")
    assert by_line(findings(".")[1]) == {(1, "PY101"): None}
    (repo / "aiscan.toml").write_text("honor-foreign-suppressions = true\n")
    code, items, _ = findings(".")
    assert code == 0 and by_line(items)[(1, "PY101")].startswith("suppressed by")


def test_noqa_with_style_codes_is_not_a_security_suppression(repo):
    (repo / "a.py").write_text("x = eval(expr)  # noqa: E501\n")
    assert by_line(findings(".", "--honor-foreign-suppressions")[1]) == {(1, "PY101"): None}


def test_eslint_disable_next_line(repo):
    (repo / "a.js").write_text("// eslint-disable-next-line no-eval\neval(userInput);\n")
    _, items, _ = findings(".", "--honor-foreign-suppressions")
    assert [f.get("suppressed") for f in items if f["rule_id"] == "JS101"] == [
        "suppressed by `eslint-disable-next-line`"]


def test_line_above_a_python_starred_statement(repo):
    (repo / "a.py").write_text("# aiscan: ignore[PY101] reviewed\n*rest, = eval(expr)\n")
    assert by_line(findings(".")[1]) == {(2, "PY101"): "reviewed"}


def test_block_comment_continuation_lines_are_skipped_in_c_like_files(repo):
    (repo / "a.js").write_text("// aiscan: ignore[JS101] reviewed\n/*\n * why\n */\neval(userInput);\n")
    _, items, _ = findings(".")
    assert [f.get("suppressed") for f in items if f["rule_id"] == "JS101"] == ["reviewed"]


def test_suppressions_apply_in_worker_processes(repo):
    for i in range(40):  # above the pool threshold
        (repo / f"m{i}.py").write_text("x = eval(expr)  # nosec\ny = eval(expr)  # aiscan: ignore[PY101] ok\n")
    (repo / "aiscan.toml").write_text("honor-foreign-suppressions = true\n")
    code, items, _ = findings(".", "-j", "2")
    assert len(items) == 80 and all(f.get("suppressed") for f in items)
    assert code == 0
