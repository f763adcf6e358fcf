"""Comparing one claim with one statement.

A claim has *keys* (the entities that say which fact it is), a *scope* (its
period and status) and *slots* (the value and qualifiers a statement may
state: a figure, a date, a list of entities). The statement's figures, dates
and entities are aligned to slots by kind; each aligned slot agrees or not.
The claim then supports the statement, contradicts it, or says nothing —
and a contradiction is only allowed when keys, property and period line up,
since a false alarm costs a newsroom more than a missed one.

The pieces live beside it: `values` (when two figures or dates agree),
`periods` (when a claim holds), `align` (which mention fills which slot),
`roles` (rival values, the direction of a relation, groups and places).
What a statement says between several facts (a ratio, a sum, "larger
than", "the largest") is read afterwards, in `relate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from .align import (
    SCOPE_QUALIFIERS,
    SlotComparison,
    VALUE_DENIALS,
    compare_slots,
    denied_in_value,
    figure_owners,
    in_one_clause,
    another_place,
    misplaced_place,
    purposes,
    unexplained_figures,
)
from .candidates import key_entities
from .database import Database
from .extract.statement import POSSESSIVE, EntityMention, Statement
from .model import Claim, EntityRef, Property, Quantity, Relation, TimeSpan
from .normalise import plain, words
from .periods import period_alignment, source_day, source_year, validity
from .roles import (
    AGENT_BEFORE,
    LOCALITY,
    WINDOW,
    and_wider,
    another_actor,
    another_receiver,
    apposed_holder,
    as_groups,
    named_as_agent,
    named_entities,
    named_in_aside,
    date_described_by_aside,
    named_in_aside_of_another,
    actor_instead_of_value,
    names_another_object,
    replaced_member,
    reversed_anywhere,
    rival_subject,
    subject_acts,
    type_of,
)
from .values import (format_time, format_value, narrower_time, quantities_agree, times_agree,
                     units_compatible)

CONTENT_WORD = 4
TERSE_WORDS = 4
_SAME_CLAUSE = re.compile(r"^[^:;«»\"“”()]{0,40}$")


@dataclass(frozen=True)
class ClaimMatch:
    """One claim's bearing on one statement. `strength` ranks how well the claim
    fits (entities named, property cued, slots aligned, period); the verdict is
    decided by the best-fitting claims. `accounted` are the statement's spans
    this claim settles, `named` the entities it speaks of."""

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
    other_actor: Optional[EntityMention] = None  # "Bull held 20 % of Cloudwatt": who does it in the statement instead


def compare(claim: Claim, statement: Statement, present: set[str], database: Database,
            context: Optional[dict[str, frozenset[str]]] = None,
            implied: frozenset[str] = frozenset()) -> ClaimMatch:
    """How `claim` bears on `statement`; `present` are the entity ids the statement
    names, `context` what the candidate claims' properties can take (see
    `mention_kinds`), so a figure or date is left to the property it stands by."""
    context = context or {}
    prop = database.properties[claim.property]
    keys = key_entities(claim, database)
    keys_present = [key for key in keys if key in present
                    and not _named_only_as_set_against(claim, key, statement, database)
                    and not _object_named_only_as_an_aim(claim, key, statement)]
    complete_keys = len(keys_present) == len(keys) or _object_named_otherwise(claim, keys, present, statement)
    cued = claim.property in statement.cues or any(name in statement.cues for name in claim.qualifiers)
    # "Cloudwatt had been aiming for €500m in revenue" cues revenue, and the
    # earlier target (a narrower property) may confirm it, never contradict.
    via_broader = not cued and prop.broader is not None and prop.broader in statement.cues
    cued = cued or via_broader or (complete_keys and (_holdersfigure_of(claim, statement, database)
                                                      or _sole_figure_of_subject(claim, statement, database)))
    if cued and prop.single_value and _cued_for_another(claim, statement, database):
        cued = False
    highlights = [(m.start, m.end) for m in statement.entities if m.entity in keys_present]

    base_strength = len(keys_present) - 0.75 * (len(keys) - len(keys_present)) + (1.0 if cued else 0.0)

    def silent(why: str, other_object: Optional[EntityMention] = None) -> ClaimMatch:
        return ClaimMatch(claim, None, base_strength, complete_keys, cued, period, (), (), why,
                          tuple(highlights), why, keys, other_object=other_object)

    period = ""
    partial = _only_part_of_a_list(claim, statement, database) if cued else None
    if partial is not None:
        return replace(silent(""), relation="contradicts", strength=base_strength + 1.0, explanation=(
            f"the source gives {format_value(claim.value, database)} for "
            f"{database.entities[claim.subject].label} · {prop.label}; "
            f"the statement says only {statement.text[partial.start:partial.end]}"))
    own_figure = not cued and complete_keys and _figure_of_subject(claim, statement, database)
    # "Numergy aims for 15% of the French public cloud": a cue of words (a goal) leaves a figure in the
    # claim's unit to the claim that can hold it.
    only_words_cued = all(database.properties[p].value_type == "text" for p in statement.cues) and (
        complete_keys and _figure_in_unit(claim, statement))
    if not cued and prop.cued_only:
        return silent("the statement does not say it")
    if not cued and statement.cues and not (complete_keys and len(keys) > 1 and statement.quantities) and not (
            own_figure or only_words_cued):
        # A claim whose property the statement does not cue can only confirm
        # a figure it names entity for entity (see below): settle the rest
        # before aligning anything, which is most of the candidates.
        return silent("the statement is about another property")
    period = period_alignment(claim, statement, database)
    if period == "undated" and via_broader and statement.earlier and "stated" in claim.qualifiers:
        # "Two years earlier it aimed for €300m": the target held before, dated only relatively.
        period = "stated"
    if period == "other":
        misdated = _misdated_target(claim, statement) if cued and complete_keys else None
        if misdated is not None:
            figure, when = misdated
            spans = ((figure.start, figure.end), (when.start, when.end))
            return replace(silent(""), relation="contradicts", strength=base_strength + 1.0,
                           explanation=f"the source sets the {figure.text} target for {format_time(claim.period)}; "
                                       f"the statement says {when.text}",
                           highlights=(*highlights, *spans), accounted=spans, blocked="")
        scope = claim.period or validity(claim)
        scope = scope or source_year(claim, database)
        return silent(f"the statement is about another period than the source's {format_time(scope)}")
    narrower = [p for p in statement.cues if database.properties[p].broader == claim.property]
    figure = figure_of(claim)
    if narrower and not (figure is not None and sum(units_compatible(figure, q.quantity) for q in statement.quantities) > 1):
        # (With a figure for each, « vise 200 M€ d'ici 2017, contre 500 millions initialement » speaks of both.)
        return silent(f"the statement is about the narrower property {narrower[0]}")
    if subject_acts(claim, statement, database):
        return silent("in the statement the subject does this rather than undergoes it")
    if _subject_pays(claim, statement, database):
        return silent("in the statement the subject pays rather than receives")
    if prop.intransitive and creates_another(claim, statement):
        return silent("in the statement the subject creates something else")
    possessed = _possessed_thing(claim, statement) if prop.intransitive else None
    if possessed is not None:
        return silent(f"the statement dates {possessed}, not {database.entities[claim.subject].label} itself")
    head = named_in_aside(claim, statement, keys, database)
    if head is not None:
        return silent(f"the statement is about {statement.text[head.start:head.end]}; "
                      f"{database.entities[claim.subject].label} is named only in an aside")
    if cued and _counted_from_only(claim, statement):
        return silent("the statement counts from this event; it does not date it")
    head = named_in_aside_of_another(claim, statement, keys, database)
    if head is not None:
        return silent(f"the statement names {database.entities[claim.subject].label} only in an aside "
                      f"about {statement.text[head.start:head.end]}")
    if cued and _named_only_after_an_order_word(claim, statement):
        return silent(f"the statement names {database.entities[claim.subject].label} only in a clause that dates "
                      f"the other")
    if _named_only_before(claim, statement, keys, database):
        return silent(f"the statement names {database.entities[claim.subject].label} only to say what came before")
    earlier_value = _value_named_only_earlier(claim, statement, database)
    if earlier_value is not None:
        return silent(f"the statement names {earlier_value} only in an opening phrase that dates what follows")
    owned = _named_only_as_owner(claim, statement, keys, database)
    if owned is not None:
        return silent(f"the statement is about {statement.text[owned.start:owned.end]}; "
                      f"{database.entities[claim.subject].label} is named only as its owner")
    if _only_in_relative_clause(claim, statement):
        return silent(f"the statement names {database.entities[claim.subject].label} only in a relative clause")
    head = named_as_agent(claim, statement, keys, database)
    if head is not None:
        return silent(f"the statement is about {statement.text[head.start:head.end]}; "
                      f"{database.entities[claim.subject].label} is named only as the one who acted on it")
    actor = another_actor(claim, statement, keys, database) if cued and not _handed_to_value(claim, statement) else None
    if actor is not None:
        return replace(silent(f"in the statement {statement.text[actor.start:actor.end]} does this"), other_actor=actor)
    receiver = another_receiver(claim, statement, database)
    if receiver is not None:
        return silent(f"in the statement {statement.text[receiver.start:receiver.end]} receives the money")
    def named_instead(claimed: str, name: EntityMention, says: str) -> ClaimMatch:
        """Another name where the source gives `claimed`: a contradiction read before the slots."""
        span = (name.start, name.end)
        return replace(silent(""), relation="contradicts", strength=base_strength + 1.0, blocked="",
                       explanation=f"the source gives {claimed} for {database.entities[claim.subject].label} · "
                                   f"{prop.label}; the statement {says} {statement.text[name.start:name.end]}",
                       highlights=(*highlights, span), accounted=(span,))

    apposed = apposed_holder(claim, statement, database) if cued and claim.subject in present else None
    if apposed is not None and period != "other" and not statement.negations:
        # « Patrick Starck, président de Numergy, face à Philippe Tavernier »
        return named_instead(format_value(claim.value, database), apposed, "gives the title to")
    buyer = actor_instead_of_value(claim, statement, database) if cued and period != "other" else None
    if buyer is not None and not _only_as_a_purpose(claim, statement):
        # "Thales planned to buy Orange's stake in Cloudwatt": Thales buys, where the source has Orange.
        return named_instead(format_value(claim.value, database), buyer, "has it done by")
    replaced = replaced_member(claim, statement, keys, database)
    if replaced is not None and cued and complete_keys and not statement.negations:
        # "an SFR data centre in Normandy" for « le centre de données d'Orange à Val-de-Reuil »
        return named_instead(database.entities[replaced[1]].label, replaced[0], "says")
    other_object = names_another_object(claim, statement, keys, database)
    if other_object and cued and claim.subject in present and _dated_as_the_claim(claim, statement, prop) and (
            _in_the_claims_place(claim, statement, other_object, database)) and not _ends(claim, statement):
        # "Dassault teamed up with Bull in February 2012": the source dates Dassault's
        # partnership with SFR that month; another party then is not what it says.
        return named_instead(f"{format_value(claim.value, database)} in {format_time(claim.qualifiers['date'])}",
                             other_object, "says")
    rival = _another_at_the_claims_stage(claim, statement, database) if (
        cued and claim.subject in present and not statement.times) else None
    if rival is not None and not statement.denies_in_clause(rival.start):
        # "Numergy's first platform … was built on Microsoft technology": the source's first stage is VMware.
        # (Named in the claim's place, the value counts as named: the claim is fully about the statement.)
        return replace(named_instead(f"{format_value(claim.value, database)} ({claim.qualifiers['stage']})", rival,
                                     "says"), complete_keys=True, strength=len(keys) + 1.0)
    if other_object and cued and claim.subject in present and claim.status in (None, "actual") and (
            _only_of_this(claim, statement, other_object)) and not statement.negations and period != "other":
        # "Cloudwatt's only data centre sits in Île-de-France": the source's Val-de-Reuil is left out.
        return named_instead(format_value(claim.value, database), other_object, "says only")
    if other_object and cued and claim.subject in present and _in_a_complete_list(claim, other_object, database) and (
            not statement.negations and not statement.comparative and period != "other") and _in_the_claims_place(
            claim, statement, other_object, database) and not (
            (verb := _speakers_verb(statement)) and other_object.end <= verb[0]) and any(
            in_one_clause(statement.text, cue.start, cue.end, other_object.start, other_object.end)
            for cue in statement.cues.get(claim.property, ())):
        # "Cloudwatt's servers were housed in an SFR data centre": the source names its one host, Orange.
        return named_instead(format_value(claim.value, database), other_object, "says")
    if other_object and not (misplaced_place(claim, statement, database) or another_place(claim, statement, database)):
        # (A place said to be where the claim's place is is read against it: "Val-de-Reuil is in Brittany",
        # "an Orange data centre in Brittany".)
        text = statement.text[other_object.start:other_object.end]
        return silent(f"the statement is about {text}, the source about {format_value(claim.value, database)}",
                      other_object=other_object if cued and claim.subject in present else None)
    payer = _another_party_of_a_qualifier(claim, statement, keys, present, database)
    if payer is not None:
        # "Numergy paid SFR €30m for its cloud infrastructure": the price of another deal than Altice's
        return silent(f"the statement is about {statement.text[payer.start:payer.end]}, the source about "
                      f"{format_value(claim.value, database)}")
    comparisons = compare_slots(claim, statement, keys, database, context)
    reference = _named_only_to_date(claim, statement, comparisons)
    if reference is not None:
        return silent(f"the statement names {database.entities[claim.subject].label} only to date something "
                      f"else ({statement.text[reference[0]:reference[1]]})")
    highlights.extend(c.span for c in comparisons)
    all_agree = bool(comparisons) and all(c.agrees for c in comparisons)
    names_figure = any(isinstance(c.value, Quantity) for c in comparisons)
    explains_figures = not unexplained_figures(claim, statement, comparisons, keys, database)
    if not cued and statement.comparative and statement.direction is None:
        return silent("the statement compares; the source states a fact")
    terse = (not statement.cues or only_words_cued) and (names_figure or _few_other_words(statement))
    if not cued and not (all_agree and (explains_figures and (terse or names_figure and complete_keys and len(keys) > 1)
                                        or own_figure and names_figure)):
        # An uncued claim may confirm a figure it names entity for entity
        # ("les 22,2 % de Thales dans Cloudwatt" in a sentence about a sale),
        # or one written against its subject in a note of several facts
        # ("Grand emprunt 4,5 Md€, dont 135 M€ prévus pour Andromède"),
        # never contradict one.
        return silent("the statement is about another property")
    status_note = _status_conflict(claim, statement) if cued else ""
    if status_note:
        return silent(status_note)
    if period == "within" and prop.cumulative:
        return silent(f"the statement's figure is for part of the source's period ({format_time(claim.period)})")
    if period == "partial" and statement.whole_period:
        return silent(f"the statement is about the whole period, the source's figure covers {format_time(claim.period)}")

    what = " · ".join([database.entities[claim.subject].label, prop.label,
                       *(database.entities[k].label for k in keys[1:])])
    caveats = _caveats(claim, statement, period, keys_present, database)
    relation, explanation, blocked = _relation(
        claim, statement, comparisons, keys, keys_present, complete_keys, cued, period, implied, what, database)
    if relation is not None and claim.subject in statement.contrasted and not _said_in_contrast(
            statement, claim, comparisons):
        # "Unlike Numergy, Cloudwatt built it alone" says Numergy did not; but
        # « contrairement à Cloudwatt qui a construit avec eNovance » says Cloudwatt did.
        if relation == "supports":
            relation = "contradicts"
            explanation = (f"the statement sets {database.entities[claim.subject].label} apart from this, "
                           f"but the source says so of it: {explanation}")
        else:
            relation, blocked = None, "the statement sets it apart"
    if relation == "supports" and claim.subject in statement.likened and _said_of_another(claim, statement, database):
        # "Like Cloudwatt, Numergy built it with eNovance" says it of Numergy
        # (but « D'autres ont été des échecs, comme le Plan Calcul » gives an example).
        relation, blocked = None, f"the statement names {database.entities[claim.subject].label} only to compare"
    if relation is not None and cued and isinstance(claim.value, EntityRef) and not prop.value_is_key and _ends(
            claim, statement) and not statement.transfers and not statement.starts and any(
            _right_after_an_ending(statement, cue.start) for cue in statement.cues.get(claim.property, ())):
        relation, explanation, blocked = _role_that_ended(claim, statement, comparisons, relation, explanation,
                                                          database)
    rival = _in_subjects_place(claim, statement, keys, comparisons, complete_keys, database) if (
        relation is None and cued) else None
    if rival is not None:
        # Someone else where the claim's subject stands: another holder of the
        # same title there, another replacer of the same person.
        relation = "contradicts"
        role = (f"{format_value(claim.value, database)} of {format_value(claim.qualifiers['organisation'], database)}"
                if prop.single_holder else f"the one who {prop.label} {format_value(claim.value, database)}")
        explanation = (f"the source gives {database.entities[claim.subject].label} as {role}; the statement says "
                       f"{statement.text[rival.start:rival.end]}")
        highlights.append((rival.start, rival.end))
        base_strength += 1.0  # it names the fact's other party and who did it: the best reading
    if relation == "contradicts" and via_broader and period != "stated" and not statement.earlier:
        # Unless the statement dates the target when it was held ("In 2012 it
        # aimed for €300m", "two years earlier it aimed for €300m"), which only
        # the narrower claim (the initial one) can be.
        relation, blocked = None, f"the statement does not say it is the {prop.label.lower()}"
        explanation = f"{explanation}, but {blocked}"
    value_ids = set(claim.value.ids) if isinstance(claim.value, EntityRef) else set()
    also_named = named_entities(claim, keys) - set(keys) - value_ids
    strength = (
        base_strength
        - (1.0 if _said_in_apposition(claim, statement, keys) else 0.0)
        - (1.0 if _cued_only_in_an_opening(claim, statement) else 0.0)
        + 0.5 * len(also_named & statement.entity_ids)
        + 0.5 * len(comparisons)
        + {"same": 0.5, "valid": 0.5, "stated": 0.5, "partial": 0.25, "within": 0.25}.get(period, 0.0)
        + _group_adjustment(claim, statement, database)
        # « le belge Altice »: a nationality glued to the name is a fact of its own, as well said as any other.
        + (0.5 if prop.nationality and any(n.holder == claim.subject for n in statement.nationalities) else 0.0)
    )
    accounted = _accounted(claim, statement, comparisons, period, source_year(claim, database), prop.event)
    if not prop.value_is_key:
        accounted += _ruled_out(claim, statement, comparisons)
    shared = date_described_by_aside(claim, statement)
    if shared is not None:
        # "Red Hat bought eNovance in June 2014, the same month Cloudwatt launched its offer": the
        # launch's date confirms the month, not that the purchase was in it.
        accounted = tuple(span for span in accounted if span != (shared.start, shared.end))
    return ClaimMatch(claim, relation, strength, complete_keys, cued, period, tuple(comparisons),
                      tuple(dict.fromkeys(caveats)), explanation, tuple(highlights), blocked, keys,
                      accounted,
                      frozenset(as_groups(named_entities(claim, keys), database) | named_entities(claim, keys)))


def _in_subjects_place(claim: Claim, statement: Statement, keys: tuple[str, ...], comparisons: list[SlotComparison],
                       complete_keys: bool, database: Database) -> Optional[EntityMention]:
    """Another party where the claim's subject stands, everything else agreeing:
    a `single_holder` title in the same organisation given to another person
    ("Orange Cloud for Business's marketing director was Laplane"), or the
    replacer of a `single_subject` relation ("Starck was replaced by Tavernier")."""
    if not all(c.agrees for c in comparisons):
        return None
    prop = database.properties[claim.property]
    if prop.single_holder and not complete_keys:
        return _another_holder(claim, statement, comparisons, database)
    return rival_subject(claim, statement, keys, database)


def _another_holder(claim: Claim, statement: Statement, comparisons: list[SlotComparison],
                    database: Database) -> Optional[EntityMention]:
    if not {"value", "organisation"} <= {c.slot for c in comparisons}:
        return None
    kind = database.entities[claim.subject].type
    title = next(c.span for c in comparisons if c.slot == "value")
    others = [m for m in statement.entities if not m.unknown and m.entity != claim.subject
              and database.entities[m.entity].type == kind
              and max(m.start - title[1], title[0] - m.end) <= LOCALITY]
    return others[0] if len(others) == 1 else None


def _said_in_contrast(statement: Statement, claim: Claim, comparisons: list[SlotComparison]) -> bool:
    """The claim's own words stand inside the "unlike …" phrase."""
    spans = [c.span for c in comparisons] + [(m.start, m.end) for m in statement.cues.get(claim.property, ())]
    return any(a <= start and end <= b for start, end in spans for a, b in statement.contrasts)


