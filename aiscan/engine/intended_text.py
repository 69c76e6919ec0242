"""Strings written for people on purpose, which text rules about leftovers should not flag.

A regex rule with `scope: string` may name `unless_value_of` (keys, calls, comparison,
docstring, prose): a placeholder in a form field's `placeholder=`, a CLI option's `help=`, a
translation call or a check that the user replaced it is intended, not forgotten.
"""

from __future__ import annotations

from . import syntax

COMPARISON_OPERATORS = frozenset({"==", "!=", "===", "!==", "in", "not in"})


def intended_text(node, unless: dict, profile) -> bool:
    """A string written for people on purpose: a `placeholder=`/`help=` value, a JSX attribute,
    a translation call's argument, a value compared against (`if key == "YOUR_API_KEY":`), a
    docstring."""
    if node is None:
        return False
    cur = node
    while cur.parent is not None and cur.parent.type in ("concatenated_string", "parenthesized_expression",
                                                           "jsx_expression", "template_string"):
        cur = cur.parent
    parent = cur.parent
    if parent is None:
        return False
    if unless.get("prose") and ("\\n" in syntax.text(cur) or "\n" in syntax.text(cur)):
        return True  # a value (key, token, URL) has no line breaks; a prompt or message does
    keys = unless.get("keys") or ()
    t = parent.type
    if keys and t in ("keyword_argument", "pair", "jsx_attribute", "pair_pattern"):
        name = parent.child_by_field_name("name") or parent.child_by_field_name("key") or \
            (parent.named_children[0] if parent.named_children else None)
        if name is not None and name is not cur and \
                syntax.text(name).strip("'\"") in keys:
            return True
    if unless.get("comparison") and t in ("comparison_operator", "binary_expression"):
        if any(c.type in COMPARISON_OPERATORS for c in parent.children):
            return True
    if unless.get("docstring") and t == "expression_statement" and parent.named_child_count == 1:
        return True
    calls = unless.get("calls") or ()
    if calls and t in ("argument_list", "arguments"):
        call = parent.parent
        if call is not None and call.type in profile.call_types:
            if syntax.callee_name(call, profile).rsplit(".", 1)[-1] in calls:
                return True
    if calls and t == "keyword_argument":
        call = parent.parent.parent if parent.parent is not None else None
        if call is not None and call.type in profile.call_types and \
                syntax.callee_name(call, profile).rsplit(".", 1)[-1] in calls:
            return True
    return False
