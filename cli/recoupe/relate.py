"""Statements that relate several facts: each claim alone cannot settle them.

After every candidate claim is compared on its own (`compare`), these read
what a statement says *between* facts, from the claims of those facts:

- a ratio: "Orange's stake was double Thales's", "the 2015 goal was three
  times the December 2014 forecast";
- a comparison: "Bull's stake in Numergy was larger than Thales's in Cloudwatt";
- a sum: "Orange and Thales together held two thirds of Cloudwatt";
- the largest: "Bull was Numergy's largest shareholder";
- an outsider: "Bull held 20 % of Cloudwatt", where the holders known hold the whole;
- a revision: "Cloudwatt cut its 2017 revenue target by 60 %", from the
  claims of the earlier and the later figure;
- a share: "the €135m planned for Andromède were 3 % of the Grand emprunt",
  from the claims of the part and of the whole;
- who did it: "C'est Ikoula qui a ironisé sur une page dédiée", words that
  only one party's claim holds, said of another party;
- a quotation: « Notre vocation est européenne », in the source's very words,
  is the claim whose quote holds them, whoever the statement names (who said
  it is then checked against the claim's `said_by`); reported speech in six
  words of a quote, without quotation marks, too;
- only one party: "Of the two sovereign clouds, only Numergy was absorbed by
  its shareholder", where a claim says the same of the other.

Each returns the matches with the claims it read set to support or
contradict, and the statement's comparing words accounted for.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Optional

from .align import (DIFFERENCE_AFTER, FUNCTION_WORDS, MIN_CONTENT_WORD, TO_AFTER, SlotComparison, contains_words, exclusive_slots,
                    figure_followed_by, in_one_clause, same_word)
from .candidates import ClaimIndex, key_entities, point_of
from .compare import OF_NAME, ClaimMatch, compare, figure_of
from .database import Database
from .extract.quantities import FRACTIONS
from .extract.statement import POSSESSIVE, Statement
from .model import Claim, EntityRef, Quantity, TimeSpan
from .normalise import plain, words
from .periods import validity
from .roles import and_wider, named_entities, type_of
from .values import (format_quantity, format_time, format_value, narrower_time, quantities_agree, times_agree,
                     units_compatible)

RATIO_TOLERANCE = 0.05


def relate_ratios(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """A ratio between two figures: of one fact at two dates ("Cloudwatt's 2015
    VM goal was three times its December 2014 forecast", the date before the
    ratio is the larger side), or of two facts named in turn ("Orange's stake
    was double Thales's")."""
    ratios = [q for q in statement.quantities if q.quantity.unit == "ratio"] or _fractions_of(statement)
    if len(ratios) != 1:
        return matches
    ratio = ratios[0]
    stated = _ratio_of_stated_figures(statement, matches, ratio) or _fraction_of_another_figure(
        statement, matches, ratio)
    if stated is not None:
        return stated
    dated = _two_dates_of_one_fact(statement, matches, ratio)
    pair = dated[:2] if dated else _two_facts(statement, matches)
    if pair is None:
        return _figure_against_a_dated_fact(statement, matches, ratio, database)
    top, bottom = pair
    larger, smaller = figure_of(top.claim), figure_of(bottom.claim)
    if not smaller.amount or not units_compatible(larger, smaller):
        return matches
    actual = larger.amount / smaller.amount
    agrees = _ratio_agrees(ratio.quantity, larger, smaller)
    labels = [_fact_label(m, database) for m in (top, bottom)]
    if top.claim.property != bottom.claim.property:  # "9 months for Numergy (development time)"
        labels = [f"{label} ({database.properties[m.claim.property].label})" for label, m in zip(labels, (top, bottom))]
    explanation = (f"the source gives {format_quantity(larger)} for {labels[0]} and "
                   f"{format_quantity(smaller)} for {labels[1]}, {actual:.3g} times as much; "
                   f"the statement says {ratio.text}")
    spans = ((ratio.start, ratio.end), *(dated[2] if dated else ()))
    # A figure of its own a side's claim contradicts stays wrong, and the ratio settles
    # nothing: "… to 90,000 in 2015" against 30,000, "10,000 VMs for 2015, three times …".
    if any(m.relation == "contradicts" and any(not c.agrees and isinstance(c.value, Quantity) for c in m.comparisons)
           for m in (top, bottom)):
        return matches
    return _settled(matches, (top, bottom), agrees, explanation, spans)


def _settled(matches: list[ClaimMatch], sides, agrees: bool, explanation: str, spans,
             unsaid: Optional[tuple[int, int]] = None) -> list[ClaimMatch]:
    """The matches, with the claims of the ratio's sides supporting or contradicting it and accounting
    for its `spans`; a comparison at `unsaid` (a figure read against the wrong claim) is dropped."""
    related = {id(m) for m in sides}
    return [replace(m, relation="supports" if agrees else "contradicts", explanation=explanation, blocked="",
                    comparisons=tuple(c for c in m.comparisons if c.span != unsaid or c.agrees),
                    strength=m.strength + 1.0, accounted=tuple(dict.fromkeys((*m.accounted, *spans))),
                    highlights=tuple(dict.fromkeys((*m.highlights, *spans))))
            if id(m) in related else m for m in matches]


# "half of the €400m", « la moitié de celui … », "40% of the €500m": a fraction of another figure, a ratio.
_FRACTION_WORD = re.compile(rf"(?i)(?:{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})$")
_OF_AFTER = re.compile(r"(?i)\s+(?:of|de|d['’]|du|des)(?!\w)")
_ARTICLES = re.compile(r"(?i)\s*(?:(?:the|its|their|la|le|les|l['’]|ses|leur)\s*)?")
# What a fraction of a figure is of, when not the figure itself: "half the figure it announced", « celui affiché ».
_FIGURE_NOUN = re.compile(r"(?i)(?:celui|celle|ceux|that|those|the one|one|figure|amount|sum|target|goal|ambition|"
                          r"objectif|montant|chiffre|somme)\b")


def _fractions_of(statement: Statement) -> list:
    """Fractions in words that a figure is of ("was half of the €400m"), as ratios."""
    found = []
    for mention in statement.quantities:
        of = _OF_AFTER.match(statement.text, mention.end)
        if of is None or mention.quantity.unit != "percent":
            continue
        what = _ARTICLES.match(statement.text, of.end()).end()
        in_words = _FRACTION_WORD.search(mention.text)
        if not (_figure_after(statement, of.end()) or in_words and _FIGURE_NOUN.match(statement.text, what)):
            continue  # "one third of both companies", « un tiers de leur capital »: a share, not a figure's fraction
        quantity = replace(mention.quantity, amount=mention.quantity.amount / 100, unit="ratio", precision=0.01)
        found.append(replace(mention, quantity=quantity))
    return found


def _figure_against_a_dated_fact(statement: Statement, matches: list[ClaimMatch], ratio,
                                 database: Database) -> list[ClaimMatch]:
    """"The original ambition of €500m was two and a half times its revised
    target for 2017": a figure the statement gives, as a multiple of the
    fact it dates on the ratio's other side, settled by that fact's claim
    once another claim confirms the figure itself. The other way round too:
    "its 2017 goal was less than half of the €500m it first aimed for"."""
    stated = [q for q in statement.quantities if q is not ratio and (q.start, q.end) != (ratio.start, ratio.end)]
    if len(stated) != 1:
        return matches
    figure = stated[0]
    figure_first = figure.end <= ratio.start
    dates = [t for t in statement.times if (t.start >= ratio.end if figure_first else t.end <= ratio.start)]
    if len(dates) != 1 or not figure_first and figure.start < ratio.end:
        return matches
    confirming = [m for m in matches if any(c.agrees and c.span == (figure.start, figure.end) for c in m.comparisons)]
    if not confirming and figure_first and not [t for t in statement.times if t.end <= ratio.start]:
        # "€6m for the year, three times what it booked in the first nine months of 2013": the date is the other
        # side's; the figure, undated, is confirmed by a claim that gives it, whatever its period.
        confirming = [m for m in matches if m.complete_keys and m.claim.property in statement.cues
                      and isinstance(m.claim.value, Quantity) and units_compatible(m.claim.value, figure.quantity)
                      and quantities_agree(m.claim.value, figure.quantity)]
    dated = [m for m in matches if m.complete_keys and m.claim.period is not None
             and isinstance(m.claim.value, Quantity) and units_compatible(m.claim.value, figure.quantity)
             and m.claim.property in statement.cues and _agrees_with(dates[0].span)(m.claim.period)
             and m not in confirming]
    if len(dated) != 1 or not confirming:
        return matches
    fact = dated[0]
    known = figure_of(fact.claim)
    larger, smaller = (figure.quantity, known) if figure_first else (known, figure.quantity)
    if not smaller.amount:
        return matches
    agrees = _ratio_agrees(ratio.quantity, larger, smaller)
    explanation = (f"the source gives {format_quantity(known)} for {_fact_label(fact, database)}; "
                   f"{format_quantity(larger)} is {larger.amount / smaller.amount:.3g} times {format_quantity(smaller)}; "
                   f"the statement says {ratio.text}")
    spans = ((ratio.start, ratio.end), (figure.start, figure.end), (dates[0].start, dates[0].end))
    return [replace(m, relation="supports" if agrees else "contradicts", explanation=explanation, blocked="",
                    strength=m.strength + 1.0, accounted=tuple(dict.fromkeys((*m.accounted, *spans))),
                    comparisons=(), highlights=tuple(dict.fromkeys((*m.highlights, *spans))))
            if m is fact else m for m in matches]


def _spread(figure: Quantity) -> tuple[float, float]:
    """The values a figure allows: "about 40" (precision 10) is 30 to 50, "40" is 40."""
    reach = figure.precision if figure.bound == "approximate" else 0.0
    return max(figure.amount - reach, 0.0), figure.amount + reach


def _ratio_agrees(ratio: Quantity, larger: Quantity, smaller: Quantity) -> bool:
    """Whether the stated ratio ("more than three times", "double") fits the two
    figures, with the reach of approximate figures and the ratio's own bound."""
    large_low, large_high = _spread(larger)
    small_low, small_high = _spread(smaller)
    if not small_low:
        return False
    lowest, highest = large_low / small_high, large_high / small_low
    low, high = ratio.amount * (1 - RATIO_TOLERANCE), ratio.amount * (1 + RATIO_TOLERANCE)
    if ratio.bound == "at-least":
        return highest >= low
    if ratio.bound == "at-most":
        return lowest <= high
    return lowest <= high and highest >= low


_FEW_WORDS = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]*){0,3}")


def _figure_after(statement: Statement, position: int):
    """The figure in a unit a few words after `position` ("of the €500m", "of its original €500m")."""
    return next((q for q in statement.quantities if q.start >= position and q.quantity.unit not in (None, "percent")
                 and _FEW_WORDS.fullmatch(statement.text, position, q.start)), None)


