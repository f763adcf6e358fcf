"""Reading documents into prose: plain text, Markdown and HTML.

A reader turns a document into a stream of events, in input order:

- `Piece`: prose text with where it sits in the input (character offset,
  1-based line and column). A verbatim piece is a run of input characters
  on one line; a replacement piece is prose that stands for other input
  (`&amp;` → `&`), or a space standing for removed markup.
- `BREAK`: a block boundary (heading, paragraph, list item, table cell):
  no sentence runs across it.
- `Directive`: a suppression comment (`<!-- recoupe: ignore -->` …).

Everything streams: a reader takes the input as an iterable of string
chunks and holds one line (Markdown, text) or one unfinished tag (HTML) at
a time. What is not prose: Markdown front matter, code blocks, inline
code, link targets, images, HTML comments and tags; in HTML, everything
not shown (head, script, style, template, `hidden`, `display:none`, code).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
SCANNED_SUFFIXES = (".txt", ".md", ".markdown", ".html")
MAX_FRAGMENT = 65536  # a line longer than this is handed on in pieces of this size
CHUNK = 65536


class DocumentError(Exception):
    """A document cannot be read as text; the message names it and says why."""


@dataclass(frozen=True)
class Piece:
    text: str
    start: int
    length: int
    line: int
    col: int
    verbatim: bool = True


@dataclass(frozen=True)
class Directive:
    action: str  # "ignore", "off" or "on"
    claim_ids: tuple[str, ...]
    start: int
    end: int
    line: int
    col: int
    text: str


class _Break:
    def __repr__(self) -> str:
        return "BREAK"


BREAK = _Break()
Event = Union[Piece, Directive, _Break]

DIRECTIVE = re.compile(r"^\s*recoupe\s*:\s*(ignore|off|on)\s*(?:\[([^\]]*)\])?\s*$", re.IGNORECASE)
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def parse_directive(body: str) -> tuple[str, tuple[str, ...]] | None:
    """("ignore", ("claim-id",)) for the body of `<!-- recoupe: ignore[claim-id] -->`."""
    match = DIRECTIVE.match(body)
    if not match:
        return None
    ids = tuple(part.strip() for part in (match.group(2) or "").split(",") if part.strip())
    return match.group(1).lower(), ids


def kind_of(name: str) -> str | None:
    return TEXT_SUFFIXES.get(Path(name).suffix.lower())


# --- input: bytes to text chunks ----------------------------------------------


def decode_chunks(stream, name: str, chunk_size: int = CHUNK) -> Iterator[str]:
    """Strict incremental UTF-8 decoding of a binary stream; a leading BOM is dropped."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    consumed = 0
    first = True
    # read1: what a pipe has now, so a sentence typed or piped in is checked
    # without waiting for a whole chunk or the end of input.
    read = getattr(stream, "read1", stream.read)
    while True:
        block = read(chunk_size)
        final = not block
        if first and block:
            if b"\x00" in block[:8192]:
                raise DocumentError(f"{name}: not a text file (binary content)")
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as error:
            raise DocumentError(f"{name}: not valid UTF-8 (byte {consumed - pending + error.start})") from None
        consumed += len(block)
        if first and text:
            if text.startswith("\ufeff"):
                text = text[1:]
            first = False
        if text:
            yield text
        if final:
            return


