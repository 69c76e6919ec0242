"""Code embedded in other files is analysed as code: a notebook's Python cells run through every
Python rule, and findings point at the notebook's own line and column."""

from __future__ import annotations

import json

from helpers import run_cli

# Generated fixture values, never real credentials.
SECRET = "Vq8#mZp2rT!x9Lw"


def notebook(*cells: list[str], language: str = "python") -> str:
    """An .ipynb as Jupyter writes it (indent 1, one JSON string per source line)."""
    nb = {
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Notes\n", "eval(x)"]}]
        + [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": cell} for cell in cells],
        "metadata": {"kernelspec": {"display_name": "k", "language": language, "name": "k"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def scan(tmp_path, name: str, text: str) -> dict:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("scan", ".", "--format", "json", "--jobs", "1", "--no-cache", cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def line_of(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of `needle` in the notebook file."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


VULNERABLE = notebook(
    ["%matplotlib inline\n", "!pip install pandas\n", "files = !ls\n", "import os\n",
     "name = input(\"é: \")\n"],
    ["df.describe?\n", "eval(name)"],
)
SAFE = notebook(
    ["%matplotlib inline\n", "import ast\n", "name = input(\"é: \")\n"],
    ["ast.literal_eval(name)"],
)


def test_notebook_cells_are_python(tmp_path):
    doc = scan(tmp_path, "analysis.ipynb", VULNERABLE)
    hits = [f for f in doc["findings"] if 94 in f["cwe"]]
    assert len(hits) == 1, doc["findings"]
    line, column = line_of(VULNERABLE, '"eval(name)"')
    assert (hits[0]["path"], hits[0]["line"], hits[0]["column"]) == \
        ("analysis.ipynb", line, column + 1)
    assert hits[0]["snippet"] == "eval(name)"
    # the source named in the message is the notebook's line too
    source_line, _ = line_of(VULNERABLE, "name = input")
    assert f"line {source_line}" in hits[0]["message"]
    # magics and help syntax are not Python but are not syntax errors either
    assert not [n for n in doc["notifications"] if "syntax" in n["message"]]


def test_markdown_cells_and_safe_twin_are_silent(tmp_path):
    doc = scan(tmp_path, "analysis.ipynb", SAFE)
    assert [f for f in doc["findings"] if 94 in f["cwe"] or 95 in f["cwe"]] == []


def test_columns_account_for_json_escapes(tmp_path):
    text = notebook(["x = \"\\\\\"; y = \"é\"; eval(input())"])
    doc = scan(tmp_path, "esc.ipynb", text)
    hit = next(f for f in doc["findings"] if f["rule_id"] in ("PY101", "PY151"))
    line, column = line_of(text, "eval(input())")
    assert (hit["line"], hit["column"]) == (line, column)


def test_secret_in_a_cell_is_reported_once_and_masked(tmp_path):
    text = notebook([f"DB_PASSWORD = \"{SECRET}\"\n", "connect(password=DB_PASSWORD)"])
    doc = scan(tmp_path, "creds.ipynb", text)
    secrets = [f for f in doc["findings"] if f["category"] == "secrets"]
    assert len(secrets) == 1, secrets
    assert secrets[0]["line"] == line_of(text, "DB_PASSWORD =")[0]
    assert SECRET not in json.dumps(doc)


def test_cell_magics_and_other_kernels_are_not_python(tmp_path):
    bash = notebook(["%%bash\n", "eval $(ssh-agent)\n"])
    assert [f for f in scan(tmp_path, "a.ipynb", bash)["findings"] if 94 in f["cwe"]] == []
    r = notebook(["eval(parse(text = input))\n"], language="R")
    assert [f for f in scan(tmp_path, "b.ipynb", r)["findings"] if 94 in f["cwe"]] == []


def test_broken_notebook_is_text(tmp_path):
    doc = scan(tmp_path, "broken.ipynb", '{"cells": [{"cell_type": "code", "source": ["eval(')
    assert not [n for n in doc["notifications"] if n["level"] == "error"]


PAGE = """\
<!doctype html>
<html>
<body>
  <div id="out"></div>
  <script>
    var data = {{ payload|tojson }};
    document.write("<p>" + location.hash + "</p>");
  </script>
  <script type="application/json">document.write("<p>" + location.hash + "</p>")</script>
  <script type="text/x-handlebars-template">
    document.write("<p>" + location.hash + "</p>");
  </script>
  <script src="/static/app.js"></script>
  <script>
    document.write("<p>Welcome</p>");
    console.log("page code: quality rules do not run here");
  </script>
</body>
</html>
"""


def test_inline_scripts_of_pages_are_javascript(tmp_path):
    doc = scan(tmp_path, "page.html", PAGE)
    lines = PAGE.splitlines()
    sink = next(i for i, text in enumerate(lines, 1) if "location.hash" in text)
    hits = [(f["line"], f["column"]) for f in doc["findings"] if 79 in f["cwe"]]
    # the executable script only: JSON data and client-side templates are not JavaScript
    assert sorted({line for line, _ in hits}) == [sink]
    assert (sink, lines[sink - 1].index("document.write") + 1) in hits
    # page code gets the security rules only; template tags in a script are no syntax error
    assert {f["category"] for f in doc["findings"]} <= {"security", "llm"}
    assert not [n for n in doc["notifications"] if "syntax" in n["message"]]


def test_typescript_script_of_a_component(tmp_path):
    component = """\
<script lang="ts">
  export let name: string;
  const el = document.getElementById("x") as HTMLElement;
  el.innerHTML = name;
  el.textContent = name;
</script>
<p>{name}</p>
"""
    doc = scan(tmp_path, "Hello.svelte", component)
    hits = [f["line"] for f in doc["findings"] if 79 in f["cwe"]]
    assert hits == [4]


def test_one_string_per_cell_maps_each_line(tmp_path):
    text = notebook("import os\nname = input()\nos.system('ls ' + name)\n")
    doc = scan(tmp_path, "one.ipynb", text)
    hit = next(f for f in doc["findings"] if 78 in f["cwe"])
    line, column = line_of(text, "os.system(")
    assert (hit["line"], hit["column"]) == (line, column)


def test_fix_leaves_notebooks_alone_and_says_why(tmp_path):
    text = notebook(["import yaml\n", "data = yaml.load(open('x'))"])
    (tmp_path / "n.ipynb").write_text(text, encoding="utf-8")
    result = run_cli("fix", ".", "--jobs", "1", "--no-cache", cwd=tmp_path)
    assert (tmp_path / "n.ipynb").read_text(encoding="utf-8") == text
    assert "notebook cell" in result.output


def test_suppressions_in_cells(tmp_path):
    text = notebook(["x = input()\n", "eval(x)  # aiscan: ignore[PY101, PY151] reviewed\n",
                     "y = 1  # aiscan: ignore[PY103]\n"])
    (tmp_path / "s.ipynb").write_text(text, encoding="utf-8")
    result = run_cli("scan", ".", "--format", "json", "--jobs", "1", "--no-cache",
                     "--report-unused-ignores", cwd=tmp_path)
    doc = json.loads(result.stdout)
    hits = [f for f in doc["findings"] if f["rule_id"] in ("PY101", "PY151")]
    assert hits and all(f["suppressed"] == "reviewed" for f in hits)
    unused = [n["message"] for n in doc["notifications"] if "PY103" in n["message"]]
    # reported once, by the pass that runs PY103, at the notebook's line
    assert unused == [f"line {line_of(text, 'y = 1')[0]}: unused suppression "
                      "`aiscan: ignore[PY103]` (no PY103 finding on the line it covers)"]


def test_odd_notebooks_are_not_errors(tmp_path):
    odd = ['{"cells": [{"cell_type": "code", "source": ["eval(x)"]}], "metadata": {"kernelspec": "py"}}',
           '{"cells": 5, "metadata": []}', '{"cells": [{"cell_type": "code", "source": 7}]}',
           '{"cells": [{"cell_type": "code", "source": ["a\\\\q"]}]}', "[" * 5000 + '"cell_type"']
    for i, text in enumerate(odd):
        doc = scan(tmp_path, f"odd{i}.ipynb", text)
        assert not [n for n in doc["notifications"] if n["level"] == "error"], (text[:40], doc)


def test_llm_calls_in_cells_are_in_the_inventory(tmp_path):
    text = notebook(["from openai import OpenAI\n", "client = OpenAI()\n",
                     "r = client.chat.completions.create(model=\"gpt-4o\", messages=msgs)\n"])
    (tmp_path / "chat.ipynb").write_text(text, encoding="utf-8")
    result = run_cli("inventory", ".", "--no-cache", cwd=tmp_path)
    line = line_of(text, "client.chat.completions.create")[0]
    assert f"chat.ipynb:{line}  openai  chat.completions.create" in result.output, result.output
