"""Rule fixtures: annotated samples beside each rule YAML, checked line by line.

A fixture marks expectations on the line(s) before the code, semgrep-style:
`# ruleid: ID` (must fire on the next code line), `# ok: ID` (must not), `# todoruleid: ID`
(a known miss), `# todook: ID` (a known false alarm). `//`, `/* */`, `{/* */}`, `<!-- -->` and `{# #}`
comments work too. Several annotation lines may stack above one code line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .languages import language_for
from ..model import Document

ANNOTATION = re.compile(
    r"^\s*(?:#|//|/\*|\{/\*|<!--|\{#)\s*(ruleid|ok|todoruleid|todook):\s*([A-Z0-9_, -]+?)\s*(?:\*/\}?|-->|#\})?\s*$"
)


@dataclass
class Expectations:
    path: Path
    ruleid: set[tuple[int, str]] = field(default_factory=set)
    ok: set[tuple[int, str]] = field(default_factory=set)
    todoruleid: set[tuple[int, str]] = field(default_factory=set)
    todook: set[tuple[int, str]] = field(default_factory=set)

    def ids(self) -> set[str]:
        return {rid for group in (self.ruleid, self.ok, self.todoruleid, self.todook) for _, rid in group}


def parse(path: Path, text: str) -> Expectations:
    exp = Expectations(path)
    pending: list[tuple[str, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = ANNOTATION.match(line)
        if m:
            ids = [i.strip() for i in m.group(2).split(",") if i.strip()]
            pending.append((m.group(1), ids))
            continue
        if pending and line.strip():
            for kind, ids in pending:
                getattr(exp, kind).update((number, rid) for rid in ids)
            pending = []
    return exp


def fixture_files(rule_source: str) -> list[Path]:
    """Files beside the rule YAML that share its stem (`x.yaml` -> `x.py`, `x.ts`, `x.env`...)."""
    yaml_path = Path(rule_source)
    stem = yaml_path.name[: -len(".yaml")]
    return sorted(
        p for p in yaml_path.parent.iterdir()
        if p.is_file() and p.name.startswith(stem + ".") and not p.name.endswith(".yaml")
    )


def document(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return Document(path=path.name, language=language_for(path.name), text=text,
                    root=str(path.parent))
