"""Passwords stored as they were typed: into an SQL row, a user record, a user table."""

from __future__ import annotations

import re

from ...engine import syntax
from ...engine.matchers import last_assignment
from . import register

PASSWORD_NAME = re.compile(r"(?i)^(?:new_|user_|raw_|plain_)?(?:password|passwd|pwd|pass)$")
STORE_SQL = re.compile(r"(?is)\b(?:insert\s+into|update)\b.{0,400}?\bpass(?:word|wd)?\b")
REQUEST_READ = re.compile(r"^(?:self\.)?(?:request|req)\.")
# a record of the user: `User.objects.create(password=...)`, `users.insert_one({...})`
STORE_CALLS = re.compile(r"(?:^|\.)(?:objects\.create|insert_one|insert|insert_many)$")
MAX_NAMES = 64


def _raw(ctx, ident) -> bool:
    """The name holds the password as the user gave it: a parameter of the function, or a
    value read from the request. Anything else (a call's result) may be its hash."""
    value = last_assignment(ctx, ident)
    if value is not None:
        return REQUEST_READ.match(syntax.text(value)) is not None
    func = ident.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    params = func.child_by_field_name("parameters") if func is not None else None
    return params is not None and re.search(
        rf"\b{re.escape(syntax.text(ident))}\b", syntax.text(params)) is not None


def _raw_password_names(ctx, node) -> list:
    """Password-named identifiers in `node` that are values themselves (not inside a call)."""
    out, stack = [], [node]
    while stack and len(out) < MAX_NAMES:
        n = stack.pop()
        if n.type == "identifier":
            if PASSWORD_NAME.match(syntax.text(n)) and _raw(ctx, n):
                out.append(n)
        elif n.type in ("call", "lambda", "string", "keyword_argument", "subscript",
                        "attribute"):
            continue
        else:
            stack.extend(n.named_children)
    return out


def _stored_value(ctx, value) -> bool:
    """A dict literal whose password entry is a raw password."""
    if value is None or value.type != "dictionary":
        return False
    for key, _pair, item in syntax.literal_pairs(value):
        if PASSWORD_NAME.match(key or "") and item is not None and item.type == "identifier" \
                and PASSWORD_NAME.match(syntax.text(item)) and _raw(ctx, item):
            return True
    return False


@register("python.plaintext-password-stored", node_types=("call", "assignment"))
def plaintext_password_stored(ctx, rule, node) -> None:
    if node.type == "assignment":
        # `users[name] = {"password": password, ...}`: a user table kept in a dict
        left = node.child_by_field_name("left")
        if left is not None and left.type == "subscript" and \
                _stored_value(ctx, node.child_by_field_name("right")):
            ctx.report(rule, node)
        return
    name = ctx.callee(node)
    positional, keywords = syntax.call_arguments(node, ctx.profile)
    if name.endswith((".execute", ".executemany")) and positional:
        sql = positional[0]
        if not STORE_SQL.search(syntax.text(sql)[:2000]):
            return
        # the values: the `%`/.format() operands of the statement, or the parameters
        values = [c for c in positional[1:]]
        if sql.type == "binary_operator":
            values.append(sql.child_by_field_name("right"))
        elif sql.type == "call":
            args = sql.child_by_field_name("arguments")
            if args is not None:
                values.append(args)
        elif sql.type == "string":
            values += [c for c in sql.named_children if c.type == "interpolation"]
        if any(_raw_password_names(ctx, v) for v in values if v is not None):
            ctx.report(rule, node)
        return
    if STORE_CALLS.search(name):
        item = keywords.get("password")
        if item is not None and item.type == "identifier" and \
                PASSWORD_NAME.match(syntax.text(item)) and _raw(ctx, item) or \
                any(_stored_value(ctx, p) for p in positional):
            ctx.report(rule, node)
