"""Loading rules from YAML: schema validation, derived prefilter keywords, the registry.

A rule that fails to load is an error at start-up naming the file and the field, never a
warning in a log.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..audit.checklist_items import BY_ID as CHECKLIST_IDS
from .languages import CODE_LANGUAGES, expand
from ..model import Help, Rule, Severity

ENGINE_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = ENGINE_DIR.parent  # the aiscan package


class RuleError(Exception):
    """A rule file is invalid; the message names the file and the field."""


def builtin_rules_dir() -> Path:
    installed = PACKAGE_DIR / "_rules"  # rules/ is copied here in the wheel
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "rules"  # a source checkout or editable install


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads((ENGINE_DIR / "rule-schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _glob_keyword(pattern: str) -> str:
    """The longest literal piece of a glob: a file lacking it cannot match."""
    pieces = re.split(r"[*?\[\]]+", pattern)
    best = max(pieces, key=len)
    return best.strip(".") if len(best.strip(".")) >= 2 else ""


def _names(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _derive_keywords(clauses: list[dict]) -> tuple[str, ...]:
    """Words that must appear in a file for the rule to fire; () when the rule always runs."""
    words: list[str] = []
    for clause in clauses:
        if "call" in clause:
            patterns = _names(clause["call"]["callee"])
        elif "assign" in clause:
            patterns = _names(clause["assign"]["target"])
        else:
            return ()  # queries, regexes and checks declare keywords explicitly or always run
        for pattern in patterns:
            # `subprocess.run` needs "run" in the text; through an alias the module name may be
            # absent, so the last segment is the safe requirement.
            kw = _glob_keyword(pattern.rsplit(".", 1)[-1]) or _glob_keyword(pattern)
            if not kw:
                return ()
            words.append(kw)
    return tuple(dict.fromkeys(words))


def _format_error(path: Path, error) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    return f"{path}: invalid rule at '{where}': {error.message}"


class _ValidatedCache:
    """Rule files already validated, by path and stat: start-up skips YAML and jsonschema.

    Stored as JSON in the user cache directory; a changed file, schema or version misses."""

    def __init__(self, directory: Path) -> None:
        from .. import __version__

        schema = (ENGINE_DIR / "rule-schema.json").stat()
        self.path = directory / f"rules-{__version__}-{schema.st_size}-{schema.st_mtime_ns}.json"
        self.dirty = False
        try:
            self.entries: dict = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    @staticmethod
    def _stat(path: Path) -> list[int]:
        st = path.stat()
        return [st.st_size, st.st_mtime_ns]

    def get(self, path: Path):
        entry = self.entries.get(str(path))
        try:
            if entry and entry["stat"] == self._stat(path):
                return entry["data"]
        except OSError:
            pass
        return None

    def put(self, path: Path, data: dict) -> None:
        try:
            json.dumps(data)  # YAML dates and the like don't round-trip: just don't cache those
            self.entries[str(path)] = {"stat": self._stat(path), "data": data}
            self.dirty = True
        except (OSError, TypeError, ValueError):
            pass

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            from ..output.files import atomic_write

            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(str(self.path), json.dumps(self.entries))
        except OSError:
            pass  # an unwritable cache only costs start-up time


def load_rule_file(path: Path, cache: _ValidatedCache | None = None) -> Rule:
    data = cache.get(path) if cache is not None else None
    if data is None:
        data = _read_and_validate(path)
        if cache is not None:
            cache.put(path, data)
    return _build_rule(path, data)


def _read_and_validate(path: Path) -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe loader
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must hold a mapping, not {type(data).__name__}")
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise RuleError(_format_error(path, errors[0]))
    if data["checklist"] not in CHECKLIST_IDS:
        raise RuleError(
            f"{path}: invalid rule at 'checklist': unknown item {data['checklist']!r} "
            f"(known: {', '.join(CHECKLIST_IDS)})"
        )
    clauses = data["match"] if isinstance(data["match"], list) else [data["match"]]
    for i, clause in enumerate(clauses):
        kinds = [k for k in ("call", "assign", "query", "regex", "check") if k in clause]
        if len(kinds) != 1:
            raise RuleError(f"{path}: invalid rule at 'match/{i}': name exactly one matcher, got {kinds}")
        if "regex" in clause:
            try:
                re.compile(clause["regex"]["pattern"])
            except re.error as exc:
                raise RuleError(f"{path}: invalid rule at 'match/{i}/regex/pattern': {exc}") from None
    _validate_params(path, data, clauses)
    return data


def _validate_params(path: Path, data: dict, clauses: list[dict]) -> None:
    """`params` against the schemas its checks declare, `fix` against its codemod's: a typo
    fails here, at start-up, not on every file."""
    checks = [(i if isinstance(data["match"], list) else None, c["check"])
              for i, c in enumerate(clauses) if "check" in c]
    params = data.get("params")
    if checks or params:
        from ..analyses.checks import params_error

        if not checks:
            raise RuleError(f"{path}: invalid rule at 'params': only a `check` reads params")
        error = params_error(checks, params or {})
        if error is not None:
            raise RuleError(f"{path}: invalid rule at '{error[0]}': {error[1]}")
    if data.get("fix") is not None:
        from ..fix.registry import fix_error

        error = fix_error(data["fix"])
        if error is not None:
            raise RuleError(f"{path}: invalid rule at '{error[0]}': {error[1]}")


def _build_rule(path: Path, data: dict) -> Rule:
    clauses = data["match"] if isinstance(data["match"], list) else [data["match"]]
    h = data["help"]
    languages = expand(data["languages"])
    if "generic" in data["languages"]:
        languages = ("generic",) + tuple(lang for lang in languages if lang != "generic")
    return Rule(
        id=data["id"],
        name=data["name"],
        message=data["message"],
        severity=Severity.parse(data["severity"]),
        confidence=data["confidence"],
        category=data["category"],
        languages=languages,
        match={"clauses": clauses, "params": data.get("params", {})},
        help=Help(
            what=h["what"], why=h["why"], example=h.get("example", ""),
            instead=h.get("instead", ""), references=tuple(h.get("references", ())),
        ),
        cwe=tuple(data.get("cwe", ())),
        owasp=tuple(data.get("owasp", ())),
        checklist=data["checklist"],
        tags=tuple(data.get("tags", ())),
        status=data.get("status", "stable"),
        keywords=tuple(data.get("keywords") or _derive_keywords(clauses)),
        fix=data.get("fix"),
        source=str(path),
        yields=bool(data.get("yields", False)),
        default=data.get("default", True),
        roles=tuple(data.get("roles", ())),
    )


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file())


@dataclass
class RuleSet:
    rules: list[Rule]
    by_id: dict[str, Rule] = field(default_factory=dict)
    # ids and names of every loaded rule, also those --select/--ignore left out: a suppression
    # or selector naming one of them is not a typo
    known: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.by_id = {r.id: r for r in self.rules}
        self.known = self.known or frozenset(k for r in self.rules for k in (r.id, r.name))

    def for_language(self, language: str | None) -> list[Rule]:
        key = language if language in CODE_LANGUAGES else "generic"
        return [r for r in self.rules if key in r.languages or "generic" in r.languages]

    def filtered(self, select=(), ignore=()) -> "RuleSet":
        def chosen(rule: Rule) -> bool:
            if select and not any(_selects(s, rule) for s in select):
                return False
            return not any(_selects(s, rule) for s in ignore)

        return RuleSet([r for r in self.rules if chosen(r)], known=self.known)

    def selector_error(self, selector: str) -> str | None:
        """None when `selector` selects some rule; else a message with the closest selectors."""
        if any(_selects(selector, r) for r in self.rules):
            return None
        return f"unknown rule {selector!r}" + suggestion(selector, self.vocabulary())

    def vocabulary(self) -> list[str]:
        """Every selector spelled in full: ids, their letter prefixes, names, categories."""
        return sorted({k for r in self.rules
                       for k in (r.id, r.id.rstrip("0123456789"), r.name, r.category)})


def suggestion(word: str, vocabulary) -> str:
    """'; did you mean X?' naming the closest words, compared without case; else a pointer to
    the rule listing."""
    import difflib

    by_lower = {v.lower(): v for v in vocabulary}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(by_lower[c] for c in close)}?" if close else \
        " (see `aiscan rules`)"


def _selects(selector: str, rule: Rule) -> bool:
    """A selector is a rule id or id prefix (`PY1`, `SEC`; any case), a rule name or a category."""
    return rule.id.startswith(selector.upper()) or selector in (rule.name, rule.category)


def load_rules(extra_dirs=(), cache_dir: str | None = None) -> RuleSet:
    """All built-in rules plus those in extra directories; ids and names must be unique.
    `cache_dir` holds the validated-rules cache (None: the default cache directory)."""
    from ..pipeline.cachedir import cache_dir as resolve_cache_dir

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    dirs = [builtin_rules_dir(), *map(Path, extra_dirs)]
    cache = _ValidatedCache(resolve_cache_dir(cache_dir))
    for directory in dirs:
        if not directory.is_dir():
            raise RuleError(f"{directory}: rule directory does not exist")
        for path in rule_files(directory):
            rule = load_rule_file(path, cache)
            for key in (rule.id, rule.name):
                if key in seen:
                    raise RuleError(f"{path}: duplicate rule id or name {key!r} (also in {seen[key]})")
                seen[key] = str(path)
            rules.append(rule)
    cache.save()
    rules.sort(key=lambda r: r.id)
    return RuleSet(rules)
