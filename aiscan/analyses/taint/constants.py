"""Module-level string constants: `BASE_URL = "https://api.example.com"` at the top of a file
(and a Java class's `static final String` fields).

A URL built as `f"{BASE_URL}/users/{name}"` goes to the constant's host whatever `name` is;
the SSRF check reads the constant's text in place of the name to see that.
"""

from __future__ import annotations

from ...engine import syntax
from .scope_keys import SANDBOX_KEY

CACHE_KEY = "taint.constants"


def module_strings(ctx) -> dict[str, str]:
    """Name -> text of names assigned exactly once at module level, to a plain string."""
    found = ctx.cache.get(CACHE_KEY)
    if found is not None:
        return found
    values: dict[str, str] = {}
    seen: set[str] = set()
    profile = ctx.profile
    for stmt in _top_level(ctx.tree.root_node) if ctx.tree is not None else ():
        nodes = stmt.named_children if stmt.type in (
            "expression_statement", "lexical_declaration", "variable_declaration") else []
        if stmt.type == "field_declaration":  # Java: `static final String KEY = "…";`
            modifiers = next((c for c in stmt.named_children if c.type == "modifiers"), None)
            if modifiers is None or "final" not in syntax.text(modifiers).split():
                continue
            nodes = [c for c in stmt.named_children if c.type == "variable_declarator"]
        for node in nodes:
            left = node.child_by_field_name("left") or node.child_by_field_name("name")
            right = node.child_by_field_name("right") or node.child_by_field_name("value")
            if left is None or left.type != "identifier":
                continue
            name = syntax.text(left)
            if name in seen:
                values.pop(name, None)
                continue
            seen.add(name)
            if right is not None and right.type in profile.string_types and \
                    syntax.value_kind(right, profile) == syntax.LITERAL:
                values[name] = syntax.string_content(right)
    ctx.cache[CACHE_KEY] = values
    return values


def _top_level(root):
    """Module-level statements, and the fields of top-level Java classes."""
    for stmt in root.named_children:
        if stmt.type == "class_declaration":
            body = stmt.child_by_field_name("body")
            if body is not None:
                yield from body.named_children
        else:
            yield stmt


def constant_text(ctx, part) -> str | None:
    """The text of a URL part that is (an interpolation of) a module-level string constant."""
    inner = part
    if inner.type in ("interpolation", "template_substitution") and inner.named_child_count:
        inner = inner.named_children[0]
    if inner.type != "identifier":
        return None
    return module_strings(ctx).get(syntax.text(inner))


SANDBOXES_KEY = "taint.sandbox_factories"


def sandbox_factories(ctx) -> frozenset[str]:
    """Names of this module's top-level functions that build a Jinja sandbox
    (`def create_env(): return ImmutableSandboxedEnvironment(...)`)."""
    found = ctx.cache.get(SANDBOXES_KEY)
    if found is not None:
        return found
    names = set()
    if "SandboxedEnvironment(" in ctx.doc.text and ctx.tree is not None:
        for stmt in ctx.tree.root_node.named_children:
            if stmt.type == "decorated_definition":
                stmt = stmt.child_by_field_name("definition") or stmt
            if stmt.type != "function_definition":
                continue
            text = syntax.text(stmt)
            name = stmt.child_by_field_name("name")
            if name is not None and "SandboxedEnvironment(" in text and "return" in text:
                names.add(syntax.text(name))
    ctx.cache[SANDBOXES_KEY] = found = frozenset(names)
    return found


def sandbox_call(ctx, call) -> bool:
    """A call that returns a Jinja sandbox: its constructor, or a sandbox factory above."""
    name = ctx.callee(call)
    return name.rsplit(".", 1)[-1] in ("SandboxedEnvironment", "ImmutableSandboxedEnvironment") \
        or name in sandbox_factories(ctx)
