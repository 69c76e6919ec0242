"""Which functions' parameters the model fills in: agent tools and MCP handlers.

The taint walk asks `tool_label(ctx, node)` when it opens a function scope, next to its own
route-handler test; the tools themselves are found once per file by `analyses.llm.tools`, so a
function registered by a decorator, a `Tool(func=...)` call, a `server.registerTool(...)`
callback or a function-calling dispatch table is a source alike.
"""

from __future__ import annotations

import re

from ...engine import syntax
from .specs import TOOL

# decorators recognised without the file-level tool search (cheap, and the historical set)
TOOL_DECORATOR = re.compile(
    r"^@\s*(?:[\w.]+\.)?(?:tool|tool_plain|function_tool|kernel_function)\s*(?:\(|$)")
# a guard that keeps a resolved path inside a root: `p.is_relative_to(root)`; in JavaScript
# `resolved.startsWith(root + path.sep)` against a variable root (a literal prefix such as
# "https://" checks a scheme, not a folder)
CONTAINED = re.compile(r"^([A-Za-z_]\w*)\.is_relative_to\(")
CONTAINED_JS = re.compile(r"^([A-Za-z_$][\w$]*)\.startsWith\(\s*(?![\s\"'`])")


def tool_label(ctx, node, parent) -> str | None:
    """TOOL when `node` (a function; `parent`: its parent node) is a tool handler, else None."""
    from ..llm.tools import tool_handlers

    if node.id in tool_handlers(ctx):
        return TOOL
    if parent is not None and parent.type == "decorated_definition" and any(
            c.type == "decorator" and TOOL_DECORATOR.match(syntax.text(c))
            for c in parent.named_children):
        return TOOL
    return None


def contained_path(cond) -> str | None:
    """`if not target.is_relative_to(root): raise`: the name the test keeps inside a root."""
    if cond.type == "call":
        m = CONTAINED.match(syntax.text(cond))
    elif cond.type == "call_expression":
        m = CONTAINED_JS.match(syntax.text(cond))
    else:
        return None
    return m.group(1) if m else None
