"""When a claim holds: its period, the span of a role, its source's date.

A figure belongs to a period ("les neuf premiers mois de 2013"), a role to a
span ("PDG until April 2014"), and a time-dependent fact with neither to the
year its source was written. `period_alignment` says how a statement's dates
sit against that.
"""

from __future__ import annotations

import re

from datetime import date, timedelta
from typing import Optional

from .database import Database
from .extract.statement import Statement
from .model import Claim, Quantity, TimeSpan
from .values import times_agree


def validity(claim: Claim) -> Optional[TimeSpan]:
    """The span a `since`/`until` claim holds over ("PDG until April 2014")."""
    since, until = claim.qualifiers.get("since"), claim.qualifiers.get("until")
    if not isinstance(since, TimeSpan) and not isinstance(until, TimeSpan):
        return None
    start = since.start if isinstance(since, TimeSpan) else date.min
    end = until.end if isinstance(until, TimeSpan) else date.max
    return TimeSpan(start, end, "day")


def source_year(claim: Claim, database: Database) -> Optional[TimeSpan]:
    """The year a time-dependent figure without a period was true: its source's date."""
    for reference in claim.references:
        source = database.sources.get(reference.source)
        if source and source.date and source.date[:4].isdigit():
            year = int(source.date[:4])
            return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")
    return None


def source_day(claim: Claim, database: Database) -> Optional[date]:
    """The day the latest of the claim's dated sources was written (an undated source has none)."""
    found = [database.sources[r.source].date for r in claim.references if r.source in database.sources]
    days = [date.fromisoformat(str(d)) for d in found if d and len(str(d)) == 10]
    return max(days, default=None)


def _month_after(day: date) -> date:
    """The first day after the month of `day` (a change month is not yet the new state)."""
    if day == date.min:
        return day
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _month_before(day: date) -> date:
    """The last day before the month of `day`."""
    if day == date.max:
        return day
    return date(day.year, day.month, 1) - timedelta(days=1)


def period_alignment(claim: Claim, statement: Statement, database: Database) -> str:
    """same | valid | boundary | within | partial | earlier | undated | unspecified | stated | month | other | none.

    `month`: the statement names the claim's month without a year ("for December")."""
    if "stated" in claim.qualifiers and statement.times and all(t.bound == "since" for t in statement.times):
        return "none"  # "its 15 % goal, kept since 2012": since when it was set, compared with `stated`
    stated = claim.qualifiers.get("stated")
    if isinstance(stated, TimeSpan) and claim.period is not None and statement.status not in (None, "actual") \
            and statement.times and all(
            times_agree(stated, t.span) and not times_agree(claim.period, t.span) for t in statement.times):
        return "stated"  # "In 2012 Cloudwatt was aiming for €500m": when the target was held
    holds = validity(claim)
    time_dependent = holds is not None or claim.period is not None or database.properties[claim.property].periodic
    if time_dependent and statement.anchored and not statement.times:
        return "undated"  # "two years earlier": some other time, which we cannot place
    if holds is not None:
        if not statement.times or (statement.starts and "since" in claim.qualifiers):
            return "none"
        if statement.endings and "until" in claim.qualifiers and all(t.span.end >= holds.start for t in statement.times):
            return "none"  # "by September 2014 Starck no longer ran it": when it was over, against the end
        if not any(times_agree(holds, t.span) for t in statement.times):
            return "other"
        inside = TimeSpan(_month_after(holds.start), _month_before(holds.end), "day")
        return "valid" if any(times_agree(inside, t.span) for t in statement.times) else "boundary"
    period = claim.period
    if period is None and database.properties[claim.property].periodic and statement.times:
        as_of = source_year(claim, database)
        if as_of is None:
            return "undated"
        if any(times_agree(as_of, t.span) for t in statement.times):
            return "same"
        return "earlier" if all(t.span.end < as_of.start for t in statement.times) else "other"
    if period is None and isinstance(claim.value, Quantity) and claim.status in (None, "actual") and statement.times:
        # "By end-2015 the alliance had grown to ten members": a figure the
        # source gives as of its own year says nothing of a later one.
        as_of = source_year(claim, database)
        if as_of is not None and all(t.span.start > as_of.end for t in statement.times):
            return "other"
    if period is None:
        return "none"
    if not statement.times and statement.yearless and period.start.year == period.end.year and (
            period.start.month == period.end.month):
        # "20,000 VMs for December": a month of a year left unsaid, the source's month or another.
        return "month" if any(m.month == period.start.month for m in statement.yearless) else "other"
    if not statement.times:
        return "unspecified"
    best = "other"
    for mention in statement.times:
        stated = mention.span
        if not times_agree(period, stated):
            continue
        if _same_range(period, stated):
            return "same"
        if _WHOLE_BEFORE.search(statement.text, max(0, mention.start - 24), mention.start):
            continue  # "for the whole of 2013": nine months of it do not tell the year
        if period.start <= stated.start and stated.end <= period.end:
            best = "within"
        elif best != "within":
            best = "partial"
    return best


YEAR_PARTS = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}
# "the whole of 2013", "full-year 2013", « sur l'ensemble de 2013 »: all of the period, not a part of it.
_WHOLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:the\s+whole\s+of|all\s+of|full[-\s]year|the\s+entire\s+year|"
                           r"l['’]ensemble\s+de(?:\s+l['’]année)?|toute\s+l['’]année)\s{0,3}$")


def _same_range(a: TimeSpan, b: TimeSpan) -> bool:
    if a.start == b.start and a.end == b.end:
        return True
    if b.precision == "year" and b.part in YEAR_PARTS:
        # "fin 2014" is the end of the year: a December 2014 target is for it.
        first, last = YEAR_PARTS[b.part]
        if date(b.start.year, first, 1) <= a.start and a.end <= date(b.start.year, last, 31):
            return True
    month = (a.start.year, a.start.month, a.end.year, a.end.month)
    return month == (b.start.year, b.start.month, b.end.year, b.end.month) and "day" not in (a.precision, b.precision)
