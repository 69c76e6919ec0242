"""Dependency manifests of a project: what it declares, what it holds locally, what is built in.

Read once per scan root (cached per process): requirements*.txt, pyproject.toml (PEP 621,
dependency groups, Poetry, build-system), setup.cfg, setup.py (regex, best effort), Pipfile and
package.json. Nothing is fetched: distribution names map to import names through a shipped
table (`import_names`). Lockfiles (poetry.lock, uv.lock, pdm.lock, Pipfile.lock,
package-lock.json) name the transitive dependencies, which are reported at most as information.
"""

from __future__ import annotations

import configparser
import functools
import json
import os
import re
from dataclasses import dataclass, field

from . import import_names

SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", "env", ".env", ".tox",
    ".nox", "site-packages", "dist", "build", ".mypy_cache", ".pytest_cache", ".eggs", "bower_components",
})
MAX_ENTRIES = 200_000  # a walk this big is not a project tree any more

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")

NODE_BUILTINS = frozenset("""
assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel
dns domain events fs http http2 https inspector module net os path perf_hooks process punycode
querystring readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm
wasi worker_threads zlib test sqlite sea
""".split())


normalize = import_names.normalize


@dataclass
class Project:
    """What one scan root declares and holds."""

    python_manifests: list[str] = field(default_factory=list)
    python_declared: set[str] = field(default_factory=set)  # normalised distribution names
    python_unknown: bool = False  # some manifest computes its dependencies: we can't tell
    js_manifests: list[str] = field(default_factory=list)
    js_declared: set[str] = field(default_factory=set)
    local_modules: set[str] = field(default_factory=set)  # top-level Python names in the tree
    python_locked: set[str] = field(default_factory=set)  # every distribution a lockfile pins
    js_locked: set[str] = field(default_factory=set)

    @functools.cached_property
    def python_import_names(self) -> set[str]:
        names: set[str] = set()
        for dist in self.python_declared:
            names.update(import_names.import_names(dist))
        return names

    @functools.cached_property
    def python_transitive_names(self) -> set[str]:
        """Import names of what the declared distributions pull in: pinned by a lockfile, or
        required by a declared distribution installed where aiscan runs."""
        dists = set(self.python_locked) - self.python_declared
        dists |= import_names.transitive(frozenset(self.python_declared))
        names: set[str] = set()
        for dist in dists:
            names.update(import_names.import_names(dist))
        return names - self.python_import_names

    def python_transitive(self, module: str) -> bool:
        """Only a dependency of a dependency (or a sibling of a declared package:
        `pydantic_core` beside `pydantic`): it is installed, but nothing pins it directly."""
        top = module.split(".")[0].lower()
        if top in self.python_transitive_names:
            return True
        head = top.split("_")[0]
        return head != top and head in self.python_import_names

    @property
    def python_known(self) -> bool:
        """True when the declarations can be trusted to be complete enough to report against."""
        if not self.python_manifests:
            return False
        if self.python_unknown:
            return any(is_requirements_file(os.path.basename(p)) for p in self.python_manifests)
        return True

    def python_declares(self, module: str) -> bool:
        return module.split(".")[0].lower() in self.python_import_names


def is_python_stdlib(module: str) -> bool:
    return import_names.is_stdlib(module)


def js_package_name(spec: str) -> str | None:
    """`lodash/fp` -> `lodash`, `@scope/pkg/x` -> `@scope/pkg`; None for relative, built-in, aliased."""
    if not spec or spec[0] in "./~#" or spec.startswith("@/") or ":" in spec or "${" in spec:
        return None
    parts = spec.split("/")
    name = "/".join(parts[:2]) if spec.startswith("@") else parts[0]
    if name in NODE_BUILTINS:
        return None
    return name


def is_requirements_file(name: str) -> bool:
    return name.endswith(".txt") and "requirements" in name.lower()


# -- loading ------------------------------------------------------------------------------

def project_for(root: str, memo: dict) -> Project:
    """The project at `root`, loaded once per `memo` (the analyzer's, so once per scan and
    worker: a later scan in the same process sees manifests as they are then)."""
    root = os.path.abspath(root)
    key = ("manifests.project", root)
    project = memo.get(key)
    if project is None:
        project = memo[key] = load_project(root)
    return project


def load_project(root: str) -> Project:
    project = Project()
    entries = 0
    stack = [root]
    while stack and entries < MAX_ENTRIES:
        top = stack.pop()
        try:
            with os.scandir(top) as it:
                items = list(it)
        except OSError:
            continue
        for entry in items:
            entries += 1
            name = entry.name
            try:
                if entry.is_symlink():
                    continue  # never leave the scan root
                if entry.is_dir():
                    if name not in SKIP_DIRS and not name.startswith("."):
                        stack.append(entry.path)
                        if name.isidentifier():
                            project.local_modules.add(name)
                    continue
            except OSError:
                continue
            if name.endswith((".py", ".pyi", ".so", ".pyd")):
                project.local_modules.add(name.split(".")[0])
            _read_manifest(project, entry.path, name)
    return project


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read(2_000_000)
    except OSError:
        return None


