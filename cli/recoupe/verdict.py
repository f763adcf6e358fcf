"""From the claims that bear on a statement to one verdict with its evidence.

Only the best-fitting claims speak: a claim that names every entity of the
statement outweighs one that shares only the subject, so "SFR held 33 % of
Numergy" is judged on SFR's stake, not on the CDC's 33 %. Among those, a
point on which the database's own claims disagree is `disputed`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, Callable, Optional, Sequence

from .candidates import ClaimIndex, point_of
from .align import FUNCTION_WORDS, contains_words, figure_owners, is_located_at, same_word
from .compare import DENIAL_REACH, LATER_TIME, ClaimMatch, written_as_the_subjects
from .database import Database
from .extract.statement import POSSESSIVE, Statement
from .extract.times import RELATIVE_PERIOD, lasting
from .model import Claim, EntityRef, Evidence, Quantity, Result, SourceInfo, TimeSpan
from .normalise import plain, words
from .periods import source_year, validity
from .relate import says_only_one
from .roles import wider
from .values import dimension_of, format_time, narrower_time, quantities_agree, times_agree, units_compatible

TIE = 0.01
# Names that set the scene rather than make a claim: places ("the Swiss
# operator"), sources credited ("selon Les Echos").
CONTEXT_TYPES = ("place", "media")


_OF_ORGANISATION = re.compile(r",?[^\S\n]{1,3}(?:of|at|from|de|du|chez)[^\S\n]{1,3}(?:(?:the|la|le)[^\S\n]{1,3}|l['’])?",
                              re.IGNORECASE)
_THE_TWO = re.compile(r"\b(?:les|ces|des|the|these|those)[^\S\n]{1,3}$", re.IGNORECASE)
_THAT = re.compile(r"[^\S\n]{0,3}(?:\w+[^\S\n]{1,3}){0,3}(?:que|qu['’]|that)\b", re.IGNORECASE)
_OPENING_CREDITS = ("selon", "d'après", "d’après", "according to")
REPORTED_MIN_WORDS = 4


def _reported_content(statement: Statement) -> Optional[tuple[int, int]]:
    """The part of the statement a speaker is said to say: after a credit
    and "that" / « que » ("concédait que …"), or after an opening « Selon X, »
    (and the title set off after it: « Selon X, président de Numergy, … »)."""
    text = statement.text
    for start, end in statement.credits:
        that = _THAT.match(text, end)
        if that:
            content = (that.end(), len(text))
            break
        if text[:start].strip() == "" and text[start:end].lower() in _OPENING_CREDITS:
            commas = [i for i, char in enumerate(text) if char == "," and i > end][:2]
            if not commas:
                return None
            first = commas[0]
            # « Selon X, président de Numergy, … »: a short title before the second comma
            title = len(commas) > 1 and len(text[first:commas[1]].split()) <= 6 and text[first + 1:commas[1]].strip()[:1].islower()
            content = ((commas[1] if title else first) + 1, len(text))
            break
    else:
        return None
    return content if len(text[content[0]:content[1]].split()) >= REPORTED_MIN_WORDS else None


def _clipped(text: str, limit: int = 60) -> str:
    text = " ".join(text.split()).rstrip(" .")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _restated(mention, supports: list[ClaimMatch]) -> bool:
    """A figure or date a supporting claim already gives, said a second time
    (« pas rentable avant 2018 : … la rentabilité entre 2018 et 2020 »), or in
    the words of one of its values."""
    for match in supports:
        for value in (match.claim.value, *match.claim.qualifiers.values()):
            if isinstance(value, TimeSpan) and hasattr(mention, "span") and value == mention.span:
                return True
            if (isinstance(value, Quantity) and hasattr(mention, "quantity")
                    and units_compatible(value, mention.quantity) and quantities_agree(value, mention.quantity)):
                return True
            if isinstance(value, str) and contains_words(words(value), words(mention.text)):
                return True  # "could not fund two competing entities": words of a reason the claim gives
    return False


def _when_set(mention, statement: Statement, supports: list[ClaimMatch], database: Database) -> bool:
    """« En 2014, Cloudwatt visait 200 M€ pour 2017 »: the date a supporting
    target was set (its `stated` date, or its source's year), where another
    date of the statement gives the target's period."""
    span = getattr(mention, "span", None)
    if span is None:
        return False
    for match in supports:
        claim = match.claim
        stated = claim.qualifiers.get("stated") or source_year(claim, database)
        if (claim.status in ("target", "forecast") and claim.period is not None and isinstance(stated, TimeSpan)
                and times_agree(stated, span) and not times_agree(claim.period, span)
                and any(t is not mention and times_agree(claim.period, t.span) for t in statement.times)):
            return True
    return False


# An amount given by its order of magnitude only: "several hundred thousand euros", « des millions d'euros ».
_VAGUE_AMOUNT = re.compile(
    r"(?i)\b(?:plusieurs|quelques|des|de|several|a\s+few|few|many|hundreds\s+of|thousands\s+of|dozens\s+of|tens\s+of)"
    r"\s+(?:(?:centaines|dizaines|milliers|hundred|thousand)\s+(?:de\s+|d['’]|of\s+)?)?"
    r"(?:centaines|milliers|millions|milliards|hundreds|thousands|billions|hundred|thousand|million|billion)"
    r"(?:\s+(?:de\s+|d['’]|of\s+)?(?:euros|dollars)|\s*(?:€|\$))")


def _day(text: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _dates_the_telling(mention, supports: list[ClaimMatch], database: Database) -> bool:
    """« Selon le bilan dressé en 2014, … »: a date in the phrase that credits a
    source dates the telling, not the fact; the date of a supporting claim's
    source settles it."""
    dates = {database.sources[r.source].date for m in supports for r in m.claim.references
             if r.source in database.sources}
    if any(times_agree(TimeSpan(day, day), mention.span) for day in map(_day, dates) if day):
        return True
    # (An undated source: the period its claim speaks of, when the piece is of that time —
    # "the 2016 Clubic Pro piece says the Cloudwatt name survived", kept in 2016.)
    return any(m.claim.period is not None and times_agree(m.claim.period, mention.span)
               for m in supports if not all(database.sources.get(r.source) and database.sources[r.source].date
                                            for r in m.claim.references))


def _contradicted_elsewhere(statement: Statement, speaking: list[ClaimMatch], supports: list[ClaimMatch],
                            database: Database) -> list[ClaimMatch]:
    """Contradictions below the best fit, of another fact the statement names
    whole and cues, on words no supporting claim confirms: a second fact of
    the statement that is wrong, not a weaker reading of the confirmed one."""
    facts = {(m.claim.subject, m.claim.property) for m in supports}

    def figure_is_the_subjects(match: ClaimMatch) -> bool:
        # "Thales received about €50m for its stake" is no figure of Cloudwatt's public funding;
        # « un Grand emprunt de 10 milliards » is the fund's size, « 150 M€ des Investissements
        # d'avenir » a part of it (the figure before the name).
        subject = match.claim.subject
        figures = [q for q in statement.quantities if any(a <= q.start and q.end <= b for a, b in match.accounted)]
        return all(isinstance(match.claim.value, Quantity) and (
            lasting(statement.text, q.start) and dimension_of(q.quantity.unit) == "duration"  # "pendant deux ans"
            or figure_owners(statement, q.start, q.end, database) == {subject}
            and written_as_the_subjects(subject, statement, q.start, q.end)) for q in figures)

    def confirmed_for(match: ClaimMatch) -> list[tuple[int, int]]:
        # "…ranks the sovereign cloud among the State's successes, alongside aeronautics": a word
        # confirmed of another subject's same fact (aeronautics) is still wrong of this one. A date
        # this claim compares is confirmed only by a claim that compares it too, not by an undated
        # state it falls in ("Renard, who arrived in January 2014, had a mission to …").
        dated = {c.span for c in match.comparisons if isinstance(c.value, TimeSpan)}
        return [span for m in supports if not (m.claim.property == match.claim.property
                                                and m.claim.subject != match.claim.subject)
                for span in (*m.accounted, *m.highlights)
                if span not in dated or span in {c.span for c in m.comparisons}]

    return [m for m in speaking if m.relation == "contradicts" and m.complete_keys and m.cued and m.accounted
            and (m.claim.subject, m.claim.property) not in facts and figure_is_the_subjects(m)
            and not any(a <= start and end <= b for start, end in _disagreeing(m) for a, b in confirmed_for(m))]


def _said_of_another_subject_too(match: ClaimMatch, supports: list[ClaimMatch]) -> bool:
    """The words the claim contradicts are confirmed only of another subject's
    same fact ("…ranks the sovereign cloud among the State's successes,
    alongside aeronautics"): true of one, wrong of the other."""
    others = [span for m in supports if m.claim.property == match.claim.property
              and m.claim.subject != match.claim.subject for span in m.accounted]
    return bool(others) and all(any(a <= start and end <= b for a, b in others) for start, end in _disagreeing(match))


def _disagreeing(match: ClaimMatch) -> list[tuple[int, int]]:
    """Where the statement says what the claim contradicts (all it settles, when that is not told apart)."""
    return [c.span for c in match.comparisons if not c.agrees] or list(match.accounted)


def _gives_figure(text: str, span: tuple[int, int], supports: list[ClaimMatch]) -> bool:
    """Whether the text value matched over `span` has the figure's digits (or,
    for « 100 % indirecte », says "entirely" in words)."""
    digits = re.findall(r"\d+", text)
    return bool(digits) and any(
        all(d in c.value for d in digits) or digits == ["100"] and _ENTIRELY.search(c.value)
        for m in supports for c in m.comparisons if c.span == span and isinstance(c.value, str))


_ENTIRELY = re.compile(r"\b(?:exclusivement|entièrement|totalement|intégralement|exclusively|entirely|fully|wholly)\b",
                       re.IGNORECASE)


COUNTED_NAMES_REACH = 40


def _counts_the_names_after(statement: Statement, mention) -> bool:
    """"Cloudwatt's two industrial shareholders, Orange and Thales, …": a count the
    names listed right after it make up points at them; it says no figure of its own."""
    quantity = getattr(mention, "quantity", None)
    if quantity is None or quantity.unit is not None or quantity.amount != int(quantity.amount):
        return False
    return any(len(group) == quantity.amount and 0 < group[0].start - mention.end <= COUNTED_NAMES_REACH
               and re.search(r"[,:(]", statement.text[mention.end:group[0].start]) for group in statement.groups)


# A clause that times a state by an event: "… when it was placed in safeguard", « … jusqu'au placement ».
_UNTIL_AN_EVENT = re.compile(r"(?i)(?<!\w)(?:(?:when|until|till|after|once|by the time|lorsque|quand|après|au moment)(?!\w)"
                             r"|(?:lorsqu|jusqu)['’])")


def _denied_with_its_party(match: ClaimMatch, statement: Statement) -> bool:
    """Hard evidence too: a relation denied with the very party the source gives ("the State
    refused to entrust Cloudwatt with its IT services"), not a weaker reading of one word."""
    return bool(statement.negations) and isinstance(match.claim.value, EntityRef) and any(
        c.slot == "value" and c.agrees for c in match.comparisons)


def _named_otherwise(match: ClaimMatch, database: Database) -> bool:
    """Hard evidence: a list the source gives whole (`complete`) that the statement names
    otherwise, or another party named for a fact that has one ("SFR and Bull were bought by
    Orange": SFR had one buyer, Altice; Tavernier "chaired the debate as its moderator"), not a
    weaker reading of one word."""
    value = match.claim.value
    if not isinstance(value, EntityRef):
        return False
    wrong = [c for c in match.comparisons if c.slot == "value" and not c.agrees]
    if value.complete and len(value.ids) > 1 and wrong:
        return True
    return database.properties[match.claim.property].single_value and any(not c.reversed for c in wrong)


def _misdated_qualifier(match: ClaimMatch) -> bool:
    """A date of a relation's start or end that the statement gives wrong ("Renard, who took over in
    January 2014, had a mission to …"): hard evidence, not a weaker reading of a word."""
    wrong = [c for c in match.comparisons if not c.agrees]
    return bool(wrong) and all(c.slot != "value" and isinstance(c.value, TimeSpan) for c in wrong)


# "Simottel (Les Echos)": a name in brackets right after a person's.
_IN_BRACKETS_AFTER = re.compile(r"[^\S\n]{0,2}\([^\S\n]{0,2}$")


def _affiliation_of(statement: Statement, mention, database: Database) -> Optional[str]:
    """The person whose affiliation a bracketed name right after them gives, if any."""
    if not statement.text[mention.end:].lstrip().startswith(")"):
        return None
    before = [m for m in statement.entities if m.end <= mention.start and not m.unknown
              and _IN_BRACKETS_AFTER.fullmatch(statement.text, m.end, mention.start)]
    return before[-1].entity if before and database.entities[before[-1].entity].type == "person" else None


def _dated_by_another_claim(text: str, mention, matches: list[ClaimMatch]) -> bool:
    """A date that dates a name the statement names, as a claim of that name alone
    gives it ("this 2001 US law" beside the Patriot Act, dated 2001): an aside
    that places a name in time, settled by the database though nothing cues it."""
    span = getattr(mention, "span", None)
    # (A coarser date that holds the claim's: "the November 2012 Partner VIP conference", held on 20 November.)
    return span is not None and bool(_ATTRIBUTIVE_DATE.search(text, max(mention.start - 12, 0), mention.start)) and any(
        match.complete_keys and len(match.keys) == 1 and isinstance(match.claim.value, TimeSpan)
        and times_agree(match.claim.value, span) and not narrower_time(span, match.claim.value) for match in matches)


# "this 2001 US law", « la loi de 2001 »: a year that describes a thing, not when the statement's fact happened.
_ATTRIBUTIVE_DATE = re.compile(r"\b(?:this|that|the|a|its|de|of|from)[^\S\n]{1,3}$", re.IGNORECASE)


# « … », “…”, "…": words the statement quotes.
_QUOTATION = re.compile(r"[«“\"][^\S\n]{0,3}([^«»“”\"\n]{3,200}?)[^\S\n]{0,3}[»”\"]")
_FRENCH_WORDS = frozenset("le la les de des du un une est et au aux en pas que qui ne nous il ils".split())
QUOTATION_MIN_WORDS = 2


def _quotation_said_elsewhere(statement: Statement, supports: list[ClaimMatch], database: Database) -> str:
    """Quoted words must be the source's words where it says what supports the
    statement: « gaspillage d'argent public » credited to Gandi is Ikoula's, in
    another sentence. Quoted words that are in no source at all are a
    translation when they are not French (the sources' language), and left alone."""
    for found in _QUOTATION.finditer(statement.text):
        quoted = plain(found.group(1))
        if len(quoted.split()) < QUOTATION_MIN_WORDS or not statement.text[:found.start()].strip(" \t-–—•*>") and not (
                statement.text[found.end():].strip(" \t.;!?")):
            continue  # (a statement written whole between quotes quotes nobody: « Gandi : accuse débauchage »)
        needle = f" {quoted} "
        near = False
        for match in supports:
            for reference in match.claim.references:
                text = database.sources[reference.source].text
                start = max(text.rfind(".", 0, reference.start), text.rfind("\n", 0, reference.start)) + 1
                ends = [i for i in (text.find(".", reference.end), text.find("\n", reference.end)) if i >= 0]
                near = near or needle in f" {plain(text[start:min(ends, default=len(text))])} "
        if near:
            continue
        anywhere = any(needle in source for source in database.plain_sources)
        if anywhere or set(quoted.split()) & _FRENCH_WORDS:
            return f"the quotation « {found.group(1)} »"
    return ""


SPEAKER_TYPES = ("person", "media")


def _credited_voices(statement: Statement, database: Database, index: ClaimIndex) -> set[str]:
    """Who the statement credits with its words: people and outlets by entity
    id, names the database does not know as written ("selon Le Monde"), and
    the heads the database gives an organisation credited by its head's title
    ("Numergy's CEO said", « selon le patron de Numergy »)."""
    voices = {m.entity for m in statement.entities if not m.unknown and (
        database.entities[m.entity].type in SPEAKER_TYPES and _credited(
            # ("Jean-François Colin of Orange Cloud for Business says": an affiliation the claims record)
            statement, m, lambda affiliation, person=m.entity: index.linked(person, affiliation.entity))
        or database.entities[m.entity].type == "media" and _told(statement, m))} | set(statement.unknown_speakers)
    for mention in statement.entities:
        if not mention.unknown and database.entities[mention.entity].type == "organisation" and (
                _HEAD_AFTER.match(statement.text, mention.end)
                or _HEAD_BEFORE.search(statement.text, max(0, mention.start - 30), mention.start)) and _credited(
                statement, mention):
            voices |= {person for claim in database.claims if claim.subject == mention.entity
                       and claim.property == "chief-executive" and isinstance(claim.value, EntityRef)
                       for person in claim.value.ids}
    return voices


# A head's title beside the organisation's name: "Numergy's CEO", « le patron de Numergy ».
_HEAD_TITLE = r"(?:CEO|boss|chief executive|chief|head|president|chairman|PDG|patron|président|dirigeant|directeur général)"
_HEAD_AFTER = re.compile(rf"(?i)['’]s[^\S\n]+{_HEAD_TITLE}\b")
_HEAD_BEFORE = re.compile(rf"(?i)\b{_HEAD_TITLE}[^\S\n]+(?:de|du|d['’]|of)[^\S\n]*$")


# "told Les Echos", « a confié à l'AFP »: the outlet told reports the words.
_LISTENER_GAP = re.compile(r"[^\S\n]{0,3}(?:(?:l['’]|le|la|les|the)[^\S\n]{0,3})?")


def _told(statement: Statement, mention) -> bool:
    return any(end <= mention.start and _LISTENER_GAP.fullmatch(statement.text, end, mention.start)
               for _, end in statement.listening)


def _in_the_speakers_voice(speaking: list[ClaimMatch], credited: set[str]) -> list[ClaimMatch]:
    """« Selon Tavernier, les clients ont été extrêmement contents »: what a
    credited person is confirmed (or denied) to have said (`said_by`) is not
    disputed by another voice's judgement of the same point (the 2016
    article's): "Tavernier admitted revenue was not in line with forecasts"
    is about his words, which were « en ligne avec nos prévisions »."""
    voiced = {(point_of(m.claim, m.keys), m.relation) for m in speaking if set(m.claim.said_by) & credited}
    opposite = {"supports": "contradicts", "contradicts": "supports"}
    # Nor does another voice's judgement in words contradict the words credited: "Numergy's CEO said revenue
    # was on track" is about what he said, whatever Cacheux judged.
    return [m for m in speaking if set(m.claim.said_by) & credited
            or (point_of(m.claim, m.keys), opposite.get(m.relation)) not in voiced
            and not (m.relation == "contradicts" and credited and m.claim.said_by and isinstance(m.claim.value, str))]


def _said_by_another(supports: list[ClaimMatch], credited: set[str], database: Database) -> list[ClaimMatch]:
    """Supporting claims of words the source has someone say (`said_by`), whose
    words the statement credits to another person or outlet: a misattribution."""
    voiced = [m for m in supports if m.claim.said_by]
    if not credited or any(_same_voice(m.claim.said_by, credited, database) for m in voiced):
        return []  # (a claim whose source has the credited voices say it)
    found = []
    for match in voiced:
        if not any(c.agrees and c.slot == "value" and len(c.stated.split()) >= 2 for c in match.comparisons):
            continue  # (a single shared word is too little to call the words the source's)
        said = ", ".join(database.entities[i].label for i in match.claim.said_by)
        others = ", ".join(sorted(database.entities[i].label if i in database.entities else i
                                  for i in credited - set(match.claim.said_by)))
        found.append(replace(match, relation="contradicts",
                             explanation=f"the source has {said} say this ({match.explanation}), not {others}"))
    return found


def _same_voice(said_by: tuple[str, ...], credited: set[str], database: Database) -> bool:
    """Whether the statement credits the claim's speakers: one of them, by
    entity or by a part of a name the database does not know alone ("says
    Orange's Colin"), and of each kind (people, outlets) none but theirs."""
    def kind(entity_id: str) -> str:
        return database.entities[entity_id].type if entity_id in database.entities else "unknown"

    for voice in SPEAKER_TYPES:
        theirs, ours = {i for i in said_by if kind(i) == voice}, {c for c in credited if kind(c) == voice}
        if theirs and ours and not theirs & ours:
            return False  # "Laplane told Les Echos" where the source has him tell the AFP
    names = [set(plain(database.entities[i].label).split()) for i in said_by if kind(i) in SPEAKER_TYPES]
    return bool(set(said_by) & credited) or any(
        set(plain(text).split()) <= name for text in credited if kind(text) == "unknown" for name in names)


def _is_question(text: str) -> bool:
    return text.rstrip(" \u00a0\u202f»\"”’)").endswith("?")


def decide(statement: Statement, matches: list[ClaimMatch], index: ClaimIndex, database: Database,
           whole: bool = True) -> Result:
    speaking = _held_at_some_time(statement, _explain_away(statement, [m for m in matches if m.relation]), database)
    speaking = _one_period_only(statement, speaking, matches)
    credited = _credited_voices(statement, database, index)
    speaking = _in_the_speakers_voice(speaking, credited)
    speaking = _without_coarser_support(speaking)
    if not whole and _is_question(statement.text):
        # A question in prose asserts nothing (« Au succès … du Plan Calcul … ? » is ironic).
        speaking = [m for m in speaking if m.relation == "supports"]
    if not speaking:
        return _unverified(statement, matches, database)
    top = max(m.strength for m in speaking)
    tier = [m for m in speaking if m.strength >= top - TIE]
    supports = [m for m in tier if m.relation == "supports"]
    contradicts = [m for m in tier if m.relation == "contradicts"]
    points = {}
    for match in tier:
        points.setdefault(point_of(match.claim, match.keys), set()).add(match.relation)
    caveats = tuple(dict.fromkeys(c for m in tier for c in m.caveats))
    highlights = tuple(sorted({span for m in tier for span in m.highlights}))
    misquoted = _said_by_another(supports, credited, database)
    if supports and contradicts and misquoted:
        verdict, chosen, explanation = "contradicted", misquoted, misquoted[0].explanation
        confidence = _confidence(misquoted)
    elif supports and contradicts:
        if any(len(relations) > 1 for relations in points.values()):
            verdict, chosen = "disputed", supports + contradicts
            explanation = "the sources disagree: " + "; ".join(
                f"{m.claim.id}: {m.explanation}" for m in chosen)
            confidence = 0.5
            # What else the statement says that the sources confirm is evidence too.
            chosen += sorted((m for m in speaking if m.relation == "supports" and m not in chosen),
                             key=lambda m: -m.strength)
        else:
            verdict, chosen = "contradicted", contradicts + supports
            explanation = contradicts[0].explanation + " (other parts of the statement agree)"
            confidence = _confidence(contradicts)
    elif contradicts:
        verdict, chosen, explanation = "contradicted", contradicts, contradicts[0].explanation
        confidence = _confidence(contradicts)
    else:
        # Every claim that confirms part of the statement is evidence, best fit first.
        supports = sorted((m for m in speaking if m.relation == "supports"), key=lambda m: -m.strength)
        verdict, chosen, explanation = "supported", supports, supports[0].explanation
        confidence = _confidence(supports) - 0.1 * min(len(caveats), 2)
        misquoted = _said_by_another(supports, credited, database)
        if misquoted:
            # « C'est Jean-François Colin qui a expliqué … » for words the source has Philippe Laplane say.
            misquoted_ids = {m.claim.id for m in misquoted}
            verdict, chosen = "contradicted", misquoted + [m for m in supports if m.claim.id not in misquoted_ids]
            explanation = misquoted[0].explanation
            confidence = _confidence(misquoted)
            supports = []
        unsettled = _unsettled(statement, [m for m in speaking if m.relation == "supports"], matches, index,
                               database) if supports else ""
        wrong_elsewhere = _contradicted_elsewhere(statement, speaking, supports, database)
        # Only a whole list or a sole party named wrong contradicts a statement the rest confirms
        # ("Cloudwatt, coentreprise d'Orange et de Bull, a reçu 75 M€"); a weaker reading of one word does not.
        wrong_elsewhere = [m for m in wrong_elsewhere if unsettled or _named_otherwise(m, database)
                           or _said_of_another_subject_too(m, supports) or _denied_with_its_party(m, statement)
                           or _misdated_qualifier(m)
                           or database.properties[m.claim.property].nationality]  # "Altice, the Belgian parent …"
        if wrong_elsewhere:
            # « Axelle Lemaire, alors ministre de la Culture, avait envisagé un rapprochement … »:
            # the merger idea is hers, the title is not, and nothing else settles it.
            verdict, chosen = "contradicted", wrong_elsewhere + supports
            explanation = wrong_elsewhere[0].explanation + " (other parts of the statement agree)"
            confidence = _confidence(wrong_elsewhere)
        elif unsettled and whole:
            verdict = "unverified"
            explanation = f"{explanation}; but nothing in the database settles {unsettled}"
            confidence = 0.5
        elif unsettled:
            caveats = (*caveats, f"nothing in the database settles {unsettled}")
    evidence = tuple(ev for m in chosen for ev in _evidence(m, database))
    return Result(
        statement=statement.text,
        verdict=verdict,
        confidence=max(0.05, min(confidence, 0.99)),
        explanation=_sentence(explanation),
        evidence=evidence,
        caveats=caveats,
        highlights=highlights,
    )


SpanMap = Callable[[int, int], Sequence[tuple[int, int]]]
FactOf = Callable[[str], tuple]


def combine(whole: Result, parts: list[tuple[SpanMap, Result]], fact_of: FactOf,
            names_part_of: Callable[[str, str], bool] = lambda text, claim_id: False, items: bool = False) -> Result:
    """The verdict on a statement that makes several claims ("Numergy made €2m
    in 2013 and has 150 partners"), from the verdict on the whole and on each
    claim read on its own (`parts` pairs each claim's result with the map of
    its spans back to the statement). Reading a claim alone keeps a date or a
    verb of one clause from reaching the figure of another, in both
    directions:

    - a claim read alone that is contradicted contradicts the statement,
      unless the whole reading confirms that very fact (`fact_of` a claim id:
      its key names and property), which the claim alone read without a date
      or a verb of the rest; not when the claim names some of the fact's
      names and the whole took the others from another claim
      (`names_part_of(text, claim_id)`): "Numergy passed under Orange's
      control, while Cloudwatt joined SFR" confirms no SFR takeover;
    - a contradiction of the whole that no claim alone repeats came from
      joining the clauses ("proposed in March 2013 and approved three months
      later" gave March to the approval): the claims decide;
    - a supported whole is contradicted by a claim alone the same way;
    - claims all supported support a statement the whole left unverified or disputed, and claims
      all contradicted contradict one it supported (joining names across them);
    - claims all unverified leave unverified a statement the whole supported
      (its support joins names across the claims);
    - claims supported but for one the sources disagree on make it disputed.

    With `items` (notes under a heading, "Numergy : créée en 2012 ; actionnaires
    SFR et Thales"), each claim says all it says with the heading alone: one
    contradicted contradicts the statement whatever the whole confirms (read
    whole, the date of one item reached the others)."""
    if whole.verdict == "supported" and parts and all(r.verdict == "unverified" for _, r in parts):
        # "Cloudwatt = Orange + Bull ; Numergy = SFR + Thalès": no claim holds
        # alone; what the whole confirms joins names across them (the two rivals).
        return Result(whole.statement, "unverified", 0.5,
                      "Read claim by claim, nothing confirms it: " + _listed(r.explanation for _, r in parts))
    if whole.verdict == "disputed" and parts and all(r.verdict == "supported" for _, r in parts):
        # "CEO in 2013 = Starck; Renard only arrived in April 2014": joined, 2013 reached Renard's claim.
        return _joined(whole, list(parts), "supported")
    if whole.verdict == "disputed" or not parts:
        return whole
    if whole.verdict == "supported" and len(parts) > 1 and all(r.verdict == "contradicted" for _, r in parts):
        # "Numergy was formed by Orange and Thales, Cloudwatt by SFR and Bull": every claim alone is
        # wrong; what the whole confirms joins each subject to the other clause's names.
        return _joined(whole, list(parts), "contradicted")
    def confirmed_for(part: Result) -> set[tuple]:
        return {fact_of(item.claim_id) for item in whole.evidence
                if item.relation == "supports" and not names_part_of(part.statement, item.claim_id)}

    def first_contradiction(part: Result) -> tuple:
        return next((fact_of(item.claim_id) for item in part.evidence if item.relation == "contradicts"), ())

    contradicted = [(spans, r) for spans, r in parts if r.verdict == "contradicted"
                    and (items or first_contradiction(r) not in confirmed_for(r))]
    # "Bull was one of Numergy's shareholders. Its takeover by Atos took place in April 2014.": one claim
    # the sources disagree on, the others confirmed.
    disputed = [(spans, r) for spans, r in parts if r.verdict == "disputed"]
    settled = disputed and all(r.verdict in ("supported", "disputed") for _, r in parts)
    if whole.verdict == "supported":
        # "2013-10 Box launched → 2014-03 IaaS offer launched": the whole confirmed the first event only.
        if contradicted:
            return _joined(whole, contradicted, "contradicted", True)
        return _joined(whole, disputed, "disputed", True) if settled else whole
    if whole.verdict == "contradicted":
        if any(r.verdict == "contradicted" for _, r in parts):
            return whole
        if all(r.verdict == "supported" for _, r in parts):
            return _joined(whole, list(parts), "supported")
        return Result(whole.statement, "unverified", 0.5,
                      "Read claim by claim, nothing contradicts it: " + _listed(r.explanation for _, r in parts))
    if contradicted:
        return _joined(whole, contradicted, "contradicted", len(parts) > len(contradicted))
    if all(r.verdict == "supported" for _, r in parts):
        return _joined(whole, list(parts), "supported")
    return _joined(whole, disputed, "disputed", True) if settled else whole


def unsettled_sentence(combined: Result, whole: Result, parts: list[tuple[SpanMap, Result]],
                       sentence_of: list[tuple[int, int]]) -> Result:
    """A statement of several sentences is supported only if each sentence is: "Renard became head of
    Cloudwatt in April 2014. He had previously been an executive at Orange Business Services." asserts
    a second fact that nothing settles. A sentence is open when its claims read alone settle nothing,
    the whole reading confirmed none of its words (not just a name it repeats) and it asks nothing."""
    if combined.verdict != "supported" or len(set(sentence_of)) < 2:
        return combined
    by_sentence: dict[tuple[int, int], list[Result]] = {}
    for span, (_, result) in zip(sentence_of, parts):
        by_sentence.setdefault(span, []).append(result)
    open_sentences = [results for (start, end), results in by_sentence.items()
                      if all(r.verdict == "unverified" for r in results)
                      and not results[0].statement.rstrip().endswith("?")
                      and not any(start <= a and b <= end for a, b in whole.highlights)]
    if not open_sentences:
        return combined
    return replace(combined, verdict="unverified", confidence=0.5, explanation=(
        f"{combined.explanation.rstrip('.')}; but nothing in the database settles another sentence: "
        + _listed(r.explanation for r in open_sentences[0])))


_TURNED_OVER = {"supported": "contradicted", "contradicted": "supported"}
_OTHER_RELATION = {"supports": "contradicts", "contradicts": "supports"}


def turned_over(result: Result) -> Result:
    """The verdict on a clause the statement calls false ("It is false that …"): what the sources
    contradict, the statement rightly denies."""
    if result.verdict not in _TURNED_OVER:
        return result
    return replace(result, verdict=_TURNED_OVER[result.verdict],
                   explanation=f"The statement calls this false: {result.explanation}",
                   evidence=tuple(replace(item, relation=_OTHER_RELATION.get(item.relation, item.relation))
                                  for item in result.evidence))


def conjunction(whole: Result, parts: list[tuple[SpanMap, Result]]) -> Result:
    """The verdict on claims asserted one after the other, each read on its own: one contradicted
    contradicts them all; all supported (or disputed, for some) support them; otherwise unverified."""
    for verdict in ("contradicted", "unverified"):
        chosen = [(spans, r) for spans, r in parts if r.verdict == verdict]
        if chosen:
            return _joined(whole, chosen, verdict, len(chosen) < len(parts))
    disputed = [(spans, r) for spans, r in parts if r.verdict == "disputed"]
    return _joined(whole, disputed, "disputed", True) if disputed else _joined(whole, list(parts), "supported")


def _joined(whole: Result, chosen: list[tuple[SpanMap, Result]], verdict: str, some: bool = False) -> Result:
    explanation = _listed(r.explanation for _, r in chosen)
    if some:
        explanation = explanation[:-1] + " (read as one of the statement's claims)."
    return Result(
        statement=whole.statement,
        verdict=verdict,
        confidence=min(r.confidence for _, r in chosen),
        explanation=explanation,
        evidence=tuple({item.claim_id: item for _, r in chosen for item in r.evidence}.values()),
        caveats=tuple(dict.fromkeys(c for _, r in chosen for c in r.caveats)),
        highlights=tuple(sorted({mapped for spans, r in chosen for span in r.highlights for mapped in spans(*span)})),
    )


def _listed(explanations) -> str:
    """"A. B." from several one-sentence explanations: "A; b." (a name that opens one keeps its capital)."""
    items = [e.rstrip(". ") for e in dict.fromkeys(explanations)]
    joined = "; ".join(items[:1] + [i[:1].lower() + i[1:] if i.split(" ", 1)[0] in _OWN_OPENERS else i
                                    for i in items[1:]])
    return joined + "."


# The engine's own first words of an explanation; anything else opens with the statement's words.
_OWN_OPENERS = frozenset({"The", "Nearest", "In", "Read"})


# Between a negation and the subject it denies something of: "No Cloudwatt employee".
_SUBJECT_DENIED = re.compile(r"\W{0,3}")


def _unconfirmed_denial(statement: Statement, supports: list[ClaimMatch], related: list[ClaimMatch]) -> str:
    """A denial of a supported claim's subject that no related claim's words
    fall under (`related`: the claims that support or contradict): "No
    Cloudwatt employee was laid off when it was folded into OBS" is confirmed
    only in its clause about OBS; « l'État n'a confié aucun de ses services à
    Cloudwatt » only in that the State left. What the statement denies is a
    fact of its own. (Words a text value matches are left alone: a quoted
    judgement holds its own denials, « pas de marché captif ».)"""
    if any(isinstance(m.claim.value, str) for m in related if m.relation == "supports"):
        return ""
    subject_spans = {(m.start, m.end) for m in statement.entities if any(m.entity == r.claim.subject for r in related)}
    spans = [c.span for m in related for c in m.comparisons] + [
        (cue.start, cue.end) for m in related for cue in statement.cues.get(m.claim.property, ())] + [
        span for m in related for span in m.highlights if span not in subject_spans]
    subjects = [m for m in statement.entities if any(m.entity == s.claim.subject for s in supports)]
    for start, end in statement.negations:
        if not any(statement.negation_after(m.end) == (start, end) or _SUBJECT_DENIED.fullmatch(
                statement.text, end, m.start) for m in subjects):
            continue  # (a denial in what someone is reported to say, "arguing the State could not …")
        if not any(a <= start < b or end <= a and DENIAL_REACH.fullmatch(statement.text, end, a) for a, b in spans):
            clause = re.split(r"[,;:.]", statement.text[end:end + 40])[0]
            return f"the denial « {_clipped(statement.text[start:end] + clause)} »"
    return ""


def _said_in_claims(phrase: str, supports: list[ClaimMatch]) -> bool:
    """Whether a word of the phrase is one the supporting claims' own texts use (words of a few letters
    or more on both sides: "last" is not « la »)."""
    said = [word for m in supports for text in _claim_texts(m.claim) for word in words(text)
            if len(word) >= REASON_WORD_LETTERS]
    return any(same_word(word, other) for word in words(phrase) for other in said if len(word) >= REASON_WORD_LETTERS)


def _unsettled(statement: Statement, supports: list[ClaimMatch], matches: list[ClaimMatch],
               index: ClaimIndex, database: Database) -> str:
    """What a supported statement says that no supporting claim confirms: a
    figure or a date nobody compared ("comptait trente mille clients en
    2015"), or a relation to another entity than the database records
    ("built on VMware"). A statement is supported only as a whole."""
    def covered(start: int, end: int, spans) -> bool:
        return any(a <= start and end <= b for a, b in spans)

    accounted = [span for m in supports for span in m.accounted]
    # Words matched to a text value ("offre de stockage gratuite … PME") span what lies between
    # them; a figure or date in there ("50 Go") is settled only by a text that gives it.
    in_words = [span for m in supports for span in m.accounted if any(
        c.span == span and isinstance(c.value, str) for c in m.comparisons)]
    # A date reckoned from another ("two months later") names an event only its words tell: the
    # database may not record it; it settles a claim that takes it, it leaves nothing unsettled.
    reckoned = {m.span() for m in RELATIVE_PERIOD.finditer(statement.text)}
    for mention in (*statement.quantities, *(t for t in statement.times if (t.start, t.end) not in reckoned)):
        spans = [span for span in accounted if span not in in_words or _gives_figure(mention.text, span, supports)]
        if not covered(mention.start, mention.end, spans) and not _restated(mention, supports) and not (
                _when_set(mention, statement, supports, database)) and not (
                _dated_by_another_claim(statement.text, mention, matches)) and not (
                _THE_TWO.search(statement.text, max(mention.start - 8, 0), mention.start)
                and getattr(mention, "quantity", None) is not None and mention.quantity.unit is None
                and mention.text.lower() in ("deux", "two")) and not _counts_the_names_after(statement, mention):
            return f"« {mention.text} »"   # (« les deux offres », "the two companies" point, they do not count)
    for match in supports:
        for comparison in match.comparisons:
            if comparison.within and isinstance(comparison.value, EntityRef) and not covered(
                    *comparison.span, [c.span for m in supports for c in m.comparisons if c.agrees and not c.within]):
                return f"« {comparison.stated} »"  # "headquartered in Lille": the source gives only France
    for nationality in statement.nationalities:
        # "Red Hat … is an American company": a country the database gives no claim of (one said in
        # an aside, "Numericable's Luxembourg-based parent Altice", is left to its own claim).
        if not any(nationality.start < b and a < nationality.end
                   for a, b in (*accounted, *(span for m in supports for span in m.highlights))) and not any(
                m.claim.subject == nationality.holder and nationality.place in getattr(m.claim.value, "ids", ())
                and database.properties[m.claim.property].nationality for m in matches):
            return f"« {statement.text[nationality.start:nationality.end]} »"
    for vague in _VAGUE_AMOUNT.finditer(statement.text):
        if not covered(vague.start(), vague.end(), accounted) and not any(
                q.start < vague.end() and vague.start() < q.end for q in statement.quantities):
            return f"« {vague.group()} »"  # "plusieurs centaines de milliers d'euros": an amount, however vague
    for mention in statement.telling_times:
        if not _dates_the_telling(mention, supports, database):
            return f"« {mention.text} »"
    for start, end in statement.comparisons:
        if not covered(start, end, accounted):
            return f"the comparison « {statement.text[start:end]} »"
    figures_confirmed = any(isinstance(m.claim.value, Quantity) and any(
        c.agrees and isinstance(c.value, Quantity) for c in m.comparisons) for m in supports)
    for start, end in statement.change_spans if figures_confirmed else ():
        if not covered(start, end, accounted) and not _TO_A_LEVEL.match(statement.text, end):
            # ("grew to about a hundred employees" says the level reached, which the figure confirms)
            # "revised its 2020 goal of 15 % down": one figure in the database says nothing of a revision
            return f"the change « {statement.text[start:end]} »"
    cue = _unconfirmed_cue(statement, supports, matches, database) or _unrecorded_event(
        statement, supports, index, database) or _unsettled_denial(statement, supports)
    if cue:
        return cue
    reason = _unconfirmed_reason(statement, supports, database)
    if reason:
        return reason
    for start, end in statement.continued:
        # "Tavernier was still Numergy's CEO when it was placed in safeguard": an undated role says nothing of then
        # (a state for a time, « resté dix-huit mois à la tête », is its duration's to settle).
        for_a_time = any(q.start >= end and len(statement.text[end:q.start].split()) <= 2
                         and dimension_of(q.quantity.unit) == "duration" for q in statement.quantities)
        if _UNTIL_AN_EVENT.search(statement.text, end) and not for_a_time and any(
                isinstance(m.claim.value, EntityRef) and not database.properties[m.claim.property].event
                and "until" not in m.claim.qualifiers and not covered(start, end, m.accounted) for m in supports):
            return f"« {statement.text[start:end]} »"
    for start, end in statement.formal_acts:
        if not _said_in_claims(statement.text[start:end], supports):
            return f"« {statement.text[start:end]} »"  # "filed a formal complaint": the source reports criticism
    for start, end in statement.achievements:
        if all(m.claim.status in ("target", "forecast") for m in supports):
            return f"« {statement.text[start:end]} »"  # "had met its forecast of €6m": the source gives the forecast
    for start, end in statement.superlatives:
        # "the first company in Europe to …", « le seul »: a place among all others, settled by a claim that ranks
        # (`relate_largest`) or by a source that says it itself.
        if not covered(start, end, accounted) and not _said_in_claims(statement.text[start:end], supports):
            return f"« {statement.text[start:end]} »"
    listed = _list_partly_in_words(statement, supports)
    if listed:
        return listed
    denial = _unconfirmed_denial(statement, supports, [m for m in matches if m.relation])
    if denial:
        return denial
    confirmed = [span for m in supports for span in m.highlights]
    # (Who the source has say it is confirmed too: « C'est Philippe Tavernier qui a déclaré … ».)
    named = {m.claim.subject for m in supports} | {entity for m in supports for entity in (*m.named, *m.claim.said_by)}
    for entity in list(named):
        named.update(_related_groups(entity, database))
    for match in matches:
        other = match.other_object
        if other and other.entity not in named and not covered(other.start, other.end, confirmed) and not index.linked(
                match.claim.subject, other.entity):
            return f"« {statement.text[other.start:other.end]} » ({match.claim.property})"
    quotation = _quotation_said_elsewhere(statement, supports, database)
    if quotation:
        return quotation
    reported = _reported_content(statement)
    # What the database recognises in it: a confirmed span, or a property's cue (a fact the
    # statement names without its subject is left to the other checks).
    # (A cue counts when the database has a claim of that property about a name the statement gives.)
    known = {m.claim.property for m in matches}
    said = [span for m in supports for span in m.highlights] + [
        (cue.start, cue.end) for property_id, cues in statement.cues.items() if property_id in known for cue in cues]
    if reported is not None and not any(reported[0] < b and a < reported[1] for a, b in said):
        # « Selon Tavernier, président de Numergy, tous les ministères avaient été confiés à sa
        # société »: the source confirms who speaks, nothing of what he says.
        return f"what it reports: « {_clipped(statement.text[reported[0]:reported[1]])} »"
    for match in matches:
        # "was later bought by IBM": a value the source contradicts, held back only because the
        # statement speaks of a later time, is still something the database does not confirm.
        if match.blocked == LATER_TIME and match.cued and match.complete_keys:
            for comparison in match.comparisons:
                if not comparison.agrees and not covered(*comparison.span, confirmed):
                    return f"« {comparison.stated} »"
    for mention in statement.entities:
        unnamed = _UNNAMED_CONJUNCT.search(statement.text, 0, mention.start) or _UNNAMED_CONJUNCT_AFTER.match(
            statement.text, mention.end)
        if unnamed and not any(m.start <= unnamed.start(1) < m.end for m in statement.entities):
            # « l'automobile et le nucléaire », "aeronautics and the car industry": the database
            # knows the one, not the other it is listed with
            return f"« {unnamed.group(1)} »"
        if (not mention.unknown and database.entities[mention.entity].type not in CONTEXT_TYPES
                and _WORKED_AT.search(statement.text, 0, mention.start)):  # "comes from the United States" is an origin
            return f"« {statement.text[mention.start:mention.end]} »"
        if covered(mention.start, mention.end, confirmed) or mention.entity in named and not mention.part:
            continue
        if mention.unknown or mention.part:
            return f"« {statement.text[mention.start:mention.end]} »"
        kind = database.entities[mention.entity].type
        if kind == "event" and _SETTING_BEFORE.search(statement.text, 0, mention.start) and _reported_by(
                mention.entity, supports, index):
            continue  # "At the Partner VIP conference, Tavernier declared …", confirmed by the report of it
        if (kind == "place" and len(wider(mention.entity, database)) > 1 and is_located_at(statement.text, mention.start)
                and not any(index.linked(entity, mention.entity) for entity in named)):
            # "headquartered near Lille", « un autre en Bretagne »: a place within a country where
            # something is, said and not confirmed (a country, "in France", is mostly a setting).
            return f"« {statement.text[mention.start:mention.end]} »"
        if kind == "person" and _UNDER.search(statement.text, 0, mention.start) and any(
                index.linked(entity, mention.entity) for entity in named):
            continue  # « remonte à 2009, sous Nicolas Sarkozy »: the era of someone the facts involve
        holder_of_title = (lambda title: index.linked(mention.entity, title.entity)) if kind == "person" else None
        employer = _affiliation_of(statement, mention, database) if kind == "media" else None
        if employer is not None and not index.linked(employer, mention.entity):
            # "Simottel (Les Echos)": an outlet in brackets after a person is where the person works.
            return f"« {statement.text[mention.start:mention.end]} »"
        if kind in CONTEXT_TYPES or _credited(statement, mention, holder_of_title) and mention.entity not in statement.focus:
            continue  # "selon le patron de Coreye": who says it, not what is said ("it was Starck who said" says who)
        if kind == "person" and any(POSSESSIVE.fullmatch(statement.text, owner.end, mention.start)
                                    and index.linked(owner.entity, mention.entity) for owner in statement.entities):
            continue  # "the counterpart of Numergy's Philippe Tavernier": who he is, as a claim links them
        if kind == "person" or not any(index.linked(entity, mention.entity) for entity in named):
            # A person does something in the statement ("Lemaire backed the
            # takeover"): knowing her from another claim does not confirm it.
            return f"« {statement.text[mention.start:mention.end]} »"
    return ""


# "at the November 2012 …", « lors de la … », "during": the occasion of what is said, a few words before its name.
_SETTING_BEFORE = re.compile(r"(?<!\w)(?:at|during|lors\s+de|lors\s+d['’]|au\s+cours\s+de|pendant)"
                             r"(?:[^\S\n]+[\w'’-]+){0,4}[^\S\n]*$", re.IGNORECASE)


def _reported_by(event: str, supports: list[ClaimMatch], index: ClaimIndex) -> bool:
    """Whether a supporting claim comes from a source that reports the event (has claims about it)."""
    reporting = {r.source for position in index.by_entity.get(event, ()) for r in index.claims[position].references}
    return any(r.source in reporting for m in supports for r in m.claim.references)


# Where someone worked or came from ("avait travaillé chez Orange", "came from Orange"): a
# relation of its own, not context, however closely the database links the name.
_WORKED_AT = re.compile(
    r"(?:\b(?:travaillé|travaillait|travaille|worked|works|working)\s+(?:chez|pour|at|for)"
    r"|\b(?:came|comes|coming|arrived|moved|switched)(?:\s+to\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?\s+from"
    r"|\b(?:venait|venu|venue|issu|issue|transfuge)\s+(?:(?:auparavant|précédemment|alors|déjà|directement)\s+)?"
    r"(?:de\s+chez|de|du|d['’])"
    # « avait exercé des fonctions de direction au sein d'OBS », "had previously run a subsidiary of OBS"
    r"|\b(?:fonctions|poste|postes|carrière|responsabilités)\b[^.,;]{0,40}\bau\s+sein\s+(?:de|du|des|d['’])"
    r"|\b(?:ran|run|headed|led|dirigé|dirigeait|dirigea)\s+(?:a|an|one|une|un)\s+"
    r"(?:subsidiary|division|unit|filiale|branche)\s+(?:of|de|du|d['’]))"
    r"\s*(?:(?:le|la|l['’]|the)\s*)?(?:groupe\s+|group\s+)?$",
    re.IGNORECASE)


_UNDER = re.compile(r"\b(?:sous|under)[^\S\n]{1,3}$", re.IGNORECASE)


# A noun with its article listed right before a name ("l'automobile et *le nucléaire*").
_UNNAMED_CONJUNCT = re.compile(r"\b(?:l['’]|le |la |les )([^\W\d_]{3,}) (?:et|ou) (?:(?:l['’]|le |la |les )\S*)?$",
                               re.IGNORECASE)


_UNNAMED_CONJUNCT_AFTER = re.compile(r"[^\S\n]{1,3}(?:and|et|ou|or)[^\S\n]{1,3}(?:the|le|la|les|l['’])[^\S\n]{0,3}([^\W\d_]{3,})\b",
                                     re.IGNORECASE)


_LIST_JOINER = re.compile(r",|&|\b(?:and|et|or|ou)\b", re.IGNORECASE)


def _list_partly_in_words(statement: Statement, supports: list[ClaimMatch]) -> str:
    """A list of names the supporting claim gives in words, with a name it does
    not give: "abandoned after the takeovers of SFR and Thales" against « après
    les rachats de SFR et de Bull »."""
    for match in supports:
        claim = match.claim
        texts = [v for v in (claim.value, *claim.qualifiers.values()) if isinstance(v, str)]
        for text in texts:
            text_words = words(text)
            names = {w for m in statement.entities for w in words(statement.text[m.start:m.end])}
            if not any(len(w) >= 4 and w in text_words and w not in names for w in words(statement.text)):
                continue  # the words say something else than the statement
            for group in statement.groups:
                if len(group) < 2 or not all(_LIST_JOINER.search(statement.text[a.end:b.start])
                                             for a, b in zip(group, group[1:])):
                    continue  # a list, not names side by side ("Cloudwatt IaaS")
                known = [m for m in group if not m.unknown]
                given = [m for m in known if contains_words(text_words, words(statement.text[m.start:m.end]))]
                left_out = [m for m in known if m not in given and m.entity not in match.named]
                if given and left_out:
                    return f"« {statement.text[left_out[0].start:left_out[0].end]} »"
    return ""


# "because SFR had stopped funding it", « parce que c'était l'offre la moins chère », "mainly to get hold
# of its engineers", "led to a surge in sign-ups": a cause, a purpose or a consequence the statement
# adds, up to the end of its clause; fronted ("As a result of …, Numergy …"), up to its comma.
_REASON = re.compile(r"(?i)(?<!\w)(?:because(?:\s+of)?|b/c|due\s+to(?!\s+(?:open|be|start|launch|close|arrive|reach|begin"
                     r"|come|end))|owing\s+to|thanks\s+to|(?:mainly|chiefly|partly)\s+to|as\s+a\s+(?:result|consequence)\s+of"
                     r"|in\s+order\s+to|so\s+as\s+to|parce\s+qu(?:e|['’])|à\s+cause\s+d(?:e|u|es|['’])"
                     r"|en\s+raison\s+d(?:e|u|es|['’])|grâce\s+à|afin\s+d(?:e|['’])|faute\s+d(?:e|['’])"
                     r"|ce\s+qui\s+a|(?:which\s+)?(?:led|leading)\s+to|resulted\s+in"
                     r"|a\s+(?:entraîné|provoqué|conduit\s+à|mené\s+à)"
                     r"|a\s+fait\s+perdre|(?:was|were|is|are|been)\s+(?:largely\s+|mainly\s+)?(?:driven|fuelled|fueled|caused"
                     r"|triggered|prompted|sparked)\s+by"
                     r"|(?:tiré|tirée|porté|portée)\s+par)(?:(?<=['’])|(?!\w))(?P<reason>[^.;!?]*)")  # (« à cause d'une faille »)
_OPENING = re.compile(r"[\s«\"“'(]*")


def _unconfirmed_reason(statement: Statement, supports: list[ClaimMatch], database: Database) -> str:
    """A reason the statement gives that neither the supporting claims'
    compared words reach nor the words of the passage they rest on mostly
    hold (the quotes, values and qualifiers, glosses included, of every claim
    quoting the same paragraphs): the source may say the fact and not why."""
    # (A name the claim compared says whom the reason is about, not that the source gives it:
    # "because Cloudwatt was about to run out of cash".)
    names = {(m.start, m.end) for m in statement.entities}
    said = [span for m in supports for span in (*m.accounted, *m.highlights, *(c.span for c in m.comparisons))
            if span not in names]
    sources_words: Optional[set[str]] = None
    for found in _REASON.finditer(statement.text):
        start, end = found.span()
        reason = found["reason"]
        if _OPENING.fullmatch(statement.text, 0, start) and "," in reason:
            reason = reason[:reason.index(",")]
            end = found.start("reason") + len(reason)
        if any(a < end and start < b for a, b in said):
            continue
        if sources_words is None:
            passages = {(r.source, r.line) for m in supports for r in m.claim.references}
            passage_claims = [c for c in database.claims if any((r.source, r.line) in passages for r in c.references)]
            sources_words = {word for claim in passage_claims for text in _claim_texts(claim) for word in words(text)}
        content = [word for word in words(reason) if len(word) >= REASON_WORD_LETTERS
                   and word not in FUNCTION_WORDS]
        held = [word for word in content
                if any(same_word(word, other) or same_word(other, word) for other in sources_words)]
        # (names say whom the reason is about, not what it is: "because the Cloudwatt Box had flopped")
        named = {word for m in statement.entities for word in words(statement.text[m.start:m.end])}
        if len(held) * 2 < len(content) or not content or not set(held) - named and set(content) - named:
            return f"the reason « {statement.text[start:end].strip()} »"
    return ""


REASON_WORD_LETTERS = 4


def _claim_texts(claim) -> list[str]:
    return [*(reference.quote for reference in claim.references),
            *(value for value in (claim.value, *claim.qualifiers.values()) if isinstance(value, str))]


def _unconfirmed_cue(statement: Statement, supports: list[ClaimMatch], matches: list[ClaimMatch],
                     database: Database) -> str:
    """A label the statement gives (a `short_value` property: a contract
    type, a title), on which the database has a claim about the same
    entities, yet nothing confirms it: "une centaine de collaborateurs, pour
    la plupart en CDD" (the source says all are on permanent contracts). So
    too a relation the database records of the same entities with another
    person: "Pellerin considered merging Cloudwatt and Numergy" (Lemaire did).
    A cue word shared with a confirmed property counts as confirmed."""
    confirmed_spans = {(cue.start, cue.end) for m in supports
                       for cue in statement.cues.get(m.claim.property, ())}
    confirmed = {m.claim.property for m in supports}
    known = {m.claim.property for m in matches if m.complete_keys and m.cued and (
        database.properties[m.claim.property].short_value or m.other_object is not None and getattr(
            database.entities.get(m.other_object.entity), "type", None) == "person")}
    for property_id, cues in statement.cues.items():
        if property_id in confirmed or property_id not in known:
            continue
        for cue in cues:
            if not any(a <= cue.start and cue.end <= b for a, b in confirmed_spans):  # ("*managing* director")
                return f"« {statement.text[cue.start:cue.end]} »"
    return ""


def _unsettled_denial(statement: Statement, supports: list[ClaimMatch]) -> str:
    """What the statement denies, when no confirming claim is of the denied
    verb's property: « Aucun opérateur allemand n'a rejoint la Cloud Team
    Alliance initiée par Numergy » confirms who set up the alliance, not who
    stayed out of it. A cue word shared with a confirmed property counts as confirmed."""
    confirmed = {m.claim.property for m in supports}
    confirmed_spans = [span for m in supports for span in (*m.accounted, *m.highlights)] + [
        (cue.start, cue.end) for m in supports for cue in statement.cues.get(m.claim.property, ())]
    for property_id, cues in statement.cues.items():
        for cue in cues:
            sweeping = [m for m in _SWEEPING_DENIAL.finditer(statement.text, 0, cue.start)
                        if len(statement.text[m.end():cue.start].split()) <= SWEEPING_REACH_WORDS]
            if property_id not in confirmed and sweeping and statement.negates(cue.start) and not any(
                    a <= cue.start and cue.end <= b for a, b in confirmed_spans):
                return f"the denial « {statement.text[cue.start:cue.end]} »"
    return ""


SWEEPING_REACH_WORDS = 3  # from « aucun » to its verb: « Aucun opérateur allemand n'a rejoint »
# Denials that sweep over every case ("never", « aucun »): only a record of every case settles them.
_SWEEPING_DENIAL = re.compile(r"(?i)(?<!\w)(?:never|jamais|aucun|aucune|none|nobody|no\s+one|nul|nulle)(?!\w)")


def _unrecorded_event(statement: Statement, supports: list[ClaimMatch], index: ClaimIndex,
                      database: Database) -> str:
    """An event the statement asserts with a finite verb (« a été retirée », "was sold") of what
    it names, when the database records no such event of any of them: « La Cloudwatt Box,
    lancée en octobre 2013, a été retirée du marché » confirms the launch, not the withdrawal.
    A cue word shared with a confirmed property counts as confirmed."""
    confirmed = [span for m in supports for span in (*m.accounted, *m.highlights)] + [
        (cue.start, cue.end) for m in supports for cue in statement.cues.get(m.claim.property, ())]
    # (A cue word the confirming claim says in its own words: « abandonné après les rachats … ».)
    claim_words = {word for m in supports for text in (m.claim.value, *m.claim.qualifiers.values())
                   if isinstance(text, str) for word in words(text)}
    named = {m.entity for m in statement.entities if not m.unknown}
    for property_id, cues in statement.cues.items():
        if not database.properties[property_id].event or any(
                index.claims[position].property == property_id
                for entity in named for position in index.by_entity.get(entity, ())):
            continue
        for cue in cues:
            if _FINITE_BEFORE.search(statement.text, max(cue.start - 20, 0), cue.start) and not any(
                    a < cue.end and cue.start < b for a, b in confirmed) and not any(
                    _one_stem(token, word) for token in words(statement.text[cue.start:cue.end]) for word in claim_words):
                return f"« {statement.text[cue.start:cue.end]} »"
    return ""


STEM_LETTERS = 6


def _one_stem(token: str, word: str) -> bool:
    """One word across languages' endings: "abandoned" and « abandonné », "confirmed" and « confirmé »."""
    return same_word(token, word) or min(len(token), len(word)) > STEM_LETTERS and token[:STEM_LETTERS] == word[:STEM_LETTERS]


_TO_A_LEVEL = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:to|à|jusqu['’]à)[^\S\n]", re.IGNORECASE)


# (« a » only before « été »: alone it is also the English article.)
_FINITE_BEFORE = re.compile(r"(?<!\w)(?:(?:a|ont|avait|avaient)[^\S\n]+été|(?:est|sont|était|étaient|fut|furent|has|have|"
                            r"had|is|are|was|were)(?:[^\S\n]+(?:été|been))?)[^\S\n]+$", re.IGNORECASE)


CREDIT_WORDS_BEFORE = 4  # "selon *le patron de* Coreye"
CREDIT_WORDS_AFTER = 2  # "Tavernier *a* déclaré"
_CREDIT_GAP = re.compile(r"[^\w\s,'’()-]")
_OF_SOMEONE = re.compile(r"(?:\b(?:de|du|des|of)\s+|\bd['’])$", re.IGNORECASE)  # "le patron *de* Coreye"


def _credited(statement: Statement, mention, holds_title: Optional[Callable[[Any], bool]] = None) -> bool:
    """A name the statement quotes or credits (the `attribution` vocabulary:
    "selon Tavernier", "selon le patron de Coreye", "…», a martelé Philippe
    Tavernier", "Coreye says") rather than says something about."""
    text = statement.text
    for start, end in statement.credits:
        if end <= mention.start and (start, end) in statement.listening:
            continue  # "told AFP": AFP listens
        if end <= mention.start:
            gap = text[end:mention.start]
            words = gap.split()
            if (len(words) <= 1 or len(words) <= CREDIT_WORDS_BEFORE and _OF_SOMEONE.search(gap)) \
                    and not _CREDIT_GAP.search(gap):
                return True
            title = _title_before(statement, mention, end) if holds_title else None
            if title is not None and holds_title(title):
                return True
        elif start >= mention.end:
            gap = text[mention.end:start]
            if len(gap.split()) <= CREDIT_WORDS_AFTER and not _CREDIT_GAP.search(gap):
                return True
            if mention.entity in statement.focus and _CLEFT_TO_CREDIT.fullmatch(gap):
                return True  # « c'est Patrick Starck, le patron de Cloudwatt, qui l'a martelé »
            if _APPOSITION.fullmatch(gap):
                return True  # "Philippe Tavernier, Numergy's chief executive, said"
            # "Jean-François Colin of Orange Cloud for Business says": the speaker's affiliation between.
            affiliation = [m for m in statement.entities if mention.end < m.start and m.end <= start]
            if (holds_title and len(affiliation) == 1 and holds_title(affiliation[0])
                    and _OF_ORGANISATION.fullmatch(text[mention.end:affiliation[0].start])
                    and len(text[affiliation[0].end:start].split()) <= 1 and not _CREDIT_GAP.search(
                        text[affiliation[0].end:start])):
                return True
    # A note's "(Tavernier)".
    return text[:mention.start].rstrip().endswith("(") and text[mention.end:].lstrip().startswith(")")


# An apposition set off by commas between a name and its credit word: ", Numergy's chief executive, ".
_APPOSITION = re.compile(r"[^\S\n]*,[^,;:.()«»\n]{1,60},[^\S\n]*")


# The relative clause of a cleft up to its credit word: ", le patron de Cloudwatt, qui l'a ", " who ".
_CLEFT_TO_CREDIT = re.compile(r"[^\S\n]{0,3}(?:,[^,;:.«»\n]{1,60},[^\S\n]{0,3})?(?:qui|who|that)(?:[^\S\n]+[\w'’]+){0,2}"
                              r"[^\S\n]{0,3}", re.IGNORECASE)


# "according to Orange Cloud for Business *marketing chief* Jean-François Colin": a title before the name.
_TITLE_WORDS = re.compile(r"(?:['’]s)?(?:[^\S\n]+[a-z][a-z-]*){1,3}[^\S\n]+")


def _title_before(statement: Statement, mention, credit_end: int):
    """« a martelé le président de Numergy, Philippe Tavernier », "according
    to OBS marketing chief Colin": the name in the credited title (a title of
    someone, right after the credit) that a person stands beside. The caller
    checks the person holds a title there, so « le président de Numergy,
    Patrick Starck » is left to be settled."""
    text = statement.text
    title_of = [m for m in statement.entities if credit_end <= m.start and m.end <= mention.start]
    if len(title_of) != 1 or not (text[title_of[0].end:mention.start].strip() == ","
                                  or _TITLE_WORDS.fullmatch(text[title_of[0].end:mention.start])):
        return None
    gap = text[credit_end:title_of[0].start]
    of_someone = len(gap.split()) <= 1 or len(gap.split()) <= CREDIT_WORDS_BEFORE and _OF_SOMEONE.search(gap)
    return title_of[0] if of_someone and not _CREDIT_GAP.search(gap) else None


def _related_groups(entity_id: str, database: Database) -> set[str]:
    """A group stands for its members, a member for its groups, a part for
    what it is part of."""
    entity = database.entities.get(entity_id)
    related = set(entity.members) if entity else set()
    related.update(e.id for e in database.groups if entity_id in e.members)
    while entity and entity.part_of:  # Val-de-Reuil → Normandy → France
        related.update(entity.part_of)
        entity = database.entities.get(entity.part_of[0])
    return related


def _held_at_some_time(statement: Statement, matches: list[ClaimMatch], database: Database) -> list[ClaimMatch]:
    """A fact that changes over time ("PDG until April 2014", a time-dependent
    property) does not contradict an undated statement that another claim of
    the point confirms for its own time: "Starck ran Cloudwatt" is true,
    though Renard ran it later. Sources disagreeing on a fixed fact still do."""
    supported = {point_of(m.claim, m.keys) for m in matches if m.relation == "supports" and m.comparisons}
    # A holder named right and dated wrong ("Renard took over in January") is no other time's holder.
    supported -= {point_of(m.claim, m.keys) for m in matches if m.relation == "contradicts"
                  and any(c.slot == "value" and c.agrees for c in m.comparisons)}
    if statement.times:
        # "Renard took the reins in the spring of 2014", "In 2014, Renard was CEO": where the
        # statement's time holds the end of a predecessor's time (or, for a state said to hold
        # then, the start of a successor's), the role changed hands; not two heads at once.
        def changed_hands_within(claim: Claim) -> bool:
            span = validity(claim)
            return span is not None and any(
                t.span.start <= span.end <= t.span.end or not statement.starts and t.span.start <= span.start <= t.span.end
                for t in statement.times)

        return [m for m in matches if not (
            m.relation == "contradicts" and point_of(m.claim, m.keys) in supported and changed_hands_within(m.claim))]
    # Claims of a changing fact that none of them dates ("33 %" and "33,3 %" of Numergy, sources of
    # 2014 and 2015) tell no times apart: they disagree.
    if says_only_one(statement):
        return matches  # "Cloudwatt only ever had one CEO": every holder of any time is in question
    dated = {point_of(m.claim, m.keys) for m in matches if m.relation and _dated(m.claim)}
    return [m for m in matches if not (
        m.relation == "contradicts" and point_of(m.claim, m.keys) in supported
        and (validity(m.claim) is not None or database.properties[m.claim.property].periodic
             and point_of(m.claim, m.keys) in dated))]


def _dated(claim: Claim) -> bool:
    return claim.period is not None or validity(claim) is not None or any(
        isinstance(claim.qualifiers.get(name), TimeSpan) for name in ("date", "stated"))


def _one_period_only(statement: Statement, speaking: list[ClaimMatch], matches: list[ClaimMatch]) -> list[ClaimMatch]:
    """A statement that names no period contradicts a periodic figure only
    when the database has that figure for one period: "Cloudwatt's revenue
    was €500m" may mean any year when the sources give 2014 and 2017."""
    def compatible(match: ClaimMatch) -> bool:
        wanted = statement.status
        return wanted is None or (wanted == "actual") == (match.claim.status == "actual")

    def periods(match: ClaimMatch) -> set:
        return {(m.claim.period.start, m.claim.period.end) for m in matches
                if m.claim.period and m.claim.property == match.claim.property
                and set(m.keys) == set(match.keys) and compatible(m)}

    return [m for m in speaking if not (
        m.relation == "contradicts" and m.period == "unspecified" and len(periods(m)) > 1)]


def _without_coarser_support(matches: list[ClaimMatch]) -> list[ClaimMatch]:
    """"Launched in January 2012": a source's "2012" holds the month without confirming it, and
    another's September 2012 contradicts it. The sources do not disagree: the coarser only says less."""
    def coarser(match: ClaimMatch) -> bool:
        agreeing = [c for c in match.comparisons if c.agrees and isinstance(c.value, TimeSpan)]
        return match.relation == "supports" and bool(agreeing) and all(c.within for c in agreeing)

    contradicted = {point_of(m.claim, m.keys) for m in matches if m.relation == "contradicts" and any(
        not c.agrees and isinstance(c.value, TimeSpan) for c in m.comparisons)}
    return [m for m in matches if not (coarser(m) and point_of(m.claim, m.keys) in contradicted)]


def _explain_away(statement: Statement, matches: list[ClaimMatch]) -> list[ClaimMatch]:
    """Drop a contradiction whose disagreeing value a supported claim of
    another point accounts for: in "Cloudwatt ... (eNovance, racheté par Red
    Hat)" eNovance and Red Hat are the bought and the buyer of a supported
    claim, not a rival buyer of Cloudwatt; in "En octobre 2013, avant son
    offre IaaS, Cloudwatt lançait la Cloudwatt Box" October 2013 is the Box's
    launch, which agrees, not the IaaS offer's. A nationality glued to the
    claim's subject is said of it whatever else it matches: "in talks with the
    German operator Green.ch" makes Green.ch German."""
    def point(match: ClaimMatch) -> tuple:
        return point_of(match.claim, match.keys)

    kept = []
    for match in matches:
        # (A claim the statement names only in part, "the two companies were launched in 2014" for the IaaS
        # launch, explains nothing away.)
        # (Nor one of a name coordinated with the subject, of the same property: in "SFR and Bull were both
        # bought by Altice" Altice is said of Bull too.)
        others = [other for other in matches if other.relation == "supports" and point(other) != point(match)
                  and (other.complete_keys or not match.complete_keys)
                  and not _coordinated_subjects(statement, match, other)]
        named = {span for other in others for span in other.highlights}
        # A date another claim gives exactly (not one it merely contains).
        dated = {c.span for other in others for c in other.comparisons
                 if c.agrees and not c.within and isinstance(c.value, TimeSpan)}
        disagreeing = [c for c in match.comparisons if not c.agrees]
        # A claim of the same point agreeing makes it a dispute, which stays.
        disputed = any(other.relation == "supports" and point(other) == point(match) for other in matches)
        said_of_subject = any(n.holder == match.claim.subject and n.start <= c.span[0] and c.span[1] <= n.end
                              for c in disagreeing for n in statement.nationalities)
        if match.relation == "contradicts" and disagreeing and not disputed and not said_of_subject and all(
                isinstance(c.value, TimeSpan) and c.span in dated
                or isinstance(c.value, EntityRef) and not c.reversed  # names in each other's roles stay wrong
                and any(a <= c.span[0] and c.span[1] <= b for a, b in named)
                for c in disagreeing):
            continue
        kept.append(match)
    return kept


def _coordinated_subjects(statement: Statement, match: ClaimMatch, other: ClaimMatch) -> bool:
    """Two claims of one property whose subjects the statement names side by side ("SFR and Bull") before
    the value it contradicts."""
    if match.claim.property != other.claim.property or match.claim.subject == other.claim.subject:
        return False
    # (Joined before the value: "rapprocher Cloudwatt et Numergy" after « le rachat de Cloudwatt par Orange »
    # is no subject of that buyer.)
    value_at = min((c.span[0] for c in match.comparisons if not c.agrees), default=0)
    pairs = [(a, b) for group in statement.groups for a in group for b in group
             if a.end <= b.start and b.end <= value_at and {a.entity, b.entity} == {match.claim.subject,
                                                                                  other.claim.subject}]
    return any(_CONJUNCTION.fullmatch(statement.text, a.end, b.start) for a, b in pairs)


# "SFR and Bull", « SFR et Bull », "neither SFR nor Bull": two names joined, not a comma after an opening phrase.
_CONJUNCTION = re.compile(r"(?i)[^\S\n]{1,3}(?:and|et|&|nor|ni)[^\S\n]{1,3}")


def _confidence(matches: list[ClaimMatch]) -> float:
    best = max(matches, key=lambda m: m.strength)
    fuzzy_penalty = 0.1 if any("spelling" in c for c in best.caveats) else 0.0
    return 0.5 + 0.1 * best.strength - fuzzy_penalty


def _unverified(statement: Statement, matches: list[ClaimMatch], database: Database) -> Result:
    """Say what was found and why it does not settle the statement."""
    near = sorted((m for m in matches if m.blocked), key=lambda m: -m.strength)
    elsewhere = [m for m in near if m.cued and m.complete_keys and (
        m.period == "other" or m.period == "within" and database.properties[m.claim.property].cumulative)]
    this_period = [m for m in near if m.cued and m.complete_keys and m.period in ("same", "valid", "stated")]
    if this_period:
        # The fact is recorded for this very period, but as something else (a target, not a result).
        explanation = f"nearest claim {this_period[0].claim.id}: {this_period[0].explanation}"
    elif elsewhere:
        first = elsewhere[0].claim
        spans = [text for _, text in sorted({_scope(m.claim, database) for m in elsewhere
                                              if m.claim.property == first.property}) if text]
        what = f"{database.entities[first.subject].label} · {database.properties[first.property].label}"
        explanation = f"the database has {what} for other periods ({', '.join(spans)}), not this one"
    elif near and near[0].strength > 0:
        explanation = f"nearest claim {near[0].claim.id}: {near[0].explanation}"
    elif not statement.entities:
        explanation = "no known entity in the statement; nothing in the database settles it"
    elif matches:
        explanation = "the database has claims about these entities, but none on this point"
    else:
        explanation = "nothing in the database is about this"
    return Result(
        statement=statement.text,
        verdict="unverified",
        confidence=0.6 if not matches else 0.5,
        explanation=_sentence(explanation),
        highlights=tuple((m.start, m.end) for m in statement.entities),
    )


def _scope(claim: Claim, database: Database) -> tuple:
    """When a claim holds, as (sort key, text)."""
    span = claim.period or validity(claim)
    if span is None:
        for reference in claim.references:
            date = database.sources[reference.source].date
            if date:
                return (date[:4], date[:4])
        return ("", "")
    return (span.start.isoformat(), format_time(span))


def _evidence(match: ClaimMatch, database: Database) -> list[Evidence]:
    items = []
    for reference in match.claim.references:
        source = database.sources[reference.source]
        items.append(Evidence(
            relation=match.relation or "supports",
            claim_id=match.claim.id,
            quote=reference.quote,
            source=SourceInfo(
                id=source.id, title=source.title, date=source.date, publisher=source.publisher,
                url=source.url, line=reference.line, start=reference.start, end=reference.end,
            ),
            explanation=match.explanation,
            highlights=quote_spans(reference.quote, match),
            note="; ".join(n for n in (reference.note, match.claim.note) if n) or None,
        ))
    return items


def quote_spans(quote: str, match: ClaimMatch) -> tuple[tuple[int, int], ...]:
    """Where the quote states the figures and dates the comparison used."""
    from .extract.quantities import find_quantities
    from .extract.times import find_times

    values = [c.value for c in match.comparisons]
    times = find_times(quote)
    spans = [(t.start, t.end) for t in times
             if any(isinstance(v, TimeSpan) and times_agree(v, t.span) for v in values)]
    for mention in find_quantities(quote, skip=[(t.start, t.end) for t in times]):
        if any(isinstance(v, Quantity) and units_compatible(v, mention.quantity)
               and quantities_agree(v, mention.quantity) for v in values):
            spans.append((mention.start, mention.end))
    return tuple(sorted(spans))


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
