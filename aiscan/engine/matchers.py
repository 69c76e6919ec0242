"""The engine's vocabulary: what a rule's `match` clause can say.

- `call`: a call whose callee resolves (through imports) to a qualified name, with argument
  conditions;
- `assign`: an assignment to a target name, with a condition on the value;
- `query`: a raw tree-sitter query, reported at its `@match` capture (or its first capture);
- `regex`: a pattern over the text, the comments or the string literals of a file;
- `check`: a named Python function, for logic data can't express.
"""

from __future__ import annotations

import bisect
import fnmatch
import functools
import re
from typing import Any

from . import syntax
from .context import FileContext
from .imports import resolve
from .intended_text import intended_text
from ..model import Rule
from ..analyses.taint.flows import proven_safe


def _names(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


@functools.lru_cache(maxsize=None)
def _compile(pattern: str, flags: int = 0):
    return re.compile(pattern, flags)


class _Lazy:
    """A regex compiled on first use: most rules never fire in a small scan, and compiling
    every rule's patterns up front was a third of a pre-commit run's start-up."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags, self._compiled = source, flags, None

    def __getattr__(self, name):  # search, finditer, fullmatch, ...
        if self._compiled is None:
            self._compiled = _compile(self.source, self.flags)
        return getattr(self._compiled, name)


def _lazy_glob(patterns: list[str]):
    if not patterns:
        return None
    return _Lazy("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


class Condition:
    """A test on one argument (`arg`/`keyword`) or on an assigned value."""

    def __init__(self, spec: dict[str, Any]):
        self.arg = spec.get("arg")
        self.keyword = spec.get("keyword")
        self.is_ = spec.get("is")
        self.has_equals = "equals" in spec
        self.equals = spec.get("equals")
        self.in_ = spec.get("in")
        self.matches = _Lazy(spec["matches"]) if "matches" in spec else None
        self.negate = bool(spec.get("not", False))
        # the argument must not be provably safe for this sink category (see taint.proven_safe)
        self.unsafe_for = spec.get("unsafe_for")
        # also test what a local variable argument was assigned (a few hops) in its function
        self.follow = bool(spec.get("follow", False))

    def pick(self, positional: list, keywords: dict):
        if self.keyword is not None and self.keyword in keywords:
            return keywords[self.keyword]
        if self.arg is not None and self.arg < len(positional):
            node = positional[self.arg]
            if node.type in ("keyword_argument", "list_splat", "dictionary_splat", "spread_element"):
                return None
            return node
        return None

    def test_value(self, node, ctx: FileContext) -> bool:
        if self.follow and node is not None:
            values = local_values(ctx, node)
            if len(values) > 1:
                result = self._test_followed(values, ctx)
                return result != self.negate
        result = self._test(node, ctx)
        return result != self.negate

    def _test_followed(self, values: list, ctx: FileContext) -> bool:
        """The argument and the values its local variables were assigned: `is` holds when it
        holds for any of them, `matches` on their joined text. A bare name bound to one value
        and never updated in place is judged by that value alone (`nl = "\\n"; Markup(nl)`
        is a constant)."""
        tested = values
        if values[0].type == "identifier" and _bound_once(ctx, values[0]):
            tested = values[1:]
        if self.is_ is not None and not any(self._test_is(v, ctx) for v in tested):
            return False
        if self.matches is not None and \
                not self.matches.search("\n".join(syntax.text(v) for v in values)):
            return False
        # the argument itself (values[0]) proven safe by the taint walk
        if self.unsafe_for is not None and proven_safe(ctx, values[0], self.unsafe_for):
            return False
        return True

    def _test_is(self, node, ctx: FileContext) -> bool:
        kind = syntax.value_kind(node, ctx.profile)
        return {"literal": kind == syntax.LITERAL, "non-literal": kind != syntax.LITERAL,
                "built": kind == syntax.BUILT}.get(self.is_, True)

    def _test(self, node, ctx: FileContext) -> bool:
        profile = ctx.profile
        if self.is_ == "absent":
            return node is None
        if node is None:
            return False
        if self.is_ == "present":
            return True
        if self.is_ is not None:
            kind = syntax.value_kind(node, profile)
            if self.is_ == "literal" and kind != syntax.LITERAL:
                return False
            if self.is_ == "non-literal" and kind == syntax.LITERAL:
                return False
            if self.is_ == "built" and kind != syntax.BUILT:
                return False
        if self.has_equals or self.in_ is not None:
            value = syntax.literal_value(node, profile)
            if value is syntax.NOT_CONSTANT:
                return False
            if self.has_equals and not _same(value, self.equals):
                return False
            if self.in_ is not None and not any(_same(value, v) for v in self.in_):
                return False
        if self.matches is not None and not self.matches.search(syntax.text(node)):
            return False
        if self.unsafe_for is not None and proven_safe(ctx, node, self.unsafe_for):
            return False
        return True


def _same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (isinstance(a, bool) and isinstance(b, bool) and a == b)
    return a == b


class CallMatcher:
    def __init__(self, rule: Rule, clause: dict):
        spec = clause["call"]
        self.rule = rule
        self.message = clause.get("message")
        self.patterns = _names(spec["callee"])
        self.callee = _lazy_glob(self.patterns)
        self.not_callee = _lazy_glob(_names(spec.get("not_callee")))
        self.where = [Condition(c) for c in spec.get("where", [])]
        # report at this argument (the one that makes the call a finding) when present
        self.report_at = Condition(spec["report_at"]) if "report_at" in spec else None
        # the taint walk keeps a scope snapshot at these calls (Analyzer.snapshot_callees)
        self.asks_proof = any(c.unsafe_for for c in self.where)

    def index_keys(self) -> list[tuple[str, str] | None]:
        """Where to index this matcher: ("tail", last segment) for a pattern whose last
        segment is exact, ("head", first segment) for one that starts with an exact module
        (`requests.*`), None when every call must be checked (`*`)."""
        keys: list[tuple[str, str] | None] = []
        for p in self.patterns:
            tail = p.rsplit(".", 1)[-1]
            head = p.split(".", 1)[0]
            if not any(ch in tail for ch in "*?["):
                keys.append(("tail", tail))
            elif "." in p and not any(ch in head for ch in "*?["):
                keys.append(("head", head))
            else:
                keys.append(None)
        return keys

    def on_call(self, ctx: FileContext, node, name: str) -> None:
        if not self.callee.fullmatch(name):
            return
        if self.not_callee is not None and self.not_callee.fullmatch(name):
            return
        at = node
        if self.where or self.report_at is not None:
            positional, keywords = syntax.call_arguments(node, ctx.profile)
            for cond in self.where:
                if not cond.test_value(cond.pick(positional, keywords), ctx):
                    return
            if self.report_at is not None:
                at = self.report_at.pick(positional, keywords) or node
        ctx.report(self.rule, at, message=self.message, callee=name)


class AssignMatcher:
    def __init__(self, rule: Rule, clause: dict):
        spec = clause["assign"]
        self.rule = rule
        self.message = clause.get("message")
        self.target = _lazy_glob(_names(spec["target"]))
        self.value = Condition(spec["value"]) if "value" in spec else None

    def on_assign(self, ctx: FileContext, node, target: str, value) -> None:
        if not self.target.fullmatch(target):
            return
        if self.value is not None and not self.value.test_value(value, ctx):
            return
        ctx.report(self.rule, node, message=self.message, target=target)


def assignment_parts(node, ctx: FileContext):
    """(target name, value node) of an assignment-like node, or None."""
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None:
        return None
    if left.type == "expression_list":  # go: a, b := ...
        if left.named_child_count != 1:
            return None
        left = left.named_children[0]
    if right.type == "expression_list":
        if right.named_child_count != 1:
            return None
        right = right.named_children[0]
    name = resolve(syntax.dotted_name(left, ctx.profile), ctx.imports)
    return name, right


class RegexMatcher:
    def __init__(self, rule: Rule, clause: dict):
        spec = clause["regex"]
        self.rule = rule
        self.message = clause.get("message")
        flags = re.IGNORECASE if spec.get("ignore_case") else 0
        self.pattern = _Lazy(spec["pattern"], flags | re.MULTILINE)
        self.scope = spec.get("scope", "any")
        self.group = spec.get("group", 0)
        self.files = spec.get("files")
        self.exclude_files = spec.get("exclude_files")
        self.unless = spec.get("unless_value_of")

    def applies_to(self, path: str) -> bool:
        name = path.rsplit("/", 1)[-1]
        if self.files and not any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(path, g) for g in self.files):
            return False
        if self.exclude_files and any(
            fnmatch.fnmatch(name, g) or fnmatch.fnmatch(path, g) for g in self.exclude_files
        ):
            return False
        return True

    def scan_text(self, ctx: FileContext, text: str, offset: int = 0) -> None:
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            if start < 0:
                continue
            ctx.report(self.rule, span=(offset + start, offset + end), message=self.message,
                       match=m.group(self.group))

    def on_node(self, ctx: FileContext, node) -> None:
        """Scan one comment or string node."""
        self.on_joined(ctx, JoinedNodes([node]))

    def on_joined(self, ctx: FileContext, joined: "JoinedNodes") -> None:
        """Scan many comment or string nodes with one search; positions map back to the text."""
        for m in self.pattern.finditer(joined.text):
            start, end = m.span(self.group)
            if self.unless and intended_text(joined.node_at(start), self.unless, ctx.profile):
                continue
            located = joined.locate(ctx, start, end)
            if located is not None:
                ctx.report(self.rule, span=located, message=self.message, match=m.group(self.group))


class JoinedNodes:
    """The texts of many nodes joined by a separator no pattern crosses in practice, so one
    regex search replaces one search per node. Under MULTILINE, `^` and `$` still match at
    each node's start and end, as they would on the node alone."""

    SEPARATOR = "\n\x00\n"

    def __init__(self, nodes):
        self.nodes = nodes
        parts = [syntax.text(n) for n in nodes]
        self.starts: list[int] = []
        pos = 0
        for part in parts:
            self.starts.append(pos)
            pos += len(part) + len(self.SEPARATOR)
        self.lengths = [len(p) for p in parts]
        self.text = self.SEPARATOR.join(parts)

    def node_at(self, start: int):
        """The node a match starting at `start` of the joined text falls in."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or start >= self.starts[i] + self.lengths[i]:
            i += 1
        return self.nodes[i] if 0 <= i < len(self.nodes) else None

    def locate(self, ctx: FileContext, start: int, end: int) -> tuple[int, int] | None:
        """Document span of a match in the joined text, clamped to the node it falls in."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or start >= self.starts[i] + self.lengths[i]:  # began in a separator
            i += 1
            if i >= len(self.nodes):
                return None
            start = self.starts[i]
        node_start, node_len = self.starts[i], self.lengths[i]
        end = min(max(end, start), node_start + node_len)
        node = self.nodes[i]
        row, col = node.start_point
        base = ctx.doc.line_starts[row] + ctx._char_column(node.start_byte, col) - 1
        return base + start - node_start, base + end - node_start


class QueryMatcher:
    def __init__(self, rule: Rule, clause: dict):
        self.rule = rule
        self.message = clause.get("message")
        self.source = clause["query"]
        # skip a match whose capture the taint analysis proves safe for a sink category
        self.unless_safe = clause.get("unless_safe")

    def compile(self, language: str):
        return _compile_query(language, self.source)

    def run(self, ctx: FileContext) -> None:
        import tree_sitter

        query = self.compile(ctx.language)
        for _, captures in tree_sitter.QueryCursor(query).matches(ctx.tree.root_node):
            nodes = captures.get("match") or next(iter(captures.values()), None)
            if nodes and self.unless_safe is not None:
                safe = captures.get(self.unless_safe["capture"])
                if safe and proven_safe(ctx, safe[0], self.unless_safe["for"]):
                    continue
            if nodes:
                ctx.report(self.rule, nodes[0], message=self.message)


@functools.lru_cache(maxsize=None)
def _compile_query(language: str, source: str):
    import tree_sitter

    from .languages import ts_language

    return tree_sitter.Query(ts_language(language), source)


class CheckMatcher:
    def __init__(self, rule: Rule, clause: dict):
        from ..analyses.checks import get_check

        self.rule = rule
        self.check = get_check(clause["check"])  # unknown names fail at start-up
        self.node_types = self.check.node_types

    def run(self, ctx: FileContext) -> None:
        self.check.func(ctx, self.rule)

    def on_node(self, ctx: FileContext, node) -> None:
        self.check.func(ctx, self.rule, node)


MATCHER_KINDS = {
    "call": CallMatcher,
    "assign": AssignMatcher,
    "regex": RegexMatcher,
    "query": QueryMatcher,
    "check": CheckMatcher,
}


def compile_rule(rule: Rule) -> list:
    out = []
    for clause in rule.match["clauses"]:
        kind = next(k for k in MATCHER_KINDS if k in clause)
        matcher = MATCHER_KINDS[kind](rule, clause)
        matcher.languages = tuple(clause.get("languages") or ())
        out.append(matcher)
    return out


# assignment node type -> (target field, value field)
_DEFINITIONS = {
    "short_var_declaration": ("left", "right"), "assignment_statement": ("left", "right"),
    "var_spec": ("name", "value"), "variable_declarator": ("name", "value"),
    "assignment_expression": ("left", "right"), "assignment": ("left", "right"),
}
MAX_HOPS = 3
_LOOKUPS = frozenset({"index_expression", "subscript", "subscript_expression", "array_access"})


def local_values(ctx: FileContext, node) -> list:
    """`node` and, for each identifier in it, the value last assigned to that name earlier in
    the enclosing function (following up to MAX_HOPS assignments). Each function's
    assignments are collected once per file, only when a rule asks."""
    func = node.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return [node]
    table = _definitions(ctx, func)
    out, seen, frontier = [node], set(), [node]
    for _ in range(MAX_HOPS):
        nxt = []
        for n in frontier:
            names = [n] if n.type == "identifier" else [
                c for c in _identifiers(n) if c.type == "identifier"]
            for ident in names:
                name = syntax.text(ident)
                if name in seen:
                    continue
                seen.add(name)
                before = _assigned_before(table.get(name, ()), node)
                if before:
                    nxt.append(_container(before[-1]))
        out += nxt
        frontier = nxt
        if not frontier:
            break
    return out


def _assigned_before(definitions, node) -> list:
    """Values assigned before `node`, leaving out the assignment `node` is the value of
    (`newline = Markup(newline)` reads the earlier `newline`)."""
    return [v for start, v in definitions
            if start < node.start_byte and not v.start_byte <= node.start_byte < v.end_byte]


def _bound_once(ctx: FileContext, ident) -> bool:
    """The name is assigned exactly once before this use in its function and never updated in
    place (`name += ...`): that one value is the whole value, whatever branch runs."""
    func = ident.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return False
    name = syntax.text(ident)
    if len(_assigned_before(_definitions(ctx, func).get(name, ()), ident)) != 1:
        return False
    pattern = rf"(?<![\w.]){re.escape(name)}\s*(?:[-+*/%|&^@]|<<|>>|//|\*\*)="
    return re.search(pattern, syntax.text(func)) is None


def _container(node):
    """`providers[key]` -> `providers`: an element is as trustworthy as its container."""
    for _ in range(16):
        if node.type not in _LOOKUPS or not node.named_child_count:
            break
        node = node.named_children[0]
    return node


def _identifiers(node, limit: int = 64) -> list:
    out, stack = [], [node]
    while stack and len(out) < limit:
        n = stack.pop()
        if n.type == "identifier":
            out.append(n)
        elif n.type in _LOOKUPS:
            # `providers[name]` is an element of the container, not the key
            if n.named_child_count:
                stack.append(n.named_children[0])
        elif n.type not in ("field_identifier", "property_identifier"):
            stack.extend(n.named_children)
    return out


def _definitions(ctx: FileContext, func) -> dict:
    cache = ctx.cache.setdefault("matchers.definitions", {})
    table = cache.get(func.id)
    if table is None:
        table = {}
        stack = [func]
        while stack:
            n = stack.pop()
            fields = _DEFINITIONS.get(n.type)
            if fields is not None:
                left = n.child_by_field_name(fields[0])
                right = n.child_by_field_name(fields[1])
                if left is not None and right is not None:
                    lefts = left.named_children if left.type == "expression_list" else [left]
                    rights = right.named_children if right.type == "expression_list" else [right]
                    for i, target in enumerate(lefts):
                        if target.type == "identifier":
                            value = rights[i] if i < len(rights) else rights[-1]
                            table.setdefault(syntax.text(target), []).append(
                                (n.start_byte, value))
            stack.extend(n.named_children)
        for values in table.values():
            values.sort(key=lambda item: item[0])
        cache[func.id] = table
    return table
