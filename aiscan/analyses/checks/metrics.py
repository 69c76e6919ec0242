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


def file_metrics(ctx) -> list[FunctionMetrics]:
    cached = ctx.cache.get("metrics.functions")
    if cached is not None:
        return cached
    family = FAMILY.get(ctx.language or "")
    out: list[FunctionMetrics] = []
    if family is None or ctx.tree is None:
        ctx.cache["metrics.functions"] = out
        return out
    for node, decision_points, nesting in _sweep(ctx, family):
        name_node = _name_node(node)
        name = syntax.text(name_node) if name_node is not None else "<anonymous>"
        cc = decision_points + 1
        if family == "python" and cc >= RADON_FROM:
            cc = _radon_complexity(ctx, node) or cc
        out.append(FunctionMetrics(
            name=name, node=name_node if name_node is not None else node, complexity=cc,
            length=node.end_point[0] - node.start_point[0] + 1,
            params=_count_params(node, family), nesting=nesting))
    ctx.cache["metrics.functions"] = out  # the `metrics` fact collector summarises it
    return out


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
        limit = _limit(rule, param, default)
        for f in file_metrics(ctx):
            value = getattr(f, field)
            if value > limit:
                ctx.report(rule, f.node, name=f.name, value=value, limit=limit)
    return check


for _name, (_field, _param, _default, _) in THRESHOLDS.items():
    register(_name, params={_param: LIMIT}, optional=(_param,))(
        _threshold_check(_field, _param, _default))


@register(FILE_LENGTH[0], params={FILE_LENGTH[1]: LIMIT}, optional=(FILE_LENGTH[1],))
def file_length(ctx, rule) -> None:
    limit = _limit(rule, FILE_LENGTH[1], FILE_LENGTH[2])
    text = ctx.doc.text
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > limit:
        from ...model import Location

        # At the first line past the limit: the file's first line is a licence or an import.
        ctx.report(rule, location=Location(ctx.path, limit + 1, 1, limit + 1, 1), value=lines,
                   limit=limit)


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
        if params != (rule.match.get("params") or {}):
            rule = dataclasses.replace(rule, match={**rule.match, "params": params})
        out.append(rule)
    return out
