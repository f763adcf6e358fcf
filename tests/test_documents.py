"""Reading text, Markdown and HTML into prose with exact input positions."""

import io

import pytest

from recoupe.documents import Directive, DocumentError, Piece, decode_chunks, html_events, markdown_events, text_events
from recoupe.scan import Document, ScanStats, scan_document


class EveryFigure:
    """A checker for the library tests: every sentence with a digit is checkable; answers with
    a real Result whose highlight is the first figure. The engine itself is tested end to end elsewhere."""

    def is_checkable(self, text, context=()):
        return any(char.isdigit() for char in text)

    def check(self, text, whole=True, context=()):
        import re

        from recoupe.model import Result

        match = re.search(r"\d+(?:[.,]\d+)?\s?%?", text)
        return Result(text, "unverified", 0.5, "test", highlights=((match.start(), match.end()),) if match else ())


def prose(events):
    return "".join(e.text if isinstance(e, Piece) else "|" for e in events if not isinstance(e, Directive))


def findings(text, kind="text", chunks=None):
    """One finding per sentence (the first claim of each)."""
    document = Document(name="doc", kind=kind, chunks=chunks or (text,), text=text)
    found, seen = [], set()
    for event in scan_document(EveryFigure(), document, stats=ScanStats()):
        if hasattr(event, "sentence_span") and event.sentence_span not in seen:
            seen.add(event.sentence_span)
            found.append(event)
    return found


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_line_col_and_spans_with_multibyte_characters_and_crlf():
    text = "Préambule : l’État\u00a0a payé.\r\nÇa coûte 150 millions d’€ 🙂 en 2012.\r\n\r\n« Élan » : 33,3 % du capital.\r\n"
    found = findings(text)
    assert [f.sentence for f in found] == ["Ça coûte 150 millions d’€ 🙂 en 2012.", "« Élan » : 33,3 % du capital."]
    for finding in found:
        span = finding.sentence_span
        assert text[span.start:span.end] == finding.sentence
        assert (span.line, span.col) == line_col(text, span.start)
        assert (span.end_line, span.end_col) == line_col(text, span.end)
        for highlight in finding.highlights:
            assert text[highlight.start:highlight.end].strip()[0].isdigit()
            assert (highlight.line, highlight.col) == line_col(text, highlight.start)
    assert (found[1].sentence_span.line, found[1].sentence_span.col) == (4, 1)
    assert (found[0].sentence_span.line, found[0].sentence_span.col) == (2, 1)


def test_streamed_input_gives_the_same_positions_as_a_whole_file():
    text = ("Orange détient 44,4 %. " * 50 + "\r\n") * 20 + "Dernière phrase à 3 %."
    whole = [(f.sentence_span, f.sentence) for f in findings(text)]
    stream = decode_chunks(io.BytesIO(text.encode()), "stdin", chunk_size=7)
    streamed = [(f.sentence_span, f.sentence) for f in findings(text, chunks=stream)]
    assert streamed == whole


def test_markdown_non_prose_is_left_out_and_positions_map_back():
    text = (
        "---\ntitle: Numergy 47 %\n---\n"
        "# Cloudwatt à 44,4 %\n\n"
        "Orange held **44.4%** of [Cloudwatt](https://example.org/a_44 \"t 44\") in `code 12%`.\n"
        "<!-- a comment with 99 % -->\n"
        "```\nfenced 88 %\n```\n\n"
        "    indented 77 %\n\n"
        "- first item 1 %\n- second item 2 %\n\n"
        "| who | share |\n|---|---|\n| SFR | 47 % |\n"
        "![chart 66 %](img.png) Image alt is not prose.\n"
    )
    found = findings(text, "markdown")
    seen = [f.sentence for f in found]
    assert seen == ["Cloudwatt à 44,4 %", "Orange held 44.4% of Cloudwatt in  .", "first item 1 %", "second item 2 %", "47 %"]
    for number in ("99", "88", "77", "66", "12", "Numergy"):
        assert not any(number in sentence for sentence in seen)
    heading, paragraph = found[0], found[1]
    assert text[heading.sentence_span.start:heading.sentence_span.end] == "Cloudwatt à 44,4 %"
    assert (heading.sentence_span.line, heading.sentence_span.col) == (4, 3)
    # The highlight of "44.4%" points at the characters inside **…** in the file.
    highlight = paragraph.highlights[0]
    assert text[highlight.start:highlight.end] == "44.4%"
    assert (highlight.line, highlight.col) == line_col(text, highlight.start)
    assert text[paragraph.sentence_span.start:paragraph.sentence_span.end].startswith("Orange held **44.4%**")


def test_html_visible_text_only_with_entities_mapped_back():
    text = (
        "<!DOCTYPE html><html><head><title>Numergy 47 %</title><style>p{x:1}</style></head>\n"
        "<body><script>var a = '99 %';</script>\n"
        "<p>Orange &amp; Thal&egrave;s ont\n 44,4&nbsp;% et <b>22,2 %</b>.</p>"
        "<p hidden>caché 12 %</p><div style=\"display: none\">caché 13 %</div>"
        "<pre>code 14 %</pre><p>Le 3<sup>e</sup> acteur, à 20 %.</p></body></html>"
    )
    found = findings(text, "html")
    assert [f.sentence for f in found] == ["Orange & Thalès ont\n 44,4\u00a0% et 22,2 %.", "Le 3e acteur, à 20 %."]
    first = found[0]
    assert text[first.sentence_span.start:first.sentence_span.end].startswith("Orange &amp; Thal&egrave;s")
    assert text[first.sentence_span.start:first.sentence_span.end].endswith("22,2 %</b>.")
    assert (first.sentence_span.line, first.sentence_span.col) == line_col(text, first.sentence_span.start)
    assert (first.sentence_span.end_line, first.sentence_span.end_col) == line_col(text, first.sentence_span.end)
    # Streaming the HTML in tiny chunks maps to the same places.
    stream = decode_chunks(io.BytesIO(text.encode()), "x.html", chunk_size=5)
    assert [(f.sentence_span, f.sentence) for f in findings(text, "html", chunks=stream)] == [
        (f.sentence_span, f.sentence) for f in found]


def test_suppression_comments_are_read_in_every_kind():
    for kind, text in (("text", "a <!-- recoupe: ignore[x-1, y] --> b"), ("markdown", "a <!-- recoupe: off --> b"),
                       ("html", "<p>a</p><!-- recoupe: on --><p>b</p>")):
        reader = {"text": text_events, "markdown": markdown_events, "html": html_events}[kind]
        directives = [e for e in reader([text]) if isinstance(e, Directive)]
        assert len(directives) == 1
        directive = directives[0]
        assert text[directive.start:directive.end] == directive.text
    assert [e.claim_ids for e in text_events(["<!-- recoupe: ignore[x-1, y] -->"]) if isinstance(e, Directive)] == [("x-1", "y")]


def test_binary_and_invalid_utf8_are_refused_with_one_line():
    with pytest.raises(DocumentError, match="not a text file"):
        list(decode_chunks(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"), "img.png"))
    with pytest.raises(DocumentError, match=r"latin\.txt: not valid UTF-8 \(byte 3\)"):
        list(decode_chunks(io.BytesIO(b"abc\xe9t\xe9"), "latin.txt", chunk_size=2))


def test_a_bom_is_not_a_column():
    text = "\ufeffOrange 44 %."
    stream = decode_chunks(io.BytesIO(text.encode()), "bom.txt")
    found = findings(text[1:], chunks=stream)
    assert (found[0].sentence_span.line, found[0].sentence_span.col, found[0].sentence_span.start) == (1, 1, 0)
