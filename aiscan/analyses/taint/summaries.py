"""Per-function summaries: which parameters reach which sinks and the return value.

While the walker is inside a function, each parameter holds the placeholder label
`arg_label(fid, i)`. A flow whose taint carries such a label is a sink the parameter reaches;
the taint of a `return` is what the function gives back. At a call of a function of the same
file, the placeholders are replaced by the taint of the actual arguments: a helper that runs
a query (or returns its argument) is understood from its call sites, and the flow is reported
at the helper's sink, where the fix belongs.

Calls into the project's own modules are kept as facts (`FileResult.facts["taint.calls"]`) and
resolved after the scan (`aiscan/pipeline/crossfile.py`): the called module is analysed again
with the tainted parameters bound to the caller's sources (`facts["taint.entry"]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...engine import syntax

CLEAN: frozenset = frozenset()
# A function's parameters carry a placeholder label `@<function start byte>:<index>` while its
# body is walked; no rule lists these labels as a source, so they are never reported.
ARG_PREFIX = "@"

MAX_SINKS = 64  # per function: a summary stays small whatever the function's size
MAX_PENDING = 2000
MAX_CALL_FACTS = 200
SELF_NAMES = frozenset({"self", "cls", "this"})
# JavaScript: a module calling its own export (`module.exports.get(url)` after
# `module.exports.get = function (url) {...}`) calls a function of this file
EXPORT_OBJECTS = frozenset({"exports", "module.exports"})
# Facts between files. Out: `FileResult.facts["taint"]` (the "taint" collector reads them from
# `ctx.cache[OUT_KEY]`): calls into other modules, this file's exported summaries, a package
# index's re-exports. In: what the cross-file round learnt, given to `Analyzer.analyze(facts=)`
# and read from `ctx.cache[INCOMING_KEY]`: tainted parameters (entry), callees' summaries.
FACTS_KEY = "taint"
OUT_KEY = "taint.out"
INCOMING_KEY = "incoming"
ENTRY_KEY = "entry"
CALLS_KEY = "calls"
EXPORTS_KEY = "exports"  # this file's function summaries, for other modules' calls
IMPORTED_KEY = "imported"  # summaries of the other modules' functions this file calls
REEXPORTS_KEY = "reexports"  # a package index's imports: what it re-exports
MAX_EXPORTS = 200


def arg_label(fid: int, index: int) -> str:
    return f"{ARG_PREFIX}{fid}:{index}"


def real(taint: frozenset) -> frozenset:
    """The part of a taint that comes from real sources (no parameter placeholders)."""
    return frozenset(t for t in taint if not t[0].startswith(ARG_PREFIX))


@dataclass
class Summary:
    fid: int
    name: str
    params: list[str]  # positional parameters as a caller fills them (no self/cls)
    returns: frozenset = CLEAN
    sinks: list = field(default_factory=list)  # (category, node, sink name, taint)


def function_name(node, profile) -> str | None:
    """The name a caller uses for a function: its own, or the name it is assigned to
    (`const f = () => …`, `exports.f = function …`, `{ f: function … }`)."""
    name = node.child_by_field_name("name")
    if name is not None:
        return syntax.text(name)
    if node.type == "func_literal":  # Go: stored in a field or returned by a factory
        from .dispatch import literal_name

        return literal_name(node)
    parent = node.parent
    if parent is None:
        return None
    if parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
    elif parent.type in ("assignment_expression", "assignment"):
        target = parent.child_by_field_name("left")
    elif parent.type == "pair":
        target = parent.child_by_field_name("key")
    else:
        return None
    if target is None:
        return None
    if target.type in profile.attribute_types:
        target = target.child_by_field_name("property") or \
            target.child_by_field_name("attribute") or target
    return syntax.text(target).strip("'\"") if target.end_byte - target.start_byte < 200 else None


def local_callee(call, profile, imports: dict) -> str | None:
    """The function name a call refers to when it can be a function of this file: a plain
    name not bound by an import (`helper(x)`), or a method of self/this (`self.helper(x)`)."""
    if call.type == "method_invocation":  # Java
        obj = call.child_by_field_name("object")
        name = call.child_by_field_name("name")
        if name is None or (obj is not None and syntax.text(obj) not in SELF_NAMES):
            return None
        return syntax.text(name)
    fn = call.child_by_field_name("function") or call.child_by_field_name("constructor")
    if fn is None:
        return None
    if fn.type == "identifier":
        name = syntax.text(fn)
        return None if name in imports else name
    if fn.type in profile.attribute_types:
        obj = fn.child_by_field_name("object") or fn.child_by_field_name("operand")
        attr = fn.child_by_field_name("attribute") or fn.child_by_field_name("property") or \
            fn.child_by_field_name("field")
        if obj is not None and attr is not None and (
                syntax.text(obj) in SELF_NAMES or syntax.text(obj) in EXPORT_OBJECTS):
            return syntax.text(attr)
    return None


def argument_taints(call, profile, taint_of) -> tuple[list, dict]:
    positional, keywords = syntax.call_arguments(call, profile)
    return [taint_of(a) for a in positional], \
        {k: taint_of(v) for k, v in keywords.items() if k != "**"}


def bound_taint(summary: Summary, index: int, positional: list, keywords: dict) -> frozenset:
    if index < len(positional):
        return positional[index]
    if index < len(summary.params):
        return keywords.get(summary.params[index], CLEAN)
    return CLEAN


def substitute(taint: frozenset, summary: Summary, positional: list, keywords: dict,
               keep_real: bool) -> frozenset:
    """`taint` (inside the function) with the function's placeholders replaced by the taint
    of the actual arguments, keeping what a sanitizer in the function already neutralised."""
    prefix = f"{ARG_PREFIX}{summary.fid}:"
    # a value a function gives back is no longer the request's "as it came" (a login check
    # returns the user name it verified): it is not reported as stored in the session
    returned = frozenset({"session"}) if keep_real else frozenset()
    out = set()
    for item in taint:
        label, done, _ = item
        if label.startswith(prefix):
            try:
                index = int(label[len(prefix):])
            except ValueError:
                continue
            actual = bound_taint(summary, index, positional, keywords)
            extra = done | returned
            out.update((lab, d | extra, line) for lab, d, line in actual) if extra else \
                out.update(actual)
        elif keep_real:
            out.add(item)
    return frozenset(out)


def export(summary: Summary) -> dict | None:
    """A summary as JSON for other modules: the sinks each parameter reaches (unless a
    sanitizer on the way neutralised it for that sink), the parameters the return value
    carries, and the sources it returns itself."""
    prefix = f"{ARG_PREFIX}{summary.fid}:"
    sinks: dict[str, list] = {}
    for category, node, sink, taint in summary.sinks:
        for label, done, _ in taint:
            if label.startswith(prefix) and category not in done:
                items = sinks.setdefault(label[len(prefix):], [])
                item = [category, sink, node.start_point[0] + 1]
                if item not in items and len(items) < 8:
                    items.append(item)
    returns: dict[str, list] = {}
    sources = []
    for label, done, line in summary.returns:
        if label.startswith(prefix):
            returns[label[len(prefix):]] = sorted(done)
        elif not label.startswith(ARG_PREFIX) and isinstance(line, int) and len(sources) < 8:
            sources.append([label, sorted(done), line])
    if not sinks and not returns and not sources:
        return None
    return {"params": summary.params, "sinks": sinks, "returns": returns, "sources": sources}


def imported_taint(export_: dict, where: str, positional: list, keywords: dict) -> frozenset:
    """What a call of another module's function returns, from its exported summary."""
    out = set()
    params = export_.get("params") or []
    for key, done in (export_.get("returns") or {}).items():
        actual = _actual(key, params, positional, keywords)
        out.update((lab, d | frozenset(done) | {"session"}, line) for lab, d, line in actual)
    for label, done, line in export_.get("sources") or ():
        out.add((str(label), frozenset(done), f"{where}:{line}" if isinstance(line, int)
                 else str(line)))
    return frozenset(out)


