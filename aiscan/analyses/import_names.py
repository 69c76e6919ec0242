"""Which names a Python import can have: the standard library of every supported Python, the
import names of a distribution, and what the declared distributions pull in transitively.

All data comes from packages or from files aiscan ships, loaded on first use (the undeclared-
import rules are the only readers):

- standard library: the union of `stdlib-list`'s lists for Python 3.8 to 3.14, so code written
  for a newer interpreter (`annotationlib`, `compression`) or an older one (`distutils`, `imp`)
  is not taken for a third-party import whatever interpreter runs aiscan;
- distribution -> import names: pipreqs' maintained `import:distribution` table
  (`data/import-mapping.txt`) and, for the most-downloaded distributions, the top-level modules
  their wheels declare (`data/import-mapping-pigar.txt`, from pigar's database: `pynacl` ->
  `nacl`, `grpcio` -> `grpc`, which pipreqs lacks), then naming conventions (`python-x`, `x-py`, `<namespace>-x`), then
  the running interpreter's installed metadata;
- transitive dependencies: the `Requires-Dist` of declared distributions that happen to be
  installed where aiscan runs (in CI that is usually the project's own environment).
"""

from __future__ import annotations

import functools
import re

STDLIB_VERSIONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14")
# Imports that come with the interpreter or the build rather than a declared dependency.
ALWAYS_AVAILABLE = frozenset({"__future__", "__main__", "_typeshed"})
# Distributions named `<prefix>-<x>` that install into the `<prefix>` namespace package.
NAMESPACE_PREFIXES = frozenset({
    "google", "azure", "zope", "jaraco", "backports", "sphinxcontrib", "opentelemetry", "oslo",
    "ruamel", "plone", "flufl", "paste",
})
# Distributions whose import name neither pipreqs' table nor a naming convention gives: several
# distributions of one module (a binary wheel, a fork), where the table keeps only one.
EXTRA_IMPORTS: dict[str, tuple[str, ...]] = {
    "mysqlclient": ("MySQLdb",), "psycopg2-binary": ("psycopg2",), "psycopg-binary": ("psycopg",),
    "opencv-python-headless": ("cv2",), "opencv-contrib-python": ("cv2",),
    "opencv-contrib-python-headless": ("cv2",), "pycryptodomex": ("Cryptodome",),
    "attrs": ("attr", "attrs"), "setuptools": ("setuptools", "pkg_resources", "_distutils_hack"),
    "python-multipart": ("multipart", "python_multipart"), "pymupdf": ("fitz", "pymupdf"),
    "faiss-cpu": ("faiss",), "faiss-gpu": ("faiss",), "tensorflow-cpu": ("tensorflow",),
    "pywin32": ("win32api", "win32con", "pywintypes", "win32com"),
}
# pipreqs' table, then the wheels' own top-level modules for popular distributions (README.md there)
MAPPING_FILES = ("import-mapping.txt", "import-mapping-pigar.txt")
MAX_TRANSITIVE = 400  # distributions visited when following installed requirements
REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
EXTRA_MARKER = re.compile(r"\bextra\s*==")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.lru_cache(maxsize=1)
def stdlib_names() -> frozenset[str]:
    """Top-level standard-library modules of any Python from 3.8 to 3.14."""
    from stdlib_list import stdlib_list

    names = set(ALWAYS_AVAILABLE)
    for version in STDLIB_VERSIONS:
        names.update(m.split(".")[0] for m in stdlib_list(version))
    return frozenset(names)


def is_stdlib(module: str) -> bool:
    return module.split(".")[0] in stdlib_names()


@functools.lru_cache(maxsize=1)
def _mapping() -> dict[str, frozenset[str]]:
    """Normalised distribution -> import names, from the shipped import:distribution tables."""
    from importlib.resources import files

    out: dict[str, set[str]] = {}
    data = files("aiscan.analyses").joinpath("data")
    for name in MAPPING_FILES:
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            module, sep, dist = line.partition(":")
            if sep and not line.startswith("#") and module.strip() and dist.strip():
                out.setdefault(normalize(dist.strip()), set()).add(module.strip())
    for dist, modules in EXTRA_IMPORTS.items():
        out.setdefault(dist, set()).update(modules)
    return {k: frozenset(v) for k, v in out.items()}


def import_names(dist: str) -> set[str]:
    """Lower-cased top-level names a distribution (normalised name) may be imported as."""
    names = set(_mapping().get(dist, ()))
    names.update(_installed().get(dist, ()))
    names.add(dist.replace("-", "_"))
    names.add(dist.replace("-", ""))
    first, _, rest = dist.partition("-")
    if rest:
        # `strawberry-graphql` -> strawberry, `flask-cors` -> flask_cors (above), and a
        # `<namespace>-x` distribution installs into `<namespace>`; the last part is the
        # import name of an organisation's packages
        names.add(first)
        # `llama-index-workflows` -> workflows, `django-environ` -> environ
        names.add(dist.rsplit("-", 1)[1].replace("-", "_"))
        # `python-x`, and framework plugins that install under their own name:
        # `django-ranged-fileresponse` -> ranged_fileresponse, `django-cors-headers` ->
        # corsheaders (a declared name can only hide an import it could really provide)
        names.add(rest.replace("-", "_"))
        names.add(rest.replace("-", ""))
        for suffix in ("-python", "-py", "-py3", "-binary", "-sdk", "-client"):
            if dist.endswith(suffix):
                names.add(dist[: -len(suffix)].replace("-", "_"))
    return {n.split(".")[0].lower() for n in names}


@functools.lru_cache(maxsize=1)
def _installed() -> dict[str, frozenset[str]]:
    """Distribution -> top-level import names installed in the running interpreter."""
    try:
        from importlib.metadata import packages_distributions

        inverse: dict[str, set[str]] = {}
        for module, dists in packages_distributions().items():
            for dist in dists:
                inverse.setdefault(normalize(dist), set()).add(module)
        return {k: frozenset(v) for k, v in inverse.items()}
    except Exception:  # noqa: BLE001 - a broken environment only loses the extra mapping
        return {}


def transitive(declared: frozenset[str]) -> frozenset[str]:
    """Distributions the declared ones require, as far as the running environment has them
    installed (nothing is fetched); the declared ones themselves are left out."""
    from importlib.metadata import PackageNotFoundError, requires

    seen: set[str] = set()
    stack = list(declared)
    while stack and len(seen) < MAX_TRANSITIVE:
        dist = stack.pop()
        if dist in seen:
            continue
        seen.add(dist)
        try:
            reqs = requires(dist) or []
        except (PackageNotFoundError, ValueError, OSError):
            continue
        for req in reqs:
            if EXTRA_MARKER.search(req):
                continue  # an extra the project did not ask for
            m = REQUIREMENT_NAME.match(req)
            if m:
                stack.append(normalize(m.group(1)))
    return frozenset(seen - declared)
