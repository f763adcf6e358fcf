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

The order of two events the statement names in words ("Gandi's accusations
preceded OVH's mocking page", « Cloudwatt et Numergy ont vu le jour avant que
SFR n'annonce son alliance avec Bull ») is read the same way: each side is
dated from the claims that record it, and the order (and any interval: "two
months before") is compared with those dates (`relate_order`); so is the time
a statement puts between two events ("three months separated the proposal
and its approval", `relate_interval`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Optional

from .candidates import key_entities
from .compare import creates_another
from .extract.quantities import find_quantities
from .extract.statement import Statement
from .extract.times import ORDER_WORD, EventOffset, TimeMention, offset_span
from .model import Claim, TimeSpan
from .roles import named_entities
from .values import format_time, format_value, times_agree

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


# "After the safeguard procedure, …", « Depuis le rachat de SFR, … », "headcount post-sauvegarde": a time
# written as what came after an event the statement names in words.
_AFTER_EVENT_OPENING = re.compile(
    r"^[\W_]*(?:after|since|following|in the wake of|après|depuis|suite à|à la suite d[eu]|au lendemain d[eu])"
    r"[^\S\n]+(?P<words>[^,;:.!?()«»\"\d]{3,60}?)[^\S\n]*[,:]", re.IGNORECASE)
# "When Orange announced its buyout, …", « Lorsque SFR a été racheté, … »: what follows held then.
_WHEN_EVENT_OPENING = re.compile(
    r"^[\W_]*(?:when|at the time|by the time|lorsque|lorsqu['’]|quand|au moment où)"
    r"[^\S\n]*(?P<words>[^,;:.!?()«»\"\d]{3,80}?)[^\S\n]*,", re.IGNORECASE)
_POST_EVENT = re.compile(r"(?<![\w-])post-(?P<words>[^\W\d_][\w'’-]{2,30})", re.IGNORECASE)


# "at launch", « à sa création »: the time of an event, named to date what the statement says.
_AT_EVENT = re.compile(
    r"(?i)(?<!\w)(?:(?:at|upon)[^\S\n]+(?:(?:its|their|the)[^\S\n]+)?(?:launch|creation|founding|birth|outset|inception)"
    r"|(?:à|lors[^\S\n]+de)[^\S\n]+(?:sa|son|leur)[^\S\n]+(?:création|lancement|naissance|fondation)"
    r"|(?:au|dès[^\S\n]+le)[^\S\n]+(?:lancement|démarrage))(?!\w)")


def date_after_event(statement: Statement, checker: Any) -> Statement:
    """The statement dated from an event it says it comes after, when it gives
    no date of its own: « Après la procédure de sauvegarde, Numergy comptait une
    soixantaine de salariés » speaks of 2015 on, not of the 2014 headcount.
    Left to `relate_order` when what follows is an event the claims date too."""
    statement = _date_at_event(statement, checker)
    if statement.times or statement.event_offsets:
        return statement
    text = statement.text
    found = _AFTER_EVENT_OPENING.match(text) or _WHEN_EVENT_OPENING.match(text) or _POST_EVENT.search(text)
    if found is None or any(found.start() <= month.start < found.end() for month in statement.yearless):
        return statement  # ("When Renard took over in April, …" dates the event itself)
    event = _words_date(statement, found.span("words"), checker)
    if event is None:
        return statement
    if found.re is not _POST_EVENT and _words_date(statement, (found.end(), len(text)), checker,
                                                   loose=True) is not None:
        return statement  # "After E1, E2", "When E1, E2": two events, in order or at once
    _, when = event
    bound = "in" if found.re is _WHEN_EVENT_OPENING else "since"
    mention = TimeMention(when, found.start(), found.end(), found.group(), bound, relative=True)
    cues = {key: tuple(m for m in matches if not found.start("words") <= m.start < found.end("words"))
            for key, matches in statement.cues.items()}
    return replace(statement, times=(mention,), cues={key: matches for key, matches in cues.items() if matches})


def _date_at_event(statement: Statement, checker: Any) -> Statement:
    """"grew from 30 people at launch to 100 in 2014": the launch is when, not what
    the statement says happened, so its words cue nothing, unless a date right
    after them dates it ("at its creation in 2013")."""
    found = _AT_EVENT.search(statement.text)
    if found is None or statement.event_offsets or any(
            0 <= t.start - found.end() <= EVENT_DATE_GAP for t in statement.times):
        return statement
    cues = {key: tuple(m for m in matches if not found.start() <= m.start < found.end())
            for key, matches in statement.cues.items()}
    return replace(statement, cues={key: matches for key, matches in cues.items() if matches})


EVENT_DATE_GAP = 4  # characters: "at its creation in 2013", « lors de sa création, en 2012 »


def _names_a_known_fact(phrase: Statement, checker: Any) -> bool:
    """Whether the words cue a fact the database records of the names they give, dated or not:
    « Teddy Riner est devenu l'égérie de Cloudwatt » is his role, which no claim dates; the
    other side's verb (Cloudwatt's launch) is not borrowed to date it."""
    named = set(phrase.entity_ids)
    return any(claim.property in phrase.cues and set(key_entities(claim, checker.database)) <= named
               for claim in checker.index.candidates(phrase, named))


def _event_date(statement: Statement, offset: EventOffset, checker: Any) -> Optional[tuple[tuple[str, ...], TimeSpan]]:
    """The claims dating the event of the offset's words, and its most precise date, if they agree.
    Words that cue no event borrow the statement's own verb: "shipped its Box eight months before its
    IaaS service" counts from the service's shipping."""
    low, high = offset.anchor
    if any(low <= cue.start < high for cues in statement.cues.values() for cue in cues):
        return _words_date(statement, offset.anchor, checker)
    outside = frozenset(key for key, cues in statement.cues.items() if any(not low <= cue.start < high for cue in cues))
    return _words_date(statement, offset.anchor, checker, borrowed=outside)


def _words_date(statement: Statement, span: tuple[int, int], checker: Any, borrowed: frozenset[str] = frozenset(),
                loose: bool = False, spread: bool = False, when: tuple[TimeSpan, ...] = (),
                subject: Optional[str] = None) -> Optional[tuple[tuple[str, ...], TimeSpan]]:
    """The claims dating the event the words at `span` name, and its most precise date, if they agree.
    `borrowed` are properties read only when those the words cue date nothing ("… before OVH's page",
    "… before its IaaS offer": the other side's verb); with `loose`, a claim may record names the
    words leave out ("Gandi's accusations" are Gandi's criticism of the two companies), never others;
    the claims a date `when` the words give agrees with, if any, date them. Words that name no one and
    whose own event the first name lacks are that event of another name the statement gives, before
    any borrowed property is read ("after safeguard proceedings, SFR bought Numergy")."""
    phrase = checker.extract(statement.text[span[0]:span[1]])
    dating = _claims_dating(statement, span, phrase, set(phrase.cues) | set(borrowed), checker, loose, subject)
    found = [(claim, when) for claim, when, _ in dating if claim.property in phrase.cues]
    if not found and borrowed and phrase.cues and not checker.entities_in(phrase):
        # "In 2015, after safeguard proceedings, SFR bought all of Numergy": no safeguard of SFR's; the
        # words' own event, of another name the statement gives, before the other side's verb.
        others = dict.fromkeys(m.entity for m in statement.entities if not m.unknown
                               and not span[0] <= m.start < span[1])
        own = next((found for other in others
                    if (found := _claims_dating_names(phrase, {other}, set(phrase.cues), checker, loose))), [])
        dating += own
        found = [(claim, when) for claim, when, _ in own]
    if not found and not _names_a_known_fact(phrase, checker):
        found = [(claim, when) for claim, when, _ in dating]
    if found:
        # The claims that name the most of what the words name: "its IaaS offer" is the IaaS launch,
        # not Cloudwatt's creation.
        overlap = {claim.id: size for claim, _, size in dating}
        most = max(overlap[claim.id] for claim, _ in found)
        found = [(claim, when) for claim, when in found if overlap[claim.id] == most]
    if not found:
        return None
    found = [(claim, date) for claim, date in found
             if any(stated.start <= date.start and date.end <= stated.end for stated in when)] or found
    if not all(times_agree(a, b) for _, a in found for _, b in found):
        # "… a year after its shareholders had approved the project": the approval, an event whose date
        # is its value, not the holdings "shareholders" names, dated by when each began.
        found = [(claim, when) for claim, when in found if claim.value == when] or found
    if not all(times_agree(a, b) for _, a in found for _, b in found):
        if not spread:
            return None
        # Sources that date it differently (April or August 2014) still place it between their dates:
        # enough to order it against an event outside them, never to measure an interval.
        return tuple(claim.id for claim, _ in found), TimeSpan(
            min(when.start for _, when in found), max(when.end for _, when in found), "year")
    best = min((when for _, when in found), key=lambda span: span.end - span.start)
    return tuple(claim.id for claim, _ in found), best


def _claims_dating(statement: Statement, span: tuple[int, int], phrase: Statement, cued: set[str], checker: Any,
                   loose: bool, subject: Optional[str] = None) -> list[tuple[Claim, TimeSpan, int]]:
    """The claims of the `cued` properties about what the phrase names (and the `subject` it leaves
    unsaid), with the date of their event and how many of the phrase's names they name."""
    named = checker.entities_in(phrase) | ({subject} if subject else set())
    possessive = _POSSESSIVE.search(phrase.text)
    if not named or possessive and not any(m.end <= possessive.start() for m in phrase.entities) or (
            _OBJECT_PRONOUN.search(phrase.text)):
        # "son lancement", "its launch", "… before its IaaS offer", "… when the State entrusted it
        # with …": the event of what the statement names first.
        # The first name that has such an event: « la proposition du projet OpenStack de Numergy
        # et son feu vert » is Numergy's approval (OpenStack, named first, has none).
        owners = list(dict.fromkeys(m.entity for m in statement.entities
                                    if not m.unknown and not span[0] <= m.start < span[1]))
        # ("… after the consortium was announced": a description fits whichever name has such an event.)
        described = not named and bool(phrase.descriptions)
        for owner in owners if named or possessive or described else owners[:1]:
            found = _claims_dating_names(phrase, named | {owner}, cued, checker, loose)
            if not loose:
                # "The Cloudwatt Box …, five months after its launch": the Box's launch, by Cloudwatt,
                # when no event of the Box alone fits.
                found = found or _claims_dating_names(phrase, named | {owner}, cued, checker, True)
            if found:
                return found
        if owners:
            return []
    return _claims_dating_names(phrase, named, cued, checker, loose)


def _claims_dating_names(phrase: Statement, named: set[str], cued: set[str], checker: Any,
                         loose: bool) -> list[tuple[Claim, TimeSpan, int]]:
    found: list[tuple[Claim, TimeSpan, int]] = []
    for claim in checker.index.candidates(phrase, named):
        involved = named_entities(claim, key_entities(claim, checker.database))
        if claim.property not in cued or not (involved <= named or loose and claim.subject in named and not (
                named - involved - {claim.subject} - _groups_of(involved, checker))):
            continue
        if checker.database.properties[claim.property].intransitive and creates_another(claim, phrase):
            continue  # "Cloudwatt launched its Box" dates the Box, not Cloudwatt's creation
        when = next((v for name, v in (("value", claim.value), *claim.qualifiers.items())
                     if name in EVENT_DATES and isinstance(v, TimeSpan)), None)
        if when is not None:
            found.append((claim, when, len(involved & named)))
    return found


_POSSESSIVE = re.compile(r"(?i)(?<!\w)(?:its|their|son|sa|ses|leur|leurs)(?!\w)")
_OBJECT_PRONOUN = re.compile(r"(?i)(?<!\w)(?:it|them|lui|leur)(?!\w)")


def _groups_of(ids: set[str], checker: Any) -> set[str]:
    """Groups and members of `ids` ("Cloudwatt et Numergy" also names the two companies)."""
    members = checker.lexicon.members
    found = {member for i in ids for member in members.get(i, ())}
    return found | {group for group, group_members in members.items() if set(group_members) & ids}


def _widened(when: TimeSpan, offset: EventOffset) -> Optional[TimeSpan]:
    """The event's date moved by the offset; "about two years" reaches a few months either side."""
    return offset_span(when, offset.months, offset.bound)


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


_RIGHT_AFTER_OPENING = re.compile(
    r"^[\W_]*(?:after|following|in the wake of|après|suite à|à la suite d[eu]|au lendemain d[eu])"
    r"[^\S\n]+(?P<words>[^,;:.!?()«»\"\d]{3,60}?)[^\S\n]*[,:]", re.IGNORECASE)


# "Dassault quit Andromède and then teamed up with …", « … puis s'est allié à »: the clause before it, then the next.
_THEN = re.compile(r"^[\W_]{0,8}(?P<words>[^,;:.!?()«»\"]{3,80}?)[^\S\n]{0,8},?[^\S\n]{1,8}(?:and[^\S\n]{1,8})?"
                   r"(?:et[^\S\n]{1,8})?(?:then|puis|ensuite)(?!\w)", re.IGNORECASE)


def relate_next_after(statement: Statement, matches: list, checker: Any) -> list:
    """"After quitting Andromède, Dassault teamed up with Bull": what the subject did next, after the
    event the statement opens with, is the earliest claim of that relation the sources date after it
    (Dassault's partnership with SFR, February 2012); another party named in its place is wrong."""
    found = _RIGHT_AFTER_OPENING.match(statement.text) or _THEN.search(statement.text)
    if found is None or statement.negations:
        return matches
    for match in matches:
        other = match.other_object
        if other is None or not match.cued or other.start < found.end() or match.relation is not None:
            continue
        # (A participle shares the main clause's subject: "After quitting Andromède, Dassault …".)
        event = _words_date(statement, found.span("words"), checker, loose=True, subject=match.claim.subject)
        if event is None:
            continue
        _, when = event
        dated = [(claim.qualifiers["date"], claim) for claim in checker.index.about(match.claim.subject,
                                                                                  match.claim.property)
                 if isinstance(claim.qualifiers.get("date"), TimeSpan) and claim.qualifiers["date"].start > when.end]
        if not dated or min(dated, key=lambda pair: pair[0].start)[1].id != match.claim.id:
            continue
        value = format_value(match.claim.value, checker.database)
        explanation = (f"the source has {value} next, in {format_time(match.claim.qualifiers['date'])}, after "
                       f"« {_clip(found.group('words'))} »; the statement says "
                       f"{statement.text[other.start:other.end]}")
        span = (other.start, other.end)
        top = max(m.strength for m in matches)
        return [replace(m, relation="contradicts", explanation=explanation, blocked="",
                        strength=max(top, m.strength + 1.0), accounted=(*m.accounted, span),
                        highlights=(*m.highlights, span)) if m is match else m
                for m in matches]
    return matches


# "had already … when", « avait déjà … lorsque »: the first event came first.
_ALREADY = re.compile(r"(?i)(?<!\w)(?:already|déjà)(?!\w)")


FRONTED_OPENING_WORDS = 4


def relate_order(statement: Statement, matches: list, checker: Any) -> list:
    """"Numergy's platform went live before Cloudwatt launched its Box": the
    two events on either side of the order word, each dated by the claims
    that record it, in the order (and at the interval) the statement says."""
    text = statement.text
    if not statement.cues:
        return matches  # no event is named in words to date
    for marker in ORDER_WORD.finditer(text):
        if any(marker.end() <= t.start <= marker.end() + 4 for t in (*statement.times, *statement.yearless)) or any(
                o.start <= marker.start() < o.end for o in statement.event_offsets):
            continue  # "before June 2014" is a deadline; "two years after its launch" an offset
        opening = text[:marker.start()].strip(" «\"“'(")
        # ("En 2015, après une procédure de sauvegarde, SFR …": a short opening with no event of its own
        # dates the main clause; the order word is still fronted.)
        fronted = not opening or opening.endswith(",") and len(opening.split()) <= FRONTED_OPENING_WORDS and not any(
            cue.start < marker.start() for cues in statement.cues.values() for cue in cues)
        if marker["when"] and not (_ALREADY.search(text, text.find(",", marker.end()) + 1 if fronted else 0,
                                                   len(text) if fronted else marker.start())):
            continue  # a plain "when" dates, it does not order
        if fronted:
            comma = text.find(",", marker.end())
            if comma < 0:
                continue
            # "After E1, E2": E2 came after E1; "When E1, E2 had already …": E2 came first.
            first, second = (comma + 1, len(text)), (marker.end(), comma)
        else:
            first, second = (0, marker.start()), (marker.end(), len(text))
        first_is_earlier = marker["after"] is None
        sides = [checker.extract(text[slice(*side)]) for side in (first, second)]
        cues = [frozenset(side.cues) for side in sides]
        # (A side's own date picks, among the claims of its words, those it agrees with: "After teaming
        # up with SFR in February 2012, …" is Dassault's tie-up, not Bull's in May.)
        # A fronted participle shares the main clause's subject ("After teaming up with SFR, Dassault …").
        doer = _participle_subject(statement, marker, second, fronted)
        one, other = (_words_date(statement, side, checker, cues[1 - index], loose=True, spread=True, when=tuple(
            t.span for t in statement.times if side[0] <= t.start < side[1] and not t.relative),
            subject=doer if side == second else None)
            for index, side in enumerate((first, second)))
        if one is None or other is None or set(one[0]) & set(other[0]):
            continue
        earlier, later = (one, other) if first_is_earlier else (other, one)
        if not first_is_earlier and any(first[0] <= a < first[1] for a, _ in statement.continued):
            continue  # "stayed on as head after Orange bought it": begun before, still so after
        if earlier[1].end < later[1].start:
            holds = _interval_holds(marker["interval"], earlier[1], later[1])
        elif earlier[1].start > later[1].end:
            holds = False
        else:
            continue  # the same month, or dates that overlap: the claims do not tell the order
        if holds is None or holds and any(_contradicted_apart_from_dates(m) for m in matches):
            continue  # ("… joined forces with Bull rather than SFR": the order does not make the rest true)
        explanation = (f"the source dates « {_clip(text[slice(*first)])} » to {format_time(one[1])} and "
                       f"« {_clip(text[slice(*second)])} » to {format_time(other[1])}; the statement says "
                       f"{'the first came first' if first_is_earlier else 'the first came later'}"
                       f"{' (' + marker['interval'] + ')' if marker['interval'] else ''}")
        ids = set(one[0]) | set(other[0])
        span = (marker.start(), marker.end())
        top = max((m.strength for m in matches), default=0.0)
        sides = {claim_id: side for claim_ids, side in ((one[0], first), (other[0], second)) for claim_id in claim_ids}
        return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                        strength=max(top, m.strength + 1.0), accounted=tuple(dict.fromkeys((*m.accounted, span))),
                        highlights=tuple(dict.fromkeys((*m.highlights, span))))
                if m.claim.id in ids and not (holds and m.relation == "contradicts"
                                              and not _only_the_other_sides_date(m, sides[m.claim.id])) else m
                for m in matches]
    return matches


_PARTICIPLE_OPENING = re.compile(r"(?i)[^\S\n]*(?:[^\W\d_]+ing|avoir|être|s['’]être)(?!\w)")


def _participle_subject(statement: Statement, marker: re.Match, clause: tuple[int, int], fronted: bool) -> Optional[str]:
    """The main clause's first name, when a fronted order word opens a participle clause."""
    if not fronted or not _PARTICIPLE_OPENING.match(statement.text, marker.end()):
        return None
    return next((m.entity for m in statement.entities if not m.unknown and m.start >= clause[1]), None)


def _contradicted_apart_from_dates(match) -> bool:
    wrong = [c for c in match.comparisons if not c.agrees]
    return (match.relation == "contradicts" and match.cued and match.complete_keys
            and not (wrong and all(isinstance(c.value, TimeSpan) for c in wrong)))


def _only_the_other_sides_date(match, side: tuple[int, int]) -> bool:
    """A claim of one side contradicted only by a date outside that side's words (« La Cloudwatt Box,
    lancée en octobre 2013, a précédé l'offre …, officialisée fin juin 2014 »: June is the offer's)."""
    wrong = [c for c in match.comparisons if not c.agrees]
    return bool(wrong) and all(isinstance(c.value, TimeSpan) and not side[0] <= c.span[0] < side[1] for c in wrong)


def _interval_holds(interval: Optional[str], earlier: TimeSpan, later: TimeSpan) -> Optional[bool]:
    """Whether the months between two dates fit the interval the statement gives (True without one);
    None when the dates are too coarse to tell."""
    if not interval:
        return True
    if interval.lower().startswith("the year"):  # "the year before": the calendar year before
        return later.start.year - earlier.start.year == 1
    found = [q.quantity for q in find_quantities(interval) if q.quantity.unit in ("month", "year")]
    if interval.lower().startswith("the month"):
        return _months_fit(1, "exact", earlier, later)
    if not found:
        return None  # « quelques mois »: no figure to compare
    return _months_fit(found[0].amount * (12 if found[0].unit == "year" else 1), found[0].bound, earlier, later)


def _months_fit(months: float, bound: str, earlier: TimeSpan, later: TimeSpan) -> Optional[bool]:
    """Whether `months` (exact, approximate, at least, at most) is the time from one date to the
    other; None when the dates are too coarse to tell."""
    if earlier.precision == "year" or later.precision == "year":
        # 2009 to 2012 is anything from two years and a month to nearly four:
        # "about three years" fits, "six months" does not, "two years" may.
        years = later.start.year - earlier.start.year
        lowest, highest = max(years * 12 - 11, 0), years * 12 + 11
        if months < lowest and bound != "at-least" or months > highest and bound != "at-most":
            return False
        return True if bound == "approximate" and months == years * 12 else None
    between = (later.start.year - earlier.start.year) * 12 + later.start.month - earlier.start.month
    if bound == "at-least":  # "a little over three years after"
        return between >= months - 1
    if bound == "at-most":  # "less than four months after"
        return between <= months + 1
    return abs(between - months) <= (max(2, months // 4) if bound == "approximate" else 1)


# "Three months separated the proposal and its approval", « il s'est écoulé trois ans
# entre l'ambition de 2009 et le lancement »: the time between two events named in words.
_BETWEEN_EVENTS = re.compile(r"(?i)(?<!\w)(?:between|entre|separated|separating|séparé|séparée|séparés|séparées"
                             r"|sépare|séparent|séparant)\s+")
_SIDES_JOINER = re.compile(r"(?i)(?<!\s)\s+(?:and|et|from)\s+")
_DURATION_FACTOR = {"month": 1, "year": 12}


def relate_interval(statement: Statement, matches: list, checker: Any) -> list:
    """The duration a statement puts between two events it names in words,
    each dated by the claims that record it, against the months between
    those dates."""
    text = statement.text
    if not statement.cues:
        return matches
    for marker in _BETWEEN_EVENTS.finditer(text):
        end = len(text.rstrip(" .!?;"))
        for joiner in _SIDES_JOINER.finditer(text, marker.end(), end):
            sides = ((marker.end(), joiner.start()), (joiner.end(), end))
            durations = [q for q in statement.quantities if q.quantity.unit in _DURATION_FACTOR
                         and not any(a <= q.start < b for a, b in sides)]
            if len(durations) != 1:
                break
            cues = [frozenset(checker.extract(text[slice(*side)]).cues) for side in sides]
            one = _words_date(statement, sides[0], checker, cues[1], loose=True)
            other = _words_date(statement, sides[1], checker, cues[0], loose=True)
            if one is None or other is None or set(one[0]) & set(other[0]):
                continue
            earlier, later = sorted((one[1], other[1]), key=lambda when: when.start)
            duration = durations[0]
            months = duration.quantity.amount * _DURATION_FACTOR[duration.quantity.unit]
            holds = _months_fit(months, duration.quantity.bound, earlier, later)
            if holds is None or earlier.end >= later.start and holds:
                break  # too coarse, or one month for both: the claims do not measure it
            explanation = (f"the source dates « {_clip(text[slice(*sides[0])])} » to {format_time(one[1])} and "
                           f"« {_clip(text[slice(*sides[1])])} » to {format_time(other[1])}; the statement puts "
                           f"{duration.text[:1].lower() if duration.start == 0 else duration.text[:1]}"
                           f"{duration.text[1:]} between them")
            ids = set(one[0]) | set(other[0])
            top = max((m.strength for m in matches), default=0.0)
            span = (duration.start, duration.end)
            return [replace(m, relation="supports" if holds else "contradicts", explanation=explanation, blocked="",
                            strength=max(top, m.strength + 1.0), accounted=tuple(dict.fromkeys((*m.accounted, span))),
                            highlights=tuple(dict.fromkeys((*m.highlights, span))))
                    if m.claim.id in ids else m for m in matches]
    return matches


def _clip(words: str) -> str:
    words = " ".join(words.split()).strip(" ,.;:")
    return words if len(words) <= 60 else words[:57] + "…"
