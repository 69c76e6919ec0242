"""Function metrics: cyclomatic complexity, length, parameter count, nesting depth.

Computed once per file (memoised in `ctx.cache`) and shared by the four metric rules of each
language. Python complexity comes from radon on `ast.parse` (imported lazily); files `ast`
cannot parse, and the other languages, are counted on the tree-sitter tree. Every walk here is
an explicit stack: files can nest thousands of levels.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ...engine import syntax
from . import LIMIT, register

# Nodes that add a path through a function (McCabe): branches, loops, handlers, short-circuits.
DECISIONS = {
    "python": frozenset({"if_statement", "elif_clause", "for_statement", "while_statement",
                         "except_clause", "conditional_expression", "for_in_clause", "if_clause",
                         "case_clause", "boolean_operator"}),
    "js": frozenset({"if_statement", "for_statement", "for_in_statement", "while_statement",
                     "do_statement", "catch_clause", "ternary_expression", "switch_case"}),
    "go": frozenset({"if_statement", "for_statement", "expression_case", "type_case",
                     "communication_case"}),
    "java": frozenset({"if_statement", "for_statement", "enhanced_for_statement", "while_statement",
                       "do_statement", "catch_clause", "ternary_expression", "switch_label"}),
}
SHORT_CIRCUIT = frozenset({"&&", "||", "??"})
# Statements that open a nesting level.
NESTING = frozenset({
    "if_statement", "for_statement", "for_in_statement", "enhanced_for_statement", "while_statement",
    "do_statement", "try_statement", "with_statement", "switch_statement", "match_statement",
    "expression_switch_statement", "type_switch_statement", "select_statement", "switch_expression",
})
FUNCTIONS = {
    "python": frozenset({"function_definition"}),
    "js": frozenset({"function_declaration", "function_expression", "arrow_function",
                     "method_definition", "generator_function_declaration"}),
    "go": frozenset({"function_declaration", "method_declaration", "func_literal"}),
    "java": frozenset({"method_declaration", "constructor_declaration"}),
}
FAMILY = {"python": "python", "javascript": "js", "typescript": "js", "tsx": "js", "go": "go",
          "java": "java"}
RECEIVER_NAMES = frozenset({"self", "cls"})
# Test-framework calls whose callback argument is a block of test cases, not a function to size:
# a 300-line `describe("api", () => {...})` is a test file's table of contents (mocha, jest,
# vitest, jasmine, node:test, cypress). Matched on the callee's first name: `describe.each(...)`,
# `it.only`, `test.concurrent` too.
TEST_BLOCK_CALLS = frozenset({"describe", "fdescribe", "xdescribe", "context", "suite", "it",
                              "fit", "xit", "test", "specify", "beforeEach", "afterEach",
                              "beforeAll", "afterAll", "before", "after", "setup", "teardown",
                              "suiteSetup", "suiteTeardown"})


@dataclass
class FunctionMetrics:
    name: str
    node: object  # where to report: the function's name, or the function itself
    complexity: int
    length: int
    params: int
    nesting: int


def _name_node(node):
    name = node.child_by_field_name("name")
    if name is not None:
        return name
    parent = node.parent  # `const handler = () => {...}` / `handler: function () {...}`
    if parent is not None and parent.type in ("variable_declarator", "pair", "assignment_expression"):
        return parent.child_by_field_name("name") or parent.child_by_field_name("key") or \
            parent.child_by_field_name("left")
    return None


def _count_params(node, family: str) -> int:
    params = node.child_by_field_name("parameters")
    if params is None:
        single = node.child_by_field_name("parameter")  # `x => x + 1`
        return 1 if single is not None else 0
    count = 0
    for child in params.named_children:
        t = child.type
        if t == "comment":
            continue
        if family == "python" and _splat(child) in ("*", "*args"):
            # what follows `*` / `*args` is keyword-only: named at every call site, like the
            # fields of an options object (pylint's too-many-positional-arguments counts so)
            count += _splat(child) == "*args"
            count += _splat(params.named_children[-1]) == "**kwargs"
            break
        if family == "python":
            if t in ("identifier", "typed_parameter", "default_parameter", "typed_default_parameter",
                     "list_splat_pattern", "dictionary_splat_pattern"):
                first = child.named_children[0] if child.named_child_count else child
                if syntax.text(first if t != "identifier" else child) in RECEIVER_NAMES:
                    continue
                count += 1
        elif family == "go":
            names = [c for c in child.named_children if c.type == "identifier"]
            count += max(1, len(names))
        else:
            count += 1
    return count


def _splat(param) -> str | None:
    """`*`, `*args` or `**kwargs` (typed or not) for a Python parameter node, else None."""
    node = param.named_children[0] if param.type == "typed_parameter" and \
        param.named_child_count else param
    return {"keyword_separator": "*", "list_splat_pattern": "*args",
            "dictionary_splat_pattern": "**kwargs"}.get(node.type)


def _radon_complexity(ctx, node) -> int | None:
    """radon's complexity of one function, parsed on its own (the file may be large and only
    this function near a limit); None when `ast` can't parse it."""
    import ast
    import textwrap

    line_start = ctx.source.rfind(b"\n", 0, node.start_byte) + 1
    snippet = ctx.source[line_start:node.end_byte].decode("utf-8", "replace")
    try:
        tree = ast.parse(textwrap.dedent(snippet))
        from radon.complexity import cc_visit_ast

        blocks = cc_visit_ast(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError, ImportError):
        return None
    functions = [b for b in blocks if not hasattr(b, "methods")]
    return functions[0].complexity if functions else None