def read_file_text(path: Path, name: str) -> str:
    """A whole file as text, strictly UTF-8, line ends untouched, BOM dropped."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{name}: is a directory") from None
    except OSError as error:
        raise DocumentError(f"{name}: {error.strerror or error}") from None
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: not a text file (binary content)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{name}: not valid UTF-8 (byte {error.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def iter_lines(chunks: Iterable[str], max_length: int = MAX_FRAGMENT) -> Iterator[tuple[str, int, int, int]]:
    """(text, offset, line, col) for each line (with its "\\n"), or fragment of an overlong line.

    Lines end at "\\n" only, so a CRLF line keeps its "\\r" as its last character
    before "\\n" and columns count characters from the start of the line.
    """
    pending = ""
    offset = 0
    line = 1
    col = 1
    for chunk in chunks:
        pending = pending + chunk if pending else chunk
        position = 0  # start of the unread part of `pending`; sliced once per chunk, not per line
        while True:
            cut = pending.find("\n", position)
            if cut < 0:
                if len(pending) - position >= max_length:
                    end = position + max_length
                    if pending[end - 1] == "\r" or "\ud800" <= pending[end - 1] <= "\udbff":
                        end -= 1
                    fragment = pending[position:end]
                    yield fragment, offset, line, col
                    offset += len(fragment)
                    col += len(fragment)
                    position = end
                    continue
                break
            text = pending[position: cut + 1]
            yield text, offset, line, col
            offset += len(text)
            line += 1
            col = 1
            position = cut + 1
        pending = pending[position:]
    if pending:
        yield pending, offset, line, col


def _verbatim(line_text: str, start: int, end: int, offset: int, line: int, col: int) -> Piece:
    return Piece(line_text[start:end], offset + start, end - start, line, col + start)


# --- plain text ------------------------------------------------------------------


def text_events(chunks: Iterable[str]) -> Iterator[Event]:
    """Plain text: every character is prose except suppression comments."""
    for text, offset, line, col in iter_lines(chunks):
        position = 0
        if "<!--" in text:
            for match in COMMENT.finditer(text):
                parsed = parse_directive(match.group(1))
                if parsed is None:
                    continue
                if match.start() > position:
                    yield _verbatim(text, position, match.start(), offset, line, col)
                yield Directive(parsed[0], parsed[1], offset + match.start(), offset + match.end(), line, col + match.start(), match.group())
                position = match.end()
        if position < len(text):
            yield _verbatim(text, position, len(text), offset, line, col)


# --- Markdown --------------------------------------------------------------------

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ATX = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*")
ATX_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$|^#+[ \t]*$")  # look-behind: linear on long space runs
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
QUOTE = re.compile(r"^ {0,3}>[ \t]?")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")
TABLE_DELIMITER = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$")  # no adjacent [ \t]*
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")


def _closing(text: str, start: int, end: int, opening: str, closing: str, within_line: bool) -> int:
    """Index of the `closing` that balances the `opening` at `start` (escapes
    skipped), or -1; with `within_line`, a newline first means none."""
    depth = 0
    index = start
    while index < end:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index
        elif char == "\n" and within_line:
            return -1
        index += 1
    return -1


def _matching_bracket(text: str, start: int, end: int) -> int:
    """Index of the "]" closing the "[" at `start`, or -1."""
    return _closing(text, start, end, "[", "]", within_line=False)


def _link_target_end(text: str, start: int, end: int) -> int:
    """For "(url "title")" starting at `start`, the index after ")", or -1."""
    close = _closing(text, start, end, "(", ")", within_line=True)
    return close + 1 if close >= 0 else -1


class _Inline:
    """Markdown inline markup of one line → prose pieces."""

    def __init__(self, text: str, offset: int, line: int, col: int) -> None:
        self.text = text
        self.offset = offset
        self.line = line
        self.col = col

    def pieces(self, start: int, end: int) -> Iterator[Event]:
        text = self.text
        run = start  # start of the pending verbatim run
        index = start

        def flush(upto: int) -> Iterator[Event]:
            if upto > run:
                yield _verbatim(text, run, upto, self.offset, self.line, self.col)

        while index < end:
            char = text[index]
            if char == "\\" and index + 1 < end and text[index + 1] in "\\`*_{}[]()#+-.!|<>~\"'":
                yield from flush(index)
                run = index + 1  # keep the escaped character, drop the backslash
                index += 2
                continue
            if char == "`":
                ticks = index
                while ticks < end and text[ticks] == "`":
                    ticks += 1
                fence = text[index:ticks]
                close = text.find(fence, ticks, end)
                while close >= 0 and close + len(fence) < end and text[close + len(fence)] == "`":
                    close = text.find(fence, close + len(fence) + 1, end)
                if close >= 0:
                    yield from flush(index)
                    yield Piece(" ", self.offset + index, 0, self.line, self.col + index, verbatim=False)
                    index = run = close + len(fence)
                    continue
                index = ticks
                continue
            if char == "<":
                comment_end = text.find("-->", index + 4, end) if text.startswith("<!--", index) else -1
                if comment_end >= 0:
                    yield from flush(index)
                    parsed = parse_directive(text[index + 4:comment_end])
                    if parsed:
                        yield Directive(parsed[0], parsed[1], self.offset + index, self.offset + comment_end + 3,
                                        self.line, self.col + index, text[index:comment_end + 3])
                    index = run = comment_end + 3
                    continue
                match = AUTOLINK.match(text, index, end) or HTML_TAG.match(text, index, end)
                if match:
                    yield from flush(index)
                    index = run = match.end()
                    continue
            if char == "&":
                match = ENTITY.match(text, index, end)
                if match:
                    import html

                    yield from flush(index)
                    yield Piece(html.unescape(match.group()), self.offset + index, match.end() - index,
                                self.line, self.col + index, verbatim=False)
                    index = run = match.end()
                    continue
            if char == "!" and index + 1 < end and text[index + 1] == "[":
                close = _matching_bracket(text, index + 1, end)
                if close >= 0 and close + 1 < end and text[close + 1] == "(":
                    target_end = _link_target_end(text, close + 1, end)
                    if target_end >= 0:
                        yield from flush(index)  # an image: its alt text is not prose
                        index = run = target_end
                        continue
            if char == "[":
                footnote = FOOTNOTE_REF.match(text, index, end)
                if footnote:
                    yield from flush(index)
                    index = run = footnote.end()
                    continue
                close = _matching_bracket(text, index, end)
                if close >= 0:
                    after = close + 1
                    target_end = -1
                    if after < end and text[after] == "(":
                        target_end = _link_target_end(text, after, end)
                    elif after < end and text[after] == "[":
                        ref_close = text.find("]", after, end)
                        target_end = ref_close + 1 if ref_close >= 0 else -1
                    if target_end >= 0:
                        yield from flush(index)
                        yield from self.pieces(index + 1, close)  # the link text is prose
                        index = run = target_end
                        continue
            if char in "*~" or (char == "_" and self._emphasis_underscore(index, end)):
                yield from flush(index)
                index += 1
                run = index
                continue
            index += 1
        yield from flush(end)

    def _emphasis_underscore(self, index: int, end: int) -> bool:
        text = self.text
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < end else " "
        return not (before.isalnum() and after.isalnum())  # snake_case keeps its underscore


def markdown_events(chunks: Iterable[str]) -> Iterator[Event]:
    fence: str | None = None
    front_matter: str | None = None
    comment: list | None = None  # [start offset, line, col, text so far]
    previous_blank = True
    previous_paragraph = False
    in_list = False
    in_table = False
    first = True
    for raw, offset, line, col in iter_lines(chunks):
        body_end = len(raw)
        while body_end and raw[body_end - 1] in "\r\n":
            body_end -= 1
        body = raw[:body_end]
        if first:
            first = False
            if col == 1 and body.rstrip() in ("---", "+++"):
                front_matter = body.rstrip()
                continue
        if front_matter is not None:
            if body.rstrip() in ((front_matter, "...") if front_matter == "---" else (front_matter,)):
                front_matter = None
                previous_blank = True
            continue
        if fence is not None:
            stripped = body.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
                previous_blank = True
            continue
        start = 0
        if comment is not None:
            close = body.find("-->")
            if close < 0:
                comment[3] += raw
                continue
            comment[3] += body[: close + 3]
            parsed = parse_directive(comment[3][4:-3])
            if parsed:
                yield Directive(parsed[0], parsed[1], comment[0], offset + close + 3, comment[1], comment[2], comment[3])
            comment = None
            start = close + 3
            if not body[start:].strip():
                continue
        if not body[start:].strip():
            yield BREAK
            previous_blank, previous_paragraph, in_table = True, False, False
            continue
        if start == 0:
            if FENCE.match(body):
                yield BREAK
                fence = FENCE.match(body).group(1)
                previous_paragraph = False
                continue
            if (body.startswith("    ") or body.startswith("\t")) and previous_blank and not in_list:
                previous_blank = False
                continue  # indented code block
            if THEMATIC.match(body) and not (previous_paragraph and SETEXT.match(body)):
                yield BREAK
                previous_blank, previous_paragraph = True, False
                continue
            if previous_paragraph and SETEXT.match(body):
                yield BREAK  # the underline of a heading
                previous_blank, previous_paragraph = True, False
                continue
            if REFERENCE_DEFINITION.match(body):
                previous_blank, previous_paragraph = False, False
                continue
            quote = QUOTE.match(body)
            while quote:
                start = quote.end()
                quote = QUOTE.match(body, start) if body[start:start + 1] == ">" else None
            heading = ATX.match(body, start)
            if heading:
                yield BREAK
                end = len(body)
                close = ATX_CLOSE.search(body, heading.end())
                if close:
                    end = close.start()
                yield from _Inline(raw, offset, line, col).pieces(heading.end(), end)
                yield BREAK
                previous_blank, previous_paragraph, in_list = False, False, False
                continue
            item = LIST_ITEM.match(body, start)
            if item:
                yield BREAK
                start = item.end()
                in_list = True
            elif previous_blank and not (body.startswith("  ") and in_list):
                in_list = False
            if "|" in body and (in_table or body.lstrip().startswith("|")):
                if TABLE_DELIMITER.match(body):
                    in_table = True
                    continue
                in_table = True
                yield BREAK
                inline = _Inline(raw, offset, line, col)
                for cell in _table_cells(body, start):
                    yield from inline.pieces(*cell)
                    yield BREAK
                previous_blank, previous_paragraph = False, False
                continue
        open_comment = body.find("<!--", start)
        end = len(raw)
        if open_comment >= 0 and body.find("-->", open_comment + 4) < 0:
            end = open_comment
            comment = [offset + open_comment, line, col + open_comment, raw[open_comment:]]
        yield from _Inline(raw, offset, line, col).pieces(start, end)
        previous_blank, previous_paragraph = False, True


def _table_cells(body: str, start: int) -> Iterator[tuple[int, int]]:
    cursor = start
    length = len(body)
    while cursor < length and body[cursor] in " \t":
        cursor += 1
    if cursor < length and body[cursor] == "|":
        cursor += 1
    cell = cursor
    index = cursor
    while index < length:
        if body[index] == "\\":
            index += 2
            continue
        if body[index] == "|":
            yield cell, index
            cell = index + 1
        index += 1
    if body[cell:].strip():
        yield cell, length


# --- HTML -----------------------------------------------------------------------

HIDDEN_TAGS = frozenset(
    "head title script style template noscript svg math code pre kbd samp textarea select option iframe object canvas audio video".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p section summary table tbody td tfoot th thead tr ul
    legend label button""".split()
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
ENTITY_NAME = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*);?")
CHAR_REF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);?")


