"""Template files are code: output that a template engine does not HTML-escape.

One check serves every engine; the rule's params say what raw output looks like there (EJS
`<%- x %>`, Handlebars `{{{ x }}}`, Jinja `x|safe`, Pug `!{x}`, Svelte `{@html x}`, Vue
`v-html="x"`), what a template comment looks like (output inside one is never rendered), and
which expressions are safe look-alikes: a constant, or a value that went through an escaping
filter or a sanitizer on the way (`x|escape|safe`, `DOMPurify.sanitize(x)`).
"""

from __future__ import annotations

import bisect
import fnmatch
import re

from . import REGEX, STRINGS, register


def _applies(path: str, globs) -> bool:
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(path, g) for g in globs)


def _spans(pattern: re.Pattern | None, text: str) -> tuple[list[int], list[int]]:
    if pattern is None:
        return [], []
    starts, ends = [], []
    for m in pattern.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _inside(spans: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = spans
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


@register("templates.unescaped-output",
          params={"files": STRINGS, "pattern": REGEX, "comments": REGEX, "safe": REGEX},
          optional=("comments", "safe"))
def unescaped_output(ctx, rule) -> None:
    """Each match of `pattern` in a file named by `files`, outside `comments`, whose
    expression (the group named `expr`, `expr2`…, else the whole match) does not match `safe`."""
    params = rule.match["params"]
    if not _applies(ctx.path, params["files"]):
        return
    text = ctx.doc.text
    pattern = re.compile(params["pattern"], re.MULTILINE)
    comments = _spans(re.compile(params["comments"], re.MULTILINE) if params.get("comments") else None,
                      text)
    safe = re.compile(params["safe"]) if params.get("safe") else None
    # the expression: the first group named expr… that took part (one per alternative)
    groups = [g for g in pattern.groupindex if g.startswith("expr")]
    for m in pattern.finditer(text):
        if _inside(comments, m.start()):
            continue
        expr = next((m.group(g) for g in groups if m.group(g) is not None), m.group(0))
        if safe is not None and safe.search(expr.strip()):
            continue
        whole = m.group(0)
        start = m.start() + len(whole) - len(whole.lstrip())  # at the tag, not its indentation
        ctx.report(rule, span=(start, m.end()), match=whole.strip(), expr=expr.strip())
