"""Find the figures stated in a sentence: amounts, percentages, counts, durations.

The grammar reads English and French, and terse statements as well as press
prose. A figure is found by one of three readers, tried in this order (when
two overlap, the earlier reader wins):

1. digit fractions  "1/3"                                            -> percent
2. numerals         "2M€", "€13.5bn", "2 000 000 €", "33,3 %", "EUR 2,000,000"
3. words            fractions "un tiers", "two thirds", "la moitié"  -> percent
                    collectives "une centaine", "a dozen"            -> approximate
                    number words "deux millions", "quatre-vingt-dix", "thirty thousand"

Each reader yields a number (and maybe a unit); then the common finishing
step reads a unit after it ("d'euros", "%", "mois"), a bound word before or
after it ("près de", "more than", "au bas mot"), and drops what must not be
returned: numbers inside the `skip` spans (dates found by `times`), bare
years, identifiers ("OpenStack 2", "4G", "B2B", "Q3") and numbers too large
for a float.

Separators. A space (also U+00A0, U+202F) followed by exactly three digits
groups thousands: "10 000", "2 000 000". A comma or dot followed by exactly
three digits is also a thousands separator ("1,000", "2.000.000", "1.000 €"),
except when it is the only separator and a scale word or a percent follows:
then it is a decimal mark, so "1,500 milliards" is 1.5e9 and "33.333 %" is
33.333 (nobody groups the thousands of a number of billions). Any other comma or dot is a
decimal mark: "1,5", "13.5", "33,3".

Precision is the size of the last stated digit times the scale: "2 millions"
-> 1e6, "13,5 milliards" -> 1e8, "33,3 %" -> 0.1, "150 millions" -> 1e6.
Numbers of four digits or more written out in full have ambiguous trailing
zeros, so their precision is the last non-zero digit: "2 000 000" -> 1e6,
"10 000" -> 1e4, "1 500" -> 100; shorter ones keep their last digit
("30 %" -> 1, so that it does not agree with 33 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from math import isfinite, log10
from typing import Iterator, NamedTuple, Sequence

from recoupe.extract._before import PhrasesBefore, word_before
from recoupe.extract.spans import Spans
from recoupe.model import Bound, Quantity

__all__ = ["QuantityMention", "find_quantities"]


@dataclass(frozen=True)
class QuantityMention:
    quantity: Quantity
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------

#: A space inside a figure: plain, no-break (U+00A0) or narrow no-break (U+202F).
_SP = "[ \u00a0\u202f]"

#: Multipliers written after a number ("2 M€", "13,5 milliards", "$3bn").
SCALES: dict[str, int] = {
    "k": 10**3, "mille": 10**3, "thousand": 10**3,
    "m": 10**6, "mn": 10**6, "mio": 10**6, "million": 10**6, "millions": 10**6,
    "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "b": 10**9, "bn": 10**9,
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "billions": 10**9,
    "trillion": 10**12, "trillions": 10**12,
}

#: Units after a number, keyed by their lower-cased spelling ("d'"/"de"/"of" removed).
UNITS: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "%": "percent", "pour cent": "percent", "pourcent": "percent",
    "percent": "percent", "per cent": "percent", "pct": "percent",
    "mois": "month", "month": "month", "months": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "semaine": "week", "semaines": "week", "week": "week", "weeks": "week",
    "jour": "day", "jours": "day", "day": "day", "days": "day",
    # Only as written in capitals ("50 Go", "2 TB"): "to" and "go" are words too.
    "mo": "MB", "mb": "MB", "mégaoctet": "MB", "mégaoctets": "MB", "megaoctet": "MB", "megaoctets": "MB",
    "megabyte": "MB", "megabytes": "MB",
    "go": "GB", "gb": "GB", "gigaoctet": "GB", "gigaoctets": "GB", "gigabyte": "GB", "gigabytes": "GB",
    "to": "TB", "tb": "TB", "téraoctet": "TB", "téraoctets": "TB", "teraoctet": "TB", "teraoctets": "TB",
    "terabyte": "TB", "terabytes": "TB",
}

#: Words before a figure that make it a bound rather than an exact value.
#: Spaces match any run of spaces; a final " de" also matches the elided "d'".
BOUNDS_BEFORE: dict[str, Bound] = {
    "près de": "approximate", "à peu près": "approximate", "environ": "approximate",
    "quelque": "approximate", "approximativement": "approximate",
    "presque": "approximate", "quasiment": "approximate", "autour de": "approximate",
    "de l'ordre de": "approximate", "aux alentours de": "approximate",
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "some": "approximate", "nearly": "approximate", "almost": "approximate",
    "approximately": "approximate", "circa": "approximate", "~": "approximate",
    "≈": "approximate",
    "plus de": "at-least", "un peu plus de": "at-least", "pas moins de": "at-least", "over": "at-least",
    "a little over": "at-least", "just over": "at-least", "slightly over": "at-least", "well over": "at-least",
    "a little more than": "at-least", "slightly more than": "at-least", "just under": "at-most",
    "a little under": "at-most", "slightly under": "at-most", "a little less than": "at-most",
    "slightly less than": "at-most", "un peu moins de": "at-most",
    "au moins": "at-least", "au bas mot": "at-least", "au minimum": "at-least", "at a minimum": "at-least",
    "a minimum of": "at-least", "un minimum de": "at-least", "more than": "at-least",
    "at least": "at-least", "no less than": "at-least", "upwards of": "at-least",
    ">": "at-least", "≥": "at-least", "no fewer than": "at-least",
    # Stress, not bounds: "nothing less than 1,000" is 1,000.
    "nothing less than": "exact", "nothing short of": "exact", "rien de moins que": "exact",
    "moins de": "at-most", "pas plus de": "at-most", "jusqu'à": "at-most", "not even": "at-most",
    "même pas": "at-most", "pas même": "at-most",
    "au plus": "at-most", "au maximum": "at-most", "a maximum of": "at-most", "un maximum de": "at-most",
    "at a maximum": "at-most", "less than": "at-most",
    "fewer than": "at-most", "under": "at-most", "up to": "at-most", "below": "at-most", "en dessous de": "at-most",
    "en deçà de": "at-most", "au-dessous de": "at-most", "above": "at-least", "au-dessus de": "at-least",
    "au-delà de": "at-least",
    "at most": "at-most", "no more than": "at-most", "<": "at-most", "≤": "at-most",
}

#: The same, written after the figure ("2 millions au bas mot").
BOUNDS_AFTER: dict[str, Bound] = {
    "environ": "approximate", "au bas mot": "at-least", "au moins": "at-least",
    "ou plus": "at-least", "or more": "at-least", "at least": "at-least", "minimum": "at-least",
    "at a minimum": "at-least", "au minimum": "at-least",
    "au plus": "at-most", "at most": "at-most", "maximum": "at-most", "au maximum": "at-most",
}

#: Number words. "quatre-vingt(s)" is read as one word (80) before parsing.
NUMBER_WORDS: dict[str, int] = {
    # French
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "cent": 100, "cents": 100, "mille": 10**3,
    "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
    # English
    "zero": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 10**3, "billion": 10**9, "billions": 10**9,
    "trillion": 10**12,
}

#: Words meaning "one" that are also articles: alone they are not a figure,
#: except before a unit ("un an", "one month").
ARTICLES = {"un", "une", "a", "one"}

#: Multipliers that may stand without a count before them ("cent", "mille").
BARE_MULTIPLIERS = {"cent", "mille"}

#: Fractions, read as percentages: denominator by word.
FRACTIONS: dict[str, int] = {
    "moitié": 2, "half": 2, "tiers": 3, "third": 3, "thirds": 3,
    "quart": 4, "quarts": 4, "quarter": 4, "quarters": 4,
    "cinquième": 5, "cinquièmes": 5, "fifth": 5, "fifths": 5,
    "sixième": 6, "sixièmes": 6, "sixth": 6, "sixths": 6,
    "septième": 7, "septièmes": 7, "seventh": 7, "sevenths": 7,
    "huitième": 8, "huitièmes": 8, "eighth": 8, "eighths": 8,
    "neuvième": 9, "neuvièmes": 9, "ninth": 9, "ninths": 9,
    "dixième": 10, "dixièmes": 10, "tenth": 10, "tenths": 10,
}

#: Approximate collectives: (value, precision). "une centaine" is about 100.
COLLECTIVES: dict[str, tuple[int, int]] = {
    "dizaine": (10, 1), "douzaine": (12, 1), "demi-douzaine": (6, 1), "quinzaine": (15, 1), "dozen": (12, 1),
    "vingtaine": (20, 10), "trentaine": (30, 10), "quarantaine": (40, 10),
    "cinquantaine": (50, 10), "soixantaine": (60, 10), "centaine": (100, 10),
    "millier": (1000, 100),
}

#: Words after "neuf" showing it is the adjective "new" ("un cloud neuf et ...").
_NEUF_ADJECTIVE_FOLLOWERS = {"et", "à", "de", "du", "des", "ou", "pour", "en", "dans", "avec", "sur"}


# --------------------------------------------------------------------------
# Regular expressions (all linear: alternatives are separated by mandatory,
# distinct characters, so nothing backtracks more than a few characters)
# --------------------------------------------------------------------------

def _alternation(words) -> str:
    """Longest first, so that "millions" is preferred over "million"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrase(words: str) -> str:
    """A multi-word phrase: any spaces, any apostrophe."""
    return re.escape(words).replace(r"\ ", r"\s+").replace("'", "['’]")


