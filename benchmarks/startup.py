"""Cold-start wall time of `recoupe check`, beside Python's own start-up.

    python benchmarks/startup.py [--runs N]

Each command runs N times in a fresh process, interleaved so that load on a
shared machine hits all of them alike; the script prints medians and the
ratio of each to `python -c pass` measured in the same run. The first
`recoupe` run after a change fills the cache and is reported apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import os
from pathlib import Path

STATEMENT = "CDC stake 33.3%"


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The console script next to this interpreter: a version manager's shim
    # found first on PATH (pyenv) would add its own start-up to every run.
    beside = Path(sys.executable).with_name("recoupe")
    recoupe = str(beside) if beside.exists() else shutil.which("recoupe")
    if not recoupe:
        sys.exit("recoupe is not installed (pip install .)")
    cache = tempfile.mkdtemp(prefix="recoupe-bench-cache-")
    env = {**os.environ, "RECOUPE_CACHE_DIR": cache}
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        f"recoupe check {STATEMENT!r}": [recoupe, "check", STATEMENT],
        f"recoupe check --format jsonl {STATEMENT!r}": [recoupe, "check", "--format", "jsonl", STATEMENT],
    }
    first_fill = wall(commands[f"recoupe check {STATEMENT!r}"], env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(wall(command, env))
    baseline = statistics.median(times["python -c pass"])
    print(f"{'command':48} {'median':>9} {'min':>9} {'× python':>9}")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:48} {median:8.3f}s {min(samples):8.3f}s {median / baseline:8.2f}×")
    print(f"first run, filling the cache: {first_fill:.3f}s; {args.runs} runs each, interleaved")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
