"""The library API: load a database once, check as many statements as you like.

    from recoupe import Checker
    checker = Checker.load()
    result = checker.check("Numergy 2013 revenue 2M€")
    result.verdict, result.to_dict()

The pipeline is: text → extract (statement.parse) → events (dates written
from an event) → candidates (index) → compare (per claim) → relate (what
the statement says between facts) → decide (verdict). The CLI is a thin
layer over this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from .align import cue_durations, infer_cues, mention_kinds
from .candidates import ClaimIndex, key_entities
from .compare import compare
from .relate import (relate_another_doer, relate_change, relate_comparison, relate_dated_names, relate_holder_count,
                     relate_largest, relate_only_one,
                     relate_only_subject, relate_outsider, relate_quotation, relate_ratios, relate_rest_bought,
                     relate_share, relate_sum)
from .discourse import ORGANISATION_TYPES, Discourse, opens_with_a_name, referent
from .events import (date_after_event, date_event_offsets, relate_events, relate_interval, relate_next_after,
                     relate_order)
from .database import Database, database_directories, input_files, load_database
from .extract.statement import POSSESSIVE, Lexicon, Statement, parse
from .model import EntityRef, Result
from .segment import ClaimSpan, split_claims, split_sentences
from .verdict import combine, conjunction, decide, turned_over, unsettled_sentence

MAX_STATEMENT_CHARS = 10_000
RECENT_PARSES = 1024
RECENT_RESULTS = 1024
MIN_SENTENCE_WORDS = 5  # a sentence read on its own in a statement of several
# "the former", "the latter" anywhere in a sentence (at its opening, see `Statement.opening_reference`).
_FORMER_OR_LATTER = re.compile(r"(?i)(?<!\w)the\s+(?P<kind>former|latter)(?!\w)")


def _substituted(pieces: list[tuple[int, int]], words: tuple[int, int], stand_for: tuple[int, int]) -> list[tuple[int, int]]:
    """The pieces with the span `words` replaced, in place, by the span `stand_for`."""
    low, high = words
    result: list[tuple[int, int]] = []
    for a, b in pieces:
        if not a <= low < b:
            result.append((a, b))
            continue
        result += [piece for piece in ((a, low), stand_for, (min(high, b), b)) if piece[1] > piece[0]]
    return result


def _removed(pieces: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The pieces without the characters of `spans`."""
    result = list(pieces)
    for low, high in spans:
        result = [piece for a, b in result for piece in ((a, min(b, low)), (max(a, high), b)) if piece[1] > piece[0]]
    return tuple(result)


# Where the clause a denial frame calls false ends: a semicolon, a colon, a spaced dash, a full stop.
_CLAUSE_END = re.compile(r"[^\S\n]{0,8}(?:[;:]|[^\S\n][—–-][^\S\n]|[.!?](?=\s|$))[^\S\n]{0,8}")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return start, end


class StatementError(ValueError):
    """A statement that cannot be checked (empty, too long)."""


