"""Dates written from an event the database dates.

"Cloudwatt a officialisé son offre fin juin 2014, près de deux ans après son
lancement", "Bull a été racheté quatre mois après le rachat de SFR par
Altice": the statement gives a duration from an event it names in words
(`EventOffset`, found by the parser). The event is dated from the claims
that record it; then

- with no date of its own, the statement is dated by the offset (the launch
  of September 2012 plus two years is a date to compare with the claim);
- with a date of its own, the duration between the event and that date is
  compared with the one the statement gives: "fin juin 2014, près de trois
  ans après son lancement" contradicts a launch in September 2012.

An event the claims do not date, or date in two ways, leaves the statement
as it was, placed in time only relatively.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from .candidates import key_entities
from .extract.statement import Statement
from .extract.times import EventOffset, TimeMention, offset_span
from .model import Claim, TimeSpan
from .roles import named_entities
from .values import format_time, times_agree

EVENT_DATES = ("value", "date", "since")


@dataclass(frozen=True)
class DatedEvent:
    """The event an offset counts from, the claims that date it, and, when the
    statement also gives its own date, whether the duration between them is
    the one it says."""

    offset: EventOffset
    claim_ids: tuple[str, ...]
    date: TimeSpan
    agrees: Optional[bool] = None
    explanation: str = ""


def date_event_offsets(statement: Statement, checker: Any) -> tuple[Statement, tuple[DatedEvent, ...]]:
    """The statement with the dates its offsets give, and the events they count from."""
    if not statement.event_offsets:
        return statement, ()
    times = list(statement.times)
    dated: list[DatedEvent] = []
    unplaced = False
    for offset in statement.event_offsets:
        found = _event_date(statement, offset, checker)
        if found is None:
            unplaced = True
            continue
        claim_ids, when = found
        # (A deadline, "d'ici 2017", is what a target aims at, not when the statement's fact is.)
        own = [t for t in statement.times if not offset.start <= t.start < offset.end and t.bound != "by"]
        if len(own) == 1:
            dated.append(_duration_check(offset, claim_ids, when, own[0], statement))
            continue
        span = _widened(when, offset)
        if span is None:
            unplaced = True
            continue
        times.append(TimeMention(span, offset.start, offset.end, statement.text[offset.start:offset.end]))
        dated.append(DatedEvent(offset, claim_ids, when))
    # Cue words naming the event ("lancement", "rachat") are not what the statement says happened.
    cues = {key: tuple(m for m in matches if not any(d.offset.anchor[0] <= m.start < d.offset.anchor[1]
                                                      for d in dated))
            for key, matches in statement.cues.items()}
    statement = replace(statement, times=tuple(sorted(times, key=lambda t: t.start)),
                        cues={key: matches for key, matches in cues.items() if matches},
                        anchored=statement.anchored or unplaced)
    return statement, tuple(dated)


def _event_date(statement: Statement, offset: EventOffset, checker: Any) -> Optional[tuple[tuple[str, ...], TimeSpan]]:
    """The claims dating the event of the offset's words, and its most precise date, if they agree."""
    phrase = checker.extract(statement.text[offset.anchor[0]:offset.anchor[1]])
    named = checker.entities_in(phrase)
    if not named:
        # "son lancement", "its launch": the event of what the statement names first.
        owner = next((m.entity for m in statement.entities
                      if not m.unknown and not offset.anchor[0] <= m.start < offset.anchor[1]), None)
        named = {owner} if owner else set()
    found: list[tuple[Claim, TimeSpan]] = []
    for claim in checker.index.candidates(phrase, named):
        if claim.property not in phrase.cues or not named_entities(claim, key_entities(claim, checker.database)) <= named:
            continue
        when = next((v for name, v in (("value", claim.value), *claim.qualifiers.items())
                     if name in EVENT_DATES and isinstance(v, TimeSpan)), None)
        if when is not None:
            found.append((claim, when))
    if not found or not all(times_agree(a, b) for _, a in found for _, b in found):
        return None
    best = min((when for _, when in found), key=lambda span: span.end - span.start)
    return tuple(claim.id for claim, _ in found), best


def _widened(when: TimeSpan, offset: EventOffset) -> Optional[TimeSpan]:
    """The event's date moved by the offset; "about two years" reaches a few months either side."""
    return offset_span(when, offset.months, offset.approximate)


def _duration_check(offset: EventOffset, claim_ids: tuple[str, ...], when: TimeSpan, own: TimeMention,
                    statement: Statement) -> DatedEvent:
    """Whether the statement's own date is the offset's duration after the event."""
    expected = _widened(when, offset)
    if expected is None:
        return DatedEvent(offset, claim_ids, when)
    agrees = times_agree(expected, own.span)
    duration = statement.text[offset.duration[0]:offset.duration[1]]
    event = statement.text[offset.anchor[0]:offset.anchor[1]]
    explanation = (f"the source dates « {event} » to {format_time(when)}; {own.text} is "
                   f"{'' if agrees else 'not '}{duration} {'after' if offset.months > 0 else 'before'} it")
    return DatedEvent(offset, claim_ids, when, agrees, explanation)


def relate_events(matches: list, dated: tuple[DatedEvent, ...]) -> list:
    """The claims dating an event the statement counts from: they confirm or
    contradict the duration it gives, or, when the event only dates the
    statement, say nothing of it themselves."""
    if not dated:
        return matches
    # The duration is part of what the statement says: it weighs as much as its best-fitting claim.
    top = max((m.strength for m in matches), default=0.0)
    related = []
    for match in matches:
        event = next((d for d in dated if match.claim.id in d.claim_ids), None)
        if event is None:
            related.append(match)
        elif event.agrees is None:
            related.append(replace(match, relation=None, explanation="the statement counts from this event"))
        else:
            spans = (event.offset.duration, event.offset.anchor)
            related.append(replace(match, relation="supports" if event.agrees else "contradicts",
                                   explanation=event.explanation, blocked="", strength=max(top, match.strength + 1.0),
                                   accounted=tuple(dict.fromkeys((*match.accounted, *spans))),
                                   highlights=tuple(dict.fromkeys((*match.highlights, *spans)))))
    return related