def _ratio_of_stated_figures(statement: Statement, matches: list[ClaimMatch], ratio) -> Optional[list[ClaimMatch]]:
    """"Its 2017 goal (200 M€) was 40% of the 500 M€ it first aimed for": both figures stated, each
    confirmed by a claim, so the ratio is the statement's own arithmetic, right or wrong."""
    of = _OF_AFTER.match(statement.text, ratio.end)
    if of is None:
        return None
    whole = _figure_after(statement, of.end())
    parts = [q for q in statement.quantities if whole is not None and q.end <= ratio.start
             and q.quantity.unit is not None and units_compatible(q.quantity, whole.quantity)]
    if whole is None or not parts:
        return None

    def confirming(mention) -> list[ClaimMatch]:
        return [m for m in matches if m.relation == "supports" and any(
            c.agrees and c.span == (mention.start, mention.end) for c in m.comparisons)]

    part = parts[-1]
    part_claims, whole_claims = confirming(part), confirming(whole)
    if not part_claims or not whole_claims:
        return None
    agrees = _ratio_agrees(ratio.quantity, part.quantity, whole.quantity)
    explanation = (f"{part.text} is {part.quantity.amount / whole.quantity.amount:.0%} of {whole.text}, "
                   f"both as the source gives them; the statement says {ratio.text}")
    return _settled(matches, part_claims + whole_claims, agrees, explanation, ((ratio.start, ratio.end),))


def _fraction_of_another_figure(statement: Statement, matches: list[ClaimMatch], ratio) -> Optional[list[ClaimMatch]]:
    """"Its €200m goal was not even half of the figure it had aimed for before": one figure stated,
    confirmed by one claim and read against another claim of the same subject (the figure it is a
    fraction of), so the ratio is of the two claims' figures."""
    figures = [q for q in statement.quantities if q.quantity.unit not in (None, "percent", "ratio")]
    if len(figures) != 1:
        return None
    span = (figures[0].start, figures[0].end)
    confirming = [m for m in matches if m.relation == "supports" and figure_of(m.claim) is not None
                  and any(c.agrees and c.span == span for c in m.comparisons)]
    other = [m for m in matches if m.relation == "contradicts" and figure_of(m.claim) is not None
             and any(not c.agrees and c.span == span for c in m.comparisons)
             and any(m.claim.subject == c.claim.subject for c in confirming)]
    if len(confirming) != 1 or len({point_of(m.claim, m.keys) for m in other}) != 1:
        return None
    part, whole = figure_of(confirming[0].claim), figure_of(other[0].claim)
    if figures[0].start >= ratio.end:
        part, whole = whole, part  # "less than half of the €500m it aimed for": the figure stated is the whole
    if not whole.amount or not units_compatible(part, whole):
        return None
    agrees = _ratio_agrees(ratio.quantity, part, whole)
    explanation = (f"the source gives {format_quantity(part)}, {part.amount / whole.amount:.0%} of the "
                   f"{format_quantity(whole)} it also gives; the statement says {ratio.text}")
    return _settled(matches, (*confirming, *other), agrees, explanation, ((ratio.start, ratio.end),), unsaid=span)


def _fact_label(match: ClaimMatch, database: Database) -> str:
    period = match.claim.period
    label = " · ".join(database.entities[k].label for k in match.keys)
    return f"{label} ({format_time(period)})" if period else label


def _two_dates_of_one_fact(statement: Statement, matches: list[ClaimMatch], ratio) -> Optional[tuple]:
    """The claims of one fact for the date before the ratio and the date after it, and the dates' spans.
    A month without a year ("3x the December forecast") is the claim of that month. A ratio after
    both ("Dec 2014 10k → 2015 30k (x3)") is of the larger figure to the smaller."""
    # (One year said twice, "In 2014 … for the year", is one date.)
    spans = {}
    for t in statement.times:
        spans.setdefault(t.span, t)
    dates = [(t.start, t.end, _agrees_with(t.span)) for t in spans.values()]
    dates += [(m.start, m.end, _in_month(m.month)) for m in statement.yearless]
    if len(dates) != 2:
        return None
    before = [d for d in dates if d[1] <= ratio.start]
    after = [d for d in dates if d[0] >= ratio.end]
    if len(before) == 2 and not after:
        before, after = before[:1], before[1:]
    elif len(after) == 2 and not before:
        before, after = after[:1], after[1:]  # "three times as much revenue in 2014 as in 2013"
        if _FROM_WORD.search(statement.text, ratio.end, before[0][0]) and _TO_BETWEEN.search(
                statement.text, before[0][1], after[0][0]):
            before, after = after, before  # "triple its count from the December target to 30,000 in 2015"
    elif len(before) != 1 or len(after) != 1:
        return None

    def dated(date) -> list[ClaimMatch]:
        return [m for m in matches if m.cued and m.complete_keys and isinstance(m.claim.value, Quantity)
                and m.claim.period is not None and date[2](m.claim.period)]

    larger, smaller = dated(before[0]), dated(after[0])
    if len(larger) != 1 or len(smaller) != 1:
        return None
    top, bottom = larger[0], smaller[0]
    if (top.claim.subject, top.claim.property) != (bottom.claim.subject, bottom.claim.property):
        return None  # (a forecast against what was made, a target against a forecast: one fact at two dates)
    if before[0][1] <= ratio.start and after[0][1] <= ratio.start and figure_of(top.claim).amount < figure_of(
            bottom.claim).amount:
        top, bottom = bottom, top
    elif _THEN_BEFORE.search(statement.text, max(0, ratio.start - 16), ratio.start) and not _RATIO_OBJECT.match(
            statement.text, ratio.end) and any(q.end <= ratio.start and q.quantity.unit != "ratio"
                                               for q in statement.quantities):
        top, bottom = bottom, top  # "10,000 VMs in December 2014, then triple that the year after": the later is larger
    return top, bottom, ((before[0][0], before[0][1]), (after[0][0], after[0][1]))


_THEN_BEFORE = re.compile(r"(?i)(?<!\w)(?:then|puis)\s+(?:(?:the|le|la|l['’])\s+)?$")
_RATIO_OBJECT = re.compile(r"(?i)\s+(?:the|its|their|le|la|les|son|sa|ses|leur|of|de|du|des|d['’]|que|qu['’]|as)(?!\w)")
_FROM_WORD = re.compile(r"(?i)\b(?:from|de|du|depuis)\b")
_TO_BETWEEN = re.compile(r"(?i)\b(?:to|à)\b")


def _agrees_with(span):
    # ("fin 2014" holds the December 2014 forecast: a part of a year is as narrow as the source's month.)
    return lambda period: (times_agree(period, span) and (not narrower_time(period, span) or span.part is not None)
                           and not narrower_time(span, period))


def _in_month(month: int):
    return lambda period: (period.start.month == period.end.month == month
                           and period.start.year == period.end.year)


def _two_facts(statement: Statement, matches: list[ClaimMatch]) -> Optional[tuple[ClaimMatch, ClaimMatch]]:
    """The two facts of one property a statement names, each in full, in the
    order it names them: "Bull's stake … Thales's stake"."""
    facts: dict[tuple, ClaimMatch] = {}
    for match in matches:
        if ((match.claim.property in statement.cues or any(c.agrees for c in match.comparisons))
                and match.complete_keys and match.period != "other"
                and figure_of(match.claim) is not None and match.highlights):
            facts.setdefault(point_of(match.claim, match.keys), match)
    pair = sorted(facts.values(), key=lambda m: min(start for start, _ in m.highlights))
    if len(pair) == 2:
        # "Within Cloudwatt, Thales held more than the CDC": a name both facts
        # share says nothing of their order; the names that tell them apart do.
        first, second = (set(m.highlights) - set(other.highlights) for m, other in (pair, pair[::-1]))
        if first and second and min(second)[0] < min(first)[0]:
            pair.reverse()
    if len(pair) == 2 and pair[0].claim.property != pair[1].claim.property:
        return _two_properties(statement, pair)
    if len(pair) != 2 or not units_compatible(figure_of(pair[0].claim), figure_of(pair[1].claim)):
        return None
    if set(pair[0].keys) == set(pair[1].keys):
        return None  # one fact at two dates: its names say nothing of which comes first (see _two_dates_of_one_fact)
    return pair[0], pair[1]


def _two_properties(statement: Statement, pair: list[ClaimMatch]) -> Optional[tuple[ClaimMatch, ClaimMatch]]:
    """"Building the platform took three times as long as testing it", "spent three times as long testing
    it as building it": two facts of one subject, of two properties measured alike, each cued on its own;
    the one cued after the last "as" / « que » is what the other is compared with."""
    first, second = pair
    if first.claim.subject != second.claim.subject or not units_compatible(
            figure_of(first.claim), figure_of(second.claim)):
        return None
    cues = [statement.cues.get(m.claim.property, ()) for m in pair]
    if not all(cues) or {(c.start, c.end) for c in cues[0]} & {(c.start, c.end) for c in cues[1]}:
        return None
    standard = [m.end() for m in _AS_STANDARD.finditer(statement.text)]
    if not standard:
        return None
    after = [m for m, found in zip(pair, cues) if any(c.start >= standard[-1] for c in found)]
    if len(after) != 1:
        return None
    bottom = after[0]
    return (second if bottom is first else first), bottom


# What a ratio or a comparison measures against: "three times as long *as* …", « trois fois plus … *que* … ».
_AS_STANDARD = re.compile(r"(?i)(?<!\w)(?:as|than|que|qu['’])(?!\w)")


POINTS_AFTER = re.compile(r"(?i)[^\S\n]{1,3}(?:percentage[^\S\n])?points?(?!\w)")


