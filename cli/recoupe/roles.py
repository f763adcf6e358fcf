"""Who does what to whom: rival values, the direction of a relation, groups, places.

A statement that names another buyer than the source's contradicts it only
if that name stands where a buyer stands: next to a cue of the property,
close to the subject, on the actor's side of an active or passive verb.
Groups stand for their members and places for the places within them.
"""

from __future__ import annotations

import re
from typing import Optional

from .database import Database
from .extract.statement import EntityMention, Statement
from .extract.times import TimeMention
from .model import Claim, EntityRef
from .normalise import words
from .segment import DASH_ASIDE

LOCALITY = 80


# Names that never own a figure: "selon Les Echos" credits it, "20 % of France's market" scopes it.
ATTRIBUTION_TYPES = ("media", "place")


RIVAL_REACH = 40


OBJECT_REACH = 12


PASSIVE_REACH = 12


PREDICATE_WORDS = 3
_NOMINAL = re.compile(r"\s+(?:de|des|du|d'|d’|of)\b", re.IGNORECASE)
# Between a name and a title noun: a verb other than a copula, then a determiner ("asked the two", « a interrogé les »).
_OBJECT_OF_ANOTHER_VERB = re.compile(
    r"[^\S\n]+(?!(?:is|was|were|are|became|becomes|remains|est|était|fut|devient|devenu|reste|a\s+été)\b)"
    r"(?:[^\W\d_]+[^\S\n]+){1,2}(?:the|les|des|ses|their|his|its|ces|leurs)(?:[^\S\n]+(?:two|deux|three|trois))?[^\S\n]+",
    re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:by|par)\b", re.IGNORECASE)


_BY_AFTER = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
# "a été racheté à 100 % par SFR": the agent's "by" a few words after the cue (not « le remplaçant
# du sympathique mais débordé par … », where "par" has a participle of its own).
_PASSIVE_AFTER_CUE = re.compile(r"(?:[^\S\n]+[^\s]+){0,3}?[^\S\n]+(?:by|par)\b", re.IGNORECASE)


# (An adverb or "each" may stand between: "were each funded", "was later bought", « a été entièrement racheté ».)
# A sum right after a verb, as its object (figures written as "N"): « récupéré l'intégralité de ses N », "got back its N".
_SUM_AS_OBJECT = re.compile(r"(?i)(?:[^\S\n]+(?:back|l['’]intégralité|la\s+totalité|all|de|d['’]|ses|sa|son|its|their|the|les|leurs))*"
                            r"[^\S\n]*N\b")
# A name in the genitive before a common noun ("Riner's ads"): the noun is what the sentence speaks of.
_OWNS_A_NOUN = re.compile(r"['’]s?[^\S\n]+[a-z][\w-]*")
# A past participle ("bought", "acquired", "taken", « racheté », « repris »), not "in charge" after "was".
_PARTICIPLE = re.compile(r"(?i)[^\W\d_]+(?:ed|en|ght|ld|wn|é|ée|és|ées|is|ise|it|ite|u|ue|us)(?![\w'’])")
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|été|est|sont|fut|furent)"
                        r"(?: (?:each|both|all|also|later|then|eventually|finally|fully|entirely|partly|jointly|"
                        r"chacune?|toutes deux|tous deux|aussi|également|ensuite|finalement|entièrement|"
                        r"partiellement|conjointement))? ?$", re.IGNORECASE)


_PREPOSITIONAL = re.compile(r"\b(?:of|de|d'|du|with|avec|to|à|au|in|dans|for|pour|into)\s*$", re.IGNORECASE)


# "took the place of", « a pris la succession de », « prend la tête de »: a verb and its noun, a voice to read.
_LIGHT_VERB_OPENING = re.compile(r"(?i)(?:(?:a|ont|avait|avaient)[^\S\n]+)?(?:pris|prend|prennent|prenne|prendre|took|takes"
                                 r"|take|taken|taking)(?!\w)")
_INFINITIVE = re.compile(r"(?:er|ir|re|oir)\b", re.IGNORECASE)
_OF_BEFORE_CUE = re.compile(r"(?<![\w'’])(?:of|de|du|des|d['’])[^\S\n]*$", re.IGNORECASE)
_OF_AFTER_CUE = re.compile(r"[^\S\n]*(?:of|de|du|des|d['’])(?![\w'’])", re.IGNORECASE)

WINDOW = 60


def squeeze(text: str) -> str:
    """White space folded to single spaces and trimmed, so patterns stay linear."""
    return " ".join(text.split())


def other_groups(statement: Statement, keys: tuple[str, ...]) -> list[tuple[EntityMention, ...]]:
    """Coordinated entity groups that do not include a key: candidates for the value."""
    return [group for group in statement.groups if not any(m.entity in keys for m in group)]


def as_groups(named: set[str], database: Database) -> set[str]:
    """Names a statement lists, with each group they make up in full replacing
    its members: "Cloudwatt et Numergy" names the two sovereign cloud companies."""
    for entity in database.groups:
        if set(entity.members) <= named:
            named = (named - set(entity.members)) | {entity.id}
    return named


def wider(entity_id: str, database: Database) -> set[str]:
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


def and_wider(ids, database: Database) -> set[str]:
    """The entities and what each is part of, transitively (a place and its region and country)."""
    return set(ids) | {whole for entity_id in ids for whole in wider(entity_id, database)}


