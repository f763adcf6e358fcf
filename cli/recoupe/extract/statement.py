"""From a statement's text to what it asserts: entities, figures, dates, cues.

This is the extraction stage of the pipeline. It knows nothing about
claims: it reports what is in the text, with spans, and the comparison
stage decides what that means against the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Optional, Sequence

from ..database import TYPED_ANAPHOR_PREFIX
from ..model import Status
from ..normalise import Token, tokenize, words
from .lexicon import EntityFinder, Match, PhraseIndex
from .quantities import QuantityMention, find_quantities
from .times import (EventOffset, TimeMention, YearlessMonth, event_offsets, find_times, find_yearless_months,
                    relative_periods, lasting, offset_times)

# Capitalised in the middle of a sentence without being names.
_NOT_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
january february march april may june july august september october november december
i internet web cloud french english european france europe
""".split())
_AFTER_ANCHOR = re.compile(
    r"\s*(?:earlier|later|ago|before|after|plus t[ôo]t|plus tard|auparavant|avant|après|de cela)\b", re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"\s*(?:earlier|ago|before|plus t[ôo]t|auparavant|avant|de cela)\b", re.IGNORECASE)
_BEFORE_ANCHOR = re.compile(r"(?:il y a|voilà)$", re.IGNORECASE)
NEGATION_WINDOW = 40
# A negation that quantifies the clause's subject: it denies what the clause says of it.
_NONE = re.compile(r"none|nobody|aucun|aucune|nul|nulle", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|mais|and|et)\b")
# The set "none of" / « aucun des » quantifies over, up to its verb: "none of its 100 employees were …".
_QUANTIFIED_SET = re.compile(r"[^\S\n]+(?:of|des|de|d['’])[^\S\n][^.;:,!?]{0,80}?(?=[^\S\n](?:was|were|is|are|has|have|"
                             r"had|did|does|do|est|sont|était|étaient|a|ont|avait|avaient|n['’]|ne)\b)", re.IGNORECASE)
# A comma or semicolon ends what a negation reaches: « On ne le leur reprochera pas, tant les offres … ».
# Short words, and the light words of « ne fait pas partie des », "is not among", "not really".
_SHORT_GAP = re.compile(r"^[^\w,;]*(?:(?:[^\W\d_]{1,4}|(?i:partie|parmi|among|really|vraiment|encore|toujours))"
                        r"[^\w,;]+){0,3}$")
# Between a subject and its negated verb: at most one word (after « ne »), no comma nor "and" (« Orange et non Thales »),
# nor a relative pronoun: « droit français qui ne sont pas soumis » denies only the relative clause.
_SUBJECT_WINDOW = 30
_SUBJECT_GAP = re.compile(r"^\s*(?:(?!and\b|et\b|or\b|ou\b|but\b|mais\b|qui\b|which\b|that\b|who\b)"
                          r"(?:ne\s+|n['’])?[^\W\d_]+\s+)?$", re.IGNORECASE)  # (« n'a jamais », « ne faisait pas »)
# Between a negation and what it quantifies: its verb, perhaps an auxiliary ("not *be* paid all").
_VERB_GAP = re.compile(r"^[\W_]*(?:[^\W\d_]+[\W_]+){0,3}$")
# Run on the gap between two names with white space folded to single spaces.
_GAPPED_AGENT = re.compile(r"[^\S\n]+(?:par|by)[^\S\n]", re.IGNORECASE)
_COORDINATION = re.compile(
    r"^(?:(?:,|&|/|\+|and|et|or|ou|as well as|ainsi que|, and|, et)"
    r"(?:(?<=and) (?:of(?: the)?|the)|(?<=et) (?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les|l'|l’))?)?$",
    re.IGNORECASE)


# The words that credit a source with a phrase, and where such a phrase ends.
_CREDITING = re.compile(r"(?:selon|d['’]après|according\s+to|per)\b", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:.!?()«»]")


# ("Cloudwatt only, not Numergy": a comma, "not", perhaps a preposition, then a name.)
_COMMA_NOT = re.compile(r",[^\S\n]*((?:not|pas|non)(?:[^\S\n]+(?:in|at|of|for|to|à|au|aux|de|du|des|chez))?)(?=[^\S\n]\w)",
                        re.IGNORECASE)


CHANGE_DENIAL_REACH = 40  # « n'a pas revu son ambition à la baisse »: from the denial to the change's direction
_CLAUSE_MARK = re.compile(r"[,;:.!?]")
# "had not changed its objective since 2012", « n'a pas modifié son objectif »: denying a change says it held
# (no denial of what follows; but « n'a pas revu … à la baisse » denies that direction of change).
_UNCHANGED = re.compile(r"[^\S\n]+(?:(?:been|été)[^\S\n]+)?(?:changed|alter(?:ed)?|modif(?:y|ied)|revised?|changé|modifié|modifiée|"
                        r"revu|revue|bougé)\b", re.IGNORECASE)


UNKNOWN = "?"


@dataclass(frozen=True)
class EntityMention:
    """A name in the statement: a database entity, or an unknown proper name
    (`entity` starting with "?") that may still be a rival value."""

    entity: str
    start: int
    end: int
    fuzzy: bool = False
    # "Orange's consumer division", "la branche entreprises d'Orange": a part
    # of the entity, which nothing said about the entity as a whole confirms.
    part: bool = False

    @property
    def unknown(self) -> bool:
        return self.entity.startswith(UNKNOWN)


