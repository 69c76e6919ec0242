"""Taint between the project's own modules, resolved after the per-file pass.

The per-file taint walk keeps, as a fact of the calling file, each call into an imported
module that passes tainted arguments (`facts["taint.calls"]`: module, function, argument ->
sources). Here those modules are resolved to files of the scan (Python dotted and relative
modules, JavaScript relative paths), and every file that receives tainted arguments is
analysed again with the parameters bound to the caller's sources (`facts["taint.entry"]`), so
a helper module's query or command is reported where it is built, naming the caller's source.
The work is bounded: a few rounds (a chain of modules), a fixed number of re-analysed files.
A re-analysed result is cached under the file and a digest of what it was told by the others
(its facts): an unchanged project rescans without analysing anything again.
"""

from __future__ import annotations

import posixpath

from .gopackages import GoPackages

from ..analyses.taint.dispatch import DYNCALLS_KEY, STORES_KEY
from ..analyses.taint.summaries import (CALLS_KEY, ENTRY_KEY, EXPORTS_KEY, FACTS_KEY,
                                       IMPORTED_KEY, REEXPORTS_KEY)

MAX_ROUNDS = 4
MAX_REANALYSED = 300
MAX_ITEMS = 8
JS_SUFFIXES = ("", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", "/index.js", "/index.ts")
PY_SUFFIXES = (".py", "/__init__.py")
JS_EXTENSIONS = (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")


def resolve(analyzer, results: list, files: list, budget: float, cache=None) -> list:
    by_rel = {f.rel: f for f in files}
    index = {r.path: i for i, r in enumerate(results)}
    go = GoPackages(by_rel) if any(rel.endswith(".go") for rel in by_rel) else None
    entries: dict[str, dict] = {}
    imports: dict[str, dict] = {}
    todo = results
    reanalysed = 0
    for _ in range(MAX_ROUNDS):
        changed: set[str] = set()
        stores = _stores(results, go) if go is not None else {}
        for res in todo:
            for call in _facts(res).get(CALLS_KEY) or ():
                target, function = _follow(res.path, call, by_rel, results, index, go)
                if target is None or target == res.path or not call.get("args"):
                    continue
                if _merge(entries.setdefault(target, {}), {**call, "function": function},
                          res.path):
                    changed.add(target)
            # Go: a call through a field runs the functions the project stores in it
            for call in _facts(res).get(DYNCALLS_KEY) or ():
                for target, function in stores.get(call.get("field"), ()):
                    if _merge(entries.setdefault(target, {}),
                              {"function": function, "args": call.get("args")}, res.path):
                        changed.add(target)
        # callers of functions whose summaries other modules exported
        for res in results:
            found = _imported(res, by_rel, results, index, go)
            if found != imports.get(res.path, {}):
                imports[res.path] = found
                changed.add(res.path)
        if not changed:
            break
        todo = []
        for rel in sorted(changed):
            if reanalysed >= MAX_REANALYSED or rel not in index:
                continue
            reanalysed += 1
            facts = {}
            if entries.get(rel):
                facts[ENTRY_KEY] = entries[rel]
            if imports.get(rel):
                facts[IMPORTED_KEY] = imports[rel]
            redone = _reanalysed(analyzer, by_rel[rel], facts, budget, cache)
            results[index[rel]] = redone
            todo.append(redone)
    return results


def _reanalysed(analyzer, source, facts: dict, budget: float, cache):
    """The file analysed with `facts` bound, from the cache when the file and the facts are
    unchanged."""
    from . import workers

    key = None
    if cache is not None:
        import hashlib
        import json

        digest = hashlib.sha256(json.dumps(facts, sort_keys=True, default=str).encode())
        key = f"{source.rel}\0crossfile\0{digest.hexdigest()[:32]}"
        hit = cache.get(source.path, key)
        if hit is not None:
            hit.path = source.rel
            return hit
    redone = workers.analyze_isolated(analyzer, source.path, source.rel, budget, facts)
    if key is not None:
        cache.put(source.path, key, redone)
    return redone


def _stores(results: list, go: GoPackages) -> dict[str, list]:
    """Go: field name -> (file, function name) of each function the project stores in a
    field of that name (`Sink{Handler: run}`, `s.Handler = Factory(…)`)."""
    out: dict[str, list] = {}
    for res in results:
        for item in _facts(res).get(STORES_KEY) or ():
            if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str):
                continue
            field, value = item
            if isinstance(value, str):
                found = (res.path, value)
            elif isinstance(value, list) and len(value) == 2:
                target = go.target(res.path, value[0], value[1])
                if target is None:
                    continue
                found = (target, f"{value[1]}()")  # the function the factory returns
            else:
                continue
            known = out.setdefault(field, [])
            if found not in known and len(known) < 64:
                known.append(found)
    return out


def _imported(res, by_rel: dict, results: list, index: dict, go=None) -> dict:
    """Summaries of the other modules' functions `res` calls, where they matter to the call:
    an argument it passes reaches a sink or the return value, or the function returns data
    from a source itself."""
    out: dict[str, dict] = {}
    for call in _facts(res).get(CALLS_KEY) or ():
        callee = call.get("callee")
        target, function = _follow(res.path, call, by_rel, results, index, go)
        if not isinstance(callee, str) or target is None or target == res.path or \
                target not in index:
            continue
        exported = (_facts(results[index[target]]).get(EXPORTS_KEY) or {}).get(function)
        if not isinstance(exported, dict):
            continue
        params = exported.get("params") or []
        passed = {k if k.isdigit() else str(params.index(k)) for k in (call.get("args") or {})
                  if k.isdigit() or k in params}
        if exported.get("sources") or passed & (set(exported.get("sinks") or {}) |
                                                set(exported.get("returns") or {})):
            out[callee] = {**exported, "file": target}
    return out


def _follow(caller: str, call: dict, by_rel: dict, results: list, index: dict, go=None):
    """The file and name of the function a call reaches, through a package's re-exports
    (`from .helpers import run_cmd` in `pkg/__init__.py`) — at most three hops."""
    if caller.endswith(".go"):
        function = call.get("function")
        target = go.target(caller, call.get("module"), function) if go is not None else None
        return target, function
    target = _target(caller, call.get("module", ""), by_rel)
    function = call.get("function")
    for _ in range(3):
        if target is None or target not in index or not isinstance(function, str):
            break
        reexports = _facts(results[index[target]]).get(REEXPORTS_KEY) or {}
        qualified = reexports.get(function)
        if not isinstance(qualified, str):
            break
        if target.endswith(".py"):
            module, _, name = qualified.rpartition(".")
        elif "." in qualified.rsplit("/", 1)[-1].lstrip("."):
            module, _, name = qualified.rpartition(".")
        else:
            module, name = qualified, "default"
        nxt = _target(target, module, by_rel)
        if nxt is None or nxt == target:
            break
        target, function = nxt, name
    return target, function


def _facts(res) -> dict:
    found = res.facts.get(FACTS_KEY)
    return found if isinstance(found, dict) else {}


def _merge(entry: dict, call: dict, caller: str) -> bool:
    """Adds a call's tainted arguments to the target's entry; True when something is new."""
    function = call.get("function")
    args = call.get("args")
    if not isinstance(function, str) or not isinstance(args, dict):
        return False
    params = entry.setdefault(function, {})
    new = False
    for key, items in args.items():
        known = params.setdefault(str(key), [])
        for item in items or ():
            if not isinstance(item, list) or len(item) != 3 or len(known) >= MAX_ITEMS:
                continue
            label, done, line = item
            where = f"{caller}:{line}" if isinstance(line, int) else str(line)
            fact = [label, done, where]
            if fact not in known:
                known.append(fact)
                new = True
    return new


def _target(caller: str, module: str, by_rel: dict) -> str | None:
    if not module:
        return None
    here = posixpath.dirname(caller)
    if caller.endswith(JS_EXTENSIONS):
        if not module.startswith("."):
            return None
        base = posixpath.normpath(posixpath.join(here, module))
        return next((base + s for s in JS_SUFFIXES if base + s in by_rel), None)
    if not caller.endswith(".py"):
        return None
    if module.startswith("."):
        dots = len(module) - len(module.lstrip("."))
        base = here
        for _ in range(dots - 1):
            base = posixpath.dirname(base)
        roots = [base]
        module = module.lstrip(".")
    else:
        roots, cur = [], here
        while True:
            roots.append(cur)
            if not cur:
                break
            cur = posixpath.dirname(cur)
    parts = module.split(".")
    # `pkg.mod.Class.method` or `pkg.mod.function`: the module may be a prefix of the name
    for cut in (len(parts), len(parts) - 1):
        if cut <= 0:
            continue
        path = "/".join(parts[:cut])
        for root in roots:
            base = posixpath.join(root, path) if root else path
            for suffix in PY_SUFFIXES:
                if base + suffix in by_rel:
                    return base + suffix
    return None
