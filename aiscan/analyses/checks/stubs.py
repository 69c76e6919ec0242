"""Unfinished code: functions whose body is a placeholder, and Markdown fences left in source.

A body counts as a stub only when it holds nothing but trivial statements (`pass`, `...`,
`return` of nothing/None/null/nil, a "not implemented" raise/throw/panic) *and* something says
it is unfinished: a placeholder comment inside, a "not implemented" message, or (Python) a
top-level function or one whose annotation promises a value. Empty bodies alone are ordinary
no-ops (callbacks, hooks) and are left alone, as are abstract and interface-like contexts.
"""

from __future__ import annotations

import fnmatch
import functools
import re

from ...engine import syntax
from . import REGEX, STRINGS, register

PLACEHOLDER = re.compile(
    r"\b(?:TODO|FIXME|XXX)\b|not\s+(?:yet\s+)?implemented|implement\s+(?:me|this)\b|"
    r"your\s+(?:code|logic|implementation)\s+(?:goes\s+)?here|"
    r"add\s+(?:your\s+)?(?:logic|code|implementation)\s+here|"
    # "close the placeholder": a docstring naming an object that *is* a placeholder (a stand-in
    # transport, a UI slot), not a body that stands in for code
    r"(?<!\bthe\s)placeholder",
    re.IGNORECASE,
)
# What a TODO must say to make a deliberate `return None` a stub: that the body is missing
IMPLEMENT_WORDS = re.compile(r"implement|placeholder|stub\b|fill\s+(?:me|this|it)?\s*in|"
                             r"(?:code|logic)\s+(?:goes\s+)?here|finish|write\s+(?:this|me)",
                             re.IGNORECASE)
NOT_IMPLEMENTED_WORDS = re.compile(r"not\s+(?:yet\s+)?implemented", re.IGNORECASE)
# "Implement this method to handle ...": a hook documented for the reader to fill in
ABSTRACT_WORDS = re.compile(r"subclass|overrid|should\s+\*?not\*?\s+implement|abstract|"
                            r"implement\s+this\s+(?:method|function|hook)\s+(?:to|if|when|in)\b",
                            re.IGNORECASE)
NOT_IMPLEMENTED_MSG = re.compile(r"not\s*(?:yet\s*)?implemented|\bTODO\b|implement\s+(?:me|this)",
                                 re.IGNORECASE)
# Classes that exist to be subclassed: their empty methods are the contract, not a stub.
ABSTRACT_CLASS = re.compile(r"(?:Base|ABC|Mixin|Interface|Protocol|Abstract)$|^(?:Abstract|Base)[A-Z]")
ABSTRACT_BASES = re.compile(r"\b(?:Protocol|ABC|ABCMeta|metaclass\s*=|TypedDict|NamedTuple)\b")
EXCEPTION_BASES = re.compile(r"(?:Error|Exception|Warning)\b")
ABSTRACT_DECORATOR = re.compile(r"abstract|overload|override", re.IGNORECASE)
# Annotations a bare `pass`/`...` satisfies: None is an `Any`, an `object`, an Optional.
ACCEPTS_NONE = re.compile(r"^(?:typing\.)?(?:Any|object)$|\bOptional\[|\bNone\b")
# Names in an `if` condition that make its body typing-only or an alternative definition.
TYPING_GUARD = re.compile(r"\bTYPE_CHECKING\b")
TYPE_LIKE = re.compile(r"^[A-Za-z_][\w.]*(?:\[.*\])?(?:\s*\|\s*[A-Za-z_][\w.]*(?:\[.*\])?)*$", re.DOTALL)
# Test suites define annotated dummies on purpose (to test introspection, typing, grammar).
TEST_PATH = re.compile(r"(?:^|/)(?:tests?|testing)/|(?:^|/)test_[^/]*$|_test\.py$")
NOOP_NAME = re.compile(r"noop|no_op|nop$|dummy|null|ignore|unused|default", re.IGNORECASE)

FUNCTION_NODES = (
    "function_definition",  # python
    "function_declaration", "method_definition", "function_expression",  # js/ts (and go)
    "method_declaration", "constructor_declaration",  # go, java
)
CLASS_TYPES = frozenset({"class_definition", "class_declaration", "class", "abstract_class_declaration",
                         "interface_declaration", "object_type", "interface_body"})
MAX_CLIMB = 8


def _header_end(node) -> int:
    """Byte offset where the signature ends and the body begins (comments before it count)."""
    for field in ("return_type", "result", "parameters"):
        child = node.child_by_field_name(field)
        if child is not None:
            return child.end_byte
    name = node.child_by_field_name("name")
    return name.end_byte if name is not None else node.start_byte


