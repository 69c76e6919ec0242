"""`assert` statements that guard who may do something (they vanish under `python -O`)."""

from __future__ import annotations

import functools
import re

from ...engine import syntax
from . import REGEX, register
from .randomness import enclosing_function_name


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str):
    return re.compile(pattern)


@register("python.assert-authorization", node_types=("assert_statement",),
          params={"names": REGEX, "test_paths": REGEX, "test_functions": REGEX})
def assert_authorization(ctx, rule, node) -> None:
    params = rule.match["params"]
    # In tests an assert is the point, not a guard.
    if _compiled(params["test_paths"]).search(ctx.path.replace("\\", "/")):
        return
    if not node.named_children:
        return
    condition = node.named_children[0]
    if not _compiled(params["names"]).search(syntax.text(condition)):
        return
    function = enclosing_function_name(node, ctx.profile)
    if function is not None and _compiled(params["test_functions"]).match(function):
        return
    ctx.report(rule, node)
