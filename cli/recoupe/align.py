"""Lining up what a statement says with what a claim holds, slot by slot.

A claim's slots are its value and qualifiers; the statement's figures, dates
and names are assigned to them by kind and by where they stand: next to the
property's cue, next to the date of the claim's period, written against the
claim's entities ("22,2 % de Thales") and not against another's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from .candidates import key_entities
from .database import Database
from .extract.lexicon import exact_matches, phrase_words
from .extract.statement import EntityMention, Statement
from .extract.times import ORDER_WORD, lasting
from .model import Claim, EntityRef, Quantity, TimeSpan
from .normalise import words
from .periods import source_year, validity
from .roles import (
    ACTOR_TYPES,
    ATTRIBUTION_TYPES,
    agent_after,
    and_wider,
    aside_spans,
    participle_asides,
    LOCALITY,
    OBJECT_REACH,
    WINDOW,
    as_groups,
    describes_a_value,
    named_entities,
    opening_aside,
    other_groups,
    reversed_anywhere,
    rival_groups,
    rival_in_place,
    same_side,
    squeeze,
    type_of,
    wider,
)
from .segment import DASH_ASIDE
from .values import (
    DIMENSIONS,
    dimension_of,
    format_quantity,
    format_time,
    format_value,
    narrower_time,
    quantities_agree,
    times_agree,
    units_compatible,
)

MIN_CONTENT_WORD = 4
MIXED = "mixed"  # the statement says the value's word and one that excludes it
DENIED_SHARED_WORDS = 2
# Between two words joined in one phrase: « directe et indirecte », « de la Culture et de l'Économie ».
_COORDINATED = re.compile(r"[\s,/-]*(?:(?:et|and|ou|or|&)\b[\s,]*)?(?:(?:de|du|des|of)\s+)?(?:(?:la|le|les|l['’]|the)\s*)?",
                          re.IGNORECASE)
# Words long enough to pass for content that say nothing of a value ("as *well* as", « *avec* »).
FUNCTION_WORDS = frozenset("""
well also with from that this have been were will their they them than then into onto over such very
avec dans pour sans sont leur leurs cette comme aussi mais plus tout tous toute toutes elle elles nous vous
""".split())
OTHER_TITLE = "other-title"

# Qualifiers that say which fact or when it holds; the others are compared.
SCOPE_QUALIFIERS = ("period", "object", "scope", "each", "note", "since", "until")


PERIOD_REACH = 12


# "100 % des parts de Thalès", "100% of the Thales and CDC shares": a fraction of a holding, not a stake in the company.
_HOLDING_FRACTION = re.compile(
    r"(?:des|of the|of its|de ses|de sa|de leur|of their) (?:(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:'s|’s)?|de|des|du) (?:(?:and|et|&) )?){0,6}"
    r"(?:parts|actions|titres|participations?|shares|stakes?|holdings?"
    r"|mise|investissement|investment|apport|money|argent)\b",
    re.IGNORECASE)
# "half of Cloudwatt's staff": a share of the people, not of the company.
_SHARE_OF_PEOPLE = re.compile(
    r"(?:of|de|des|du|d['’]) (?:(?:the|its|their|[^\W\d_][\w-]*['’]s?|ses|leurs|la|les|l['’]) ?)?"
    r"(?:staff|employees|workforce|workers|jobs|headcount|team|teams|developers|salariés|employés|effectifs?|"
    r"personnel|équipes?|emplois|développeurs)\b", re.IGNORECASE)


# "22,2 % de Thales", "Thalès (22,2 %)", "SFR: 47 %" — but "2 M€ (Les Echos)" is attribution.
# These and the patterns below run on `squeeze`d text: single spaces, no
# runs of white space for a pattern to backtrack over.
_ATTACHMENT_BEFORE = re.compile(r"^(?:'s|’s|:|\(|,|de|of)?$", re.IGNORECASE)


# "Numergy 2020 target: 10 %", « Cloudwatt CA 2014 : 2 M€ »: a note's label between a name and its figure.
_NOTE_LABEL = re.compile(r"^(?:[\w'’.-]+ ){0,2}[\w'’.-]+ ?:$")


def _names_between(statement: Statement, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in statement.entities)


_HOLDER_AFTER = re.compile(r"^(?:for|pour)$", re.IGNORECASE)
_ATTACHMENT_AFTER = re.compile(
    r"^(?:(?:(?:planned|intended|earmarked|meant|prévue?s?|destinée?s?) )?(?:for|pour)"
    r"(?: (?:a|an|the|one|a single|un|une|un seul|une seule|le|la|les))?"
    r"|de la|de l'|de l’|du|des|de|d'|d’|of|in|dans)?[ ]?['\"«“‘]?$", re.IGNORECASE)


@dataclass(frozen=True)
class SlotComparison:
    slot: str
    value: object
    agrees: bool
    claimed: str
    stated: str
    span: tuple[int, int]
    within: bool = False  # consistent with the claimed value but more precise: not confirmed
    reversed: bool = False  # the claimed names, in each other's roles ("Starck replaced Renard")


def compare_slots(claim: Claim, statement: Statement, keys: tuple[str, ...],
                   database: Database, context: dict[str, frozenset[str]]) -> list[SlotComparison]:
    slots = [("value", claim.value)] + [
        (name, value) for name, value in claim.qualifiers.items()
        if name not in SCOPE_QUALIFIERS or (name == "since" and statement.starts)
    ]
    key_positions = [m for m in statement.entities if m.entity in keys]
    named = named_entities(claim, keys)
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
                agrees = quantities_agree(value, mention.quantity)
                if agrees and value.bound in ("at-least", "at-most") and mention.quantity.bound != value.bound:
                    continue  # "au bas mot 75 M€" is consistent with "75 M€ in total", not a confirmation
                comparisons.append(SlotComparison(
                    name, value, agrees, format_quantity(value), mention.text, (mention.start, mention.end)))
        elif isinstance(value, TimeSpan) and (claim.period is None and (validity(claim) is None or name == "since")
                                              or name == "stated" and statement.starts):
            placed = sorted(
                (rank, index) for index, mention in enumerate(statement.times)
                if _near_keys(statement, key_positions, mention.start, mention.end)
                # "by 2020" is the goal's period, not when it was set; « dès 2017 » after
                # the source's year is "as early as", not "since".
                and (name != "stated" or mention.bound == "since" and _before_source(claim, mention.span, database))
                and (rank := _placement(claim, statement, key_positions, mention.start, mention.end,
                                        "time", database, context)) is not None)
            if len(placed) > 1 and not statement.cues.get(claim.property):
                # Several dates and no cue of this property to tell which is its:
                # one that agrees settles it, a disagreement would be a guess.
                placed = [p for p in placed if times_agree(value, statement.times[p[1]].span)]
            month = _yearless_slot(claim, name, value, statement, key_positions, database, context) if (
                placed and statement.yearless and not times_agree(value, statement.times[placed[0][1]].span)) else None
            if month is not None and month.agrees and _nearer_a_cue(claim, statement, month.span,
                                                                   statement.times[placed[0][1]]):
                # "IBM, which attended the November 2012 debate, had announced in October …": the
                # month beside the cue is the announcement's, the dated debate another event.
                comparisons.append(month)
                continue
            if placed:
                mention = _counted_from(claim, value, statement, statement.times[placed[0][1]])
                denial = _not_before(statement, mention)
                if denial is not None:
                    # "did not expect a profit before 2018", « pas avant 2018 »: that year or later;
                    # the denial is part of the date, so the phrase compared starts with it.
                    stated = f"{statement.text[denial[0]:denial[1]]} … {mention.text}"
                    comparisons.append(SlotComparison(name, value, value.start >= mention.span.start,
                                                      format_time(value), stated, (denial[0], mention.end)))
                    continue
                if (mention.bound == "by" and claim.status in (None, "actual") and claim.property in statement.cues
                        and not _lasted_until(statement, mention)):
                    agrees, within = _meets_deadline(value, mention)
                elif mention.bound == "between":
                    # "between 2016 and 2018" holds the source's date or range, or is wrong
                    agrees, within = mention.span.start <= value.start and value.end <= mention.span.end, False
                elif _several_years(value) and _several_years(mention.span):
                    # "2016–18" against the source's 2018–2020: two ranges agree when one holds the other.
                    holds = mention.span.start <= value.start and value.end <= mention.span.end
                    within = value.start <= mention.span.start and mention.span.end <= value.end and not holds
                    agrees = holds or within
                else:
                    agrees = times_agree(value, mention.span)
                    # "March 2015" is within a source's "2015": the date is this
                    # fact's, but the source does not confirm the month.
                    within = agrees and narrower_time(mention.span, value)
                comparisons.append(SlotComparison(
                    name, value, agrees, format_time(value), mention.text, (mention.start, mention.end),
                    within=within))
            elif name != "stated":
                found = _yearless_slot(claim, name, value, statement, key_positions, database, context)
                if found is not None:
                    comparisons.append(found)
        elif isinstance(value, EntityRef) and name == "value":
            found = _nationality_slot(claim, value, statement, database)
            if found is None and not _nationality_of_another(claim, statement, database):
                found = _entity_slot(claim, value, statement, keys, database)
            if found is not None:
                comparisons.append(found)
        elif isinstance(value, EntityRef) and name == "place":
            found = _place_slot(value, statement, keys, database)
            if found is not None:
                comparisons.append(found)
        elif isinstance(value, EntityRef) and name == "organisation":
            titles = [c.span for c in comparisons if c.slot == "value"]
            found = _organisation_slot(claim, value, statement, keys, database, titles)
            if found is not None:
                comparisons.append(found)
        elif isinstance(value, str) and name != "value":
            # A qualifier in words: wrong by the property's groups (« réduire son apport »: less, not
            # more); confirmed only when it names two of the statement's names (« abandonné après les
            # rachats de SFR et de Bull »): shared common words are too loose.
            # (the names the claim's words give stand for it too: « leurs participations dans Cloudwatt »)
            found = exclusive_slots(value, statement, database.properties[claim.property].exclusive_values,
                                    key_positions + _named_in_words(claim, statement), database)
            if found is not None and found.slot == MIXED:
                continue
            if found is None:
                found = _text_slot(value, statement, False)
                value_words = words(value)
                named_in_it = [m for m in statement.entities if not m.unknown
                               and contains_words(value_words, words(statement.text[m.start:m.end]))]
                found = found if found is not None and found.agrees and len(named_in_it) >= 2 else None
                found = found or _rival_in_words(value, claim, statement, keys, database)
            if found is not None:
                comparisons.append(replace(found, slot=name))
        elif isinstance(value, str) and name == "value":
            prop = database.properties[claim.property]
            found = exclusive_slots(value, statement, prop.exclusive_values, key_positions, database)
            if found is not None and found.slot == MIXED:
                continue
            if found is not None and "organisation" in claim.qualifiers:
                found = replace(found, slot=OTHER_TITLE)  # a title held somewhere: wrong only there
            found = found or _text_slot(value, statement, prop.short_value, statement.cues.get(claim.property, ()),
                                        prop.single_holder)
            if found is not None:
                comparisons.append(found)
    if not isinstance(claim.value, TimeSpan) and not any(c.slot == "value" and c.agrees for c in comparisons):
        # A place agreeing confirms nothing of a fact whose value is unconfirmed
        # ("the real IaaS market in France is large accounts"); an event's place
        # does ("IBM announced a data centre in Montpellier").
        comparisons = [c for c in comparisons if not (c.slot == "place" and c.agrees)]
    misplaced = misplaced_place(claim, statement, database) or another_place(claim, statement, database)
    if misplaced is not None:
        comparisons.append(misplaced)
    other_titles = [replace(c, slot="value") for c in comparisons if c.slot == OTHER_TITLE]
    comparisons = [c for c in comparisons if c.slot != OTHER_TITLE]
    if not any(c.slot == "value" and c.agrees for c in comparisons):
        # Where a title is held counts only beside the same title: "directeur des
        # rédactions de L'Usine digitale" against the source's Groupe 01 is
        # wrong. Another title in the source's organisation is wrong too (one
        # title per person there: "Cacheux, directeur technique de Coreye");
        # elsewhere, or with no organisation named, it is not confirmed.
        same_place = [c for c in comparisons if c.slot == "organisation" and c.agrees]
        comparisons = [c for c in comparisons if c.slot != "organisation"]
        if other_titles and same_place:
            comparisons += [other_titles[0], same_place[0]]
    return comparisons


def _yearless_slot(claim: Claim, name: str, value: TimeSpan, statement: Statement, key_positions,
                   database: Database, context) -> Optional[SlotComparison]:
    """« En avril, Didier Renard est arrivé »: a month without a year against
    a source's date of one month. Another month (or another part of it: « début
    juin » against late June) is wrong whatever the year; the same month
    agrees, the year being the source's to say."""
    if value.precision == "year" or (value.start.year, value.start.month) != (value.end.year, value.end.month):
        return None
    placed = sorted((rank, index) for index, month in enumerate(statement.yearless)
                    if _near_keys(statement, key_positions, month.start, month.end)
                    and (rank := _placement(claim, statement, key_positions, month.start, month.end, "time",
                                            database, context)) is not None)
    if not placed:
        return None
    month = statement.yearless[placed[0][1]]
    agrees = month.month == value.start.month and (month.part is None or value.part is None or month.part == value.part)
    if month.day is not None and value.precision == "day":
        agrees = agrees and month.day == value.start.day  # « le 21 novembre » is not the 20th
    return SlotComparison(name, value, agrees, format_time(value), month.text, (month.start, month.end))


