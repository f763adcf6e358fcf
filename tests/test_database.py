"""The bundled database is valid, and validation catches a broken copy with file:line."""

from pathlib import Path

from typer.testing import CliRunner

from recoupe.cli import app
from recoupe.database import read_database

runner = CliRunner()


def test_bundled_database_validates():
    result = runner.invoke(app, ["claims", "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok: ")


def test_bundled_database_is_large_and_fully_sourced(checker):
    database = checker.database
    assert len(database.claims) >= 100
    assert set(database.sources) == {
        "deux-ans-apres", "orange-rachat-cloudwatt", "un-an-apres", "ambitions-2012", "strategie-industrielle"}
    quoted = {r.source for c in database.claims for r in c.references}
    assert quoted == set(database.sources)


def test_sources_are_byte_identical_to_shared_copies():
    shared = Path(__file__).resolve().parents[2] / "shared" / "sources"
    if not shared.is_dir():
        return
    from recoupe.database import bundled_location

    sources = bundled_location()[1]
    for path in shared.glob("*.txt"):
        assert (sources / path.name).read_bytes() == path.read_bytes(), path.name


def _break_first_quote(claims_dir: Path) -> tuple[Path, int]:
    path = claims_dir / "deux-ans-apres.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.strip().startswith("start:"):
            indent = line[: len(line) - len(line.lstrip())]
            value = int(line.split(":")[1])
            lines[number] = f"{indent}start: {value + 3}\n"
            path.write_text("".join(lines), encoding="utf-8")
            return path, number + 1
    raise AssertionError("no reference found")


def test_validate_fails_on_a_moved_span_naming_file_and_line(database_copy):
    path, _ = _break_first_quote(database_copy)
    result = runner.invoke(app, ["claims", "validate", "--no-bundled", str(database_copy)])
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0] if result.stderr else result.output.splitlines()[0]
    assert first.startswith(f"{path}:")
    assert "quote is not at" in first


def test_validate_reports_every_problem_with_its_line(database_copy):
    path = database_copy / "deux-ans-apres.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("property: revenue", "property: no-such-property", 1)
    text = text.replace("subject: numergy", "subject: no-such-entity", 1)
    path.write_text(text, encoding="utf-8")
    _, problems = read_database([database_copy])
    messages = [str(p) for p in problems]
    assert any("unknown property 'no-such-property'" in m for m in messages)
    assert any("unknown subject entity 'no-such-entity'" in m for m in messages)
    for problem in problems:
        assert problem.file == str(path) and problem.line > 1


def test_validate_reports_yaml_syntax_errors_with_line(database_copy):
    path = database_copy / "broken.yaml"
    path.write_text("claims:\n  - id: x\n    subject: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["claims", "validate", "--no-bundled", str(database_copy)])
    assert result.exit_code == 2
    assert f"{path}:" in result.stderr
    assert "YAML syntax error" in result.stderr


def test_duplicate_ids_are_reported(database_copy):
    source = (database_copy / "deux-ans-apres.yaml").read_text(encoding="utf-8")
    (database_copy / "copy.yaml").write_text(source, encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("duplicate claim id" in p.message and "first defined at" in p.message for p in problems)


def test_a_vocabulary_word_yaml_reads_as_a_boolean_is_reported(database_copy):
    """A bare `on` in a YAML list is True, not the word « on »: say so, with the file."""
    vocabulary = database_copy / "vocabulary.yaml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace('"on"', "on"), encoding="utf-8")
    result = runner.invoke(app, ["claims", "validate", "--no-bundled", str(database_copy)])
    assert result.exit_code == 2
    output = result.output + (result.stderr or "")
    assert "vocabulary.yaml" in output and "write it in quotes" in output


def test_an_alias_yaml_reads_as_a_boolean_is_reported(database_copy):
    entities = database_copy / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace("      - the two companies\n",
                                                                      "      - the two companies\n      - yes\n", 1),
                        encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("aliases: True is not text" in p.message for p in problems)


def test_source_path_outside_the_database_is_refused(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "sources.yaml").write_text(
        "- {id: evil, file: ../../etc/passwd, title: x}\n", encoding="utf-8")
    _, problems = read_database([tmp_path / "claims"])
    assert any("outside" in p.message for p in problems)


def test_an_unknown_speaker_is_reported(database_copy):
    path = database_copy / "un-an-apres.yaml"
    text = path.read_text(encoding="utf-8")
    assert "said_by: jean-francois-colin" in text
    path.write_text(text.replace("said_by: jean-francois-colin", "said_by: no-such-person", 1), encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("said_by: unknown entity 'no-such-person'" in str(p) for p in problems)


def test_exclusive_values_read_as_one_set_or_several(checker):
    properties = checker.database.properties
    assert len(properties["merger-considered-by"].exclusive_values) == 2
    assert all(len(groups) >= 2 for prop in properties.values() for groups in prop.exclusive_values)


def test_exclusive_values_that_mix_groups_and_sets_are_reported(database_copy):
    path = database_copy / "orange-rachat-cloudwatt.yaml"
    text = path.read_text(encoding="utf-8")
    assert "      - [[après, after, following, since], [avant, before, prior to]]\n" in text
    path.write_text(text.replace("      - [[après, after, following, since], [avant, before, prior to]]\n",
                                 "      - [après, after, following, since]\n", 1), encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("mixes groups of words and sets of groups" in p.message for p in problems)


def test_a_qualifier_in_words_that_no_quote_says_is_reported(database_copy):
    path = database_copy / "orange-rachat-cloudwatt.yaml"
    text = path.read_text(encoding="utf-8")
    before = 'qualifiers: {outcome: {text: "abandonné après les rachats de SFR et de Bull'
    assert before in text
    path.write_text(text.replace(before, 'qualifiers: {outcome: {text: "poursuivi malgré les protestations syndicales', 1),
                    encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("outcome: most of its words are in none of the claim's quotes" in p.message for p in problems)


def test_vocabulary_kinds_are_known_ones_or_a_demonstrative_of_an_entity_type(database_copy):
    (database_copy / "extra-vocabulary.yaml").write_text(
        "vocabulary:\n  anaphor_person: {en: [this man]}\n  anaphor_: {en: [this]}\n  anaphors: {en: [that]}\n",
        encoding="utf-8")
    database, problems = read_database([database_copy])
    assert database.vocabulary["anaphor_person"] == {"en": ("this man",)}
    assert sorted(p.message for p in problems) == [
        "vocabulary: unknown or malformed entry 'anaphor_'", "vocabulary: unknown or malformed entry 'anaphors'"]


def test_an_entitys_kinds_are_read_as_words(database_copy):
    database, problems = read_database([database_copy])
    assert not problems
    assert "operator" in database.entities["orange"].kinds
    entities = database_copy / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace("kinds: [operator,", "kinds: [yes, operator,", 1),
                        encoding="utf-8")
    _, problems = read_database([database_copy])
    assert any("kinds: True is not text" in p.message for p in problems)