_NUMBER = re.compile(
    rf"""
    (?<![\w.,/^−–-])                                     # not inside a word, a date, a range
    (?:
        (?P<spaced>\d{{1,3}}(?:{_SP}\d{{3}})+)(?!\d)                      # 2 000 000
      | (?P<grouped>\d{{1,3}}(?P<sep>[.,])\d{{3}}(?:(?P=sep)\d{{3}})*)(?!\d)  # 1,000  2.000.000
      | (?P<plain>\d+)
    )
    (?(sep)(?!(?P=sep)))                                 # "1,000,5" is not a decimal
    (?:[.,](?P<frac>\d+))?
    (?![.,]\d|/\d|\^)                                    # versions "2.0.1", dates, powers
    """,
    re.VERBOSE,
)

_UNIT = rf"""
    %
  | (?i:pour{_SP}?cent|percent|per[{_SP[1:-1]}-]cent|pct)\b
  | (?i:d['’]{_SP}?|de{_SP}|of{_SP})?(?:(?:€|US\$|\$)(?!\d)|EUR\b|USD\b|(?i:euros?|dollars?)\b)
  | (?i:mois|months?|ans|années?|an|years?|yrs?|semaines?|weeks?|jours?|days?)\b
  | (?:Mo|Go|To|MB|GB|TB|(?i:m[ée]gaoctets?|gigaoctets?|t[ée]raoctets?|megabytes?|gigabytes?|terabytes?))\b
"""

#: A scale then a unit, both optional, right after a number.
_TAIL = re.compile(
    rf"""
    (?:
        (?P<gap>{_SP}?)
        (?P<scale>(?i:milliards?|millions?|mille|thousand|trillions?|billions?|bn|mn|mio)
                 |Mrds?|Mds?|[kKmMbB])
        (?=EUR\b|USD\b|\W|$)                             # "2MEUR", but not "2Mo" or "4G"
    )?
    (?:(?P<unit_gap>{_SP}?|-(?=[^\W\d_]))(?:(?i:full|whole|entire|long)[^\S\n]{{1,3}})?(?P<unit>{_UNIT}))?   # "a full year", "a 10-percent share"
    """,
    re.VERBOSE,
)

#: "€2m", "$3bn", "EUR 2,000,000": a symbol before a number is attached to it.
_SYMBOL_BEFORE = PhrasesBefore({"€": "EUR", "$": "USD", "US$": "USD"}, gap="")
_CODE_BEFORE = PhrasesBefore({"EUR": "EUR", "USD": "USD"}, gap=f"{_SP}?", ignore_case=False)
_CURRENCY_AFTER = re.compile(rf"{_SP}?(?:€|\$|EUR\b|USD\b|(?i:euros?|dollars?)\b)")

_BOUND_BEFORE = PhrasesBefore(BOUNDS_BEFORE)
_BOUND_AFTER = re.compile(
    rf"(?i)\s*(?:,\s*)?(?P<word>{'|'.join(_phrase(w) for w in sorted(BOUNDS_AFTER, key=len, reverse=True))})\b"
)