def html_events(chunks: Iterable[str]) -> Iterator[Event]:
    """Visible text of an HTML document, with positions in the HTML source."""
    import html as html_module
    from html.parser import HTMLParser

    events: list[Event] = []

    class Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.skip: list[str] = []
            self.window = ""  # fed text from `window_base` on
            self.window_base = 0
            self.line_starts = {1: 0}  # line → offset, for lines not yet fully parsed
            self.fed = 0
            self.fed_line = 1

        def add(self, chunk: str) -> None:
            position = 0
            while True:
                cut = chunk.find("\n", position)
                if cut < 0:
                    break
                self.fed_line += 1
                self.line_starts[self.fed_line] = self.fed + cut + 1
                position = cut + 1
            self.fed += len(chunk)
            self.window += chunk
            self.feed(chunk)
            # Forget what the parser has passed.
            line = self.getpos()[0]
            for old in [key for key in self.line_starts if key < line]:
                del self.line_starts[old]
            keep_from = self.line_starts[line]
            if keep_from > self.window_base:
                self.window = self.window[keep_from - self.window_base:]
                self.window_base = keep_from

        def where(self) -> tuple[int, int, int]:
            line, col = self.getpos()
            return self.line_starts[line] + col, line, col + 1

        def raw(self, start: int, length: int) -> str:
            return self.window[start - self.window_base: start - self.window_base + length]

        def _hidden(self, tag: str, attrs) -> bool:
            if tag in HIDDEN_TAGS:
                return True
            for name, value in attrs:
                if name == "hidden":
                    return True
                if name == "style" and value and HIDDEN_STYLE.search(value):
                    return True
            return False

        def handle_starttag(self, tag, attrs):
            if self.skip:
                if tag == self.skip[-1] or tag in HIDDEN_TAGS and tag not in VOID_TAGS:
                    self.skip.append(tag)
                return
            if tag in BLOCK_TAGS:
                events.append(BREAK)
            elif tag == "br":
                start, line, col = self.where()
                events.append(Piece("\n", start, 0, line, col, verbatim=False))
            if tag not in VOID_TAGS and self._hidden(tag, attrs):
                self.skip.append(tag)

        def handle_startendtag(self, tag, attrs):
            if not self.skip and tag in BLOCK_TAGS:
                events.append(BREAK)
            elif not self.skip and tag == "br":
                start, line, col = self.where()
                events.append(Piece("\n", start, 0, line, col, verbatim=False))

        def handle_endtag(self, tag):
            if self.skip:
                if tag == self.skip[-1]:
                    self.skip.pop()
                elif tag in self.skip:
                    while self.skip and self.skip.pop() != tag:
                        pass
                return
            if tag in BLOCK_TAGS:
                events.append(BREAK)

        def handle_data(self, data):
            if self.skip or not data:
                return
            start, line, col = self.where()
            position = 0
            while position < len(data):
                cut = data.find("\n", position)
                stop = len(data) if cut < 0 else cut + 1
                events.append(Piece(data[position:stop], start + position, stop - position, line, col))
                position = stop
                line, col = line + 1, 1  # the next piece starts a line

        def _reference(self, pattern: re.Pattern, text: str) -> None:
            if self.skip:
                return
            start, line, col = self.where()
            match = pattern.match(self.raw(start, 40))
            length = match.end() if match else len(text)
            events.append(Piece(html_module.unescape(text), start, length, line, col, verbatim=False))

        def handle_entityref(self, name):
            self._reference(ENTITY_NAME, f"&{name};")

        def handle_charref(self, name):
            self._reference(CHAR_REF, f"&#{name};")

        def handle_comment(self, data):
            parsed = parse_directive(data)
            if parsed:
                start, line, col = self.where()
                events.append(Directive(parsed[0], parsed[1], start, start + len(data) + 7, line, col, f"<!--{data}-->"))

    parser = Parser()
    for chunk in chunks:
        parser.add(chunk)
        yield from events
        events.clear()
    parser.close()
    yield from events
