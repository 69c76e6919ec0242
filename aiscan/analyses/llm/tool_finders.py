"""How each framework registers a tool, read from one tree-sitter query per file.

`find_tools(ctx)` is called once per file by `tools.file_tools`, which memoises it; the rules
and the taint walk read that list, never these classes.
"""

from __future__ import annotations

import functools
import re

from ...engine import syntax
from .tools import Tool, docstring, framework_of, param_names, strings_in

_QUERIES = {
    "python": "(decorated_definition) @decorated (call) @call (class_definition) @class"
              " (dictionary) @dict",
    "js": "(call_expression) @call (new_expression) @call (object) @dict",
}

# -- Python: decorators ----------------------------------------------------------------------
# `@mcp.tool()`, `@server.tool`, `@tool`, `@tool("Name")`, `@function_tool`, `@kernel_function`,
# pydantic-ai `@agent.tool` / `@agent.tool_plain`
PY_TOOL_DECORATORS = ("tool", "tool_plain", "function_tool", "kernel_function", "ai_function")
PY_TOOL_DECORATOR = re.compile(
    rf"^@\s*(?:[\w.]+\.)?(?:{'|'.join(PY_TOOL_DECORATORS)})\s*(?:\(|$)")
# FastMCP resources and prompts: their parameters come from the client (URI template, arguments)
PY_MCP_METHODS = ("resource", "prompt")
PY_MCP_DECORATOR = re.compile(rf"^@\s*([\w.]+)\.({'|'.join(PY_MCP_METHODS)})\s*\(")
# the low-level `mcp.server.Server` handlers
PY_LOWLEVEL_METHODS = ("call_tool", "list_tools", "get_prompt", "read_resource")
PY_LOWLEVEL_DECORATOR = re.compile(
    rf"^@\s*([\w.]+)\.({'|'.join(PY_LOWLEVEL_METHODS)})\s*\(")
# calls that register a function as a tool: (callee tail, keyword or position of the function)
PY_REGISTER_CALLS = {
    "Tool": ("func", 1), "StructuredTool": ("func", None), "from_function": ("func", 0),
    "from_defaults": ("fn", 0), "FunctionTool": ("func", 0), "add_tool": ("fn", 0),
    "register_function": ("f", 0), "register_for_llm": (None, None),
    "convert_to_openai_tool": (None, 0),
    "DynamicTool": ("func", None), "DynamicStructuredTool": ("func", None),
}
PY_TOOL_BASES = re.compile(r"\b(?:BaseTool|StructuredTool|Tool)\b")
PY_TOOL_METHODS = frozenset({"_run", "_arun", "run", "arun", "forward", "_call", "execute"})

# -- JavaScript / TypeScript: registration calls ----------------------------------------------
# MCP SDK `server.tool(name, [description], [schema], [annotations], handler)`, `registerTool`,
# resources and prompts; LangChain `tool(fn, {...})`; Vercel AI / OpenAI Agents `tool({...,
# execute})`; `new DynamicTool({func})`
JS_MCP_METHODS = frozenset({"tool", "registerTool", "resource", "registerResource", "prompt",
                            "registerPrompt"})
JS_HANDLER_KEYS = ("execute", "func", "handler", "run", "invoke", "call")
JS_CALL_TOOL_SCHEMA = re.compile(r"CallToolRequestSchema|ListToolsRequestSchema"
                                 r"|GetPromptRequestSchema|ReadResourceRequestSchema")
# a function-calling schema: {name, description, parameters|input_schema|inputSchema}
SCHEMA_KEYS = frozenset({"parameters", "input_schema", "inputSchema", "inputschema"})
TOOLS_KEYWORD = re.compile(r"\b(?:tools|functions)\s*=\s*\[")
DISPATCH_WORDS = ("tool_calls", "function_call", "tool_use", "toolCalls", "functionCall",
                  "tool_call")
DISPATCH_HINT = re.compile("|".join(DISPATCH_WORDS))