def _holdersfigure_of(claim: Claim, statement: Statement, database: Database) -> bool:
    """"les 22,2 % de la Caisse des Dépôts": a figure in the claim's unit written
    against the holder of a stake names the stake, whatever verb goes with it."""
    prop = database.properties[claim.property]
    figure = figure_of(claim)
    if not prop.value_is_key or not isinstance(claim.value, EntityRef) or figure is None or figure.unit is None:
        return False
    return any(q.quantity.unit == figure.unit and set(claim.value.ids) & figure_owners(statement, q.start, q.end, database)
               for q in statement.quantities)


# What links a word to the name it is of ("le DG *de* Coreye", "3 % *of the* Grand emprunt",
# « 150 M€ *des* Investissements d'avenir »); matched whole, between the two.
OF_NAME = re.compile(r"[^\S\n]{0,3}(?:of(?:[^\S\n]+the)?|des|du|de[^\S\n]+la|de[^\S\n]+l['’]|d['’]|de)[^\S\n]{0,3}",
                     re.IGNORECASE)


def _cued_for_another(claim: Claim, statement: Statement, database: Database) -> bool:
    """Every cue is a title said of another organisation ("Oui, selon le DG de
    Coreye" is Coreye's head, not Cloudwatt's; « le fondateur d'OVH », OVH's
    founder): every cue of a person's role, or one of the property's
    `titles`. (After other cues the name is the value: « sous le contrôle
    d'Atos », « à l'initiative de l'État ».)"""
    if not isinstance(claim.value, EntityRef):
        return False
    people = all(i in database.entities and database.entities[i].type == "person" for i in claim.value.ids)
    titles = {words(title) for title in database.properties[claim.property].titles}
    cues = statement.cues.get(claim.property, ())
    owners = []
    for cue in cues:
        if not people and words(statement.text[cue.start:cue.end]) not in titles:
            return False
        after = [m for m in statement.entities if not m.unknown and OF_NAME.fullmatch(statement.text, cue.end, m.start)]
        # "OVH founder Octave Klaba", "Coreye's CEO": the organisation right before the title.
        before = [m for m in statement.entities if not m.unknown and m.end <= cue.start
                  and _OWNER_BEFORE.fullmatch(statement.text, m.end, cue.start)]
        owners.append(after[0].entity if after else before[-1].entity if before else None)
    return bool(owners) and all(owner is not None and owner != claim.subject
                                and database.entities[owner].type == "organisation" for owner in owners)


