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


@register("python.insecure-random-token", node_types=("call",))
def insecure_random_token(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = resolve(syntax.callee_name(node, ctx.profile), ctx.imports)
    if name not in params["callees"]:
        return
    found = assigned_name(node, ctx.profile)
    if found is None:
        return
    target, _ = found
    leaf = target.rsplit(".", 1)[-1]
    if _compiled(params["names"]).search(leaf):
        ctx.report(rule, node, callee=name, target=target)


# The same logic for JavaScript, Go and Java calls; each rule lists its own callees and names.
register("insecure-random-token", node_types=("call_expression", "method_invocation"))(
    insecure_random_token)
