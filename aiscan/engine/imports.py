"""The names a file binds by importing, so that calls resolve to qualified names.

`from subprocess import run as r` makes `r(...)` a call of `subprocess.run`;
`const { exec } = require("child_process")` makes `exec(...)` one of `child_process.exec`.
"""

from __future__ import annotations

import functools

from . import syntax
from .languages import ts_language

_JS_QUERY = """
    (import_statement) @i
    (variable_declarator value: (call_expression function: (identifier) @f
        (#eq? @f "require"))) @i
    (variable_declarator value: (member_expression object: (call_expression
        function: (identifier) @f (#eq? @f "require")))) @i
"""
_QUERIES = {
    "python": "(import_statement) @i (import_from_statement) @i",
    "javascript": _JS_QUERY,
    "typescript": _JS_QUERY,
    "tsx": _JS_QUERY,
    "go": "(import_spec) @i",
    "java": "(import_declaration) @i",
}


@functools.lru_cache(maxsize=None)
def _query(language: str):
    import tree_sitter

    return tree_sitter.Query(ts_language(language), _QUERIES[language])


def import_map(root, language: str) -> dict[str, str]:
    """Local name -> qualified name for everything the file imports."""
    import tree_sitter

    if language not in _QUERIES:
        return {}
    captures = tree_sitter.QueryCursor(_query(language)).captures(root)
    out: dict[str, str] = {}
    reader = _READERS[language]
    # in document order: a later import of a name shadows an earlier one (`captures` lists
    # are not in document order, and the winner changed with the process's history)
    for node in sorted(captures.get("i", []), key=lambda n: n.start_byte):
        reader(node, out)
    return out


def _python(node, out: dict[str, str]) -> None:
    if node.type == "import_statement":
        for child in node.named_children:
            if child.type == "aliased_import":
                name, alias = child.child_by_field_name("name"), child.child_by_field_name("alias")
                out[syntax.text(alias)] = syntax.text(name)
            elif child.type == "dotted_name":
                full = syntax.text(child)
                out.setdefault(full.split(".")[0], full.split(".")[0])
        return
    module = node.child_by_field_name("module_name")
    mod = syntax.text(module) if module is not None else ""
    for child in node.children_by_field_name("name"):
        if child.type == "aliased_import":
            name, alias = child.child_by_field_name("name"), child.child_by_field_name("alias")
            out[syntax.text(alias)] = f"{mod}.{syntax.text(name)}"
        else:
            name = syntax.text(child)
            out[name] = f"{mod}.{name}"


def _module_name(string_node) -> str:
    name = syntax.string_content(string_node)
    return name[5:] if name.startswith("node:") else name


def _javascript(node, out: dict[str, str]) -> None:
    if node.type == "import_statement":
        source = node.child_by_field_name("source")
        if source is None:
            return
        mod = _module_name(source)
        for clause in node.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":  # default import
                    out[syntax.text(part)] = mod
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        out[syntax.text(ident)] = mod
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                        local = alias if alias is not None else name
                        out[syntax.text(local)] = f"{mod}.{syntax.text(name).strip(chr(34) + chr(39))}"
        return
    # const x = require("m") / const { a, b: c } = require("m") / const x = require("m").y
    value = node.child_by_field_name("value")
    target = node.child_by_field_name("name")
    if value is None or target is None:
        return
    member = ""
    if value.type == "member_expression":
        prop = value.child_by_field_name("property")
        member = "." + syntax.text(prop) if prop is not None else ""
        value = value.child_by_field_name("object")
    args = value.child_by_field_name("arguments")
    strings = [c for c in (args.named_children if args is not None else []) if c.type == "string"]
    if not strings:
        return
    mod = _module_name(strings[0]) + member
    if target.type == "identifier":
        out[syntax.text(target)] = mod
    elif target.type == "object_pattern":
        for prop in target.named_children:
            if prop.type == "shorthand_property_identifier_pattern":
                out[syntax.text(prop)] = f"{mod}.{syntax.text(prop)}"
            elif prop.type == "pair_pattern":
                key, val = prop.child_by_field_name("key"), prop.child_by_field_name("value")
                if key is not None and val is not None and val.type == "identifier":
                    out[syntax.text(val)] = f"{mod}.{syntax.text(key)}"


def _go(node, out: dict[str, str]) -> None:
    path = node.child_by_field_name("path")
    if path is None:
        return
    mod = syntax.string_content(path)
    name = node.child_by_field_name("name")
    local = syntax.text(name) if name is not None else mod.rsplit("/", 1)[-1]
    if local in ("_", "."):
        return
    out[local] = mod


def _java(node, out: dict[str, str]) -> None:
    raw = syntax.text(node)
    if " static " in f" {raw} " or raw.rstrip("; ").endswith("*"):
        return
    for child in node.named_children:
        if child.type in ("scoped_identifier", "identifier"):
            full = syntax.text(child)
            out[full.rsplit(".", 1)[-1]] = full


_READERS = {
    "python": _python,
    "javascript": _javascript,
    "typescript": _javascript,
    "tsx": _javascript,
    "go": _go,
    "java": _java,
}


def resolve(name: str, imports: dict[str, str]) -> str:
    """Qualify a dotted name through the file's imports (`sp.run` -> `subprocess.run`)."""
    head, dot, rest = name.partition(".")
    target = imports.get(head)
    if target is None:
        return name
    return f"{target}{dot}{rest}"
