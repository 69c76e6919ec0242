"""The result cache: an unchanged tree is not analysed again; any change is."""

from __future__ import annotations

import json
import os

from aiscan.engine.analyzer import Analyzer
from helpers import run_cli, write_tree

FILES = {
    "a.py": "import os\nos.system('ls ' + x)\n",
    "b.py": "import pickle\npickle.loads(blob)\n",
    "c.js": "el.innerHTML = answer;\n",
}


def counting(monkeypatch):
    calls: list[str] = []
    real = Analyzer.analyze

    def analyze(self, abs_path, rel):
        calls.append(rel)
        return real(self, abs_path, rel)

    monkeypatch.setattr(Analyzer, "analyze", analyze)
    return calls


def scan(tmp_path, *extra):
    out = run_cli("scan", ".", "--format", "json", "--jobs", "1", *extra, cwd=tmp_path)
    return json.loads(out.stdout)["findings"]


def test_unchanged_files_come_from_the_cache(tmp_path, monkeypatch):
    write_tree(tmp_path, FILES)
    calls = counting(monkeypatch)
    first = scan(tmp_path)
    assert sorted(calls) == ["a.py", "b.py", "c.js"]
    calls.clear()
    assert scan(tmp_path) == first
    assert calls == []


def test_a_changed_file_is_analysed_again(tmp_path, monkeypatch):
    write_tree(tmp_path, FILES)
    scan(tmp_path)
    calls = counting(monkeypatch)
    (tmp_path / "b.py").write_text("import pickle\n\npickle.loads(blob)\n")
    findings = scan(tmp_path)
    assert calls == ["b.py"]
    assert ("b.py", 3) in {(f["path"], f["line"]) for f in findings}


def test_no_cache_and_other_settings_bypass_it(tmp_path, monkeypatch):
    write_tree(tmp_path, FILES)
    scan(tmp_path)
    calls = counting(monkeypatch)
    scan(tmp_path, "--no-cache")
    assert len(calls) == 3
    calls.clear()
    assert {f["rule_id"] for f in scan(tmp_path, "--select", "PY202")} == {"PY202"}
    assert len(calls) == 3  # a different rule selection is a different cache


def test_a_corrupt_cache_is_ignored(tmp_path):
    write_tree(tmp_path, FILES)
    first = scan(tmp_path)
    cache_dir = os.environ["AISCAN_CACHE_DIR"]
    for name in os.listdir(cache_dir):
        with open(os.path.join(cache_dir, name), "w") as fh:
            fh.write("{not json")
    assert scan(tmp_path) == first


def test_cache_dir_option_puts_the_cache_there(tmp_path, monkeypatch):
    project = tmp_path / "p"
    project.mkdir()
    write_tree(project, FILES)
    where = tmp_path / "my-cache"
    monkeypatch.setenv("AISCAN_CACHE_DIR", str(tmp_path / "elsewhere"))  # restored after the test
    first = scan(project, "--cache-dir", str(where))
    assert any(p.suffix == ".json" for p in where.iterdir())
    calls = counting(monkeypatch)
    assert scan(project, "--cache-dir", str(where)) == first
    assert calls == []
