"""Comparing one claim with one statement.

A claim has *keys* (the entities that say which fact it is), a *scope* (its
period and status) and *slots* (the value and qualifiers a statement may
state: a figure, a date, a list of entities). The statement's figures, dates
and entities are aligned to slots by kind; each aligned slot agrees or not.
The claim then supports the statement, contradicts it, or says nothing —
and a contradiction is only allowed when keys, property and period line up,
since a false alarm costs a newsroom more than a missed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Optional

from .candidates import key_entities
from .database import Database
from .extract.statement import EntityMention, Statement
from .model import Claim, EntityRef, Quantity, Relation, TimeSpan
from .normalise import words

EXACT_TOLERANCE = 0.02
APPROXIMATE_TOLERANCE = 0.15
SCOPE_QUALIFIERS = ("period", "object", "scope", "each", "note", "since", "until")
MIN_CONTENT_WORD = 4
LOCALITY = 80
ATTRIBUTION_TYPES = ("media",)  # "selon Les Echos" credits a figure, it does not own it
RIVAL_REACH = 40
OBJECT_REACH = 12
PERIOD_REACH = 12
PASSIVE_REACH = 12
_PASSIVE = re.compile(r"\b(?:by|par)\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|été|est|sont|fut|furent) ?$", re.IGNORECASE)
_PREPOSITIONAL = re.compile(r"\b(?:of|de|d'|du|with|avec|from|to|à|au|in|dans|for|pour|into)\s*$", re.IGNORECASE)
_SAME_CLAUSE = re.compile(r"^[^:;«»\"“”()]{0,40}$")
# "100 % des parts de Thalès": a fraction of a holding, not a stake in the company.
_HOLDING_FRACTION = re.compile(
    r"(?:des|of the|of its|de ses|de sa|de leur|of their) (?:parts|actions|titres|participations?|shares|stakes?|holdings?)\b",
    re.IGNORECASE)
# "22,2 % de Thales", "Thalès (22,2 %)", "SFR: 47 %" — but "2 M€ (Les Echos)" is attribution.
# These and the patterns below run on `_squeeze`d text: single spaces, no
# runs of white space for a pattern to backtrack over.
_ATTACHMENT_BEFORE = re.compile(r"^(?:'s|’s|:|\(|,)?$", re.IGNORECASE)
_ATTACHMENT_AFTER = re.compile(r"^(?:de la|de l'|de l’|du|des|de|d'|d’|of|for|pour|in|dans)?$", re.IGNORECASE)
WINDOW = 60
_DIMENSIONS = {"EUR": "currency", "USD": "currency", "percent": "percent", "duration": "duration", "count": "count",
               "ratio": "ratio"}
MONTHS_PER = {"month": 1.0, "year": 12.0, "week": 12 / 52, "day": 12 / 365}


@dataclass(frozen=True)
class SlotComparison:
    slot: str
    value: object
    agrees: bool
    claimed: str
    stated: str
    span: tuple[int, int]


@dataclass(frozen=True)
class ClaimMatch:
    claim: Claim
    relation: Optional[Relation]
    strength: float
    complete_keys: bool
    cued: bool
    period: str
    comparisons: tuple[SlotComparison, ...]
    caveats: tuple[str, ...]
    explanation: str
    highlights: tuple[tuple[int, int], ...]
    blocked: str = ""
    keys: tuple[str, ...] = ()
    accounted: tuple[tuple[int, int], ...] = ()
    named: frozenset[str] = frozenset()
    other_object: Optional[EntityMention] = None


# --- values ---------------------------------------------------------------

def dimension_of(unit: Optional[str]) -> str:
    if unit in ("EUR", "USD"):
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
    """Dates agree when their ranges meet: "2012" agrees with "septembre 2012"."""
    return stated.start <= claimed.end and claimed.start <= stated.end


def format_quantity(quantity: Quantity) -> str:
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


# --- one claim against one statement ---------------------------------------

def compare(claim: Claim, statement: Statement, present: set[str], database: Database,
            context: Optional[dict[str, frozenset[str]]] = None,
            implied: frozenset[str] = frozenset()) -> ClaimMatch:
    """How `claim` bears on `statement`; `present` are the entity ids the statement
    names, `context` what the candidate claims' properties can take (see
    `mention_kinds`), so a figure or date is left to the property it stands by."""
    context = context or {}
    prop = database.properties[claim.property]
    keys = key_entities(claim, database)
    keys_present = [key for key in keys if key in present]
    complete_keys = len(keys_present) == len(keys) or _object_named_otherwise(claim, keys, present)
    cued = claim.property in statement.cues or any(name in statement.cues for name in claim.qualifiers)
    caveats: list[str] = []
    highlights = [(m.start, m.end) for m in statement.entities if m.entity in keys_present]

    base_strength = len(keys_present) - 0.75 * (len(keys) - len(keys_present)) + (1.0 if cued else 0.0)

    def silent(why: str, other_object: Optional[EntityMention] = None) -> ClaimMatch:
        return ClaimMatch(claim, None, base_strength, complete_keys, cued, period, (), (), why,
                          tuple(highlights), why, keys, other_object=other_object)

    period = ""
    if not cued and statement.cues and not complete_keys:
        return silent("the statement is about another property")
    period = _period_alignment(claim, statement, database)
    if period == "other":
        scope = claim.period or validity(claim)
        scope = scope or _as_of(claim, database)
        return silent(f"the statement is about another period than the source's {format_time(scope)}")
    narrower = [p for p in statement.cues if database.properties[p].broader == claim.property]
    if narrower:
        return silent(f"the statement is about the narrower property {narrower[0]}")
    if _subject_acts(claim, statement, database):
        return silent("in the statement the subject does this rather than undergoes it")
    other_object = _names_another_object(claim, statement, keys, database)
    if other_object:
        text = statement.text[other_object.start:other_object.end]
        return silent(f"the statement is about {text}, the source about {format_value(claim.value, database)}",
                      other_object=other_object if cued and claim.subject in present else None)
    comparisons = _compare_slots(claim, statement, keys, database, context)
    highlights.extend(c.span for c in comparisons)
    all_agree = bool(comparisons) and all(c.agrees for c in comparisons)
    names_figure = any(isinstance(c.value, Quantity) for c in comparisons)
    explains_figures = not _unexplained_figures(claim, statement, comparisons, keys, database)
    if not cued and statement.comparative:
        return silent("the statement compares; the source states a fact")
    if not cued and not (all_agree and explains_figures
                         and (not statement.cues or names_figure and complete_keys and len(keys) > 1)):
        # An uncued claim may confirm a figure it names entity for entity
        # ("les 22,2 % de Thales dans Cloudwatt" in a sentence about a sale),
        # never contradict one.
        return silent("the statement is about another property")
    status_note = _status_conflict(claim, statement) if cued else ""
    if status_note:
        return silent(status_note)

    disagreeing = [c for c in comparisons if not c.agrees]
    agreeing = [c for c in comparisons if c.agrees]
    subject_label = database.entities[claim.subject].label
    what = " · ".join([subject_label, prop.label, *(database.entities[k].label for k in keys[1:])])

    if claim.status != "actual" and statement.status is None:
        caveats.append(f"the source gives this as a {claim.status}")
    elif claim.status != statement.status and statement.status is not None:
        caveats.append(f"the statement presents a {statement.status}, the source a {claim.status}")
    if period == "partial":
        caveats.append(f"the source's figure covers {format_time(claim.period)} only")
    if period == "unspecified" and claim.period is not None:
        caveats.append(f"the source's figure is for {format_time(claim.period)}")
    if period == "earlier":
        caveats.append(f"the source states this as of {format_time(_as_of(claim, database))}")
    if period == "undated":
        caveats.append("the source does not say when this was true")
    if any(m.fuzzy for m in statement.entities if m.entity in keys_present):
        caveats.append("a name was matched despite a spelling difference")

    relation: Optional[Relation] = None
    explanation = ""
    blocked = ""
    negated_cues = [m for m in statement.cues.get(claim.property, ()) if statement.negates(m.start)]
    negated = bool(negated_cues) or any(statement.negates(c.span[0]) for c in comparisons)
    if negated:
        if disagreeing:
            relation = "supports"
            explanation = f"the statement denies {disagreeing[0].stated}; the source gives {disagreeing[0].claimed} for {what}"
        elif agreeing and not isinstance(claim.value, str) or (
                isinstance(claim.value, Quantity) and _denies_existence(claim, statement, negated_cues)) or (
                prop.value_is_key and complete_keys and negated_cues):
            # Denying a stated fact ("did not buy Cloudwatt"), that any amount
            # exists ("never received public money"), or that a recorded
            # relation holds ("Thalès n'a jamais été actionnaire de Cloudwatt").
            relation = "contradicts"
            shown = agreeing[0].claimed if agreeing else format_value(claim.value, database)
            explanation = f"the statement denies it, but the source gives {shown} for {what}"
    elif disagreeing:
        first = disagreeing[0]
        explanation = f"the source gives {first.claimed} for {what}; the statement says {first.stated}"
        relation = "contradicts"
    elif agreeing:
        relation = "supports"
        explanation = "; ".join(f"{c.stated} agrees with the source's {c.claimed}" for c in agreeing)
        explanation += f" ({what})"
    elif prop.value_is_key and complete_keys and cued and not _ends(claim, statement):
        relation = "supports"
        explanation = f"the source records {what}"

    if relation == "contradicts":
        blocked = _contradiction_gate(claim, statement, complete_keys, cued, period)
        if not blocked and set(keys) & implied:
            blocked = "the statement does not name the subject itself"
        if blocked:
            relation = None
            explanation = f"{explanation}, but {blocked}"
    elif relation == "supports" and not complete_keys and (not agreeing or _substitute_named(
            keys, keys_present, claim, statement, database)):
        relation = None
    value_ids = set(claim.value.ids) if isinstance(claim.value, EntityRef) else set()
    also_named = _named_entities(claim, keys) - set(keys) - value_ids
    strength = (
        base_strength
        + 0.5 * len(also_named & statement.entity_ids)
        + 0.5 * len(comparisons)
        + {"same": 0.5, "valid": 0.5, "partial": 0.25, "within": 0.25}.get(period, 0.0)
        + _group_adjustment(claim, statement, database)
    )
    return ClaimMatch(claim, relation, strength, complete_keys, cued, period, tuple(comparisons),
                      tuple(dict.fromkeys(caveats)), explanation, tuple(highlights), blocked, keys,
                      _accounted(statement, comparisons, period, _as_of(claim, database)),
                      frozenset(_as_groups(_named_entities(claim, keys), database) | _named_entities(claim, keys)))


def _object_named_otherwise(claim: Claim, keys: tuple[str, ...], present: set[str]) -> bool:
    """The object of a fact may be named by another entity the claim gives
    for it: "its OpenStack offer" is the IaaS offer built on OpenStack."""
    obj = claim.qualifiers.get("object")
    if not isinstance(obj, EntityRef) or claim.subject not in present:
        return False
    missing = {key for key in keys if key not in present}
    described = {i for name, v in claim.qualifiers.items() if name != "object" and isinstance(v, EntityRef)
                 for i in v.ids}
    return missing <= set(obj.ids) and bool(described & present)


def _substitute_named(keys, keys_present, claim: Claim, statement: Statement, database: Database) -> bool:
    """A key the statement leaves out may be replaced by another name of its
    kind: "the new partner of SFR was Thales" is not about SFR's partner Bull."""
    named = _named_entities(claim, keys)
    missing_types = {_type_of(k, database) for k in keys if k not in keys_present}
    return any(m.entity not in named and _type_of(m.entity, database) in missing_types | {"unknown"}
               for m in statement.entities)