def rival_groups(value: EntityRef, statement: Statement, keys: tuple[str, ...], database: Database,
                 groups: Optional[list[tuple[EntityMention, ...]]] = None):
    """Groups naming entities of the claimed kind, none of them the claimed one (or what contains it),
    among `groups` (by default every group without a key)."""
    claimed = and_wider(value.ids, database)
    claimed_types = {type_of(i, database) for i in claimed}
    groups = other_groups(statement, keys) if groups is None else groups
    if any({m.entity for m in group} & claimed for group in groups):
        return []
    # An unknown name may rival an organisation or a person, not a place: it
    # could lie inside the claimed one (Reims is in France); a person it rivals
    # by a first name and a surname ("Cloudwatt ran Ceph" names software).
    open_types = {"unknown"} if claimed_types - {"place"} else set()
    return [group for group in groups
            if all(type_of(m.entity, database) in claimed_types | open_types
                   and not (m.unknown and claimed_types == {"person"} and len(statement.text[m.start:m.end].split()) < 2)
                   and not wider(m.entity, database) & set(value.ids)
                   and not (m.unknown and _LOCATIVE_BEFORE.search(statement.text, max(m.start - 12, 0), m.start))
                   for m in group)
            and not describes_a_value(group, statement, claimed, database)]


# "in Boulogne-Billancourt", « à Rouen »: an unknown name after these is a place, no person or company.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|à|en|près de|au|aux)[^\S\n]{1,3}$", re.IGNORECASE)


def describes_a_value(group, statement: Statement, claimed: set[str], database: Database) -> bool:
    """A place right beside a claimed name qualifies it ("the Swiss operator
    Green.ch", « Green.ch en Suisse »): it is no rival value."""
    if any(type_of(m.entity, database) != "place" for m in group):
        return False
    for other in statement.entities:
        if other.entity not in claimed or other in group:
            continue
        gap = statement.text[group[-1].end:other.start] if group[-1].end <= other.start \
            else statement.text[other.end:group[0].start]
        if len(gap.split()) <= 2 and not _PUNCTUATION.search(gap):
            return True
    return False


_PUNCTUATION = re.compile(r"[,;:.()«»\"“”\[\]]")


def type_of(entity_id: str, database: Database) -> str:
    entity = database.entities.get(entity_id)
    return entity.type if entity else "unknown"


def rival_in_place(group: tuple[EntityMention, ...], claim: Claim, statement: Statement,
                    database: Database) -> bool:
    """A rival value counts only where it could be this claim's value: next to
    a cue of the property ("racheté par SFR", "SFR a racheté"), with the
    subject close by and no other entity between them. In "Cloudwatt ...
    (eNovance, depuis racheté par Red Hat)" Red Hat buys eNovance."""
    members = set(group)
    order = list(statement.entities)
    rival_types = {type_of(m.entity, database) for m in group} - {"unknown"}
    asides = aside_spans(statement.text, participles=True)
    cues = [cue for cue in statement.cues.get(claim.property, ())
            if (max(group[0].start - cue.end, cue.start - group[-1].end) <= RIVAL_REACH
                or _agent_reaches(statement, cue, group[0].start))
            and same_side(asides, group[0].start, cue.start)]
    for cue in cues:
        if cue.end <= group[0].start and _RELATIVE_WORD.search(statement.text, cue.end, group[0].start):
            continue  # "bought by a Luxembourg company that also owns Numericable": the relative clause's
        gap = statement.text[group[-1].end:cue.start].split()
        if group[0].start < cue.start and len(gap) > PREDICATE_WORDS and _NOMINAL.match(statement.text, cue.end):
            # "… abandonné après les rachats de SFR": a noun names who was bought,
            # and a name further back is not the buyer ("Bull était le chef de file de" is).
            continue
        if group[0].start < cue.start and _OBJECT_OF_ANOTHER_VERB.fullmatch(statement.text, group[-1].end, cue.start):
            continue  # "Simottel asked the two presidents": the title is of the verb's object
        owned = _OWNS_A_NOUN.match(statement.text, group[-1].end) if group[-1].end <= cue.start else None
        if owned and owned.end() < cue.start:
            continue  # "Teddy Riner's ads for Cloudwatt ran in 2013": the ads ran, not Riner
        if group[-1].end <= cue.start and _PARTICIPLE.match(statement.text, cue.start) and _AUXILIARY.search(
                squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start])):
            continue  # "… merging Cloudwatt and Numergy was dropped once SFR had been bought": a passive's agent follows it

        for subject in (m for m in order if m.entity == claim.subject):
            low, high = sorted((subject.end, group[0].start)) if subject.end <= group[0].start else (group[-1].end, subject.start)
            inside = sum(min(end, high) - max(start, low) for start, end in asides if start < high and low < end)
            if max(group[0].start - subject.end, subject.start - group[-1].end) - inside > LOCALITY:
                continue  # (an aside between them does not count: "eNovance, le spécialiste qui …, racheté par IBM")
            if _roles_reversed(claim, statement, subject, group[0], cue, database):
                continue
            low, high = sorted((order.index(subject), order.index(group[0])))
            # (Names coordinated with the subject share its verb: "SFR and Bull were bought by Orange".)
            alongside = next((set(g) for g in statement.groups if subject in g), set())
            between = [m for m in order[low + 1:high] if m not in members and m not in alongside
                       and (not rival_types or type_of(m.entity, database) in rival_types | {"unknown"})
                       and same_side(asides, m.start, group[0].start)]
            if not between:
                return True
    return False


# "acquired in 2014 by IT services firm Atos", « racheté en 2014 par la société de services informatiques
# Atos »: the agent after the cue, past a date and the words that describe it.
_AGENT_PAST_WORDS = re.compile(r"[^,;:.()«»]*?\b(?:par|by)[^\S\n]+(?:[^\W\d_]+['’]?[^\S\n]*){0,6}", re.IGNORECASE)


_BY_WORD = re.compile(r"\b(?:par|by)\b", re.IGNORECASE)


def _agent_reaches(statement: Statement, cue, name_start: int) -> bool:
    """Whether the name is the agent of this cue's verb, past a date and describing words, with no
    other cue between ("helped Cloudwatt build its infrastructure, since acquired by Red Hat": Red
    Hat acquired, it did not build)."""
    if not 0 <= name_start - cue.end <= LOCALITY or not _AGENT_PAST_WORDS.fullmatch(statement.text, cue.end, name_start):
        return False
    by = cue.end + _BY_WORD.search(statement.text[cue.end:name_start]).start()
    return not any(cue.end <= m.start < by for matches in statement.cues.values() for m in matches)


