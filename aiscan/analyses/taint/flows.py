"""Intra-procedural taint: one walk per file, in statement order, with a scope per function.

The walk is iterative (an explicit stack), so deeply nested files cannot exhaust the Python
stack. Each function starts from a copy of its enclosing scope (closures see outer names) with
its parameters bound; parameters of route handlers are tainted. An assignment of a clean value
clears a name only where it runs unconditionally, so taint is a may-analysis: a name cleaned in
one branch stays tainted after the branch. Branches under `if False:` / `if (0)` are skipped.

Every sink reached by tainted data becomes a Flow; the list is computed once per file and
shared through `ctx.cache`, so any number of rules cost one analysis.
"""

from __future__ import annotations

import fnmatch
import re

from ...engine import syntax
from ...engine.imports import resolve as resolve_name
from .sinks import _argv_head, _joined
from .sinks import FALSY, KEYS_KEY, LIST_TYPES, MAX_SNAPSHOTS, Flow, SinkChecks
from .specs import EXCEPTION, PARAM, REQUEST, SPECS, TOOL
from .tool_sources import contained_path, tool_label
from .constants import SANDBOX_KEY, sandbox_call
from .dispatch import DYNCALLS_KEY, MAX_STORES, STORES_KEY, assigned_stores, keyed_store
from .containers import MODEL_PREFIX, constant_key, element, literal_model, with_element
from .summaries import defined_functions, substitute
from .summaries import (CALLS_KEY, ENTRY_KEY, EXPORTS_KEY, IMPORTED_KEY, INCOMING_KEY,
                        MAX_EXPORTS, OUT_KEY, REEXPORTS_KEY,
                        SELF_NAMES, Summary, export, function_name)
from .values import (ARG_PREFIX, CLEAN, NOT_REQUEST, STRICT_PREFIX, Evaluator, StrictEvaluator,
                     arg_label, labels_for, neutralise, real, tag)
from .scope_keys import VALIDATED_KEY, HOST_KEY, PARSED_FROM

CACHE_KEY = "taint.flows"
REEXPORTING = frozenset({"__init__.py", "index.js", "index.ts", "index.mjs", "index.cjs"})
PROOF_KEY = "taint.proofs"
MAX_CLIMB = 256
COMPREHENSIONS = frozenset({"list_comprehension", "set_comprehension", "generator_expression",
                            "dictionary_comprehension"})
EXIT_TYPES = frozenset({"return_statement", "raise_statement", "throw_statement",
                        "continue_statement", "break_statement"})
HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
NOT_INPUT_PARAMS = frozenset({"self", "cls", "db", "session", "background_tasks", "ctx",
                              "context"})
COND_TYPES = frozenset({
    "if_statement", "elif_clause", "else_clause", "for_statement", "while_statement",
    "try_statement", "except_clause", "for_in_statement", "switch_case", "switch_default",
    "catch_clause", "conditional_expression", "ternary_expression", "match_statement",
    "case_clause", "do_statement", "enhanced_for_statement", "expression_switch_statement",
    "type_switch_statement", "expression_case", "default_case", "select_statement",
    "switch_expression", "switch_block_statement_group",
})
ASSIGN_TYPES = frozenset({"assignment", "augmented_assignment", "named_expression",
                          "variable_declarator", "assignment_expression",
                          "augmented_assignment_expression",
                          # Go
                          "short_var_declaration", "assignment_statement", "var_spec"})
# nothing inside these binds a name or calls a sink worth reporting
# `for x in v` (Python, JavaScript), `for (T x : v)` (Java), Go's `for k, v := range x`
LOOP_TYPES = frozenset({"for_statement", "for_in_statement", "enhanced_for_statement",
                        "range_clause"})
OPAQUE_TYPES = frozenset({"string", "comment", "import_statement", "import_from_statement",
                          "regex", "decorator", "type", "type_annotation"})
# calls that vouch for their first argument (a URL's host/scheme, a name on an allow-list)
VALIDATOR = re.compile(
    r"^(?:[\w.]+\.)?(?:url_has_allowed_host_and_scheme|is_safe_url|is_safe_redirect\w*"
    r"|is_allowed_(?:url|host|redirect)\w*|is_public_(?:host|ip|address|url)\w*"
    r"|isSafeUrl|isSafeRedirect\w*|isAllowed(?:Url|Host)\w*|isPublic(?:Host|Ip|Url)\w*)$")
# A project's own safety predicate (`is_llm_api_base_safe(u)`, `is_safe_valid_url(u)`,
# `isPathAllowed(p)`): a boolean function whose name says the value is *safe* or *allowed*
# vouches for the argument it is asked about, like the library validators above. Names that
# say only *valid* are left out on purpose (`is_valid_url` checks the shape, not where it
# goes), and so are negated names (`is_unsafe`, `is_not_allowed`).
OWN_VALIDATOR = re.compile(
    r"^(?:[\w.]+\.)?(?:is_(?:\w+_)?(?:safe|allowed)(?:_\w+)?|is(?:[A-Z]\w*)?(?:Safe|Allowed)(?:[A-Z]\w*)?)$")
NEGATED_VALIDATOR = re.compile(r"(?i)(?:un|not_?|dis)(?:safe|allowed)")
# `host = urlparse(url).hostname`: an allow-list check of `host` pins down where `url` goes
HOST_OF = re.compile(r"^(?:(?:urllib\.parse\.)?urlparse|urlsplit|new\s+URL)\(\s*(\w+)\s*\)"
                     r"\.(?:hostname|host|netloc)$")
PARSED_URL = re.compile(r"^(?:(?:urllib\.parse\.)?urlparse|urlsplit|new\s+URL)\(\s*(\w+)\s*\)$")
# a condition that tests where a URL goes (absolute? which host?)
HOST_CHECK = re.compile(r"\bIsAbs\b|\.Host\b|\.hostname\b|\.netloc\b|\.host\b|\.scheme\b"
                        r"|\.Scheme\b")
PARSE_CALL = re.compile(r"^(?:url\.Parse|(?:urllib\.parse\.)?urlparse|urlsplit|new\s+URL)"
                        r"\(\s*(\w+)\s*[,)]")
# a Java collection written out in the code: `Set.of("a", "b")`, `Arrays.asList("a")`
JAVA_LITERAL_SET = re.compile(r'^(?:(?:Set|List)\.of|Arrays\.asList)\((?:\s*"[^"\\]*"\s*,?)+\)$')
# attributes of a parsed URL that say where it goes, and the sinks a known host makes safe
HOST_ATTRS = frozenset({"host", "hostname", "netloc", "origin", "Host"})
URL_SINKS = frozenset({"redirect", "ssrf"})
HOST_WORDS = re.compile(r"\.(?:host|hostname|netloc|origin|Host)\b")
CLASS_TYPES = frozenset({"class_definition", "class_declaration", "class_body_declaration"})
BIND_TYPES = frozenset({"identifier", "shorthand_property_identifier_pattern"})


def file_flows(ctx) -> list[Flow]:
    flows = ctx.cache.get(CACHE_KEY)
    if flows is None:
        spec = SPECS.get(ctx.language)
        if spec is not None and ctx.path.rsplit("/", 1)[-1] in REEXPORTING:
            # a package's `__init__.py` / `index.js` re-exports its modules' functions
            reexports = dict(list(ctx.imports.items())[:MAX_EXPORTS])
            if reexports:
                ctx.cache.setdefault(OUT_KEY, {})[REEXPORTS_KEY] = reexports
        facts = ctx.cache.get(INCOMING_KEY) or {}
        if spec is None or ctx.tree is None or (
                not spec.may_have_source.search(ctx.doc.text) and ENTRY_KEY not in facts):
            flows = []
        else:
            flows = _run(ctx, spec, proving=False)
        ctx.cache[CACHE_KEY] = flows
    return flows


