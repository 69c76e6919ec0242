"""A bare `&` in JSX text (`<p>Terms & Conditions</p>`) trips the tree-sitter JSX grammars
(an open upstream bug); the engine blanks those bytes and parses again, so the rest of the file
is analysed and positions do not move."""

from __future__ import annotations

import json

import pytest

from aiscan.engine.jsx_text import parse
from helpers import run_cli

COMPONENT = """\
import React from "react";

type Props = { html: string } & { title: string };

export function Terms({ html, title }: Props) {
  const both = html && title;
  return (
    <div>
      <h1>Terms & Conditions</h1>
      <p>Tom & Jerry && friends, R&D {both && <b>yes</b>} &amp; more</p>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
"""


@pytest.mark.parametrize("language", ["tsx", "javascript"])
def test_bare_ampersands_in_text_are_blanked_and_nothing_else(language):
    source = COMPONENT.encode() if language == "tsx" else \
        COMPONENT.replace("type Props = { html: string } & { title: string };", "const k = a & b;") \
        .replace(": Props", "").encode()
    tree, parsed = parse(language, source)
    assert not tree.root_node.has_error
    assert len(parsed) == len(source)
    changed = [i for i, (a, b) in enumerate(zip(source, parsed)) if a != b]
    assert all(source[i:i + 1] == b"&" and parsed[i:i + 1] == b" " for i in changed)
    text = parsed.decode()
    assert "Terms   Conditions" in text and "Jerry    friends" in text and "R D" in text
    # expressions, types and character references keep their ampersands
    assert "html && title" in text and "{both && <b>" in text and "&amp;" in text
    assert ("} & {" in text) if language == "tsx" else ("a & b" in text)


def test_typescript_and_clean_files_are_parsed_as_they_are():
    source = b"type X = A & B;\nconst y = a && b;\n"
    tree, parsed = parse("typescript", source)
    assert parsed is source and not tree.root_node.has_error
    broken = b"const z = (a &;\n"  # a real syntax error stays one
    tree, parsed = parse("tsx", broken)
    assert tree.root_node.has_error and parsed == broken


def test_finding_after_terms_and_conditions_keeps_its_place(tmp_path):
    (tmp_path / "Terms.tsx").write_text(COMPONENT, encoding="utf-8")
    result = run_cli("scan", ".", "--format", "json", "--jobs", "1", "--no-cache", cwd=tmp_path)
    doc = json.loads(result.stdout)
    hits = [f for f in doc["findings"] if f["rule_id"] == "JS105"]
    line = COMPONENT.splitlines().index('      <div dangerouslySetInnerHTML={{ __html: html }} />') + 1
    assert [(f["line"], f["column"]) for f in hits] == [(line, 12)]
    assert hits[0]["snippet"] == "<div dangerouslySetInnerHTML={{ __html: html }} />"
    assert not [n for n in doc["notifications"] if "syntax errors" in n["message"]]