def _read_manifest(project: Project, path: str, name: str) -> None:
    if is_requirements_file(name):
        text = _read_text(path)
        if text is not None:
            project.python_manifests.append(path)
            project.python_declared.update(requirement_names(text))
    elif name == "pyproject.toml":
        text = _read_text(path)
        if text is not None:
            _pyproject(project, path, text)
    elif name == "setup.cfg":
        text = _read_text(path)
        if text is not None:
            _setup_cfg(project, path, text)
    elif name == "setup.py":
        text = _read_text(path)
        if text is not None:
            _setup_py(project, path, text)
    elif name == "Pipfile":
        text = _read_text(path)
        data = _toml(text) if text is not None else None
        if data is not None:
            project.python_manifests.append(path)
            for section in ("packages", "dev-packages"):
                project.python_declared.update(normalize(k) for k in data.get(section, {}) or {})
    elif name == "package.json":
        text = _read_text(path)
        if text is not None:
            _package_json(project, path, text)
    elif name in PYTHON_LOCKFILES:
        text = _read_text(path)
        if text is not None:
            project.python_locked.update(_python_lock_names(name, text))
    elif name == "package-lock.json":
        data = json_object(_read_text(path) or "")
        if data is not None:
            project.js_locked.update(_package_lock_names(data))


PYTHON_LOCKFILES = ("poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock")


def _python_lock_names(name: str, text: str) -> set[str]:
    if name == "Pipfile.lock":
        data = json_object(text) or {}
        return {normalize(k) for section in ("default", "develop")
                for k in (data.get(section) or {}) if isinstance(k, str)}
    data = _toml(text) or {}
    return {normalize(p["name"]) for p in data.get("package") or []
            if isinstance(p, dict) and isinstance(p.get("name"), str)}


def _package_lock_names(data: dict) -> set[str]:
    names = {key.rsplit("node_modules/", 1)[-1] for key in data.get("packages") or {}
             if isinstance(key, str) and "node_modules/" in key}
    names.update(k for k in data.get("dependencies") or {} if isinstance(k, str))
    return names


def requirement_names(text: str) -> set[str]:
    names = set()
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-", "git+", "http:", "https:", "file:", ".", "/")):
            continue
        m = REQUIREMENT.match(line)
        if m:
            names.add(normalize(m.group(1)))
    return names


def _toml(text: str):
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            return None
    try:
        return tomllib.loads(text)
    except Exception:  # noqa: BLE001 - a broken manifest declares nothing we can read
        return None


def _pyproject(project: Project, path: str, text: str) -> None:
    data = _toml(text)
    if data is None:
        return
    found = False
    meta = data.get("project")
    if isinstance(meta, dict):
        found = True
        if meta.get("name"):
            project.local_modules.add(normalize(meta["name"]).replace("-", "_"))
        reqs = list(meta.get("dependencies") or [])
        for extra in (meta.get("optional-dependencies") or {}).values():
            reqs.extend(extra or [])
        project.python_declared.update(requirement_names("\n".join(str(r) for r in reqs)))
        if "dependencies" in (meta.get("dynamic") or []):
            project.python_unknown = True  # resolved against requirements files later
    groups = data.get("dependency-groups")
    if isinstance(groups, dict):
        found = True
        for group in groups.values():
            project.python_declared.update(requirement_names(
                "\n".join(r for r in group or [] if isinstance(r, str))))
    poetry = (data.get("tool") or {}).get("poetry")
    if isinstance(poetry, dict):
        found = True
        sections = [poetry.get("dependencies"), poetry.get("dev-dependencies")]
        sections += [g.get("dependencies") for g in (poetry.get("group") or {}).values()
                     if isinstance(g, dict)]
        for section in sections:
            project.python_declared.update(normalize(k) for k in section or {} if k != "python")
    build = data.get("build-system")
    if isinstance(build, dict):
        project.python_declared.update(requirement_names("\n".join(build.get("requires") or [])))
    if found:
        project.python_manifests.append(path)


def _setup_cfg(project: Project, path: str, text: str) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        return
    if not parser.has_section("options"):
        return
    project.python_manifests.append(path)
    for key in ("install_requires", "tests_require", "setup_requires"):
        project.python_declared.update(requirement_names(parser.get("options", key, fallback="")))
    if parser.has_section("options.extras_require"):
        for _, value in parser.items("options.extras_require"):
            project.python_declared.update(requirement_names(value))


SETUP_LIST = re.compile(r"\b(install_requires|tests_require|setup_requires|extras_require)\s*=\s*([\[{])")
SETUP_STRING = re.compile(r"""["']([A-Za-z0-9][A-Za-z0-9._-]*)[^"'\n]*["']""")


def _setup_py(project: Project, path: str, text: str) -> None:
    """Literal lists in setup(...) only; anything computed makes the declarations unknown."""
    found = False
    for m in SETUP_LIST.finditer(text):
        close = "]" if m.group(2) == "[" else "}"
        end = text.find(close, m.end())
        if end == -1:
            continue
        body = text[m.end():end]
        if m.group(1) == "extras_require":
            body = re.sub(r"""["'][^"']*["']\s*:""", "", body)
        project.python_declared.update(normalize(s) for s in SETUP_STRING.findall(body))
        found = True
    if re.search(r"\binstall_requires\s*=\s*(?![\[{])", text):
        project.python_unknown = True
    if found or "install_requires" in text:
        project.python_manifests.append(path)


JS_SECTIONS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")


def json_object(text: str) -> dict | None:
    """A JSON document that is an object, or None (invalid JSON or another type)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _package_json(project: Project, path: str, text: str) -> None:
    data = json_object(text)
    if data is None:
        return
    project.js_manifests.append(path)
    if isinstance(data.get("name"), str):
        project.js_declared.add(data["name"])  # a workspace package is local
    for section in JS_SECTIONS:
        deps = data.get(section)
        if isinstance(deps, dict):
            project.js_declared.update(deps)
