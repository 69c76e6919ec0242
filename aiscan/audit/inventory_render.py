"""The inventory as text, Markdown or JSON. The audit report embeds the Markdown and text forms.

Values shown come from the scanned code (paths, model ids, variable names); the Markdown form
escapes them because GitHub renders HTML inside Markdown. Only names of key variables are
listed, never a value.
"""

from __future__ import annotations

import html
import json
import re

from .inventory import model_label

MAX_ROWS = 200  # a monorepo's thousand call sites would bury the summary


def summary(inv: dict) -> str:
    return (f"{len(inv['providers'])} provider(s), {len(inv['models'])} model(s), "
            f"{len(inv['call_sites'])} call site(s) in {inv['spread']['count']} module(s)")


def _pinned(row: dict) -> str:
    return {True: "pinned", False: "NOT PINNED", None: "configured"}[row["pinned"]]


def _owners(row: dict) -> str:
    return " ".join(row.get("owners") or [])


def spread_line(inv: dict) -> str:
    s = inv["spread"]
    verdict = (f"more than {s['threshold']}: route calls through one gateway module"
               if s["exceeded"] else f"within the threshold of {s['threshold']}")
    return f"LLM SDKs called directly from {s['count']} module(s) ({verdict})"


def tools_text(inv: dict) -> list[str]:
    """The "Agent tools" section: one line per tool a model can call."""
    tools = inv.get("tools") or []
    if not tools:
        return []
    out = ["", f"Agent tools ({len(tools)}, in {len(inv.get('mcp_servers') or [])} MCP server "
               f"file(s))"]
    for s in inv.get("mcp_servers") or []:
        if "transport" in s:
            out.append(f"  server {s['path']}: {_served(s)}")
    for t in tools[:MAX_ROWS]:
        reach = f"  reaches {', '.join(t['sinks'])}" if t["sinks"] else ""
        flags = f"  flags {', '.join(t['flags'])}" if t["flags"] else ""
        out.append(f"  {t['path']}:{t['line']}  {t['framework']} {t['kind']} {t['name']}"
                   f"({', '.join(t['params'])}){reach}{flags}")
    _more(out, tools, "  ")
    return out


def _served(server: dict) -> str:
    if server["transport"] == "stdio":
        return "stdio"
    auth = "authenticated" if server["authenticated"] else "NO AUTHENTICATION"
    bind = ", bound to 0.0.0.0" if server["all_interfaces"] else ""
    return f"HTTP, {auth}{bind}"


def tools_markdown(inv: dict, h: str) -> list[str]:
    tools = inv.get("tools") or []
    if not tools:
        return []
    out = ["", f"{h}# Agent tools", ""]
    out += [f"- MCP server {_md(s['path'])}: {_md(_served(s))}"
            for s in inv.get("mcp_servers") or [] if "transport" in s]
    out += ["", "| Location | Framework | Kind | Tool | Parameters | Reaches | Flags |",
            "|---|---|---|---|---|---|---|"]
    out += [f"| {_md(t['path'])}:{t['line']} | {_md(t['framework'])} | {_md(t['kind'])} | "
            f"{_md(t['name'])} | {_md(', '.join(t['params']))} | {_md(', '.join(t['sinks']))} | "
            f"{_md(', '.join(t['flags']))} |" for t in tools[:MAX_ROWS]]
    _more(out, tools, "")
    return out


def render_text(inv: dict) -> str:
    out = [f"LLM inventory: {summary(inv)}"]
    if not (inv["call_sites"] or inv["clients"] or inv["system_prompts"]):
        out.append("No LLM SDK usage found.")
        out += tools_text(inv)
        return "\n".join(out) + "\n"
    out += ["", "Providers"]
    for p in inv["providers"]:
        out.append(f"  {p['provider']:<14} {p['calls']} call(s), {p['clients']} client(s) in "
                   f"{p['files']} file(s)  [{', '.join(p['frameworks'])}]")
    out += ["", "Models"]
    for m in inv["models"][:MAX_ROWS]:
        out.append(f"  {m['model']:<34} {m['provider']:<12} {_pinned(m):<10} "
                   f"{', '.join(m['sites'][:5])}{' …' if len(m['sites']) > 5 else ''}")
    out += ["", "Call sites"]
    for c in inv["call_sites"][:MAX_ROWS]:
        extra = " stream" if c["stream"] else ""
        extra += "" if c["limit"] else " no-token-limit"
        owners = f"  owners: {_owners(c)}" if c.get("owners") else ""
        out.append(f"  {c['path']}:{c['line']}  {c['provider']}  {c['api']}  model "
                   f"{model_label(c['model'])}  prompt {c['prompt'] or '?'}{extra}{owners}")
    _more(out, inv["call_sites"], "  ")
    if inv["system_prompts"]:
        out += ["", "System prompts"]
        out += [f"  {s['path']}:{s['line']}  {s['origin']}" for s in inv["system_prompts"][:MAX_ROWS]]
    if inv["env_keys"]:
        out += ["", "API keys read from the environment"]
        for k in inv["env_keys"]:
            how = " (SDK default, not named in code)" if k["implicit"] else ""
            out.append(f"  {k['name']:<24} {', '.join(k['locations'][:5])}{how}")
    inline = inv["prompts"]["inline_files"]
    out += ["", "Prompts", f"  origins: {_origins(inv)}",
            f"  inlined in code in {len(inline)} file(s)" + (f": {', '.join(inline[:10])}"
                                                             if inline else "")]
    out += tools_text(inv)
    out += ["", "Gateway", f"  {spread_line(inv)}"]
    if inv["codeowners"]:
        out += ["", f"Owners ({inv['codeowners']})"]
        for path, owners in inv["owners"].items():
            out.append(f"  {path}  {' '.join(owners) or '(no owner)'}")
    return "\n".join(out) + "\n"


