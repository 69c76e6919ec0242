"""Per-file analysis: read once, prefilter, parse once, one traversal for all rules.

For each language the engine compiles a plan: matchers indexed by what they look at (call
names, assignment targets, comments, strings, node types), so a file costs one tree-sitter
query for the node types its active rules need, plus one dispatch per matching node — never
one walk per rule. A rule whose keywords are absent from the file costs a substring test.
"""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from dataclasses import dataclass, field

from . import fingerprints, overlap, suppressions
from .context import FileContext
from .matchers import AssignMatcher, CallMatcher, CheckMatcher, JoinedNodes, QueryMatcher, RegexMatcher, assignment_parts, compile_rule, joint_matches
from ..model import Document, Finding, Notification, Rule
from .grammars import PROFILES
from ..pipeline.reading import read_document
from .rules import RuleError, RuleSet
from ..analyses.secrets.allowlist import drop_allowlisted


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    lines: int = 0
    analysed: bool = True  # False: skipped (binary, too large, unreadable, over budget, crashed)
    # what the file holds, from the fact collectors (aiscan.analyses.facts), whatever the rules
    facts: dict = field(default_factory=dict)


class LanguagePlan:
    """The matchers of one language, indexed for single-pass dispatch."""

    def __init__(self, language: str | None, rules: list[Rule], compiled: dict[str, list],
                 collectors=()):
        self.language = language
        self.rules = rules
        self.collectors = [c for c in collectors if language in c.languages]
        self._automata = None
        self._keyword_sets = None
        self.matchers: list[tuple[Rule, object]] = []
        for rule in rules:
            for m in compiled[rule.id]:
                if m.languages and language not in m.languages and not (
                    "generic" in m.languages and language is None):
                    continue
                if isinstance(m, RegexMatcher) and m.scope != "any" and language not in PROFILES:
                    continue  # comment/string scopes need a tree
                self.matchers.append((rule, m))

    def active(self, text: str) -> list[tuple[Rule, object]]:
        return self.triggered(text)[0]

    def triggered(self, text: str) -> tuple[list[tuple[Rule, object]], list]:
        """The matchers and the fact collectors whose trigger words occur in `text`."""
        present = self._keywords_in(text)
        if self._keyword_sets is None:  # each rule's keywords as a set: one C-level test each
            self._keyword_sets = [(rule, m, frozenset(rule.keywords) or None)
                                  for rule, m in self.matchers]
        return ([(rule, m) for rule, m, words in self._keyword_sets
                 if words is None or not words.isdisjoint(present)],
                [c for c in self.collectors
                 if not c.keywords or any(k in present for k in c.keywords)])

    def _keywords_in(self, text: str) -> set[str]:
        """Every rule keyword that occurs in `text`, found in one Aho-Corasick pass.

        Measured on CPython's stdlib with ~440 keywords: one `in` test per keyword costs ~29 ms
        on a 107 kB file; the automaton finds them all in ~3 ms. Keywords written `(?i)word`
        are matched case-insensitively, on a lower-cased copy of the text."""
        if self._automata is None:
            words = [k for rule, _ in self.matchers for k in rule.keywords]
            words += [k for c in self.collectors for k in c.keywords]
            self._automata = (_automaton(words, False), _automaton(words, True))
        plain, folded = self._automata
        # a set built in C from the (end, keyword) pairs: common keywords occur thousands of
        # times in a large file
        present = set(map(_SECOND, plain.iter(text))) if len(plain) else set()
        if len(folded):
            present.update(map(_SECOND, folded.iter(text.lower())))
        return present


def _automaton(words, ignore_case: bool):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for k in words:
        if k.startswith(CASELESS) == ignore_case:
            automaton.add_word(k[len(CASELESS):].lower() if ignore_case else k, k)
    if len(automaton):
        automaton.make_automaton()
    return automaton


CASELESS = "(?i)"
_SECOND = operator.itemgetter(1)