def _several_years(span: TimeSpan) -> bool:
    return span.start.year != span.end.year


def _counted_from(claim: Claim, value: TimeSpan, statement: Statement, mention):
    """"Three years after its 2012 launch", « trois ans après son lancement en
    2012 »: for the event the duration counts from (its cue inside the phrase
    or right after it), the date is the one written, not the one reached. The
    event is the sentence's subject's ("its"): of another thing ("… launch,
    Cloudwatt released its Box") the cue is not said."""
    if mention.anchor is None:
        return mention
    outside = [m for m in statement.entities if not mention.start <= m.start < mention.end]
    if not outside or outside[0].entity != claim.subject:
        return mention
    for cue in statement.cues.get(claim.property, ()):
        if mention.start <= cue.start < mention.end or 0 <= cue.start - mention.end <= 2:
            return mention.anchor
    return mention


def _nearer_a_cue(claim: Claim, statement: Statement, span: tuple[int, int], other) -> bool:
    """Whether `span` stands nearer a cue of the claim's property than the mention `other`."""
    cues = statement.cues.get(claim.property, ())
    return bool(cues) and min(_gap(*span, c.start, c.end) for c in cues) < min(
        _gap(other.start, other.end, c.start, c.end) for c in cues)


def _before_source(claim: Claim, span: TimeSpan, database: Database) -> bool:
    year = source_year(claim, database)
    return year is None or span.start <= year.end


def _not_before(statement: Statement, mention) -> Optional[tuple[int, int]]:
    """The denial of "before"/"until" a date ("did not … before 2018", « pas avant 2018 »),
    or None: what it denies is that date or later."""
    if mention.bound != "by" or not _NOT_BEFORE_WORD.match(mention.text):
        return None
    denials = [(start, end) for start, end in statement.negations
               if end <= mention.start and mention.start - end <= NOT_BEFORE_REACH
               and not re.search(r"[,;:.]", statement.text[end:mention.start])]
    return denials[-1] if denials else None


NOT_BEFORE_REACH = 40
_NOT_BEFORE_WORD = re.compile(r"(?:before|until|till|avant|jusqu)", re.IGNORECASE)


def _lasted_until(statement: Statement, mention) -> bool:
    """"kept its legal structure until 1 January 2017", « dirigé jusqu'en 2015 »:
    what went on until a date ended then; the date is the end's, not a deadline
    (unlike "had until June to launch", « a jusqu'en juin pour »)."""
    return bool(_UNTIL_WORD.match(mention.text)) and not _GIVEN_UNTIL.search(
        statement.text, max(0, mention.start - 12), mention.start)


_UNTIL_WORD = re.compile(r"(?:until|till|jusqu)", re.IGNORECASE)
_GIVEN_UNTIL = re.compile(r"(?i)(?<!\w)(?:has|have|had|given|a|avait|ont|avaient|donné)\s+$")


def _meets_deadline(value: TimeSpan, mention) -> tuple[bool, bool]:
    """"before June 2014" (ending before June), "by 2014" (ending within it): a
    deadline an event met (agrees; `within` when the source's date straddles
    it) or missed."""
    if _STRICTLY_BEFORE.match(mention.text):
        return value.start < mention.span.start, value.start < mention.span.start <= value.end
    return value.start <= mention.span.end, value.start <= mention.span.end < value.end


def _organisation_slot(claim: Claim, value: EntityRef, statement: Statement, keys: tuple[str, ...],
                       database: Database, titles: list[tuple[int, int]]) -> Optional[SlotComparison]:
    """Where a person holds a title: the claimed organisation, one it is part
    of or one part of it agrees; another organisation right after the title or
    a cue of the property ("directeur des rédactions de L'Usine digitale") or
    right before it ("Ecritel's managing director") disagrees."""
    claimed = set(value.ids)
    related = and_wider(claimed, database) | {part for whole in claimed for part in database.parts.get(whole, ())}
    label = format_value(value, database)
    anchors = [(cue.start, cue.end) for cue in statement.cues.get(claim.property, ())] + titles
    rival = None
    for mention in statement.entities:
        if mention.entity in keys or mention.unknown:
            continue
        span = (mention.start, mention.end)
        stated = statement.text[mention.start:mention.end]
        if mention.entity in related:
            return SlotComparison("organisation", value, True, label, stated, span)
        if type_of(mention.entity, database) in ORGANISATION_LIKE and any(
                0 <= mention.start - end <= OBJECT_REACH or 0 <= start - mention.end <= 3 for start, end in anchors):
            rival = rival or SlotComparison("organisation", value, False, label, stated, span)
    return rival


ORGANISATION_LIKE = ("organisation", "media", "group")
_STRICTLY_BEFORE = re.compile(r"(?:before|avant|prior to)\b", re.IGNORECASE)
# "à Lyon", "in Toulouse", "at Lyon": a name said to be where something happens.
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:à|a|au|en|dans|in|at|near|près de)\s*$", re.IGNORECASE)


def is_located_at(text: str, start: int) -> bool:
    """A place name after "à", "in", "near": where something is."""
    return bool(_LOCATIVE_BEFORE.search(squeeze(text[max(0, start - 20):start])))


def _place_slot(value: EntityRef, statement: Statement, keys: tuple[str, ...],
                database: Database) -> Optional[SlotComparison]:
    """Where an event took place ("held at Paris La Défense"). A place the
    database puts around the claimed one agrees ("in Île-de-France"); another
    known place disagrees. An unknown name after "à"/"in"/"at" disagrees only
    when the claimed place is a town, one the database knows nothing inside:
    the name cannot then lie within it, and a town said to be where the event
    was is another town ("à Lyon" against Montpellier). A word of the claimed
    place's name ("Paris" for Paris La Défense) is no rival."""
    claimed = set(value.ids)
    around = and_wider(claimed, database)
    label = format_value(value, database)
    town = not any(database.parts.get(place) for place in claimed)
    claimed_words = {w for i in claimed for name in _names_of(i, database) for w in words(name)}
    rival = None
    for mention in statement.entities:
        if mention.entity in keys:
            continue
        span = (mention.start, mention.end)
        stated = statement.text[mention.start:mention.end]
        if mention.entity in around:
            return SlotComparison("place", value, True, label, stated, span)
        if not mention.unknown and type_of(mention.entity, database) == "place":
            inside = bool(wider(mention.entity, database) & claimed)
            rival = rival or (None if inside else SlotComparison("place", value, False, label, stated, span))
        elif (mention.unknown and town and is_located_at(statement.text, mention.start)
              and not set(words(stated)) & claimed_words):
            rival = rival or SlotComparison("place", value, False, label, stated, span)
    return rival


# Between a place and the region or country said to hold it: "Val-de-Reuil, en Bretagne", "Rouen (Normandie)".
_APPOSED_PLACE = re.compile(
    r"^\s*(?:,\s*(?:en|in|dans|au|aux)?|\(|\s(?:en|in|dans le|dans la|au)"
    r"|\s(?:(?:data\s?cent(?:re|er)|centre de données|site)\s)?(?:is\s|est\s|se trouve\s|located\s|situé\s)(?:in|en|dans|au)"
    r"|\s(?:data\s?cent(?:re|er)|centre de données|site)\s(?:in|en|dans|au))\s*$",
    re.IGNORECASE)


def _nationality_slot(claim: Claim, value: EntityRef, statement: Statement,
                      database: Database) -> Optional[SlotComparison]:
    """The place word of « l'opérateur autrichien Green.ch », said of the
    claim's subject: the country the statement gives, wherever it stands."""
    if not database.properties[claim.property].nationality:
        return None
    for found in statement.nationalities:
        if found.holder == claim.subject:
            inside = bool(wider(found.place, database) & set(value.ids))  # "headquartered in Lille" for France
            agrees = found.place in and_wider(set(value.ids), database) or inside
            place = next(m for m in statement.entities if m.entity == found.place and found.start <= m.start < found.end)
            return SlotComparison("value", value, agrees, format_value(value, database),
                                  statement.text[place.start:place.end], (place.start, place.end),
                                  within=inside and found.place not in value.ids)
    return None


