"""Which functions a model can call, per framework, and what the agent rules make of them."""

from __future__ import annotations

import textwrap

import pytest

from aiscan.analyses.llm.tools import file_tools
from aiscan.engine.analyzer import Analyzer
from aiscan.engine.context import FileContext
from aiscan.engine.languages import parser
from aiscan.engine.rules import RuleSet, load_rules
from aiscan.model import Document

RULES = load_rules().rules


def tools(code: str, language: str = "python", path: str = "app.py"):
    text = textwrap.dedent(code)
    source = text.encode()
    ctx = FileContext(Document(path, language, text), source, parser(language).parse(source))
    return {(t.name, t.kind, t.framework): t for t in file_tools(ctx)}


def findings(code: str, language: str = "python", path: str = "app.py") -> set[tuple[int, str]]:
    doc = Document(path, language, textwrap.dedent(code))
    result = Analyzer(RuleSet(RULES)).analyze_document(doc)
    return {(f.location.line, f.rule_id) for f in result.findings}


PYTHON_SURFACES = [
    ("fastmcp", """
        from mcp.server.fastmcp import FastMCP
        mcp = FastMCP("x")

        @mcp.tool(name="lookup")
        def find(term: str) -> str:
            return term

        @mcp.resource("notes://{name}")
        def note(name: str) -> str:
            return name

        @mcp.prompt()
        def review(code: str) -> str:
            return code
     """, {("lookup", "tool", "mcp"), ("note", "resource", "mcp"), ("review", "prompt", "mcp")}),
    ("low-level server", """
        from mcp.server import Server
        server = Server("x")

        @server.call_tool()
        async def call(name: str, arguments: dict):
            return []
     """, {("call", "call-tool-handler", "mcp")}),
    ("langchain", """
        from langchain_core.tools import StructuredTool, Tool, tool, BaseTool

        @tool
        def search(query: str) -> str:
            \"\"\"Search.\"\"\"
            return query

        def calc(expression: str) -> str:
            return expression

        def lookup(word: str) -> str:
            return word

        calculator = Tool(name="calculator", func=calc, description="Math.")
        dictionary = StructuredTool.from_function(func=lookup, name="dictionary")

        class Weather(BaseTool):
            name = "weather"
            description = "Weather for a city."

            def _run(self, city: str) -> str:
                return city
     """, {("search", "tool", "langchain"), ("calculator", "tool", "langchain"),
           ("dictionary", "tool", "langchain"), ("weather", "tool", "langchain")}),
    ("llamaindex", """
        from llama_index.core.tools import FunctionTool

        def multiply(a: int, b: int) -> int:
            return a * b

        multiply_tool = FunctionTool.from_defaults(fn=multiply)
     """, {("multiply", "tool", "llamaindex")}),
    ("openai agents", """
        from agents import function_tool

        @function_tool
        def fetch(url: str) -> str:
            return url
     """, {("fetch", "tool", "openai-agents")}),
    ("crewai", """
        from crewai.tools import tool

        @tool("Read a file")
        def read(path: str) -> str:
            \"\"\"Read a file.\"\"\"
            return path
     """, {("Read a file", "tool", "crewai")}),
    ("autogen agent tools", """
        from autogen_agentchat.agents import AssistantAgent

        async def get_weather(city: str) -> str:
            \"\"\"Weather for a city.\"\"\"
            return city

        def not_a_tool(x):
            return x

        agent = AssistantAgent("helper", model_client=client, tools=[get_weather])
     """, {("get_weather", "tool", "autogen")}),
    ("langgraph agent tools", """
        from langgraph.prebuilt import create_react_agent

        def search(query: str) -> str:
            return query

        graph = create_react_agent(model, tools=[search])
     """, {("search", "tool", "langgraph")}),
    ("dispatch table", """
        import json

        def get_weather(city):
            return city

        TOOLS = {"get_weather": get_weather}

        def step(message):
            for call in message.tool_calls:
                TOOLS[call.function.name](**json.loads(call.function.arguments))
     """, {("get_weather", "tool", "function-calling")}),
]


def test_a_table_of_functions_the_model_never_picks_from_is_no_tool():
    # a message library mentions tool_calls everywhere; its table of token counters is looked
    # up by a configuration string, not by a tool call's name
    code = """
        def approximate(messages):
            return len(messages)

        COUNTERS = {"approximate": approximate}

        def count(messages, counter="approximate"):
            for m in messages:
                m.tool_calls = []
            return COUNTERS[counter](messages)
    """
    assert not tools(code)


@pytest.mark.parametrize("name,code,expected", PYTHON_SURFACES, ids=[c[0] for c in PYTHON_SURFACES])
def test_python_tool_surfaces(name, code, expected):
    found = set(tools(code))
    assert expected <= found
    assert not {key for key in found if key[0] == "not_a_tool"}


