"""Template files are code: output that a template engine does not HTML-escape.

One check serves every engine; the rule's params say what raw output looks like there (EJS
`<%- x %>`, Handlebars `{{{ x }}}`, Jinja `x|safe`, Pug `!{x}`, Svelte `{@html x}`, Vue
`v-html="x"`), what a template comment looks like (output inside one is never rendered), and
which expressions are safe look-alikes: a constant, or a value that went through an escaping
filter or a sanitizer on the way (`x|escape|safe`, `DOMPurify.sanitize(x)`).

Some calls are safe look-alikes that a regex cannot delimit (their arguments may hold
parentheses and quotes), so the check reads them itself, and only when the whole expression
is that one call:
- `translations`: a translation of a constant message, `_('Use <b>this</b>')|safe`. The
  markup is the application's own text (its translators' too); keyword arguments
  (`_('… %(url)s', url=x)`) are escaped by Jinja's new-style gettext, which Flask-Babel
  installs, whenever autoescaping is on.
- `markup_calls`: calls that return markup they escaped themselves (a WTForms field,
  `field(**kwargs)|safe`, the form-rendering macro of Flask's documentation).
- `constant_files`: a call whose single argument is a constant file name
  (`static_include("icons/plus.svg")|safe`): a file the application ships, named by its code.
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


_CALL = re.compile(r"([A-Za-z_][\w.]*)\s*\(")
_STRING = re.compile(r"""\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*""")
_FILE_NAME = re.compile(r"""\s*(['"])[\w][\w./-]*\.[A-Za-z0-9]{1,5}\1\s*""")


def _whole_call(expr: str):
    """(callee, argument text) when `expr` is one call and nothing else, else None."""
    m = _CALL.match(expr)
    if m is None:
        return None
    depth, quote, i = 0, None, m.end() - 1
    while i < len(expr):
        ch = expr[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return (m.group(1), expr[m.end():i]) if not expr[i + 1:].strip() else None
        i += 1
    return None


def _safe_call(expr: str, translations: frozenset, markup_calls, constant_files: bool) -> bool:
    call = _whole_call(expr)
    if call is None:
        return False
    name, args = call
    if name in translations:
        first = _STRING.match(args)
        return first is not None and (first.end() == len(args) or args[first.end()] == ",")
    if markup_calls is not None and markup_calls.fullmatch(name):
        return True
    return constant_files and _FILE_NAME.fullmatch(args) is not None


@register("templates.unescaped-output",
          params={"files": STRINGS, "pattern": REGEX, "comments": REGEX, "safe": REGEX,
                  "translations": STRINGS, "markup_calls": REGEX,
                  "constant_files": {"type": "boolean"}},
          optional=("comments", "safe", "translations", "markup_calls", "constant_files"))
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
    translations = frozenset(params.get("translations", ()))
    markup_calls = re.compile(params["markup_calls"]) if params.get("markup_calls") else None
    constant_files = bool(params.get("constant_files"))
    # the expression: the first group named expr… that took part (one per alternative)
    groups = [g for g in pattern.groupindex if g.startswith("expr")]
    for m in pattern.finditer(text):
        if _inside(comments, m.start()):
            continue
        expr = next((m.group(g) for g in groups if m.group(g) is not None), m.group(0))
        if safe is not None and safe.search(expr.strip()):
            continue
        if (translations or markup_calls or constant_files) and _safe_call(
                expr.strip(), translations, markup_calls, constant_files):
            continue
        whole = m.group(0)
        start = m.start() + len(whole) - len(whole.lstrip())  # at the tag, not its indentation
        ctx.report(rule, span=(start, m.end()), match=whole.strip(), expr=expr.strip())