def _accounted(statement: Statement, comparisons: list[SlotComparison], period: str,
               as_of: Optional[TimeSpan]) -> tuple[tuple[int, int], ...]:
    """The statement's figures and dates this claim settles: those it compared,
    the dates that place the statement in the claim's period, and for an
    undated fact the dates within its source's year."""
    spans = [c.span for c in comparisons]
    for mention in statement.times:
        if period in ("same", "within", "partial", "earlier", "valid", "boundary") or (
                period == "none" and as_of is not None and times_agree(as_of, mention.span)):
            spans.append((mention.start, mention.end))
    return tuple(spans)


def validity(claim: Claim) -> Optional[TimeSpan]:
    """The span a `since`/`until` claim holds over ("PDG until April 2014")."""
    since, until = claim.qualifiers.get("since"), claim.qualifiers.get("until")
    if not isinstance(since, TimeSpan) and not isinstance(until, TimeSpan):
        return None
    start = since.start if isinstance(since, TimeSpan) else date.min
    end = until.end if isinstance(until, TimeSpan) else date.max
    return TimeSpan(start, end, "day")


def _as_of(claim: Claim, database: Database) -> Optional[TimeSpan]:
    """The year a time-dependent figure without a period was true: its source's date."""
    for reference in claim.references:
        source = database.sources.get(reference.source)
        if source and source.date and source.date[:4].isdigit():
            year = int(source.date[:4])
            return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")
    return None


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


