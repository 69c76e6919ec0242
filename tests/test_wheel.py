"""The built wheel carries rules/ and works from a fresh venv (not an editable install)."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_scans(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("aiscan-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "aiscan/_rules/python/injection/eval-dynamic-code.yaml" in names
    assert "aiscan/engine/rule-schema.json" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True)
    exe = env_dir / "bin" / "aiscan"

    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text("import pickle\npickle.loads(data)\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    scan = subprocess.run([str(exe), "scan", ".", "--format", "json"], cwd=project, env=env,
                          capture_output=True, text=True)
    assert scan.returncode == 1, scan.stderr
    assert '"rule_id": "PY202"' in scan.stdout
    rules = subprocess.run([str(exe), "rules"], cwd=project, env=env, capture_output=True, text=True)
    assert rules.returncode == 0 and "PY202" in rules.stdout
    explain = subprocess.run([str(exe), "explain", "PY202"], cwd=project, env=env,
                             capture_output=True, text=True)
    assert "What it finds" in explain.stdout
    where = subprocess.run([str(py), "-c", "import aiscan.engine.rules as r; print(r.builtin_rules_dir())"],
                           cwd=project, env=env, capture_output=True, text=True)
    assert "site-packages/aiscan/_rules" in where.stdout
