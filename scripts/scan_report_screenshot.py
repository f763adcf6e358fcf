"""Render a `recoupe scan --format html` report in headless Chromium and save a screenshot.

    python scripts/scan_report_screenshot.py [DOCUMENT ...] [--out report.png]

Scans the given documents (default: two bundled sources) into an HTML report,
then has Debian's chromium take a full-width screenshot of it, so a person
can look at what the report shows. Needs `chromium` (apt-get install chromium).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_chromium(*arguments: str, timeout: int = 120) -> subprocess.CompletedProcess:
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="recoupe-chromium-") as profile:
        return subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments],
                              capture_output=True, text=True, timeout=timeout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", default=[str(REPO / "sources" / "deux-ans-apres.txt"),
                                                        str(REPO / "sources" / "un-an-apres.txt")])
    parser.add_argument("--out", default="scan-report.png")
    parser.add_argument("--size", default="1400,2400", help="window size WIDTH,HEIGHT")
    args = parser.parse_args()
    report = Path(tempfile.mkdtemp(prefix="recoupe-report-")) / "report.html"
    scan = subprocess.run([sys.executable, "-m", "recoupe", "scan", *args.documents, "--format", "html",
                           "--output", str(report), "--fail-on", "none"], capture_output=True, text=True)
    if scan.returncode != 0:
        print(scan.stderr.strip() or f"recoupe scan exited {scan.returncode}", file=sys.stderr)
        return 2
    out = Path(args.out).resolve()
    shot = run_chromium(f"--screenshot={out}", f"--window-size={args.size}", report.as_uri())
    if not out.exists():
        print(f"chromium made no screenshot: {shot.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return 2
    print(f"{report}\n{out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