def _period_alignment(claim: Claim, statement: Statement, database: Database) -> str:
    """same | valid | boundary | within | partial | earlier | undated | unspecified | other | none."""
    holds = validity(claim)
    time_dependent = holds is not None or claim.period is not None or database.properties[claim.property].periodic
    if time_dependent and statement.anchored and not statement.times:
        return "undated"  # "two years earlier": some other time, which we cannot place
    if holds is not None:
        if not statement.times or (statement.starts and "since" in claim.qualifiers):
            return "none"
        if not any(times_agree(holds, t.span) for t in statement.times):
            return "other"
        inside = TimeSpan(_month_after(holds.start), _month_before(holds.end), "day")
        return "valid" if any(times_agree(inside, t.span) for t in statement.times) else "boundary"
    period = claim.period
    if period is None and database.properties[claim.property].periodic and statement.times:
        as_of = _as_of(claim, database)
        if as_of is None:
            return "undated"
        if any(times_agree(as_of, t.span) for t in statement.times):
            return "same"
        return "earlier" if all(t.span.end < as_of.start for t in statement.times) else "other"
    if period is None:
        return "none"
    if not statement.times:
        return "unspecified"
    best = "other"
    for mention in statement.times:
        stated = mention.span
        if not times_agree(period, stated):
            continue
        if _same_range(period, stated):
            return "same"
        if period.start <= stated.start and stated.end <= period.end:
            best = "within"
        elif best != "within":
            best = "partial"
    return best


