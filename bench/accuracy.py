#!/usr/bin/env python3
"""Accuracy benchmark: aiscan vs. Bandit vs. Semgrep on the labelled corpus.

Usage:
    python bench/accuracy.py                 # run every tool found on PATH, print tables
    python bench/accuracy.py --json out.json # also write a machine-readable summary
    python bench/accuracy.py --check-labels  # only validate bench/corpus/labels.csv
    python bench/accuracy.py --tools bandit,semgrep --details

The corpus lives in bench/corpus/apps/ and its ground truth in
bench/corpus/labels.csv (see bench/corpus/README.md).  This script never
installs anything: a tool that is not on PATH is skipped with a note.

Matching rule
-------------
A finding matches a label when
  * it is in the same file (path relative to bench/corpus/apps/),
  * its line is within +/- LINE_TOLERANCE (1) of the labelled line -- tools
    disagree on whether a multi-line call is reported at its first line or at
    the line of the offending argument, and
  * one of its CWEs is compatible with the label's CWE: equal, or both members
    of one of the CWE_GROUPS below.  A finding tagged CWE-1426 (improper
    validation of generative-AI output) is compatible with every label whose
    note contains "llm-output" (those are labelled with the sink's CWE).

Each finding is then classified as
  * matched       -- it matches a `vuln` label (the label counts as a true
                     positive; several findings on one label count once);
  * false alarm   -- it matches no `vuln` label but carries a CWE that is
                     compatible with at least one CWE labelled somewhere in the
                     corpus (on a `safe` line, an unlabelled line, or a `vuln`
                     line of another category).  Duplicates (same file, line
                     and CWE set) count once.  Findings landing on a `safe`
                     look-alike are additionally reported as "safe look-alikes
                     flagged";
  * unlabelled/other -- it carries no CWE at all, or only CWEs the corpus does
                     not label anywhere (style/quality rules, CWE-400 missing
                     timeouts, CWE-703 asserts, ...).  These are reported in a
                     separate column and do not count as false alarms.

Metrics: precision = TP / (TP + FP), recall = TP / (TP + FN),
false alarms per 1,000 lines = FP / (physical lines of the corpus files / 1000).
"In-scope" figures restrict labels and lines to the file types the tool
analyses at all (e.g. Bandit: *.py only).
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "apps"
LABELS = HERE / "corpus" / "labels.csv"
LOCAL_SEMGREP_RULES = HERE / "semgrep-rules"
LINE_TOLERANCE = 1
TOOL_TIMEOUT = 900  # seconds per tool run

# CWE compatibility groups.  Two CWEs are compatible when they are equal or
# appear together in at least one group.  Groups may overlap.
CWE_GROUPS: dict[str, set[int]] = {
    "command injection": {77, 78, 88},
    "code injection": {94, 95, 96, 913},
    "template injection": {1336, 94, 96},  # SSTI is often tagged as code injection
    "sql injection": {89, 564, 943},
    "xss": {79, 80, 83, 116},
    "path traversal": {22, 23, 35, 36, 73},
    "ssrf": {918},
    "open redirect": {601},
    "deserialization": {502},
    "xxe": {611, 776, 827},
    "weak hash": {327, 328, 916, 759, 760},
    "insecure randomness": {330, 331, 338},
    "tls verification": {295, 297},
    "jwt verification": {345, 347, 287},  # semgrep tags unverified decode as CWE-287
    "debug mode": {489, 215, 11, 94},  # Bandit tags Flask debug=True as CWE-94
    "cors": {942, 346},
    "file permissions": {732, 276, 266},
    "insecure temp file": {377, 378, 379},
    "hard-coded secret": {798, 259, 321},
    "prompt injection": {1427},
    "untrusted code download": {494, 829},
}
LLM_OUTPUT_CWE = 1426

# A few peer rules are tagged with a CWE that contradicts what they detect
# (Bandit tags eval/exec as CWE-78 "OS command injection" and yaml.load as
# CWE-20; njsscan tags Math.random as CWE-327 "broken crypto algorithm").  To
# compare detection ability rather than tagging, these rules are re-tagged with
# the CWE of what they detect.  --raw-cwe disables this.
CWE_FIXES = {
    "bandit": {
        "B102": (94,),  # exec_used            (Bandit: CWE-78)
        "B307": (95,),  # blacklist eval       (Bandit: CWE-78)
        "B506": (502,),  # yaml_load           (Bandit: CWE-20)
    },
    "semgrep": {
        "node_insecure_random_generator": (338,),  # njsscan: CWE-327
    },
}
RAW_CWE = False

EXT_LANG = {
    ".py": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".tsx": "typescript",
    ".go": "go",
    ".java": "java",
}


# --------------------------------------------------------------------------
# labels


@dataclass(frozen=True)
class Label:
    file: str
    line: int
    cwe: int
    kind: str  # "vuln" | "safe"
    note: str

    @property
    def llm_output(self) -> bool:
        return "llm-output" in self.note


def load_labels(path: Path = LABELS) -> list[Label]:
    labels = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        expected = ["file", "line", "cwe", "kind", "note"]
        if reader.fieldnames != expected:
            raise SystemExit(f"labels.csv: header must be {','.join(expected)}, got {reader.fieldnames}")
        for row in reader:
            labels.append(Label(row["file"], int(row["line"]), int(row["cwe"]), row["kind"].strip(), row["note"].strip()))
    return labels


def check_labels(labels: list[Label], root: Path = CORPUS) -> list[str]:
    """Return a list of problems: missing files, out-of-range or blank lines, bad kinds, duplicates."""
    problems = []
    cache: dict[str, list[str]] = {}
    seen = set()
    for lab in labels:
        key = (lab.file, lab.line, lab.cwe, lab.kind)
        if key in seen:
            problems.append(f"duplicate label {key}")
        seen.add(key)
        if lab.kind not in ("vuln", "safe"):
            problems.append(f"{lab.file}:{lab.line}: kind must be vuln or safe, got {lab.kind!r}")
        fpath = root / lab.file
        if lab.file not in cache:
            if not fpath.is_file():
                problems.append(f"{lab.file}: file does not exist")
                cache[lab.file] = []
                continue
            cache[lab.file] = fpath.read_text(encoding="utf-8").split("\n")
        lines = cache[lab.file]
        if not lines:
            continue
        if not 1 <= lab.line <= len(lines):
            problems.append(f"{lab.file}:{lab.line}: line out of range (file has {len(lines)} lines)")
        elif not lines[lab.line - 1].strip():
            problems.append(f"{lab.file}:{lab.line}: labelled line is blank")
    return problems


# --------------------------------------------------------------------------
# corpus


def corpus_files(root: Path = CORPUS) -> dict[str, int]:
    """Relative path -> physical line count, for every source file of the corpus."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in EXT_LANG:
            text = p.read_text(encoding="utf-8")
            out[p.relative_to(root).as_posix()] = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    return out


