"""Calls that are unsafe unless the same file hardens the object they create.

Java's XML factories are the model: `DocumentBuilderFactory.newInstance()` is fine when the
enclosing method (or, outside any function, the file) also calls
`setFeature(... disallow-doctype-decl, true)`. Whether the hardening applies to that exact
factory is a flow question; the scope test keeps the rule quiet on code that clearly knows
about the issue without letting one hardened method excuse a whole file.
"""

from __future__ import annotations

import fnmatch
import functools
import re

from ...engine import syntax
from . import REGEX, STRINGS, register


@functools.lru_cache(maxsize=64)
def _globs(patterns: tuple[str, ...]):
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


@register("calls.without-hardening",
          node_types=("call", "call_expression", "method_invocation", "object_creation_expression"),
          params={"callees": STRINGS, "hardening": REGEX})
def call_without_hardening(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = ctx.callee(node)
    if not _globs(tuple(params["callees"])).fullmatch(name):
        return
    scope = _enclosing_function(node, ctx.profile)
    key = ("hardened", rule.id, scope.id if scope is not None else None)
    hardened = ctx.cache.get(key)
    if hardened is None:
        text = syntax.text(scope) if scope is not None else ctx.doc.text
        hardened = ctx.cache[key] = re.search(params["hardening"], text) is not None
    if not hardened:
        ctx.report(rule, node, callee=name)


def _enclosing_function(node, profile, limit: int = 200):
    cur = node.parent
    for _ in range(limit):
        if cur is None or cur.type in profile.function_types:
            return cur
        cur = cur.parent
    return None
