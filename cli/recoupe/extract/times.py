"""Find the dates and periods stated in a sentence, in English or French.

Every expression becomes a `TimeSpan`: an inclusive range of days with the
precision it was stated with ("2013" is the whole year, precision "year").
The readers below are tried in order; when two overlap the earlier wins, so
"les neuf premiers mois de 2013" is one period and not the year 2013:

1. ranges          "de janvier à septembre 2013", "between 2018 and 2020", "2018-2020"
2. periods         "les neuf premiers mois de 2013", "9M 2013", "H1 2014", "Q3 2013",
                   "1er semestre 2014", "third quarter of 2013"
3. relative years  "cette année", "last year", "il y a deux ans"      (need a reference date)
4. days            "1er janvier 2016", "January 1, 2016", "25/09/2014", "2016-01-01"
5. months          "octobre 2013", "Oct. 2013", "2013-10"
6. lone months     "en avril", "fin juin"                             (need a reference date)
7. years           "2015"

Words just before an expression refine it: a part ("fin juin", "early 2014",
"mi-2015" keep the whole month or year and set `part`) and a bound ("d'ici
2020"/"by 2020" -> "by", "depuis 2012"/"since 2012" -> "since"); both are
included in the mention's text.

Relative expressions are resolved against `reference_date` (the date of a
source article) and flagged `relative=True`; a month without a year stays in
the reference year (a curator checks it). Without a reference date they are
not returned, since nothing places them.

Month names must not be read inside prose: a month alone needs a cue before
it ("en", "in", "fin", "depuis"...), "May" and "March" only count when
capitalised (never the verbs "may", "march"), and abbreviations ("oct",
"Sept.") only next to a day or a year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterator, Literal, NamedTuple

from recoupe.extract._before import PhrasesBefore
from recoupe.extract.spans import Spans
from recoupe.model import TimeSpan

__all__ = ["TimeMention", "find_times", "parse_time_value"]

TimeBound = Literal["in", "by", "since", "between"]
Part = Literal["early", "mid", "late"]


@dataclass(frozen=True)
class TimeMention:
    span: TimeSpan
    start: int
    end: int
    text: str
    bound: TimeBound = "in"
    relative: bool = False
    # A date moved by a duration ("three years after its 2012 launch") keeps the date it counts from.
    anchor: "TimeMention | None" = None


# --------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------

FRENCH_MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12,
}
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
#: Abbreviations, accepted only next to a day or a year ("Oct. 2013").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "janv": 1, "feb": 2, "fév": 2, "fev": 2, "févr": 2, "fevr": 2,
    "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "déc": 12,
}
MONTHS: dict[str, int] = {**FRENCH_MONTHS, **ENGLISH_MONTHS, **MONTH_ABBREVIATIONS}
#: English month names that are also common words: only capitalised.
CAPITALISED_ONLY = {"may", "march", "mar"}

#: Small counts in periods ("les neuf premiers mois", "first 9 months").
COUNTS: dict[str, int] = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1,
}

#: Ordinals of halves and quarters ("1er semestre", "third quarter").
ORDINALS: dict[str, int] = {
    "1er": 1, "1re": 1, "1ère": 1, "premier": 1, "première": 1, "first": 1, "1st": 1,
    "2e": 2, "2ème": 2, "2nd": 2, "deuxième": 2, "second": 2, "seconde": 2,
    "3e": 3, "3ème": 3, "3rd": 3, "troisième": 3, "third": 3,
    "4e": 4, "4ème": 4, "4th": 4, "quatrième": 4, "fourth": 4,
}
#: Months in one half / one quarter, by word and by code letter.
PERIOD_LENGTHS: dict[str, int] = {
    "semestre": 6, "half": 6, "h": 6, "s": 6,
    "trimestre": 3, "quarter": 3, "q": 3, "t": 3,
}

#: Words before a date that name a part of it.
PARTS: dict[str, Part] = {
    "fin": "late", "fin de": "late", "la fin de": "late", "à la fin de": "late",
    "en fin de": "late", "fin de l'année": "late", "fin d'année": "late",
    "late": "late", "end of": "late", "the end of": "late", "at the end of": "late",
    "end-": "late",
    "début": "early", "début de": "early", "au début de": "early",
    "en début de": "early", "début de l'année": "early", "early": "early",
    "beginning of": "early", "the beginning of": "early", "start of": "early",
    "the start of": "early",
    "mi-": "mid", "mi": "mid", "à la mi-": "mid", "milieu de": "mid",
    "au milieu de": "mid", "mid-": "mid", "mid": "mid", "middle of": "mid",
    "the middle of": "mid",
}

#: Words before a date that make it a deadline or a starting point.
BOUNDS: dict[str, TimeBound] = {
    "d'ici": "by", "d'ici à": "by", "d'ici la": "by", "à l'horizon": "by",
    "à l'horizon de": "by", "horizon": "by", "by": "by", "jusqu'en": "by",
    "jusqu'à": "by", "until": "by", "avant": "by", "before": "by",
    "avant la période": "by", "before the period": "by",
    "depuis": "since", "since": "since", "dès": "since", "à partir de": "since",
    "à compter de": "since",
}

#: Words that let a month stand without a year ("en avril", "in April").
MONTH_CUES = ("en", "in", "au mois de", "in the month of", "courant", "de", "d'", "the", "its", "for", "pour")

#: Relative years: phrase -> years from the reference year, and part.
RELATIVE_YEARS: dict[str, tuple[int, Part | None]] = {
    "cette année": (0, None), "this year": (0, None), "l'année en cours": (0, None),
    "fin d'année": (0, "late"), "fin de l'année": (0, "late"), "end of the year": (0, "late"),
    "year-end": (0, "late"), "début d'année": (0, "early"), "début de l'année": (0, "early"),
    "l'an dernier": (-1, None), "l'année dernière": (-1, None), "l'an passé": (-1, None),
    "l'année passée": (-1, None), "last year": (-1, None),
    "l'an prochain": (1, None), "l'année prochaine": (1, None), "next year": (1, None),
}


# --------------------------------------------------------------------------
# Regular expressions
# --------------------------------------------------------------------------

_S = "[ \u00a0\u202f]"  # a space inside an expression


def _alternation(words) -> str:
    """Longest first, so that "septembre" is preferred over "sept"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrase(words: str) -> str:
    """A phrase: any spaces, any apostrophe."""
    return re.escape(words).replace(r"\ ", r"\s+").replace("'", "['’]")


