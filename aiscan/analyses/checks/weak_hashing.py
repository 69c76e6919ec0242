"""Fast general-purpose hashes (MD5, SHA-1, SHA-2, SHA-3, BLAKE2) applied to passwords."""

from __future__ import annotations

import re

from ...engine import syntax
from . import register
from .randomness import assigned_name

WEAK = frozenset({"hashlib.md5", "hashlib.sha1", "hashlib.new"})
# Sound for signatures and integrity, but as fast as MD5 for a password cracker: reported only
# when the hashed value itself is the password (a name saying so is not enough for these).
FAST = frozenset({"hashlib.sha224", "hashlib.sha256", "hashlib.sha384", "hashlib.sha512",
                  "hashlib.sha3_256", "hashlib.sha3_512", "hashlib.blake2b", "hashlib.blake2s"})
FAST_NEW = re.compile(r"""\(\s*['"](?:md5|sha1|sha2\d\d|sha384|sha512|sha3_\d+|blake2[bs])['"]""",
                      re.I)
PASSWORD = re.compile(r"(?i)passw|pwd|passphrase")
PASSWORD_NAME = re.compile(r"(?i)^(?:\w*_)?(?:password|passwd|pwd|passphrase|pass)$")


@register("python.weak-hash-password", node_types=("call",))
def weak_hash_password(ctx, rule, node) -> None:
    name = ctx.callee(node)
    if name not in WEAK and name not in FAST:
        return
    args = node.child_by_field_name("arguments")
    arg_text = syntax.text(args) if args is not None else ""
    if name == "hashlib.new" and not re.match(r"""\(\s*['"](md5|sha1)['"]""", arg_text, re.I):
        if FAST_NEW.match(arg_text) and _hashes_password(args, ctx):
            ctx.report(rule, node, callee=name)
        return
    if name in FAST:
        if _hashes_password(args, ctx):
            ctx.report(rule, node, callee=name)
        return
    found = assigned_name(node, ctx.profile)
    target = found[0] if found else ""
    if PASSWORD.search(arg_text) or PASSWORD.search(target.rsplit(".", 1)[-1]):
        ctx.report(rule, node, callee=name)


def _hashes_password(args, ctx) -> bool:
    """The data argument is a password itself: `password`, `user.password`, `password.encode()`,
    `(salt + password).encode()`, not a value derived by some other call."""
    if args is None:
        return False
    positional, _ = syntax.call_arguments(args.parent, ctx.profile)
    if not positional:
        return False
    node = positional[-1] if args.parent is not None and \
        ctx.callee(args.parent) == "hashlib.new" else positional[0]
    for _ in range(8):
        if node.type == "call":  # `.encode()` of the password
            fn = node.child_by_field_name("function")
            if fn is None or fn.type != "attribute" or \
                    syntax.text(fn.child_by_field_name("attribute")) not in ("encode", "strip"):
                return False
            node = fn.child_by_field_name("object")
        elif node.type == "parenthesized_expression" and node.named_child_count:
            node = node.named_children[0]
        else:
            break
    if node is None:
        return False
    if node.type == "binary_operator":  # salt + password
        return any(_is_password_name(c) for c in (node.child_by_field_name("left"),
                                                   node.child_by_field_name("right")))
    return _is_password_name(node)


def _is_password_name(node) -> bool:
    if node is None or node.type not in ("identifier", "attribute"):
        return False
    return PASSWORD_NAME.search(syntax.text(node).rsplit(".", 1)[-1]) is not None