def relate_comparison(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"Bull's stake in Numergy was larger than Thales's stake in Cloudwatt":
    two figures of one property, read from the claims of the two facts the
    statement names (in its order), compared the way it says. A comparison
    the claims cannot settle is confirmed by none of them: that the source
    records both stakes says nothing of which is larger."""
    if not statement.comparative:
        return matches
    pair = _two_facts(statement, matches)
    if statement.direction is None or pair is None:
        return [replace(m, relation=None, explanation=f"{m.explanation}, but the statement compares it with another fact")
                if m.relation == "supports" and not any(c.agrees for c in m.comparisons) else m for m in matches]
    first, second = (figure_of(m.claim) for m in pair)
    labels = [" · ".join(database.entities[k].label for k in m.keys) for m in pair]
    if "approximate" in (first.bound, second.bound) and abs(first.amount - second.amount) <= first.precision + second.precision:
        # "about 100" against "about 100": the sources do not say which is larger.
        chosen = {id(m) for m in pair}
        explanation = (f"the source gives {format_quantity(first)} for {labels[0]} and {format_quantity(second)} for "
                       f"{labels[1]}: too close to say which is larger")
        return [replace(m, relation=None, explanation=explanation) if id(m) in chosen else m for m in matches]
    said = {"more": "larger than the second", "less": "smaller than the second", "same": "equal to the second"}
    holds = {"more": first.amount > second.amount, "less": first.amount < second.amount,
             "same": quantities_agree(first, second) or quantities_agree(second, first)}[statement.direction]
    gap = next((q for q in statement.quantities if DIFFERENCE_AFTER.match(statement.text, q.end)), None)
    if gap is not None and statement.direction != "same" and second.amount and first.amount:
        # "€300 million lower than the figure announced two years earlier", "2.2 points more": by how much,
        # too; a percentage or a fraction ("a third larger", "50% bigger") of the smaller figure.
        stated = gap.quantity
        relative = stated.unit == "percent" and not POINTS_AFTER.match(statement.text, gap.end)
        # (Each figure is rounded: their gap is known to within both roundings.)
        spread = first.precision + second.precision
        if relative:
            smaller = min(first.amount, second.amount)
            difference = Quantity(abs(first.amount - second.amount) / smaller * 100, "percent",
                                  100 * spread / smaller, "range")
        else:
            difference = Quantity(abs(first.amount - second.amount), first.unit, spread, "range")
            stated = replace(stated, unit=stated.unit or first.unit)
        if units_compatible(difference, stated):
            holds = holds and quantities_agree(difference, stated)
            said = {key: f"{words}, by {gap.text}" for key, words in said.items()}
    explanation = (f"the source gives {format_quantity(first)} for {labels[0]} and {format_quantity(second)} for "
                   f"{labels[1]} ({database.properties[pair[0].claim.property].label}); the statement says the first "
                   f"is {said[statement.direction]}")
    chosen = {id(m) for m in pair}
    gap_span = ((gap.start, gap.end),) if gap is not None else ()
    return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                    strength=m.strength + 1.0, accounted=(*m.accounted, *statement.comparisons, *gap_span))
            if id(m) in chosen else m for m in matches]


WHOLE_PERCENT = 95.0  # shares known that add up to this leave no unknown holder larger


def relate_largest(statement: Statement, matches: list[ClaimMatch], index: ClaimIndex, database: Database) -> list[ClaimMatch]:
    """"Bull was Numergy's largest shareholder", "second-largest", "smallest":
    the named holder's share against every other holder's of the same subject
    at the same time. Too many larger ones (smaller ones, from the bottom)
    contradict; the place is confirmed only when no unknown holder can change
    it: the shares known add up to the whole, or, for the largest, the share
    is over half."""
    rank = statement.rank
    if not rank:
        return matches
    named: dict[tuple, ClaimMatch] = {}
    for match in matches:
        figure = figure_of(match.claim)
        if (match.complete_keys and match.claim.property in statement.cues and match.period != "other"
                and figure is not None and figure.unit == "percent"):
            named.setdefault(tuple(sorted(match.keys)), match)
    if len(named) > 1:
        named = _not_a_reference(named, statement)
    # One holder ranked in each of several subjects ("the CDC was the majority shareholder of both
    # companies"): each place is read on its own.
    # (The holder named in the rank's clause: not "the biggest was an operator, with the CDC second".)
    holders = {next((k for k in m.keys if k != m.claim.subject), None) for m in named.values()}
    subjects = {m.claim.subject for m in named.values()}
    if len(named) != 1 and not (len(holders) == 1 and len(subjects) == len(named) and any(
            m.entity in holders and in_one_clause(statement.text, m.start, m.end, statement.rank_at, statement.rank_at)
            for m in statement.entities)):
        return matches
    ranked = {}
    for chosen in named.values():
        found = _ranked(statement, chosen, rank, index, database)
        if found is None:
            return matches
        ranked[id(chosen)] = found
    return [ranked.get(id(m), m) for m in matches]


def _ranked(statement: Statement, chosen: ClaimMatch, rank: int, index: ClaimIndex,
            database: Database) -> Optional[ClaimMatch]:
    """The holder of `chosen` at the place `rank` among its subject's holders, or None if unsettled."""
    figure, held = figure_of(chosen.claim), validity(chosen.claim)
    rivals = {}
    for other in index.about(chosen.claim.subject, chosen.claim.property):
        other_figure, other_held = figure_of(other), validity(other)
        if (other_figure is None or other_figure.unit != figure.unit or other.status != chosen.claim.status
                or other.period != chosen.claim.period or set(key_entities(other, database)) == set(chosen.keys)
                or held and other_held and not times_agree(held, other_held)):
            continue
        rivals.setdefault(tuple(sorted(key_entities(other, database))), (other, other_figure))
    larger = sorted(((o, f) for o, f in rivals.values() if f.amount - f.precision > figure.amount),
                    key=lambda pair: -pair[1].amount)
    smaller = sorted(((o, f) for o, f in rivals.values() if f.amount + f.precision < figure.amount),
                     key=lambda pair: pair[1].amount)
    whole = figure.amount + sum(f.amount for _, f in rivals.values()) >= WHOLE_PERCENT
    ahead, behind = (larger, smaller) if rank > 0 else (smaller, larger)
    place = ("the largest" if rank == 1 else "the smallest" if rank == -1
             else f"number {abs(rank)} from the {'top' if rank > 0 else 'bottom'}")
    holder = database.entities[chosen.keys[-1]].label
    if len(ahead) >= abs(rank):
        other, other_figure = ahead[abs(rank) - 1]
        relation = "contradicts"
        explanation = (f"the source gives {format_quantity(figure)} for {holder} and {format_quantity(other_figure)} "
                       f"for {format_value(other.value, database)}; the statement says the first is {place}")
    elif whole and len(ahead) == abs(rank) - 1 and len(ahead) + len(behind) == len(rivals) or (
            rank == 1 and figure.amount > 50):
        relation = "supports"
        explanation = f"the source gives {format_quantity(figure)} for {holder}: {place} of {len(rivals) + 1}"
    elif whole and len(ahead) + len(behind) == len(rivals):
        relation = "contradicts"
        explanation = (f"the source gives {format_quantity(figure)} for {holder}, number {len(ahead) + 1} of "
                       f"{len(rivals) + 1} from the {'top' if rank > 0 else 'bottom'}; the statement says {place}")
    else:
        return None
    if statement.denies_in_clause(statement.rank_at):
        # "The CDC was not Cloudwatt's majority shareholder", « n'était pas l'actionnaire majoritaire »
        relation = "supports" if relation == "contradicts" else "contradicts"
        explanation = (explanation.replace("the statement says", "the statement denies that")
                       if "the statement says" in explanation else f"{explanation}; the statement denies it")
    accounted = chosen.accounted
    counted = _holders_counted(statement, chosen.claim.property)
    if counted is not None and whole:
        # "Of Numergy's three shareholders, …": as many as the holders that make the whole.
        holders = len(rivals) + 1
        accounted = (*accounted, (counted.start, counted.end))
        if counted.quantity.amount != holders:
            relation = "contradicts"
            explanation = (f"the source gives {holders} holders of {database.entities[chosen.claim.subject].label} "
                           f"that make the whole; the statement says {counted.text}")
    return replace(chosen, relation=relation, explanation=explanation, blocked="", strength=chosen.strength + 1.0,
                   accounted=accounted)


def _holders_counted(statement: Statement, property_id: str, closed: bool = False):
    """A bare number right before a cue of the property ("three shareholders", « trois actionnaires »);
    with `closed`, only one the cue ends ("Numergy had two shareholders.", "… three shareholders: …"), not
    a restricted few ("the two shareholders Orange offered to buy out")."""
    for mention in statement.quantities:
        for cue in statement.cues.get(property_id, ()):
            if mention.quantity.unit is None and 0 < cue.start - mention.end <= 1 and (
                    not closed or _COUNT_CLOSED.match(statement.text, cue.end) and not _DEMONSTRATIVE_BEFORE.search(
                        statement.text, max(0, mention.start - 8), mention.start)):
                return mention
    return None


_COUNT_CLOSED = re.compile(r"[^\S\n]*(?:$|[.,;:!?(—–-])")
# « ces deux participations », "these two stakes": the ones named before, a few of all.
_DEMONSTRATIVE_BEFORE = re.compile(r"(?i)(?<!\w)(?:ces|these|those)[^\S\n]{1,3}$")
_EXCEPT = re.compile(r"(?i)(?<!\w)(?:hormis|excepté|sauf|outre|en dehors d[eu']|à part|apart from|except|besides|"
                     r"other than|not counting|sans compter)(?!\w)")


# "…, behind SFR", « devant Bull »: a holder named as the one another is placed against.
_PLACED_AGAINST = re.compile(r"(?i)(?<!\w)(?:behind|after|ahead\s+of|before|than|derrière|après|devant|que)"
                             r"(?:\s+(?:the|la|le|les|l['’]))?\s*$")


def _not_a_reference(named: dict[tuple, ClaimMatch], statement: Statement) -> dict[tuple, ClaimMatch]:
    """The holders a rank is said of, leaving out those named as what it is placed against."""
    placed = {}
    for keys, match in named.items():
        holders = [m for m in statement.entities if m.entity in keys and m.entity != match.claim.subject]
        if not holders or not all(_PLACED_AGAINST.search(statement.text, max(0, m.start - 16), m.start) for m in holders):
            placed[keys] = match
    return placed


def relate_holder_count(statement: Statement, matches: list[ClaimMatch], index: ClaimIndex,
                        database: Database) -> list[ClaimMatch]:
    """"Numergy had three shareholders", « les deux actionnaires de Cloudwatt »: how many hold the subject,
    settled when the holders the source gives (undated) make the whole. Counted with a rank, see
    `relate_largest`."""
    if statement.rank or statement.times or all(q.quantity.unit is not None for q in statement.quantities):
        return matches  # (no bare number to count holders: nothing to read, on the path of every check)
    if _EXCEPT.search(statement.text):
        return matches  # (« hormis la Caisse des Dépôts, que deux actionnaires »: counted apart from one)
    for match in sorted(matches, key=lambda m: -m.strength):
        counted = _holders_counted(statement, match.claim.property, closed=True)
        if counted is None or match.claim.subject not in statement.entity_ids or match.relation == "contradicts":
            continue
        shares = _whole_shares(match.claim.subject, match.claim.property, index, database)
        if shares is None:
            return matches
        holds = counted.quantity.amount == len(shares)
        if holds and any(m.relation == "contradicts" for m in matches):
            return matches  # the right count of holders given wrong figures
        holders = ", ".join(f"{holder} {format_quantity(f)}" for holder, f in shares.items())
        explanation = (f"the source's holders of {database.entities[match.claim.subject].label} ({holders}) make the "
                       f"whole: {len(shares)}; the statement says {counted.text}")
        span = (counted.start, counted.end)
        return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                        strength=m.strength + 1.0, accounted=(*m.accounted, span), highlights=(*m.highlights, span))
                if m is match else m for m in matches]
    return matches


def _whole_shares(subject: str, property_id: str, index: ClaimIndex, database: Database) -> Optional[dict]:
    """The undated percentages of the subject's holders, by holder, when they add up to the whole."""
    shares: dict[str, Quantity] = {}
    for claim in index.about(subject, property_id):
        figure = figure_of(claim)
        if figure is not None and figure.unit == "percent" and validity(claim) is None and claim.status == "actual":
            shares.setdefault(format_value(claim.value, database), figure)
    return shares if sum(f.amount for f in shares.values()) >= WHOLE_PERCENT else None