def _phrases(table) -> str:
    return "|".join(_phrase(w) for w in sorted(table, key=len, reverse=True))


#: Years said aloud, 2000 to 2039: "twenty fourteen", "two thousand and twelve", « deux mille quatorze ».
_SPOKEN_YEAR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30,
}
_W = "[ -]"
_EN_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_EN_TENS = rf"(?:twenty|thirty)(?:{_W}(?:{_EN_UNIT}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_FR_UNIT = "un|deux|trois|quatre|cinq|six|sept|huit|neuf"
_FR_TENS = (rf"(?:vingt|trente)(?:{_W}et{_W}un|{_W}(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?"
            rf"|dix(?:{_W}(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize")
_SPOKEN_YEAR = (rf"(?i:twenty{_W}(?:{_EN_TENS})"
                rf"|two{_W}thousand(?:{_W}and)?{_W}(?:{_EN_TENS}|{_EN_UNIT})"
                rf"|deux{_W}mille?{_W}(?:{_FR_TENS}|{_FR_UNIT}))")


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d|{_SPOKEN_YEAR})(?![\w%]|[.,/]\d)"


def _year_value(said: str) -> int:
    """The year of "2014" or of a year said aloud ("twenty fourteen", « deux mille quatorze »)."""
    if said.isdigit():
        return int(said)
    words = [w for w in re.split(r"[ -]+", said.lower()) if w not in ("and", "et")]
    start = 2 if words[1] in ("thousand", "mille", "mil") else 1
    return 2000 + sum(_SPOKEN_YEAR_WORDS[w] for w in words[start:])


#: The first letters of every month word: a quick test before the long alternation.
_MONTH_PREFIXES = r"(?i:jan|f[eé][vb]|ma[iry]|a[vp]r|ju[iln]|ao[uû]|aug|sep|oct|nov|d[eé]c)"
_MONTH_START = rf"(?={_MONTH_PREFIXES})"


def _month(name: str, full_only: bool = False) -> str:
    words = {**FRENCH_MONTHS, **ENGLISH_MONTHS} if full_only else MONTHS
    return rf"{_MONTH_START}(?P<{name}>(?i:{_alternation(words)}))\b\.?"


_COUNT = rf"(?:1[0-2]|[1-9]|(?i:{_alternation(COUNTS)}))"
_ORDINAL = rf"(?i:{_alternation(ORDINALS)})"
#: "de 2013", "of 2013", "de l'année 2013", "of fiscal 2013", or just " 2013".
_OF_YEAR = rf"(?:{_S}+(?i:de|d['’]|of|en|in))?(?:{_S}*(?i:l['’]année|l['’]exercice|the{_S}+year|fiscal(?:{_S}+year)?))?{_S}*"

_RANGE_MONTHS = re.compile(
    rf"""(?<!\w)(?=(?i:de|du|from|between|entre)\s|{_MONTH_PREFIXES})(?:(?P<kw>(?i:de|du|from|between|entre)){_S}+)?
    {_month("m1")}(?:{_S}+{_year("y1")})?
    (?:{_S}*[-–—]{_S}*|{_S}+(?P<sep>(?i:à|au|to|and|et|through|until|jusqu['’]à|jusqu['’]en)){_S}+)
    {_month("m2")}{_S}+{_year("y2")}""",
    re.VERBOSE,
)
_RANGE_YEARS = re.compile(
    rf"""(?<!\w)(?:(?P<kw>(?i:de|from|between|btw|entre)){_S}+)?
    (?<![\w.,/]){_year("y1")}
    (?:{_S}*[-–—]{_S}*|{_S}+(?P<sep>(?i:à|au|to|and|et|through|until)){_S}+)
    (?:{_year("y2")}|(?P<short>\d\d)(?![\w%]|[-–.,/]\d|{_S}*(?i:M€|Md€|k€|€|%|millions?|milliards?|bn|m\b)))""",
    re.VERBOSE,
)
_MONTHS_IN = {"mois": 1, "months": 1, "trimestres": 3, "quarters": 3, "semestres": 6, "halves": 6}
_FIRST_MONTHS = re.compile(
    rf"""(?<!\w)(?i:(?:(?:les|the){_S}+)?
    (?:(?P<n1>{_COUNT}){_S}+(?P<w1>premiers|derniers){_S}+(?P<u1>mois|trimestres|semestres)
      |(?P<w2>first|last){_S}+(?P<n2>{_COUNT}){_S}+(?P<u2>months|quarters|halves)))
    (?:{_OF_YEAR}{_year("y")})?
    # A note's "9 mois 2013", "nine months of 2013": months straight before a year.
    |(?<!\w)(?P<n3>{_COUNT}){_S}+(?P<u3>(?i:mois|months)){_S}+(?:(?i:de|of){_S}+)?{_year("y3")}""",
    re.VERBOSE,
)
_CODE_PERIOD = re.compile(
    rf"""\b(?:(?P<code>[HSQT])(?P<k>[1-4])|(?P<k2>[1-4])(?P<code2>[HQ])|(?P<n>1[0-2]|[1-9])M)
    (?:{_S}|-|/)?{_year("y")}""",
    re.VERBOSE,
)
_ORDINAL_PERIOD = re.compile(
    rf"""(?<![\w])(?:(?i:le|la|au|du|the|in{_S}+the|en){_S}+)?
    (?P<ord>{_ORDINAL}){_S}+(?P<unit>(?i:semestre|trimestre|half|quarter))\b
    (?:{_OF_YEAR}{_year("y")})?""",
    re.VERBOSE,
)
#: Seasons, by their usual months (winter straddles two years: left out).
SEASONS = {"printemps": (3, 6), "spring": (3, 6), "été": (6, 9), "summer": (6, 9),
           "automne": (9, 12), "autumn": (9, 12), "fall": (9, 12)}
