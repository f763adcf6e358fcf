"""One self-contained HTML report: no script, no external resource.

A summary at the top; then, per document, its text with each checked claim
highlighted in its verdict's colour (and linked to its finding), and beside
it the findings with the evidence quotes and their provenance. Everything
that comes from the documents or the database goes through `html.escape`.
"""

from __future__ import annotations

from html import escape
from typing import IO

from .. import __version__
from ..render import distinct_quotes
from ..scan import FileError, Finding, Notice
from . import SEVERITY

STYLE = """
:root { --contradicted: #f8c9c4; --contradicted-ink: #a1140a; --disputed: #fde3a7; --disputed-ink: #8a5a00;
        --unverified: #d6e0fb; --unverified-ink: #1d3f9a; --supported: #cdeccf; --supported-ink: #17612a; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header { padding: 1rem 2rem; background: #20232a; color: #fff; }
header h1 { margin: 0 0 .5rem; font-size: 1.3rem; }
table.summary { border-collapse: collapse; }
table.summary th, table.summary td { padding: .15rem .8rem .15rem 0; text-align: left; font-weight: normal; }
table.summary td { font-variant-numeric: tabular-nums; font-weight: bold; }
section.document { padding: 1rem 2rem; border-bottom: 1px solid #ddd; }
section.document h2 { font-size: 1.1rem; font-family: ui-monospace, monospace; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: inherit; background: #fff; padding: 1rem; border: 1px solid #ddd; margin: 0; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark a { color: inherit; text-decoration: none; }
.verdict-contradicted mark, mark.verdict-contradicted { background: var(--contradicted); }
mark.verdict-disputed { background: var(--disputed); }
mark.verdict-unverified { background: var(--unverified); }
mark.verdict-supported { background: var(--supported); }
ol.findings { list-style: none; padding: 0; margin: 0; }
li.finding { background: #fff; border: 1px solid #ddd; border-left-width: 6px; padding: .6rem .8rem; margin-bottom: .8rem; }
li.finding:target { outline: 2px solid #20232a; }
li.verdict-contradicted { border-left-color: var(--contradicted-ink); }
li.verdict-disputed { border-left-color: var(--disputed-ink); }
li.verdict-unverified { border-left-color: var(--unverified-ink); }
li.verdict-supported { border-left-color: var(--supported-ink); }
.badge { font-weight: bold; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; }
.verdict-contradicted .badge { color: var(--contradicted-ink); }
.verdict-disputed .badge { color: var(--disputed-ink); }
.verdict-unverified .badge { color: var(--unverified-ink); }
.verdict-supported .badge { color: var(--supported-ink); }
.where, .provenance, .claim-id { color: #555; font-size: .85rem; }
blockquote.quote { margin: .4rem 0 .1rem; padding-left: .6rem; border-left: 3px solid #ccc; font-style: italic; }
.statement { margin: .3rem 0; }
.notice { color: #8a5a00; }
.errors { color: #a1140a; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
"""