# radon (exact, but a Python-level AST walk) only runs on functions whose tree-sitter count
# comes near a complexity limit: the two agree on 97 % of CPython's functions, and radon is
# higher by 1-3 on most of the rest.
RADON_FROM = 13


@functools.lru_cache(maxsize=None)
def _metrics_query(language: str, family: str):
    """One query for functions, decision points and nesting statements of a language."""
    import tree_sitter

    from ...engine.languages import ts_language

    lang = ts_language(language)
    kinds = FUNCTIONS[family] | DECISIONS[family] | NESTING | {"lambda", "else_clause"}
    known = sorted(k for k in kinds if lang.id_for_node_kind(k, True) is not None)
    source = " ".join(f"({k}) @n" for k in known)
    if family != "python":  # only short-circuit operators: a minified bundle has millions of `+`
        ops = [op for op in SHORT_CIRCUIT if lang.id_for_node_kind(op, False) is not None]
        # the operator tokens themselves: a structural pattern such as
        # `(binary_expression operator: "&&")` is quadratic on deeply nested expressions
        source += "".join(f' "{op}" @n' for op in ops)
    return tree_sitter.Query(lang, source)


def _sweep(ctx, family: str):
    """(function node, decision points, deepest nesting) for each function, in one pass over
    the query's captures: an interval stack assigns each node to its innermost function."""
    import tree_sitter

    captures = tree_sitter.QueryCursor(_metrics_query(ctx.language, family)).captures(
        ctx.tree.root_node).get("n", [])
    nodes = sorted(captures, key=lambda n: (n.start_byte, -n.end_byte))
    functions, decisions = FUNCTIONS[family], DECISIONS[family]
    stats: dict[int, list] = {}  # id -> [node, decisions, deepest]
    order: list[int] = []
    stack: list[tuple[int, str, object, int]] = []  # (end_byte, kind, key, depth)
    for node in nodes:
        start = node.start_byte
        while stack and stack[-1][0] <= start:
            stack.pop()
        t = node.type
        owner = next((entry for entry in reversed(stack) if entry[1] == "fn"), None)
        if t in functions or t == "lambda":
            key = node.id
            if t != "lambda":
                stats[key] = [node, 0, 0]
                order.append(key)
            stack.append((node.end_byte, "fn", key if t != "lambda" else None, 0))
            continue
        if owner is None or owner[2] is None:
            continue  # module level, or inside a lambda
        entry = stats[owner[2]]
        if t in decisions:
            entry[1] += 1
        elif t in SHORT_CIRCUIT:  # an `&&`, `||` or `??` token
            entry[1] += 1
        if t in NESTING:
            depth = stack[-1][3] if stack[-1][1] == "nest" else 0
            if t == "if_statement" and stack[-1][1] == "else":
                depth -= 1  # `else if` stays at its `if`'s level
            depth += 1
            entry[2] = max(entry[2], depth)
            stack.append((node.end_byte, "nest", None, depth))
        elif t == "else_clause":
            depth = stack[-1][3] if stack[-1][1] in ("nest", "else") else 0
            stack.append((node.end_byte, "else", None, depth))
    return [stats[k] for k in order]