@dataclass(frozen=True)
class Statement:
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[EntityMention, ...]
    quantities: tuple[QuantityMention, ...]
    times: tuple[TimeMention, ...]
    cues: dict[str, tuple[Match, ...]] = field(default_factory=dict)
    status: Optional[Status] = None
    negations: tuple[tuple[int, int], ...] = ()
    partial_negations: tuple[tuple[int, int], ...] = ()  # "not all": settles nothing either way
    alone: tuple[tuple[int, int], ...] = ()  # "alone", « seule »: a denial before them may deny only that
    each: bool = False
    only: bool = False  # "only businesses", « réservée aux seules entreprises »: nothing else
    only_ends: tuple[int, ...] = ()  # where each such word ends, « ne … que » and « au seul » too
    only_spans: tuple[tuple[int, int], ...] = ()  # the `only` words themselves ("businesses *only*")
    credits: tuple[tuple[int, int], ...] = ()  # "selon", "said", « a martelé »: who speaks
    unknown_speakers: tuple[str, ...] = ()  # "selon Le Monde": credited names the database does not know
    listening: tuple[tuple[int, int], ...] = ()  # "told", « a confié à »: credits whose next name listens
    starts: bool = False
    comparative: bool = False
    direction: Optional[str] = None  # "more" / "less" / "same": the first figure named against the second
    comparisons: tuple[tuple[int, int], ...] = ()  # the comparing words, which a claim must settle
    whole_period: bool = False  # "full-year 2013", "sur l'ensemble de l'année"
    # The place a holder is given among its peers, counted from the largest (1: "Numergy's largest
    # shareholder", « actionnaire majoritaire »; 2: "second-largest") or, below zero, from the smallest.
    rank: int = 0
    rank_at: int = -1  # where the rank word stands
    nationalities: tuple["Nationality", ...] = ()  # « l'opérateur suisse Green.ch »
    targets: tuple[tuple[int, int], ...] = ()  # the words that make it a target ("aims", « objectif »)
    receiving: tuple[tuple[int, int], ...] = ()  # "received", « a touché »: the name before them receives
    formal_acts: tuple[tuple[int, int], ...] = ()  # "filed a formal complaint", « porté plainte »: a legal act
    superlatives: tuple[tuple[int, int], ...] = ()  # "the first to", « le seul », "founding member": one of a kind
    achievements: tuple[tuple[int, int], ...] = ()  # "met its forecast", « a atteint son objectif »: an outcome
    continued: tuple[tuple[int, int], ...] = ()  # "was still CEO when", "stepped down": a state up to a time
    transfers: tuple[tuple[int, int], ...] = ()  # "passed to", « est passée à »: the name after them holds it now
    together: tuple[tuple[int, int], ...] = ()  # "together", « à eux deux »: one figure for several facts
    each_spans: tuple[tuple[int, int], ...] = ()  # "each", « chacun »: a figure for every one of several
    change: str | None = None  # "decrease" ("cut its target") or "increase" ("raised"): a figure revised
    change_spans: tuple[tuple[int, int], ...] = ()
    change_denied: bool = False  # « n'a pas revu son ambition à la baisse »: the change is denied
    set_aside: tuple[tuple[int, int], ...] = ()  # "(SMEs) rather than large accounts": what is preferred against
    endings: tuple[tuple[int, int], ...] = ()  # "sold its stake", "a quitté": a relation that stopped
    later: bool = False  # "later became", « ensuite devenue »: after the source's time
    anchored: bool = False  # placed in time only relatively ("two years earlier")
    earlier: bool = False  # …and before the time it is set against ("two years earlier", « il y a deux ans »)
    event_offsets: tuple[EventOffset, ...] = ()  # "two years after its launch": dated from the database
    yearless: tuple[YearlessMonth, ...] = ()  # "en avril" with no year: compared by month
    groups: tuple[tuple[EntityMention, ...], ...] = ()
    anaphoric: bool = False  # "la société", "nous", "the company": speaks of something named before
    # "He had been in charge …", « Ce dernier estime … »: the words a sentence opens with that stand for
    # something the sentence before named, with how to find it (see `discourse.referent`).
    opening_reference: Optional[tuple[int, int, str]] = None
    figure_references: tuple[tuple[int, int], ...] = ()  # "that figure", « ce chiffre »: the figure given before
    denial_frame: Optional[tuple[int, int]] = None  # "It is false that …" opening the statement (see api)
    descriptions: tuple[tuple[int, int], ...] = ()  # "the company", « le consortium »: a name left unsaid
    referred_types: frozenset[str] = frozenset()  # « cette loi », "this offer": the last law, offer named before
    # "Unlike Numergy, Cloudwatt …": entities the statement sets apart from what it
    # says, and the spans of the phrases that do it.
    contrasted: frozenset[str] = frozenset()
    contrasts: tuple[tuple[int, int], ...] = ()
    # "Like Cloudwatt, Numergy …": entities named only as a comparison for what the statement says of another.
    likened: frozenset[str] = frozenset()
    # « C'est Fleur Pellerin qui … », "It was OVH that …": the one name a cleft singles out.
    focus: frozenset[str] = frozenset()
    # « selon le bilan de septembre 2014 »: dates in a phrase crediting a source, which date the telling.
    telling_times: tuple[TimeMention, ...] = ()

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    def negates(self, start: int, partial: bool = False) -> bool:
        """Whether a negation stands just before position `start` ("did not
        receive", "n'a pas reçu", "no public money"), with at most a few short
        words between: "sans pourtant obtenir" does not negate "obtenir".
        With `partial`, a negation of "all" ("did not receive all") instead."""
        alone = any(a == start for a, _ in self.alone)
        for begin, end in self.partial_negations if partial else self.negations:
            if end > start or start - end > 2 * NEGATION_WINDOW:
                continue
            quantified = _NONE.fullmatch(self.text, begin, end) and _QUANTIFIED_SET.match(self.text, end)
            if quantified and start < quantified.end():
                continue  # "none of Numergy's roughly one hundred employees …": the set counted, not denied
            if start - end <= NEGATION_WINDOW and _SHORT_GAP.match(self.text[end:start]):
                return True
            # "didn't build it alone"; "none of its hundred or so employees is on a fixed-term contract"
            if (alone and start - end <= NEGATION_WINDOW or _NONE.fullmatch(self.text, begin, end) and not any(
                    end <= o <= start for o in self.only_ends)) and not _CLAUSE_BREAK.search(self.text, end, start):
                return True  # (« aucun … n'avait l'intention de se cantonner au seul … »: the "only" is denied)
        return False

    def in_opening_credit(self, position: int) -> bool:
        """Whether `position` lies in the phrase a sentence opens with to say
        where its words come from (« D'après l'article sur le projet de rachat
        par Orange, … »), up to its comma."""
        for start, end in self.credits:
            if self.text[:start].strip(" «\"“'(") == "" and end <= position:
                comma = self.text.find(",", end)
                return comma < 0 or position < comma
        return False

    def in_crediting_subject(self, position: int) -> bool:
        """Whether `position` lies in the words naming a piece that a sentence opens with, before the
        verb crediting it (« L'article sur le rachat de Cloudwatt par Orange rappelle que … »)."""
        return _in_crediting_subject(self.text, position + 1, self.credits)

    def in_crediting_phrase(self, position: int) -> bool:
        """Whether `position` lies in a phrase that credits a source (« selon le
        bilan de septembre 2014 », "according to a 2014 review"), up to the next
        punctuation: what it names is the telling, not the fact."""
        for start, end in self.credits:
            if _CREDITING.fullmatch(self.text, start, end) and end <= position:
                stop = _PHRASE_END.search(self.text, end)
                if position < (stop.start() if stop else len(self.text)):
                    return True
        return False

    def denies_in_clause(self, position: int) -> bool:
        """A negation earlier in the clause that holds `position` (no comma,
        semicolon, colon, "but" or "and" between): "without relying on local partners"."""
        return any(end <= position and not _CLAUSE_BREAK.search(self.text, end, position) for _, end in self.negations)

    def negated_after(self, end: int) -> bool:
        """Whether what ends at `end` is the subject of a negated verb right after
        it: "the state played no part", "Bull did not", « l'État n'a joué aucun rôle »."""
        return self.negation_after(end) is not None

    def negation_after(self, end: int) -> Optional[tuple[int, int]]:
        """The negation of the verb whose subject ends at `end` (see `negated_after`)."""
        for start, stop in self.negations:
            if end <= start and start - end <= _SUBJECT_WINDOW and _SUBJECT_GAP.match(self.text[end:start]):
                return start, stop
        return None

    @property
    def entity_ids(self) -> set[str]:
        return {mention.entity for mention in self.entities if not mention.unknown}

    def mentions_of(self, entity_id: str) -> list[EntityMention]:
        return [mention for mention in self.entities if mention.entity == entity_id]


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the database, compiled once for fast matching."""

    entities: EntityFinder
    properties: PhraseIndex
    vocabulary: dict[str, PhraseIndex]
    members: dict[str, tuple[str, ...]]
    acronyms: PhraseIndex = field(default_factory=lambda: PhraseIndex(()))
    # Names of two capitals ("US", "UK"): matched only in capitals, folded they are words (« us »).
    capital_names: PhraseIndex = field(default_factory=lambda: PhraseIndex(()))
    common_words: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    # What a noun for a company (« hébergeur », "operator") can be said of: not a law, a person or a place.
    companies: frozenset[str] = frozenset()
    # What a noun for a law (« loi », "act") can be said of.
    laws: frozenset[str] = frozenset()
    # Properties a place word beside a noun for a company cues (country).
    nationality: tuple[str, ...] = ()
    # Words of a property's exclusive values: beside a person's name, they say its value (« le judoka Teddy Riner »).
    labels: PhraseIndex = field(default_factory=lambda: PhraseIndex(()))
    people: frozenset[str] = frozenset()
    # Properties whose labels may also follow a copula ("X is a judoka"): labels of one or two words.
    short_labels: frozenset[str] = frozenset()
    # Every vocabulary kind in one index, so a statement is read once for all of them.
    all_vocabulary: PhraseIndex = field(default_factory=lambda: PhraseIndex(()))
    # Per property, folded words that make its cue right before them no cue of it (`not_cued_before`).
    not_cued_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # Per place, the companies the claims give that nationality ("the Luxembourg group" is Altice).
    nationals: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, database) -> "Lexicon":
        aliases = []
        for entity in database.entities.values():
            names = {entity.id.replace("-", " "), *entity.labels.values(), *entity.aliases}
            if entity.type == "person":
                names.update(_initialled(name) for name in entity.labels.values())
            aliases.extend((variant, entity.id) for name in names for variant in _demonstrative_variants(name))
        cue_phrases = [
            (cue, prop.id) for prop in database.properties.values()
            for cues in prop.cues.values() for cue in cues
        ]
        # "CA" (chiffre d'affaires) is a cue only in capitals: folded, it is « ça ».
        acronyms = [(cue, key) for cue, key in cue_phrases if _is_acronym(cue)]
        vocabulary = {
            kind: PhraseIndex(((w, kind) for ws in languages.values() for w in ws))
            for kind, languages in database.vocabulary.items()
        }
        protected = {word for phrase, _ in cue_phrases for word in words(phrase)}
        protected.update(
            word for index in database.vocabulary.values() for ws in index.values() for w in ws for word in words(w)
        )
        inserted = frozenset(word for ws in database.vocabulary.get("inserted", {}).values()
                             for w in ws for word in words(w))
        # A property's value words are words, not misspelt names (« secrétaire d'État au Numérique » is not Numergy).
        value_words = {word for prop in database.properties.values() for groups in prop.exclusive_values
                       for group in groups for phrase in group for word in words(phrase)}
        capital_names = [(alias, entity_id) for alias, entity_id in aliases if _is_capital_name(alias)]
        return cls(
            entities=EntityFinder([a for a in aliases if not _is_capital_name(a[0])], protected | value_words),
            capital_names=PhraseIndex(capital_names),
            properties=PhraseIndex([(c, k) for c, k in cue_phrases if not _is_acronym(c)], inflect=True,
                                   inserted=inserted),
            acronyms=PhraseIndex(acronyms),
            vocabulary=vocabulary,
            all_vocabulary=PhraseIndex(((w, kind) for kind, languages in database.vocabulary.items()
                                        for ws in languages.values() for w in ws), inserted=inserted),
            members={e.id: e.members for e in database.entities.values() if e.members},
            common_words=frozenset(protected) | value_words | _NOT_NAMES,
            places=frozenset(e.id for e in database.entities.values() if e.type == "place"),
            companies=frozenset(e.id for e in database.entities.values() if e.type in ("organisation", "group")),
            laws=frozenset(e.id for e in database.entities.values() if e.type == "law"),
            nationality=tuple(prop.id for prop in database.properties.values() if prop.nationality),
            # (a label of a person: a job, a sport; "paid Teddy Riner" says no price of anything)
            labels=PhraseIndex((phrase, prop.id) for prop in database.properties.values() if prop.short_value
                               for groups in prop.exclusive_values for group in groups for phrase in group),
            people=frozenset(e.id for e in database.entities.values() if e.type == "person"),
            short_labels=frozenset(prop.id for prop in database.properties.values() if prop.short_value),
            not_cued_before={prop.id: frozenset(word for phrase in prop.not_cued_before for word in words(phrase))
                             for prop in database.properties.values() if prop.not_cued_before},
            nationals=_nationals(database),
        )

    def is_vocabulary(self, word: str) -> bool:
        """A folded word that is a cue or vocabulary word, hence no name."""
        return word in self.common_words

    def spans(self, kind: str, tokens: list[Token]) -> tuple[tuple[int, int], ...]:
        index = self.vocabulary.get(kind)
        return tuple((m.start, m.end) for m in index.find(tokens)) if index else ()

    def vocabulary_spans(self, tokens: list[Token]) -> dict[str, tuple[tuple[int, int], ...]]:
        """`spans` of every kind in one pass: per kind, the longest phrase at
        each position, matches not overlapping (as `PhraseIndex.find`)."""
        by_kind: dict[str, list] = {}
        for match in self.all_vocabulary.all_keys(tokens):
            by_kind.setdefault(match.key, []).append(match)
        spans: dict[str, tuple[tuple[int, int], ...]] = {}
        for kind, matches in by_kind.items():
            kept, cursor = [], 0
            for match in sorted(matches, key=lambda m: (m.first, m.first - m.last)):
                if match.first >= cursor:
                    kept.append((match.start, match.end))
                    cursor = match.last
            spans[kind] = tuple(kept)
        return spans


# "started selling its offer", « a commencé à vendre »: a verb of beginning
# before another verb begins that activity; it creates or launches nothing.
_BEGINS_ACTIVITY = re.compile(r"(?:start|began|begin|begun|commenc)\w*[^\S\n]+(?:to[^\S\n]+[^\W\d_]"
                              r"|(?!during\b|spring\b)[^\W\d_]{2,}ing\b|[àa][^\S\n]+[^\W\d_]+(?:er|ir|re)\b)",
                              re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|pas|non)\s{1,3}$", re.IGNORECASE)  # "not only", « pas uniquement »: nothing excluded


def _nationals(database) -> dict[str, tuple[str, ...]]:
    companies = {e.id for e in database.entities.values() if e.type in ("organisation", "group")}
    found: dict[str, set[str]] = {}
    for claim in database.claims:
        prop = database.properties.get(claim.property)
        if prop is not None and prop.nationality and claim.subject in companies:
            for place in getattr(claim.value, "ids", ()):
                found.setdefault(place, set()).add(claim.subject)
    return {place: tuple(sorted(ids)) for place, ids in found.items()}


def _is_capital_name(alias: str) -> bool:
    return alias.isupper() and len(alias) <= 2


def _is_acronym(cue: str) -> bool:
    return cue.isupper() and len(cue) <= 5 and " " not in cue


# "the two companies" is also "these two companies", « les deux entités »
# « ces deux entités »: a demonstrative names what the definite article does,
# and so do the plural article merged with "de" or "à" (« des deux sociétés »)
# and a possessive ("its Box", « sa Box », a speaker's « nos deux consortiums »).
_DEMONSTRATIVES = {"the": ("these", "those", "this", "that", "its", "their", "our"),
                   "les": ("ces", "des", "aux", "ses", "leurs", "nos"),
                   "le": ("ce", "cet", "son", "leur", "notre"), "la": ("cette", "sa", "leur", "notre"),
                   "l'": ("cet ", "cette ", "son ", "notre ")}


def _initialled(name: str) -> str:
    """"J.-F. Colin", "D. Renard": a person's first names as initials (read as the
    words "j f colin", which "J.F. Colin" and "J-F Colin" also fold to)."""
    *first, last = name.split()
    return " ".join([*(part[0] for word in first for part in word.split("-") if part), last])


def _demonstrative_variants(name: str) -> tuple[str, ...]:
    first, _, rest = name.partition(" ")
    if name.lower().startswith("l'") and name[2:3].strip():
        return (name, *(d + name[2:] for d in _DEMONSTRATIVES["l'"]))
    if not rest or first.lower() not in _DEMONSTRATIVES:
        return (name,)
    return (name, *(f"{d} {rest}" for d in _DEMONSTRATIVES[first.lower()]))


def parse(text: str, lexicon: Lexicon, reference_date: date | None = None) -> Statement:
    """Everything checkable a statement says, with where it says it."""
    tokens = tokenize(text)
    entity_matches = _not_inside_names(text, lexicon.entities.find(tokens))
    named = {index for m in entity_matches for index in range(m.first, m.last)}
    entity_matches += [m for m in lexicon.capital_names.find(tokens, set(named)) if text[m.start:m.end].isupper()]
    entity_matches.sort(key=lambda m: m.first)
    known = _parts_named(text, [EntityMention(m.key, m.start, m.end, m.fuzzy) for m in entity_matches],
                         lexicon.spans("part", tokens))
    times = tuple(find_times(text, reference_date))
    taken = [(t.start, t.end) for t in times] + [(e.start, e.end) for e in known]
    found = find_quantities(text, skip=taken)
    moved, used = offset_times(text, list(times), found)
    if used:
        times = tuple(moved)
        found = [q for index, q in enumerate(found) if index not in used]
        taken = [(t.start, t.end) for t in times] + [(e.start, e.end) for e in known]
    times = tuple(relative_periods(text, list(times)))
    offsets, used = event_offsets(text, list(times), found)
    found = [q for index, q in enumerate(found) if index not in used]
    yearless = tuple(find_yearless_months(text, list(times))) if reference_date is None else ()
    # "20" in « du 20 novembre » is a day, not a figure.
    found = [q for q in found if not any(y.start <= q.start < y.end for y in yearless)]
    quantities = _currency_carried(tuple(q for q in found if not _time_anchor(text, q)))
    anchored = len(quantities) < len(found)
    earlier = any(_time_anchor(text, q) and (_EARLIER_AFTER.match(text, q.end) or _BEFORE_ANCHOR.search(
        " ".join(text[max(q.start - 20, 0):q.start].split()))) for q in found)
    taken += [(q.start, q.end) for q in quantities]
    unknown = _unknown_names(text, tokens, taken, lexicon)
    known, unknown = _owned_names(text, known, unknown, lexicon)
    entities = tuple(sorted(known + unknown, key=lambda m: m.start))
    # Words inside a name are not cues: "Plan Calcul" plans nothing, and
    # "les deux sociétés" names a group rather than distributing over it.
    free_tokens = [t for t in tokens if not any(e.start <= t.start < e.end for e in entities)]
    vocabulary = lexicon.vocabulary_spans(free_tokens)
    described = _described(text, entities, vocabulary.get("organisation_noun", ()), lexicon)
    if described:
        entities = tuple(sorted((*(m for m in entities if not any(d.start <= m.start < d.end for d in described)),
                                 *described), key=lambda m: m.start))
    # « à eux deux » counts the holders, not a figure.
    quantities = tuple(q for q in quantities
                       if not any(a <= q.start and q.end <= b for a, b in vocabulary.get("together", ())))
    # "says Orange's Colin", « selon M. Colin »: an unknown name credited with the words is no part of them.
    listening = vocabulary.get("attribution_to", ())
    # (« la position selon laquelle … » says what a position holds, not who speaks.)
    attributions = [span for span in vocabulary.get("attribution", ()) if not _RELATIVE_SELON.match(text, span[1])]
    credits = tuple(sorted((*attributions, *_quoted_after_colon(text, entities), *listening,
                            *(m.span(1) for m in _INCISE.finditer(text)
                              if not any(a < m.end(1) and m.start(1) < b for a, b in attributions)),
                            *(span for span in vocabulary.get("attribution_opening", ())
                              if _CLAUSE_OPENING.search(text, 0, span[0])))))
    speakers = [m for m in entities if m.unknown and _is_speaker(text, m, credits, listening)]
    entities = tuple(m for m in entities if m not in speakers)
    emphatic = vocabulary.get("emphatic", ())
    def stressing(span) -> bool:
        return any(a <= span[0] < b for a, b in emphatic)  # « rien de moins que »: not « rien », not « moins que »

    # ("Cloudwatt only, not Numergy", « Orange, pas Thales », "six, not sixteen": a comma, then "not" and
    # the name, figure or date set aside.)
    # ("and not only to the public sector": a denial of "only", no preference.)
    preferring = tuple(sorted((*(span for span in vocabulary.get("preference", ())
                                 if not _ONLY_AFTER.match(text, span[1])), *(
        m.span(1) for m in _COMMA_NOT.finditer(text) if any(e.start == m.end() + 1 and not e.unknown for e in entities)
        or any(q.start == m.end() + 1 for q in (*quantities, *times))))))
    # "large accounts and not SMEs": the "not" sets SMEs aside; it denies nothing the statement says.
    # ("did not renew its membership" ends it, an `ended` phrase: it denies no membership.)
    # "no more than", « pas moins de »: a bound, neither a denial nor a comparison.
    bounding = tuple(span for span in (*vocabulary.get("at_most", ()), *vocabulary.get("at_least", ()))
                     if any(span[0] <= start < span[1] for start, _ in vocabulary.get("negation", ())))
    # ("not as large as", « pas aussi élevé que »: a comparison the other way, no denial.)
    negated_equatives = tuple(span for span in vocabulary.get("less", ()) if _NEGATED_EQUATIVE.match(text, span[0]))
    negations = tuple(span for span in vocabulary.get("negation", ())
                      if not stressing(span)
                      and not any(a <= span[0] < b for a, b in (*preferring, *bounding, *negated_equatives))
                      and not _UNCHANGED.match(text, span[1])
                      and not any(a <= span[0] < b for a, b in vocabulary.get("ended", ())))
    negations = tuple(sorted((*negations, *_ne_before_the_verb(text, negations))))
    # "not confined to France", « ne se cantonnent pas à la France » say "not only", like "not all".
    universals = tuple(sorted((*vocabulary.get("universal", ()), *vocabulary.get("only", ()))))
    changes = (*vocabulary.get("decrease", ()), *vocabulary.get("increase", ()))

    def comparing(spans) -> list[tuple[int, int]]:
        # "more than 75 M€" bounds a figure; « le plus grand » is a superlative;
        # "SMEs rather than large accounts" prefers one, it compares nothing.
        return [span for span in spans if not any(q.start <= span[0] < q.end for q in quantities)
                and not any(a <= span[0] < b for a, b in bounding)
                and not _SUPERLATIVE.search(text, max(0, span[0] - 5), span[0]) and not stressing(span)
                and not any(a <= span[0] < b for a, b in preferring)
                and not _NO_MORE_THAN.search(text, max(0, span[0] - 30), span[1])
                and not any(text[span[1]:a].isspace() for a, _ in changes)]  # "more than halved"

    judging = {start for start, _ in vocabulary.get("comparative", ())}  # « plus cher que »: no figure compared
    more, less = (comparing((*vocabulary.get(kind, ()), *_symbols(text, symbol),
                             *(span for span in _split_comparative(text, word) if span[0] not in judging)))
                  for kind, symbol, word in (("more", ">", "plus|more"), ("less", "<", "moins|less|fewer")))
    same = comparing(vocabulary.get("same", ()))
    compared = sorted((*comparing(vocabulary.get("comparative", ())), *more, *less, *same))
    cues: dict[str, list[Match]] = {}
    for match in lexicon.properties.all_keys(free_tokens):
        if not _BEGINS_ACTIVITY.match(text, match.start) and not _before_a_word_of(
                text, match.end, lexicon.not_cued_before.get(match.key)):
            cues.setdefault(match.key, []).append(match)
    for match in lexicon.acronyms.all_keys(free_tokens):
        if text[match.start:match.end].isupper():
            cues.setdefault(match.key, []).append(match)
    people = tuple(m for m in entities if m.entity in lexicon.people)
    for match in _labels_beside_names(text, lexicon.labels.all_keys(free_tokens), people, lexicon.short_labels) if people else ():
        if not any(c.start < match.end and match.start < c.end for c in cues.get(match.key, ())):
            cues.setdefault(match.key, []).append(match)  # (not a word inside a cue: "*marketing* director")
    nationalities = _nationalities(text, entities, vocabulary.get("organisation_noun", ()), lexicon.places,
                                   lexicon.companies) + _nationalities(text, entities, vocabulary.get("law_noun", ()),
                                                                       lexicon.places, lexicon.laws)
    for found in nationalities:
        for property_id in lexicon.nationality:
            cues.setdefault(property_id, []).append(Match(property_id, 0, 0, found.start, found.end))
    # ("did not intend to confine themselves to": an "only" a negation makes partial excludes nothing.)
    only_spans = [(start, end) for start, end in vocabulary.get("only", ())
                  if not _NOT_BEFORE.search(text, max(0, start - 8), start)
                  and not any(_partial(text, n, ((start, end),)) for n in negations)]
    only_words = [end for _, end in only_spans]
    only_ends = tuple(sorted(only_words + [m.end() for m in _NE_QUE.finditer(text)]
                             + [m.end() for m in _ONLY_BEFORE.finditer(text)]))
    groups = _coordinated(text, entities, lambda entity_id: "person" if entity_id in lexicon.people else
                          "place" if entity_id in lexicon.places else
                          "company" if entity_id in lexicon.companies else "other")
    contrasts = _contrast_spans(text)
    rank = _rank(text, vocabulary, quantities)
    statement = Statement(
        text=text,
        tokens=tuple(tokens),
        entities=entities,
        quantities=quantities,
        times=times,
        cues={key: tuple(found) for key, found in cues.items()},
        status=_status(vocabulary, text, times, quantities, contrasts),
        negations=tuple(n for n in negations if not _partial(text, n, universals)),
        partial_negations=tuple(n for n in negations if _partial(text, n, universals)),
        alone=tuple(vocabulary.get("alone", ())),
        each=bool(vocabulary.get("each")),
        each_spans=vocabulary.get("each", ()),
        only=bool(only_words),
        only_ends=only_ends,
        only_spans=tuple(only_spans),
        starts=bool(vocabulary.get("start")) or any(t.bound == "since" for t in times),
        comparative=bool(compared),
        comparisons=tuple(compared),
        direction=("more" if more else "less") if bool(more) != bool(less) else "same" if same and not more else None,
        endings=vocabulary.get("ended", ()),
        later=bool(vocabulary.get("later")),
        whole_period=bool(vocabulary.get("whole_period")),
        targets=vocabulary.get("target", ()),
        receiving=vocabulary.get("receiving", ()),
        formal_acts=vocabulary.get("formal_act", ()),
        achievements=vocabulary.get("achieved", ()),
        superlatives=(*superlative_spans(text, vocabulary.get("superlative", ())), *vocabulary.get("distinction", ())),
        continued=vocabulary.get("continued", ()),
        transfers=vocabulary.get("transfer", ()),
        rank=rank[0],
        rank_at=rank[1],
        nationalities=tuple(nationalities),
        together=(*vocabulary.get("together", ()), *_held_jointly(text, quantities, groups)),
        change=_change(vocabulary) or _from_to(text, quantities),
        change_spans=changes,
        change_denied=any(_UNCHANGED.match(text, end) and any(
            0 <= start - end <= CHANGE_DENIAL_REACH and not _CLAUSE_MARK.search(text, end, start) for start, _ in changes)
            for _, end in vocabulary.get("negation", ())),
        set_aside=tuple(_rest_of_clause(text, end) for _, end in preferring),
        anchored=anchored,
        earlier=earlier,
        event_offsets=tuple(offsets),
        yearless=yearless,
        groups=groups,
        anaphoric=bool(vocabulary.get("anaphor")),
        opening_reference=_opening_reference(text, vocabulary, times),
        figure_references=vocabulary.get("figure_reference", ()),
        denial_frame=_opening(text, vocabulary.get("denial_frame", ())),
        descriptions=vocabulary.get("description", ()),
        referred_types=frozenset(kind.removeprefix(TYPED_ANAPHOR_PREFIX) for kind, spans in vocabulary.items()
                                 if kind.startswith(TYPED_ANAPHOR_PREFIX) and spans),
        contrasted=_contrasted(text, entities),
        likened=_only_inside(_phrase_spans(_LIKENESS, text), entities),
        focus=frozenset(m.entity for m in entities if not m.unknown and _CLEFT_BEFORE.search(text, 0, m.start)
                        and _CLEFT_AFTER.match(text, m.end)),
        contrasts=contrasts,
        credits=credits,
        unknown_speakers=tuple(text[m.start:m.end] for m in speakers),
        listening=listening,
    )
    # « Selon le bilan de septembre 2014, … »: the date of the telling is no date of the fact.
    # So is a dated heading that names a report ("Sept. 2014 stocktake: …", « Bilan 2014 : … »).
    told = tuple(t for t in times if statement.in_crediting_phrase(t.start) or _in_report_heading(text, t)
                 or _in_crediting_subject(text, t.end, statement.credits))
    if told:
        statement = replace(statement, times=tuple(t for t in times if t not in told), telling_times=told,
                            starts=statement.starts and any(t.bound == "since" for t in times if t not in told))
    # "The piece on Orange's takeover of Cloudwatt says …", "The 'Un an après' article says …": what names
    # the piece cues no fact and counts from no event.
    naming = {prop: tuple(c for c in found if not _in_crediting_subject(text, c.end, statement.credits))
              for prop, found in statement.cues.items()}
    if naming != statement.cues:
        statement = replace(statement, cues={prop: found for prop, found in naming.items() if found})
    counted = tuple(o for o in statement.event_offsets
                    if not _in_crediting_subject(text, o.duration[1], statement.credits))
    if counted != statement.event_offsets:
        statement = replace(statement, event_offsets=counted)
    # ("Bilan à deux ans : …", "Sovereign cloud, two years on: …": how long after, in a report's name.)
    named_by = tuple(q for q in statement.quantities if q.quantity.unit in ("year", "month")
                     and _in_report_heading(text, q))
    if named_by:
        statement = replace(statement, quantities=tuple(q for q in statement.quantities if q not in named_by))
    return statement


def _change(vocabulary: dict) -> str | None:
    """Which way the statement says a figure was revised, when it says one way only."""
    ways = [way for way in ("decrease", "increase") if vocabulary.get(way)]
    return ways[0] if len(ways) == 1 else None


def _from_to(text: str, quantities) -> str | None:
    """"went from €200m up to €500m", « passé de 500 à 200 millions »: two figures of one
    unit after "from" / « de » and "to" / « à » say which way a figure was revised."""
    for first, second in zip(quantities, quantities[1:]):
        same_unit = first.quantity.unit == second.quantity.unit or None in (first.quantity.unit, second.quantity.unit)
        # (the second may have taken "up to" as its bound: "from 200 M€ up to 500 M€")
        to = _TO.fullmatch(text, first.end, second.start) or not text[first.end:second.start].strip() and _TO.match(
            " " + second.text)
        if same_unit and _FROM.search(text, max(0, first.start - 8), first.start) and to and (
                first.quantity.amount != second.quantity.amount):
            return "increase" if second.quantity.amount > first.quantity.amount else "decrease"
    return None


_FROM = re.compile(r"(?<!\w)(?:from|de|d['’])[^\S\n]*$", re.IGNORECASE)
_TO = re.compile(r"[^\S\n]+(?:(?:up|down)[^\S\n]+)?(?:to|à)[^\S\n]+", re.IGNORECASE)


_HAND_BEFORE = re.compile(r"(?i)\b(?:la|en|sa|une|des)\s+$")
_ORDINAL_BEFORE = re.compile(r"(?i)(?<!\w)(?P<place>second|third|fourth|2nd|3rd|4th|deuxième|seconde?|troisième|"
                             r"quatrième|2e|3e|4e)[\s-]*$")
_PLACES = {"second": 2, "2nd": 2, "deuxième": 2, "seconde": 2, "2e": 2, "third": 3, "3rd": 3, "troisième": 3, "3e": 3,
           "fourth": 4, "4th": 4, "quatrième": 4, "4e": 4}


_ONLY_AFTER = re.compile(r"(?i)[^\S\n]+(?:only|just|merely|solely|seulement|uniquement|simplement)(?!\w)")


# Which thing each kind of word stands for: a person ("he"), the last or first thing named (« ce dernier »,
# "the former"), an
# organisation ("the company", "its"), or whichever a pronoun fits (« il », "they").
_REFERENCE_KINDS = (("person_pronoun", "person"), ("latter", "latter"), ("former", "former"),
                    ("description", "description"),
                    ("pronoun", "any"), ("anaphor", "organisation"))
_FRONTED_PHRASE = re.compile(r"[^,;:.]{1,60},[^\S\n]*$")
FRONTED_WORDS = 6


def _opening(text: str, spans: tuple[tuple[int, int], ...]) -> Optional[tuple[int, int]]:
    """The first of `spans` when it opens the text, alone or after a short fronted phrase ("No, it is false
    that …", « Non, il est faux de dire que … »)."""
    opening = len(text) - len(text.lstrip(" \t\n«\"“'("))
    for start, end in spans[:1]:
        before = text[opening:start].rstrip()
        if not before or _FRONTED_PHRASE.fullmatch(before) and len(before.split()) <= FRONTED_WORDS:
            return start, end
    return None


def _opening_reference(text: str, vocabulary: dict, times) -> Optional[tuple[int, int, str]]:
    """The reference a sentence opens with, alone or after a short fronted phrase (« Auparavant, il … »,
    "Two years earlier the firm …")."""
    opening = len(text) - len(text.lstrip(" \t\n«\"“'("))
    for kind, referent in _REFERENCE_KINDS:
        for start, end in vocabulary.get(kind, ()):
            before = text[opening:start].rstrip()
            if not before or _FRONTED_PHRASE.fullmatch(before) and len(before.split()) <= FRONTED_WORDS or any(
                    t.start <= opening and opening + len(before) <= t.end for t in times):
                return start, end, referent
    return None


# "the first company in Europe to …", « la seule des deux à … »: a superlative heads what it was first at.
_SUPERLATIVE_DETERMINER = re.compile(r"(?i)(?<!\w)(?:the|le|la|les|l['’])[^\S\n]*$")
_SUPERLATIVE_CLAUSE = re.compile(r"(?i)(?:[^\S\n]{1,8}[\w'’-]{1,40}){0,6}?[^\S\n]{1,8}(?:to|ever|à|qui"
                                 r"|in[^\S\n]{1,8}history|de[^\S\n]{1,8}l['’]histoire)(?!\w)")


def superlative_spans(text: str, found: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The superlative words in a frame that makes them one of a kind: "the last chief executive to …"."""
    return tuple((a, b) for a, b in found if _SUPERLATIVE_DETERMINER.search(text, max(0, a - 6), a)
                 and _SUPERLATIVE_CLAUSE.match(text, b))


def _rank(text: str, vocabulary: dict, quantities=()) -> tuple[int, int]:
    """The place the statement gives a holder (see `Statement.rank`): "largest" is first,
    "second-largest" second, "smallest" last; 0 when it gives none. And where its word stands."""
    for kind, sign in (("largest", 1), ("smallest", -1)):
        for a, b in vocabulary.get(kind, ()):
            if text[a:b].lower() == "main" and _HAND_BEFORE.search(text, max(0, a - 8), a):
                continue  # (not the French « main », a hand: « mis la main sur », « en main »)
            if any(q.start <= a < q.end for q in quantities):
                continue  # ("an outright majority" is a figure: more than half)
            ordinal = _ORDINAL_BEFORE.search(text, max(0, a - 16), a)
            return sign * (_PLACES[ordinal["place"].lower()] if ordinal else 1), a
    return 0, -1


# A heading that dates a report, not a fact: "Sept. 2014 stocktake:", « Bilan de septembre 2014 : ».
_REPORT_WORD = re.compile(r"(?i)\b(?:stocktake|stock-take|review|recap|round-?up|update|report|snapshot|summary|digest|"
                          r"bilan|point|état des lieux|récapitulatif|résumé|synthèse|revue de presse|"
                          r"(?:one|a|two|three) years? on)\b")
REPORT_HEADING_WORDS = 10


def _in_report_heading(text: str, mention) -> bool:
    colon = text.find(":", mention.end)
    heading = text[:colon] if colon >= 0 else ""
    return bool(heading) and len(heading.split()) <= REPORT_HEADING_WORDS and bool(_REPORT_WORD.search(heading))


# "The September 2014 article says …", « L'article de 2016 rapporte … »: a dated piece that tells.
_PIECE_WORD = re.compile(r"(?i)\b(?:article|piece|story|post|interview|op-ed|column|paper|papier|tribune|entretien|"
                         r"dépêche|étude|note)s?\b")
CREDITING_SUBJECT_WORDS = 8


def _in_crediting_subject(text: str, end: int, credits) -> bool:
    """A date (or any words) in the few words a sentence opens with, naming a piece or a report, before
    the verb that credits it with what follows."""
    for start, _ in credits:
        subject = text[:start]
        if (end <= start and len(subject.split()) <= CREDITING_SUBJECT_WORDS and "," not in subject
                and (_PIECE_WORD.search(subject) or _REPORT_WORD.search(subject))):
            return True
    return False


# Where a clause opens: the start of the text, or after punctuation.
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:(\[—–-]|[«\"“])[^\S\n]*$")


# « Tavernier (Numergy) : "notre vocation est européenne" »: a name, perhaps its organisation, a colon, a quote.
# "Tavernier (Numergy) : « … »", "Starck, nov. 2012 : « … »" (a bracket and a short dateline may stand between)
_COLON_BEFORE_QUOTE = re.compile(r"[^\S\n]{0,3}(?:\([^()\n]{1,40}\)[^\S\n]{0,3})?(?:,[^\S\n]{0,3}[^,:;«\"“\n]{1,25})?"
                                 r":[^\S\n]{0,3}[«\"“]")


# « … », a lancé Philippe Tavernier: the verb of the clause after a closing quotation mark credits its speaker.
_INCISE = re.compile(r"[»\"”][^\S\n]*,[^\S\n]*((?:(?:a|avait|ont|avaient)[^\S\n]+)?"
                     r"[^\W\d_]{3,}(?:é|ée|i|u|it|is|ait|aient|ed|s)(?:-t-il|-t-elle|-il|-elle)?)"
                     r"(?=[^\S\n]+(?:[A-ZÀ-Ý]|(?:le|la|son|sa|the)[^\S\n]|l['’]))")


def _quoted_after_colon(text: str, entities: Sequence[EntityMention]) -> list[tuple[int, int]]:
    """What credits a name with the quotation after a colon, as a credit span:
    the colon, or from the name to it past a bracket and a dateline."""
    spans = []
    for mention in entities:
        found = _COLON_BEFORE_QUOTE.match(text, mention.end)
        if found:
            colon = text.index(":", mention.end, found.end())
            spans.append((colon, colon + 1) if "," not in text[mention.end:colon] else (mention.end, colon + 1))
    return spans


_SPEAKER_GAP = re.compile(r"[^\S\n]{0,3}(?:(?:\w+(?:'s|’s)?|M\.|Mr\.?|Mme|Ms\.?)[^\S\n]{1,3}){0,2}")


def _is_speaker(text: str, mention: EntityMention, credits, listening=()) -> bool:
    """A name right after a credit ("says X", « selon M. X ») or right before one
    ("X said"); after "told" (`listening`) it is who listens."""
    return any(_SPEAKER_GAP.fullmatch(text, end, mention.start) and (start, end) not in listening
               if end <= mention.start else mention.end <= start and start - mention.end <= 2
               for start, end in credits)


# « Cloudwatt n'est plus que le nom d'une offre »: "is now only", no comparison.
_NO_MORE_THAN = re.compile(r"\b(?:ne|n['’])[^\S\n]{0,3}(?:[^\W\d_]+[^\S\n]{1,3}){0,2}plus que\b", re.IGNORECASE)


# "€200m by 2017, versus half a billion": a sum in millions or billions whose currency another figure gave.
_SCALE_WORD = re.compile(r"\b(?:millions?|milliards?|billions?|bn|mn|Md|Mds|M)\b", re.IGNORECASE)
CURRENCIES = ("EUR", "USD")


def _currency_carried(quantities: tuple[QuantityMention, ...]) -> tuple[QuantityMention, ...]:
    """A bare sum in millions or billions takes the currency of the statement's
    other sums, when they all have the same one."""
    currencies = {q.quantity.unit for q in quantities if q.quantity.unit in CURRENCIES}
    if len(currencies) != 1:
        return quantities
    (currency,) = currencies
    return tuple(replace(q, quantity=replace(q.quantity, unit=currency))
                 if q.quantity.unit is None and _SCALE_WORD.search(q.text) else q for q in quantities)


_CLAUSE_END = re.compile(r"[,;:.!?()«»]|\b(?:but|mais|and|et|when|while|because|after|before|once|since|lorsqu['’]|"
                         r"lorsque|quand|parce\s+qu(?:e|['’])|après|avant|depuis|puisqu(?:e|['’]))(?!\w)", re.IGNORECASE)


def _rest_of_clause(text: str, start: int) -> tuple[int, int]:
    """From `start` to the end of its clause ("rather than after 2014": a word that ends a clause may open it)."""
    opening = len(text) - len(text[start:].lstrip()) if text[start:start + 1].isspace() else start
    found = _CLAUSE_END.search(text, start)
    if found and found.start() == opening and found.group()[0].isalpha():
        found = _CLAUSE_END.search(text, found.end())
    return start, found.start() if found else len(text)


_RELATIVE_SELON = re.compile(r"\s+(?:laquelle|lequel|lesquels|lesquelles)\b", re.IGNORECASE)
_NE_BEFORE = re.compile(r"\b(?:ne\s+|n['’])$", re.IGNORECASE)


def _partial(text: str, negation: tuple[int, int], universals: tuple[tuple[int, int], ...]) -> bool:
    """« n'a pas reçu tous les ministères », "did not get all of it", "not
    confined to France": not everything holds, or not that alone, which
    neither denies nor confirms that some of it does. (The word may stand
    inside a negation that wraps its verb: « ne se cantonnent pas ».)"""
    start, end = negation
    if _OTHERS_AFTER.match(text, end):
        return True  # "no other celebrity", « aucune autre personnalité »: the one named is excepted
    return any(start < u < end or end <= u and u - end <= NEGATION_WINDOW and _VERB_GAP.match(text[end:u])
               or u_end <= start and not text[u_end:start].strip() and _NE_BEFORE.search(text, max(0, u - 4), u)
               for u, u_end in universals)


_NEGATED_EQUATIVE = re.compile(r"(?i)(?:not|pas)[^\S\n]+(?:as|so|aussi|autant)(?!\w)")
_OTHERS_AFTER = re.compile(r"(?i)[^\S\n]*(?:(?:une|un|de|d['’])[^\S\n]*)?(?:other|others|autre|autres|else)(?!\w)")
_NEXT_NAME = re.compile(r" [A-ZÀ-Ý][\w'’-]+")


def _not_inside_names(text: str, matches: list[Match]) -> list[Match]:
    """A near miss of a name is no misspelling when it opens another proper
    name: "François Hollande" is not "français"."""
    starts = {m.start for m in matches}
    return [m for m in matches if not (m.fuzzy and (following := _NEXT_NAME.match(text, m.end))
                                       and following.start() + 1 not in starts)]


_CONTRAST = re.compile(r"\b(?:unlike|contrary to|as opposed to|contrairement (?:à|au|aux)|à la différence (?:de|du|des)|"
                       r"à l['’]inverse (?:de|du|des))\b", re.IGNORECASE)


# "Like Cloudwatt, …", "…, just like OBS", « À l'instar de Cloudwatt, … »; « comme » only
# after a comma or opening the sentence (« Numergy comme Cloudwatt » joins two subjects).
_LIKENESS = re.compile(r"(?:\b(?:just like|much like|like|as with|(?:the )?same as|just as|"
                       r"à l['’]instar (?:de|du|des|d['’])|tout comme|de même que|comme pour)|"
                       r"(?:^|,)\s*comme)(?!\w)", re.IGNORECASE)


# « ne viserait que le secteur public », « n'avait que deux clients »: "only", in two parts.
_NE_QUE = re.compile(r"\b(?:ne[^\S\n]{1,3}|n['’])[^\W\d_]+(?:[^\S\n]{1,3}[^\W\d_]+)?[^\S\n]{1,3}qu(?:e\b|['’])",
                     re.IGNORECASE)


# « se limiter au seul secteur public », « aux seules entreprises »: "only", right before what it limits
# (not in the `only` words: « construite seule » is "built alone").
_ONLY_BEFORE = re.compile(r"\b(?:au seul|à la seule|aux seuls|aux seules|se limiter (?:au|à|aux))\b", re.IGNORECASE)


_CLEFT_BEFORE = re.compile(r"\b(?:c['’]est|c['’]était|c['’]étaient|ce sont|ce fut|it was|it is|it's|it were)[^\S\n]{1,3}"
                           r"(?:(?:le|la|les|l['’]|the)[^\S\n]{0,3})?$", re.IGNORECASE)
_CLEFT_AFTER = re.compile(r"[^\S\n]{0,3}(?:,[^,;:.«»\n]{1,60},)?[^\S\n]{0,3}(?:qui|who|that|which)\b",
                          re.IGNORECASE)  # (past an apposition: « c'est Patrick Starck, le patron de Cloudwatt, qui »)


def _contrast_spans(text: str) -> tuple[tuple[int, int], ...]:
    return _phrase_spans(_CONTRAST, text)


def _phrase_spans(pattern: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Each phrase `pattern` opens, to the first comma, semicolon, full stop or
    spaced dash outside brackets; a relative clause set off by commas right
    after it is part of it ("Unlike Numergy, which says it built it alone, …")."""
    spans = []
    for match in pattern.finditer(text):
        depth, end, relative = 0, len(text), False
        for index in range(match.end(), len(text)):
            char = text[index]
            depth += char == "("
            depth -= char == ")" and depth > 0
            if depth == 0 and (char in ",;." or char in "—–" and text[index - 1].isspace()):
                if char == "," and not relative and _RELATIVE_OPENER.match(text, index + 1):
                    relative = True
                    continue
                end = index
                break
        spans.append((match.start(), end))
    return tuple(spans)


# (Or a participle with its agent: « Contrairement à Cloudwatt, épaulée par eNovance, … ».)
_RELATIVE_OPENER = re.compile(r"[^\S\n]{0,3}(?:which|who|whose|qui|dont|lequel|laquelle|"
                              r"[^\W\d_]+(?:é|ée|és|ées|ed)[^\S\n]+(?:par|by))\b", re.IGNORECASE)


def _contrasted(text: str, entities: tuple[EntityMention, ...]) -> frozenset[str]:
    """Entities named only inside "unlike …" / « contrairement à … »: the rest of
    the statement says the opposite of them."""
    return _only_inside(_contrast_spans(text), entities)


def _only_inside(spans: tuple[tuple[int, int], ...], entities: tuple[EntityMention, ...]) -> frozenset[str]:
    inside = {m.entity for m in entities if any(a <= m.start < b for a, b in spans)}
    outside = {m.entity for m in entities if not any(a <= m.start < b for a, b in spans)}
    return frozenset(inside - outside)


# « dans le plus grand secret », "the largest": a superlative compares nothing named.
# Between a label and the name it describes: « le footballeur Teddy Riner », "Riner, the judoka".
_LABEL_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:the|a|an|le|la|l['’])(?!\w)\s*)?$", re.IGNORECASE)
# After the name, through an aside, a copula: "Teddy Riner, who fronted …, is a tennis player".
_LABEL_AFTER_COPULA = re.compile(r"^(?:[^\S\n]*,[^,;:.]{0,120},)?[^\S\n]*(?:is|was|est|était|reste|remains)"
                                 r"[^\S\n]+(?:(?:the|a|an|le|la|un|une)[^\S\n]+|l['’])?$", re.IGNORECASE)


def _labels_beside_names(text: str, labels: list[Match], people: tuple[EntityMention, ...],
                         short_labels: frozenset[str] = frozenset()) -> list[Match]:
    """A value's word right before or after a person's name is said of them:
    « le footballeur Teddy Riner » says what Riner is, whatever the sentence's
    verb; a title also after a copula ("Teddy Riner … is a tennis player")."""
    return [label for label in labels if any(
        not m.unknown and (m.start >= label.end and _LABEL_GAP.match(text[label.end:m.start])
                           or m.end <= label.start and (_LABEL_GAP.match(text[m.end:label.start]) or (
                               label.key in short_labels and _LABEL_AFTER_COPULA.match(text[m.end:label.start]))))
        for m in people)]


@dataclass(frozen=True)
class Nationality:
    """« OVH est un hébergeur français »: the company, the place its noun gives it, the phrase's span."""

    holder: str
    place: str
    start: int
    end: int


# Between a noun for a company and a place word: « hébergeur (de cloud) français », "German (cloud) host".
_NOUN_GAP = re.compile(r"^\s+(?:(?![\w-]+['’]s\s)[\w'’-]+\s+){0,2}$")  # (no possessive: "the French group's unit")
# "Altice, maison-mère de Numericable, est un groupe belge": the opening name, then an aside.
_OPENING_ASIDE = re.compile(r"[^\S\n]{0,3},[^\S\n]{0,3}(?:[a-zà-ÿ]|[^\W\d_][\w-]*['’]s\b)[^,;:.()]{0,80},")  # ", SFR's new owner,"


def _past_the_aside(text: str, named: list, holder, phrase_start: int):
    """The predicate after the aside that follows the sentence's opening name
    is that name's: a holder found inside the aside gives way to it, and with
    none found, the opening name holds what comes right after the aside
    ("Altice, SFR's new owner, is a Belgian group")."""
    opening = next((m for m in named if _OPENING_ASIDE.match(text, m.end)), None)
    if opening is None or opening is holder or not _OPENING_NAME.fullmatch(text, 0, opening.start):
        return holder
    aside = _OPENING_ASIDE.match(text, opening.end)
    if holder is not None and aside.start() <= holder.start < aside.end() <= phrase_start:
        return opening
    if holder is None and aside.end() <= phrase_start and _APPOSITION.match(text[aside.end():phrase_start]):
        return opening
    return holder


# What may stand before the opening name: an article, or a possessive name and a noun ("SFR's buyer Altice").
_OPENING_NAME = re.compile(r"[\s«\"“]*(?:(?:le|la|les|the)\s+|l['’]|[^\W\d_][\w.&-]*['’]s\s+[^\W\d_]+\s+)?", re.IGNORECASE)


# Between a name and the noun that describes it: "Ikoula is a", « OVH, l' », "Gandi, the".
_APPOSITION = re.compile(
    r"^\s*(?:[,=:]\s*)?(?:(?:is|was|are|were|remains|est|était|sont|étaient|reste|demeure|a|an|the|one of the|un|une|le|la|"
    r"les|des|l['’]un des|l['’]une des|l['’]|deux|two|both|nouveau|nouvelle|nouveaux|nouvelles|new)(?!\w)\s*)*$",
    re.IGNORECASE)


def _described(text: str, entities: tuple[EntityMention, ...], nouns: tuple[tuple[int, int], ...],
               lexicon: "Lexicon") -> list[EntityMention]:
    """"the Luxembourg group", « l'opérateur suisse »: a noun for a company with a place word beside it and
    no name, which only one company the claims give that nationality fits, names that company."""
    named = {m.entity for m in entities if not m.unknown}
    found = []
    for noun_start, noun_end in nouns:
        for mention in entities:
            candidates = lexicon.nationals.get(mention.entity, ())
            if len(candidates) != 1 or candidates[0] in named:
                continue
            if mention.start >= noun_end and _NOUN_GAP.match(text[noun_end:mention.start]):
                start, end = noun_start, mention.end
            elif mention.end <= noun_start and _NOUN_GAP.match(text[mention.end:noun_start]):
                start, end = mention.start, noun_end
            else:
                continue
            after = text[end:end + 40].lstrip()
            if not _DETERMINER_BEFORE.search(text, 0, start) or (after[:1].isupper() and not after.startswith("I ")):
                continue  # ("the Swiss operator Green.ch" names it; the nationality is said of the name)
            if _COPULA_BEFORE.search(text, 0, start):
                continue  # ("Numergy is a Luxembourg company" says what Numergy is)
            found.append(EntityMention(candidates[0], start, end))
    return found


_COPULA_BEFORE = re.compile(r"(?i)(?<!\w)(?:is|are|was|were|be|been|being|remains|remained|became|becomes|est|sont|"
                            r"était|étaient|fut|reste|restait|devenu|devenue|devient|serait|sera)"
                            r"[^\S\n]+(?:(?:not|pas|no longer|plus)[^\S\n]+)?(?:a|an|the|un|une|le|la|l['’])[^\S\n]*$")
_DETERMINER_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:the|a|an|le|la|les|un|une)[^\S\n]+|(?<!\w)l['’][^\S\n]*)$")


def _nationalities(text: str, entities: tuple[EntityMention, ...], nouns: tuple[tuple[int, int], ...],
                   places: frozenset[str], companies: frozenset[str]) -> list[Nationality]:
    """Spans of a noun for a company with a place word beside it, said of a
    name right before or after it: « OVH est un hébergeur français », "the
    Swiss operator Green.ch" (not « une menace pour les sociétés françaises »)."""
    named = [m for m in entities if m.entity in companies and not m.unknown]
    found = []
    for noun_start, noun_end in nouns:
        for mention in entities:
            if mention.entity not in places:
                continue
            if mention.start >= noun_end and _NOUN_GAP.match(text[noun_end:mention.start]):
                phrase = (noun_start, mention.end)
            elif mention.end <= noun_start and _NOUN_GAP.match(text[mention.end:noun_start]):
                phrase = (mention.start, noun_end)
            else:
                continue
            if POSSESSIVE.match(text, phrase[1]):
                continue  # "the French group's enterprise division" is the group's, not the name's
            holder = next((m for m in named if m.end <= phrase[0] and _APPOSITION.match(text[m.end:phrase[0]])
                           or m.start >= phrase[1] and not text[phrase[1]:m.start].strip()), None)
            holder = _past_the_aside(text, named, holder, phrase[0])
            if holder is not None:
                found.append(Nationality(holder.entity, mention.entity, phrase[0], phrase[1]))
    for mention in entities:
        # « le belge Altice », « l'américain VMware »: a demonym as a noun, right before the name.
        if mention.entity not in places or not _DEMONYM_BEFORE.search(text, 0, mention.start) or not (
                text[mention.start:mention.end][:1].islower()):
            continue
        holder = next((m for m in named if m.start > mention.end and not text[mention.end:m.start].strip()), None)
        if holder is not None and not any(f.start <= mention.start < f.end for f in found):
            found.append(Nationality(holder.entity, mention.entity, mention.start, mention.end))
    for mention in entities:
        # "Belgium's Altice": the country's own company.
        possessive = POSSESSIVE.match(text, mention.end) if mention.entity in places else None
        holder = possessive and next((m for m in named if m.start == possessive.end()), None)
        if holder is not None and not any(f.start <= mention.start < f.end for f in found):
            found.append(Nationality(holder.entity, mention.entity, mention.start, possessive.end()))
    for mention in entities:
        # "Altice is Belgian", « Altice, maison-mère de Numericable, est belge »: a demonym after a copula.
        copula = _PREDICATE_COPULA.search(text, max(0, mention.start - 16), mention.start)
        if mention.entity not in places or copula is None or any(f.start <= mention.start < f.end for f in found):
            continue
        holder = next((m for m in reversed(named) if m.end <= copula.start()
                       and _APPOSITION.match(text[m.end:copula.start()])), None)
        holder = _past_the_aside(text, named, holder, copula.start())
        if holder is not None and not _NOUN_AFTER.match(text, mention.end):
            found.append(Nationality(holder.entity, mention.entity, copula.start(), mention.end))
    for noun_start, noun_end in nouns:
        # "the operator Green.ch in Belgium", « l'opérateur Green.ch en Suisse »: where the company is.
        holder = next((m for m in named if m.start >= noun_end and not text[noun_end:m.start].strip()), None)
        place = holder and next((m for m in entities if m.entity in places
                                 and _LOCATED_IN.fullmatch(text, holder.end, m.start)), None)
        if place and not any(f.start <= place.start < f.end for f in found):
            found.append(Nationality(holder.entity, place.entity, noun_start, place.end))
    return found


# « n'a confié aucun service », « ne détenait rien »: the « ne » before the verb, when the object that
# completes the negation comes after it.
_NE_OPENING_THE_VERB = re.compile(r"(?i)(?<!\w)(?:ne[^\S\n]|n['’])[^\S\n]{0,2}(?:[^\W\d_][\w'’-]*[^\S\n]{1,3}){1,3}$")
_AFTER_THE_VERB = frozenset({"aucun", "aucune", "rien"})
_AUXILIARIES = frozenset({"a", "as", "ai", "avait", "avaient", "ont", "est", "était", "sont", "étaient", "se", "s"})


def _ne_before_the_verb(text: str, negations) -> list[tuple[int, int]]:
    """(Not past an auxiliary alone: « n'a rien » already stands before the participle.)"""
    found = []
    for start, end in negations:
        if text[start:end].lower() in _AFTER_THE_VERB:
            ne = _NE_OPENING_THE_VERB.search(text, max(0, start - 40), start)
            if ne is not None and set(words(text[ne.start() + 2:start])) - _AUXILIARIES:
                found.append((ne.start(), ne.start() + 2))
    return found


_PREDICATE_COPULA = re.compile(r"(?i)(?<!\w)(?:is|was|are|were|est|était|sont|étaient)[^\S\n]{1,3}$")
# "is French-owned", « est française de droit »: a demonym that is no predicate on its own.
_NOUN_AFTER = re.compile(r"[-‐][^\W\d_]|[^\S\n]{1,3}(?:law|de[^\S\n]droit|owned)\b", re.IGNORECASE)
# "Belgium's Altice", "Orange's Colin": a possessive right before a name.
POSSESSIVE = re.compile(r"['’]s[^\S\n]{1,3}")
_LOCATED_IN = re.compile(r"[^\S\n]{1,3}(?:in|en|au|aux)[^\S\n]{1,3}(?:(?:the)[^\S\n]{1,3})?", re.IGNORECASE)


_DEMONYM_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|the)[^\S\n]{1,3}|\bl['’])$", re.IGNORECASE)


_SUPERLATIVE = re.compile(r"\b(?:le|la|les|the)\s+$", re.IGNORECASE)


def _split_comparative(text: str, word: str) -> list[tuple[int, int]]:
    """« plus de parts dans Numergy que Thalès », « pesait plus lourd que la CDC »,
    "held more shares than the CDC": the comparative word … « que » / "than",
    a few words between (not a ratio: « trois fois plus de machines que »)."""
    return [m.span(1) for m in re.finditer(rf"(?i)(?<!\w)({word})[^\S\n]+(?:de|d['’])?[^\S\n]*[^\W\d_]+"
                                           rf"(?:[^\S\n]+[\w'’-]+){{0,6}}?[^\S\n]+(?:qu(?:e|['’])|than\b)", text)
            if not _RATIO_BEFORE.search(text, max(0, m.start() - 8), m.start())]


_RATIO_BEFORE = re.compile(r"(?i)(?<!\w)(?:fois|times)[^\S\n]+$")


def _symbols(text: str, symbol: str) -> list[tuple[int, int]]:
    """"Cloudwatt 2017 target > Numergy 2020 target": a sign between spaces."""
    return [(m.start() + 1, m.start() + 2) for m in re.finditer(rf"\s{re.escape(symbol)}\s", text)]


def _time_anchor(text: str, mention: QuantityMention) -> bool:
    """"Two years earlier", "il y a deux ans": a duration that places the
    statement in time rather than a figure it asserts."""
    if mention.quantity.unit not in ("year", "month", "week", "day"):
        return False
    before = " ".join(text[max(mention.start - 20, 0):mention.start].split())
    if lasting(text, mention.start):
        return False
    return bool(_AFTER_ANCHOR.match(text, mention.end) or _BEFORE_ANCHOR.search(before))


_LASTING = re.compile(r"(?:pendant|durant|during|for)(?: [^\W\d_]+){0,2} ?$", re.IGNORECASE)


# Between a name and the part noun it owns: "Orange's consumer division",
# "la division grand public d'Orange". A few words, no punctuation.
_OWNER_BEFORE_PART = re.compile(r"^['’]s(?:\s+[\w-]+){0,3}\s+$")
_PART_BEFORE_OWNER = re.compile(r"^(?:\s+[\w-]+){0,3}\s+(?:of(?: the)?|d['’]|de(?: la| l['’])?|du|des)\s*$", re.IGNORECASE)


def _parts_named(text: str, mentions: list[EntityMention],
                 parts: tuple[tuple[int, int], ...]) -> list[EntityMention]:
    """Mentions that name a part of the entity (a division, a branch) cover
    the whole phrase and are marked `part`."""
    marked = []
    for mention in mentions:
        for start, end in parts:
            if start >= mention.end and end - mention.end <= 60 and _OWNER_BEFORE_PART.match(text[mention.end:start]):
                mention = replace(mention, end=end, part=True)
                break
            if end <= mention.start and mention.start - start <= 60 and _PART_BEFORE_OWNER.match(
                    text[end:mention.start]):
                mention = replace(mention, start=start, part=True)
                break
        marked.append(mention)
    return marked


NOT_CUED_REACH = 3  # words: "held *the equivalent* post"


def _before_a_word_of(text: str, position: int, stop_words: frozenset[str] | None) -> bool:
    """Whether one of `stop_words` comes within a few words after `position`, in the same clause."""
    if not stop_words:
        return False
    clause = re.split(r"[,;:.!?()«»]", text[position:position + 60], maxsplit=1)[0]
    return any(word in stop_words for word in words(clause)[:NOT_CUED_REACH])


# "Cloudwatt … its Dropbox-style Box", « Cloudwatt … sa Box »: a possessive, at most two words, the name.
_OWNED_NAME_BEFORE = re.compile(r"(?i)(?<!\w)(?:its|their|son|sa|ses|leur|leurs)(?:[^\S\n]+[\w'’-]+){0,2}[^\S\n]+$")


def _owned_names(text: str, known: list[EntityMention], unknown: list[EntityMention],
                 lexicon: Lexicon) -> tuple[list[EntityMention], list[EntityMention]]:
    """A name the database knows only with its owner's ("Cloudwatt Box"), given after a possessive
    whose owner the statement names before it: "Cloudwatt shut down its Box service"."""
    resolved: list[EntityMention] = []
    still_unknown: list[EntityMention] = []
    for mention in unknown:
        owners = [m for m in known if m.end <= mention.start]
        found = None
        if owners and " " not in mention.entity and _OWNED_NAME_BEFORE.search(text, max(0, mention.start - 60),
                                                                                mention.start):
            for owner in reversed(owners):  # ("Cloudwatt … its Dropbox-style Box": Cloudwatt's, not Dropbox's)
                phrase = f"{text[owner.start:owner.end]} {text[mention.start:mention.end]}"
                whole = [m for m in lexicon.entities.find(tokenize(phrase)) if m.start == 0 and m.end == len(phrase)]
                if whole:
                    found = whole[0].key
                    break
        if found is None:
            still_unknown.append(mention)
        else:
            resolved.append(EntityMention(found, mention.start, mention.end))
    return sorted(known + resolved, key=lambda m: m.start), still_unknown


def _unknown_names(text: str, tokens: list[Token], taken: list[tuple[int, int]],
                   lexicon: Lexicon) -> list[EntityMention]:
    """Capitalised words inside a sentence that the database does not know
    ("racheté par Capgemini"): not checkable, but they can name a rival value."""
    found: list[EntityMention] = []
    for index, token in enumerate(tokens):
        word = text[token.start:token.end]
        if (not word[:1].isupper() or word[:2].isupper() or len(word) < 3
                or any(a <= token.start < b for a, b in taken) or lexicon.is_vocabulary(token.text)):
            continue
        before = text[:token.start].rstrip(" \t\u00a0\u202f\"'«“(")
        if not before or before[-1] in ".!?:;\n":
            continue
        if found and tokens[index - 1].end == found[-1].end and text[found[-1].end:token.start].strip() == "":
            previous = found.pop()
            found.append(EntityMention(previous.entity + " " + token.text, previous.start, token.end))
        else:
            found.append(EntityMention(UNKNOWN + token.text, token.start, token.end))
    return found


# "hit *its* target", « a atteint *son* objectif »: a determiner between.
# (A date may stand between: « a atteint fin 2014 son objectif ».)
# (An emphatic "did" before the verb's base: "did reach its goal", "did hit its target".)
_MET_TARGET = re.compile(r"\s+(?:(?:reach|hit|meet|achieve|attain)\s+)?"
                         r"(?:(?:(?:fin|début|mi|end|early|late|in|en)[^\S\n]+)?(?:19|20)\d\d,?\s+)?"
                         r"(?:its|their|the|his|her|son|sa|ses|leur|leurs|le|la|les|l['’])\s*", re.IGNORECASE)


_INTENDS = re.compile(r"\b(?:compte|comptait|comptaient|comptent|comptons|comptais)\s+[^\W\d_]+(?:er|ir|re|oir)\b",
                      re.IGNORECASE)


def _result_of_aim(text: str, actuals, aims, figures: tuple[QuantityMention, ...]) -> bool:
    """"Numergy actually booked the €6m it had forecast", « a bien atteint les
    10 000 VM prévues »: a result said before the figures, the aim only after
    them, describing them ("made €2m and aims for €700m" has an aim of its
    own). An auxiliary right before an aim ("had forecast") is not a result."""
    results = [start for start, end in actuals if not any(0 <= a - end <= 1 and not text[end:a].strip()
                                                          for a, _ in aims)]
    return bool(results) and min(results) < figures[0].start and all(a >= figures[-1].end for a, _ in aims)


def _status(vocabulary: dict[str, tuple[tuple[int, int], ...]], text: str,
            times: tuple[TimeMention, ...], figures: tuple[QuantityMention, ...] = (),
            contrasts: tuple[tuple[int, int], ...] = ()) -> Optional[Status]:
    """What the statement presents its figure as; None when it does not say.
    A target said to be met ("hit its target", « a atteint son objectif ») is
    a result; one set against it (« Contrairement aux prévisions, … ») is not
    what the statement presents."""
    def kept(kind: str) -> tuple[tuple[int, int], ...]:
        return tuple(span for span in vocabulary.get(kind, ()) if not any(a <= span[0] < b for a, b in contrasts))
    set_against = len(kept("target") + kept("forecast")) < len(vocabulary.get("target", ()) + vocabulary.get("forecast", ()))
    vocabulary = {**vocabulary, "target": kept("target"), "forecast": kept("forecast")}
    targets, actuals = vocabulary.get("target", ()), vocabulary.get("actual", ())
    if set_against and not targets and not vocabulary["forecast"]:
        return "actual"  # what came about, unlike what was forecast
    # « compte fournir », « comptait reprendre »: counting on doing is aiming (« comptait 100 salariés » counts).
    targets = (*targets, *((m.start(), m.end()) for m in _INTENDS.finditer(text)))
    if any(_MET_TARGET.fullmatch(text, end, start) for _, end in actuals for start, _ in targets if start >= end):
        return "actual"
    aims = sorted((*targets, *vocabulary.get("forecast", ())))
    if aims and figures and _result_of_aim(text, actuals, aims, figures):
        return "actual"
    if targets or (any(t.bound == "by" for t in times) and not actuals):  # "had made €2m by 2014" is a result
        return "target"
    if vocabulary.get("forecast"):
        return "forecast"
    if actuals:
        return "actual"
    return None


_JOINING_DASHES = ("-", "–", "—")  # "the Cloudwatt–Numergy merger"; spaced, a dash separates ("Starck – Cloudwatt")


# "the 55.5 % held by Thales and the CDC", « les 55,5 % détenus par Thalès et la CDC »
# (The company may be named between: "the 55 % of Cloudwatt held by Thales and the CDC".)
_HELD_BY_SEVERAL = re.compile(r"[^\S\n]{1,3}(?:(?:of|in|de|du|dans)[^\S\n]+[\w'’.-]+[^\S\n]+)?"
                              r"(?:(?:stakes?|shares?|parts?)[^\S\n]{1,3})?(?:held|owned|détenue?s?|possédée?s?)"
                              r"[^\S\n]{1,3}(?:by|par)[^\S\n]{1,3}(?:(?:the|la|le|les)[^\S\n]{1,3}|l['’])?$", re.IGNORECASE)


def _held_jointly(text: str, quantities, groups) -> tuple[tuple[int, int], ...]:
    """A figure said held by several names at once is their sum: "44.4 % held by
    Thales and the CDC", « les parts de Thalès et de la CDC, soit 55,5 % »."""
    return tuple((q.start, group[-1].end) if q.end <= group[0].start else (group[0].start, q.end)
                 for q in quantities for group in groups
                 if len(group) > 1 and (q.end <= group[0].start and _HELD_BY_SEVERAL.match(text, q.end, group[0].start)
                                        or group[-1].end <= q.start and _RESTATED_SUM.fullmatch(text, group[-1].end, q.start)))


# « …de Thalès et de la CDC, soit 55,5 % »: a figure that restates what the names before it hold.
_RESTATED_SUM = re.compile(r"[^,;.()]{0,40},[^\S\n]*(?:soit|that is|i\.e\.)[^\S\n]+(?:(?:au total|en tout|un total de|"
                           r"a total of)[^\S\n]+)?", re.IGNORECASE)


def _coordinated(text: str, entities: tuple[EntityMention, ...],
                 kind_of=lambda entity_id: "") -> tuple[tuple[EntityMention, ...], ...]:
    """Entities joined by "and", "et", commas: "Orange et Thalès" is one group.
    A comma alone does not join names of different kinds: in « Lors de la
    conférence Partner VIP, Patrick Starck présidait … » it closes a phrase."""
    groups: list[list[EntityMention]] = []
    closed = False  # the last group ended with "and" / « et »: a comma after it starts anew
    for mention in entities:
        gap = text[groups[-1][-1].end:mention.start] if groups else ""
        joined = groups and (len(gap) <= 30 and _COORDINATION.match(" ".join(gap.split())) or gap in _JOINING_DASHES)
        if joined and gap.strip() == "," and (kind_of(groups[-1][-1].entity) != kind_of(mention.entity)
                                              or _GAPPED_AGENT.match(text, mention.end)):
            joined = False  # (« créé par Orange et Thalès, Numergy par SFR et Bull »: a new clause, its verb gapped)
        if joined and closed and "," in gap:
            joined = False  # "Cloudwatt, backed by Orange and Thales, and Numergy, …": Numergy is no backer
        if joined:
            groups[-1].append(mention)
            closed = bool(_CONJUNCTION.search(gap))
        else:
            groups.append([mention])
            closed = False
    return tuple(tuple(group) for group in groups)


_CONJUNCTION = re.compile(r"(?i)(?<!\w)(?:and|et|or|ou|as well as|ainsi que|&)(?!\w)")
