"""Folding text for matching, without losing where each character came from.

Statements arrive with curly apostrophes, non-breaking spaces, accents and
capitals; aliases and cue words are written however a curator wrote them.
Both sides are folded the same way, and every folded character keeps the
offset of the original character it came from, so a match can be shown
highlighted in the text the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_SPECIAL = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
}

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold_char(char: str) -> str:
    """Case, accents and typographic variants removed from one character."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """The folded form of a string, for keys and comparisons."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True)
class Token:
    """A folded word and the span of the original characters it covers."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (letters and digits) of `text`, folded, with original spans."""
    tokens = _tokens(text)
    return _shorthands(text, tokens) if "/" in text else tokens


def _shorthands(text: str, tokens: list[Token]) -> list[Token]:
    """"teamed up w/ SFR", "w/o": the words a note's shorthand stands for."""
    expanded: list[Token] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token.text == "w" and text[token.end:token.end + 1] == "/":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.text == "o" and following.start == token.end + 1:
                expanded.append(Token("without", token.start, following.end))
                skip = True
            else:
                expanded.append(Token("with", token.start, token.end + 1))
            continue
        expanded.append(token)
    return expanded


def _tokens(text: str) -> list[Token]:
    if text.isascii():
        return [Token(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    folded_chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        folded_chars.append(folded)
        origins.extend([index] * len(folded))
    folded_text = "".join(folded_chars)
    origins.append(len(text))
    return [
        Token(match.group(), origins[match.start()], origins[match.end() - 1] + 1)
        for match in _WORD.finditer(folded_text)
    ]


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Folded words of a phrase, for building lookup keys (memoised: the
    same aliases and values are folded for every statement)."""
    return tuple(token.text for token in tokenize(text))


_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")


# Typographic punctuation that separates words as its ASCII form does: « n’avons » is « n'avons ».
_TYPOGRAPHIC_SPACES = str.maketrans({c: " " for c in "\u2019\u2018\u201a\u201b\u2032\u00b4\u00ab\u00bb\u201c\u201d\u201e"
                                     "\u2013\u2014\u2212\u00a0\u202f\u2009\u2026"})


def plain(text: str) -> str:
    """Lower-case ASCII words separated by single spaces, in one pass of C-level
    operations: cheap enough to look a quotation up in whole sources."""
    ascii_text = unicodedata.normalize("NFKD", text.lower().translate(_TYPOGRAPHIC_SPACES)).encode(
        "ascii", "ignore").decode("ascii")
    return _NOT_ALPHANUMERIC.sub(" ", ascii_text).strip()