def _actual(key: str, params: list, positional: list, keywords: dict) -> frozenset:
    if not key.isdigit():
        return CLEAN
    index = int(key)
    if index < len(positional):
        return positional[index]
    if index < len(params):
        return keywords.get(params[index], CLEAN)
    return CLEAN


def imported_sinks(export_: dict, positional: list, keywords: dict):
    """(category, sink, line, taint of the argument) for each sink the call's arguments reach."""
    params = export_.get("params") or []
    for key, items in (export_.get("sinks") or {}).items():
        actual = real(_actual(key, params, positional, keywords))
        if actual:
            for category, sink, line in items:
                yield category, sink, line, actual


# Names a file may define as functions, over-approximated from its text (one regex pass in C,
# cheaper than a tree query): only calls of these names can use a summary of this file.
_DEFINITIONS = {
    "python": re.compile(r"\bdef\s+(\w+)"),
    "javascript": re.compile(
        r"\bfunction\s*\*?\s*([\w$]+)|([\w$]+)\s*[=:]\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*=>"
        r"|[\w$]+\s*=>)|^[ \t]*(?:(?:public|private|protected|static|async|get|set)\s+)*"
        r"([\w$]+)\s*\([^()]*\)\s*(?::[^{;]+)?\{", re.M),
    "go": re.compile(r"\bfunc\s+(?:\([^)]*\)\s*)?(\w+)"),
    "java": re.compile(r"(\w+)\s*\([^;{}()]*\)\s*(?:throws\s+[\w.,\s]+)?\{"),
}
_DEFINITIONS["typescript"] = _DEFINITIONS["tsx"] = _DEFINITIONS["javascript"]


def defined_functions(text: str, language: str) -> frozenset[str]:
    rx = _DEFINITIONS.get(language)
    if rx is None:
        return frozenset()
    return frozenset(name for match in rx.findall(text)
                     for name in ((match,) if isinstance(match, str) else match) if name)