_SEASON = re.compile(
    rf"""(?<!\w)(?:(?P<season>(?i:printemps|automne|spring|summer|autumn|fall))
    |(?i:l['’]|cet){_S}*(?P<ete>(?i:été)))
    {_S}+(?:(?i:de|of|d['’]){_S}*)?{_year("y")}""",
    re.VERBOSE,
)
_RELATIVE_YEAR = re.compile(
    rf"""(?i)(?<!\w)(?:(?P<phrase>{_phrases(RELATIVE_YEARS)})
    |il{_S}+y{_S}+a{_S}+(?P<ago1>{_COUNT}){_S}+ans?
    |(?P<ago2>{_COUNT}){_S}+years?{_S}+ago)\b""",
    re.VERBOSE,
)
_ISO_DAY = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-]|[.,]\d)")
_NUMERIC_DAY = re.compile(
    r"(?<![\w.,/])(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/]|[.,]\d)"
)
_DAY_MONTH = re.compile(
    rf"""(?<![\w.,/])(?:(?P<d>[0-3]?\d)(?:er|re|ère|e|st|nd|rd|th)?|(?P<first>(?i:premier)))
    {_S}+(?:(?i:of){_S}+)?{_month("m")}(?:,?{_S}+{_year("y")})?""",
    re.VERBOSE,
)
_MONTH_DAY = re.compile(
    rf"""(?<!\w){_MONTH_START}(?P<m>(?i:{_alternation(ENGLISH_MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))\b\.?
    {_S}+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?{_S}+{_year("y")})?(?!\d|{_S}\d{{3}}\b|[.,]\d)""",
    re.VERBOSE,
)
_ISO_MONTH = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?![\w-]|[.,/]\d)")
_MONTH_YEAR = re.compile(rf"(?<!\w){_month('m')}{_S}+(?:(?i:de|of){_S}+)?{_year('y')}")
_NUMERIC_MONTH = re.compile(r"(?<![\w.,/])(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4})(?![\w/]|[.,]\d)")
_LONE_MONTH = re.compile(rf"(?<![\w-]){_month('m', full_only=True)}")
_YEAR = re.compile(
    rf"(?<![\w.,/]){_year('y')}"
    rf"(?!{_S}?(?:€|\$|(?i:[kKmM]€|M?EUR\b|euros?\b|dollars?\b|millions?\b|milliards?\b|pour{_S}?cent|percent)))"
)

_PART_BEFORE = PhrasesBefore(PARTS)
_BOUND_BEFORE = PhrasesBefore(BOUNDS)
_MONTH_CUE_BEFORE = PhrasesBefore(dict.fromkeys(MONTH_CUES, True))


# --------------------------------------------------------------------------
# Spans
# --------------------------------------------------------------------------

def _year_span(year: int) -> TimeSpan:
    return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")


def _months_span(year: int, first: int, last_year: int, last: int) -> TimeSpan:
    """From the first day of one month to the last day of another."""
    end_day = calendar.monthrange(last_year, last)[1]
    return TimeSpan(date(year, first, 1), date(last_year, last, end_day), "month")


def _month_span(year: int, month: int) -> TimeSpan:
    return _months_span(year, month, year, month)


def _day_span(year: int, month: int, day: int) -> TimeSpan:
    day_ = date(year, month, day)  # raises ValueError for 31 February
    return TimeSpan(day_, day_, "day")


# --------------------------------------------------------------------------
# Readers: each yields candidates from one kind of expression
# --------------------------------------------------------------------------

class _Candidate(NamedTuple):
    start: int
    end: int
    span: TimeSpan
    relative: bool = False
    bound: TimeBound | None = None   # set by the expression itself ("between")
    decorate: bool = True            # may take a part word before it


def _month_number(m: re.Match, group: str) -> int | None:
    """The month a matched name stands for, None for "may"/"march" in lower case."""
    word = m[group]
    if word.lower() in CAPITALISED_ONLY and not word[0].isupper():
        return None
    return MONTHS[word.lower()]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNTS[word.lower()]