CACHE_KEY = "metrics.functions"


def file_metrics(ctx) -> list[FunctionMetrics]:
    cached = ctx.cache.get(CACHE_KEY)
    if cached is not None:
        return cached
    family = FAMILY.get(ctx.language or "")
    out: list[FunctionMetrics] = []
    if family is None or ctx.tree is None:
        ctx.cache[CACHE_KEY] = out
        return out
    for node, decision_points, nesting in _sweep(ctx, family):
        if family == "js" and (_test_block(node) or _iife(node)):
            continue
        if family == "python" and _overload(node):
            continue  # a typing signature: its body is `...`, its size is its docstring
        name_node = _name_node(node)
        name = syntax.text(name_node) if name_node is not None else "<anonymous>"
        cc = decision_points + 1
        if family == "python" and cc >= RADON_FROM:
            cc = _radon_complexity(ctx, node) or cc
        out.append(FunctionMetrics(
            name=name, node=name_node if name_node is not None else node, complexity=cc,
            length=node.end_point[0] - node.start_point[0] + 1 - _docstring_lines(node, family),
            params=_count_params(node, family), nesting=nesting))
    ctx.cache[CACHE_KEY] = out  # the `metrics` fact collector summarises it
    return out


def _test_block(node) -> bool:
    """An anonymous callback passed to `describe(...)`, `it(...)`, `beforeEach(...)`…"""
    if node.type not in ("arrow_function", "function_expression") or \
            node.child_by_field_name("name") is not None:
        return False
    args = node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return False
    callee = call.child_by_field_name("function")
    while callee is not None and callee.type in ("member_expression", "call_expression"):
        # `describe.each(table)(...)`, `test.concurrent(...)`: the name the chain starts with
        callee = callee.child_by_field_name("object") or callee.child_by_field_name("function")
    return callee is not None and callee.type == "identifier" and \
        syntax.text(callee) in TEST_BLOCK_CALLS


def _iife(node) -> bool:
    """An anonymous function called where it is written, `(() => { class X {…} return X })()`
    or a UMD `(function (root) {…})(this)`: a scope around a module or a class (what bundlers
    and compilers emit), not a function to size; the functions inside it still are."""
    if node.type not in ("arrow_function", "function_expression") or \
            node.child_by_field_name("name") is not None:
        return False
    cur = node
    while cur.parent is not None and cur.parent.type == "parenthesized_expression":
        cur = cur.parent
    parent = cur.parent
    return parent is not None and parent.type == "call_expression" and \
        parent.child_by_field_name("function") == cur


