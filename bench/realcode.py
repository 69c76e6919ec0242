"""Precision benchmark on real registry packages nobody on the team wrote.

Example::

    python bench/realcode.py fetch
    python bench/realcode.py scan --json bench/.work/realcode/findings.json
    python bench/realcode.py sample --judged bench/realcode/judged-before.tsv
    python bench/realcode.py grades

Standard library only; aiscan is called through its CLI (``--aiscan-cmd``).
See bench/realcode/README.md for the meaning of every column.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from file_roles import classify_role, count_loc, head_of
from realcode_tables import MEDIUM_PLUS, markdown_table, package_table, role_severity_table, rule_table

BENCH = Path(__file__).resolve().parent
PACKAGES_FILE = BENCH / "realcode" / "packages.txt"
CORPUS_DIR = BENCH / "corpora" / "realcode"
WORK_DIR = BENCH / ".work" / "realcode"
DEFAULT_APPS = Path("/work/shared/corpora/vulnapps-dev")

TSV_FIELDS = ("package", "path", "line", "rule_id", "severity", "role", "message", "snippet",
              "verdict", "reason")


@dataclass(frozen=True)
class Package:
    ecosystem: str  # pypi | npm
    name: str
    version: str
    kind: str  # mature-library | llm-sdk | llm-framework | application | llm-application

    @property
    def label(self) -> str:
        """Folder name: NAME-VER for PyPI, npm-NAME-VER for npm (openai is on both)."""
        if self.ecosystem == "npm":
            return "npm-" + self.name.lstrip("@").replace("/", "-") + "-" + self.version
        return f"{self.name}-{self.version}"

    @property
    def directory(self) -> Path:
        return CORPUS_DIR / self.label


def log(message: str) -> None:
    print(f"[realcode] {message}", file=sys.stderr, flush=True)


def load_packages(path: Path) -> list[Package]:
    packages = []
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) != 4 or fields[0] not in ("pypi", "npm"):
            raise SystemExit(f"{path}:{number}: expected 'pypi|npm NAME VERSION KIND'")
        packages.append(Package(*fields))
    return packages


# --------------------------------------------------------------------------- fetch

EMPTY_CONFIG = CORPUS_DIR / "aiscan.toml"


def mark_repository_root() -> None:
    """Keep this repository's [tool.aiscan] (which excludes `tests/`) away from the packages.

    aiscan looks for a config above the target and, when the target is inside the working
    directory, above the working directory too, stopping at a directory holding `.git`. So:
    a `.git` marker and an empty aiscan.toml at the corpus root, aiscan run with the scanned
    folder as its working directory, and `--config` naming the empty file where it exists.
    """
    (CORPUS_DIR / ".git").mkdir(parents=True, exist_ok=True)
    if not EMPTY_CONFIG.exists():
        EMPTY_CONFIG.write_text("# aiscan defaults for the realcode benchmark (left empty)\n")


def download(package: Package, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)  # npm pack does not create it
    if package.ecosystem == "pypi":
        # --no-binary for this package only: its sdist (with tests), while pip may still use
        # wheels of the build backend it runs to read the sdist's metadata.
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", package.name,
               "-q", f"{package.name}=={package.version}", "-d", str(into)]
    else:
        cmd = ["npm", "pack", "--silent", "--pack-destination", str(into),
               f"{package.name}@{package.version}"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    archives = [p for p in into.iterdir() if p.is_file()]
    if len(archives) != 1:
        raise SystemExit(f"{package.label}: expected one archive, got {archives}")
    return archives[0]


def unpack(archive: Path, into: Path) -> None:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(into)
    else:
        with tarfile.open(archive) as tf:
            # "data" refuses absolute paths, links out of the tree and device files.
            tf.extractall(into, filter="data")


def fetch_one(package: Package) -> None:
    done = package.directory / ".realcode-complete"
    if done.exists():
        log(f"{package.label}: already fetched")
        return
    log(f"{package.label}: downloading")
    with tempfile.TemporaryDirectory(dir=WORK_DIR) as tmp:
        archive = download(package, Path(tmp) / "archive")
        unpacked = Path(tmp) / "unpacked"
        unpack(archive, unpacked)
        # Both an sdist and an npm tarball hold exactly one top folder; it becomes the scan root.
        tops = list(unpacked.iterdir())
        root = tops[0] if len(tops) == 1 and tops[0].is_dir() else unpacked
        shutil.rmtree(package.directory, ignore_errors=True)
        shutil.move(str(root), package.directory)
    done.write_text(f"{package.ecosystem} {package.name} {package.version}\n")


def cmd_fetch(args) -> None:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    mark_repository_root()
    for package in args.packages:
        fetch_one(package)


# --------------------------------------------------------------------------- roles

def role_of(finding: dict, package: Package) -> str:
    """aiscan's own role when it reports one (a `role` key or `properties.role`), else ours."""
    role = finding.get("role") or (finding.get("properties") or {}).get("role")
    if role:
        return str(role)
    return classify_role(finding["path"], head_of(package.directory / finding["path"]))


