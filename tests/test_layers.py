"""Layered databases: a newsroom's own claims beside the bundled ones, namespaced and validated."""

from __future__ import annotations

import subprocess
from pathlib import Path

from typer.testing import CliRunner

from recoupe.api import Checker
from recoupe.cli import app
from recoupe.database import read_database, database_directories

runner = CliRunner()

SOURCE = "Le chiffre d'affaires de Numergy a atteint 6 millions d'euros en 2015.\nDeuxième ligne.\n"
QUOTE = "Le chiffre d'affaires de Numergy a atteint 6 millions d'euros en 2015."


def newsroom(root: Path, name: str = "newsroom", claim_id: str = "numergy-revenue-2015", amount: int = 6_000_000,
             namespace: str | None = None, extra: str = "") -> Path:
    """A small user database about a bundled entity, with its own source."""
    claims = root / name / "claims"
    (claims / "sources").mkdir(parents=True)
    (claims / "sources" / "article.txt").write_text(SOURCE, encoding="utf-8")
    (claims / "sources" / "sources.yaml").write_text(
        "- {id: article, file: article.txt, title: Un article, date: 2016-01-10}\n", encoding="utf-8")
    if namespace:
        (claims / "recoupe.yaml").write_text(f"namespace: {namespace}\n", encoding="utf-8")
    (claims / "facts.yaml").write_text(f"""\
claims:
  - id: {claim_id}
    subject: numergy
    property: revenue
    value: {{amount: {amount}, unit: EUR}}
    qualifiers: {{period: "2015"}}
    references:
      - source: article
        quote: "{QUOTE}"
        start: 0
        end: {len(QUOTE)}
        line: 1
{extra}""", encoding="utf-8")
    return claims


def test_a_newsroom_database_extends_the_bundled_one(tmp_path):
    claims = newsroom(tmp_path)
    checker = Checker.from_database(read_database(database_directories([claims]))[0])
    result = checker.check("Numergy 2015 revenue 6M€")
    assert result.verdict == "supported", result.explanation
    assert result.evidence[0].claim_id == "newsroom:numergy-revenue-2015"
    assert result.evidence[0].source.id == "newsroom:article"
    assert checker.check("Numergy's 2015 revenue was 9 million euros").verdict == "contradicted"
    # the bundled claims are still there, under their own ids
    assert checker.check("SFR held 47% of Numergy").evidence[0].claim_id == "numergy-shareholder-sfr"


def test_namespace_comes_from_the_manifest_or_the_directory(tmp_path):
    plain = newsroom(tmp_path, "lemonde")
    named = newsroom(tmp_path, "other", namespace="liberation")
    database, problems = read_database(database_directories([plain, named]))
    assert problems == []
    ids = {claim.id for claim in database.claims}
    assert {"lemonde:numergy-revenue-2015", "liberation:numergy-revenue-2015"} <= ids
    # a bare id finds a namespaced claim when only one database has it
    assert database.claim("lemonde:numergy-revenue-2015") is not None
    assert database.claim("numergy-revenue-2015") is None  # two databases have it: ambiguous


def test_same_claim_id_in_two_databases_is_no_collision_but_same_namespace_is_an_error(tmp_path):
    first = newsroom(tmp_path / "a", "desk")
    second = newsroom(tmp_path / "b", "desk")
    _, problems = read_database(database_directories([first, second]))
    assert len(problems) == 1
    assert "namespace 'desk' is also the namespace of" in problems[0].message
    assert str(first) in problems[0].message and problems[0].file == str(second)


def test_an_entity_defined_twice_is_an_error_naming_both_places(tmp_path):
    claims = newsroom(tmp_path)
    (claims / "entities.yaml").write_text(
        "entities:\n  - id: numergy\n    type: organisation\n    label: Numergy\n", encoding="utf-8")
    _, problems = read_database(database_directories([claims]))
    messages = [str(p) for p in problems]
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"{claims / 'entities.yaml'}:2:5: duplicate entity id 'numergy' (first defined at ")
    assert "claims/entities.yaml:" in messages[0]


