"""Exception handlers that catch everything: a bare `except:`."""

from __future__ import annotations

from . import register


@register("python.bare-except", node_types=("except_clause",))
def bare_except(ctx, rule, node) -> None:
    # a bare handler's only named child is its block (comments aside)
    if all(c.type in ("block", "comment") for c in node.named_children):
        ctx.report(rule, node)