def _read_ranges(text: str, ref: date | None) -> Iterator[_Candidate]:
    """'de janvier à septembre 2013', 'entre 2018 et 2020', '2018–2020'."""
    for m in _RANGE_MONTHS.finditer(text):
        kw, sep = (m["kw"] or "").lower(), (m["sep"] or "").lower()
        first, last = _month_number(m, "m1"), _month_number(m, "m2")
        if first is None or last is None or (sep in ("et", "and") and kw not in ("entre", "between")):
            continue
        y2 = _year_value(m["y2"])
        y1 = _year_value(m["y1"]) if m["y1"] else y2
        if (y1, first) < (y2, last):
            yield _Candidate(m.start(), m.end(), _months_span(y1, first, y2, last),
                             bound="between" if kw in ("entre", "between") else None, decorate=False)
    for m in _RANGE_YEARS.finditer(text):
        kw, sep = (m["kw"] or "").lower().replace("btw", "between"), (m["sep"] or "").lower()  # "btw 2018 and 2020"
        if sep in ("et", "and") and kw not in ("entre", "between"):
            continue
        if sep and not kw and sep not in ("to", "through", "until"):
            continue  # "2013 à 2015" without "de" is too loose
        y1 = _year_value(m["y1"])
        if m["short"] and (sep or int(m["short"]) <= 12 and "-" in m.group()):
            continue  # "2018–20" is a range; "2018 to 20" is not written, and "2014-09" is a month
        y2 = y1 - y1 % 100 + int(m["short"]) if m["short"] else _year_value(m["y2"])  # "2018–20": 2020
        if y1 < y2:
            span = TimeSpan(date(y1, 1, 1), date(y2, 12, 31), "year")
            yield _Candidate(m.start(), m.end(), span,
                             bound="between" if kw in ("entre", "between") else None, decorate=False)


def _read_periods(text: str, ref: date | None) -> Iterator[_Candidate]:
    """First/last months (or quarters, halves) of a year, halves and quarters."""
    for m in _FIRST_MONTHS.finditer(text):
        n = _count(m["n1"] or m["n2"] or m["n3"]) * _MONTHS_IN[(m["u1"] or m["u2"] or m["u3"]).lower()]
        last = (m["w1"] or m["w2"] or "").lower() in ("derniers", "last")
        year, relative = _year_or_reference(m["y"] or m["y3"], ref)
        if year is not None and 1 <= n <= 12:
            first, final = (13 - n, 12) if last else (1, n)
            yield _Candidate(m.start(), m.end(), _months_span(year, first, year, final), relative, decorate=False)
    for m in _CODE_PERIOD.finditer(text):
        year = _year_value(m["y"])
        if m["n"]:  # "9M 2013": the first nine months
            yield _Candidate(m.start(), m.end(), _months_span(year, 1, year, int(m["n"])), decorate=False)
            continue
        length = PERIOD_LENGTHS[(m["code"] or m["code2"]).lower()]
        span = _nth_period(year, int(m["k"] or m["k2"]), length)
        if span:
            yield _Candidate(m.start(), m.end(), span, decorate=False)
    for m in _SEASON.finditer(text):
        first, last = SEASONS[(m["season"] or m["ete"]).lower()]
        year = _year_value(m["y"])
        start = m.start("ete") if m["ete"] else m.start()
        yield _Candidate(start, m.end(), _months_span(year, first, year, last), decorate=False)
    for m in _ORDINAL_PERIOD.finditer(text):
        year, relative = _year_or_reference(m["y"], ref)
        if year is None:
            continue
        span = _nth_period(year, ORDINALS[m["ord"].lower()], PERIOD_LENGTHS[m["unit"].lower()])
        if span:
            yield _Candidate(m.start(), m.end(), span, relative, decorate=False)


def _year_or_reference(year: str | None, ref: date | None) -> tuple[int | None, bool]:
    """The stated year, else the reference year (relative), else nothing."""
    if year:
        return _year_value(year), False
    return (ref.year, True) if ref else (None, False)


def _nth_period(year: int, n: int, length: int) -> TimeSpan | None:
    """The n-th half (length 6) or quarter (length 3) of a year."""
    if n * length > 12:
        return None
    return _months_span(year, (n - 1) * length + 1, year, n * length)


def _read_relative_years(text: str, ref: date | None) -> Iterator[_Candidate]:
    """'cette année', 'l'an dernier', 'il y a deux ans' against the reference date."""
    if ref is None:
        return
    for m in _RELATIVE_YEAR.finditer(text):
        part = None
        if m["phrase"]:
            key = re.sub(r"\s+", " ", m["phrase"].lower().replace("’", "'"))
            offset, part = RELATIVE_YEARS[key]
        else:
            offset = -_count(m["ago1"] or m["ago2"])
        span = _year_span(ref.year + offset)
        if part:
            span = TimeSpan(span.start, span.end, span.precision, part)
        yield _Candidate(m.start(), m.end(), span, relative=True, decorate=part is None)


def _read_days(text: str, ref: date | None) -> Iterator[_Candidate]:
    """Full dates; a day and month without a year is relative."""
    for m in _ISO_DAY.finditer(text):
        yield from _day(m, _year_value(m["y"]), int(m["m"]), int(m["d"]))
    for m in _NUMERIC_DAY.finditer(text):
        day, month = int(m["d"]), int(m["m"])
        if month > 12 >= day:
            day, month = month, day  # "09/25/2014": the American order
        yield from _day(m, _year_value(m["y"]), month, day)
    for reader in (_DAY_MONTH, _MONTH_DAY):
        for m in reader.finditer(text):
            month = _month_number(m, "m")
            if month is None:
                continue
            day = 1 if reader is _DAY_MONTH and m["first"] else int(m["d"])
            if m["y"]:
                yield from _day(m, _year_value(m["y"]), month, day)
            elif ref is not None and m["m"].lower() not in MONTH_ABBREVIATIONS:
                yield from _day(m, ref.year, month, day, relative=True)


def _day(m: re.Match, year: int, month: int, day: int, relative: bool = False) -> Iterator[_Candidate]:
    try:
        yield _Candidate(m.start(), m.end(), _day_span(year, month, day), relative)
    except ValueError:
        return


