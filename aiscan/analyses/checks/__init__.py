"""Named Python checks, for rule logic that data can't express.

A rule names a check in YAML (`match: {check: python.flask-debug}`); the check is a function
registered here. A check with `node_types` is called for each node of those types during the
file's single traversal, `func(ctx, rule, node)`; one without is called once per file,
`func(ctx, rule)`. Checks report through `ctx.report(rule, node, ...)`.

Names are `family.what` (`secrets.pattern`, `metrics.nesting`, `python.bare-except`). Each
check declares the rule `params` it reads (`params=` JSON Schemas of the properties, all
required unless listed in `optional=`); rules are validated against them when they load, so a
misspelt or missing parameter is a start-up error naming the file and the field, never a
failure on every file.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Callable

# Parameter shapes the checks share.
STRING = {"type": "string", "minLength": 1}
REGEX = {"type": "string", "minLength": 1, "format": "regex"}
STRINGS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
LIMIT = {"type": "integer", "minimum": 0}


@dataclass(frozen=True)
class Check:
    name: str
    func: Callable
    node_types: frozenset[str] | None  # None: whole-file check
    params: dict = field(default_factory=dict)  # property name -> JSON Schema
    optional: frozenset[str] = frozenset()


# Old names still resolve, so rules written for an earlier version keep loading.
RENAMED = {"call-without-hardening": "calls.without-hardening", "logged-secret": "secrets.logged",
           "insecure-random-token": "crypto.insecure-random-token"}
# Filled once, by the decorators, when the check modules are imported (like a plugin table).
_REGISTRY: dict[str, Check] = {}
_LOADED = False


def register(name: str, node_types=None, params: dict | None = None, optional=()):
    def decorate(func):
        if name in _REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        _REGISTRY[name] = Check(name, func, frozenset(node_types) if node_types else None,
                                dict(params or {}), frozenset(optional))
        return func

    return decorate


def params_schema(checks: list[Check]) -> dict:
    """The JSON Schema a rule's `params` must satisfy for all of its checks."""
    properties: dict = {}
    required: set[str] = set()
    for check in checks:
        properties.update(check.params)
        required |= set(check.params) - check.optional
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": sorted(required)}


def params_error(check_names: list[str], params: dict) -> tuple[str, str] | None:
    """(where, message) of the first problem of a rule's `params`, or None when they are valid.

    `where` is the rule field (`params/max_depth`, `match/0/check`)."""
    import jsonschema

    checks = []
    for i, name in check_names:
        try:
            checks.append(get_check(name))
        except KeyError as exc:
            return f"match/{i}/check" if i is not None else "match/check", exc.args[0]
    schema = params_schema(checks)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(params), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    error = errors[0]
    where = "/".join(["params", *map(str, error.absolute_path)])
    message = error.message
    if error.validator == "additionalProperties":
        unknown = sorted(set(params) - set(schema["properties"]))
        known = ", ".join(sorted(schema["properties"])) or "none"
        names = " and ".join(c.name for c in checks) or "no check"
        where = f"params/{unknown[0]}" if unknown else where
        message = f"unknown parameter {unknown[0]!r} for {names} (known: {known})"
    elif error.validator == "required":
        missing = [r for r in schema["required"] if r not in (params or {})]
        where = f"params/{missing[0]}" if missing else where
        message = f"missing parameter {missing[0]!r}" if missing else message
    elif error.validator == "format":
        message = f"not a valid regular expression: {error.instance!r}"
    return where, message


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
        return _REGISTRY[RENAMED.get(name, name)]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise KeyError(f"unknown check {name!r} (known: {known})") from None


def all_checks() -> dict[str, Check]:
    _load_all()
    return dict(_REGISTRY)