# What a Python file's text must hold for the finders below to find anything, built from their
# own tables: a tool or MCP decorator, a registration call's name (the name a call resolves to
# is written in the file, at the call or in its import; it covers the tool base classes), a
# `tools=[...]` argument, a dispatch hint, a schema literal's keys. A file without any is not
# queried: "tool", "resource" and "prompt" alone occur in one stdlib file in four.
# (Each regex starts with a literal, which `re` scans for in C: one alternation of all of them
# cost more on stdlib than the queries it saves.)
PY_DECORATOR_EVIDENCE = re.compile(
    rf"@\s*(?:(?:[\w.]+\.)?(?:{'|'.join(PY_TOOL_DECORATORS)})\b"
    rf"|[\w.]+\.(?:{'|'.join(PY_MCP_METHODS + PY_LOWLEVEL_METHODS)})\s*\()")
TOOLS_KEYWORD_EVIDENCE = (re.compile(r"tools\s*=\s*\["), re.compile(r"functions\s*=\s*\["))
# JavaScript/TypeScript: the words of the registration calls and schemas (`_JsTools`)
JS_EVIDENCE = re.compile(
    r"tool|Tool|mcp|MCP|kernel_function|FunctionTool|tool_calls|function_call|registerTool"
    r"|setRequestHandler|resource|prompt")


def may_register(text: str, language: str) -> bool:
    """Whether `text` can hold a tool the finders recognise (a necessary condition only)."""
    if language != "python":
        return JS_EVIDENCE.search(text) is not None
    return any(name in text for name in PY_REGISTER_CALLS) or \
        any(word in text for word in DISPATCH_WORDS) or \
        ("description" in text and any(k in text for k in SCHEMA_KEYS)) or \
        any(rx.search(text) is not None for rx in TOOLS_KEYWORD_EVIDENCE) or \
        PY_DECORATOR_EVIDENCE.search(text) is not None



@functools.lru_cache(maxsize=None)
def _query(language: str):
    import tree_sitter

    from ...engine.languages import ts_language

    return tree_sitter.Query(ts_language(language),
                             _QUERIES["python" if language == "python" else "js"])


def find_tools(ctx) -> list[Tool]:
    finder = _PythonTools(ctx) if ctx.language == "python" else _JsTools(ctx)
    return finder.run()


class _Finder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.profile = ctx.profile
        self.tools: list[Tool] = []
        self.seen: set[int] = set()

    def add(self, tool: Tool) -> None:
        key = tool.handler.id if tool.handler is not None else tool.node.id
        if key in self.seen:
            return
        self.seen.add(key)
        if tool.handler is not None and not tool.params:
            tool.params = param_names(tool.handler, self.profile)
        self.tools.append(tool)

    def captures(self) -> dict:
        import tree_sitter

        return tree_sitter.QueryCursor(_query(self.ctx.language)).captures(self.ctx.tree.root_node)

    def schema_literal(self, node, framework: str) -> None:
        """`{"name": ..., "description": ..., "parameters": {...}}`: a function-calling schema
        (OpenAI `tools=[...]`, Anthropic `input_schema`, an MCP `Tool` listing)."""
        keys = {k: v for k, _, v in syntax.literal_pairs(node)}
        if "description" not in keys or not (SCHEMA_KEYS & keys.keys()) or "name" not in keys:
            return
        name = keys["name"]
        label = syntax.string_content(name) if name.type in self.profile.string_types else \
            syntax.text(name)[:60]
        self.add(Tool(label, "schema", framework, node, None,
                      texts=[("schema", s) for s in strings_in(node, self.profile)],
                      description=keys["description"]))


