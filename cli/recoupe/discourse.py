"""Discourse context: which organisation a passage of prose is about.

Press prose mostly speaks of a company without naming it: « L'entreprise vise
200 millions d'euros d'ici 2017 », « Nous visons 10 000 machines virtuelles »,
« la société a généré 2 millions d'euros ». `Discourse` follows a document
sentence by sentence (in reading order, keeping only a couple of ids, so
memory stays flat however long the document) and says, for each sentence,
which organisations such a sentence can be taken to speak of:

- a section heading (a short line without final punctuation:
  "Numergy, « le chalutier »", "Cloudwatt : Après l'erreur de la Box…") sets
  the topic to the organisations it names, or clears it when it names none
  (a run of such lines, a caption or a byline, only clears it);
- a sentence whose grammatical subject is an organisation ("En avril, SFR a
  été racheté…", "Pour Numergy, la contestation…") makes it the topic: the
  most recently named subject wins;
- otherwise, with no topic, the organisations named by the last sentence that
  named any (at most two) stand in.

Apart from organisations, it keeps the last entity of each other type named
(a law, an offer): a demonstrative of that type (« cette loi », "this offer",
`anaphor_<type>` in the vocabulary) points back to it.

The organisations in the context are at most two, and none when the passage
is ambiguous. A new `Discourse` starts with each document: nothing is carried
from one document to the next. The engine uses the context only for sentences
that name no organisation, to make a claim fit, never to contradict one.

`referent` serves `recoupe check` instead: in a statement written in several
sentences ("Patrick Starck ran Cloudwatt. He had been in charge for three
years."), the name in the sentence before that a later one's opening pronoun
or description stands for; that sentence is then read with the name itself,
which may contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from .extract.statement import FRONTED_WORDS
from .normalise import plain

ORGANISATION_TYPES = frozenset({"organisation", "group", "project"})  # Andromède was to be a company
MAX_CONTEXT = 2
RECENT_SENTENCES = 1024
MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 14
MIN_CLAUSE_WORDS = 6

_FINAL_PUNCTUATION = ".!?…;:,"
_CLOSERS = "»\"”’)]* \u00a0\u202f\t"
_OPENERS = "«\"“‘([-–—*# \u00a0\u202f\t"
# Before a fronted topic or a subject at the start of a sentence.
_TOPIC_MARKER = re.compile(
    r"(?:pour|quant à|quant a|chez|côté|du côté de|c['’]est|as for|for)\s+$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_BRACKET_OR_COMMA = re.compile(r"[(\[«“)\]»”,]")


@dataclass(frozen=True)
class _Reading:
    """What one sentence tells the reader of a passage; it depends on the sentence's text alone."""

    heading: bool
    names_some: bool  # whether it names organisations
    named: tuple[str, ...]  # those it names, as a context (at most two)
    subject: tuple[str, ...] = ()
    anaphoric: bool = False  # it refers to something named before (« la société », « chacun »)
    distributive: bool = False  # "each", « chacun »: several things named before
    typed: tuple[tuple[str, str], ...] = ()  # (type, id) of what it names other than organisations, in order
    referred: frozenset[str] = frozenset()  # the types its demonstratives point back to (« cette loi »)


def is_heading(text: str) -> bool:
    """A section heading: a short line without final punctuation. (The
    sentence splitter ends a sentence without punctuation only at a blank
    line, a block boundary or the end of the text.) Several such lines run
    together ("Photo\nInternet\nDes débuts difficiles") are judged by the last."""
    line = heading_line(text)
    if not line or len(line) > MAX_HEADING_CHARS or len(_WORD.findall(line)) > MAX_HEADING_WORDS:
        return False
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] not in _FINAL_PUNCTUATION


def heading_line(text: str) -> str:
    return text.strip().splitlines()[-1].strip() if text.strip() else ""


