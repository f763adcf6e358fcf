"""The data model: what the claims database holds and what a check returns.

Claims follow Wikidata's statement shape: a subject entity, a property, a
value, qualifiers that scope or refine it, and references that prove it.
Everything here is a plain frozen dataclass so results can be shared,
cached and compared freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Union

Verdict = Literal["supported", "contradicted", "disputed", "unverified"]
Relation = Literal["supports", "contradicts"]
Status = Literal["actual", "target", "forecast"]
Bound = Literal["exact", "approximate", "at-least", "at-most", "range"]  # a range: amount ± precision / 2

VERDICTS: tuple[str, ...] = ("supported", "contradicted", "disputed", "unverified")


@dataclass(frozen=True)
class Quantity:
    """A number with a unit and the precision it was stated with.

    `unit` is "EUR", "percent", a counted noun class such as "month", or None
    for a bare count. `precision` is the size of the last stated digit
    (1 for "33", 0.1 for "33,3", 1e6 for "2 millions"): two figures agree
    when they are equal at the coarser of their precisions.
    """

    amount: float
    unit: str | None = None
    precision: float = 1.0
    bound: Bound = "exact"


@dataclass(frozen=True)
class TimeSpan:
    """A date or period as an inclusive range of days.

    "2013" is 2013-01-01..2013-12-31 with precision "year"; "octobre 2013"
    is a month; "the first nine months of 2013" is 2013-01-01..2013-09-30
    with precision "month". `part` keeps "early"/"mid"/"late" ("fin juin").
    """

    start: date
    end: date
    precision: Literal["day", "month", "year"] = "day"
    part: Literal["early", "mid", "late"] | None = None


@dataclass(frozen=True)
class EntityRef:
    """One entity, or a set of them (`complete` when the set is exhaustive)."""

    ids: tuple[str, ...]
    complete: bool = False


Value = Union[Quantity, TimeSpan, EntityRef, str]


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    labels: dict[str, str]
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    # Nouns a description opens a sentence with that fit it ("the operator", « l'opérateur »): among the
    # names the sentence before gives, the one they fit is the one meant.
    kinds: tuple[str, ...] = ()
    description: str | None = None
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)
    column: int = field(default=1, compare=False)

    @property
    def label(self) -> str:
        return self.labels.get("en") or self.labels.get("fr") or self.id


@dataclass(frozen=True)
class Property:
    """A kind of fact, with the words that signal it in each language.

    `value_type` is "quantity", "time", "entity" or "text". `dimension`
    narrows a quantity ("currency", "percent", "count", "duration").
    When `value_is_key` is true the value says *which* fact this is (a
    stake held by SFR is not the stake held by the CDC) and the figure to
    compare sits in a qualifier such as `share`. A `single_value` property
    (acquired by, chief executive) has one value at a time, so naming
    another one contradicts; for others (left, built on) it is another fact.
    A statement that cues a property with `broader` set ("initial revenue
    target") is not compared with claims of the broader one ("revenue").
    `subject_role` ("agent" or "patient") says whether the subject does the
    relation to the value or undergoes it, so "Orange bought Cloudwatt" and
    "Cloudwatt bought Orange" can be told apart. An `event` property (acquired
    by, left) happens at one time: a date in a statement says when, and a
    claim without a date of its own cannot confirm it. A `short_value` text
    property (position, sector) holds labels, where another qualifier makes
    another value: "directeur technique" is not "directeur marketing". A
    `single_holder` property (a job title) has one holder at a time within
    the organisation of its `organisation` qualifier, so naming another
    person with the same title there contradicts. A `cumulative` figure
    (revenue) is summed over its period, so one for a shorter period inside
    it is another figure. A `single_subject`
    property (replaced) has one subject per value: naming another in the
    subject's place ("Starck was replaced by Tavernier") contradicts. A property with
    `duration_of` measures how long another one held (tenure of
    chief-executive): a duration in a statement that cues the other ("a
    dirigé Cloudwatt pendant trois ans") is read as this one. A `nationality`
    property (country) is cued by a place word beside a noun for a company
    ("a German host", « un hébergeur français »). `exclusive_values` are
    sets of groups of words for a text value that exclude each other (« CDI »
    and « CDD », "success" and "failure"): a statement naming a group the
    claim's value is not in contradicts it. Each set is read on its own
    (dropped *after* or *before*; *dropped* or *carried out*). A `received` figure (public funding) is
    money the subject receives: where another name receives money in a
    statement ("la CDC a touché 30 M€ en cédant sa part"), it is other money.
    """

    id: str
    labels: dict[str, str]
    value_type: str
    dimension: str | None = None
    value_is_key: bool = False
    single_value: bool = False
    periodic: bool = False
    event: bool = False
    short_value: bool = False
    single_holder: bool = False
    single_subject: bool = False
    cumulative: bool = False
    nationality: bool = False
    exclusive_values: tuple[tuple[tuple[str, ...], ...], ...] = ()
    duration_of: str | None = None
    received: bool = False
    # The subject's own event, which takes no object: "Cloudwatt launched its Box" is no creation of Cloudwatt.
    intransitive: bool = False
    # Confirmed only where a cue says it: "At the Partner VIP conference, Tavernier said …" names an event
    # as the setting of what is said, no claim that he attended.
    cued_only: bool = False
    # Its cues set the subject against what follows them ("a rival to", « concurrent de »).
    set_against: bool = False
    broader: str | None = None
    subject_role: str | None = None
    # Cues of the other direction (bought-from: "sold its", « a revendu »): the value does them.
    converse_cues: tuple[str, ...] = ()
    # Cues that name their subject after "of"/« de »: « le fondateur d'OVH » is OVH's founder.
    titles: tuple[str, ...] = ()
    # Words that make a cue right before them another property's ("held the post", « occupait le poste »).
    not_cued_before: tuple[str, ...] = ()
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    description: str | None = None
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)
    column: int = field(default=1, compare=False)

    @property
    def label(self) -> str:
        return self.labels.get("en") or self.labels.get("fr") or self.id


@dataclass(frozen=True)
class Source:
    id: str
    file: str
    title: str
    language: str | None
    date: str | None
    date_hint: str | None
    publisher: str | None
    author: str | None
    url: str | None
    text: str = field(repr=False, compare=False, default="")


@dataclass(frozen=True)
class Reference:
    """Where a claim comes from: a verbatim quote at a character span."""

    source: str
    quote: str
    start: int
    end: int
    line: int
    note: str | None = None


@dataclass(frozen=True)
class Example:
    """A statement shipped with a claim and the verdict it must get."""

    statement: str
    verdict: Verdict


@dataclass(frozen=True)
class Claim:
    id: str
    subject: str
    property: str
    value: Value
    qualifiers: dict[str, Value]
    references: tuple[Reference, ...]
    status: Status = "actual"
    note: str | None = None
    examples: tuple[Example, ...] = ()
    said_by: tuple[str, ...] = ()  # who the source has say the quoted words (entity ids)
    file: str = ""
    line: int = 0
    column: int = field(default=1, compare=False)

    @property
    def period(self) -> TimeSpan | None:
        found = self.qualifiers.get("period")
        return found if isinstance(found, TimeSpan) else None


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    date: str | None
    publisher: str | None
    url: str | None
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    relation: Relation
    claim_id: str
    quote: str
    source: SourceInfo
    explanation: str = ""
    highlights: tuple[tuple[int, int], ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Result:
    """The answer for one statement; `to_dict` is the JSON contract."""

    statement: str
    verdict: Verdict
    confidence: float
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    caveats: tuple[str, ...] = ()
    highlights: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        return {
            "statement": self.statement,
            "verdict": self.verdict,
            "confidence": round(self.confidence, 3),
            "explanation": self.explanation,
            "caveats": list(self.caveats),
            "highlights": [list(span) for span in self.highlights],
            "evidence": [
                {
                    "relation": item.relation,
                    "claim_id": item.claim_id,
                    "quote": item.quote,
                    "explanation": item.explanation,
                    "highlights": [list(span) for span in item.highlights],
                    "note": item.note,
                    "source": {
                        "id": item.source.id,
                        "title": item.source.title,
                        "date": item.source.date,
                        "publisher": item.source.publisher,
                        "url": item.source.url,
                        "line": item.source.line,
                        "start": item.source.start,
                        "end": item.source.end,
                    },
                }
                for item in self.evidence
            ],
        }
