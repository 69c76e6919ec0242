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
from ..model import Rule, Severity
from ..analyses.taint.flows import proven_safe


def _names(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


@functools.lru_cache(maxsize=None)
def _compile(pattern: str, flags: int = 0):
    return re.compile(pattern, flags)


class _Lazy:
    """A regex compiled on first use: most rules never fire in a small scan, and compiling
    every rule's patterns up front was a third of a pre-commit run's start-up."""

    __slots__ = ("source", "flags", "_compiled", "start_class")

    def __init__(self, source: str, flags: int = 0, start_class: bool = False):
        self.source, self.flags, self._compiled = source, flags, None
        # searched through whole texts: led by a lookahead on its first characters
        self.start_class = start_class

    def __getattr__(self, name):  # search, finditer, fullmatch, ...
        if self._compiled is None:
            source = self.source
            if self.start_class:
                from .regex_start import with_start_class

                source = with_start_class(source, self.flags)
            self._compiled = _compile(source, self.flags)
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
        if self.is_ is not None and not any(self._test_is(v, ctx) for v in tested) and not (
                self.is_ == "built" and values[0].type == "identifier"
                and _appended_in_place(ctx, values[0])):
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
        if self.is_ == "compiled-constant":
            return _compiled_constant(ctx, node)
        if self.is_ == "constant-file-read":
            return _constant_file_read(ctx, node)
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
        # a clause may report its own case at another severity (a documented opt-in, a demo)
        self.severity = Severity.parse(clause["severity"]) if "severity" in clause else None
        self.opt_in = OptIn(clause["opt_in"]) if "opt_in" in clause else None
        self.patterns = _names(spec["callee"])
        self.callee = _lazy_glob(self.patterns)
        self.not_callee = _lazy_glob(_names(spec.get("not_callee")))
        self.where = [Condition(c) for c in spec.get("where", [])]
        # the file imports one of these modules: the call serves that library's purpose
        # (a Jinja environment in a module built on an LLM framework renders prompts, not HTML)
        self.unless_imports = _lazy_glob(_names(spec.get("unless_file_imports")))
        # the call's result (chained, or the name it is assigned to in its function) is only
        # ever used through these methods (`SandboxedEnvironment().parse(src)` renders nothing)
        self.unless_only = frozenset(_names(spec.get("unless_only_used_by")))
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
            if ctx.profile.name in _OPTION_OBJECT_LANGUAGES:
                keywords = named_options(ctx, positional, keywords)
            for cond in self.where:
                if not cond.test_value(cond.pick(positional, keywords), ctx):
                    return
            if self.report_at is not None:
                at = self.report_at.pick(positional, keywords) or node
        if self.unless_imports is not None and any(
                self.unless_imports.fullmatch(q) for q in ctx.imports.values()):
            return
        if self.unless_only and _only_used_by(ctx, node, self.unless_only):
            return
        if at is not node:
            # options shared by several calls: one finding at the shared setting
            seen = ctx.cache.setdefault("matchers.reported_at", set())
            key = (self.rule.id, at.start_byte, at.end_byte)
            if key in seen:
                return
            seen.add(key)
        _report(ctx, self, at, node, callee=name)


def _report(ctx: FileContext, matcher, at, node, **message_vars) -> None:
    """Report with the clause's severity and message, or with its opt-in's when the code runs
    only behind the caller's explicit opt-in."""
    opt_in = matcher.opt_in
    if opt_in is not None and opt_in.guards(ctx, node):
        finding = ctx.report(matcher.rule, at, message=opt_in.message, **message_vars)
        finding.severity = opt_in.severity
        return
    finding = ctx.report(matcher.rule, at, message=matcher.message, **message_vars)
    if matcher.severity is not None:
        finding.severity = matcher.severity


class OptIn:
    """`opt_in: {names, severity, message}`: code that runs only when a parameter or attribute
    named like `names` says so — inside an `if` (or its `else`) that tests it, or after an
    `if not allow_x: raise` guard in the same function — is a documented library option the
    caller must ask for (`verify=False`, `allow_dangerous_deserialization=True`), reported at
    its own severity."""

    def __init__(self, spec: dict):
        self.names = _Lazy(spec["names"])
        self.severity = Severity.parse(spec["severity"])
        self.message = spec["message"]

    def guards(self, ctx: FileContext, node) -> bool:
        child, parent = node, node.parent
        while parent is not None and parent.type not in ctx.profile.function_types:
            if parent.type in ("if_statement", "elif_clause"):
                cond = parent.child_by_field_name("condition")
                if cond is not None and child != cond and self.names.search(syntax.text(cond)):
                    return True
            elif parent.type == "else_clause" and parent.parent is not None:
                cond = parent.parent.child_by_field_name("condition")
                if cond is not None and self.names.search(syntax.text(cond)):
                    return True
            child, parent = parent, parent.parent
        if parent is None:
            return False
        body = parent.child_by_field_name("body")
        for stmt in (body.named_children if body is not None else ()):
            if stmt.start_byte >= node.start_byte:
                break
            if stmt.type == "if_statement":
                cond = stmt.child_by_field_name("condition")
                then = stmt.child_by_field_name("consequence")
                if cond is not None and then is not None and self.names.search(syntax.text(cond)) \
                        and any(s.type == "raise_statement" for s in then.named_children):
                    return True
        return False


def _only_used_by(ctx: FileContext, call, methods: frozenset[str]) -> bool:
    """The call's value is used, and only as the receiver of `methods`: chained
    (`Env().parse(src)`), or assigned to a local name every later read of which is
    `name.method(...)`."""
    parent = call.parent
    if parent is not None and parent.type == "attribute":
        attr = parent.child_by_field_name("attribute")
        return attr is not None and syntax.text(attr) in methods
    if parent is None or parent.type != "assignment":
        return False
    target = parent.child_by_field_name("left")
    if target is None or target.type != "identifier":
        return False
    func = parent.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return False
    name, uses = syntax.text(target), 0
    stack = [func]
    while stack:
        n = stack.pop()
        if n.type == "identifier" and n.start_byte > target.end_byte and syntax.text(n) == name:
            up = n.parent
            attr = up.child_by_field_name("attribute") if up is not None and \
                up.type == "attribute" and up.child_by_field_name("object") == n else None
            if attr is None or syntax.text(attr) not in methods:
                return False
            uses += 1
        stack.extend(n.named_children)
    return uses > 0


class AssignMatcher:
    def __init__(self, rule: Rule, clause: dict):
        spec = clause["assign"]
        self.rule = rule
        self.message = clause.get("message")
        self.severity = Severity.parse(clause["severity"]) if "severity" in clause else None
        self.opt_in = OptIn(clause["opt_in"]) if "opt_in" in clause else None
        self.target = _lazy_glob(_names(spec["target"]))
        self.value = Condition(spec["value"]) if "value" in spec else None

    def on_assign(self, ctx: FileContext, node, target: str, value) -> None:
        if not self.target.fullmatch(target):
            return
        if self.value is not None and not self.value.test_value(value, ctx):
            return
        _report(ctx, self, node, node, target=target)


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
        self.pattern = _Lazy(spec["pattern"], flags | re.MULTILINE, start_class=True)
        self.scope = spec.get("scope", "any")
        self.group = spec.get("group", 0)
        self.files = spec.get("files")
        self.exclude_files = spec.get("exclude_files")
        self.unless = spec.get("unless_value_of")
        # a match inside `if __name__ == "__main__":` reported with its own severity and message
        self.main_block = spec.get("in_main_block")

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
            if located is None:
                continue
            demo = self.main_block and syntax.in_main_block(joined.node_at(start))
            finding = ctx.report(self.rule, span=located,
                                 message=self.main_block["message"] if demo else self.message,
                                 match=m.group(self.group))
            if demo:
                finding.severity = Severity.parse(self.main_block["severity"])


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
        self.report_matches(ctx, [c for _, c in
                                  tree_sitter.QueryCursor(query).matches(ctx.tree.root_node)])

    def report_matches(self, ctx: FileContext, matches: list[dict]) -> None:
        for captures in matches:
            nodes = captures.get("match") or next(iter(captures.values()), None)
            if nodes and self.unless_safe is not None:
                safe = captures.get(self.unless_safe["capture"])
                if safe and proven_safe(ctx, safe[0], self.unless_safe["for"]):
                    continue
            if nodes:
                ctx.report(self.rule, nodes[0], message=self.message)


def joint_matches(ctx: FileContext, matchers: list[QueryMatcher]) -> list[list[dict]]:
    """The matches of several query rules from one pass over the tree (one query holding all
    their patterns), each rule's in the order its own query gives them."""
    import tree_sitter

    query, owner = _joint_query(ctx.language, tuple(m.source for m in matchers))
    out: list[list[dict]] = [[] for _ in matchers]
    for index, captures in tree_sitter.QueryCursor(query).matches(ctx.tree.root_node):
        out[owner[index]].append(captures)
    return out


@functools.lru_cache(maxsize=64)
def _joint_query(language: str, sources: tuple[str, ...]):
    """One query of many rules' patterns, and the rule (position in `sources`) of each pattern."""
    import tree_sitter

    from .languages import ts_language

    owner: list[int] = []
    for i, source in enumerate(sources):
        owner += [i] * _compile_query(language, source).pattern_count
    query = tree_sitter.Query(ts_language(language), "\n".join(sources))
    if query.pattern_count != len(owner):
        raise ValueError("joint query: pattern count differs from the rules' queries")
    return query, owner


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
_OPTION_OBJECT_LANGUAGES = frozenset({"javascript", "typescript", "tsx"})


def named_options(ctx: FileContext, positional: list, keywords: dict) -> dict:
    """JavaScript options passed by name: `jwt.verify(token, key, options)` with
    `const options = { algorithms: [...] }` bound once in an enclosing scope (the function or
    the module). Its properties count as keywords, as an inline object's do; a property written
    inline wins. A name assigned more than once, or to anything but an object literal, adds
    nothing: the value at the call is not known."""
    out = keywords
    for arg in positional:
        if arg.type != "identifier":
            continue
        value = _bound_object(ctx, arg)
        if value is None:
            continue
        props = {}
        for prop in value.named_children:
            if prop.type == "pair":
                key, val = prop.child_by_field_name("key"), prop.child_by_field_name("value")
                if key is not None and val is not None:
                    props[syntax.text(key).strip("'\"`")] = val
            elif prop.type == "shorthand_property_identifier":
                props[syntax.text(prop)] = prop
            elif prop.type == "spread_element":
                props.setdefault("**", prop)
        if props:
            out = {**props, **out}
    return out


def _bound_object(ctx: FileContext, ident):
    """The object literal `ident` names: the one value it is given in the nearest enclosing
    function (or the module) that assigns it at all, when that value is an object literal."""
    name = syntax.text(ident)
    scope = ident.parent
    while scope is not None:
        if scope.type in ctx.profile.function_types or scope.parent is None:
            values = _definitions(ctx, scope).get(name)
            if values:
                if len(values) != 1:
                    return None
                value = values[0][1]
                if value.type in ("as_expression", "satisfies_expression") and \
                        value.named_child_count:
                    value = value.named_children[0]
                return value if value.type == "object" else None
        scope = scope.parent
    return None
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


def last_assignment(ctx: FileContext, ident):
    """The value last assigned to this identifier's name earlier in its function, or None."""
    func = ident.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return None
    before = _assigned_before(_definitions(ctx, func).get(syntax.text(ident), ()), ident)
    return before[-1] if before else None


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


def _compiled_constant(ctx: FileContext, node) -> bool:
    """A code object compiled from constant text: `compile("x = 1", ...)` itself, or a local
    name first bound to one and afterwards only rebuilt from itself (`code =
    code.replace(co_name=...)`, `CodeType(code.co_argcount, ...)`), never given new bytecode.
    Constant text may be repeated a computed number of times (`"\\n" * (lineno - 1)` moves
    the code to a line), which adds no code."""
    if _is_compile_of_constant(node):
        return True
    if node.type != "identifier":
        return False
    func = node.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return False
    name = syntax.text(node)
    values = [v for _, v in _definitions(ctx, func).get(name, ()) if v.start_byte < node.start_byte]
    if not values or not _is_compile_of_constant(values[0]):
        return False
    self_ref = re.compile(rf"(?<![\w.]){re.escape(name)}\.")
    # new bytecode is new code; `CodeType(code.co_argcount, ..., code.co_code, ...)` keeps it
    other_code = re.compile(rf"(?<!(?<![\w.]){re.escape(name)}\.)\bco_code\b")
    return all(self_ref.search(syntax.text(v)) and not other_code.search(syntax.text(v))
               for v in values[1:])


def _is_compile_of_constant(node) -> bool:
    if node.type != "call":
        return False
    fn = node.child_by_field_name("function")
    args = node.child_by_field_name("arguments")
    if fn is None or syntax.text(fn) not in ("compile", "builtins.compile") or args is None \
            or not args.named_children:
        return False
    return _constant_text(args.named_children[0])


def _constant_text(node) -> bool:
    if node.type == "parenthesized_expression" and node.named_child_count == 1:
        return _constant_text(node.named_children[0])
    if node.type == "string":
        return not any(c.type == "interpolation" for c in node.named_children)
    if node.type == "concatenated_string":
        return all(_constant_text(c) for c in node.named_children)
    if node.type == "binary_operator":
        op = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op is None or left is None or right is None:
            return False
        if op.type == "+":
            return _constant_text(left) and _constant_text(right)
        if op.type == "*":  # "\n" * n: constant text, repeated
            return _constant_text(left) or _constant_text(right)
    return False


_READS = frozenset({"read_text", "read_bytes", "read", "open"})
_PATH_CALLS = frozenset({"Path", "pathlib.Path", "PurePath", "os.path.join", "os.path.dirname",
                         "os.path.abspath", "os.path.realpath", "os.path.normpath"})
_PATH_METHODS = frozenset({"resolve", "absolute", "joinpath", "with_suffix", "with_name"})


def _constant_file_read(ctx: FileContext, node) -> bool:
    """The contents of a file at a path fixed in the code (`Path("docs/mkdocs.yml").read_text()`,
    `open(CONFIG_PATH)` with `CONFIG_PATH = ROOT / "config.yml"`): a file of the project itself,
    not one a user chose."""
    if node.type != "call":
        return False
    fn = node.child_by_field_name("function")
    args = node.child_by_field_name("arguments")
    if fn is None:
        return False
    if fn.type == "attribute":
        attr = fn.child_by_field_name("attribute")
        obj = fn.child_by_field_name("object")
        if attr is not None and syntax.text(attr) in _READS and obj is not None:
            if obj.type == "call" and syntax.text(attr) == "read":  # open(PATH).read()
                return _constant_file_read(ctx, obj)
            return _constant_path(ctx, obj, 0)
    if syntax.text(fn) in ("open", "io.open") and args is not None and args.named_children:
        return _constant_path(ctx, args.named_children[0], 0)
    return False


def _constant_path(ctx: FileContext, node, depth: int) -> bool:
    if depth > 6:
        return False
    t = node.type
    if t == "string":
        return not any(c.type == "interpolation" for c in node.named_children)
    if t == "identifier":
        name = syntax.text(node)
        if name == "__file__":
            return True
        # every binding of the name in the file is a constant path (module constants)
        values = _definitions(ctx, ctx.tree.root_node).get(name, ())
        return bool(values) and all(_constant_path(ctx, v, depth + 1) for _, v in values)
    if t == "parenthesized_expression" and node.named_child_count == 1:
        return _constant_path(ctx, node.named_children[0], depth + 1)
    if t == "binary_operator":
        op = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return op is not None and op.type in ("/", "+") and left is not None and \
            right is not None and _constant_path(ctx, left, depth + 1) and \
            _constant_path(ctx, right, depth + 1)
    if t == "attribute":  # Path(__file__).parent
        attr = node.child_by_field_name("attribute")
        obj = node.child_by_field_name("object")
        return attr is not None and syntax.text(attr) in ("parent", "parents") and \
            obj is not None and _constant_path(ctx, obj, depth + 1)
    if t == "call":
        fn = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if fn is None or args is None:
            return False
        parts = [a for a in args.named_children if a.type != "keyword_argument"]
        if ctx.callee(node) in _PATH_CALLS:
            return all(_constant_path(ctx, a, depth + 1) for a in parts)
        if fn.type == "attribute":
            attr = fn.child_by_field_name("attribute")
            obj = fn.child_by_field_name("object")
            return attr is not None and syntax.text(attr) in _PATH_METHODS and obj is not None \
                and _constant_path(ctx, obj, depth + 1) and \
                all(_constant_path(ctx, a, depth + 1) for a in parts)
    return False


def _appended_in_place(ctx: FileContext, ident) -> bool:
    """`html = "<p>"; html += user.bio`: a string put together in place is built."""
    func = ident.parent
    while func is not None and func.type not in ctx.profile.function_types:
        func = func.parent
    if func is None:
        return False
    pattern = rf"(?<![\w.]){re.escape(syntax.text(ident))}\s*[+%]=\s*(?![\d\s]*$)"
    return re.search(pattern, syntax.text(func), re.MULTILINE) is not None


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