# ", the firm that helped Cloudwatt build its cloud,", « , qui a aidé Cloudwatt, »: an
# apposition or a relative clause set off by commas, which says something of its own.
_ASIDE = re.compile(r",[^\S\n]{0,3}(?:the|a|an|le|la|les|l['’]|un|une|which|who|whose|that|qui|dont|que|one of)\b"
                    r"[^,;.()]{0,120},"
                    # ", coactionnaire de Numergy,", ", shareholder of Numergy,": a role noun without an article
                    r"|,[^\S\n]{0,3}(?:co-?)?(?:actionnaire|shareholder|partenaire|partner|filiale|subsidiary|"
                    r"fondateur|founder|concurrent|rival|maison\s+mère|parent)s?[^\S\n]{1,3}(?:de|d['’]|du|des|of)"
                    r"(?!\w)[^,;.()]{0,60},"
                    r"|" + DASH_ASIDE, re.IGNORECASE)


# ", launched by Orange and Thales in September 2012,", « , créée en 2012, »: a participle's phrase set off
# by commas, which dates its own participle.
_PARTICIPLE_ASIDE = re.compile(r",[^\S\n]{0,3}(?:[a-zà-ÿ]{2,24}(?:ed|é|ée|és|ées)|built|set[^\S\n]up|bought|sold|held|"
                               r"acquise?s?|reprise?s?|construite?s?|née?)\b[^,;.()]{0,120},")


def aside_spans(text: str, participles: bool = False) -> list[tuple[int, int]]:
    """Asides set off by commas or dashes; with `participles`, a participle's phrase too (which may
    also be an apposition that describes the name before it)."""
    spans = [m.span() for m in _ASIDE.finditer(text) if not _OPENING_PHRASE.fullmatch(text, 0, m.start())]
    return sorted([*spans, *participle_asides(text)]) if participles else spans


# "En 2012, le président de Numergy, c'était …": the first comma closes an opening phrase; what follows
# it is the subject, not an aside about a name before.
_OPENING_PHRASE = re.compile(r"(?i)[^\S\n]*(?:en|in|au|à|dès|depuis|après|avant|fin|début|then|by|at|since|after|"
                             r"before|early|late|from|ensuite|puis|alors|bon|donc|today|aujourd['’]hui)"
                             r"(?![\w'’])[^,;.()\n]{0,30}(?:,[^\S\n]{0,3}(?:bon|donc|alors|well|so)(?!\w))?")


def participle_asides(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARTICIPLE_ASIDE.finditer(text)]


