"""Codemods by name: a rule's `fix: {codemod: NAME, ...}` picks one of these."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

import libcst as cst


class Decline(Exception):
    """A codemod will not rewrite this occurrence; the message tells the human why."""


@dataclass
class Codemod:
    """One rewrite. `transform(ctx, original, updated)` returns the replacement node.

    `node_types` are the libcst node classes the codemod rewrites; `anchor(node)` gives the
    node whose start position must equal the finding's (a call's callee, a handler's keyword),
    or, with `contains=True`, whose range must contain it (a secret reported inside a string).
    A note-only codemod has no transform: its findings always go to the human.
    """

    name: str
    summary: str
    node_types: tuple[type, ...] = ()
    anchor: Callable[[cst.CSTNode], cst.CSTNode | None] | None = None
    transform: Callable | None = None
    contains: bool = False
    params: dict = field(default_factory=dict)

    @property
    def note_only(self) -> bool:
        return self.transform is None


_REGISTRY: dict[str, Codemod] = {}
_MODULES = ("calls", "statements", "secrets_env")
_loaded = False


def register(codemod: Codemod) -> Codemod:
    if codemod.name in _REGISTRY:
        raise ValueError(f"codemod {codemod.name!r} registered twice")
    _REGISTRY[codemod.name] = codemod
    return codemod


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for mod in _MODULES:
            importlib.import_module(f"{__package__}.{mod}")


def get(name: str) -> Codemod | None:
    _load()
    return _REGISTRY.get(name)


def names() -> list[str]:
    _load()
    return sorted(_REGISTRY)
