"""Scanning documents: prose → sentences → claims → checked findings.

The library behind `recoupe scan`. It takes the checker as a parameter
(anything with `check(statement, whole, context) -> Result` and
`is_checkable(text, context) -> bool`) and yields, per document, in reading order:

- `Finding`: one checked claim, with the sentence it sits in, where both are
  in the input (offsets, 1-based line and column, in characters), the
  statement that was checked, the engine's `Result`, and the result's
  highlights mapped back into the input. A finding hidden by a suppression
  comment is still yielded, with `suppressed` set, so reports can count it.
- `Notice`: a suppression comment that suppressed nothing.
- `FileError`: a document that could not be read (it stops that document only).

Nothing is read whole unless it comes from a file: standard input streams
sentence by sentence. Each sentence is checked with the discourse context of
its document (discourse.py): the company a passage speaks of without naming it.
"""

from __future__ import annotations

import fnmatch
import os
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Protocol, Sequence, Union

from .discourse import Discourse
from .documents import (
    BREAK,
    SCANNED_SUFFIXES,
    Directive,
    DocumentError,
    Piece,
    decode_chunks,
    html_events,
    kind_of,
    markdown_events,
    read_file_text,
    text_events,
)
from .model import Result
from .segment import ClaimSpan, SentenceSplitter, split_claims

SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__"})
RECENT_SENTENCES = 1024


class CheckerLike(Protocol):
    """What scan needs of a checker; `extract` and `database` (as on `Checker`)
    are only needed for discourse context, which is skipped without them."""

    def check(self, statement: str, whole: bool = True, context: Sequence[str] = ()) -> Result: ...

    def is_checkable(self, text: str, context: Sequence[str] = ()) -> bool: ...


@dataclass(frozen=True)
class Span:
    """A stretch of the input: character offsets, and 1-based line:col of both ends (end exclusive)."""

    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True)
class Finding:
    path: str
    sentence: str
    sentence_span: Span
    claim_span: Span
    statement: str
    result: Result
    highlights: tuple[Span, ...] = ()
    suppressed: bool = False
    # The same claim and highlights as offsets in `sentence` (the prose as read).
    claim_in_sentence: tuple[int, int] = (0, 0)
    highlights_in_sentence: tuple[tuple[int, int], ...] = ()

    @property
    def verdict(self) -> str:
        return self.result.verdict

    @property
    def claim_ids(self) -> tuple[str, ...]:
        seen: list[str] = []
        for item in self.result.evidence:
            if item.claim_id not in seen:
                seen.append(item.claim_id)
        return tuple(seen)


@dataclass(frozen=True)
class Notice:
    path: str
    kind: str  # "unused-suppression"
    message: str
    span: Span


@dataclass(frozen=True)
class FileError:
    path: str
    message: str


Event = Union[Finding, Notice, FileError]


@dataclass
class ScanStats:
    files: int = 0
    sentences: int = 0
    not_checkable: int = 0
    claims_checked: int = 0
    suppressed: int = 0
    unused_suppressions: int = 0
    errors: int = 0
    characters: int = 0
    verdicts: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def stop(self) -> None:
        self.seconds = time.perf_counter() - self.started

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "sentences": self.sentences,
            "not_checkable": self.not_checkable,
            "claims_checked": self.claims_checked,
            "verdicts": {verdict: self.verdicts.get(verdict, 0) for verdict in ("supported", "contradicted", "disputed", "unverified")},
            "suppressed": self.suppressed,
            "unused_suppressions": self.unused_suppressions,
            "errors": self.errors,
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Document:
    """A document to scan: its name in reports, its kind, and its text as chunks."""

    name: str
    kind: str
    chunks: Iterable[str]
    text: str | None = None  # the whole text, when it was read from a file

    @classmethod
    def from_path(cls, path: Path, name: str | None = None, kind: str | None = None) -> "Document":
        display = name or path.as_posix()
        text = read_file_text(path, display)
        return cls(display, kind or kind_of(path.name) or "text", (text,), text)

    @classmethod
    def from_text(cls, text: str, name: str = "<text>", kind: str = "text") -> "Document":
        return cls(name, kind, (text,), text)

    @classmethod
    def from_stream(cls, stream, name: str = "<stdin>", kind: str | None = None) -> "Document":
        """A binary stream (standard input), decoded and read as it arrives."""
        return cls(name, kind or kind_of(name) or "text", decode_chunks(stream, name))


READERS = {"text": text_events, "markdown": markdown_events, "html": html_events}


@dataclass(frozen=True)
class ScanOptions:
    report_all: bool = False  # check and report sentences with nothing checkable too


