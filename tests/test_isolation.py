"""A file that hangs or kills its worker is named in a notification; every other file is scanned."""

from __future__ import annotations

import os
import time

import pytest

from aiscan.analyses.checks import register
from aiscan.pipeline.config import Config
from aiscan.pipeline.scan import run_scan

RULE = """\
id: PY997
name: {name}
message: "test rule that misbehaves on purpose"
severity: low
confidence: high
category: quality
languages: [python]
checklist: complexity
match: {{check: {check}}}
help: {{what: a test rule only, why: to prove isolation, example: "x", instead: "y", references: []}}
"""


@register("test.sleepy")
def _sleepy(ctx, rule):
    if ctx.path.endswith("slow.py"):
        time.sleep(30)


@register("test.fatal")
def _fatal(ctx, rule):
    if ctx.path.endswith("crash.py"):
        os._exit(13)  # a segfaulting extension would look the same to the pool


def project(tmp_path, n=30):
    for i in range(n):
        (tmp_path / f"m{i:02d}.py").write_text("import os\nos.system('ls ' + x)\n")
    return tmp_path


def rules_dir(tmp_path, name, check):
    d = tmp_path.parent / f"{tmp_path.name}-rules"
    d.mkdir()
    (d / "r.yaml").write_text(RULE.format(name=name, check=check))
    return str(d)


def test_a_file_over_its_time_budget_is_skipped(tmp_path):
    project(tmp_path, 3)
    (tmp_path / "slow.py").write_text("x = 1\n")
    cfg = Config(jobs=1, use_cache=False, file_budget=0.5, rule_dirs=[rules_dir(tmp_path, "sleepy", "test.sleepy")])
    started = time.monotonic()
    res = run_scan([str(tmp_path)], cfg, root=str(tmp_path))
    assert time.monotonic() - started < 10
    assert [n.message for n in res.notifications if n.path == "slow.py"] == [
        "analysis took longer than the 0.5 s budget per file; skipped"]
    assert sorted(f.location.path for f in res.findings if f.rule_id == "PY103") == [
        "m00.py", "m01.py", "m02.py"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="crash isolation re-runs files in forked processes")
def test_a_worker_crash_is_isolated_to_its_file(tmp_path):
    project(tmp_path, 40)
    (tmp_path / "crash.py").write_text("x = 1\n")
    cfg = Config(jobs=2, use_cache=False, rule_dirs=[rules_dir(tmp_path, "fatal", "test.fatal")])
    res = run_scan([str(tmp_path)], cfg, root=str(tmp_path))
    crashed = [n for n in res.notifications if n.level == "error"]
    assert [(n.path, n.message) for n in crashed] == [
        ("crash.py", "analysis of this file crashed (the worker process died)")]
    assert sorted(f.location.path for f in res.findings if f.rule_id == "PY103") == [
        f"m{i:02d}.py" for i in range(40)]