# --------------------------------------------------------------------------
# CWE helpers


def compatible(finding_cwe: int, label: Label) -> bool:
    if finding_cwe == label.cwe:
        return True
    if finding_cwe == LLM_OUTPUT_CWE and label.llm_output:
        return True
    return any(finding_cwe in g and label.cwe in g for g in CWE_GROUPS.values())


def labelled_cwe_universe(labels: list[Label]) -> set[int]:
    """Every CWE that is compatible with at least one label of the corpus."""
    uni = set()
    for lab in labels:
        uni.add(lab.cwe)
        for g in CWE_GROUPS.values():
            if lab.cwe in g:
                uni |= g
        if lab.llm_output:
            uni.add(LLM_OUTPUT_CWE)
    return uni


_CWE_RE = re.compile(r"CWE[-_ :]?(\d+)", re.IGNORECASE)


def parse_cwes(value) -> list[int]:
    """Accept 89, "89", "CWE-89: ...", "cwe-89", or lists of those."""
    if value is None:
        return []
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(parse_cwes(v))
        return out
    if isinstance(value, dict):
        return parse_cwes(value.get("id"))
    s = str(value)
    found = [int(m) for m in _CWE_RE.findall(s)]
    if not found and s.strip().isdigit():
        found = [int(s.strip())]
    return found


