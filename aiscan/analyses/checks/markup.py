"""PY108: a non-constant value marked as safe HTML (`Markup(x)`, `mark_safe(x)`).

What is marked must be markup someone escaped or wrote: the check stays quiet when the value
is (or, for a local name bound once, was assigned) one of
- a constant, or an expression the taint analysis proves safe for HTML: made only of
  constants and escaped values (`Markup(escape(name) + "<br>")`,
  `Markup(f"<b>{escape(name)}</b>")`);
- the output of a template render (`render_template(...)`, `render_to_string(...)`): the
  engine escaped every value it printed;
- a translation of a constant message (`_("Use <b>this</b>")`), whose keyword arguments are
  themselves proven safe: the markup is the application's own text.
It also stays quiet when the marked value is turned straight back into text
(`Markup(x).unescape()`, `.striptags()`): nothing is printed as markup.

What is left is reported at the rule's severity when the value is HTML put together from
pieces (an f-string, `+`, `%`, `.format()`, here or in the local variable passed): the classic
bug. A value passed through whose origin the check cannot see (a parameter, an attribute, a
call's result) is reported at `untraced_severity` with `untraced_message`: worth a look, and
request data reaching it is the taint rules' (PY15x) finding.
"""

from __future__ import annotations

import fnmatch
import functools
import re

from ...engine import syntax
from ...model import Severity
from . import STRING, STRINGS, register


@functools.lru_cache(maxsize=16)
def _globs(patterns: tuple[str, ...]):
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


@register("python.markup-dynamic", node_types=("call",),
          params={"callees": STRINGS, "renders": STRINGS, "translations": STRINGS,
                  "to_text": STRINGS, "untraced_severity": STRING, "untraced_message": STRING})
def markup_dynamic(ctx, rule, node) -> None:
    params = rule.match["params"]
    name = ctx.callee(node)
    if not _globs(tuple(params["callees"])).fullmatch(name):
        return
    positional, _ = syntax.call_arguments(node, ctx.profile)
    if not positional or positional[0].type in ("list_splat", "dictionary_splat",
                                                "keyword_argument"):
        return
    parent = node.parent
    if parent is not None and parent.type == "attribute" and parent.parent is not None and \
            parent.parent.type == "call" and \
            syntax.text(parent.child_by_field_name("attribute")) in params["to_text"]:
        return
    arg = positional[0]
    if syntax.value_kind(arg, ctx.profile) == syntax.LITERAL:
        return
    from ...engine.matchers import _appended_in_place, _bound_once, local_values

    values = local_values(ctx, arg)
    once = arg.type == "identifier" and _bound_once(ctx, arg)
    tested = values[1:] if once else values
    value = values[1] if once and len(values) > 1 else arg
    if _safe(ctx, value, params):
        return
    built = any(syntax.value_kind(v, ctx.profile) == syntax.BUILT for v in tested) or (
        arg.type == "identifier" and _appended_in_place(ctx, arg))
    if built:
        ctx.report(rule, node, callee=name)
        return
    finding = ctx.report(rule, node, callee=name, message=params["untraced_message"])
    finding.severity = Severity.parse(params["untraced_severity"])


def _safe(ctx, value, params) -> bool:
    if syntax.value_kind(value, ctx.profile) == syntax.LITERAL:
        return True
    from ..taint.flows import proven_safe

    if value.type == "call":
        callee = ctx.callee(value)
        if _globs(tuple(params["renders"])).fullmatch(callee):
            return True
        if _globs(tuple(params["translations"])).fullmatch(callee):
            positional, keywords = syntax.call_arguments(value, ctx.profile)
            if positional and syntax.value_kind(positional[0], ctx.profile) == syntax.LITERAL \
                    and all(proven_safe(ctx, v, "xss") for v in keywords.values()):
                return True
    return proven_safe(ctx, value, "xss")
