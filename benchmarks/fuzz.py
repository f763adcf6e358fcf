"""A long fuzz run of the hostile-input property tests.

    python benchmarks/fuzz.py [--examples 20000] [--seed N]

Runs the hypothesis tests of tests/test_hostile.py (statement parser,
number and date grammar, segmentation, YAML loader) with many more examples
than the test suite's bounded 150, and hypothesis's example database kept in
.hypothesis/ so a failure found once is replayed first next time. A failure
prints the minimal input. Takes tens of minutes at the default.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    env = {**os.environ, "RECOUPE_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-x", str(ROOT / "tests" / "test_hostile.py"),
               "-k", "check_gives or grammar_spans or parse_time_value or segmentation or claim_splitting "
                     "or random_bytes or any_yaml_shape",
               "--hypothesis-show-statistics"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    sys.exit(subprocess.run(command, cwd=ROOT, env=env).returncode)


if __name__ == "__main__":
    main()
