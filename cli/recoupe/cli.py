"""The `recoupe` command: a thin layer over the library API.

Exit codes follow linters: 0 nothing wrong, 1 something contradicted or
disputed, 2 usage errors / broken database / unreadable input, 130 on Ctrl-C.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import click
import typer

EXIT_OK, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

app = typer.Typer(
    help="Cross-check statements against a curated, sourced claims database.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
claims_app = typer.Typer(help="Browse and validate the claims database.", no_args_is_help=True)
sources_app = typer.Typer(help="Browse the source texts the claims quote.", no_args_is_help=True)
app.add_typer(claims_app, name="claims")
app.add_typer(sources_app, name="sources")

from . import cli_scan  # noqa: E402

app.command("scan")(cli_scan.scan)


class Failure(click.ClickException):
    """An error the user can fix: printed as one line, exit 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        print(f"recoupe: error: {self.message}", file=file or sys.stderr)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


ClaimsOption = typer.Option(
    None, "--claims", help="Extra claims database (directory or YAML file); repeatable.")
NoBundledOption = typer.Option(False, "--no-bundled", help="Leave the bundled database out.")


def configured_claims(claims: Optional[List[Path]]) -> list[Path]:
    """The databases to add: `--claims` when given, else the configuration file's `claims`."""
    if claims:
        return list(claims)
    from .config import ConfigError, discover

    try:
        return list(discover().claims)
    except ConfigError as error:
        raise Failure(str(error)) from None


def _checker(claims: Optional[List[Path]], no_bundled: bool):
    from .api import Checker
    from .database import DatabaseError

    try:
        return Checker.load(configured_claims(claims), bundled=not no_bundled)
    except DatabaseError as error:
        raise Failure(str(error)) from None


def _source(database, source_id: str):
    source = database.sources.get(source_id)
    if source is None:
        raise Failure(f"no source with id {source_id!r} (see `recoupe sources list`)")
    return source


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, markup=False, emoji=False)


def read_statements(arguments: List[str]) -> list[str]:
    """Statements from the arguments, or one per line from stdin for `-` or none."""
    if arguments and arguments != ["-"]:
        if "-" in arguments:
            raise Failure("`-` (standard input) cannot be mixed with statements given as arguments")
        return list(arguments)
    if sys.stdin is None:
        raise Failure("no statements given and no standard input")
    if sys.stdin.isatty():
        print("recoupe: reading statements from standard input, one per line (Ctrl-D to end)", file=sys.stderr)
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Failure(f"standard input is not valid UTF-8 (byte {error.start})") from None
    if "\x00" in text:
        raise Failure("standard input is binary, not text")
    return [line.strip() for line in text.splitlines() if line.strip()]