def _run(ctx, spec, proving: bool) -> list:
    """One walk of the file. `proving`: also keep the strict taint of every name and the
    scope snapshots `proven_safe` reads; a walk for the flows alone leaves them out (strict
    evaluation of every assignment was a sixth of the walk, and few files are ever asked
    for a proof)."""
    walker = _Walker(ctx, spec, proving)
    flows = walker.run()
    if proving:
        ctx.cache[PROOF_KEY] = (walker.snapshots, walker.dead, walker.strict)
    return flows


def proven_safe(ctx, node, category: str) -> bool:
    """Whether the argument `node` of a call is provably safe for the sink `category`: made
    only of literals, constants and values sanitized for it (or in code that never runs).
    Reuses the file's cached taint walk; False whenever the analysis cannot tell."""
    spec = SPECS.get(ctx.language)
    if spec is None or ctx.tree is None:
        return False
    if PROOF_KEY not in ctx.cache:
        # the flows come out the same with or without the proof records
        ctx.cache[CACHE_KEY] = _run(ctx, spec, proving=True)
    snapshots, dead, strict = ctx.cache[PROOF_KEY]
    start = node.start_byte
    if any(a <= start < b for a, b in dead):
        return True
    call = node
    for _ in range(4):
        call = call.parent
        if call is None:
            return False
        env = snapshots.get(call.id)
        if env is not None:
            return not labels_for(strict.taint(node, env), category)
    # no record of the scope here: only literals and sanitizer calls can be proven safe
    return not labels_for(strict.taint(node, {}), category)

