"""Where a formatted value lands in an HTML attribute: HTML escaping only protects quoted text.

`escapeHtml4(x)` turns `<`, `>`, `&` and quotes into entities, which is enough inside element
text or a quoted attribute. In an unquoted attribute value (`<img src=%s>`) a space ends the
value and the rest is new attributes (`x onerror=alert(1)`): the escaping neutralises nothing.
A format call whose literal format puts a placeholder there gives its arguments back their
XSS taint.
"""

from __future__ import annotations

import re

from ...engine import syntax

HTML_CATEGORIES = frozenset({"xss", "template"})
# `<tag … attr=%s` (printf-style placeholder right after `=`, no quote): inside a tag
UNQUOTED_PLACEHOLDER = re.compile(r"<[A-Za-z][^<>]*?\s[\w:.-]+\s*=\s*%[-+ #0-9.]*[sv]")
FORMAT_TAILS = frozenset({"format", "formatted", "Sprintf", "Fprintf", "Printf", "printf"})
MAX_SCAN = 20_000  # characters of the enclosing function searched for a format's literal
FUNCTION_TYPES = frozenset({"method_declaration", "constructor_declaration",
                            "function_declaration", "func_literal", "lambda_expression",
                            "function_definition", "function_expression", "arrow_function"})


def reopened(call, name: str, positional: list, taint: frozenset, profile) -> frozenset:
    """`taint` of a format call's arguments, with HTML escaping undone when the format puts a
    placeholder in an unquoted attribute value."""
    if name.rsplit(".", 1)[-1] not in FORMAT_TAILS or not positional or \
            not any(HTML_CATEGORIES & done for _, done, _ in taint):
        return taint
    text = _format_text(call, positional, profile)
    if text is None or not UNQUOTED_PLACEHOLDER.search(text):
        return taint
    return frozenset((label, done - HTML_CATEGORIES, line) for label, done, line in taint)


def _format_text(call, positional: list, profile) -> str | None:
    # the format is the first string argument (Go's Fprintf takes the writer first)
    fmt = next((a for a in positional[:2] if a.type in profile.string_types or
                a.type == "identifier"), None)
    if fmt is None:
        return None
    if fmt.type in profile.string_types:
        return syntax.string_content(fmt)
    # a local variable assigned a literal earlier in the function
    scope = call.parent
    while scope is not None and scope.type not in FUNCTION_TYPES:
        scope = scope.parent
    if scope is None:
        return None
    body = syntax.text(scope)[:MAX_SCAN]
    name = re.escape(syntax.text(fmt))
    found = re.findall(rf"\b{name}\s*:?=\s*\"((?:[^\"\\\n]|\\.)*)\"", body)
    return "\n".join(found) if found else None