def relate_outsider(statement: Statement, matches: list[ClaimMatch], index: ClaimIndex,
                    database: Database) -> list[ClaimMatch]:
    """"Bull held 20 % of Cloudwatt": a holder the source never gives, when the
    holders it gives add up to the whole, holds nothing. Read from the claims
    about the subject that the statement's other actor silenced (see
    `roles.another_actor`), all at one time (undated claims)."""
    silenced = [m for m in matches if m.other_actor is not None and m.claim.property in statement.cues
                and m.claim.subject in statement.entity_ids]
    listed = not silenced
    if listed:
        silenced = _listed_with_a_holder(statement, matches, database)
    if not silenced:
        # "Dassault Systèmes became a Numergy shareholder": the holder named in the value's place.
        listed = False
        silenced = [m for m in matches if m.other_object is not None and m.other_actor is None
                    and database.properties[m.claim.property].value_is_key and m.claim.subject in statement.entity_ids
                    and any(m.other_object.end <= cue.start and in_one_clause(
                        statement.text, m.other_object.start, m.other_object.end, cue.start, cue.end)
                        for cue in statement.cues.get(m.claim.property, ()))]
    actors = {_outsider(m).entity for m in silenced}
    subjects = {(m.claim.subject, m.claim.property) for m in silenced}
    if len(actors) != 1 or len(subjects) != 1 or statement.times:
        return matches
    (subject, property_id), actor = next(iter(subjects)), next(iter(actors))
    holders = {key for claim in index.about(subject, property_id) for key in key_entities(claim, database)}
    shares = _whole_shares(subject, property_id, index, database)
    if actor in holders or and_wider({actor}, database) & holders or shares is None:
        return matches
    chosen = max(silenced, key=lambda m: m.strength)
    outsider = _outsider(chosen)
    if POSSESSIVE.match(statement.text, outsider.end):
        return matches  # "Numergy's shareholders had changed": whose holders, not a holder
    if any(a <= m.start < b and not a <= outsider.start < b for a, b in statement.contrasts
           for m in statement.mentions_of(subject)):
        return matches  # « À la différence de Numergy, …, Cloudwatt avait pour actionnaires … »: set apart
    holdings = ", ".join(f"{holder} {format_quantity(f)}" for holder, f in shares.items())
    explanation = (f"the source's holders of {database.entities[subject].label} ({holdings}) hold the whole; "
                   f"{statement.text[outsider.start:outsider.end]} is not among them")
    if not listed and statement.negated_after(outsider.end):
        # "Bull was not a shareholder of Cloudwatt": the statement says so itself.
        actor = outsider
        # (What they did not hold, "20 %", they held none of.)
        held = tuple((q.start, q.end) for q in statement.quantities if q.quantity.unit == "percent")
        return [replace(m, relation="supports", explanation=explanation + ", as the statement says", blocked="",
                        strength=m.strength + 1.0, accounted=(*m.accounted, (actor.start, actor.end), *held),
                        highlights=(*m.highlights, (actor.start, actor.end)), named=m.named | {actor.entity})
                if m is chosen else m for m in matches]
    if listed:
        # (The holder listed beside it stays confirmed: the outsider is a second fact, and wrong.)
        return [*matches, replace(chosen, relation="contradicts", explanation=explanation, blocked="",
                                  strength=max(m.strength for m in matches) + 1.0)]
    return [replace(m, relation="contradicts", explanation=explanation, blocked="", strength=m.strength + 1.0)
            if m is chosen else m for m in matches]


def _outsider(match: ClaimMatch):
    return match.other_actor or match.other_object


def _listed_with_a_holder(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"Numergy's shareholders were SFR and Dassault Systèmes": a name listed with a holder the
    source confirms, of the holder's kind, as the other actor of that holder's claim."""
    found = []
    confirmed = {(m.claim.subject, m.claim.property, i) for m in matches if m.relation == "supports"
                 and isinstance(m.claim.value, EntityRef) for i in m.claim.value.ids}
    groups = (*statement.groups, _each_with_its_share(statement))
    for match in matches:
        if match.relation != "supports" or not database.properties[match.claim.property].value_is_key or not (
                isinstance(match.claim.value, EntityRef)):
            continue
        for group in groups:
            if not any(m.entity in match.claim.value.ids for m in group):
                continue
            kinds = {type_of(i, database) for i in match.claim.value.ids}
            # (the other holders the sources confirm too are no outsiders: "Orange …, the CDC … and Bull …")
            others = [m for m in group if not m.unknown and m.entity not in match.claim.value.ids
                      and m.entity != match.claim.subject and type_of(m.entity, database) in kinds
                      and (match.claim.subject, match.claim.property, m.entity) not in confirmed]
            if len(others) == 1:
                found.append(replace(match, other_actor=others[0]))
    return found


def _each_with_its_share(statement: Statement) -> tuple:
    """"Orange with 44.4%, the CDC with 33.3% and Bull with 22.2%", « à 47 % par SFR, à 33 % par la CDC et
    à 20 % par Thales »: names each given a percentage beside it, a list of holders."""
    shares = [q for q in statement.quantities if q.quantity.unit == "percent"]
    beside = [m for m in statement.entities if not m.unknown and any(
        0 <= q.start - m.end <= SHARE_BESIDE or 0 <= m.start - q.end <= SHARE_BESIDE for q in shares)]
    return tuple(beside) if len(shares) >= 2 and len(beside) == len(shares) else ()


SHARE_BESIDE = 12  # characters between a holder and its percentage: "Bull with 22.2%", « à 20 % par Thales »


def _conjoined(facts: dict[tuple, ClaimMatch], statement: Statement) -> dict[tuple, ClaimMatch]:
    """"Thales and the CDC together held 55.5 % … before Orange's buyout": when
    a conjunction names two holders or more, the sum is of theirs alone."""
    for group in statement.groups:
        named = {mention.entity for mention in group}
        chosen = {keys: match for keys, match in facts.items()
                  if set(keys) - {match.claim.subject} <= named}
        if len(chosen) > 1:
            return chosen
    return facts


def _one_figure(mentions) -> bool:
    """One figure, perhaps said twice ("les deux tiers, soit 66,6 %")."""
    return all(quantities_agree(mentions[0].quantity, m.quantity) or quantities_agree(m.quantity, mentions[0].quantity)
               for m in mentions[1:])


def _across_subjects(groups: dict[tuple, dict[tuple, ClaimMatch]], statement: Statement) -> list[dict[tuple, ClaimMatch]]:
    """"Cloudwatt and Numergy together received €150m": one fact of one property for each of the
    subjects a conjunction names, when no subject has several."""
    for group in statement.groups:
        named = {mention.entity for mention in group}
        by_property: dict[tuple, dict[tuple, ClaimMatch]] = {}
        for (subject, property_id, status), facts in groups.items():
            if subject in named and len(facts) == 1:
                by_property.setdefault((property_id, status), {}).update(facts)
        chosen = [facts for facts in by_property.values()
                  if {m.claim.subject for m in facts.values()} == named and len(facts) > 1]
        if len(chosen) == 1:
            return chosen
    return []


def _bracketed_after_a_name(statement: Statement, mention) -> bool:
    """"Orange (44.4%) and Thales (22.2%) together …": a figure in brackets right after a name is that name's own."""
    before = statement.text[:mention.start].rstrip()
    return before.endswith("(") and any(not statement.text[m.end:len(before) - 1].strip() for m in statement.entities)


# "two thirds of Cloudwatt (44.4% + 22.2%)": the parts of a total, in brackets after it.
_BREAKDOWN = re.compile(r"\([^()+]{1,40}\+[^()]{1,80}\)")


def relate_sum(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"Orange and Thales together held two thirds of Cloudwatt": one figure
    said of several facts of one property and subject (each named in full) is
    compared with the sum of their figures, not with each of them. (Figures
    of another kind may stand beside it: « environ 50 M€ pour les 55,5 %
    détenus par Thalès et la CDC ».)"""
    if not statement.together or not statement.quantities:
        return matches
    parts = [q for q in statement.quantities
             if any(a <= q.start < b for a, b in (m.span() for m in _BREAKDOWN.finditer(statement.text)))]
    groups: dict[tuple, dict[tuple, ClaimMatch]] = {}
    for match in matches:
        figure = figure_of(match.claim)
        stated_of_kind = [q for index, q in enumerate(statement.quantities) if figure is not None
                          and units_compatible(figure, q.quantity) and not _bracketed_after_a_name(statement, q)
                          and not figure_followed_by(statement, index, statement.each_spans)  # "…, €75m each"
                          and q not in parts]
        if (match.complete_keys and match.period != "other" and match.claim.property in statement.cues
                and len(stated_of_kind) >= 1 and _one_figure(stated_of_kind)):
            group = groups.setdefault((match.claim.subject, match.claim.property, match.claim.status), {})
            group.setdefault(tuple(sorted(match.keys)), match)  # one figure per holder
    summed = [_conjoined(group, statement) for group in groups.values() if len(group) > 1]
    summed = [group for group in summed if len(group) > 1] or _across_subjects(groups, statement)
    if len(summed) != 1:
        return matches
    facts = summed[0]
    figures = [figure_of(m.claim) for m in facts.values()]
    stated = next(q for index, q in enumerate(statement.quantities) if units_compatible(figures[0], q.quantity)
                  and not _bracketed_after_a_name(statement, q)
                  and not figure_followed_by(statement, index, statement.each_spans) and q not in parts)
    if not all(any(quantities_agree(f, q.quantity) for f in figures) for q in parts):
        return matches  # "two thirds (44.4% + 30%)": a part the source does not give
    total = replace(figures[0], amount=sum(f.amount for f in figures), precision=max(f.precision for f in figures),
                    bound="exact")
    # ("never went above €75 million combined": a denied bound says the other side of it.)
    if any(not c.agrees and isinstance(c.value, Quantity) and c.span != (stated.start, stated.end)
           for m in facts.values() for c in m.comparisons):
        return matches  # "Orange (40%) and Thales (22.2%) together …": a holder's own figure is wrong as it stands
    denied = statement.negates(stated.start)
    agrees = quantities_agree(total, stated.quantity) != denied
    labels = " + ".join(format_quantity(f) for f in figures)
    explanation = (f"the source's figures add up to {format_quantity(total)} ({labels}, "
                   f"{database.properties[next(iter(facts.values())).claim.property].label}); "
                   f"the statement {'denies' if denied else 'says'} {stated.text} together")
    restated = [(q.start, q.end) for q in statement.quantities if q is not stated
                and units_compatible(figures[0], q.quantity) and quantities_agree(stated.quantity, q.quantity)
                or q in parts]
    spans = ((stated.start, stated.end), *restated, *statement.together)
    chosen = {id(m) for m in facts.values()}
    holders = set(facts)
    return [replace(m, relation="supports" if agrees else "contradicts", explanation=explanation, blocked="",
                    strength=m.strength + 1.0, accounted=tuple(dict.fromkeys((*m.accounted, *spans))),
                    highlights=tuple(dict.fromkeys((*m.highlights, *spans))))
            if id(m) in chosen else
            replace(m, relation=None, explanation=f"{m.explanation}, but the statement gives the sum of several figures")
            if tuple(sorted(m.keys)) in holders and m.relation is not None else m
            for m in matches]


# "cut *by* 60 %", « réduit *de* 60 % »: the figure is the change, not what is left.
# What a change left, right before its percentage: "cut to 40 %", « ramené à moins de la moitié », "down to".
_TO_A_SHARE_BEFORE = re.compile(r"(?i)(?<!\w)(?:to|à|at|jusqu['’]à)(?:\s+(?:less|more|fewer|moins|plus|about|around|"
                                r"only|just|barely|some|environ|seulement|à\s+peine)(?:\s+(?:than|de|d['’]|que))?)?"
                                r"(?:\s+(?:la|le|les|l['’]|the))?\s*$")
_BY_BEFORE = re.compile(r"(?i)(?<!\w)(?:by|de|of)\s+$")
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)from\s+(?:(?:the|its|their)\s+)?$")  # "down from the €300m"
# "a 60 % reduction", « une baisse de 60 % » is read by _BY_BEFORE: the percentage is the change.
_CHANGE_NOUN_AFTER = re.compile(r"(?i)[^\S\n]+(?:reduction|cut|drop|decrease|fall|decline|increase|rise|raise)(?!\w)")
_AMOUNT_OF_CHANGE = re.compile(r"(?i)\s+(?:de\s+(?:moins|plus)|less|more|lower|higher|fewer)(?!\w)")


def relate_change(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"Cloudwatt cut its 2017 revenue target by 60 %, to €200m", "raised its
    target from €200m to €500m": a figure said to have been revised one way
    is settled by the claims of its earlier and its later value (told apart
    by their `stated` date, or their sources' dates), never by one alone. A
    percentage is the change after "by" (« de »), else what is left ("to less
    than half")."""
    if statement.change is None:
        return matches
    pair = _earlier_and_later(matches, database)
    if pair is None:
        return matches
    earlier, later = pair
    old, new = figure_of(earlier.claim), figure_of(later.claim)
    stated = [q.quantity for q in statement.quantities if units_compatible(old, q.quantity)
              and not _amount_of_change(statement, q)]
    if "contradicts" in (earlier.relation, later.relation) and not all(
            quantities_agree(old, q) or quantities_agree(new, q) for q in stated):
        return matches  # a figure that disagrees with both ("versus a billion") settles it
    holds = (new.amount < old.amount) == (statement.change == "decrease")
    denied = statement.change_denied or any(statement.denies_in_clause(start) for start, _ in statement.change_spans)
    if denied:
        if not holds:
            return matches  # "never raised its target" of a target cut: the cut is another matter
        holds = False  # "never scaled back its ambition" of a target cut
    spans = list(statement.change_spans)
    said = []
    for mention in statement.quantities:
        if mention.quantity.unit != "percent" or old.unit == "percent" or any(
                f.start() <= mention.start < f.end() for f in _FACTOR.finditer(statement.text)):
            continue  # (« réduit de moitié » is a factor)
        by = _BY_BEFORE.search(statement.text, max(0, mention.start - 4), mention.start) or _CHANGE_NOUN_AFTER.match(
            statement.text, mention.end)
        if not by and not _TO_A_SHARE_BEFORE.search(statement.text, max(0, mention.start - 40), mention.start):
            continue  # « …, avec 10 % du cloud public français »: another figure, not what the change left
        measured = abs(new.amount - old.amount) / old.amount * 100 if by else new.amount / old.amount * 100
        holds = holds and _percent_agrees(mention.quantity, measured)
        spans.append((mention.start, mention.end))
        said.append(f"{'by' if by else 'to'} {mention.text}")
    for mention in statement.quantities:
        if mention.quantity.unit != old.unit or quantities_agree(old, mention.quantity) or quantities_agree(
                new, mention.quantity):
            continue
        if _FROM_BEFORE.search(statement.text, max(0, mention.start - 12), mention.start) or (
                _BY_BEFORE.search(statement.text, max(0, mention.start - 4), mention.start)
                and TO_AFTER.match(statement.text, mention.end)):
            holds = False  # "from €400m to €200m": the earlier figure was another
            spans.append((mention.start, mention.end))
            said.append(f"from {mention.text}")
        elif _amount_of_change(statement, mention):
            holds = holds and quantities_agree(Quantity(abs(new.amount - old.amount), old.unit, max(
                old.precision, new.precision)), mention.quantity)
            spans.append((mention.start, mention.end))
            said.append(f"by {mention.text}")
    for factor in _FACTOR.finditer(statement.text):
        stated_factor, at_least = _factor_of(factor)
        measured = new.amount / old.amount
        if at_least:  # "more than halved": a bigger change
            holds = holds and (measured <= stated_factor * (1 + RATIO_TOLERANCE) if stated_factor < 1
                               else measured >= stated_factor * (1 - RATIO_TOLERANCE))
        else:
            holds = holds and abs(measured - stated_factor) <= stated_factor * RATIO_TOLERANCE * 2
        spans.append((factor.start(), factor.end()))
        said.append(f"({factor.group().strip()})")
    change = (new.amount - old.amount) / old.amount * 100
    explanation = (f"the source gives {format_quantity(old)} first, then {format_quantity(new)} "
                   f"({_fact_label(later, database)}, {database.properties[later.claim.property].label}): "
                   f"{'a fall' if change < 0 else 'a rise'} of {abs(change):.3g} %; the statement says it "
                   f"{_SAID_CHANGE[statement.change, denied]}{''.join(f' {text}' for text in said)}")
    related = {id(earlier), id(later)}
    return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                    strength=m.strength + 1.0, accounted=tuple(dict.fromkeys((*m.accounted, *spans))),
                    highlights=tuple(dict.fromkeys((*m.highlights, *spans))))
            if id(m) in related else m for m in matches]