def _enclosing_class(node):
    cur = node.parent
    for _ in range(MAX_CLIMB):
        if cur is None:
            return None
        if cur.type in CLASS_TYPES:
            return cur
        if cur.type in ("function_definition", "function_declaration", "method_definition",
                        "method_declaration", "program", "module", "source_file"):
            return None
        cur = cur.parent
    return None


def _python_statements(body) -> list:
    stmts = [c for c in body.named_children if c.type != "comment"]
    if stmts and stmts[0].type == "expression_statement" and stmts[0].named_child_count == 1 \
            and stmts[0].named_children[0].type in ("string", "concatenated_string"):
        stmts = stmts[1:]  # the docstring
    return stmts


def _trivial_python(stmt) -> str | None:
    """'pass', 'raise' (NotImplementedError), 'return' or None when the statement does work."""
    t = stmt.type
    if t == "pass_statement":
        return "pass"
    if t == "expression_statement" and stmt.named_child_count == 1 \
            and stmt.named_children[0].type == "ellipsis":
        return "pass"
    if t == "raise_statement" and re.match(r"raise\s+NotImplementedError\b", syntax.text(stmt)):
        return "raise"
    if t == "return_statement":
        values = stmt.named_children
        if not values or (len(values) == 1 and values[0].type == "none"):
            return "return"
    return None


def _trivial_braced(stmt, language: str) -> str | None:
    t = stmt.type
    body = syntax.text(stmt)
    if t in ("throw_statement",):
        return "raise" if NOT_IMPLEMENTED_MSG.search(body) else None
    if t == "expression_statement" and language == "go" and body.startswith("panic("):
        return "raise" if NOT_IMPLEMENTED_MSG.search(body) else None
    if t == "return_statement":
        values = [c for c in stmt.named_children if c.type != "comment"]
        if not values:
            return "return"
        if len(values) == 1 and syntax.text(values[0]) in ("null", "undefined", "nil", "None"):
            return "return"
        if len(values) == 1 and values[0].type == "expression_list" and all(
                syntax.text(v) == "nil" for v in values[0].named_children):
            return "return"
    if t == "empty_statement":
        return "pass"
    return None


def _braced_statements(body) -> list:
    out = []
    for c in body.named_children:
        if c.type == "comment" or c.type.endswith("_comment"):
            continue
        if c.type == "statement_list":  # go wraps a block's statements
            out.extend(x for x in c.named_children if x.type != "comment")
        else:
            out.append(c)
    return out


def _under_type_checking(node) -> bool:
    """Inside `if TYPE_CHECKING:`: signatures for the type checker, never run."""
    cur = node.parent
    for _ in range(MAX_CLIMB):
        if cur is None or cur.type == "module":
            return False
        if cur.type == "if_statement":
            cond = cur.child_by_field_name("condition")
            if cond is not None and TYPING_GUARD.search(syntax.text(cond)):
                return True
        cur = cur.parent
    return False


def _python_excluded(ctx, node, cls) -> bool:
    name = syntax.text(node.child_by_field_name("name"))
    if ctx.path.endswith(".pyi") or NOOP_NAME.search(name) or _under_type_checking(node):
        return True
    parent = node.parent
    if parent is not None and parent.type == "decorated_definition":
        if any(ABSTRACT_DECORATOR.search(syntax.text(d)) for d in parent.children
               if d.type == "decorator"):
            return True
    if cls is not None:
        cname = cls.child_by_field_name("name")
        bases = cls.child_by_field_name("superclasses")
        btext = syntax.text(bases) if bases is not None else ""
        if cname is not None and ABSTRACT_CLASS.search(syntax.text(cname)):
            return True
        if ABSTRACT_BASES.search(btext):
            return True
        if name == "__init__" and EXCEPTION_BASES.search(btext):
            return True
    return False


def _is_top_level(node) -> bool:
    parent = node.parent
    if parent is not None and parent.type == "decorated_definition":
        parent = parent.parent
    return parent is not None and parent.type == "module"


def _trivial_body(node, language: str):
    """(statements, kinds) when the body is only trivial statements, else None."""
    body = node.child_by_field_name("body")
    if body is None or node.child_by_field_name("name") is None:
        return None
    if language == "python":
        if node.type != "function_definition":
            return None
        stmts = _python_statements(body)
        kinds = [_trivial_python(s) for s in stmts]
    else:
        if body.type not in ("statement_block", "block", "constructor_body"):
            return None
        stmts = _braced_statements(body)
        kinds = [_trivial_braced(s, language) for s in stmts]
    if len(stmts) > 2 or any(k is None for k in kinds):
        return None
    return stmts, kinds


