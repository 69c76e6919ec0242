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

import re

from ...engine import syntax
from .sinks import FALSY, LIST_TYPES, MAX_SNAPSHOTS, Flow, SinkChecks
from .specs import PARAM, SPECS, TOOL
from .tool_sources import contained_path, tool_label
from .values import CLEAN, STRICT_PREFIX, Evaluator, StrictEvaluator, labels_for, neutralise, tag

CACHE_KEY = "taint.flows"
PROOF_KEY = "taint.proofs"
MAX_CLIMB = 256
ROUTE_DECORATOR = re.compile(
    r"^@\s*[\w.]+\.(?:route|get|post|put|delete|patch|api_route|websocket)\s*\(")
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
    "case_clause", "do_statement",
})
ASSIGN_TYPES = frozenset({"assignment", "augmented_assignment", "named_expression",
                          "variable_declarator", "assignment_expression",
                          "augmented_assignment_expression"})
# nothing inside these binds a name or calls a sink worth reporting
OPAQUE_TYPES = frozenset({"string", "comment", "import_statement", "import_from_statement",
                          "regex", "decorator", "type", "type_annotation"})
# calls that vouch for their first argument (a URL's host/scheme, a name on an allow-list)
VALIDATOR = re.compile(
    r"^(?:[\w.]+\.)?(?:url_has_allowed_host_and_scheme|is_safe_url|is_safe_redirect\w*"
    r"|is_allowed_(?:url|host|redirect)\w*|is_public_(?:host|ip|address|url)\w*"
    r"|isSafeUrl|isSafeRedirect\w*|isAllowed(?:Url|Host)\w*|isPublic(?:Host|Ip|Url)\w*)$")
# `host = urlparse(url).hostname`: an allow-list check of `host` pins down where `url` goes
HOST_OF = re.compile(r"^(?:(?:urllib\.parse\.)?urlparse|urlsplit|new\s+URL)\(\s*(\w+)\s*\)"
                     r"\.(?:hostname|host|netloc)$")
HOST_KEY = "\1"
PARSED_URL = re.compile(r"^(?:(?:urllib\.parse\.)?urlparse|urlsplit|new\s+URL)\(\s*(\w+)\s*\)$")
BIND_TYPES = frozenset({"identifier", "shorthand_property_identifier_pattern"})


def file_flows(ctx) -> list[Flow]:
    flows = ctx.cache.get(CACHE_KEY)
    if flows is None:
        spec = SPECS.get(ctx.language)
        if spec is None or ctx.tree is None or not spec.may_have_source.search(ctx.doc.text):
            flows = []
        else:
            flows = _run(ctx, spec)
        ctx.cache[CACHE_KEY] = flows
    return flows


