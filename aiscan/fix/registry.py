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
    params: dict = field(default_factory=dict)  # `fix:` keys it reads -> their Python type

    @property
    def note_only(self) -> bool:
        return self.transform is None


# Filled once, when the modules of aiscan/fix/codemods/ are imported (like the checks' table).
_REGISTRY: dict[str, Codemod] = {}
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
        import pkgutil

        from . import codemods

        for info in pkgutil.iter_modules(codemods.__path__):
            importlib.import_module(f"{codemods.__name__}.{info.name}")


def get(name: str) -> Codemod | None:
    _load()
    return _REGISTRY.get(name)


def names() -> list[str]:
    _load()
    return sorted(_REGISTRY)


def fix_error(fix: dict) -> tuple[str, str] | None:
    """(where, message) of the first problem of a rule's `fix:` block, or None.

    `codemod` must name a registered codemod; the other keys are its declared `params`."""
    name = fix.get("codemod")
    if not isinstance(name, str):
        return "fix/codemod", "name a codemod: fix: {codemod: NAME}"
    codemod = get(name)
    if codemod is None:
        return "fix/codemod", f"unknown codemod {name!r} (known: {', '.join(names())})"
    for key, value in fix.items():
        if key == "codemod":
            continue
        if key not in codemod.params:
            known = ", ".join(sorted(codemod.params)) or "none"
            return f"fix/{key}", f"unknown parameter {key!r} for codemod {name} (known: {known})"
        if not isinstance(value, codemod.params[key]):
            return f"fix/{key}", f"expected {codemod.params[key].__name__}, got {value!r}"
    return None
