"""The exponential-backtracking shape JS167 reports, on patterns beyond its fixture."""

import pytest

from aiscan.analyses.checks.redos import _exponential, _parser

CASES = {
    # a loop whose body can be one inner loop, with something after it that can fail
    r"^(a+)+$": True,
    r"^(\w+\s?)*$": True,
    r"((ab)*)+c": True,
    r"^(a*)*$": True,
    r"x(\s*)+y": True,
    r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+$": True,
    # each iteration must consume something the inner loop cannot: linear
    r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$": False,
    r"^\w+(\s*,\s*\w+)*$": False,
    r"^(\d+)(\.\d+)*$": False,
    r"^(?:(?:\/[^\/]+)+)$": False,
    r"^(?:\s*\w+\s*=\s*\"[^\"]*\"\s*;?)*$": False,
    r"(\r\n|\n|\r)+$": False,
    r"^(?:a|b)*$": False,
    r"^(a?)*$": False,
    # nothing after the loop can fail: the first split matches
    r"(a+)+": False,
}


@pytest.mark.parametrize("pattern,expected", CASES.items())
def test_exponential_shape(pattern, expected):
    assert _exponential(list(_parser.parse(pattern)), False) is expected
