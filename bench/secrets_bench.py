"""Secrets benchmark: recall per provider on the labelled corpus, findings on its look-alikes,
and speed against detect-secrets on the same tree.

    python bench/secrets_bench.py [--corpus DIR] [--tree DIR] [--skip-detect-secrets]

The corpus (gitleaks' rule samples) has `tp/` files the named gitleaks rule must detect and
`fp/` files it must not; a finding on an `fp/` file is a prompt to look, not automatically a
false alarm. The speed tree defaults to this Python's standard library.

Precision is counted per file: tp files with a finding / (those + fp files with a finding that
holds no credential). An fp file is judged by reading it; those that hold a well-formed
credential — of another kind than the gitleaks rule it was written for, or a real key that
gitleaks allowlists by value — are listed in WELL_FORMED with the reason, and count neither
way. The strict figure (every finding on an fp file counted against) is printed as well.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import sysconfig
import time
from collections import defaultdict

from aiscan.engine.analyzer import Analyzer
from aiscan.engine.rules import load_rules

DEFAULT_CORPUS = "/work/shared/corpora/secrets"

# fp files judged by reading them to hold a well-formed credential: a finding there is right.
_GCP = ("a syntactically valid Google API key issued to a real project; gitleaks allowlists it "
        "by value because Google published it in Firebase SDK samples. A scanner without that "
        "value list cannot tell it from a live key, and aiscan does not copy the list")
WELL_FORMED = {
    "fp/anthropic-api-key_003.txt": "an Anthropic admin key (sk-ant-admin01-), the other kind "
                                    "(typed by hand: reported low)",
    "fp/anthropic-admin-api-key_003.txt": "an Anthropic API key (sk-ant-api03-), the other kind "
                                          "(typed by hand: reported low)",
    "fp/curl-auth-header_026.txt": "a signed JWT sent as a bearer credential (labelled fp only "
                                   "because `Basic` should carry base64 user:password)",
    "fp/generic-api-key_042.txt": "a 32-hex literal given to `apiKey`: a credential position",
    "fp/cisco-meraki-api-key_001.txt": "40 hex characters given to `meraki-api-key` (mixed case, "
                                       "so not the Meraki format): a credential position",
    "fp/cisco-meraki-api-key_003.txt": "a 67-character token given to `meraki_token` (too long "
                                       "for the Meraki format): a credential position",
    **{f"fp/gcp-api-key_{n:03d}.txt": _GCP for n in range(5, 20)},
}


def secret_analyzer() -> Analyzer:
    return Analyzer(load_rules().filtered(("SEC",), ()))


def corpus_findings(analyzer: Analyzer, corpus: str):
    with open(os.path.join(corpus, "labels.csv"), newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        result = analyzer.analyze(os.path.join(corpus, row["file"]), row["file"])
        yield row, [f for f in result.findings if f.rule_id != "SEC200"]


def recall_report(rows) -> None:
    hit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fp_hits = []
    for row, findings in rows:
        if row["label"] == "tp":
            hit[row["gitleaks_rule"]][1] += 1
            hit[row["gitleaks_rule"]][0] += bool(findings)
        elif findings:
            fp_hits.append((row["file"], sorted({f.rule_id for f in findings}),
                            findings[0].snippet[:90]))
    found = sum(h for h, _ in hit.values())
    total = sum(n for _, n in hit.values())
    print(f"recall on tp: {found}/{total} = {found / total:.3f}")
    against = [p for p, _, _ in fp_hits if p not in WELL_FORMED]
    print(f"precision (files): {found}/{found + len(against)} = "
          f"{found / max(1, found + len(against)):.3f}; strict (every fp-file finding "
          f"against): {found}/{found + len(fp_hits)} = {found / max(1, found + len(fp_hits)):.3f}")
    for name, (h, n) in sorted(hit.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        if h < n:
            print(f"  missed {n - h}/{n}  {name}")
    print(f"fp files with findings: {len(fp_hits)} ({len(against)} hold no credential)")
    for path, ids, snippet in fp_hits:
        verdict = "well-formed" if path in WELL_FORMED else "FALSE"
        print(f"  {verdict:11} {path:45} {','.join(ids):14} {snippet}")


def timed(cmd: list[str], cwd: str | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    # aiscan: ignore[PY150] the operator names the program to run (--aiscan-cmd); no shell
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    if proc.returncode not in (0, 1):
        print(f"{cmd[0]} exited {proc.returncode}: {proc.stderr[-500:]}", file=sys.stderr)
    return time.perf_counter() - start, proc.stdout


def speed_report(tree: str, skip_ds: bool) -> None:
    aiscan = [sys.executable, "-m", "aiscan", "scan", tree, "--select", "SEC", "--format", "json"]
    seconds, out = timed(aiscan)
    data = json.loads(out)
    by_rule: dict[str, int] = defaultdict(int)
    for f in data["findings"]:
        by_rule[f["rule_id"]] += 1
    print(f"aiscan --select SEC on {tree}: {seconds:.1f}s, {data['summary']['files']} files, "
          f"{len(data['findings'])} findings {dict(sorted(by_rule.items()))}")
    if skip_ds:
        return
    ds = os.path.join(os.path.dirname(sys.executable), "detect-secrets")
    # run from inside the tree: launched from within a git work tree, detect-secrets
    # reported nothing for an outside path in 0.7 s
    seconds, out = timed([ds, "scan", "--all-files", "."], cwd=tree)
    results = json.loads(out).get("results", {}) if out.strip() else {}
    print(f"detect-secrets scan --all-files: {seconds:.1f}s, "
          f"{sum(len(v) for v in results.values())} findings in {len(results)} files")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--tree", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--skip-detect-secrets", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    recall_report(corpus_findings(secret_analyzer(), args.corpus))
    if not args.skip_speed:
        speed_report(args.tree, args.skip_detect_secrets)


if __name__ == "__main__":
    main()