def same_side(asides: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether two points are both inside, or both outside, each aside."""
    return all((start <= a < end) == (start <= b < end) for start, end in asides)


def rival_subject(claim: Claim, statement: Statement, keys: tuple[str, ...],
                  database: Database) -> Optional[EntityMention]:
    """For a relation with one subject per value ("Starck was replaced at
    Cloudwatt by one person"): another entity of the subject's kind standing
    where the subject stands around a cue, with the claim's value on the
    other side ("Starck was replaced by Tavernier", "Tavernier replaced Starck")."""
    if not database.properties[claim.property].single_subject or not isinstance(claim.value, EntityRef):
        return None
    if claim.subject in statement.entity_ids:
        return None
    values = [m for m in statement.entities if m.entity in claim.value.ids]
    kind = type_of(claim.subject, database)
    involved = named_entities(claim, keys)
    for cue in statement.cues.get(claim.property, ()):
        for value in values:
            passive = _passive(statement, cue, value)
            for other in statement.entities:
                if other.unknown or other.entity in involved or type_of(other.entity, database) != kind:
                    continue
                if max(other.start - cue.end, cue.start - other.end) > RIVAL_REACH:
                    continue
                other_first, value_first = other.end <= cue.start, value.end <= cue.start
                if other_first != value_first and other_first != passive:
                    return other
    return None


def reversed_anywhere(claim: Claim, statement: Statement, value: EntityMention, database: Database) -> bool:
    """The statement names subject and value with their roles swapped around
    every cue of the property: "Thales replaced Orange" for "Orange replaced Thales"."""
    cues = statement.cues.get(claim.property, ())
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    # (Only the cues between the two names have a voice to read: "accused Ikoula of unfair competition".)
    between = [(cue, subject) for cue in cues for subject in subjects
               if (subject.start < cue.start) != (value.start < cue.start)]
    return bool(between) and all(_roles_reversed(claim, statement, subject, value, cue, database)
                                 for cue, subject in between)


def subject_acts(claim: Claim, statement: Statement, database: Database) -> bool:
    """"SFR bought Numergy" is not about SFR being bought: for a relation the
    subject undergoes, the subject standing where the actor stands (before an
    active verb, after a passive one) around every cue means another event."""
    if database.properties[claim.property].subject_role != "patient":
        return False
    if isinstance(claim.value, EntityRef) and set(claim.value.ids) & statement.entity_ids:
        return False  # subject and value swapped: a contradiction, read by the value slot
    if statement.focus - {claim.subject}:
        return False  # « Numergy, c'est Orange qui le rachète »: the cleft's name acts, the topic undergoes
    # With no cue of its own, the cue of a qualifier: "SFR paid the CDC €20m" (a price) has SFR pay.
    own = statement.cues.get(claim.property, ()) or tuple(
        cue for name in claim.qualifiers for cue in statement.cues.get(name, ()))
    cues = [cue for cue in own if not _PREPOSITIONAL.search(statement.text[cue.start:cue.end])
            and not _AGENT_NOUN.fullmatch(statement.text, cue.start, cue.end)]
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    if not cues or not subjects:
        return False
    for cue in cues:
        for subject in subjects:
            if subject.end > cue.start and subject.start < cue.end:
                return False
            after = [m.start for m in statement.entities if m.start >= cue.end]
            passive = _AUXILIARY.search(squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start])) or _PASSIVE.search(
                statement.text[cue.start:after[0] if after else cue.end + PASSIVE_REACH]) or _transfer_between(
                statement, cue.start, after[0] if after else cue.end + PASSIVE_REACH)
            actor_first = not passive
            if (subject.start < cue.start) != actor_first:
                return False
    return True


ACTOR_TYPES = ("organisation", "group", "person")


def another_receiver(claim: Claim, statement: Statement, database: Database) -> Optional[EntityMention]:
    """« La Caisse des Dépôts a touché 30 M€ en cédant sa part de Cloudwatt »:
    for money the claim's subject receives (a `received` property), another
    name right before a word of receiving got other money."""
    if not database.properties[claim.property].received:
        return None
    subject = {claim.subject} | as_groups({claim.subject}, database)
    for start, _ in statement.receiving:
        nearest = _name_right_before(statement, start)
        if (nearest is not None and not nearest.unknown and nearest.entity not in subject
                and claim.subject not in getattr(database.entities.get(nearest.entity), "members", ())):
            return nearest
    return None


def agent_after(statement: Statement, end: int) -> Optional[EntityMention]:
    """« les 22,2 % détenus par Bull », "the stake held by Bull": the name right after a passive cue's "by"."""
    by = _BY_AFTER.match(statement.text, end)
    if by is None:
        return None
    after = [m for m in statement.entities if m.start >= by.end()]
    if not after:
        return None
    gap = statement.text[by.end():after[0].start]
    return after[0] if len(gap.split()) <= 1 and not _PUNCTUATION.search(gap) else None


def _name_right_before(statement: Statement, start: int) -> Optional[EntityMention]:
    """The name just before `start`, with a few words and no punctuation between: who does what follows."""
    before = [m for m in statement.entities if m.end <= start]
    if not before:
        return None
    nearest = before[-1]
    gap = statement.text[nearest.end:start]
    asides = aside_spans(statement.text)
    if not same_side(asides, nearest.start, start):
        # "Bull — like Thales at Cloudwatt — held 20 %", « Teddy Riner, qui a porté la communication
        # de Cloudwatt, aurait touché … »: the name before the aside does what follows it.
        around = next(((a, b) for a, b in asides if a <= nearest.start < b and not a <= start < b), None)
        outside = [m for m in before if around and m.end <= around[0]]
        if not outside:
            return None  # (or the point itself is inside an aside the name is not)
        low, high = around
        nearest, gap = outside[-1], statement.text[outside[-1].end:low] + statement.text[high:start]
    # A denial between them ("Bull was not a shareholder") and light words ("stayed on as a shareholder")
    # are no words of the distance.
    denied = sum(len(statement.text[max(a, nearest.end):min(b, start)].split())
                 for a, b in statement.negations if a < start and b > nearest.end)
    light = sum(1 for word in gap.lower().split() if word in _LIGHT_WORDS)
    return nearest if len(gap.split()) - denied - light <= ACTOR_GAP_WORDS and not _PUNCTUATION.search(gap) else None


_LIGHT_WORDS = frozenset("a an as on one of un une comme".split())


def another_actor(claim: Claim, statement: Statement, keys: tuple[str, ...],
                  database: Database) -> Optional[EntityMention]:
    """For a relation between two named parties (a stake, a partnership), the
    name standing right before every cue, in the cue's own clause, when it is
    an organisation or person the claim does not involve: in "After Dassault
    quit, Thales teamed up with SFR" the teaming up is Thales's, whatever the
    database says of Dassault and SFR."""
    prop = database.properties[claim.property]
    if not prop.value_is_key:
        # Another name there is a rival value, for the value slot to judge,
        # unless it cannot be one: "Didier Renard took over at Cloudwatt" is a
        # person taking the helm, not a buyer of Cloudwatt.
        return _actor_of_another_kind(claim, statement, keys, database) if prop.subject_role == "patient" else None
    involved = named_entities(claim, keys)
    cues = statement.cues.get(claim.property, ())
    asides = aside_spans(statement.text)
    if cues and not any(same_side(asides, m.start, cue.start) for m in statement.entities
                        if m.entity == claim.subject for cue in cues):
        return None  # the subject is named only in an aside: the cue is about something else
    actor = None
    for cue in cues:
        agent = agent_after(statement, cue.end)
        nearest = agent or _name_right_before(statement, cue.start)
        if (nearest is None or nearest.unknown
                or agent is None and _COMPLEMENT.search(statement.text, max(nearest.start - 12, 0), nearest.start)
                or _AS_ITS.match(statement.text, nearest.end)  # "SFR announced Thales as its new partner"
                or nearest.entity in involved or type_of(nearest.entity, database) not in ACTOR_TYPES
                or as_groups({nearest.entity}, database) & involved
                or set(database.entities[nearest.entity].members) & involved):
            return None
        actor = nearest
    return actor


# "… Thales as its new partner", « … Bull comme son nouveau partenaire »: the name is what the owner of
# "its" has, not who acts.
_AS_ITS = re.compile(r"(?i)[^\S\n]{1,3}(?:as|comme)[^\S\n]{1,3}(?:its|their|his|her|son|sa|ses|leur|leurs)(?!\w)")


_NOT_UNDERGOING = re.compile(r"\b(?:from|to|with|for|auprès de|de chez|à|avec|pour)\s+(?:the\s+|l['’]|la\s+|le\s+)?$",
                             re.IGNORECASE)


# A word of order right before the subject ("only after Cloudwatt's offer had gone live"), not a deadline
# (« avant la fin du mois »).
_ORDERED_BEFORE = re.compile(r"\b(?:after|before|when|once|(?<!a )while|après|avant que|lorsque|quand|alors que|tandis que)"
                             r"(?:[^\S\n]+(?:the|its|la|le|l['’]))?[^\S\n]*$", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|qui|que|dont|lequel|laquelle)\b|\bqu['’]", re.IGNORECASE)


def actor_instead_of_value(claim: Claim, statement: Statement, database: Database) -> Optional[EntityMention]:
    """"Thales planned to buy Orange's and the CDC's stakes in Cloudwatt": for a
    relation the subject undergoes from one party (a buyer), another name of
    the party's kind right before every cue, in the active voice, is the one
    who does it; the claim's party named only after the cue does not."""
    prop = database.properties[claim.property]
    if prop.subject_role != "patient" or not prop.single_value or not isinstance(claim.value, EntityRef):
        return None
    cues = statement.cues.get(claim.property, ())
    if not cues or statement.negations or claim.subject not in statement.entity_ids:
        return None
    if all(_NOT_UNDERGOING.search(statement.text, max(m.start - 14, 0), m.start) for m in statement.entities
           if m.entity == claim.subject):
        return None  # "Numergy bought its infrastructure from SFR": SFR sells, it is not bought
    kinds = {type_of(i, database) for i in claim.value.ids}
    actor = None
    for cue in cues:
        if any(m.entity in claim.value.ids and m.end <= cue.start for m in statement.entities):
            return None
        if any(_RELATIVE_WORD.search(statement.text, cue.end, m.start)
               or _ORDERED_BEFORE.search(statement.text, cue.end, m.start)
               for m in statement.entities if m.entity == claim.subject and m.start >= cue.end):
            # "…acquired eNovance, the firm that helped Cloudwatt …", "… only after Cloudwatt's offer had gone
            # live": the subject is another clause's
            return None
        if _SUM_AS_OBJECT.match(_without_figures(statement, cue.end, min(
                (m.start for m in statement.entities if m.start >= cue.end), default=len(statement.text)))):
            return None  # « la CDC a récupéré l'intégralité de ses 75 M€ »: it got money back, it bought nothing
        nearest = _name_right_before(statement, cue.start) or _cleft_focus_before(statement, cue.start)
        if (nearest is None or nearest.unknown or nearest.entity in claim.value.ids or nearest.entity == claim.subject
                or type_of(nearest.entity, database) not in kinds or _passive(statement, cue, nearest)
                or _AUXILIARY.search(squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start]))
                or _PASSIVE.search(statement.text[cue.start:cue.end])):
            return None
        actor = nearest
    return actor


def _cleft_focus_before(statement: Statement, start: int) -> Optional[EntityMention]:
    """« c'est Thalès qui projetait de racheter … »: the name a cleft singles out, the last name before `start`."""
    before = [m for m in statement.entities if m.end <= start]
    return before[-1] if before and before[-1].entity in statement.focus else None


def _actor_of_another_kind(claim: Claim, statement: Statement, keys: tuple[str, ...],
                           database: Database) -> Optional[EntityMention]:
    if not isinstance(claim.value, EntityRef):
        return None
    value_types = {type_of(i, database) for i in claim.value.ids}
    involved = named_entities(claim, keys)
    actors = []
    for cue in statement.cues.get(claim.property, ()):
        before = [m for m in statement.entities if m.end <= cue.start]
        nearest = before[-1] if before else None
        gap = statement.text[nearest.end:cue.start] if nearest else ""
        if nearest is None or not (
                len(gap.split()) <= ACTOR_GAP_WORDS and not _PUNCTUATION.search(gap) and not nearest.unknown
                and nearest.entity not in involved and type_of(nearest.entity, database) not in value_types | {"place", "media"}
                and not _passive(statement, cue, nearest)):
            return None  # one cue of its own ("… took over at Cloudwatt, the month SFR was bought by Altice")
        actors.append(nearest)
    return actors[0] if actors else None


# "Le Plan Calcul, souvent cité par les détracteurs du cloud souverain, avait été
# lancé en 1966": a name opening the sentence, then an aside in commas that
# starts with a word, not another name of a list ("Orange, Thales et la CDC…").
_OPENING_NAME_ASIDE = re.compile(r"\s*,\s*(?P<aside>[a-zà-ÿ][^,;:.()]*?)\s*,\s", re.UNICODE)
# (With `decimals`, a decimal comma or point stays inside: « , premier actionnaire avec 44,4 % du capital, ».)
_OPENING_NAME_ASIDE_DECIMALS = re.compile(r"\s*,\s*(?P<aside>[a-zà-ÿ](?:[^,;:.()]|(?<=\d)[,.](?=\d))*?)\s*,\s",
                                          re.UNICODE)
_LIST_WORDS = {"et", "and", "ou", "or", "ni", "nor"}


def opening_aside(statement: Statement, decimals: bool = False) -> Optional[tuple[EntityMention, tuple[int, int]]]:
    """The sentence's opening name and the span of the aside right after it
    (« La CDC, actionnaire de Numergy aux côtés de SFR, … »), or None."""
    if not statement.entities:
        return None
    head = statement.entities[0]
    before = statement.text[:head.start].strip().lower()
    if before not in ("", "le", "la", "les", "l'", "l’", "the") or head.unknown:
        return None
    aside = (_OPENING_NAME_ASIDE_DECIMALS if decimals else _OPENING_NAME_ASIDE).match(statement.text, head.end)
    if aside is None or aside["aside"].split()[0].lower() in _LIST_WORDS:
        return None
    return head, (aside.start("aside"), aside.end("aside"))


def named_in_aside(claim: Claim, statement: Statement, keys: tuple[str, ...],
                   database: Database) -> Optional[EntityMention]:
    """The sentence's opening name when the claim's subject is named only in
    the aside that follows it: the sentence says what the opening name did,
    the aside only where the other comes in. Returns the opening name."""
    opening = opening_aside(statement)
    if opening is None:
        return None
    head, (aside_start, aside_end) = opening
    involved = named_entities(claim, keys)
    if head.entity in involved or as_groups({head.entity}, database) & involved or set(
            database.entities[head.entity].members) & involved:
        return None
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    inside = all(aside_start <= m.start and m.end <= aside_end for m in subjects)
    prop = database.properties[claim.property]
    if isinstance(claim.value, EntityRef) and (prop.single_value or prop.single_holder) and type_of(
            head.entity, database) in {type_of(i, database) for i in claim.value.ids} and any(
            aside_start <= cue.start < aside_end for cue in statement.cues.get(claim.property, ())):
        # « Patrick Starck, président de Numergy, … »: the aside gives the head the claim's role, which
        # one holder at a time has; of a role many hold (« la CDC, actionnaire de Numergy aux côtés de
        # SFR et de Bull, … ») the sentence speaks of the head's.
        return None
    if any(_APPOSED_CUE.fullmatch(statement.text, m.end, cue.start) for m in subjects
           for cue in statement.cues.get(claim.property, ()) if cue.start >= m.end):
        return None  # « …, pour remplacer Patrick Starck, resté aux manettes un an et demi »: said of the subject
    if _THE_LATTER.search(statement.text, aside_end):
        return None  # « Tavernier, qui présidait Numergy, … la vocation de celle-ci »: the sentence points back at it
    return head if subjects and inside else None


# Pronouns that point at the last thing named, not at the sentence's opening name.
_THE_LATTER = re.compile(r"(?i)\b(?:celle-ci|celui-ci|celles-ci|ceux-ci|cette\s+dernière|ce\s+dernier|the\s+latter)\b")


# ", the firm that helped Cloudwatt build its platform." : an aside that runs to the end of the sentence.
_TRAILING_ASIDE = re.compile(r",[^\S\n]{0,3}(?:the|a|an|which|who|whose|that|when|le|la|les|l['’]|un|une|qui|dont|quand|"
                             r"lorsque|lorsqu['’])\b"
                             r"[^,;.()]{0,120}[.!?]?[^\S\n]*$", re.IGNORECASE)


def named_in_aside_of_another(claim: Claim, statement: Statement, keys: tuple[str, ...],
                              database: Database) -> Optional[EntityMention | TimeMention]:
    """"Red Hat bought eNovance, the specialist that helped Cloudwatt build its
    infrastructure, in June 2014": a subject named only in an aside set off by
    commas right after another name (or a date), with every cue of the claim's
    property outside it, is said of that name, not the sentence's fact. Returns the name."""
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    cues = statement.cues.get(claim.property, ())
    if not subjects or not cues:
        return None
    involved = named_entities(claim, keys)
    trailing = [m.span() for m in _TRAILING_ASIDE.finditer(statement.text)]
    asides = [*aside_spans(statement.text), *trailing]
    head = None
    for mention in subjects:
        aside = next(((a, b) for a, b in asides if a <= mention.start and mention.end <= b), None)
        if aside is None or any(aside[0] <= cue.start < aside[1] for cue in cues) or _THE_LATTER.search(
                statement.text, aside[1]):
            return None
        before = [m for m in statement.entities if m.end <= aside[0] and not statement.text[m.end:aside[0]].strip()]
        date = _date_right_before(statement, aside[0])
        if not before and date is not None and aside in trailing:
            head = date  # "… in June 2014, the same month Cloudwatt launched its offer": said of the date
            continue
        if not before or before[-1].unknown or before[-1].entity in involved or statement.in_opening_credit(
                before[-1].start):
            return None  # (« Pour Cacheux, le vrai marché …, ce sont … »: a credit, then the topic)
        head = before[-1]
    return head


def date_described_by_aside(claim: Claim, statement: Statement) -> Optional[TimeMention]:
    """The date a trailing aside right after it describes, when every cue of the claim's
    property is inside that aside (", the same month Cloudwatt launched its offer")."""
    cues = statement.cues.get(claim.property, ())
    for aside in _TRAILING_ASIDE.finditer(statement.text):
        date = _date_right_before(statement, aside.start())
        if date is not None and cues and all(aside.start() <= cue.start < aside.end() for cue in cues):
            return date
    return None


def _date_right_before(statement: Statement, start: int) -> Optional[TimeMention]:
    """The date just before `start`, at the end of a clause that names something before it
    ("Red Hat bought eNovance in June 2014"; not an opening "Back in November 2012")."""
    date = next((t for t in statement.times if t.end <= start and not statement.text[t.end:start].strip()), None)
    return date if date is not None and any(m.end <= date.start for m in statement.entities) else None


# A comma and at most two words between a name and a cue, no auxiliary among them (« , avait été lancé »
# opens the main clause): an apposition that describes the name (« Patrick Starck, resté aux manettes »).
_APPOSED_CUE = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?!(?:a|avait|est|était|été|ont|sont|had|has|have|was|were|is|are)\b)"
                          r"[^\W\d_]+[^\S\n]+){0,2}", re.IGNORECASE)


