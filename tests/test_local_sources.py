"""Flows from local sources (command line, terminal, environment) into a file path or URL are
the program doing what its user asked: held back by the default profile, shown by
`--profile all`. Into a shell string the same value is still injection and still reported."""

from __future__ import annotations

from helpers import scan_json, write_tree

CLI = """\
import os
import sys

path = sys.argv[1]
with open(path) as fh:
    data = fh.read()
with open(os.environ["REPORT_FILE"], "w") as out:
    out.write(data)
os.system("tar czf backup.tgz " + sys.argv[2])
"""


def _by_line(doc: dict) -> dict[int, str]:
    return {f["line"]: f["rule_id"] for f in doc["findings"]}


def test_local_paths_and_urls_are_held_back_by_default(tmp_path):
    write_tree(tmp_path, {"tool.py": CLI})
    code, doc = scan_json(tmp_path, "--no-cache")
    lines = _by_line(doc)
    assert 5 not in lines and 7 not in lines  # open() of the files the user named
    assert lines.get(9) == "PY150"  # argv spliced into a shell string is still injection
    assert doc["summary"]["not_shown"]["local_source_flows"] == 1  # counted, never silently lost
    assert code == 1


def test_profile_all_shows_local_flows(tmp_path):
    write_tree(tmp_path, {"tool.py": CLI})
    _, doc = scan_json(tmp_path, "--no-cache", "--profile", "all")
    lines = _by_line(doc)
    assert lines.get(5) == "PY153" and lines.get(9) == "PY150"


OPERATOR_CLI = """\
import argparse
import subprocess

from flask import request

args = argparse.ArgumentParser().parse_args()
subprocess.run(["gcloud", "run", "deploy", args.service])
subprocess.run([args.editor, "notes.txt"])
exec(args.code, {})
eval("1 + " + args.extra)


def handler():
    subprocess.run([request.args["tool"], "notes.txt"])
"""


def test_local_command_and_code_without_a_pattern_finding_are_held_back(tmp_path):
    write_tree(tmp_path, {"cli.py": OPERATOR_CLI})
    _, doc = scan_json(tmp_path, "--no-cache")
    lines = _by_line(doc)
    assert 8 not in lines  # the program its user named, run as asked (an argv list, no shell)
    # exec/eval of a non-literal: the pattern rule flags the call anyway, the flow stays
    assert lines.get(9) == "PY151" and lines.get(10) == "PY151"
    assert lines.get(14) == "PY150"  # the same call fed request data: reported
    assert doc["summary"]["not_shown"]["local_source_flows"] == 1
    _, everything = scan_json(tmp_path, "--no-cache", "--profile", "all")
    assert _by_line(everything).get(8) == "PY150"
