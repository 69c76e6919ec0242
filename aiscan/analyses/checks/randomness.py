"""Non-cryptographic randomness used for something that must be unguessable."""

from __future__ import annotations

import functools
import re

from ...engine import syntax
from . import REGEX, STRINGS, register

STATEMENT_TYPES = frozenset({
    "expression_statement", "return_statement", "lexical_declaration", "variable_declaration",
    "function_definition", "block", "module", "program", "statement_block",
})
MAX_CLIMB = 12
FLOAT_CALLS = frozenset({"random.random", "random.uniform"})


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str):
    return re.compile(pattern)


def assigned_name(node, profile) -> tuple[str, object] | None:
    """The name an expression ends up in: `x = f(g(node))` -> ("x", assignment node)."""
    cur = node
    for _ in range(MAX_CLIMB):
        parent = cur.parent
        if parent is None or parent.type in STATEMENT_TYPES:
            return None
        if parent.type in profile.assign_types or parent.type in ("variable_declarator", "var_spec"):
            target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
            if target is not None and target.type == "expression_list":  # go: a := ...
                target = target.named_children[0] if target.named_child_count == 1 else None
            if target is not None and target.id != cur.id:
                return syntax.dotted_name(target, profile), parent
            return None
        if parent.type in ("pair", "keyword_argument"):
            key = parent.child_by_field_name("key") or parent.child_by_field_name("name")
            if key is not None and key.id != cur.id:
                return syntax.text(key).strip("'\""), parent
        cur = parent
    return None


MAX_FUNCTION_CLIMB = 200


def enclosing_function_name(node, profile) -> str | None:
    """The name of the function around a node (`def new_api_key(): ...`), or None.

    An anonymous function takes the name it is assigned to (`const makeToken = () => ...`).
    """
    cur = node.parent
    for _ in range(MAX_FUNCTION_CLIMB):
        if cur is None:
            return None
        if cur.type in profile.function_types:
            name = cur.child_by_field_name("name")
            if name is None and cur.parent is not None and cur.parent.type == "variable_declarator":
                name = cur.parent.child_by_field_name("name")
            return syntax.text(name) if name is not None else None
        cur = cur.parent
    return None


@register("python.insecure-random-token", node_types=("call",),
          params={"callees": STRINGS, "names": REGEX})
def insecure_random_token(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = ctx.callee(node)
    if name not in params["callees"]:
        name = _typed_receiver(ctx, name, params["callees"])
        if name is None:
            return
    names = _compiled(params["names"])
    found = assigned_name(node, ctx.profile)
    if found is not None and found[1].type == "keyword_argument" and name in FLOAT_CALLS and \
            getattr(found[1].child_by_field_name("value"), "id", None) == node.id:
        # a bare float handed straight to a parameter (`st.button("Go", key=random.random())`)
        # is a widget or cache key: no credential, hash key or nonce is a float
        return
    target = found[0] if found is not None else "?"
    leaf = target.rsplit(".", 1)[-1]
    if leaf != "?":
        if names.search(leaf):
            ctx.report(rule, node, callee=name, target=target)
            return
        # an accumulator the function returns (`id += ...; return id`): the function says
        # what it makes, as in `function createSessionId() { ... }`
        function = enclosing_function_name(node, ctx.profile)
        if function is not None and names.search(function) and _returns(node, leaf, ctx):
            ctx.report(rule, node, callee=name, target=f"the result of {function}()")
        return
    # Not stored under a name (returned, or written into `b[i]`): the function says what it
    # makes, as in `def generate_password(): return "".join(random.choice(...) ...)`.
    function = enclosing_function_name(node, ctx.profile)
    if function is not None and names.search(function):
        ctx.report(rule, node, callee=name, target=f"the result of {function}()")


def _returns(node, name: str, ctx) -> bool:
    cur = node.parent
    for _ in range(MAX_FUNCTION_CLIMB):
        if cur is None:
            return False
        if cur.type in ctx.profile.function_types:
            return re.search(rf"\breturn\s+{re.escape(name)}\s*[;\n}}]", syntax.text(cur)) \
                is not None
        cur = cur.parent
    return False


@functools.lru_cache(maxsize=256)
def _method_tails(callees: frozenset[str]) -> frozenset[str]:
    return frozenset(c.rsplit(".", 1)[-1] for c in callees)


def _typed_receiver(ctx, name: str, callees) -> str | None:
    """`random.nextLong()` where the file declares `Random random` (a Java field or local):
    the call is `Random.nextLong`. Only tried for method names the rule lists."""
    if ctx.language != "java" or name.count(".") != 1:
        return None
    receiver, method = name.split(".")
    if method not in _method_tails(frozenset(callees)):
        return None
    m = re.search(rf"\b([\w.]*\w)\s+{re.escape(receiver)}\s*[=;,)]", ctx.doc.text)
    if m is None:
        return None
    typed = f"{m.group(1)}.{method}"
    return typed if typed in callees else None


# The same logic for JavaScript, Go and Java calls; each rule lists its own callees and names.
register("crypto.insecure-random-token", node_types=("call_expression", "method_invocation"),
         params={"callees": STRINGS, "names": REGEX})(
    insecure_random_token)


# Calls that keep a value as guessable as it was: encodings, hashes without a key, formatting.
TRANSPARENT_CALLS = frozenset({"str", "repr", "format", "int", "hex", "bytes", "base64.b64encode",
                               "base64.urlsafe_b64encode", "base64.b32encode", "base64.b16encode",
                               "hashlib.md5", "hashlib.sha1", "hashlib.sha256", "hashlib.sha512",
                               "hashlib.new"})
TRANSPARENT_METHODS = frozenset({"encode", "decode", "hexdigest", "digest", "format", "join",
                                 "upper", "lower", "replace", "strftime", "isoformat",
                                 "timestamp"})
CARRIERS = frozenset({"interpolation", "string", "concatenated_string", "binary_operator",
                      "parenthesized_expression", "argument_list", "attribute", "list",
                      "tuple", "format_expression"})


@register("python.predictable-token", node_types=("call",),
          params={"callees": STRINGS, "names": REGEX})
def predictable_token(ctx, rule, node) -> None:
    """A clock reading made into a token by formatting, encoding or hashing only (no key):
    `token = base64.b64encode(f"{user}:{datetime.now()}".encode())` is guessable."""
    params = rule.match["params"]
    name = ctx.callee(node)
    if name not in params["callees"]:
        return
    cur = node
    for _ in range(MAX_CLIMB * 2):
        parent = cur.parent
        if parent is None:
            return
        if parent.type == "call":
            fn = parent.child_by_field_name("function")
            if fn is None or fn.id == cur.id:  # `datetime.now().isoformat()`: a method of it
                cur = parent
                continue
            callee = ctx.callee(parent)
            if callee not in TRANSPARENT_CALLS and callee.rsplit(".", 1)[-1] not in \
                    TRANSPARENT_METHODS:
                return  # signed, encrypted or otherwise transformed by something we don't know
        elif parent.type in ctx.profile.assign_types:
            target = parent.child_by_field_name("left")
            if target is None or target.id == cur.id:
                return
            leaf = syntax.dotted_name(target, ctx.profile).rsplit(".", 1)[-1]
            if _compiled(params["names"]).search(leaf):
                ctx.report(rule, node, callee=name, target=leaf)
            return
        elif parent.type not in CARRIERS:
            return
        cur = parent
