"""SARIF 2.1.0, as GitHub code scanning takes it.

One run; one rule per verdict that can be reported (contradicted,
disputed, unverified) and one for unused suppression comments. Supported
claims are not results. Locations are in Unicode code points
(`columnKind: unicodeCodePoints`), relative to `%SRCROOT%` (the current
directory) when the file is under it. A finding hidden by a suppression
comment is a result with an `inSource` suppression, so GitHub shows it as
dismissed. Unreadable files are tool execution notifications.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO
from urllib.parse import quote

from .. import __version__
from ..scan import FileError, Finding, Notice
from .common import claim_label, message, one_line

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = (
    ("contradicted", "ContradictedClaim", "A claim the sources contradict.",
     "The sentence states something that the claims database, and the sources it quotes, contradict."),
    ("disputed", "DisputedClaim", "A claim the sources disagree on.",
     "The sources quoted by the claims database disagree on this point; the sentence takes one side."),
    ("unverified", "UnverifiedClaim", "A claim the database can neither support nor contradict.",
     "The sentence makes a checkable claim that no claim of the database covers."),
    ("unused-suppression", "UnusedSuppression", "A suppression comment that suppresses nothing.",
     "A `recoupe: ignore`, `ignore[ID]` or `off` comment that hid no finding: remove it or move it."),
)
RULE_INDEX = {rule[0]: index for index, rule in enumerate(RULES)}


def artifact_uri(path: str, root: Path) -> tuple[str, str | None]:
    """(uri, uriBaseId) for a report path: relative to %SRCROOT% when under the root."""
    if path in ("-", "<stdin>"):
        return "stdin", None
    candidate = Path(path)
    try:
        relative = candidate.resolve().relative_to(root.resolve())
        return quote(relative.as_posix()), "%SRCROOT%"
    except (ValueError, OSError):
        pass
    if candidate.is_absolute():
        return candidate.as_uri(), None
    return quote(candidate.as_posix()), "%SRCROOT%"


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out
        self.context = context
        self.results: list[dict] = []
        self.notifications: list[dict] = []

    def begin(self, document) -> None:
        pass

    def _location(self, path: str, span, snippet: str | None = None) -> dict:
        uri, base = artifact_uri(path, self.context.root)
        artifact = {"uri": uri}
        if base:
            artifact["uriBaseId"] = base
        region = {
            "startLine": span.line,
            "startColumn": span.col,
            "endLine": span.end_line,
            "endColumn": span.end_col,
            "charOffset": span.start,
            "charLength": span.end - span.start,
        }
        if snippet is not None:
            region["snippet"] = {"text": snippet}
        return {"physicalLocation": {"artifactLocation": artifact, "region": region}}

    def add(self, event) -> None:
        if isinstance(event, Finding):
            verdict = event.verdict
            if verdict not in RULE_INDEX:
                return
            failing = verdict in self.context.fail_on
            level = {"contradicted": "error", "disputed": "warning", "unverified": "note"}[verdict] if failing else "none"
            digest = hashlib.sha256(f"{event.path}\0{event.statement}\0{verdict}".encode()).hexdigest()[:32]
            result = {
                "ruleId": verdict,
                "ruleIndex": RULE_INDEX[verdict],
                "kind": "fail" if failing else "review",
                "level": level,
                "message": {"text": f"{verdict} ({claim_label(event)}): {message(event)}"},
                "locations": [self._location(event.path, event.claim_span, event.sentence)],
                "partialFingerprints": {"recoupeStatement/v1": digest},
                "properties": {
                    "verdict": verdict,
                    "confidence": round(event.result.confidence, 3),
                    "claimIds": list(event.claim_ids),
                    "statement": event.statement,
                },
            }
            if event.suppressed:
                result["suppressions"] = [{"kind": "inSource", "justification": "recoupe suppression comment"}]
            self.results.append(result)
        elif isinstance(event, Notice):
            self.results.append({
                "ruleId": event.kind,
                "ruleIndex": RULE_INDEX[event.kind],
                "kind": "fail",
                "level": "warning",
                "message": {"text": one_line(event.message)},
                "locations": [self._location(event.path, event.span)],
            })
        elif isinstance(event, FileError):
            uri, base = artifact_uri(event.path, self.context.root)
            location = {"uri": uri, **({"uriBaseId": base} if base else {})}
            self.notifications.append({
                "level": "error",
                "message": {"text": one_line(event.message)},
                "locations": [{"physicalLocation": {"artifactLocation": location}}],
            })

    def finish(self, stats) -> None:
        root_uri = self.context.root.resolve().as_uri().rstrip("/") + "/"
        rules = [
            {
                "id": rule_id,
                "name": name,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "help": {"text": full},
                "defaultConfiguration": {"level": "error" if rule_id == "contradicted" else "warning" if rule_id != "unverified" else "note"},
            }
            for rule_id, name, short, full in RULES
        ]
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "recoupe", "version": __version__, "semanticVersion": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
                "invocations": [{
                    "executionSuccessful": not self.notifications,
                    "toolExecutionNotifications": self.notifications,
                }],
                "results": self.results,
                "properties": {"summary": stats.to_dict()},
            }],
        }
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
