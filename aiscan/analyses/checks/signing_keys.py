"""A literal used as a signing or encryption key: hard-coded by use, whatever its shape.

`jwt.sign(payload, "s3cr3t")`, `hmac.new(b"key", msg, sha256)`, `Fernet(b"…")`,
`cookieParser("keyboard cat")`: the argument in the key position is a string literal, or a name
that the file assigns a string literal once at module level (`const JWT_SECRET = "…"`). The
finding sits on the literal, so one constant used by several calls is one finding, and the
name-based rule (SEC100) yields to it on that line. Well-known weak defaults ("secret",
"keyboard cat", "changeme") are said so.
"""

from __future__ import annotations

from ...engine import syntax
from ..taint.specs import _globs
from . import STRINGS, register

# one wrapper call around the literal still leaves it a literal: b"k".encode(), []byte("k"),
# "k".getBytes(), Buffer.from("k"), new TextEncoder().encode("k"), bytes("k", "utf-8")
RECEIVER_WRAPPERS = frozenset({"encode", "getBytes", "toCharArray"})
FUNCTION_WRAPPERS = frozenset({"bytes", "bytearray", "Buffer.from", "str.encode",
                               "CryptoJS.enc.Utf8.parse", "crypto-js.enc.Utf8.parse"})
_STRINGS = ("string", "concatenated_string", "interpreted_string_literal", "raw_string_literal",
            "string_literal", "template_string")


@register("secrets.signing-key", node_types=("call", "call_expression", "new_expression",
                                             "method_invocation", "object_creation_expression"),
          params={"sinks": {"type": "array", "minItems": 1, "items": {
              "type": "object", "additionalProperties": False, "required": ["callee"],
              "properties": {"callee": STRINGS, "arg": {"type": "integer", "minimum": 0},
                             "keyword": {"type": "string", "minLength": 1}}}}})
def signing_key(ctx, rule, node) -> None:
    callee = ctx.callee(node)
    if not callee:
        return
    written = syntax.callee_name(node, ctx.profile)
    for sink in rule.match["params"]["sinks"]:
        # the sink's globs as one pattern, compiled once per process (this runs on every call)
        globs = _globs(tuple(sink["callee"]))
        if not (globs.match(callee) or globs.match(written)):
            continue
        positional, keywords = syntax.call_arguments(node, ctx.profile)
        arg = keywords.get(sink.get("keyword", "\0"))
        index = sink.get("arg")
        if arg is None and index is not None and index < len(positional):
            arg = positional[index]
            if arg.type in ("keyword_argument", "list_splat", "dictionary_splat", "spread_element"):
                arg = None
        if arg is None:
            return
        literal = _literal(ctx, arg)
        if literal is None:
            return
        _report(ctx, rule, literal, callee)
        return


def _literal(ctx, node, depth: int = 0):
    """The string literal node behind an argument, or None."""
    if node is None or depth > 3:
        return None
    if node.type in ("parenthesized_expression", "argument") and node.named_child_count == 1:
        return _literal(ctx, node.named_children[0], depth + 1)
    if node.type in _STRINGS or node.type in ctx.profile.string_types:
        kind = syntax.value_kind(node, ctx.profile)
        return node if kind == syntax.LITERAL and syntax.string_content(node) else None
    if node.type == "identifier":
        return _literal(ctx, _module_constant(ctx, syntax.text(node)), depth + 1)
    if node.type == "type_conversion_expression":  # Go: []byte("k")
        return _literal(ctx, node.child_by_field_name("operand"), depth + 1)
    if node.type in ctx.profile.call_types or node.type == "method_invocation":
        name = syntax.callee_name(node, ctx.profile)
        method = name.rsplit(".", 1)[-1]
        if node.type == "method_invocation":
            receiver = node.child_by_field_name("object")
        else:
            function = node.child_by_field_name("function")
            receiver = function.child_by_field_name("object") if function is not None and \
                function.type in ("attribute", "member_expression") else None
        if method in RECEIVER_WRAPPERS and receiver is not None:
            return _literal(ctx, receiver, depth + 1)  # "k".encode(), "k".getBytes()
        if name in FUNCTION_WRAPPERS:
            positional, _ = syntax.call_arguments(node, ctx.profile)
            return _literal(ctx, positional[0], depth + 1) if positional else None
    return None


def _module_constant(ctx, name: str):
    """The value a top-level statement assigns `name`, when it is assigned exactly once."""
    table = ctx.cache.get("signing_keys.constants")
    if table is None:
        table = ctx.cache["signing_keys.constants"] = _constants(ctx.tree.root_node)
    values = table.get(name, ())
    return values[0] if len(values) == 1 else None


def _constants(root) -> dict[str, list]:
    table: dict[str, list] = {}
    stack = list(root.named_children)
    while stack:
        n = stack.pop()
        if n.type in ("expression_statement", "lexical_declaration", "variable_declaration",
                      "export_statement", "const_declaration", "var_declaration",
                      "field_declaration", "class_body", "class_declaration",
                      "decorated_definition", "program"):
            stack.extend(n.named_children)
            continue
        if n.type in ("const_spec", "var_spec"):  # Go: const secret = "…"
            name, value = n.child_by_field_name("name"), n.child_by_field_name("value")
            if name is not None and value is not None:
                if value.type == "expression_list" and value.named_child_count:
                    value = value.named_children[0]
                table.setdefault(syntax.text(name), []).append(value)
            continue
        if n.type in ("assignment", "variable_declarator"):
            left = n.child_by_field_name("left") or n.child_by_field_name("name")
            right = n.child_by_field_name("right") or n.child_by_field_name("value")
            if left is not None and right is not None and left.type == "identifier":
                table.setdefault(syntax.text(left), []).append(right)
    return table


def _report(ctx, rule, literal, callee: str) -> None:
    from ..secrets.generic import WEAK_DEFAULTS, credential_shaped, looks_like_test

    done = ctx.cache.setdefault("signing_keys.reported", set())
    if literal.id in done:
        return
    done.add(literal.id)
    value = syntax.string_content(literal)
    test = looks_like_test(ctx.path)
    if test and not credential_shaped(value, syntax.text(literal)):
        return  # test vectors (`hmac.new(b"key", …)` in an HMAC test) are fixtures, not leaks
    weak = value.lower() in WEAK_DEFAULTS or value.lower().replace(" ", "_") in WEAK_DEFAULTS
    message = None
    if weak:
        message = "`{callee}` uses a well-known default key: anyone can forge what it signs"
    finding = ctx.report(rule, literal, secret=value, message=message, callee=callee)
    if test:
        from ...model import Severity

        finding.severity = Severity.parse("low")
