"""A lookahead on the characters a regex's match can start with, derived from the pattern.

Python's `re` skips ahead by a literal prefix or a set of first characters only when it can
see one, and it cannot in an IGNORECASE pattern or one whose branches start with `\\b`: such a
pattern is tried in full at every position of the text. `(?=[ahi…]|^)` in front of it states
what the pattern already implies, so the engine rejects most positions with one class test.
The matches are the same: the lookahead holds wherever a match of the pattern can start, and
it is compiled with the pattern's own flags (case folding, MULTILINE `^`)."""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

# `\w` and `\s` hold most positions of a text: a lookahead on them costs more than it saves
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d"}
_LINE_START = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
_ZERO_WIDTH = (C.AT_BOUNDARY, C.AT_NON_BOUNDARY)
_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(C, n))


def with_start_class(pattern: str, flags: int = 0) -> str:
    """`pattern` behind a lookahead on its first characters, or unchanged when they cannot
    be told (a negated class, `.`, a lookaround, a local flag, a match that may be empty)."""
    try:
        start = _sequence(P.parse(pattern, flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return pattern
    if start is None or start[2] or not start[0] or flags & re.VERBOSE:
        return pattern
    chars, line_start, _ = start
    lookahead = "(?=[" + "".join(sorted(chars)) + "]" + ("|^" if line_start else "") + ")"
    candidate = lookahead + "(?:" + pattern + ")"
    try:
        compiled = re.compile(candidate, flags)
    except re.error:  # e.g. global inline flags, which must come first
        return pattern
    return candidate if compiled.groups == re.compile(pattern, flags).groups else pattern


def _sequence(items):
    """(first-character class items, may start at a line start, may match empty) or None."""
    chars: set[str] = set()
    line_start = False
    for op, av in items:
        if op is C.AT:
            if av in _LINE_START:  # the rest starts where `^` holds
                return chars, True, False
            if av in _ZERO_WIDTH:
                continue
            return None
        found = _element(op, av)
        if found is None:
            return None
        chars |= found[0]
        line_start = line_start or found[1]
        if not found[2]:
            return chars, line_start, False
    return chars, line_start, True


def _element(op, av):
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False, False
    if op is C.IN:
        out = set()
        for kind, value in av:
            if kind is C.LITERAL:
                out.add(re.escape(chr(value)))
            elif kind is C.RANGE:
                out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind is C.CATEGORY and value in _CATEGORIES:
                out.add(_CATEGORIES[value])
            else:  # a negation, `\w`, `\s`, a negated category: most characters
                return None
        return out, False, False
    if op is C.BRANCH:
        chars, line_start, empty = set(), False, False
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            chars |= found[0]
            line_start, empty = line_start or found[1], empty or found[2]
        return chars, line_start, empty
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence(body)
    if op in _REPEATS:
        low, _, body = av
        found = _sequence(body)
        if found is None:
            return None
        return found[0], found[1], found[2] or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av)
    return None
