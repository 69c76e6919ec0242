"""Benchmark aiscan against peer scanners on one corpus, in one run.

Example::

    python bench/run.py --corpus stdlib --tools aiscan,bandit,detect-secrets --repeat 3 \\
        --json bench/.work/stdlib.json

Only ratios taken within the same run are meaningful: machines are noisy.
See bench/README.md for the meaning of every column.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

import corpora
import report
import tools
from measure import Measurement, run_measured

WORK_DIR = Path(__file__).resolve().parent / ".work"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="stdlib",
                        help="stdlib, django, npm or a directory (default: stdlib)")
    parser.add_argument("--tools", default=",".join(tools.ALL_TOOLS),
                        help=f"comma-separated subset of {','.join(tools.ALL_TOOLS)} (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; medians are reported")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per run (default 900)")
    parser.add_argument("--json", type=Path, help="write the raw numbers to this file")
    parser.add_argument("--refresh", action="store_true", help="rebuild the named corpus first")
    parser.add_argument("--aiscan-cmd", default="aiscan",
                        help="how to call aiscan, e.g. 'python -m aiscan' (default: aiscan)")
    parser.add_argument("--secrets-select", default="SEC",
                        help="value of --select for the secrets-only aiscan variant (default: SEC)")
    args = parser.parse_args(argv)
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = sorted(set(args.tools) - set(tools.ALL_TOOLS))
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(unknown)}; known: {', '.join(tools.ALL_TOOLS)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def summarise(variant: tools.Variant, runs: list[Measurement]) -> dict:
    """Fold the runs of one variant into a result row."""
    row = {
        "tool": variant.tool, "name": variant.name, "argv": variant.argv,
        "files": variant.stats.source_files, "lines": variant.stats.source_lines,
        "runs": [run.as_dict() for run in runs], "note": "",
    }
    finished = [run for run in runs if not run.timed_out]
    failed = [run for run in finished if run.returncode not in variant.ok_codes]
    row["returncode"] = finished[-1].returncode if finished else None
    if len(finished) < len(runs):
        row["status"], row["note"] = "timeout", f"timed out after {runs[-1].wall_s:.0f} s"
    elif failed:
        last_line = (failed[-1].stderr_tail.strip().splitlines() or [""])[-1]
        row["status"] = "error"
        row["note"] = f"exit {failed[-1].returncode}: {last_line[:120]}".replace("|", "\\|")
    else:
        row["status"] = "ok"
    if finished:
        row["median"] = report.medians([run.as_dict() for run in finished])
        row.update(report.throughput(row["median"]["wall_s"], row["files"], row["lines"]))
    return row


def measure_all(variants: list[tools.Variant], repeat: int, timeout: float) -> list[dict]:
    runs: dict[str, list[Measurement]] = {v.name: [] for v in variants}
    for round_no in range(1, repeat + 1):
        for variant in variants:
            previous = runs[variant.name]
            if previous and previous[-1].timed_out:
                continue  # do not spend another full timeout on a hung tool
            if variant.setup:
                variant.setup()
            log(f"round {round_no}/{repeat}: {variant.name}")
            result = run_measured(variant.argv, timeout=timeout, cwd=variant.cwd, env=variant.env)
            log(f"  {result.wall_s:.2f} s wall, {result.cpu_s:.2f} s CPU, "
                f"{result.max_rss_mb:.0f} MB, exit {result.returncode}")
            previous.append(result)
    return [summarise(v, runs[v.name]) for v in variants]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    label, root = corpora.resolve(args.corpus, args.refresh)
    stats = corpora.measure(root)
    work = WORK_DIR / label
    work.mkdir(parents=True, exist_ok=True)
    log(f"corpus {label}: {root} ({stats.source_files} source files, {stats.source_lines} lines)")

    ctx = tools.Context(corpus=root, stats=stats, work=work,
                        aiscan_cmd=shlex.split(args.aiscan_cmd),
                        secrets_select=args.secrets_select)
    variants, skips = tools.build(args.tools, ctx)
    for skip in skips:
        log(f"skipping {skip.name}: {skip.reason}")
    machine = report.machine_info()
    versions = {v.tool: report.tool_version(v.argv[:v.argv.index("scan")]
                                            if v.tool == "aiscan" else v.argv[:1])
                for v in variants}
    results = measure_all(variants, args.repeat, args.timeout)

    payload = {
        "corpus": {"label": label, "path": str(root), "stats": stats.as_dict()},
        "machine": machine, "repeat": args.repeat, "timeout_s": args.timeout,
        "versions": versions, "results": results,
        "skipped": [{"name": s.name, "reason": s.reason} for s in skips],
    }
    print(report.markdown_report(payload))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
        log(f"raw numbers written to {args.json}")
    return 0 if variants else 2


if __name__ == "__main__":
    sys.exit(main())