def _same_range(a: TimeSpan, b: TimeSpan) -> bool:
    if a.start == b.start and a.end == b.end:
        return True
    month = (a.start.year, a.start.month, a.end.year, a.end.month)
    return month == (b.start.year, b.start.month, b.end.year, b.end.month) and "day" not in (a.precision, b.precision)


def _ends(claim: Claim, statement: Statement) -> bool:
    """The statement says the relation stopped ("the CDC sold its stake"), in
    words that are not themselves a cue of the property ("a revendu")."""
    cues = statement.cues.get(claim.property, ())
    return any(not any(c.start < end and start < c.end for c in cues) for start, end in statement.endings)


def _status_conflict(claim: Claim, statement: Statement) -> str:
    """A result or a prediction is not confirmed by an ambition: "Numergy will
    reach 400 M€" is not what "Numergy vise 400 M€" says."""
    if statement.status == "actual" and claim.status != "actual":
        return f"the statement presents an actual figure, the source a {claim.status}"
    if statement.status == "forecast" and claim.status == "target":
        return "the statement predicts what the source gives as a target"
    return ""


def _contradiction_gate(claim: Claim, statement: Statement, complete_keys: bool, cued: bool, period: str) -> str:
    """Why a disagreement may not be called a contradiction, or "" when it may."""
    if not complete_keys:
        return "the statement does not name everything the source's figure is about"
    if not cued and statement.cues:
        return "the statement is about another property"
    if period in ("partial", "within", "earlier", "undated", "boundary"):
        return "the periods differ"
    return ""


def _group_adjustment(claim: Claim, statement: Statement, database: Database) -> float:
    """A group claim ("150 M€ for the two companies") fits a statement about the
    group; member claims fit one that says "each"."""
    subject = database.entities.get(claim.subject)
    if subject and subject.members:
        return -0.5 if statement.each else 0.5
    return 0.0


def _compare_slots(claim: Claim, statement: Statement, keys: tuple[str, ...],
                   database: Database, context: dict[str, frozenset[str]]) -> list[SlotComparison]:
    slots = [("value", claim.value)] + [
        (name, value) for name, value in claim.qualifiers.items()
        if name not in SCOPE_QUALIFIERS or (name == "since" and statement.starts)
    ]
    key_positions = [m for m in statement.entities if m.entity in keys]
    named = _named_entities(claim, keys)
    comparisons: list[SlotComparison] = []
    used_quantities: set[int] = set()
    for name, value in slots:
        if name == "value" and database.properties[claim.property].value_is_key:
            continue
        if isinstance(value, Quantity):
            found = _nearest_quantity(claim, value, statement, key_positions, named, used_quantities, database,
                                      context)
            if found is not None:
                index, mention = found
                used_quantities.add(index)
                comparisons.append(SlotComparison(
                    name, value, quantities_agree(value, mention.quantity), format_quantity(value),
                    mention.text, (mention.start, mention.end)))
        elif isinstance(value, TimeSpan) and claim.period is None and (
                validity(claim) is None or name == "since"):
            placed = sorted(
                (rank, index) for index, mention in enumerate(statement.times)
                if _near_keys(statement, key_positions, mention.start, mention.end)
                and (rank := _placement(claim, statement, key_positions, mention.start, mention.end,
                                        "time", database, context)) is not None)
            if len(placed) > 1 and not statement.cues.get(claim.property):
                # Several dates and no cue of this property to tell which is its:
                # one that agrees settles it, a disagreement would be a guess.
                placed = [p for p in placed if times_agree(value, statement.times[p[1]].span)]
            if placed:
                mention = statement.times[placed[0][1]]
                comparisons.append(SlotComparison(
                    name, value, times_agree(value, mention.span), format_time(value), mention.text,
                    (mention.start, mention.end)))
        elif isinstance(value, EntityRef) and name == "value":
            found = _entity_slot(claim, value, statement, keys, database)
            if found is not None:
                comparisons.append(found)
        elif isinstance(value, str) and name == "value":
            found = _text_slot(value, statement)
            if found is not None:
                comparisons.append(found)
    return comparisons


