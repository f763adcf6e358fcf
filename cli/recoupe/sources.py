"""Source texts and their manifest: reading them and finding quotes in them."""

from __future__ import annotations

from pathlib import Path

from .model import Source

MANIFEST = "sources.yaml"
MANIFEST_FIELDS = ("id", "file", "title", "language", "date", "date_hint", "publisher", "author", "url")


class SourceError(Exception):
    """A source or its manifest cannot be used."""


def read_text(path: Path) -> str:
    """Read a source exactly as stored: no newline translation, strict UTF-8."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise SourceError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise SourceError(f"{path}: {error.strerror}") from None


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int, int]:
    """Return (start, end, line) of the n-th verbatim occurrence of `quote`."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise SourceError(f"quote not found: {quote[:60]!r}")
    return start, start + len(quote), line_of(text, start)


def source_from_entry(entry: dict, directory: Path) -> Source:
    """Build a Source from one manifest entry, refusing paths that leave the directory."""
    file_name = str(entry["file"])
    path = (directory / file_name).resolve()
    if directory.resolve() not in path.parents:
        raise SourceError(f"source {entry.get('id')!r}: file {file_name!r} is outside {directory}")
    values = {key: entry.get(key) for key in MANIFEST_FIELDS}
    values["date"] = None if values["date"] is None else str(values["date"])
    return Source(**values, text=read_text(path))
