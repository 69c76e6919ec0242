"""The taint of one expression, given what the enclosing function knows about its names.

A taint is a frozenset of (label, neutralised, line) triples: `label` says what kind of source
the data came from, `line` where, `neutralised` the sink categories a sanitizer already made it
safe for. The empty set is clean.
Expression evaluation recurses, but never deeper than MAX_DEPTH: past that an expression is
treated as clean rather than crashing on a file nested thousands of levels deep.
"""

from __future__ import annotations

import re

from ...engine import syntax
from ...engine.imports import resolve
from .constants import constant_text
from .containers import MODEL_PREFIX, constant_key, element
from .attributes import reopened
from .summaries import (ARG_PREFIX, arg_label, argument_taints, imported_taint, local_callee,
                        real, substitute)
from .specs import (DOCUMENT, DOCUMENT_ATTRS, EXCEPTION, LLM, LLM_READ, LLM_RUN_RECEIVER,
                    RANDOM, REQUEST, TOOL, Spec)
from .scope_keys import NOT_REQUEST, STRICT_PREFIX

CLEAN: frozenset = frozenset()
MAX_DEPTH = 60
LLM_CREATE = ("chat.completions.create", "completions.create", "messages.create",
              "responses.create", "chat.complete", "ollama.chat", "ollama.generate")

_WRAPPERS = frozenset({"parenthesized_expression", "await", "await_expression",
                       "non_null_expression", "as_expression", "satisfies_expression",
                       "type_assertion", "spread_element", "list_splat", "dictionary_splat",
                       "expression_statement", "variadic_argument"})
# Go `a[i]`, `a[1:]`, `v.(T)`, Java `a[i]`: an element of a tainted value is tainted
_ELEMENT_TYPES = frozenset({"index_expression", "slice_expression",
                            "type_assertion_expression", "array_access"})
_CONTAINERS = frozenset({"list", "tuple", "set", "array", "expression_list", "pattern_list",
                         "dictionary", "object", "pair", "concatenated_string", "argument_list",
                         "arguments", "list_comprehension", "generator_expression",
                         "set_comprehension", "dictionary_comprehension", "for_in_clause",
                         "conditional_expression", "ternary_expression", "boolean_operator",
                         "template_substitution", "interpolation", "format_expression",
                         "keyword_argument", "shorthand_property_identifier",
                         # Java and Go
                         "argument_list", "array_initializer", "array_creation_expression",
                         "literal_value", "composite_literal", "keyed_element",
                         "literal_element", "type_conversion_expression",
                         "cast_expression", "parenthesized_expression"})
# methods that build a string from their arguments whatever the receiver holds
STRING_BUILDERS = frozenset({"format", "format_map", "join", "replace", "concat", "substitute",
                             "safe_substitute", "format_messages", "format_prompt"})


LINE_BREAK = re.compile(r"\\[nr]")
# the first argument of an escape of every `<`: a string (Python's replace, JS replaceAll
# replace all occurrences; JS `replace("<", ...)` only the first) or a global regex
LT_ESCAPE = re.compile(r"""^(?:(['"])<\1|/<\/[imsuy]*g[imsuy]*)$""")
# `scheme://host/`, `scheme://host?` or `#`: the text so far decides where a URL goes
HOST_FIXED = re.compile(r"://[^/?#\0]+[/?#]")
HOST_FIXED_SAFE = frozenset({"ssrf", "redirect"})
TEXT_PARTS = frozenset({"string_start", "string_content", "string_end", "string_fragment",
                        "escape_sequence"})
_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?([a-zA-Z%])")


def _numeric_format(node, profile) -> bool:
    """A plain string literal whose every %-conversion is numeric (`%d`, `%.2f`, `%x`)."""
    if node is None or node.type not in profile.string_types or \
            any(c.type in profile.interpolation_types for c in node.named_children):
        return False
    kinds = _CONVERSION.findall(syntax.text(node))
    return bool(kinds) and all(k in "diouxXeEfFgG%" for k in kinds)