def _e(text) -> str:
    """Escaped for HTML, with control and bidi characters shown as code points:
    a report printed to a terminal must not carry escape sequences either."""
    from ..render import visible

    return escape(visible(str(text)), quote=True)


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out
        self.context = context
        self.documents: dict[str, dict] = {}
        self.order: list[str] = []
        self.errors: list[FileError] = []

    def _document(self, name: str) -> dict:
        if name not in self.documents:
            self.documents[name] = {"text": None, "findings": [], "notices": []}
            self.order.append(name)
        return self.documents[name]

    def begin(self, document) -> None:
        self._document(document.name)["source"] = document

    def add(self, event) -> None:
        if isinstance(event, Finding):
            if not event.suppressed:
                self._document(event.path)["findings"].append(event)
        elif isinstance(event, Notice):
            self._document(event.path)["notices"].append(event)
        elif isinstance(event, FileError):
            self.errors.append(event)

    def finish(self, stats) -> None:
        write = self.out.write
        write("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        write(f"<meta name=\"generator\" content=\"recoupe {_e(__version__)}\">\n")
        write("<title>recoupe scan report</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n")
        write("<header>\n<h1>recoupe scan report</h1>\n<table class=\"summary\" id=\"summary\">\n")
        for verdict in ("contradicted", "disputed", "unverified", "supported"):
            write(f"<tr class=\"verdict-{verdict}\"><th>{verdict}</th><td data-count=\"{verdict}\">{stats.verdicts.get(verdict, 0)}</td></tr>\n")
        rows = (("files", stats.files), ("sentences read", stats.sentences), ("claims checked", stats.claims_checked),
                ("sentences with nothing checkable", stats.not_checkable), ("suppressed", stats.suppressed),
                ("unused suppressions", stats.unused_suppressions), ("unreadable files", stats.errors),
                ("time", f"{stats.seconds:.2f} s"))
        for label, value in rows:
            write(f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>\n")
        write("</table>\n</header>\n<main>\n")
        if self.errors:
            write("<section class=\"errors\"><h2>Unreadable files</h2><ul>\n")
            for error in self.errors:
                write(f"<li>{_e(error.message)}</li>\n")
            write("</ul></section>\n")
        for number, name in enumerate(self.order, start=1):
            self._write_document(number, name, self.documents[name])
        write("</main>\n</body>\n</html>\n")

    def _write_document(self, number: int, name: str, entry: dict) -> None:
        write = self.out.write
        findings: list[Finding] = entry["findings"]
        source = entry.get("source")
        text = getattr(source, "text", None)
        write(f"<section class=\"document\" id=\"doc-{number}\">\n<h2>{_e(name)}</h2>\n<div class=\"layout\">\n")
        ids = {id(finding): f"d{number}-f{index}" for index, finding in enumerate(findings, start=1)}
        if text is not None:
            write("<pre class=\"text\">" + self._marked_text(text, findings, ids) + "</pre>\n")
        else:
            write("<pre class=\"text\">" + "\n\n".join(_e(f.sentence) for f in findings) + "</pre>\n")
        write("<ol class=\"findings\">\n")
        for finding in findings:
            self._write_finding(finding, ids[id(finding)])
        for notice in entry["notices"]:
            write(f"<li class=\"finding notice\"><span class=\"where\">{notice.span.line}:{notice.span.col}</span> "
                  f"<span class=\"badge\">unused suppression</span><p>{_e(notice.message)}</p></li>\n")
        write("</ol>\n</div>\n</section>\n")

    def _marked_text(self, text: str, findings: list[Finding], ids: dict) -> str:
        """The document with each claim wrapped in a <mark>; overlapping claims share the worst verdict."""
        spans = sorted((f.claim_span.start, f.claim_span.end, f) for f in findings if f.claim_span.end > f.claim_span.start)
        merged: list[list] = []
        for start, end, finding in spans:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                merged[-1][2].append(finding)
            else:
                merged.append([start, end, [finding]])
        parts = []
        cursor = 0
        for start, end, group in merged:
            worst = max(group, key=lambda f: SEVERITY[f.verdict])
            parts.append(_e(text[cursor:start]))
            title = "; ".join(f"{f.verdict}: {', '.join(f.claim_ids) or 'no claim'}" for f in group)
            parts.append(
                f"<mark class=\"verdict-{worst.verdict}\" id=\"m-{ids[id(worst)]}\" title=\"{_e(title)}\">"
                f"<a href=\"#{ids[id(worst)]}\">{_e(text[start:end])}</a></mark>"
            )
            cursor = end
        parts.append(_e(text[cursor:]))
        return "".join(parts)

    def _write_finding(self, finding: Finding, anchor: str) -> None:
        write = self.out.write
        span = finding.claim_span
        result = finding.result
        write(f"<li class=\"finding verdict-{finding.verdict}\" id=\"{anchor}\" data-verdict=\"{finding.verdict}\">\n")
        write(f"<a class=\"where\" href=\"#m-{anchor}\">{span.line}:{span.col}</a> "
              f"<span class=\"badge\">{finding.verdict}</span> "
              f"<span class=\"claim-id\">{_e(', '.join(finding.claim_ids))}</span> "
              f"<span class=\"where\">({result.confidence:.2f})</span>\n")
        write(f"<p class=\"statement\">{_e(finding.statement)}</p>\n")
        if result.explanation:
            write(f"<p class=\"explanation\">{_e(result.explanation)}</p>\n")
        for caveat in result.caveats:
            write(f"<p class=\"caveat\">{_e(caveat)}</p>\n")
        for item in distinct_quotes(result.evidence):
            source = item.source
            write(f"<blockquote class=\"quote {_e(item.relation)}\">« {_e(item.quote)} »</blockquote>\n")
            where = f"{source.title}, {source.date or 'undated'}"
            if source.publisher:
                where += f", {source.publisher}"
            write(f"<p class=\"provenance\">— {_e(where)} [{_e(source.id)}, line {source.line}] "
                  f"({_e(item.relation)} {_e(item.claim_id)})</p>\n")
        write("</li>\n")
