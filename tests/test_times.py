"""The date grammar: table of forms, relative dates, round-trips, robustness."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.events import _months_fit
from recoupe.extract.times import find_times, find_yearless_months, parse_time_value
from recoupe.model import TimeSpan

REF = date(2014, 9, 25)
D = date


def only(text: str, ref: date | None = None):
    found = find_times(text, ref)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# (text, start, end, precision, part, bound, span text)
FORMS = [
    ("en 2015", D(2015, 1, 1), D(2015, 12, 31), "year", None, "in", "2015"),
    ("in 2015", D(2015, 1, 1), D(2015, 12, 31), "year", None, "in", "2015"),
    ("Numergy 2013 revenue 2M€", D(2013, 1, 1), D(2013, 12, 31), "year", None, "in", "2013"),
    ("octobre 2013", D(2013, 10, 1), D(2013, 10, 31), "month", None, "in", "octobre 2013"),
    ("October 2013", D(2013, 10, 1), D(2013, 10, 31), "month", None, "in", "October 2013"),
    ("Oct. 2013", D(2013, 10, 1), D(2013, 10, 31), "month", None, "in", "Oct. 2013"),
    ("oct 2013", D(2013, 10, 1), D(2013, 10, 31), "month", None, "in", "oct 2013"),
    ("2013-10", D(2013, 10, 1), D(2013, 10, 31), "month", None, "in", "2013-10"),
    ("février 2012", D(2012, 2, 1), D(2012, 2, 29), "month", None, "in", "février 2012"),
    ("mars 2013", D(2013, 3, 1), D(2013, 3, 31), "month", None, "in", "mars 2013"),
    ("May 2013", D(2013, 5, 1), D(2013, 5, 31), "month", None, "in", "May 2013"),
    ("1er janvier 2016", D(2016, 1, 1), D(2016, 1, 1), "day", None, "in", "1er janvier 2016"),
    ("January 1, 2016", D(2016, 1, 1), D(2016, 1, 1), "day", None, "in", "January 1, 2016"),
    ("January 1st, 2016", D(2016, 1, 1), D(2016, 1, 1), "day", None, "in", "January 1st, 2016"),
    ("1 January 2016", D(2016, 1, 1), D(2016, 1, 1), "day", None, "in", "1 January 2016"),
    ("25/09/2014", D(2014, 9, 25), D(2014, 9, 25), "day", None, "in", "25/09/2014"),
    ("2016-01-01", D(2016, 1, 1), D(2016, 1, 1), "day", None, "in", "2016-01-01"),
    ("le 6 mars 2013", D(2013, 3, 6), D(2013, 3, 6), "day", None, "in", "6 mars 2013"),
    ("fin juin 2012", D(2012, 6, 1), D(2012, 6, 30), "month", "late", "in", "fin juin 2012"),
    ("Fin juin 2012", D(2012, 6, 1), D(2012, 6, 30), "month", "late", "in", "Fin juin 2012"),
    ("end of June 2012", D(2012, 6, 1), D(2012, 6, 30), "month", "late", "in", "end of June 2012"),
    ("late December 2011", D(2011, 12, 1), D(2011, 12, 31), "month", "late", "in", "late December 2011"),
    ("fin décembre 2011", D(2011, 12, 1), D(2011, 12, 31), "month", "late", "in", "fin décembre 2011"),
    ("début septembre 2012", D(2012, 9, 1), D(2012, 9, 30), "month", "early", "in", "début septembre 2012"),
    ("early 2014", D(2014, 1, 1), D(2014, 12, 31), "year", "early", "in", "early 2014"),
    ("fin 2014", D(2014, 1, 1), D(2014, 12, 31), "year", "late", "in", "fin 2014"),
    ("mi-2015", D(2015, 1, 1), D(2015, 12, 31), "year", "mid", "in", "mi-2015"),
    ("mid-2015", D(2015, 1, 1), D(2015, 12, 31), "year", "mid", "in", "mid-2015"),
    ("les neuf premiers mois de 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "les neuf premiers mois de 2013"),
    ("sur les 9 premiers mois de l'année 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "les 9 premiers mois de l'année 2013"),
    ("the first nine months of 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "the first nine months of 2013"),
    ("first nine months of 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "first nine months of 2013"),
    ("les trois derniers mois de 2013", D(2013, 10, 1), D(2013, 12, 31), "month", None, "in",
     "les trois derniers mois de 2013"),
    ("9M 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in", "9M 2013"),
    ("9M2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in", "9M2013"),
    ("H1 2014", D(2014, 1, 1), D(2014, 6, 30), "month", None, "in", "H1 2014"),
    ("S2 2014", D(2014, 7, 1), D(2014, 12, 31), "month", None, "in", "S2 2014"),
    ("1er semestre 2014", D(2014, 1, 1), D(2014, 6, 30), "month", None, "in", "1er semestre 2014"),
    ("premier semestre 2014", D(2014, 1, 1), D(2014, 6, 30), "month", None, "in", "premier semestre 2014"),
    ("first half of 2014", D(2014, 1, 1), D(2014, 6, 30), "month", None, "in", "first half of 2014"),
    ("second half of 2014", D(2014, 7, 1), D(2014, 12, 31), "month", None, "in", "second half of 2014"),
    ("Q3 2013", D(2013, 7, 1), D(2013, 9, 30), "month", None, "in", "Q3 2013"),
    ("T3 2013", D(2013, 7, 1), D(2013, 9, 30), "month", None, "in", "T3 2013"),
    ("troisième trimestre 2013", D(2013, 7, 1), D(2013, 9, 30), "month", None, "in",
     "troisième trimestre 2013"),
    ("the third quarter of 2013", D(2013, 7, 1), D(2013, 9, 30), "month", None, "in",
     "the third quarter of 2013"),
    ("January–September 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in", "January–September 2013"),
    ("January-September 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in", "January-September 2013"),
    ("de janvier à septembre 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "de janvier à septembre 2013"),
    ("from January to September 2013", D(2013, 1, 1), D(2013, 9, 30), "month", None, "in",
     "from January to September 2013"),
    ("between 2018 and 2020", D(2018, 1, 1), D(2020, 12, 31), "year", None, "between", "between 2018 and 2020"),
    ("entre 2018 et 2020", D(2018, 1, 1), D(2020, 12, 31), "year", None, "between", "entre 2018 et 2020"),
    ("2018-2020", D(2018, 1, 1), D(2020, 12, 31), "year", None, "in", "2018-2020"),
    ("2018–2020", D(2018, 1, 1), D(2020, 12, 31), "year", None, "in", "2018–2020"),
    ("2018–20", D(2018, 1, 1), D(2020, 12, 31), "year", None, "in", "2018–20"),
    ("2014-15", D(2014, 1, 1), D(2015, 12, 31), "year", None, "in", "2014-15"),
    ("d'ici 2020", D(2020, 1, 1), D(2020, 12, 31), "year", None, "by", "d'ici 2020"),
    ("d’ici 2020", D(2020, 1, 1), D(2020, 12, 31), "year", None, "by", "d’ici 2020"),
    ("by 2020", D(2020, 1, 1), D(2020, 12, 31), "year", None, "by", "by 2020"),
    ("by 2017", D(2017, 1, 1), D(2017, 12, 31), "year", None, "by", "by 2017"),
    ("à l'horizon 2020", D(2020, 1, 1), D(2020, 12, 31), "year", None, "by", "à l'horizon 2020"),
    ("d'ici fin 2015", D(2015, 1, 1), D(2015, 12, 31), "year", "late", "by", "d'ici fin 2015"),
    ("by the end of 2015", D(2015, 1, 1), D(2015, 12, 31), "year", "late", "by", "by the end of 2015"),
    ("since 2012", D(2012, 1, 1), D(2012, 12, 31), "year", None, "since", "since 2012"),
    ("depuis 2012", D(2012, 1, 1), D(2012, 12, 31), "year", None, "since", "depuis 2012"),
    ("depuis octobre 2013", D(2013, 10, 1), D(2013, 10, 31), "month", None, "since", "depuis octobre 2013"),
    # years said aloud
    ("in twenty fifteen", D(2015, 1, 1), D(2015, 12, 31), "year", None, "in", "twenty fifteen"),
    ("en deux mille quatorze", D(2014, 1, 1), D(2014, 12, 31), "year", None, "in", "deux mille quatorze"),
    ("in two thousand and nine", D(2009, 1, 1), D(2009, 12, 31), "year", None, "in", "two thousand and nine"),
    ("February twenty twelve", D(2012, 2, 1), D(2012, 2, 29), "month", None, "in", "February twenty twelve"),
    ("en mai deux mille douze", D(2012, 5, 1), D(2012, 5, 31), "month", None, "in", "mai deux mille douze"),
    ("between twenty eighteen and twenty twenty", D(2018, 1, 1), D(2020, 12, 31), "year", None, "between",
     "between twenty eighteen and twenty twenty"),
]


@pytest.mark.parametrize("text,start,end,precision,part,bound,span", FORMS, ids=[f[0] for f in FORMS])
def test_forms(text, start, end, precision, part, bound, span):
    for ref in (None, REF):
        m = only(text, ref)
        assert (m.span.start, m.span.end, m.span.precision, m.span.part) == (start, end, precision, part)
        assert m.bound == bound
        assert m.text == span == text[m.start : m.end]
        assert m.relative is False


# (text, start, end, precision, part, span text) resolved against REF = 2014-09-25
RELATIVE = [
    ("en avril", D(2014, 4, 1), D(2014, 4, 30), "month", None, "avril"),
    ("SFR annonce en mai avoir trouvé", D(2014, 5, 1), D(2014, 5, 31), "month", None, "mai"),
    ("in April", D(2014, 4, 1), D(2014, 4, 30), "month", None, "April"),
    ("in May", D(2014, 5, 1), D(2014, 5, 31), "month", None, "May"),
    ("fin juin", D(2014, 6, 1), D(2014, 6, 30), "month", "late", "fin juin"),
    ("Fin juin, près de deux ans après", D(2014, 6, 1), D(2014, 6, 30), "month", "late", "Fin juin"),
    ("début septembre", D(2014, 9, 1), D(2014, 9, 30), "month", "early", "début septembre"),
    ("en décembre", D(2014, 12, 1), D(2014, 12, 31), "month", None, "décembre"),
    ("C'est en juin que la société a lancé", D(2014, 6, 1), D(2014, 6, 30), "month", None, "juin"),
    ("le 12 mars", D(2014, 3, 12), D(2014, 3, 12), "day", None, "12 mars"),
    ("cette année", D(2014, 1, 1), D(2014, 12, 31), "year", None, "cette année"),
    ("this year", D(2014, 1, 1), D(2014, 12, 31), "year", None, "this year"),
    ("l'an dernier", D(2013, 1, 1), D(2013, 12, 31), "year", None, "l'an dernier"),
    ("l'année dernière", D(2013, 1, 1), D(2013, 12, 31), "year", None, "l'année dernière"),
    ("last year", D(2013, 1, 1), D(2013, 12, 31), "year", None, "last year"),
    ("l'année prochaine", D(2015, 1, 1), D(2015, 12, 31), "year", None, "l'année prochaine"),
    ("next year", D(2015, 1, 1), D(2015, 12, 31), "year", None, "next year"),
    ("il y a deux ans", D(2012, 1, 1), D(2012, 12, 31), "year", None, "il y a deux ans"),
    ("two years ago", D(2012, 1, 1), D(2012, 12, 31), "year", None, "two years ago"),
    ("d'ici la fin de l'année", D(2014, 1, 1), D(2014, 12, 31), "year", "late", "d'ici la fin de l'année"),
    ("pour ce second semestre", D(2014, 7, 1), D(2014, 12, 31), "month", None, "second semestre"),
    ("the second half", D(2014, 7, 1), D(2014, 12, 31), "month", None, "the second half"),
]


@pytest.mark.parametrize("text,start,end,precision,part,span", RELATIVE, ids=[r[0] for r in RELATIVE])
def test_relative(text, start, end, precision, part, span):
    m = only(text, REF)
    assert (m.span.start, m.span.end, m.span.precision, m.span.part) == (start, end, precision, part)
    assert m.relative is True
    assert m.text == span
    assert find_times(text) == []  # nothing places it without a reference date


@pytest.mark.parametrize(
    "text",
    [
        "You may go.",
        "Mars is a planet.",
        "Les troupes march on.",
        "the oct team",
        "Cloudwatt vise 10 000 VM",
        "2 000 000 €",
        "OpenStack 2",
        "12 M€",
        "la planète mars",
        "Sept acteurs",
        "2000 €",
        "1999 M€",
        "a 33,3 % stake",
    ],
)
def test_not_times(text):
    assert find_times(text, REF) == []


def test_sentence():
    text = ("Numergy a réalisé 2 millions d'euros de chiffre d'affaires sur les neuf premiers mois "
            "de 2013 et vise 400 millions d'euros d'ici 2020.")
    found = find_times(text)
    assert [(m.text, m.bound) for m in found] == [("les neuf premiers mois de 2013", "in"), ("d'ici 2020", "by")]


def test_month_then_figure_is_not_a_day():
    found = find_times("Nous visons 10 000 machines virtuelles en décembre 10 000", REF)
    assert [m.text for m in found] == ["décembre"]


@pytest.mark.parametrize(
    "value,start,end,precision",
    [
        ("2013", D(2013, 1, 1), D(2013, 12, 31), "year"),
        ("2013-10", D(2013, 10, 1), D(2013, 10, 31), "month"),
        ("2013-10-01", D(2013, 10, 1), D(2013, 10, 1), "day"),
        ("2013-01/2013-09", D(2013, 1, 1), D(2013, 9, 30), "month"),
        ("2018/2020", D(2018, 1, 1), D(2020, 12, 31), "year"),
        (" 2012-02 ", D(2012, 2, 1), D(2012, 2, 29), "month"),
    ],
)
def test_parse_time_value(value, start, end, precision):
    assert parse_time_value(value) == TimeSpan(start, end, precision)


@pytest.mark.parametrize("value", ["", "13", "2013-13", "2013-02-30", "2013/2012", "2013-1", "octobre 2013",
                                   "2013-01/2013-02/2013-03", "0000"])
def test_parse_time_value_rejects(value):
    with pytest.raises(ValueError):
        parse_time_value(value)


# --------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


@given(dates, st.data())
def test_round_trip_days(day, data):
    fr, en = FR_MONTHS[day.month - 1], EN_MONTHS[day.month - 1]
    first = "1er" if day.day == 1 else str(day.day)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10 if day.day not in (11, 12, 13) else 0, "th")
    form = data.draw(st.sampled_from([
        f"{first} {fr} {day.year}",
        f"{day.day} {en} {day.year}",
        f"{en} {day.day}, {day.year}",
        f"{en} {day.day}{suffix}, {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        day.isoformat(),
    ]))
    text = data.draw(st.sampled_from(["{}", "le {}, Numergy", "On {} the company", "({})"])).format(form)
    m = only(text)
    assert (m.span.start, m.span.end, m.span.precision) == (day, day, "day")
    assert m.text == form


@given(dates, st.data())
def test_round_trip_months(day, data):
    fr, en = FR_MONTHS[day.month - 1], EN_MONTHS[day.month - 1]
    form = data.draw(st.sampled_from([
        f"{fr} {day.year}", f"{en} {day.year}", f"{en[:3]}. {day.year}", f"{day.year}-{day.month:02d}",
        f"{fr.capitalize()} {day.year}",
    ]))
    part_word, part = data.draw(st.sampled_from([("", None), ("fin ", "late"), ("début ", "early"),
                                                 ("late ", "late"), ("early ", "early"), ("mid-", "mid")]))
    if form[0].isdigit():
        part_word, part = "", None
    m = only(f"Annoncée {part_word}{form}, la société")
    last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert (m.span.start, m.span.end, m.span.precision, m.span.part) == (day.replace(day=1), last, "month", part)
    assert m.text == f"{part_word}{form}"


@given(st.integers(1950, 2099), st.sampled_from(["", "d'ici ", "by ", "depuis ", "since ", "fin ", "mi-"]))
def test_round_trip_years(year, prefix):
    m = only(f"Cloudwatt {prefix}{year}.")
    assert (m.span.start, m.span.end, m.span.precision) == (date(year, 1, 1), date(year, 12, 31), "year")
    assert m.text == f"{prefix}{year}"
    assert m.bound == {"d'ici ": "by", "by ": "by", "depuis ": "since", "since ": "since"}.get(prefix, "in")


@given(st.integers(1950, 2099), st.integers(1, 4), st.sampled_from(["Q{k} {y}", "T{k} {y}", "Q{k}-{y}"]))
def test_round_trip_quarters(year, k, form):
    m = only(form.format(k=k, y=year))
    assert m.span.start == date(year, 3 * k - 2, 1)
    assert m.span.end.month == 3 * k and m.span.end.year == year


@given(dates)
def test_parse_time_value_round_trip(day):
    assert parse_time_value(day.isoformat()) == TimeSpan(day, day, "day")
    assert parse_time_value(day.isoformat()[:7]).start == day.replace(day=1)
    assert parse_time_value(str(day.year)).end == date(day.year, 12, 31)


# --------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.one_of(st.none(), dates))
def test_random_text_never_fails(text, ref):
    for m in find_times(text, ref):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.span.start <= m.span.end


TOKENS = st.sampled_from(["2013", "2020", "-", "/", " ", "9M", "H1", "Q3", "en ", "fin ", "mi-", "juin",
                          "mars", "May", "Oct.", "1er", "25", "09", "de ", "à ", "entre ", "et ", "d'ici ",
                          "premiers mois", "les neuf ", "semestre", "second ", "il y a ", "deux ans"])


@settings(max_examples=300)
@given(st.lists(TOKENS, max_size=30).map("".join), st.one_of(st.none(), dates))
def test_date_soup_never_fails(text, ref):
    for m in find_times(text, ref):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.span.start <= m.span.end


SOURCE = open(Path(__file__).parents[1] / "sources" / "deux-ans-apres.txt", encoding="utf-8").read()


# Generous bounds: the work is linear, about 20-40 µs per date found.
@settings(max_examples=5, deadline=timedelta(seconds=10))
@given(st.sampled_from([
    "a" * 1_000_000,
    "2" * 1_000_000,
    "2013 " * 20_000 + "x" * 900_000,
    (SOURCE.replace("\n", " ") * 100)[:1_000_000],
    ("Numergy a réalisé 2 M€ sur les neuf premiers mois de 2013, en juin, d'ici 2020. " * 13_000)[:1_000_000],
]))
def test_one_megabyte_is_fast(text):
    find_times(text, REF)


def _times_of(text):
    from recoupe.api import Checker
    return [(t.text, t.span.start, t.span.end) for t in Checker.load().extract(text).times]


@pytest.mark.parametrize("text, start, end", [
    ("deux mois après leur retour de février 2012", date(2012, 4, 1), date(2012, 4, 30)),
    ("three months before June 2013", date(2013, 3, 1), date(2013, 3, 31)),
    ("two years after 2012", date(2014, 1, 1), date(2014, 12, 31)),
    ("18 mois après janvier 2013", date(2014, 7, 1), date(2014, 7, 31)),
    ("three days before 23 November 2012", date(2012, 11, 20), date(2012, 11, 20)),
    ("deux semaines après le 20 novembre 2012", date(2012, 12, 4), date(2012, 12, 4)),
])
def test_a_duration_from_a_date_is_the_date_it_reaches(text, start, end):
    [(found, first, last)] = _times_of(text)
    assert (found, first, last) == (text, start, end)


def test_a_duration_set_off_by_a_comma_is_not_an_offset():
    # "Trois ans après, en 2015": the date is 2015 itself.
    assert [(t[1].year, t[2].year) for t in _times_of("Trois ans après, en 2015, SFR a racheté Numergy.")] == [(2015, 2015)]


@given(st.integers(min_value=1, max_value=48), st.integers(min_value=2000, max_value=2030),
       st.integers(min_value=1, max_value=12))
def test_an_offset_and_back_is_the_same_month(months, year, month):
    from recoupe.extract.times import shift
    span = TimeSpan(date(year, month, 1), date(year, month, 28), "month")
    there = shift(span, months)
    back = shift(there, -months)
    assert (back.start.year, back.start.month) == (year, month)


def test_a_duration_from_an_event_named_in_words_is_an_event_offset():
    from recoupe.extract.quantities import find_quantities
    from recoupe.extract.times import event_offsets, find_times

    text = "Bull passe chez Atos quatre mois après le rachat de SFR par Altice."
    offsets, used = event_offsets(text, [], find_quantities(text))
    assert len(offsets) == 1 and used
    assert offsets[0].months == 4 and text[slice(*offsets[0].anchor)] == "le rachat de SFR par Altice"
    text = "Dassault part deux mois après février 2012."  # a date: offset_times reads it
    assert event_offsets(text, find_times(text), find_quantities(text))[0] == []


def test_a_lone_month_without_a_reference_date_is_a_yearless_month():
    from recoupe.extract.times import find_yearless_months

    text = "Fin juin, Cloudwatt a officialisé son offre ; en avril 2014, Renard est arrivé."
    months = find_yearless_months(text, find_times(text))
    assert [(m.month, m.part, m.text) for m in months] == [(6, "late", "Fin juin")]
    assert find_yearless_months("Numergy may grow in the spring.", []) == []


@pytest.mark.parametrize("text, first, last", [
    ("au printemps 2013", date(2013, 3, 1), date(2013, 6, 30)),
    ("in the spring of 2011", date(2011, 3, 1), date(2011, 6, 30)),
    ("à l'été 2014", date(2014, 6, 1), date(2014, 9, 30)),
    ("the fall of 2013", date(2013, 9, 1), date(2013, 12, 31)),
])
def test_a_season_is_its_months(text, first, last):
    [found] = find_times(text, REF)
    assert (found.span.start, found.span.end) == (first, last)


@pytest.mark.parametrize("text, year", [
    ("planned 30,000 VMs in 2015 and a profit the following year", 2016),
    ("lancé en juin 2014, racheté l'année suivante", 2015),
    ("in 2012 and again the year after", 2013),
    ("racheté en 2015, lancé l'année précédente", 2014),
    ("in March 2014, and the previous year", 2013),
    ("founded in 2012, and the same year", 2012),
    ("lancé en 2012 ; la même année", 2012),
    ("in September 2014 he forecast €6m for the year", 2014),
    ("in September 2014 he expected €6m that year", 2014),
    ("en septembre 2014, cette année-là", 2014),
])
def test_the_following_year_counts_from_the_date_before_it(text, year):
    from recoupe.extract.times import relative_periods
    found = relative_periods(text, find_times(text))
    assert found[-1].span == TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")


def test_that_year_running_out_is_no_date():
    from recoupe.extract.times import relative_periods
    text = "announced in September 2011, it lost Dassault before that year was out"
    assert [t.text for t in relative_periods(text, find_times(text))] == ["September 2011"]


def test_the_following_year_without_a_date_before_it_is_no_date():
    from recoupe.extract.times import relative_periods
    assert relative_periods("a profit the following year", []) == []


@pytest.mark.parametrize("text, month", [
    ("at the November 2012 conference; announced the month before", (2012, 10)),
    ("lancé en décembre 2013, vendu le mois suivant", (2014, 1)),
    ("in June 2014 and the following month", (2014, 7)),
    ("in April 2014, the same month", (2014, 4)),
    ("in February 2012, and two months later", (2012, 4)),
    ("en février 2012, puis deux mois plus tard", (2012, 4)),
    ("en septembre 2012 ; le même mois", (2012, 9)),
])
def test_the_month_before_or_after_counts_from_the_month_before_it(text, month):
    from recoupe.extract.times import relative_periods
    found = relative_periods(text, find_times(text))
    assert (found[-1].span.start.year, found[-1].span.start.month) == month
    assert found[-1].span.precision == "month"


def test_a_month_is_not_counted_from_a_year():
    from recoupe.extract.times import relative_periods
    assert [t.text for t in relative_periods("in 2014 and the following month", find_times("in 2014 and the following month"))] == ["2014"]


@pytest.mark.parametrize("text", ["the year before the company released its offer", "the month after its launch"])
def test_a_relative_period_with_an_object_is_no_date(text):
    from recoupe.extract.times import relative_periods
    found = relative_periods("In 2013, " + text, find_times("In 2013, " + text))
    assert [t.text for t in found] == ["2013"]


@pytest.mark.parametrize("text", ["deux mille douze clients", "twenty twelve", "two thousand and twelve servers"])
def test_a_year_said_aloud_needs_a_word_that_makes_it_a_year(text):
    assert find_times(text) == []


@pytest.mark.parametrize("text, month, day", [
    ("took place nov 20 at paris la defense", 11, 20),
    ("the session on November 20th", 11, 20),
    ("le 20 novembre", 11, 20),
    # said aloud
    ("réunis à La Défense le vingt novembre", 11, 20),
    ("le vingt-deux novembre", 11, 22),
    ("le premier mars", 3, 1),
    ("on the twentieth of November", 11, 20),
])
def test_a_day_of_a_month_without_a_year(text, month, day):
    found = find_yearless_months(text, find_times(text))
    assert [(m.month, m.day) for m in found] == [(month, day)]


@pytest.mark.parametrize("text", ["May 20 percent", "June 2 million", "nov 2013"])
def test_a_figure_after_a_month_is_no_day(text):
    assert find_yearless_months(text, find_times(text)) == []


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(0, 60), st.integers(0, 60))
def test_the_months_between_two_dates(year, month, between, stated):
    """An interval between two month-dated events fits the months between them, and no interval
    two months or more away; two year-dated events never refute a figure their years allow."""
    def month_span(offset: int) -> TimeSpan:
        y, m = divmod(month - 1 + offset, 12)
        start = date(year + y, m + 1, 1)
        return TimeSpan(start, (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1), "month")

    earlier, later = month_span(0), month_span(between)
    assert _months_fit(between, "exact", earlier, later) is True
    assert _months_fit(stated, "exact", earlier, later) is (abs(stated - between) <= 1)
    years = [TimeSpan(date(s.start.year, 1, 1), date(s.start.year, 12, 31), "year") for s in (earlier, later)]
    assert _months_fit(between, "exact", *years) is not False
