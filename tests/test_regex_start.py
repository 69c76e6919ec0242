"""The first-character lookahead (engine/regex_start.py) never changes what a pattern
matches."""

from __future__ import annotations

import re

import pytest

from aiscan.engine import fixtures
from aiscan.engine.regex_start import with_start_class
from aiscan.engine.rules import load_rules

SAMPLE = ("x = 1  # Here's the updated code:\n  Certainly! Here is\nkey='AKIA...'\n"
          "\u212a\u017f \u0130 curl -k https://x && wget --no-check-certificate y\n"
          "TODO: implement this\n\n# todo implement me\n'''As an AI language model'''\n")


def _matches(regex, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]


def _regex_clauses():
    for rule in load_rules().rules:
        for clause in rule.match.get("clauses") or ():
            spec = clause.get("regex") if isinstance(clause, dict) else None
            if spec:
                flags = (re.IGNORECASE if spec.get("ignore_case") else 0) | re.MULTILINE
                yield rule, spec["pattern"], flags
        # provider key shapes (check secrets.pattern), searched through the whole text
        for shape in (rule.match.get("params") or {}).get("patterns") or ():
            if isinstance(shape, dict) and "pattern" in shape:
                yield rule, shape["pattern"], re.IGNORECASE if shape.get("ignore_case") else 0


CLAUSES = list(_regex_clauses())


@pytest.mark.parametrize("rule,pattern,flags", CLAUSES,
                         ids=[f"{r.id}-{i}" for i, (r, _, _) in enumerate(CLAUSES)])
def test_rule_regexes_match_the_same_with_the_lookahead(rule, pattern, flags):
    plain, led = re.compile(pattern, flags), re.compile(with_start_class(pattern, flags), flags)
    texts = [SAMPLE] + [p.read_text(encoding="utf-8", errors="replace")
                        for p in fixtures.fixture_files(rule.source)]
    for text in texts:
        assert _matches(led, text) == _matches(plain, text)


@pytest.mark.parametrize("pattern,flags,led", [
    (r"\bfoo|bar", 0, r"(?=[bf])(?:\bfoo|bar)"),
    (r"""(?:^|['"])\s*curl""", re.M, r"""(?=["']|^)(?:(?:^|['"])\s*curl)"""),
    (r"a*b", 0, r"(?=[ab])(?:a*b)"),
    (r"[a-c\d]x", 0, r"(?=[\da-c])(?:[a-c\d]x)"),
])
def test_the_lookahead_names_every_first_character(pattern, flags, led):
    assert with_start_class(pattern, flags) == led


@pytest.mark.parametrize("pattern", [
    r"x?", r"[^a]b", r".b", r"(?i)abc", r"(?i:a)b", r"(?<=a)b", r"$a", r"\Wb", r"(?:^|\s)-u",
    "",
])
def test_patterns_it_cannot_read_are_left_alone(pattern):
    assert with_start_class(pattern) == pattern


def test_case_folding_follows_the_pattern_flags():
    # KELVIN SIGN and LONG S fold to k and s under IGNORECASE: the class folds alike
    for pattern, text in (("key", "\u212aey"), ("sure", "\u017fure")):
        led = re.compile(with_start_class(pattern, re.I), re.I)
        assert led.search(text) and re.search(pattern, text, re.I)