def _overload(node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "decorated_definition" and any(
        c.type == "decorator" and "overload" in syntax.text(c) for c in parent.children)


def _docstring_lines(node, family: str) -> int:
    """Lines of a Python function's docstring: documentation, not size to refactor."""
    if family != "python":
        return 0
    body = node.child_by_field_name("body")
    first = next((c for c in body.named_children if c.type != "comment"), None) \
        if body is not None else None
    if first is None or first.type != "expression_statement" or first.named_child_count != 1 \
            or first.named_children[0].type not in ("string", "concatenated_string"):
        return 0
    return first.end_point[0] - first.start_point[0] + 1


def generated(ctx) -> bool:
    """Whether a tool wrote the file (generated: a `Code generated … DO NOT EDIT` header, `_pb2.py`,
    a `generated/` folder) or it is a minified bundle, by the file-role rules of
    `aiscan.pipeline.roles`: nobody maintains such code by hand, so its size and complexity are
    nobody's to fix, whatever profile or `--include-tests` says."""
    cached = ctx.cache.get("metrics.generated")
    if cached is None:
        from ...pipeline import roles

        cached = ctx.cache["metrics.generated"] = roles.detect(ctx.path, ctx.doc.text) in (
            roles.GENERATED, roles.VENDORED)
    return cached


def _limit(rule, key: str, default: int) -> int:
    return int((rule.match.get("params") or {}).get(key, default))


# check name -> (FunctionMetrics field, rule param, default limit, metric-thresholds config key)
THRESHOLDS = {
    "metrics.complexity": ("complexity", "max_complexity", 15, "max-complexity"),
    "metrics.function-length": ("length", "max_lines", 80, "max-function-lines"),
    "metrics.parameters": ("params", "max_params", 7, "max-params"),
    "metrics.nesting": ("nesting", "max_depth", 5, "max-nesting"),
}
FILE_LENGTH = ("metrics.file-length", "max_lines", 1000, "max-file-lines")
CONFIG_KEYS = {key: (check, param) for check, (_, param, _, key) in THRESHOLDS.items()}
CONFIG_KEYS[FILE_LENGTH[3]] = (FILE_LENGTH[0], FILE_LENGTH[1])


def _threshold_check(field: str, param: str, default: int):
    def check(ctx, rule) -> None:
        if generated(ctx):
            return
        limit = _limit(rule, param, default)
        for f in file_metrics(ctx):
            value = getattr(f, field)
            if value > limit:
                ctx.report(rule, f.node, name=f.name, value=value, limit=limit,
                           properties={"value": value})  # compared with params.default_limit
    return check


for _name, (_field, _param, _default, _) in THRESHOLDS.items():
    # default_limit: the default profile reports only values above it (aiscan.pipeline.policy)
    register(_name, params={_param: LIMIT, "default_limit": LIMIT},
             optional=(_param, "default_limit"))(_threshold_check(_field, _param, _default))


@register(FILE_LENGTH[0], params={FILE_LENGTH[1]: LIMIT, "default_limit": LIMIT},
          optional=(FILE_LENGTH[1], "default_limit"))
def file_length(ctx, rule) -> None:
    """At the file's first line of code (after a licence or comment header), which is where a
    standalone `# aiscan: ignore[GEN815]` comment applies; not at the line past the limit."""
    if generated(ctx):
        return
    limit = _limit(rule, FILE_LENGTH[1], FILE_LENGTH[2])
    text = ctx.doc.text
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > limit:
        from ...model import Location

        line = _first_code_line(text)
        ctx.report(rule, location=Location(ctx.path, line, 1, line, 1), value=lines, limit=limit,
                   properties={"value": lines})  # compared with params.default_limit


COMMENT_STARTS = ("#", "//", "/*", "*", "*/")


def _first_code_line(text: str, scan: int = 200) -> int:
    for number, line in enumerate(text.split("\n", scan)[:scan], start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith(COMMENT_STARTS):
            return number
    return 1


def with_thresholds(rules, thresholds: dict):
    """The rules with `metric-thresholds` from the configuration merged into their params."""
    import dataclasses

    if not thresholds:
        return rules
    out = []
    for rule in rules:
        clauses = rule.match.get("clauses", ())
        checks = {c.get("check") for c in clauses}
        params = dict(rule.match.get("params") or {})
        for key, value in thresholds.items():
            check, param = CONFIG_KEYS[key]
            if check in checks:
                params[param] = value
                params.pop("default_limit", None)  # a configured limit is the limit everywhere
        if params != (rule.match.get("params") or {}):
            rule = dataclasses.replace(rule, match={**rule.match, "params": params})
        out.append(rule)
    return out
