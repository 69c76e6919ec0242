"""Security decisions taken from what the client sends: a cookie or a request header.

A cookie the server did not sign, and any header (`User-Agent`, `X-Forwarded-For`, `X-Host`),
hold whatever the client typed. Comparing one against `"admin"` or `"127.0.0.1"` to grant
access, or decoding a session out of a base64 cookie, lets anyone in who edits the request.
"""

from __future__ import annotations

import re

from ...engine import syntax
from ...engine.matchers import last_assignment
from . import register

# Reads of a raw cookie. Signed ones (`get_signed_cookie`, Tornado's `get_secure_cookie`,
# Bottle's `get_cookie(name, secret=...)`) are verified by the framework and not listed.
# Anchored: the expression is the read itself, or a method/index of it (`.split("|")[0]`);
# a value passed through a call (`jwt.decode(cookie, key)`) is the call's, not the client's.
COOKIE_READ = re.compile(
    r"^(?:self\.)?(?:request|req)\.(?:cookies|COOKIES)\b|^self\.get_cookie\s*\("
    r"|^request\.get_cookie\s*\((?![^)]*\bsecret\s*=)")
HEADER_READ = re.compile(
    r"^(?:self\.)?(?:request|req)\.(?:headers|META|environ|user_agent)\b|^self\.headers\b")
KEY = re.compile(r"""(?:\.get\(\s*|\[\s*)['"]([^'"]{1,80})['"]""")
# What a value granting privileges looks like: a role, an administrator, a debug console.
PRIVILEGE = re.compile(
    r"(?i)admin|root|super_?user|staff|privileg|elevat|moderator|(?<![a-z])role(?![a-z])"
    r"|is_?owner|debug|graphiql")
LOCAL_ADDRESS = re.compile(r"^(?:127\.0\.0\.1|localhost|::1|0\.0\.0\.0)(?::\d+)?$", re.I)
CONDITION_PARENTS = frozenset({"boolean_operator", "not_operator", "parenthesized_expression"})
DECODERS = frozenset({"base64.b64decode", "base64.urlsafe_b64decode", "base64.b32decode",
                      "base64.decodebytes", "base64.standard_b64decode"})
MAX_TEXT = 300
MAX_HOPS = 3


def _base(node):
    """`cookie.split("|")[0]` -> `cookie`: the value a chain of methods and indexes starts from."""
    for _ in range(16):
        if node.type in ("call", "attribute"):
            node = node.child_by_field_name("function" if node.type == "call" else "object")
        elif node.type in ("subscript", "parenthesized_expression") and node.named_child_count:
            node = node.named_children[0]
        else:
            break
        if node is None:
            return None
    return node


def _client_read(ctx, node) -> tuple[str, str] | None:
    """("cookie" | "header", key) when `node`, or a value it was assigned from earlier in the
    function, reads a cookie or a request header."""
    for _ in range(MAX_HOPS + 1):
        text = syntax.text(node)[:MAX_TEXT]
        for kind, rx in (("cookie", COOKIE_READ), ("header", HEADER_READ)):
            m = rx.search(text)
            if m is not None:
                found = KEY.search(text, m.end())
                key = found.group(1) if found else ""
                if kind == "header" and re.search(r"META|environ", m.group(0)) and \
                        not key.startswith("HTTP_"):
                    continue  # the WSGI environment holds the peer address too, not a header
                return kind, key
        base = _base(node)
        if base is None or base.type != "identifier":
            return None
        node = last_assignment(ctx, base)
        if node is None:
            return None
    return None


def _in_condition(node) -> bool:
    cur = node
    for _ in range(6):
        parent = cur.parent
        if parent is None:
            return False
        if parent.type in ("if_statement", "elif_clause", "while_statement"):
            return parent.child_by_field_name("condition") == cur
        if parent.type == "conditional_expression":
            return len(parent.named_children) == 3 and parent.named_children[1] == cur
        if parent.type not in CONDITION_PARENTS:
            return False
        cur = parent
    return False


@register("python.client-trust-decision", node_types=("comparison_operator",))
def client_trust_decision(ctx, rule, node) -> None:
    operands = node.named_children
    if len(operands) != 2 or not _in_condition(node):
        return
    operators = [syntax.text(c) for c in node.children if not c.is_named]
    if operators not in (["=="], ["!="]):
        return
    literal = next((o for o in operands if o.type == "string" and not any(
        c.type == "interpolation" for c in o.named_children)), None)
    if literal is None:
        return
    other = operands[1] if literal == operands[0] else operands[0]
    if other.type == "string":
        return
    found = _client_read(ctx, other)
    if found is None:
        return
    kind, key = found
    value = syntax.string_content(literal)
    if kind == "cookie":
        decisive = PRIVILEGE.search(value) or PRIVILEGE.search(key)
    else:  # any header: the value compared says what it grants
        decisive = PRIVILEGE.search(value) or LOCAL_ADDRESS.match(value)
    if decisive:
        what = f"the `{key}` {kind}" if key else f"a {kind}"
        ctx.report(rule, node, target=what)


@register("python.unsigned-cookie-decoded", node_types=("call",))
def unsigned_cookie_decoded(ctx, rule, node) -> None:
    if ctx.callee(node) not in DECODERS:
        return
    positional, _ = syntax.call_arguments(node, ctx.profile)
    if not positional:
        return
    found = _client_read(ctx, positional[0])
    if found is not None and found[0] == "cookie":
        ctx.report(rule, node, target=f"the `{found[1]}` cookie" if found[1] else "a cookie")
