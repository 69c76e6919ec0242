"""Imports nothing declares (hallucinated or forgotten packages) and unpinned manifest entries.

An import is fine when it is the standard library / a Node built-in, a module in the scanned
tree, declared in one of the project's manifests, or optional by construction: under
`try/except ImportError`, under any `if` (version, platform and `TYPE_CHECKING` guards,
feature flags), of a module the same file also imports that way, or type-only (`import type`,
`.d.ts`). A project without a manifest for the language gets no findings (the checklist's
`dependencies` item says "no dependency manifest" once for the project). Transitive
dependencies and imports made lazily inside a function (how libraries load optional
dependencies) are reported as information only.
"""

from __future__ import annotations

import functools
import os
import re

from .. import manifests
from ...engine import syntax
from . import register

MAX_CLIMB = 40
# Test and build scripts draw on tox/nox/CI environments that manifests often don't list.
TEST_OR_BUILD_FILE = re.compile(
    r"(?:^|/)(?:tests?|testing|docs|examples?|scripts|benchmarks?)/|(?:^|/)(?:test_[^/]*|[^/]*_test|"
    r"conftest|setup|noxfile|tasks|fabfile)\.py$")
OPTIONAL_IMPORT = re.compile(r"\b(?:ImportError|ModuleNotFoundError|Exception|BaseException)\b")
FUNCTION_TYPES = frozenset({"function_definition", "function_declaration", "function_expression",
                            "arrow_function", "method_definition"})


def _project(ctx):
    root = getattr(ctx.doc, "root", None)
    return manifests.project_for(root, ctx.scan_memo) if root else None


def _guarded(node) -> bool:
    """Inside `try: ... except ImportError:` or any `if`/`elif`/`else` (TYPE_CHECKING, version
    and platform guards, feature flags): optional or alternative by design."""
    cur = node
    for _ in range(MAX_CLIMB):
        parent = cur.parent
        if parent is None:
            return False
        if parent.type == "try_statement" and cur.type == "block":
            for clause in parent.named_children:
                if clause.type == "except_clause":
                    head = syntax.text(clause).split(":", 1)[0]
                    if head.strip() == "except" or OPTIONAL_IMPORT.search(head):
                        return True
        if parent.type in ("if_statement", "elif_clause", "else_clause") and cur.type == "block":
            return True
        if parent.type == "except_clause" and cur.type == "block":
            # the fallback of `try: import a / except ImportError: import b`
            head = syntax.text(parent).split(":", 1)[0]
            if head.strip() == "except" or OPTIONAL_IMPORT.search(head):
                return True
        cur = parent
    return False


def _in_function(node) -> bool:
    cur = node.parent
    for _ in range(MAX_CLIMB):
        if cur is None:
            return False
        if cur.type in FUNCTION_TYPES:
            return True
        cur = cur.parent
    return False


def _optional_modules(ctx) -> frozenset[str]:
    """Top-level names the file imports under a guard somewhere: every other import of them
    in the file runs only once the guarded one succeeded (`try: import MySQLdb except
    ImportError: raise ImproperlyConfigured(...)`, then `from MySQLdb.constants import ...`)."""
    cached = ctx.cache.get("dependencies.optional")
    if cached is None:
        import tree_sitter

        names = set()
        captures = tree_sitter.QueryCursor(_import_query()).captures(ctx.tree.root_node)
        for node in captures.get("i", []):
            if _guarded(node):
                names.update(m.split(".")[0] for m, _ in _python_modules(node))
        cached = ctx.cache["dependencies.optional"] = frozenset(names)
    return cached


@functools.lru_cache(maxsize=1)
def _import_query():
    import tree_sitter

    from ...engine.languages import ts_language

    return tree_sitter.Query(ts_language("python"), "(import_statement) @i (import_from_statement) @i")


def _python_modules(node):
    """(module name, node to report at) for absolute imports of a statement."""
    if node.type == "import_from_statement":
        mod = node.child_by_field_name("module_name")
        if mod is not None and mod.type == "dotted_name":
            yield syntax.text(mod), mod
        return
    for child in node.children_by_field_name("name"):
        target = child.child_by_field_name("name") if child.type == "aliased_import" else child
        if target is not None and target.type == "dotted_name":
            yield syntax.text(target), target


@register("dependencies.undeclared-python-import",
          node_types=("import_statement", "import_from_statement"))
def undeclared_python_import(ctx, rule, node) -> None:
    if ctx.language != "python" or TEST_OR_BUILD_FILE.search(ctx.path):
        return
    project = _project(ctx)
    if project is None or not project.python_known:
        return
    for module, at in _python_modules(node):
        top = module.split(".")[0]
        if manifests.is_python_stdlib(module) or top in project.local_modules \
                or project.python_declares(module):
            continue
        if _guarded(node) or top in _optional_modules(ctx):
            return
        if project.python_transitive(module):
            _info(ctx.report(rule, at, module=top, message=TRANSITIVE))
        elif _in_function(node):
            _info(ctx.report(rule, at, module=top, message=LAZY))
        else:
            ctx.report(rule, at, module=top)


TRANSITIVE = ("`{module}` is imported but only pinned by a lockfile or pulled in by a declared "
              "package: declare it if the code relies on it directly")
LAZY = ("`{module}` is imported inside a function and no manifest declares it (an optional "
        "dependency? declare it as an extra)")