def _nationality_of_another(claim: Claim, statement: Statement, database: Database) -> bool:
    """"talks with the Swiss operator OVH" gives OVH's country, not Numergy's:
    the property is cued only by place words said of other names."""
    cues = statement.cues.get(claim.property, ())
    return bool(database.properties[claim.property].nationality and statement.nationalities and cues) and all(
        any((n.start, n.end) == (c.start, c.end) and n.holder != claim.subject for n in statement.nationalities)
        for c in cues)


def misplaced_place(claim: Claim, statement: Statement, database: Database) -> Optional[SlotComparison]:
    """A place of the claim named with a region or country the database does
    not put around it: « à Val-de-Reuil, en Bretagne » against Val-de-Reuil
    in Normandy."""
    claimed = {i for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, EntityRef)
               for i in v.ids if type_of(i, database) == "place"}
    for first, second in zip(statement.entities, statement.entities[1:]):
        if (first.entity in claimed and not second.unknown and second.entity not in claimed
                and type_of(second.entity, database) == "place"
                and _APPOSED_PLACE.match(statement.text[first.end:second.start])
                and second.entity not in and_wider({first.entity}, database)
                and first.entity not in and_wider({second.entity}, database)):
            place = database.entities[first.entity]
            around = ", ".join(database.entities[i].label for i in place.part_of if i in database.entities)
            slot = "value" if isinstance(claim.value, EntityRef) and first.entity in claim.value.ids else "place"
            return SlotComparison(slot, EntityRef((first.entity,)), False,
                                  f"{place.label} ({around})" if around else place.label,
                                  statement.text[second.start:second.end], (second.start, second.end))
    return None


APPOSED_PLACE_GAP = 5  # characters between a name and the place that says where it is: "Green.ch in "


def another_place(claim: Claim, statement: Statement, database: Database) -> Optional[SlotComparison]:
    """A known place said to be where the claim's place is ("hosted in an Orange data centre in Brittany"
    against Val-de-Reuil), neither around it nor inside it, when the claimed place goes unnamed. (Nor
    around another place the sources give for the same fact: Normandy, for Cloudwatt's second data
    centre in Île-de-France, is where its first one is.)"""
    if not isinstance(claim.value, EntityRef):
        return None
    claimed = {i for i in claim.value.ids if type_of(i, database) == "place"}
    if not claimed or any(m.entity in claimed for m in statement.entities):
        return None
    same_fact = {i for other in database.claims_by_point.get((claim.subject, claim.property), ())
                 if isinstance(other.value, EntityRef) for i in other.value.ids if type_of(i, database) == "place"}
    around = and_wider(claimed | same_fact, database)
    for mention in statement.entities:
        if (mention.unknown or type_of(mention.entity, database) != "place" or mention.entity in around
                or wider(mention.entity, database) & claimed or not is_located_at(statement.text, mention.start)):
            continue
        if any(0 <= mention.start - m.end <= APPOSED_PLACE_GAP and type_of(m.entity, database) != "place"
               for m in statement.entities if not m.unknown):
            continue  # "Green.ch in Switzerland": where that name is, not the claim's place
        place = database.entities[next(iter(sorted(claimed)))]
        around_place = ", ".join(database.entities[i].label for i in place.part_of if i in database.entities)
        return SlotComparison("value", EntityRef(tuple(sorted(claimed))), False,
                              f"{place.label} ({around_place})" if around_place else place.label,
                              statement.text[mention.start:mention.end], (mention.start, mention.end))
    return None


def _names_of(entity_id: str, database: Database) -> list[str]:
    entity = database.entities.get(entity_id)
    return [*entity.labels.values(), *entity.aliases] if entity else []


def _text_slot(value: str, statement: Statement, short_value: bool, cues=(),
               single_holder: bool = False) -> Optional[SlotComparison]:
    """Free-text values only ever support: shared content words ("sécurité",
    "IaaS"), names or figures the text contains ("directeur d'Orange Cloud",
    "100 %") are agreement, and absence says nothing. A name the text does
    not contain ("ministre de la Culture") means the statement says more
    than the value does. A short value (a job title) is not confirmed by the
    generic word alone ("directeur technique" against "directeur marketing")."""
    claimed_words = words(value)
    # Content words, and acronyms however short ("CDI", "PME").
    claimed = {word for word in claimed_words if len(word) >= MIN_CONTENT_WORD and word not in FUNCTION_WORDS} | {
        word for acronym in _ACRONYM.findall(value) for word in words(acronym)}
    found: list[tuple[int, int]] = []
    for mention in (*statement.entities, *statement.quantities):
        named = words(statement.text[mention.start:mention.end])
        if named and contains_words(claimed_words, named):
            found.append((mention.start, mention.end))
        elif isinstance(mention, EntityMention) and mention.unknown:
            return None
    taken = [(m.start, m.end) for m in statement.entities]
    for token in statement.tokens:
        if len(token.text) < MIN_CONTENT_WORD and token.text not in claimed or any(a <= token.start < b for a, b in taken):
            continue
        if any(same_word(token.text, word) or same_word(word, token.text) for word in claimed):
            found.append((token.start, token.end))  # « construit seul » against « construite seule »
    if not found:
        return None
    if not (statement.negations or statement.partial_negations) and denied_in_value(
            value, statement, found) and not _ill(statement, found):
        # « pas de marché captif » against "had a captive market": what the source denies, said
        # (in two shared words at least, so the denied word is the point); "ill-suited" denies too.
        if len(_denied_words_said(value, statement, found)) < DENIED_SHARED_WORDS:
            return None
        span = (min(a for a, _ in found), max(b for _, b in found))
        return SlotComparison("value", value, False, value, statement.text[span[0]:span[1]], span)
    found.sort()
    only_here = any(0 <= found[0][0] - end and len(statement.text[end:found[0][0]].split()) <= ONLY_REACH_WORDS
                    for end in statement.only_ends) or any(
        0 <= start - end <= 2 for start, _ in statement.only_spans for _, end in found)   # "businesses only"
    if only_here and (_NOT_ONLY.search(value) or _leaves_out_a_conjunct(value, statement)) and not (
            statement.denies_in_clause(found[0][0])):  # (a denial after it may deny the rest: ", never at consumers")
        # "only the public sector" against « et pas uniquement le secteur public »; « réservée aux
        # entreprises » against « autant destiné aux particuliers qu'aux entreprises »
        return SlotComparison("value", value, False, value, statement.text[found[0][0]:found[-1][1]],
                              (found[0][0], found[-1][1]))
    own_only = all(set(words(statement.text[start:end])) <= set(claimed_words) for start, end in statement.only_spans)
    if statement.only and not own_only and _leaves_out(claimed, statement):
        return None  # the statement excludes what the source also says, of something else
        # (unless the value says the same word: « exclusivement indirecte »)
    if not cues and not short_value and len(found) < 2:
        return None  # a value in words the statement does not cue needs more than one shared word ("take")
    span = (min(a for a, _ in found), max(b for _, b in found))
    if short_value:
        other_title = _only_generic_head(statement, found, cues, claimed)
        if other_title is not None:
            # Another title: wrong where the organisation is the source's (see compare_slots).
            return SlotComparison(OTHER_TITLE, value, False, value, statement.text[slice(*other_title)], other_title)
        generic = {(c.start, c.end) for c in cues if len(words(statement.text[c.start:c.end])) == 1}
        if single_holder and found and all(spot in generic for spot in found) and _leaves_out(claimed, statement):
            return None  # « directeur d'Orange Cloud » is not « directeur marketing et communication »
    return SlotComparison("value", value, True, value, statement.text[span[0]:span[1]], span)


RIVAL_GAP_WORDS = 3
ONLY_REACH_WORDS = 3
RIVAL_CUE_LETTERS = 6  # "disagreements", « rachat »; not "with", « avec »


def _rival_in_words(value: str, claim: Claim, statement: Statement, keys: tuple[str, ...],
                    database: Database) -> Optional[SlotComparison]:
    """A qualifier in words that names a party (« désaccords avec Orange »)
    is contradicted by another party of the same kind named right after a
    word it shares ("disagreements with SFR"), when the statement does not
    name the qualifier's own party anywhere."""
    value_words = words(value)
    involved = named_entities(claim, keys)
    involved |= {member for entity_id in involved for member in database.entities[entity_id].members}
    rivals = [m for m in statement.entities if not m.unknown and m.entity not in involved
              and type_of(m.entity, database) in ACTOR_TYPES
              and not contains_words(value_words, words(statement.text[m.start:m.end]))]
    shared = [token for token in statement.tokens if len(token.text) >= RIVAL_CUE_LETTERS
              and any(same_word(token.text, word) or same_word(word, token.text) for word in value_words)]
    placed = [(token, rival) for rival in rivals for token in shared if token.end <= rival.start
              and not statement.in_opening_credit(rival.start)  # « D'après l'article sur le rachat par Orange, »
              and not statement.in_crediting_subject(rival.start)  # « L'article sur le rachat … rappelle que »
              and len(statement.text[token.end:rival.start].split()) <= RIVAL_GAP_WORDS
              and not re.search(r"[,;:.()]", statement.text[token.end:rival.start])]
    if not placed:
        return None
    kinds = {type_of(rival.entity, database) for _, rival in placed}
    own = {entity_id for entity_id, entity in database.entities.items()
           if entity.type in kinds and entity_id not in involved
           and any(contains_words(value_words, words(name)) for name in _names_of(entity_id, database))}
    if not own or own & statement.entity_ids or {r.entity for r in rivals} & and_wider(own, database):
        return None
    # (A shared word that leads to the party in the value: "disagreements" in "disagreements with Orange",
    # not "consortium" in "… with Orange over how the consortium would work".)
    names = [words(name) for entity_id in own for name in _names_of(entity_id, database)]
    leading = {part[index] for part in map(words, re.split(r"[,;:.()]", value)) for name in names if name
               for start in range(len(part)) if part[start:start + len(name)] == name
               for index in range(max(0, start - 1 - RIVAL_GAP_WORDS), start)}
    for token, rival in placed:
        if not any(same_word(token.text, word) or same_word(word, token.text) for word in leading):
            continue
        if database.entities[rival.entity].type in {database.entities[e].type for e in own}:
            span = (token.start, rival.end)
            return SlotComparison("value", value, False, value, statement.text[span[0]:span[1]], span)
    return None