# --------------------------------------------------------------------------
# tools


@dataclass
class Finding:
    tool: str
    rule_id: str
    path: str
    line: int
    cwes: tuple[int, ...]
    message: str = ""


@dataclass
class ToolRun:
    name: str
    available: bool
    note: str = ""
    command: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    scope: set[str] | None = None  # languages analysed, None = all
    error: str = ""


def _rel(path: str, root: Path) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = (Path.cwd() / p).resolve()
    try:
        return p.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.replace("\\", "/")


def _run(cmd: list[str], ok_codes=(0, 1), cwd: Path | None = None) -> tuple[str, str, int]:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT, cwd=cwd)
    return proc.stdout, proc.stderr, proc.returncode


def run_aiscan(root: Path) -> ToolRun:
    exe = shutil.which("aiscan")
    if exe:
        base = [exe]
    elif importlib.util.find_spec("aiscan") is not None:
        base = [sys.executable, "-m", "aiscan"]
    else:
        return ToolRun("aiscan", False, "aiscan not installed (no `aiscan` on PATH, `python -m aiscan` not importable) -- skipped")
    # aiscan reports paths relative to its scan root (the working directory): run it from root
    cmd = base + ["scan", ".", "--format", "json", "--no-cache"]
    run = ToolRun("aiscan", True, command=cmd)
    try:
        out, err, rc = _run(cmd, cwd=root)
    except (OSError, subprocess.TimeoutExpired) as exc:
        run.error = f"could not run aiscan: {exc}"
        return run
    if rc not in (0, 1):
        run.error = f"aiscan exited with {rc}: {err.strip()[:500]}"
        return run
    try:
        data = json.loads(out)
    except json.JSONDecodeError as exc:
        run.error = f"aiscan output is not JSON: {exc}"
        return run
    for f in data.get("findings", []):
        path = str(f.get("path", "")).replace("\\", "/")
        if os.path.isabs(path):
            path = _rel(path, root)
        run.findings.append(
            Finding("aiscan", str(f.get("rule_id", "")), path, int(f.get("line") or 0), tuple(parse_cwes(f.get("cwe"))), str(f.get("message", "")))
        )
    return run


