"""Which claims could a statement be about? An index, not a scan.

Claims are indexed by the entities that identify them (subject, the holder
of a stake, the object of a fact) and by property, so retrieving the
candidates for a statement costs a few dictionary look-ups however large the
database grows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

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


def _also_found_by(claim: Claim, database: Database) -> tuple[str, ...]:
    """Entities that find a claim without identifying it: where a title is held
    ("Orange Cloud for Business's marketing director was Laplane" is about
    Colin's title there), and the value of a relation with one subject per
    value ("Starck was replaced by Tavernier" is about who replaced Starck)."""
    prop = database.properties.get(claim.property)
    found: tuple[str, ...] = ()
    organisation = claim.qualifiers.get("organisation")
    if prop and prop.single_holder and isinstance(organisation, EntityRef):
        found += organisation.ids
    if prop and prop.single_subject and isinstance(claim.value, EntityRef):
        found += claim.value.ids
    return found


@dataclass(frozen=True)
class ClaimIndex:
    """Positions of claims by key entity and by property (positions into `claims`).

    Kept small on purpose: it is unpickled on every cached start, so points
    (subject, property, keys, period) are computed when asked for, from the
    claims of the point's first key.
    """

    by_entity: dict[str, tuple[int, ...]]
    by_property: dict[str, tuple[int, ...]]
    claims: Sequence[Claim]
    # Who the source has say a claim in words (a text value): "Renard blames the Box" is about the
    # reason Renard gives for Cloudwatt's setback. A figure or a relation still needs its keys named;
    # a speaker finds claims only, and is no key of them nor linked to what is said.
    by_speaker: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, database: Database) -> "ClaimIndex":
        by_entity: dict[str, list[int]] = {}
        by_property: dict[str, list[int]] = {}
        by_speaker: dict[str, list[int]] = {}
        for position, claim in enumerate(database.claims):
            for entity_id in (*key_entities(claim, database), *_also_found_by(claim, database)):
                by_entity.setdefault(entity_id, []).append(position)
            by_property.setdefault(claim.property, []).append(position)
            for speaker in claim.said_by if isinstance(claim.value, str) else ():
                by_speaker.setdefault(speaker, []).append(position)
        return cls(
            by_entity={k: tuple(v) for k, v in by_entity.items()},
            by_property={k: tuple(v) for k, v in by_property.items()},
            claims=database.claims,
            by_speaker={k: tuple(v) for k, v in by_speaker.items()},
        )

    def candidates(self, statement: Statement, entity_ids: set[str]) -> list[Claim]:
        """Claims sharing an identifying entity or a speaker with the statement, or,
        when the statement names no entity, claims of the properties it cues."""
        positions: set[int] = set()
        for entity_id in entity_ids:
            positions.update(self.by_entity.get(entity_id, ()))
            positions.update(self.by_speaker.get(entity_id, ()))
        if not entity_ids:
            for property_id in statement.cues:
                positions.update(self.by_property.get(property_id, ()))
        return [self.claims[p] for p in sorted(positions)]

    def same_point(self, claim: Claim, database: Database) -> tuple[Claim, ...]:
        """Claims stating the same point as `claim` (itself included)."""
        point = point_of(claim, key_entities(claim, database))
        found = []
        for position in self.by_entity.get(claim.subject, ()):
            other = self.claims[position]
            if other.property == claim.property and point_of(other, key_entities(other, database)) == point:
                found.append(other)
        return tuple(found)

    def about(self, subject: str, property_id: str) -> list[Claim]:
        """The claims of one property about one subject."""
        return [self.claims[p] for p in self.by_entity.get(subject, ())
                if self.claims[p].subject == subject and self.claims[p].property == property_id]

    def linked(self, subject: str, entity_id: str) -> bool:
        """Whether any claim relates the two entities, whatever the property."""
        for one, other in ((subject, entity_id), (entity_id, subject)):
            for position in self.by_entity.get(one, ()):
                claim = self.claims[position]
                if any(isinstance(v, EntityRef) and other in v.ids
                       for v in (claim.value, *claim.qualifiers.values())):
                    return True
        return False


def point_of(claim: Claim, keys: tuple[str, ...]) -> tuple:
    """Claims with the same point state the same thing (and may disagree on it)."""
    period = claim.period
    return (
        claim.property,
        tuple(sorted(keys)),
        claim.status,
        (period.start, period.end) if period else None,
    )