def _read_months(text: str, ref: date | None) -> Iterator[_Candidate]:
    """A month with its year: 'octobre 2013', 'Oct. 2013', '2013-10', '10/2013'."""
    for pattern in (_ISO_MONTH, _NUMERIC_MONTH):
        for m in pattern.finditer(text):
            yield _Candidate(m.start(), m.end(), _month_span(_year_value(m["y"]), int(m["m"])))
    for m in _MONTH_YEAR.finditer(text):
        month = _month_number(m, "m")
        if month is not None:
            yield _Candidate(m.start(), m.end(), _month_span(_year_value(m["y"]), month))


def _read_lone_months(text: str, ref: date | None) -> Iterator[_Candidate]:
    """'en avril', 'fin juin': the month in the reference year, after a cue word."""
    if ref is None:
        return
    reversed_text = text[::-1]
    for m in _LONE_MONTH.finditer(text):
        month = _month_number(m, "m")
        if month is None or not any(
            cue.find(text, reversed_text, m.start()) for cue in (_MONTH_CUE_BEFORE, _PART_BEFORE, _BOUND_BEFORE)
        ):
            continue
        yield _Candidate(m.start(), m.end(), _month_span(ref.year, month), relative=True)


# « la session du 20 novembre », "on 20 November": a day of a month whose year is unsaid.
_DAY_BEFORE = re.compile(r"(?<![\w,.])(?:1er|[12]?\d|3[01])[^\S\n]{1,3}$")
#: A day said aloud before its month: « le vingt novembre », "the twentieth of November".
_FR_DAYS = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
_FR_DAYS += [f"vingt-{w}" for w in _FR_DAYS[1:9]] + ["vingt et un", "trente", "trente et un"]
_EN_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
_EN_DAYS += [f"twenty-{w}" for w in _EN_DAYS[:9]] + ["thirtieth", "thirty-first"]
DAY_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_FR_DAYS[:20], 1)}, **{w: 20 + i for i, w in enumerate(_FR_DAYS[20:28], 2)},
    "vingt et un": 21, "trente": 30, "trente et un": 31,
    **{w: i for i, w in enumerate(_EN_DAYS[:20], 1)}, **{w: 20 + i for i, w in enumerate(_EN_DAYS[20:29], 1)},
    "thirtieth": 30, "thirty-first": 31,
}
_DAY_WORD_BEFORE = re.compile(rf"(?i)(?<!\w)(?:le|the|on the)[^\S\n]+(?P<d>{_alternation(DAY_WORDS)})"
                              rf"(?:[^\S\n]+of)?[^\S\n]{{1,3}}$")


@dataclass(frozen=True)
class YearlessMonth:
    """"En avril", "fin juin" in a statement with no reference date: a month
    of a year the statement leaves unsaid. It can still be compared with a
    source's month: April of any year is not March 2014."""

    month: int
    part: str | None
    start: int
    end: int
    text: str
    day: int | None = None  # « le 20 novembre »


def find_yearless_months(text: str, times: list[TimeMention]) -> list[YearlessMonth]:
    """The lone months (after a cue word, outside every dated expression) of a statement read without a reference date."""
    reversed_text = text[::-1]
    found = []
    for m in _DAYLESS_OR_DAY_MONTH.finditer(text):
        month = _month_number(m, "m")
        day = _DAY_BEFORE.search(text, 0, m.start())
        said = None if day else _DAY_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = None if day or said else _DAY_AFTER.match(text, m.end())  # "nov 20", "November 20th"
        full = m["m"].lower() in FRENCH_MONTHS or m["m"].lower() in ENGLISH_MONTHS
        if month is None or any(t.start <= m.start() < t.end for t in times) or not (day or said or after) and not (
                full and any(cue.find(text, reversed_text, m.start())
                             for cue in (_MONTH_CUE_BEFORE, _PART_BEFORE, _BOUND_BEFORE))):
            continue
        part = _PART_BEFORE.find(text, reversed_text, m.start())
        start = day.start() if day else said.start("d") if said else part[0] if part else m.start()
        end = after.end() if after else m.end()
        number = (int(day.group().strip().rstrip("er")) if day else DAY_WORDS[said["d"].lower()] if said
                  else int(after["d"]) if after else None)
        found.append(YearlessMonth(month, part[1] if part else None, start, end, text[start:end], number))
    return found


_DAYLESS_OR_DAY_MONTH = re.compile(rf"(?<![\w-]){_month('m')}")
_DAY_AFTER = re.compile(r"[^\S\n]{1,3}(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?"
                        r"(?!\d|[,.]\d|[^\S\n]*(?:%|€|\$|(?i:per[^\S\n]?cent|pour[^\S\n]?cent|million|milliard|bn\b|m\b)))")


def _read_years(text: str, ref: date | None) -> Iterator[_Candidate]:
    for m in _YEAR.finditer(text):
        if not m["y"].isdigit() and not _YEAR_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # « deux mille douze clients » is a count; « en deux mille douze » a year
        yield _Candidate(m.start(), m.end(), _year_span(_year_value(m["y"])))


#: Words that make a year said aloud a year: "in twenty fifteen", « depuis deux mille douze ».
_YEAR_CUE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:in|en|of|de|since|depuis|by|until|from|année|year|dès|d['’]ici|jusqu['’]en|for|pour|"
    r"during|pendant|fin|début|mi|early|late|mid|end|between|entre|and|et|to|à|as)[ -]$")


_READERS: tuple[Callable[[str, date | None], Iterator[_Candidate]], ...] = (
    _read_ranges, _read_periods, _read_relative_years, _read_days,
    _read_months, _read_lone_months, _read_years,
)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------

