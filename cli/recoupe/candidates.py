"""Which claims could a statement be about? An index, not a scan.

Claims are indexed by the entities that identify them (subject, the holder
of a stake, the object of a fact) and by property, so retrieving the
candidates for a statement costs a few dictionary look-ups however large the
database grows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .database import Database
from .extract.statement import Statement
from .model import Claim, EntityRef


def key_entities(claim: Claim, database: Database) -> tuple[str, ...]:
    """The entities that say which fact a claim is: subject, stake holder, object."""
    keys = [claim.subject]
    prop = database.properties.get(claim.property)
    if prop and prop.value_is_key and isinstance(claim.value, EntityRef):
        keys.extend(claim.value.ids)
    obj = claim.qualifiers.get("object")
    if isinstance(obj, EntityRef):
        keys.extend(obj.ids)
    return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class ClaimIndex:
    by_entity: dict[str, tuple[int, ...]]
    by_property: dict[str, tuple[int, ...]]
    by_point: dict[tuple, tuple[int, ...]]
    claims: tuple[Claim, ...]

    @classmethod
    def build(cls, database: Database) -> "ClaimIndex":
        by_entity: dict[str, list[int]] = {}
        by_property: dict[str, list[int]] = {}
        by_point: dict[tuple, list[int]] = {}
        for position, claim in enumerate(database.claims):
            keys = key_entities(claim, database)
            for entity_id in keys:
                by_entity.setdefault(entity_id, []).append(position)
            by_property.setdefault(claim.property, []).append(position)
            by_point.setdefault(point_of(claim, keys), []).append(position)
        return cls(
            by_entity={k: tuple(v) for k, v in by_entity.items()},
            by_property={k: tuple(v) for k, v in by_property.items()},
            by_point={k: tuple(v) for k, v in by_point.items()},
            claims=database.claims,
        )

    def candidates(self, statement: Statement, entity_ids: set[str]) -> list[Claim]:
        """Claims sharing an identifying entity with the statement, or, when the
        statement names no entity, claims of the properties it cues."""
        positions: set[int] = set()
        for entity_id in entity_ids:
            positions.update(self.by_entity.get(entity_id, ()))
        if not entity_ids:
            for property_id in statement.cues:
                positions.update(self.by_property.get(property_id, ()))
        return [self.claims[p] for p in sorted(positions)]

    def same_point(self, claim: Claim, keys: tuple[str, ...]) -> tuple[Claim, ...]:
        return tuple(self.claims[p] for p in self.by_point.get(point_of(claim, keys), ()))


def point_of(claim: Claim, keys: tuple[str, ...]) -> tuple:
    """Claims with the same point state the same thing (and may disagree on it)."""
    period = claim.period
    return (
        claim.property,
        tuple(sorted(keys)),
        claim.status,
        (period.start, period.end) if period else None,
    )
