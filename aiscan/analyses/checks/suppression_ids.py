"""An `aiscan: ignore[...]` naming no rule: a typo (`PY5O7`) that suppresses nothing while its
author believes the finding is handled."""

from __future__ import annotations

import fnmatch

from . import register


@register("hygiene.unknown-suppression-id",
          params={"exclude_files": {"type": "array", "items": {"type": "string"}}},
          optional=("exclude_files",))
def unknown_suppression_id(ctx, rule) -> None:
    """Each id of a suppression that is neither a loaded rule's id (any case) nor its name.

    In code only comments count, as for GEN901; the tree is parsed here only when such an id
    is found and no other rule needed it."""
    from ...engine import suppressions
    from ...engine.rules import suggestion

    name = ctx.path.rsplit("/", 1)[-1]
    if any(fnmatch.fnmatch(name, p) for p in rule.match["params"].get("exclude_files", ())):
        return
    known = ctx.known_rules
    tree = ctx.tree
    for sup in suppressions.parse(ctx.doc):
        line = ctx.doc.line_text(sup.line)
        for sid in sup.ids:
            if sid.upper() in known or sid in known:
                continue
            column = line.find(sid, line.find("aiscan"))
            start = ctx.doc.line_starts[sup.line - 1] + column
            if ctx.profile is not None:
                if tree is None:
                    from ...engine.jsx_text import parse

                    tree = parse(ctx.language, ctx.source)[0]
                if not _in_comment(ctx, tree, start):
                    continue
            ctx.report(rule, span=(start, start + len(sid)), rule_id=sid,
                       hint=suggestion(sid, sorted(known)))


def _in_comment(ctx, tree, start: int) -> bool:
    """The character at `start` lies in a comment node (a leaf, or close above one)."""
    offset = len(ctx.doc.text[:start].encode("utf-8", "surrogatepass"))
    node = tree.root_node.descendant_for_byte_range(offset, offset)
    for _ in range(3):
        if node is None:
            return False
        if node.type in ctx.profile.comment_types:
            return True
        node = node.parent
    return False