def named_entities(claim: Claim, keys: tuple[str, ...]) -> set[str]:
    """The claim's keys and every entity its value and qualifiers name."""
    return set(keys) | {i for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, EntityRef) for i in v.ids}


ACTOR_GAP_WORDS = 2
# "la place *de* Bull", "the stake *of* Thales": a complement, not who acts.
_COMPLEMENT = re.compile(r"(?:\b(?:de|du|des|of|from|with|avec|par|by|to|au|aux|à)\s+|\bd['’]|\bl['’])$", re.IGNORECASE)


def _passive(statement: Statement, cue, value: EntityMention) -> bool:
    """"was acquired by", "a été racheté à 100 % par", « racheté à cent pour
    cent par », « passé dans le giron de »: the agent follows the cue (a figure
    between counts as one word)."""
    if value.start >= cue.end and (_PASSIVE_AFTER_CUE.match(_without_figures(statement, cue.end, value.start))
                                   or _PASSIVE.search(statement.text[cue.start:cue.end])
                                   or _transfer_between(statement, cue.start, value.start)):
        return True
    if _transfer_between(statement, cue.start, cue.end):
        return True  # the cue is a transfer phrase: the name after it receives, wherever the value stands
    if _BY_AFTER.match(statement.text, cue.end):
        return True  # a participle in a note: "Starck remplacé par Renard"
    return bool(_AUXILIARY.search(squeeze(statement.text[max(cue.start - WINDOW, 0):cue.start])))