def find_times(text: str, reference_date: date | None = None) -> list[TimeMention]:
    """Every date or period in `text`, left to right, without overlaps."""
    taken = Spans()
    mentions: list[TimeMention] = []
    candidates = sorted(
        ((c, rank) for rank, reader in enumerate(_READERS) for c in reader(text, reference_date)),
        key=lambda item: (item[1], item[0].start),
    )
    reversed_text = text[::-1]
    for candidate, _rank in candidates:
        mention = _decorate(text, reversed_text, candidate)
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return [_to_date(text, m) for m in mentions]


# "through Q3 2013", « jusqu'au T3 2013 »: from the start of the year to the end of that part.
_YEAR_TO_DATE = re.compile(r"(?:\bthrough|\bthru|\bup to|\bjusqu['’]au|\bjusqu['’]à(?: la)? fin)\s*$", re.IGNORECASE)


def _to_date(text: str, mention: TimeMention) -> TimeMention:
    found = _YEAR_TO_DATE.search(text, max(0, mention.start - 20), mention.start)
    span = mention.span
    if found is None or mention.bound != "in" or span.precision == "year" or span.start.month == 1:
        return mention
    return TimeMention(TimeSpan(date(span.start.year, 1, 1), span.end, span.precision), found.start(), mention.end,
                       text[found.start():mention.end], mention.bound, mention.relative)


def _decorate(text: str, reversed_text: str, c: _Candidate) -> TimeMention:
    """Take the part ("fin") and bound ("d'ici") words just before an expression."""
    start, span = c.start, c.span
    if c.decorate:
        part = _PART_BEFORE.find(text, reversed_text, start)
        if part:
            start = part[0]
            span = TimeSpan(span.start, span.end, span.precision, part[1])
    bound = c.bound
    if bound is None:
        found = _BOUND_BEFORE.find(text, reversed_text, start)
        start, bound = found if found else (start, "in")
    return TimeMention(span, start, c.end, text[start : c.end], bound, c.relative)


_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_COARSER = {"day": 0, "month": 1, "year": 2}


def parse_time_value(value: str) -> TimeSpan:
    """Read the database syntax: '2013', '2013-10', '2013-10-01', '2013-01/2013-09'.

    An interval runs from the start of its first end to the end of its last,
    with the coarser of their precisions. Raises ValueError on anything else.
    """
    parts = str(value).strip().split("/")
    if len(parts) > 2:
        raise ValueError(f"not a date or interval: {value!r}")
    spans = [_parse_single(p.strip(), value) for p in parts]
    first, last = spans[0], spans[-1]
    if last.end < first.start:
        raise ValueError(f"interval ends before it starts: {value!r}")
    precision = max(first.precision, last.precision, key=_COARSER.__getitem__)
    return TimeSpan(first.start, last.end, precision)


def _parse_single(text: str, value: str) -> TimeSpan:
    m = _VALUE.fullmatch(text)
    if not m:
        raise ValueError(f"not a date: {value!r}")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if day:
        return _day_span(year, month, day)
    if month:
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month} in {value!r}")
        return _month_span(year, month)
    if year < 1:
        raise ValueError(f"no year 0: {value!r}")
    return _year_span(year)


# --------------------------------------------------------------------------
# Offsets: "deux mois après février 2012", "two years before 2014"
# --------------------------------------------------------------------------

_MONTHS_PER_UNIT = {"month": 1, "year": 12}
_DAYS_PER_UNIT = {"day": 1, "week": 7}
# (A light word may stand before it: « un an à peine après », "a year or so after".)
_OFFSET_WORD = re.compile(r"\s*(?:(?:à peine|tout juste|seulement|just|only|barely|or so)\s+)?"
                          r"(après|plus tard que|after|later than|avant|before|earlier than)\b\s*", re.IGNORECASE)
_OFFSET_REACH = 40
_BACKWARDS = ("avant", "before", "earlier than")


_LASTING = re.compile(r"\b(?:pendant|durant|during|for)(?:\s+[^\W\d_]+){0,2}\s*$", re.IGNORECASE)


def lasting(text: str, start: int) -> bool:
    """A duration said to last (« pendant dix-huit mois avant l'arrivée de
    Renard », "for three years before"): how long, not an offset in time
    ("it was aiming for two years earlier" is one)."""
    return bool(_LASTING.search(text, max(start - 24, 0), start)) and not _AGO_AFTER.match(text, start)


# "two years earlier", "three months ago": an offset back in time, whatever word comes before it.
_AGO_AFTER = re.compile(r"[^\W_]+(?:[^\S\n]+[^\W_]+)?[^\S\n]+(?:years?|months?|weeks?|days?|ans|années|mois|semaines|jours)"
                        r"[^\S\n]+(?:earlier|ago|plus t[ôo]t|auparavant)\b", re.IGNORECASE)