class _Walker(SinkChecks):
    def __init__(self, ctx, spec, proving: bool = True):
        self.ctx = ctx
        self.spec = spec
        # whether to keep strict taints ("\0name") and scope snapshots for `proven_safe`
        self.proving = proving
        self.ev = Evaluator(ctx, spec)
        self.profile = ctx.profile
        self.functions = self.profile.function_types | {"lambda"}
        self.flows: list[Flow] = []
        # node types whose exit does something; others are walked through without a marker
        # strings built by hand that may be XML documents (`xml_document`)
        self.markup_types = (self.profile.template_types | self.profile.concat_types) - {
            "string"} if spec.xml_markup else frozenset()
        self.exit_types = self.functions | ASSIGN_TYPES | self.profile.call_types | {
            "dictionary", "object", "tuple", "return_statement", "if_statement"} | \
            CLASS_TYPES | self.markup_types
        # node types whose entry does more than push the children: the others take the
        # walk's fast path
        special = CLASS_TYPES | self.functions | LOOP_TYPES | COMPREHENSIONS | \
            self.exit_types | OPAQUE_TYPES | {"except_clause", "catch_clause", "if_statement",
                                              "while_statement"}
        self.go = self.profile.name == "go"
        if self.go:
            # `F: handler` in a composite literal stores a function in a field (see dispatch)
            self.exit_types = self.exit_types | {"keyed_element"}
            special |= {"keyed_element"}
        self.special_types = frozenset(special)
        # parameter sources asked per parameter (by annotation, by name), per function opened
        self.annotated_sources = [ps for ps in spec.param_sources if ps.annotation is not None]
        self.named_sources = [ps for ps in spec.param_sources if ps.param is not None]
        self.stores: list = []  # Go: functions this file stores in fields
        self.dyncalls: list = []  # Go: fields called with tainted arguments
        # fields set from tainted data in any method (`self.q = request.args["q"]`), per class
        self.fields: dict[tuple[int, str], frozenset] = {}
        self.classes: list[int] = [-1]
        self.ev.fields = self.fields
        self.ev.classes = self.classes
        self.ev.field_misses = set()
        self.handlers: set[int] = set()  # classes that handle HTTP requests (`do_GET`)
        # same-host guards can only occur in a file that reads a URL's host
        self.host_words = HOST_WORDS.search(ctx.doc.text) is not None
        self.ev.handlers = self.handlers
        self.strict = StrictEvaluator(ctx, spec)
        self.strict.classes, self.strict.handlers = self.classes, self.handlers
        self.ev.guard = self.strict.guard = self._allow_listed
        self.snapshots: dict[int, dict] = {}
        self.dead: list[tuple[int, int]] = []
        self.snapshot_callees = ctx.snapshot_callees
        self.snapshot_rx = _joined(ctx.snapshot_callees) if ctx.snapshot_callees and proving \
            else None
        self.scopes: list[tuple[dict, dict]] = [({}, {})]  # (name -> taint, list name -> head)
        self.routes: list[bool] = [False]  # whether each open scope is a route handler
        # per-function summaries of this file, by the name callers use (kept across re-walks)
        self.summaries: dict[str, Summary] = {}
        self.ev.summaries = self.summaries
        self.by_fid: dict[int, Summary] = {}
        self.functions_open: list[Summary | None] = [None]
        self.pending: list[tuple] = []  # calls met before the called function was walked
        # names of the functions this file defines (callers may come first)
        self.defined = defined_functions(ctx.doc.text, ctx.language)
        # node id -> (whether it sits in a conditional, distance to the deciding ancestor)
        self.conditional_memo: dict[int, tuple[bool, int]] = {}
        self.popped: dict[int, frozenset] = {}  # `l.pop(0)` call -> the element it removed
        self.ev.popped = self.popped
        self.call_facts: list[dict] = []  # tainted calls into other modules of the project
        facts = ctx.cache.get(INCOMING_KEY)
        # parameters other modules pass tainted data to (set by the cross-file round)
        self.entry: dict = (facts or {}).get(ENTRY_KEY) or {}
        # summaries of other modules' functions this file calls (set by the cross-file round)
        self.imported: dict = (facts or {}).get(IMPORTED_KEY) or {}
        self.ev.imported = self.imported
        if self.entry and not self.go:  # Go has no export aliases
            self.entry = _with_export_aliases(self.entry, ctx.tree.root_node, self.profile)

    # -- the walk ---------------------------------------------------------------------------
    def run(self) -> list[Flow]:
        self._walk()
        if self._resolve_pending():
            # a function's return value was used before the function was walked: walk again,
            # now with every summary of the file known
            self._reset()
            self._walk()
            self._resolve_pending()
        out = self.ctx.cache.setdefault(OUT_KEY, {})
        if self.call_facts:
            out[CALLS_KEY] = self.call_facts
        if self.stores:
            out[STORES_KEY] = self.stores
        if self.dyncalls:
            out[DYNCALLS_KEY] = self.dyncalls
        exports = {}
        for name, summary in self.summaries.items():
            if len(exports) >= MAX_EXPORTS:
                break
            found = export(summary)
            if found is not None:
                exports[name] = found
        if exports and self.profile.name != "python" and "exports" in self.ctx.doc.text:
            for exported, local in export_aliases(self.ctx.tree.root_node).items():
                if local in exports and exported not in exports:
                    exports[exported] = exports[local]
        if exports:
            out[EXPORTS_KEY] = exports
        return self.flows

    def _reset(self) -> None:
        self.flows, self.snapshots, self.dead = [], {}, []
        self.scopes, self.routes, self.functions_open = [({}, {})], [False], [None]
        self.pending, self.call_facts = [], []
        self.stores, self.dyncalls = [], []

    def _resolve_pending(self) -> bool:
        """Applies the summaries of functions called before they were walked; True when one
        of them returns data, so the values computed from its calls were incomplete."""
        # a field read before the method that sets it was walked
        rewalk = any(self.fields.get(f) for f in self.ev.field_misses)
        self.ev.field_misses.clear()
        for name, positional, keywords in self.pending:
            summary = self.summaries.get(name)
            if summary is None:
                continue
            self._apply_sinks(summary, positional, keywords)
            # the value computed from the call was incomplete only if the function returns
            # real data: a source of its own, or a parameter given real data here
            rewalk = rewalk or any(
                not label.startswith(ARG_PREFIX) or
                real(substitute(frozenset({item}), summary, positional, keywords, True))
                for item in summary.returns for label in (item[0],))
        self.pending = []
        return rewalk

    def _walk(self) -> None:
        # a node on the stack is to be entered; a tuple is a marker (exit, set, restore)
        stack: list = [self.ctx.tree.root_node]
        enter, special = self._enter, self.special_types
        while stack:
            item = stack.pop()
            if type(item) is not tuple:
                t = item.type
                if t not in special:  # the common case, inlined: nothing to bind, open, record
                    for child in reversed(item.named_children):
                        if child.named_child_count and child.type not in OPAQUE_TYPES:
                            stack.append(child)
                else:
                    enter(item, stack, t)
                continue
            kind, node = item[0], item[1]
            if kind == "exit":
                self._exit(node)
            elif kind == "set":
                self.env[node] = item[2]
            elif kind == "restore":
                if item[2] is None:
                    self.env.pop(node, None)
                else:
                    self.env[node] = item[2]
        return self.flows

    @property
    def env(self) -> dict:
        return self.scopes[-1][0]

    def _enter(self, node, stack: list, t: str) -> None:
        if t in CLASS_TYPES:
            self.classes.append(node.start_byte)
            if self.spec.handler_names and self._handler_class(node):
                self.handlers.add(node.start_byte)
        if t in self.functions:
            self._open_scope(node)
        elif t in LOOP_TYPES:
            self._bind_loop(node)
        elif t in ("except_clause", "catch_clause"):
            self._bind_exception(node)
        elif t in COMPREHENSIONS:
            # the element expression comes first in the tree but runs after the `for` clauses
            for clause in node.named_children:
                if clause.type == "for_in_clause":
                    self._bind_loop(clause)
        if t in self.exit_types:
            stack.append(("exit", node))
        if t in OPAQUE_TYPES:
            return
        children = node.named_children
        if t in ("if_statement", "while_statement"):
            children = self._live_children(node, children, stack)
            if children is None:
                return
        for child in reversed(children):
            # a leaf (name, number, operator) has no effect, nor has an opaque node (string,
            # comment, import…): entering it would bind, open and record nothing
            if child.named_child_count and child.type not in OPAQUE_TYPES:
                stack.append(child)

    def _handler_class(self, node) -> bool:
        """A class that handles HTTP requests: its bases name a request handler
        (`BaseHTTPRequestHandler`), or it defines `do_GET`-style methods."""
        bases = node.child_by_field_name("superclasses")
        if bases is not None and self.spec.handler_class is not None and \
                self.spec.handler_class.search(syntax.text(bases)[:400]):
            return True
        body = node.child_by_field_name("body")
        if body is None or self.spec.handler_method is None:
            return False
        for child in body.named_children[:512]:
            if child.type == "decorated_definition":
                child = child.child_by_field_name("definition") or child
            name = child.child_by_field_name("name") if child.type in self.functions else None
            if name is not None and self.spec.handler_method.match(syntax.text(name)):
                return True
        return False

    def _bind_exception(self, node) -> None:
        """`except E as e:` / `catch (err)`: the exception's text describes the server's
        internals (paths, queries, versions)."""
        target = node.child_by_field_name("parameter")
        if node.type == "except_clause":
            pattern = next((c for c in node.named_children if c.type == "as_pattern"), None)
            alias = pattern.child_by_field_name("alias") if pattern is not None else None
            target = alias.named_children[0] if alias is not None and alias.named_child_count \
                else None
        elif target is None:
            param = next((c for c in node.named_children if c.type == "catch_formal_parameter"),
                         None)
            target = param.child_by_field_name("name") if param is not None else None
        if target is not None and target.type == "identifier":
            self._bind(target, tag(EXCEPTION, target), conditional=True)

    def _bind_loop(self, node) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type == "enhanced_for_statement":  # Java: `for (T name : value)`
            left, right = node.child_by_field_name("name"), node.child_by_field_name("value")
        if left is not None and right is not None:
            if node.type == "for_statement" and self.profile.name == "python" and \
                    self._bind_dict_loop(left, right):
                return
            self._bind(left, self.ev.taint(right, self.env), conditional=True,
                       strict=self.strict.taint(right, self.env) if self.proving else None)

    def _bind_dict_loop(self, left, right) -> bool:
        """`for name, text in files.items():` over a dict literal with constant keys: the
        keys are those literals (clean), the values are the union of the values."""
        method = None
        if right.type in self.profile.call_types:
            fn = right.child_by_field_name("function")
            args = right.child_by_field_name("arguments")
            if fn is None or fn.type not in self.profile.attribute_types or \
                    args is None or args.named_child_count:
                return False
            attr = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
            method = syntax.text(attr) if attr is not None else None
            right = fn.child_by_field_name("object")
        if right is None or right.type != "identifier" or method not in (None, "keys", "items"):
            return False
        model = self.env.get(MODEL_PREFIX + syntax.text(right))
        if (not model or model[0] != "dict") and not self.env.get(KEYS_KEY + syntax.text(right)):
            return False
        if method != "items":
            self._bind(left, CLEAN, conditional=True, strict=CLEAN)
            return True
        targets = left.named_children if left.type in ("pattern_list", "tuple_pattern") \
            else []
        if len(targets) != 2:
            return False
        values = CLEAN
        if model and model[0] == "dict":
            for taint in model[1].values():
                values |= taint
        else:  # keys known constant, values not followed one by one (a write in a branch)
            values = self.env.get(syntax.text(right), CLEAN)
        self._bind(targets[0], CLEAN, conditional=True, strict=CLEAN)
        self._bind(targets[1], values, conditional=True,
                   strict=self.strict.taint(right, self.env) if self.proving else None)
        return True

    def _live_children(self, node, children, stack):
        """Children worth walking; pushes an allow-list guard's clean/restore around the body."""
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        if cond is None or body is None:
            return children
        inner = _unwrap(cond)
        truth = False if syntax.text(inner) in FALSY else constant_truth(inner)
        if truth is False:
            self.dead.append((body.start_byte, body.end_byte))
            return [c for c in children if c.id != body.id]
        if truth is True and node.type == "if_statement":
            # `if 7 * 42 - 86 > 200:` always runs its body: the else branches never do
            alive = [c for c in children if c.type not in ("else_clause", "elif_clause") and
                     c.id != getattr(node.child_by_field_name("alternative"), "id", None)]
            for c in children:
                if c not in alive:
                    self.dead.append((c.start_byte, c.end_byte))
            return alive
        guarded = self._allow_listed(inner)
        if guarded is None:
            # `if url and is_safe_url(url):` — every conjunct holds inside the body
            guarded = next((g for g in (self._allow_listed(_unwrap(c)) for c in
                                        _disjuncts(inner, ("and", "&&"))) if g), None)
        if guarded is None:
            hosts = self._host_compared(inner) if self.host_words else None
            if not hosts:
                return children
            # `if (new URL(x, base).host === this.ctx.host)`: inside, x goes to a known host
            for child in reversed(children):
                if child.id == body.id:
                    for name in hosts:
                        stack.append(("restore", name, self.env.get(name)))
                    stack.append(child)
                    for name in hosts:
                        stack.append(("set", name, neutralise(self.env[name], URL_SINKS)))
                else:
                    stack.append(child)
            return None
        for child in reversed(children):
            if child.id == body.id:
                strict = STRICT_PREFIX + guarded
                stack.append(("restore", guarded, self.env.get(guarded)))
                if self.proving:
                    stack.append(("restore", strict, self.env.get(strict)))
                stack.append(child)
                stack.append(("set", guarded, CLEAN))
                if self.proving:
                    stack.append(("set", strict, CLEAN))
            else:
                stack.append(child)
        return None

    def _allow_listed(self, cond, negated: bool = False) -> str | None:
        """`x in ALLOWED` / `ALLOWED.includes(x)` (or their negation when `negated`): the name
        whose value the guard pins down."""
        if negated and cond.type in ("unary_expression", "not_operator") and \
                cond.named_child_count == 1 and syntax.text(cond).startswith(("!", "not")):
            return self._allow_listed(_unwrap(cond.named_children[0]))
        if cond.type in self.profile.call_types and not negated:
            validated = self._regex_validated(cond)
            if validated is not None:
                return validated
        if cond.type in self.profile.call_types and not negated and contained_path(cond):
            return contained_path(cond)
        if cond.type in self.profile.call_types and not negated:
            validated = self._validator_subject(cond)
            if validated is not None:
                return validated
        if cond.type == "identifier" and not negated:
            # `ok, reason = is_llm_api_base_safe(u)` ... `if not ok: return`
            return self.env.get(VALIDATED_KEY + syntax.text(cond))
        if cond.type == "comparison_operator" and cond.named_child_count == 2:
            ops = " ".join(syntax.text(c) for c in cond.children if not c.is_named)
            left, right = cond.named_children
            if ops == ("not in" if negated else "in") and left.type == "identifier" and (
                    right.type in ("list", "tuple", "set") or syntax.text(right).isupper()):
                return syntax.text(left)
        if cond.type == "call_expression" and not negated:
            fn = cond.child_by_field_name("function")
            arguments = cond.child_by_field_name("arguments")
            args = arguments.named_children if arguments is not None else []
            if fn is not None and fn.type == "member_expression" and len(args) == 1 and \
                    args[0].type == "identifier" and \
                    syntax.text(fn).endswith((".includes", ".has")):
                obj = fn.child_by_field_name("object")
                if obj is not None and (obj.type == "array" or syntax.text(obj).isupper()):
                    return syntax.text(args[0])
        if cond.type == "method_invocation" and not negated:
            # Java `ALLOWED.contains(x)`, `Set.of("a", "b").contains(x)`
            obj, method = cond.child_by_field_name("object"), cond.child_by_field_name("name")
            positional, _ = syntax.call_arguments(cond, self.profile)
            if obj is not None and method is not None and syntax.text(method) in (
                    "contains", "containsKey") and len(positional) == 1 and \
                    positional[0].type == "identifier" and (
                        syntax.text(obj).rsplit(".", 1)[-1].isupper() or
                        JAVA_LITERAL_SET.match(syntax.text(obj)[:200])):
                return syntax.text(positional[0])
        return None

    def _validator_subject(self, call) -> str | None:
        """The name a validator call (`is_safe_url(x)`, `is_host_allowed(x)`) vouches for."""
        name = syntax.callee_name(call, self.profile)
        if not (VALIDATOR.match(name) or OWN_VALIDATOR.match(name)) or \
                NEGATED_VALIDATOR.search(name):
            return None
        positional, keywords = syntax.call_arguments(call, self.profile)
        # Django's `url_has_allowed_host_and_scheme(url=next, allowed_hosts=...)` names it
        subject = positional[0] if positional else keywords.get("url")
        if subject is not None and (subject.type == "identifier" or
                                    subject.type in self.profile.attribute_types):
            return syntax.text(subject)
        return None

    def _host_compared(self, cond, negated: bool = False) -> list[str]:
        """`u.host === this.ctx.host`, `urlparse(x).netloc == request.host`, `host in ALLOWED`
        (or `!==` / `!=` / `not in` when `negated`): a comparison that pins the host of a URL
        to a known one. Returns the names of the URL (and of what it was parsed from) that are
        then safe to redirect to or fetch, when they are tainted."""
        if cond.type not in ("comparison_operator", "binary_expression") or \
                cond.named_child_count != 2:
            return []
        ops = [syntax.text(c) for c in cond.children if not c.is_named]
        wanted = ("!=", "!==", "not in") if negated else ("==", "===", "in")
        if len(ops) != 1 and ops != ["not", "in"] or " ".join(ops) not in wanted:
            return []
        names: list[str] = []
        for side in cond.named_children:
            side = _unwrap(side)
            if side.end_byte - side.start_byte > 200:
                continue
            text = syntax.text(side)
            if side.type == "identifier" and HOST_KEY + text in self.env:
                names.append(self.env[HOST_KEY + text])  # `host = urlparse(u).netloc`
                continue
            if side.type not in self.profile.attribute_types:
                continue
            attr = side.child_by_field_name("attribute") or side.child_by_field_name("property")
            if attr is None or syntax.text(attr) not in HOST_ATTRS:
                continue
            obj = _unwrap(side.child_by_field_name("object") or side)
            if obj.type == "identifier":
                parsed = syntax.text(obj)
                names.append(parsed)
                names += [k[1:] for k, v in self.env.items()
                          if k.startswith(PARSED_FROM) and v == parsed]
                url = self.env.get(f"{HOST_KEY}{parsed}.{syntax.text(attr)}")
                if url:
                    names.append(url)
            elif obj.type in self.profile.call_types or obj.type == "new_expression":
                found = PARSE_CALL.match(syntax.text(obj)[:200])
                if found:
                    names.append(found.group(1))
            if names:
                break  # the other side is what the host is compared with
        return [n for n in dict.fromkeys(names) if isinstance(n, str) and self.env.get(n)]

    def _regex_validated(self, call) -> str | None:
        """`x.matches("\\d+")` (Java), `re.fullmatch(r"[a-z]+", x)`, `/^\\w+$/.test(x)`: a
        match against a literal pattern with no wildcard pins `x` to that character set."""
        name = syntax.callee_name(call, self.profile)
        tail = name.rsplit(".", 1)[-1]
        positional, _ = syntax.call_arguments(call, self.profile)
        subject = pattern = None
        if tail == "matches" and call.type == "method_invocation" and len(positional) == 1:
            subject, pattern = call.child_by_field_name("object"), positional[0]
        elif resolve_name(name, self.ctx.imports) in ("re.match", "re.fullmatch") and \
                len(positional) >= 2:
            pattern, subject = positional[0], positional[1]
        elif tail == "test" and len(positional) == 1:
            fn = call.child_by_field_name("function")
            obj = fn.child_by_field_name("object") if fn is not None else None
            if obj is not None and obj.type == "regex":
                pattern, subject = obj, positional[0]
        if subject is None or pattern is None or subject.type != "identifier" or \
                pattern.type not in ("string", "string_literal", "regex"):
            return None
        text = syntax.text(pattern)
        if re.search(r"(?<!\\)\.", text) or len(text) > 200:
            return None  # a wildcard: the pattern lets anything through
        if tail == "match" and not text.rstrip("'\"/").endswith("$"):
            return None  # re.match checks only a prefix
        return syntax.text(subject)

    def _early_exit_guard(self, node) -> None:
        """`if x not in ALLOWED: return/raise/abort(...)`: after the `if`, x is allow-listed."""
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("consequence")
        if cond is None or body is None or node.child_by_field_name("alternative") is not None:
            return
        # `if a not in OK or not is_safe(b): return`: each disjunct's name is pinned after it
        disjuncts = _disjuncts(_unwrap(cond))
        names = [n for n in (self._allow_listed(_unwrap(d), negated=True)
                             for d in disjuncts) if n is not None]
        # `if (!target.startsWith(root)) return`: the path stays under the root
        contained = [n for n in (self._prefix_checked(_unwrap(d)) for d in disjuncts)
                     if n is not None]
        host_checked = len(disjuncts) > 1 and HOST_CHECK.search(syntax.text(cond)[:2000])
        # `if (url.host !== this.ctx.host) return`: after it, the URL goes to a known host
        same_host = [n for d in disjuncts for n in self._host_compared(_unwrap(d), negated=True)
                     ] if self.host_words else []
        if not names and not contained and not host_checked and not same_host:
            return
        last = body.named_children[-1] if body.named_child_count and body.type in (
            "block", "statement_block") else body
        if last.type == "statement_list" and last.named_child_count:  # Go
            last = last.named_children[-1]
        exits = last.type in EXIT_TYPES or (
            last.type == "expression_statement" and last.named_child_count
            and last.named_children[0].type in self.profile.call_types
            and syntax.text(last).startswith(("abort(", "flask.abort(", "sys.exit(")))
        if exits:
            for name in contained:
                if name in self.env:
                    self.env[name] = neutralise(self.env[name], frozenset({"path"}))
            for name in same_host:
                self.env[name] = neutralise(self.env[name], URL_SINKS)
        replaced = self._replaced_name(last)
        if host_checked and replaced is not None:
            # `if u.IsAbs() || u.Host != "" || ...: back = "/"` (u parsed from back): after
            # it, back stays on this site
            words = set(re.findall(r"\w+", syntax.text(cond)[:2000]))
            if replaced in words or self.env.get(PARSED_FROM + replaced) in words:
                self.env[replaced] = neutralise(self.env.get(replaced, CLEAN),
                                                frozenset({"redirect", "ssrf"}))
        if not names:
            return
        if exits or (len(names) == 1 and self._replaced(last, names[0])):
            for name in names:
                self.env[name] = CLEAN
                if self.proving:
                    self.env[STRICT_PREFIX + name] = CLEAN
                url = self.env.get(HOST_KEY + name)
                if url is not None and url in self.env:
                    self.env[url] = neutralise(self.env[url], frozenset({"ssrf", "redirect"}))

    def _prefix_checked(self, cond) -> str | None:
        """`!x.startsWith(root)` / `not x.startswith(root)` / `!strings.HasPrefix(x, root)`."""
        if cond.type not in ("unary_expression", "not_operator") or cond.named_child_count != 1:
            return None
        call = _unwrap(cond.named_children[0])
        if call.type not in self.profile.call_types:
            return None
        name = syntax.callee_name(call, self.profile)
        tail = name.rsplit(".", 1)[-1]
        positional, _ = syntax.call_arguments(call, self.profile)
        if tail in ("startsWith", "startswith") and positional:
            if call.type == "method_invocation":
                subject = call.child_by_field_name("object")
            else:
                fn = call.child_by_field_name("function")
                subject = fn.child_by_field_name("object") if fn is not None else None
        elif name == "strings.HasPrefix" and len(positional) == 2:
            subject = positional[0]
        else:
            return None
        if subject is None or subject.type != "identifier":
            return None
        prefix = positional[-1] if name == "strings.HasPrefix" else positional[0]
        if prefix.type in self.profile.string_types:
            # a literal checks a folder only if it names one: "/" or "https://" does not
            text = syntax.string_content(prefix)
            if "://" in text or len(text.strip("/")) < 2:
                return None
        return syntax.text(subject)

    def _replaced_name(self, stmt) -> str | None:
        """The name a statement sets to clean data (`x = "/"`), if it is that."""
        if stmt.type == "expression_statement" and stmt.named_child_count == 1:
            stmt = stmt.named_children[0]
        if stmt.type not in ("assignment", "assignment_expression", "assignment_statement"):
            return None
        target, value = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        if target is None or value is None:
            return None
        if target.type == "expression_list" and target.named_child_count == 1:
            target = target.named_children[0]
        if target.type != "identifier" or real(self.ev.taint(value, self.env)):
            return None
        return syntax.text(target)

    @staticmethod
    def _model_write(env, name: str, key, taint: frozenset, conditional: bool) -> None:
        model = env.get(MODEL_PREFIX + name)
        if model is None:
            return
        new = None
        if key is not None and not conditional:
            new = with_element(model, key, taint)
        elif key is not None and conditional:
            old = element(model, key)
            new = with_element(model, key, (old or CLEAN) | taint) if old is not None else None
        if new is None:
            env.pop(MODEL_PREFIX + name, None)
        else:
            env[MODEL_PREFIX + name] = new

    def _container_write(self, node, target, taint: frozenset) -> None:
        """`session["user"] = x` (trust boundary) / `resp.headers["Location"] = x`."""
        if not taint:
            return
        base = target.child_by_field_name("value") or target.child_by_field_name("object") or \
            target.child_by_field_name("operand")
        if base is None or base.end_byte - base.start_byte > 120:
            return
        name = self.ev.name_of(base)
        if name in self.spec.session_objects:
            self._record("session", node, name, taint)
        elif self.spec.header_objects and target.type in ("subscript", "subscript_expression") \
                and any(fnmatch.fnmatchcase(name, g) for g in self.spec.header_objects) \
                and not self._crlf_checked(name):
            self._record("header", node, name, taint)

    def _html_target(self, node) -> bool:
        target = node.child_by_field_name("left")
        prop = target.child_by_field_name("property") if target is not None and \
            target.type in self.profile.attribute_types else None
        return prop is not None and syntax.text(prop) in self.spec.html_props

    def _replaced(self, stmt, name: str) -> bool:
        """`if not is_safe(x): x = default`: the branch ends by replacing x with clean data."""
        if stmt.type == "expression_statement" and stmt.named_child_count == 1:
            stmt = stmt.named_children[0]
        if stmt.type == "if_statement":
            # `if flag: x = reverse("a") else: x = reverse("b")`: replaced on every branch
            return self._replaced_on_all_branches(stmt, name)
        if stmt.type not in ("assignment", "assignment_expression"):
            return False
        target, value = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        return target is not None and value is not None and target.type == "identifier" and \
            syntax.text(target) == name and not real(self.ev.taint(value, self.env))

    def _replaced_on_all_branches(self, stmt, name: str, depth: int = 0) -> bool:
        """Every branch of an `if/elif/else` (an `else` is required) ends by replacing name."""
        branches = [stmt.child_by_field_name("consequence")]
        alternatives = [c for c in stmt.children if c.type in ("else_clause", "elif_clause")]
        if not alternatives or alternatives[-1].type != "else_clause" or depth > 4:
            return False
        for alt in alternatives:
            branches.append(alt.child_by_field_name("consequence") or
                            alt.child_by_field_name("body"))
        for branch in branches:
            if branch is None or not branch.named_child_count:
                return False
            last = branch.named_children[-1]
            if last.type == "if_statement":
                if not self._replaced_on_all_branches(last, name, depth + 1):
                    return False
            elif not self._replaced(last, name):
                return False
        return True

    def _exit(self, node) -> None:
        t = node.type
        if t in CLASS_TYPES:
            self.classes.pop()
        elif t in self.functions:
            summary = self.functions_open[-1]
            body = node.child_by_field_name("body")
            if summary is not None and body is not None and body.type not in (
                    "block", "statement_block", "constructor_body"):
                # `x => x.trim()`, `lambda s: s.strip()`: the body is the returned value
                summary.returns |= self.ev.taint(body, self.env)
            self.scopes.pop()
            self.routes.pop()
            self.functions_open.pop()
        elif t == "return_statement":
            self._returned_html(node)
            summary = self.functions_open[-1]
            if summary is not None:
                for value in node.named_children:
                    summary.returns |= self.ev.taint(value, self.env)
        elif t == "if_statement":
            self._early_exit_guard(node)
        elif t == "keyed_element":
            found = keyed_store(node, self.defined)
            if found is not None and len(self.stores) < MAX_STORES:
                self.stores.append(found)
        elif t in ASSIGN_TYPES:
            if self.go and t == "assignment_statement" and len(self.stores) < MAX_STORES:
                self.stores.extend(assigned_stores(node, self.defined, self.ctx.imports))
            if t == "assignment_expression" and self.proving and \
                    len(self.snapshots) < MAX_SNAPSHOTS and self._html_target(node):
                # `el.innerHTML = ...`: a syntactic rule may ask whether the value is safe
                self.snapshots[node.id] = dict(self.env)
            self._assignment(node)
        elif t in self.profile.call_types:
            self._call(node)
        elif t in ("dictionary", "object"):
            self._object_literal(node)
        elif t in self.markup_types:
            self._xml_document(node)
        elif t == "tuple" and node.named_child_count == 2:
            role = node.named_children[0]
            if role.type == "string" and syntax.string_content(role) in ("system", "developer"):
                self._record("system-prompt", node, "prompt template",
                             self.ev.taint(node.named_children[1], self.env))

    # -- scopes and bindings ----------------------------------------------------------------
    def _open_scope(self, node) -> None:
        env, heads = self.scopes[-1]
        new_env = dict(env)
        fname = function_name(node, self.profile)
        # `Node.parent` is a descent from the root in tree-sitter: asked once per function
        parent = node.parent
        source = self._param_source(node, fname, parent)
        route = source is not None and source.route or self._next_route(node, parent)
        # otherwise a tool's arguments are chosen by the model that calls it
        label = source.label if source is not None else PARAM if route else \
            tool_label(self.ctx, node, parent)
        skip_to = source.after if source is not None else None
        only = source.index if source is not None else None
        annotated, by_name = self.annotated_sources, self.named_sources
        promised = self._promised(parent, env)
        summary = Summary(node.start_byte, fname or "", [])
        entry = self.entry.get(fname) if fname else None
        proving = self.proving
        for position, (name, default, param) in enumerate(self._params(node)):
            if only is not None and position != only:
                new_env[name] = promised
                if proving:
                    new_env[STRICT_PREFIX + name] = self.strict.unknown(param)
                continue
            if skip_to is not None:
                if name == skip_to:
                    skip_to = None
                new_env[name] = promised
                if proving:
                    new_env[STRICT_PREFIX + name] = self.strict.unknown(param)
                continue
            plabel = label or next((ps.label for ps in annotated
                                    if ps.annotation.search(_modifiers(param))), None) or \
                next((ps.label for ps in by_name if ps.param.match(name)), None)
            # a route's `request` is read through its attributes; a tool's is the model's call
            tainted = plabel and name not in NOT_INPUT_PARAMS and (
                name != "request" or plabel == TOOL) and not (
                default is not None and "Depends(" in syntax.text(default)) and \
                not _scalar_annotation(param)
            if tainted:
                new_env[name] = tag(plabel, param)
            elif name in SELF_NAMES and not summary.params:
                new_env[name] = promised
            else:
                index = len(summary.params)
                summary.params.append(name)
                # a function no caller can name (a callback) needs no summary
                new_env[name] = promised | tag(arg_label(summary.fid, index), param) \
                    if fname else promised
                if entry:
                    new_env[name] |= _entry_taint(entry.get(str(index), ()) or
                                                  entry.get(name, ()))
            if proving:
                new_env[STRICT_PREFIX + name] = self.strict.unknown(param)
        self.scopes.append((new_env, dict(heads)))
        self.routes.append(route)
        if fname:
            self.by_fid[summary.fid] = summary
            self.summaries[fname] = summary
        self.functions_open.append(summary if fname else None)

    def _promised(self, args, env) -> frozenset:
        """`p.then(r => ...)`: the callback's parameter holds what the promise resolves to
        (`args`: the function's parent node)."""
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression":
            return CLEAN
        fn = call.child_by_field_name("function")
        prop = fn.child_by_field_name("property") if fn is not None and \
            fn.type == "member_expression" else None
        if prop is None or syntax.text(prop) != "then":
            return CLEAN
        return self.ev.taint(fn.child_by_field_name("object"), env)

    def _param_source(self, node, fname: str | None, parent):
        """The first whole-function parameter source (decorator or name) the function meets."""
        decorators = names = None
        for ps in self.spec.param_sources:
            if ps.decorator is not None:
                if decorators is None:
                    decorators = [syntax.text(c) for c in parent.named_children
                                  if c.type == "decorator"] if parent is not None and \
                        parent.type == "decorated_definition" else []
                    decorators += _js_decorators(node)
                if any(ps.decorator.match(d) for d in decorators):
                    return ps
            elif ps.name is not None and fname and ps.name.match(fname):
                if ps.after is None or ps.after in (n for n, _, _ in self._params(node)):
                    return ps
            elif ps.signature is not None:
                if names is None:
                    names = ",".join(n for n, _, _ in self._params(node))
                if ps.signature.match(names) and (
                        ps.callback_of is None or self._callback_of(parent, ps.callback_of)):
                    return ps
        return None

    @staticmethod
    def _callback_of(parent, pattern: re.Pattern) -> bool:
        """The function (whose parent node is `parent`) is passed to (or assigned by) code
        matching `pattern`."""
        if parent is not None and parent.type == "arguments":
            parent = parent.parent
        if parent is None:
            return False
        return pattern.search(syntax.text(parent)[:120]) is not None

    @staticmethod
    def _next_route(node, parent) -> bool:
        """Next.js route handlers: `export async function GET(request, { params })`."""
        if node.type != "function_declaration" or parent is None or \
                parent.type != "export_statement":
            return False
        name = node.child_by_field_name("name")
        return name is not None and syntax.text(name) in HTTP_METHODS

    @staticmethod
    def _decorated(node, pattern: re.Pattern) -> bool:
        parent = node.parent
        if parent is None or parent.type != "decorated_definition":
            return False
        return any(c.type == "decorator" and pattern.match(syntax.text(c))
                   for c in parent.named_children)

    def _params(self, node):
        params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        if params is None:
            return
        items = [params] if params.type == "identifier" else params.named_children
        for p in items:
            default = p.child_by_field_name("value")
            if p.type == "identifier":
                yield syntax.text(p), None, p
                continue
            if p.type == "parameter_declaration" and self.go:  # Go `func(a, b string)`
                names = p.children_by_field_name("name")
                if len(names) > 1:
                    for name in names:
                        yield syntax.text(name), None, p
                    continue
            if p.type in ("object_pattern", "array_pattern"):  # JS `({query, limit}) => ...`
                for name in self._names(p):
                    yield name, None, p
                continue
            target = p.child_by_field_name("name") or p.child_by_field_name("pattern") or \
                p.child_by_field_name("left")
            if target is None:
                target = next((c for c in p.named_children if c.type == "identifier"), None)
            if target is None:
                continue
            for name in self._names(target):
                yield name, default, p

    def _names(self, target) -> list[str]:
        """Identifiers bound by a target pattern (tuple, list, object destructuring)."""
        out: list[str] = []
        stack = [target]
        while stack and len(out) < 256:
            n = stack.pop()
            if n.type in BIND_TYPES:
                out.append(syntax.text(n))
            elif n.type in ("pair_pattern",):
                value = n.child_by_field_name("value")
                if value is not None:
                    stack.append(value)
            elif n.type in ("assignment_pattern", "object_assignment_pattern"):
                left = n.child_by_field_name("left")
                if left is not None:
                    stack.append(left)
            elif n.type in ("pattern_list", "tuple_pattern", "list_pattern", "array_pattern",
                            "object_pattern", "list_splat_pattern", "rest_pattern",
                            "expression_list", "tuple", "list", "parenthesized_expression"):
                stack.extend(n.named_children)
        return out

    def _conditional(self, node) -> bool:
        """Whether `node` runs only on some paths of its function: a branch, loop or handler
        encloses it within MAX_CLIMB ancestors.

        Each ancestor's answer is remembered with its distance to the ancestor that decided
        it: `Node.parent` costs a descent from the root in tree-sitter, and the assignments of
        one block share all their ancestors above the statement."""
        memo = self.conditional_memo
        cur = node.parent
        path = []
        for step in range(MAX_CLIMB):
            if cur is None:
                found = False
            else:
                known = memo.get(cur.id)
                if known is not None and step + known[1] < MAX_CLIMB:
                    for i, nid in enumerate(path):
                        memo[nid] = (known[0], step - i + known[1])
                    return known[0]
                t = cur.type
                found = False if t in self.functions else True if t in COND_TYPES else None
            if found is not None:
                for i, nid in enumerate(path):
                    memo[nid] = (found, step - i)
                if cur is not None:
                    memo[cur.id] = (found, 0)
                return found
            path.append(cur.id)
            cur = cur.parent
        return True

    def _bind(self, target, taint: frozenset, conditional: bool, value=None,
              strict: frozenset | None = None) -> None:
        env, heads = self.scopes[-1]
        proving = self.proving
        if strict is None and proving:
            strict = self.strict.taint(value, env) if value is not None else \
                self.strict.unknown(target)
        if target.type in self.profile.attribute_types:
            names = [self.ev.name_of(target)]
            if names[0].split(".", 1)[0] in SELF_NAMES and real(taint):
                field = (self.classes[-1], names[0])
                self.fields[field] = self.fields.get(field, CLEAN) | real(taint)
            obj = target.child_by_field_name("object")
            if obj is not None and obj.type == "identifier" and \
                    MODEL_PREFIX + syntax.text(obj) in env:
                self._model_write(env, syntax.text(obj), syntax.text(
                    target.child_by_field_name("property") or target), taint, conditional)
        elif target.type in ("subscript", "subscript_expression"):
            # `d["k"] = v` adds to d; it never cleans the rest of d
            base = target.child_by_field_name("value") or target.child_by_field_name("object")
            if base is not None and base.type == "identifier":
                name = syntax.text(base)
                if constant_key(target.child_by_field_name("subscript") or
                                target.child_by_field_name("index")) is None:
                    env.pop(KEYS_KEY + name, None)
                if MODEL_PREFIX + name in env:
                    key = constant_key(target.child_by_field_name("subscript") or
                                       target.child_by_field_name("index"))
                    self._model_write(env, name, key, taint, conditional)
                if taint:
                    env[name] = env.get(name, CLEAN) | taint
                if proving:
                    key = STRICT_PREFIX + name
                    env[key] = env.get(key, CLEAN) | strict
            return
        else:
            names = self._names(target)
        for name in names:
            fresh = name not in env
            if conditional:
                env[name] = env.get(name, CLEAN) | taint
                if proving:
                    key = STRICT_PREFIX + name
                    env[key] = env.get(key, CLEAN) | strict
            else:
                env[name] = taint
                if proving:
                    env[STRICT_PREFIX + name] = strict
            listed = _argv_head(value, self.profile) if value is not None else None
            if listed is not None and listed.type in LIST_TYPES and listed.named_child_count:
                # `args = [sys.executable] + sys.argv`: the program is the list's head
                head = self.ev.taint(listed.named_children[0], env)
                heads[name] = (heads.get(name, CLEAN) | head) if conditional else head
            elif not conditional:
                heads.pop(name, None)
            constant_keys = value is not None and value.type == "dictionary" and \
                literal_model(value, lambda c: CLEAN) is not None
            if constant_keys and (not conditional or fresh or KEYS_KEY + name in env):
                env[KEYS_KEY + name] = True  # every dict bound to it has only literal keys
            else:
                env.pop(KEYS_KEY + name, None)
            model = literal_model(value, lambda c: self.ev.taint(c, env)) \
                if value is not None and not conditional and len(names) == 1 else None
            if model is not None:
                env[MODEL_PREFIX + name] = model
            else:
                env.pop(MODEL_PREFIX + name, None)

    def _mark_not_request(self, name: str, value, taint: frozenset, conditional: bool) -> None:
        """`req = requests.PreparedRequest()`: from here on `req.url` is not request data."""
        key = NOT_REQUEST + name
        if any(label in (REQUEST, PARAM) for label, _, _ in taint) or \
                not self.spec.outgoing_requests or not _outgoing(self, value):
            if not conditional:
                self.env.pop(key, None)
            return
        if not conditional or name not in self.env:
            self.env[key] = True

    def _assignment(self, node) -> None:
        t = node.type
        target = node.child_by_field_name("left") or node.child_by_field_name("name")
        value = node.child_by_field_name("right") or node.child_by_field_name("value")
        if target is None or value is None:
            return
        taint = self.ev.taint(value, self.env)
        strict = self.strict.taint(value, self.env) if self.proving else None
        if t in ("augmented_assignment", "augmented_assignment_expression"):
            taint |= self.ev.taint(target, self.env)
            if strict is not None:
                strict |= self.strict.taint(target, self.env)
        if t == "assignment_expression" and target.type in self.profile.attribute_types:
            prop = target.child_by_field_name("property")
            if prop is not None and syntax.text(prop) in self.spec.html_props:
                self._record("xss", node, syntax.text(prop), taint)
        if target.type in ("subscript", "subscript_expression") or \
                target.type in self.profile.attribute_types:
            self._container_write(node, target, taint)
        conditional = self._conditional(node)
        if target.type == "identifier" and syntax.text(target) in self.spec.request_objects:
            self._mark_not_request(syntax.text(target), value, taint, conditional)
        self._bind(target, taint, conditional, value, strict)
        parsed_url = PARSE_CALL.match(syntax.text(value)) \
            if value.end_byte - value.start_byte < 200 else None
        if parsed_url is not None:
            bound = self._names(target)
            if bound:
                self.env[PARSED_FROM + parsed_url.group(1)] = bound[0]
        first = target.named_children[0] if target.type in (
            "pattern_list", "tuple_pattern", "expression_list", "tuple", "list_pattern",
            "array_pattern") and target.named_child_count else target
        if first.type == "identifier":
            bound = [syntax.text(first)]
            # `ok = is_x_safe(u)` / `ok, reason = is_x_safe(u)`: a later `if not ok: return`
            # pins u down
            subject = self._validator_subject(value) \
                if value.type in self.profile.call_types else None
            if subject is not None:
                self.env[VALIDATED_KEY + bound[0]] = subject
            else:
                self.env.pop(VALIDATED_KEY + bound[0], None)
        if target.type == "identifier":
            if value.type in self.profile.call_types and sandbox_call(self.ctx, value):
                self.env[SANDBOX_KEY + syntax.text(target)] = True
            else:
                self.env.pop(SANDBOX_KEY + syntax.text(target), None)
            host = HOST_OF.match(syntax.text(value)) if value.end_byte - value.start_byte < 200 \
                else None
            parsed = PARSED_URL.match(syntax.text(value)) if host is None and \
                value.end_byte - value.start_byte < 200 else None
            key = HOST_KEY + syntax.text(target)
            for attr in ("hostname", "host", "netloc"):
                self.env.pop(f"{key}.{attr}", None)
            if host is not None:
                self.env[key] = host.group(1)
            else:
                self.env.pop(key, None)
            if parsed is not None:
                for attr in ("hostname", "host", "netloc"):
                    self.env[f"{key}.{attr}"] = parsed.group(1)


