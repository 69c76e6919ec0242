"""Shared helpers for end-to-end tests: build small projects and run the CLI in-process."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from aiscan.cli import main


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def run_cli(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def scan_json(path: Path, *extra: str) -> tuple[int, dict]:
    result = run_cli("scan", str(path), "--format", "json", "--jobs", "1", *extra)
    return result.exit_code, json.loads(result.stdout)
