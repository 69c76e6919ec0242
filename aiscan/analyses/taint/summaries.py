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
ENTRY_KEY = "taint.entry"
CALLS_KEY = "taint.calls"


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
        if obj is not None and attr is not None and syntax.text(obj) in SELF_NAMES:
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
    out = set()
    for item in taint:
        label, done, _ = item
        if label.startswith(prefix):
            try:
                index = int(label[len(prefix):])
            except ValueError:
                continue
            actual = bound_taint(summary, index, positional, keywords)
            out.update((lab, d | done, line) for lab, d, line in actual) if done else \
                out.update(actual)
        elif keep_real:
            out.add(item)
    return frozenset(out)
