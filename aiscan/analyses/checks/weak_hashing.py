"""Fast general-purpose hashes (MD5, SHA-1) applied to passwords."""

from __future__ import annotations

import re

from ...engine import syntax
from . import register
from .randomness import assigned_name

WEAK = frozenset({"hashlib.md5", "hashlib.sha1", "hashlib.new"})
PASSWORD = re.compile(r"(?i)passw|pwd|passphrase")


@register("python.weak-hash-password", node_types=("call",))
def weak_hash_password(ctx, rule, node) -> None:
    name = ctx.callee(node)
    if name not in WEAK:
        return
    args = node.child_by_field_name("arguments")
    arg_text = syntax.text(args) if args is not None else ""
    if name == "hashlib.new" and not re.match(r"""\(\s*['"](md5|sha1)['"]""", arg_text, re.I):
        return
    found = assigned_name(node, ctx.profile)
    target = found[0] if found else ""
    if PASSWORD.search(arg_text) or PASSWORD.search(target.rsplit(".", 1)[-1]):
        ctx.report(rule, node, callee=name)