def offset_times(text: str, times: list[TimeMention], durations: list) -> tuple[list[TimeMention], set[int]]:
    """Dates written as a duration from another date: "deux mois après son
    retour de février 2012" is April 2012. Returns the times with each such
    date moved and widened to cover the whole phrase, and the indices of the
    durations used up. Only whole months or years from a date at least as
    precise as a month (or whole years from a year) are read."""
    moved = list(times)
    used: set[int] = set()
    for index, duration in enumerate(durations):
        unit, amount = duration.quantity.unit, duration.quantity.amount
        if unit not in (*_MONTHS_PER_UNIT, *_DAYS_PER_UNIT) or amount != int(amount) or amount <= 0:
            continue
        word = _OFFSET_WORD.match(text, duration.end)
        if word is None or lasting(text, duration.start):
            continue
        # The date may have taken the word as its bound: "trois mois [avant juin 2013]".
        following = [i for i, t in enumerate(moved) if duration.end <= t.start <= word.end() + _OFFSET_REACH
                     and not re.search(r"[.,;:!?()]", text[word.end():t.start])]  # "trois ans après, en 2015"
        if not following:
            continue
        position = following[0]
        anchor = moved[position]
        sign = -1 if word.group(1).lower() in _BACKWARDS else 1
        if unit in _DAYS_PER_UNIT:
            # "three days before 23 November 2012": days from a day, exactly; from a coarser date, unread.
            if anchor.span.precision != "day" or duration.quantity.bound != "exact":
                continue
            day = anchor.span.start + timedelta(days=sign * int(amount) * _DAYS_PER_UNIT[unit])
            span = TimeSpan(day, day, "day")
        else:
            span = offset_span(anchor.span, sign * int(amount) * _MONTHS_PER_UNIT[unit], duration.quantity.bound)
        if span is None:
            continue
        moved[position] = TimeMention(span, duration.start, anchor.end, text[duration.start:anchor.end], "in",
                                      anchor=anchor)
        used.add(index)
    return sorted(moved, key=lambda t: t.start), used


# "the following year", « l'année suivante », "the month before": a year or month
# after (or before) the date written before it. ("The year before the company
# released its offer" takes an object: it dates by that event, not by the date before.)
_NEXT = r"(?:following|next|after|later)"
_PREVIOUS = r"(?:previous|preceding|prior|before|earlier)"
_COUNT_WORDS = "|".join(sorted((word for word in COUNTS if len(word) > 1), key=len, reverse=True))
RELATIVE_PERIOD = re.compile(
    rf"(?i)(?<!\w)(?:the\s+(?P<en_next>{_NEXT})\s+(?P<en_next_unit>year|month)"
    rf"|the\s+(?P<en_unit_next>year|month)\s+(?:after|later)(?=\s*(?:[.,;:!?)»\"”]|and\b|$))"
    rf"|the\s+(?P<en_previous>{_PREVIOUS})\s+(?P<en_previous_unit>year|month)"
    rf"|the\s+(?P<en_unit_previous>year|month)\s+(?:before|earlier)(?=\s*(?:[.,;:!?)»\"”]|and\b|$))"
    r"|l['’](?P<fr_next_year>ann[ée]e\s+suivante|an\s+suivant|ann[ée]e\s+d['’]apr[èe]s)"
    r"|l['’](?P<fr_previous_year>ann[ée]e\s+pr[ée]c[ée]dente|ann[ée]e\s+d['’]avant|an\s+pass[ée])"
    r"|le\s+mois\s+(?:(?P<fr_next_month>suivant|d['’]apr[èe]s)|(?P<fr_previous_month>pr[ée]c[ée]dent|d['’]avant))"
    r"|(?:the|that)\s+(?:very\s+)?same\s+(?P<en_same_unit>year|month)"
    r"|(?:for\s+the|that)\s+(?P<en_that_unit>year|month)(?!\s+(?:was|had|ended|\d))"
    r"|cette\s+(?P<fr_that_year>ann[ée]e)-l[àa]|ce\s+(?P<fr_that_month>mois)-l[àa]"
    rf"|(?P<later_count>\d{{1,2}}|{_COUNT_WORDS})\s+(?P<later_unit>months?|years?|mois|ans?|ann[ée]es?)"
    r"\s+(?:later|plus\s+tard|on(?=\s*(?:[.,;:!?)]|$)))"
    r"|(?:le|ce)\s+m[êe]me\s+(?P<fr_same_month>mois)|(?:la|cette)\s+m[êe]me\s+(?P<fr_same_year>ann[ée]e))"
    r"(?!\w)")


def _relative_step(match: re.Match) -> tuple[str, int]:
    """("year" or "month", and how many of them) of a relative period ("the same month" is 0)."""
    groups = {name: value for name, value in match.groupdict().items() if value}
    if "fr_next_year" in groups or "fr_previous_year" in groups:
        return "year", 1 if "fr_next_year" in groups else -1
    if "fr_next_month" in groups or "fr_previous_month" in groups:
        return "month", 1 if "fr_next_month" in groups else -1
    if "later_count" in groups:
        unit = groups["later_unit"].lower()
        return ("month" if unit.startswith(("month", "mois")) else "year"), _count(groups["later_count"])
    if "en_same_unit" in groups or "en_that_unit" in groups:
        return groups.get("en_same_unit", groups.get("en_that_unit", "")).lower(), 0
    if "fr_that_year" in groups or "fr_that_month" in groups:
        return ("month" if "fr_that_month" in groups else "year"), 0
    if "fr_same_month" in groups or "fr_same_year" in groups:
        return ("month" if "fr_same_month" in groups else "year"), 0
    for unit_group, step in (("en_next_unit", 1), ("en_unit_next", 1), ("en_previous_unit", -1),
                             ("en_unit_previous", -1)):
        if unit_group in groups:
            return groups[unit_group].lower(), step
    raise ValueError(match.group())