JS_SURFACES = [
    ("mcp sdk", """
        import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
        import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
        const server = new McpServer({ name: "x", version: "1" });
        server.tool("echo", "Echo.", { text: z.string() }, async ({ text }) => ({ content: [] }));
        server.registerTool("add", { description: "Add." }, async ({ a, b }) => ({ content: [] }));
        server.registerResource("notes", "notes://x", {}, async (uri) => ({ contents: [] }));
        low.setRequestHandler(CallToolRequestSchema, async (request) => ({ content: [] }));
     """, {("echo", "tool", "mcp"), ("add", "tool", "mcp"), ("notes", "resource", "mcp"),
           ("call-tool-handler", "call-tool-handler", "mcp")}),
    ("vercel ai", """
        import { tool } from "ai";
        export const weather = tool({ description: "Weather", execute: async ({ city }) => city });
     """, {("weather", "tool", "vercel-ai")}),
    ("langchain js", """
        import { tool } from "@langchain/core/tools";
        const adder = tool(async ({ a, b }) => a + b, { name: "adder", description: "Add." });
     """, {("adder", "tool", "langchain")}),
]


@pytest.mark.parametrize("name,code,expected", JS_SURFACES, ids=[c[0] for c in JS_SURFACES])
def test_javascript_tool_surfaces(name, code, expected):
    assert expected <= set(tools(code, "typescript", "app.ts"))


def test_handler_parameters_are_the_tool_parameters():
    found = tools("""
        from mcp.server.fastmcp import Context, FastMCP
        mcp = FastMCP("x")

        @mcp.tool()
        async def search(ctx: Context, query: str, limit: int = 5) -> str:
            return query
    """)
    assert found[("search", "tool", "mcp")].params == ["ctx", "query", "limit"]


def test_a_registered_function_is_a_taint_source_like_a_decorated_one():
    hits = findings("""
        import subprocess
        from langchain_core.tools import Tool

        def shell(command: str) -> str:
            return subprocess.check_output(command, shell=True, text=True)

        def not_registered(command: str) -> str:
            return subprocess.check_output(command, shell=True, text=True)

        runner = Tool(name="shell", func=shell, description="Run a command.")
    """)
    assert (6, "PY611") in hits
    assert not any(line == 9 for line, _ in hits if _ == "PY611")


def test_low_level_call_tool_arguments_are_model_controlled():
    hits = findings("""
        import subprocess
        from mcp.server import Server
        server = Server("x")

        @server.call_tool()
        async def call(name: str, arguments: dict):
            return subprocess.run(arguments["cmd"], shell=True)
    """)
    assert (8, "PY611") in hits


def test_dispatch_table_functions_are_model_controlled():
    hits = findings("""
        import json
        import os

        def remove(path):
            os.remove(path)

        FUNCTIONS = {"remove": remove}

        def handle(message):
            for call in message.tool_calls:
                FUNCTIONS[call.function.name](**json.loads(call.function.arguments))
    """)
    assert (6, "PY645") in hits


def test_javascript_destructured_tool_arguments_are_model_controlled():
    hits = findings("""
        import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
        import { execSync } from "child_process";
        const server = new McpServer({ name: "x", version: "1" });
        server.tool("run", "Run.", { cmd: z.string() }, async ({ cmd }) => {
          return { content: [{ type: "text", text: execSync(cmd).toString() }] };
        });
    """, "javascript", "app.js")
    assert (6, "JS611") in hits


def test_a_tool_free_file_is_not_queried():
    assert tools("def add(a, b):\n    return a + b\n") == {}


def test_javascript_low_level_call_tool_request_is_model_controlled(tmp_path):
    code = """
        import { Server } from "@modelcontextprotocol/sdk/server/index.js";
        import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
        import fs from "fs";
        const server = new Server({ name: "x", version: "1" }, { capabilities: { tools: {} } });
        server.setRequestHandler(CallToolRequestSchema, async (request) => {
          const { name, arguments: args } = request.params;
          return { content: [{ type: "text", text: fs.readFileSync(args.path, "utf8") }] };
        });
    """
    assert (8, "JS645") in findings(code, "javascript", "server.js")
    source = textwrap.dedent(code).encode()
    ctx = FileContext(Document("server.js", "javascript", source.decode()), source,
                      parser("javascript").parse(source))
    from aiscan.analyses.llm.tools import tool_facts
    assert [r["sinks"] for r in tool_facts(ctx)] == [["path"]]


def test_flows_from_tool_arguments_are_marked_model_controlled():
    doc = Document("app.py", "python", textwrap.dedent("""
        import os
        from mcp.server.fastmcp import FastMCP
        mcp = FastMCP("x")

        @mcp.tool()
        def remove(path: str) -> str:
            os.remove(path)
            return "ok"

        def cli():
            os.remove(input())
    """))
    result = Analyzer(RuleSet(RULES)).analyze_document(doc)
    marks = {f.rule_id: f.properties["taint"].get("model_controlled")
             for f in result.findings if "taint" in f.properties}
    assert marks["PY645"] is True
    assert marks["PY153"] is None


def test_tool_words_alone_do_not_send_a_file_to_the_finders():
    """The finders run only where their own evidence is written (a tool decorator, a
    registration call, `tools=[...]`, a schema's keys): "tool", "resource" and "prompt" in
    names and prose are not."""
    from aiscan.analyses.llm.tool_finders import may_register

    prose = textwrap.dedent('''
        """Prompt for a resource; a tool from the toolbox."""
        def prompt(resource, tool):
            return resource.get(tool)
    ''')
    assert not may_register(prose, "python")
    assert tools(prose) == {}
    for _, code, _ in PYTHON_SURFACES:
        assert may_register(textwrap.dedent(code), "python")
    schema = 'T = {"name": "f", "description": "d", "parameters": {}}\n'
    assert may_register(schema, "python")
