"""Reading tree-sitter nodes in profile terms: callee names, arguments, literal kinds, imports.

Everything here is iterative or bounded in depth: scanned files can nest expressions thousands
of levels deep, and recursion would turn that into a crashed worker.
"""

from __future__ import annotations

import re
from typing import Any

from .grammars import Profile

MAX_NAME_DEPTH = 64  # deeper attribute chains are not names anyone writes a rule for

LITERAL = "literal"  # a constant: string without interpolation, number, boolean, null
BUILT = "built"  # a string built at run time: f-string, template, concatenation, %, format
OTHER = "other"  # a name, a call, anything else


def text(node) -> str:
    return node.text.decode("utf-8", "replace")


def dotted_name(node, profile: Profile) -> str:
    """`a.b.c` for attribute chains; calls in the chain are dropped (`a.b().c` -> `a.b.c`)."""
    parts: list[str] = []
    cur = node
    for _ in range(MAX_NAME_DEPTH):
        if cur is None:
            break
        t = cur.type
        if t in profile.attribute_types or t == "scoped_identifier":
            if t == "member_expression":
                obj, attr = cur.child_by_field_name("object"), cur.child_by_field_name("property")
            elif t == "selector_expression":
                obj, attr = cur.child_by_field_name("operand"), cur.child_by_field_name("field")
            elif t == "field_access":
                obj, attr = cur.child_by_field_name("object"), cur.child_by_field_name("field")
            elif t == "scoped_identifier":
                obj, attr = cur.child_by_field_name("scope"), cur.child_by_field_name("name")
            else:
                obj, attr = cur.child_by_field_name("object"), cur.child_by_field_name("attribute")
            parts.append(text(attr) if attr is not None else "?")
            cur = obj
        elif t in profile.call_types:
            if t == "method_invocation":
                name = cur.child_by_field_name("name")
                parts.append(text(name) if name is not None else "?")
                cur = cur.child_by_field_name("object")
            else:
                cur = _call_function(cur)
        elif t in ("identifier", "this", "self", "super", "property_identifier",
                   "type_identifier", "package_identifier", "field_identifier"):
            parts.append(text(cur))
            break
        elif t in ("parenthesized_expression", "non_null_expression", "await_expression",
                   "await"):
            inner = [c for c in cur.named_children if c.type != "comment"]
            cur = inner[0] if inner else None
        elif t in ("generic_type", "scoped_type_identifier"):
            parts.append(text(cur).split("<")[0])
            break
        else:
            parts.append("?")
            break
    return ".".join(reversed(parts))


def _call_function(call):
    return call.child_by_field_name("function") or call.child_by_field_name("constructor") or \
        call.child_by_field_name("type")


_PLAIN_DOTTED = re.compile(rb"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")


def callee_name(call, profile: Profile) -> str:
    if call.type == "method_invocation":
        name = call.child_by_field_name("name")
        obj = call.child_by_field_name("object")
        tail = text(name) if name is not None else "?"
        return f"{dotted_name(obj, profile)}.{tail}" if obj is not None else tail
    fn = _call_function(call)
    if fn is None:
        return "?"
    raw = fn.text
    if _PLAIN_DOTTED.fullmatch(raw):  # the common case: `a.b.c` written without spaces or calls
        return raw.decode("ascii")
    return dotted_name(fn, profile)


def call_arguments(call, profile: Profile) -> tuple[list, dict[str, Any]]:
    """Positional argument nodes and keyword argument value nodes.

    In JavaScript an object literal passed as an argument stands in for keyword arguments
    (`https.request(url, {rejectUnauthorized: false})`): its properties are returned as keywords.

    A splat that may carry keywords (`**kwargs`, `{...opts}`, `f(...args)`) is returned under the
    pseudo-keyword `"**"`, so a rule can say "timeout is absent and nothing could supply it".
    """
    args = call.child_by_field_name("arguments")
    positional: list = []
    keywords: dict[str, Any] = {}
    if args is None:
        return positional, keywords
    for child in args.named_children:
        t = child.type
        if t in ("comment", "line_comment", "block_comment"):
            continue
        if t in ("dictionary_splat", "spread_element"):
            keywords.setdefault("**", child)
        if t == "keyword_argument":
            name, value = child.child_by_field_name("name"), child.child_by_field_name("value")
            if name is not None and value is not None:
                keywords[text(name)] = value
            continue
        options = child
        if t in ("as_expression", "satisfies_expression") and child.named_child_count:
            options = child.named_children[0]  # TypeScript: `{...} as const`
        if options.type == "object" and profile.name in ("javascript", "typescript", "tsx"):
            for prop in options.named_children:
                if prop.type == "pair":
                    key, value = prop.child_by_field_name("key"), prop.child_by_field_name("value")
                    if key is not None and value is not None:
                        keywords[text(key).strip("'\"")] = value
                elif prop.type == "shorthand_property_identifier":
                    keywords[text(prop)] = prop
                elif prop.type == "spread_element":
                    keywords.setdefault("**", prop)
        positional.append(child)
    return positional, keywords


