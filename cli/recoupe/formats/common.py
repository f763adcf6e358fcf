"""What several formats share: the JSON shape of a finding, one-line messages."""

from __future__ import annotations

import re

from ..scan import FileError, Finding, Notice, Span

SCAN_FORMAT = "recoupe-scan"
SCAN_FORMAT_VERSION = 1
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Control characters made visible and all whitespace runs turned into one space."""
    text = _SPACES.sub(" ", text).strip()
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def span_dict(span: Span) -> dict:
    return {"start": span.start, "end": span.end, "line": span.line, "col": span.col,
            "end_line": span.end_line, "end_col": span.end_col}


def finding_dict(finding: Finding) -> dict:
    """`check`'s object for the statement, plus where the sentence and the claim are in the input."""
    return {**finding.result.to_dict(), **finding_place(finding)}


def finding_place(finding: Finding) -> dict:
    """Where the sentence and the claim of a finding are in the input."""
    sentence = finding.sentence_span
    return {
        "path": finding.path,
        "line": sentence.line,
        "col": sentence.col,
        "start": sentence.start,
        "end": sentence.end,
        "end_line": sentence.end_line,
        "end_col": sentence.end_col,
        "sentence": finding.sentence,
        "claim": {"statement": finding.statement, **span_dict(finding.claim_span)},
        "input_highlights": [span_dict(span) for span in finding.highlights],
    }


def notice_dict(notice: Notice) -> dict:
    return {"path": notice.path, "kind": notice.kind, "message": notice.message, **span_dict(notice.span)}


def error_dict(error: FileError) -> dict:
    return {"path": error.path, "message": error.message}


def claim_label(finding: Finding) -> str:
    ids = finding.claim_ids
    return ids[0] if ids else "-"


def message(finding: Finding) -> str:
    """One line: the statement, the engine's explanation, the first quote and where it comes from."""
    parts = [f"«{one_line(finding.statement)}»", one_line(finding.result.explanation)]
    if finding.result.evidence:
        item = finding.result.evidence[0]
        source = item.source
        parts.append(f"source: «{one_line(item.quote)}» ({source.id}, line {source.line})")
    return " — ".join(part for part in parts if part)