def _without_figures(statement: Statement, start: int, end: int) -> str:
    """The text between two points with each figure in it written as one word."""
    text = statement.text[start:end]
    for mention in sorted(statement.quantities, key=lambda m: -m.start):
        if start <= mention.start and mention.end <= end:
            text = text[:mention.start - start] + "N" + text[mention.end - start:]
    return text


def _transfer_between(statement: Statement, start: int, end: int) -> bool:
    """A `transfer` phrase ("passed to", « dans le giron de ») between two
    points: the name after it receives, as after "by" the name acts."""
    return any(start <= a < end for a, _ in statement.transfers)


def _roles_reversed(claim: Claim, statement: Statement, subject: EntityMention, value: EntityMention,
                    cue, database: Database) -> bool:
    """Whether subject and value stand on the wrong sides of the cue for the
    property's direction: "Cloudwatt a racheté Orange" reverses "Orange a
    racheté Cloudwatt". Undirected properties are never reversed."""
    prop = database.properties[claim.property]
    role = prop.subject_role
    if role == "agent" and cue.start < subject.start and subject.end < cue.end and value.end <= cue.start and not any(
            _in_order(words(phrase), words(statement.text[cue.start:cue.end])) for phrase in prop.converse_cues):
        return True  # "Thales planned to buy Orange's … stakes": the name inside the cue's gap is what is bought
    if role not in ("agent", "patient") or not (subject.end <= cue.start or subject.start >= cue.end):
        return False
    said = words(statement.text[cue.start:cue.end])
    if any(_in_order(words(phrase), said) for phrase in prop.converse_cues):  # (a name inside: "sell its Cloudwatt stake")
        role = "patient" if role == "agent" else "agent"  # "SFR sold its infrastructure to Numergy": the seller acts
    voiced = _LIGHT_VERB_OPENING.match(statement.text, cue.start, cue.end)  # « a pris la succession de »
    if not voiced and (_PREPOSITIONAL.search(statement.text[cue.start:cue.end]) or _OF_AFTER_CUE.match(
            statement.text, cue.end)) or (
            _OF_BEFORE_CUE.search(statement.text, max(0, cue.start - 6), cue.start)
            and not _INFINITIVE.search(statement.text, cue.start, cue.end)):
        return False  # "avec l'aide de", « à l'initiative de », « le projet de départ »: no voice to read
        # (« projetait de racheter »: an infinitive after « de » is a verb)
    if statement.text[cue.end:value.start].strip() == ":":
        return False  # « repreneur : SFR »: a label names the value's role
    if _AGENT_NOUN.fullmatch(statement.text, cue.start, cue.end):
        return False  # "SFR's buyer Altice", « l'acquéreur de SFR, Altice »: a noun of the actor has no voice
    subject_first = subject.start < cue.start
    value_first = value.start < cue.start
    if subject_first == value_first:
        return False
    agent_first = not _passive(statement, cue, value)
    return subject_first != (agent_first if role == "agent" else not agent_first)


