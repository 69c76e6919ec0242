"""Hostile and broken input: the scan completes, the other files' findings are all reported,
and every file that could not be (fully) analysed is named with a reason."""

from __future__ import annotations

import json
import os
import socket
import sys

import pytest

from aiscan.pipeline.config import Config
from aiscan.pipeline.scan import run_scan
from helpers import run_cli

GOOD = "import os\nos.system('ls ' + x)\n"  # one PY103 finding on line 2


def scan(tmp_path, *extra):
    result = run_cli("scan", ".", "--format", "json", "--jobs", "1", *extra, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def findings(doc):
    return {(f["path"], f["line"], f["rule_id"]) for f in doc["findings"]}


def notes_for(doc, path):
    return [n["message"] for n in doc["notifications"] if n["path"] == path]


@pytest.fixture()
def project(tmp_path):
    (tmp_path / "good.py").write_text(GOOD)
    return tmp_path


def test_binary_with_py_name(project):
    (project / "random.py").write_bytes(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00")
    doc = scan(project)
    assert findings(doc) == {("good.py", 2, "PY103")}
    assert "binary" in notes_for(doc, "random.py")[0]


def test_invalid_utf8_is_still_scanned(project):
    (project / "latin.py").write_bytes(b"# caf\xe9\nimport os\nos.system('rm ' + x)\n")
    doc = scan(project)
    assert ("latin.py", 3, "PY103") in findings(doc)
    assert "invalid UTF-8" in notes_for(doc, "latin.py")[0]


def test_bom_crlf_and_utf16(project):
    (project / "bom.py").write_bytes(b"\xef\xbb\xbfimport os\r\nos.system('ls ' + x)\r\n")
    (project / "wide.py").write_bytes(GOOD.encode("utf-16"))
    doc = scan(project)
    assert {("bom.py", 2, "PY103"), ("wide.py", 2, "PY103"), ("good.py", 2, "PY103")} <= findings(doc)
    bom = next(f for f in doc["findings"] if f["path"] == "bom.py")
    assert bom["column"] == 1 and "\r" not in bom["snippet"]


def test_huge_minified_line_is_skipped_with_a_reason_or_scanned(project):
    (project / "bundle.min.js").write_text("var a=" + "1+" * 5_000_000 + "1;\n")
    doc = scan(project)
    assert findings(doc) == {("good.py", 2, "PY103")}
    assert "over the 2,000,000-byte limit" in notes_for(doc, "bundle.min.js")[0]
    doc = scan(project, "--max-file-size", "20000000")  # raised limit: parsed, nothing found
    assert findings(doc) == {("good.py", 2, "PY103")}


def test_deep_nesting_does_not_crash(project):
    (project / "deep.py").write_text("x = " + "(" * 5000 + "a + 'b'" + ")" * 5000 + "\neval(x)\n")
    (project / "deep.js").write_text("const x = " + "[" * 20000 + "]" * 20000 + ";\neval(x);\n")
    (project / "concat.py").write_text("import os\nos.system(" + " + ".join(["'a'"] * 3000 + ["x"]) + ")\n")
    doc = scan(project)
    assert {("deep.py", 2, "PY101"), ("deep.js", 2, "JS101"), ("concat.py", 2, "PY103")} <= findings(doc)
    assert not [n for n in doc["notifications"] if n["level"] == "error"]


def test_python2_and_syntax_errors_are_scanned_partially(project):
    (project / "py2.py").write_text("print 'hi'\nimport os\nos.system('ls ' + x)\n")
    (project / "broken.py").write_text("def f(:\n    pass\nimport os\nos.system('ls ' + y)\n")
    doc = scan(project)
    assert {("py2.py", 3, "PY103"), ("broken.py", 4, "PY103")} <= findings(doc)
    assert "syntax errors" in notes_for(doc, "broken.py")[0]


def test_empty_file_and_directory_named_like_a_file(project):
    (project / "empty.py").write_text("")
    (project / "pkg.py").mkdir()
    (project / "pkg.py" / "inner.py").write_text(GOOD)
    doc = scan(project)
    assert findings(doc) == {("good.py", 2, "PY103"), ("pkg.py/inner.py", 2, "PY103")}


def test_symlinks_loops_and_escapes(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.py").write_text(GOOD)
    os.symlink(outside / "secret.py", project / "link.py")
    os.symlink(outside, project / "linkdir")
    os.symlink(project / "loop_b", project / "loop_a")
    os.symlink(project / "loop_a", project / "loop_b")
    os.symlink(project, project / "self")  # a directory loop inside the root
    doc = scan(project)
    assert findings(doc) == {("good.py", 2, "PY103")}
    assert "outside the scan root" in notes_for(doc, "link.py")[0]
    assert "outside the scan root" in notes_for(doc, "linkdir")[0]
    assert notes_for(doc, "loop_a") and notes_for(doc, "loop_b")


def test_unreadable_file(project, monkeypatch):
    import aiscan.pipeline.reading as reading

    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("locked.py"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    (project / "locked.py").write_text(GOOD)
    monkeypatch.setattr(reading, "open", guarded, raising=False)
    doc = scan(project)
    assert findings(doc) == {("good.py", 2, "PY103")}
    assert notes_for(doc, "locked.py") == ["cannot read file: Permission denied"]


def test_file_deleted_during_the_scan(project):
    (project / "a.py").write_text(GOOD)
    (project / "b.py").write_text(GOOD)

    def delete_b(result):
        if result.path == "a.py" and (project / "b.py").exists():
            (project / "b.py").unlink()

    res = run_scan([str(project)], Config(jobs=1), root=str(project), on_file=delete_b)
    assert {(f.location.path, f.location.line) for f in res.findings} == {("a.py", 2), ("good.py", 2)}
    assert [n.message for n in res.notifications if n.path == "b.py"] == [
        "file disappeared before it could be read; skipped"]


@pytest.mark.skipif(sys.platform == "win32", reason="posix file names")
def test_odd_path_names(project):
    for name in ("with space.py", "ünïcødé.py", "new\nline.py"):
        (project / name).write_text(GOOD)
    doc = scan(project)
    assert {p for p, _, _ in findings(doc)} == {"good.py", "with space.py", "ünïcødé.py", "new\nline.py"}
    text = run_cli("scan", ".", "--jobs", "1", cwd=project).stdout
    assert "new\\nline.py" in text  # a control character never breaks the listing


def test_fifo_is_not_opened(project):
    os.mkfifo(project / "pipe.py")
    doc = scan(project)  # would block forever if the FIFO were opened
    assert findings(doc) == {("good.py", 2, "PY103")}
    assert "not a regular file" in notes_for(doc, "pipe.py")[0]


def test_rule_yaml_error_names_file_and_field(project):
    rules = project / "rules-extra"
    rules.mkdir()
    (rules / "oops.yaml").write_text(
        "id: PY999\nname: oops\nmessage: something wrong here\nseverity: severe\nconfidence: high\n"
        "category: security\nlanguages: [python]\ncwe: [1]\nchecklist: injection\n"
        "match: {call: {callee: eval}}\nhelp: {what: aaaaaaaaaaaa, why: bbbbbbbbbbbb, example: '', "
        "instead: '', references: []}\n")
    result = run_cli("scan", str(project), "--rules", str(rules))
    assert result.exit_code == 2
    assert "oops.yaml" in result.stderr and "'severity'" in result.stderr


def test_no_network_and_no_execution(project, monkeypatch, tmp_path_factory):
    marker = tmp_path_factory.mktemp("m") / "executed"
    (project / "trap.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\nimport os\nos.system('x' + y)\n")
    (project / "trap.js").write_text(f"require('fs').writeFileSync({str(marker)!r}, 'ran');\n")

    def no_network(*args, **kwargs):
        raise AssertionError("aiscan tried to open a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    for fmt in ("text", "json", "sarif"):
        result = run_cli("scan", ".", "--format", fmt, "--jobs", "1", cwd=project)
        assert result.exit_code == 1, result.output
    assert not marker.exists()