def test_extends_adds_aliases_to_a_bundled_entity(tmp_path):
    claims = newsroom(tmp_path)
    (claims / "entities.yaml").write_text(
        "entities:\n  - extends: numergy\n    aliases: [Le cloud de SFR]\n", encoding="utf-8")
    database, problems = read_database(database_directories([claims]))
    assert problems == []
    assert "Le cloud de SFR" in database.entities["numergy"].aliases
    checker = Checker.from_database(database)
    assert checker.check("Le cloud de SFR 2015 revenue 6M€").verdict == "supported"


def test_extends_unknown_or_with_other_fields_is_reported(tmp_path):
    claims = newsroom(tmp_path)
    (claims / "entities.yaml").write_text(
        "entities:\n  - extends: nobody\n    aliases: [x]\n  - extends: numergy\n    type: person\n", encoding="utf-8")
    _, problems = read_database(database_directories([claims]))
    messages = sorted(str(p) for p in problems)
    assert any(":2:5: extends unknown entity 'nobody'" in m for m in messages), messages
    assert any(":4:5: extends 'numergy': only aliases, members, part_of can be added" in m for m in messages), messages


def test_entity_and_property_problems_carry_their_file_and_line(tmp_path):
    claims = newsroom(tmp_path)
    (claims / "entities.yaml").write_text(
        "entities:\n  - id: desk-group\n    type: group\n    label: Desk\n    members: [numergy, ghost]\n",
        encoding="utf-8")
    (claims / "properties.yaml").write_text(
        "properties:\n  - id: desk-revenue\n    label: x\n    value_type: quantity\n    broader: nothing\n",
        encoding="utf-8")
    _, problems = read_database(database_directories([claims]))
    messages = sorted(str(p) for p in problems)
    assert f"{claims / 'entities.yaml'}:2:5: entity 'desk-group': unknown entity 'ghost'" in messages
    assert f"{claims / 'properties.yaml'}:2:5: property 'desk-revenue': unknown broader property 'nothing'" in messages


