"""Comparing and showing values: figures within their precision, dates by overlap.

Pure functions on the model's Quantity and TimeSpan: two figures agree when
they are equal at the coarser of their stated precisions (and close in
relative terms), two dates when their ranges meet.
"""

from __future__ import annotations

from dataclasses import replace

from datetime import date

from typing import Optional

from .database import Database
from .model import EntityRef, Quantity, TimeSpan

EXACT_TOLERANCE = 0.02


APPROXIMATE_TOLERANCE = 0.15


DIMENSIONS = {"EUR": "currency", "USD": "currency", "percent": "percent", "duration": "duration", "count": "count",
               "ratio": "ratio", "MB": "data", "GB": "data", "TB": "data"}
DATA_UNITS = ("MB", "GB", "TB")


MONTHS_PER = {"month": 1.0, "year": 12.0, "week": 12 / 52, "day": 12 / 365}


def dimension_of(unit: Optional[str]) -> str:
    if unit in ("EUR", "USD") or unit in DATA_UNITS:
        return unit
    if unit == "percent":
        return "percent"
    if unit in MONTHS_PER:
        return "duration"
    if unit == "ratio":
        return "ratio"
    return "count"


def quantities_agree(claimed: Quantity, stated: Quantity) -> bool:
    """Equal within what each side's precision and bounds allow."""
    a, b = claimed.amount, stated.amount
    if dimension_of(claimed.unit) == "duration":
        a *= MONTHS_PER[claimed.unit]
        b *= MONTHS_PER.get(stated.unit or "month", 1.0)
    scale = max(abs(a), abs(b), 1e-12)
    if "range" in (claimed.bound, stated.bound):
        # "between 1 and 3 million euros": anything in it, within the other side's own precision.
        return abs(a - b) <= (claimed.precision + stated.precision) / 2 + 1e-9 * scale
    if "at-least" in (claimed.bound, stated.bound) or "at-most" in (claimed.bound, stated.bound):
        low_ok = not (claimed.bound == "at-least" and b < a * (1 - EXACT_TOLERANCE))
        high_ok = not (claimed.bound == "at-most" and b > a * (1 + EXACT_TOLERANCE))
        stated_low = not (stated.bound == "at-least" and a < b * (1 - EXACT_TOLERANCE))
        stated_high = not (stated.bound == "at-most" and a > b * (1 + EXACT_TOLERANCE))
        return low_ok and high_ok and stated_low and stated_high
    if "approximate" in (claimed.bound, stated.bound):
        return abs(a - b) / scale <= APPROXIMATE_TOLERANCE
    coarser = max(claimed.precision, stated.precision)
    if dimension_of(claimed.unit) == "duration":
        coarser = max(coarser, 1.0)
    return abs(a - b) <= coarser / 2 + 1e-9 * scale and abs(a - b) / scale <= EXACT_TOLERANCE


def units_compatible(claimed: Quantity, stated: Quantity) -> bool:
    return dimension_of(claimed.unit) == dimension_of(stated.unit)


def times_agree(claimed: TimeSpan, stated: TimeSpan) -> bool:
    """Dates agree when their ranges meet: "2012" agrees with "septembre 2012";
    "fin 2016" is the last months of the year, which 1 January 2016 is not."""
    claimed, stated = _part_of_year(claimed), _part_of_year(stated)
    return stated.start <= claimed.end and claimed.start <= stated.end


# The months "early", "mid" and "late" in a year may mean ("fin 2014", "early 2013", "mid-2015"), for
# agreement: a month beside them is allowed (periods.YEAR_PARTS, for the same range, is strict).
PART_MONTHS = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}


def _part_of_year(span: TimeSpan) -> TimeSpan:
    if span.precision != "year" or span.part not in PART_MONTHS or span.start.year != span.end.year:
        return span
    first, last = PART_MONTHS[span.part]
    end = date(span.end.year, last, 31 if last == 12 else 30)
    return TimeSpan(date(span.start.year, first, 1), end, span.precision, span.part)


def narrower_time(stated: TimeSpan, claimed: TimeSpan) -> bool:
    """A stated date inside the claimed one and shorter: it says more than the source."""
    return (claimed.start <= stated.start and stated.end <= claimed.end
            and (stated.start, stated.end) != (claimed.start, claimed.end))


def format_quantity(quantity: Quantity) -> str:
    if quantity.bound == "range":
        low, high = (replace(quantity, amount=quantity.amount + sign * quantity.precision / 2, bound="exact")
                     for sign in (-1, 1))
        return f"between {format_quantity(low)} and {format_quantity(high)}"
    amount, unit = quantity.amount, quantity.unit
    prefix = {"approximate": "about ", "at-least": "at least ", "at-most": "at most "}.get(quantity.bound, "")
    if unit == "percent":
        return f"{prefix}{_number(amount)} %"
    if unit in ("EUR", "USD"):
        symbol = "€" if unit == "EUR" else "$"
        for size, word in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
            if abs(amount) >= size:
                return f"{prefix}{_number(amount / size)} {word}{symbol}"
        return f"{prefix}{_number(amount)} {symbol}"
    suffix = f" {unit}" if unit else ""
    return f"{prefix}{_number(amount)}{suffix}"


def _number(value: float) -> str:
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f")


def format_time(span: TimeSpan) -> str:
    part = f"{span.part} " if span.part else ""
    if span.precision == "year" and span.start.year == span.end.year:
        return f"{part}{span.start.year}"
    if span.precision == "month" and (span.start.year, span.start.month) == (span.end.year, span.end.month):
        return f"{part}{span.start:%B %Y}"
    if span.start == span.end:
        return span.start.isoformat()
    if span.precision == "month":
        return f"{span.start:%B %Y}–{span.end:%B %Y}"
    if span.precision == "year":
        return f"{span.start.year}–{span.end.year}"
    return f"{span.start.isoformat()}–{span.end.isoformat()}"


def format_value(value, database: Database) -> str:
    if isinstance(value, Quantity):
        return format_quantity(value)
    if isinstance(value, TimeSpan):
        return format_time(value)
    if isinstance(value, EntityRef):
        return " and ".join(database.entities[i].label if i in database.entities else i for i in value.ids)
    return str(value)
