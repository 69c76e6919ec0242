"""Scan settings: defaults, overridden by configuration files, overridden by CLI flags.

A configuration is the `[tool.aiscan]` table of a `pyproject.toml` or the top level of an
`aiscan.toml`. It is found by walking up from the scan target (then from the working
directory) and stopping at the repository root (a directory holding `.git`); in one directory
`aiscan.toml` wins over `pyproject.toml`, and a `pyproject.toml` without `[tool.aiscan]` is
passed over. Paths in the file (`rules`, `baseline`) are relative to the file, and its
directory is the scan root of the targets inside it, so per-path patterns and baselines mean
the same from any working directory.

Every command builds its configuration with `build_config`: file, then command-line options.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Severity


class ConfigError(Exception):
    """An invalid configuration file; the message names the file and the key."""


@dataclass
class Config:
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    # medium+: what a pre-commit hook should block (low and info findings are shown, not fatal)
    fail_on: Severity = Severity.MEDIUM
    rule_dirs: list[str] = field(default_factory=list)
    max_file_size: int = 2_000_000
    jobs: int = 0  # 0: one worker per core
    use_gitignore: bool = True
    category: str = "aiscan"  # SARIF automationDetails.id prefix
    # glob on the path relative to the scan root -> rule selectors dropped there
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity_overrides: dict[str, Severity] = field(default_factory=dict)
    honor_foreign_suppressions: bool = False
    report_unused_ignores: bool = False
    # merged into the metric rules' params (e.g. {"max-complexity": 15})
    metric_thresholds: dict[str, int | float] = field(default_factory=dict)
    baseline: str | None = None
    source: str | None = None  # the file this configuration came from
    # where each rule-selector setting was given ("--select", "aiscan.toml"), for error messages
    origins: dict[str, str] = field(default_factory=dict)
    # aiscan.pipeline.policy: "default" (the profile and the role policy) or "all" (everything)
    profile: str = "default"
    include_roles: list[str] = field(default_factory=list)  # roles reported whatever the policy
    roles: dict[str, list[str]] = field(default_factory=dict)  # role -> globs that force it

    use_cache: bool = True
    cache_dir: str | None = None  # None: $AISCAN_CACHE_DIR, else the user cache directory
    file_budget: float = 60.0  # seconds of analysis per file before it is skipped (0: no limit)

    def cache_settings(self) -> dict:
        """Settings beyond the rule set that change per-file results (part of the cache key)."""
        return {"honor_foreign_suppressions": self.honor_foreign_suppressions,
                "report_unused_ignores": self.report_unused_ignores,
                "metric_thresholds": self.metric_thresholds}

    @property
    def project_dir(self) -> str | None:
        """The configuration file's directory: the root its paths and patterns are relative to."""
        return os.path.dirname(os.path.abspath(self.source)) if self.source else None