def neutralise(taint: frozenset, categories: frozenset[str]) -> frozenset:
    return frozenset((label, done | categories, line) for label, done, line in taint)


def labels_for(taint: frozenset, category: str) -> frozenset[str]:
    return frozenset(label for label, done, _ in taint if category not in done)


def source_lines(taint: frozenset, category: str) -> list:
    """Source lines: ints in this file, "path:line" strings for sources in another module."""
    return sorted({line for _, done, line in taint if category not in done},
                  key=lambda v: (1, 0, v) if isinstance(v, str) else (0, v, ""))


def tag(label: str, node) -> frozenset:
    return frozenset({(label, frozenset(), node.start_point[0] + 1)})


ALIASES_KEY = "taint.client_aliases"  # ctx.cache: variable name -> HTTP client module


class Evaluator:
    def __init__(self, ctx, spec: Spec):
        self.ctx = ctx
        self.spec = spec
        self.profile = ctx.profile
        self.imports = ctx.imports
        self._callees: dict[int, str] = {}  # call node id -> resolved callee (own imports)
        if ctx.language == "python":
            from .clients import client_aliases

            # both evaluators of the walk ask: one pass over the text per file
            aliases = ctx.cache.get(ALIASES_KEY)
            if aliases is None:
                aliases = ctx.cache[ALIASES_KEY] = client_aliases(ctx.doc.text, ctx.imports)
            if aliases:
                self.imports = {**ctx.imports, **aliases}
        self.shared_callees = self.imports is ctx.imports
        # `clean_all` globs ending in "*", as prefixes (asked at every call)
        self.clean_prefixes = tuple(c[:-1] for c in spec.clean_all if c.endswith("*"))
        # per-node text matching only pays off in files that read model responses at all
        self.llm_reads = LLM_READ.search(ctx.doc.text) is not None
        # predictable random values are followed through arithmetic only where they can occur
        self.randoms = "random" in ctx.doc.text
        # set by the walker: `cond -> name` for an allow-list test that pins `name` down
        self.guard = None
        # set by the walker: the summaries of this file's functions, by name
        self.summaries: dict | None = None
        self.imported: dict | None = None  # other modules' exported summaries, by callee
        self.popped: dict | None = None  # `l.pop(i)` call id -> the element it removed
        self.fields: dict | None = None  # (class, "self.x") -> taint set in any method
        self.classes: list = [-1]
        self.handlers: set = set()  # start bytes of the classes that handle HTTP requests
        self.field_misses: set = set()

    def name_of(self, node) -> str:
        return resolve(syntax.dotted_name(node, self.profile), self.imports)

    def callee(self, call) -> str:
        # the engine's dispatch already resolved most call nodes: share its per-node cache
        # unless this file's client aliases extend the imports
        if self.shared_callees:
            return self.ctx.callee(call)
        name = self._callees.get(call.id)
        if name is None:
            name = self._callees[call.id] = resolve(self.ctx.raw_callee(call), self.imports)
        return name

    def request_chain(self, name: str, env: dict | None = None) -> bool:
        parts = name.split(".")
        for i in range(len(parts) - 1):
            if parts[i] in self.spec.request_objects and parts[i + 1] in self.spec.request_attrs \
                    and (parts[i], parts[i + 1]) not in self.spec.not_request:
                # `req = requests.PreparedRequest()`: a local that is not the handled request
                return not (i == 0 and env is not None and env.get(NOT_REQUEST + parts[0]))
        return False

    def name_source(self, name: str, node, env: dict | None = None) -> frozenset:
        if self.request_chain(name, env):
            return tag(REQUEST, node)
        label = self.spec.source_name(name)
        if label and name in self.spec.handler_names and self.classes[-1] not in self.handlers:
            return CLEAN  # `self.path` of a class that does not handle HTTP requests
        return tag(label, node) if label else CLEAN

    def taint(self, node, env: dict, depth: int = 0) -> frozenset:
        if node is None or depth > MAX_DEPTH:
            return CLEAN
        t = node.type
        p = self.profile
        if t in ("identifier", "shorthand_property_identifier"):
            name = syntax.text(node)
            found = env.get(name)
            if found is not None:
                return found
            return self.name_source(resolve(name, self.imports), node)
        if t in _WRAPPERS:
            out = CLEAN
            for c in node.named_children:
                out |= self.taint(c, env, depth + 1)
            return out
        if t in p.attribute_types:
            return self._attribute(node, env, depth)
        if t in ("subscript", "subscript_expression"):
            obj = node.child_by_field_name("value") or node.child_by_field_name("object")
            name = self.name_of(obj) if obj is not None else ""
            if obj is not None and obj.type == "identifier" and MODEL_PREFIX + name in env:
                found = element(env[MODEL_PREFIX + name], constant_key(
                    node.child_by_field_name("subscript") or node.child_by_field_name("index")))
                if found is not None:
                    return found
            return self.name_source(name, node, env) | self.taint(obj, env, depth + 1)
        if t in p.call_types:
            return self._call(node, env, depth)
        if t in _ELEMENT_TYPES:
            return self.taint(node.child_by_field_name("operand") or
                              node.child_by_field_name("array"), env, depth + 1)
        if t in p.string_types or t in p.template_types:
            if "://" in syntax.text(node)[:200] or "{" in syntax.text(node)[:3]:
                fixed = self._host_fixed(node, node.children, env, depth)
                if fixed is not None:
                    return fixed
            out = CLEAN
            for c in node.named_children:
                if c.type in p.interpolation_types:
                    out |= self.taint(c, env, depth + 1)
            return out
        if t in p.concat_types or t == "augmented_assignment":
            op = node.child_by_field_name("operator")
            if t in p.concat_types and op is not None and syntax.text(op) == "+":
                fixed = self._host_fixed_concat(node, env, depth)
                if fixed is not None:
                    return fixed
            if op is not None and syntax.text(op) == "%" and _numeric_format(
                    node.child_by_field_name("left"), p):
                # `"... %d" % (a, b)`: only numbers can come out (Python raises otherwise)
                return CLEAN
            if op is not None and (syntax.text(op) in ("+", "%", "+=", "||", "??", "&&", "%=") or
                                   syntax.text(op) in ("/", "/=") and p.name == "python"):
                # Python's `/` also joins paths: `ROOT / name`
                return self.taint(node.child_by_field_name("left"), env, depth + 1) | \
                    self.taint(node.child_by_field_name("right"), env, depth + 1)
            return self._other_operator(node, env, depth)
        if t in ("conditional_expression", "ternary_expression") and self.guard is not None:
            picked = self._guarded_choice(node)
            if picked is not None:
                return self.taint(picked, env, depth + 1)
        if t in _CONTAINERS:
            out = CLEAN
            for c in node.named_children:
                if t in ("pair",) and c.id == (node.child_by_field_name("key") or c).id:
                    continue
                out |= self.taint(c, env, depth + 1)
            return out
        return self._other(node, env, depth)

    def _host_fixed_concat(self, node, env: dict, depth: int) -> frozenset | None:
        """`BASE_URL + "/" + path`: see `_host_fixed`; None unless the leftmost operand is
        a literal or module constant holding a scheme."""
        parts, complete = syntax.plus_operands(node, self.profile)
        if not complete or parts[0] is None or "://" not in (self._literal_text(parts[0]) or ""):
            return None
        return self._host_fixed(node, parts, env, depth)

    def _literal_text(self, part) -> str | None:
        p = self.profile
        if part.type in p.string_types and not any(
                c.type in p.interpolation_types for c in part.named_children):
            return syntax.text(part)
        return constant_text(self.ctx, part)

    def _host_fixed(self, node, parts, env: dict, depth: int) -> frozenset | None:
        """A URL whose leading constant text fixes scheme and host (`f"{API}/{x}"`,
        `"https://api.example.com/" + x`) goes to that host whatever follows: what follows
        can choose a path or query only (CodeQL's *partial* SSRF, outside its default
        suite), so its taint is neutralised for SSRF and redirects. None when the text does
        not start with such a prefix."""
        p = self.profile
        seen, before, after = "", CLEAN, CLEAN
        for part in parts:
            if part is None:
                continue
            fixed = HOST_FIXED.search(seen) is not None
            if not part.is_named or part.type in TEXT_PARTS:
                seen += syntax.text(part)
                continue
            text = self._literal_text(part)
            if text is not None:
                seen += text
                continue
            if not fixed and "://" not in seen:
                return None  # a dynamic scheme or host: not this shape
            taint = self.taint(part, env, depth + 1)
            if fixed:
                after |= taint
            else:
                before |= taint
                seen += "h"
        if not after:
            return None
        return before | neutralise(after, HOST_FIXED_SAFE)

    def _guarded_choice(self, node):
        """`ALLOWED.includes(x) ? x : "/"` / `x if x in ALLOWED else "/"`: the other branch
        is all that can carry attacker data."""
        if node.type == "ternary_expression":
            cond = node.child_by_field_name("condition")
            body = node.child_by_field_name("consequence")
            other = node.child_by_field_name("alternative")
        elif node.named_child_count == 3:
            body, cond, other = node.named_children
        else:
            return None
        if cond is None or body is None or other is None:
            return None
        while cond.type == "parenthesized_expression" and cond.named_child_count == 1:
            cond = cond.named_children[0]
        name = self.guard(cond)
        if name is not None and body.type == "identifier" and syntax.text(body) == name:
            return other
        return None

    # hooks for the strict evaluator: the base evaluator only follows sources
    def _other_operator(self, node, env: dict, depth: int) -> frozenset:
        # arithmetic makes numbers (never attacker text), but predictable ones stay predictable
        if not self.randoms:
            return CLEAN
        out = self.taint(node.child_by_field_name("left"), env, depth + 1) | \
            self.taint(node.child_by_field_name("right"), env, depth + 1)
        return frozenset(t for t in out if t[0] == RANDOM) if out else CLEAN

    def _other(self, node, env: dict, depth: int) -> frozenset:
        return CLEAN

    def _opaque_call(self, node, receiver, args_node, env: dict, depth: int) -> frozenset:
        return CLEAN

    def _attribute(self, node, env: dict, depth: int) -> frozenset:
        name = self.name_of(node)
        if name in env:
            return env[name]
        base = env.get(name.split(".", 1)[0])
        if base and any(label == TOOL for label, _, _ in base):
            # an MCP `CallToolRequest` handler's `request.params`: the model's call, not HTTP
            return base
        if self.fields is not None and name.split(".", 1)[0] in ("self", "this"):
            field = (self.classes[-1], name)
            if field in self.fields:
                return self.fields[field]
            self.field_misses.add(field)
        obj = node.child_by_field_name("object")
        if obj is not None and obj.type == "identifier" and \
                MODEL_PREFIX + syntax.text(obj) in env:
            prop = node.child_by_field_name("property")
            found = element(env[MODEL_PREFIX + syntax.text(obj)],
                            syntax.text(prop) if prop is not None else None)
            if found is not None:
                return found
        found = self.name_source(name, node, env)
        attr = node.child_by_field_name("attribute") or node.child_by_field_name("property")
        if attr is not None and syntax.text(attr) in DOCUMENT_ATTRS:
            found |= tag(DOCUMENT, node)
        if self.llm_reads and node.end_byte - node.start_byte < 400 and \
                LLM_READ.search(syntax.text(node)):
            found |= tag(LLM, node)
        obj = node.child_by_field_name("object") or node.child_by_field_name("operand")
        return found | self.taint(obj, env, depth + 1)

    def _call(self, node, env: dict, depth: int) -> frozenset:
        spec = self.spec
        name = self.callee(node)
        tail = name.rsplit(".", 1)[-1]
        if name in spec.clean_all or (self.clean_prefixes and
                                      name.startswith(self.clean_prefixes)):
            # a number is never attacker-shaped text, but a predictable one stays predictable
            args = node.child_by_field_name("arguments")
            return frozenset(t for t in self.taint(args, env, depth + 1) if t[0] == RANDOM) \
                if self.randoms and args is not None and args.named_child_count else CLEAN
        args_node = node.child_by_field_name("arguments")
        fn = node.child_by_field_name("function")
        if node.type == "method_invocation":  # Java: `obj.name(args)`
            receiver = node.child_by_field_name("object")
        else:
            receiver = (fn.child_by_field_name("object") or fn.child_by_field_name("operand")) \
                if fn is not None and fn.type in self.profile.attribute_types else None
        label = spec.source_call(name)
        if label:
            return tag(label, node)
        if self.request_chain(name, env):
            return tag(REQUEST, node)
        if tail in spec.llm_call_tails or any(name.endswith(s) for s in LLM_CREATE) or (
                tail in ("run", "arun") and receiver is not None
                and LLM_RUN_RECEIVER.search(syntax.text(receiver)[:80])):
            return tag(LLM, node)
        if self.summaries and self.ctx.raw_callee(node).rsplit(".", 1)[-1] in self.summaries:
            local = local_callee(node, self.profile, self.imports)
            summary = self.summaries.get(local) if local else None
            if summary is not None:
                positional, keywords = argument_taints(
                    node, self.profile, lambda a: self.taint(a, env, depth + 1))
                return _validation_result(tail, substitute(
                    summary.returns, summary, positional, keywords, keep_real=True))
        if self.popped and node.id in self.popped:
            return self.popped[node.id]
        if tail == "get" and receiver is not None and receiver.type == "identifier" and \
                MODEL_PREFIX + syntax.text(receiver) in env:
            positional, _ = syntax.call_arguments(node, self.profile)
            found = element(env[MODEL_PREFIX + syntax.text(receiver)],
                            constant_key(positional[0]) if positional else None)
            if found is not None:
                default = self.taint(positional[1], env, depth + 1) if len(positional) > 1 \
                    else CLEAN
                return found | default
        if self.imported and name in self.imported:
            found = self.imported[name]
            positional, keywords = argument_taints(
                node, self.profile, lambda a: self.taint(a, env, depth + 1))
            return _validation_result(tail, imported_taint(found, found.get("file", "?"),
                                                           positional, keywords))
        sanitized = spec.sanitizers.get(name) or spec.sanitizers.get(tail if receiver is None
                                                                     else "")
        if sanitized is not None:
            return neutralise(self.taint(args_node, env, depth + 1), sanitized)
        if name in spec.passthrough:
            taint = self.taint(args_node, env, depth + 1)
            if taint and args_node is not None:
                # HTML-escaped text placed in an unquoted attribute is not neutralised
                taint = reopened(node, name, syntax.call_arguments(node, self.profile)[0],
                                 taint, self.profile)
            return taint
        if receiver is not None:
            # a method of a tainted value (`s.strip()`, `res.json()`), or a string method
            # fed tainted arguments (`" ".join(parts)`, `"{}".format(x)`)
            recv = self.taint(receiver, env, depth + 1)
            if recv or tail in STRING_BUILDERS or receiver.type in \
                    self.profile.string_types | self.profile.template_types | \
                    {"concatenated_string"}:
                out = recv | self.taint(args_node, env, depth + 1)
                if tail in ("replace", "replaceAll") and out and args_node is not None and \
                        args_node.named_child_count and LINE_BREAK.search(
                            syntax.text(args_node.named_children[0])[:40]):
                    # `s.replace("\n", "")`: no line break left to forge a log entry or header
                    out = neutralise(out, frozenset({"log", "header"}))
                if tail in ("replace", "replaceAll") and out and args_node is not None and \
                        args_node.named_child_count >= 2 and (LT_ESCAPE.match(
                            first := syntax.text(args_node.named_children[0])[:12])) and (
                            first[0] == "/" or tail == "replaceAll" or
                            self.profile.name == "python") and \
                        "&lt;" in syntax.text(args_node.named_children[1])[:12]:
                    # `s.replace("<", "&lt;")` / `s.replace(/</g, "&lt;")`: no tag can open,
                    # which is what HTML element content needs (the usual hand-written escape)
                    out = neutralise(out, frozenset({"xss"}))
                return out
        return self._opaque_call(node, receiver, args_node, env, depth)