NOT_REQUEST_VALUES = frozenset({"dictionary", "object", "list", "array", "string", "integer",
                                "number", "none", "null", "template_string"})


def _outgoing(walker, value) -> bool:
    """`requests.PreparedRequest()`, `http.request(opts)`, `{...}`: not the handled request."""
    while value.type in ("await", "await_expression", "parenthesized_expression") and \
            value.named_child_count:
        value = value.named_children[-1]
    if value.type in NOT_REQUEST_VALUES:
        return True
    if value.type not in walker.profile.call_types and value.type != "new_expression":
        return False
    name = walker.ev.callee(value) if value.type in walker.profile.call_types else \
        syntax.text(value.child_by_field_name("constructor") or value)
    return any(fnmatch.fnmatchcase(name, g) for g in walker.spec.outgoing_requests)


# a route parameter declared with one of these types is parsed and validated by the framework
# (FastAPI, Flask converters): it cannot carry text
SCALAR_TYPES = frozenset({"int", "float", "bool", "UUID", "uuid.UUID", "datetime", "date",
                          "datetime.datetime", "datetime.date", "Decimal", "decimal.Decimal"})


def _modifiers(param) -> str:
    """The annotations / decorators written on a parameter (`@RequestParam String q`,
    NestJS `@Query() q`), as text."""
    parts = [syntax.text(c) for c in param.named_children
             if c.type in ("modifiers", "decorator", "annotation", "marker_annotation")]
    return " ".join(parts)