_SAID_CHANGE = {("decrease", False): "fell", ("decrease", True): "did not fall",
                ("increase", False): "rose", ("increase", True): "did not rise"}
# A change by a factor: "halved", « divisé par deux », "doubled", « multiplié par trois ».
_FACTOR_NUMBER = r"deux|trois|quatre|cinq|dix|two|three|four|five|ten|\d+(?:[.,]\d+)?"
_FACTOR = re.compile(
    r"(?i)(?<!\w)(?P<more>(?:more\s+than|plus\s+que|plus\s+de)\s+)?"
    r"(?:(?P<half>halved|cut\s+in\s+half|réduite?s?\s+de\s+moitié)"
    r"|(?P<divided>divisée?s?\s+par|divided\s+by|(?:cut|reduced|lowered)\s+by\s+a\s+factor\s+of)\s+(?P<divisor>"
    + _FACTOR_NUMBER + r")"
    r"|(?P<times>multipliée?s?\s+par|multiplied\s+by|(?:increased|raised|grew)\s+by\s+a\s+factor\s+of)\s+"
    r"(?P<multiplier>" + _FACTOR_NUMBER + r")"
    r"|(?P<double>doubled|doublée?s?|a\s+doublé)|(?P<triple>tripled|triplée?s?|a\s+triplé))(?!\w)")
_FACTOR_WORDS = {"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5,
                 "dix": 10, "ten": 10}


def _amount_of_change(statement: Statement, mention) -> bool:
    """"cut by €300m", « réduit de 300 M€ », « soit 300 M€ de moins »: an amount the change took off or added."""
    text = statement.text
    return bool(_BY_BEFORE.search(text, max(0, mention.start - 4), mention.start) and not TO_AFTER.match(
        text, mention.end) or _AMOUNT_OF_CHANGE.match(text, mention.end))


def _factor_of(match: re.Match) -> tuple[float, bool]:
    """(new / old, whether "more than" makes it a bound) of a change by a factor."""
    def number(text: str) -> float:
        return float(_FACTOR_WORDS.get(text.lower(), text.replace(",", ".")))
    if match["half"]:
        factor = 0.5
    elif match["divided"]:
        factor = 1 / number(match["divisor"])
    elif match["times"]:
        factor = number(match["multiplier"])
    else:
        factor = 2.0 if match["double"] else 3.0
    return factor, bool(match["more"])


def relate_rest_bought(statement: Statement, matches: list[ClaimMatch], index: ClaimIndex,
                       database: Database) -> list[ClaimMatch]:
    """"Orange's planned buyout covered 55.5 % of Cloudwatt": a buyer that
    already held part of a company buys the rest. The share it buys is the
    share the claim gives it in the end less the stake it held, a figure
    another claim gives."""
    percents = [q for q in statement.quantities if q.quantity.unit == "percent"]
    if len(percents) != 1:
        return matches
    stated = percents[0]
    span = (stated.start, stated.end)
    changed = {}
    for match in matches:
        buyer = match.claim.value
        disagreeing = [c for c in match.comparisons if not c.agrees and c.span == span]
        if (match.relation != "contradicts" or not disagreeing or not isinstance(buyer, EntityRef)
                or not database.properties[match.claim.property].event or figure_of(match.claim) is None
                or figure_of(match.claim).unit != "percent"):
            continue
        held = {figure_of(claim).amount for position in index.by_entity.get(match.claim.subject, ())
                for claim in (index.claims[position],)
                if claim.subject == match.claim.subject and claim.value == buyer and claim.id != match.claim.id
                and database.properties[claim.property].value_is_key and figure_of(claim) is not None
                and figure_of(claim).unit == "percent"}
        if len(held) != 1:
            continue
        stake = held.pop()
        rest = figure_of(match.claim).amount - stake
        if not quantities_agree(replace(figure_of(match.claim), amount=rest), stated.quantity):
            continue  # (a difference of stakes is compared as a stake is: 51 % is not 53 %)
        subject = database.entities[match.claim.subject].label
        explanation = (f"the source gives {database.entities[buyer.ids[0]].label} {format_quantity(figure_of(match.claim))} "
                       f"of {subject} in the end, having held {stake:g} %: it bought {rest:.3g} %; "
                       f"the statement says {stated.text}")
        changed[id(match)] = replace(match, relation="supports", explanation=explanation, blocked="",
                                     comparisons=tuple(c for c in match.comparisons if c.span != span),
                                     accounted=tuple(dict.fromkeys((*match.accounted, span))))
    return [changed.get(id(m), m) for m in matches]


def _percent_agrees(stated: Quantity, measured: float) -> bool:
    low, high = stated.amount * (1 - RATIO_TOLERANCE), stated.amount * (1 + RATIO_TOLERANCE)
    if stated.bound == "approximate":
        low, high = low - stated.precision, high + stated.precision
    if stated.bound == "at-least":
        return measured >= low
    if stated.bound == "at-most":
        return measured <= high
    return low <= measured <= high


