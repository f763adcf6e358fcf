"""Suppression comments and configuration discovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.config import ConfigError, discover, load
from recoupe.scan import Document, Finding, Notice, ScanStats, scan_document
from scan_support import TableChecker

TABLE = {
    "Orange": ("supported", "cloudwatt-shareholder-orange", "44,4 %"),
    "Thales": ("contradicted", "cloudwatt-shareholder-thales", "22,2 %"),
}


def run(text: str, kind: str = "markdown"):
    stats = ScanStats()
    events = list(scan_document(TableChecker(TABLE), Document.from_text(text, "t.md", kind), stats=stats))
    shown = [e.statement for e in events if isinstance(e, Finding) and not e.suppressed]
    hidden = [e.statement for e in events if isinstance(e, Finding) and e.suppressed]
    notices = [(e.span.line, e.message) for e in events if isinstance(e, Notice)]
    return shown, hidden, notices, stats


def test_ignore_hides_only_the_next_sentence():
    shown, hidden, notices, stats = run("<!-- recoupe: ignore -->\nThales a 30 %. Thales a 31 %.")
    assert hidden == ["Thales a 30 %."] and shown == ["Thales a 31 %."] and not notices
    assert stats.suppressed == 1 and stats.verdicts["contradicted"] == 1


def test_ignore_with_a_claim_id_hides_only_that_claim():
    text = "<!-- recoupe: ignore[cloudwatt-shareholder-thales] -->\nOrange held 44.4% and Thales 30%."
    shown, hidden, notices, _ = run(text)
    assert shown == ["Orange held 44.4%"] and hidden == ["Thales held 30%"] and not notices


def test_off_on_range_in_text_markdown_and_html():
    for kind, text in (
        ("text", "Thales a 1 %.\n<!-- recoupe: off -->\nThales a 2 %. Orange a 3 %.\n<!-- recoupe: on -->\nThales a 4 %."),
        ("markdown", "Thales a 1 %.\n\n<!-- recoupe: off -->\n\nThales a 2 %. Orange a 3 %.\n\n<!-- recoupe: on -->\n\nThales a 4 %."),
        ("html", "<p>Thales a 1 %.</p><!-- recoupe: off --><p>Thales a 2 %. Orange a 3 %.</p><!-- recoupe: on --><p>Thales a 4 %.</p>"),
    ):
        shown, hidden, notices, _ = run(text, kind)
        assert shown == ["Thales a 1 %.", "Thales a 4 %."], kind
        assert hidden == ["Thales a 2 %.", "Orange a 3 %."], kind
        assert not notices, kind


def test_suppressions_that_suppress_nothing_are_reported():
    text = (
        "<!-- recoupe: ignore -->\nRien de vérifiable ici.\n\n"            # line 1: next sentence has no claim
        "<!-- recoupe: ignore[other-claim] -->\nThales a 30 %.\n\n"         # line 4: wrong claim id
        "<!-- recoupe: off -->\nRien.\n<!-- recoupe: on -->\n\n"            # line 7: empty range
        "<!-- recoupe: on -->\n\n"                                        # line 11: on without off
        "Orange a 44 %.\n<!-- recoupe: ignore -->\n"                       # line 14: nothing after it
    )
    shown, hidden, notices, stats = run(text)
    assert [line for line, _ in notices] == [1, 4, 7, 11, 14]
    assert "ignore[other-claim]" in notices[1][1]
    assert stats.unused_suppressions == 5
    assert shown == ["Thales a 30 %.", "Orange a 44 %."] and not hidden


def test_config_discovery_pyproject_and_yaml(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.recoupe]\nclaims = ["facts"]\nfail-on = "contradicted,unverified"\n'
        'format = "concise"\nexclude = ["drafts/"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = discover(deep)
    assert config.path == tmp_path / "pyproject.toml"
    assert config.claims == [tmp_path / "facts"]
    assert config.fail_on == ["contradicted", "unverified"]
    assert config.format == "concise" and config.exclude == ["drafts/"]
    # A nearer .recoupe.yaml wins; a pyproject.toml without [tool.recoupe] is passed over.
    (tmp_path / "a" / ".recoupe.yaml").write_text("fail-on: [disputed]\nbogus: 1\n", encoding="utf-8")
    (deep / "pyproject.toml").write_text('[project]\nname = "y"\n', encoding="utf-8")
    config = discover(deep)
    assert config.path == tmp_path / "a" / ".recoupe.yaml"
    assert config.fail_on == ["disputed"] and config.claims == []
    assert config.warnings and "bogus" in config.warnings[0]


def test_config_without_any_file_is_empty(tmp_path: Path):
    config = discover(tmp_path)
    assert config.path is None or tmp_path not in config.path.parents


def test_broken_config_is_one_clear_error(tmp_path: Path):
    bad = tmp_path / ".recoupe.yaml"
    bad.write_text("claims: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.recoupe\.yaml: not valid YAML"):
        load(bad)
    bad.write_text("claims: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'claims' must be a string or a list"):
        load(bad)
