"""One JSON document: format and version, findings, notices, errors and the summary."""

from __future__ import annotations

import json
from typing import IO

from .. import __version__
from ..scan import FileError, Finding, Notice
from .common import (
    SCAN_FORMAT,
    SCAN_FORMAT_VERSION,
    error_dict,
    finding_dict,
    notice_dict,
)


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out
        self.findings: list[dict] = []
        self.notices: list[dict] = []
        self.errors: list[dict] = []

    def begin(self, document) -> None:
        pass

    def add(self, event) -> None:
        if isinstance(event, Finding):
            if not event.suppressed:
                self.findings.append(finding_dict(event))
        elif isinstance(event, Notice):
            self.notices.append(notice_dict(event))
        elif isinstance(event, FileError):
            self.errors.append(error_dict(event))

    def finish(self, stats) -> None:
        document = {
            "format": SCAN_FORMAT,
            "version": SCAN_FORMAT_VERSION,
            "tool": {"name": "recoupe", "version": __version__},
            "findings": self.findings,
            "notices": self.notices,
            "errors": self.errors,
            "summary": stats.to_dict(),
        }
        json.dump(document, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