def scan(checker: CheckerLike, documents: Iterable[Document], options: ScanOptions = ScanOptions(),
         stats: ScanStats | None = None) -> Iterator[Event]:
    stats = stats if stats is not None else ScanStats()
    for document in documents:
        yield from scan_document(checker, document, options, stats)
    stats.stop()


def scan_document(checker: CheckerLike, document: Document, options: ScanOptions = ScanOptions(),
                  stats: ScanStats | None = None) -> Iterator[Event]:
    stats = stats if stats is not None else ScanStats()
    stats.files += 1
    state = _DocumentScan(checker, document, options, stats)
    try:
        yield from state.run()
    except DocumentError as error:
        stats.errors += 1
        yield FileError(document.name, str(error))


class _ProseMap:
    """Where each character of the prose came from, for the prose not yet done with."""

    def __init__(self) -> None:
        self.pieces: deque[tuple[int, Piece]] = deque()

    def add(self, prose_start: int, piece: Piece) -> None:
        self.pieces.append((prose_start, piece))

    def forget_before(self, prose_offset: int) -> None:
        while self.pieces and self.pieces[0][0] + len(self.pieces[0][1].text) <= prose_offset:
            self.pieces.popleft()

    def position(self, prose_offset: int, is_end: bool = False) -> tuple[int, int, int]:
        """(input offset, line, col) of a prose offset; an end offset maps after its last character."""
        target = prose_offset - 1 if is_end else prose_offset
        chosen = None
        for prose_start, piece in self.pieces:
            if prose_start <= target < prose_start + len(piece.text):
                chosen = (prose_start, piece)
                break
            if prose_start > target:
                break
        if chosen is None:
            if not self.pieces:
                return 0, 1, 1
            prose_start, piece = self.pieces[-1] if target >= self.pieces[-1][0] else self.pieces[0]
            return piece.start, piece.line, piece.col
        prose_start, piece = chosen
        delta = target - prose_start
        if piece.verbatim:
            shift = delta + (1 if is_end else 0)
            return piece.start + shift, piece.line, piece.col + shift
        if is_end:
            return piece.start + piece.length, piece.line, piece.col + piece.length
        return piece.start, piece.line, piece.col

    def span(self, start: int, end: int) -> Span:
        offset, line, col = self.position(start)
        end_offset, end_line, end_col = self.position(end, is_end=True)
        return Span(offset, end_offset, line, col, end_line, end_col)


@dataclass
class _Suppression:
    directive: Directive
    used: bool = False


