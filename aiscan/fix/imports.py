"""Adding `import x` / `from x import y` to a module when a rewrite needs a name."""

from __future__ import annotations

import libcst as cst


def _module_name(node: cst.BaseExpression) -> str:
    return cst.helpers.get_full_name_for_node(node) or ""


def _import_of(stmt: cst.CSTNode) -> cst.Import | cst.ImportFrom | None:
    if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1:
        node = stmt.body[0]
        if isinstance(node, (cst.Import, cst.ImportFrom)):
            return node
    return None


def has_import(module: cst.Module, mod: str, name: str | None) -> bool:
    """A top-level import that makes `mod` (or `name` from it) usable under its own name."""
    for stmt in module.body:
        node = _import_of(stmt)
        if isinstance(node, cst.Import) and name is None:
            if any(_module_name(a.name) == mod and a.asname is None for a in node.names):
                return True
        if isinstance(node, cst.ImportFrom) and name is not None and node.module is not None:
            if _module_name(node.module) == mod and not isinstance(node.names, cst.ImportStar):
                if any(_module_name(a.name) == name and a.asname is None for a in node.names):
                    return True
    return False


def _is_future(node) -> bool:
    return isinstance(node, cst.ImportFrom) and node.module is not None and \
        _module_name(node.module) == "__future__"


def _insert_index(body: list, mod: str, name: str | None) -> int:
    """Inside the first block of imports, in module-name order; else after docstring/futures."""
    first = next((i for i, s in enumerate(body) if _import_of(s) and not _is_future(_import_of(s))), None)
    if first is None:
        i = 0
        if body and isinstance(body[0], cst.SimpleStatementLine) and \
                isinstance(body[0].body[0], cst.Expr) and isinstance(body[0].body[0].value, cst.SimpleString):
            i = 1
        while i < len(body) and _is_future(_import_of(body[i])):
            i += 1
        return i
    i = first
    while i < len(body) and _import_of(body[i]) and (i == first or not body[i].leading_lines):
        node = _import_of(body[i])
        plain = isinstance(node, cst.Import)
        other = _module_name(node.names[0].name) if plain else _module_name(node.module or cst.Name("_"))
        if (name is None) == plain and other > mod:
            return i
        if name is None and not plain:  # plain imports go before the from-imports of a block
            return i
        i += 1
    return i


def add_imports(module: cst.Module, needed: list[tuple[str, str | None]]) -> cst.Module:
    for mod, name in dict.fromkeys(needed):
        if has_import(module, mod, name):
            continue
        code = f"import {mod}\n" if name is None else f"from {mod} import {name}\n"
        stmt = cst.parse_statement(code)
        body = list(module.body)
        i = _insert_index(body, mod, name)
        if i < len(body) and body[i].leading_lines and (i == 0 or not _import_of(body[i - 1])):
            # keep the blank line or comment above the block above the block, not inside it
            stmt = stmt.with_changes(leading_lines=body[i].leading_lines)
            body[i] = body[i].with_changes(leading_lines=())
        body.insert(i, stmt)
        if i + 1 < len(body) and not _import_of(body[i + 1]) and not body[i + 1].leading_lines \
                and (i == 0 or not _import_of(body[i - 1]) or _is_future(_import_of(body[i - 1]))):
            # a new import block standing alone gets a blank line after it
            body[i + 1] = body[i + 1].with_changes(leading_lines=[cst.EmptyLine()])
        module = module.with_changes(body=body)
    return module
