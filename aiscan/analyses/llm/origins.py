"""Where a value comes from: a literal, a constant, an environment variable, a template file,
or a string built from variables. Used for model ids and prompts.

Walks are iterative and capped: a prompt built from ten thousand concatenations is "built", and
that is all the inventory needs to know.
"""

from __future__ import annotations

from ...engine import syntax
from ...engine.imports import resolve
from . import catalogue

MAX_WALK = 400  # nodes looked at below one prompt argument
LITERAL, CONSTANT, ENV, TEMPLATE, BUILT, VARIABLE, EXPRESSION = (
    "literal", "constant", "env", "template", "built", "variable", "expression")
_SHORT = 60


def unwrap(node):
    """`await x`, `(x)`, `x!` -> x."""
    for _ in range(8):
        if node is None or node.type not in ("await", "await_expression", "parenthesized_expression",
                                             "non_null_expression", "as_expression"):
            return node
        inner = [c for c in node.named_children if c.type != "comment"]
        node = inner[0] if inner else None
    return node


def env_access(node, ctx) -> tuple[str, object] | None:
    """`os.environ["X"]`, `os.getenv("X", d)`, `os.environ.get("X")`, `process.env.X` ->
    ("X", default node or None)."""
    node = unwrap(node)
    if node is None:
        return None
    t = node.type
    profile = ctx.profile
    if t in profile.call_types:
        name = resolve(syntax.callee_name(node, profile), ctx.imports)
        if name in ("os.getenv", "os.environ.get", "os.environ.setdefault"):
            args, _ = syntax.call_arguments(node, profile)
            if args and args[0].type == "string":
                return syntax.string_content(args[0]), (args[1] if len(args) > 1 else None)
        return None
    if t in ("subscript", "subscript_expression"):
        obj = node.child_by_field_name("value") or node.child_by_field_name("object")
        key = node.child_by_field_name("subscript") or node.child_by_field_name("index")
        if obj is None or key is None or key.type != "string":
            return None
        base = resolve(syntax.dotted_name(obj, profile), ctx.imports)
        if base in ("os.environ", "process.env"):
            return syntax.string_content(key), None
        return None
    if t == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is not None and prop is not None and syntax.text(obj) == "process.env":
            return syntax.text(prop), None
    return None


def value_origin(node, ctx, names) -> dict:
    """The origin of a model id or similar scalar: {"kind", "value"?, "name"?}."""
    node = unwrap(node)
    if node is None:
        return {"kind": EXPRESSION}
    profile = ctx.profile
    if node.type in profile.string_types | profile.template_types:
        if syntax.value_kind(node, profile) == syntax.LITERAL:
            return {"kind": LITERAL, "value": syntax.string_content(node)}
        return {"kind": BUILT, "name": _short(node)}
    env = env_access(node, ctx)
    if env is not None:
        out = {"kind": ENV, "name": env[0]}
        default = unwrap(env[1])
        if default is not None and default.type in profile.string_types and \
                syntax.value_kind(default, profile) == syntax.LITERAL:
            out["default"] = syntax.string_content(default)
        return out
    if node.type == "identifier":
        known = names.get(syntax.text(node))
        if known is not None:
            inner = value_origin(known, ctx, {})
            if inner["kind"] == LITERAL:
                return {"kind": CONSTANT, "name": syntax.text(node), "value": inner["value"]}
            if inner["kind"] == ENV:
                return {**inner, "via": syntax.text(node)}
        return {"kind": VARIABLE, "name": syntax.text(node)}
    if node.type in profile.attribute_types:
        return {"kind": VARIABLE, "name": _short(node)}
    return {"kind": EXPRESSION, "name": _short(node)}


def prompt_origin(node, ctx, names) -> str:
    """literal | template | built | variable | expression, for a prompt argument.

    A list of messages is as dynamic as its most dynamic part: a template read from a file
    beats a string built from variables, which beats constant text.
    """
    node = unwrap(node)
    if node is None:
        return EXPRESSION
    if node.type == "identifier" and syntax.text(node) in names:
        inner = prompt_origin(names[syntax.text(node)], ctx, {})
        return VARIABLE if inner == EXPRESSION else inner
    profile = ctx.profile
    seen = {LITERAL: False, BUILT: False, TEMPLATE: False, VARIABLE: False}
    stack = [node]
    budget = MAX_WALK
    while stack and budget:
        budget -= 1
        cur = stack.pop()
        t = cur.type
        if t in profile.string_types | profile.template_types:
            if _is_key(cur) or _is_role(cur):
                continue
            kind = syntax.value_kind(cur, profile)
            seen[BUILT if kind == syntax.BUILT else LITERAL] = True
            continue
        if t in profile.call_types:
            tail = syntax.callee_name(cur, profile).rsplit(".", 1)[-1]
            if tail in catalogue.TEMPLATE_CALLS:
                seen[TEMPLATE] = True
                continue
            if tail in ("format", "format_map", "join", "Sprintf"):
                seen[BUILT] = True
        elif t == "identifier" and not _is_key(cur):
            seen[VARIABLE] = True
            continue
        elif t in ("binary_operator", "binary_expression"):
            if syntax.value_kind(cur, profile) == syntax.BUILT:
                seen[BUILT] = True
        stack.extend(reversed(cur.named_children))
    if seen[TEMPLATE]:
        return TEMPLATE
    if seen[BUILT] or (seen[VARIABLE] and seen[LITERAL]):
        return BUILT
    if seen[VARIABLE]:
        return VARIABLE
    return LITERAL if seen[LITERAL] else EXPRESSION


def _is_role(node) -> bool:
    """`{"role": "user", ...}`: the role names a speaker, it is not prompt text."""
    parent = node.parent
    if parent is None or parent.type != "pair":
        return False
    key = parent.child_by_field_name("key")
    return key is not None and syntax.text(key).strip("'\"") in ("role", "type")


def _is_key(node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("pair", "keyword_argument") and \
        (parent.child_by_field_name("key") or parent.child_by_field_name("name")) == node


def _short(node) -> str:
    out = " ".join(syntax.text(node).split())
    return out if len(out) <= _SHORT else out[:_SHORT - 1] + "…"
