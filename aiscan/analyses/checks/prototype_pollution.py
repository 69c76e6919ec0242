"""Recursive merges that copy every key of a source object into a target (CodeQL's
js/prototype-pollution-utility).

`merge(target, source)` walking `for (key in source)` and recursing into `target[key]` follows
a `__proto__` key of a parsed JSON body into `Object.prototype` and writes the attacker's
properties there, for every object of the process. The shape is visible in the function
itself: a loop over a source's keys, an assignment `target[key] = source[key]`, a recursive
call on `target[key]`, and no test of the dangerous keys anywhere in the function.
"""

from __future__ import annotations

import re

from ...engine import syntax
from . import REGEX, register

_KEYS_CALL = re.compile(r"^Object\.(?:keys|entries|getOwnPropertyNames)\(\s*([\w$.]+)\s*\)$")


@register("javascript.recursive-merge-pollution", node_types=("for_in_statement",),
          params={"guards": REGEX})
def recursive_merge(ctx, rule, node) -> None:
    key, source = _loop(node)
    if key is None:
        return
    func = node.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return
    name = _function_name(func)
    if name is None:
        return
    text = syntax.text(func)
    key_guarded = ("merge-guarded", rule.id, func.id)
    guarded = ctx.cache.get(key_guarded)
    if guarded is None:  # several loops of one function ask once
        guarded = ctx.cache[key_guarded] = re.search(rule.match["params"]["guards"], text) is not None
    if guarded:
        return
    # the function calls itself on an element of the target: a deep merge
    recursion = re.compile(rf"(?<![\w$.]){re.escape(name)}\s*\(\s*\(?\s*[\w$.]+\s*\[\s*{re.escape(key)}\s*\]")
    if not recursion.search(text):
        return
    body = node.child_by_field_name("body")
    stack = [body] if body is not None else []
    while stack:
        n = stack.pop()
        if n.type in ctx.profile.function_types:
            continue
        if n.type == "assignment_expression" and _copies(n, key, source):
            ctx.report(rule, n, callee=name)
            return
        stack.extend(n.named_children)


def _loop(node) -> tuple[str | None, str | None]:
    """(key variable, source object) of `for (k in src)` / `for (const k of Object.keys(src))`."""
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    op = node.child_by_field_name("operator")
    if left is None or right is None or op is None or left.type != "identifier":
        return None, None
    if syntax.text(op) == "in" and right.type in ("identifier", "member_expression"):
        return syntax.text(left), syntax.text(right)
    if syntax.text(op) == "of":
        m = _KEYS_CALL.match(syntax.text(right))
        if m:
            return syntax.text(left), m.group(1)
    return None, None


def _function_name(func) -> str | None:
    name = func.child_by_field_name("name")
    if name is None and func.parent is not None and func.parent.type == "variable_declarator":
        name = func.parent.child_by_field_name("name")
    return syntax.text(name) if name is not None and name.type == "identifier" else None


def _copies(assign, key: str, source: str) -> bool:
    """`target[key] = source[key]`."""
    left, right = assign.child_by_field_name("left"), assign.child_by_field_name("right")
    if left is None or right is None or left.type != "subscript_expression" or \
            right.type != "subscript_expression":
        return False
    return _index(left) == key and _index(right) == key and \
        syntax.text(right.child_by_field_name("object")) == source


def _index(sub) -> str | None:
    index = sub.child_by_field_name("index")
    return syntax.text(index) if index is not None else None
