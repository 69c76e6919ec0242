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