def _earlier_and_later(matches: list[ClaimMatch], database: Database) -> Optional[tuple[ClaimMatch, ClaimMatch]]:
    """The claims of one figure (same names, status and period; a property or
    the one it is `broader` than) giving two values, one stated before the other."""
    groups: dict[tuple, dict[float, list[ClaimMatch]]] = {}
    for match in matches:
        figure = figure_of(match.claim)
        if figure is None or not figure.amount or not match.complete_keys or match.period == "other" or not (
                match.cued or any(c.agrees for c in match.comparisons)):
            continue
        prop = database.properties[match.claim.property]
        period = match.claim.period
        key = (prop.broader or prop.id, tuple(sorted(match.keys)), match.claim.status,
               (period.start, period.end) if period else None, figure.unit)
        groups.setdefault(key, {}).setdefault(figure.amount, []).append(match)
    found = []
    for values in groups.values():
        if len(values) != 2:
            continue
        one, other = (sorted(group, key=lambda m: _stated_on(m.claim, database)) for group in values.values())
        if _stated_on(one[-1].claim, database) < _stated_on(other[0].claim, database):
            found.append((one[0], other[0]))
        elif _stated_on(other[-1].claim, database) < _stated_on(one[0].claim, database):
            found.append((other[0], one[0]))
    return found[0] if len(found) == 1 else None


def _stated_on(claim: Claim, database: Database) -> date:
    """When a figure was given: its `stated` qualifier, else its earliest source's date."""
    stated = claim.qualifiers.get("stated")
    if isinstance(stated, TimeSpan):
        return stated.start
    dates = [database.sources[r.source].date for r in claim.references if r.source in database.sources]
    known = sorted(date.fromisoformat(d[:10]) for d in dates if d and len(d) >= 10 and d[:4].isdigit())
    return known[0] if known else date.max


