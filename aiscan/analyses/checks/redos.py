"""Regular expressions with exponential backtracking (CodeQL's js/redos, in its plainest form).

A loop whose body can be a single inner loop, `(a+)+` or `(x?[a-z]+)*`, offers the engine
2^n ways to split a run of n characters between the two loops. When something after the loop
fails (`$`, `@`, any mandatory atom), a backtracking engine (JavaScript's, Python's) tries them
all: thirty characters freeze the event loop for seconds. Only that shape is reported; star
height alone (`(\\s*,\\s*\\w+)*`, whose iterations must each consume a comma) is not.
"""

from __future__ import annotations

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]
import re
import warnings

from ...engine import syntax
from . import register

_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT})
_NAMED_GROUP = re.compile(r"\(\?<(?=[A-Za-z_$])")  # JS `(?<name>` is Python's `(?P<name>`
MAX_PATTERN = 2000


@register("regex.exponential-backtracking", node_types=("regex",))
def exponential_regex(ctx, rule, node) -> None:
    pattern = node.child_by_field_name("pattern")
    if pattern is None:
        return
    text = syntax.text(pattern)
    if len(text) > MAX_PATTERN or not ("+" in text or "*" in text or ",}" in text):
        return
    flags = node.child_by_field_name("flags")
    if flags is not None and any(f in syntax.text(flags) for f in "uv"):
        return  # unicode sets and escapes Python's parser reads differently
    try:
        with warnings.catch_warnings():  # "possible nested set": a JS class is read as written
            warnings.simplefilter("ignore")
            parsed = _parser.parse(_NAMED_GROUP.sub("(?P<", text))
    except Exception:  # noqa: BLE001 - JS syntax Python does not read: no verdict
        return
    if _exponential(list(parsed), False):
        ctx.report(rule, node)


def _exponential(items: list, followed: bool) -> bool:
    """Some unbounded loop here, followed by something that can fail, has a body that can be
    one inner unbounded loop alone."""
    for i, (op, av) in enumerate(items):
        after = followed or any(not _optional(it) for it in items[i + 1:])
        if op in _REPEATS:
            low, high, body = av
            if high == _c.MAXREPEAT and after and _single_loop(list(body)):
                return True
            if _exponential(list(body), after):
                return True
        elif op == _c.SUBPATTERN:
            if _exponential(list(av[-1]), after):
                return True
        elif op == _c.BRANCH:
            if any(_exponential(list(alt), after) for alt in av[1]):
                return True
    return False


def _single_loop(body: list) -> bool:
    """Without its optional parts, the body is one unbounded loop (maybe inside groups)."""
    for _ in range(32):
        mandatory = [it for it in body if not _optional(it)]
        if not mandatory:  # `(a*)*`: the one optional loop is the body
            mandatory = [it for it in body if it[0] == _c.SUBPATTERN or
                         it[0] in _REPEATS and it[1][1] == _c.MAXREPEAT]
        if len(mandatory) != 1:
            return False
        op, av = mandatory[0]
        if op == _c.SUBPATTERN:
            body = list(av[-1])
            continue
        return op in _REPEATS and av[1] == _c.MAXREPEAT
    return False


def _optional(item) -> bool:
    op, av = item
    if op in _REPEATS:
        return av[0] == 0
    if op == _c.SUBPATTERN:
        return all(_optional(it) for it in av[-1])
    return False