def _python_reason(ctx, node, stmts, kinds, said: bool) -> str | None:
    cls = _enclosing_class(node)
    if _python_excluded(ctx, node, cls):
        return None
    if said:
        return "its body is a placeholder"
    if not stmts:
        return None  # docstring-only: documented on purpose
    if cls is None and _is_top_level(node) and "raise" in kinds:
        return "it raises NotImplementedError"  # a method doing so is the abstract idiom
    returns = node.child_by_field_name("return_type")
    if returns is None or TEST_PATH.search(ctx.path) or "raise" in kinds or "return" in kinds:
        return None
    annotation = syntax.text(returns)
    if annotation in ("NoReturn", "Never") or ACCEPTS_NONE.search(annotation) \
            or not TYPE_LIKE.match(annotation):
        return None
    return f"it is annotated `-> {annotation}` but returns None"


def _returns_none_by_design(node) -> bool:
    returns = node.child_by_field_name("return_type")
    return returns is not None and bool(ACCEPTS_NONE.search(syntax.text(returns)))


def _braced_abstract(node) -> bool:
    cls = _enclosing_class(node)
    if cls is None:
        return False
    if cls.type in ("interface_declaration", "interface_body", "abstract_class_declaration"):
        return True
    cname = cls.child_by_field_name("name")
    if cname is not None and ABSTRACT_CLASS.search(syntax.text(cname)):
        return True
    modifiers = [c for c in node.children if c.type == "modifiers"]
    return bool(modifiers) and "abstract" in syntax.text(modifiers[0])


def _refuses_inherited(node, stmts) -> bool:
    """A subclass method that throws an error naming itself or saying what is unsupported
    (`getFormatInstructions() { throw new Error("getFormatInstructions is not supported by this
    parser") }`): the class deliberately refuses a method its base declares. A bare
    "Method not implemented." (an editor's generated stub) says nothing and is still reported."""
    cls = _enclosing_class(node)
    if cls is None or node.type != "method_definition" or not any(
            c.type == "class_heritage" and "extends" in syntax.text(c) for c in cls.children):
        return False
    name = node.child_by_field_name("name")
    thrown = " ".join(syntax.text(st) for st in stmts)
    return (name is not None and syntax.text(name) in thrown) or \
        re.search(r"(?i)\b(?:un)?supported\b", thrown) is not None


@register("unfinished.stub-function", node_types=FUNCTION_NODES)
def stub_function(ctx, rule, node) -> None:
    trivial = _trivial_body(node, ctx.language)
    if trivial is None:
        return
    stmts, kinds = trivial
    # The signature-to-end-of-line slice holds the body's comments and docstring.
    end = ctx.source.find(b"\n", node.end_byte)
    tail = ctx.source[_header_end(node):end if end != -1 else len(ctx.source)].decode("utf-8", "replace")
    if ABSTRACT_WORDS.search(tail):
        return  # "subclasses must implement this": a documented extension point
    if ctx.language == "python" and "raise" in kinds and _enclosing_class(node) is not None:
        # `raise NotImplementedError("... not implemented")` in a method is the abstract idiom:
        # its wording says nothing; a TODO beside it still does
        tail = NOT_IMPLEMENTED_WORDS.sub("", tail)
    said = bool(PLACEHOLDER.search(tail))
    if said and ctx.language == "python" and set(kinds) == {"return"} \
            and _returns_none_by_design(node) and not IMPLEMENT_WORDS.search(tail):
        # `-> Optional[X]: # TODO: accept X directly / return None`: None is the answer the
        # signature promises, and the TODO names a future feature, not a missing body
        said = False
    if ctx.language == "python":
        why = _python_reason(ctx, node, stmts, kinds, said)
    elif ctx.path.endswith(".d.ts") or _braced_abstract(node) or (
            "raise" in kinds and _refuses_inherited(node, stmts)):
        why = None
    elif "raise" in kinds:
        why = "it only throws a \"not implemented\" error"
    else:
        why = "its body is a placeholder" if said else None
    if why:
        name = node.child_by_field_name("name")
        ctx.report(rule, name, name=syntax.text(name), why=why)


FENCE = re.compile(rb"^[ \t]*```[\w+-]*[ \t]*$", re.MULTILINE)


