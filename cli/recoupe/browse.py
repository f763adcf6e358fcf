"""Browsing the database: listing and showing claims for people."""

from __future__ import annotations

from typing import Iterator, Optional

from .database import Database
from .model import Claim, EntityRef
from .render import visible
from .values import format_value


def claim_entities(claim: Claim) -> set[str]:
    found = {claim.subject}
    for value in (claim.value, *claim.qualifiers.values()):
        if isinstance(value, EntityRef):
            found.update(value.ids)
    return found


def filter_claims(database: Database, entity: Optional[str] = None, property_id: Optional[str] = None,
                  source: Optional[str] = None) -> Iterator[Claim]:
    for claim in database.claims:
        if entity and entity not in claim_entities(claim):
            continue
        if property_id and claim.property != property_id:
            continue
        if source and all(r.source != source for r in claim.references):
            continue
        yield claim


def claim_line(claim: Claim, database: Database) -> str:
    subject = database.entities[claim.subject].label
    qualifiers = ", ".join(
        f"{name}={format_value(value, database)}" for name, value in claim.qualifiers.items())
    status = "" if claim.status == "actual" else f" [{claim.status}]"
    extra = f" ({qualifiers})" if qualifiers else ""
    return visible(f"{claim.id}\t{subject} · {claim.property} · {format_value(claim.value, database)}{extra}{status}")


def show_claim(claim: Claim, database: Database, console) -> None:
    from rich.text import Text

    prop = database.properties[claim.property]
    console.print(Text(claim.id, style="bold"))
    rows = [
        ("subject", f"{database.entities[claim.subject].label} ({claim.subject})"),
        ("property", f"{prop.label} ({prop.id})"),
        ("value", format_value(claim.value, database)),
        *((f"  {name}", format_value(value, database)) for name, value in claim.qualifiers.items()),
        ("status", claim.status),
        ("defined at", f"{claim.file}:{claim.line}"),
    ]
    if claim.note:
        rows.append(("note", claim.note))
    for name, value in rows:
        console.print(Text(f"{name:>12}: {visible(value)}"))
    for reference in claim.references:
        source = database.sources[reference.source]
        console.print(Text(f"\n  « {visible(reference.quote)} »"))
        console.print(Text(
            f"    — {visible(source.title)}, {source.date or 'undated'} "
            f"[{source.id}, line {reference.line}, chars {reference.start}–{reference.end}]", style="dim"))
        if reference.note:
            console.print(Text(f"    note: {visible(reference.note)}", style="italic"))
    if claim.examples:
        console.print(Text("\n  examples:"))
        for example in claim.examples:
            console.print(Text(f"    {example.verdict:>12}  {visible(example.statement)}"))
