"""GitHub Actions workflow commands: annotations on the lines of the pull request.

`::error` for a contradicted claim, `::warning` for a disputed one (and for a
suppression comment that suppressed nothing), `::notice` for unverified
claims when `--fail-on` includes them.
"""

from __future__ import annotations

from typing import IO

from ..scan import FileError, Finding, Notice
from .common import claim_label, message, one_line

COMMANDS = {"contradicted": "error", "disputed": "warning", "unverified": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, path: str, span, title: str, text: str) -> str:
    properties = [f"file={escape_property(path)}"]
    if span is not None:
        properties += [f"line={span.line}", f"col={span.col}", f"endLine={span.end_line}", f"endColumn={span.end_col}"]
    properties.append(f"title={escape_property(title)}")
    return f"::{command} {','.join(properties)}::{escape_data(text)}\n"


class Formatter:
    def __init__(self, out: IO[str], context) -> None:
        self.out = out
        self.fail_on = context.fail_on

    def begin(self, document) -> None:
        pass

    def add(self, event) -> None:
        if isinstance(event, Finding):
            command = COMMANDS.get(event.verdict)
            if event.suppressed or command is None:
                return
            if event.verdict == "unverified" and "unverified" not in self.fail_on:
                return
            title = f"recoupe: {event.verdict} ({claim_label(event)})"
            self.out.write(annotation(command, event.path, event.claim_span, title, message(event)))
        elif isinstance(event, Notice):
            self.out.write(annotation("warning", event.path, event.span, f"recoupe: {event.kind}", one_line(event.message)))
        elif isinstance(event, FileError):
            self.out.write(annotation("error", event.path, None, "recoupe: unreadable file", one_line(event.message)))

    def finish(self, stats) -> None:
        pass