#: The word before a number that makes it an identifier: "OpenStack 2", "version 3".
_ID_WORD = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*|[Vv]ersion|v|n°|#")
#: A year after "9M": "9M 2013" is a period (the first nine months), not 9 million.
_YEAR_AFTER = re.compile(rf"{_SP}?(?:19|20)\d\d\b")

_NUMBER_WORD = _alternation(list(NUMBER_WORDS))
_WORD_RUN = re.compile(
    rf"(?i)(?:{_NUMBER_WORD})(?:(?:{_SP}|-|{_SP}(?:et|and){_SP}|-et-)(?:{_NUMBER_WORD}))*\b"
)
_WORD = re.compile(r"[^\W\d_]+")

#: An article between a bound and its figure: « moins de *la* moitié ».
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:la|le|les|the)\s+$")

#: Words that may open a figure written in words.
_OPENING_WORDS = set(NUMBER_WORDS) | set(FRACTIONS)

_COUNT_WORDS: dict[str, int] = {
    w: v for w, v in NUMBER_WORDS.items() if 1 <= v <= 12 and w not in ("cent", "mille")
}
_FRACTION_WORD = re.compile(
    rf"(?i)(?:(?P<num>{_alternation(_COUNT_WORDS)})[{_SP[1:-1]}-])?(?P<den>{_alternation(FRACTIONS)})\b"
)
_FRACTION_DIGITS = re.compile(r"(?<![\w.,/])(?P<num>\d)/(?P<den>10|[2-9])(?![\w/]|[.,]\d)")
#: "the first half", "second half of": a period, not 50 %.
_ORDINAL_BEFORE = PhrasesBefore(dict.fromkeys(
    ["first", "second", "1st", "2nd", "last", "the", "premier", "première", "seconde"], True))

_HALF_A_DOZEN = re.compile(rf"(?i)half{_SP}a{_SP}dozen\b")
_COLLECTIVE = re.compile(
    rf"""(?i)(?P<num>{_alternation(_COUNT_WORDS)}){_SP}
    (?P<coll>{_alternation(COLLECTIVES)})(?P<plural>s)?\b
    (?:{_SP}(?:de{_SP}|d['’])(?P<scale>millions|milliards)\b)?""",
    re.VERBOSE,
)


# --------------------------------------------------------------------------
# Readers: each yields candidates; `find_quantities` finishes them
# --------------------------------------------------------------------------

class _Candidate(NamedTuple):
    start: int
    end: int
    amount: Decimal
    precision: Decimal
    unit: str | None
    bound: Bound = "exact"
    needs_unit: bool = False   # an article alone ("un") counts only before a unit
    unit_read: bool = False    # the reader has already looked for a unit after it


# "one in two", "one out of three", « un sur deux », « une action sur trois »: a proportion, read as a
# percentage; not "one in two years" or « un contrat sur deux ans », a span of time.
_COUNT_OR_DIGIT = rf"(?:{_alternation(_COUNT_WORDS)}|\d{{1,2}})"
_PROPORTION = re.compile(
    rf"(?i)(?<![\w.,])(?P<num>{_COUNT_OR_DIGIT})(?:{_SP}+|-)(?:(?:in|out{_SP}+of)|(?:[^\W\d_]{{3,}}{_SP}+)?sur)"
    rf"(?:{_SP}+|-)(?P<den>{_COUNT_OR_DIGIT})(?![\w.,])(?!{_SP}+(?:years?|months?|weeks?|days?|ans|années|mois|semaines|jours)\b)")


