"""Running the engine over many files: a process pool, a time budget per file, and crash
isolation — a file that kills its worker is named in a notification; every other file is still
analysed."""

from __future__ import annotations

import contextlib
import os
import signal
import threading

from ..engine.analyzer import Analyzer, FileResult
from ..model import Notification

CHUNK = 16

_WORKER: Analyzer | None = None
_BUDGET: float = 0.0


class BudgetExceeded(BaseException):
    """A BaseException so that the engine's per-rule guards do not swallow it."""


def init_worker(analyzer: Analyzer | None, ruleset, max_size, suppression_options=None,
                budget: float = 0.0) -> None:
    global _WORKER, _BUDGET
    _BUDGET = budget
    if analyzer is not None:  # inherited through fork
        _WORKER = analyzer
    else:  # spawn: the rules travel pickled, as configured (selection, thresholds)
        _WORKER = Analyzer(ruleset, max_size, **(suppression_options or {}))


def run_chunk(chunk: list[tuple[str, str]]) -> list[FileResult]:
    assert _WORKER is not None
    return [analyze_isolated(_WORKER, abs_path, rel, _BUDGET) for abs_path, rel in chunk]


@contextlib.contextmanager
def time_budget(seconds: float):
    """Interrupt Python-level analysis after `seconds` (main thread, POSIX timers only)."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise BudgetExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyze_isolated(analyzer: Analyzer, abs_path: str, rel: str, budget: float = 0.0,
                     facts: dict | None = None) -> FileResult:
    try:
        with time_budget(budget):
            return analyzer.analyze(abs_path, rel, facts) if facts else \
                analyzer.analyze(abs_path, rel)
    except BudgetExceeded:
        result = FileResult(rel, analysed=False)
        result.notifications.append(Notification(
            f"analysis took longer than the {budget:g} s budget per file; skipped", rel, "warning"))
        return result
    except Exception as exc:  # noqa: BLE001 - one file never takes the scan down
        result = FileResult(rel, analysed=False)
        result.notifications.append(Notification(
            f"internal error while analysing this file: {type(exc).__name__}: {exc}", rel, "error"))
        return result


def crashed(rel: str, exc: Exception | None = None) -> FileResult:
    result = FileResult(rel, analysed=False)
    why = f"{type(exc).__name__}: {exc}" if exc else "the worker process died"
    result.notifications.append(Notification(f"analysis of this file crashed ({why})", rel, "error"))
    return result


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def pooled(analyzer: Analyzer, pairs, jobs: int, initargs: tuple, budget: float):
    """Results in submission order. When a worker dies, the pool is rebuilt and the chunk that
    was running is redone file by file, each in a process of its own, to name the culprit."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = _context()
    inherit = analyzer if ctx.get_start_method() == "fork" else None
    chunks = [pairs[i:i + CHUNK] for i in range(0, len(pairs), CHUNK)]
    start = 0
    while start < len(chunks):
        broken_at = None
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker,
                                   initargs=(inherit, *initargs, budget))
        try:
            futures = [pool.submit(run_chunk, chunk) for chunk in chunks[start:]]
            for offset, future in enumerate(futures):
                try:
                    results = future.result()
                except BrokenProcessPool:
                    broken_at = start + offset
                    break
                except Exception as exc:  # noqa: BLE001
                    results = [crashed(rel, exc) for _, rel in chunks[start + offset]]
                yield from results
        finally:
            pool.shutdown(wait=broken_at is None, cancel_futures=True)
        if broken_at is None:
            return
        yield from one_by_one(analyzer, chunks[broken_at], ctx, budget)
        start = broken_at + 1


def one_by_one(analyzer: Analyzer, chunk, ctx, budget: float):
    """Each file in a forked process of its own; a process that dies marks only its file."""
    for abs_path, rel in chunk:
        if ctx.get_start_method() != "fork":
            yield crashed(rel)
            continue
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(analyzer, abs_path, rel, writer, budget))
        proc.start()
        writer.close()
        result = None
        timeout = (budget or 60.0) * 2 + 5
        if reader.poll(timeout):
            try:
                result = reader.recv()
            except (EOFError, OSError):
                result = None
        proc.join(timeout=1)
        if proc.is_alive():
            proc.kill()
            proc.join()
        reader.close()
        yield result if isinstance(result, FileResult) else crashed(rel)


def _child(analyzer: Analyzer, abs_path: str, rel: str, writer, budget: float) -> None:
    writer.send(analyze_isolated(analyzer, abs_path, rel, budget))
    writer.close()
    os._exit(0)
