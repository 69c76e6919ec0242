"""Rules over the file's taint flows: each names the sink categories and sources it reports.

The analysis runs once per file (cached in `ctx.cache`); a rule only filters its result.
"""

from __future__ import annotations

from ..taint import file_flows
from ..taint.specs import LABEL_TEXT, LLM, TOOL
from ..taint.values import labels_for, source_lines
from . import STRINGS, register


MODEL_CONTROLLED = frozenset({LLM, TOOL})


@register("taint.flow", params={
    "sinks": STRINGS,
    "sources": {"type": "array", "minItems": 1, "items": {"enum": sorted(LABEL_TEXT)}}})
def taint_flow(ctx, rule) -> None:
    params = rule.match["params"]
    sinks = set(params["sinks"])
    sources = set(params["sources"])
    seen: set[int] = set()
    for flow in file_flows(ctx):
        if flow.category not in sinks or flow.node.id in seen:
            continue
        hit = labels_for(flow.taint, flow.category) & sources
        if not hit:
            continue
        seen.add(flow.node.id)
        lines = [ctx.file_line(n) for n in
                 source_lines(frozenset(t for t in flow.taint if t[0] in hit), flow.category)]
        source = ", ".join(LABEL_TEXT[label] for label in sorted(hit))
        here = [str(n) for n in lines if isinstance(n, int)]
        there = [n for n in lines if isinstance(n, str)]
        if here:
            source += f" (line {here[0]})" if len(here) == 1 else \
                f" (lines {', '.join(here[:5])})"
        if there:  # a source in the module that calls this one
            source += f" (from {', '.join(there[:3])})"
        taint = {"sink": flow.sink, "category": flow.category, "sources": sorted(hit),
                 "source_lines": lines}
        if hit & MODEL_CONTROLLED:
            taint["model_controlled"] = True  # a model chose the value (tool argument, output)
        ctx.report(rule, flow.node, sink=flow.sink, source=source, properties={"taint": taint})