@register("unfinished.markdown-fence")
def markdown_fence(ctx, rule) -> None:
    """A ``` line outside any string or comment: a chat answer pasted in whole."""
    profile = ctx.profile
    inert = profile.comment_types | profile.string_types | profile.template_types | {
        "string_content", "string_fragment", "raw_string_literal", "text_block"}
    for m in FENCE.finditer(ctx.source):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        node = ctx.tree.root_node.descendant_for_byte_range(start, start + 3)
        inside = False
        for _ in range(MAX_CLIMB):
            if node is None:
                break
            if node.type in inert:
                inside = True
                break
            node = node.parent
        if not inside:
            line = ctx.source.count(b"\n", 0, start)
            col = start - (ctx.source.rfind(b"\n", 0, start) + 1)
            from ...model import Location

            ctx.report(rule, location=Location(ctx.path, line + 1, col + 1, line + 1, col + 4))


# -- commented-out code ---------------------------------------------------------------------

MIN_BLOCK = 5
PY_CODE = re.compile(
    r"^(?:def \w+\(|class \w+[(:]|return\b|import |from [\w.]+ import |(?:if|elif|for|while|with) .*:$|"
    r"(?:try|else|finally):$|except\b.*:$|raise |print\(|self\.|[\w.\[\]'\"]+\s*[-+*/%|&]?=\s*\S|"
    r"[\w.]+\(.*\)$|[\])}],?$|pass$|break$|continue$)")
BRACED_CODE = re.compile(
    r"^(?:(?:if|for|while|switch)\s*\(|return\b|const |let |var |function |import |export |"
    r"package |func |public |private |[}\])]|.*[;{]$|[\w.\[\]]+\s*[-+*/]?=\s*\S.*;$|[\w.]+\(.*\);?$)")


def _code_like(line: str, python: bool) -> bool:
    line = line.strip()
    if not line or line.startswith(("TODO", "FIXME", "NOTE", "XXX", "type:", "noqa", "pylint:",
                                    "eslint", "@ts-", "nolint", "go:", "-*-", "!")):
        return False
    return bool((PY_CODE if python else BRACED_CODE).match(line))


@register("unfinished.commented-out-code")
def commented_out_code(ctx, rule) -> None:
    """Runs of >= 5 full-line comments that read as code (most lines parse-shaped)."""
    python = ctx.language == "python"
    prefix = "#" if python else "//"
    lines = ctx.doc.text.split("\n")
    run: list[int] = []
    for number, raw in enumerate(lines + [""]):
        stripped = raw.lstrip()
        if stripped.startswith(prefix) and not stripped.startswith(prefix + "!"):
            run.append(number)
            continue
        if len(run) >= MIN_BLOCK:
            flags = [_code_like(lines[i].lstrip()[len(prefix):], python) for i in run]
            code = sum(flags)
            if code >= MIN_BLOCK and code >= 0.8 * len(flags) and _in_comment(ctx, run[0]):
                first = run[flags.index(True)] + 1  # a prose lead-in line is not the code
                from ...model import Location

                ctx.report(rule, location=Location(ctx.path, first, 1, run[-1] + 1, 1),
                           count=len(run))
        run = []


def _in_comment(ctx, row: int) -> bool:
    line = ctx.doc.line_text(row + 1)
    col = len(line) - len(line.lstrip())
    start = ctx.doc.line_starts[row] + col
    byte = len(ctx.doc.text[:start].encode("utf-8", "surrogatepass"))
    node = ctx.tree.root_node.descendant_for_byte_range(byte, byte + 1)
    return node is not None and node.type in ctx.profile.comment_types


# -- placeholder endpoints ------------------------------------------------------------------

@functools.lru_cache(maxsize=16)
def _callee_pattern(globs: tuple[str, ...]):
    return re.compile("|".join(fnmatch.translate(g) for g in globs))


@register("unfinished.placeholder-endpoint", node_types=("call", "call_expression"),
          params={"callees": STRINGS, "url": REGEX})
def placeholder_endpoint(ctx, rule, node) -> None:
    """An HTTP call to a documentation host; tests use such hosts on purpose and are skipped."""
    if TEST_PATH.search(ctx.path) or re.search(r"(?:^|/)(?:__tests__|spec)/|\.(?:test|spec)\.[jt]sx?$",
                                               ctx.path):
        return
    params = rule.match["params"]
    name = ctx.callee(node)
    if not _callee_pattern(tuple(params["callees"])).fullmatch(name):
        return
    positional, keywords = syntax.call_arguments(node, ctx.profile)
    url = positional[0] if positional else keywords.get("url")
    if url is not None and re.search(params["url"], syntax.text(url)):
        ctx.report(rule, url, callee=name)