def _text_slot(value: str, statement: Statement) -> Optional[SlotComparison]:
    """Free-text values only ever support: shared content words ("sécurité",
    "IaaS"), names or figures the text contains ("directeur d'Orange Cloud",
    "100 %") are agreement, and absence says nothing. A name the text does
    not contain ("ministre de la Culture") means the statement says more
    than the value does."""
    claimed_words = words(value)
    claimed = {word for word in claimed_words if len(word) >= MIN_CONTENT_WORD}
    found: list[tuple[int, int]] = []
    for mention in (*statement.entities, *statement.quantities):
        named = words(statement.text[mention.start:mention.end])
        if named and _contains(claimed_words, named):
            found.append((mention.start, mention.end))
        elif isinstance(mention, EntityMention) and mention.unknown:
            return None
    taken = [(m.start, m.end) for m in statement.entities]
    for token in statement.tokens:
        if len(token.text) < MIN_CONTENT_WORD or any(a <= token.start < b for a, b in taken):
            continue
        if any(token.text == word or (token.text.startswith(word) and len(token.text) - len(word) <= 2)
               for word in claimed):
            found.append((token.start, token.end))
    if not found:
        return None
    span = (min(a for a, _ in found), max(b for _, b in found))
    return SlotComparison("value", value, True, value, statement.text[span[0]:span[1]], span)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    return any(haystack[i:i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))

def _unexplained_figures(claim: Claim, statement: Statement, comparisons: list[SlotComparison],
                         keys: tuple[str, ...], database: Database) -> list:
    """Figures of the statement this claim neither compared nor can leave to
    another entity ("les 33,3 % de la CDC" belongs to the CDC's stake)."""
    used = {c.span for c in comparisons}
    named = _named_entities(claim, keys)
    return [q for q in statement.quantities if (q.start, q.end) not in used
            and not (_attached(statement, q.start, q.end, database) - named)]


def _named_entities(claim: Claim, keys: tuple[str, ...]) -> set[str]:
    return set(keys) | {i for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, EntityRef) for i in v.ids}


def _squeeze(text: str) -> str:
    """White space folded to single spaces and trimmed, so patterns stay linear."""
    return " ".join(text.split())


def _attached(statement: Statement, start: int, end: int, database: Database) -> set[str]:
    """Entities a figure is written against: "22,2 % de Thales", "SFR: 47 %",
    with the whole coordinated group when the entity is in one."""
    attached: set[str] = set()
    for group in statement.groups:
        for mention in group:
            if mention.end <= start:
                attaches = _ATTACHMENT_BEFORE.match(_squeeze(statement.text[mention.end:start]))
            else:
                attaches = _ATTACHMENT_AFTER.match(_squeeze(statement.text[end:mention.start]))
            if attaches:
                attached.update(m.entity for m in group)
    owners = {entity_id for entity_id in attached if _type_of(entity_id, database) not in ATTRIBUTION_TYPES}
    for entity_id in list(owners):
        entity = database.entities.get(entity_id)
        owners.update(entity.members if entity else ())
    return owners


def _near_keys(statement: Statement, key_positions: list[EntityMention], start: int, end: int) -> bool:
    """A figure or date is about the claim's entities only if each of them is
    named close to it; in a long sentence a far one is about something else."""
    by_key: dict[str, int] = {}
    for mention in key_positions:
        gap = max(mention.start - end, start - mention.end, 0)
        by_key[mention.entity] = min(gap, by_key.get(mention.entity, gap))
    return all(gap <= LOCALITY for gap in by_key.values())


