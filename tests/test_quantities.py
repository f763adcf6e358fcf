"""The number grammar: table of forms, round-trips, robustness."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.extract.quantities import find_quantities

NBSP, NNBSP = "\u00a0", "\u202f"


def only(text: str, skip=()):
    found = find_quantities(text, skip)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# (text, amount, unit, precision, bound, span text); None precision = not checked
FORMS = [
    # currencies
    ("Numergy 2013 revenue 2M€", 2e6, "EUR", 1e6, "exact", "2M€"),
    ("CA de 2 M€ en 2013", 2e6, "EUR", 1e6, "exact", "2 M€"),
    ("revenue of €2m", 2e6, "EUR", 1e6, "exact", "€2m"),
    ("revenue of €2M last year", 2e6, "EUR", 1e6, "exact", "€2M"),
    ("2 millions d'euros de chiffre d'affaires", 2e6, "EUR", 1e6, "exact", "2 millions d'euros"),
    ("2 millions d’euros", 2e6, "EUR", 1e6, "exact", "2 millions d’euros"),
    ("2 million euros in revenue", 2e6, "EUR", 1e6, "exact", "2 million euros"),
    ("EUR 2,000,000 in revenue", 2e6, "EUR", 1e6, "exact", "EUR 2,000,000"),
    ("un CA de 2 000 000 €", 2e6, "EUR", 1e6, "exact", "2 000 000 €"),
    (f"un CA de 2{NBSP}000{NBSP}000{NBSP}€", 2e6, "EUR", 1e6, "exact", f"2{NBSP}000{NBSP}000{NBSP}€"),
    (f"un CA de 2{NNBSP}000{NNBSP}000 €", 2e6, "EUR", 1e6, "exact", f"2{NNBSP}000{NNBSP}000 €"),
    ("un CA de 2.000.000 €", 2e6, "EUR", 1e6, "exact", "2.000.000 €"),
    ("13,5 milliards", 13.5e9, None, 1e8, "exact", "13,5 milliards"),
    ("un marché de 13,5 milliards d'euros", 13.5e9, "EUR", 1e8, "exact", "13,5 milliards d'euros"),
    ("a market worth €13.5bn", 13.5e9, "EUR", 1e8, "exact", "€13.5bn"),
    ("$3bn deal", 3e9, "USD", 1e9, "exact", "$3bn"),
    ("US$3bn deal", 3e9, "USD", 1e9, "exact", "US$3bn"),
    ("3 billion dollars", 3e9, "USD", 1e9, "exact", "3 billion dollars"),
    ("150 millions de dollars", 150e6, "USD", 1e6, "exact", "150 millions de dollars"),
    ("le Grand emprunt de 4,5 Md€", 4.5e9, "EUR", 1e8, "exact", "4,5 Md€"),
    ("le Grand emprunt de 4,5 Mds €", 4.5e9, "EUR", 1e8, "exact", "4,5 Mds €"),
    ("4,5 Mrd EUR", 4.5e9, "EUR", 1e8, "exact", "4,5 Mrd EUR"),
    ("150 millions issus du Grand emprunt", 150e6, None, 1e6, "exact", "150 millions"),
    ("2 M EUR", 2e6, "EUR", 1e6, "exact", "2 M EUR"),
    ("2 MEUR", 2e6, "EUR", 1e6, "exact", "2 MEUR"),
    ("2MEUR", 2e6, "EUR", 1e6, "exact", "2MEUR"),
    ("un budget de 30 k€", 30e3, "EUR", 1e3, "exact", "30 k€"),
    ("30k€", 30e3, "EUR", 1e3, "exact", "30k€"),
    ("30k users", 30e3, None, 1e3, "exact", "30k"),
    ("30 mille", 30e3, None, 1e3, "exact", "30 mille"),
    ("2 trillion dollars", 2e12, "USD", 1e12, "exact", "2 trillion dollars"),
    ("1,5 million", 1.5e6, None, 1e5, "exact", "1,5 million"),
    ("2 Mio €", 2e6, "EUR", 1e6, "exact", "2 Mio €"),
    # separators
    ("Cloudwatt vise 10 000 VM en décembre 2014", 10_000, None, 1e4, "exact", "10 000"),
    (f"10{NBSP}000 VM", 10_000, None, 1e4, "exact", f"10{NBSP}000"),
    ("1,000 customers", 1000, None, 1e3, "exact", "1,000"),
    ("1,5 client", 1.5, None, 0.1, "exact", "1,5"),
    ("1.5 clients", 1.5, None, 0.1, "exact", "1.5"),
    ("1,500 milliards", 1.5e9, None, 1e6, "exact", "1,500 milliards"),
    ("1,000.5 units", 1000.5, None, 0.1, "exact", "1,000.5"),
    ("1.000,5 unités", 1000.5, None, 0.1, "exact", "1.000,5"),
    ("1 500 salariés", 1500, None, 100, "exact", "1 500"),
    ("2 000 000,50 €", 2000000.5, "EUR", 0.01, "exact", "2 000 000,50 €"),
    # percentages
    ("33,3 % du capital", 33.3, "percent", 0.1, "exact", "33,3 %"),
    ("CDC stake 33.3%", 33.3, "percent", 0.1, "exact", "33.3%"),
    (f"33,3{NBSP}% du capital", 33.3, "percent", 0.1, "exact", f"33,3{NBSP}%"),
    (f"33,3{NNBSP}%", 33.3, "percent", 0.1, "exact", f"33,3{NNBSP}%"),
    ("33.3 percent", 33.3, "percent", 0.1, "exact", "33.3 percent"),
    ("47 pour cent", 47, "percent", 1, "exact", "47 pour cent"),
    ("47 per cent", 47, "percent", 1, "exact", "47 per cent"),
    ("30 %", 30, "percent", 1, "exact", "30 %"),
    ("33.333 %", 33.333, "percent", 0.001, "exact", "33.333 %"),
    # fractions
    ("détient un tiers de leur capital", 100 / 3, "percent", 1, "exact", "un tiers"),
    ("holds a third of the capital", 100 / 3, "percent", 1, "exact", "a third"),
    ("one third", 100 / 3, "percent", 1, "exact", "one third"),
    ("one-third", 100 / 3, "percent", 1, "exact", "one-third"),
    ("1/3 du capital", 100 / 3, "percent", 1, "exact", "1/3"),
    ("un quart", 25, "percent", 1, "exact", "un quart"),
    ("a quarter of it", 25, "percent", 1, "exact", "a quarter"),
    ("trois quarts", 75, "percent", 1, "exact", "trois quarts"),
    ("three quarters", 75, "percent", 1, "exact", "three quarters"),
    ("la moitié du marché", 50, "percent", 1, "exact", "moitié"),
    ("half of the market", 50, "percent", 1, "exact", "half"),
    ("a fifth", 20, "percent", 1, "exact", "a fifth"),
    ("un cinquième", 20, "percent", 1, "exact", "un cinquième"),
    ("two thirds", 200 / 3, "percent", 1, "exact", "two thirds"),
    ("deux tiers", 200 / 3, "percent", 1, "exact", "deux tiers"),
    ("four ninths", 400 / 9, "percent", 1, "exact", "four ninths"),
    ("deux neuvièmes", 200 / 9, "percent", 1, "exact", "deux neuvièmes"),
    ("three eighths", 37.5, "percent", 1, "exact", "three eighths"),
    ("près d'un tiers", 100 / 3, "percent", 1, "approximate", "près d'un tiers"),
    # a fraction after a definite article, before "of"
    ("le quart du capital", 25, "percent", 1, "exact", "quart"),
    ("le tiers du capital", 100 / 3, "percent", 1, "exact", "tiers"),
    # proportions
    ("one in two shares", 50, "percent", 1, "exact", "one in two"),
    ("one out of three", 100 / 3, "percent", 1, "exact", "one out of three"),
    ("un salarié sur deux", 50, "percent", 1, "exact", "un salarié sur deux"),
    ("2 sur 3", 200 / 3, "percent", 1, "exact", "2 sur 3"),
    # number words
    ("deux millions", 2e6, None, 1e6, "exact", "deux millions"),
    ("Deux millions d'euros", 2e6, "EUR", 1e6, "exact", "Deux millions d'euros"),
    ("quatre cents millions", 400e6, None, 1e6, "exact", "quatre cents millions"),
    ("thirty thousand", 30e3, None, 1e3, "exact", "thirty thousand"),
    ("twenty-two partners", 22, None, 1, "exact", "twenty-two"),
    ("vingt-deux partenaires", 22, None, 1, "exact", "vingt-deux"),
    ("soixante-dix", 70, None, 1, "exact", "soixante-dix"),
    ("soixante et onze", 71, None, 1, "exact", "soixante et onze"),
    ("quatre-vingt-dix", 90, None, 1, "exact", "quatre-vingt-dix"),
    ("quatre-vingts", 80, None, 1, "exact", "quatre-vingts"),
    ("dix-sept", 17, None, 1, "exact", "dix-sept"),
    ("vingt et un", 21, None, 1, "exact", "vingt et un"),
    ("mille environnements", 1000, None, 1e3, "exact", "mille"),
    ("cent clients", 100, None, 1, "exact", "cent"),
    ("neuf acteurs", 9, None, 1, "exact", "neuf"),
    ("a hundred clients", 100, None, 1, "exact", "a hundred"),
    ("two hundred and fifty", 250, None, 1, "exact", "two hundred and fifty"),
    # fractions of a year are months; half a dozen is about six
    ("three quarters of a year", 9, "month", 1, "exact", "three quarters of a year"),
    ("half a year", 6, "month", 1, "exact", "half a year"),
    ("another quarter of a year", 3, "month", 1, "exact", "quarter of a year"),
    ("approved a quarter after it was proposed", 3, "month", 1, "exact", "a quarter"),
    ("two quarters later", 6, "month", 1, "exact", "two quarters"),
    ("then a quarter testing it", 3, "month", 1, "exact", "a quarter"),
    ("a one-in-ten slice of the market", 10, "percent", 1, "exact", "one-in-ten"),
    ("Orange held an outright majority of Cloudwatt", 50, "percent", 1, "at-least", "an outright majority"),
    ("SFR détenait la majorité absolue de Numergy", 50, "percent", 1, "at-least", "la majorité absolue"),
    ("Numergy ended up wholly owned by SFR", 100, "percent", 1, "exact", "wholly"),
    ("trois quarts d'année", 9, "month", 1, "exact", "trois quarts d'année"),
    ("une demi-douzaine d'acteurs", 6, None, 1, "approximate", "une demi-douzaine"),
    ("half a dozen members", 6, None, 1, "approximate", "half a dozen"),
    # decimals said aloud
    ("four point five billion euros", 4.5e9, "EUR", 1e8, "exact", "four point five billion euros"),
    ("forty-four point four per cent", 44.4, "percent", 0.1, "exact", "forty-four point four per cent"),
    ("trente-trois virgule trois pour cent", 33.3, "percent", 0.1, "exact", "trente-trois virgule trois pour cent"),
    ("two point five million", 2.5e6, None, 1e5, "exact", "two point five million"),
    ("deux millions trois cent mille", 2.3e6, None, 1e3, "exact", "deux millions trois cent mille"),
    ("trois mois", 3, "month", 1, "exact", "trois mois"),
    ("18 mois", 18, "month", 1, "exact", "18 mois"),
    ("six months", 6, "month", 1, "exact", "six months"),
    ("deux ans", 2, "year", 1, "exact", "deux ans"),
    ("un an", 1, "year", 1, "exact", "un an"),
    ("3 weeks", 3, "week", 1, "exact", "3 weeks"),
    ("10 jours", 10, "day", 1, "exact", "10 jours"),
    ("six acteurs", 6, None, 1, "exact", "six"),
    # collectives
    ("a dozen partners", 12, None, 1, "approximate", "a dozen"),
    ("une douzaine de partenaires", 12, None, 1, "approximate", "une douzaine"),
    ("une centaine de collaborateurs", 100, None, 10, "approximate", "une centaine"),
    ("half a dozen providers", 6, None, 1, "approximate", "half a dozen"),
    ("nothing less than 130 partners", 130, None, 1, "exact", "nothing less than 130"),
    ("rien de moins que 130 partenaires", 130, None, 1, "exact", "rien de moins que 130"),
    ("une demi-douzaine d'acteurs", 6, None, 1, "approximate", "une demi-douzaine"),
    ("un demi-millier de clients", 500, None, 100, "approximate", "un demi-millier"),
    ("une quarantaine de partenaires", 40, None, 10, "approximate", "une quarantaine"),
    ("une dizaine", 10, None, 1, "approximate", "une dizaine"),
    ("une vingtaine", 20, None, 10, "approximate", "une vingtaine"),
    ("deux centaines", 200, None, 10, "approximate", "deux centaines"),
    ("un millier de clients", 1000, None, 100, "approximate", "un millier"),
    ("une centaine de millions d'euros", 100e6, "EUR", 10e6, "approximate",
     "une centaine de millions d'euros"),
    # bounds
    ("près de 150 millions", 150e6, None, 1e6, "approximate", "près de 150 millions"),
    ("près de deux ans", 2, "year", 1, "approximate", "près de deux ans"),
    ("environ 300 clients", 300, None, 1, "approximate", "environ 300"),
    ("300 clients environ", 300, None, 1, "exact", "300"),
    ("quelque 300 clients", 300, None, 1, "approximate", "quelque 300"),
    ("plus de 40 partenaires", 40, None, 1, "at-least", "plus de 40"),
    ("plus d'un million", 1e6, None, 1e6, "at-least", "plus d'un million"),
    ("more than 40 partners", 40, None, 1, "at-least", "more than 40"),
    ("moins de 5 %", 5, "percent", 1, "at-most", "moins de 5 %"),
    ("less than 5%", 5, "percent", 1, "at-most", "less than 5%"),
    ("under 5%", 5, "percent", 1, "at-most", "under 5%"),
    ("au moins 2 M€", 2e6, "EUR", 1e6, "at-least", "au moins 2 M€"),
    ("at least 2 M€", 2e6, "EUR", 1e6, "at-least", "at least 2 M€"),
    ("2 millions au bas mot", 2e6, None, 1e6, "at-least", "2 millions au bas mot"),
    ("au bas mot 2 millions", 2e6, None, 1e6, "at-least", "au bas mot 2 millions"),
    ("about 300", 300, None, 1, "approximate", "about 300"),
    ("around 300", 300, None, 1, "approximate", "around 300"),
    ("roughly 300", 300, None, 1, "approximate", "roughly 300"),
    ("some 300 clients", 300, None, 1, "approximate", "some 300"),
    ("nearly 300", 300, None, 1, "approximate", "nearly 300"),
    ("almost 300", 300, None, 1, "approximate", "almost 300"),
    ("approximately 300", 300, None, 1, "approximate", "approximately 300"),
    ("~300", 300, None, 1, "approximate", "~300"),
    ("≈ 300", 300, None, 1, "approximate", "≈ 300"),
    ("jusqu'à 300", 300, None, 1, "at-most", "jusqu'à 300"),
    ("up to 300", 300, None, 1, "at-most", "up to 300"),
    ("à moins de la moitié", 50, "percent", 1, "at-most", "moins de la moitié"),
    ("50 Go de stockage", 50, "GB", 1, "exact", "50 Go"),
    ("a half-billion-euro target", 5e8, "EUR", 1e8, "exact", "a half-billion-euro"),
    # a minimum, a maximum
    ("au minimum 75 millions d'euros", 75e6, "EUR", 1e6, "at-least", "au minimum 75 millions d'euros"),
    ("75 M€ minimum", 75e6, "EUR", 1e6, "at-least", "75 M€ minimum"),
    ("a maximum of 10%", 10, "percent", 1, "at-most", "a maximum of 10%"),
    # a unit joined by a hyphen
    ("a 10-percent share", 10, "percent", 1, "exact", "10-percent"),
    ("a 10-per-cent share", 10, "percent", 1, "exact", "10-per-cent"),
    ("a 3-month test", 3, "month", 1, "exact", "3-month"),
    ("2 TB of data", 2, "TB", 1, "exact", "2 TB"),
    ("plus de la moitié des clients", 50, "percent", 1, "at-least", "plus de la moitié"),
    ("spent a decade at Orange", 10, "year", 5, "approximate", "a decade"),
    ("pendant deux décennies", 20, "year", 5, "approximate", "deux décennies"),
    ("testée pendant un trimestre", 3, "month", 1, "exact", "un trimestre"),
    ("tested for two quarters", 6, "month", 1, "exact", "two quarters"),
    ("durant un semestre", 6, "month", 1, "exact", "un semestre"),
]


@pytest.mark.parametrize("text,amount,unit,precision,bound,span", FORMS, ids=[f[0] for f in FORMS])
def test_forms(text, amount, unit, precision, bound, span):
    m = only(text)
    assert m.quantity.amount == pytest.approx(amount)
    assert m.quantity.unit == unit
    assert m.quantity.precision == pytest.approx(precision)
    assert m.quantity.bound == bound
    assert m.text == span
    assert text[m.start : m.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Numergy en 2013",          # a bare year
        "OpenStack 2",              # a version
        "une offre B2B2B",
        "H1 and Q3",
        "la 4G",
        "le 1er client",
        "au 2e trimestre",
        "OpenStack 2.0.1",
        "1e400",
        "10^999",
        "1" * 5000,
        "9" * 400 + " milliards",
        "des millions d'euros",
        "hundreds of clients",
        "un client",               # an article
        "a partner",
        "You may go",
        "un cloud neuf et sûr",
        "quoi de neuf ?",
        "des tiers",
        "le tiers monde",
        "the second half",
        "9M 2013",                  # a period: `times` reads it
        "2018-2020",
        "25/09/2014",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_dimension_and_lone_letter():
    # A lone "m" after a space is not a scale: the figure is 2, nothing more.
    m = only("à 2 m de haut")
    assert (m.quantity.amount, m.text) == (2, "2")


def test_skip_spans():
    text = "Numergy a réalisé 9M 2013 un CA de 2 M€"
    found = find_quantities(text, skip=[(18, 25)])
    assert [m.text for m in found] == ["2 M€"]
    text = "CA de 12 M€ le 12 mars"
    found = find_quantities(text, skip=[(text.index("12 mars"), len(text))])
    assert [m.text for m in found] == ["12 M€"]


def test_sentence_with_several_figures():
    text = (
        "Les sociétés se ressemblent (44,4 % de Cloudwatt pour Orange et 47 % de Numergy pour SFR), "
        "devant la Caisse des Dépôts (33,3 % et 33 %) et 22,2 % pour Thalès et 20 % pour Bull. "
        "Chacun obtiendra un financement de 75 millions d'euros."
    )
    found = find_quantities(text)
    assert [(m.quantity.amount, m.quantity.unit) for m in found] == [
        (44.4, "percent"), (47, "percent"), (33.3, "percent"), (33, "percent"),
        (22.2, "percent"), (20, "percent"), (75e6, "EUR"),
    ]


def test_adjacent_currencies_are_not_shared():
    found = find_quantities("€13.5bn $3bn 4,5 Md€ 4,5 Mds € 2 M EUR 2 MEUR")
    assert [(m.text, m.quantity.unit) for m in found] == [
        ("€13.5bn", "EUR"), ("$3bn", "USD"), ("4,5 Md€", "EUR"), ("4,5 Mds €", "EUR"),
        ("2 M EUR", "EUR"), ("2 MEUR", "EUR"),
    ]


# --------------------------------------------------------------------------
# Round trips: format a quantity many ways, read it back
# --------------------------------------------------------------------------

SEPARATORS = [" ", NBSP, NNBSP]


def group(integer: int, sep: str) -> str:
    return f"{integer:,}".replace(",", sep)


def decimal_text(amount: float, decimals: int, mark: str) -> str:
    return f"{amount:.{decimals}f}".replace(".", mark)


SCALE_WORDS = {
    1e6: {"fr": ["millions", "M"], "en": ["million", "m", "M", "mn"]},
    1e9: {"fr": ["milliards", "Md", "Mds"], "en": ["billion", "bn"]},
    1e3: {"fr": ["mille", "k"], "en": ["thousand", "k"]},
}


@st.composite
def scaled_amounts(draw):
    decimals = draw(st.integers(0, 2))
    mantissa = draw(st.integers(1, 999_99)) / 10**decimals
    mantissa = round(mantissa, decimals)
    if mantissa >= 1000 or mantissa == 0:
        mantissa = 12.5 if decimals else 12
    return mantissa, decimals, draw(st.sampled_from(sorted(SCALE_WORDS)))


@given(scaled_amounts(), st.sampled_from(["EUR", "USD"]), st.data())
def test_round_trip_scaled_currency(amount, currency, data):
    mantissa, decimals, scale = amount
    fr_number = decimal_text(mantissa, decimals, ",")
    en_number = decimal_text(mantissa, decimals, ".")
    symbol = "€" if currency == "EUR" else "$"
    word = "euros" if currency == "EUR" else "dollars"
    fr_scale = data.draw(st.sampled_from(SCALE_WORDS[scale]["fr"]))
    en_scale = data.draw(st.sampled_from(SCALE_WORDS[scale]["en"]))
    sp = data.draw(st.sampled_from(SEPARATORS))
    long_fr = {"M": "millions", "Md": "milliards", "Mds": "milliards", "k": "mille"}.get(fr_scale, fr_scale)
    elided = "d'" if currency == "EUR" else "de "
    forms = [
        f"{fr_number}{sp}{fr_scale}{symbol}",
        f"{fr_number}{sp}{fr_scale}{sp}{symbol}",
        f"{fr_number} {long_fr} {elided}{word}",
        f"{symbol}{en_number}{en_scale}",
        f"{en_number} {en_scale} {currency}",
        f"{currency} {en_number}{en_scale}",
    ]
    form = data.draw(st.sampled_from(forms))
    text = data.draw(st.sampled_from(["{}", "CA de {} en 2013", "Revenue: {}.", "({})"])).format(form)
    m = only(text)
    assert m.quantity.amount == pytest.approx(mantissa * scale, rel=1e-9)
    assert m.quantity.unit == currency
    assert m.text == form
    assert m.quantity.precision == pytest.approx(10 ** -decimals * scale) or decimals == 0


@given(st.integers(1000, 10**12), st.sampled_from(SEPARATORS + [".", ","]), st.booleans(), st.data())
def test_round_trip_grouped_integers(integer, sep, symbol_first, data):
    number = group(integer, sep)
    if sep == ",":
        text = f"EUR {number}" if symbol_first else f"{number} EUR"
    else:
        text = f"€{number}" if symbol_first and sep in (".",) else f"{number} €"
    if integer < 10**6 and sep in (".", ","):
        pass  # one separator: thousands only without a scale word, as here
    m = only(data.draw(st.sampled_from(["{}", "un CA de {} en 2013"])).format(text))
    assert m.quantity.amount == integer
    assert m.quantity.unit == "EUR"
    trailing = len(str(integer)) - len(str(integer).rstrip("0"))
    assert m.quantity.precision == 10**trailing


@given(st.integers(0, 999), st.integers(0, 2), st.sampled_from([",", "."]), st.data())
def test_round_trip_percent(whole, decimals, mark, data):
    amount = whole / 10**decimals
    number = decimal_text(amount, decimals, mark)
    sp = data.draw(st.sampled_from(["", " ", NBSP, NNBSP]))
    suffix = data.draw(st.sampled_from([f"{sp}%", " pour cent", " percent", " per cent"]))
    m = only(f"une part de {number}{suffix} du capital")
    assert m.quantity.amount == pytest.approx(amount)
    assert m.quantity.unit == "percent"
    assert m.quantity.precision == pytest.approx(10**-decimals)


FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}


def french_words(n: int) -> str:
    """1..999 in French words."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("cent" if hundreds == 1 else f"{FR_UNITS[hundreds - 1]} cent" + ("s" if not rest else ""))
    if rest:
        if rest <= 16:
            words.append(FR_UNITS[rest - 1])
        elif rest < 20:
            words.append(f"dix-{FR_UNITS[rest - 11]}")
        else:
            tens, unit = divmod(rest, 10)
            if tens in (7, 9):
                base = "soixante" if tens == 7 else "quatre-vingt"
                words.append(f"{base}-{FR_UNITS[unit + 9]}" if unit + 10 <= 16 else f"{base}-dix-{FR_UNITS[unit - 1]}")
            elif tens == 8:
                words.append("quatre-vingts" if unit == 0 else f"quatre-vingt-{FR_UNITS[unit - 1]}")
            elif unit == 0:
                words.append(FR_TENS[tens * 10])
            elif unit == 1:
                words.append(f"{FR_TENS[tens * 10]} et un")
            else:
                words.append(f"{FR_TENS[tens * 10]}-{FR_UNITS[unit - 1]}")
    return " ".join(words)


