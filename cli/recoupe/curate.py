"""Helping curators: where the loaded databases disagree, and a new claim's skeleton."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Iterator, Optional

from .candidates import key_entities, point_of
from .database import Database, stated_precision
from .model import Claim, EntityRef, Quantity, Source, TimeSpan
from .normalise import fold
from .periods import validity
from .render import visible
from .values import (
    format_time,
    format_value,
    quantities_agree,
    times_agree,
    units_compatible,
)

SLOT_QUALIFIERS = ("share", "price", "date")


CHANGE_MONTH = timedelta(days=31)


@dataclass(frozen=True)
class Conflict:
    """Claims on one point (subject, property, keys, status, period) that disagree."""

    point: tuple
    claims: tuple[Claim, ...]
    reasons: tuple[str, ...]


def disagreement(a: Claim, b: Claim, database: Database) -> Optional[str]:
    """Why two claims on the same point disagree, or None when they are compatible.
    Facts that hold over spans that do not meet ("PDG until April 2014",
    "PDG since April 2014") follow each other; they do not disagree."""
    span_a, span_b = validity(a), validity(b)
    if span_a and span_b and min(span_a.end, span_b.end) - max(span_a.start, span_b.start) <= CHANGE_MONTH:
        return None  # at most the month of the change in common
    prop = database.properties.get(a.property)
    if not (prop and prop.value_is_key):
        why = _values_disagree("value", a.value, b.value, single=bool(prop and prop.single_value), database=database)
        if why:
            return why
    for name in sorted(set(a.qualifiers) & set(b.qualifiers)):
        if name in SLOT_QUALIFIERS or isinstance(a.qualifiers[name], Quantity):
            why = _values_disagree(name, a.qualifiers[name], b.qualifiers[name], single=True, database=database)
            if why:
                return why
    return None


def _values_disagree(name: str, x, y, single: bool, database: Database) -> Optional[str]:
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        if not units_compatible(x, y):
            return f"{name}: {x.unit or 'count'} against {y.unit or 'count'}"
        return None if quantities_agree(x, y) else f"{name} differs"
    if isinstance(x, TimeSpan) and isinstance(y, TimeSpan):
        return None if times_agree(x, y) else f"{name} differs"
    if isinstance(x, EntityRef) and isinstance(y, EntityRef):
        # Only a single-value relation (acquired by, chief executive) has one right answer,
        # and a narrower place or a shorter list (unless the other is complete) is no conflict.
        if not single:
            return None
        x_extra = [i for i in x.ids if not _covered(i, y.ids, database)]
        y_extra = [i for i in y.ids if not _covered(i, x.ids, database)]
        if (x_extra and y_extra) or (x_extra and y.complete) or (y_extra and x.complete):
            return f"{name} differs"
        return None
    if isinstance(x, str) and isinstance(y, str):
        return f"{name} differs" if single and fold(x) != fold(y) else None
    if type(x) is not type(y):
        return f"{name}: a {type(x).__name__} against a {type(y).__name__}"
    return None


def _ancestors(entity_id: str, database: Database) -> set[str]:
    found, stack = set(), [entity_id]
    while stack:
        entity = database.entities.get(stack.pop())
        for parent in (entity.part_of if entity else ()):
            if parent not in found:
                found.add(parent)
                stack.append(parent)
    return found


def _covered(entity_id: str, others: tuple[str, ...], database: Database) -> bool:
    """Whether `others` names this entity, a place it is within, or a place within it."""
    if entity_id in others:
        return True
    if _ancestors(entity_id, database) & set(others):
        return True
    return any(entity_id in _ancestors(other, database) for other in others)


def conflicts(database: Database) -> Iterator[Conflict]:
    """Every point on which two claims of the loaded databases disagree, in database order."""
    points: dict[tuple, list[Claim]] = {}
    for claim in database.claims:
        points.setdefault(point_of(claim, key_entities(claim, database)), []).append(claim)
    for point, claims in points.items():
        if len(claims) < 2:
            continue
        involved: dict[str, Claim] = {}
        reasons = []
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                why = disagreement(a, b, database)
                if why:
                    involved.setdefault(a.id, a)
                    involved.setdefault(b.id, b)
                    reasons.append(f"{a.id} / {b.id}: {why}")
        if involved:
            yield Conflict(point, tuple(involved.values()), tuple(reasons))


def describe_point(conflict: Conflict, database: Database) -> str:
    prop_id, keys, status, period = conflict.point
    claim = conflict.claims[0]
    subject = database.entities[claim.subject].label if claim.subject in database.entities else claim.subject
    others = [database.entities[k].label if k in database.entities else k for k in keys if k != claim.subject]
    parts = [subject, prop_id] + ([f"({', '.join(others)})"] if others else [])
    if claim.period:
        parts.append(format_time(claim.period))
    if status != "actual":
        parts.append(f"[{status}]")
    return " · ".join(parts)


def conflict_dict(conflict: Conflict, database: Database) -> dict:
    return {
        "point": describe_point(conflict, database),
        "subject": conflict.claims[0].subject,
        "property": conflict.point[0],
        "keys": list(conflict.point[1]),
        "status": conflict.point[2],
        "reasons": list(conflict.reasons),
        "claims": [
            {
                "id": claim.id,
                "value": format_value(claim.value, database),
                "qualifiers": {name: format_value(v, database) for name, v in claim.qualifiers.items()},
                "file": claim.file,
                "line": claim.line,
                "sources": [reference.source for reference in claim.references],
            }
            for claim in conflict.claims
        ],
    }


def conflict_lines(conflict: Conflict, database: Database) -> list[str]:
    lines = [visible(describe_point(conflict, database))]
    for claim in conflict.claims:
        qualifiers = ", ".join(
            f"{name}={format_value(v, database)}" for name, v in claim.qualifiers.items() if name != "period")
        extra = f" ({qualifiers})" if qualifiers else ""
        sources = ", ".join(r.source for r in claim.references)
        lines.append(visible(f"  {claim.id}\t{format_value(claim.value, database)}{extra}\t[{sources}]"
                             f"\t{claim.file}:{claim.line}"))
    return lines


# --- a new claim's skeleton --------------------------------------------------

def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's), with bidi and
    control characters escaped so the terminal shows them rather than obeys them."""
    return visible(json.dumps(text, ensure_ascii=False))


