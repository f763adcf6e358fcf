"""The `recoupe scan` command: options in, library call, report out, exit code.

Exit codes: 0 nothing to fail on; 1 a finding whose verdict is in
`--fail-on`; 2 a usage error, an unreadable file or configuration, or a
broken claims database (the other files are still scanned first); 130 on
Ctrl-C (handled by the entry point).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import click
import typer

VERDICT_CHOICES = ("contradicted", "disputed", "unverified")
DEFAULT_FAIL_ON = ("contradicted", "disputed")
PROGRESS_MIN_BYTES = 256 * 1024


class ScanFailure(click.ClickException):
    """An error the user can fix: one line on stderr, exit 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        print(f"recoupe: error: {self.message}", file=file or sys.stderr)


class _Stdout:
    """Writes to whatever sys.stdout is at the time (rich's progress display swaps it)."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()


def parse_fail_on(values: List[str]) -> tuple[str, ...]:
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part == "none":
                continue
            if part not in VERDICT_CHOICES:
                raise ScanFailure(f"--fail-on: unknown verdict {part!r} (choose from {', '.join(VERDICT_CHOICES)}, none)")
            if part not in chosen:
                chosen.append(part)
    return tuple(chosen)


def scan(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Files and directories to scan (directories: .txt, .md, .markdown, .html, recursively); `-` reads standard input."),
    output_format: Optional[str] = typer.Option(
        None, "--format", "-f", help="terminal (default), concise, json, jsonl, sarif, github or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: Optional[List[str]] = typer.Option(
        None, "--fail-on", help="Verdicts that make the exit code 1: contradicted, disputed, unverified, none (comma-separated or repeated). Default: contradicted,disputed."),
    report_all: bool = typer.Option(False, "--all", help="Also check and report sentences with nothing checkable."),
    stdin_filename: Optional[str] = typer.Option(
        None, "--stdin-filename", help="Name standard input in reports; its suffix picks the reader (.md, .html, .txt)."),
    claims: Optional[List[Path]] = typer.Option(None, "--claims", help="Extra claims database (directory or YAML file); repeatable."),
    no_bundled: bool = typer.Option(False, "--no-bundled", help="Leave the bundled database out."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Glob of paths to skip, relative to the current directory; repeatable."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Use this configuration file instead of looking for one."),
    no_config: bool = typer.Option(False, "--no-config", help="Ignore configuration files."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal and the input is long)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Scan files in N worker processes (0: one per CPU); the report keeps the files' order."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Neither read nor keep the cache of sentences already checked (RECOUPE_NO_CACHE=1 also skips the compiled database's)."),
) -> None:
    """Scan documents: find the sentences that make checkable claims and check each claim."""
    from .config import ConfigError, ScanConfig, discover, load
    from .formats import FORMATS, ReportContext

    try:
        config = ScanConfig() if no_config else (load(config_file) if config_file else discover())
    except ConfigError as error:
        raise ScanFailure(str(error)) from None
    for warning in config.warnings:
        print(f"recoupe: warning: {warning}", file=sys.stderr)

    chosen_format = (output_format or config.format or "terminal").lower()
    if chosen_format not in FORMATS:
        raise ScanFailure(f"unknown format {chosen_format!r} (choose from {', '.join(FORMATS)})")
    fail_verdicts = parse_fail_on(fail_on) if fail_on else (
        parse_fail_on(config.fail_on) if config.fail_on is not None else DEFAULT_FAIL_ON)

    arguments = list(paths or [])
    if not arguments:
        if sys.stdin is None or sys.stdin.isatty():
            raise ScanFailure("nothing to scan: give files or directories, or `-` for standard input")
        arguments = ["-"]
    if arguments.count("-") > 1:
        raise ScanFailure("`-` (standard input) can be given only once")
    for argument in arguments:
        if argument != "-" and not Path(argument).exists():
            raise ScanFailure(f"{argument}: no such file or directory")

    databases = list(claims if claims else config.claims)
    checker = _load_checker(databases, no_bundled)
    excludes = [(pattern, config.base) for pattern in config.exclude] + [(pattern, Path.cwd()) for pattern in exclude or []]

    out_handle = None
    if output is not None:
        try:
            out_handle = open(output, "w", encoding="utf-8", newline="\n")
        except OSError as error:
            raise ScanFailure(f"{output}: {error.strerror or error}") from None
    stream = out_handle if out_handle is not None else _Stdout()
    color = out_handle is None and sys.stdout.isatty() and chosen_format == "terminal" and not _no_color()
    context = ReportContext(fail_on=fail_verdicts, root=Path.cwd(), color=color)
    parallel = _parallel(jobs, databases, no_bundled)
    # Sentences checked by an earlier scan against the same databases and code are not checked again.
    memory = None if no_cache or parallel else checker.memory_path(databases, not no_bundled)
    known = checker.recall(memory)
    try:
        failing = _run(checker, arguments, excludes, stdin_filename, report_all, chosen_format, stream, context, progress,
                       parallel=parallel)
    finally:
        if out_handle is not None:
            out_handle.close()
    checker.keep(memory, known)
    raise typer.Exit(failing)


def _no_color() -> bool:
    import os

    return bool(os.environ.get("NO_COLOR"))


def _load_checker(claims, no_bundled: bool):
    from .api import Checker
    from .database import DatabaseError

    try:
        return Checker.load(list(claims or ()), bundled=not no_bundled)
    except DatabaseError as error:
        raise ScanFailure(str(error)) from None


def _documents(arguments, excludes, stdin_filename, keep_text: bool, errors: list):
    """Documents in argument order; unreadable files become FileError events in `errors`."""
    from .documents import DocumentError
    from .scan import Document, FileError, collect_files

    for argument in arguments:
        if argument == "-":
            name = stdin_filename or "<stdin>"
            document = Document.from_stream(sys.stdin.buffer, name)
            if keep_text:
                document = _keeping_text(document)
            yield document
            continue
        for path, name in collect_files([argument], excludes):
            try:
                yield Document.from_path(path, name)
            except DocumentError as error:
                errors.append(FileError(name, str(error)))


def _keeping_text(document):
    """A streamed document whose text is kept as it is read (the HTML report shows it)."""
    parts: list[str] = []

    def chunks():
        for chunk in document.chunks:
            parts.append(chunk)
            yield chunk
        document.text = "".join(parts)

    document.chunks = chunks()
    return document


def _parallel(jobs: int, databases, no_bundled: bool):
    """How to scan in worker processes (see recoupe.batch), or None to scan here."""
    import os

    jobs = jobs or os.cpu_count() or 1
    return (jobs, databases, not no_bundled) if jobs > 1 else None


def _run(checker, arguments, excludes, stdin_filename, report_all, chosen_format, stream, context, progress,
         parallel=None) -> int:
    from .formats import formatter
    from .scan import FileError, Finding, ScanOptions, ScanStats, scan_document

    report = formatter(chosen_format, stream, context)
    stats = ScanStats()
    options = ScanOptions(report_all=report_all)
    errors: list[FileError] = []
    failing = False
    bar = _progress_bar(arguments, excludes, progress)
    live = isinstance(stream, _Stdout)
    try:
        documents = _documents(arguments, excludes, stdin_filename, chosen_format == "html", errors)
        if parallel is None:
            scanned = ((document, scan_document(checker, document, options, stats)) for document in documents)
        else:
            from .batch import scan_in_parallel

            jobs, databases, bundled = parallel
            scanned = scan_in_parallel(documents, databases, bundled, options, stats, jobs)
        for document, events in scanned:
            while errors:
                _report_error(errors.pop(0), report, stats)
            report.begin(document)
            done_before = stats.characters
            for event in events:
                if isinstance(event, FileError):
                    print(f"recoupe: error: {event.message}", file=sys.stderr)
                elif isinstance(event, Finding) and not event.suppressed and event.verdict in context.fail_on:
                    failing = True
                report.add(event)
                if live:
                    stream.flush()  # a pipe reader (`| grep`, an editor) sees each finding as it is made
                if bar is not None:
                    bar.advance(stats.characters - done_before)
                    done_before = stats.characters
        while errors:
            _report_error(errors.pop(0), report, stats)
        stats.stop()
        if bar is not None:
            bar.stop()
            bar = None
        report.finish(stats)
    finally:
        if bar is not None:
            bar.stop()
    if stats.errors:
        return 2
    return 1 if failing else 0


def _report_error(error, report, stats) -> None:
    stats.errors += 1
    print(f"recoupe: error: {error.message}", file=sys.stderr)
    report.add(error)


class _Bar:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("scanning"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("scan", total=total)
        self.progress.start()

    def advance(self, amount: int) -> None:
        if amount:
            self.progress.advance(self.task, amount)

    def stop(self) -> None:
        self.progress.stop()


def _progress_bar(arguments, excludes, wanted: Optional[bool]):
    """A progress bar on stderr for long inputs when stderr is a terminal (or when asked)."""
    if wanted is False or "-" in arguments:
        return None
    if wanted is None and not sys.stderr.isatty():
        return None
    from .scan import collect_files

    total = 0
    for argument in arguments:
        for path, _ in collect_files([argument], excludes):
            try:
                total += path.stat().st_size
            except OSError:
                pass
    if wanted is None and total < PROGRESS_MIN_BYTES:
        return None
    return _Bar(total)