# a function that validates input (`validateSchema`, `validate_payload`, `runValidation`):
# the error it returns says why the *input* was rejected, and is meant for the client
VALIDATES = re.compile(r"^(?:validat(?:e|ion|or)|run_?[Vv]alidation|check_?[Ss]chema)"
                       r"|Validat(?:e|ion|or)(?:$|[A-Z_])|_validat(?:e|ion|or)(?:$|_)")


def _validation_result(tail: str, taint: frozenset) -> frozenset:
    if taint and VALIDATES.search(tail) and any(t[0] == EXCEPTION for t in taint):
        return frozenset(t for t in taint if t[0] != EXCEPTION)
    return taint


UNKNOWN = "unknown"  # strict evaluation: a value the analysis cannot pin down
_LITERAL_TYPES = frozenset({"integer", "float", "true", "false", "none", "null", "undefined",
                            "number", "regex", "comparison_operator", "not_operator",
                            "unary_expression", "string_fragment", "escape_sequence"})


class StrictEvaluator(Evaluator):
    """Proves a value safe rather than finding it tainted: everything the analysis cannot
    pin down (a parameter, an attribute, a call it does not know) carries the label
    UNKNOWN, so an expression with no label left for a sink category is made only of
    literals, constants and values a sanitizer or conversion made safe for it."""

    def unknown(self, node) -> frozenset:
        return tag(UNKNOWN, node)

    def taint(self, node, env: dict, depth: int = 0) -> frozenset:
        if node is None or depth > MAX_DEPTH:
            return CLEAN if node is None else self.unknown(node)
        t = node.type
        if t in ("identifier", "shorthand_property_identifier"):
            name = syntax.text(node)
            found = env.get(STRICT_PREFIX + name)
            if found is not None:
                return found
            return self.name_source(resolve(name, self.imports), node) | self.unknown(node)
        if t in self.profile.attribute_types:
            found = env.get(STRICT_PREFIX + self.name_of(node))
            if found is not None:
                return found
            return super()._attribute(node, env, depth) | self.unknown(node)
        if t in ("subscript", "subscript_expression"):
            # an element of a known container is as safe as the container
            obj = node.child_by_field_name("value") or node.child_by_field_name("object")
            return self.taint(obj, env, depth + 1)
        if t in _LITERAL_TYPES:
            return CLEAN
        return super().taint(node, env, depth)

    def _other_operator(self, node, env: dict, depth: int) -> frozenset:
        # arithmetic on known values stays known
        return self.taint(node.child_by_field_name("left"), env, depth + 1) | \
            self.taint(node.child_by_field_name("right"), env, depth + 1)

    def _other(self, node, env: dict, depth: int) -> frozenset:
        return self.unknown(node)

    def _opaque_call(self, node, receiver, args_node, env: dict, depth: int) -> frozenset:
        if receiver is not None and receiver.type == "identifier" and \
                not self.taint(receiver, env, depth + 1):
            # a method of a known value (`name.strip()`)
            return self.taint(args_node, env, depth + 1)
        return self.unknown(node)
