"""The AI bill of materials of a scan, merged from the per-file `facts["llm"]` the engine kept.

Nothing here reads source again: the facts came out of the scan's single pass (or the result
cache), and only CODEOWNERS is read from disk. Cross-file questions - how many modules call a
vendor SDK directly, how many inline their prompts - are answered here, once per scan.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..analyses.llm import catalogue
from ..analyses.llm.owners import load as load_owners

# More modules than this calling an LLM SDK directly is vendor lock-in: route calls through one
# gateway module so a provider or model change is a one-file change.
SPREAD_THRESHOLD = 3
INLINE_ORIGINS = ("literal", "built")


def build(result) -> dict:
    """The inventory of a finished `run_scan` result (JSON-serialisable)."""
    codeowners = load_owners(result.root)
    calls, clients, systems = [], [], []
    keys: dict[str, dict] = {}
    modules: dict[str, Counter] = {}
    for fr in result.file_results:
        facts = fr.facts.get("llm")
        if not facts:
            continue
        path = fr.path
        for c in facts.get("calls", []):
            calls.append({"path": path, **c})
        for c in facts.get("clients", []):
            clients.append({"path": path, **c})
        for s in facts.get("system_prompts", []):
            systems.append({"path": path, **s})
        for k in facts.get("env_keys", []):
            entry = keys.setdefault(k["name"], {"name": k["name"], "locations": [],
                                                "implicit": True})
            entry["locations"].append(f"{path}:{k['line']}")
            entry["implicit"] = entry["implicit"] and bool(k.get("implicit"))
        used = [c["provider"] for c in facts.get("calls", [])] + \
            [c["provider"] for c in facts.get("clients", [])]
        if used:
            modules[path] = Counter(used)
    owners_of = (lambda p: codeowners.owners(p)) if codeowners else (lambda p: [])  # noqa: E731
    for row in (*calls, *clients, *systems):
        row["owners"] = owners_of(row["path"])
    inline = sorted({c["path"] for c in calls if c.get("prompt") in INLINE_ORIGINS} |
                    {s["path"] for s in systems if s.get("origin") in INLINE_ORIGINS})
    tools = agent_tools(result)
    return {
        "tools": tools,
        "mcp_servers": mcp_servers(tools, _server_facts(result)),
        "providers": _providers(calls, clients),
        "models": _models(calls, clients),
        "call_sites": calls,
        "clients": clients,
        "system_prompts": systems,
        "env_keys": sorted(keys.values(), key=lambda k: k["name"]),
        "prompts": {"by_origin": dict(Counter(c.get("prompt") or "unknown" for c in calls)),
                    "inline_files": inline},
        "spread": {"modules": sorted(modules), "count": len(modules),
                   "threshold": SPREAD_THRESHOLD, "exceeded": len(modules) > SPREAD_THRESHOLD},
        "codeowners": codeowners.path if codeowners else None,
        "owners": {p: owners_of(p) for p in sorted(modules)},
    }


def agent_tools(result) -> list[dict]:
    """Every tool a model can call (MCP tools, resources and prompts, agent tools), from the
    per-file `facts["agents"]`: name, parameters, the sinks its arguments reach, flags."""
    rows = []
    for fr in result.file_results:
        for t in (fr.facts.get("agents") or {}).get("tools", []):
            rows.append({"path": fr.path, **t})
    return rows


def _server_facts(result) -> dict[str, dict]:
    return {fr.path: fr.facts["agents"]["server"] for fr in result.file_results
            if (fr.facts.get("agents") or {}).get("server")}


def mcp_servers(tools: list[dict], servers: dict[str, dict] | None = None) -> list[dict]:
    """One row per file defining MCP tools: counts, and how it is served (`servers`: path ->
    transport, authenticated, all_interfaces, from the "agents" fact)."""
    by_path: dict[str, dict] = {}
    for t in tools:
        if t["framework"] != "mcp":
            continue
        row = by_path.setdefault(t["path"], {"path": t["path"], "tools": 0, "resources": 0,
                                             "prompts": 0, "reach_sinks": 0, "flagged": 0,
                                             **(servers or {}).get(t["path"], {})})
        key = {"resource": "resources", "prompt": "prompts"}.get(t["kind"], "tools")
        row[key] += 1
        row["reach_sinks"] += bool(t["sinks"])
        row["flagged"] += bool(t["flags"])
    return sorted(by_path.values(), key=lambda r: r["path"])


def tools_checklist_fact(inventory: dict) -> list[tuple[str, str, str]]:
    """The llm-safety evidence the tools give: how many, and which reach sinks or carry text
    aimed at the model."""
    tools = inventory.get("tools") or []
    if not tools:
        return []
    risky = [t for t in tools if t["sinks"] or t["flags"]]
    servers = len(inventory.get("mcp_servers") or [])
    head = f"{len(tools)} tool(s) exposed to models ({servers} MCP server file(s))"
    if not risky:
        return [("llm-safety", "pass", f"{head}; none reaches a sink or carries instructions")]
    names = ", ".join(f"{t['name']} ({'/'.join(t['sinks'] + t['flags'])})" for t in risky[:8])
    return [("llm-safety", "warn", f"{head}; {len(risky)} reach a sink or carry text aimed at "
                                   f"the model: {names}{'…' if len(risky) > 8 else ''}")]


def _providers(calls, clients) -> list[dict]:
    rows: dict[str, dict] = defaultdict(lambda: {"calls": 0, "clients": 0, "files": set(),
                                                 "frameworks": set()})
    for kind, items in (("calls", calls), ("clients", clients)):
        for c in items:
            row = rows[c["provider"] or "unknown"]
            row[kind] += 1
            row["files"].add(c["path"])
            row["frameworks"].add(c["framework"])
    return [{"provider": p, "calls": r["calls"], "clients": r["clients"],
             "files": len(r["files"]), "frameworks": sorted(r["frameworks"])}
            for p, r in sorted(rows.items())]


def model_label(model: dict) -> str:
    """`gpt-4o`, `env:OPENAI_MODEL (default gpt-4o)`, `var:settings.model`."""
    if not model:
        return "(not set)"
    kind = model.get("kind")
    if kind in ("literal", "constant"):
        return model["value"]
    if kind == "env":
        default = f" (default {model['default']})" if model.get("default") else ""
        return f"env:{model['name']}{default}"
    return f"{kind}:{model.get('name', '?')}"


def _models(calls, clients) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for c in (*calls, *clients):
        model = c.get("model") or {}
        if not model:
            continue
        label = model_label(model)
        value = model.get("value") or model.get("default")
        row = rows.setdefault((label, c["provider"]), {
            "model": label, "provider": c["provider"], "source": model.get("kind"),
            "pinned": catalogue.pinned(value, catalogue.provider_of_model(value) or c["provider"])
            if value else None,
            "sites": []})
        row["sites"].append(f"{c['path']}:{c['line']}")
    return sorted(rows.values(), key=lambda r: (r["provider"], r["model"]))


def checklist_facts(inventory: dict) -> list[tuple[str, str, str]]:
    """(item id, status, message) facts the checklist adds for `llm-governance`."""
    spread = inventory["spread"]
    tools = tools_checklist_fact(inventory)
    if not spread["count"]:
        return tools
    where = ", ".join(spread["modules"][:10]) + ("…" if spread["count"] > 10 else "")
    if spread["exceeded"]:
        return tools + [("llm-governance", "warn",
                 f"LLM SDKs are called directly from {spread['count']} modules (more than "
                 f"{spread['threshold']}): {where}; route them through one gateway module")]
    return tools + [("llm-governance", "pass",
             f"{len(inventory['call_sites'])} LLM call site(s) in {spread['count']} module(s): "
             f"{where}")]