def _read_proportions(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """'one in two' is 50 %, stated to the percent."""
    for m in _PROPORTION.finditer(text):
        num, den = (int(g) if g.isdigit() else _COUNT_WORDS[g.lower()] for g in (m["num"], m["den"]))
        if 0 < num < den:
            yield _Candidate(m.start(), m.end(), Decimal(100) * num / den, Decimal(1), "percent")


def _read_digit_fractions(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """'1/3' is 33.33 %, stated to the percent so that '33 %' agrees."""
    for m in _FRACTION_DIGITS.finditer(text):
        num, den = int(m["num"]), int(m["den"])
        if 0 < num < den:
            yield _Candidate(m.start(), m.end(), Decimal(100) * num / den, Decimal(1), "percent")


_HALF_SCALE = re.compile(
    r"(?<!\w)(?:half\s+an?|(?:an?\s+)?half-|a\s+half|un\s+demi-?|une\s+demi-?|demi-)\s*"
    r"(?:(?P<scale>million|billion|milliard|thousand|mille)|(?P<coll>dozen|douzaine|centaine|millier))(?!\w)",
    re.IGNORECASE)


_SMALL_NUMBER = "|".join(sorted((re.escape(w) for w, v in NUMBER_WORDS.items() if 1 <= v < 20), key=len, reverse=True))
_SCALE_WORD = r"millions?|milliards?|billions?|thousand|mille"
_AND_A_HALF_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<num>\d+|{_SMALL_NUMBER})\s+(?:"
    rf"(?:and\s+a\s+half|et\s+demie?)(?:\s+(?P<scale>{_SCALE_WORD})|(?=\s+\w))"   # "two and a half years / million"
    rf"|(?P<scale2>{_SCALE_WORD})\s+et\s+demie?)(?!\w)",                              # « trois millions et demi »
    re.IGNORECASE)


def _read_and_a_half(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """'two and a half years', 'three and a half million', « trois millions et demi »."""
    for m in _AND_A_HALF_NUMBER.finditer(text):
        number = m["num"].lower()
        whole = Decimal(number) if number.isdigit() else Decimal(NUMBER_WORDS[number])
        scale_word = m["scale"] or m["scale2"]
        scale = Decimal(SCALES[scale_word.lower()]) if scale_word else Decimal(1)
        if m["scale"] is None and m["scale2"] is None and not (_TAIL.match(text, m.end())["unit"]
                                                               or _TIMES.match(text, m.end())):
            continue  # "two and a half" of nothing named (or "times"): not read as a figure
        yield _Candidate(m.start(), m.end(), (whole + Decimal("0.5")) * scale, scale / 2, None)


_MULTIPLIER_BEFORE = re.compile(r"(?<![\w.,])[x×]\s?(?P<num>\d+(?:[.,]\d+)?)(?![\w.,%])")


def _read_multipliers(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """'x3', '×2,5' in notes: a ratio written before its number."""
    for m in _MULTIPLIER_BEFORE.finditer(text):
        yield _Candidate(m.start(), m.end(), Decimal(m["num"].replace(",", ".")), Decimal(1), "ratio")


def _read_half_scales(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """'half a billion', 'un demi-milliard': half of the scale word; 'half a
    dozen', « un demi-millier »: about half of the collective."""
    for m in _HALF_SCALE.finditer(text):
        if m["coll"]:
            value, precision = COLLECTIVES[m["coll"].lower()]
            yield _Candidate(m.start(), m.end(), Decimal(value) / 2, Decimal(precision), None, "approximate")
            continue
        scale = SCALES[m["scale"].lower()]
        yield _Candidate(m.start(), m.end(), Decimal(scale) / 2, Decimal(scale) / 10, None)


def _read_numerals(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """Digits with their separators, an optional currency before, scale and unit after."""
    previous_end = 0
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        tail = _TAIL.match(text, end)
        scale_word, unit_word = tail["scale"], tail["unit"]
        currency_before = _SYMBOL_BEFORE.find(text, reversed_text, start) or _CODE_BEFORE.find(
            text, reversed_text, start
        )
        if currency_before and currency_before[0] < previous_end:
            currency_before = None  # "2 M EUR 3 M EUR": the first EUR is not before the 3
        if scale_word and len(scale_word) == 1 and tail["gap"] and not (
            currency_before or _CURRENCY_AFTER.match(text, tail.end("scale"))
        ):
            # "à 2 m de haut": a lone letter after a space is a scale only next to a currency.
            scale_word = unit_word = None
            tail_end = end
        else:
            tail_end = tail.end()
        if tail_end == end and end < len(text) and text[end].isalnum() and not _TIMES.match(text, end):
            continue  # "4G", "1er", "3D", "1e400": not a figure ("2x" is a ratio)
        if scale_word in ("M", "m") and not unit_word and not currency_before and _YEAR_AFTER.match(text, tail_end):
            continue  # "9M 2013": the first nine months, a period
        unit = UNITS[_normalise_unit(unit_word)] if unit_word else None
        if currency_before and unit is None:
            unit = currency_before[1]
        if not (scale_word or unit or currency_before):
            if _is_bare_year(m) or _ID_WORD.fullmatch(word_before(text, reversed_text, start)):
                continue
        parsed = _numeral_value(m, scale_word, unit)
        if parsed is None:
            continue
        amount, precision = parsed
        previous_end = tail_end
        yield _Candidate(currency_before[0] if currency_before else start, tail_end, amount, precision, unit,
                         unit_read=True)


def _normalise_unit(word: str) -> str:
    """'d'euros' -> 'euros', 'pour\u00a0cent' -> 'pour cent', 'per-cent' -> 'per cent'."""
    word = re.sub(rf"(?:{_SP}|-)+", " ", word.lower())
    return re.sub(r"^(?:d['’] ?|de |of )", "", word)


def _is_bare_year(m: re.Match) -> bool:
    """'2013' alone is a date, which `times` reads."""
    digits = m["plain"]
    return digits is not None and m["frac"] is None and len(digits) == 4 and 1900 <= int(digits) <= 2100


def _numeral_value(m: re.Match, scale_word: str | None, unit: str | None) -> tuple[Decimal, Decimal] | None:
    """Amount and precision of a digit string; None when too long for a float."""
    integer = m["spaced"] or m["grouped"] or m["plain"]
    fraction = m["frac"]
    grouped = m["grouped"]
    if grouped and grouped.count(m["sep"]) == 1 and fraction is None and (scale_word or unit == "percent"):
        integer, fraction = grouped.split(m["sep"])  # "1,500 milliards", "33.333 %": a decimal mark
    digits = re.sub(r"\D", "", integer)
    if len(digits) + len(fraction or "") > 300:
        return None
    if fraction:
        precision = Decimal(1).scaleb(-len(fraction))
    elif len(digits) >= 4:
        precision = Decimal(1).scaleb(len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0)
    else:
        precision = Decimal(1)
    scale = SCALES[scale_word.lower()] if scale_word else 1
    return Decimal(digits + "." + (fraction or "0")) * scale, precision * scale


_BOTH = re.compile(r"\b(?:tous|toutes)(?:\s+les)?\s+$", re.IGNORECASE)


def _read_words(text: str, reversed_text: str) -> Iterator[_Candidate]:
    """Figures in words, found in one pass over the words of the text.

    A word that can open a figure is tried, in this order, as a fraction
    ("deux tiers"), a collective ("une centaine") and a run of number words
    ("deux millions"); the text after the longest match is read next.
    """
    resume = 0
    for w in _WORD.finditer(text):
        if w.start() < resume or w.group().lower() not in _OPENING_WORDS:
            continue
        if _BOTH.search(text, max(0, w.start() - 12), w.start()) and w.group().lower() == "deux":
            continue  # « toutes deux », « tous les deux »: both, not a figure
        following = _FRACTION_WORD.match(text, w.end() + 1) if text[w.end():w.end() + 1].isspace() else None
        if following is not None and following["num"]:
            continue  # "a one-third stake": the article of a fraction with its numerator
        for reader in (_fraction_at, _collective_at, _number_words_at):
            found = reader(text, reversed_text, w.start())
            if found is not None:
                candidates, resume = found
                yield from candidates
                break


def _fraction_at(text: str, reversed_text: str, pos: int) -> tuple[list[_Candidate], int] | None:
    """'un tiers' is 33.33 %, stated to the percent so that '33 %' agrees."""
    m = _FRACTION_WORD.match(text, pos)
    if m is None:
        return None
    den_word = m["den"].lower()
    if m["num"] is None:
        # Halves go without a numerator: "la moitié", "half of"; not "the second half". Other
        # fractions only after a definite article and before "of": « le quart du capital », "the third of".
        # ("another quarter of a year" is three months, whatever stands before it.)
        if _ORDINAL_BEFORE.find(text, reversed_text, pos) or den_word not in ("moitié", "half") and not (
                _DEFINITE_BEFORE.search(text, max(0, pos - 5), pos) and _OF_AFTER_FRACTION.match(text, m.end())
                or _OF_A_YEAR.match(text, m.end())):
            return [], m.end()
        numerator = 1
    else:
        numerator = _COUNT_WORDS[m["num"].lower()]
    of_a_year = _OF_A_YEAR.match(text, m.end())
    if of_a_year:  # "three quarters of a year", "half a year", « trois quarts d'année »: months
        months = Decimal(12) * numerator / FRACTIONS[den_word]
        return [_Candidate(m.start(), of_a_year.end(), months, Decimal(1), "month", unit_read=True)], of_a_year.end()
    if den_word in ("quarter", "quarters") and _OFFSET_AFTER_QUARTER.match(text, m.end()):
        # "a quarter after it was proposed", "two quarters later": quarters of a year, three months each
        return [_Candidate(m.start(), m.end(), Decimal(3) * numerator, Decimal(1), "month", unit_read=True)], m.end()
    amount = Decimal(100) * numerator / FRACTIONS[den_word]
    return [_Candidate(m.start(), m.end(), amount, Decimal(1), "percent")], m.end()


_DEFINITE_BEFORE = re.compile(r"(?i)(?<!\w)(?:le|the)[^\S\n]+$")
_OFFSET_AFTER_QUARTER = re.compile(r"(?i)[^\S\n]+(?:after|later|before|earlier|on|[^\W\d_]+ing)(?!\w)")  # (or "a quarter testing it")
_OF_AFTER_FRACTION = re.compile(r"(?i)[^\S\n]+(?:du|de|des|d['’]|of)(?!\w)")
_OF_A_YEAR = re.compile(rf"(?i){_SP}+(?:of{_SP}+)?an?{_SP}+year\b|{_SP}+d['’]{_SP}?(?:une{_SP}+)?année\b|{_SP}+d['’]an\b")


def _collective_at(text: str, reversed_text: str, pos: int) -> tuple[list[_Candidate], int] | None:
    """'une centaine' is about 100; 'deux centaines de millions' about 2e8; 'half a dozen' about 6."""
    half = _HALF_A_DOZEN.match(text, pos)
    if half:
        return [_Candidate(half.start(), half.end(), Decimal(6), Decimal(1), None, "approximate")], half.end()
    m = _COLLECTIVE.match(text, pos)
    if m is None:
        return None
    count = _COUNT_WORDS[m["num"].lower()]
    if (count > 1) != bool(m["plural"]) and m["coll"].lower() != "dozen":
        return None  # "une centaines", "deux centaine": not a collective
    value, precision = COLLECTIVES[m["coll"].lower()]
    scale = SCALES[m["scale"].lower()] if m["scale"] else 1
    candidate = _Candidate(m.start(), m.end(), Decimal(count * value * scale), Decimal(precision * scale),
                           None, "approximate")
    return [candidate], m.end()


def _number_words_at(text: str, reversed_text: str, pos: int) -> tuple[list[_Candidate], int] | None:
    """A run of number words, split where it stops making one number."""
    run = _WORD_RUN.match(text, pos)
    if run is None:
        return None
    tokens = _merge_quatre_vingt([(w.group().lower(), run.start() + w.start(), run.start() + w.end())
                                  for w in _WORD.finditer(run.group())
                                  if w.group().lower() not in ("et", "and")])
    scales = [index for index, token in enumerate(tokens) if token[0] in SCALES]
    parts = [tokens]
    if scales and scales[-1] < len(tokens) - 1 and _DURATION_AFTER.match(text, run.end()):
        # "a billion two years earlier": a sum, then a duration, not 1,000,000,002 years.
        parts = [tokens[:scales[-1] + 1], tokens[scales[-1] + 1:]]
    candidates = []
    for part in parts:
        for first, last, value, precision in _parse_words(part):
            words = [t[0] for t in part[first : last + 1]]
            start, end = part[first][1], part[last][2]
            if words == ["neuf"] and not _neuf_is_nine(text, end):
                continue
            candidates.append(_Candidate(start, end, Decimal(value), Decimal(precision), None,
                                         needs_unit=len(words) == 1 and words[0] in ARTICLES))
    decimals = _DECIMAL_WORDS.match(text, run.end())
    if decimals and candidates and candidates[-1].end == run.end() and candidates[-1].precision == 1:
        # "four point five billion", « quarante-quatre virgule quatre »: a decimal said aloud.
        digits = "".join(str(_DIGIT_WORDS[w.lower()]) for w in _WORD.findall(decimals["digits"]))
        scale = SCALES[decimals["scale"].lower()] if decimals["scale"] else 1
        whole = candidates[-1]
        candidates[-1] = whole._replace(
            end=decimals.end(), amount=(whole.amount + Decimal(f"0.{digits}")) * scale,
            precision=Decimal(1).scaleb(-len(digits)) * scale, needs_unit=False)
        return candidates, decimals.end()
    return candidates, run.end()


#: Digits said after the decimal point, one word each ("point four four").
_DIGIT_WORDS: dict[str, int] = {
    "zero": 0, "zéro": 0, "oh": 0, "one": 1, "un": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8,
    "nine": 9, "neuf": 9,
}
_DECIMAL_WORDS = re.compile(
    rf"""{_SP}+(?i:point|virgule){_SP}+
    (?P<digits>(?i:{_alternation(_DIGIT_WORDS)})(?:{_SP}+(?i:{_alternation(_DIGIT_WORDS)}))*)\b
    (?:{_SP}+(?P<scale>(?i:milliards?|millions?|billions?|thousand|mille))\b)?""",
    re.VERBOSE,
)


_DURATION_AFTER = re.compile(r"[^\S\n]+(?i:ans?|années?|years?|mois|months?|semaines?|weeks?|jours?|days?)\b")


def _merge_quatre_vingt(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """'quatre-vingt(s)' is a single number, 80."""
    merged: list[tuple[str, int, int]] = []
    for token in tokens:
        if merged and merged[-1][0] == "quatre" and token[0] in ("vingt", "vingts"):
            merged[-1] = ("quatre-vingts", merged[-1][1], token[2])
        else:
            merged.append(token)
    return merged


def _word_value(word: str) -> int:
    return 80 if word == "quatre-vingts" else NUMBER_WORDS[word]


def _parse_words(tokens: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, int, int]]:
    """Yield (first token, last token, value, precision) for each number in the run.

    Classic reading: a group below 1000 is built by adding tens and units and
    multiplying by "cent"; "mille"/"million"/"milliard" close the group. A word
    that cannot continue the current number ("deux trois", "dix et vingt")
    starts a new one.
    """
    i = 0
    while i < len(tokens):
        total, group, last_scale, first = 0, 0, None, i
        has_count = False
        while i < len(tokens):
            word = tokens[i][0]
            value = _word_value(word)
            if value < 100:
                low = group % 100
                if has_count and not (
                    low == 0 and (group or total)
                    or (low % 10 == 0 and low >= 10 and value < 10)
                    or (low in (60, 80) and 10 <= value < 20)
                ):
                    break
                group += value
                has_count = True
            elif value == 100:
                if group >= 100 or (not has_count and word not in BARE_MULTIPLIERS):
                    break
                group = (group or 1) * 100
                has_count = True
            else:
                if (last_scale is not None and value >= last_scale) or (
                    not has_count and word not in BARE_MULTIPLIERS
                ):
                    break
                total += (group or 1) * value
                group, last_scale, has_count = 0, value, True
            i += 1
        if i == first:  # a multiplier with nothing to multiply ("des millions")
            i += 1
            continue
        precision = 1 if group or last_scale is None else last_scale
        yield first, i - 1, total + group, precision


def _neuf_is_nine(text: str, end: int) -> bool:
    """'neuf mois' is nine months; 'un cloud neuf et sûr' is a new cloud."""
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group().lower() not in _NEUF_ADJECTIVE_FOLLOWERS


# --------------------------------------------------------------------------
# Finishing
# --------------------------------------------------------------------------

# "a decade", « deux décennies »: ten years a piece, round figures.
_DECADES = re.compile(r"(?i)(?<!\w)(?:(?P<count>a|one|two|three|une|deux|trois)\s+)?(?:decades?|décennies?)(?!\w)")
_DECADE_COUNTS = {"a": 1, "one": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3}


# « pendant un trimestre », "for two quarters": a span of months after a word of duration (« au premier
# trimestre 2014 » is a date, read before figures).
_QUARTERS = re.compile(r"(?i)(?<!\w)(?:pendant|durant|for|over|during)\s+(?P<count>un|une|deux|trois|a|one|two|three)"
                       r"\s+(?P<unit>trimestres?|semestres?|quarters?)(?!\w)(?!\s+(?:of|de|d['’]))")
_QUARTER_COUNTS = {"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3}


# "an outright majority", « la majorité absolue »: more than half (a "majority shareholder" is the largest one).
_ABSOLUTE_MAJORITY = re.compile(r"(?i)(?<!\w)(?:(?:an|the)\s+)?(?:outright|absolute)\s+majority(?!\w)"
                                r"|(?<!\w)(?:(?:la|une)\s+)?majorité\s+absolue(?!\w)")


# "wholly owned", « détenue en totalité »: all of it, as « à 100 % » says.
_WHOLLY = re.compile(r"(?i)(?<!\w)(wholly|fully|entirely|totally)[\s-]+(?:owned|held)(?!\w)")


def find_quantities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[QuantityMention]:
    """Every figure stated in `text`, left to right, none overlapping `skip`."""
    taken = Spans(skip)
    mentions: list[QuantityMention] = []
    for m in _RATIO_WORDS.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            mentions.append(QuantityMention(Quantity(float(RATIO_WORDS[m.group(1).lower()]), "ratio"),
                                            m.start(), m.end(), m.group()))
    for m in _ABSOLUTE_MAJORITY.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            mentions.append(QuantityMention(Quantity(50.0, "percent", 1.0, "at-least"), m.start(), m.end(), m.group()))
    for m in _WHOLLY.finditer(text):
        if not taken.overlaps(m.start(1), m.end(1)):
            taken.add(m.start(1), m.end(1))
            mentions.append(QuantityMention(Quantity(100.0, "percent", 1.0, "exact"), m.start(1), m.end(1), m.group(1)))
    for m in _QUARTERS.finditer(text):
        if not taken.overlaps(m.start("count"), m.end()):
            taken.add(m.start("count"), m.end())
            months = 6 if m["unit"].lower().startswith("semestre") else 3
            mentions.append(QuantityMention(Quantity(float(months * _QUARTER_COUNTS[m["count"].lower()]), "month"),
                                            m.start("count"), m.end(), text[m.start("count"):m.end()]))
    for m in _DECADES.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())
            count = _DECADE_COUNTS.get((m["count"] or "a").lower(), 1)
            mentions.append(QuantityMention(Quantity(10.0 * count, "year", 5.0, "approximate"), m.start(), m.end(),
                                            m.group()))
    reversed_text = text[::-1]
    readers = (_read_multipliers, _read_and_a_half, _read_half_scales, _read_proportions, _read_digit_fractions,
               _read_numerals, _read_words)
    candidates = sorted(
        ((c, rank) for rank, reader in enumerate(readers) for c in reader(text, reversed_text)),
        key=lambda item: (item[1], item[0].start),
    )
    for candidate, _rank in candidates:
        finished = _finish(text, reversed_text, candidate)
        if finished is None or taken.overlaps(finished.start, finished.end):
            continue
        taken.add(finished.start, finished.end)
        mentions.append(finished)
    mentions.sort(key=lambda m: m.start)
    mentions = _the_rest(text, mentions)
    mentions = _fractions_of_figures(text, _more_of_the_same(text, _ranges(text, _shared_units(text, mentions))))
    return [_unit_from_label(text, m) for m in mentions]


# "months of testing with clients and partners: 3", « mois de tests : 3 »: a bare figure after a
# colon counts the duration its label opens with.
_LABEL_UNIT = re.compile(r"(?:^|[,;:(])[^\S\n]*(?P<unit>months?|years?|weeks?|days?|mois|ans|années|semaines|jours)"
                         r"\b[^,;:()\n]{0,60}:[^\S\n]*$", re.IGNORECASE)
LABEL_REACH = 100
_LABEL_UNITS = {"month": "month", "mois": "month", "year": "year", "an": "year", "année": "year", "annee": "year",
                "week": "week", "semaine": "week", "day": "day", "jour": "day"}


def _unit_from_label(text: str, mention: QuantityMention) -> QuantityMention:
    if mention.quantity.unit is not None or mention.quantity.bound != "exact" or not (
            text[max(0, mention.start - 4):mention.start].rstrip().endswith(":")):
        return mention
    label = _LABEL_UNIT.search(text, max(0, mention.start - LABEL_REACH), mention.start)
    if label is None:
        return mention
    word = label["unit"].lower()
    unit = _LABEL_UNITS.get(word) or _LABEL_UNITS.get(word[:-1]) or _LABEL_UNITS.get(word.rstrip("s"))
    return replace(mention, quantity=replace(mention.quantity, unit=unit)) if unit else mention


# "de 500 à 200 millions d'euros", "between 2 and 3 million euros", "10-15 %": the
# first figure of a pair is written bare and takes the unit (and scale) of the second.
_PAIR_JOINER = re.compile(r"[^\S\n]*(?:à|a|to|-|–|—)[^\S\n]*|[^\S\n]+(?:et|and)[^\S\n]+", re.IGNORECASE)
_PAIR_OPENING = re.compile(r"(?:entre|between)[^\S\n]+$", re.IGNORECASE)
_LEADING_DIGITS = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def _shared_units(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    shared = list(mentions)
    for index, (first, second) in enumerate(zip(mentions, mentions[1:])):
        joiner = _PAIR_JOINER.fullmatch(text, first.end, second.start)
        if (first.quantity.unit is not None or second.quantity.unit in (None, "ratio") or not joiner
                or not _LEADING_DIGITS.fullmatch(first.text) or first.quantity.bound != "exact"):
            continue
        if joiner.group().strip().lower() in ("et", "and") and not _PAIR_OPENING.search(text, 0, first.start):
            continue
        head = _LEADING_DIGITS.search(second.text)
        head_value = _digits_value(head.group()) if head else None
        scale = second.quantity.amount / head_value if head_value else 1.0
        # The scale that puts the two figures nearest each other: « de 500 à 200 millions »
        # is 500 millions, « de 500 000 à 2 millions » is 500 000.
        scale = min((scale, 1.0), key=lambda s: abs(log10(first.quantity.amount * s / second.quantity.amount))
                    if first.quantity.amount > 0 and second.quantity.amount > 0 else 0.0)
        quantity = replace(first.quantity, amount=first.quantity.amount * scale, unit=second.quantity.unit,
                           precision=first.quantity.precision * scale)
        shared[index] = replace(first, quantity=quantity)
    return shared


# "nine months building it and three more testing it", « deux de plus »: a duration like the one before.
_MORE_AFTER = re.compile(r"[^\S\n]+(?:more|others|further|additional|extra|de[^\S\n]+plus|supplémentaires|autres)(?!\w)",
                         re.IGNORECASE)


def _more_of_the_same(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    carried = list(mentions)
    for index, (before, mention) in enumerate(zip(mentions, mentions[1:]), start=1):
        if (mention.quantity.unit is None and before.quantity.unit in _DURATION_UNITS
                and mention.quantity.bound == "exact" and _MORE_AFTER.match(text, mention.end)):
            carried[index] = replace(mention, quantity=replace(mention.quantity, unit=before.quantity.unit))
    return carried


# "Orange held 44.4% and Thales the rest", « le reste »: what the percentages before leave of the whole.
_THE_REST = re.compile(r"(?i)(?<!\w)(?:the[^\S\n]{1,3}(?:rest|remainder|balance)|le[^\S\n]{1,3}reste|le[^\S\n]{1,3}solde)(?!\w)")


# Names coordinated right after a clause's start, then the verb: "; Thales and the CDC held".
_HELD_TOGETHER = re.compile(r"(?:^|[,;:(]|\b(?:and|et)\b)[^\S\n]{0,3}(?:(?:the|la|le|l['’])[^\S\n]{0,3})?"
                            r"[A-ZÀ-Ý][\w'’.&-]{0,30}(?:[^\S\n][A-ZÀ-Ý][\w'’.&-]{0,30}){0,3}[^\S\n]{1,3}(?:and|et|&)[^\S\n]")


def _the_rest(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """"… 44.4 % … Thales held the rest": 55.6 %, when percentages come before it and none after."""
    for rest in _THE_REST.finditer(text):
        before = [m for m in mentions if m.end <= rest.start() and m.quantity.unit == "percent"]
        after = [m for m in mentions if m.start >= rest.end() and m.quantity.unit == "percent"]
        taken = sum(m.quantity.amount for m in before)
        if not before or after or any(m.quantity.bound != "exact" for m in before) or not 0 < taken < 100:
            continue
        if _HELD_TOGETHER.search(text, before[-1].end, rest.start()):
            continue  # "…, and the CDC and Bull held the rest": theirs together, not each one's
        precision = max(m.quantity.precision for m in before)
        mentions = sorted([*mentions, QuantityMention(Quantity(round(100 - taken, 6), "percent", precision),
                                                      rest.start(), rest.end(), rest.group())], key=lambda m: m.start)
    return mentions


# « la moitié des 150 millions d'euros », "a third of the €4.5bn": a fraction word, then what it is taken from.
_FRACTION_OF = re.compile(r"[^\S\n]{1,3}(?:des|du|de(?:[^\S\n]{1,3}(?:la|ces|ses|leurs))?|d['’]|of(?:[^\S\n]{1,3}"
                          r"(?:the|its|their|these|those))?)[^\S\n]{0,3}", re.IGNORECASE)


# A clause's opening before a fraction word: then the fraction is the subject, a part of a figure said of
# someone (« Un tiers des 75 millions d'euros reçus par Cloudwatt a été englouti … »).
# After a copula, "X was half of Y" compares two figures (see relate.relate_ratios).
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:!?,(]|\b(?:que|qu['’]|that|and|et|was|is|were|are|était|est|étaient|sont|"
                             r"represents|represented|représente|représentait))[^\S\n]{0,8}"
                             r"(?:(?:less|more)[^\S\n]than[^\S\n]|(?:moins|plus)[^\S\n]de[^\S\n]|about[^\S\n]|"
                             r"roughly[^\S\n]|environ[^\S\n]|près[^\S\n]de[^\S\n])?[^\S\n]{0,8}"
                             r"(?:(?:la|le|un|une|the|a|one)[^\S\n]{1,8})?$", re.IGNORECASE)
# The figure's owner or what it came from, named after it: "of the €400m Numergy was targeting",
# « des 75 millions d'euros reçus par Cloudwatt ».
_OWNED_AFTER = re.compile(r"[^\S\n]{1,3}(?:(?:reçu|perçu|versé|obtenu|levé|touché|alloué|accordé)e?s?|received|raised|paid|"
                          r"granted|obtained|de[^\S\n]{1,3}(?:recettes|chiffre)|of[^\S\n]{1,3}revenue|"
                          r"[A-ZÀ-Ý][\w.'’-]{0,30}[^\S\n]{1,3}(?:was|were|had|has|is|a|avait|visait|had[^\S\n]been))(?!\w)")


def _fractions_of_figures(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """"received half of the €150m" is €75m: a fraction in words of a figure in another unit, as the
    object of a verb, is that share of it; not when it opens its clause or the figure's owner follows."""
    merged: list[QuantityMention] = []
    for mention in mentions:
        fraction = merged[-1] if merged else None
        if (fraction is None or fraction.quantity.unit != "percent" or mention.quantity.unit in (None, "percent")
                or any(c.isdigit() or c == "%" for c in fraction.text)
                or not _FRACTION_OF.fullmatch(text, fraction.end, mention.start)
                or _CLAUSE_OPENING.search(text, max(0, fraction.start - 40), fraction.start)
                or _OWNED_AFTER.match(text, mention.end)):
            merged.append(mention)
            continue
        share = fraction.quantity.amount / 100
        quantity = replace(mention.quantity, amount=mention.quantity.amount * share,
                           precision=mention.quantity.precision * share, bound=(
                               mention.quantity.bound if fraction.quantity.bound == "exact" else fraction.quantity.bound))
        merged[-1] = QuantityMention(quantity, fraction.start, mention.end, text[fraction.start:mention.end])
    return merged


def _ranges(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """"between 1 and 3 million euros", « entre 40 et 50 partenaires »: one figure, anything in the range."""
    merged: list[QuantityMention] = []
    for mention in mentions:
        first = merged[-1] if merged else None
        joiner = first and _PAIR_JOINER.fullmatch(text, first.end, mention.start)
        if (first is None or not joiner or joiner.group().strip().lower() not in ("et", "and")
                or not _PAIR_OPENING.search(text, 0, first.start) or first.quantity.unit != mention.quantity.unit
                or first.quantity.bound != "exact" or mention.quantity.bound != "exact"
                or not first.quantity.amount < mention.quantity.amount):
            merged.append(mention)
            continue
        low, high = first.quantity.amount, mention.quantity.amount
        quantity = Quantity((low + high) / 2, mention.quantity.unit, high - low, "range")
        merged[-1] = QuantityMention(quantity, first.start, mention.end, text[first.start:mention.end])
    return merged


def _digits_value(digits: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", digits).replace(",", "."))


#: "le triple", "twice": ratios written as words.
RATIO_WORDS = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "thrice": 3, "same": 1, "même": 1,
               "meme": 1}
# "the same stake", « la même part »: a ratio of one between two figures named in turn.
_RATIO_WORDS = re.compile(r"(?<!\w)(?:(?:le|la|the)\s+)?(twice|double|triple|treble|quadruple|thrice|"
                          r"(?:same|même|meme)(?=\s+(?:part|parts|share|stake|participation|proportion|amount|montant)\b))"
                          r"(?![\w-])", re.IGNORECASE)
_DURATION_UNITS = ("year", "month", "week", "day")
_TIMES = re.compile(r"(?:\s+(?:times|fois)\b|[x×](?![\w.,]))", re.IGNORECASE)  # "three times", "2x", "3×"
_FACTOR_BEFORE = re.compile(r"(?i)(?<!\w)(?:(?:divis|multipli)(?:é|e|ée|és|ées|er|ait|aient)\s+par|(?:divided|multiplied)\s+by"
                            r"|by\s+a\s+factor\s+of|d['’]un\s+facteur)\s+$")
FACTOR_REACH = 30
_AND_A_HALF = re.compile(r"\s+(?:and a half|et demie?)\b", re.IGNORECASE)


def _finish(text: str, reversed_text: str, c: _Candidate) -> QuantityMention | None:
    """Add the unit and bound words around a candidate; None if it is not a figure."""
    start, end, unit, bound = c.start, c.end, c.unit, c.bound
    if unit is None and not c.unit_read:
        after = _TAIL.match(text, end)
        if after["unit"] and not after["scale"]:
            unit, end = UNITS[_normalise_unit(after["unit"])], after.end()
    if unit is None:
        times = _TIMES.match(text, end)
        if times:  # "three times", "trois fois": a ratio, not a count of anything
            unit, end = "ratio", times.end()
        elif _FACTOR_BEFORE.search(text, max(0, start - FACTOR_REACH), start):
            unit = "ratio"  # « divisés par deux », "multiplied by three": a factor, not a level
    amount = c.amount
    if unit == "ratio":
        half = _AND_A_HALF.match(text, end)
        if half:  # « deux fois et demie »
            amount, end = amount + Decimal("0.5"), half.end()
    if c.needs_unit and unit is None:
        return None
    if unit in _DURATION_UNITS:
        half = _AND_A_HALF.match(text, end)
        if half:  # "un an et demi", "two years and a half"
            amount, end = amount + Decimal("0.5"), half.end()
    before = _BOUND_BEFORE.find(text, reversed_text, start)
    article = None if before else _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    if article:  # « moins de la moitié », "less than the half"
        before = _BOUND_BEFORE.find(text, reversed_text, article.start())
    if before:
        start, bound = before
    else:
        after_bound = _BOUND_AFTER.match(text, end)
        if after_bound:
            bound, end = BOUNDS_AFTER[re.sub(r"\s+", " ", after_bound["word"].lower())], after_bound.end()
    amount, precision = float(amount), float(c.precision)
    if not (isfinite(amount) and isfinite(precision)):
        return None
    return QuantityMention(Quantity(amount, unit, precision, bound), start, end, text[start:end])
