"""A whole scan: discovery, the engine over a process pool, deterministic merge."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import crossfile, overrides, policy, workers
from .config import Config, ConfigError
from .discovery import SourceFile, default_root, discover
from ..engine.analyzer import Analyzer, FileResult
from ..model import Finding, Notification
from ..engine.rules import RuleSet, load_rules

# Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 24


@dataclass
class ScanResult:
    root: str
    ruleset: RuleSet
    findings: list[Finding] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    files: int = 0  # files analysed
    skipped: int = 0  # files found or named but not analysed (binary, too large, unreadable…)
    lines: int = 0
    file_results: list[FileResult] = field(default_factory=list)
    # findings a --baseline already recorded (left out of `findings`); None: no baseline used
    baseline_unchanged: list[Finding] | None = None
    # what the profile and the role policy held back (aiscan.pipeline.policy.apply)
    hidden: dict = field(default_factory=dict)


def build_analyzer(config: Config) -> Analyzer:
    catalogue = load_rules(config.rule_dirs, config.cache_dir)
    check_selectors(config, catalogue)
    ruleset = catalogue.filtered(config.select, config.ignore)
    if config.metric_thresholds:
        from ..analyses.checks.metrics import with_thresholds

        ruleset = RuleSet(with_thresholds(ruleset.rules, config.metric_thresholds),
                          known=ruleset.known)
    analyzer = Analyzer(ruleset, config.max_file_size, **_suppression_options(config))
    analyzer.validate_queries(include_builtin=False)
    return analyzer


def check_selectors(config: Config, catalogue: RuleSet) -> None:
    """A selector that selects no rule is a typo: an error naming it, where it was given, and
    the closest ids or names."""
    named = [("select", config.select), ("ignore", config.ignore),
             ("severity-overrides", list(config.severity_overrides))]
    named += [(f"per-path-ignores.{glob}", ids) for glob, ids in config.per_path_ignores.items()]
    for key, selectors in named:
        for selector in selectors:
            problem = catalogue.selector_error(selector)
            if problem:
                origin = config.origins.get(key.split(".")[0], "")
                where = origin if origin.startswith("--") else \
                    f"{origin}: '{key}'" if origin else f"'{key}'"
                raise ConfigError(f"{where}: {problem}")


def _suppression_options(config: Config) -> dict:
    return {"honor_foreign_suppressions": config.honor_foreign_suppressions,
            "report_unused_ignores": config.report_unused_ignores}


def run_scan(targets, config: Config, root: str | None = None, analyzer: Analyzer | None = None,
             on_file=None) -> ScanResult:
    targets = list(targets) or ["."]
    root = os.path.abspath(root or default_root(targets, config.project_dir))
    analyzer = analyzer or build_analyzer(config)
    found = discover(targets, root, config.exclude, config.use_gitignore)
    result = ScanResult(root=root, ruleset=analyzer.ruleset, notifications=list(found.notifications))
    cache = _open_cache(analyzer, config, root)
    file_results = list(_cached_or_analyzed(analyzer, found.files, cache, config, on_file))
    # flows between the project's own modules: files that receive tainted arguments from
    # another module are analysed again with those parameters bound
    file_results = crossfile.resolve(analyzer, file_results, found.files, config.file_budget,
                                     cache)
    if cache is not None:
        cache.save()
    for file_result in file_results:
        result.file_results.append(file_result)
        result.findings.extend(file_result.findings)
        result.notifications.extend(file_result.notifications)
        result.lines += file_result.lines
        result.skipped += not file_result.analysed
    result.files = len(found.files) - result.skipped
    result.skipped += found.skipped
    policy.assign_roles(result.file_results, config)
    overrides.apply(result.findings, config, analyzer.ruleset)
    result.hidden = policy.apply(result.findings, config, analyzer.ruleset)
    result.findings.sort(key=lambda f: f.sort_key)
    return result


def _open_cache(analyzer: Analyzer, config: Config, root: str):
    """The result cache of this scan's settings, or None when it is off."""
    if not config.use_cache:
        return None
    from .cache import ResultCache, scan_key
    from .cachedir import cache_dir

    settings = {"max_file_size": config.max_file_size, "gitignore": config.use_gitignore,
                "select": config.select, "ignore": config.ignore, "rule_dirs": config.rule_dirs,
                **config.cache_settings()}
    return ResultCache(cache_dir(config.cache_dir), scan_key(root, analyzer.ruleset, settings))


def _cached_or_analyzed(analyzer: Analyzer, files: list[SourceFile], cache, config: Config,
                        on_file):
    """Results in discovery order; unchanged files come from the cache when it is on (the
    caller saves it)."""
    if cache is None:
        yield from _analyze_all(analyzer, files, config, on_file)
        return
    done: dict[str, FileResult] = {}
    todo: list[SourceFile] = []
    for f in files:
        hit = cache.get(f.path, f.rel)
        if hit is None:
            todo.append(f)
        else:
            done[f.rel] = hit
            if on_file:
                on_file(hit)
    by_rel = {f.rel: f for f in todo}
    for res in _analyze_all(analyzer, todo, config, on_file):
        cache.put(by_rel[res.path].path, res.path, res)
        done[res.path] = res
    for f in files:
        if f.rel in done:
            yield done[f.rel]


def _analyze_all(analyzer: Analyzer, files: list[SourceFile], config: Config, on_file):
    jobs = config.jobs or os.cpu_count() or 1
    pairs = [(f.path, f.rel) for f in files]
    if jobs <= 1 or len(pairs) < POOL_THRESHOLD:
        results = (workers.analyze_isolated(analyzer, abs_path, rel, config.file_budget)
                   for abs_path, rel in pairs)
    else:
        initargs = (analyzer.ruleset, config.max_file_size, _suppression_options(config))
        results = workers.pooled(analyzer, pairs, jobs, initargs, config.file_budget)
    for res in results:
        if on_file:
            on_file(res)
        yield res
