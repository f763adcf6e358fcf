"""Words that end where a match starts: "près de" before "2 M€", "d'ici" before "2020".

Python's `re` has no fast search anchored at the end of a window: it tries
every start position. So these look-behinds match the *reversed* text from
the match position instead: one anchored match, as long as the phrase.
Callers reverse the text once (`text[::-1]`) and pass it along.
"""

from __future__ import annotations

import re
from typing import Generic, Mapping, TypeVar

V = TypeVar("V")

_WORD_BEFORE = re.compile(r"[ \u00a0\u202f]?(?P<word>\S{1,40})")


def _normalise(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))


def _variants(phrase: str) -> list[str]:
    """A phrase ending in "de" also ends in the elided "d'" ("près d'un tiers")."""
    return [phrase, phrase[:-3] + " d'"] if phrase.endswith(" de") else [phrase]


def _reversed_pattern(phrase: str) -> str:
    pattern = r"\s+".join(re.escape(word[::-1]) for word in reversed(phrase.split(" ")))
    pattern = pattern.replace("'", "['’]")
    return pattern + (r"(?!\w)" if phrase[:1].isalnum() else "")  # the phrase starts a word


class PhrasesBefore(Generic[V]):
    """Find which phrase of a table ends just before a position.

    `gap` is what may separate the phrase from the position (spaces by
    default; "" for a currency symbol glued to its number).
    """

    def __init__(self, table: Mapping[str, V], gap: str = r"\s*", ignore_case: bool = True):
        variants = {v: value for phrase, value in table.items() for v in _variants(phrase)}
        self._values = {_normalise(v): value for v, value in variants.items()}
        alternatives = sorted(variants, key=len, reverse=True)
        # A phrase can only end with one of these: a cheap test before the regex.
        self._last_chars = {v[-1].lower() for v in variants} | {v[-1].upper() for v in variants}
        self._pattern = re.compile(
            rf"{gap}(?P<phrase>{'|'.join(_reversed_pattern(a) for a in alternatives)})",
            re.IGNORECASE if ignore_case else 0,
        )

    def find(self, text: str, reversed_text: str, position: int) -> tuple[int, V] | None:
        """(start of the phrase, its value), or None when no phrase ends at `position`."""
        i = position
        while i > 0 and position - i < 8 and text[i - 1].isspace():
            i -= 1
        if i == 0 or text[i - 1] not in self._last_chars:
            return None
        m = self._pattern.match(reversed_text, len(text) - position)
        if m is None:
            return None
        start, end = len(text) - m.end("phrase"), len(text) - m.start("phrase")
        return start, self._values[_normalise(text[start:end])]


def word_before(text: str, reversed_text: str, position: int) -> str:
    """The token (up to 40 non-space characters) before `position`, at most one space away."""
    m = _WORD_BEFORE.match(reversed_text, len(text) - position)
    return m["word"][::-1] if m else ""