# (One word of the title may stand between: "Orange Cloud for Business marketing chief Colin".)
_OWNER_BEFORE = re.compile(r"(?:['’]s?)?[^\S\n]{1,3}(?:[a-z][\w-]{2,}[^\S\n]{1,3})?")


def _figure_in_unit(claim: Claim, statement: Statement) -> bool:
    return isinstance(claim.value, Quantity) and claim.value.unit is not None and any(
        q.quantity.unit == claim.value.unit for q in statement.quantities)


def _figure_of_subject(claim: Claim, statement: Statement, database: Database) -> bool:
    """A figure in the claim's unit written against its subject alone ("Grand
    emprunt 4,5 Md€"); a bare count could count anything ("~1,000 paying
    customers" is no count of client environments)."""
    return isinstance(claim.value, Quantity) and claim.value.unit is not None and any(
        q.quantity.unit == claim.value.unit and figure_owners(statement, q.start, q.end, database) == {claim.subject}
        and not _possessed_by_another(claim, statement, q.start) for q in statement.quantities)


_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<!\w)(?:its|their|his|her|sa|son|ses|leur|leurs)[^\S\n]{1,3}$")


def _possessed_by_another(claim: Claim, statement: Statement, start: int) -> bool:
    """"Thales sold its 22.2% of Cloudwatt": 'its' is the figure's holder, another than the subject."""
    if not _POSSESSIVE_BEFORE.search(statement.text, max(0, start - 8), start):
        return False
    before = [m for m in statement.entities if m.end <= start and not m.unknown]
    return bool(before) and before[0].entity != claim.subject


# "Bull, actionnaire de Numergy, est passé sous le contrôle d'Atos": an apposition after a name.
_APPOSITION_AFTER_NAME = re.compile(r",[^\S\n]{0,3}(?:[a-zà-ÿ]|[A-ZÀ-Ý][\w&-]{0,30}['’]s[^\S\n])[^,;:.()«»]{0,80},")


def _said_in_apposition(claim: Claim, statement: Statement, keys: tuple[str, ...]) -> bool:
    """The claim's cues and one of its names stand only inside an apposition
    that describes another name: a description, weaker than the sentence's
    own claim."""
    cues = statement.cues.get(claim.property, ())
    if not cues:
        return False
    asides = [m.span() for m in _APPOSITION_AFTER_NAME.finditer(statement.text)
              if any(e.end <= m.start() and not statement.text[e.end:m.start()].strip() for e in statement.entities)]

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in asides)

    if not asides or not all(inside(c.start, c.end) for c in cues):
        return False
    return any(all(inside(m.start, m.end) for m in statement.entities if m.entity == key)
               and any(m.entity == key for m in statement.entities) for key in keys)


# "Before Numergy, …", « Avant de prendre la tête de Cloudwatt, … »: an opening phrase that dates what follows.
_OPENING_BEFORE = re.compile(r"^\W{0,3}(?:before|prior to|avant(?: de| d['’])?)\b([^,;:.]{1,80}),", re.IGNORECASE)


def _named_only_before(claim: Claim, statement: Statement, keys: tuple[str, ...], database: Database) -> bool:
    """"Before taking over Cloudwatt, Didier Renard was an executive at OBS":
    the subject named only in an opening 'Before …,' phrase, for a state that
    holds over a time (a head, a stake), while the rest names another company
    of its kind: the phrase dates what follows, which is about that company."""
    prop = database.properties[claim.property]
    earlier = _OPENING_BEFORE.match(statement.text)
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    if earlier is None or not subjects or prop.value_type != "entity" or prop.event:
        return False
    involved = named_entities(claim, keys)
    kind = type_of(claim.subject, database)
    return all(earlier.start(1) <= m.start < earlier.end(1) for m in subjects) and any(
        m.start >= earlier.end() and not m.unknown and m.entity not in involved and type_of(m.entity, database) == kind
        for m in statement.entities)


def _named_only_after_an_order_word(claim: Claim, statement: Statement) -> bool:
    """"Red Hat had bought eNovance before Cloudwatt made its IaaS offer official": every cue of
    the property before a word of order, the subject only after it, in the clause that dates the
    first: the cue does not act on it."""
    cues = statement.cues.get(claim.property, ())
    subjects = statement.mentions_of(claim.subject)
    if not subjects or not cues:
        return False
    for order in _ORDER_CONJUNCTION.finditer(statement.text):
        if any(o.start <= order.start() < o.end for o in statement.event_offsets):
            continue  # "four months after Altice bought SFR": the event counted from, read by `events`
        if all(c.end <= order.start() for c in cues) and all(m.start >= order.end() for m in subjects):
            return True
    return False


_ORDER_CONJUNCTION = re.compile(r"(?<!\w)(?:before|after|until|once|when|avant\s+que|avant\s+qu['’]|après\s+que|"
                                r"après\s+qu['’]|lorsque|lorsqu['’]|quand)(?!\w)", re.IGNORECASE)


# ", well before the arrival of", « , bien avant l'arrivée de »: a phrase after the fact that dates it by
# another event (not « d'après », "according to"; an opening phrase is `_OPENING_BEFORE`'s).
_DATING_PHRASE = re.compile(r"(?<![dD]['’])\b(?:before|after|avant|après)\b[^,;:.()]{0,60}", re.IGNORECASE)


def _named_only_to_date(claim: Claim, statement: Statement,
                        comparisons: list[SlotComparison]) -> Optional[tuple[int, int]]:
    """« Ikoula a été fondée en 1998, bien avant l'arrivée de Numergy »: the
    subject named only in a phrase that dates something else by it, while
    the figures and dates compared stand outside that phrase; the phrase,
    whose span is returned, says nothing of them."""
    subjects = statement.mentions_of(claim.subject)
    if not subjects or not comparisons:
        return None
    for phrase in _DATING_PHRASE.finditer(statement.text):
        if not re.search(r"\w", statement.text[:phrase.start()]):
            continue
        inside = [phrase.start() <= m.start < phrase.end() for m in subjects]
        if all(inside) and not any(phrase.start() <= c.span[0] < phrase.end() for c in comparisons):
            return phrase.span()
    return None


# "After Bull's withdrawal, …", « Après le retrait de Bull, … »: an opening phrase that dates what follows.
_OPENING_AFTER = re.compile(r"^\W{0,3}(?:after|following|après|suite à|à la suite d[eu'’])\b([^,;:.]{1,80}),", re.IGNORECASE)


def _cued_only_in_an_opening(claim: Claim, statement: Statement) -> bool:
    """« Après son désengagement du capital, l'État n'a confié aucun service à Cloudwatt »: a fact cued
    only in an opening 'After …,' phrase sets the scene; the main clause says what the statement is about."""
    opening = _OPENING_AFTER.match(statement.text) or _OPENING_BEFORE.match(statement.text)
    cues = statement.cues.get(claim.property, ())
    return bool(opening and cues) and all(opening.start(1) <= c.start < opening.end(1) for c in cues)


def _value_named_only_earlier(claim: Claim, statement: Statement, database: Database) -> Optional[str]:
    """« Après le retrait de Bull, SFR a annoncé s'associer à Dassault »: the
    claim's value (Bull) named only in an opening 'After …,' phrase, while the
    rest names another of its kind (Dassault) in its place."""
    opening = _OPENING_AFTER.match(statement.text) or _OPENING_BEFORE.match(statement.text)
    if opening is None or not isinstance(claim.value, EntityRef):
        return None
    values = [m for m in statement.entities if m.entity in claim.value.ids]
    if not values or not all(opening.start(1) <= m.start < opening.end(1) for m in values):
        return None
    kinds = {type_of(i, database) for i in claim.value.ids}
    involved = {claim.subject, *claim.value.ids}
    if any(m.start >= opening.end() and not m.unknown and m.entity not in involved
           and type_of(m.entity, database) in kinds for m in statement.entities):
        return ", ".join(database.entities[i].label for i in claim.value.ids)
    return None


ONLY_REACH = 30  # characters between « ne … que » / "only" and the name it limits


def _only_part_of_a_list(claim: Claim, statement: Statement, database: Database) -> Optional[EntityMention]:
    """« Orange ne comptait racheter que la participation de Thales » where the
    source has Orange buy from Thales and the CDC: a list of names the claim
    holds together (keys), of which the statement names some right after an
    "only" word and not the rest. Returns the first name it gives."""
    if not (database.properties[claim.property].value_is_key and isinstance(claim.value, EntityRef)
            and len(claim.value.ids) > 1 and claim.subject in statement.entity_ids):
        return None
    named = [m for m in statement.entities if m.entity in claim.value.ids]
    if not named:
        return None
    first = named[0]
    later = _LATER_CLAUSE.search(statement.text, first.end)
    listed = {m.entity for m in named if later is None or m.start < later.start()}
    if listed >= set(claim.value.ids):
        return None
    limited = any(0 <= first.start - end <= ONLY_REACH for end in statement.only_ends)
    return first if limited else None


# Where the clause of an "only" list ends: "…only Thales's stake, leaving the CDC in place" names the CDC apart.
_LATER_CLAUSE = re.compile(r"[;:.!?]|,\s*(?:\w+ing|\w+ant|while|whereas|but|mais|tandis|alors|with|avec)\b",
                           re.IGNORECASE)


def _sole_figure_of_subject(claim: Claim, statement: Statement, database: Database) -> bool:
    """A figure written against the subject alone, in a unit only this
    property gives the subject ("un Grand emprunt de 10 milliards d'euros"
    is the fund's size), or the only one among the subject's targets in that
    unit ("Numergy 2020 target: 10 %" is its market share): it cues the
    property as a word would."""
    unit = getattr(claim.value, "unit", None)
    properties = database.figure_properties
    status = statement.status if statement.status in ("target", "forecast") else None
    sole = properties.get((claim.subject, unit, status)) or properties.get((claim.subject, unit))
    return bool(unit) and sole == {claim.property} and (
        _figure_of_subject(claim, statement, database)) and not _a_part_of_the_subject(claim, statement)


