"""The taint of one expression, given what the enclosing function knows about its names.

A taint is a frozenset of (label, neutralised, line) triples: `label` says what kind of source
the data came from, `line` where, `neutralised` the sink categories a sanitizer already made it
safe for. The empty set is clean.
Expression evaluation recurses, but never deeper than MAX_DEPTH: past that an expression is
treated as clean rather than crashing on a file nested thousands of levels deep.
"""

from __future__ import annotations

from .. import syntax
from ..imports import resolve
from .specs import DOCUMENT, DOCUMENT_ATTRS, LLM, LLM_READ, LLM_RUN_RECEIVER, REQUEST, Spec

CLEAN: frozenset = frozenset()
MAX_DEPTH = 60
LLM_CREATE = ("chat.completions.create", "completions.create", "messages.create",
              "responses.create", "chat.complete", "ollama.chat", "ollama.generate")

_WRAPPERS = frozenset({"parenthesized_expression", "await", "await_expression",
                       "non_null_expression", "as_expression", "satisfies_expression",
                       "type_assertion", "spread_element", "list_splat", "dictionary_splat",
                       "expression_statement"})
_CONTAINERS = frozenset({"list", "tuple", "set", "array", "expression_list", "pattern_list",
                         "dictionary", "object", "pair", "concatenated_string", "argument_list",
                         "arguments", "list_comprehension", "generator_expression",
                         "set_comprehension", "dictionary_comprehension", "for_in_clause",
                         "conditional_expression", "ternary_expression", "boolean_operator",
                         "template_substitution", "interpolation", "format_expression",
                         "keyword_argument", "shorthand_property_identifier"})
# methods that build a string from their arguments whatever the receiver holds
STRING_BUILDERS = frozenset({"format", "format_map", "join", "replace", "concat", "substitute",
                             "safe_substitute", "format_messages", "format_prompt"})


def neutralise(taint: frozenset, categories: frozenset[str]) -> frozenset:
    return frozenset((label, done | categories, line) for label, done, line in taint)


def labels_for(taint: frozenset, category: str) -> frozenset[str]:
    return frozenset(label for label, done, _ in taint if category not in done)


def source_lines(taint: frozenset, category: str) -> list[int]:
    return sorted({line for _, done, line in taint if category not in done})


def tag(label: str, node) -> frozenset:
    return frozenset({(label, frozenset(), node.start_point[0] + 1)})


class Evaluator:
    def __init__(self, ctx, spec: Spec):
        self.ctx = ctx
        self.spec = spec
        self.profile = ctx.profile
        self.imports = ctx.imports
        # per-node text matching only pays off in files that read model responses at all
        self.llm_reads = LLM_READ.search(ctx.doc.text) is not None

    def name_of(self, node) -> str:
        return resolve(syntax.dotted_name(node, self.profile), self.imports)

    def callee(self, call) -> str:
        return resolve(syntax.callee_name(call, self.profile), self.imports)

    def request_chain(self, name: str) -> bool:
        parts = name.split(".")
        for i in range(len(parts) - 1):
            if parts[i] in self.spec.request_objects and parts[i + 1] in self.spec.request_attrs:
                return True
        return False

    def name_source(self, name: str, node) -> frozenset:
        if self.request_chain(name):
            return tag(REQUEST, node)
        label = self.spec.source_name(name)
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
            return self.name_source(name, node) | self.taint(obj, env, depth + 1)
        if t in p.call_types:
            return self._call(node, env, depth)
        if t in p.string_types or t in p.template_types:
            out = CLEAN
            for c in node.named_children:
                if c.type in p.interpolation_types:
                    out |= self.taint(c, env, depth + 1)
            return out
        if t in p.concat_types or t == "augmented_assignment":
            op = node.child_by_field_name("operator")
            if op is not None and syntax.text(op) in ("+", "%", "+=", "||", "??", "&&", "%="):
                return self.taint(node.child_by_field_name("left"), env, depth + 1) | \
                    self.taint(node.child_by_field_name("right"), env, depth + 1)
            return CLEAN
        if t in _CONTAINERS:
            out = CLEAN
            for c in node.named_children:
                if t in ("pair",) and c.id == (node.child_by_field_name("key") or c).id:
                    continue
                out |= self.taint(c, env, depth + 1)
            return out
        return CLEAN

    def _attribute(self, node, env: dict, depth: int) -> frozenset:
        name = self.name_of(node)
        if name in env:
            return env[name]
        found = self.name_source(name, node)
        attr = node.child_by_field_name("attribute") or node.child_by_field_name("property")
        if attr is not None and syntax.text(attr) in DOCUMENT_ATTRS:
            found |= tag(DOCUMENT, node)
        if self.llm_reads and node.end_byte - node.start_byte < 400 and \
                LLM_READ.search(syntax.text(node)):
            found |= tag(LLM, node)
        obj = node.child_by_field_name("object")
        return found | self.taint(obj, env, depth + 1)

    def _call(self, node, env: dict, depth: int) -> frozenset:
        spec = self.spec
        name = self.callee(node)
        tail = name.rsplit(".", 1)[-1]
        if name in spec.clean_all or any(c.endswith("*") and name.startswith(c[:-1])
                                         for c in spec.clean_all):
            return CLEAN
        args_node = node.child_by_field_name("arguments")
        fn = node.child_by_field_name("function")
        receiver = fn.child_by_field_name("object") if fn is not None and \
            fn.type in self.profile.attribute_types else None
        label = spec.source_call(name)
        if label:
            return tag(label, node)
        if self.request_chain(name):
            return tag(REQUEST, node)
        if tail in spec.llm_call_tails or any(name.endswith(s) for s in LLM_CREATE) or (
                tail in ("run", "arun") and receiver is not None
                and LLM_RUN_RECEIVER.search(syntax.text(receiver)[:80])):
            return tag(LLM, node)
        sanitized = spec.sanitizers.get(name) or spec.sanitizers.get(tail if receiver is None
                                                                     else "")
        if sanitized is not None:
            return neutralise(self.taint(args_node, env, depth + 1), sanitized)
        if name in spec.passthrough:
            return self.taint(args_node, env, depth + 1)
        if receiver is not None:
            # a method of a tainted value (`s.strip()`, `res.json()`), or a string method
            # fed tainted arguments (`" ".join(parts)`, `"{}".format(x)`)
            recv = self.taint(receiver, env, depth + 1)
            if recv or tail in STRING_BUILDERS or receiver.type in \
                    self.profile.string_types | self.profile.template_types | \
                    {"concatenated_string"}:
                return recv | self.taint(args_node, env, depth + 1)
        return CLEAN
