"""Secrets handed to a logger or console: the value ends up in log files and log services."""

from __future__ import annotations

import functools
import re

from ...engine import syntax
from ...engine.matchers import last_assignment
from . import REGEX, register

MAX_NODES = 2000  # arguments are small; a bound keeps pathological input cheap
# Inside these the value is transformed (len, mask, hash...), so its name says nothing.
OPAQUE = frozenset({"call", "call_expression", "method_invocation", "lambda", "arrow_function",
                    "comparison_operator", "boolean_operator", "not_operator", "unary_operator",
                    "conditional_expression", "ternary_expression", "subscript",
                    "subscript_expression", "index_expression"})
NAME_TYPES = frozenset({"identifier", "attribute", "member_expression", "selector_expression",
                        "field_access", "shorthand_property_identifier"})
LEVELS = frozenset({"debug", "info", "warning", "warn", "error", "critical", "exception", "log"})
# `L = Log(request)`, `audit = AuditLogger()`, `lg = logging.getLogger(__name__)`: a logger
# held in a local variable of any name
LOGGER_FACTORY = re.compile(r"(?i)(?:^|\.)(?:\w*log(?:ger)?|getLogger|get_logger)$")
STRING_PARTS = frozenset({"string_content", "string_fragment", "escape_sequence", "string_start",
                          "string_end"})


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str):
    return re.compile(pattern)


def secret_names(args_node, profile, names) -> list[str]:
    """Dotted names of variables/attributes among the arguments whose last part names a secret."""
    found: list[str] = []
    stack = list(reversed(args_node.named_children))
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        t = node.type
        if t in OPAQUE or t in STRING_PARTS:
            continue
        if t == "keyword_argument":  # logging's own keywords (exc_info=...) are not logged values
            continue
        if t == "pair":  # {"password": ...} logs the value, not the key
            value = node.child_by_field_name("value")
            if value is not None:
                stack.append(value)
            continue
        if t in NAME_TYPES:
            dotted = syntax.dotted_name(node, profile)
            if names.search(dotted.rsplit(".", 1)[-1]):
                found.append(dotted)
            continue
        stack.extend(reversed(node.named_children))
    return found


@register("secrets.logged", node_types=("call", "call_expression", "method_invocation"),
          params={"loggers": REGEX, "names": REGEX})
def logged_secret(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = ctx.callee(node)
    if not _compiled(params["loggers"]).fullmatch(name) and not _local_logger(ctx, node):
        return
    args = node.child_by_field_name("arguments")
    if args is None:
        return
    found = [n for n in secret_names(args, ctx.profile, _compiled(params["names"]))
             if not _loop_variable(ctx, node, n)]
    if found:
        ctx.report(rule, node, callee=name, target=found[0])


def _local_logger(ctx, node) -> bool:
    """`x.info(...)` where `x` was assigned a logger earlier in the function."""
    fn = node.child_by_field_name("function")
    if fn is None or fn.type not in ctx.profile.attribute_types:
        return False
    obj = fn.child_by_field_name("object")
    attr = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
    if obj is None or obj.type != "identifier" or attr is None or \
            syntax.text(attr) not in LEVELS:
        return False
    value = last_assignment(ctx, obj)
    if value is None or value.type not in ctx.profile.call_types:
        return False
    return LOGGER_FACTORY.search(ctx.callee(value)) is not None


def _loop_variable(ctx, node, name: str) -> bool:
    """`for token in response_gen: print(token)`: an element of a stream or a list (the text
    tokens a model streams, candidate words), not one credential the program holds."""
    if "." in name:
        return False
    func = node.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    scope = syntax.text(func) if func is not None else ctx.doc.text
    return re.search(rf"\bfor\s*(?:await\s*)?\(?\s*(?:const\s+|let\s+|var\s+)?(?:\w+\s*,\s*)*"
                     rf"{re.escape(name)}\s+(?:in|of)\b",
                     scope) is not None
