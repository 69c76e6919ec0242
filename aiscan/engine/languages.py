"""Which language a file is, and the tree-sitter parser for it (loaded lazily, once per process)."""

from __future__ import annotations

import functools
import importlib

# Languages that have a tree-sitter grammar; everything else is scanned as text.
EXTENSIONS: dict[str, str] = {
    ".py": "python",
    ".pyi": "python",
    ".pyw": "python",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
    ".go": "go",
    ".java": "java",
}

# A rule naming "typescript" runs on .ts and .tsx files; "tsx" alone means only .tsx.
FAMILIES: dict[str, tuple[str, ...]] = {
    "python": ("python",),
    "javascript": ("javascript",),
    "typescript": ("typescript", "tsx"),
    "go": ("go",),
    "java": ("java",),
}

CODE_LANGUAGES = ("python", "javascript", "typescript", "tsx", "go", "java")

# Extensions of fixture files beside a rule, by language.
FIXTURE_EXTENSIONS = {
    ".py": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".tsx": "tsx",
    ".go": "go",
    ".java": "java",
}

_GRAMMARS = {
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_typescript"),
    "tsx": ("tree_sitter_typescript", "language_tsx"),
    "go": ("tree_sitter_go", "language"),
    "java": ("tree_sitter_java", "language"),
}


def language_for(path: str) -> str | None:
    dot = path.rfind(".")
    if dot == -1:
        return None
    return EXTENSIONS.get(path[dot:].lower())


def expand(languages) -> tuple[str, ...]:
    """Expand family names (javascript -> js, ts, tsx) into concrete languages."""
    out: list[str] = []
    for lang in languages:
        for concrete in FAMILIES.get(lang, (lang,)):
            if concrete not in out:
                out.append(concrete)
    return tuple(out)


@functools.lru_cache(maxsize=None)
def ts_language(name: str):
    import tree_sitter

    module_name, attr = _GRAMMARS[name]
    module = importlib.import_module(module_name)
    return tree_sitter.Language(getattr(module, attr)())


@functools.lru_cache(maxsize=None)
def parser(name: str):
    import tree_sitter

    return tree_sitter.Parser(ts_language(name))