class Discourse:
    """The organisation(s) the passage being read is about, updated sentence by sentence."""

    def __init__(self, checker: Any) -> None:
        self.checker = checker
        self.topic: tuple[str, ...] = ()  # from the latest heading or organisation subject
        self.recent: tuple[str, ...] = ()  # from the last sentence that named organisations
        self.last_named: dict[str, str] = {}  # per entity type other than organisations, the last one named
        # What a sentence names depends on its text alone; documents repeat sentences.
        self._read: dict[str, _Reading] = {}

    @property
    def context(self) -> tuple[str, ...]:
        return self.topic or self.recent

    def read(self, text: str) -> tuple[str, ...]:
        """Take in the next sentence and return the context for its claims: the passage's organisations,
        this sentence's included (for its claims that do not repeat the name), and what its
        demonstratives point back to (« cette loi » after the Patriot Act)."""
        reading = self._analysis(text)
        named_types = {kind for kind, _ in reading.typed}
        referents = tuple(self.last_named[kind] for kind in sorted(reading.referred)
                          if kind in self.last_named and kind not in named_types)
        self.last_named.update(reading.typed)
        return self._organisations_for(reading) + referents

    def _organisations_for(self, reading: "_Reading") -> tuple[str, ...]:
        if reading.heading:
            self.topic, self.recent = reading.named, ()
            return self.context
        before, named_before = self.context, self.recent
        if reading.names_some:
            if reading.subject:
                self.topic = reading.subject
            self.recent = reading.named
        if reading.anaphoric and not reading.subject:
            # « Chacun obtiendra 75 M€ par la Caisse des Dépôts »: a sentence
            # whose subject is a pronoun speaks of the passage so far, not of
            # the names it gives elsewhere; "each" of several things speaks of
            # the several things named last.
            if reading.distributive and len(named_before) > 1:
                return named_before
            if before:
                return before
        return self.context

    def _analysis(self, text: str) -> "_Reading":
        found = self._read.get(text)
        if found is not None:
            return found
        if len(self._read) >= RECENT_SENTENCES:
            self._read.clear()
        if is_heading(text):
            # Several short lines run together are a caption or a byline ("Camille
            # Cacheux / Directeur Général / Coreye"): they end the passage, name no topic.
            single = "\n" not in text.strip()
            named = self._limited(self._organisations(self.checker.extract(text))) if single else ()
            found = _Reading(heading=True, names_some=single, named=named)
        else:
            statement = self.checker.extract(text)
            named = self._organisations(statement)
            # A fragment ("L'État en premier lieu.") names no subject of a clause.
            subject = self._subject(statement) if named and len(_WORD.findall(text)) >= MIN_CLAUSE_WORDS else ()
            found = _Reading(heading=False, names_some=bool(named), named=self._limited(named), subject=subject,
                             anaphoric=statement.anaphoric, distributive=statement.each,
                             typed=self._others(statement), referred=statement.referred_types)
        self._read[text] = found
        return found

    # --- what a sentence names ---------------------------------------------------

    def _is_organisation(self, entity_id: str) -> bool:
        entity = self.checker.database.entities.get(entity_id)
        return entity is not None and entity.type in ORGANISATION_TYPES

    def _organisations(self, statement: Any) -> list[str]:
        """The organisations a statement names, in order, each once; those in
        brackets are asides when others stand outside them ("Cloudwatt (par
        Orange et Thalès) et Numergy (par SFR et Bull)" speaks of two)."""
        found: list[str] = []
        aside: list[str] = []
        for mention in statement.entities:
            if not mention.unknown and self._is_organisation(mention.entity):
                bucket = aside if _in_brackets(statement.text, mention.start) else found
                if mention.entity not in bucket:
                    bucket.append(mention.entity)
        return found or aside

    def _others(self, statement: Any) -> tuple[tuple[str, str], ...]:
        entities = self.checker.database.entities
        return tuple((entities[m.entity].type, m.entity) for m in statement.entities
                     if not m.unknown and m.entity in entities and entities[m.entity].type not in ORGANISATION_TYPES)

    def _subject(self, statement: Any) -> tuple[str, ...]:
        """The organisation(s) standing as the sentence's subject or fronted
        topic: at its start, after an opening phrase and its comma ("En avril,
        SFR…"), or after "Pour", "Quant à", "C'est"… With coordinated names
        ("Cloudwatt et Numergy…") the subject is all of them."""
        text = statement.text
        groups = statement.groups or tuple((mention,) for mention in statement.entities)
        subjects: list[tuple[str, ...]] = []
        opening: list[tuple[str, ...]] = []
        for group in groups:
            first = min(group, key=lambda mention: mention.start)
            if not _at_subject_position(text, first.start):
                continue
            ids = [m.entity for m in group if not m.unknown and self._is_organisation(m.entity)]
            if ids and self._is_organisation(first.entity):
                subjects.append(self._limited(ids))
                if _opens(text[:first.start].lstrip(_OPENERS)):
                    opening.append(subjects[-1])
        # Exactly one subject: several candidates (a list, two clauses) say nothing sure. A name that opens
        # the sentence is its subject before names after a comma ("Numergy had two shareholders, SFR and Bull").
        if len(opening) == 1:
            return opening[0]
        return subjects[0] if len(subjects) == 1 else ()

    def _limited(self, ids: Sequence[str]) -> tuple[str, ...]:
        """At most two ids; a group named with all its members gives way to them; more is ambiguous."""
        members = getattr(self.checker.lexicon, "members", {})
        unique = list(dict.fromkeys(ids))
        kept = [i for i in unique if not (members.get(i) and set(members[i]) <= set(unique))]
        return tuple(kept) if len(kept) <= MAX_CONTEXT else ()


