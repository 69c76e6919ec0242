"""Go packages of the scan: an import path or a same-package call resolved to the file that
defines the function.

A Go package is a directory. An import path (`github.com/org/app/internal/common`) names the
directory under the `go.mod` that declares the module it starts with (a path no `go.mod` of
the scan declares is a dependency); a scan with no `go.mod` takes the directory whose path is
the longest suffix of the import path; a call with no package (`helper(x)`) names a function of
another file of the caller's own directory. The function's file is found by reading the
package's files for `func Name(` — only for directories a call names, once per scan.
"""

from __future__ import annotations

import posixpath
import re

FUNC = re.compile(rb"^func\s+(\w+)\s*[\[(]", re.M)
MAX_READ = 2_000_000  # bytes read per file: a generated giant is not worth reading whole


class GoPackages:
    def __init__(self, by_rel: dict):
        self.by_rel = by_rel
        self.dirs: dict[str, list[str]] = {}
        for rel in by_rel:
            if rel.endswith(".go") and not rel.endswith("_test.go"):
                self.dirs.setdefault(posixpath.dirname(rel), []).append(rel)
        self.by_last: dict[str, list[str]] = {}
        for d in self.dirs:
            self.by_last.setdefault(d.rsplit("/", 1)[-1], []).append(d)
        self.defined: dict[str, dict[str, str]] = {}  # directory -> function -> file
        # module path -> its root directory, from the go.mod files of the scan
        self.modules: dict[str, str] = {}
        for rel in by_rel:
            if rel == "go.mod" or rel.endswith("/go.mod"):
                module = _module_path(by_rel[rel].path)
                if module:
                    self.modules.setdefault(module, posixpath.dirname(rel))

    def target(self, caller: str, module: str, function: str) -> str | None:
        """The file under the scan root that defines `function` of package `module` ("." is
        the caller's own package)."""
        if not isinstance(module, str) or not isinstance(function, str):
            return None
        directory = posixpath.dirname(caller) if module == "." else \
            self._directory(caller, module)
        if directory is None or directory not in self.dirs:
            return None
        found = self._functions(directory).get(function)
        return None if found == caller and module != "." else found

    def _directory(self, caller: str, module: str) -> str | None:
        if self.modules:
            # the module that declares the path; none: a dependency, not the project
            best = max((m for m in self.modules if module == m or module.startswith(m + "/")),
                       key=len, default=None)
            if best is None:
                return None
            rest = module[len(best):].strip("/")
            return posixpath.join(self.modules[best], rest) if self.modules[best] else rest
        parts = module.strip("/").split("/")
        best, best_key = None, (0, 0)
        for d in self.by_last.get(parts[-1], ()):
            dparts = d.split("/") if d else []
            k = 0
            while k < len(parts) and k < len(dparts) and parts[-1 - k] == dparts[-1 - k]:
                k += 1
            # a one-component match (`common`) is a guess unless it is the whole directory
            if k < 2 and k != len(dparts):
                continue
            shared = len(posixpath.commonprefix([d, caller]))
            if (k, shared) > best_key:
                best, best_key = d, (k, shared)
        return best

    def _functions(self, directory: str) -> dict[str, str]:
        found = self.defined.get(directory)
        if found is None:
            found = self.defined[directory] = {}
            for rel in sorted(self.dirs[directory]):
                try:
                    with open(self.by_rel[rel].path, "rb") as fh:
                        data = fh.read(MAX_READ)
                except OSError:
                    continue
                for match in FUNC.finditer(data):
                    found.setdefault(match.group(1).decode("ascii", "replace"), rel)
        return found


MODULE_LINE = re.compile(rb"^\s*module\s+\"?([^\s\"]+)", re.M)


def _module_path(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            found = MODULE_LINE.search(fh.read(64_000))
    except OSError:
        return None
    return found.group(1).decode("utf-8", "replace") if found else None