# --------------------------------------------------------------------------- scan

def aiscan_argv(args, *rest: str) -> list[str]:
    return [*shlex.split(args.aiscan_cmd), *rest]


def run_json(argv: list[str], what: str, cwd: Path) -> dict:
    """Run aiscan in `cwd` and parse its JSON; exit 1 only means "there are findings"."""
    result = subprocess.run(argv, capture_output=True, text=True, cwd=cwd)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{what}: exit {result.returncode}: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout)


def package_relative(path: str, package: Package) -> str:
    """Paths relative to the package folder, whatever aiscan's scan root is: at cb2e567 it is the
    target, later versions use the enclosing repository root (our .git marker), which puts the
    package folder in front. Stable paths keep judged verdicts matching across versions."""
    prefix = package.label + "/"
    return path[len(prefix):] if path.startswith(prefix) else path


def scan_one(args, package: Package) -> dict:
    """Findings (with role) and LOC of one package; the raw JSON is kept in bench/.work."""
    if not (package.directory / ".realcode-complete").exists():
        raise SystemExit(f"{package.label}: not fetched; run `realcode.py fetch` first")
    log(f"{package.label}: scanning")
    data = run_json(aiscan_argv(args, "scan", str(package.directory), "--format", "json",
                                "--no-cache", "--config", str(EMPTY_CONFIG)),
                    package.label, cwd=package.directory)
    (WORK_DIR / f"scan-{package.label}.json").write_text(json.dumps(data, indent=1))
    rows = []
    for finding in data["findings"]:
        finding["path"] = package_relative(finding["path"], package)
        rows.append({"package": package.label, "kind": package.kind,
                     "role": role_of(finding, package), **finding})
    return {"package": package, "findings": rows, "loc": count_loc(package.directory),
            "notifications": len(data.get("notifications", []))}


def scan_all(args) -> list[dict]:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    mark_repository_root()
    return [scan_one(args, package) for package in args.packages]


def cmd_scan(args) -> None:
    results = scan_all(args)
    print("### Per package (LOC: non-blank lines of .py/.js/.ts/.tsx/.go/.java files)\n")
    print(package_table(results))
    print("\n### By file role and severity\n")
    print(role_severity_table(results))
    print("\n### Rules with the most medium+ findings\n")
    print(rule_table(results, args.top))
    if args.json:
        rows = [finding for result in results for finding in result["findings"]]
        loc = {result["package"].label: dict(result["loc"]) for result in results}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"loc": loc, "findings": rows}, indent=1))
        log(f"wrote {len(rows)} findings to {args.json}")


# --------------------------------------------------------------------------- sample

def sample_key(row: dict) -> tuple:
    """Identity of a finding across runs: line numbers move, the snippet rarely does."""
    return (row["package"], row["path"], row["rule_id"], row["snippet"])


def sample_rank(finding: dict, seed: int) -> str:
    """A per-finding random rank: a finding keeps its rank when others appear or go, so a
    re-drawn sample keeps most of the findings (and verdicts) of the last one."""
    text = "\x1f".join([str(seed), *map(str, sample_key(finding))])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draw_sample(findings: list[dict], seed: int, size: int, per_rule: int) -> list[dict]:
    """A seeded random sample of medium+ findings, at most `per_rule` per rule id.

    If the cap leaves fewer than `size` findings, it is raised step by step (the same order
    is kept), so the sample stays spread over rules but still reaches `size` when possible.
    """
    pool = sorted((f for f in findings if f["severity"] in MEDIUM_PLUS),
                  key=lambda f: (sample_rank(f, seed), f["line"]))
    picked: set[int] = set()  # positions in pool: two findings may compare equal
    taken: Counter = Counter()
    cap = per_rule
    while len(picked) < min(size, len(pool)):
        for index, finding in enumerate(pool):
            if len(picked) >= size:
                break
            if index not in picked and taken[finding["rule_id"]] < cap:
                picked.add(index)
                taken[finding["rule_id"]] += 1
        cap += per_rule
    return sorted((pool[i] for i in picked),
                  key=lambda f: (f["package"], f["path"], f["line"], f["rule_id"]))


def read_verdicts(path: Path) -> dict[tuple, tuple[str, str]]:
    if not path or not path.exists():
        return {}
    with path.open(newline="") as handle:
        return {sample_key(row): (row["verdict"], row["reason"])
                for row in csv.DictReader(handle, delimiter="\t") if row.get("verdict")}


def one_line(text: str, limit: int = 200) -> str:
    return " ".join(str(text).split())[:limit]