def test_validate_reports_every_problem_of_a_user_database_with_line_and_column(tmp_path):
    claims = newsroom(tmp_path, extra="""\
  - id: second
    subject: nobody
    property: revenue
    value: {amount: 1, unit: EUR}
    references:
      - {source: article, quote: "Deuxième ligne.", start: 3, end: 18, line: 2}
""")
    result = runner.invoke(app, ["claims", "validate", str(claims)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[-1] == "2 problem(s) found"
    assert f"{claims / 'facts.yaml'}:13:5: claim 'newsroom:second': unknown subject entity 'nobody'" in lines
    assert any(l.startswith(f"{claims / 'facts.yaml'}:13:5: claim 'newsroom:second': quote is not at 3:18") for l in lines)
    ok = runner.invoke(app, ["claims", "validate", str(newsroom(tmp_path / "fine"))])
    assert ok.exit_code == 0 and ok.stdout.startswith("ok: ")


def test_a_source_outside_the_database_through_a_symlink_is_refused(tmp_path):
    claims = newsroom(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    (claims / "sources" / "link.txt").symlink_to(secret)
    (claims / "sources" / "sources.yaml").write_text(
        "- {id: article, file: article.txt, title: a}\n- {id: leak, file: link.txt, title: b}\n", encoding="utf-8")
    _, problems = read_database(database_directories([claims]))
    assert any("'link.txt' is outside" in p.message for p in problems)


def test_a_claims_file_linking_outside_the_database_is_refused(tmp_path):
    claims = newsroom(tmp_path)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("claims: []\n", encoding="utf-8")
    (claims / "linked.yaml").symlink_to(outside)
    _, problems = read_database(database_directories([claims]))
    assert [p.message for p in problems] == [f"links outside the database directory {claims}; refused"]


def test_cli_check_reads_claims_from_the_configuration(tmp_path, recoupe_exe):
    newsroom(tmp_path)
    (tmp_path / ".recoupe.yaml").write_text("claims: [newsroom/claims]\n", encoding="utf-8")
    done = subprocess.run([recoupe_exe, "check", "--format", "jsonl", "Numergy 2015 revenue 6M€"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert '"claim_id": "newsroom:numergy-revenue-2015"' in done.stdout


def test_claims_show_accepts_a_bare_id_when_unambiguous(tmp_path):
    claims = newsroom(tmp_path)
    shown = runner.invoke(app, ["claims", "show", "--claims", str(claims), "numergy-revenue-2015"])
    assert shown.exit_code == 0, shown.output
    assert "newsroom:numergy-revenue-2015" in shown.stdout


def test_conflicts_lists_disagreements_across_databases(tmp_path):
    mine = newsroom(tmp_path, "mine")
    theirs = newsroom(tmp_path, "theirs", amount=9_000_000)
    (theirs / "sources" / "article.txt").write_text(SOURCE.replace("6 millions", "9 millions"), encoding="utf-8")
    (theirs / "facts.yaml").write_text(
        (theirs / "facts.yaml").read_text(encoding="utf-8").replace("6 millions", "9 millions"), encoding="utf-8")
    result = runner.invoke(app, ["claims", "conflicts", "--claims", str(mine), "--claims", str(theirs),
                                 "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    import json

    (conflict,) = [c for c in map(json.loads, result.stdout.splitlines()) if c["point"].startswith("Numergy · revenue")]
    assert conflict["property"] == "revenue" and conflict["subject"] == "numergy"
    assert {c["id"] for c in conflict["claims"]} == {"mine:numergy-revenue-2015", "theirs:numergy-revenue-2015"}
    alone = runner.invoke(app, ["claims", "conflicts", "--claims", str(mine), "--format", "jsonl"])
    assert "mine:" not in alone.stdout


def test_bundled_conflicts_include_the_disputed_bull_date():
    result = runner.invoke(app, ["claims", "conflicts", "--format", "json"])
    assert result.exit_code == 1
    assert "bull-acquired-by-atos-2014-04" in result.stdout


def test_claims_new_prints_a_skeleton_that_validates_once_filled(tmp_path):
    claims = newsroom(tmp_path)
    result = runner.invoke(app, ["claims", "new", "--claims", str(claims), "article", "chiffre d'affaires de Numergy a atteint 6 millions d'euros en 2015"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "    property: revenue" in out and "value: {amount: 6000000, unit: EUR}" in out
    assert '      period: "2015"' in out
    start = SOURCE.index("chiffre")
    assert f"        start: {start}\n        end: {len(QUOTE) - 1}\n        line: 1" in out
    by_line = runner.invoke(app, ["claims", "new", "--claims", str(claims), "--line", "1",
                                  str(claims / "sources" / "article.txt")])
    assert by_line.exit_code == 0, by_line.output
    assert "subject: numergy" in by_line.stdout and "source: newsroom:article" not in by_line.stdout
    # the skeleton, with its id filled in, is a valid claim
    skeleton = by_line.stdout.replace("TODO a statement", "Numergy").replace("TODO one", "Numergy")
    (claims / "new.yaml").write_text(skeleton.replace("numergy-revenue-2015 ", "fresh "), encoding="utf-8")
    _, problems = read_database(database_directories([claims]))
    assert problems == [], problems


def test_claims_new_errors_are_one_line(tmp_path):
    for arguments, message in (
        (["claims", "new", "deux-ans-apres"], "give either a quote or --line N"),
        (["claims", "new", "nope", "x"], "no source with id 'nope'"),
        (["claims", "new", "deux-ans-apres", "absent quote"], "quote not found"),
        (["claims", "new", "deux-ans-apres", "--line", "100000"], "--line 100000: the source has"),
    ):
        result = runner.invoke(app, arguments)
        assert result.exit_code == 2, (arguments, result.output)
        assert message in result.output
