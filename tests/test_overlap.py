"""One weakness on one line is one finding: the more certain rule absorbs the others."""

from __future__ import annotations

from helpers import scan_json, write_tree


def test_taint_finding_absorbs_the_syntactic_one(tmp_path):
    write_tree(tmp_path, {"app.py": """\
        import os
        from flask import request


        def handler():
            os.system("ls " + request.args["dir"])
            os.system("ls " + os.getcwd())
        """})
    _, doc = scan_json(tmp_path)
    got = [(f["line"], f["rule_id"], f.get("properties", {}).get("also")) for f in doc["findings"]]
    assert got == [(6, "PY150", ["PY103"]), (7, "PY103", None)]


def test_rules_of_equal_confidence_or_other_weaknesses_both_stay(tmp_path):
    write_tree(tmp_path, {"app.py": """\
        import pickle, yaml


        def load(a, b):
            return pickle.loads(a), yaml.load(b)
        """})
    _, doc = scan_json(tmp_path)
    assert [(f["line"], f["rule_id"]) for f in doc["findings"]] == [(5, "PY202"), (5, "PY201")]