def _str_list(key: str, value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return list(value)


def _table(key: str, value, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table")
    return value


def _severity(key: str, value, where: str) -> Severity:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' must be a severity name")
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: '{key}': {exc}") from None


def _bool(key: str, value, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: '{key}' must be true or false")
    return value


def _apply_exclude(c: Config, v, w, base):
    c.exclude = _str_list("exclude", v, w)


def _apply_extend_exclude(c: Config, v, w, base):
    c.exclude += _str_list("extend-exclude", v, w)


def _apply_select(c: Config, v, w, base):
    c.select = _str_list("select", v, w)


def _apply_ignore(c: Config, v, w, base):
    c.ignore = _str_list("ignore", v, w)


def _apply_fail_on(c: Config, v, w, base):
    c.fail_on = _severity("fail-on", v, w)


def _apply_honor(c: Config, v, w, base):
    c.honor_foreign_suppressions = _bool("honor-foreign-suppressions", v, w)


def _apply_unused(c: Config, v, w, base):
    c.report_unused_ignores = _bool("report-unused-ignores", v, w)


def _apply_rules(c: Config, v, w, base):
    c.rule_dirs = [str((base / d).resolve()) for d in _str_list("rules", v, w)]


def _apply_max_file_size(c: Config, v, w, base):
    if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
        raise ConfigError(f"{w}: 'max-file-size' must be a positive integer (bytes)")
    c.max_file_size = v


def _apply_per_path(c: Config, v, w, base):
    c.per_path_ignores = {
        glob: _str_list(f"per-path-ignores.{glob}", ids, w)
        for glob, ids in _table("per-path-ignores", v, w).items()}


def _apply_overrides(c: Config, v, w, base):
    c.severity_overrides = {
        rid: _severity(f"severity-overrides.{rid}", sev, w)
        for rid, sev in _table("severity-overrides", v, w).items()}


METRIC_KEYS = ("max-complexity", "max-function-lines", "max-params", "max-nesting", "max-file-lines")


def _apply_metrics(c: Config, v, w, base):
    table = _table("metric-thresholds", v, w)
    for k, n in table.items():
        if k not in METRIC_KEYS:
            raise ConfigError(f"{w}: unknown key 'metric-thresholds.{k}' (known: {', '.join(METRIC_KEYS)})")
        if not isinstance(n, (int, float)) or isinstance(n, bool):
            raise ConfigError(f"{w}: 'metric-thresholds.{k}' must be a number")
    c.metric_thresholds = dict(table)


def _role_names(key: str, values: list[str], where: str, extra=()) -> list[str]:
    from .roles import ROLES

    for v in values:
        if v not in ROLES and v not in extra:
            raise ConfigError(f"{where}: '{key}': unknown role {v!r} "
                              f"(known: {', '.join((*ROLES, *extra))})")
    return values


def _apply_profile(c: Config, v, w, base):
    if v not in ("default", "all"):
        raise ConfigError(f"{w}: 'profile' must be \"default\" or \"all\"")
    c.profile = v


def _apply_include_roles(c: Config, v, w, base):
    c.include_roles = _role_names("include-roles", _str_list("include-roles", v, w), w, ("all",))


def _apply_roles(c: Config, v, w, base):
    table = _table("roles", v, w)
    _role_names("roles", list(table), w)
    c.roles = {role: _str_list(f"roles.{role}", globs, w) for role, globs in table.items()}


def _apply_baseline(c: Config, v, w, base):
    if not isinstance(v, str):
        raise ConfigError(f"{w}: 'baseline' must be a path")
    c.baseline = str(base / v)


KEYS = {
    "exclude": _apply_exclude,
    "extend-exclude": _apply_extend_exclude,
    "select": _apply_select,
    "ignore": _apply_ignore,
    "per-path-ignores": _apply_per_path,
    "fail-on": _apply_fail_on,
    "severity-overrides": _apply_overrides,
    "rules": _apply_rules,
    "max-file-size": _apply_max_file_size,
    "honor-foreign-suppressions": _apply_honor,
    "report-unused-ignores": _apply_unused,
    "metric-thresholds": _apply_metrics,
    "baseline": _apply_baseline,
    "profile": _apply_profile,
    "include-roles": _apply_include_roles,
    "roles": _apply_roles,
}


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def _read_table(path: Path) -> dict | None:
    """The aiscan table of a config file; None for a pyproject.toml without one."""
    tomllib = _toml()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("aiscan")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.aiscan] must be a table")
        return table
    return data


def find_config(start: str | os.PathLike) -> Path | None:
    """The nearest aiscan.toml / pyproject.toml with [tool.aiscan] at or above `start`."""
    p = Path(start).resolve()
    if p.is_file():
        p = p.parent
    for directory in (p, *p.parents):
        for name in ("aiscan.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file() and _read_table(candidate) is not None:
                return candidate
        if (directory / ".git").exists():
            break  # configuration does not leak in from outside the repository
    return None


def load(path: str | os.PathLike) -> Config:
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    table = _read_table(path)
    config = Config(source=str(path))
    if table is None:
        return config
    where = f"{path}" + (" [tool.aiscan]" if path.name == "pyproject.toml" else "")
    base = path.resolve().parent
    for key, value in table.items():
        handler = KEYS.get(key)
        if handler is None:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(KEYS)})")
        handler(config, value, where, base)
        config.origins[key] = where
    return config


def discover_config(explicit: str | None, targets) -> Config:
    """`--config FILE`, else the nearest file above the first target, else above the cwd —
    the cwd's only when the target lies inside the cwd: scanning another project from here
    must not inherit this project's excludes."""
    if explicit:
        return load(explicit)
    cwd = os.getcwd()
    starts = [targets[0]] if targets else []
    if not targets or _inside(targets[0], cwd):
        starts.append(cwd)
    for start in starts:
        if os.path.exists(start):
            found = find_config(start)
            if found is not None:
                return load(found)
    return Config()


def _inside(path: str, directory: str) -> bool:
    real, base = os.path.realpath(path), os.path.realpath(directory)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def build_config(paths=(), config_file: str | None = None, *, select=(), ignore=(), exclude=(),
                 rule_dirs=(), jobs: int | None = None, fail_on: str | None = None,
                 max_file_size: int | None = None, no_gitignore: bool = False,
                 category: str | None = None, no_cache: bool = False,
                 cache_dir: str | None = None, report_unused_ignores: bool | None = None,
                 honor_foreign_suppressions: bool | None = None, profile: str | None = None,
                 include_tests: bool = False) -> Config:
    """The configuration of every command: the project's file, then the command-line options
    (which win; list options replace `select`/`ignore` and add to `exclude`/`rules`)."""
    config = discover_config(config_file, list(paths))
    if select:
        config.select, config.origins["select"] = list(select), "--select"
    if ignore:
        config.ignore, config.origins["ignore"] = list(ignore), "--ignore"
    config.exclude = [*config.exclude, *exclude]
    config.rule_dirs = [*config.rule_dirs, *rule_dirs]
    if jobs is not None:
        config.jobs = jobs
    if fail_on:
        config.fail_on = Severity.parse(fail_on)
    if max_file_size:
        config.max_file_size = max_file_size
    if no_gitignore:
        config.use_gitignore = False
    if category:
        config.category = category
    if no_cache:
        config.use_cache = False
    if cache_dir:
        config.cache_dir = cache_dir
    if report_unused_ignores is not None:
        config.report_unused_ignores = report_unused_ignores
    if honor_foreign_suppressions is not None:
        config.honor_foreign_suppressions = honor_foreign_suppressions
    if profile:
        config.profile = profile
    if include_tests:
        config.include_roles = ["all"]
    return config
