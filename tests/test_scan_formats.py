"""Every output format of `recoupe scan`, from findings made of real Result objects."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import pytest

from recoupe.formats import FORMATS, ReportContext, formatter
from recoupe.scan import Document, FileError, ScanStats, scan
from scan_support import SAMPLE, SAMPLE_TABLE, TableChecker

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "scan"


def render(name: str, fail_on=("contradicted", "disputed"), extra_error: bool = False) -> str:
    out = io.StringIO()
    stats = ScanStats()
    report = formatter(name, out, ReportContext(fail_on=fail_on, root=Path("/project")))
    document = Document.from_text(SAMPLE, "docs/report.md", kind="markdown")
    report.begin(document)
    for event in scan(TableChecker(SAMPLE_TABLE), [document], stats=stats):
        report.add(event)
    if extra_error:
        error = FileError("docs/image.md", "docs/image.md: not a text file (binary content)")
        stats.errors += 1
        report.add(error)
    stats.seconds = 0.25  # reports show the time taken; fixed so golden files compare
    report.finish(stats)
    return out.getvalue()


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("RECOUPE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; RECOUPE_UPDATE_GOLDEN=1 rewrites it after review"


def test_concise_golden():
    text = render("concise")
    golden("report.concise", text)
    first = text.splitlines()[0]
    assert first.startswith("docs/report.md:3:1: supported cloudwatt-shareholder-orange: ")


def test_github_golden_and_escaping():
    text = render("github", extra_error=True)
    golden("report.github", text)
    lines = text.splitlines()
    assert lines[0].startswith("::error file=docs/report.md,line=3,col=23,endLine=3,endColumn=33,title=recoupe%3A contradicted (cloudwatt-shareholder-thales)::")
    assert any(line.startswith("::warning file=docs/report.md,line=4,") for line in lines)  # disputed
    assert any("unused-suppression" in line for line in lines)
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert not any("supported" in line.split("::")[1] for line in lines if line.startswith("::notice"))


def test_jsonl_golden_and_contract():
    text = render("jsonl")
    golden("report.jsonl", text)
    lines = [json.loads(line) for line in text.splitlines()]
    assert lines[0] == {"kind": "header", "format": "recoupe-scan", "version": 1,
                        "tool": {"name": "recoupe", "version": lines[0]["tool"]["version"]}}
    findings = [line for line in lines if line["kind"] == "finding"]
    thales = next(f for f in findings if f["claim"]["statement"] == "Thales held 30%")
    # check's object ...
    for key in ("statement", "verdict", "confidence", "explanation", "caveats", "highlights", "evidence"):
        assert key in thales
    # ... plus where the sentence is in the input.
    assert (thales["path"], thales["line"], thales["col"]) == ("docs/report.md", 3, 1)
    assert SAMPLE[thales["start"]:thales["end"]] == "Orange held 44.4% and Thales 30%."
    assert SAMPLE[thales["claim"]["start"]:thales["claim"]["end"]] == "Thales 30%"
    assert [SAMPLE[h["start"]:h["end"]] for h in thales["input_highlights"]] == ["30%"]
    assert lines[-1]["kind"] == "summary" and lines[-1]["suppressed"] == 1
    # Suppressed findings are counted, not listed.
    assert not any("Bull" in f["statement"] for f in findings)


def test_json_is_one_versioned_document():
    data = json.loads(render("json"))
    assert data["format"] == "recoupe-scan" and data["version"] == 1
    assert [f["verdict"] for f in data["findings"]] == ["supported", "contradicted", "disputed", "contradicted"]
    assert data["summary"]["verdicts"] == {"supported": 1, "contradicted": 2, "disputed": 1, "unverified": 0}
    assert data["notices"][0]["kind"] == "unused-suppression" and data["notices"][0]["line"] == 8


def test_sarif_validates_against_the_official_schema():
    log = json.loads(render("sarif", extra_error=True))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: e.path)
    assert not errors, errors[0].message
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    for result in results:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
    thales = next(r for r in results if r["properties"]["statement"] == "Thales held 30%")
    region = thales["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 23, 33)
    assert SAMPLE[region["charOffset"]:region["charOffset"] + region["charLength"]] == "Thales 30%"
    assert thales["level"] == "error" and thales["kind"] == "fail"
    assert thales["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "docs/report.md", "uriBaseId": "%SRCROOT%"}
    suppressed = [r for r in results if r.get("suppressions")]
    assert [r["properties"]["statement"] for r in suppressed] == ["Bull a 20 % des parts."]
    assert not any(r["ruleId"] == "supported" for r in results)
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "binary" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_levels_follow_fail_on():
    log = json.loads(render("sarif", fail_on=("contradicted",)))
    disputed = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "disputed")
    assert (disputed["level"], disputed["kind"]) == ("none", "review")


def test_terminal_view_lists_findings_and_summary_without_markup_injection():
    text = render("terminal")
    assert "docs/report.md" in text
    assert "3:23  ✘ contradicted  cloudwatt-shareholder-thales" in text
    assert "« 22,2 % pour Thalès »" in text
    assert "deux-ans-apres, line 17" in text
    assert "sentences read" in text and "suppressed" in text
    assert "\x1b[" not in text  # no colour when not asked


def test_html_report_is_self_contained_and_escaped():
    page = render("html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>&amp;</b>" not in page and "&lt;b&gt;&amp;amp;&lt;/b&gt;" in page
    assert "http://" not in page and "https://" not in page.replace("https://json", "")
    assert 'class="verdict-contradicted"' in page
    assert page.count("<mark ") == 4  # four claims reported; the suppressed one is not marked


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_handles_an_empty_scan(name):
    out = io.StringIO()
    report = formatter(name, out, ReportContext())
    stats = ScanStats()
    stats.stop()
    report.finish(stats)
    if name in ("json", "sarif"):
        json.loads(out.getvalue())
