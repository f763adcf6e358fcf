"""The HTML report as a browser shows it: headless Debian Chromium renders it and we read the page.

Skipped (with the reason) when chromium is missing outside CI; CI installs it
through .ci/run, and there a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from scan_report_screenshot import chromium, run_chromium  # noqa: E402

if chromium() is None:
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed; .ci/run installs it", pytrace=False)
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it", allow_module_level=True)

HOSTILE = (
    "# Brouillon <img src=x onerror=\"document.title='pwned'\">\n\n"
    "Orange détient 44,4 % de Cloudwatt. Orange détient 60 % de Cloudwatt.\n\n"
    "<script>document.documentElement.setAttribute('data-pwned', 'yes')</script>\n"
    "Il fait beau.\n"
)


class Page(HTMLParser):
    """What the rendered DOM holds: marks with their verdicts, findings, visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.findings: list[str] = []
        self.scripts = 0
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.attributes += attrs
        if tag == "mark":
            self.marks.append(attributes.get("class", ""))
        if tag == "li" and "data-verdict" in attributes:
            self.findings.append(attributes["data-verdict"])
        if tag in ("script", "img", "iframe"):
            self.scripts += 1

    def handle_data(self, data):
        self.text.append(data)


def test_report_renders_in_chromium_with_marks_evidence_and_no_injected_code(tmp_path: Path):
    draft = tmp_path / "draft.md"
    draft.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    scan = subprocess.run([sys.executable, "-m", "recoupe", "scan", str(draft), "-f", "html", "-o", str(report)],
                          capture_output=True, text=True)
    assert scan.returncode == 1, scan.stderr  # one claim is contradicted
    dumped = run_chromium("--dump-dom", report.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-500:]
    dom = dumped.stdout
    page = Page()
    page.feed(dom)
    assert page.marks == ["verdict-supported", "verdict-contradicted"]
    assert page.findings == ["supported", "contradicted"]
    text = " ".join(page.text)
    assert "« 44,4 % de Cloudwatt pour Orange »" in text or "44,4 %" in text
    assert re.search(r"deux-ans-apres, line \d+", text)
    assert "Cloud souverain : deux ans après, on fait le point" in text
    # The hostile input shows as text and runs nothing.
    assert page.scripts == 0
    assert not any(name == "data-pwned" for name, _ in page.attributes)
    assert not re.search(r"<html[^>]*data-pwned", dom) and "<title>recoupe scan report</title>" in dom
    assert "<script>document.documentElement" in text  # shown verbatim, as text
    summary = re.search(r'data-count="contradicted">(\d+)<', dom)
    assert summary and summary.group(1) == "1"


def test_screenshot_script_produces_a_picture(tmp_path: Path):
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "scan_report_screenshot.py"),
                             str(REPO / "sources" / "un-an-apres.txt"), "--out", str(out), "--size", "1200,900"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
