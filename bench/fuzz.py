"""A longer fuzzing run than CI's: tests/test_fuzz.py with many more examples.

    python bench/fuzz.py                  # 5,000 examples per property
    python bench/fuzz.py --examples 50000

Mutated and random source in every language goes through its parser and all rules; an
error notification, an exception or a finding outside the file fails the run and hypothesis
prints the input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description="long fuzzing run of aiscan's engine")
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()
    env = {**os.environ, "AISCAN_FUZZ_EXAMPLES": str(args.examples)}
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            str(ROOT / "tests" / "test_fuzz.py")], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main())
