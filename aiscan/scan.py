"""A whole scan: discovery, the engine over a process pool, deterministic merge."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import overrides
from .config import Config
from .discovery import SourceFile, default_root, discover
from .engine import Analyzer, FileResult
from .model import Finding, Notification
from .rules import RuleSet, load_rules

# Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 24
CHUNK = 16


@dataclass
class ScanResult:
    root: str
    ruleset: RuleSet
    findings: list[Finding] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    files: int = 0
    lines: int = 0
    file_results: list[FileResult] = field(default_factory=list)
    # findings a --baseline already recorded (left out of `findings`); None: no baseline used
    baseline_unchanged: list[Finding] | None = None


_WORKER: Analyzer | None = None


def _init_worker(analyzer: Analyzer | None, rule_dirs, select, ignore, max_size,
                 suppression_options=None) -> None:
    global _WORKER
    if analyzer is not None:  # inherited through fork
        _WORKER = analyzer
    else:
        ruleset = load_rules(rule_dirs).filtered(select, ignore)
        _WORKER = Analyzer(ruleset, max_size, **(suppression_options or {}))


def _run_chunk(chunk: list[tuple[str, str]]) -> list[FileResult]:
    assert _WORKER is not None
    return [_analyze_isolated(_WORKER, abs_path, rel) for abs_path, rel in chunk]


def _analyze_isolated(analyzer: Analyzer, abs_path: str, rel: str) -> FileResult:
    try:
        return analyzer.analyze(abs_path, rel)
    except Exception as exc:  # noqa: BLE001 - one file never takes the scan down
        result = FileResult(rel)
        result.notifications.append(Notification(
            f"internal error while analysing this file: {type(exc).__name__}: {exc}", rel, "error"))
        return result


def build_analyzer(config: Config) -> Analyzer:
    ruleset = load_rules(config.rule_dirs).filtered(config.select, config.ignore)
    analyzer = Analyzer(ruleset, config.max_file_size, **_suppression_options(config))
    analyzer.validate_queries()
    return analyzer


def _suppression_options(config: Config) -> dict:
    return {"honor_foreign_suppressions": config.honor_foreign_suppressions,
            "report_unused_ignores": config.report_unused_ignores}


def run_scan(targets, config: Config, root: str | None = None, analyzer: Analyzer | None = None,
             on_file=None) -> ScanResult:
    targets = list(targets) or ["."]
    root = os.path.abspath(root or default_root(targets))
    analyzer = analyzer or build_analyzer(config)
    found = discover(targets, root, config.exclude, config.use_gitignore)
    result = ScanResult(root=root, ruleset=analyzer.ruleset, notifications=list(found.notifications))
    for file_result in _cached_or_analyzed(analyzer, found.files, config, root, on_file):
        result.file_results.append(file_result)
        result.findings.extend(file_result.findings)
        result.notifications.extend(file_result.notifications)
        result.lines += file_result.lines
    result.files = len(found.files)
    overrides.apply(result.findings, config, analyzer.ruleset)
    result.findings.sort(key=lambda f: f.sort_key)
    return result


def _cached_or_analyzed(analyzer: Analyzer, files: list[SourceFile], config: Config, root: str,
                        on_file):
    """Results in discovery order; unchanged files come from the cache when it is on."""
    if not config.use_cache:
        yield from _analyze_all(analyzer, files, config, on_file)
        return
    from .cache import ResultCache, scan_key

    settings = {"max_file_size": config.max_file_size, "gitignore": config.use_gitignore,
                "select": config.select, "ignore": config.ignore, "rule_dirs": config.rule_dirs,
                **config.cache_settings()}
    cache = ResultCache(root, scan_key(root, analyzer.ruleset, settings))
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
    cache.save()
    for f in files:
        if f.rel in done:
            yield done[f.rel]


def _analyze_all(analyzer: Analyzer, files: list[SourceFile], config: Config, on_file):
    jobs = config.jobs or os.cpu_count() or 1
    pairs = [(f.path, f.rel) for f in files]
    if jobs <= 1 or len(pairs) < POOL_THRESHOLD:
        for abs_path, rel in pairs:
            res = _analyze_isolated(analyzer, abs_path, rel)
            if on_file:
                on_file(res)
            yield res
        return
    yield from _pooled(analyzer, pairs, jobs, config, on_file)


def _pooled(analyzer: Analyzer, pairs, jobs: int, config: Config, on_file):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    inherit = analyzer if ctx.get_start_method() == "fork" else None
    chunks = [pairs[i:i + CHUNK] for i in range(0, len(pairs), CHUNK)]
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker,
        initargs=(inherit, config.rule_dirs, config.select, config.ignore, config.max_file_size,
                  _suppression_options(config)),
    ) as pool:
        futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures):  # in submission order: deterministic
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [_crashed(rel) for _, rel in chunk]
            except Exception as exc:  # noqa: BLE001
                results = [_crashed(rel, exc) for _, rel in chunk]
            for res in results:
                if on_file:
                    on_file(res)
                yield res


def _crashed(rel: str, exc: Exception | None = None) -> FileResult:
    result = FileResult(rel)
    why = f"{type(exc).__name__}: {exc}" if exc else "the worker process died"
    result.notifications.append(Notification(f"analysis of this file crashed ({why})", rel, "error"))
    return result
