"""Query rules run as one joint query per file report what each rule's own query reports."""

from __future__ import annotations

import tree_sitter

from aiscan.engine import fixtures
from aiscan.engine.context import FileContext
from aiscan.engine.jsx_text import parse
from aiscan.engine.matchers import QueryMatcher, compile_rule, joint_matches
from aiscan.engine.rules import load_rules

CATALOGUE = load_rules()


def _spans(matches):
    return [sorted((name, [(n.start_byte, n.end_byte) for n in nodes])
                   for name, nodes in captures.items()) for captures in matches]


def test_every_languages_query_rules_match_alike_jointly_and_alone():
    by_language: dict[str, list] = {}
    for rule in CATALOGUE.rules:
        for m in compile_rule(rule):
            if isinstance(m, QueryMatcher):
                for language in rule.languages:
                    by_language.setdefault(language, []).append(m)
    checked = 0
    for language, matchers in by_language.items():
        paths = {p for m in matchers for p in fixtures.fixture_files(m.rule.source)}
        for path in sorted(paths):
            doc = fixtures.document(path)
            if doc.language != language:
                continue
            tree, source = parse(language, doc.text.encode("utf-8", "surrogatepass"))
            ctx = FileContext(doc, source, tree, CATALOGUE.known)
            joint = joint_matches(ctx, matchers)
            for m, together in zip(matchers, joint):
                alone = [c for _, c in tree_sitter.QueryCursor(m.compile(language)).matches(
                    tree.root_node)]
                assert _spans(together) == _spans(alone), (m.rule.id, path.name)
                checked += bool(alone)
    assert checked  # some rule matched somewhere
