"""Calls through function values (Go): which functions a field holds, which fields are called.

Go code often registers its handlers as values (`Sink{Handler: execHandler}`,
`Sink{Wrap: func(o any, p string) … {…}}`, `s.Handler, err = GenericHandler(s)`) and a generic
driver calls them through the field (`s.Handler(mode, input, w)`), often in another package.
The call graph is resolved by field name, the way field-based call graphs do for dynamic
languages: a call `x.F(args)` may run any function the project stores into a field `F`. Each
file says what it stores (`STORES_KEY`) and which fields it calls with tainted arguments
(`DYNCALLS_KEY`); the cross-file round binds the callers' sources to the stored functions'
parameters, so the sink inside a handler is reported with the request data that reaches it.

A function literal has no name a caller could use: one stored in a field `F` is named `.F`,
one returned by a function `G` (a factory: `return func(…) {…}`) is named `G()`. Neither can
collide with a Go identifier.
"""

from __future__ import annotations

from ...engine import syntax

STORES_KEY = "stores"  # [field, local function name] or [field, [module, function]]
DYNCALLS_KEY = "dyncalls"  # {"field": F, "args": {index: [[label, done, line]…]}}
MAX_STORES = 200
# Go's built-in functions and conversions: never a function of the project
GO_BUILTINS = frozenset({
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
    "max", "min", "new", "panic", "print", "println", "real", "recover", "string", "int",
    "int64", "int32", "uint", "uint64", "float64", "float32", "byte", "rune", "bool", "error",
})
FUNCTION_DECLS = frozenset({"function_declaration", "method_declaration"})


def literal_name(node) -> str | None:
    """The name a Go function literal is called by: `.F` when stored in field `F` of a
    composite literal, `G()` when returned by the function `G`."""
    parent = node.parent
    if parent is not None and parent.type == "literal_element":
        keyed = parent.parent
        if keyed is not None and keyed.type == "keyed_element" and keyed.named_child_count == 2 \
                and keyed.named_children[1].start_byte == parent.start_byte:
            return "." + syntax.text(keyed.named_children[0]).strip()
        return None
    if parent is not None and parent.type == "expression_list":
        parent = parent.parent
    if parent is None or parent.type != "return_statement":
        return None
    cur = parent.parent
    for _ in range(64):
        if cur is None or cur.type == "func_literal":
            return None
        if cur.type in FUNCTION_DECLS:
            name = cur.child_by_field_name("name")
            return f"{syntax.text(name)}()" if name is not None else None
        cur = cur.parent
    return None


def keyed_store(node, defined: frozenset) -> list | None:
    """`F: handler` / `F: func(…) {…}` in a composite literal: field F holds that function."""
    if node.named_child_count != 2:
        return None
    key, value = node.named_children
    field = syntax.text(key).strip()
    if value.type == "literal_element" and value.named_child_count == 1:
        value = value.named_children[0]
    if not field.isidentifier():
        return None
    if value.type == "func_literal":
        return [field, "." + field]
    if value.type == "identifier" and syntax.text(value) in defined:
        return [field, syntax.text(value)]
    return None


def assigned_stores(node, defined: frozenset, imports: dict) -> list:
    """`x.F = handler` / `x.F, err = pkg.Factory(…)`: field F holds that function (or what
    the factory returns)."""
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None or not right.named_child_count:
        return []
    targets = left.named_children if left.type == "expression_list" else [left]
    values = right.named_children if right.type == "expression_list" else [right]
    if not targets or targets[0].type != "selector_expression":
        return []
    field_node = targets[0].child_by_field_name("field")
    if field_node is None:
        return []
    field = syntax.text(field_node)
    value = values[0]
    if value.type == "identifier" and syntax.text(value) in defined and len(values) == len(
            targets):
        return [[field, syntax.text(value)]]
    if value.type != "call_expression":
        return []
    fn = value.child_by_field_name("function")
    if fn is None:
        return []
    if fn.type == "identifier":
        name = syntax.text(fn)
        return [] if name in GO_BUILTINS else [[field, [".", name]]]
    if fn.type == "selector_expression":
        operand = fn.child_by_field_name("operand")
        member = fn.child_by_field_name("field")
        if operand is not None and member is not None and operand.type == "identifier" and \
                syntax.text(operand) in imports:
            return [[field, [imports[syntax.text(operand)], syntax.text(member)]]]
    return []


def called_field(call, imports: dict) -> str | None:
    """`x.F(…)` where `x` is a value, not an imported package: the field (or method) F."""
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "selector_expression":
        return None
    operand = fn.child_by_field_name("operand")
    member = fn.child_by_field_name("field")
    if operand is None or member is None:
        return None
    head = operand
    while head.type == "selector_expression":
        head = head.child_by_field_name("operand")
        if head is None:
            return None
    if head.type == "identifier" and syntax.text(head) in imports and head is operand:
        return None
    return syntax.text(member)


def package_callee(call, imports: dict, defined: frozenset) -> str | None:
    """`helper(x)` naming no function of this file: a function of another file of the same
    Go package."""
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "identifier":
        return None
    name = syntax.text(fn)
    if name in defined or name in imports or name in GO_BUILTINS:
        return None
    return name