VALUE_DENIALS = frozenset({"pas", "non", "sans", "jamais", "aucun", "aucune", "ni", "no", "not", "without",
                            "never", "none"})
DENIAL_SCOPE_WORDS = 6


# A word before another that denies it ("ill-suited", « mal adaptées », "poorly suited").
_ILL = frozenset({"ill", "mal", "poorly", "badly", "peu", "hardly", "barely"})


def _ill(statement: Statement, found: list[tuple[int, int]]) -> bool:
    tokens = statement.tokens
    return any(index and tokens[index - 1].text in _ILL and any(a <= tokens[index].start < b for a, b in found)
               for index in range(len(tokens)))


def _denied_scope(value: str) -> set[str]:
    """The value's content words a denial of it reaches: after « pas », "no",
    « sans »… to the end of its clause, six words at most (« sans aide
    extérieure, par ses propres moyens »: the means are its own, not denied)."""
    scope: set[str] = set()
    for clause in re.split(r"[,;:()]", value):
        clause_words = words(clause)
        if _NOT_ONLY.search(" ".join(clause_words)):
            continue  # « et pas uniquement le secteur public » leaves room, it denies nothing
        for index, word in enumerate(clause_words):
            if word in VALUE_DENIALS:
                scope.update(w for w in clause_words[index + 1:index + 1 + DENIAL_SCOPE_WORDS]
                             if len(w) >= MIN_CONTENT_WORD and w not in FUNCTION_WORDS)
    return scope


def _denied_words_said(value: str, statement: Statement, found: list[tuple[int, int]]) -> set[str]:
    """The words of the value's denied scope that the statement says."""
    said = {token.text for token in statement.tokens if any(a <= token.start < b for a, b in found)}
    return {w for w in _denied_scope(value) if any(same_word(t, w) or same_word(w, t) for t in said)}


def denied_in_value(value: str, statement: Statement, found: list[tuple[int, int]]) -> bool:
    """Whether words the statement shares with a value are denied in the value itself."""
    return bool(_denied_words_said(value, statement, found))


def _named_in_words(claim: Claim, statement: Statement) -> list[EntityMention]:
    """The statement's names that the claim's qualifiers in words give."""
    texts = [words(value) for value in claim.qualifiers.values() if isinstance(value, str)]
    return [m for m in statement.entities if not m.unknown and any(
        contains_words(text, words(statement.text[m.start:m.end])) for text in texts)]


def exclusive_slots(value: str, statement: Statement, sets: tuple[tuple[tuple[str, ...], ...], ...],
                    anchors=(), database: Optional[Database] = None) -> Optional[SlotComparison]:
    """The value against each independent set of exclusive groups: the first
    that excludes it, else a mix said side by side, else None."""
    found = [slot for groups in sets if (slot := _exclusive_slot(value, statement, groups, anchors, database))]
    return next((slot for slot in found if slot.slot != MIXED), found[0] if found else None)


# "in order to", "with a mission to", « pour remettre », « afin de »: what follows is an aim, to the clause's end.
_PURPOSE = re.compile(r"(?i)(?<!\w)(?:in\s+order\s+to|so\s+as\s+to|tasked\s+with"
                      r"|with\s+(?:a|the)\s+(?:mission|goal|aim|view|task|remit|mandate|brief)\s+(?:to|of)"
                      r"|(?:job|task|mission|goal|aim|brief|remit)\s+(?:was|is|would\s+be)\s+to"
                      r"|(?:mission|tâche|objectif|rôle)\s+(?:était|est|serait)\s+d(?:e|['’])"
                      r"|afin\s+d(?:e|['’])|en\s+vue\s+d(?:e|['’])|avec\s+(?:pour|la)\s+mission\s+d(?:e|['’])"
                      r"|pour\s+(?=[^\W\d_]+(?:er|ir|re)\b))[^.;,]*")


def purposes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PURPOSE.finditer(text)]


def _exclusive_slot(value: str, statement: Statement, groups: tuple[tuple[str, ...], ...],
                    anchors=(), database: Optional[Database] = None) -> Optional[SlotComparison]:
    """A text value is contradicted only by a word of a group that excludes
    the value's own (« CDD » against « tous en CDI », "failure" against
    « grand succès »), when the statement does not also say the value's. A
    word said of others, across "whereas" from the claim's subject (« là où
    la plupart des acteurs s'adressent … aux grands comptes »), is not said of it."""
    claimed_words = words(value)
    said = tuple(token.text for token in statement.tokens)
    own = {index for index, group in enumerate(groups)
           if any(contains_words(claimed_words, words(phrase)) for phrase in group)}
    if not own or _NOT_ONLY.search(value):
        return None  # « aussi les PME, et pas uniquement le secteur public »: the source leaves room for others
    stated = []
    for index, group in enumerate(groups):
        for phrase in group:
            for first, last in exact_matches(said, phrase_words(phrase)):
                span = (statement.tokens[first].start, statement.tokens[last - 1].end)
                if anchors and (_in_aside_of_another(statement, span, anchors)
                                or _said_of_a_nearer_name(statement, span, anchors, database)):
                    continue  # "Unlike Numergy, which says it built it alone, Cloudwatt…"
                if index in own and statement.denies_in_clause(span[0]):
                    continue  # "a direct strategy, without relying on local partners": not said of it
                if statement.in_crediting_subject(span[0]) or statement.in_crediting_phrase(span[0]):
                    continue  # "The article on Orange's buyout plan says …": the piece, not the fact
                if _NOUN_NOT_PARTICIPLE.search(statement.text, 0, span[0]) and phrase.endswith("é") and (
                        statement.text[span[1] - 1] in "eE"):
                    continue  # « le reste à la CDC » is the remainder, not « resté »
                if index not in own and _DENIED_RIGHT_BEFORE.search(statement.text, 0, span[0]):
                    continue  # "had not revised its goal" says no other kind
                if index not in own and any(a <= span[0] < b for a, b in purposes(statement.text)):
                    continue  # "with a mission to put the company back on track": an aim, not a state
                if not anchors or any(not _WHEREAS.search(statement.text[min(a.end, span[1]):max(a.start, span[0])])
                                      for a in anchors):
                    stated.append((index, span))
    # "junior minister" is not also "minister": a phrase inside a longer one found is no phrase of its own.
    stated = [(index, span) for index, span in stated if not any(
        other != span and other[0] <= span[0] and span[1] <= other[1] for _, other in stated)]
    if not stated or all(index in own for index, _ in stated):
        return None  # a title of two portfolios (« PME et Économie numérique ») is either one
    span = min((span for index, span in stated if index not in own))
    if any(index in own for index, _ in stated):
        # « une stratégie mixte, directe et indirecte » against « exclusivement indirecte »: the
        # statement says, side by side, the value and what excludes it; the shared words confirm nothing.
        owns = [s for index, s in stated if index in own]
        others = [s for index, s in stated if index not in own]
        side_by_side = any(_COORDINATED.fullmatch(statement.text[min(a[1], b[1]):max(a[0], b[0])])
                           for a in owns for b in others)
        exclusive_other = any(_EXCLUSIVELY_BEFORE.search(statement.text, max(0, b[0] - 20), b[0]) for b in others)
        if exclusive_other:
            # « une stratégie exclusivement directe, reposant sur des acteurs locaux »: the
            # statement excludes the value's kind in so many words; the rest elaborates.
            return SlotComparison("value", value, False, value, statement.text[span[0]:span[1]], span)
        opening = _FRAMING_OPENING.match(statement.text)
        if opening and all(a[1] <= opening.end() for a in owns) and all(
                b[0] >= opening.end() and not statement.negates(b[0]) and not statement.denies_in_clause(b[0])
                for b in others):
            # "Under Orange's buyout plan, the CDC would keep its stake": the frame names the plan,
            # the clause says what it did to the stake.
            return SlotComparison("value", value, False, value, statement.text[span[0]:span[1]], span)
        if not side_by_side:
            return None
        if not _EXCLUSIVELY.search(value):
            return SlotComparison(MIXED, value, False, value, statement.text[span[0]:span[1]], span)
        # …unless the value itself excludes the rest (« exclusivement indirecte »): a mix contradicts it.
    return SlotComparison("value", value, False, value, statement.text[span[0]:span[1]], span)


# A frame a sentence opens with ("Under Orange's plan,", « Dans le cadre du rachat, »): not what the clause says.
_FRAMING_OPENING = re.compile(r"(?i)\s*(?:under|as\s+part\s+of|in\s+the\s+(?:plan|deal|case)|with|selon|"
                              r"dans\s+le\s+cadre\s+d(?:e|u|es)|avec|d['’]après|according\s+to)\b[^,;:.]{0,80},")