class Analyzer:
    def __init__(self, ruleset: RuleSet, max_file_size: int = 2_000_000,
                 honor_foreign_suppressions: bool = False, report_unused_ignores: bool = False):
        self.ruleset = ruleset
        self.max_file_size = max_file_size
        self.honor_foreign_suppressions = honor_foreign_suppressions
        self.report_unused_ignores = report_unused_ignores
        self.compiled: dict[str, list] = {}
        for rule in ruleset.rules:
            try:
                self.compiled[rule.id] = compile_rule(rule)
            except (KeyError, ValueError) as exc:
                raise RuleError(f"{rule.source}: invalid rule at 'match': {exc}") from None
        self._plans: dict[str | None, LanguagePlan] = {}
        # calls at which the taint walk snapshots its scope: those whose rules ask `unsafe_for`
        snapshots: dict[str, object] = {}
        for matchers in self.compiled.values():
            for m in matchers:
                if isinstance(m, CallMatcher) and m.asks_proof:
                    snapshots.setdefault(m.callee.pattern, m.callee)
        self.snapshot_callees = tuple(snapshots.values())
        # project-wide facts checks load once (a project's manifests), shared by its files
        self.scan_memo: dict = {}

    def validate_queries(self, include_builtin: bool = True) -> None:
        """Compile every query for every language it names: a bad query is a start-up error.

        The built-in rules' queries are proven by the test suite (tests/test_rules.py), so a
        scan checks only the rules it was given from elsewhere; compiling all of them cost a
        third of a second at every start."""
        from .rules import builtin_rules_dir

        builtin = str(builtin_rules_dir())
        for rule in self.ruleset.rules:
            if not include_builtin and rule.source.startswith(builtin):
                continue
            for m in self.compiled[rule.id]:
                if isinstance(m, QueryMatcher):
                    for lang in (m.languages or rule.languages):
                        if lang in PROFILES:
                            try:
                                m.compile(lang)
                            except Exception as exc:  # tree_sitter.QueryError and friends
                                raise RuleError(
                                    f"{rule.source}: invalid rule at 'match/query' for {lang}: {exc}"
                                ) from None

    def plan(self, language: str | None) -> LanguagePlan:
        plan = self._plans.get(language)
        if plan is None:
            from ..analyses.facts import COLLECTORS

            plan = LanguagePlan(language, self.ruleset.for_language(language), self.compiled,
                                COLLECTORS)
            self._plans[language] = plan
        return plan

    def analyze(self, abs_path: str, rel: str, facts: dict | None = None) -> FileResult:
        """`facts`: what the scan learnt about this file from others (e.g. the parameters
        other modules pass tainted data to); the analyses read them from ctx.cache["incoming"]."""
        result = FileResult(rel)
        doc = read_document(abs_path, rel, self.max_file_size, result.notifications)
        if doc is None:
            result.analysed = False
            return result
        result.lines = line_count(doc.text)
        cut = len(abs_path) - len(rel)
        if cut > 0 and abs_path.endswith(rel) and abs_path[cut - 1] in "/\\":
            doc.root = abs_path[: cut - 1] or "/"
        try:
            self._analyze_document(doc, result, facts)
        except RecursionError:
            result.analysed = False
            result.notifications.append(Notification(
                "file too deeply nested to analyse; skipped", rel, "warning"))
        return result

    def analyze_document(self, doc: Document) -> FileResult:
        result = FileResult(doc.path, lines=line_count(doc.text))
        self._analyze_document(doc, result)
        return result

    def embedded_plan(self, language: str, categories) -> LanguagePlan:
        """The rules of `language` for code embedded in another file (notebook cells): the
        generic rules already ran on the file's own text."""
        from .languages import expand

        key = ("embedded", language, categories)
        plan = self._plans.get(key)
        if plan is None:
            rules = [r for r in self.ruleset.rules
                     if "generic" not in r.languages and language in expand(r.languages)
                     and (categories is None or r.category in categories)]
            from ..analyses.facts import COLLECTORS

            plan = LanguagePlan(language, rules, self.compiled, COLLECTORS)
            self._plans[key] = plan
        return plan

    def _analyze_document(self, doc: Document, result: FileResult,
                          incoming: dict | None = None) -> None:
        from ..pipeline.roles import detect as detect_role

        result.facts["role"] = detect_role(doc.path, doc.text)  # policy applies it after the scan
        from .embedded import parts

        embedded = parts(doc)
        # a suppression comment in embedded code is for the code's rules: only the code's pass
        # can tell whether it was used
        self._analyze_part(doc, self.plan(doc.language), result, report_unused=not embedded,
                           incoming=incoming)
        for part in embedded:
            found = FileResult(doc.path)
            self._analyze_part(part.doc, self.embedded_plan(part.doc.language, part.categories),
                               found, part.what, part.file_line)
            for finding in found.findings:
                finding.location = part.locate(finding.location)
            result.findings.extend(found.findings)
            result.notifications.extend(part.notification(n) for n in found.notifications)
            for name, facts in found.facts.items():  # what the code holds (LLM calls…)
                result.facts.setdefault(name, part.facts(facts))

    def _analyze_part(self, doc: Document, plan: LanguagePlan, result: FileResult,
                      what: str = "file", file_line=None, report_unused: bool = True,
                      incoming: dict | None = None) -> None:
        active, collectors = plan.triggered(doc.text)
        source = doc.text.encode("utf-8", "surrogatepass")
        needs_tree = doc.language in PROFILES and (any(
            not (isinstance(m, RegexMatcher) and m.scope == "any") and not _text_check(rule, m)
            for rule, m in active) or any(c.tree == "required" for c in collectors))
        tree = None
        if needs_tree:
            from .jsx_text import parse

            tree, source = parse(doc.language, source)
            if tree.root_node.has_error and what:  # inline scripts hold template tags
                result.notifications.append(Notification(
                    f"syntax errors in {what}; results come from the parts that parsed",
                    doc.path, "note"))
        ctx = FileContext(doc, source, tree, self.ruleset.known, self.snapshot_callees,
                          self.scan_memo)
        if file_line is not None:
            ctx.file_line = file_line
        if incoming:
            ctx.cache["incoming"] = incoming  # what the scan learnt about this file from others
        for rule, m in active:
            if isinstance(m, RegexMatcher) and m.scope == "any" and m.applies_to(doc.path):
                self._guard(rule, result, m.scan_text, ctx, doc.text)
        if tree is not None:
            self._traverse(ctx, active, result)
        # query rules: one pass over the tree for all of them, each reported at its turn
        queries = [m for _, m in active if isinstance(m, QueryMatcher)] if tree is not None \
            else []
        joint = None
        if len(queries) > 1:
            try:
                joint = iter(joint_matches(ctx, queries))  # in the order of `active`
            except Exception:  # noqa: BLE001 - each rule's own query runs and reports
                joint = None
        for rule, m in active:
            if isinstance(m, QueryMatcher):
                if tree is not None:
                    if joint is not None:
                        self._guard(rule, result, m.report_matches, ctx, next(joint))
                    else:
                        self._guard(rule, result, m.run, ctx)
            elif isinstance(m, CheckMatcher) and m.node_types is None and (
                    tree is not None or _text_check(rule, m)):
                self._guard(rule, result, m.run, ctx)  # text files: generic rules only
        self._collect_facts(ctx, collectors, result)
        # secret rules honour detect-secrets/gitleaks allowlist comments (aiscan.analyses.secrets.allowlist)
        findings = drop_allowlisted(ctx.findings, doc, self.ruleset)
        fingerprints.assign(findings, doc)
        # one weakness, one finding; then suppressions, which cover the collapsed ids too
        findings = overlap.collapse(findings, self.ruleset.by_id)
        result.notifications.extend(suppressions.apply(
            doc, findings, self.ruleset.by_id, self.honor_foreign_suppressions,
            self.report_unused_ignores and report_unused))
        result.findings.extend(findings)

    @staticmethod
    def _collect_facts(ctx: FileContext, collectors, result: FileResult) -> None:
        """After the rules, in the same pass: collectors reuse what rules memoised in ctx.cache."""
        for c in collectors:
            if c.tree != "none" and ctx.tree is None:
                continue
            try:
                facts = c.collect(ctx)
            except RecursionError:
                facts = None
            except Exception as exc:  # noqa: BLE001 - a fact that fails is a notification
                result.notifications.append(Notification(
                    f"collecting {c.name} facts failed on this file: {type(exc).__name__}: {exc}",
                    result.path, "error"))
                continue
            if facts:
                result.facts[c.name] = facts

    def _traverse(self, ctx: FileContext, active, result: FileResult) -> None:
        profile = ctx.profile
        calls_exact: dict[str, list] = defaultdict(list)  # by the callee's last segment
        calls_head: dict[str, list] = defaultdict(list)  # by its first segment (`requests.*`)
        calls_any: list = []
        assigns: list = []
        by_type: dict[str, list] = defaultdict(list)
        for rule, m in active:
            if isinstance(m, CallMatcher):
                for key in m.index_keys():
                    if key is None:
                        calls_any.append(m)
                    else:
                        (calls_exact if key[0] == "tail" else calls_head)[key[1]].append(m)
            elif isinstance(m, AssignMatcher):
                assigns.append(m)
            elif isinstance(m, RegexMatcher) and m.scope != "any" and m.applies_to(ctx.path):
                types = profile.comment_types if m.scope == "comment" else \
                    profile.string_types | profile.template_types
                for t in types:
                    by_type[t].append(m)
            elif isinstance(m, CheckMatcher) and m.node_types is not None:
                for t in m.node_types:
                    by_type[t].append(m)
        by_callee: dict[tuple[str, str], tuple] = {}  # (last, first segment) -> matchers
        types = set(by_type)
        if calls_exact or calls_head or calls_any:
            types |= profile.call_types
        if assigns:
            types |= profile.assign_types
        if not types:
            return
        import tree_sitter

        query = _dispatch_query(ctx.language, frozenset(types))
        captures = tree_sitter.QueryCursor(query).captures(ctx.tree.root_node)
        for node_type, nodes in captures.items():
            is_call = node_type in profile.call_types and (calls_exact or calls_head or calls_any)
            is_assign = node_type in profile.assign_types and assigns
            handlers = by_type.get(node_type, ())
            texts = [m for m in handlers if isinstance(m, RegexMatcher)]
            if texts:  # comment/string regexes: one search over all such nodes of the file
                joined = JoinedNodes(nodes)
                for m in texts:
                    self._guard(m.rule, result, m.on_joined, ctx, joined)
                handlers = [m for m in handlers if not isinstance(m, RegexMatcher)]
            if not (is_call or is_assign or handlers):
                continue
            # checks on this node type, called directly: the dispatch runs for every node of
            # the file, so a failure is caught inline (free in 3.11) rather than by `_guard`
            # (what remains in `handlers` are checks: regexes were run on the joined text)
            checks = [(m.rule, m.check.func) for m in handlers]
            for node in nodes:
                if is_call:
                    name = ctx.callee(node)
                    key = (name.rsplit(".", 1)[-1], name.split(".", 1)[0])
                    matchers = by_callee.get(key)
                    if matchers is None:
                        matchers = by_callee[key] = _call_matchers(
                            calls_exact, calls_head, calls_any, *key)
                    for m in matchers:
                        self._guard(m.rule, result, m.on_call, ctx, node, name)
                if is_assign:
                    parts = assignment_parts(node, ctx)
                    if parts is not None:
                        for m in assigns:
                            self._guard(m.rule, result, m.on_assign, ctx, node, *parts)
                for rule, func in checks:
                    try:
                        func(ctx, rule, node)
                    except Exception as exc:  # noqa: BLE001 - isolation is the point
                        self._failed(rule, result, exc)

    @staticmethod
    def _guard(rule: Rule, result: FileResult, func, *args) -> None:
        """A rule that raises on one file becomes a notification; the scan goes on."""
        try:
            func(*args)
        except Exception as exc:  # noqa: BLE001 - isolation is the point
            Analyzer._failed(rule, result, exc)

    @staticmethod
    def _failed(rule: Rule, result: FileResult, exc: Exception) -> None:
        if isinstance(exc, RecursionError):
            result.notifications.append(Notification(
                f"rule {rule.id} gave up: expression nested too deeply", result.path, "warning",
                rule.id))
        else:
            result.notifications.append(Notification(
                f"rule {rule.id} failed on this file: {type(exc).__name__}: {exc}",
                result.path, "error", rule.id))


def _call_matchers(calls_exact: dict, calls_head: dict, calls_any: list, tail: str,
                   head: str) -> tuple:
    """The call matchers a callee with this last and first segment may match, each once, in
    dispatch order (by last segment, by first segment, then the unindexed ones)."""
    out: dict[int, object] = {}
    for m in (*calls_exact.get(tail, ()), *calls_head.get(head, ()), *calls_any):
        out.setdefault(id(m), m)
    return tuple(out.values())


def line_count(text: str) -> int:
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def _text_check(rule: Rule, m) -> bool:
    """A whole-file check of a `generic` rule reads the text only: it runs without a tree."""
    return isinstance(m, CheckMatcher) and m.node_types is None and "generic" in rule.languages


@functools.lru_cache(maxsize=None)
def _dispatch_query(language: str, types: frozenset[str]):
    import tree_sitter

    from .languages import ts_language

    lang = ts_language(language)
    known = [t for t in sorted(types) if lang.id_for_node_kind(t, True) is not None]
    source = " ".join(f"({t}) @{t}" for t in known) or "(ERROR) @ERROR"
    return tree_sitter.Query(lang, source)