def run_bandit(root: Path) -> ToolRun:
    exe = shutil.which("bandit")
    if not exe:
        return ToolRun("bandit", False, "bandit not on PATH -- skipped", scope={"python"})
    cmd = [exe, "-r", str(root), "-f", "json", "-q"]
    run = ToolRun("bandit", True, command=cmd, scope={"python"})
    try:
        out, err, rc = _run(cmd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        run.error = f"could not run bandit: {exc}"
        return run
    try:
        data = json.loads(out)
    except json.JSONDecodeError:
        run.error = f"bandit exited with {rc} and no JSON: {err.strip()[:500]}"
        return run
    for r in data.get("results", []):
        test_id = r.get("test_id", "")
        cwes = tuple(parse_cwes(r.get("issue_cwe")))
        if not RAW_CWE and test_id in CWE_FIXES["bandit"]:
            cwes = CWE_FIXES["bandit"][test_id]
        run.findings.append(Finding("bandit", test_id, _rel(r["filename"], root), int(r["line_number"]), cwes, r.get("issue_text", "")))
    if not RAW_CWE:
        run.note = "CWE of " + ", ".join(sorted(CWE_FIXES["bandit"])) + " re-tagged (see CWE_FIXES)"
    return run


def _python_beside(exe: str) -> str | None:
    """The interpreter of the virtualenv/prefix an executable was installed into, if any."""
    d = Path(exe).resolve().parent
    for name in ("python3", "python"):
        cand = d / name
        if cand.exists():
            return str(cand)
    return None


def find_njsscan_rules(semgrep_exe: str) -> Path | None:
    """Locate the semgrep rules bundled with the PyPI package `njsscan`, if installed (never installs)."""
    spec = importlib.util.find_spec("njsscan")
    if spec and spec.origin:
        cand = Path(spec.origin).parent / "rules" / "semantic_grep"
        if cand.is_dir():
            return cand
    for exe in filter(None, [shutil.which("njsscan"), semgrep_exe]):
        py = _python_beside(exe)
        if not py:
            continue
        try:
            proc = subprocess.run(
                [py, "-c", "import njsscan, os; print(os.path.dirname(njsscan.__file__))"],
                capture_output=True, text=True, timeout=60,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if proc.returncode == 0 and proc.stdout.strip():
            cand = Path(proc.stdout.strip()) / "rules" / "semantic_grep"
            if cand.is_dir():
                return cand
    return None


def run_semgrep(root: Path) -> ToolRun:
    exe = shutil.which("semgrep")
    if not exe:
        return ToolRun("semgrep", False, "semgrep not on PATH -- skipped")
    configs = []
    notes = []
    if LOCAL_SEMGREP_RULES.is_dir():
        configs.append(str(LOCAL_SEMGREP_RULES))
        notes.append("local stand-in rules bench/semgrep-rules/ (Python/TS/Go/Java)")
    njs = find_njsscan_rules(exe)
    if njs:
        # "good" holds informational rules that fire when a best practice is present
        for sub in sorted(p for p in njs.iterdir() if p.is_dir() and p.name != "good"):
            configs.append(str(sub))
        notes.append(f"njsscan bundled JS rules ({njs})")
    else:
        notes.append("njsscan not installed: no bundled JS rules")
    if not configs:
        return ToolRun("semgrep", False, "no local semgrep rules found -- skipped")
    cmd = [exe, "scan", "--metrics", "off", "--disable-version-check", "--json", "--quiet", "--no-git-ignore"]
    for c in configs:
        cmd += ["--config", c]
    cmd.append(str(root))
    run = ToolRun("semgrep", True, "; ".join(notes), command=cmd)
    env = dict(os.environ, SEMGREP_SEND_METRICS="off", SEMGREP_ENABLE_VERSION_CHECK="0")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TOOL_TIMEOUT, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        run.error = f"could not run semgrep: {exc}"
        return run
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        run.error = f"semgrep exited with {proc.returncode} and no JSON: {proc.stderr.strip()[:500]}"
        return run
    for r in data.get("results", []):
        meta = r.get("extra", {}).get("metadata", {}) or {}
        rule = r.get("check_id", "").rsplit(".", 1)[-1]
        cwes = tuple(parse_cwes(meta.get("cwe")))
        if not RAW_CWE and rule in CWE_FIXES["semgrep"]:
            cwes = CWE_FIXES["semgrep"][rule]
        run.findings.append(Finding("semgrep", rule, _rel(r["path"], root), int(r["start"]["line"]), cwes, r.get("extra", {}).get("message", "")[:200]))
    if data.get("errors"):
        run.note += f"; {len(data['errors'])} semgrep error(s) (parse/rule), first: {str(data['errors'][0].get('message', ''))[:160]}"
    return run


TOOLS = {"aiscan": run_aiscan, "bandit": run_bandit, "semgrep": run_semgrep}


# --------------------------------------------------------------------------
# scoring


def lang_of(path: str) -> str:
    return EXT_LANG.get(Path(path).suffix, "other")


def score(run: ToolRun, labels: list[Label], files: dict[str, int]) -> dict:
    by_file: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        by_file[lab.file].append(lab)
    universe = labelled_cwe_universe(labels)
    vulns = [l for l in labels if l.kind == "vuln"]
    safes = [l for l in labels if l.kind == "safe"]

    hit: dict[Label, list[Finding]] = defaultdict(list)
    fps: dict[tuple, Finding] = {}
    safe_flagged: dict[Label, list[Finding]] = defaultdict(list)
    other: list[Finding] = []

    for f in sorted(run.findings, key=lambda x: (x.path, x.line, x.rule_id)):
        near = [l for l in by_file.get(f.path, []) if abs(l.line - f.line) <= LINE_TOLERANCE]
        matched = [l for l in near if l.kind == "vuln" and any(compatible(c, l) for c in f.cwes)]
        if matched:
            # prefer the exact line, then the closest label
            best = min(matched, key=lambda l: (abs(l.line - f.line), l.line))
            hit[best].append(f)
            continue
        if not set(f.cwes) & universe:
            other.append(f)
            continue
        fps.setdefault((f.path, f.line, tuple(sorted(set(f.cwes)))), f)
        for l in near:
            if l.kind == "safe" and any(compatible(c, l) for c in f.cwes):
                safe_flagged[l].append(f)

    def metrics(vuln_set, fp_list, n_lines):
        tp = sum(1 for l in vuln_set if l in hit)
        fn = len(vuln_set) - tp
        fp = len(fp_list)
        return {
            "tp": tp,
            "fn": fn,
            "fp": fp,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "fp_per_kloc": round(fp / (n_lines / 1000), 2) if n_lines else None,
            "lines": n_lines,
            "vuln_labels": len(vuln_set),
        }

    all_fp = list(fps.values())
    result = {
        "tool": run.name,
        "overall": metrics(vulns, all_fp, sum(files.values())),
        "unlabelled_other": len(other),
        "findings_total": len(run.findings),
        "safe_labels": len(safes),
        "safe_flagged": len(safe_flagged),
    }
    if run.scope is not None:
        in_scope = lambda p: lang_of(p) in run.scope  # noqa: E731
        result["in_scope"] = metrics(
            [l for l in vulns if in_scope(l.file)],
            [f for f in all_fp if in_scope(f.path)],
            sum(n for p, n in files.items() if in_scope(p)),
        )
        result["in_scope"]["languages"] = sorted(run.scope)
        result["safe_labels_in_scope"] = sum(1 for l in safes if in_scope(l.file))

    per_cwe: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for l in vulns:
        per_cwe[l.cwe][1] += 1
        if l in hit:
            per_cwe[l.cwe][0] += 1
    result["per_cwe_recall"] = {f"CWE-{c}": {"hit": h, "total": t} for c, (h, t) in sorted(per_cwe.items())}
    llm = [l for l in vulns if l.llm_output]
    result["llm_output_recall"] = {"hit": sum(1 for l in llm if l in hit), "total": len(llm)}
    result["details"] = {
        "missed": [f"{l.file}:{l.line} CWE-{l.cwe} {l.note}" for l in vulns if l not in hit],
        "false_alarms": [f"{f.path}:{f.line} {f.rule_id} CWE-{','.join(map(str, f.cwes))}" for f in all_fp],
        "safe_flagged": [f"{l.file}:{l.line} CWE-{l.cwe} {l.note} <- {', '.join(sorted({x.rule_id for x in fs}))}" for l, fs in sorted(safe_flagged.items(), key=lambda kv: (kv[0].file, kv[0].line))],
        "other": [f"{f.path}:{f.line} {f.rule_id} CWE-{','.join(map(str, f.cwes)) or 'none'}" for f in other],
    }
    return result


# --------------------------------------------------------------------------
# output


def _pct(x):
    return "  n/a" if x is None else f"{x * 100:5.1f}%"


def print_report(results: list[dict], runs: list[ToolRun], labels: list[Label], files: dict[str, int], details: bool) -> None:
    vulns = [l for l in labels if l.kind == "vuln"]
    print(f"Corpus: {len(files)} files, {sum(files.values())} lines; {len(vulns)} vuln labels, {len(labels) - len(vulns)} safe look-alike labels")
    print(f"Matching: same file, line +/-{LINE_TOLERANCE}, compatible CWE group (see CWE_GROUPS in bench/accuracy.py)\n")
    for run in runs:
        if not run.available:
            print(f"[{run.name}] {run.note}\n")
        elif run.error:
            print(f"[{run.name}] ERROR: {run.error}\n")
        elif run.note:
            print(f"[{run.name}] note: {run.note}\n")
    if not results:
        print("No tool produced results.")
        return

    hdr = f"{'tool':<10} {'scope':<8} {'TP':>4} {'FN':>4} {'FP':>4} {'prec':>7} {'recall':>7} {'FP/kLOC':>8} {'safe flagged':>13} {'other':>6}"
    print(hdr)
    print("-" * len(hdr))
    for r in results:
        rows = [("all", r["overall"], f"{r['safe_flagged']}/{r['safe_labels']}")]
        if "in_scope" in r:
            rows.append(("+".join(x[:2] for x in r["in_scope"]["languages"]), r["in_scope"], f"{r['safe_flagged']}/{r['safe_labels_in_scope']}"))
        for scope, m, sf in rows:
            print(
                f"{r['tool']:<10} {scope:<8} {m['tp']:>4} {m['fn']:>4} {m['fp']:>4} {_pct(m['precision']):>7} {_pct(m['recall']):>7} "
                f"{m['fp_per_kloc'] if m['fp_per_kloc'] is not None else 'n/a':>8} {sf:>13} {r['unlabelled_other']:>6}"
            )
    print("\n'safe flagged' = safe look-alike labels hit by a false alarm; 'other' = findings with no CWE or only CWEs the corpus does not label\n")

    cwes = sorted({c for r in results for c in r["per_cwe_recall"]}, key=lambda s: int(s.split("-")[1]))
    print("Per-CWE recall (hit/total)")
    head = f"{'CWE':<10}" + "".join(f"{r['tool']:>10}" for r in results)
    print(head)
    print("-" * len(head))
    for c in cwes:
        cells = []
        for r in results:
            v = r["per_cwe_recall"].get(c)
            cells.append(f"{v['hit']}/{v['total']}" if v else "-")
        print(f"{c:<10}" + "".join(f"{x:>10}" for x in cells))
    cells = [f"{r['llm_output_recall']['hit']}/{r['llm_output_recall']['total']}" for r in results]
    print(f"{'llm-output':<10}" + "".join(f"{x:>10}" for x in cells))
    print()
    if details:
        for r in results:
            d = r["details"]
            print(f"=== {r['tool']} details ===")
            for key in ("missed", "false_alarms", "safe_flagged", "other"):
                print(f"-- {key} ({len(d[key])})")
                for line in d[key]:
                    print(f"   {line}")
            print()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="FILE", help="write a JSON summary to FILE")
    ap.add_argument("--tools", default="aiscan,bandit,semgrep", help="comma-separated subset of aiscan,bandit,semgrep")
    ap.add_argument("--check-labels", action="store_true", help="only validate labels.csv and exit")
    ap.add_argument("--details", action="store_true", help="list missed labels, false alarms and other findings per tool")
    ap.add_argument("--raw-cwe", action="store_true", help="use the CWE tags exactly as the tools emit them (no CWE_FIXES)")
    args = ap.parse_args(argv)
    global RAW_CWE
    RAW_CWE = args.raw_cwe

    labels = load_labels()
    problems = check_labels(labels)
    if problems:
        print("labels.csv self-check FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 2
    files = corpus_files()
    if args.check_labels:
        print(f"labels.csv OK: {len(labels)} labels over {len(files)} files ({sum(files.values())} lines)")
        return 0

    runs = []
    for name in [t.strip() for t in args.tools.split(",") if t.strip()]:
        if name not in TOOLS:
            ap.error(f"unknown tool {name!r}")
        runs.append(TOOLS[name](CORPUS))
    results = [score(r, labels, files) for r in runs if r.available and not r.error]
    print_report(results, runs, labels, files, args.details)

    if args.json:
        summary = {
            "corpus": {
                "files": len(files),
                "lines": sum(files.values()),
                "vuln_labels": sum(1 for l in labels if l.kind == "vuln"),
                "safe_labels": sum(1 for l in labels if l.kind == "safe"),
            },
            "line_tolerance": LINE_TOLERANCE,
            "tools": {
                r.name: {"available": r.available, "note": r.note, "error": r.error, "command": r.command} for r in runs
            },
            "results": results,
        }
        Path(args.json).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