def _origins(inv: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(inv["prompts"]["by_origin"].items())) or "none"


def _more(out: list[str], rows: list, indent: str) -> None:
    if len(rows) > MAX_ROWS:
        out.append(f"{indent}… and {len(rows) - MAX_ROWS} more")


def _md(value) -> str:
    out = html.escape(str(value).replace("\n", " "), quote=False)
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", out)


def render_markdown(inv: dict, level: int = 1) -> str:
    h = "#" * level
    out = [f"{h} LLM inventory", "", f"{_md(summary(inv))}.", ""]
    if not (inv["call_sites"] or inv["clients"] or inv["system_prompts"]):
        return "\n".join(out + ["No LLM SDK usage found."] + tools_markdown(inv, h) + [""])
    out += [f"{h}# Providers", "", "| Provider | Calls | Clients | Files | Frameworks |",
            "|---|---:|---:|---:|---|"]
    out += [f"| {_md(p['provider'])} | {p['calls']} | {p['clients']} | {p['files']} | "
            f"{_md(', '.join(p['frameworks']))} |" for p in inv["providers"]]
    out += ["", f"{h}# Models", "", "| Model | Provider | Pinned | Where |", "|---|---|---|---|"]
    out += [f"| {_md(m['model'])} | {_md(m['provider'])} | {_pinned(m)} | "
            f"{_md(', '.join(m['sites'][:5]))} |" for m in inv["models"][:MAX_ROWS]]
    out += ["", f"{h}# Call sites", "",
            "| Location | Provider | API | Model | Prompt | Limit | Owners |",
            "|---|---|---|---|---|---|---|"]
    out += [f"| {_md(c['path'])}:{c['line']} | {_md(c['provider'])} | {_md(c['api'])} | "
            f"{_md(model_label(c['model']))} | {_md(c['prompt'] or '?')} | "
            f"{'yes' if c['limit'] else 'no'}{' (stream)' if c['stream'] else ''} | "
            f"{_md(_owners(c))} |" for c in inv["call_sites"][:MAX_ROWS]]
    _more(out, inv["call_sites"], "")
    if inv["system_prompts"]:
        out += ["", f"{h}# System prompts", ""]
        out += [f"- {_md(s['path'])}:{s['line']} ({_md(s['origin'])})"
                for s in inv["system_prompts"][:MAX_ROWS]]
    if inv["env_keys"]:
        out += ["", f"{h}# API keys read from the environment", ""]
        out += [f"- `{_md(k['name'])}`: {_md(', '.join(k['locations'][:5]))}"
                f"{' (SDK default)' if k['implicit'] else ''}" for k in inv["env_keys"]]
    out += tools_markdown(inv, h)
    inline = inv["prompts"]["inline_files"]
    out += ["", f"{h}# Prompts and gateway", "", f"- Prompt origins: {_md(_origins(inv))}",
            f"- Prompts inlined in code in {len(inline)} file(s)",
            f"- {_md(spread_line(inv))}"]
    if inv["codeowners"]:
        out += ["", f"{h}# Owners ({_md(inv['codeowners'])})", ""]
        out += [f"- {_md(p)}: {_md(' '.join(o) or '(no owner)')}" for p, o in inv["owners"].items()]
    return "\n".join(out) + "\n"


def render_json(inv: dict) -> str:
    return json.dumps(inv, indent=2, ensure_ascii=False) + "\n"