def _js_decorators(node) -> list[str]:
    """Decorators of a TypeScript method (`@Get() find(...)`)."""
    if node.type != "method_definition":
        return []
    out = [syntax.text(c) for c in node.named_children if c.type == "decorator"]
    prev = node.prev_named_sibling
    while prev is not None and prev.type == "decorator" and len(out) < 16:
        out.append(syntax.text(prev))
        prev = prev.prev_named_sibling
    return out


def _scalar_annotation(param) -> bool:
    kind = param.child_by_field_name("type")
    return kind is not None and syntax.text(kind) in SCALAR_TYPES


MAX_ALIAS_NODES = 200_000


def _with_export_aliases(entry: dict, root, profile) -> dict:
    """Callers name a module's functions by what it exports: `module.exports = doAuth`
    (`default`), `{ getPurchased: get_purchased }`, `exports.run = runIt`. Adds the local
    function's name for each exported name the entry mentions."""
    aliases = export_aliases(root)
    out = dict(entry)
    for exported, local in aliases.items():
        if exported in entry and local != exported:
            merged = dict(out.get(local) or {})
            for key, items in entry[exported].items():
                merged[key] = list(merged.get(key, [])) + list(items)
            out[local] = merged
    return out


def export_aliases(root) -> dict[str, str]:
    """Exported name -> local function name, for a JavaScript module."""
    aliases: dict[str, str] = {}
    stack, seen = [root], 0
    while stack and seen < MAX_ALIAS_NODES:
        node = stack.pop()
        seen += 1
        t = node.type
        if t == "pair":
            key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
            if key is not None and value is not None and value.type == "identifier":
                aliases.setdefault(syntax.text(key).strip("'\""), syntax.text(value))
        elif t in ("assignment_expression", "assignment"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and right.type == "identifier":
                target = syntax.text(left)
                if target == "module.exports":
                    aliases["default"] = syntax.text(right)
                elif target.startswith(("module.exports.", "exports.")):
                    aliases[target.rsplit(".", 1)[1]] = syntax.text(right)
        elif t == "export_statement" and "default" in syntax.text(node)[:20]:
            value = node.child_by_field_name("value") or node.child_by_field_name("declaration")
            if value is not None and value.type == "identifier":
                aliases["default"] = syntax.text(value)
            elif value is not None:
                name = value.child_by_field_name("name")
                if name is not None:
                    aliases["default"] = syntax.text(name)
        if node.type not in ("string", "comment", "template_string"):
            stack.extend(node.named_children)
    return aliases


def _entry_taint(items) -> frozenset:
    """Sources another module passes to a parameter: `[label, neutralised, "path:line"]`."""
    out = set()
    for item in items:
        if isinstance(item, (list, tuple)) and len(item) == 3 and \
                not str(item[0]).startswith(ARG_PREFIX):
            out.add((str(item[0]), frozenset(item[1]), str(item[2])))
    return frozenset(out)


def _disjuncts(cond, ops: tuple[str, ...] = ("or", "||")) -> list:
    """`a or b or c` / `a || b` -> [a, b, c] (bounded); with `ops=("and", "&&")` the
    conjuncts."""
    out, stack = [], [cond]
    while stack and len(out) < 16:
        n = stack.pop()
        op = n.child_by_field_name("operator")
        if n.type in ("boolean_operator", "binary_expression") and op is not None and \
                syntax.text(op) in ops:
            stack.append(_unwrap(n.child_by_field_name("right")))
            stack.append(_unwrap(n.child_by_field_name("left")))
        else:
            out.append(n)
    return out


def _unwrap(node):
    for _ in range(64):
        if node.type != "parenthesized_expression" or node.named_child_count != 1:
            break
        node = node.named_children[0]
    return node


MAX_CONST_NODES = 64


def constant_truth(node) -> bool | None:
    """The value of a condition made only of number/boolean literals and arithmetic,
    comparison and boolean operators (`7 * 42 - 86 > 200`), or None when it is not constant.
    Evaluated over the tree with integers only (never `eval`), bounded in size."""
    value = _const(node, [0])
    return None if value is None else bool(value)


def _const(node, budget: list):
    budget[0] += 1
    if budget[0] > MAX_CONST_NODES or node is None:
        return None
    t = node.type
    if t in ("integer", "int_literal", "decimal_integer_literal", "number"):
        try:
            return int(syntax.text(node).replace("_", ""), 0)
        except ValueError:
            return None
    if t in ("true", "false"):
        return t == "true" or syntax.text(node) == "True"
    if t == "parenthesized_expression" and node.named_child_count == 1:
        return _const(node.named_children[0], budget)
    if t in ("not_operator", "unary_expression") and node.named_child_count == 1:
        inner = _const(node.named_children[0], budget)
        op = syntax.text(node)[:1]
        if inner is None:
            return None
        return -inner if op == "-" else (not inner) if op in ("n", "!") else None
    if t in ("binary_operator", "binary_expression", "boolean_operator", "comparison_operator") \
            and node.named_child_count == 2:
        ops = [syntax.text(c) for c in node.children if not c.is_named]
        if len(ops) != 1:
            return None
        left, right = (_const(c, budget) for c in node.named_children)
        if left is None or right is None:
            return None
        op = ops[0]
        try:
            return {
                "+": lambda: left + right, "-": lambda: left - right,
                "*": lambda: left * right if abs(left) < 1 << 32 and abs(right) < 1 << 32
                else None,
                "//": lambda: left // right, "%": lambda: left % right,
                ">": lambda: left > right, "<": lambda: left < right,
                ">=": lambda: left >= right, "<=": lambda: left <= right,
                "==": lambda: left == right, "!=": lambda: left != right,
                "===": lambda: left == right, "!==": lambda: left != right,
                "and": lambda: left and right, "or": lambda: left or right,
                "&&": lambda: left and right, "||": lambda: left or right,
            }.get(op, lambda: None)()
        except (ZeroDivisionError, TypeError):
            return None
    return None
