"""Non-cryptographic randomness used for something that must be unguessable."""

from __future__ import annotations

import functools
import re

from .. import syntax
from ..imports import resolve
from . import register

STATEMENT_TYPES = frozenset({
    "expression_statement", "return_statement", "lexical_declaration", "variable_declaration",
    "function_definition", "block", "module", "program", "statement_block",
})
MAX_CLIMB = 12


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str):
    return re.compile(pattern)


def assigned_name(node, profile) -> tuple[str, object] | None:
    """The name an expression ends up in: `x = f(g(node))` -> ("x", assignment node)."""
    cur = node
    for _ in range(MAX_CLIMB):
        parent = cur.parent
        if parent is None or parent.type in STATEMENT_TYPES:
            return None
        if parent.type in profile.assign_types or parent.type in ("variable_declarator", "var_spec"):
            target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
            if target is not None and target.type == "expression_list":  # go: a := ...
                target = target.named_children[0] if target.named_child_count == 1 else None
            if target is not None and target.id != cur.id:
                return syntax.dotted_name(target, profile), parent
            return None
        if parent.type in ("pair", "keyword_argument"):
            key = parent.child_by_field_name("key") or parent.child_by_field_name("name")
            if key is not None and key.id != cur.id:
                return syntax.text(key).strip("'\""), parent
        cur = parent
    return None


MAX_FUNCTION_CLIMB = 200


def enclosing_function_name(node, profile) -> str | None:
    """The name of the function around a node (`def new_api_key(): ...`), or None.

    An anonymous function takes the name it is assigned to (`const makeToken = () => ...`).
    """
    cur = node.parent
    for _ in range(MAX_FUNCTION_CLIMB):
        if cur is None:
            return None
        if cur.type in profile.function_types:
            name = cur.child_by_field_name("name")
            if name is None and cur.parent is not None and cur.parent.type == "variable_declarator":
                name = cur.parent.child_by_field_name("name")
            return syntax.text(name) if name is not None else None
        cur = cur.parent
    return None


@register("python.insecure-random-token", node_types=("call",))
def insecure_random_token(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = resolve(syntax.callee_name(node, ctx.profile), ctx.imports)
    if name not in params["callees"]:
        return
    names = _compiled(params["names"])
    found = assigned_name(node, ctx.profile)
    target = found[0] if found is not None else "?"
    leaf = target.rsplit(".", 1)[-1]
    if leaf != "?":
        if names.search(leaf):
            ctx.report(rule, node, callee=name, target=target)
        return
    # Not stored under a name (returned, or written into `b[i]`): the function says what it
    # makes, as in `def generate_password(): return "".join(random.choice(...) ...)`.
    function = enclosing_function_name(node, ctx.profile)
    if function is not None and names.search(function):
        ctx.report(rule, node, callee=name, target=f"the result of {function}()")


# The same logic for JavaScript, Go and Java calls; each rule lists its own callees and names.
register("insecure-random-token", node_types=("call_expression", "method_invocation"))(
    insecure_random_token)
