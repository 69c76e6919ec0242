"""Dependency manifests of a project: what it declares, what it holds locally, what is built in.

Read once per scan root (cached per process): requirements*.txt, pyproject.toml (PEP 621,
dependency groups, Poetry, build-system), setup.cfg, setup.py (regex, best effort), Pipfile and
package.json. Nothing is fetched: distribution names map to import names through a shipped
table plus the running environment's `importlib.metadata.packages_distributions()`.
"""

from __future__ import annotations

import configparser
import functools
import json
import os
import re
import sys
from dataclasses import dataclass, field

SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", "env", ".env", ".tox",
    ".nox", "site-packages", "dist", "build", ".mypy_cache", ".pytest_cache", ".eggs", "bower_components",
})
MAX_ENTRIES = 200_000  # a walk this big is not a project tree any more

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")

# Distribution name (normalised) -> import names, where they differ.
DIST_TO_IMPORTS: dict[str, tuple[str, ...]] = {
    "pyyaml": ("yaml",), "beautifulsoup4": ("bs4",), "scikit-learn": ("sklearn",),
    "scikit-image": ("skimage",), "python-dotenv": ("dotenv",), "pillow": ("PIL",),
    "opencv-python": ("cv2",), "opencv-python-headless": ("cv2",), "opencv-contrib-python": ("cv2",),
    "google-generativeai": ("google.generativeai",), "google-genai": ("google.genai",),
    "python-dateutil": ("dateutil",), "pyjwt": ("jwt",), "python-jose": ("jose",),
    "pymysql": ("pymysql",), "mysqlclient": ("MySQLdb",), "psycopg2-binary": ("psycopg2",),
    "psycopg-binary": ("psycopg",), "protobuf": ("google.protobuf",), "grpcio": ("grpc",),
    "djangorestframework": ("rest_framework",), "django-environ": ("environ",),
    "pyopenssl": ("OpenSSL",), "pycryptodome": ("Crypto",), "pycryptodomex": ("Cryptodome",),
    "attrs": ("attr", "attrs"), "msgpack-python": ("msgpack",), "python-magic": ("magic",),
    "pyserial": ("serial",), "pyzmq": ("zmq",), "pywin32": ("win32api", "win32con", "pywintypes", "win32com"),
    "typing-extensions": ("typing_extensions",), "setuptools": ("setuptools", "pkg_resources", "_distutils_hack"),
    "python-multipart": ("multipart", "python_multipart"), "ruamel-yaml": ("ruamel",),
    "faiss-cpu": ("faiss",), "faiss-gpu": ("faiss",), "tensorflow-cpu": ("tensorflow",),
    "python-docx": ("docx",), "python-pptx": ("pptx",), "pymupdf": ("fitz", "pymupdf"),
    "discord-py": ("discord",), "python-telegram-bot": ("telegram",), "slack-sdk": ("slack_sdk",),
    "markdown": ("markdown",), "pygithub": ("github",), "gitpython": ("git",), "pyusb": ("usb",),
    "scipy": ("scipy",), "llama-index": ("llama_index",), "sentence-transformers": ("sentence_transformers",),
    "azure-identity": ("azure.identity",), "ipython": ("IPython",), "docutils": ("docutils",),
    "websocket-client": ("websocket",), "email-validator": ("email_validator",),
    "importlib-metadata": ("importlib_metadata",), "importlib-resources": ("importlib_resources",),
    "pytest-asyncio": ("pytest_asyncio",), "tomli": ("tomli",), "tomli-w": ("tomli_w",),
    "sqlalchemy": ("sqlalchemy",), "flask-sqlalchemy": ("flask_sqlalchemy",),
}
# Distributions named `<prefix>-<x>` that install into the `<prefix>` namespace package.
NAMESPACE_PREFIXES = frozenset({
    "google", "azure", "zope", "jaraco", "backports", "sphinxcontrib", "opentelemetry", "oslo",
    "ruamel", "plone", "flufl", "paste",
})
# Imports that come with the interpreter or the build rather than a declared dependency.
ALWAYS_AVAILABLE = frozenset({"__future__", "__main__", "_typeshed", "typing_extensions_stub"})
# Standard-library modules removed in recent Pythons: code importing them is old, not hallucinated.
REMOVED_STDLIB = frozenset({
    "distutils", "imp", "asynchat", "asyncore", "smtpd", "aifc", "audioop", "cgi", "cgitb", "chunk",
    "crypt", "imghdr", "mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "sndhdr",
    "spwd", "sunau", "telnetlib", "uu", "xdrlib", "lib2to3", "formatter", "parser", "symbol",
    "macpath", "dummy_threading", "_dummy_thread", "binhex",
})

NODE_BUILTINS = frozenset("""
assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel
dns domain events fs http http2 https inspector module net os path perf_hooks process punycode
querystring readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm
wasi worker_threads zlib test sqlite sea
""".split())


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Project:
    """What one scan root declares and holds."""

    python_manifests: list[str] = field(default_factory=list)
    python_declared: set[str] = field(default_factory=set)  # normalised distribution names
    python_unknown: bool = False  # some manifest computes its dependencies: we can't tell
    js_manifests: list[str] = field(default_factory=list)
    js_declared: set[str] = field(default_factory=set)
    local_modules: set[str] = field(default_factory=set)  # top-level Python names in the tree

    @functools.cached_property
    def python_import_names(self) -> set[str]:
        names: set[str] = set()
        env = _environment_map()
        for dist in self.python_declared:
            names.update(DIST_TO_IMPORTS.get(dist, ()))
            names.update(env.get(dist, ()))
            names.add(dist.replace("-", "_"))
            names.add(dist.replace("-", ""))
            first, _, rest = dist.partition("-")
            if rest:
                if first in NAMESPACE_PREFIXES:
                    names.add(first)
                if first in ("python", "py"):
                    names.add(rest.replace("-", "_"))
                for suffix in ("-python", "-py", "-py3", "-binary"):
                    if dist.endswith(suffix):
                        names.add(dist[: -len(suffix)].replace("-", "_"))
        return {n.split(".")[0].lower() for n in names}

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


@functools.lru_cache(maxsize=1)
def _environment_map() -> dict[str, set[str]]:
    """Distribution -> top-level import names installed in the running interpreter."""
    try:
        from importlib.metadata import packages_distributions

        inverse: dict[str, set[str]] = {}
        for module, dists in packages_distributions().items():
            for dist in dists:
                inverse.setdefault(normalize(dist), set()).add(module)
        return inverse
    except Exception:  # noqa: BLE001 - a broken environment only loses the extra mapping
        return {}


def is_python_stdlib(module: str) -> bool:
    top = module.split(".")[0]
    return top in sys.stdlib_module_names or top in REMOVED_STDLIB or top in ALWAYS_AVAILABLE


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