# « les 4,5 milliards d'euros du Grand emprunt »: with an article, a figure of a name is all of it;
# without one (« 150 M€ des Investissements d'avenir ») a sum taken from it.
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:les|des|the|ces|ses|leurs|its|their)|['’]s)[^\S\n]{1,3}$", re.IGNORECASE)


# "the €45bn 'Grand emprunt'": a figure written right before a name, as its attribute.
_GLUED = re.compile(r"[^\S\n]{0,2}['\"«“‘]?[^\S\n]{0,2}")


def _a_part_of_the_subject(claim: Claim, statement: Statement) -> bool:
    return any(m.entity == claim.subject and q.end <= m.start
               and OF_NAME.fullmatch(statement.text, q.end, m.start)
               and not _DEFINITE_BEFORE.search(statement.text, max(q.start - 12, 0), q.start)
               for q in statement.quantities for m in statement.entities)


def written_as_the_subjects(subject: str, statement: Statement, start: int, end: int) -> bool:
    """A figure written as the subject's own: after its name ("Grand emprunt :
    4,5 Md€"), right before it ("the €4.5bn Grand emprunt") or as all of it
    (« les 4,5 milliards du Grand emprunt »); not a sum taken from it."""
    text = statement.text
    return any(m.entity == subject and (
        m.end <= start or _GLUED.fullmatch(text, end, m.start) or (
            OF_NAME.fullmatch(text, end, m.start) and _DEFINITE_BEFORE.search(text, max(start - 12, 0), start)))
        for m in statement.entities)


def _caveats(claim: Claim, statement: Statement, period: str, keys_present: list[str],
             database: Database) -> list[str]:
    """What qualifies a verdict on this claim: its status, its period, a fuzzy name."""
    caveats: list[str] = []
    if claim.status != "actual" and statement.status is None:
        caveats.append(f"the source gives this as a {claim.status}")
    elif claim.status != statement.status and statement.status is not None:
        caveats.append(f"the statement presents a {statement.status}, the source a {claim.status}")
    if period == "partial":
        caveats.append(f"the source's figure covers {format_time(claim.period)} only")
    if period == "unspecified" and claim.period is not None:
        caveats.append(f"the source's figure is for {format_time(claim.period)}")
    if period == "earlier":
        caveats.append(f"the source states this as of {format_time(source_year(claim, database))}")
    if period == "undated":
        caveats.append("the source does not say when this was true")
    if any(m.fuzzy for m in statement.entities if m.entity in keys_present):
        caveats.append("a name was matched despite a spelling difference")
    return caveats


def figure_of(claim: Claim) -> Optional[Quantity]:
    """The figure a claim gives: its value, or the share or price of a relation."""
    if isinstance(claim.value, Quantity):
        return claim.value
    return next((v for v in claim.qualifiers.values() if isinstance(v, Quantity)), None)


def _turned_down(claim: Claim, statement: Statement, negated: bool, values_too: bool) -> list:
    """The mentions of a relation's own names that the statement sets aside
    ("rather than SFR"): its subject, when it names the value otherwise ("the
    State chose Numergy rather than Cloudwatt"); with `values_too` (a value
    that is a key), its values."""
    values = _value_mentions(claim, statement)
    subjects = [m for m in statement.entities if m.entity == claim.subject]

    def all_set_aside(mentions) -> bool:
        return bool(mentions) and all(any(a <= m.start < b for a, b in statement.set_aside) for m in mentions)

    def first_set_aside(mention) -> bool:  # ("Orange et non Thalès a racheté Cloudwatt": Thalès only)
        return any(a <= mention.start < b and not any(a <= m.start < mention.start for m in statement.entities)
                   for a, b in statement.set_aside)

    if values and subjects and all(first_set_aside(m) for m in subjects) and not any(all_set_aside([v]) for v in values):
        return subjects
    return values if values_too and all_set_aside(values) and not negated else []


def _relation(claim: Claim, statement: Statement, comparisons: list[SlotComparison], keys: tuple[str, ...],
              keys_present: list[str], complete_keys: bool, cued: bool, period: str,
              implied: frozenset[str], what: str, database: Database) -> tuple[Optional[Relation], str, str]:
    """Supports, contradicts or nothing, why, and what blocked a contradiction."""
    prop = database.properties[claim.property]
    disagreeing = [c for c in comparisons if not c.agrees]
    # "large accounts rather than SMEs" sets the source's SMEs aside: that agrees with nothing.
    set_aside = [c for c in comparisons if c.agrees and any(a <= c.span[0] < b for a, b in statement.set_aside)
                 and not _dated_before(statement, c.span[1])]
    agreeing = [c for c in comparisons if c.agrees and c not in set_aside]
    relation: Optional[Relation] = None
    explanation = ""
    blocked = ""
    # A negation inside the very words compared (« pas adaptées », "not adapted") is the value, not a
    # denial, when the value denies too; "did not keep the Cloudwatt name" denies « nom conservé ».
    phrases = [(m.start, m.end) for m in statement.cues.get(claim.property, ())] + [c.span for c in comparisons]
    value_denies = not isinstance(claim.value, str) or bool(VALUE_DENIALS & set(words(claim.value))) or not all(
        c.agrees for c in comparisons)  # (a word of an exclusive group carries its own denial: "not adapted")
    if statement.negations and value_denies and any(a < e and s < b for s, e in statement.negations for a, b in phrases):
        statement = replace(statement, negations=tuple(
            (s, e) for s, e in statement.negations if not any(a < e and s < b for a, b in phrases)))
    # The subject's negated verb denies the value a few words on, or, with no value named, the cue.
    values_named = [c.span[0] for c in comparisons if c.slot == "value"]
    # ("didn't build it on its own" denies that it was alone, not who helped: `alone` words.)
    negated_cues = [m for m in statement.cues.get(claim.property, ())
                    if not (isinstance(claim.value, EntityRef) and any(a == m.start for a, _ in statement.alone))
                    and (statement.negates(m.start) or _after_neither_nor(claim, statement, m, keys, prop)
                        or not values_named and _denied_of_subject(claim, statement, [m.start], keys))
                    and not _denies_another_value(claim, statement, m)]
    negated = bool(negated_cues) or any(statement.negates(c.span[0]) for c in comparisons) or any(
        # ("the tie-up considered by Axelle Lemaire never went ahead": the agent is no subject of the verb after it)
        isinstance(c.value, EntityRef) and statement.negated_after(c.span[1])
        and not AGENT_BEFORE.search(statement.text, max(0, c.span[0] - 16), c.span[0])
        for c in comparisons) or (
        _denied_of_subject(claim, statement, values_named, keys))
    cues = statement.cues.get(claim.property, ())
    if negated and cues and all((_REDUCED_RELATIVE.match(statement.text, m.end) or _AGENT_WORD_LAST.search(
            statement.text, m.start, m.end)) and not _AUXILIARY_BEFORE.search(
            statement.text, max(0, m.start - 12), m.start) for m in cues):
        # « Aucun opérateur allemand n'a rejoint la Cloud Team Alliance initiée par Numergy »: the participle
        # describes a noun; the negation denies the clause's own verb, not it.
        negated = False
    # "did not launch until June 2014", « pas avant 2015 »: the negation dates
    # the event rather than denies it, and settles nothing either way.
    dates_event = isinstance(claim.value, TimeSpan) and (any(t.bound == "by" for t in statement.times) or any(
        _UNTIL_BEFORE.search(statement.text, max(m.start - 16, 0), m.start) for m in statement.yearless))
    partly = any(statement.negates(m.start, partial=True) for m in statement.cues.get(claim.property, ())) or any(
        statement.negates(c.span[0], partial=True) for c in comparisons)
    if partly and agreeing and isinstance(claim.value, str) and _denies_all_too(claim.value):
        # « nous n'avons pas reçu … tous les ministères » against "was not handed all the ministries"
        relation = "supports"
        explanation = f"{agreeing[0].stated} is what the source says too: {agreeing[0].claimed} ({what})"
    elif (negated and dates_event) or partly:
        relation = None
    elif negated:
        # ("Large corporations, not SMEs, …": a contrastive "not" after a comma denies only what follows it.)
        contrasted = [m for m in negated_cues if _CONTRASTIVE_NOT_BEFORE.search(
            statement.text, max(0, m.start - 24), m.start)]
        undenied = [c for c in disagreeing if not statement.negates(c.span[0]) and (not negated_cues or (
            len(contrasted) == len(negated_cues) and all(c.span[1] <= m.start for m in contrasted)))]
        if undenied:
            # "aimed solely at businesses, never at consumers": the denial is of other words.
            relation = "contradicts"
            explanation = f"the source gives {undenied[0].claimed} for {what}; the statement says {undenied[0].stated}"
        elif disagreeing and _denies_less_than(claim, statement, disagreeing):
            # "didn't even last 6 months" says fewer than six; the source's 18 are more.
            relation = "contradicts"
            explanation = (f"the statement says less than {disagreeing[0].stated}; "
                           f"the source gives {disagreeing[0].claimed} for {what}")
        elif disagreeing:
            relation = "supports"
            explanation = f"the statement denies {disagreeing[0].stated}; the source gives {disagreeing[0].claimed} for {what}"
        elif agreeing and isinstance(claim.value, str) and denied_in_value(
                claim.value, statement, [c.span for c in agreeing if c.slot == "value"]):
            # « n'a pas de marché captif » against « pas de marché captif »: both deny it.
            relation = "supports"
            explanation = f"{agreeing[0].stated} is denied in the source too: {agreeing[0].claimed} ({what})"
        elif prop.value_is_key and set(words(statement.text)) & _FIRST_STAGE and not (
                set(words(str(claim.qualifiers.get("stage", "")))) & _FIRST_STAGE):
            # « Numergy n'a pas d'abord utilisé OpenStack »: denied of the first stage, which is not this claim's.
            relation = None
            explanation = f"the statement denies it of a first stage; the source gives it for {what}, not first"
        elif agreeing and not isinstance(claim.value, str) or (
                isinstance(claim.value, Quantity) and _denies_existence(claim, statement, negated_cues)) or (
                prop.value_is_key and complete_keys and negated_cues) or (
                isinstance(claim.value, TimeSpan) and claim.status in (None, "actual") and complete_keys
                and negated_cues and not statement.times and _names_what_it_concerns(claim, statement)):
            # Denying a stated fact ("did not buy Cloudwatt"), that any amount
            # exists ("never received public money"), that a recorded
            # relation holds ("Thalès n'a jamais été actionnaire de Cloudwatt"),
            # or that a dated event happened ("never launched its platform").
            relation = "contradicts"
            shown = agreeing[0].claimed if agreeing else format_value(claim.value, database)
            explanation = f"the statement denies it, but the source gives {shown} for {what}"
        elif complete_keys and any(c.slot == "value" and statement.negates(c.span[0]) and len(c.stated.split()) >= 2
                                   for c in agreeing):
            # "revenue was not in line with its forecasts" against « en ligne avec nos prévisions »:
            # the words the source says, denied right before them.
            relation = "contradicts"
            explanation = f"the statement denies {agreeing[0].stated}; the source gives {agreeing[0].claimed} for {what}"
    elif disagreeing:
        first = disagreeing[0]
        explanation = f"the source gives {first.claimed} for {what}; the statement says {first.stated}"
        relation = "contradicts"
    elif agreeing and isinstance(claim.value, str) and not _both_deny_only(claim.value, statement) and any(
            statement.denies_in_clause(c.span[0]) for c in agreeing if c.slot == "value"):
        # "Numergy never meant to go beyond the public sector": a denial somewhere
        # before the words compared; shared words do not confirm what it denies.
        blocked = explanation = "the statement denies something in the same clause as the words it shares with the source"
    elif agreeing and prop.short_value and claim.subject not in keys_present:
        # "According to Coreye's CEO, …": a label said of no one confirms nobody's.
        blocked = explanation = f"the statement does not say whose {prop.label} it is"
    elif agreeing and prop.value_is_key and _ends(claim, statement) and "change" not in claim.qualifiers and all(
            isinstance(c.value, Quantity) and _right_after_an_ending(statement, c.span[0]) for c in agreeing):
        # "the CDC sold its 33.3% stake": the stake it had is not what it did with it (a `change` in words,
        # « racheter les participations », is compared as such).
        blocked = explanation = "the statement says the holding ended; the source gives the holding"
    elif agreeing:
        relation = "supports"
        explanation = "; ".join(f"{c.stated} {'falls within' if c.within else 'agrees with'} the source's {c.claimed}"
                                for c in agreeing)
        explanation += f" ({what})"
    elif prop.value_is_key and complete_keys and cued and not _ends(claim, statement):
        relation = "supports"
        explanation = f"the source records {what}"
        values = _value_mentions(claim, statement)
        if prop.subject_role and values and reversed_anywhere(claim, statement, values[0], database):
            # "Numergy sold its infrastructure to SFR" for « SFR lui a revendu son infrastructure »,
            # "Orange and SFR accused Ikoula" for "Ikoula accused Orange and SFR"
            relation = "contradicts"
            explanation = f"the source records {what}, the other way round"

    turned_down = _turned_down(claim, statement, negated, prop.value_is_key) if (
        complete_keys and cued and isinstance(claim.value, EntityRef)) else []
    if relation != "contradicts" and turned_down:
        # "joined forces with Bull rather than SFR", "The CDC held shares in Cloudwatt, not in Numergy":
        # the source's SFR, Numergy, is what the statement turns down, whatever else it dates or counts.
        relation = "contradicts"
        shown = statement.text[turned_down[0].start:turned_down[0].end]
        explanation = f"the statement sets aside {shown}, which the source gives for {what}"
    elif relation != "contradicts" and not negated and any(c.slot == "value" for c in set_aside) and not any(
            c.slot == "value" for c in agreeing):
        relation = "contradicts"
        explanation = f"the statement sets aside {set_aside[0].stated}, which the source gives for {what}"
    if relation == "contradicts":
        blocked = _contradiction_gate(claim, statement, complete_keys, cued, period)
        if not blocked and set(keys) & implied:
            blocked = "the statement does not name the subject itself"
        if not blocked and _which_one_unsaid(claim, comparisons, prop, database):
            blocked = f"the statement does not say which {prop.label} it means"
        if not blocked and _aimed_for(claim, statement, disagreeing):
            blocked = "the statement gives an ambition, the source a result"
        if not blocked and _only_as_a_purpose(claim, statement):
            blocked = "the statement gives it as a purpose"
        if not blocked and disagreeing and all(isinstance(c.value, TimeSpan) for c in disagreeing) and (
                _only_as_the_replaced(claim, statement, keys)):
            blocked = "the statement names its party only as the one replaced"
        if not blocked and statement.change and claim.status == "target" and _changed_after_the_source(
                claim, statement, database):
            blocked = "the statement speaks of a later change than the source"
        if not blocked and _gives_the_figure_too(claim, statement, disagreeing):
            blocked = "the statement also gives the source's figure"
        if not blocked and disagreeing and all(isinstance(c.value, TimeSpan) for c in disagreeing) and _ends(
                claim, statement) and not statement.transfers and not statement.starts:
            # "dropped out of its tie-up with SFR in April 2012": the end's date, not the start's
            # (a switch or a transfer starts something too: "switched from SFR to Altice in April").
            blocked = "the statement dates the end of it, the source its start"
        if blocked:
            relation = None
            explanation = f"{explanation}, but {blocked}"
    elif relation == "supports" and _only_as_a_purpose(claim, statement, motive=True):
        # "Altice bought SFR chiefly to gain control of Numergy's cloud business": what it was mainly for
        # (not "… so as to own all of Cloudwatt", which may restate the deal itself).
        relation, blocked = None, "the statement gives it as a purpose"
        explanation = f"{explanation}, but {blocked}"
    elif relation == "supports" and not complete_keys and (not agreeing or _substitute_named(
            keys, keys_present, claim, statement, database)):
        relation = None
    return relation, explanation, blocked


# "bought eNovance mainly to get hold of …", « afin de prendre le contrôle de … »: what an act was for.
_PURPOSE_WORDS = (r"(?i)(?<!\w)(?:(?:mainly|chiefly|primarily|largely|partly|in\s+order|so\s+as|simply)[^\S\n]+to"
                  r"|afin\s+d(?:e[^\S\n]+|['’])|dans\s+le\s+but\s+d(?:e[^\S\n]+|['’]))")
_PURPOSE = re.compile(_PURPOSE_WORDS)
_PURPOSE_BEFORE = re.compile(_PURPOSE_WORDS + r"[^\S\n]*$")
_MOTIVE = re.compile(r"(?i)(?<!\w)(?:mainly|chiefly|primarily|largely|partly)[^\S\n]+to(?!\w)")
_MOTIVE_BEFORE = re.compile(_MOTIVE.pattern + r"[^\S\n]*$")


def _only_as_a_purpose(claim: Claim, statement: Statement, motive: bool = False) -> bool:
    """The cue nearest each mention of the claim's subject names what another act was for, which
    asserts nothing ("Red Hat bought eNovance mainly to get hold of Cloudwatt's customers"). With
    `motive`, only what it was mainly, chiefly or partly for."""
    cues = statement.cues.get(claim.property, ())
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    if not cues or not subjects:
        return False
    before, anywhere = (_MOTIVE_BEFORE, _MOTIVE) if motive else (_PURPOSE_BEFORE, _PURPOSE)
    for mention in subjects:
        cue = min(cues, key=lambda c: min(abs(c.start - mention.end), abs(mention.start - c.end)))
        if before.search(statement.text, max(0, cue.start - 30), cue.start):
            continue
        if cue.end <= mention.start and anywhere.search(statement.text, cue.end, mention.start):
            continue  # "bought eNovance mainly to get hold of Cloudwatt's customers": Cloudwatt is in the purpose
        return False
    return True


# "Bull would replace Dassault as its partner", « Renard a succédé à Starck »: the one replaced.
_REPLACED_BEFORE = re.compile(r"(?i)(?<!\w)(?:replace[sd]?|replacing|succeed(?:ed|s)?|took\s+over\s+from|"
                              r"remplace(?:r|ra|rait|ait)?|remplacé|succédé\s+à|succède\s+à|succéder\s+à)"
                              r"(?:[^\S\n]+(?:the|le|la|l['’]))?[^\S\n]+$")


def _only_as_the_replaced(claim: Claim, statement: Statement, keys: tuple[str, ...]) -> bool:
    """A key named only as the object of "replace": the statement's date is the replacement's, not that
    of the replaced party's own relation ("In May 2012 SFR said Bull would replace Dassault")."""
    own = statement.cues.get(claim.property, ())
    for key in keys:
        mentions = [m for m in statement.entities if m.entity == key]
        found = [_REPLACED_BEFORE.search(statement.text, max(0, m.start - 30), m.start) for m in mentions]
        if mentions and all(found) and not any(
                cue.start < f.end() and f.start() < cue.end for f in found for cue in own):
            return True  # (unless "replace" is the claim's own cue: "Starck took over from Renard")
    return False


def _aimed_for(claim: Claim, statement: Statement, disagreeing: list[SlotComparison]) -> bool:
    """"Cloudwatt cut its revenue ambition to €200m": a result does not say
    what was aimed for. The target word must be in the figure's clause (« vise
    10 000 machines et mise sur une centaine de partenaires » aims for the first).
    Nor does the date of an event say when it was planned for ("had originally
    planned to launch its IaaS offer in 2013")."""
    if claim.status != "actual" or not isinstance(claim.value, (Quantity, TimeSpan)):
        return False
    figures = [c.span for c in disagreeing if isinstance(c.value, type(claim.value))]
    return any(in_one_clause(statement.text, start, end, *figure) for start, end in statement.targets for figure in figures)


def _misdated_target(claim: Claim, statement: Statement):
    """"Numergy's 15% market-share goal is set for 2025": the source's very
    target figure, for another year than the source's. Returns the figure and
    the date, or None. (An actual figure for another period is another figure.)"""
    figure = claim.value if isinstance(claim.value, Quantity) else None
    if figure is None or claim.status != "target" or statement.status != "target" or claim.period is None:
        return None
    same = [q for q in statement.quantities if units_compatible(figure, q.quantity) and quantities_agree(figure, q.quantity)]
    # The date must be the deadline ("by 2017", « d'ici 2025 », "set for 2025"): "aimed for it in 2019" may
    # say when the aim was held.
    dates = [t for t in statement.times if not times_agree(claim.period, t.span)
             and (t.bound == "by" or _FOR_BEFORE.search(statement.text, max(0, t.start - 6), t.start))]
    if len(same) != 1 or len(dates) != 1:
        return None
    # Another date is another fact's when a clause mark stands between it and the
    # figure (« Numergy, qui a réalisé 2 M€ en 2013, vise 15 % d'ici 2025 »).
    if any(t is not dates[0] and in_one_clause(statement.text, same[0].start, same[0].end, t.start, t.end)
           for t in statement.times):
        return None
    # "Numergy's goal for 2020 (15%) is one and a half times Cloudwatt's 10% target": a date after
    # another name, before the subject is first named, is the other's.
    subject_at = min((m.start for m in statement.entities if m.entity == claim.subject), default=-1)
    if dates[0].end <= subject_at < same[0].start and any(
            m.entity != claim.subject and not m.unknown and m.end <= dates[0].start for m in statement.entities):
        return None
    return same[0], dates[0]


_FOR_BEFORE = re.compile(r"\b(?:for|pour)\s+$", re.IGNORECASE)


def _gives_the_figure_too(claim: Claim, statement: Statement, disagreeing: list[SlotComparison]) -> bool:
    """"cut its ambition from €500m to €200m": a statement that gives the
    source's figure beside the one read against it speaks of two figures,
    and the other one may be another fact's."""
    figure = claim.value if isinstance(claim.value, Quantity) else None
    wrong_figures = [c for c in disagreeing if isinstance(c.value, Quantity)]
    if figure is None or not wrong_figures or len(wrong_figures) < len(disagreeing):
        return False
    # (Not a figure the statement sets aside: "sixteen members rather than six" turns the source's six down.)
    return any(quantities_agree(figure, q.quantity) for q in statement.quantities
               if not any(a <= q.start < b for a, b in statement.set_aside))


_COMPLEMENT_GAP = re.compile(r"\s*(?:(?:de|du|des|d['’]|à|au|aux|of|to|with|the|l['’]|la|le)\s*){1,2}$", re.IGNORECASE)


def _named_only_as_set_against(claim: Claim, entity_id: str, statement: Statement, database: Database) -> bool:
    """« un projet concurrent d'Andromède », "a rival to Andromède": a name
    that only completes a cue that sets something against it (`set_against`)
    is what the subject is compared with, not a key of another fact (Dassault
    left its rival project, not Andromède)."""
    own = statement.cues.get(claim.property, ())
    others = [cue for property_id, cues in statement.cues.items()
              if property_id != claim.property and database.properties[property_id].set_against
              for cue in cues if not any(cue.start < o.end and o.start < cue.end for o in own)]
    mentions = [m for m in statement.entities if m.entity == entity_id]
    return bool(mentions and others) and all(
        any(cue.end <= m.start and _COMPLEMENT_GAP.match(statement.text[cue.end:m.start]) for cue in others)
        for m in mentions)


def _possessed_thing(claim: Claim, statement: Statement) -> Optional[str]:
    """"Cloudwatt's OpenStack offer went live in June 2014": the subject's own event
    (`intransitive`) is not what a thing it owns did. "Cloudwatt's launch" is its own."""
    cues = statement.cues.get(claim.property, ())
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    described = {i for value in claim.qualifiers.values() if isinstance(value, EntityRef) for i in value.ids}
    owned = None
    for mention in subjects:
        possessive = POSSESSIVE.match(statement.text, mention.end)
        if not possessive:
            return None
        after = [cue for cue in cues if cue.start >= possessive.end()
                 and in_one_clause(statement.text, possessive.end(), possessive.end(), cue.start, cue.end)]
        if not after or after[0].start == possessive.end() or _NOUN_CUE.search(
                statement.text, 0, after[0].end) or any(
                m.entity in described and possessive.end() <= m.start < after[0].start for m in statement.entities):
            return None  # (the thing the claim describes: "Numergy's OpenStack project was approved")
        owned_words = statement.text[mention.start:after[0].start].split()
        while owned_words and owned_words[-1].lower() in _AUXILIARIES:
            owned_words.pop()
        owned = " ".join(owned_words)
    return owned


# "Cloudwatt's official launch", "its founding": an event named as a noun is the owner's own.
_NOUN_CUE = re.compile(r"(?i)(?:ion|ing|ment|age|ance|launch|set-up)$")
_AUXILIARIES = frozenset("was were is are has had have been a ont été est".split())


# "X, not Y", « X, et non Y », « X, pas Y »: a negation set against what comes before it.
_CONTRASTIVE_NOT_BEFORE = re.compile(r"(?i)(?:,|(?<!\w)(?:and|et|but|mais))[^\S\n]{0,3}(?:not|pas|non)"
                                     r"(?:[^\S\n]{1,3}(?:the|les|le|la|des|de|l['’]|d['’]))?[^\S\n]{0,3}$")


def _object_named_only_as_an_aim(claim: Claim, entity_id: str, statement: Statement) -> bool:
    """"Cloudwatt went live in September 2012, with a remit to rent out IaaS": an
    object named only in what an act after the cue was for is not what it acted on."""
    obj = claim.qualifiers.get("object")
    if not isinstance(obj, EntityRef) or entity_id not in obj.ids or entity_id == claim.subject:
        return False
    cues = statement.cues.get(claim.property, ())
    aims = [(start, end) for start, end in purposes(statement.text) if any(cue.end <= start for cue in cues)]
    mentions = [m for m in statement.entities if m.entity == entity_id]
    return bool(mentions and aims) and all(any(start <= m.start < end for start, end in aims) for m in mentions)


def _object_named_otherwise(claim: Claim, keys: tuple[str, ...], present: set[str], statement: Statement) -> bool:
    """The object of a fact may be named by another entity the claim gives
    for it: "its OpenStack offer" is the IaaS offer built on OpenStack,
    "Renard succeeded Starck" needs no "at the head of Cloudwatt", and "the
    SFR project" Dassault walked away from is the one the claim records with
    partner SFR (named right by the cue, no other name between)."""
    missing = {key for key in keys if key not in present}
    if claim.subject not in present or not missing:
        return False
    for slot, value in (("object", claim.qualifiers.get("object")), ("value", claim.value)):
        if not isinstance(value, EntityRef) or not missing <= set(value.ids):
            continue
        described = {i for name, v in (("value", claim.value), *claim.qualifiers.items())
                     if name != slot and isinstance(v, EntityRef) for i in v.ids}
        if slot == "object" and described & present:
            return True
        if slot == "value" and any(_beside_cue(statement, mention, claim.property)
                                   for mention in statement.entities if mention.entity in described):
            return True
    return False


def _beside_cue(statement: Statement, mention: EntityMention, property_id: str) -> bool:
    for cue in statement.cues.get(property_id, ()):
        low, high = (cue.end, mention.start) if cue.end <= mention.start else (mention.end, cue.start)
        if 0 <= high - low <= OBJECT_NAME_REACH and not any(
                low <= other.start and other.end <= high for other in statement.entities):
            return True
    return False


OBJECT_NAME_REACH = 30


def _denies_another_value(claim: Claim, statement: Statement, cue) -> bool:
    """« de droit français qui ne sont pas soumis au Patriot Act »: a negated cue
    whose object, named right after it, is none of the claim's names denies
    that other thing, not the claim's value."""
    if not isinstance(claim.value, EntityRef):
        return False
    after = [m for m in statement.entities if m.start >= cue.end]
    if not after:
        return False
    first = min(after, key=lambda m: m.start)
    gap = statement.text[cue.end:first.start]
    named = {claim.subject, *(i for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, EntityRef)
                              for i in v.ids)}
    return first.entity not in named and len(gap.split()) <= 1 and not re.search(r"[,;:.(]", gap)