def time_yaml(span: TimeSpan) -> str:
    def one(day, precision: str) -> str:
        return {"year": f"{day.year}", "month": f"{day.year}-{day.month:02d}"}.get(precision, day.isoformat())

    start, end = one(span.start, span.precision), one(span.end, span.precision)
    text = start if start == end or (span.precision != "day" and _whole(span)) else f"{start}/{end}"
    return f'"{text}"'


def _whole(span: TimeSpan) -> bool:
    if span.precision == "year":
        return span.start.year == span.end.year
    return (span.start.year, span.start.month) == (span.end.year, span.end.month)


def quantity_yaml(quantity: Quantity) -> str:
    amount = int(quantity.amount) if float(quantity.amount).is_integer() else quantity.amount
    parts = [f"amount: {amount}"]
    if quantity.unit:
        parts.append(f"unit: {quantity.unit}")
    if quantity.precision != stated_precision(quantity.amount):
        precision = int(quantity.precision) if float(quantity.precision).is_integer() else quantity.precision
        parts.append(f"precision: {precision}")
    if quantity.bound != "exact":
        parts.append(f"bound: {quantity.bound}")
    return "{" + ", ".join(parts) + "}"


def skeleton(checker, source: Source, source_ref: str, quote: str, start: int, end: int, line: int,
             note: str = "") -> str:
    """A claim ready to fill in: the reference exact, subject/property/value guessed from the quote."""
    database = checker.database
    statement = checker.extract(quote)
    subject = statement.entities[0].entity if statement.entities else None
    cues = sorted(((matches[0].start, key) for key, matches in statement.cues.items()), key=lambda item: item[0])
    prop = database.properties.get(cues[0][1]) if cues else None
    value_line, value_note = "value: TODO", "{amount: …, unit: …} | {date: …} | {entity: …} | {text: …}"
    used_times = set()
    if prop is not None and prop.value_type == "quantity" and statement.quantities:
        mention = statement.quantities[0]
        value_line, value_note = f"value: {quantity_yaml(mention.quantity)}", f"from {mention.text!r}"
    elif prop is not None and prop.value_type == "time" and statement.times:
        mention = statement.times[0]
        used_times.add(mention.start)
        value_line, value_note = f"value: {{date: {time_yaml(mention.span)}}}", f"from {mention.text!r}"
    elif prop is not None and prop.value_type == "entity" and len(statement.entities) > 1:
        other = next((m for m in statement.entities if m.entity != subject), None)
        if other is not None:
            value_line, value_note = f"value: {{entity: {other.entity}}}", f"from {quote[other.start:other.end]!r}"
    elif statement.quantities:
        mention = statement.quantities[0]
        value_line, value_note = f"value: {quantity_yaml(mention.quantity)}", f"from {mention.text!r}"
    period = next((t for t in statement.times if t.start not in used_times), None)
    local_id = source_ref.split(":")[-1]
    slug = "-".join(filter(None, (subject, prop.id if prop else None,
                                  str(period.span.start.year) if period else None))) or "new-claim"
    out = ["claims:", f"  - id: {slug}                # TODO: a unique kebab-case id"]
    if subject:
        mention = statement.entities[0]
        out.append(f"    subject: {subject}          # guessed from {yaml_string(quote[mention.start:mention.end])}")
    else:
        out.append("    subject: TODO               # an entity id (recoupe claims list shows the known ones)")
    if prop:
        cue = statement.cues[prop.id][0]
        out.append(f"    property: {prop.id}          # guessed from the cue {yaml_string(quote[cue.start:cue.end])}")
    else:
        out.append("    property: TODO              # a property id (see the properties files)")
    out.append(f"    {value_line}          # {visible(value_note)}")
    if period is not None:
        out.append("    qualifiers:")
        out.append(f"      period: {time_yaml(period.span)}          # from {yaml_string(period.text)}; or date: for an event")
    out.append("    references:")
    out.append(f"      - source: {local_id}" + (f"          # {visible(note)}" if note else ""))
    out.append(f"        quote: {yaml_string(quote)}")
    out.append(f"        start: {start}")
    out.append(f"        end: {end}")
    out.append(f"        line: {line}")
    out.append("    examples:")
    out.append('      - {statement: "TODO a statement this claim supports", verdict: supported}')
    out.append('      - {statement: "TODO one it contradicts", verdict: contradicted}')
    return "\n".join(out) + "\n"
