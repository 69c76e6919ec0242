"""Checks on the tools a file exposes to a model (MCP servers, agent tools).

All of them read the file's tools from `analyses.llm.tools.file_tools` (one query per file,
shared) and walk only the tools' own metadata and handler bodies.
"""

from __future__ import annotations

import re

from ...engine import syntax
from ...model import Location
from ..llm.poisoning import markers, shadowing
from ..llm.tools import docstring, file_tools, strings_in
from . import register

MAX_BODY_NODES = 20_000
# "the assistant should ..." is ordinary in a description; only in output does it count
POISON_KINDS = frozenset({"hidden", "override", "conceal", "secrets", "payload", "invisible"})
# in a tool's output, text the tool itself wrote: only unmistakable instructions count
OUTPUT_KINDS = frozenset({"hidden", "override", "conceal", "address"})


def _mark_location(ctx, node, offset: int) -> Location:
    raw = syntax.text(node)
    before = raw[:offset]
    line = node.start_point[0] + before.count("\n")
    col = offset - (before.rfind("\n") + 1) + (node.start_point[1] if "\n" not in before else 0)
    return Location(ctx.path, line + 1, col + 1, line + 1, col + 2)


def _walk(node, limit: int = MAX_BODY_NODES):
    stack = [node]
    seen = 0
    while stack and seen < limit:
        cur = stack.pop()
        seen += 1
        yield cur
        stack.extend(reversed(cur.named_children))


@register("agents.tool-poisoning")
def tool_poisoning(ctx, rule) -> None:
    """Instructions aimed at the model in what a tool says about itself."""
    done: set[int] = set()
    for tool in file_tools(ctx):
        for where, node in tool.texts:
            if node.id in done:
                continue
            done.add(node.id)
            found = markers(syntax.text(node), POISON_KINDS)
            if not found:
                continue
            mark = found[0]
            ctx.report(rule, location=_mark_location(ctx, node, mark.offset), tool=tool.name,
                       where=where, reason=mark.reason,
                       properties={"tool": tool.name, "kinds": sorted({m.kind for m in found})})


@register("agents.tool-shadowing")
def tool_shadowing(ctx, rule) -> None:
    """A tool's description that tells the model how to use other tools, or to shun them."""
    tools = file_tools(ctx)
    done: set[int] = set()
    # tools of the same server are one author's design: naming a sibling is documentation,
    # shadowing is about steering tools the server does not own
    own = {tool.name for tool in tools} | {
        syntax.text(t.handler.child_by_field_name("name")) for t in tools
        if t.handler is not None and t.handler.child_by_field_name("name") is not None}
    for tool in tools:
        for where, node in tool.texts:
            if node.id in done:
                continue
            done.add(node.id)
            found = shadowing(syntax.text(node), own)
            if found:
                mark = found[0]
                ctx.report(rule, location=_mark_location(ctx, node, mark.offset), tool=tool.name,
                           reason=mark.reason, other=mark.tool or "other tools",
                           properties={"tool": tool.name, "shadowed": mark.tool})


@register("agents.tool-output-injection")
def tool_output_injection(ctx, rule) -> None:
    """Text a tool's handler writes into its result that instructs the model."""
    done: set[int] = set()
    for tool in file_tools(ctx):
        if tool.handler is None or tool.kind == "tool-listing":
            continue
        body = tool.handler.child_by_field_name("body")
        if body is None:
            continue
        doc = docstring(tool.handler) if ctx.language == "python" else None
        meta = {n.id for _, n in tool.texts}
        for node in strings_in(body, ctx.profile, limit=2000):
            if node.id in done or node.id in meta or (doc is not None and node.id == doc.id):
                continue
            done.add(node.id)
            found = markers(syntax.text(node), OUTPUT_KINDS)
            if len(found) < 2 and not any(m.kind == "hidden" for m in found):
                continue  # one stray phrase in a message is not an injected instruction
            mark = found[0]
            ctx.report(rule, location=_mark_location(ctx, node, mark.offset), tool=tool.name,
                       reason=mark.reason, properties={"tool": tool.name})


