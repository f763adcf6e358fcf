"""Benchmark of `recoupe scan`: throughput beside proselint, and memory when streaming stdin.

    python benchmarks/scan.py [--runs 3] [--size-mb 1] [--stream-mb 10,100] [--engine-stream-mb 1,2]

In one run it prints:

1. Throughput (MB/s, median of --runs) of `recoupe scan --format jsonl` on a
   French text of --size-mb built by repeating the five bundled sources, as
   a first scan (`--no-cache`) and scanned again (the cache of sentences
   already checked primed by one scan; the compiled database is cached in
   both), and the time of `proselint check` on the same file (the sample repeats
   the sources and recoupe does not check a sentence twice, so the
   throughput on the sources read once is printed beside it). proselint is
   installed only in this benchmark's own virtual environment
   (benchmarks/.venv), never in the project's.
2. Peak memory (max RSS) of streaming standard input through the scan
   pipeline (reading, sentence splitting, claim splitting) at each size of
   --stream-mb, so a flat figure shows nothing grows with the input; and of
   the whole `recoupe scan -` command with the bundled engine at each size of
   --engine-stream-mb (the engine checks about a hundred sentences a second,
   so 100 MB through it would take over an hour).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV = Path(__file__).resolve().parent / ".venv"
SOURCES = ("deux-ans-apres", "un-an-apres", "ambitions-2012", "orange-rachat-cloudwatt", "strategie-industrielle")

PIPELINE = """
import sys
from recoupe.scan import Document, ScanStats, scan_document
class NothingCheckable:
    def is_checkable(self, text, context=()): return False
    def check(self, text, whole=True, context=()): raise AssertionError(text)
stats = ScanStats()
for _ in scan_document(NothingCheckable(), Document.from_stream(sys.stdin.buffer, "stdin.txt"), stats=stats):
    pass
print(stats.sentences, stats.characters)
"""


def source_corpus() -> str:
    return "\n\n".join((REPO / "sources" / f"{name}.txt").read_text(encoding="utf-8") for name in SOURCES)


def write_french_text(path: Path, size: int) -> None:
    """About `size` bytes of whole source paragraphs, written block by block (never held whole)."""
    corpus = source_corpus()
    paragraphs = [paragraph.encode("utf-8") + b"\n\n" for paragraph in corpus.split("\n\n")]
    written = 0
    with open(path, "wb") as handle:
        while written < size:
            for paragraph in paragraphs:
                if written + len(paragraph) > size and written:
                    return
                handle.write(paragraph)
                written += len(paragraph)


def proselint() -> Path:
    exe = VENV / "bin" / "proselint"
    if not exe.exists():
        print("setting up benchmarks/.venv with proselint …", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", "proselint"], check=True)
    return exe


def timed(command: list[str], stdin_path: Path | None = None) -> tuple[float, int, int]:
    """(seconds, exit code, peak resident memory in KiB) of one run.

    The peak is the child's own VmHWM, polled from /proc while it runs (the
    rusage of a child also counts the parent's memory at fork time).
    """
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    return elapsed, process.returncode, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--stream-mb", default="10,100")
    parser.add_argument("--engine-stream-mb", default="1,2")
    parser.add_argument("--only", choices=("all", "throughput", "memory"), default="all")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))
    os.environ["RECOUPE_CACHE_DIR"] = str(work / "cache")  # the benchmark's own cache, inherited by every run
    sample = work / "sample.txt"
    write_french_text(sample, int(args.size_mb * 1_000_000))
    megabytes = sample.stat().st_size / 1_000_000
    recoupe = [sys.executable, "-m", "recoupe", "scan"]

    if args.only != "memory":
        if throughput(args, recoupe, sample, megabytes):
            return 2
    if args.only != "throughput":
        memory(args, recoupe, work)
    return 0


def throughput(args, recoupe: list[str], sample: Path, megabytes: float) -> int:
    scan = [*recoupe, str(sample), "--format", "jsonl", "--fail-on", "none", "--no-progress"]
    # First scans (--no-cache: nothing kept from an earlier scan), then the
    # same document scanned again, as a pre-commit hook or CI run on an
    # unchanged draft does (the cache of sentences already checked, primed once).
    cold_times, warm_times = [], []
    for _ in range(args.runs):
        seconds, code, _ = timed([*scan, "--no-cache"])
        if code != 0:
            print(f"recoupe scan exited {code}", file=sys.stderr)
            return 2
        cold_times.append(seconds)
    timed(scan)
    warm_times = [timed(scan)[0] for _ in range(args.runs)]
    lint = proselint()
    lint_times = [timed([str(lint), "check", str(sample)])[0] for _ in range(args.runs)]
    cold, warm, lint_median = (statistics.median(times) for times in (cold_times, warm_times, lint_times))
    print(f"input: {megabytes:.2f} MB of French text from the bundled sources; median of {args.runs} runs")
    print(f"recoupe scan --format jsonl, first scan  : {cold:6.2f} s  {megabytes / cold:7.3f} MB/s")
    print(f"recoupe scan --format jsonl, scan again  : {warm:6.2f} s  {megabytes / warm:7.3f} MB/s")
    print(f"proselint check (reference)              : {lint_median:6.2f} s  {megabytes / lint_median:7.3f} MB/s")
    print(f"throughput ratio recoupe/proselint: first scan {lint_median / cold:.2f}x, "
          f"scan again {lint_median / warm:.2f}x (target: at least 10x)")
    # The sample repeats the sources, and the checker remembers sentences it
    # has checked: text without repetition is slower. Shown for honesty.
    unique = sample.with_name("unique.txt")
    unique.write_text(source_corpus(), encoding="utf-8")
    unique_times = []
    for _ in range(args.runs):
        seconds, _, _ = timed([*recoupe, str(unique), "--format", "jsonl", "--fail-on", "none", "--no-progress",
                               "--no-cache"])
        unique_times.append(seconds)
    start_times = [timed([*recoupe, "--help"])[0] for _ in range(args.runs)]
    unique_mb = unique.stat().st_size / 1_000_000
    unique_median, start_median = statistics.median(unique_times), statistics.median(start_times)
    print(f"no repetition: the five sources once ({unique_mb * 1000:.1f} kB): {unique_median:.2f} s, "
          f"{unique_mb / max(unique_median - start_median, 1e-9):.3f} MB/s after start-up "
          f"(`recoupe scan --help` {start_median:.2f} s)")
    return 0


def memory(args, recoupe: list[str], work: Path) -> None:

    print("peak memory streaming stdin (VmHWM):")
    for size in [float(x) for x in args.stream_mb.split(",") if x]:
        path = work / f"stream-{size:g}.txt"
        write_french_text(path, int(size * 1_000_000))
        seconds, code, rss = timed([sys.executable, "-c", PIPELINE], stdin_path=path)
        if code != 0:
            raise SystemExit(f"the scan pipeline failed on {size:g} MB (exit {code}); run PIPELINE by hand to see why")
        print(f"  scan pipeline, {size:6g} MB : {rss / 1024:7.1f} MiB  ({size / seconds:.2f} MB/s)")
        path.unlink()
    for size in [float(x) for x in args.engine_stream_mb.split(",") if x]:
        path = work / f"engine-{size:g}.txt"
        write_french_text(path, int(size * 1_000_000))
        seconds, code, rss = timed([*recoupe, "-", "--format", "jsonl", "--fail-on", "none"], stdin_path=path)
        print(f"  recoupe scan -, {size:5g} MB : {rss / 1024:7.1f} MiB  ({size / seconds:.3f} MB/s, exit {code})")
        path.unlink()


if __name__ == "__main__":
    sys.exit(main())