# A determiner before a word written without the accent of a participle: « le reste » (not « resté »).
_NOUN_NOT_PARTICIPLE = re.compile(r"(?i)(?<!\w)(?:le|la|les|du|au|un|une|l['’])[^\S\n]*$")
_DENIED_RIGHT_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:not|never|pas|jamais)|n['’]t)[^\S\n]+(?:(?:been|été)[^\S\n]+)?$")
_EXCLUSIVELY = re.compile(r"\b(?:exclusivement|uniquement|exclusively|solely)\b", re.IGNORECASE)
_EXCLUSIVELY_BEFORE = re.compile(r"\b(?:exclusivement|uniquement|exclusively|solely|purely|purement|100\s?%)\s+$",
                                 re.IGNORECASE)


_NOT_ONLY = re.compile(r"\b(?:pas uniquement|pas seulement|non seulement|not only|as well as|also|aussi|notamment|among others)\b",
                       re.IGNORECASE)
_WHEREAS = re.compile(r"\b(?:whereas|(?<!a )(?<!the )(?<!little )while|unlike|là où|alors que|tandis que|contrairement)\b",
                      re.IGNORECASE)  # (not "for a while", a noun)


_CONJUNCTION = re.compile(r"\b(?:et|and|ou|or|as well as|ainsi que)\b", re.IGNORECASE)


def _leaves_out_a_conjunct(value: str, statement: Statement) -> bool:
    """A value that joins alternatives (« particuliers et entreprises ») of
    which the statement says one and not another (or denies another: "solely
    at businesses, never at consumers"); an elaboration ("indirect, via
    partners") joins none."""
    said = {token.text for token in statement.tokens if not statement.negates(token.start)}
    for part in re.split(r"[(),;]", value):  # (glosses apart: "consumers and businesses, B2C and B2B")
        conjuncts = [words(c) for c in _CONJUNCTION.split(part) if words(c)]
        if len(conjuncts) < 2:
            continue
        told = [any(any(same_word(t, w) for t in said) for w in c if len(w) >= MIN_CONTENT_WORD or w.isupper())
                for c in conjuncts]
        if any(told) and not all(told):
            return True
    return False


def _leaves_out(claimed: set[str], statement: Statement) -> bool:
    """Content words of the value that the statement does not say."""
    said = {token.text for token in statement.tokens}
    return any(not any(same_word(t, word) for t in said) for word in claimed if len(word) >= MIN_CONTENT_WORD)


def same_word(token: str, word: str) -> bool:
    """A folded token is the word, or the word with a short ending ("partenaires",
    "successful"), or both are one stem with different endings ("disagreeing",
    "disagreements")."""
    if token == word or token.startswith(word) and len(token) - len(word) <= (3 if len(word) >= 6 else 2):
        return True
    return len(token) >= MIN_STEMMED and len(word) >= MIN_STEMMED and token[:4] == word[:4] and _stem(token) == _stem(word)


MIN_STEMMED = 7
# Endings of English and French derived words, longest first: what is left is compared.
_ENDINGS = ("ments", "ment", "ings", "ing", "ions", "ion", "ées", "ée", "és", "ed", "es", "é", "s", "e")
_MIN_STEM_LETTERS = 5


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM_LETTERS:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > _MIN_STEM_LETTERS else word  # "disagree"/"disagre-ments"


def _only_generic_head(statement: Statement, found: list[tuple[int, int]], cues,
                       claimed: set[str]) -> Optional[tuple[int, int]]:
    """The matched words are only a one-word cue of the property, and the word
    beside it qualifies it otherwise: "directeur *technique*", "*technical*
    director" name another title than the source's "directeur marketing".
    Returns the span of that other title."""
    single = [(c.start, c.end) for c in cues if len(words(statement.text[c.start:c.end])) == 1
              and not any(o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end) for o in cues)]
    if not single or not all(any(a <= start and end <= b for a, b in single) for start, end in found):
        return None
    said = {word for a, b in single for word in words(statement.text[a:b])}
    if claimed and claimed <= said:
        return None  # the whole value, one word ("judoka"): no head to qualify
    tokens = statement.tokens
    for index, token in enumerate(tokens):
        if not any(a <= token.start and token.end <= b for a, b in single):
            continue
        for side in (index - 1, index + 1):
            if not 0 <= side < len(tokens):
                continue
            other = tokens[side]
            between = statement.text[min(token.end, other.end):max(token.start, other.start)]
            original = statement.text[other.start:other.end]
            if (not between.strip() and len(other.text) >= MIN_CONTENT_WORD and other.text.isalpha()
                    and original[:1].islower() and other.text not in claimed and other.text not in _GLUE_WORDS
                    and other.text not in _TITLE_HEADS):
                return min(token.start, other.start), max(token.end, other.end)
    return None


# Words of four letters or more that may stand beside a title without
# qualifying it ("directeur *depuis* 2012").
_GLUE_WORDS = frozenset(
    "dans pour avec chez sans sous vers depuis apres avant aussi alors comme entre etait sont "
    "with from that this which whose their also since under into after before about such then "
    "already still déjà deja encore toujours aussi".split())


# The head of a title, which the function beside it qualifies: "marketing *chief*" is the source's
# « directeur marketing », not another title.
_TITLE_HEADS = frozenset("chief head director directeur directrice manager boss chef responsable officer".split())