def relative_periods(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """"In 2015 … the following year" is 2016, "in November 2012 … the month
    before" is October 2012, "in April 2014, the same month" (or "that month",
    "for the year": 2014) April 2014, "in
    February 2012 … two months later" April 2012: the times with each such
    period added, counted from the date written before it (a month from a
    month, a year from a year or a month)."""
    found = list(times)
    for match in RELATIVE_PERIOD.finditer(text):
        before = [t.span for t in found if t.end <= match.start()]
        if not before:
            continue
        unit, step = _relative_step(match)
        anchor = before[-1]
        if unit == "year" and anchor.start.year == anchor.end.year and date.min.year < anchor.start.year + step < date.max.year:
            span = _year_span(anchor.start.year + step)
        elif unit == "month" and anchor.precision == "month":
            span = shift(anchor, step)
        else:
            continue
        if span is not None:
            found.append(TimeMention(span, match.start(), match.end(), match.group(), "in"))
    return sorted(found, key=lambda t: t.start)


# "before", « avant que », "preceded", « après », "followed", with an interval before it ("two months before").
ORDER_WORD = re.compile(
    r"(?i)(?<!\w)(?<!d['’])(?:(?P<interval>(?:(?:(?:a\s+little|just|slightly|well)\s+(?:over|under|more\s+than|less\s+than)"
    r"|more\s+than|less\s+than|over|under|at\s+least|nearly|almost|about|around|roughly|some|plus\s+de|moins\s+de"
    r"|près\s+de|environ|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de|au\s+moins|presque)\s+"
    r"|(?:près|plus|moins)\s+d['’])?"
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quelques|plusieurs"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|few|several|the)"
    r"\s+(?:mois|ans?|années?|months?|years?))\s+)?"
    r"(?:(?P<before>before|prior\s+to|ahead\s+of|earlier\s+than|avant(?:\s+(?:que|qu['’]|de|d['’]))?"
    r"|(?:a|ont|avait|avaient)\s+précédé|précèdent|précède|preceded|precedes)"
    r"|(?P<after>after|later\s+than|après(?:\s+(?:que|qu['’]))?|(?:a|ont|avait|avaient)\s+suivi|followed|follows)"
    r"|(?P<when>when|lorsque|lorsqu['’]|quand|au\s+moment\s+où))(?!\w)")

@dataclass(frozen=True)
class EventOffset:
    """"près de deux ans après son lancement": a date written as a duration
    from an event the statement names in words, for the database to date.
    `duration` and `anchor` are the spans of the duration and of the event's words."""

    months: int
    bound: str  # of the duration: "exact", "approximate", "at-least", "at-most"
    start: int
    end: int
    duration: tuple[int, int]
    anchor: tuple[int, int]


_EVENT_WORDS = re.compile(r"[^,.;:!?()\[\]«»\"]{3,60}")


def event_offsets(text: str, times: list[TimeMention], durations: list) -> tuple[list[EventOffset], set[int]]:
    """Durations from an event named in words ("two years after its launch",
    « quatre mois après le rachat de SFR »), not from a date (see
    `offset_times`). Returns them and the indices of the durations used up."""
    found: list[EventOffset] = []
    used: set[int] = set()
    for index, duration in enumerate(durations):
        unit, amount = duration.quantity.unit, duration.quantity.amount
        if unit not in _MONTHS_PER_UNIT or amount <= 0 or amount * _MONTHS_PER_UNIT[unit] != int(
                amount * _MONTHS_PER_UNIT[unit]):
            continue
        word = _OFFSET_WORD.match(text, duration.end)
        words = _EVENT_WORDS.match(text, word.end()) if word and not lasting(text, duration.start) else None
        if words is None or not re.search(r"[^\W\d_]{3}", words.group()):
            continue
        anchor_end = words.end() - (len(words.group()) - len(words.group().rstrip()))
        if any(word.end() <= t.start < anchor_end for t in times):
            continue  # a date: offset_times reads it
        months = int(amount * _MONTHS_PER_UNIT[unit]) * (-1 if word.group(1).lower() in _BACKWARDS else 1)
        found.append(EventOffset(months, duration.quantity.bound, duration.start, anchor_end,
                                 (duration.start, duration.end), (word.end(), anchor_end)))
        used.add(index)
    return found, used


def offset_span(span: TimeSpan, months: int, bound: str = "exact") -> TimeSpan | None:
    """A date moved by a duration: "about three years" reaches a few months
    either side, "two years" after a month is rounded to the year, "two
    months" and "two years after 2012" are exact. A bounded duration reaches
    from the date ("less than four months after": up to four months after
    it) or beyond the duration ("over three years after": three years after
    it or later, as far again at most)."""
    slack = max(2, abs(months) // 4) if bound == "approximate" else (
        3 if months % 12 == 0 and span.precision != "year" else 0)
    early, late = shift(span, months - slack), shift(span, months + slack)
    if early is None or late is None:
        return None
    precision = "month" if early.precision == "month" else "year"
    if bound == "at-most":
        low, high = (span, late) if months > 0 else (early, span)
        return TimeSpan(low.start, high.end, precision)
    if bound == "at-least":
        far = shift(span, 2 * months)
        if far is None:
            return None
        low, high = (early, far) if months > 0 else (far, late)
        return TimeSpan(low.start, high.end, precision)
    if not slack:
        return early
    return TimeSpan(early.start, late.end, precision)


def shift(span: TimeSpan, months: int) -> TimeSpan | None:
    """A month or year span moved by whole months (whole years for a year), or None."""
    if span.precision == "year":
        if months % 12:
            return None
        years = months // 12
        if not (date.min.year <= span.start.year + years and span.end.year + years <= date.max.year):
            return None
        return TimeSpan(date(span.start.year + years, 1, 1), date(span.end.year + years, 12, 31), "year", span.part)
    if span.precision != "month" or (span.start.year, span.start.month) != (span.end.year, span.end.month):
        return None
    total = span.start.year * 12 + span.start.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not date.min.year <= year <= date.max.year:
        return None  # "10000 years after its launch"
    return TimeSpan(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")
