"""The tools a file exposes to a language model: MCP servers' tools, resources and prompts,
agent framework tools, and plain function-calling dispatch tables.

`file_tools(ctx)` finds them with one tree-sitter query per file (memoised in `ctx.cache`), so
the taint walk (tool parameters are model-controlled), the agent rules and the inventory share
one result. A tool is recorded with its handler (the function the model's arguments reach),
the text the model reads about it (description, docstring, annotations, parameter
descriptions: `texts`), and the node that registers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...engine import syntax

CACHE_KEY = "llm.tools"


@dataclass
class Tool:
    name: str
    kind: str  # tool | resource | prompt | call-tool-handler | schema
    framework: str  # mcp | langchain | openai-agents | llamaindex | crewai | autogen | ...
    node: object  # where the tool is registered (decorator, call, class, schema literal)
    handler: object = None  # the function whose parameters the model fills in
    texts: list = field(default_factory=list)  # (where, string node) the model reads
    description: object = None  # the description's value node, as written
    params: list = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.node.start_point[0] + 1


def file_tools(ctx) -> list[Tool]:
    """The tools of a parsed Python/JavaScript/TypeScript file, computed once per file."""
    found = ctx.cache.get(CACHE_KEY)
    if found is None:
        found = []
        if ctx.tree is not None and ctx.language in ("python", "javascript", "typescript",
                                                     "tsx"):
            from .tool_finders import find_tools, may_register

            # a file without a finder's evidence registers no tool: it is not queried
            if may_register(ctx.doc.text, ctx.language):
                found = find_tools(ctx)
        ctx.cache[CACHE_KEY] = found
    return found


def tool_handlers(ctx) -> dict[int, Tool]:
    """Handler function node id -> its tool (for the taint walk's parameter sources)."""
    key = CACHE_KEY + ".handlers"
    out = ctx.cache.get(key)
    if out is None:
        out = {t.handler.id: t for t in file_tools(ctx) if t.handler is not None}
        ctx.cache[key] = out
    return out


# the framework a file's tools belong to, from the modules it imports (first match wins)
FRAMEWORKS = (
    (re.compile(r"^(?:mcp|fastmcp)(?:\.|$)|^@modelcontextprotocol/"), "mcp"),
    (re.compile(r"^@langchain/langgraph|^langgraph"), "langgraph"),
    (re.compile(r"^@?langchain"), "langchain"),
    (re.compile(r"^agents(?:\.|$)|^@openai/agents"), "openai-agents"),
    (re.compile(r"^llama_?index"), "llamaindex"),
    (re.compile(r"^crewai"), "crewai"),
    (re.compile(r"^autogen"), "autogen"),
    (re.compile(r"^semantic_kernel"), "semantic-kernel"),
    (re.compile(r"^pydantic_ai"), "pydantic-ai"),
    (re.compile(r"^ai(?:\.|$)"), "vercel-ai"),
)


def framework_of(ctx, default: str) -> str:
    modules = list(ctx.imports.values())
    for rx, name in FRAMEWORKS:
        if any(rx.search(m) for m in modules):
            return name
    return default


def strings_in(node, profile, limit: int = 400) -> list:
    """String literal nodes under `node` (iterative, bounded), skipping nested functions."""
    out, stack = [], [node]
    while stack and len(out) < limit:
        cur = stack.pop()
        t = cur.type
        if t in profile.string_types or t in profile.template_types or t == "concatenated_string":
            out.append(cur)
            continue
        if t in profile.function_types or t == "lambda":
            continue
        stack.extend(reversed(cur.named_children))
    return out


def docstring(func):
    body = func.child_by_field_name("body")
    if body is None or not body.named_child_count:
        return None
    first = body.named_children[0]
    if first.type == "expression_statement" and first.named_child_count == 1 and \
            first.named_children[0].type in ("string", "concatenated_string"):
        return first.named_children[0]
    return None


def param_names(func, profile) -> list[str]:
    params = func.child_by_field_name("parameters") or func.child_by_field_name("parameter")
    if params is None:
        return []
    out = []
    items = [params] if params.type == "identifier" else params.named_children
    for p in items:
        if p.type in ("identifier", "shorthand_property_identifier_pattern"):
            out.append(syntax.text(p))
            continue
        if p.type in ("object_pattern",):
            out += [syntax.text(c) for c in p.named_children
                    if c.type == "shorthand_property_identifier_pattern"]
            continue
        target = p.child_by_field_name("name") or p.child_by_field_name("pattern") or \
            p.child_by_field_name("left")
        if target is None:
            target = next((c for c in p.named_children if c.type == "identifier"), None)
        if target is not None and target.type == "object_pattern":
            out += [syntax.text(c).split(":")[0].split("=")[0].strip()
                    for c in target.named_children if c.type != "comment"]
        elif target is not None:
            out.append(syntax.text(target))
    return [n for n in out if n not in ("self", "cls")]


# -- facts for the inventory ----------------------------------------------------------------
# collected for every file by analyses.facts (the "agents" collector), whatever rules run
FACTS_KEY = "agents"


def tool_facts(ctx) -> list[dict]:
    """JSON rows for the inventory: each tool with its parameters, the sink categories its
    arguments reach (from the file's taint flows) and what its metadata says to the model."""
    from ..taint import file_flows
    from ..taint.specs import TOOL
    from .poisoning import markers, shadowing

    memo = ctx.cache.get(FACTS_KEY + ".rows")
    if memo is not None:
        return memo
    tools = [t for t in file_tools(ctx) if t.kind != "tool-listing" and
             (t.handler is not None or t.texts)]
    if not tools:
        ctx.cache[FACTS_KEY + ".rows"] = []
        return []
    flows = [f for f in file_flows(ctx) if any(label == TOOL for label, _, _ in f.taint)]
    rows = []
    # as the shadowing rule: naming a tool of the same server is not shadowing
    siblings = {t.name for t in tools} | {
        syntax.text(t.handler.child_by_field_name("name")) for t in tools
        if t.handler is not None and t.handler.child_by_field_name("name") is not None}
    for t in tools:
        sinks: set[str] = set()
        if t.handler is not None:
            start, end = t.handler.start_point[0] + 1, t.handler.end_point[0] + 1
            for f in flows:
                if any(label == TOOL and start <= line <= end and f.category not in done
                       for label, done, line in f.taint):
                    sinks.add(f.category)
        own = siblings
        flags = sorted({m.kind for _, node in t.texts
                        for m in (*markers(syntax.text(node)[:20_000]),
                                  *shadowing(syntax.text(node)[:20_000], own))})
        rows.append({"name": t.name, "kind": t.kind, "framework": t.framework, "line": t.line,
                     "params": [p for p in t.params if p not in ("ctx", "context")],
                     "sinks": sorted(sinks), "flags": flags})
    ctx.cache[FACTS_KEY + ".rows"] = rows
    return rows