@app.command()
def check(
    statements: Optional[List[str]] = typer.Argument(
        None, help="Statements to check; `-` or none reads them from stdin, one per line."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """Check statements: supported, contradicted, disputed or unverified, with sources."""
    from .api import StatementError
    from .render import render_text, write_json, write_jsonl

    texts = read_statements(statements or [])
    if not texts:
        raise Failure("no statements to check")
    checker = _checker(claims, no_bundled)
    results = []
    for number, text in enumerate(texts, start=1):
        try:
            results.append(checker.check(text))
        except StatementError as error:
            raise Failure(f"statement {number}: {error}") from None
    if output_format is OutputFormat.jsonl:
        write_jsonl(results, sys.stdout)
    elif output_format is OutputFormat.json:
        write_json(results, sys.stdout)
    else:
        render_text(results, _console())
    flagged = any(r.verdict in ("contradicted", "disputed") for r in results)
    raise typer.Exit(EXIT_FOUND if flagged else EXIT_OK)


@claims_app.command("validate")
def claims_validate(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Databases to validate (directories or YAML files), on top of the ones a check loads."),
    examples: bool = typer.Option(False, "--examples", help="Also check that every claim's examples get their verdict."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """Check schema, ids, and that every quote is verbatim at its span. Lists every problem.

    The databases are validated together with the ones a check would load
    (the bundled one unless --no-bundled, --claims or the configuration's),
    since a newsroom's claims may be about the bundled entities."""
    from .database import database_directories, read_database
    from .validate import example_failures

    directories = database_directories(configured_claims(claims) if not paths or claims else [], not no_bundled)
    directories += list(paths or [])
    if not directories:
        raise Failure("nothing to validate: give a database, or leave out --no-bundled")
    database, problems = read_database(directories)
    if examples and not problems:
        problems = example_failures(database)
    for problem in problems:
        print(str(problem), file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR)
    references = sum(len(c.references) for c in database.claims)
    examples = sum(len(c.examples) for c in database.claims)
    print(f"ok: {len(database.claims)} claims, {references} references, {examples} examples, "
          f"{len(database.entities)} entities, {len(database.properties)} properties, "
          f"{len(database.sources)} sources")


@claims_app.command("list")
def claims_list(
    entity: Optional[str] = typer.Option(None, help="Only claims naming this entity id."),
    property_id: Optional[str] = typer.Option(None, "--property", help="Only claims of this property."),
    source: Optional[str] = typer.Option(None, help="Only claims quoting this source id."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """One line per claim: id, subject, property, value."""
    from .browse import claim_line, filter_claims

    checker = _checker(claims, no_bundled)
    for claim in filter_claims(checker.database, entity=entity, property_id=property_id, source=source):
        print(claim_line(claim, checker.database))


@claims_app.command("show")
def claims_show(
    claim_id: str = typer.Argument(..., help="Claim id."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """A claim in full: value, qualifiers, quotes and provenance, examples."""
    from .browse import show_claim

    checker = _checker(claims, no_bundled)
    claim = checker.database.claim(claim_id)
    if claim is None:
        raise Failure(f"no claim with id {claim_id!r} (see `recoupe claims list`)")
    show_claim(claim, checker.database, _console())


@claims_app.command("conflicts")
def claims_conflicts(
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text, json or jsonl."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """Points on which claims disagree (same subject, property, keys and period; different values),
    across every loaded database. Exit 1 when there are any."""
    import json

    from .curate import conflict_dict, conflict_lines, conflicts

    database = _checker(claims, no_bundled).database
    found = list(conflicts(database))
    if output_format is OutputFormat.json:
        print(json.dumps([conflict_dict(c, database) for c in found], ensure_ascii=False, indent=2))
    elif output_format is OutputFormat.jsonl:
        for conflict in found:
            print(json.dumps(conflict_dict(conflict, database), ensure_ascii=False))
    else:
        for conflict in found:
            print("\n".join(conflict_lines(conflict, database)))
        print(f"{len(found)} point(s) on which claims disagree", file=sys.stderr)
    raise typer.Exit(EXIT_FOUND if found else EXIT_OK)


@claims_app.command("new")
def claims_new(
    source: str = typer.Argument(..., help="Source id (see `recoupe sources list`) or path to the source text."),
    quote: Optional[str] = typer.Argument(None, help="Verbatim quote from the source."),
    line: Optional[int] = typer.Option(None, "--line", "-l", help="Quote this whole line of the source instead."),
    occurrence: int = typer.Option(1, "--occurrence", help="Which occurrence of the quote, when it appears more than once."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """Print a claim skeleton for a quote: the span computed, subject, property and value guessed."""
    from .curate import skeleton
    from .sources import SourceError, line_of, locate, read_text

    if (quote is None) == (line is None):
        raise Failure("give either a quote or --line N")
    if occurrence < 1:
        raise Failure("--occurrence counts from 1")
    checker = _checker(claims, no_bundled)
    database = checker.database
    found = database.sources.get(source)
    if found is None and ":" not in source:
        matching = [s for s in database.sources.values() if s.id.endswith(":" + source)]
        found = matching[0] if len(matching) == 1 else None
    note = ""
    if found is not None:
        text, source_ref = found.text, found.id
    elif Path(source).is_file():
        path = Path(source).resolve()
        try:
            text = read_text(path)
        except SourceError as error:
            raise Failure(str(error)) from None
        known = [s for s in database.sources.values() if s.file == path.name and s.text == text]
        if known:
            source_ref = known[0].id
        else:
            source_ref = path.stem
            note = f"TODO: add {path.name} to the sources.yaml manifest as id {path.stem}"
    else:
        raise Failure(f"no source with id {source!r} and no such file (see `recoupe sources list`)")
    if line is not None:
        lines = text.split("\n")
        if not 1 <= line <= len(lines):
            raise Failure(f"--line {line}: the source has {len(lines)} lines")
        start = sum(len(previous) + 1 for previous in lines[:line - 1])
        body = lines[line - 1].rstrip("\r")
        stripped = body.strip()
        if not stripped:
            raise Failure(f"line {line} of the source is empty")
        start += len(body) - len(body.lstrip())
        quote, end = stripped, start + len(stripped)
    else:
        try:
            start, end, _ = locate(text, quote, occurrence)
        except SourceError as error:
            raise Failure(str(error)) from None
    print(skeleton(checker, found, source_ref, quote, start, end, line_of(text, start), note), end="")


@claims_app.command("locate")
def claims_locate(
    source_id: str = typer.Argument(..., help="Source id."),
    quote: str = typer.Argument(..., help="Verbatim quote to find."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """Print the span of a quote in a source, ready for a claim's reference."""
    from .sources import SourceError, locate

    source = _source(_checker(claims, no_bundled).database, source_id)
    try:
        start, end, line = locate(source.text, quote)
    except SourceError as error:
        raise Failure(str(error)) from None
    print(f"- source: {source_id}\n  quote: {quote!r}\n  start: {start}\n  end: {end}\n  line: {line}")


@sources_app.command("list")
def sources_list(
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """One line per source: id, date, title."""
    database = _checker(claims, no_bundled).database
    for source in database.sources.values():
        cited = sum(1 for c in database.claims for r in c.references if r.source == source.id)
        print(f"{source.id}\t{source.date or source.date_hint or 'undated'}\t{source.title}\t({cited} references)")


@sources_app.command("show")
def sources_show(
    source_id: str = typer.Argument(..., help="Source id."),
    claims: Optional[List[Path]] = ClaimsOption,
    no_bundled: bool = NoBundledOption,
) -> None:
    """A source's metadata and its full text with line numbers."""
    from .render import visible

    source = _source(_checker(claims, no_bundled).database, source_id)
    for field in ("id", "title", "language", "date", "date_hint", "publisher", "author", "url", "file"):
        print(f"{field}: {getattr(source, field)}")
    print()
    for number, line in enumerate(source.text.split("\n"), start=1):
        print(f"{number:4d}  {visible(line)}")


def main() -> None:
    """Entry point: run the app and turn every failure into an exit code and one line."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="recoupe", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        print("recoupe: interrupted", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except click.ClickException as error:
        error.show()
        code = error.exit_code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_BROKEN_PIPE
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        where = error.__traceback__
        while where and where.tb_next:
            where = where.tb_next
        place = f" at {where.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{where.tb_lineno}" if where else ""
        print(f"recoupe: internal error: {type(error).__name__}: {error}{place} (please report it)", file=sys.stderr)
        code = EXIT_ERROR
    sys.exit(code if isinstance(code, int) else EXIT_OK)