def _in_brackets(text: str, position: int) -> bool:
    return text.count("(", 0, position) > text.count(")", 0, position)


def _at_subject_position(text: str, start: int) -> bool:
    before = text[:start]
    if _opens(before.lstrip(_OPENERS)):
        return True
    # After the opening phrase: the first comma outside parentheses and quotes, right before the name.
    depth = 0
    for match in _BRACKET_OR_COMMA.finditer(before):
        char = match.group()
        if char in "([«“":
            depth += 1
        elif char in ")]»”":
            depth = max(depth - 1, 0)
        elif depth == 0:
            return _opens(before[match.end():].lstrip())
    return False


def _opens(words_before: str) -> bool:
    """Nothing, or only a topic marker ("Pour", "C'est"), stands before the name."""
    return not words_before.strip() or bool(_TOPIC_MARKER.fullmatch(words_before))


_ARTICLES = ("the", "le", "la", "l'", "l’")


def referent(previous: Any, kind: str, database: Any, words: str = "") -> Any:
    """The mention in the sentence before that a sentence's opening reference stands for (see
    `Statement.opening_reference`): for a pronoun, the subject of its last clause that names one of the
    right type ("…, but Dassault walked out. It then teamed up with SFR"); for « ce dernier », the last
    person named, or thing but a place, and for "the former" the one before it (of two names joined, the
    first or the last); for "the company", the one organisation named, or the one whose `kinds` the
    `words` name ("the operator"). Names in a phrase crediting a source (« Selon l'article de Cloud
    Guru, ») are the telling, not what it tells."""
    def of_type(mention, types) -> bool:
        entity = database.entities.get(mention.entity)
        return not mention.unknown and entity is not None and (entity.type in types if types else entity.type != "place")
    told = [m for m in previous.entities if not previous.in_opening_credit(m.start)
            and not previous.in_crediting_phrase(m.start)]
    people = frozenset({"person"})
    if kind in ("latter", "former"):
        # « Starck a été remplacé à la tête de Cloudwatt. Ce dernier … »: the person, when one is named; else
        # of two names joined ("Cloudwatt was backed by Orange and Thales. The former …"), else the last
        # things named, a product too (« … la Cloudwatt Box. Celle-ci … »).
        people_named = [m for m in told if of_type(m, people)]
        found = people_named or [m for m in told if of_type(m, frozenset())]
        pairs = [[m for m in group if m in told and of_type(m, frozenset())] for group in previous.groups]
        pairs = [pair for pair in pairs if len(pair) > 1]
        if pairs and not people_named:
            return pairs[-1][-1 if kind == "latter" else 0]
        if kind == "latter" or not found:
            return found[-1] if found else None
        return found[-2] if len(found) > 1 else None
    if kind == "description":
        found = {m.entity: m for m in told if of_type(m, ORGANISATION_TYPES)}
        # ("Cloudwatt was backed by Orange and Thales. The operator …": the one the description fits.)
        fitting = {e: m for e, m in found.items() if words and plain(words) in {
            plain(f"{article}{noun}" if article.endswith(("'", "’")) else f"{article} {noun}")
            for noun in database.entities[e].kinds for article in _ARTICLES}}
        found = fitting or found
        return next(iter(found.values())) if len(found) == 1 else None
    wanted = {"person": people, "organisation": ORGANISATION_TYPES}.get(kind, frozenset())
    clauses = [0, *(m.end() for m in _CLAUSE_BOUNDARY.finditer(previous.text))]
    for start in reversed(clauses):
        found = [m for m in told if m.start >= start and of_type(m, wanted)]
        if found:
            return found[0]
    return None


def opens_with_a_name(statement: Any) -> bool:
    """Whether a sentence's first words, after at most a short fronted phrase, are a name it knows
    ("Cloudwatt a, de son côté, été intégré …", "In 2015, SFR bought …"), so it stands on its own."""
    first = next((m for m in statement.entities if not m.unknown), None)
    if first is None:
        return False
    before = statement.text[:first.start].strip(" \t\n«\"“'(")
    return not before or before.endswith(",") and len(before.split()) <= FRONTED_WORDS


# Where a clause with a subject of its own may start: "…, but Dassault walked out", « ; Numergy … ».
_CLAUSE_BOUNDARY = re.compile(r"(?i)[;:]|,?\s{1,8}(?:but|and then|while|whereas|mais|tandis\s{1,4}que|alors\s{1,4}que)\s")