def cmd_sample(args) -> None:
    if args.from_json:  # the rows `scan --json` wrote: no second scan
        findings = json.loads(args.from_json.read_text())["findings"]
    else:
        findings = [f for result in scan_all(args) for f in result["findings"]]
    for finding in findings:  # the TSV holds one line per finding
        finding["snippet"] = one_line(finding.get("snippet", ""))
    chosen = draw_sample(findings, args.seed, args.size, args.per_rule)
    verdicts: dict = {}
    for store in args.verdicts or []:  # earlier judgements, read only; --judged wins
        verdicts.update(read_verdicts(store))
    verdicts.update(read_verdicts(args.judged))
    out = args.output or args.judged or (BENCH / "realcode" / "sample.tsv")
    kept = 0
    with open(out, "w", newline="") as handle:
        writer = csv.DictWriter(handle, TSV_FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for finding in chosen:
            verdict, reason = verdicts.get(sample_key(finding), ("", ""))
            kept += bool(verdict)
            writer.writerow({**{k: finding.get(k, "") for k in TSV_FIELDS},
                             "message": one_line(finding["message"]),
                             "verdict": verdict, "reason": reason})
    log(f"wrote {len(chosen)} findings to {out} ({kept} verdicts carried over)")
    print(verdict_summary(out))


def verdict_summary(path: Path) -> str:
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts = Counter(row["verdict"] or "unjudged" for row in rows)
    total = len(rows) or 1
    return markdown_table(["verdict", "count", "share"],
                          [[v, counts[v], f"{100 * counts[v] / total:.0f} %"]
                           for v in ("true", "debatable", "false", "unjudged") if counts[v]])


# --------------------------------------------------------------------------- grades

def report_row(args, label: str, kind: str, directory: Path, own_root: bool = False) -> list:
    log(f"{label}: report")
    # The package is its own repository: a .git marker in its folder stops aiscan's config
    # search there, so the report's root (README, manifests, PKG-INFO, .env files: the
    # repository facts) is the package, not the corpus folder holding the empty aiscan.toml
    # (which made every package fail `hygiene` for the corpus folder's missing README).
    if own_root:  # only our downloaded packages; the apps' corpus is read-only
        (directory / ".git").mkdir(exist_ok=True)
    data = run_json(aiscan_argv(args, "report", "--format", "json", str(directory)), label,
                    cwd=directory)
    failing = [item["id"] for item in data.get("items", []) if item.get("status") == "fail"]
    return [label, kind, data["score"], data["grade"], ", ".join(failing) or "-"]


def cmd_grades(args) -> None:
    mark_repository_root()
    rows = [report_row(args, p.label, p.kind, p.directory, own_root=True) for p in args.packages]
    apps = sorted(d for d in args.apps.glob("*/") if d.is_dir()) if args.apps.is_dir() else []
    rows += [report_row(args, app.name, "vulnerable-app", app) for app in apps]
    print(markdown_table(["target", "kind", "score", "grade", "failing items"], rows))
    mature = [row[2] for row in rows if row[1] == "mature-library"]
    vulnerable = [row[2] for row in rows if row[1] == "vulnerable-app"]
    if mature and vulnerable:
        print(f"\nlowest mature library: {min(mature)}; highest vulnerable app: {max(vulnerable)};"
              f" mature libraries >= 80: {sum(s >= 80 for s in mature)}/{len(mature)}")


# --------------------------------------------------------------------------- CLI

def default_aiscan_cmd() -> str:
    return "aiscan" if shutil.which("aiscan") else f"{shlex.quote(sys.executable)} -m aiscan"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages-file", type=Path, default=PACKAGES_FILE)
    parser.add_argument("--only", default="", help="comma-separated package labels or names")
    parser.add_argument("--aiscan-cmd", default=default_aiscan_cmd(),
                        help="how to call aiscan, e.g. 'python -m aiscan' (default: aiscan)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="download and unpack every package (idempotent)")
    scan = sub.add_parser("scan", help="scan every package and print the Markdown tables")
    scan.add_argument("--json", type=Path, help="also write the raw per-finding rows here")
    scan.add_argument("--top", type=int, default=15, help="rules listed in the rule table")
    sample = sub.add_parser("sample", help="draw a seeded sample of medium+ findings as TSV")
    sample.add_argument("--seed", type=int, default=20261129)
    sample.add_argument("--size", type=int, default=60)
    sample.add_argument("--per-rule", type=int, default=5)
    sample.add_argument("--judged", type=Path,
                        help="a judged TSV: verdicts of findings still present are kept, and it "
                             "is rewritten unless --output is given")
    sample.add_argument("--output", type=Path, help="where to write the TSV")
    sample.add_argument("--verdicts", type=Path, action="append",
                        help="another judged TSV to carry verdicts from (read only; repeatable)")
    sample.add_argument("--from-json", type=Path,
                        help="draw from the findings `scan --json` wrote instead of scanning again")
    grades = sub.add_parser("grades", help="aiscan report score of each package and vulnerable app")
    grades.add_argument("--apps", type=Path, default=DEFAULT_APPS,
                        help=f"folder of vulnerable apps, one per subfolder (default: {DEFAULT_APPS})")
    args = parser.parse_args(argv)
    args.packages = load_packages(args.packages_file)
    if args.only:
        wanted = {w.strip() for w in args.only.split(",")}
        args.packages = [p for p in args.packages if p.label in wanted or p.name in wanted]
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    {"fetch": cmd_fetch, "scan": cmd_scan, "sample": cmd_sample, "grades": cmd_grades}[
        args.command](args)


if __name__ == "__main__":
    main()