def _substitute_named(keys, keys_present, claim: Claim, statement: Statement, database: Database) -> bool:
    """A key the statement leaves out may be replaced by another name of its
    kind: "the new partner of SFR was Thales" is not about SFR's partner Bull."""
    named = named_entities(claim, keys)
    missing_types = {type_of(k, database) for k in keys if k not in keys_present}
    return any(m.entity not in named and type_of(m.entity, database) in missing_types | {"unknown"}
               for m in statement.entities)


def _accounted(claim: Claim, statement: Statement, comparisons: list[SlotComparison], period: str,
               as_of: Optional[TimeSpan], event: bool) -> tuple[tuple[int, int], ...]:
    """The statement's figures and dates this claim settles: those it compared,
    the dates that place the statement in the claim's period, and for an
    undated state (not an event, whose date says when it happened) the dates
    within its source's year."""
    # A date the statement counts from an event ("three years after its launch") is
    # as precise as the event's date, not the statement's: within the claim's is settled.
    counted = {(offset.start, offset.end) for offset in statement.event_offsets}
    spans = [c.span for c in comparisons if not c.within or c.span in counted]
    dates = [v for name, v in (("value", claim.value), *claim.qualifiers.items())
             if isinstance(v, TimeSpan) and name != "period"]  # periods: see period_alignment
    for mention in statement.times:
        if any(times_agree(d, mention.span) and narrower_time(mention.span, d) for d in dates):
            continue  # "since 1 April 2014" says more than the source's April 2014
        # A date places the statement in the claim's period only if it meets it
        # ("for 2020" does; "dates from 2013" beside it does not).
        scope = claim.period or validity(claim) or as_of
        stated = claim.qualifiers.get("stated")
        if period in ("same", "within", "partial", "earlier", "valid", "boundary", "stated") and (
                not isinstance(scope, TimeSpan) or times_agree(scope, mention.span)
                or isinstance(stated, TimeSpan) and times_agree(stated, mention.span)) or (
                period == "none" and as_of is not None and not event and times_agree(as_of, mention.span)):
            spans.append((mention.start, mention.end))
    return tuple(spans)


