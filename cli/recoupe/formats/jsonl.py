"""JSON Lines: a header, then one object per finding, notice and error, then the summary.

Every line has a `kind`: "header", "finding", "notice", "error" or "summary".
A finding is `recoupe check`'s object plus where it is (see docs/scan.md).
"""

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
        self._write({"kind": "header", "format": SCAN_FORMAT, "version": SCAN_FORMAT_VERSION,
                     "tool": {"name": "recoupe", "version": __version__}})

    def _write(self, data: dict) -> None:
        self.out.write(json.dumps(data, ensure_ascii=False) + "\n")

    def begin(self, document) -> None:
        pass

    def add(self, event) -> None:
        if isinstance(event, Finding):
            if not event.suppressed:
                self._write({"kind": "finding", **finding_dict(event)})
        elif isinstance(event, Notice):
            self._write({"kind": "notice", **notice_dict(event)})
        elif isinstance(event, FileError):
            self._write({"kind": "error", **error_dict(event)})

    def finish(self, stats) -> None:
        self._write({"kind": "summary", **stats.to_dict()})