class _PythonTools(_Finder):
    def run(self) -> list[Tool]:
        caps = self.captures()
        functions: dict[str, object] = {}
        root = self.ctx.tree.root_node
        for child in root.named_children:
            fn = child.named_children[-1] if child.type == "decorated_definition" and \
                child.named_child_count else child
            if fn.type == "function_definition":
                name = fn.child_by_field_name("name")
                if name is not None:
                    functions[syntax.text(name)] = fn
        order = lambda n: n.start_byte  # noqa: E731
        for node in sorted(caps.get("decorated", []), key=order):
            self._decorated(node)
        for node in sorted(caps.get("call", []), key=order):
            self._register_call(node, functions)
        for node in sorted(caps.get("class", []), key=order):
            self._tool_class(node)
        dispatch = DISPATCH_HINT.search(self.ctx.doc.text) is not None
        framework = framework_of(self.ctx, "function-calling")
        for node in sorted(caps.get("dict", []), key=order):
            self.schema_literal(node, framework)
            if dispatch:
                self._dispatch_table(node, functions)
        return self.tools

    def _decorated(self, node) -> None:
        fn = node.child_by_field_name("definition")
        if fn is None or fn.type != "function_definition":
            return
        for dec in node.named_children:
            if dec.type != "decorator":
                continue
            raw = syntax.text(dec)
            kind = None
            if PY_TOOL_DECORATOR.match(raw):
                kind = "tool"
            else:
                m = PY_MCP_DECORATOR.match(raw) or PY_LOWLEVEL_DECORATOR.match(raw)
                if m and self._mcp_file():
                    kind = {"call_tool": "call-tool-handler", "list_tools": "tool-listing",
                            "get_prompt": "prompt", "read_resource": "resource"}.get(
                                m.group(2), m.group(2))
            if kind is None:
                continue
            name = syntax.text(fn.child_by_field_name("name"))
            texts = [("decorator", s) for s in strings_in(dec, self.profile)]
            description = None
            expr = dec.named_children[0] if dec.named_child_count else None
            if expr is not None and expr.type == "call":
                positional, keywords = syntax.call_arguments(expr, self.profile)
                description = keywords.get("description")
                named = keywords.get("name") or (positional[0] if positional and
                                                 positional[0].type == "string" else None)
                if named is not None and named.type == "string" and kind == "tool":
                    name = syntax.string_content(named)
            doc = docstring(fn)
            if doc is not None:
                texts.append(("docstring", doc))
            params = fn.child_by_field_name("parameters")
            if params is not None:
                texts += [("parameter", s) for s in strings_in(params, self.profile)]
            handler = fn if kind != "tool-listing" else None
            if kind == "tool-listing":
                texts += [("listing", s) for s in strings_in(fn.child_by_field_name("body"),
                                                             self.profile)]
            self.add(Tool(name, kind, framework_of(self.ctx, "agent"), dec, handler, texts,
                          description if description is not None else doc))
            return

    def _mcp_file(self) -> bool:
        return any("mcp" in m for m in self.ctx.imports.values()) or "mcp" in \
            self.ctx.doc.text[:4000].lower()

    def _register_call(self, node, functions) -> None:
        name = self.ctx.callee(node)
        tail = name.rsplit(".", 1)[-1]
        spec = PY_REGISTER_CALLS.get(tail)
        if spec is None:
            self._tools_argument(node, functions)
            return
        if tail == "Tool" and "mcp" in name:
            # `types.Tool(name=..., description=..., inputSchema=...)`: a listing entry
            self.add(Tool(self._literal_name(node), "schema", "mcp", node, None,
                          [("listing", s) for s in strings_in(node, self.profile)],
                          syntax.call_arguments(node, self.profile)[1].get("description")))
            return
        keyword, position = spec
        positional, keywords = syntax.call_arguments(node, self.profile)
        target = keywords.get(keyword) if keyword else None
        if target is None and position is not None and position < len(positional):
            target = positional[position]
        fn = functions.get(syntax.text(target)) if target is not None and \
            target.type == "identifier" else None
        if fn is None and (target is None or target.type != "lambda"):
            return
        handler = fn if fn is not None else target
        texts = [("registration", s) for s in strings_in(node, self.profile)]
        if fn is not None and docstring(fn) is not None:
            texts.append(("docstring", docstring(fn)))
        self.add(Tool(self._literal_name(node) or (syntax.text(fn.child_by_field_name("name"))
                                                   if fn is not None else "<lambda>"),
                      "tool", framework_of(self.ctx, "agent"), node, handler, texts,
                      keywords.get("description")))

    def _tools_argument(self, node, functions) -> None:
        """`AssistantAgent(..., tools=[get_weather])`, `create_react_agent(llm, tools=[search])`,
        pydantic-ai `Agent(tools=[...])`, Gemini `tools=[fn]`: plain functions handed to an
        agent are tools (AutoGen, LangGraph and these SDKs build the schema from the
        signature)."""
        if not TOOLS_KEYWORD.search(syntax.text(node)[:4000]):
            return
        _, keywords = syntax.call_arguments(node, self.profile)
        listed = keywords.get("tools") or keywords.get("functions")
        if listed is None or listed.type != "list":
            return
        framework = framework_of(self.ctx, "agent")
        for item in listed.named_children:
            fn = functions.get(syntax.text(item)) if item.type == "identifier" else None
            if fn is None:
                continue
            doc = docstring(fn)
            self.add(Tool(syntax.text(fn.child_by_field_name("name")), "tool", framework, item,
                          fn, [("docstring", doc)] if doc is not None else [], doc))

    def _literal_name(self, node) -> str:
        positional, keywords = syntax.call_arguments(node, self.profile)
        named = keywords.get("name") or (positional[0] if positional else None)
        return syntax.string_content(named) if named is not None and named.type == "string" \
            else ""

    def _tool_class(self, node) -> None:
        bases = node.child_by_field_name("superclasses")
        if bases is None or not PY_TOOL_BASES.search(syntax.text(bases)):
            return
        body = node.child_by_field_name("body")
        if body is None:
            return
        method = None
        texts = []
        description = None
        name = syntax.text(node.child_by_field_name("name"))
        for stmt in body.named_children:
            inner = stmt.named_children[-1] if stmt.type == "decorated_definition" and \
                stmt.named_child_count else stmt
            if inner.type == "function_definition" and \
                    syntax.text(inner.child_by_field_name("name")) in PY_TOOL_METHODS and \
                    method is None:
                method = inner
            elif stmt.type == "expression_statement" and stmt.named_child_count and \
                    stmt.named_children[0].type == "assignment":
                assign = stmt.named_children[0]
                left = syntax.text(assign.child_by_field_name("left"))
                right = assign.child_by_field_name("right")
                if right is not None and left in ("description", "name", "args_schema"):
                    texts += [(left, s) for s in strings_in(right, self.profile)]
                    if left == "description":
                        description = right
                    if left == "name" and right.type == "string":
                        name = syntax.string_content(right)
        if method is None:
            return
        self.add(Tool(name, "tool", framework_of(self.ctx, "agent"), node, method, texts,
                      description))

    def _dispatch_table(self, node, functions) -> None:
        """`{"get_weather": get_weather, ...}` in a file that handles `tool_calls`: the model
        picks the function and fills in its arguments."""
        pairs = list(syntax.literal_pairs(node))
        if not pairs or not all(v.type == "identifier" and syntax.text(v) in functions
                                for _, _, v in pairs):
            return
        if not self._looked_up_by_tool_name(node):
            return  # a table of functions (token counters, handlers) the model never picks from
        for key, pair, value in pairs:
            fn = functions[syntax.text(value)]
            doc = docstring(fn)
            self.add(Tool(key, "tool", "function-calling", pair, fn,
                          [("docstring", doc)] if doc is not None else [], doc))


    def _looked_up_by_tool_name(self, node) -> bool:
        """Whether the dict, once named, is indexed with a call's name: `TOOLS[call.function.name]`
        or `TOOLS.get(tool_call.name)` — a dict of functions in a file that merely mentions
        `tool_calls` (a message library) is not how the model reaches them."""
        parent = node.parent
        if parent is None or parent.type != "assignment":
            return False
        target = parent.child_by_field_name("left")
        if target is None or target.type != "identifier":
            return False
        name = re.escape(syntax.text(target))
        lookup = re.compile(rf"\b{name}\s*(?:\[|\.get\()[^\]\)\n]*(?:name|tool|function)")
        return lookup.search(self.ctx.doc.text) is not None