class _DocumentScan:
    def __init__(self, checker: CheckerLike, document: Document, options: ScanOptions, stats: ScanStats) -> None:
        self.checker = checker
        self.document = document
        self.options = options
        self.stats = stats
        self.map = _ProseMap()
        self.directives: deque[tuple[int, Directive]] = deque()
        self.ignores: list[_Suppression] = []
        self.off: _Suppression | None = None
        # The claims of a sentence, for documents that repeat sentences; bounded.
        self._claims: dict[str, list] = {}
        # What the passage is about, for sentences that do not name it; one per document.
        self.discourse = Discourse(checker) if hasattr(checker, "extract") and hasattr(checker, "database") else None

    def run(self) -> Iterator[Event]:
        reader = READERS[self.document.kind]
        splitter = SentenceSplitter()
        prose_length = 0
        for event in reader(self._counted(self.document.chunks)):
            if event is BREAK:
                sentences = splitter.hard_break()
            elif isinstance(event, Directive):
                self.directives.append((prose_length, event))
                continue
            else:
                self.map.add(prose_length, event)
                prose_length += len(event.text)
                sentences = splitter.feed(event.text)
            for start, end, text in sentences:
                yield from self._sentence(start, end, text)
        for start, end, text in splitter.close():
            yield from self._sentence(start, end, text)
        yield from self._directives_before(None)
        yield from self._unused_ignores()
        if self.off is not None:
            yield from self._close_off(None)

    def _counted(self, chunks: Iterable[str]) -> Iterator[str]:
        for chunk in chunks:
            self.stats.characters += len(chunk)
            yield chunk

    def _notice(self, directive: Directive, message: str) -> Notice:
        self.stats.unused_suppressions += 1
        width = len(directive.text)
        span = Span(directive.start, directive.end, directive.line, directive.col, directive.line, directive.col + width)
        return Notice(self.document.name, "unused-suppression", message, span)

    def _directives_before(self, prose_offset: int | None) -> Iterator[Notice]:
        while self.directives and (prose_offset is None or self.directives[0][0] <= prose_offset):
            _, directive = self.directives.popleft()
            if directive.action == "ignore":
                self.ignores.append(_Suppression(directive))
            elif directive.action == "off":
                if self.off is not None:
                    yield self._notice(directive, "suppression comment 'recoupe: off' inside a range already off")
                else:
                    self.off = _Suppression(directive)
            else:  # on
                if self.off is None:
                    yield self._notice(directive, "suppression comment 'recoupe: on' without a 'recoupe: off' before it")
                else:
                    yield from self._close_off(directive)

    def _close_off(self, closing: Directive | None) -> Iterator[Notice]:
        if self.off is not None and not self.off.used:
            yield self._notice(self.off.directive, "suppression range 'recoupe: off' suppressed nothing")
        self.off = None

    def _unused_ignores(self) -> Iterator[Notice]:
        for suppression in self.ignores:
            if not suppression.used:
                ids = suppression.directive.claim_ids
                what = f"'recoupe: ignore[{', '.join(ids)}]'" if ids else "'recoupe: ignore'"
                yield self._notice(suppression.directive, f"suppression comment {what} suppressed nothing")
        self.ignores = []

    def _suppressed(self, finding_ids: tuple[str, ...]) -> bool:
        hidden = False
        if self.off is not None:
            self.off.used = True
            hidden = True
        for suppression in self.ignores:
            ids = suppression.directive.claim_ids
            if not ids or any(claim_id in finding_ids for claim_id in ids):
                suppression.used = True
                hidden = True
        return hidden

    def _sentence(self, start: int, end: int, text: str) -> Iterator[Event]:
        yield from self._directives_before(start)
        self.stats.sentences += 1
        sentence_span = self.map.span(start, end)
        context = self.discourse.read(text) if self.discourse is not None else ()
        claims = self._claims.get(text)
        if claims is None:
            if len(self._claims) >= RECENT_SENTENCES:
                self._claims.clear()
            claims = self._claims[text] = [(claim, claim.statement(text)) for claim in split_claims(text)]
        checkable = [(claim, statement) for claim, statement in claims
                     if self.checker.is_checkable(statement, context=context)]
        if not checkable:
            self.stats.not_checkable += 1
            if self.options.report_all:
                checkable = [(ClaimSpan(0, len(text), ((0, len(text)),)), text)]
        for claim, statement in checkable:
            result = self.checker.check(statement, whole=False, context=context)
            self.stats.claims_checked += 1
            highlights, in_sentence = [], []
            for low, high in result.highlights:
                for a, b in claim.to_sentence_spans(low, high):
                    highlights.append(self.map.span(start + a, start + b))
                    in_sentence.append((a, b))
            finding = Finding(
                path=self.document.name,
                sentence=text,
                sentence_span=sentence_span,
                claim_span=self.map.span(start + claim.start, start + claim.end),
                statement=statement,
                result=result,
                highlights=tuple(highlights),
                claim_in_sentence=(claim.start, claim.end),
                highlights_in_sentence=tuple(in_sentence),
            )
            ids = tuple(item.claim_id for item in result.evidence)
            if self._suppressed(ids):
                finding = replace(finding, suppressed=True)
                self.stats.suppressed += 1
            else:
                self.stats.verdicts[result.verdict] += 1
            yield finding
        yield from self._unused_ignores()
        self.map.forget_before(end)


# --- finding the files -------------------------------------------------------------


def excluded(path: Path, patterns: Sequence[str], base: Path) -> bool:
    """Whether `path` matches a glob pattern, taken relative to `base` ("drafts/", "*.draft.md", "docs/old/**")."""
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    parts = relative.split("/")
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern + "/*"):
            return True
        if "/" not in pattern and any(fnmatch.fnmatch(part, pattern) for part in parts):
            return True
    return False


def collect_files(arguments: Sequence[str], excludes: Sequence[tuple[str, Path]] = ()) -> Iterator[tuple[Path, str]]:
    """(path, name shown in reports) for each file argument and each document under each directory.

    Directories are walked recursively, in sorted order, for .txt, .md, .markdown
    and .html files, skipping hidden directories; a file named explicitly is
    scanned whatever its suffix. `excludes` are (glob, base directory) pairs.
    """
    def is_excluded(path: Path) -> bool:
        return any(excluded(path, [pattern], base) for pattern, base in excludes)

    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(
                    name for name in directories
                    if not name.startswith(".") and name not in SKIPPED_DIRECTORIES and not is_excluded(Path(root, name))
                )
                for name in sorted(files):
                    if name.lower().endswith(SCANNED_SUFFIXES):
                        found = Path(root, name)
                        if not is_excluded(found):
                            yield found, found.as_posix()
        elif not is_excluded(path):
            yield path, argument
