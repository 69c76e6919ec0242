"""The command lines benchmarked: aiscan's variants and the peer scanners.

Each tool turns a corpus into zero or more :class:`Variant` s to measure, or
into :class:`Skip` notes when it is not installed or (for aiscan, whose CLI is
still growing) when a flag a variant needs is not supported yet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import corpora

BENCH_DIR = Path(__file__).resolve().parent
SEMGREP_RULES = BENCH_DIR / "semgrep_rules"
FIVE_FILES = 5
AISCAN_CACHE_NAMES = (".aiscan_cache",)

PEERS = ("bandit", "detect-secrets", "radon", "semgrep")
ALL_TOOLS = ("aiscan", *PEERS)
# Peers that only read Python files; skipped on a corpus without any.
PYTHON_ONLY = frozenset({"bandit", "radon"})


@dataclass
class Variant:
    """One command line to measure."""

    tool: str
    name: str
    argv: list[str]
    cwd: Path
    stats: corpora.CorpusStats
    env: dict[str, str] | None = None
    setup: Callable[[], None] | None = None  # untimed, before every run
    ok_codes: tuple[int, ...] = (0, 1)  # 1 = "findings" for most scanners


@dataclass
class Skip:
    name: str
    reason: str


@dataclass
class Context:
    corpus: Path
    stats: corpora.CorpusStats
    work: Path  # scratch directory, also the cwd of every tool
    aiscan_cmd: list[str]
    secrets_select: str = "SEC"
    has_python: bool = field(init=False)

    def __post_init__(self) -> None:
        self.has_python = any(True for _ in self.corpus.rglob("*.py"))


def find_executable(name: str) -> str | None:
    """Look on PATH, then beside the running interpreter (an unactivated venv)."""
    if os.sep in name:
        path = os.path.abspath(name)  # tools run in another working directory
        return path if os.access(path, os.X_OK) else None
    found = shutil.which(name)
    if found:
        return found
    beside = Path(sys.executable).parent / name
    return str(beside) if os.access(beside, os.X_OK) else None


def _five_file_corpus(ctx: Context) -> Path:
    """Copy FIVE_FILES source files, spread evenly over the corpus, to a folder."""
    files = list(corpora.iter_source_files(ctx.corpus))
    step = max(1, len(files) // FIVE_FILES)
    chosen = files[::step][:FIVE_FILES]
    dest = ctx.work / "five-files"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for index, source in enumerate(chosen):
        shutil.copyfile(source, dest / f"{index}_{source.name}")
    return dest


def _aiscan_help(cmd: list[str]) -> str | None:
    try:
        done = subprocess.run(
            [*cmd, "scan", "--help"], capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout + done.stderr if done.returncode == 0 else None


def aiscan_variants(ctx: Context) -> tuple[list[Variant], list[Skip]]:
    exe = find_executable(ctx.aiscan_cmd[0])
    if exe is None:
        return [], [Skip("aiscan", f"{ctx.aiscan_cmd[0]!r} not found on PATH")]
    cmd = [exe, *ctx.aiscan_cmd[1:]]
    help_text = _aiscan_help(cmd)
    if help_text is None:
        return [], [Skip("aiscan", "`aiscan scan --help` failed; is the CLI there yet?")]

    def supports(flag: str) -> bool:
        return flag in help_text

    cache_dir = ctx.work / "aiscan-cache"
    cache_args = ["--cache-dir", str(cache_dir)] if supports("--cache-dir") else []
    no_cache = ["--no-cache"] if supports("--no-cache") else []

    def scan(target: Path, *extra: str) -> list[str]:
        return [*cmd, "scan", str(target), "--format", "json", "--output", os.devnull, *extra]

    def clear_cache() -> None:
        for folder in (cache_dir, *(base / name for base in (ctx.work, ctx.corpus)
                                    for name in AISCAN_CACHE_NAMES)):
            shutil.rmtree(folder, ignore_errors=True)

    def variant(name: str, argv: list[str], **kw) -> Variant:
        return Variant("aiscan", name, argv, ctx.work, kw.pop("stats", ctx.stats), **kw)

    found = [
        variant("aiscan (cold cache)", scan(ctx.corpus, *cache_args), setup=clear_cache),
        variant("aiscan (rescan, unchanged)", scan(ctx.corpus, *cache_args)),
    ]
    skips = []
    if no_cache:
        found.append(variant("aiscan --no-cache", scan(ctx.corpus, *no_cache)))
    else:
        skips.append(Skip("aiscan --no-cache", "`--no-cache` not in `aiscan scan --help`"))
    if supports("--select"):
        argv = scan(ctx.corpus, "--select", ctx.secrets_select, *no_cache)
        found.append(variant(f"aiscan --select {ctx.secrets_select}", argv))
    else:
        skips.append(Skip("aiscan --select", "`--select` not in `aiscan scan --help`"))
    five = _five_file_corpus(ctx)
    found.append(variant(f"aiscan ({FIVE_FILES} files)", scan(five, *no_cache),
                         stats=corpora.measure(five)))
    return found, skips


def _peer(ctx: Context, tool: str, args: list[str], **kw) -> Variant | Skip:
    exe = find_executable(tool)
    if exe is None:
        return Skip(tool, "not installed (see bench/requirements.txt)")
    if tool in PYTHON_ONLY and not ctx.has_python:
        return Skip(tool, "corpus has no Python files")
    cwd = kw.pop("cwd", ctx.work)
    return Variant(tool, tool, [exe, *args], cwd, ctx.stats, **kw)


def peer_variant(ctx: Context, tool: str) -> Variant | Skip:
    corpus = str(ctx.corpus)
    if tool == "bandit":
        return _peer(ctx, tool, ["-r", corpus, "-q", "-f", "json", "-o", os.devnull])
    if tool == "detect-secrets":
        # detect-secrets silently drops paths outside its working directory.
        return _peer(ctx, tool, ["scan", "--all-files", "."], cwd=ctx.corpus)
    if tool == "radon":
        return _peer(ctx, tool, ["cc", "-s", "-j", corpus])
    if tool == "semgrep":
        env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
        args = ["scan", "--config", str(SEMGREP_RULES), "--metrics", "off", "--no-git-ignore",
                "--json", "--output", os.devnull, "--quiet", corpus]
        return _peer(ctx, tool, args, env=env)
    raise ValueError(f"unknown tool {tool!r}; known: {', '.join(ALL_TOOLS)}")


def build(tools: list[str], ctx: Context) -> tuple[list[Variant], list[Skip]]:
    """All variants to measure for ``tools`` on the context's corpus, in order."""
    variants: list[Variant] = []
    skips: list[Skip] = []
    for tool in tools:
        if tool == "aiscan":
            found, skipped = aiscan_variants(ctx)
            variants += found
            skips += skipped
            continue
        outcome = peer_variant(ctx, tool)
        (variants if isinstance(outcome, Variant) else skips).append(outcome)
    return variants, skips