class _JsTools(_Finder):
    def run(self) -> list[Tool]:
        caps = self.captures()
        order = lambda n: n.start_byte  # noqa: E731
        for node in sorted(caps.get("call", []), key=order):
            self._call(node)
        framework = framework_of(self.ctx, "function-calling")
        for node in sorted(caps.get("dict", []), key=order):
            self.schema_literal(node, framework)
        return self.tools

    def _functions(self, args) -> list:
        return [a for a in args if a.type in ("arrow_function", "function_expression",
                                              "function")]

    def _call(self, node) -> None:
        fn = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        if fn is None:
            return
        name = self.ctx.callee(node)
        tail = name.rsplit(".", 1)[-1]
        args_node = node.child_by_field_name("arguments")
        args = [a for a in args_node.named_children if a.type != "comment"] \
            if args_node is not None else []
        if fn.type == "member_expression" and tail == "setRequestHandler" and args and \
                JS_CALL_TOOL_SCHEMA.search(syntax.text(args[0])):
            handlers = self._functions(args[1:])
            schema = syntax.text(args[0])
            kind = "call-tool-handler" if "CallTool" in schema else "tool-listing" if \
                "ListTools" in schema else "prompt" if "Prompt" in schema else "resource"
            texts = []
            if kind == "tool-listing" and handlers:
                texts = [("listing", s) for s in strings_in(handlers[0].child_by_field_name(
                    "body"), self.profile)]
            self.add(Tool(kind, kind, "mcp", node,
                          handlers[0] if handlers and kind != "tool-listing" else None, texts))
            return
        if fn.type == "member_expression" and tail in JS_MCP_METHODS and args and \
                args[0].type in ("string", "template_string") and self._mcp_file():
            handlers = self._functions(args[1:])
            meta = [a for a in args[1:] if a not in handlers]
            texts = [("registration", s) for a in meta for s in strings_in(a, self.profile)]
            description = None
            for a in meta:
                if a.type in ("string", "template_string") and description is None:
                    description = a
                elif a.type == "object":
                    description = description or dict(
                        (k, v) for k, _, v in syntax.literal_pairs(a)).get("description")
            kind = "tool" if "ool" in tail else "resource" if "esource" in tail else "prompt"
            self.add(Tool(syntax.string_content(args[0]), kind, "mcp", node,
                          handlers[-1] if handlers else None, texts, description))
            return
        if tail in ("tool", "DynamicTool", "DynamicStructuredTool", "FunctionTool") and args:
            handlers = self._functions(args)
            options = next((a for a in args if a.type == "object"), None)
            keys = dict((k, v) for k, _, v in syntax.literal_pairs(options)) \
                if options is not None else {}
            handler = handlers[0] if handlers else next(
                (keys[k] for k in JS_HANDLER_KEYS if k in keys and keys[k].type in (
                    "arrow_function", "function_expression", "function")), None)
            if handler is None and "description" not in keys:
                return
            label = keys.get("name")
            texts = [("registration", s) for s in strings_in(options, self.profile)] \
                if options is not None else []
            var = node.parent.child_by_field_name("name") if node.parent is not None and \
                node.parent.type == "variable_declarator" else None
            self.add(Tool(syntax.string_content(label) if label is not None and
                          label.type == "string" else syntax.text(var) if var is not None
                          else "<tool>", "tool",
                          framework_of(self.ctx, "agent"), node, handler, texts,
                          keys.get("description")))

    def _mcp_file(self) -> bool:
        return any("modelcontextprotocol" in m or "mcp" in m.lower()
                   for m in self.ctx.imports.values()) or "McpServer" in self.ctx.doc.text