def _ruled_out(claim: Claim, statement: Statement, comparisons: list[SlotComparison]) -> tuple[tuple[int, int], ...]:
    """"six members, not sixteen", "in 2012 rather than 2013": a figure or date the statement sets aside is
    settled by the claim that confirms the one it keeps, when the claim's one value rules it out."""
    if not any(c.slot == "value" and c.agrees for c in comparisons):
        return ()
    value = claim.value
    mentions = [(q.start, q.end) for q in statement.quantities if isinstance(value, Quantity)
                and units_compatible(value, q.quantity) and not quantities_agree(value, q.quantity)]
    mentions += [(t.start, t.end) for t in statement.times if isinstance(value, TimeSpan) and not times_agree(value, t.span)]
    return tuple(span for span in mentions if any(a <= span[0] < b for a, b in statement.set_aside))


def _few_other_words(statement: Statement) -> bool:
    """A note that names entities with hardly a word more ("Google, American
    company") asserts the relation a claim records; a sentence with more to
    say ("Orange says demand for Cloudwatt is growing") asserts something else."""
    if _PARTICIPLE_VERB.search(statement.text):
        return False  # "Starck was dismissed from Cloudwatt by Orange": a verb no property knows, not a note
    if statement.credits:
        return False  # « Cloudwatt : une croissance à un seul chiffre, concède Orange »: someone's words
    names = [(m.start, m.end) for m in statement.entities]
    words = [t for t in statement.tokens if len(t.text) >= CONTENT_WORD
             and not any(a <= t.start < b for a, b in names)]
    return len(words) <= TERSE_WORDS


# An auxiliary and a participle: "was dismissed", "has been fired", « a été limogé », « est parti ».
# (English and French apart: "a limited company" is an article and an adjective.)
_PARTICIPLE_VERB = re.compile(
    r"(?<!\w)(?:(?:was|were|is|are|has|have|had|been)[^\S\n]+(?:been[^\S\n]+)?[^\W\d_]{2,}(?:ed|en)"
    r"|(?:a|ont|avait|avaient|est|sont|était|étaient|été)[^\S\n]+(?:été[^\S\n]+)?[^\W\d_]{2,}"
    r"(?:é|ée|és|ées|is|it|ut|ue|us))(?!\w)", re.IGNORECASE)


def _value_mentions(claim: Claim, statement: Statement) -> list[EntityMention]:
    """Where the statement names the claim's value (an entity-valued claim)."""
    if not isinstance(claim.value, EntityRef):
        return []
    return [m for m in statement.entities if m.entity in claim.value.ids]


def _handed_to_value(claim: Claim, statement: Statement) -> bool:
    """"Bull's stake in Numergy passed to Atos": the claim's value is who a holding went to,
    whoever stands before the cue."""
    return any(0 <= m.start - end <= 3 for _, end in statement.transfers
               for m in _value_mentions(claim, statement))


def _denies_all_too(value: str) -> bool:
    """A value that itself says "not all" (« pas … tous les ministères ») or
    "not only" (« et pas uniquement le secteur public »)."""
    said = set(words(value))
    return bool(VALUE_DENIALS & said) and bool({"tous", "toutes", "all", "every"} & said) or bool(
        _NOT_ONLY_VALUE.search(value))


def _both_deny_only(value: str, statement: Statement) -> bool:
    """A value that is itself "not only …" agrees with a statement denying "only" (« n'avait pas
    l'intention de se cantonner au seul secteur public » against « pas uniquement le secteur public »)."""
    return bool(_ONLY_WORD.search(statement.text) and _NOT_ONLY_VALUE.search(value))


_NOT_ONLY_VALUE = re.compile(r"\b(?:pas uniquement|pas seulement|non seulement|not only|not just)\b", re.IGNORECASE)
_ONLY_WORD = re.compile(r"\b(?:seul|seule|seuls|seules|uniquement|exclusivement|cantonn\w*|only|solely|just)\b",
                        re.IGNORECASE)
# "did not launch until the end of June": a month without its year, bounded as a date with one would be.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|before|avant|jusqu['’]|qu['’]|que)\W+(?:(?:the|la|le|l['’]|fin|début|mi|end|start|beginning|of)\W+){0,3}$",
                           re.IGNORECASE)


def _right_after_an_ending(statement: Statement, position: int) -> bool:
    """A figure a few words after words of ending: "sold its 33.3% stake", « a cédé ses 33,3 % »."""
    return any(end <= position and len(statement.text[end:position].split()) <= ENDING_REACH_WORDS
               and not re.search(r"[,;:.]", statement.text[end:position]) for _, end in statement.endings)


ENDING_REACH_WORDS = 2


def _ends(claim: Claim, statement: Statement) -> bool:
    """The statement says the relation stopped ("the CDC sold its stake"), in
    words that are not themselves a cue of the property ("a revendu"), and not denied."""
    cues = statement.cues.get(claim.property, ())
    opening = _OPENING_CLAUSE.match(statement.text)
    return any(not any(c.start < end and start < c.end for c in cues) and not statement.negates(start)
               and not (opening and end <= opening.end())  # "After Bull pulled out, SFR teamed up with …"
               for start, end in statement.endings)  # "did not sell its stake": it still holds it


# A subordinate clause a sentence opens with, up to its comma: what ends there is that clause's.
_OPENING_CLAUSE = re.compile(r"^[\W_]*(?:after|once|when|since|following|après|depuis|lorsque|lorsqu['’]|quand"
                             r"|une\s+fois)(?!\w)[^,;:.]{1,80},", re.IGNORECASE)


# A participle with its agent right after it, describing the noun before it ("the alliance initiated by Numergy").
_REDUCED_RELATIVE = re.compile(r"[^\S\n]+(?:par|by)\b", re.IGNORECASE)
_AGENT_WORD_LAST = re.compile(r"(?i)[^\S\n](?:par|by)$")
_AUXILIARY_BEFORE = re.compile(r"(?i)(?<!\w)(?:été|est|sont|était|étaient|fut|a|ont|was|were|been|is|are|be|being|"
                               r"has|have|had|not|pas|jamais|never)[^\S\n]+$")


def _another_party_of_a_qualifier(claim: Claim, statement: Statement, keys: tuple[str, ...], present: set[str],
                                  database: Database) -> Optional[EntityMention]:
    """A claim cued only through a qualifier ('paid' for an acquisition's price) whose
    party (the buyer) goes unnamed while another of its kind is named: the figure is
    that other party's deal."""
    if claim.property in statement.cues or not isinstance(claim.value, EntityRef) or set(claim.value.ids) & present:
        return None
    kinds = {type_of(i, database) for i in claim.value.ids}
    return next((m for m in statement.entities if not m.unknown and m.entity not in keys
                 and type_of(m.entity, database) in kinds), None)


SPEAKER_WORDS = 8