@dataclass(frozen=True)
class Checker:
    database: Database
    lexicon: Lexicon
    index: ClaimIndex
    # Scanning asks "is this checkable?" then checks the same text: parse it once.
    recent: dict = field(default_factory=dict, compare=False, repr=False)
    # Documents repeat themselves (boilerplate, quoted passages, drafts scanned
    # side by side): a sentence already checked in the same context is not
    # checked again. Bounded, so memory does not grow with the input.
    results: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, claims: Sequence[Path] = (), bundled: bool = True) -> "Checker":
        """The checker for these databases, from the cache when their files are unchanged."""
        from .cache import cached

        files = input_files(database_directories(claims, bundled))
        return cached(files, lambda: cls.from_database(load_database(claims, bundled=bundled)))

    @staticmethod
    def memory_path(claims: Sequence[Path] = (), bundled: bool = True) -> Path | None:
        """Where `recall` and `keep` find what checkers of these databases have done before."""
        from .cache import memory_path

        return memory_path(input_files(database_directories(claims, bundled)))

    def recall(self, path: Path | None) -> frozenset:
        """Take in the parses and verdicts a checker of the same databases and
        code kept at `path` (see `keep`); returns what is now known, for `keep`."""
        from .cache import read

        kept = read(path) if path is not None else None
        if isinstance(kept, tuple) and len(kept) == 2:
            self.recent.update(kept[0])
            self.results.update(kept[1])
        return self._known()

    def keep(self, path: Path | None, known: frozenset = frozenset()) -> None:
        """Write what this checker has parsed and checked to `path`, unless it
        knows nothing more than `known` (what `recall` returned)."""
        from .cache import write

        if path is not None and self._known() != known:
            write(path, (self.recent, self.results))

    def _known(self) -> frozenset:
        return frozenset(self.recent) | frozenset(self.results)

    @classmethod
    def from_database(cls, database: Database) -> "Checker":
        return cls(database, Lexicon.build(database), ClaimIndex.build(database))

    def extract(self, text: str) -> Statement:
        statement = self.recent.get(text)
        if statement is None:
            if len(self.recent) >= RECENT_PARSES:
                self.recent.clear()
            statement = self.recent[text] = parse(text, self.lexicon)
        return statement

    def check(self, text: str, whole: bool = True, context: Sequence[str] = ()) -> Result:
        """The verdict on one statement. With `whole` (the default, for
        statements a user asserts) everything the statement says must be
        confirmed for `supported`; scanning prose passes `whole=False`, where
        a sentence's incidental names, figures and dates that nothing
        confirms become caveats instead. `context` names what the text speaks
        of without naming it ("l'entreprise" in a passage about Cloudwatt):
        when the text names nothing but places or sources, these can make a
        claim fit, never make one contradict."""
        if not text.strip():
            raise StatementError("empty statement")
        if len(text) > MAX_STATEMENT_CHARS:
            raise StatementError(
                f"statement of {len(text)} characters is longer than {MAX_STATEMENT_CHARS}; "
                "use `recoupe scan` for documents")
        key = (text, whole, tuple(context))
        result = self.results.get(key)
        if result is None:
            if len(self.results) >= RECENT_RESULTS:
                self.results.clear()
            result = self._check(text, whole, context)
            if whole:
                result = self._denied_by_frame(text, result, context) or self._check_claims(text, result, context)
            self.results[key] = result
        return result

    def _denied_by_frame(self, text: str, result: Result, context: Sequence[str]) -> Result | None:
        """"It is false that Cloudwatt expected a profit by 2016; it saw itself profitable between 2018 and
        2020": the clause the frame calls false is checked and its verdict turned over; what follows it,
        past a semicolon, a colon or a dash, is checked as asserted (its opening pronoun read as the name
        it stands for in the clause)."""
        frame = self.extract(text).denial_frame
        if frame is None:
            return None
        end = _CLAUSE_END.search(text, frame[1])
        clause = _trimmed(text, frame[1], end.start() if end else len(text))
        if clause[1] <= clause[0]:
            return None
        denied = ClaimSpan(*clause, (clause,))
        parts = [(denied.to_sentence_spans, turned_over(self.check(denied.statement(text), True, context)))]
        rest = _trimmed(text, end.end(), len(text)) if end else (len(text), len(text))
        if rest[1] > rest[0]:
            pieces = [rest]
            said = self.extract(text[rest[0]:rest[1]])
            for (low, high), (a, b) in self._back_references(said, self.extract(denied.statement(text))):
                pieces = _substituted(pieces, (rest[0] + low, rest[0] + high), (clause[0] + a, clause[0] + b))
            asserted = ClaimSpan(*rest, tuple(pieces))
            parts.append((asserted.to_sentence_spans, self.check(asserted.statement(text), True, context)))
        return conjunction(result, parts)

    def _check_claims(self, text: str, result: Result, context: Sequence[str]) -> Result:
        """A statement of several claims, also read claim by claim (see `verdict.combine`)."""
        claims = self._claims_by_sentence(text)
        if len(claims) < 2:
            return result
        # What the statement itself names in another clause ("Cloudwatt's revenue …, and Colin says demand
        # is growing …") is named, not guessed from a passage: it may contradict as well as confirm.
        named_here = not context
        # "rose from €2m in 2013 to €6m in 2014": each end of the change is a level of its period (a ratio
        # between the ends, "tripled", is the whole's to settle).
        if any(claim.change_end for claim in claims):
            whole = self.extract(text)
            ratios = [(q.start, q.end) for q in whole.quantities if q.quantity.unit == "ratio"]
            if ratios and result.verdict == "contradicted":
                return result  # "doubled from 10k in December 2014 to 30k in 2015": the ends agree, the ratio does not
            claims = [replace(claim, pieces=_removed(claim.pieces, (*whole.change_spans, *ratios)))
                      if claim.change_end else claim for claim in claims]
        sentences = split_sentences(text)
        sentence_of = [next((s for s in reversed(sentences) if s[0] <= claim.start), sentences[0]) for claim in claims]
        contexts = [tuple(context)] * len(claims) if context else self._contexts_by_sentence(text, sentences,
                                                                                             sentence_of)
        parts = [(claim.to_sentence_spans, self._check(claim.statement(text), True, here, named_here))
                 for claim, here in zip(claims, contexts)]
        combined = combine(result, parts, self._fact_of, self._names_part_of, all(claim.item for claim in claims))
        return unsettled_sentence(combined, result, parts, sentence_of)

    def _contexts_by_sentence(self, text: str, sentences: list[tuple[int, int]],
                              sentence_of: list[tuple[int, int]]) -> list[tuple[str, ...]]:
        """What each claim's sentence speaks of, read sentence by sentence as a passage is: "Numergy had two
        shareholders, SFR and Bull. The latter was its largest" — "its" is Numergy's."""
        if len(sentences) < 2:
            return [Discourse(self).read(text)] * len(sentence_of)
        discourse = Discourse(self)
        read = {sentence: discourse.read(text[sentence[0]:sentence[1]]) for sentence in sentences}
        return [read[sentence] for sentence in sentence_of]

    def _claims_by_sentence(self, text: str) -> list[ClaimSpan]:
        """The claims of each sentence. A sentence that opens with a pronoun or a description ("He had
        been in charge …", « Ce dernier estime … ») is read with the name it stands for in the sentence
        before, and "that figure", « ce chiffre » with the last figure it gives: "Patrick Starck ran
        Cloudwatt. He had been in charge for three years" is contradicted."""
        sentences = split_sentences(text)
        if len(sentences) < 2:
            return split_claims(text, clauses=True)
        claims: list[ClaimSpan] = []
        previous, previous_start, resolved, named_first = None, 0, False, True
        for start, end in sentences:
            sentence = self.extract(text[start:end])
            if previous is not None:
                named_first = named_first and opens_with_a_name(sentence)
            substitutions = self._back_references(sentence, previous) if previous else []
            for claim in split_claims(sentence.text, clauses=True):
                pieces = [(start + a, start + b) for a, b in claim.pieces]
                for (low, high), (a, b) in substitutions:
                    pieces = _substituted(pieces, (start + low, start + high), (previous_start + a, previous_start + b))
                claims.append(ClaimSpan(start + claim.start, start + claim.end, tuple(pieces), claim.item, claim.change_end))
            previous, previous_start, resolved = sentence, start, resolved or bool(substitutions)
        # Sentences that each open with a name stand on their own too; a question and its answer, or a
        # fragment, are read as one ("Who ran Cloudwatt in 2013? Patrick Starck."), and so is a sentence
        # that speaks of what another named without a word this reading resolves ("The specialist …").
        standalone = named_first and all(not text[a:b].rstrip().endswith("?") and len(text[a:b].split())
                                         >= MIN_SENTENCE_WORDS for a, b in sentences)
        return claims if resolved or standalone else split_claims(text, clauses=True)

    def _back_references(self, sentence: Statement, previous: Statement) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """(span in the sentence, span in the sentence before) of what its words stand for."""
        found = []
        reference = sentence.opening_reference
        named = referent(previous, reference[2], self.database,
                         sentence.text[reference[0]:reference[1]]) if reference else None
        if named is not None:
            found.append(((reference[0], reference[1]), (named.start, named.end)))
        # "Philippe Tavernier, the former's president, …", "… and the latter 22.2%": anywhere in the sentence.
        for match in _FORMER_OR_LATTER.finditer(sentence.text):
            if reference and match.start() < reference[1]:
                continue
            owner = referent(previous, match["kind"].lower(), self.database)
            if owner is not None:
                found.append(((match.start(), match.end("kind")), (owner.start, owner.end)))
        if sentence.figure_references and previous.quantities:
            figure = previous.quantities[-1]
            # (With the words right after it that say what it counts: "10,000 virtual machines".)
            end = max((cue.end for cues in previous.cues.values() for cue in cues
                       if 0 <= cue.start - figure.end <= 1), default=figure.end)
            found += [(span, (figure.start, end)) for span in sentence.figure_references]
        return found

    def _fact_of(self, claim_id: str) -> tuple:
        claim = self.database.claim(claim_id)
        # (The keys, not just the subject: Orange's stake in Cloudwatt is another fact than Thales's; and the
        # period: Numergy's revenue in 2013 is another fact than in 2014.)
        return (key_entities(claim, self.database), claim.property, claim.qualifiers.get("period")) if claim else (
            claim_id,)

    def _names_part_of(self, text: str, claim_id: str) -> bool:
        """Whether the text names some, not all, of the claim's keys and value entities."""
        claim = self.database.claim(claim_id)
        if claim is None:
            return False
        values = claim.value.ids if isinstance(claim.value, EntityRef) else ()
        names = {*key_entities(claim, self.database), *values}
        named = names & self.entities_in(self.extract(text))
        return bool(named) and named != names

    def _check(self, text: str, whole: bool, context: Sequence[str], named_here: bool = False) -> Result:
        statement, events = date_event_offsets(date_after_event(self.extract(text), self), self)
        present = self.entities_in(statement)
        implied = self._implied(statement, present, context or self._speakers_organisation(statement, present))
        present |= implied
        if named_here:
            implied = frozenset()
        candidates = self.index.candidates(statement, present)
        statement = cue_durations(infer_cues(statement, candidates, present, self.database), self.database)
        kinds: dict[str, frozenset[str]] = {}
        for claim in candidates:
            kinds[claim.property] = kinds.get(claim.property, frozenset()) | mention_kinds(claim)
        matches = relate_ratios(statement, [compare(claim, statement, present, self.database, kinds, implied)
                                            for claim in candidates], self.database)
        matches = relate_comparison(statement, matches, self.database)
        matches = relate_sum(statement, matches, self.database)
        matches = relate_change(statement, matches, self.database)
        matches = relate_share(statement, matches, self.database)
        matches = relate_rest_bought(statement, matches, self.index, self.database)
        matches = relate_largest(statement, matches, self.index, self.database)
        matches = relate_outsider(statement, matches, self.index, self.database)
        matches = relate_holder_count(statement, matches, self.index, self.database)
        matches = relate_events(matches, events)
        matches = relate_order(statement, matches, self)
        matches = relate_next_after(statement, matches, self)
        matches = relate_interval(statement, matches, self)
        matches = relate_dated_names(statement, matches, self.database)
        matches = relate_quotation(statement, matches, present, self.database)
        matches = relate_another_doer(statement, matches, present, self.index, self.database)
        matches = relate_only_subject(statement, matches, present, self.index, self.database)
        matches = relate_only_one(statement, matches, present, self.index, self.database)
        return decide(statement, matches, self.index, self.database, whole=whole)

    def _speakers_organisation(self, statement: Statement, present: set[str]) -> tuple[str, ...]:
        """« Notre vocation est européenne », a martelé Philippe Tavernier:
        "notre" is the organisation the database links the speaker to, when
        the statement names people and no organisation, and it is only one."""
        if not statement.anaphoric:
            return ()
        kinds = {entity_id: self.database.entities[entity_id].type for entity_id in present}
        people = [e for e, kind in kinds.items() if kind == "person"]
        if not people or any(kind in ORGANISATION_TYPES for kind in kinds.values()):
            return ()
        found = [e.id for e in self.database.entities.values() if e.type == "organisation"
                 and all(self.index.linked(person, e.id) for person in people)]
        return tuple(found) if len(found) == 1 else ()

    def _implied(self, statement: Statement, present: set[str], context: Sequence[str]) -> frozenset[str]:
        """What the statement speaks of without naming it: the passage's
        organisations, when it names nothing else that could be its subject
        (only places, sources, or people who work there: "« Notre vocation est
        européenne », a martelé Philippe Tavernier"), or when it refers to one
        in so many words ("la société", "nous", "the company"); and what a
        demonstrative points back to (« cette loi » for the last law named)."""
        known = [e for e in context if e in self.database.entities]
        unnamed = frozenset(known).union(*(self.lexicon.members.get(e, ()) for e in known)) - present
        if not unnamed:
            return frozenset()
        if statement.anaphoric:
            return unnamed
        # « Car cette loi américaine de 2001 … »: the law the demonstrative points back to is named.
        pointed = frozenset(e for e in unnamed if self.database.entities[e].type in statement.referred_types)
        people = [m for m in statement.entities if m.entity in self.database.entities
                  and self.database.entities[m.entity].type == "person"]
        for entity_id in present:
            kind = self.database.entities[entity_id].type
            if kind in ("place", "media"):
                continue
            if kind == "person" and any(self.index.linked(entity_id, e) or self._speaks_of(entity_id, e) for e in unnamed):
                continue
            if _only_as_employer(statement, entity_id, people):
                continue  # "Orange's Jean-François Colin says demand is growing": Colin's employer, not the topic
            return pointed
        return unnamed

    def _speaks_of(self, person: str, entity_id: str) -> bool:
        """Whether the database has the person say something about the entity (`said_by`)."""
        return any(person in self.index.claims[position].said_by for position in self.index.by_entity.get(entity_id, ()))

    def check_all(self, texts: Iterable[str]) -> list[Result]:
        return [self.check(text) for text in texts]

    def is_checkable(self, text: str, context: Sequence[str] = ()) -> bool:
        """Claim spotting: a known entity with a property cue, a figure or a date;
        with a `context` (what the passage speaks of), a property cue with a
        figure or a date is enough ("L'entreprise vise 200 M€ d'ici 2017")."""
        statement = self.extract(text)
        if statement.entities:
            return bool(statement.cues or statement.quantities or statement.times)
        return bool(context) and bool(statement.cues) and bool(statement.quantities or statement.times)

    def entities_in(self, statement: Statement) -> set[str]:
        """Named entities, with groups opened up: "the two companies" names each
        of them, and "Cloudwatt and Numergy" names the group they form."""
        present = set(statement.entity_ids)
        members = self.lexicon.members
        for group_id in list(present):
            present.update(members.get(group_id, ()))
        for group in statement.groups:
            named = {m.entity for m in group}
            for group_id, group_members in members.items():
                if set(group_members) <= named:
                    present.add(group_id)
        return present


def _only_as_employer(statement: Statement, entity_id: str, people: list) -> bool:
    """Every mention of the entity is a possessive right before a person's name ("Orange's Colin")."""
    mentions = [m for m in statement.entities if m.entity == entity_id]
    return bool(mentions) and all(any(POSSESSIVE.fullmatch(statement.text, m.end, p.start) for p in people)
                                  for m in mentions)


def check(statements: Iterable[str], claims: Sequence[Path] = (), bundled: bool = True) -> list[Result]:
    """Check statements against the bundled database (and any extra ones)."""
    return Checker.load(claims, bundled=bundled).check_all(statements)
