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
    finding_place,
    notice_dict,
)


RECENT_RESULTS = 1024


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out
        # A sentence repeated in the input has the very same result: its JSON is
        # written once and reused (the result is kept with it so its id stays its own).
        self._results: dict[int, tuple[object, str]] = {}
        self._write({"kind": "header", "format": SCAN_FORMAT, "version": SCAN_FORMAT_VERSION,
                     "tool": {"name": "recoupe", "version": __version__}})

    def _write(self, data: dict) -> None:
        self.out.write(json.dumps(data, ensure_ascii=False) + "\n")

    def _write_finding(self, finding: Finding) -> None:
        cached = self._results.get(id(finding.result))
        if cached is None or cached[0] is not finding.result:
            if len(self._results) >= RECENT_RESULTS:
                self._results.clear()
            text = json.dumps({"kind": "finding", **finding.result.to_dict()}, ensure_ascii=False)
            cached = self._results[id(finding.result)] = (finding.result, text[:-1])
        place = json.dumps(finding_place(finding), ensure_ascii=False)
        self.out.write(f"{cached[1]}, {place[1:]}\n")

    def begin(self, document) -> None:
        pass

    def add(self, event) -> None:
        if isinstance(event, Finding):
            if not event.suppressed:
                self._write_finding(event)
        elif isinstance(event, Notice):
            self._write({"kind": "notice", **notice_dict(event)})
        elif isinstance(event, FileError):
            self._write({"kind": "error", **error_dict(event)})

    def finish(self, stats) -> None:
        self._write({"kind": "summary", **stats.to_dict()})
