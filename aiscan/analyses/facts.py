"""Fact collectors: what a file holds, recorded in `FileResult.facts` for every file whatever
rules are selected, and cached with the file's result.

The engine runs every collector whose language and trigger words match, after the rules in the
same per-file pass, so a collector reuses what the rules already computed (both sides memoise in
`ctx.cache`: LLM usage, function metrics) and never re-reads the file. Rules, the checklist and
the inventory read facts; none of them reads source files again.

`tree` says what a collector needs: "required" (the file is parsed for it when its trigger
words are present), "if-parsed" (it summarises what the rules computed on a parsed file: a
summary no rule needs must not cost a parse or a walk), "none" (the text is enough).

A new kind of fact is a new entry in COLLECTORS; file roles (test, docs, generated, vendored)
belong here too once they are computed per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "go", "java"})


@dataclass(frozen=True)
class Collector:
    name: str  # the key in FileResult.facts
    collect: Callable  # (ctx) -> JSON-serialisable dict, or None when there is nothing to say
    languages: frozenset[str]
    keywords: tuple[str, ...] = ()  # one must occur in the text for the collector to run
    tree: str = "required"  # required | if-parsed | none


def _llm_usage(ctx) -> dict | None:
    from .llm.detect import analyze

    found = analyze(ctx)
    if found.used() or found.sdks or found.system_prompts:
        return found.facts()
    return None


def _metrics(ctx) -> dict | None:
    """A summary of the function metrics the metric rules computed (they run on every parsed
    file of a default scan). A selection without them leaves the summary out: no reader needs
    it enough to pay a walk of its own (measured: +13 % CPU on `--select PY1` over stdlib)."""
    from .checks.metrics import CACHE_KEY

    out = ctx.cache.get(CACHE_KEY)
    if not out:
        return None
    return {"functions": len(out),
            "max_complexity": max(f.complexity for f in out),
            "max_function_lines": max(f.length for f in out),
            "max_nesting": max(f.nesting for f in out)}


# An import of a hosted or local LLM SDK: enough to say the LLM checklist items apply.
# Matches import lines only, so a word like "openai" in a comment does not count.
_LLM_IMPORT = re.compile(
    r"""^[ \t]*(?:from|import)[ \t]+(?:openai|anthropic|langchain\w*|llama_index|litellm|cohere
            |mistralai|groq|ollama|transformers|vertexai|google\.generativeai|google\.genai
            |together)\b
      | ^[ \t]*import[ \t]+(?:com\.openai|com\.anthropic|dev\.langchain4j)\b
      | (?:require\(|from\s+|import\s+)["'](?:openai|@anthropic-ai/sdk|@google/generative-ai
            |@google/genai|langchain|@langchain/[\w-]+|ai|@ai-sdk/[\w-]+|ollama|cohere-ai
            |@mistralai/mistralai|groq-sdk)["']
      | "github\.com/(?:sashabaranov/go-openai|openai/openai-go|anthropics/anthropic-sdk-go
            |tmc/langchaingo)[^"\n]*"
    """,
    re.MULTILINE | re.VERBOSE,
)
# (No `.*` before the JavaScript and Go forms: they may sit anywhere on a line, and a leading
# `.*` made every line cost a backtrack per character.)
_LLM_SCAN_CHARS = 64_000  # imports sit at the top of a file
# Every SDK the pattern above names contains one of these words: the prefilter.
_LLM_IMPORT_WORDS = ("openai", "anthropic", "langchain", "llama_index", "litellm", "cohere",
                     "mistral", "groq", "ollama", "transformers", "vertexai", "generativeai",
                     "genai", "generative-ai", "together", "ai\"", "ai'", "@ai-sdk")


def _llm_import(ctx) -> dict | None:
    """Only the lines holding a trigger word are matched: a word like "google" in a docstring
    costs one line, not a regex pass over the file."""
    text = ctx.doc.text[:_LLM_SCAN_CHARS]
    seen: set[int] = set()
    for word in _LLM_IMPORT_WORDS:
        i = text.find(word)
        while i != -1 and len(seen) < _MAX_LINES:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end == -1 else end
            if start not in seen:
                seen.add(start)
                if _LLM_IMPORT.search(text, start, end):
                    return {"llm_sdk": True}
            i = text.find(word, end)
    return None


_MAX_LINES = 200  # candidate lines per file: past that, the file is data, not imports


# The words that can start LLM usage: SDK module names (a client is built from an import), the
# method chains that name an SDK on their own (a client passed in from elsewhere), and system
# prompt names. Tighter than the governance rules' keywords on purpose ("google", "responses",
# "completions" occur all over code that never calls a model): this pass runs on every file.
_LLM_WORDS = ("openai", "anthropic", "langchain", "llama_index", "litellm", "genai",
              "generativeai", "generative-ai", "vertexai", "mistral", "cohere", "groq", "ollama",
              "transformers", "huggingface", "boto3", "bedrock", "completions.create",
              "completions.parse", "responses.create", "SYSTEM_PROMPT", "system_prompt",
              "systemPrompt", "@ai-sdk", "\"ai\"", "'ai'")


def _agent_tools(ctx) -> dict | None:
    from .llm.mcp_server import server_facts
    from .llm.tools import tool_facts

    rows = tool_facts(ctx)
    if not rows:
        return None
    server = server_facts(ctx.doc.text) if any(r["framework"] == "mcp" for r in rows) else None
    return {"tools": rows, "server": server} if server else {"tools": rows}


# The words a tool registration needs: a framework's name or a registration idiom. Narrower
# than analyses.llm.tool_finders.may_register on purpose: this pass runs on every file and parses it,
# and a bare "tool" occurs in one stdlib file in six (it made `--select SEC` 65 % slower).
_TOOL_WORDS = ("mcp", "MCP", "langchain", "llama_index", "agents", "crewai", "autogen",
               "pydantic_ai", "kernel_function", "tool_calls", "function_call", "functions=",
               "setRequestHandler", "registerTool", "tools=", "tools:", "tools =", "@tool",
               "Tool(", "tool(", "FunctionTool", "function_tool", "register_for_llm")


def _taint(ctx) -> dict | None:
    """What the taint walk (if a rule ran it) says other files need: calls into the
    project's modules, exported function summaries, re-exports (aiscan.pipeline.crossfile)."""
    from .taint.summaries import OUT_KEY

    return ctx.cache.get(OUT_KEY) or None


COLLECTORS: tuple[Collector, ...] = (
    Collector("imports", _llm_import, CODE_LANGUAGES, _LLM_IMPORT_WORDS, tree="none"),
    Collector("llm", _llm_usage, frozenset({"python", "javascript", "typescript", "tsx"}),
              _LLM_WORDS),
    Collector("agents", _agent_tools, frozenset({"python", "javascript", "typescript", "tsx"}),
              _TOOL_WORDS),
    Collector("metrics", _metrics, frozenset({"python", "javascript", "typescript", "tsx", "go",
                                              "java"}), tree="if-parsed"),
    Collector("taint", _taint, CODE_LANGUAGES, tree="if-parsed"),
)
