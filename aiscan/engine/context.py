"""One file under analysis: its text, bytes, tree and imports, and how findings are reported."""

from __future__ import annotations

from typing import Any, Callable

from ..model import Document, Finding, Location, Rule
from .grammars import PROFILES, Profile
from ..redact import scrub

SNIPPET_MAX = 200


class _Vars(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class FileContext:
    def __init__(self, doc: Document, source: bytes, tree=None, known_rules=frozenset(),
                 snapshot_callees=(), scan_memo: dict | None = None):
        self.doc = doc
        self.known_rules = known_rules  # ids and names of every loaded rule (RuleSet.known)
        # project-wide facts loaded once per scan (manifests), owned by the analyzer
        self.scan_memo = {} if scan_memo is None else scan_memo
        # callees (compiled globs) at which the taint walk keeps a copy of its scope, so a
        # syntactic rule with `unsafe_for` can ask whether an argument there is provably safe;
        # the analyzer derives them from its own rules
        self.snapshot_callees = tuple(snapshot_callees)
        self.source = source
        self.tree = tree
        self.language = doc.language
        self.profile: Profile | None = PROFILES.get(doc.language or "")
        self.findings: list[Finding] = []
        self._imports: dict[str, str] | None = None
        self._callees: dict[int, str] = {}
        self._raw_callees: dict[int, str] = {}
        self.cache: dict[str, Any] = {}  # per-file memo shared by checks (e.g. taint facts)
        # the file's line of a line of `doc`: not the same when `doc` is code embedded in the
        # file (notebook cells); messages that name another line use it
        self.file_line: Callable[[int], int] = _same_line

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def imports(self) -> dict[str, str]:
        if self._imports is None:
            from .imports import import_map

            self._imports = import_map(self.tree.root_node, self.language) if self.tree else {}
        return self._imports

    def callee(self, node) -> str:
        """A call's callee resolved through the imports (`sp.run` -> `subprocess.run`),
        computed once per node: the engine's dispatch and every check on call nodes share it."""
        name = self._callees.get(node.id)
        if name is None:
            from .imports import resolve

            name = self._callees[node.id] = resolve(self.raw_callee(node), self.imports)
        return name

    def raw_callee(self, node) -> str:
        """A call's callee as written (`sp.run`), computed once per node."""
        name = self._raw_callees.get(node.id)
        if name is None:
            from .syntax import callee_name

            name = self._raw_callees[node.id] = callee_name(node, self.profile)
        return name

    # -- positions -------------------------------------------------------------------------
    def _char_column(self, byte_offset: int, byte_column: int) -> int:
        start = byte_offset - byte_column
        return len(self.source[start:byte_offset].decode("utf-8", "replace")) + 1

    def node_location(self, node) -> Location:
        (srow, scol), (erow, ecol) = node.start_point, node.end_point
        return Location(
            path=self.doc.path,
            line=srow + 1,
            column=self._char_column(node.start_byte, scol),
            end_line=erow + 1,
            end_column=self._char_column(node.end_byte, ecol),
        )

    def span_location(self, start: int, end: int) -> Location:
        """Location of a character span of the document text."""
        line, col = self.doc.position(start)
        end_line, end_col = self.doc.position(max(start, end))
        return Location(self.doc.path, line, col, end_line, end_col)

    # -- reporting -------------------------------------------------------------------------
    def report(
        self,
        rule: Rule,
        node=None,
        *,
        span: tuple[int, int] | None = None,
        location: Location | None = None,
        message: str | None = None,
        secret: str | None = None,
        properties: dict[str, Any] | None = None,
        **message_vars: Any,
    ) -> Finding:
        """Record a finding at a node, a character span or an explicit location.

        `secret` is the sensitive value the finding is about: it is masked in the snippet and
        only its hash is kept for the fingerprint.
        """
        if location is None:
            if node is not None:
                location = self.node_location(node)
            elif span is not None:
                location = self.span_location(*span)
            else:
                location = Location(self.doc.path, 1, 1, 1, 1)
        template = message or rule.message
        text = template.format_map(_Vars(message_vars)) if message_vars else template
        snippet = self.doc.line_text(location.line).strip()
        if len(snippet) > SNIPPET_MAX:
            snippet = snippet[:SNIPPET_MAX] + "…"
        finding = Finding(
            rule_id=rule.id,
            location=location,
            message=scrub(text, secret),
            severity=rule.severity,
            snippet=scrub(snippet, secret),
            properties=dict(properties or {}),
        )
        if secret:
            from .fingerprints import value_hash

            finding.secret_hash = value_hash(secret)
        self.findings.append(finding)
        return finding


def _same_line(line: int) -> int:
    return line
