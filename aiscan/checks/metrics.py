"""Function metrics: cyclomatic complexity, length, parameter count, nesting depth.

Computed once per file (memoised in `ctx.cache`) and shared by the four metric rules of each
language. Python complexity comes from radon on `ast.parse` (imported lazily); files `ast`
cannot parse, and the other languages, are counted on the tree-sitter tree. Every walk here is
an explicit stack: files can nest thousands of levels.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import syntax
from . import register

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


def _walk_body(node, family: str) -> tuple[int, int]:
    """(decision points, deepest nesting) inside `node`, not counting nested functions."""
    decisions = DECISIONS[family]
    functions = FUNCTIONS[family]
    count = 0
    deepest = 0
    stack = [(c, 0) for c in node.children]
    while stack:
        cur, depth = stack.pop()
        t = cur.type
        if t in functions or t == "lambda":
            continue
        if t in decisions:
            count += 1
        elif t == "binary_expression" and family != "python":
            op = cur.child_by_field_name("operator")
            if op is not None and op.type in SHORT_CIRCUIT:
                count += 1
        if t in NESTING and not (t == "if_statement" and cur.parent is not None
                                 and cur.parent.type == "else_clause"):
            depth += 1  # `else if` stays at its `if`'s level
            deepest = max(deepest, depth)
        stack.extend((c, depth) for c in cur.children)
    return count, deepest


def _radon_complexity(ctx) -> dict[tuple[int, str], int] | None:
    """(def line, name) -> complexity from radon, or None when `ast` can't parse the file."""
    import ast

    try:
        tree = ast.parse(ctx.doc.text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    try:
        from radon.complexity import cc_visit_ast
    except ImportError:
        return None
    try:
        blocks = cc_visit_ast(tree)
    except RecursionError:
        return None
    out: dict[tuple[int, str], int] = {}
    stack = list(blocks)
    while stack:
        block = stack.pop()
        if hasattr(block, "methods"):
            stack.extend(block.methods)
            continue
        out[(block.lineno, block.name)] = block.complexity
        stack.extend(getattr(block, "closures", ()))
    return out


def file_metrics(ctx) -> list[FunctionMetrics]:
    cached = ctx.cache.get("metrics.functions")
    if cached is not None:
        return cached
    family = FAMILY.get(ctx.language or "")
    out: list[FunctionMetrics] = []
    if family is None or ctx.tree is None:
        ctx.cache["metrics.functions"] = out
        return out
    radon = _radon_complexity(ctx) if family == "python" else None
    functions = FUNCTIONS[family]
    stack = [ctx.tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in functions:
            name_node = _name_node(node)
            name = syntax.text(name_node) if name_node is not None else "<anonymous>"
            decisions, nesting = _walk_body(node, family)
            cc = decisions + 1
            if radon is not None:
                cc = radon.get((node.start_point[0] + 1, name), cc)
            out.append(FunctionMetrics(
                name=name, node=name_node if name_node is not None else node, complexity=cc,
                length=node.end_point[0] - node.start_point[0] + 1,
                params=_count_params(node, family), nesting=nesting))
        stack.extend(reversed(node.children))
    ctx.cache["metrics.functions"] = out
    result = ctx.cache.get("result")
    if result is not None and out:  # a per-file summary for reports and the checklist
        result.facts["metrics"] = {
            "functions": len(out),
            "max_complexity": max(f.complexity for f in out),
            "max_function_lines": max(f.length for f in out),
            "max_nesting": max(f.nesting for f in out),
        }
    return out


def _limit(rule, key: str, default: int) -> int:
    return int((rule.match.get("params") or {}).get(key, default))


@register("metrics.complexity")
def complexity(ctx, rule) -> None:
    limit = _limit(rule, "max_complexity", 15)
    for f in file_metrics(ctx):
        if f.complexity > limit:
            ctx.report(rule, f.node, name=f.name, value=f.complexity, limit=limit)


@register("metrics.function-length")
def function_length(ctx, rule) -> None:
    limit = _limit(rule, "max_lines", 80)
    for f in file_metrics(ctx):
        if f.length > limit:
            ctx.report(rule, f.node, name=f.name, value=f.length, limit=limit)


@register("metrics.parameters")
def parameters(ctx, rule) -> None:
    limit = _limit(rule, "max_params", 7)
    for f in file_metrics(ctx):
        if f.params > limit:
            ctx.report(rule, f.node, name=f.name, value=f.params, limit=limit)


@register("metrics.nesting")
def nesting(ctx, rule) -> None:
    limit = _limit(rule, "max_depth", 5)
    for f in file_metrics(ctx):
        if f.nesting > limit:
            ctx.report(rule, f.node, name=f.name, value=f.nesting, limit=limit)


@register("metrics.file-length")
def file_length(ctx, rule) -> None:
    limit = _limit(rule, "max_lines", 1000)
    text = ctx.doc.text
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > limit:
        from ..model import Location

        # At the first line past the limit: the file's first line is a licence or an import.
        ctx.report(rule, location=Location(ctx.path, limit + 1, 1, limit + 1, 1), value=lines,
                   limit=limit)