def english_words(n: int) -> str:
    """1..999 in English words."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{EN_UNITS[hundreds - 1]} hundred")
    if rest:
        if hundreds:
            words.append("and")
        if rest < 20:
            words.append(EN_UNITS[rest - 1])
        else:
            tens, unit = divmod(rest, 10)
            words.append(EN_TENS[tens * 10] + (f"-{EN_UNITS[unit - 1]}" if unit else ""))
    return " ".join(words)


@given(st.integers(2, 999), st.sampled_from(["fr", "en"]), st.sampled_from([None, "month", "year", "EUR"]))
def test_round_trip_number_words(n, language, unit):
    words = french_words(n) if language == "fr" else english_words(n)
    unit_word = {
        ("fr", "month"): "mois", ("fr", "year"): "ans", ("fr", "EUR"): "euros",
        ("en", "month"): "months", ("en", "year"): "years", ("en", "EUR"): "euros",
    }.get((language, unit), "partenaires")
    text = f"Ils ont {words} {unit_word} pour cela" if language == "fr" else f"They have {words} {unit_word} for it"
    m = only(text)
    assert m.quantity.amount == n, words
    assert m.quantity.unit == unit
    assert m.text == f"{words} {unit_word}" if unit else m.text == words


@given(st.integers(2, 99), st.sampled_from(["fr", "en"]), st.sampled_from([10**3, 10**6, 10**9]))
def test_round_trip_scaled_words(n, language, scale):
    if language == "fr":
        scale_word = {10**3: "mille", 10**6: "millions", 10**9: "milliards"}[scale]
        text = f"{french_words(n)} {scale_word} d'euros"
    else:
        scale_word = {10**3: "thousand", 10**6: "million", 10**9: "billion"}[scale]
        text = f"{english_words(n)} {scale_word} euros"
    m = only(text)
    assert m.quantity.amount == n * scale
    assert m.quantity.unit == "EUR"
    assert m.quantity.precision == scale


# --------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_text_never_fails(text):
    for m in find_quantities(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert math.isfinite(m.quantity.amount) and math.isfinite(m.quantity.precision)


ALPHABET = st.sampled_from(list("0123456789 ,.%€$kKmMB-/^e") + [NBSP, NNBSP, " millions", " d'euros",
                                                                  " environ", "près de ", "un ", " tiers"])


@settings(max_examples=300)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60))))
def test_figure_soup_never_fails(text, skip):
    skip = [(min(a, b), max(a, b)) for a, b in skip]
    for m in find_quantities(text, skip):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert math.isfinite(m.quantity.amount)
        assert not any(s < m.end and m.start < e for s, e in skip if s < e)


SOURCE = open(Path(__file__).parents[1] / "sources" / "deux-ans-apres.txt", encoding="utf-8").read()


# Generous bounds: the work is linear, about 20-40 µs per figure found.
@settings(max_examples=5, deadline=timedelta(seconds=10))
@given(st.sampled_from([
    "a" * 1_000_000,
    "1" * 1_000_000,
    "1,000," * 160_000,
    "9" * 999_999 + " milliards",
    (SOURCE.replace("\n", " ") * 100)[:1_000_000],
]))
def test_one_megabyte_is_fast(text):
    find_quantities(text)


@pytest.mark.parametrize("text", ["1e400", "10^999", "1" * 5000, "1" * 5000 + " milliards d'euros",
                                  "9" * 320 + " €", "0," + "0" * 400 + "1 %"])
def test_enormous_numbers_are_skipped(text):
    assert all(math.isfinite(m.quantity.amount) for m in find_quantities(text))


@pytest.mark.parametrize("text, amount, unit", [
    ("two and a half years", 2.5, "year"),
    ("2 and a half years", 2.5, "year"),
    ("three and a half million euros", 3_500_000, "EUR"),
    ("trois millions et demi d'euros", 3_500_000, "EUR"),
    ("one and a half billion", 1_500_000_000, None),
])
def test_and_a_half(text, amount, unit):
    [found] = find_quantities(text)
    assert (found.text, found.quantity.amount, found.quantity.unit) == (text, amount, unit)


@pytest.mark.parametrize("text, amount, unit", [
    ("took a full year to build", 1, "year"),
    ("two full years", 2, "year"),
    ("3 whole months", 3, "month"),
])
def test_a_word_that_stresses_a_duration_stands_between_number_and_unit(text, amount, unit):
    (found,) = find_quantities(text)
    assert (found.quantity.amount, found.quantity.unit) == (amount, unit)


def test_a_sum_in_words_before_a_duration_is_not_joined_to_it():
    from recoupe.extract.quantities import find_quantities
    found = [(q.text, q.quantity.amount, q.quantity.unit) for q in find_quantities("versus a billion two years earlier")]
    assert found == [("a billion", 1e9, None), ("two years", 2, "year")]


@pytest.mark.parametrize("text, amount", [
    ("two and a half times its target", 2.5),
    ("one and a half times as many", 1.5),
    ("deux fois et demie plus", 2.5),
    ("une fois et demie l'objectif", 1.5),
    ("revenue | x3", 3.0),
    ("goal ×2,5", 2.5),
    # After "divided by" / « multiplié par » a number is a factor, not a level.
    ("les effectifs ont été divisés par deux", 2.0),
    ("revenue multiplied by 3", 3.0),
    ("cut by a factor of 2.5", 2.5),
])
def test_multipliers_with_a_half_or_written_before_the_number(text, amount):
    [found] = find_quantities(text)
    assert (found.quantity.amount, found.quantity.unit) == (amount, "ratio")


def test_a_bare_and_a_half_and_dimensions_are_no_multiplier():
    assert all(q.quantity.unit != "ratio" for q in find_quantities("two and a half"))
    assert find_quantities("a 3x4 grid") == []


@pytest.mark.parametrize("text, first, second", [
    ("de 500 à 200 millions d'euros", (500e6, "EUR"), (200e6, "EUR")),
    ("from 500 to 200 million euros", (500e6, "EUR"), (200e6, "EUR")),
    ("de 10 à 15 %", (10, "percent"), (15, "percent")),
    # The scale that puts the pair nearest each other: 500 000, not 500 000 millions.
    ("de 500 000 à 2 millions d'euros", (500_000, "EUR"), (2e6, "EUR")),
])
def test_the_first_figure_of_a_pair_takes_the_unit_of_the_second(text, first, second):
    found = find_quantities(text)
    assert [(q.quantity.amount, q.quantity.unit) for q in found] == [first, second]


@pytest.mark.parametrize("text, low, high, unit", [
    ("entre 2 et 3 M€", 2e6, 3e6, "EUR"),
    ("somewhere between 1 and 3 million euros", 1e6, 3e6, "EUR"),
    ("entre 40 et 50 partenaires", 40, 50, None),
])
def test_between_two_figures_is_one_range(text, low, high, unit):
    [found] = find_quantities(text)
    quantity = found.quantity
    assert (quantity.bound, quantity.unit) == ("range", unit)
    assert (quantity.amount - quantity.precision / 2, quantity.amount + quantity.precision / 2) == (low, high)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_a_range_holds_what_lies_in_it(low, high):
    from recoupe.model import Quantity
    from recoupe.values import quantities_agree
    found = find_quantities(f"between {low} and {high} percent")
    if low >= high:
        assert all(q.quantity.bound != "range" for q in found)
        return
    [mention] = found
    assert quantities_agree(Quantity(float(low), "percent"), mention.quantity)
    assert quantities_agree(Quantity(float(high), "percent"), mention.quantity)
    assert not quantities_agree(Quantity(float(high + 2), "percent"), mention.quantity)


@pytest.mark.parametrize("text, unit", [
    ("nine months building it and three more testing it", "month"),
    ("trois ans puis deux de plus", "year"),
    ("130 partners and 20 more", None),   # only a duration carries over: "20 more" of anything
])
def test_a_bare_figure_with_more_counts_the_duration_before(text, unit):
    assert find_quantities(text)[-1].quantity.unit == unit


def test_two_bare_figures_joined_by_and_are_no_pair_without_between():
    found = find_quantities("SFR and Bull, respectively 47 and 20 %")
    assert found[0].quantity.unit is None


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_a_pair_shares_its_scale_within_a_thousandfold(low, high):
    first, second = find_quantities(f"de {low} à {high} millions d'euros")
    assert first.quantity.unit == "EUR"
    assert 1e-3 <= first.quantity.amount / second.quantity.amount <= 1e3


@pytest.mark.parametrize("text, unit", [
    ("OpenStack platform, months of testing with clients and partners: 3", "month"),
    ("mois de tests : 3", "month"),
    ("years at the helm: 2", "year"),
    ("Numergy partners: 130", None),
])
def test_a_bare_figure_after_a_label_counts_the_duration_the_label_opens_with(text, unit):
    [found] = find_quantities(text)
    assert found.quantity.unit == unit


@pytest.mark.parametrize("text, expected", [
    ("un contrat sur deux ans", [("deux ans", 2, "year")]),   # a span of time, not one in two
    ("one in two years", [("two years", 2, "year")]),
])
def test_a_span_of_time_is_no_proportion(text, expected):
    assert [(m.text, m.quantity.amount, m.quantity.unit) for m in find_quantities(text)] == expected


@given(st.sampled_from([("half", 2), ("a third", 3), ("a quarter", 4), ("la moitié", 2), ("un tiers", 3)]),
       st.integers(min_value=1, max_value=999), st.sampled_from(["millions d'euros", "million euros", "M€"]))
def test_a_fraction_of_a_figure_received_is_that_share_of_it(fraction, amount, unit):
    word, denominator = fraction
    link = "des" if word.startswith(("la", "un")) else "of the"
    [mention] = find_quantities(f"Cloudwatt received {word} {link} {amount} {unit}.")
    scale = 1e6
    assert mention.quantity.amount == pytest.approx(amount * scale / denominator)


@pytest.mark.parametrize("text", [
    # As the subject of its clause, the fraction is a part of a figure said of someone.
    "Un tiers des 75 millions d'euros reçus par Cloudwatt a été englouti par la Box.",
    # After a copula, two figures compared; with the owner named after it, the owner's figure.
    "The goal was half of the 500 million euros it had planned.",
    "Cloudwatt aimed for half of the €400m Numergy was targeting.",
])
def test_a_fraction_that_opens_its_clause_or_compares_keeps_the_figure_whole(text):
    assert any(m.quantity.unit == "percent" for m in find_quantities(text))


@pytest.mark.parametrize("text, amount", [
    ("Thales held a one-third stake in Cloudwatt.", 100 / 3),
    ("a two-thirds majority", 200 / 3),
    ("a one third stake", 100 / 3),
])
def test_an_article_before_a_fraction_with_its_numerator_is_no_figure(text, amount):
    [mention] = find_quantities(text)
    assert mention.quantity.amount == pytest.approx(amount) and mention.quantity.unit == "percent"


@pytest.mark.parametrize("text, rest", [
    ("Orange held 44.4% of Cloudwatt and Thales held the rest.", 55.6),
    ("SFR détenait 47 % de Numergy et Bull le reste.", 53.0),
    # A group holds the rest together; a figure after it, or none before, leaves it unread.
    ("SFR held 47% of Numergy, and the CDC and Bull held the rest.", None),
    ("SFR owned 47% of Numergy; the rest was split between the CDC (33%) and Bull (20%).", None),
    ("Numergy spent the rest of the year testing.", None),
])
def test_the_rest_is_what_the_percentages_before_leave(text, rest):
    found = [m.quantity.amount for m in find_quantities(text) if m.text.lower() in ("the rest", "le reste")]
    assert found == ([] if rest is None else [pytest.approx(rest)])


def test_a_quarter_of_something_is_no_span_of_months():
    assert all(m.quantity.unit != "month" for m in find_quantities("aiming for a quarter of the market"))
