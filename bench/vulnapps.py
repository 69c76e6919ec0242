"""Recall on third-party vulnerable apps whose authors document every vulnerability.

    python bench/vulnapps.py [--corpus PATH] [--app APP] [-v] [--min-recall PCT]
                             [--max-false-alarms N] [--aiscan-cmd CMD]

Scans the corpus (default `../shared/corpora/vulnapps-dev`, relative to the repository) with
`aiscan scan --format sarif --no-cache`, runs the corpus's own `score.py` on the result and
prints its per-app table and TOTAL. `--min-recall` / `--max-false-alarms` turn the figures
into an exit status (1 when either is not met), so the bench can gate a change.
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "vulnapps-dev"
TOTAL = re.compile(r"^TOTAL\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+(\d+)\s+(\d+)", re.M)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--app", help="score one app only (the whole corpus is still scanned)")
    ap.add_argument("-v", "--verbose", action="store_true", help="FOUND/MISSED per label")
    ap.add_argument("--min-recall", type=float, help="fail below this recall (percent)")
    ap.add_argument("--max-false-alarms", type=int, help="fail above this many false alarms")
    ap.add_argument("--aiscan-cmd", default=f"{shlex.quote(sys.executable)} -m aiscan")
    ap.add_argument("--sarif", type=Path, help="keep the SARIF output here")
    args = ap.parse_args(argv)

    corpus = args.corpus.resolve()
    score = corpus / "score.py"
    if not score.is_file():
        print(f"no score.py in {corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="aiscan-vulnapps-") as tmp:
        sarif = args.sarif or Path(tmp) / "vulnapps.sarif"
        cmd = shlex.split(args.aiscan_cmd) + ["scan", str(corpus), "--format", "sarif",
                                              "--output", str(sarif), "--no-cache"]
        # aiscan: ignore[PY150] the operator names the program to run (--aiscan-cmd); no shell
        scan = subprocess.run(cmd, capture_output=True, text=True)
        if not sarif.is_file():
            print(scan.stderr, file=sys.stderr)
            return 2
        score_cmd = [sys.executable, str(score), str(sarif)]
        if args.app:
            score_cmd += ["--app", args.app]
        if args.verbose:
            score_cmd.append("-v")
        out = subprocess.run(score_cmd, capture_output=True, text=True)
    sys.stdout.write(out.stdout)
    if out.returncode:
        sys.stderr.write(out.stderr)
        return 2
    m = TOTAL.search(out.stdout)
    if m is None:
        print("no TOTAL line in score.py output", file=sys.stderr)
        return 2
    recall, false_alarms = float(m.group(3)), int(m.group(4))
    failed = []
    if args.min_recall is not None and recall < args.min_recall:
        failed.append(f"recall {recall:.1f}% < {args.min_recall:.1f}%")
    if args.max_false_alarms is not None and false_alarms > args.max_false_alarms:
        failed.append(f"false alarms {false_alarms} > {args.max_false_alarms}")
    for reason in failed:
        print(f"FAIL: {reason}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