def _nearest_quantity(claim: Claim, value: Quantity, statement: Statement, key_positions: list[EntityMention],
                      named: set[str], used: set[int], database: Database, context: dict[str, frozenset[str]]):
    """The statement's figure of the same kind closest to the claim's entities,
    leaving out figures written against an entity the claim does not name,
    far from its entities, or that are a fraction of someone's holding."""
    best = None
    for index, mention in enumerate(statement.quantities):
        if index in used or not units_compatible(value, mention.quantity):
            continue
        if _HOLDING_FRACTION.match(_squeeze(statement.text[mention.end:mention.end + WINDOW])):
            continue
        if not (_near_keys(statement, key_positions, mention.start, mention.end)
                or _next_to_period(claim, statement, mention.start, mention.end)):
            continue
        attached = _attached(statement, mention.start, mention.end, database)
        if attached and not attached & named:
            continue
        kind = f"quantity:{_DIMENSIONS.get(dimension_of(mention.quantity.unit), 'count')}"
        placed = _placement(claim, statement, key_positions, mention.start, mention.end, kind, database, context)
        if placed is None:
            continue
        if best is None or placed < best[0]:
            best = (placed, index, mention)
    return None if best is None else best[1:]


def _next_to_period(claim: Claim, statement: Statement, start: int, end: int) -> bool:
    """A figure written against the date of the claim's period ("30,000 in
    2015") belongs to it, however far the sentence named the subject."""
    period = claim.period
    return period is not None and any(
        times_agree(period, t.span) and _gap(start, end, t.start, t.end) <= PERIOD_REACH for t in statement.times)


def _gap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(other_start - end, start - other_end, 0)


def infer_cues(statement: Statement, candidates, present: set[str], database: Database) -> Statement:
    """A terse note names no property ("Thales 33,3 % Cloudwatt", "Bull → Atos :
    avril 2014"): when one property, among the claims naming all its
    entities (the most of them), can take every figure and date it states,
    the note is read as cueing that property."""
    if statement.cues:
        return statement
    stated = {f"quantity:{_DIMENSIONS.get(dimension_of(q.quantity.unit), 'count')}" for q in statement.quantities}
    stated |= {"time"} if statement.times else set()
    if not stated:
        return statement
    fitting: dict[str, tuple[int, int]] = {}
    for claim in candidates:
        keys = key_entities(claim, database)
        if stated <= mention_kinds(claim) and all(k in present for k in keys):
            fit = (len(_named_entities(claim, keys) & present), len(keys))
            fitting[claim.property] = max(fitting.get(claim.property, (0, 0)), fit)
    best = max(fitting.values(), default=(0, 0))
    chosen = [property_id for property_id, fit in fitting.items() if fit == best]
    if len(chosen) != 1 or (stated == {"time"} and best[0] < 2):
        return statement  # a name and a date alone could be any event of its history
    return replace(statement, cues={chosen[0]: ()})


def mention_kinds(claim: Claim) -> frozenset[str]:
    """What a statement may state about a claim: figures of some dimension, dates."""
    kinds = set()
    for name, value in [("value", claim.value), *claim.qualifiers.items()]:
        if isinstance(value, Quantity):
            kinds.add(f"quantity:{_DIMENSIONS.get(dimension_of(value.unit), 'count')}")
        elif isinstance(value, TimeSpan) and name not in ("since", "until"):
            kinds.add("time")
    return frozenset(kinds)


def _placement(claim: Claim, statement: Statement, key_positions: list[EntityMention],
               start: int, end: int, kind: str, database: Database,
               context: dict[str, frozenset[str]]) -> Optional[tuple[int, int]]:
    """How well a figure or date sits with this claim, smaller is better; None
    when it belongs to another fact. In "proposé 03/2013, validé 06/2013" each
    date goes with the word next to it; in "un millier d'environnements et
    cent trente partenaires" each figure with its noun; a figure of a
    periodic fact goes with the date of that period."""
    own_cues = statement.cues.get(claim.property, ())
    own = [_gap(start, end, m.start, m.end) for m in own_cues]
    others = [_gap(start, end, m.start, m.end) for key, matches in statement.cues.items()
              if key != claim.property and key not in claim.qualifiers and kind in context.get(key, ())
              and key != database.properties[claim.property].broader
              for m in matches if not any(m.start < o.end and o.start < m.end for o in own_cues)
              and not (m.start < end and start < m.end)]
    if own and others and min(others) < min(own):
        return None
    period = claim.period
    if period is not None:
        dated = [_gap(start, end, t.start, t.end) for t in statement.times if times_agree(period, t.span)]
        if dated:
            nearest = min(statement.times, key=lambda t: _gap(start, end, t.start, t.end))
            if kind != "time" and not times_agree(period, nearest.span):
                return None  # "10,000 in December 2014 and 30,000 in 2015": each figure has its date
            return (min(dated), min(own, default=0))
    keys = sum(_gap(start, end, k.start, k.end) for k in key_positions) // max(len(key_positions), 1)
    return (min(own, default=keys), keys)