_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def contains_words(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    return any(haystack[i:i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def unexplained_figures(claim: Claim, statement: Statement, comparisons: list[SlotComparison],
                         keys: tuple[str, ...], database: Database) -> list:
    """Figures of the statement this claim neither compared nor can leave to
    another entity ("les 33,3 % de la CDC" belongs to the CDC's stake)."""
    used = {c.span for c in comparisons}
    named = named_entities(claim, keys)
    return [q for q in statement.quantities if (q.start, q.end) not in used
            and not (figure_owners(statement, q.start, q.end, database) - named)]


def figure_owners(statement: Statement, start: int, end: int, database: Database) -> set[str]:
    """Entities a figure is written against: "22,2 % de Thales", "SFR: 47 %",
    with the whole coordinated group when the entity is in one."""
    attached: set[str] = set()
    after = [group for group in statement.groups
             if any(m.start >= end and _HOLDER_AFTER.match(squeeze(statement.text[end:m.start])) for m in group)]
    for group in statement.groups:
        for mention in group:
            if mention.end <= start:
                # "47 % pour SFR, 20 % pour Bull": a figure that names its holder after it is not the one before.
                gap = squeeze(statement.text[mention.end:start])
                attaches = not after and (_ATTACHMENT_BEFORE.match(gap) or (
                    mention is group[-1] and _NOTE_LABEL.match(gap) and not _names_between(statement, mention.end, start)))
            else:
                attaches = _ATTACHMENT_AFTER.match(squeeze(statement.text[end:mention.start]))
            if attaches:
                attached.update(m.entity for m in group)
    owners = {entity_id for entity_id in attached if type_of(entity_id, database) not in ATTRIBUTION_TYPES}
    for entity_id in list(owners):
        entity = database.entities.get(entity_id)
        owners.update(entity.members if entity else ())
    return owners


def _near_keys(statement: Statement, key_positions: list[EntityMention], start: int, end: int) -> bool:
    """A figure or date is about the claim's entities only if each of them is
    named close to it; in a long sentence a far one is about something else."""
    by_key: dict[str, int] = {}
    for mention in key_positions:
        low, high = (mention.end, start) if mention.end <= start else (end, mention.start)
        gap = max(high - low, 0) - _aside_length(statement.text, low, high)
        by_key[mention.entity] = min(gap, by_key.get(mention.entity, gap))
    return all(gap <= LOCALITY for gap in by_key.values())


# ", which blamed a smaller market,", « , qui évoquait en juillet … , »: a relative
# clause set off by commas, which does not take a figure or date away from its subject.
_RELATIVE_PRONOUN = r"(?:which|who|whom|whose|qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles)"
# ", which …,", « , pour qui …, »: a relative clause set off by commas (a preposition may open it).
_DASH_ASIDE = re.compile(DASH_ASIDE)
# (A title's abbreviation may stand inside: « , dont M. Philippe Tavernier est le PDG, ».)
_RELATIVE_ASIDE = re.compile(rf",\s*(?:(?:pour|avec|chez|par|selon|for|with|to|by)\s+)?{_RELATIVE_PRONOUN}\b"
                             rf"[^,;.]*(?:\b(?:M|MM|Mme|Dr|Mr|Mrs|Ms)\.[^,;.]*)*,", re.IGNORECASE)


def _said_of_a_nearer_name(statement: Statement, span: tuple[int, int], anchors,
                           database: Optional[Database] = None) -> bool:
    """« Cloudwatt vise les grands comptes, complémentaire d'OBS positionné sur
    les PME »: a word whose nearest name before it, in a later clause, is
    another of the subject's kind is said of that name; so is one in a clause
    of that name before the subject's own (« Numergy … seul, Cloudwatt … »)."""
    keys = {a.entity for a in anchors}
    before = [m for m in statement.entities if m.end <= span[0] and not m.unknown]
    if not before or before[-1].entity in keys:
        return False
    if any(a.start >= span[1] and len(statement.text[span[1]:a.start].split()) <= 1
           and not re.search(r"[,;:.]", statement.text[span[1]:a.start]) for a in anchors):
        return False  # "Orange ditched the Cloudwatt name": said of the name right after it
    nearest = before[-1]
    # A later clause (after a comma) or a clause of its own ("Cloudwatt's positioning on large accounts
    # complemented OBS's focus on SMEs"); not names joined by "and" ("Cloudwatt and OBS target SMEs").
    def own_clause(a) -> bool:  # a name of the anchor's kind ("OBS's focus" against "Cloudwatt's"), not "the State's"
        return (database is not None and len(statement.text[a.end:nearest.start].split()) > 2
                and type_of(a.entity, database) == type_of(nearest.entity, database))

    def same_kind(a) -> bool:  # ("…, and Orange's Colin says demand is growing": a speaker, no other subject)
        return database is None or type_of(a.entity, database) == type_of(nearest.entity, database)

    if re.search(r"[,;:.]", statement.text[nearest.end:span[0]]):
        return False
    # « Numergy a bâti sa plateforme seul, Cloudwatt s'est fait aider »: the subject's own clause comes after.
    later_clause = all(a.start >= span[1] and re.search(r"[,;:]", statement.text[span[1]:a.start])
                       for a in anchors if a.entity not in {m.entity for m in before})
    return any(a.end <= nearest.start and same_kind(a) and (re.search(r"[,;]", statement.text[a.end:nearest.start])
                                                            or own_clause(a))
               for a in anchors) or (later_clause and any(a.start >= span[1] and same_kind(a) for a in anchors)
                                     and not any(a.end <= span[0] for a in anchors))


def _in_aside_of_another(statement: Statement, span: tuple[int, int], anchors) -> bool:
    """A span inside a relative clause set off by commas right after a name
    that is none of the claim's: what the clause says is said of that name."""
    keys = {a.entity for a in anchors}
    for aside in _RELATIVE_ASIDE.finditer(statement.text):
        if aside.start() <= span[0] and span[1] <= aside.end():
            before = [m for m in statement.entities if m.end <= aside.start()
                      and not statement.text[m.end:aside.start()].strip()]
            return bool(before) and before[-1].entity not in keys
    return False


_EARLIER_WORD = re.compile(r"\b(?:plus t[ôo]t|auparavant|earlier|ago|il y a|de cela)\b", re.IGNORECASE)


def _after_an_earlier_word(text: str, position: int) -> bool:
    """A figure right after "two years earlier" (« affiché deux ans plus tôt (500 M€) »), with no figure between."""
    found = [m for m in _EARLIER_WORD.finditer(text, max(0, position - 40), position)]
    return bool(found) and not re.search(r"[\d.;]", text[found[-1].end():position])


def _set_at_a_time_stated(claim: Claim, statement: Statement, database: Database) -> bool:
    """The claim's target was set (its `stated` date, or its source's year) at a date the statement gives itself."""
    stated = claim.qualifiers.get("stated") or source_year(claim, database)
    return isinstance(stated, TimeSpan) and any(times_agree(stated, t.span) for t in statement.times
                                                 if not (claim.period and times_agree(claim.period, t.span)))


def _in_earlier_aside(text: str, position: int) -> bool:
    """Whether a position lies in a relative clause set off by commas that is dated earlier."""
    return any(aside.start() <= position < aside.end() and _EARLIER_WORD.search(aside.group())
               for aside in _RELATIVE_ASIDE.finditer(text))


def _aside_length(text: str, low: int, high: int) -> int:
    return sum(m.end() - m.start() for pattern in (_RELATIVE_ASIDE, _DASH_ASIDE, _APPOSITION)
               for m in pattern.finditer(text, low, high))


# ", un réseau européen de fournisseurs … dont Numergy est à l'initiative,": a noun phrase that describes
# the name before it.
_APPOSITION = re.compile(r",\s*(?:un|une|le|la|les|l['’]|the|a|an)\s[^,;.()]{8,},", re.IGNORECASE)


# Between a word and the figure it takes, a hedge at most: "cut 50 jobs", "shed some 40", "after nearly 3 years".
_RIGHT_BEFORE_A_FIGURE = re.compile(r"(?i)[^\S\n]+(?:(?:nearly|almost|about|around|roughly|some|only|just|barely|over|"
                                    r"more\s+than|less\s+than|près\s+de|environ|quelque|seulement|plus\s+de|"
                                    r"moins\s+de)[^\S\n]+)?")


# The words a bare count counts: two at most, after « de »/"of" ("une centaine de salariés", "100 new employees").
_COUNTED_WORDS = re.compile(r"[^\S\n]*(?:(?:de|d['’]|des|of)[^\S\n]*)?"
                            r"([^\W\d_][\w'’-]*)(?:[^\S\n]+([^\W\d_][\w'’-]*))?")


def _counts_another_noun(claim: Claim, statement: Statement, mention) -> bool:
    """A bare count followed by a noun that is no word of the claim's property
    counts something else: "Numergy employait 40 développeurs" says nothing of
    its headcount, « 100 salariés » and "100 new employees" do."""
    counted = _COUNTED_WORDS.match(statement.text, mention.end)
    if counted is None or not counted.group(1).islower() or len(counted.group(1)) < 4 or (
            counted.group(1) in FUNCTION_WORDS or counted.group(1) in ("both", "each", "chacun", "chacune")):
        return False  # ("33,3 % dans Numergy", "22.2% plus …", "1/3 of both": no noun counted)
    cue_starts = {cue.start for cue in statement.cues.get(claim.property, ())}
    return not any(counted.start(group) in cue_starts for group in (1, 2) if counted.group(group))


# After a figure that is the gap between two others: "€300m lower than", "2.2 points more than", « de moins que ».
DIFFERENCE_AFTER = re.compile(r"(?i)[^\S\n]{1,3}(?:(?:percentage[^\S\n])?points?[^\S\n]{1,3})?"
                              r"(?:(?:lower|higher|more|less|fewer|smaller|larger|bigger|greater)"
                              r"(?:[^\S\n]{1,3}(?:of|in)[^\S\n]{1,3}[\w'’-]{1,30})?[^\S\n]{1,3}than"
                              r"|(?:de[^\S\n])?(?:moins|plus)[^\S\n]{1,3}(?:que|qu['’]))(?!\w)")


def _nearest_quantity(claim: Claim, value: Quantity, statement: Statement, key_positions: list[EntityMention],
                      named: set[str], used: set[int], database: Database, context: dict[str, frozenset[str]]):
    """The statement's figure of the same kind closest to the claim's entities,
    leaving out figures written against an entity the claim does not name,
    far from its entities, or that are a fraction of someone's holding. A
    claim whose property the statement does not cue can only confirm, so it
    takes a figure that agrees where there is one ("cut its revenue goal
    from €500m to €200m" holds the initial target's €500m)."""
    best = None
    agreeing = None
    confirm_only = claim.property not in statement.cues
    for index, mention in enumerate(statement.quantities):
        if index in used or not units_compatible(value, mention.quantity):
            continue
        if _HOLDING_FRACTION.match(squeeze(statement.text[mention.end:mention.end + WINDOW])):
            continue
        if DIFFERENCE_AFTER.match(statement.text, mention.end):
            continue  # "€300 million lower than the figure announced": a gap between two figures, neither of them
        if mention.quantity.unit == "percent" and _SHARE_OF_PEOPLE.match(
                squeeze(statement.text[mention.end:mention.end + WINDOW])):
            continue  # "laid off half of Cloudwatt's staff": a share of the staff, not of the company
        if statement.change is not None and mention.quantity.unit == "percent" and _CHANGE_BY.search(
                statement.text, max(0, mention.start - 4), mention.start) and not TO_AFTER.match(
                statement.text, mention.end):
            continue  # "cut its 2017 target by 60 %": how much it changed, no share of anything
        if database.properties[claim.property].event and _FROM_BEFORE.search(
                statement.text, max(0, mention.start - 12), mention.start) and TO_AFTER.match(statement.text, mention.end):
            continue  # "going from 44.4 % to the whole company": what it held before the event, not its outcome
        if statement.change is not None and any(_RIGHT_BEFORE_A_FIGURE.fullmatch(statement.text, end, mention.start)
                                                for _, end in statement.change_spans):
            continue  # "cut 50 jobs", « a supprimé 50 postes »: how many went, not how many there are
        if statement.earlier and claim.status == "target" and "stated" not in claim.qualifiers and _in_earlier_aside(
                statement.text, mention.start):
            continue  # « Cloudwatt, qui tablait deux ans plus tôt sur 500 M€, a ramené … »: the earlier target
        if statement.earlier and claim.status == "target" and _after_an_earlier_word(statement.text, mention.start) and (
                _set_at_a_time_stated(claim, statement, database)):
            continue  # « En 2014, l'objectif … représentait moins de la moitié de celui affiché deux ans plus tôt »
        if _said_of_the_other_kind(claim, statement, index, database):
            continue  # "€150m in total, €75m each": the total is the group's, the share each member's
        if not (_near_keys(statement, key_positions, mention.start, mention.end)
                or _next_to_period(claim, statement, mention.start, mention.end)):
            continue
        if _cued_only_in_a_relative_clause_without(claim, statement, mention):
            continue  # "Thales's stake, which Orange proposed to buy, stood at 22.2%": the stake's figure
        attached = figure_owners(statement, mention.start, mention.end, database)
        if attached and not attached & (named | set(claim.said_by)):
            continue  # (a figure written against the one the source has give it is theirs to give: "Tavernier : …")
        if any(m.start >= mention.end and not statement.text[mention.end:m.start].strip() and m.entity != claim.subject
               and type_of(m.entity, database) != "place" for m in statement.entities):
            continue  # "3 % of the €4.5bn Grand emprunt": a figure glued before a name is that name's own ("six European …" counts)
        if _closer_holder(claim, statement, mention, database):
            continue
        if _OF_ITS.match(statement.text, mention.end) or _ITS_BEFORE.search(
                statement.text, max(0, mention.start - 40), mention.start):
            # "Gandi said about a dozen of its employees were approached by … Numergy recruiters": Gandi's;
            # « la CDC a perçu 20 M€ lors de la cession à Orange de sa participation de 33,3 % »: the CDC's.
            owner = next((m for m in statement.entities if m.end <= mention.start and not m.unknown), None)
            if owner is not None and owner.entity != claim.subject and owner.entity not in named:
                continue
        if (value.unit is not None and mention.quantity.unit is None
                or mention.quantity.unit == "percent" and confirm_only) and _counts_another_noun(claim, statement, mention):
            # "40 développeurs OpenStack" are not Numergy's employees; "99.99% availability", with no word of
            # a takeover, is no share bought
            continue
        kind = f"quantity:{DIMENSIONS.get(dimension_of(mention.quantity.unit), 'count')}"
        placed = _placement(claim, statement, key_positions, mention.start, mention.end, kind, database, context)
        if placed is None:
            continue
        if best is None or placed < best[0]:
            best = (placed, index, mention)
        if confirm_only and quantities_agree(value, mention.quantity) and (agreeing is None or placed < agreeing[0]):
            agreeing = (placed, index, mention)
    best = agreeing or best
    return None if best is None else best[1:]


def _said_of_the_other_kind(claim: Claim, statement: Statement, index: int, database: Database) -> bool:
    """In a statement that gives both a total and a share each, whether the figure at `index` is the kind
    the claim is not: a total for a member's claim, a share each for the group's."""
    if not (statement.together and statement.each_spans):
        return False
    subject = database.entities.get(claim.subject)
    group = bool(subject and subject.members)
    return figure_followed_by(statement, index, statement.each_spans if group else statement.together)


def figure_followed_by(statement: Statement, index: int, spans) -> bool:
    """Whether one of `spans` stands between the figure at `index` and the next figure ("€75m each")."""
    mention = statement.quantities[index]
    following = statement.quantities[index + 1].start if index + 1 < len(statement.quantities) else len(statement.text)
    return any(mention.end <= start < following for start, _ in spans)


# A new clause with a subject pronoun of its own, after a colon or semicolon.
_PRONOUN_CLAUSE = re.compile(r"[:;][^\S\n]*(?:il|elle|ils|elles|on|it|they|he|she)\b", re.IGNORECASE)
_OF_ITS = re.compile(r"[^\S\n]+(?:of[^\S\n]+(?:its|their|his|her)|de[^\S\n]+(?:ses|leurs))\b", re.IGNORECASE)
# "its 33.3 % stake", « sa participation de 33,3 % »: a possessive, a noun or two, the figure.
_ITS_BEFORE = re.compile(r"(?i)(?<!\w)(?:its|their|sa|son|ses|leur|leurs)(?:[^\S\n]+[^\W\d_]{3,}){1,2}"
                         r"(?:[^\S\n]+(?:of|de|d['’]))?[^\S\n]*$")
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)(?:from|de|passant\s+de|passée?s?\s+de)\s+$")
_CHANGE_BY = re.compile(r"(?i)(?<!\w)(?:by|de)\s+$")
# « de 15 % à 10 % », « de 400 à 200 millions »: from, not by (an unaccented « a » only before a figure: "25% a year").
TO_AFTER = re.compile(r"(?i)\s+(?:à|to|a(?=\s+[\d€$]))\s")


# A relative clause set off by commas: ", which Orange proposed to buy,", « , que la CDC détenait, ».
_RELATIVE_CLAUSE = re.compile(r"(?i),[^\S\n]*(?P<pronoun>which|who|whom|whose|qui|que|qu['’]|dont|lequel|laquelle)"
                              r"(?!\w)[^,;:.()]*,")


def _cued_only_in_a_relative_clause_without(claim: Claim, statement: Statement, mention) -> bool:
    """The clause has its own subject, a name right after the pronoun ("which Orange proposed to buy"):
    what it says is that name's doing, not the described noun's (« Cloudwatt, qui tablait sur … »)."""
    cues = statement.cues.get(claim.property, ())
    clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(statement.text)
               if any(0 <= e.start - m.end("pronoun") <= RELATIVE_SUBJECT_REACH for e in statement.entities)]
    return bool(cues) and any(all(a <= c.start < b for c in cues) and not a <= mention.start < b for a, b in clauses)


RELATIVE_SUBJECT_REACH = 6  # characters from the pronoun to the clause's own subject ("which the CDC …")


def _closer_holder(claim: Claim, statement: Statement, mention, database: Database) -> bool:
    """For a stake, the figure goes with the nearest holder: in "the CDC kept its
    33.3 % stake when SFR and Bull changed hands", 33.3 % is the CDC's."""
    if not (database.properties[claim.property].value_is_key and isinstance(claim.value, EntityRef)):
        return False
    holder_types = {type_of(i, database) for i in claim.value.ids}
    holders = [m for m in statement.entities if type_of(m.entity, database) in holder_types
               and m.entity != claim.subject]
    if not holders:
        return False
    if _POSSESSIVE_BEFORE.search(statement.text, max(mention.start - 8, 0), mention.start):
        # "when it sold *its* 22.2 % stake in Cloudwatt to Orange": the one named before owns it.
        holders = [m for m in holders if m.end <= mention.start] or holders
    held = _HELD_BY.match(statement.text, mention.end)
    if held:
        # "the 33.3% stake held by Thales", « les 22,2 % détenus par Thales »: the one named after owns it.
        after = [m for m in holders if m.start >= held.end() and not statement.text[held.end():m.start].strip(" ")]
        holders = after or holders
    figure_aside = opening_aside(statement, decimals=True)
    if figure_aside is not None and figure_aside[0] in holders and figure_aside[1][0] <= mention.start < figure_aside[1][1]:
        # « Orange, premier actionnaire de Cloudwatt avec 44,4 % du capital, avait pour coactionnaires
        # Thalès … »: a figure in the aside after the opening holder is that holder's.
        return figure_aside[0].entity not in claim.value.ids
    opening = opening_aside(statement)
    if opening is not None and opening[0] in holders and not opening[1][0] <= mention.start < opening[1][1]:
        # « La CDC, actionnaire de Numergy aux côtés de SFR et de Bull, en détenait 33,3 % »: the
        # names in the aside after the opening holder hold no figure outside it.
        holders = [m for m in holders if not opening[1][0] <= m.start < opening[1][1]]
    asides = [*aside_spans(statement.text), *(m.span() for m in _RELATIVE_CLAUSE.finditer(statement.text))]
    # "Bull — a security firm, like Thales at Cloudwatt — held only 20 %", "Thales's stake, which Orange
    # proposed to buy, stood at 22.2 %": a name in an aside or a relative clause holds no figure outside it.
    holders = [m for m in holders if same_side(asides, m.start, mention.start)] or holders
    nearest = min(holders, key=lambda m: _gap(mention.start, mention.end, m.start, m.end))
    return nearest.entity not in claim.value.ids


_HELD_BY = re.compile(r"(?:[^\S\n]{1,3}(?:stake|share|holding|part|participation)s?)?[^\S\n]{1,3}"
                      r"(?:held|owned|détenue?s?|possédée?s?)[^\S\n]{1,3}(?:by|par)[^\S\n]{1,3}"
                      r"(?:(?:the|la|le|les)[^\S\n]{1,3}|l['’])?", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|sa|son|ses|leur|leurs)[^\S\n]{1,3}$", re.IGNORECASE)


def _next_to_period(claim: Claim, statement: Statement, start: int, end: int) -> bool:
    """A figure written against the date of the claim's period ("30,000 in
    2015") belongs to it, however far the sentence named the subject."""
    period = claim.period
    return period is not None and any(
        times_agree(period, t.span) and _gap(start, end, t.start, t.end) <= PERIOD_REACH for t in statement.times)


def _gap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(other_start - end, start - other_end, 0)


CLAUSE_PENALTY = 40
# A relative clause set off by a comma, up to the next clause mark: "IBM, which attended … in November 2012,".
_RELATIVE_OPENING = re.compile(rf",\s*{_RELATIVE_PRONOUN}\b[^,;:.()\[\]]*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()\[\]]")
# An opening phrase of what came before or after the main clause, to its comma.
_SEQUENCE_OPENING = re.compile(r"\s*(?:après|after|avant|before|following|suite à)\b[^,;:.]{0,80},", re.IGNORECASE)


def _across_an_order_word(claim: Claim, statement: Statement, key_positions: list[EntityMention],
                          start: int, end: int) -> bool:
    """Whether an order word ("before", « après que ») stands between a date and every
    name of the claim but its subject: the date is the other event's."""
    objects = [m for m in key_positions if m.entity != claim.subject]
    # (not the figure an order word takes: "leaves after 3 years at the helm" is how long, no other event)
    markers = [m for m in ORDER_WORD.finditer(statement.text) if m["when"] is None
               and not _RIGHT_BEFORE_A_FIGURE.fullmatch(statement.text, m.end(), start)]
    return bool(objects and markers) and all(
        any(min(end, o.end) <= marker.start() and marker.end() <= max(start, o.start) for marker in markers)
        for o in objects)


def _relative_clause(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of the relative clause set off by commas that holds [start, end), or None."""
    opening = _RELATIVE_OPENING.search(text, 0, start)
    if opening is None:
        return None
    closing = _CLAUSE_END.search(text, end)
    return opening.start(), closing.start() if closing else len(text)


_CLAUSE_MARK = re.compile(r"[,;:\[\]()|→]|->|\s(?:and|et)\s")


def _clause_gap(text: str, start: int, end: int, other_start: int, other_end: int) -> int:
    """The gap, longer across a comma or bracket: in « proposé le projet en mars
    2013, accepté en juin 2013 » March goes with « proposé », not « accepté »."""
    gap = _gap(start, end, other_start, other_end)
    return gap if in_one_clause(text, start, end, other_start, other_end) else gap + CLAUSE_PENALTY


def in_one_clause(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """No clause mark between two spans ("label: value" is one clause)."""
    between = text[min(end, other_end):max(start, other_start)]
    return between.strip() == ":" or not _CLAUSE_MARK.search(between)


# A compound verb ("had been available", « a été disponible »): a sentence, not a note.
_PERFECT = re.compile(r"\b(?:has|had|have|having)\s+been\b|\b(?:a|avait|ont|avaient)\s+été\b", re.IGNORECASE)


def infer_cues(statement: Statement, candidates, present: set[str], database: Database) -> Statement:
    """A terse note names no property ("Thales 33,3 % Cloudwatt", "Bull → Atos :
    avril 2014"), or only one that takes none of its figures (« Numergy :
    objectif 400 M€ en 2020 » cues a goal, which is words): when one
    property, among the claims naming all its entities (the most of them),
    can take every figure and date it states, the note is read as cueing
    that property too."""
    stated = {f"quantity:{DIMENSIONS.get(dimension_of(q.quantity.unit), 'count')}" for q in statement.quantities}
    stated |= {"time"} if statement.times else set()
    if not stated or any(database.properties[p].value_type != "text" for p in statement.cues) or any(
            claim.property in statement.cues and mention_kinds(claim) & stated for claim in candidates):
        return statement  # only words (a goal) leave the note's figures to another property
    if _PERFECT.search(statement.text):
        return statement  # "had been available for two months": a verb of its own, which no property knows
    fitting: dict[str, tuple[int, int]] = {}
    # Every name of the note must take part ("CDC : 150 M€ des Investissements
    # d'avenir" is no size of the programme: the CDC has no part in that).
    named = {e for e in statement.entity_ids if type_of(e, database) not in ATTRIBUTION_TYPES}
    for claim in candidates:
        if database.properties[claim.property].cued_only:
            continue  # ("Conf Partner VIP, 20/11, Tavernier": a setting, no attendance, unless words say so)
        keys = key_entities(claim, database)
        involved = named_entities(claim, keys)
        involved |= as_groups(involved, database) | {
            member for e in involved for member in getattr(database.entities.get(e), "members", ())}
        # A place of the note stands against the claim's place ("Conf Partner VIP 20/11/2012 — Lyon").
        # (Of the same date: "Partner VIP 2013, Lyon" may be another year's conference.)
        place = claim.qualifiers.get("place")
        same_date = isinstance(claim.value, TimeSpan) and all(times_agree(claim.value, t.span) for t in statement.times)
        places = {e for e in statement.entity_ids - involved if type_of(e, database) == "place"} if isinstance(
            place, EntityRef) and same_date else set()
        if named - involved:
            continue
        if stated <= mention_kinds(claim) and all(k in present for k in keys):
            fit = (len((named_entities(claim, keys) | places) & present), len(keys))
            fitting[claim.property] = max(fitting.get(claim.property, (0, 0)), fit)
    best = max(fitting.values(), default=(0, 0))
    chosen = [property_id for property_id, fit in fitting.items() if fit == best]
    if len(chosen) != 1 or (stated == {"time"} and best[0] < 2):
        return statement  # a name and a date alone could be any event of its history
    return replace(statement, cues={**statement.cues, chosen[0]: ()})


def cue_durations(statement: Statement, database: Database) -> Statement:
    """"Starck a dirigé Cloudwatt pendant trois ans": a duration said of a
    state (headed) is how long it held (tenure), whose property names the
    state in `duration_of`."""
    if not any(q.quantity.unit in DURATION_UNITS for q in statement.quantities):
        return statement
    added = {prop.id: statement.cues[prop.duration_of] for prop in database.properties.values()
             if prop.duration_of in statement.cues and prop.id not in statement.cues}
    return replace(statement, cues={**statement.cues, **added}) if added else statement


DURATION_UNITS = ("year", "month", "week", "day")


def mention_kinds(claim: Claim) -> frozenset[str]:
    """What a statement may state about a claim: figures of some dimension, dates."""
    kinds = set()
    for name, value in [("value", claim.value), *claim.qualifiers.items()]:
        if isinstance(value, Quantity):
            kinds.add(f"quantity:{DIMENSIONS.get(dimension_of(value.unit), 'count')}")
        elif isinstance(value, TimeSpan) and name not in ("since", "until"):
            kinds.add("time")
    return frozenset(kinds)


BESIDE_CUE = 12  # characters between a figure and a cue of its property that leave no doubt whose it is


# Between a figure and the noun it counts: "half of the capital", « la moitié du capital ».
_COUNTED_NOUN = re.compile(r"[^\S\n]{1,3}(?:du|de[^\S\n]+la|de[^\S\n]+l['’]|des|d['’]|de|of(?:[^\S\n]+(?:the|its|their))?)"
                           r"[^\S\n]{0,3}", re.IGNORECASE)


# Between a duration and the activity it is spent on: "three months testing", « trois mois à tester ».
_ACTIVITY_AFTER = re.compile(r"[^\S\n]{1,3}(?:(?:à|a|of|de|d['’]|to|on|in)[^\S\n]{1,3})?", re.IGNORECASE)


def _placement(claim: Claim, statement: Statement, key_positions: list[EntityMention],
               start: int, end: int, kind: str, database: Database,
               context: dict[str, frozenset[str]]) -> Optional[tuple[int, int]]:
    """How well a figure or date sits with this claim, smaller is better; None
    when it belongs to another fact. In "proposé 03/2013, validé 06/2013" each
    date goes with the word next to it; in "un millier d'environnements et
    cent trente partenaires" each figure with its noun; a figure of a
    periodic fact goes with the date of that period."""
    own_cues = statement.cues.get(claim.property, ())
    own = [_clause_gap(statement.text, start, end, m.start, m.end) for m in own_cues]
    counted = any(t.anchor is not None and (t.start, t.end) == (start, end) for t in statement.times)
    others = [_clause_gap(statement.text, start, end, m.start, m.end) for key, matches in statement.cues.items()
              if key != claim.property and key not in claim.qualifiers and kind in context.get(key, ())
              and key != database.properties[claim.property].broader
              for m in matches if not any(m.start < o.end and o.start < m.end for o in own_cues)
              and not (m.start < end and start < m.end)
              # (the event a duration counts from: "three years after its 2012 launch")
              and not (counted and 0 <= m.start - end <= 2)
              # (what a figure counts: « n'a racheté que la moitié du capital » is bought, not held)
              and not (kind.startswith("quantity") and _COUNTED_NOUN.fullmatch(statement.text, end, m.start))
              and not (kind == "time" and _in_another_relative_clause(statement.text, m, start))]
    # "for nine months" lasts as long as the verb before it: a cue after the figure does not take it.
    lasts_before = lasting(statement.text, start) and any(
        m.end <= start and in_one_clause(statement.text, m.start, m.end, start, end) for m in own_cues)
    if own and others and min(others) < min(own) and not lasts_before:
        return None
    if own and all(m.end <= start for m in own_cues) and kind == "quantity:duration" and any(
            _ACTIVITY_AFTER.fullmatch(statement.text, end, m.start) for key, matches in statement.cues.items()
            if key != claim.property and kind in context.get(key, ()) for m in matches):
        return None  # "spent roughly three months testing it": the time of the activity named after it
    if own and all(m.start >= end for m in own_cues) and kind == "quantity:duration" and lasting(
            statement.text, start) and any(
            m.end <= start and in_one_clause(statement.text, m.start, m.end, start, end)
            for key, matches in statement.cues.items()
            if key != claim.property and kind in context.get(key, ()) for m in matches):
        return None  # "tested it for nine months after building it …": how long the verb before it lasted
    if kind == "time" and own and all(m.end <= start and _PRONOUN_CLAUSE.search(statement.text, m.end, start)
                                      for m in own_cues):
        return None  # « … de quitter Andromède : il est revenu en février 2012 … »: the new clause's own verb
    field = _labelled_field(statement.text, start) if kind == "time" else None
    if own and field is not None and not any(field[0] <= m.start < field[1] for m in own_cues):
        return None  # "… quitting Andromède: SFR; rival project unveiled: February 2012": the field's own label
    clause = _relative_clause(statement.text, start, end)
    if own and clause is not None and not any(clause[0] <= m.start < clause[1] for m in own_cues):
        return None  # "IBM, which attended the conference in November 2012, had announced …"
    if kind == "time" and _in_an_aside_without(claim, statement, start):
        return None  # "IBM, one of the companies at the November 2012 conference, had announced …"
    if kind == "time" and own and all(_in_another_relative_clause(statement.text, m, start) for m in own_cues):
        return None  # « En 2015, Numergy, que SFR et Bull avaient soutenue à sa création, a été placée … »
    opening = _SEQUENCE_OPENING.match(statement.text)
    if own and opening and start >= opening.end() and all(m.end <= opening.end() for m in own_cues):
        return None  # « Après avoir quitté Andromède, Dassault revient en février 2012 »: what came before
    if kind == "time" and own and opening and end <= opening.end() and all(m.start >= opening.end() for m in own_cues):
        return None  # "After walking out of Andromède at the end of 2011, Dassault partnered with SFR": the walk-out's
    if _across_an_order_word(claim, statement, key_positions, start, end):
        return None  # "… came out in 2013, the year before the company released its IaaS offer"
    period = claim.period
    if period is not None:
        dated = [_clause_gap(statement.text, start, end, t.start, t.end) for t in statement.times
                 if times_agree(period, t.span)]
        if dated:
            nearest = min(statement.times, key=lambda t: (_clause_gap(statement.text, start, end, t.start, t.end),
                                                           not times_agree(period, t.span)))
            stated = claim.qualifiers.get("stated")
            if kind != "time" and not times_agree(period, nearest.span) and not (
                    isinstance(stated, TimeSpan) and times_agree(stated, nearest.span)):
                # "10,000 in December 2014 and 30,000 in 2015": each figure has its
                # date, or the date its target was set ("€500m, set in 2012").
                return None
            if own and min(own) <= BESIDE_CUE:
                return (min(own), min(dated))  # « 500 millions initialement »: the figure its own cue stands by
            return (min(dated), min(own, default=0))
    keys = sum(_gap(start, end, k.start, k.end) for k in key_positions) // max(len(key_positions), 1)
    return (min(own, default=keys), keys)


def _in_another_relative_clause(text: str, cue, position: int) -> bool:
    """Whether the cue stands in a relative clause set off by commas that `position` is outside."""
    clause = _relative_clause(text, cue.start, cue.end)
    return clause is not None and not clause[0] <= position < clause[1]


def _labelled_field(text: str, position: int) -> Optional[tuple[int, int]]:
    """The field of a note of "label: value" fields, joined by semicolons or
    set off by a dash ("safeguard procedure — cause: a loss in 2014"), that
    holds `position` in its value, with words in its label."""
    separators = [m for m in _FIELD_SEPARATOR.finditer(text)]
    if not separators:
        return None
    low = max((m.end() for m in separators if m.end() <= position), default=0)
    high = min((m.start() for m in separators if m.start() >= position), default=len(text))
    colon = text.find(":", low, position)
    return (low, high) if colon >= 0 and re.search(r"[^\W\d_]{3}", text[low:colon]) else None


_FIELD_SEPARATOR = re.compile(r";|\s[—–-]\s")


def _in_an_aside_without(claim: Claim, statement: Statement, position: int, of_another: bool = False) -> bool:
    """Whether `position` stands in an aside set off by commas that holds none of the claim's cues, while
    the statement has some. With `of_another`, only a participle's aside that holds another property's
    cue counts: in ", created by Orange and Thales in 2012," the names are the creation's; in « , un
    temps envisagé par Axelle Lemaire, » after « le rapprochement », the merger's."""
    cues = statement.cues.get(claim.property, ())
    asides = participle_asides(statement.text) if of_another else aside_spans(statement.text, participles=True)
    aside = next(((a, b) for a, b in asides if a <= position < b), None)
    if not cues or aside is None or any(aside[0] <= cue.start < aside[1] for cue in cues):
        return False
    return not of_another or any(aside[0] <= cue.start < aside[1] for key, matches in statement.cues.items()
                                 if key != claim.property for cue in matches)


def _entity_slot(claim: Claim, value: EntityRef, statement: Statement, keys: tuple[str, ...],
                 database: Database) -> Optional[SlotComparison]:
    """Compare the entities a claim names with the group the statement names."""
    claimed = set(value.ids)
    claimed_label = format_value(value, database)
    claimed_or_wider = and_wider(claimed, database)
    subjects = [m for m in statement.entities if m.entity in keys]
    # (The names in an aside the cue is outside of are the aside's: ", created by Orange and Thales,".)
    outside = [group for group in other_groups(statement, keys)
               if not _in_an_aside_without(claim, statement, group[0].start, of_another=True)]
    # (The group that names the value itself first: "Cloudwatt, founded by Orange, was folded into Orange
    # Business Services" names OBS in the second.)
    for group in sorted(outside if not claimed <= set(keys) else [],
                        key=lambda group: not any(m.entity in claimed for m in group)):
        if any(m.part for m in group):
            return None  # "Orange's consumer division": a part of Orange, neither OBS nor a rival to it
        if subjects and all(_WHEREAS.search(statement.text, min(m.end, group[0].end), max(m.start, group[0].start))
                            for m in subjects):
            continue  # "Cloudwatt was backed by SFR, while Numergy was backed by Orange": Orange is Numergy's
        group = tuple(m for m in group if m.entity in claimed
                      or not describes_a_value((m,), statement, claimed, database)) or group
        named = as_groups({m.entity for m in group}, database)
        if named & claimed_or_wider:
            extra = named - claimed_or_wider
            span = (group[0].start, group[-1].end)
            stated = statement.text[span[0]:span[1]]
            if extra and not value.complete:
                return None  # the source confirms some of the names and is silent on the others
            kinds = {type_of(e, database) for e in named}
            left_out = {e for e in as_groups(claimed, database) - named if not and_wider({e}, database) & named}
            if statement.only and not extra and any(type_of(e, database) in kinds for e in left_out):
                # "only Orange" where the source gives Orange and Thales: wrong, whether or not
                # the source's list is complete ("only in Val-de-Reuil" leaves out no place for Orange's).
                return SlotComparison("value", value, False, claimed_label, stated, span)
            if reversed_anywhere(claim, statement, group[0], database):
                return SlotComparison("value", value, False, f"{claimed_label} (roles as in the source)",
                                      f"{stated} (roles reversed)", span, reversed=True)
            return SlotComparison("value", value, not extra, claimed_label, stated, span)
    rivals = [group for group in rival_groups(value, statement, keys, database, outside)
              if rival_in_place(group, claim, statement, database) or any(m.entity in statement.focus for m in group)]
    if len(rivals) > 1:
        # "… took over at Cloudwatt, the month SFR was bought by Orange": the agent a cue names wins.
        agents = {agent for cue in statement.cues.get(claim.property, ()) if (agent := agent_after(statement, cue.end))}
        rivals = [group for group in rivals if set(group) & agents] or rivals
    # (A list the source gives in full, `complete`, has no room for another name either.)
    if len(rivals) == 1 and (database.properties[claim.property].single_value or value.complete
                             or any(m.entity in statement.focus for m in rivals[0])):
        group = rivals[0]
        span = (group[0].start, group[-1].end)
        return SlotComparison("value", value, False, claimed_label, statement.text[span[0]:span[1]], span)
    return None
