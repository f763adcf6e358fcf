"""`path:line:col: verdict claim-id: message`, one line per finding, for editors and grep."""

from __future__ import annotations

from typing import IO

from ..scan import Finding, Notice
from .common import claim_label, message, one_line


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out

    def begin(self, document) -> None:
        pass

    def add(self, event) -> None:
        if isinstance(event, Finding):
            if event.suppressed:
                return
            span = event.claim_span
            self.out.write(f"{event.path}:{span.line}:{span.col}: {event.verdict} {claim_label(event)}: {message(event)}\n")
        elif isinstance(event, Notice):
            span = event.span
            self.out.write(f"{event.path}:{span.line}:{span.col}: {event.kind} -: {one_line(event.message)}\n")

    def finish(self, stats) -> None:
        pass
