"""Named Python checks, for rule logic that data can't express.

A rule names a check in YAML (`match: {check: python.flask-debug}`); the check is a function
registered here. A check with `node_types` is called for each node of those types during the
file's single traversal, `func(ctx, rule, node)`; one without is called once per file,
`func(ctx, rule)`. Checks report through `ctx.report(rule, node, ...)`.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Check:
    name: str
    func: Callable
    node_types: frozenset[str] | None  # None: whole-file check


_REGISTRY: dict[str, Check] = {}
_LOADED = False


def register(name: str, node_types=None):
    def decorate(func):
        if name in _REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        _REGISTRY[name] = Check(name, func, frozenset(node_types) if node_types else None)
        return func

    return decorate


def _load_all() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


def get_check(name: str) -> Check:
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise KeyError(f"unknown check {name!r} (known: {known})") from None


def all_checks() -> dict[str, Check]:
    _load_all()
    return dict(_REGISTRY)