def _info(finding) -> None:
    from ...model import Severity

    finding.severity = Severity.INFO


def _js_specifier(node):
    t = node.type
    if t in ("import_statement", "export_statement"):
        return node.child_by_field_name("source")
    if t == "call_expression":
        fn = node.child_by_field_name("function")
        if fn is None or not (fn.type == "import" or (fn.type == "identifier" and syntax.text(fn) == "require")):
            return None
        args = node.child_by_field_name("arguments")
        if args is not None and args.named_child_count >= 1 and args.named_children[0].type == "string":
            return args.named_children[0]
    return None


def _js_declared(project, name: str) -> bool:
    declared = project.js_declared
    if name in declared:
        return True
    types = "@types/" + (name[1:].replace("/", "__") if name.startswith("@") else name)
    return types in declared


@register("dependencies.undeclared-js-import",
          node_types=("import_statement", "export_statement", "call_expression"))
def undeclared_js_import(ctx, rule, node) -> None:
    if DECLARATION_FILE.search(ctx.path):
        return  # types only: nothing here is loaded at run time
    spec = _js_specifier(node)
    if spec is None or _type_only(node):
        return
    project = _project(ctx)
    if project is None or not project.js_manifests:
        return
    name = manifests.js_package_name(syntax.text(spec).strip("'\"`"))
    if name is None or _js_declared(project, name):
        return
    if name in project.js_locked:
        _info(ctx.report(rule, spec, module=name, message=TRANSITIVE))
    else:
        ctx.report(rule, spec, module=name)


DECLARATION_FILE = re.compile(r"\.d\.[cm]?ts$")


TYPE_POSITIONS = frozenset({"type_alias_declaration", "type_annotation", "type_arguments",
                            "interface_declaration", "generic_type", "union_type"})


def _type_only(node) -> bool:
    """`import type {X} from "y"`, `export type {X} from "y"`, `type T = import("y").X`:
    erased when compiled."""
    if node.type in ("import_statement", "export_statement"):
        return any(c.type == "type" or syntax.text(c) == "type" for c in node.children[:2])
    cur = node.parent
    for _ in range(8):  # `import("y")` inside a type: a few levels up at most
        if cur is None or cur.type in ("statement_block", "program"):
            return False
        if cur.type in TYPE_POSITIONS:
            return True
        cur = cur.parent
    return False


# -- unpinned versions in manifests --------------------------------------------------------

REQ_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(;.*)?$")
TOML_WILDCARD = re.compile(
    r"""^\s*("?)([A-Za-z0-9][A-Za-z0-9._-]*)\1\s*=\s*(?:"\*"|\{[^}\n]*\bversion\s*=\s*"\*"[^}\n]*\})""",
    re.MULTILINE)
TOML_HEADER = re.compile(r"^\s*\[+([^\]\n]+)\]+\s*$", re.MULTILINE)
DEPENDENCY_TABLE = re.compile(r"(?:^|[.-])(?:dependencies|packages)$")
WILDCARD_VERSIONS = frozenset({"*", "latest", "", "x", "X"})


@register("dependencies.unpinned")
def unpinned(ctx, rule) -> None:
    name = os.path.basename(ctx.path)
    if manifests.is_requirements_file(name):
        _unpinned_requirements(ctx, rule)
    elif name.endswith(("Pipfile", "pyproject.toml")):  # suffix: fixtures are `<rule>.Pipfile`
        _unpinned_toml(ctx, rule)
    elif name.endswith("package.json"):
        _unpinned_package_json(ctx, rule)


def _unpinned_requirements(ctx, rule) -> None:
    offset = 0
    for line in ctx.doc.text.split("\n"):
        body = line.split(" #", 1)[0].strip()
        m = REQ_LINE.match(body) if body and not body.startswith("#") else None
        if m:
            start = offset + line.index(m.group(1))
            ctx.report(rule, span=(start, start + len(m.group(1))), package=m.group(1),
                       why="has no version specifier")
        offset += len(line) + 1


def _unpinned_toml(ctx, rule) -> None:
    # Only dependency tables: `include = "*"` under [tool.coverage] is not a package.
    text = ctx.doc.text
    headers = [(m.start(), DEPENDENCY_TABLE.search(m.group(1)) is not None)
               for m in TOML_HEADER.finditer(text)]
    for m in TOML_WILDCARD.finditer(text):
        in_deps = False
        for start, is_deps in headers:
            if start > m.start():
                break
            in_deps = is_deps
        if in_deps and m.group(2).lower() != "python":
            ctx.report(rule, span=m.span(2), package=m.group(2), why='accepts any version ("*")')


def _unpinned_package_json(ctx, rule) -> None:
    text = ctx.doc.text
    data = manifests.json_object(text)
    if data is None:
        return
    for section in manifests.JS_SECTIONS:
        deps = data.get(section)
        if not isinstance(deps, dict):
            continue
        for package, version in deps.items():
            if not (isinstance(version, str) and version.strip() in WILDCARD_VERSIONS):
                continue
            m = re.search(r'"%s"\s*:\s*"%s"' % (re.escape(package), re.escape(version)), text)
            if m:
                ctx.report(rule, span=(m.start() + 1, m.start() + 1 + len(package)),
                           package=package, why=f'accepts any version ("{version}")')
