"""`recoupe check` through typer's CliRunner and as a real installed command."""

import json
import subprocess

import pytest
from typer.testing import CliRunner

from recoupe.cli import app

runner = CliRunner()

CONTRACT_KEYS = {"statement", "verdict", "confidence", "explanation", "evidence"}
SOURCE_KEYS = {"id", "title", "date", "publisher", "url", "line", "start", "end"}


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_supported_statement_exits_0_with_quote_and_provenance():
    result = runner.invoke(app, ["check", "--format", "jsonl", "SFR détenait 47 % de Numergy"])
    assert result.exit_code == 0, result.output
    (row,) = jsonl(result.stdout)
    assert CONTRACT_KEYS <= row.keys()
    assert row["verdict"] == "supported"
    assert 0 <= row["confidence"] <= 1
    evidence = row["evidence"][0]
    assert evidence["relation"] == "supports"
    assert SOURCE_KEYS <= evidence["source"].keys()
    assert "47" in evidence["quote"]


def test_quote_is_at_its_offsets_in_the_source(checker):
    result = runner.invoke(app, ["check", "--format", "json", "Bull owned 20 % of Numergy"])
    (row,) = json.loads(result.stdout)
    for evidence in row["evidence"]:
        text = checker.database.sources[evidence["source"]["id"]].text
        assert text[evidence["source"]["start"]:evidence["source"]["end"]] == evidence["quote"]


def test_contradicted_statement_exits_1_and_names_the_source_value():
    result = runner.invoke(app, ["check", "--format", "jsonl", "SFR owned 33% of Numergy"])
    assert result.exit_code == 1
    (row,) = jsonl(result.stdout)
    assert row["verdict"] == "contradicted"
    assert "47" in row["explanation"]
    assert any(e["relation"] == "contradicts" for e in row["evidence"])


def test_unverified_statement_exits_0():
    result = runner.invoke(app, ["check", "--format", "jsonl", "Gandi employs 40 people in Bordeaux"])
    assert result.exit_code == 0
    assert jsonl(result.stdout)[0]["verdict"] == "unverified"


def test_other_period_is_unverified_not_contradicted():
    result = runner.invoke(app, ["check", "--format", "jsonl", "Numergy's 2011 revenue was €9m"])
    assert jsonl(result.stdout)[0]["verdict"] == "unverified"


def test_partial_period_is_supported_with_a_caveat():
    result = runner.invoke(app, ["check", "--format", "jsonl", "Numergy 2013 revenue 2M€"])
    (row,) = jsonl(result.stdout)
    assert row["verdict"] == "supported"
    assert any("only" in caveat for caveat in row["caveats"])


def test_stdin_keeps_order_skips_blank_lines_and_drops_nothing():
    lines = "Thales held 22,2 % of Cloudwatt\n\n   \nThales held 44,4 % of Cloudwatt\nOVH has 30 data centres\n"
    result = runner.invoke(app, ["check", "--format", "jsonl", "-"], input=lines)
    rows = jsonl(result.stdout)
    assert [r["statement"] for r in rows] == [
        "Thales held 22,2 % of Cloudwatt", "Thales held 44,4 % of Cloudwatt", "OVH has 30 data centres"]
    assert [r["verdict"] for r in rows] == ["supported", "contradicted", "unverified"]
    assert result.exit_code == 1


def test_no_argument_reads_stdin():
    result = runner.invoke(app, ["check", "--format", "json"], input="Orange détenait 44,4 % de Cloudwatt\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["verdict"] == "supported"


def test_text_output_shows_verdict_quote_and_provenance():
    result = runner.invoke(app, ["check", "Thales held 20% of Cloudwatt"])
    assert result.exit_code == 1
    assert "CONTRADICTED" in result.stdout
    assert "22,2" in result.stdout
    assert "deux-ans-apres" in result.stdout or "orange-rachat-cloudwatt" in result.stdout


def test_text_output_does_not_interpret_markup_or_escapes():
    result = runner.invoke(app, ["check", "[bold red]Numergy[/] \x1b[31m 47 %"])
    assert "[bold red]" in result.stdout
    assert "\x1b[31m" not in result.stdout


@pytest.mark.parametrize("arguments, stdin, message", [
    (["check", "-"], b"\xff\xfe not utf8\n", "not valid UTF-8"),
    (["check", "-"], b"\n\n", "no statements"),
    (["check", "x" * 20000], b"", "longer than"),
    (["check", "--format", "yaml", "x"], b"", "yaml"),
])
def test_bad_input_exits_2_with_one_line(recoupe_exe, arguments, stdin, message):
    done = subprocess.run([recoupe_exe, *arguments], input=stdin, capture_output=True, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()


def test_broken_database_exits_2(recoupe_exe, database_copy):
    (database_copy / "deux-ans-apres.yaml").write_text("claims: [\n", encoding="utf-8")
    done = subprocess.run([recoupe_exe, "check", "--no-bundled", "--claims", str(database_copy), "x"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("recoupe: error: broken claims database:")
    assert len(done.stderr.strip().splitlines()) == 1


def test_installed_command_checks_from_any_directory(recoupe_exe, tmp_path):
    done = subprocess.run([recoupe_exe, "check", "--format", "jsonl", "CDC stake 33.3%"],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "supported"


def test_python_dash_m_works(tmp_path):
    import sys

    done = subprocess.run([sys.executable, "-m", "recoupe", "check", "--format", "jsonl", "CDC 33%"],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "supported"


def test_ctrl_c_exits_130(recoupe_exe):
    import signal
    import time

    process = subprocess.Popen([recoupe_exe, "check", "-"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in stderr


def test_claims_and_sources_browsing():
    listed = runner.invoke(app, ["claims", "list", "--entity", "bull"])
    assert listed.exit_code == 0 and "bull" in listed.stdout.lower()
    claim_id = listed.stdout.splitlines()[0].split("\t")[0]
    shown = runner.invoke(app, ["claims", "show", claim_id])
    assert shown.exit_code == 0 and "«" in shown.stdout
    assert runner.invoke(app, ["claims", "show", "no-such-claim"]).exit_code == 2
    sources = runner.invoke(app, ["sources", "list"])
    assert sources.exit_code == 0 and sources.stdout.count("\n") == 5
    text = runner.invoke(app, ["sources", "show", "un-an-apres"])
    assert "Clubic Pro" in text.stdout


def test_disputed_statement_exits_1_with_both_sides():
    result = runner.invoke(app, ["check", "--format", "jsonl", "Atos bought Bull in April 2014"])
    assert result.exit_code == 1
    (row,) = jsonl(result.stdout)
    assert row["verdict"] == "disputed"
    assert {e["relation"] for e in row["evidence"]} == {"supports", "contradicts"}
    assert {e["source"]["id"] for e in row["evidence"]} >= {"deux-ans-apres", "orange-rachat-cloudwatt"}