def _other_groups(statement: Statement, keys: tuple[str, ...]) -> list[tuple[EntityMention, ...]]:
    """Coordinated entity groups that do not include a key: candidates for the value."""
    return [group for group in statement.groups if not any(m.entity in keys for m in group)]


def _as_groups(named: set[str], database: Database) -> set[str]:
    """Names a statement lists, with each group they make up in full replacing
    its members: "Cloudwatt et Numergy" names the two sovereign cloud companies."""
    for entity in database.groups:
        if set(entity.members) <= named:
            named = (named - set(entity.members)) | {entity.id}
    return named


def _wider(entity_id: str, database: Database) -> set[str]:
    """What an entity is part of, transitively: Val-de-Reuil → Normandy → France."""
    found: set[str] = set()
    todo = [entity_id]
    while todo:
        entity = database.entities.get(todo.pop())
        for parent in entity.part_of if entity else ():
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def _rivals(value: EntityRef, statement: Statement, keys: tuple[str, ...], database: Database):
    """Groups naming entities of the claimed kind, none of them the claimed one (or what contains it)."""
    claimed = set(value.ids) | {place for i in value.ids for place in _wider(i, database)}
    claimed_types = {_type_of(i, database) for i in claimed}
    groups = _other_groups(statement, keys)
    if any({m.entity for m in group} & claimed for group in groups):
        return []
    # An unknown name may rival an organisation or a person, not a place: it
    # could lie inside the claimed one (Reims is in France).
    open_types = {"unknown"} if claimed_types - {"place"} else set()
    return [group for group in groups
            if all(_type_of(m.entity, database) in claimed_types | open_types
                   and not _wider(m.entity, database) & set(value.ids) for m in group)]


def _type_of(entity_id: str, database: Database) -> str:
    entity = database.entities.get(entity_id)
    return entity.type if entity else "unknown"


def _denies_existence(claim: Claim, statement: Statement, negated_cues) -> bool:
    """"Numergy received no public money": the subject, shortly followed in the
    same clause by a negated cue of the claim's property."""
    for subject in (m for m in statement.entities if m.entity == claim.subject):
        for cue in negated_cues:
            if subject.end <= cue.start and cue.start - subject.end <= WINDOW and _SAME_CLAUSE.match(
                    statement.text[subject.end:cue.start]):
                return True
    return False


def _rival_in_place(group: tuple[EntityMention, ...], claim: Claim, statement: Statement,
                    database: Database) -> bool:
    """A rival value counts only where it could be this claim's value: next to
    a cue of the property ("racheté par SFR", "SFR a racheté"), with the
    subject close by and no other entity between them. In "Cloudwatt ...
    (eNovance, depuis racheté par Red Hat)" Red Hat buys eNovance."""
    members = set(group)
    order = list(statement.entities)
    rival_types = {_type_of(m.entity, database) for m in group} - {"unknown"}
    cues = [cue for cue in statement.cues.get(claim.property, ())
            if max(group[0].start - cue.end, cue.start - group[-1].end) <= RIVAL_REACH]
    for cue in cues:
        for subject in (m for m in order if m.entity == claim.subject):
            if max(group[0].start - subject.end, subject.start - group[-1].end) > LOCALITY:
                continue
            if _roles_reversed(claim, statement, subject, group[0], cue, database):
                continue
            low, high = sorted((order.index(subject), order.index(group[0])))
            between = [m for m in order[low + 1:high] if m not in members
                       and (not rival_types or _type_of(m.entity, database) in rival_types | {"unknown"})]
            if not between:
                return True
    return False


def _reversed_anywhere(claim: Claim, statement: Statement, value: EntityMention, database: Database) -> bool:
    """The statement names subject and value with their roles swapped around
    every cue of the property: "Thales replaced Orange" for "Orange replaced Thales"."""
    cues = statement.cues.get(claim.property, ())
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    return bool(cues and subjects) and all(
        _roles_reversed(claim, statement, subject, value, cue, database)
        for cue in cues for subject in subjects)