def relate_share(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"Les 135 M€ prévus pour Andromède représentaient 3 % du Grand emprunt":
    a percentage of a name whose one figure in the statement's other unit the
    database gives (the fund's size) is compared with the part it is said of,
    a figure another claim confirms."""
    percents = [q for q in statement.quantities if q.quantity.unit == "percent"]
    if len(percents) != 1:
        return matches
    share = percents[0]
    whole_of = [m.entity for m in statement.entities if not m.unknown and m.start >= share.end and (
        OF_NAME.fullmatch(statement.text, share.end, m.start) or any(
            share.end <= q.start and OF_NAME.fullmatch(statement.text, share.end, q.start)
            and (not statement.text[q.end:m.start].strip(" '\"«“‘") or OF_NAME.fullmatch(statement.text, q.end, m.start))
            for q in statement.quantities))]
    if not whole_of:
        return matches
    parts = [m for m in matches if m.relation == "supports" and m.claim.subject != whole_of[0] and any(
        c.agrees and isinstance(c.value, Quantity) and c.value.unit not in (None, "percent") for c in m.comparisons)]
    if not parts:
        # "Andromède was to receive 3 % of the Grand emprunt": the part is the cued fact of the name it is said of.
        parts = [m for m in matches if m.cued and m.complete_keys and m.claim.subject != whole_of[0]
                 and m.period != "other" and figure_of(m.claim) is not None and figure_of(m.claim).unit not in (
                     None, "percent") and m.claim.property in statement.cues]
        if len({m.claim.id for m in parts}) != 1:
            return matches
    units = {figure_of(m.claim).unit for m in parts}
    if not parts or len(units) != 1:
        return matches
    unit = units.pop()
    wholes = [m for m in matches if m.claim.subject == whole_of[0] and figure_of(m.claim) is not None
              and figure_of(m.claim).unit == unit and database.figure_properties.get((whole_of[0], unit)) == {
                  m.claim.property}]
    if len(wholes) != 1:
        return matches
    whole, part = wholes[0], parts[0]
    measured = figure_of(part.claim).amount / figure_of(whole.claim).amount * 100
    holds = _percent_agrees(share.quantity, measured)
    explanation = (f"the source gives {format_quantity(figure_of(part.claim))} ({_fact_label(part, database)}) and "
                   f"{format_quantity(figure_of(whole.claim))} ({_fact_label(whole, database)}): {measured:.3g} %; "
                   f"the statement says {share.text}")
    span = (share.start, share.end)
    related = {id(whole)} | ({id(part)} if part.relation is None else set())  # (a part said only by the share)
    return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                    strength=max(m.strength, part.strength) + 1.0, accounted=tuple(dict.fromkeys((*m.accounted, span))),
                    highlights=tuple(dict.fromkeys((*m.highlights, span))))
            if id(m) in related else m for m in matches]


MIN_QUOTED_WORDS = 4
QUOTATION_STRENGTH = 2.5  # as a claim whose names are all named and whose property is cued
# « … », "…", “…”, and '…' opened after a space (not an apostrophe inside a word).
_QUOTATION = re.compile(r"«\s*(?P<guillemets>[^«»]+?)\s*»|\"(?P<straight>[^\"]+)\"|“(?P<curly>[^“”]+)”"
                        r"|(?:(?<=\s)|^)'(?P<single>[^'\n]{1,300})'(?=[\s.,;:!?)]|$)")


@lru_cache(maxsize=1024)
def _padded_plain(quote: str) -> str:
    """A source quote as plain words between spaces (memoised: the same quotes for every statement)."""
    return f" {plain(quote)} "


def relate_dated_names(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """"the December 2012 Partner VIP conference": a date written right before a
    name, as part of it, is that thing's date, which a claim of the name alone
    dating it contradicts when they disagree, whatever the rest of the statement
    says. (When they agree, the date is settled: see `verdict._dated_by_another_claim`.)"""
    changed = {}
    for mention in statement.times:
        named = next((m for m in statement.entities if not m.unknown and m.start > mention.end
                      and not statement.text[mention.end:m.start].strip()), None)
        if named is None or not _ATTRIBUTIVE_BEFORE.search(statement.text, max(0, mention.start - 12), mention.start):
            continue
        dating = [m for m in matches if m.keys == (named.entity,) and isinstance(m.claim.value, TimeSpan)
                  and m.complete_keys]
        if len({m.claim.property for m in dating}) != 1:
            continue  # (a name with several dated facts, a company's creation and end, has no one date)
        for match in dating:
            value = match.claim.value
            if times_agree(value, mention.span):
                continue
            label = f"{database.entities[named.entity].label} · {database.properties[match.claim.property].label}"
            span = (mention.start, mention.end)
            changed[id(match)] = replace(
                match, relation="contradicts", blocked="", cued=True, strength=max(m.strength for m in matches),
                explanation=f"the source gives {format_time(value)} for {label}; the statement says {mention.text}",
                highlights=tuple(dict.fromkeys((*match.highlights, span))))
    return [changed.get(id(m), m) for m in matches]


_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)(?<!\w)(?:the|this|that|its|la|le|l['’])[^\S\n]{1,3}$")


def relate_quotation(statement: Statement, matches: list[ClaimMatch], present: set[str],
                     database: Database) -> list[ClaimMatch]:
    """A quotation of at least four words found in a claim's quote is that
    claim's words: the claim supports the statement (when nothing it compares
    disagrees), named or not, and `verdict` then checks who the statement
    says said them. A statement that credits someone may report the words
    without quotation marks: six words in a row of a claim's quote do too."""
    quoted = [(m.start(), m.end(), plain(next(g for g in m.groups() if g)))
              for m in _QUOTATION.finditer(statement.text)]
    quoted = [(start, end, words) for start, end, words in quoted if len(words.split()) >= MIN_QUOTED_WORDS]
    reported = _reported_runs(statement) if statement.credits else {}
    if not quoted and not reported:
        return matches
    by_claim = {id(m.claim): m for m in matches}
    found: list[ClaimMatch] = []
    quotation_marks = [m.span() for m in _QUOTATION.finditer(statement.text)]
    for claim in database.claims:
        spans = [(start, end) for start, end, words in quoted
                 if any(f" {words} " in _padded_plain(ref.quote) for ref in claim.references)]
        if reported and not spans and set(key_entities(claim, database)) <= present:
            # « Selon X, la Box a créé de la confusion sur le marché »: reported speech in the
            # source's words, about what the claim is about.
            spans = sorted({reported[run] for ref in claim.references for run in _runs(ref.quote) if run in reported})[:1]
        denied = False
        if statement.credits and not spans and claim.said_by:
            # Words credited to their speaker, or about what the claim is about (`verdict` then checks who);
            # or words in quotation marks translated from the claim's ("Our vocation is European"), whoever said them.
            if _may_paraphrase(claim, statement, present, database):
                spans = _paraphrased(statement, claim, database)
            elif quotation_marks:
                spans = [(start, end) for start, end in _paraphrased(statement, claim, database)
                         if any(a <= start and end <= b for a, b in quotation_marks)]
            denied = bool(spans) and _says_what_the_speaker_denies(statement, claim, spans)
            if denied and not set(claim.said_by) & present:
                continue
            if spans and not denied and _denial_beside(statement, claim):
                continue  # words near a denial in the source's, that neither repeat it nor say what it denies
        if not spans:
            continue
        match = by_claim.get(id(claim))
        if match is None:  # a claim the statement does not name
            match = compare(claim, statement, present, database)
        if denied:
            # "Starck said Cloudwatt had a captive market": his words were « pas de marché captif ».
            shown = statement.text[spans[0][0]:spans[0][1]]
            found.append(replace(match, relation="contradicts", blocked="", complete_keys=True, cued=True,
                                 strength=max(match.strength, QUOTATION_STRENGTH),
                                 comparisons=(SlotComparison("value", claim.value, False,
                                                             format_value(claim.value, database), shown, spans[0]),),
                                 explanation=f"the statement has the speaker say {shown}, which the source's words deny: "
                                             f"{format_value(claim.value, database)}",
                                 accounted=tuple(dict.fromkeys((*match.accounted, *spans))),
                                 highlights=tuple(dict.fromkeys((*match.highlights, *spans)))))
            continue
        if match.relation == "contradicts" or any(not c.agrees for c in match.comparisons):
            continue
        shown = statement.text[spans[0][0]:spans[0][1]]
        # The words themselves are what agrees (so `verdict` checks who the statement says said them).
        words_said = SlotComparison("value", claim.value, True, format_value(claim.value, database), shown, spans[0])
        found.append(replace(match, relation="supports", blocked="", complete_keys=True, cued=True,
                             comparisons=(*match.comparisons, words_said),
                             strength=max(match.strength, QUOTATION_STRENGTH),
                             explanation=f"the statement quotes the source's words {shown}",
                             accounted=tuple(dict.fromkeys((*match.accounted, *spans))),
                             highlights=tuple(dict.fromkeys((*match.highlights, *spans)))))
    chosen = {id(m.claim) for m in found}
    return [m for m in matches if id(m.claim) not in chosen] + found


def _may_paraphrase(claim: Claim, statement: Statement, present: set[str], database: Database) -> bool:
    """The statement names what the claim is about, or its speaker and no other party of the subject's kind."""
    keys = set(key_entities(claim, database))
    return keys <= present or bool(set(claim.said_by) & present) and not _names_another_of_its_kind(
        claim, statement, keys, database)


def _names_another_of_its_kind(claim: Claim, statement: Statement, keys: set[str], database: Database) -> bool:
    """« Selon Philippe Laplane, Numergy a choisi l'open source … »: his words were of Cloudwatt."""
    kind = type_of(claim.subject, database)
    return any(not m.unknown and m.entity not in keys and type_of(m.entity, database) == kind
               for m in statement.entities)


def _says_what_the_speaker_denies(statement: Statement, claim: Claim, spans: list[tuple[int, int]]) -> bool:
    """A paraphrase without a denial of words the claim's value denies (« pas de marché captif »),
    or with the speaker's comparison turned round (« plus important » for « moins important que prévu »).
    The denial must reach the words said: « pas … ni la connaissance du terrain des acteurs déjà en place »
    denies the knowledge, not that the incumbents are in place."""
    if _compared(statement.text) and _compared(statement.text) == _compared_reversed(claim):
        return True
    if statement.negations or statement.partial_negations or not isinstance(claim.value, str):
        return False
    value = plain(claim.value).split()
    said = {word for start, end in spans for word in plain(statement.text[start:end]).split()}
    return any(_VALUE_DENIAL.fullmatch(word) and said & set(value[index + 1:index + 1 + DENIED_WORDS])
               for index, word in enumerate(value))


DENIED_WORDS = 4  # how far a denial in the source's words reaches: « pas de marché captif »


def _denial_beside(statement: Statement, claim: Claim) -> bool:
    """A claim's words that deny something, paraphrased by a statement that denies nothing."""
    return not (statement.negations or statement.partial_negations) and isinstance(claim.value, str) and bool(
        _VALUE_DENIAL.search(claim.value))


# « plus important que prévu », "less costly than": a comparison's direction and what it compares.
_COMPARED = re.compile(r"(?i)(?<!\w)(plus|moins|more|less)[^\S\n]+([^\W\d_]{4,})(?=[^\S\n]+(?:que|qu['’]|than)\b)")


def _compared(text: str) -> set[tuple[str, str]]:
    return {(_DIRECTION[m.group(1).lower()], plain(m.group(2))) for m in _COMPARED.finditer(text)}


def _compared_reversed(claim: Claim) -> set[tuple[str, str]]:
    said = " ".join(ref.quote for ref in claim.references).replace("\u00a0", " ")
    return {("less" if direction == "more" else "more", word) for direction, word in _compared(said)}


_DIRECTION = {"plus": "more", "more": "more", "moins": "less", "less": "less"}


# (Not « plus de temps », « plus que »: more, not « ne … plus ».)
_VALUE_DENIAL = re.compile(r"(?<!\w)(?:pas|jamais|aucun|aucune|sans|rien|ni|not|never|without|none|no|nor|neither|"
                           r"nothing|plus(?![^\S\n]+(?:de|que|qu['’])\b|[^\S\n]+d['’]))(?!\w)", re.IGNORECASE)


PARAPHRASE_WORDS = 2  # distinct content words of the speaker's the statement must share
PARAPHRASE_SHARE = 0.6  # of the statement's content words outside names, figures and credits
SMALL_COUNT = 10  # "the two companies" counts no figure a paraphrase would have to give
# A paraphrase that denies needs a denial among the source's words too.
_DENIALS = frozenset("pas plus jamais aucun aucune sans rien ni ne not never without none no nor neither nothing"
                     .split())


def _paraphrased(statement: Statement, claim: Claim, database: Database) -> list[tuple[int, int]]:
    """"Didier Renard conceded that launching the OpenStack offer could have
    taken a bit less time": words credited to the very person the source has
    say them (`said_by`), most of whose content words are the claim's (its
    quotes, or its value's and qualifiers' words with their glosses). Returns
    the span of the words shared, or nothing."""
    if any(q.quantity.unit is not None or q.quantity.amount > SMALL_COUNT for q in statement.quantities):
        return []  # (figures are compared, never taken as someone's words; "the two companies" is no figure)
    compared = _compared(statement.text)
    if compared and not compared & (_compared(" ".join(ref.quote for ref in claim.references)) | _compared_reversed(claim)):
        return []  # « plus important que prévu » is no paraphrase of « plus de temps que prévu »
    # (Names and dates are compared, not taken as words; a place is a word of what was said: "European".)
    taken = [(m.start, m.end) for m in statement.entities if type_of(m.entity, database) != "place"]
    taken += [(t.start, t.end) for t in statement.times] + list(statement.credits)
    content = [t for t in statement.tokens if len(t.text) >= MIN_CONTENT_WORD and t.text not in FUNCTION_WORDS
               and not any(a <= t.start < b for a, b in taken)]
    if not content:
        return []
    said = _content_words(tuple(ref.quote for ref in claim.references) + tuple(
        value for value in (claim.value, *claim.qualifiers.values()) if isinstance(value, str)))
    # (A denial word is itself only: "notre" is no "not".)
    shared = [t for t in content if any(t.text == word if word in _DENIALS else same_word(t.text, word) for word in said)]
    if len({t.text for t in shared}) < PARAPHRASE_WORDS or len(shared) < PARAPHRASE_SHARE * len(content):
        return []
    if statement.negations and not said & _DENIALS:
        return []  # « n'aurait pas pu aller plus vite » denies what the source's words say
    prop = database.properties[claim.property]
    if isinstance(claim.value, str) and prop.exclusive_values:
        excluded = exclusive_slots(claim.value, statement, prop.exclusive_values, (), database)
        if excluded is not None and not excluded.agrees:
            return []  # « croissance à un chiffre » for « à deux chiffres »
    return [(shared[0].start, shared[-1].end)]


@lru_cache(maxsize=4096)
def _content_words(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for text in texts for word in words(text)
                     if len(word) >= MIN_CONTENT_WORD and word not in FUNCTION_WORDS or word in _DENIALS)


REPORTED_RUN_WORDS = 6  # words in a row the statement and a quote share, without quotation marks
REPORTED_LONG_WORDS = 2  # of six letters or more: "de la … sur le" alone is no one's words
_LONG_WORD = 6


@lru_cache(maxsize=4096)
def _runs(quote: str) -> frozenset[tuple[str, ...]]:
    """The runs of REPORTED_RUN_WORDS plain words of a quote (memoised, as `_padded_plain`)."""
    said = plain(quote).split()
    return frozenset(tuple(said[i:i + REPORTED_RUN_WORDS]) for i in range(len(said) - REPORTED_RUN_WORDS + 1))


def _reported_runs(statement: Statement) -> dict[tuple[str, ...], tuple[int, int]]:
    """The statement's runs of words that could be someone's words, with their
    spans; none takes in a figure or a date, which are compared, not quoted."""
    figures = [(m.start, m.end) for m in (*statement.quantities, *statement.times)]
    tokens = [t for t in statement.tokens if plain(t.text)]
    runs = {}
    for i in range(len(tokens) - REPORTED_RUN_WORDS + 1):
        run_tokens = tokens[i:i + REPORTED_RUN_WORDS]
        if any(a < t.end and t.start < b for t in run_tokens for a, b in figures):
            continue
        run = tuple(plain(t.text) for t in run_tokens)
        if sum(len(word) >= _LONG_WORD for word in run) >= REPORTED_LONG_WORDS:
            runs.setdefault(run, (run_tokens[0].start, run_tokens[-1].end))
    return runs


DISTINCTIVE_LETTERS = 5  # (not "deux", "peut")
MIN_DISTINCTIVE_WORDS = 3  # two ("publicly funded") may describe the target, not the act
MAX_CLAIMS_PER_WORD = 2  # a word in more claims than this ("cloud", "public") identifies no act


def relate_another_doer(statement: Statement, matches: list[ClaimMatch], present: set[str], index: ClaimIndex,
                        database: Database) -> list[ClaimMatch]:
    """"C'est Ikoula qui a ironisé sur une page dédiée sur les annonces
    franco-françaises": a fact of a cued property that words of its
    qualifiers identify (at least three words no other claim of the property
    and at most one other claim anywhere holds) is that claim's. Said of its
    subject, the claim supports; said of another party of the subject's kind
    (the only one named), it contradicts."""
    cued = [p for p in statement.cues if any(isinstance(v, str) for position in index.by_property.get(p, ())
                                             for v in index.claims[position].qualifiers.values())]
    if not cued:
        return matches
    taken = [(m.start, m.end) for m in statement.entities]
    free = [t for t in statement.tokens if len(t.text) >= DISTINCTIVE_LETTERS and t.text not in FUNCTION_WORDS
            and not any(a <= t.start < b for a, b in taken)]
    everywhere: Optional[Counter] = None  # counted only for a statement that shares enough words
    by_claim = {id(m.claim): m for m in matches}
    found: dict[int, ClaimMatch] = {}
    for property_id in cued:
        claims = [index.claims[position] for position in index.by_property.get(property_id, ())]
        own_words = {claim.id: _qualifier_words(claim) for claim in claims}
        counts = Counter(word for claim_words in own_words.values() for word in claim_words)
        for claim in claims:
            distinctive = {word for word in own_words[claim.id] if counts[word] == 1}
            if len({t.text for t in free if any(same_word(t.text, word) for word in distinctive)}) < MIN_DISTINCTIVE_WORDS:
                continue
            if everywhere is None:
                everywhere = Counter(word for one in index.claims for word in _text_words(one))
            distinctive = {word for word in distinctive if everywhere[word] <= MAX_CLAIMS_PER_WORD}
            said = [t for t in free if any(same_word(t.text, word) for word in distinctive)]
            if len({t.text for t in said}) < MIN_DISTINCTIVE_WORDS:
                continue
            shown = " … ".join(statement.text[t.start:t.end] for t in said)
            spans = tuple((t.start, t.end) for t in said)
            match = by_claim.get(id(claim)) or compare(claim, statement, present, database)
            subject = database.entities[claim.subject].label
            if claim.subject in present:
                if match.relation is None:
                    wrong = [c for c in match.comparisons if not c.agrees]  # "dès juillet 2012" for early September
                    # "Gandi never claimed that recruiters were trying to poach its staff" (unless the source's
                    # words deny too)
                    denied = any(statement.negated_after(m.end) for m in statement.mentions_of(claim.subject)) and (
                        not any(_VALUE_DENIAL.search(v) for v in claim.qualifiers.values() if isinstance(v, str)))
                    explanation = (f"the source gives {wrong[0].claimed}; the statement says {wrong[0].stated}" if wrong
                                   else f"the statement denies it, but the source has {subject} do this (« {shown} »)"
                                   if denied else f"the source has {subject} do this (« {shown} »)")
                    found[id(claim)] = replace(
                        match, relation="contradicts" if wrong or denied else "supports", blocked="",
                        complete_keys=True, cued=True, strength=max(match.strength, QUOTATION_STRENGTH),
                        explanation=explanation,
                        accounted=(*match.accounted, *spans), highlights=(*match.highlights, *spans))
                continue
            if set(claim.said_by) & present:
                continue  # the speaker's words: "Laplane (Orange Cloud) told AFP the choice was …"
            kind = type_of(claim.subject, database)
            involved = named_entities(claim, key_entities(claim, database))
            text_words = words(" ".join(v for v in claim.qualifiers.values() if isinstance(v, str)))
            others = {m.entity: m for m in statement.entities if not m.unknown and m.entity not in involved
                      and type_of(m.entity, database) == kind
                      and not contains_words(text_words, words(statement.text[m.start:m.end]))}
            if len(others) != 1:
                continue  # (a name the claim's own words give, « l'État ne peut pas financer », is no doer)
            other = next(iter(others.values()))
            found[id(claim)] = replace(match, relation="contradicts", blocked="", complete_keys=True, cued=True,
                                       strength=max(match.strength, QUOTATION_STRENGTH + 0.5),
                                       explanation=f"the source has {subject} do this (« {shown} »), not "
                                                   f"{statement.text[other.start:other.end]}",
                                       accounted=(*spans, (other.start, other.end)),
                                       highlights=(*spans, (other.start, other.end)))
    return [m for m in matches if id(m.claim) not in found] + list(found.values())


def _qualifier_words(claim: Claim) -> set[str]:
    """The content words of a claim's qualifiers in words (what it was about, why)."""
    return {word for name, value in claim.qualifiers.items() if isinstance(value, str)
            for word in words(value) if len(word) >= DISTINCTIVE_LETTERS and word not in FUNCTION_WORDS}


def _text_words(claim: Claim) -> set[str]:
    """The content words of everything a claim gives in words."""
    texts = [v for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, str)]
    return {word for text in texts for word in words(text) if len(word) >= MIN_CONTENT_WORD}