def value_kind(node, profile: Profile, _depth: int = 0) -> str:
    """Classify an expression as LITERAL, BUILT (string assembled at run time) or OTHER."""
    t = node.type
    if t in ("parenthesized_expression",) and node.named_child_count == 1:
        return value_kind(node.named_children[0], profile, _depth + 1) if _depth < 32 else OTHER
    if t in profile.literal_types:
        return LITERAL
    if t in profile.template_types or t in profile.string_types:
        if any(c.type in profile.interpolation_types for c in node.named_children):
            return BUILT
        return LITERAL
    if t in ("ternary_expression", "conditional_expression") and _depth < 32:
        # `c ? "a" : "b"` / `"a" if c else "b"`: a constant whichever branch runs
        if t == "ternary_expression":
            branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        else:
            named = node.named_children
            branches = [named[0], named[-1]] if len(named) == 3 else [None]
        if all(b is not None and value_kind(b, profile, _depth + 1) == LITERAL for b in branches):
            return LITERAL
        return OTHER
    if t == "concatenated_string":  # python implicit concatenation
        kinds = {value_kind(c, profile, _depth + 1) for c in node.named_children}
        return BUILT if BUILT in kinds else LITERAL
    if t in profile.concat_types:
        op = node.child_by_field_name("operator")
        op_text = text(op) if op is not None else ""
        if op_text not in ("+", "%"):
            return OTHER
        if _depth > 32:
            return BUILT if _has_string(node, profile) else OTHER
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        kinds = [value_kind(x, profile, _depth + 1) for x in (left, right) if x is not None]
        if all(k == LITERAL for k in kinds):
            return LITERAL
        if _has_string(node, profile):
            return BUILT
        return OTHER
    if t in profile.call_types:
        name = callee_name(node, profile)
        tail = name.rsplit(".", 1)[-1]
        if tail == "format" and name != "format":
            fn = node.child_by_field_name("function")
            obj = fn.child_by_field_name("object") if fn is not None else None
            if obj is not None and obj.type in profile.string_types | profile.template_types:
                return BUILT
        if name in ("fmt.Sprintf", "String.format", "util.format", "str.format") or \
                name.endswith(".formatted"):
            return BUILT
    return OTHER


def _has_string(node, profile: Profile) -> bool:
    """Whether a `+`/`%` expression has a string operand somewhere on its left spine."""
    strings = profile.string_types | profile.template_types | {"concatenated_string"}
    cur = node
    for _ in range(4096):
        if cur is None:
            return False
        if cur.type in strings:
            return True
        if cur.type not in profile.concat_types:
            return False
        right = cur.child_by_field_name("right")
        if right is not None and right.type in strings:
            return True
        cur = cur.child_by_field_name("left")
    return False


def literal_value(node, profile: Profile) -> Any:
    """The Python value of a constant node, or a sentinel when it is not a plain constant."""
    t = node.type
    raw = text(node)
    if raw in profile.true_words or t == "true":
        return True
    if raw in profile.false_words or t == "false":
        return False
    if raw in profile.null_words or t in ("null", "none", "nil", "null_literal", "undefined"):
        return None
    if t in profile.string_types or t in profile.template_types:
        if value_kind(node, profile) != LITERAL:
            return NOT_CONSTANT
        return string_content(node)
    if t in profile.literal_types:
        try:
            return int(raw.replace("_", ""), 0)
        except ValueError:
            try:
                return float(raw.replace("_", ""))
            except ValueError:
                return raw
    return NOT_CONSTANT


class _NotConstant:
    def __repr__(self) -> str:
        return "NOT_CONSTANT"


NOT_CONSTANT = _NotConstant()


def plus_operands(node, profile: Profile, limit: int = 64) -> tuple[list, bool]:
    """The operands of a left-leaning `a + b + c` chain, left to right (`[node]` when node is
    no `+`), and whether the chain ended within `limit` operators (if not, the first operand
    is the rest of the chain)."""
    parts, cur, complete = [], node, False
    for _ in range(limit):
        op = cur.child_by_field_name("operator")
        if cur.type not in profile.concat_types or op is None or text(op) != "+":
            complete = True
            break
        parts.append(cur.child_by_field_name("right"))
        cur = cur.child_by_field_name("left")
        if cur is None:
            complete = True
            break
    parts.append(cur)
    parts.reverse()
    return parts, complete


def string_content(node) -> str:
    """The characters of a string literal without its quotes or prefixes."""
    raw = text(node)
    i = 0
    while i < len(raw) and raw[i] not in "'\"`":
        i += 1  # python prefixes: r, b, f, u
    body = raw[i:]
    for quote in ('"""', "'''", '"', "'", "`"):
        if body.startswith(quote) and body.endswith(quote) and len(body) >= 2 * len(quote):
            return body[len(quote):-len(quote)]
    return body


def literal_pairs(node):
    """(key, key node's pair, value node) of a dict/object literal's `key: value` entries;
    string keys are unquoted."""
    for pair in node.named_children:
        if pair.type != "pair":
            continue
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if key is None or value is None:
            continue
        yield (string_content(key) if key.type == "string" else text(key)), pair, value


_MAIN_GUARD = re.compile(r"""^\s*(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*$""")


def in_main_block(node) -> bool:
    """Inside Python's `if __name__ == "__main__":` block: code that runs only when the file is
    run as a script, never when it is imported."""
    while node is not None:
        if node.type == "if_statement":
            cond = node.child_by_field_name("condition")
            if cond is not None and _MAIN_GUARD.match(text(cond)):
                return True
        node = node.parent
    return False