def _speakers_verb(statement: Statement) -> Optional[tuple[int, int]]:
    """The verb of saying after a short opening that names who speaks ("The director of Orange Cloud said")."""
    verb = next(((a, b) for a, b in statement.credits if a > 0), None)
    if verb is None or len(statement.text[:verb[0]].split()) > SPEAKER_WORDS or ", " in statement.text[:verb[0]]:
        return None
    return verb


def _in_a_complete_list(claim: Claim, other: EntityMention, database: Database) -> bool:
    """Whether `other` stands where the claim's value does, in a list the source gives in full, and is
    of a kind of that list's names (another operator, not a place, against « hébergées chez Orange »)."""
    value = claim.value
    return (isinstance(value, EntityRef) and value.complete and not other.unknown and "stage" not in claim.qualifiers
            and type_of(other.entity, database) in {type_of(i, database) for i in value.ids}
            # (a part of a name listed, or what holds it, is no other: SFR Business Team for SFR)
            and not and_wider({other.entity}, database) & and_wider(set(value.ids), database))


def _changed_after_the_source(claim: Claim, statement: Statement, database: Database) -> bool:
    """"In 2015 Numergy cut its 2020 target to €200m": a revision dated after the
    source, which gives the target as it stood then (outside the target's own period)."""
    as_of = source_year(claim, database)
    when = [t for t in statement.times if not (claim.period and times_agree(claim.period, t.span))]
    return as_of is not None and bool(when) and all(t.span.start > as_of.end for t in when)


def _role_that_ended(claim: Claim, statement: Statement, comparisons: list[SlotComparison],
                     relation: Relation, explanation: str, database: Database) -> tuple[Optional[Relation], str, str]:
    """"By September 2014 Starck no longer ran Cloudwatt": the role of the one
    named ended. Another holder of it (Renard since April 2014) says nothing
    against that; the one named is confirmed by a role that ended by then
    (`until`), contradicted by one the source has last past then, and left
    unsettled by one the source gives with no end."""
    value = next((c for c in comparisons if c.slot == "value"), None)
    if value is not None and not value.agrees:
        blocked = "the statement says another's role ended"
        return None, f"{explanation}, but {blocked}", blocked
    if relation != "supports":
        return relation, explanation, ""
    until = claim.qualifiers.get("until")
    if isinstance(until, TimeSpan):
        if any(t.span.end < until.start for t in statement.times):
            return "contradicts", f"the source has it last until {format_time(until)}", ""
        return "supports", f"the source has it end in {format_time(until)}", ""
    since = claim.qualifiers.get("since")
    as_of = source_day(claim, database)
    if as_of is not None and any(t.span.start <= as_of and not (isinstance(since, TimeSpan) and t.span.end < since.start)
                                 for t in statement.times):
        return "contradicts", f"the source, of {as_of.isoformat()}, has it still so", ""
    blocked = "the source does not say when it ended"
    return None, f"{explanation}, but {blocked}", blocked


def _said_of_another(claim: Claim, statement: Statement, database: Database) -> bool:
    """The statement names something of the claim's subject's kind outside its comparison."""
    kind = database.entities[claim.subject].type
    return any(m.entity not in statement.likened and m.entity in database.entities
               and database.entities[m.entity].type == kind for m in statement.entities)


def _status_conflict(claim: Claim, statement: Statement) -> str:
    """A result or a prediction is not confirmed by an ambition: "Numergy will
    reach 400 M€" is not what "Numergy vise 400 M€" says."""
    if statement.status == "actual" and claim.status != "actual" and not isinstance(claim.value, str):
        # (« sa vocation était européenne » states the ambition itself)
        return f"the statement presents an actual figure, the source a {claim.status}"
    if statement.status == "forecast" and claim.status == "target":
        return "the statement predicts what the source gives as a target"
    return ""


def _which_one_unsaid(claim: Claim, comparisons: list[SlotComparison], prop, database: Database) -> bool:
    """A subject may have many values of a relation (clients, partners): a
    date or figure of "its clients" that no value is named with may be about
    another one ("Cloudwatt : 1 000 clients en 2016" against the State, its
    client since July 2015). Not a qualifier in words of the one such claim
    the database holds (the merger idea, and how it ended)."""
    if not (isinstance(claim.value, EntityRef) and not prop.single_value and not prop.value_is_key
            and not any(c.slot == "value" for c in comparisons)):
        return False
    in_words = all(isinstance(c.value, str) for c in comparisons if not c.agrees)
    return not (in_words and len(database.claims_by_point.get((claim.subject, claim.property), ())) == 1)


_BEFORE_A_DATE = re.compile(r"[^\S\n]{1,3}(?:(?:en|in|au|à|le|on|dès|from|début|fin)[^\S\n]{1,3})?")
# (Not the company's own running: « ont démarré leur activité », "started its operations".)
_OBJECT_AFTER = re.compile(r"[^\S\n]{1,3}(?:its|their|a|an|another|sa|son|ses|leur|leurs|une|un|une autre|un autre)\b"
                           r"(?![^\S\n]+(?:activités?|activity|activities|business|operations|exploitation)\b)",
                           re.IGNORECASE)


# "The fund that later backed Numergy and Cloudwatt was created in 2011": a relative clause, then the main verb.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|qui|dont)\b[^,;:.()]{0,60}$", re.IGNORECASE)  # not « que »: a conjunction too
_MAIN_VERB_RESUMES = re.compile(r"^[^,;:.()]{0,40}\b(?:was|were|is|are|(?:has|had|have)(?:\s+(?:since|now|already|then))?\s+been"
                                r"|a été|ont été|est|était|sont|fut)\b", re.IGNORECASE)


_OWNER_MARK = re.compile(r"['’]s?[^\S\n]{1,2}(?:(?:own|new|former|first)[^\S\n]{1,2})?$", re.IGNORECASE)
# The owned name is the subject of the verb right after it: "Numergy's Cloud Team Alliance *was* launched".
_VERB_AFTER = re.compile(r"[^\S\n]+(?:was|is|has|had|were|are|will|would)\b", re.IGNORECASE)
_OWNABLE = frozenset({"organisation", "project", "group"})


def _named_only_as_owner(claim: Claim, statement: Statement, keys: tuple[str, ...],
                         database: Database) -> Optional[EntityMention]:
    """"Numergy's Cloud Team Alliance was launched in 2013": every mention of
    the subject owns an organisation named right after it, the subject of the
    verb that follows. Returns that name."""
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    involved = named_entities(claim, keys)
    owned = []
    for mention in subjects:
        after = [m for m in statement.entities if m.start >= mention.end]
        if not after or not _OWNER_MARK.match(statement.text, mention.end, after[0].start) or after[0].unknown \
                or after[0].entity in involved or type_of(after[0].entity, database) not in _OWNABLE \
                or not _VERB_AFTER.match(statement.text, after[0].end):
            return None
        owned.append(after[0])
    return owned[0] if owned else None


def _only_in_relative_clause(claim: Claim, statement: Statement) -> bool:
    """Every mention of the claim's subject inside a relative clause whose
    main verb follows it, with the property's cue after that verb: the
    sentence's subject is the noun the clause describes."""
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    cues = statement.cues.get(claim.property, ())
    if not subjects or not cues:
        return False
    for mention in subjects:
        relative = _RELATIVE_BEFORE.search(statement.text, 0, mention.start)
        if relative is None or relative.start() == 0:
            return False
        before = statement.text[:relative.start()]
        if any(len(statement.text[e.end:relative.start()].split()) <= 1 for e in statement.entities
               if e.end <= relative.start()) or any(len(before[end:].split()) <= 3 for _, end in statement.credits
                                                      if end <= relative.start()):
            return False  # a name before the clause ("Cloudwatt, qui …"), or "said that …": not a relative on a noun
        resumes = _MAIN_VERB_RESUMES.match(statement.text[mention.end:])
        if resumes is None or not all(cue.start >= mention.end + resumes.start() for cue in cues):
            return False
    return True


_PREPOSITION_AFTER = re.compile(r"[^\S\n]+(?:in|by|with|en|par|avec|à|au|on|sur|de|du|of)\b", re.IGNORECASE)


OBJECT_WORDS = 3  # between a creation cue and the name of what was created ("the six-member")


def creates_another(claim: Claim, statement: Statement) -> bool:
    """"Cloudwatt launched its Box in 2013", « Numergy a créé une filiale »: the
    subject before every creation cue, each followed by its object, created
    something else; its own creation takes no object ("Cloudwatt launched in 2012").
    So too a cue set off right after another name (« La Cloudwatt Box, lancée en … »)."""
    cues = statement.cues.get(claim.property, ())
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    def object_after(cue) -> bool:
        # (past a date right after the cue: « a lancé en octobre 2013 une offre »)
        dated = next((t.end for t in (*statement.times, *statement.yearless)
                      if cue.end <= t.start and _BEFORE_A_DATE.fullmatch(statement.text, cue.end, t.start)), None)
        if _OBJECT_AFTER.match(statement.text, cue.end) or dated and _OBJECT_AFTER.match(statement.text, dated):
            return True
        # "Numergy set up the Cloud Team Alliance": another name right after the cue
        after = [m for m in statement.entities if m.start >= cue.end]
        # ("… set up the six-member Cloud Team Alliance": a few words of the object's own before its name)
        return bool(after) and after[0].entity != claim.subject and len(
            statement.text[cue.end:after[0].start].split()) <= OBJECT_WORDS and not re.search(
            r"[,;:.(]", statement.text[cue.end:after[0].start]) and not _PREPOSITION_AFTER.match(statement.text, cue.end)

    def apposed_to_another(cue) -> bool:
        # « La Cloudwatt Box, lancée en octobre 2013, … de Cloudwatt »: the participle is the Box's
        before = [m for m in statement.entities if m.end <= cue.start]
        return bool(before) and before[-1].entity != claim.subject and bool(
            _APPOSED_PARTICIPLE.fullmatch(statement.text, before[-1].end, cue.start))

    return bool(cues and subjects) and all(
        object_after(cue) and any(m.end <= cue.start for m in subjects)
        and not any(m.start >= cue.end for m in subjects) or apposed_to_another(cue) for cue in cues)


_APPOSED_PARTICIPLE = re.compile(r"[^\S\n]*,[^\S\n]*")


def _subject_pays(claim: Claim, statement: Statement, database: Database) -> bool:
    """« Numergy n'a jamais versé de dividende »: for money the subject
    receives, every cue a word of paying (the property's `converse_cues`)
    with the subject right before it in the active voice: the subject pays."""
    prop = database.properties[claim.property]
    cues = statement.cues.get(claim.property, ())
    if not (prop.received and prop.converse_cues and cues):
        return False
    paying = {words(phrase) for phrase in prop.converse_cues}
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    return all(words(statement.text[c.start:c.end]) in paying and any(
        m.end <= c.start and c.start - m.end <= WINDOW and _SAME_CLAUSE.match(statement.text[m.end:c.start])
        and not _PASSIVE_BEFORE.search(statement.text, max(c.start - 12, 0), c.start) for m in subjects)
        for c in cues)


_PASSIVE_BEFORE = re.compile(r"\b(?:été|est|sont|was|were|been|is|are)[^\S\n]{1,3}$", re.IGNORECASE)


LATER_TIME = "the statement speaks of a later time than the source"


def _contradiction_gate(claim: Claim, statement: Statement, complete_keys: bool, cued: bool, period: str) -> str:
    """Why a disagreement may not be called a contradiction, or "" when it may."""
    if not complete_keys:
        return "the statement does not name everything the source's figure is about"
    if not cued and statement.cues:
        return "the statement is about another property"
    if period in ("partial", "earlier", "undated", "boundary") or period == "within" and isinstance(claim.value, Quantity):
        # (A state the source gives for a year holds on each of its days: « le 1er janvier 2016 » is within it.)
        return "the periods differ"
    if statement.later and not statement.times and not any(_SAID_LATER.search(r.quote) for r in claim.references):
        # ("was later bought by IBM" of « eNovance, depuis racheté par Red Hat »: the source's event is the later one.)
        return LATER_TIME
    return ""


