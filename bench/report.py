"""Summaries of a benchmark run: medians, machine facts and the Markdown table."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import subprocess
from pathlib import Path

METRICS = ("wall_s", "cpu_s", "user_s", "sys_s", "max_rss_mb")
REFERENCE_ORDER = ("aiscan --no-cache", "aiscan (cold cache)")
SECRETS_PAIR = ("aiscan --select", "detect-secrets")


def medians(runs: list[dict]) -> dict[str, float]:
    """Per-metric median over repeated runs."""
    return {key: statistics.median(run[key] for run in runs) for key in METRICS}


def throughput(wall_s: float, files: int, lines: int) -> dict[str, float]:
    if wall_s <= 0:
        return {"files_per_s": 0.0, "lines_per_s": 0.0}
    return {"files_per_s": files / wall_s, "lines_per_s": lines / wall_s}


def _mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_info() -> dict[str, str]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": str(os.cpu_count()),
        "memory": _mem_total(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": load,
    }


def tool_version(command: list[str]) -> str:
    try:
        done = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0].strip() if lines else "?"


def _ok(results: list[dict]) -> list[dict]:
    return [r for r in results if r["status"] == "ok"]


def reference(results: list[dict]) -> dict | None:
    """The aiscan row the peers are compared with (a full scan without cache)."""
    by_name = {r["name"]: r for r in _ok(results)}
    return next((by_name[name] for name in REFERENCE_ORDER if name in by_name), None)


def _fmt(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}"


def _ratio_cell(row: dict, ref: dict | None, metric: str) -> str:
    if ref is None or row["status"] != "ok" or row["median"][metric] <= 0:
        return "—"
    if row is ref:
        return "1.00 (ref)"
    if row["tool"] == "aiscan":
        return ""
    return _fmt(ref["median"][metric] / row["median"][metric])


def markdown_table(results: list[dict]) -> str:
    ref = reference(results)
    lines = [
        "| Tool | Wall s | CPU s | Peak RSS MB | Files | Files/s | Lines/s "
        "| aiscan ÷ tool (wall) | aiscan ÷ tool (CPU) | Exit | Note |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for row in results:
        if row["status"] in ("ok", "error") and row.get("median"):
            med = row["median"]
            cells = [_fmt(med["wall_s"]), _fmt(med["cpu_s"]), _fmt(med["max_rss_mb"], 0),
                     f"{row['files']:,}", _fmt(row["files_per_s"], 0), _fmt(row["lines_per_s"], 0)]
        else:
            cells = ["—"] * 6
        exit_code = row.get("returncode")
        lines.append("| " + " | ".join([
            row["name"], *cells, _ratio_cell(row, ref, "wall_s"), _ratio_cell(row, ref, "cpu_s"),
            "—" if exit_code is None else str(exit_code), row.get("note", ""),
        ]) + " |")
    return "\n".join(lines)


def secrets_ratio(results: list[dict]) -> str | None:
    """One line comparing aiscan's secrets-only scan with detect-secrets."""
    ok = _ok(results)
    mine = next((r for r in ok if r["name"].startswith(SECRETS_PAIR[0])), None)
    peer = next((r for r in ok if r["name"] == SECRETS_PAIR[1]), None)
    if not (mine and peer) or peer["median"]["wall_s"] <= 0:
        return None
    ratio = mine["median"]["wall_s"] / peer["median"]["wall_s"]
    return f"Secrets only: `{mine['name']}` ÷ detect-secrets (wall) = {ratio:.2f}"


def markdown_report(payload: dict) -> str:
    corpus, machine = payload["corpus"], payload["machine"]
    stats = corpus["stats"]
    parts = [
        f"### Corpus `{corpus['label']}` — {stats['source_files']:,} source files, "
        f"{stats['source_lines']:,} lines, {stats['source_bytes'] / 1e6:.1f} MB",
        "",
        f"{machine['date']}; {machine['cpus']} CPUs, {machine['memory']} RAM, "
        f"Python {machine['python']}; load average at start {machine['load_average_at_start']}; "
        f"median of {payload['repeat']} run(s).",
        "",
        markdown_table(payload["results"]),
    ]
    extra = secrets_ratio(payload["results"])
    if extra:
        parts += ["", extra]
    if payload["skipped"]:
        parts += ["", "Skipped:"]
        parts += [f"- {s['name']}: {s['reason']}" for s in payload["skipped"]]
    if payload.get("versions"):
        parts += ["", "Versions: " + "; ".join(f"{k}: {v}" for k, v in payload["versions"].items())]
    return "\n".join(parts)