_AGENT_NOUN = re.compile(r"(?i)(?:buyer|acquirer|purchaser|owner|repreneur|acquéreur|acheteur|racheteur)s?")


def _in_order(phrase: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether the cue said is the phrase, perhaps with a name between its words."""
    rest = iter(said)
    return said[:1] == phrase[:1] and all(word in rest for word in phrase)


AGENT_BEFORE = re.compile(r"\b(?:by|par)[^\S\n]{1,3}(?:(?:the|le|la|les)[^\S\n]{1,3}|l['’])?$", re.IGNORECASE)


_APPOSED_TITLE = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:the|le|la|l['’])[^\S\n]*)?")


def named_as_agent(claim: Claim, statement: Statement, keys: tuple[str, ...],
                   database: Database) -> Optional[EntityMention]:
    """"The Cloud Team Alliance initiated by Numergy was launched in 2014": a
    claim's subject named only as the agent after "by" / « par », in a
    sentence that opens with another name the claim does not involve, is not
    what the main verb says something of. Returns the opening name."""
    if database.properties[claim.property].nationality:
        return None  # "bought by Altice, a Belgian group": said of the agent itself
    subjects = [m for m in statement.entities if m.entity == claim.subject]
    if not subjects or not all(AGENT_BEFORE.search(statement.text, max(m.start - 16, 0), m.start)
                               or _right_after_transfer(statement, m.start) for m in subjects):
        return None  # (after « vendu à », "sold to", the name receives: it buys, as after "by")
    if any(cue.start >= subjects[-1].end and _APPOSED_TITLE.fullmatch(statement.text[subjects[-1].end:cue.start])
           for cue in statement.cues.get(claim.property, ())):
        return None  # "… animé par Frédéric Simottel, directeur des rédactions du Groupe 01": said of the agent
    head = _opening_name(statement)
    if head is None:
        return None
    involved = named_entities(claim, keys)
    if head.entity in involved or as_groups({head.entity}, database) & involved or set(
            database.entities[head.entity].members) & involved:
        return None
    return head


def _right_after_transfer(statement: Statement, start: int) -> bool:
    return any(end <= start and _ARTICLE_ONLY.fullmatch(statement.text, end, start) for _, end in statement.transfers)


_ARTICLE_ONLY = re.compile(r"[^\S\n]*(?:(?:the|le|la|les)[^\S\n]+|l['’])?", re.IGNORECASE)


def _opening_name(statement: Statement) -> Optional[EntityMention]:
    """The name a sentence opens with, past an opening credit (« Selon Philippe
    Tavernier, la Cloud Team Alliance … »), with at most an article before it."""
    named = [m for m in statement.entities if not statement.in_opening_credit(m.start)]
    if not named or named[0].unknown:
        return None
    head = named[0]
    opening = statement.text[:head.start]
    if len(named) < len(statement.entities):
        opening = opening[opening.find(",", statement.entities[0].end) + 1:]
    return head if opening.strip().lower() in ("", "le", "la", "les", "l'", "l’", "the") else None


# "Patrick Starck, président de Numergy, …": a name, then a title of the subject set off by commas.
_TITLE_APPOSITION = re.compile(r"[^\S\n]{0,3},[^\S\n]{0,3}(?:(?:le|la|l['’]|the|then|alors)[^\S\n]{1,3})?[^,;:.()]{1,60},")


def apposed_holder(claim: Claim, statement: Statement, database: Database) -> Optional[EntityMention]:
    """For a single-valued relation to a person (a company's head), the
    person right before an apposition holding the property's cue and the
    subject's name, when that person is not the claimed one: « Patrick
    Starck, président de Numergy, » against Tavernier, whoever else the
    sentence names."""
    prop = database.properties[claim.property]
    if not prop.single_value or not isinstance(claim.value, EntityRef):
        return None
    if {type_of(i, database) for i in claim.value.ids} != {"person"}:
        return None
    cues = statement.cues.get(claim.property, ())
    for person in statement.entities:
        if person.unknown or type_of(person.entity, database) != "person" or person.entity in claim.value.ids:
            continue
        aside = _TITLE_APPOSITION.match(statement.text, person.end)
        if aside is None:
            continue
        inside = lambda m: aside.start() <= m.start and m.end <= aside.end()  # noqa: E731
        if any(inside(cue) for cue in cues) and any(
                m.entity == claim.subject and inside(m) for m in statement.entities) and not any(
                isinstance(other.value, EntityRef) and person.entity in other.value.ids
                for other in database.claims_by_point.get((claim.subject, claim.property), ())):
            return person  # (not someone who held it at another time: Starck, then Renard, at Cloudwatt)
    return None


MEMBER_REACH_WORDS = 4


# A verb between two names makes them subject and complement, not one phrase
# ("Ikoula were among the French hosting firms").
_VERB_BETWEEN = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|est|sont|était|étaient|a|ont|avait|avaient|"
                           r"fut|furent|sera|seront)\b", re.IGNORECASE)


def replaced_member(claim: Claim, statement: Statement, keys: tuple[str, ...],
                    database: Database) -> Optional[tuple[EntityMention, str]]:
    """A value of several kinds (a place and the operator there: « le centre de
    données d'Orange à Val-de-Reuil ») of which the statement names one and,
    right beside it, another name of the other's kind instead ("an SFR data
    centre in Normandy"): that name and the claimed one it replaces."""
    if not isinstance(claim.value, EntityRef) or len(claim.value.ids) < 2:
        return None
    kinds = {type_of(i, database) for i in claim.value.ids}
    if len(kinds) < 2:
        return None
    said = [m for m in statement.entities if not m.unknown and m.entity in and_wider(claim.value.ids, database)]
    if not said:
        return None
    involved = named_entities(claim, keys) | set(keys)
    for mention in statement.entities:
        kind = type_of(mention.entity, database)
        if mention.unknown or mention.entity in involved or kind == "place" or wider(mention.entity, database) & involved:
            continue
        missing = [i for i in claim.value.ids if type_of(i, database) == kind and i not in statement.entity_ids]
        if not missing:
            continue
        for other in said:
            gap = statement.text[min(mention.end, other.end):max(mention.start, other.start)]
            if len(gap.split()) <= MEMBER_REACH_WORDS and not _PUNCTUATION.search(gap) and not _VERB_BETWEEN.search(gap):
                return mention, missing[0]
    return None


def names_another_object(claim: Claim, statement: Statement, keys: tuple[str, ...],
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
        if set(claim.value.ids) & (statement.entity_ids | as_groups(statement.entity_ids, database)):
            return None
        keys = tuple(k for k in keys if k not in claim.value.ids)
    rivals = rival_groups(claim.value, statement, keys, database)
    if rivals and not any(m.entity in statement.focus for m in rivals[0]):
        return rivals[0][0]
    if rivals:
        return None  # « C'est Fleur Pellerin qui … »: the one who did it, against the source's (see align._entity_slot)
    claimed = and_wider(claim.value.ids, database)
    involved = named_entities(claim, keys)
    for group in other_groups(statement, keys):
        if {m.entity for m in group} & claimed or describes_a_value(group, statement, claimed, database):
            continue
        if {m.entity for m in group} <= involved:
            continue  # "walked away from the SFR project": SFR is the partner the claim records
        if all(type_of(m.entity, database) == "place" for m in group) and "place" not in {
                type_of(i, database) for i in claim.value.ids}:
            continue  # "an alternative to *American* cloud services": a place describes, it is no object
        if as_groups({m.entity for m in group}, database) & set(keys):
            continue  # "Cloudwatt et Numergy" is the key group "the two sovereign cloud companies"
        if {member for m in group for member in getattr(database.entities.get(m.entity), "members", ())} & set(keys):
            continue  # "les deux consortiums" names the subject among others
        if any(0 <= group[0].start - cue.end <= OBJECT_REACH for cue in statement.cues.get(claim.property, ())):
            return group[0]  # whatever its kind, the name right after the cue ("built on VMware")
    return None
