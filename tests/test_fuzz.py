"""Generated and mutated source through every parser and matcher: no input may crash the engine.

Bounded for CI; `bench/fuzz.py` runs the same property for longer.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan.engine.analyzer import Analyzer
from aiscan.model import Document
from aiscan.engine.rules import load_rules

ANALYZER = Analyzer(load_rules())

SEEDS = {
    "python": "import os, subprocess as sp\nfrom yaml import load\n"
              "def f(x):\n    sp.run(f'a {x}', shell=True)\n    eval(x + '1')\n    return load(x)\n",
    "javascript": "const {exec} = require('child_process');\nfunction f(x){ exec(`a ${x}`); "
                  "el.innerHTML = x; return <div dangerouslySetInnerHTML={{__html: x}} />; }\n",
    "typescript": "import { exec } from 'child_process';\nexport const f = (x: string): void => "
                  "{ exec('ls ' + x); db.query(`SELECT ${x}`); };\n",
    "tsx": "export const A = ({h}: {h: string}) => <p dangerouslySetInnerHTML={{__html: h}} />;\n",
    "go": "package main\nimport \"os/exec\"\nfunc f(x string) { exec.Command(\"sh\", \"-c\", x) }\n",
    "java": "import java.io.ObjectInputStream;\nclass A { void f(String x) { "
            "Runtime.getRuntime().exec(\"ls \" + x); new ObjectInputStream(in); } }\n",
}
# CI runs a bounded number of examples; bench/fuzz.py raises it for a long run.
EXAMPLES = int(os.environ.get("AISCAN_FUZZ_EXAMPLES", "60"))

EXT = {"python": "py", "javascript": "js", "typescript": "ts", "tsx": "tsx", "go": "go", "java": "java"}
TOKENS = ["(", ")", "[", "]", "{", "}", "'", '"', "`", "${", "+", "%", ".", ",", ":", "=", "\n",
          "eval", "exec", "shell=True", "import ", "from ", "require(", "new ", "f'", "#", "//",
          "\\", "\x00", "é", "\ud800"]


def _check(language: str, text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")
    doc = Document(path=f"fuzz.{EXT[language]}", language=language, text=text)
    result = ANALYZER.analyze_document(doc)
    errors = [n for n in result.notifications if n.level == "error"]
    assert not errors, errors
    for f in result.findings:
        assert 1 <= f.location.line <= text.count("\n") + 1


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SEEDS)), st.data())
def test_mutated_seeds(language, data):
    seed = SEEDS[language]
    ops = data.draw(st.lists(st.tuples(st.integers(0, len(seed)), st.sampled_from(TOKENS),
                                       st.integers(0, 5)), max_size=12))
    text = seed
    for pos, token, cut in ops:
        pos = min(pos, len(text))
        text = text[:pos] + token + text[pos + cut:]
    _check(language, text)


@settings(max_examples=max(1, EXAMPLES * 2 // 3), deadline=None)
@given(st.sampled_from(sorted(SEEDS)), st.text(max_size=400))
def test_arbitrary_text(language, text):
    _check(language, text)