def _subject_acts(claim: Claim, statement: Statement, database: Database) -> bool:
    """"SFR bought Numergy" is not about SFR being bought: for a relation the
    subject undergoes, the subject standing where the actor stands (before an
    active verb, after a passive one) around every cue means another event."""
    if database.properties[claim.property].subject_role != "patient":
        return False
    if isinstance(claim.value, EntityRef) and set(claim.value.ids) & statement.entity_ids:
        return False  # subject and value swapped: a contradiction, read by the value slot
    cues = [cue for cue in statement.cues.get(claim.property, ()) if not _PREPOSITIONAL.search(
        statement.text[cue.start:cue.end])]
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    if not cues or not subjects:
        return False
    for cue in cues:
        for subject in subjects:
            if subject.end > cue.start and subject.start < cue.end:
                return False
            after = [m.start for m in statement.entities if m.start >= cue.end]
            passive = _AUXILIARY.search(_squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start])) or _PASSIVE.search(
                statement.text[cue.start:after[0] if after else cue.end + PASSIVE_REACH])
            actor_first = not passive
            if (subject.start < cue.start) != actor_first:
                return False
    return True


def _passive(statement: Statement, cue, value: EntityMention) -> bool:
    """"was acquired by", "a été racheté à 100 % par": the agent follows the cue."""
    if value.start >= cue.end and _PASSIVE.search(statement.text[cue.start:value.start]):
        return True
    return bool(_AUXILIARY.search(_squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start])))


def _roles_reversed(claim: Claim, statement: Statement, subject: EntityMention, value: EntityMention,
                    cue, database: Database) -> bool:
    """Whether subject and value stand on the wrong sides of the cue for the
    property's direction: "Cloudwatt a racheté Orange" reverses "Orange a
    racheté Cloudwatt". Undirected properties are never reversed."""
    role = database.properties[claim.property].subject_role
    if role not in ("agent", "patient") or not (subject.end <= cue.start or subject.start >= cue.end):
        return False
    if _PREPOSITIONAL.search(statement.text[cue.start:cue.end]):
        return False  # "avec l'aide de", "with the help of": no voice to read
    subject_first = subject.start < cue.start
    value_first = value.start < cue.start
    if subject_first == value_first:
        return False
    agent_first = not _passive(statement, cue, value)
    return subject_first != (agent_first if role == "agent" else not agent_first)


def _names_another_object(claim: Claim, statement: Statement, keys: tuple[str, ...],
                          database: Database) -> Optional[EntityMention]:
    """For a many-valued relation (left, built on), naming another entity means
    another fact, not a contradiction: "Dassault quit Andromède" says nothing
    about Dassault quitting SFR's project."""
    prop = database.properties[claim.property]
    if prop.single_value or not isinstance(claim.value, EntityRef):
        return None
    if prop.value_is_key:
        # "built on VMware" for a claim "built on OpenStack": the statement is
        # about another stake, platform or member than this claim.
        if set(claim.value.ids) & (statement.entity_ids | _as_groups(statement.entity_ids, database)):
            return None
        keys = tuple(k for k in keys if k not in claim.value.ids)
    rivals = _rivals(claim.value, statement, keys, database)
    if rivals:
        return rivals[0][0]
    claimed = set(claim.value.ids) | {place for i in claim.value.ids for place in _wider(i, database)}
    for group in _other_groups(statement, keys):
        if {m.entity for m in group} & claimed:
            continue
        if any(0 <= group[0].start - cue.end <= OBJECT_REACH for cue in statement.cues.get(claim.property, ())):
            return group[0]  # whatever its kind, the name right after the cue ("built on VMware")
    return None


def _entity_slot(claim: Claim, value: EntityRef, statement: Statement, keys: tuple[str, ...],
                 database: Database) -> Optional[SlotComparison]:
    """Compare the entities a claim names with the group the statement names."""
    claimed = set(value.ids)
    claimed_label = format_value(value, database)
    claimed_or_wider = claimed | {place for i in claimed for place in _wider(i, database)}
    for group in _other_groups(statement, keys) if not claimed <= set(keys) else ():
        named = _as_groups({m.entity for m in group}, database)
        if named & claimed_or_wider:
            extra = named - claimed_or_wider
            span = (group[0].start, group[-1].end)
            stated = statement.text[span[0]:span[1]]
            if extra and not value.complete:
                return None  # the source confirms some of the names and is silent on the others
            if _reversed_anywhere(claim, statement, group[0], database):
                return SlotComparison("value", value, False, f"{claimed_label} (roles as in the source)",
                                      f"{stated} (roles reversed)", span)
            return SlotComparison("value", value, not extra, claimed_label, stated, span)
    rivals = [group for group in _rivals(value, statement, keys, database)
              if _rival_in_place(group, claim, statement, database)]
    if len(rivals) == 1 and database.properties[claim.property].single_value:
        group = rivals[0]
        span = (group[0].start, group[-1].end)
        return SlotComparison("value", value, False, claimed_label, statement.text[span[0]:span[1]], span)
    return None