# "only Numergy", « seul Numergy », "Cloudwatt was the only one", « Cloudwatt est la seule »:
# what the statement says holds for that party and no other.
_ONLY_BEFORE_NAME = re.compile(r"(?<![\w-])(?:only|seule?s?)[^\S\n]+(?:(?:the|le|la|les)[^\S\n]+|l['’])?"
                               r"(?:[^\W\d_]{3,}[^\S\n]+(?:of[^\S\n]+|de[^\S\n]+|du[^\S\n]+|d['’]))?$",
                               re.IGNORECASE)
_NOT_ONLY = re.compile(r"(?<!\w)(?:not|non|pas)[^\S\n]+$", re.IGNORECASE)
_ONLY_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:was|is|were|are|has[^\S\n]+been|remains|remained|est|était|a[^\S\n]+été|fut|reste|restait|demeure)"
    r"[^\S\n]+(?:the|le|la|l['’])[^\S\n]*(?:only|seule?|unique)(?!\w)"
    r"|[^\S\n]+(?:alone|seule?|à lui seul|à elle seule)(?!\w)", re.IGNORECASE)  # "Orange alone owned …"


def _one_of_the_values_of_what(statement: Statement, matches: list[ClaimMatch], only: str, present: set[str],
                               index: ClaimIndex, database: Database) -> list[ClaimMatch]:
    """"Orange planned to buy only Thales's stake in Cloudwatt": a claim of the named
    subject whose values are the party said alone and others (Thales and the CDC),
    about what the statement names in the claim's words (its `object`: their stakes
    in Cloudwatt), says it of the others too."""
    found = []
    said = {token.text for token in statement.tokens}
    for subject in present - {only}:
        for position in index.by_entity.get(subject, ()):
            claim = index.claims[position]
            what = claim.qualifiers.get("object")
            if (claim.subject != subject or not isinstance(claim.value, EntityRef) or only not in claim.value.ids
                    or len(claim.value.ids) < 2 or not isinstance(what, str)):
                continue
            object_words = [w for w in words(what) if len(w) >= MIN_CONTENT_WORD and w not in FUNCTION_WORDS]
            if not any(any(same_word(t, w) or same_word(w, t) for t in said) for w in object_words):
                continue
            match = next((m for m in matches if m.claim is claim), None) or compare(claim, statement, present, database)
            found.append(replace(
                match, relation="contradicts", blocked="", cued=True, complete_keys=True,
                strength=max((m.strength for m in matches), default=0.0) + 0.5,
                explanation=f"the statement says this of {database.entities[only].label} alone; the source gives "
                            f"{format_value(claim.value, database)} ({what})"))
    return _in_place_of(matches, found) if found else []


def _others_besides_the_value(statement: Statement, matches: list[ClaimMatch], only: str, named: set[str],
                              present: set[str], index: ClaimIndex, database: Database) -> list[ClaimMatch]:
    """"Only Orange held shares in Cloudwatt": the party said alone is the value of
    a supporting claim of a relation of several values; the same source's claims
    of that relation with other values of its kind contradict. Returns the
    matches so related, or nothing."""
    supporting = [m for m in matches if m.relation == "supports" and m.cued and isinstance(m.claim.value, EntityRef)
                  and only in m.claim.value.ids and m.claim.subject != only
                  and database.properties[m.claim.property].value_is_key]
    if not supporting:
        return []
    kind = type_of(only, database)
    considered = {id(m.claim): m for m in matches}
    found = []
    for support in supporting:
        sources = {r.source for r in support.claim.references}
        for other in index.about(support.claim.subject, support.claim.property):
            values = other.value.ids if isinstance(other.value, EntityRef) else ()
            if (only in values or not values or set(values) & named or other.status != support.claim.status
                    or not {type_of(v, database) for v in values} & {kind}
                    or not sources & {r.source for r in other.references}):
                continue
            match = considered.get(id(other)) or compare(other, statement, present, database)
            found.append(replace(
                match, relation="contradicts", blocked="", cued=True, strength=support.strength + 0.5,
                explanation=f"the statement says this of {database.entities[only].label} alone; the source gives "
                            f"{format_value(other.value, database)} too"))
    return _in_place_of(matches, found) if found else []


def _in_place_of(matches: list[ClaimMatch], related: list[ClaimMatch]) -> list[ClaimMatch]:
    """The matches with those of the claims `related` replaced by them."""
    changed = {id(m.claim) for m in related}
    return [m for m in matches if id(m.claim) not in changed] + related


# "only ever had one CEO", « n'a connu qu'un seul patron »: one holder of a role, ever.
_ONLY_ONE = re.compile(r"(?i)(?:\bonly\s+(?:ever\s+)?(?:had\s+)?(?:one|a\s+single)|\bone\s+and\s+only|"
                       r"\bqu['’](?:un|une)\s+(?:seul|seule)|\b(?:un|une)\s+(?:seul|seule|unique))\s+")


def says_only_one(statement: Statement) -> Optional[re.Match]:
    """"only ever had one", « qu'un seul », undated and undenied: a statement about every time at once."""
    found = _ONLY_ONE.search(statement.text)
    return found if found is not None and not statement.times and not statement.negations else None


def relate_only_one(statement: Statement, matches: list[ClaimMatch], present: set[str], index: ClaimIndex,
                    database: Database) -> list[ClaimMatch]:
    """"Cloudwatt only ever had one CEO, Patrick Starck": a role of one holder at a
    time said to have had one holder, undated; a claim of another holder of it
    contradicts, whenever the source has them hold it."""
    found = says_only_one(statement)
    if found is None:
        return matches
    properties = {key for key, cues in statement.cues.items() if any(c.start == found.end() for c in cues)
                  and database.properties[key].single_value}
    supporting = [m for m in matches if m.relation == "supports" and m.claim.property in properties
                  and isinstance(m.claim.value, EntityRef)]
    if not supporting:
        return matches
    considered = {id(m.claim): m for m in matches}
    held = {i for m in supporting for i in m.claim.value.ids}
    contradicting = []
    for support in supporting:
        for other in index.about(support.claim.subject, support.claim.property):
            if other.status not in (None, "actual") or not isinstance(other.value, EntityRef) or set(
                    other.value.ids) & held:
                continue
            match = considered.get(id(other)) or compare(other, statement, present, database)
            contradicting.append(replace(
                match, relation="contradicts", blocked="", cued=True, complete_keys=True,
                strength=support.strength + 0.5,
                explanation=f"the statement says there was one; the source gives {format_value(other.value, database)} "
                            f"too for {database.entities[other.subject].label} · "
                            f"{database.properties[other.property].label}"))
    if not contradicting:
        # That no other holder is recorded does not make the holder the only one ever.
        return [replace(m, relation=None, explanation=f"{m.explanation}, but the sources do not say there was no other")
                if m in supporting else m for m in matches]
    return _in_place_of(matches, contradicting)


def exclusive_subject(statement: Statement) -> Optional[str]:
    """The one party a statement says something of alone, or None."""
    found = set()
    for mention in statement.entities:
        if mention.unknown:
            continue
        before = _ONLY_BEFORE_NAME.search(statement.text, max(0, mention.start - 40), mention.start)
        if before and not _NOT_ONLY.search(statement.text, max(0, before.start() - 8), before.start()) or (
                _ONLY_AFTER_NAME.match(statement.text, mention.end)):
            found.add(mention.entity)
    return next(iter(found)) if len(found) == 1 else None


def relate_only_subject(statement: Statement, matches: list[ClaimMatch], present: set[str], index: ClaimIndex,
                        database: Database) -> list[ClaimMatch]:
    """"Of the two sovereign clouds, only Numergy was absorbed by its shareholder",
    « Seul Numergy a misé sur OpenStack »: a claim that says the same of another
    party of the same kind, one the statement does not name in so many words,
    contradicts. The same is what the statement's cued property says of that
    party (its claim supports), or the very value of the named party's
    supporting claim of that property."""
    only = exclusive_subject(statement)
    if only is None:
        return matches
    kind = type_of(only, database)
    named = {m.entity for m in statement.entities}

    def another_party(claim: Claim) -> bool:
        return (claim.subject != only and claim.subject not in named and type_of(claim.subject, database) == kind
                and only not in key_entities(claim, database) and claim.property in statement.cues)

    alone_as_value = (_others_besides_the_value(statement, matches, only, named, present, index, database)
                      or _one_of_the_values_of_what(statement, matches, only, present, index, database))
    if alone_as_value:
        return alone_as_value
    supporting = [m for m in matches if m.relation == "supports" and m.cued and m.claim.subject == only]
    own = [m.claim for m in supporting]
    # Outranks the named party's own claims: the statement's "alone" is what it denies.
    strength = max((m.strength for m in supporting), default=0.0) + 0.5
    considered = {id(m.claim) for m in matches}
    same_value = [index.claims[position] for claim in own for position in index.by_property.get(claim.property, ())
                  if index.claims[position].value == claim.value and id(index.claims[position]) not in considered]
    others = [*matches, *(compare(claim, statement, present, database) for claim in same_value if another_party(claim))]
    found: dict[int, ClaimMatch] = {}
    for match in others:
        claim = match.claim
        if another_party(claim) and (match.relation == "supports" or any(
                o.property == claim.property and o.value == claim.value for o in own)):
            found[id(match)] = replace(
                match, relation="contradicts", blocked="", cued=True, strength=max(match.strength + 1.0, strength),
                explanation=f"the statement says this of {database.entities[only].label} alone; the source says it "
                            f"of {database.entities[claim.subject].label} too ({format_value(claim.value, database)})")
    return [found.get(id(m), m) for m in others]
