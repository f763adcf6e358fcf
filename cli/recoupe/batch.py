"""Checking many documents at once: in worker processes, or inside an engine you already run.

    from recoupe.batch import check_documents, check_partition

    for report in check_documents(paths, jobs=8):          # one dict per document, in order
        ...

    # Dask / Spark / multiprocessing: a plain function over an iterable of texts
    rdd.mapPartitions(check_partition)                      # yields one dict per finding

Each worker process loads the checker once (from the compiled cache, so a
large database costs its cached load, not a parse), then scans document
after document. Findings are the dicts of `recoupe scan --format jsonl`
(`check`'s object plus where the claim is in the input). See docs/batch.md.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Iterator, Sequence

_CHECKERS: dict[tuple, object] = {}
_WORKER: dict[str, object] = {}


def _checker(claims: Sequence[str | Path] = (), bundled: bool = True):
    """One checker per process and per set of databases, loaded on first use."""
    key = (tuple(str(p) for p in claims), bundled)
    if key not in _CHECKERS:
        from .api import Checker

        _CHECKERS[key] = Checker.load([Path(p) for p in claims], bundled=bundled)
    return _CHECKERS[key]


def _init_worker(claims: Sequence[str], bundled: bool, report_all: bool) -> None:
    import signal

    # Ctrl-C goes to the whole process group: the parent handles it, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["checker"] = _checker(claims, bundled)
    _WORKER["report_all"] = report_all


def _finding_dicts(events) -> Iterator[dict]:
    from .formats.common import error_dict, finding_dict, notice_dict
    from .scan import FileError, Finding, Notice

    for event in events:
        if isinstance(event, Finding):
            if not event.suppressed:
                yield {"kind": "finding", **finding_dict(event)}
        elif isinstance(event, Notice):
            yield {"kind": "notice", **notice_dict(event)}
        elif isinstance(event, FileError):
            yield {"kind": "error", **error_dict(event)}


def _check_path(path: str) -> dict:
    from .documents import DocumentError
    from .scan import Document, ScanOptions, ScanStats, scan_document

    stats = ScanStats()
    try:
        document = Document.from_path(Path(path), path)
    except DocumentError as error:
        return {"path": path, "events": [{"kind": "error", "path": path, "message": str(error)}],
                "summary": {**ScanStats(files=1, errors=1).to_dict()}}
    options = ScanOptions(report_all=bool(_WORKER.get("report_all")))
    events = list(_finding_dicts(scan_document(_WORKER["checker"], document, options, stats)))
    stats.stop()
    return {"path": path, "events": events, "summary": stats.to_dict()}


def check_documents(paths: Iterable[str | Path], jobs: int | None = None, claims: Sequence[str | Path] = (),
                    bundled: bool = True, report_all: bool = False) -> Iterator[dict]:
    """Scan files in `jobs` worker processes (default: one per CPU); yield one report per file, in order.

    A report is `{"path", "events": [finding/notice/error dicts], "summary": {...}}`. An unreadable
    file gives a report with one error event; it does not stop the others.
    """
    jobs = jobs or os.cpu_count() or 1
    paths = [str(p) for p in paths]
    claims = [str(p) for p in claims]
    if jobs <= 1:
        _init_local(claims, bundled, report_all)
        for path in paths:
            yield _check_path(path)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(claims, bundled, report_all)) as pool:
        yield from pool.map(_check_path, paths, chunksize=1)


def _init_local(claims: Sequence[str], bundled: bool, report_all: bool) -> None:
    _WORKER["checker"] = _checker(claims, bundled)
    _WORKER["report_all"] = report_all


def check_partition(texts: Iterable[str], claims: Sequence[str | Path] = (), bundled: bool = True,
                    kind: str = "text") -> Iterator[dict]:
    """Check an iterable of texts (one document each); yield one dict per finding.

    A plain function of an iterable, for `mapPartitions` (Spark), `map_partitions`
    (Dask) or `Pool.imap`: the checker is loaded once per process and reused.
    Each dict carries `document` (the text's position in the partition).
    """
    from .scan import Document, ScanOptions, scan_document

    checker = _checker(claims, bundled)
    for number, text in enumerate(texts):
        document = Document.from_text(text, name=f"<document {number}>", kind=kind)
        for item in _finding_dicts(scan_document(checker, document, ScanOptions())):
            yield {"document": number, **item}


# --- `recoupe scan --jobs N` ----------------------------------------------------

def _scan_document_events(name: str, kind: str, text: str, report_all: bool):
    """In a worker: the events of one document and its statistics."""
    from .scan import Document, ScanOptions, ScanStats, scan_document

    stats = ScanStats()
    document = Document(name, kind, (text,), text)
    events = list(scan_document(_WORKER["checker"], document, ScanOptions(report_all=report_all), stats))
    return events, stats


def scan_in_parallel(documents: Iterable, claims: Sequence[str | Path], bundled: bool, options, stats,
                     jobs: int, window: int | None = None) -> Iterator[tuple[object, list]]:
    """(document, events) in document order, the documents scanned `jobs` at a time.

    Documents whose text is not already read (standard input) are scanned here,
    as they stream; `stats` is updated as if the scan had run in this process.
    """
    from .scan import scan_document

    window = window or 2 * jobs
    claims = [str(p) for p in claims]
    pending: list[tuple[object, Future | None]] = []
    local = None

    def merged(future: Future) -> list:
        events, part = future.result()
        for field in fields(part):
            if field.name in ("started", "seconds"):
                continue
            value = getattr(part, field.name)
            setattr(stats, field.name, getattr(stats, field.name) + value)
        return events

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(claims, bundled, options.report_all)) as pool:
        try:
            for document in documents:
                if document.text is None:  # streamed: scan it here, in order
                    while pending:
                        done, future = pending.pop(0)
                        yield done, merged(future)
                    if local is None:
                        local = _checker(claims, bundled)
                    yield document, scan_document(local, document, options, stats)
                    continue
                pending.append((document, pool.submit(_scan_document_events, document.name, document.kind,
                                                      document.text, options.report_all)))
                if len(pending) >= window:
                    done, future = pending.pop(0)
                    yield done, merged(future)
            while pending:
                done, future = pending.pop(0)
                yield done, merged(future)
        except BaseException:
            for _, future in pending:
                if future is not None:
                    future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
