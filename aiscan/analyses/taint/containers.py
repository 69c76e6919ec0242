"""Element-precise lists and dicts: which element holds tainted data.

A local list or dict whose every element the walk has seen put in (a literal, then `append`,
`insert`, `pop`, `d["k"] = v` with constant keys and indices, unconditionally) is kept as a
model beside the name's taint: `("list", (t0, t1, ...))` or `("dict", {key: taint})`, under
`MODEL_PREFIX + name` in the scope. Reading `l[1]`, `d["k"]`, `d.get("k")` or `l.pop(0)` then
gives that element's taint, so the safe twin (the element read is not the tainted one) stays
silent. Anything the model cannot follow (a computed key, a loop, `extend`, a conditional
write) drops it, and reads fall back to the whole container's taint.
"""

from __future__ import annotations

from ...engine import syntax
from .scope_keys import MODEL_PREFIX

MAX_ELEMENTS = 64
CLEAN: frozenset = frozenset()


def constant_key(node):
    """A string or integer literal used as a key/index (`"k"`, `2`, `-1`), else None."""
    if node is None:
        return None
    t = node.type
    if t == "string" and not any(c.type in ("interpolation", "template_substitution")
                                 for c in node.named_children):
        return syntax.string_content(node)
    if t in ("integer", "number"):
        try:
            return int(syntax.text(node))
        except ValueError:
            return None
    if t in ("unary_operator", "unary_expression") and node.named_child_count == 1 and \
            syntax.text(node).startswith("-"):
        inner = constant_key(node.named_children[0])
        return -inner if isinstance(inner, int) else None
    return None


def literal_model(value, taint_of):
    """The model of a list/dict literal with constant keys, or None."""
    if value.type in ("list", "array"):
        items = [c for c in value.named_children if c.type != "comment"]
        if len(items) > MAX_ELEMENTS or any(
                c.type in ("list_splat", "spread_element") for c in items):
            return None
        return ("list", tuple(taint_of(c) for c in items))
    if value.type in ("dictionary", "object"):
        entries = {}
        for child in value.named_children:
            if child.type == "comment":
                continue
            if child.type != "pair" or len(entries) >= MAX_ELEMENTS:
                return None
            key_node = child.child_by_field_name("key")
            key = constant_key(key_node)
            if key is None and key_node is not None and \
                    key_node.type in ("property_identifier", "identifier") and \
                    value.type == "object":
                key = syntax.text(key_node)
            if key is None:
                return None
            entries[key] = taint_of(child.child_by_field_name("value"))
        return ("dict", entries)
    return None


def element(model, key):
    """The taint of one element, or None when the model cannot say."""
    if model is None or key is None:
        return None
    kind, data = model
    if kind == "list" and isinstance(key, int):
        if -len(data) <= key < len(data):
            return data[key]
        return None
    if kind == "dict":
        return data.get(key, CLEAN)
    return None


def with_element(model, key, taint):
    kind, data = model
    if kind == "dict":
        if len(data) >= MAX_ELEMENTS and key not in data:
            return None
        new = dict(data)
        new[key] = taint
        return ("dict", new)
    if isinstance(key, int) and -len(data) <= key < len(data):
        items = list(data)
        items[key] = taint
        return ("list", tuple(items))
    return None


def appended(model, taint):
    kind, data = model
    if kind != "list" or len(data) >= MAX_ELEMENTS:
        return None
    return ("list", data + (taint,))


def inserted(model, index, taint):
    kind, data = model
    if kind != "list" or not isinstance(index, int) or len(data) >= MAX_ELEMENTS:
        return None
    items = list(data)
    items.insert(index, taint)
    return ("list", tuple(items))


def popped(model, key):
    """(the element's taint, the model without it), or (None, None)."""
    kind, data = model
    if kind == "list":
        if key is None:
            key = -1
        if not isinstance(key, int) or not -len(data) <= key < len(data):
            return None, None
        items = list(data)
        value = items.pop(key)
        return value, ("list", tuple(items))
    if key is None or key not in data:
        return None, None
    new = dict(data)
    value = new.pop(key)
    return value, ("dict", new)
