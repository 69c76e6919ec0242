"""Applying codemods to one source text, only at the positions of given findings.

All codemods for a file run in one libcst traversal over the original tree, so every finding's
position refers to the text the scan saw; imports the rewrites need are added afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider

from . import registry
from .imports import add_imports
from .registry import Codemod, Decline


@dataclass(frozen=True)
class Target:
    """Where to apply which codemod: the finding's 1-based line and column."""

    codemod: str
    line: int
    column: int
    params: tuple = ()  # the rule's `fix:` params as sorted items
    key: Any = field(default=None, compare=False)  # the caller's handle (a Finding)


@dataclass
class Outcome:
    target: Target
    fixed: bool
    reason: str = ""  # for the human: why it was not fixed


@dataclass
class SourceFix:
    original: str
    fixed: str
    outcomes: list[Outcome] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)  # literals removed: masked in any diff

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


class FixContext:
    """What a codemod may ask for while rewriting one node."""

    def __init__(self, applier: "_Applier", target: Target):
        self._applier = applier
        self.target = target
        self.params = dict(target.params)

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._applier.get_metadata(ParentNodeProvider, node, None)

    def require_import(self, module: str, name: str | None = None) -> None:
        self._applier.imports.append((module, name))

    def removed_secret(self, value: str) -> None:
        self._applier.secrets.append(value)

    @property
    def module(self) -> cst.Module:
        return self._applier.module

    @property
    def names_in_use(self) -> set[str]:
        return self._applier.names_in_use()


class _Applier(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider, ParentNodeProvider)

    def __init__(self, module: cst.Module, targets: list[tuple[Codemod, Target]]):
        super().__init__()
        self.module = module
        self.by_type: dict[type, list[tuple[Codemod, Target]]] = {}
        for codemod, target in targets:
            for node_type in codemod.node_types:
                self.by_type.setdefault(node_type, []).append((codemod, target))
        self.outcomes: dict[int, Outcome] = {}  # by id(target)
        self.imports: list[tuple[str, str | None]] = []
        self.secrets: list[str] = []
        self._names: set[str] | None = None

    def names_in_use(self) -> set[str]:
        if self._names is None:
            names: set[str] = set()

            class Collect(cst.CSTVisitor):
                def visit_Name(self, node: cst.Name) -> None:
                    names.add(node.value)

            self.module.visit(Collect())
            self._names = names
        return self._names

    def _at(self, codemod: Codemod, target: Target, node: cst.CSTNode) -> bool:
        anchor = codemod.anchor(node) if codemod.anchor else node
        if anchor is None:
            return False
        rng = self.get_metadata(PositionProvider, anchor)
        pos = (target.line, target.column - 1)  # libcst columns are 0-based
        start, end = (rng.start.line, rng.start.column), (rng.end.line, rng.end.column)
        return start <= pos < end if codemod.contains else start == pos

    def on_leave(self, original_node, updated_node):
        updated = super().on_leave(original_node, updated_node)
        for codemod, target in self.by_type.get(type(original_node), ()):
            if id(target) in self.outcomes or not isinstance(updated, cst.CSTNode):
                continue
            if not self._at(codemod, target, original_node):
                continue
            try:
                updated = codemod.transform(FixContext(self, target), original_node, updated)
            except Decline as exc:
                self.outcomes[id(target)] = Outcome(target, False, str(exc))
                continue
            self.outcomes[id(target)] = Outcome(target, True)
        return updated


def fix_source(text: str, targets: list[Target]) -> SourceFix:
    """Rewrite `text` at the targets; a target no codemod can handle is declined, not an error."""
    result = SourceFix(text, text)
    runnable: list[tuple[Codemod, Target]] = []
    for target in targets:
        codemod = registry.get(target.codemod)
        if codemod is None:
            result.outcomes.append(Outcome(target, False, f"unknown codemod {target.codemod!r}"))
        elif codemod.note_only:
            reason = dict(target.params).get("reason") or codemod.summary
            result.outcomes.append(Outcome(target, False, reason))
        else:
            runnable.append((codemod, target))
    if not runnable:
        return result
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        result.outcomes += [Outcome(t, False, f"libcst cannot parse the file: {exc.message}")
                            for _, t in runnable]
        return result
    wrapper = MetadataWrapper(module)
    applier = _Applier(wrapper.module, runnable)
    new_module = wrapper.visit(applier)
    if applier.imports:
        new_module = add_imports(new_module, applier.imports)
    fixed = new_module.code
    for _, target in runnable:
        result.outcomes.append(applier.outcomes.get(
            id(target), Outcome(target, False, "no code the fix can rewrite at this position")))
    if fixed != text and not _parses(fixed):
        for outcome in result.outcomes:
            if outcome.fixed:
                outcome.fixed, outcome.reason = False, "the rewritten file would not parse"
        return result
    result.fixed = fixed
    result.secrets = applier.secrets
    return result


def _parses(code: str) -> bool:
    # libcst accepts some code CPython rejects; compile() checks without running anything.
    try:
        cst.parse_module(code)
        compile(code, "<fixed>", "exec", dont_inherit=True)
    except (cst.ParserSyntaxError, SyntaxError, ValueError):
        return False
    return True