# A source that reports an event as coming later itself: « depuis racheté », "since bought", « par la suite ».
_SAID_LATER = re.compile(r"(?i)(?<!\w)(?:(?:depuis|since)[^\S\n]+(?![\d\W])(?!(?:janvier|février|mars|avril|mai|juin|"
                         r"juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|"
                         r"july|august|september|october|november|december|le|la|les|l['’]|the)(?!\w))"
                         r"|(?:ensuite|par[^\S\n]+la[^\S\n]+suite|plus[^\S\n]+tard|later|subsequently)(?!\w))")


def _group_adjustment(claim: Claim, statement: Statement, database: Database) -> float:
    """A group claim ("150 M€ for the two companies") fits a statement about the
    group; member claims fit one that says "each"."""
    subject = database.entities.get(claim.subject)
    if subject and subject.members:
        return -0.5 if statement.each else 0.5
    return 0.0


# Words that place a fact at the first stage of several ("first", « d'abord »), in a claim's `stage` and a statement.
STAGE_REACH = 32  # characters from the cue to the name: « a démarré sur *sa propre plateforme* OpenStack »
_FIRST_STAGE = frozenset(words("first initially originally initial original outset started abord initialement premier "
                               "première premiers premières départ débuts emblée démarré"))


def _another_at_the_claims_stage(claim: Claim, statement: Statement, database: Database) -> Optional[EntityMention]:
    """For a relation of several values (or a full list of them), one of which the claim places at a stage
    (`stage`: « d'abord, via la plate-forme de SFR Business Team »), a statement
    at that stage ("first") naming, beside the property's cue, another known
    name of a kind the property takes, that neither the claim nor its quote names."""
    prop = database.properties[claim.property]
    stage = claim.qualifiers.get("stage")
    if not isinstance(stage, str) or not isinstance(claim.value, EntityRef) or not (
            prop.value_is_key or claim.value.complete):
        return None
    if not (set(words(stage)) & _FIRST_STAGE and set(words(statement.text)) & _FIRST_STAGE):
        return None
    # (a full list is of its own names' kind: a city is no other host beside « SFR »)
    kinds = {type_of(i, database) for c in database.claims if c.property == claim.property
             and isinstance(c.value, EntityRef) for i in c.value.ids} if prop.value_is_key else {
        type_of(i, database) for i in claim.value.ids}
    told = plain(" ".join((stage, *(r.quote for r in claim.references))))
    cues = statement.cues.get(claim.property, ())
    for mention in statement.entities:
        if (mention.unknown or mention.entity == claim.subject or mention.entity in claim.value.ids
                or type_of(mention.entity, database) not in kinds
                or plain(database.entities[mention.entity].labels.get("fr", "")) in told
                or plain(database.entities[mention.entity].labels.get("en", "")) in told):
            continue
        if any(0 <= mention.start - cue.end <= STAGE_REACH and in_one_clause(statement.text, cue.start, cue.end,
                                                                     mention.start, mention.end) for cue in cues):
            return mention
    return None


# "rather than the €500m it had announced two years before": a value set aside as what came before.
_BEFORE_THEN = re.compile(r"[^,;:.]*?\b(?:earlier|before|ago|previously|plus t[ôo]t|auparavant|précédemment|"
                          r"initialement|initially|originally)\b", re.IGNORECASE)


def _dated_before(statement: Statement, end: int) -> bool:
    """Whether the words after a value set aside, in its clause, date it earlier (then it is no denial)."""
    return _BEFORE_THEN.match(statement.text, end) is not None


# "from its creation right up to 2016", « depuis sa création », "since its launch": an event as a starting point.
_COUNTED_FROM = re.compile(r"(?:\b(?:from|since|depuis|dès)\s+(?:its|their|the|sa|son|leur|la|le)\s+"
                           r"|\bà partir de (?:sa|son|leur|la|le)\s+|\b(?:since|depuis)\s+(?:l['’]))$", re.IGNORECASE)


def _counted_from_only(claim: Claim, statement: Statement) -> bool:
    """Every cue of the claim's property names the event a span counts from, with a date of the span's
    end elsewhere: "kept the same chief executive from its creation right up to 2016"."""
    cues = statement.cues.get(claim.property, ())
    return bool(cues) and bool(statement.times) and all(
        _COUNTED_FROM.search(statement.text, max(0, cue.start - 24), cue.start) and not any(
            cue.end <= t.start <= cue.end + 4 for t in statement.times) for cue in cues)


def _only_of_this(claim: Claim, statement: Statement, other: EntityMention) -> bool:
    """"its only data centre … in Île-de-France", "hosted only in Paris": a word of
    exclusion right before the property's cue or the other name, in its clause."""
    targets = [(other.start, other.end), *((c.start, c.end) for c in statement.cues.get(claim.property, ()))]
    return any(0 <= start - end <= 2 and in_one_clause(statement.text, a, b, other.start, other.end)
               for a, end in statement.only_spans for start, b in targets)


def _dated_as_the_claim(claim: Claim, statement: Statement, prop: Property) -> bool:
    """A relation of one of several values (`value_is_key`) dated to the month,
    and a statement giving that very month and no other date."""
    when = claim.qualifiers.get("date")
    if not prop.value_is_key or not isinstance(when, TimeSpan) or when.precision not in ("month", "day"):
        return False
    return bool(statement.times) and all(t.span.precision in ("month", "day") and times_agree(when, t.span)
                                         for t in statement.times)


def _in_the_claims_place(claim: Claim, statement: Statement, other: EntityMention, database: Database) -> bool:
    """A known name of the value's kind, none of the claim's other names (the
    partner SFR left alone), in one clause with the subject."""
    value_kinds = {type_of(v, database) for v in claim.value.ids}
    named = {v for value in claim.qualifiers.values() if isinstance(value, EntityRef) for v in value.ids}
    if other.unknown or other.entity in named or _named_only_as_set_against(claim, other.entity, statement, database):
        return False  # ("son projet concurrent d'Andromède" names what the project rivals)
    # (An aside between them, « Dassault Systèmes, après avoir claqué la porte d'Andromède, s'est associé à Bull »,
    # leaves them in one clause.)
    def without_asides(low: int, high: int) -> str:
        return statement.text[:low] + _COMMA_ASIDE.sub(lambda aside: " " * len(aside.group()),
                                                       statement.text[low:high]) + statement.text[high:]

    return type_of(other.entity, database) in value_kinds and any(
        in_one_clause(without_asides(min(m.end, other.end), max(m.start, other.start)),
                      m.start, m.end, other.start, other.end)
        for m in statement.mentions_of(claim.subject))


_COMMA_ASIDE = re.compile(r",[^,;:.()«»\n]{1,80},")


def _names_what_it_concerns(claim: Claim, statement: Statement) -> bool:
    """The names an event's claim gives beside its subject (the technology a
    platform was approved on) are in the statement: « n'ont pas adopté de
    stratégie de startup » denies another adoption than the OpenStack one."""
    named = statement.entity_ids
    # (Who did it, `by`, need not be named: "The Cloudwatt Box never launched" denies Cloudwatt's launch of it.)
    return all(set(value.ids) & named for name, value in claim.qualifiers.items()
               if isinstance(value, EntityRef) and name not in SCOPE_QUALIFIERS and name != "by")


# Between a negation and the figure or name it denies: a few words, no clause break.
# (`verdict` asks the same of a denial no claim's words reach.)
# (Not past a word of order: "never turned a profit before Orange absorbed it" denies the profit only.)
DENIAL_REACH = re.compile(r"[^\w,;:]*(?:(?!(?:before|after|until|avant|après|jusqu)\b)[\w'’-]+[^\w,;:]+){0,4}",
                          re.IGNORECASE)
_NO_LONGER = re.compile(r"\s*longer\b", re.IGNORECASE)  # "no longer targets €500m" says it once did


def _after_neither_nor(claim: Claim, statement: Statement, cue, keys: tuple[str, ...], prop: Property) -> bool:
    """"Neither Gandi nor OVH attacked …", « Ni Gandi ni OVH n'ont … »: the verb right after names
    denied one by one (an adverb or an auxiliary between) is denied of each. A word of the property's
    exclusive values between takes the denial ("neither … would remain shareholders": they sold)."""
    exclusive = {word for groups in prop.exclusive_values for group in groups for phrase in group
                 for word in words(phrase)}
    return any(_NEITHER_NOR_BEFORE.search(statement.text, max(0, m.start - 12), m.start)
               and m.end <= cue.start and len(gap := words(statement.text[m.end:cue.start])) <= 2
               and not set(gap) & exclusive and in_one_clause(statement.text, m.start, m.end, cue.start, cue.end)
               for m in statement.entities if m.entity == claim.subject or m.entity in keys)


_NEITHER_NOR_BEFORE = re.compile(r"(?i)(?<!\w)(?:neither|nor|ni)[^\S\n]{1,3}(?:the[^\S\n]{1,3}|l['’]|la[^\S\n]|le[^\S\n])?$")


def _denied_of_subject(claim: Claim, statement: Statement, compared: list[int], keys: tuple[str, ...] = ()) -> bool:
    """« Cloudwatt n'a jamais fait appel à Teddy Riner »: a negated verb right
    after the subject's name (or another key's: « La Caisse des Dépôts n'a
    jamais figuré au capital de Numergy ») denies the figure or name a few
    words on, even past words longer than `Statement.negates` allows ("fait appel à")."""
    for mention in (m for m in statement.entities if m.entity == claim.subject or m.entity in keys):
        negation = statement.negation_after(mention.end)
        if negation is not None and not _NO_LONGER.match(statement.text, negation[1]) and any(
                negation[1] <= start and DENIAL_REACH.fullmatch(statement.text, negation[1], start) for start in compared):
            return True
    return False


# "not even", « même pas », « pas même »: the denied figure is more than what happened.
_NOT_EVEN = re.compile(r"\b(?:even|même)\b", re.IGNORECASE)


def _denies_less_than(claim: Claim, statement: Statement, disagreeing: list[SlotComparison]) -> bool:
    """"Starck didn't even last 6 months": denying a figure with "even" says
    the truth fell short of it, which a larger figure in the source contradicts."""
    if not isinstance(claim.value, Quantity):
        return False
    for comparison in disagreeing:
        near = [end for start, end in statement.negations if end <= comparison.span[0]]
        if not near or not _NOT_EVEN.search(statement.text, max(near) - 12, comparison.span[0]):
            continue
        if any(q.start <= comparison.span[0] < q.end and units_compatible(claim.value, q.quantity)
               and claim.value.amount > q.quantity.amount for q in statement.quantities):
            return True
    return False


def _denies_existence(claim: Claim, statement: Statement, negated_cues) -> bool:
    """"Numergy received no public money": the subject, shortly followed in the
    same clause by a negated cue of the claim's property."""
    for subject in (m for m in statement.entities if m.entity == claim.subject):
        for cue in negated_cues:
            if subject.end <= cue.start and cue.start - subject.end <= WINDOW and _SAME_CLAUSE.match(
                    statement.text[subject.end:cue.start]) and not _denies_only_alone(statement, cue.end):
                return True
    return False


def _denies_only_alone(statement: Statement, end: int) -> bool:
    """"Cloudwatt didn't build its infrastructure alone": the denial reaches "alone" further in its
    clause, not the building."""
    return any(0 <= start - end <= WINDOW and _SAME_CLAUSE.match(statement.text[end:start])
               for start, _ in statement.alone)
