"""Peak memory of `recoupe scan -` as standard input grows to 100 MB.

    python benchmarks/stream_memory.py [--sizes 10 50 100]

Feeds N MB of prose (no claims, so the time goes to reading, segmenting and
claim spotting) to `recoupe scan - -f jsonl` and prints the child's peak
resident memory for each size. Flat means streaming: peak memory should
not grow with the input.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time

BLOCK = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 48 + "\n").encode()


def peak(recoupe: str, megabytes: int) -> tuple[int, float]:
    # Each measurement in its own wrapper process, so RUSAGE_CHILDREN sees only this scan.
    wrapper = (
        "import resource, subprocess, sys\n"
        "p = subprocess.Popen([sys.argv[1], 'scan', '--no-config', '-f', 'jsonl', '-'], stdin=subprocess.PIPE,"
        " stdout=subprocess.DEVNULL)\n"
        f"block = {BLOCK!r}\n"
        "for _ in range(int(sys.argv[2]) * 1024 * 1024 // len(block)):\n"
        "    p.stdin.write(block)\n"
        "p.stdin.close()\n"
        "code = p.wait()\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", wrapper, recoupe, str(megabytes)], capture_output=True, text=True,
                          check=True)
    kib, code = done.stdout.split()
    if code != "0":
        sys.exit(f"scan exited {code}")
    return int(kib), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 100])
    args = parser.parse_args()
    recoupe = shutil.which("recoupe") or sys.exit("recoupe is not installed")
    print(f"{'stdin':>8} {'peak RSS':>10} {'time':>8} {'MB/s':>6}")
    for size in args.sizes:
        kib, seconds = peak(recoupe, size)
        print(f"{size:>6}MB {kib / 1024:>8.1f}MB {seconds:>7.1f}s {size / seconds:>6.2f}")


if __name__ == "__main__":
    main()
