"""Scale: load, check and scan against synthetic databases of 10k and 100k claims, beside the bundled one.

    python benchmarks/scale.py [--sizes 10000 100000] [--runs 5] [--workdir DIR]

In one run it prints, for the bundled database and each synthetic one
(written by benchmarks/generate.py into --workdir, reused when present):

- first load: parse the YAML, build the checker, write the compiled cache
  (one run per database, in a fresh process with an empty cache directory);
- cached load: `Checker.load` in a fresh process when the cache is warm
  (median of --runs processes; interpreter start-up and imports excluded);
- check latency per statement, in one process after a cached load: the
  first pass over the statements (claims decoded on first use) and a
  second, warm pass with the verdict memo cleared before each statement
  (medians over statements);
- scan throughput: the same document scanned against each database
  (characters per second, median of --runs).

Then the ratios against the bundled database and the issue's targets
(cached load of 100k claims under 1 s; a check against 100k claims no more
than 3x slower than against the bundled one). Medians throughout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


# --- worker side (runs in a fresh process) ----------------------------------------

def worker(args: list[str]) -> None:
    task, db = args[0], args[1]
    start = time.perf_counter()
    from recoupe.api import Checker

    imported = time.perf_counter()
    claims, bundled = ([], True) if db == "bundled" else ([Path(db)], False)
    checker = Checker.load(claims, bundled=bundled)
    loaded = time.perf_counter()
    import recoupe

    out: dict = {"package": str(Path(recoupe.__file__).parent), "load": loaded - imported, "import": imported - start, "claims": len(checker.database.claims),
                 "entities": len(checker.database.entities)}
    if task == "check":
        statements = Path(args[2]).read_text(encoding="utf-8").splitlines()
        passes = []
        for _ in range(2):
            times = []
            for statement in statements:
                # The checker remembers verdicts; the warm pass measures the
                # engine with decoded claims, not the memo.
                checker.results.clear()
                t = time.perf_counter()
                checker.check(statement)
                times.append(time.perf_counter() - t)
            passes.append(times)
        out["first_pass"] = statistics.median(passes[0])
        out["warm"] = statistics.median(passes[1])
        out["warm_p95"] = sorted(passes[1])[int(0.95 * (len(passes[1]) - 1))]
        out["statements"] = len(statements)
    elif task == "scan":
        from recoupe.scan import Document, ScanStats, scan

        text = Path(args[2]).read_text(encoding="utf-8")
        runs = []
        for _ in range(int(args[3])):
            stats = ScanStats()
            t = time.perf_counter()
            for _event in scan(checker, [Document.from_text(text, kind="markdown")], stats=stats):
                pass
            runs.append(len(text) / (time.perf_counter() - t))
        out["chars_per_s"] = statistics.median(runs)
        out["claims_checked"] = stats.claims_checked
        out["characters"] = len(text)
    print(json.dumps(out))


# --- driver --------------------------------------------------------------------

SNAPSHOT: Path | None = None


def generator_stamp() -> str:
    digest = hashlib.sha256()
    for path in (HERE / "generate.py", HERE.parent / "claims" / "properties.yaml", HERE.parent / "claims" / "vocabulary.yaml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def snapshot(work: Path) -> Path:
    """A copy of the package and the bundled database: the compiled cache is keyed by the code,
    so edits to the working tree during a run must not invalidate it."""
    root = work / "snapshot"
    shutil.rmtree(root, ignore_errors=True)
    top = HERE.parent
    shutil.copytree(top / "cli" / "recoupe", root / "cli" / "recoupe",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(top / "claims", root / "claims")
    shutil.copytree(top / "sources", root / "sources")
    return root / "cli"


def run(task: str, db: str, cache: Path, *extra: str) -> dict:
    env = {**os.environ, "RECOUPE_CACHE_DIR": str(cache)}
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = str(SNAPSHOT)
    env.pop("RECOUPE_NO_CACHE", None)
    done = subprocess.run([sys.executable, __file__, "--worker", task, db, *extra], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"worker {task} {db} failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def bundled_statements(path: Path) -> None:
    from recoupe.api import Checker

    checker = Checker.load()
    statements = [example.statement for claim in checker.database.claims for example in claim.examples]
    path.write_text("\n".join(statements) + "\n", encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "recoupe-scale")
    args = parser.parse_args()
    work: Path = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    global SNAPSHOT
    SNAPSHOT = snapshot(work)

    databases = {"bundled": "bundled"}
    statements = {"bundled": work / "bundled-statements.txt"}
    bundled_statements(statements["bundled"])
    print(f"  code snapshot: {SNAPSHOT}", file=sys.stderr)
    stamp = generator_stamp()
    for size in args.sizes:
        out = work / f"db{size}"
        # Generated once and kept, but made again when the generator or the bundled
        # files it copies (properties, vocabulary) have changed since.
        if not (out / "statements.txt").is_file() or not (out / "stamp").is_file() or (
                (out / "stamp").read_text() != stamp):
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(size), str(out)], check=True)
            (out / "stamp").write_text(stamp)
        databases[f"{size // 1000}k"] = str(out / "claims")
        statements[f"{size // 1000}k"] = out / "statements.txt"
    # One document for every database: a bundled article and a synthetic report.
    document = work / "document.md"
    largest = work / f"db{max(args.sizes)}" / "document.md"
    bundled_article = (HERE.parent / "sources" / "deux-ans-apres.txt").read_text(encoding="utf-8")
    document.write_text(bundled_article + "\n\n" + largest.read_text(encoding="utf-8"), encoding="utf-8")

    rows = {}
    for name, db in databases.items():
        cache = Path(tempfile.mkdtemp(prefix="recoupe-scale-cache-"))
        try:
            first = run("load", db, cache)
            cached = [run("load", db, cache)["load"] for _ in range(args.runs)]
            check = run("check", db, cache, str(statements[name]))
            scanned = run("scan", db, cache, str(document), str(args.runs))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        rows[name] = {"claims": first["claims"], "entities": first["entities"], "first": first["load"],
                      "cached": statistics.median(cached), "check": check, "scan": scanned}
        print(f"  measured {name}: {first['claims']} claims", file=sys.stderr)

    print(f"{'database':>9} {'claims':>8} {'entities':>8} {'first load':>11} {'cached load':>12} "
          f"{'check 1st':>10} {'check warm':>11} {'warm p95':>9} {'scan chars/s':>13}")
    for name, row in rows.items():
        check = row["check"]
        print(f"{name:>9} {row['claims']:>8} {row['entities']:>8} {row['first']:>10.2f}s {row['cached']:>11.3f}s "
              f"{check['first_pass'] * 1000:>8.2f}ms {check['warm'] * 1000:>9.2f}ms {check['warm_p95'] * 1000:>7.2f}ms "
              f"{row['scan']['chars_per_s']:>13,.0f}")
    base = rows["bundled"]
    print(f"\nratios against the bundled database ({args.runs} runs for loads and scans; "
          f"check medians over {base['check']['statements']} bundled statements and the synthetic statements):")
    for name, row in rows.items():
        if name == "bundled":
            continue
        print(f"  {name}: cached load {row['cached'] / base['cached']:.1f}x, "
              f"check 1st pass {row['check']['first_pass'] / base['check']['first_pass']:.2f}x, "
              f"check warm {row['check']['warm'] / base['check']['warm']:.2f}x, "
              f"scan throughput {row['scan']['chars_per_s'] / base['scan']['chars_per_s']:.2f}x")
    big = rows.get("100k")
    if big:
        ok_load = big["cached"] < 1.0
        ratio = big["check"]["first_pass"] / base["check"]["first_pass"]
        print(f"\ntarget: cached load of 100k claims under 1 s: {big['cached']:.3f}s {'OK' if ok_load else 'MISSED'}")
        print(f"target: check against 100k at most 3x the bundled: {ratio:.2f}x (first pass) "
              f"{'OK' if ratio <= 3 else 'MISSED'}")


if __name__ == "__main__":
    main()