# -- rug pull -------------------------------------------------------------------------------
# a description computed from a file, a URL or the environment when the server runs
RUNTIME_TEXT = re.compile(
    r"\b(?:open|read_text|readFileSync|readFile|fetch|urlopen|getenv)\s*\(|\brequests\.|\bhttpx\."
    r"|\baxios\b|os\.environ|process\.env")
REREGISTER = re.compile(
    r"_tool_manager|\b_tools\b|\.(?:remove_tool|add_tool|send_tool_list_changed"
    r"|sendToolListChanged|update|disable|enable|remove)\s*\(|ToolListChangedNotification"
    r"|tools/list_changed|\.tool\(\)\s*\(")


DOCSTRING = re.compile(r"[\w.]*\.__doc__(?:\.\w+\(\))*|\"[^\"]*\"|'[^']*'|`[^`]*`")
CONDITION_WORDS = frozenset({"if", "else", "not", "and", "or", "None", "null", "undefined"})


def _docstring_fallback(text: str) -> bool:
    """`cls.__doc__.strip() if cls.__doc__ else ""`: only tests whether a docstring exists,
    which is fixed when the module is imported — not a description that changes later."""
    if "__doc__" not in text:
        return False
    rest = DOCSTRING.sub(" ", text)
    return all(word in CONDITION_WORDS for word in re.findall(r"[A-Za-z_]\w*", rest))


@register("agents.tool-rug-pull")
def tool_rug_pull(ctx, rule) -> None:
    """Tool definitions that change after the client approved them."""
    tools = file_tools(ctx)
    if not tools:
        return
    handler_names = {syntax.text(t.handler.child_by_field_name("name")) for t in tools
                     if t.handler is not None and t.handler.child_by_field_name("name") is not None}
    reported: set[int] = set()
    for tool in tools:
        desc = tool.description
        if desc is not None and desc.type in ("conditional_expression", "ternary_expression") \
                and not _docstring_fallback(syntax.text(desc)[:500]):
            _rug(ctx, rule, desc, tool, "its description is chosen at run time by a condition",
                 reported)
        elif desc is not None and desc.type not in ctx.profile.string_types and \
                RUNTIME_TEXT.search(syntax.text(desc)[:2000]):
            _rug(ctx, rule, desc, tool, "its description is loaded at run time", reported)
        if tool.handler is None:
            continue
        body = tool.handler.child_by_field_name("body")
        if body is None:
            continue
        for node in _walk(body):
            t = node.type
            if t in ("assignment", "assignment_expression", "augmented_assignment",
                     "augmented_assignment_expression"):
                left = node.child_by_field_name("left")
                target = syntax.text(left) if left is not None else ""
                obj, _, attr = target.rpartition(".")
                if attr == "__doc__" and obj in handler_names or \
                        attr in ("description", "inputSchema", "input_schema", "__doc__") and obj:
                    _rug(ctx, rule, node, tool, f"a tool handler rewrites `{target}`", reported)
            elif t in ctx.profile.call_types:
                fn = node.child_by_field_name("function")
                text = syntax.text(fn) if fn is not None else ""
                if REREGISTER.search(text + "(") and (
                        "tool" in text.lower() or "notif" in text.lower() or
                        text.endswith(".update") and _tool_object(text, tools)):
                    _rug(ctx, rule, node, tool,
                         f"a tool handler changes the tool list (`{text}`)", reported)


def _tool_object(text: str, tools) -> bool:
    return any(text.split(".")[0].lower() in t.name.lower().replace("-", "")
               for t in tools) or "tool" in text.lower()


def _rug(ctx, rule, node, tool, reason: str, reported: set) -> None:
    """One finding per tool: the first change found says enough."""
    if tool.node.id in reported:
        return
    reported.add(tool.node.id)
    ctx.report(rule, node, tool=tool.name, reason=reason, properties={"tool": tool.name})