def _run(ctx, spec) -> list:
    walker = _Walker(ctx, spec)
    flows = walker.run()
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
        ctx.cache[CACHE_KEY] = _run(ctx, spec)
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
    def __init__(self, ctx, spec):
        self.ctx = ctx
        self.spec = spec
        self.ev = Evaluator(ctx, spec)
        self.profile = ctx.profile
        self.functions = self.profile.function_types | {"lambda"}
        self.flows: list[Flow] = []
        # node types whose exit does something; others are walked through without a marker
        self.exit_types = self.functions | ASSIGN_TYPES | self.profile.call_types | {
            "dictionary", "object", "tuple", "return_statement", "if_statement"}
        self.strict = StrictEvaluator(ctx, spec)
        self.ev.guard = self.strict.guard = self._allow_listed
        self.snapshots: dict[int, dict] = {}
        self.dead: list[tuple[int, int]] = []
        self.snapshot_callees = ctx.snapshot_callees
        self.scopes: list[tuple[dict, dict]] = [({}, {})]  # (name -> taint, list name -> head)
        self.routes: list[bool] = [False]  # whether each open scope is a route handler

    # -- the walk ---------------------------------------------------------------------------
    def run(self) -> list[Flow]:
        stack: list[tuple] = [("enter", self.ctx.tree.root_node)]
        while stack:
            item = stack.pop()
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
            else:
                self._enter(node, stack)
        return self.flows

    @property
    def env(self) -> dict:
        return self.scopes[-1][0]

    def _enter(self, node, stack: list) -> None:
        t = node.type
        if t in self.functions:
            self._open_scope(node)
        elif t in ("for_statement", "for_in_statement"):
            self._bind_loop(node)
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
            if child.named_child_count:  # a leaf (name, number, operator) has no effect
                stack.append(("enter", child))

    def _bind_loop(self, node) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is not None and right is not None:
            self._bind(left, self.ev.taint(right, self.env), conditional=True,
                       strict=self.strict.taint(right, self.env))

    def _live_children(self, node, children, stack):
        """Children worth walking; pushes an allow-list guard's clean/restore around the body."""
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        if cond is None or body is None:
            return children
        inner = _unwrap(cond)
        if syntax.text(inner) in FALSY:
            self.dead.append((body.start_byte, body.end_byte))
            return [c for c in children if c.id != body.id]
        guarded = self._allow_listed(inner)
        if guarded is None:
            return children
        for child in reversed(children):
            if child.id == body.id:
                strict = STRICT_PREFIX + guarded
                stack.append(("restore", guarded, self.env.get(guarded)))
                stack.append(("restore", strict, self.env.get(strict)))
                stack.append(("enter", child))
                stack.append(("set", guarded, CLEAN))
                stack.append(("set", strict, CLEAN))
            else:
                stack.append(("enter", child))
        return None

    def _allow_listed(self, cond, negated: bool = False) -> str | None:
        """`x in ALLOWED` / `ALLOWED.includes(x)` (or their negation when `negated`): the name
        whose value the guard pins down."""
        if negated and cond.type in ("unary_expression", "not_operator") and \
                cond.named_child_count == 1 and syntax.text(cond).startswith(("!", "not")):
            return self._allow_listed(_unwrap(cond.named_children[0]))
        if cond.type in self.profile.call_types and not negated and contained_path(cond):
            return contained_path(cond)
        if cond.type in self.profile.call_types and not negated and \
                VALIDATOR.match(syntax.callee_name(cond, self.profile)):
            positional, _ = syntax.call_arguments(cond, self.profile)
            if positional and (positional[0].type == "identifier" or
                               positional[0].type in self.profile.attribute_types):
                return syntax.text(positional[0])
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
        return None

    def _early_exit_guard(self, node) -> None:
        """`if x not in ALLOWED: return/raise/abort(...)`: after the `if`, x is allow-listed."""
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("consequence")
        if cond is None or body is None or node.child_by_field_name("alternative") is not None:
            return
        # `if a not in OK or not is_safe(b): return`: each disjunct's name is pinned after it
        names = [n for n in (self._allow_listed(_unwrap(d), negated=True)
                             for d in _disjuncts(_unwrap(cond))) if n is not None]
        if not names:
            return
        last = body.named_children[-1] if body.named_child_count and body.type in (
            "block", "statement_block") else body
        if last.type in EXIT_TYPES or (
                last.type == "expression_statement" and last.named_child_count
                and last.named_children[0].type in self.profile.call_types
                and syntax.text(last).startswith(("abort(", "flask.abort(", "sys.exit("))) or \
                (len(names) == 1 and self._replaced(last, names[0])):
            for name in names:
                self.env[name] = CLEAN
                self.env[STRICT_PREFIX + name] = CLEAN
                url = self.env.get(HOST_KEY + name)
                if url is not None and url in self.env:
                    self.env[url] = neutralise(self.env[url], frozenset({"ssrf", "redirect"}))

    def _html_target(self, node) -> bool:
        target = node.child_by_field_name("left")
        prop = target.child_by_field_name("property") if target is not None and \
            target.type in self.profile.attribute_types else None
        return prop is not None and syntax.text(prop) in self.spec.html_props

    def _replaced(self, stmt, name: str) -> bool:
        """`if not is_safe(x): x = default`: the branch ends by replacing x with clean data."""
        if stmt.type == "expression_statement" and stmt.named_child_count == 1:
            stmt = stmt.named_children[0]
        if stmt.type not in ("assignment", "assignment_expression"):
            return False
        target, value = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        return target is not None and value is not None and target.type == "identifier" and \
            syntax.text(target) == name and not self.ev.taint(value, self.env)

    def _exit(self, node) -> None:
        t = node.type
        if t in self.functions:
            self.scopes.pop()
            self.routes.pop()
        elif t == "return_statement":
            self._returned_html(node)
        elif t == "if_statement":
            self._early_exit_guard(node)
        elif t in ASSIGN_TYPES:
            if t == "assignment_expression" and len(self.snapshots) < MAX_SNAPSHOTS and \
                    self._html_target(node):
                # `el.innerHTML = ...`: a syntactic rule may ask whether the value is safe
                self.snapshots[node.id] = dict(self.env)
            self._assignment(node)
        elif t in self.profile.call_types:
            self._call(node)
        elif t in ("dictionary", "object"):
            self._object_literal(node)
        elif t == "tuple" and node.named_child_count == 2:
            role = node.named_children[0]
            if role.type == "string" and syntax.string_content(role) in ("system", "developer"):
                self._record("system-prompt", node, "prompt template",
                             self.ev.taint(node.named_children[1], self.env))

    # -- scopes and bindings ----------------------------------------------------------------
    def _open_scope(self, node) -> None:
        env, heads = self.scopes[-1]
        new_env = dict(env)
        route = self._decorated(node, ROUTE_DECORATOR) or self._next_route(node)
        # a tool's arguments are chosen by the model that calls it
        label = PARAM if route else tool_label(self.ctx, node)
        promised = self._promised(node, env)
        for name, default, param in self._params(node):
            # a route's `request` is read through its attributes; a tool's is the model's call
            tainted = label and name not in NOT_INPUT_PARAMS and (
                name != "request" or label == TOOL) and not (
                default is not None and "Depends(" in syntax.text(default)) and \
                not _scalar_annotation(param)
            new_env[name] = tag(label, param) if tainted else promised
            new_env[STRICT_PREFIX + name] = self.strict.unknown(param)
        self.scopes.append((new_env, dict(heads)))
        self.routes.append(route)

    def _promised(self, node, env) -> frozenset:
        """`p.then(r => ...)`: the callback's parameter holds what the promise resolves to."""
        args = node.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression":
            return CLEAN
        fn = call.child_by_field_name("function")
        prop = fn.child_by_field_name("property") if fn is not None and \
            fn.type == "member_expression" else None
        if prop is None or syntax.text(prop) != "then":
            return CLEAN
        return self.ev.taint(fn.child_by_field_name("object"), env)

    @staticmethod
    def _next_route(node) -> bool:
        """Next.js route handlers: `export async function GET(request, { params })`."""
        parent = node.parent
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
        cur = node.parent
        for _ in range(MAX_CLIMB):
            if cur is None or cur.type in self.functions:
                return False
            if cur.type in COND_TYPES:
                return True
            cur = cur.parent
        return True

    def _bind(self, target, taint: frozenset, conditional: bool, value=None,
              strict: frozenset | None = None) -> None:
        env, heads = self.scopes[-1]
        if strict is None:
            strict = self.strict.taint(value, env) if value is not None else \
                self.strict.unknown(target)
        if target.type in self.profile.attribute_types:
            names = [self.ev.name_of(target)]
        elif target.type in ("subscript", "subscript_expression"):
            # `d["k"] = v` adds to d; it never cleans the rest of d
            base = target.child_by_field_name("value") or target.child_by_field_name("object")
            if base is not None and base.type == "identifier":
                name = syntax.text(base)
                if taint:
                    env[name] = env.get(name, CLEAN) | taint
                key = STRICT_PREFIX + name
                env[key] = env.get(key, CLEAN) | strict
            return
        else:
            names = self._names(target)
        for name in names:
            key = STRICT_PREFIX + name
            if conditional:
                env[name] = env.get(name, CLEAN) | taint
                env[key] = env.get(key, CLEAN) | strict
            else:
                env[name] = taint
                env[key] = strict
            if value is not None and value.type in LIST_TYPES and value.named_child_count:
                head = self.ev.taint(value.named_children[0], env)
                heads[name] = (heads.get(name, CLEAN) | head) if conditional else head
            elif not conditional:
                heads.pop(name, None)

    def _assignment(self, node) -> None:
        t = node.type
        target = node.child_by_field_name("left") or node.child_by_field_name("name")
        value = node.child_by_field_name("right") or node.child_by_field_name("value")
        if target is None or value is None:
            return
        taint = self.ev.taint(value, self.env)
        strict = self.strict.taint(value, self.env)
        if t in ("augmented_assignment", "augmented_assignment_expression"):
            taint |= self.ev.taint(target, self.env)
            strict |= self.strict.taint(target, self.env)
        if t == "assignment_expression" and target.type in self.profile.attribute_types:
            prop = target.child_by_field_name("property")
            if prop is not None and syntax.text(prop) in self.spec.html_props:
                self._record("xss", node, syntax.text(prop), taint)
        self._bind(target, taint, self._conditional(node), value, strict)
        if target.type == "identifier":
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


# a route parameter declared with one of these types is parsed and validated by the framework
# (FastAPI, Flask converters): it cannot carry text
SCALAR_TYPES = frozenset({"int", "float", "bool", "UUID", "uuid.UUID", "datetime", "date",
                          "datetime.datetime", "datetime.date", "Decimal", "decimal.Decimal"})


def _scalar_annotation(param) -> bool:
    kind = param.child_by_field_name("type")
    return kind is not None and syntax.text(kind) in SCALAR_TYPES


def _disjuncts(cond) -> list:
    """`a or b or c` / `a || b` -> [a, b, c] (bounded)."""
    out, stack = [], [cond]
    while stack and len(out) < 16:
        n = stack.pop()
        op = n.child_by_field_name("operator")
        if n.type in ("boolean_operator", "binary_expression") and op is not None and \
                syntax.text(op) in ("or", "||"):
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
