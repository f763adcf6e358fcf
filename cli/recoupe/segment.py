"""Sentences in French and English prose, and the claims inside a sentence.

`SentenceSplitter` is incremental: feed it text as it arrives and it hands
back every sentence whose end it can already decide, keeping only the
unfinished tail. Offsets are character offsets in the concatenation of
everything fed, so a caller streaming a 100 MB input holds one sentence at
a time, never the input.

A sentence ends at `.`, `!`, `?`, `…` or `...` (plus any closing quotes or
brackets after it) when the next word starts like a sentence: a capital, a
digit or an opening quote. So decimals (`13.5`, `33,3 %`), abbreviations
(`M. Renard`, `Dr. Smith`, `St. Louis`, `cf. p. 3`), initials (`J. K.`),
ellipses inside a sentence (`[...] après`) and punctuation inside a quote
followed by lower case (`« Que faire ? » demande-t-il`) do not end one. A
blank line always does (paragraphs and headings stand alone).

`split_claims` cuts a sentence that carries several figures into one
statement per figure ("Orange held 44.4% and Thales 22.2%" →
"Orange held 44.4%", "Thales held 22.2%"), each made only of pieces of the
sentence so every character maps back to the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .extract.times import RELATIVE_PERIOD

# Closing quotes and brackets that stay with the sentence they end.
CLOSERS = "»”’\"')]}"
OPENERS = "«“‘\"'([{¿¡—–-"
DASHES = "—–-"
# Horizontal spaces, including the no-break and narrow no-break spaces of French typography.
HSPACE = " \t\u00a0\u202f\u2009\u2007\f\v"

# Abbreviations after which a full stop does not end a sentence. Titles before a
# name are matched with their capital ("M.", "Dr.", "St."; "me." ends a sentence);
# references end no sentence when a number follows ("p. 3", "n° 5", "oct. 2013");
# the rest never end one. "etc." may end a sentence, so it is in none of these.
TITLES = frozenset(
    "M MM Mme Mmes Mlle Mlles Me Mgr Dr Drs Pr Prs St Ste Sts Mr Mrs Ms Messrs Prof Gen Col Lt Sgt Capt Gov Sen Rep Hon Rev".split()
)
BEFORE_NUMBER = frozenset(
    "p pp no nos n° art chap ch sect fig figs vol vols éd ed janv févr fév avr juil sept déc jan feb mar apr jun jul aug sep oct nov dec".split()
)
NEVER_FINAL = frozenset("cf e.g i.e vs viz env approx ca resp av j.-c c.-à-d".split())
# Single letters that are initials only when upper case ("J. K. Rowling"); "m." after a
# number is a unit and may end a sentence.
INITIAL = re.compile(r"[A-ZÀ-Ý]")

TERMINAL = re.compile(r"[.!?…]+|\n[^\S\n]*\n")
WORD_BEFORE = re.compile(r"([\w°][\w.°-]*)$")

# A sentence longer than this (characters) without any end is cut at a space, so a
# stream with no punctuation cannot grow the buffer without bound.
MAX_SENTENCE = 5000


def _is_space(char: str) -> bool:
    return char.isspace() or char in HSPACE


class SentenceSplitter:
    """Incremental sentence boundaries.

    `feed`, `hard_break` and `close` return (start, end, text) for each finished
    sentence: offsets in everything fed so far, trimmed of surrounding space.
    """

    def __init__(self, max_sentence: int = MAX_SENTENCE) -> None:
        self.buffer = ""
        self.base = 0  # offset of buffer[0] in everything fed
        self.scan_from = 0  # buffer index where the next terminal search starts
        self.max_sentence = max_sentence

    def feed(self, text: str) -> list[tuple[int, int, str]]:
        self.buffer += text
        return self._scan(final=False)

    def close(self) -> list[tuple[int, int, str]]:
        return self.hard_break()

    def hard_break(self) -> list[tuple[int, int, str]]:
        """End the current sentence here whatever follows (a block boundary)."""
        spans = self._scan(final=True)
        tail = self._trimmed(0, len(self.buffer))
        if tail:
            spans.append(tail)
        self.base += len(self.buffer)
        self.buffer = ""
        self.scan_from = 0
        return spans

    @property
    def pending(self) -> int:
        """Offset (in everything fed) of the first character not yet in a sentence."""
        return self.base

    def _trimmed(self, start: int, end: int) -> tuple[int, int, str] | None:
        text = self.buffer
        while start < end and _is_space(text[start]):
            start += 1
        while end > start and _is_space(text[end - 1]):
            end -= 1
        if start >= end:
            return None
        return self.base + start, self.base + end, text[start:end]

    def _scan(self, final: bool) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        text = self.buffer
        sentence_start = 0
        position = self.scan_from
        while True:
            match = TERMINAL.search(text, position)
            if match is None:
                break
            decision = _decide(text, match.start(), match.end(), final)
            if decision is None:  # needs text not yet fed
                break
            position = match.end()
            if decision < 0:
                continue
            span = self._trimmed(sentence_start, decision)
            if span:
                spans.append(span)
            sentence_start = decision
        # Bound the buffer: cut an endless sentence at its last space.
        while len(text) - sentence_start > self.max_sentence:
            limit = sentence_start + self.max_sentence
            cut = max(text.rfind(" ", sentence_start + 1, limit), text.rfind("\n", sentence_start + 1, limit))
            if cut <= sentence_start:
                cut = limit
            span = self._trimmed(sentence_start, cut)
            if span:
                spans.append(span)
            sentence_start = cut
            position = max(position, cut)
        if sentence_start:
            self.buffer = text[sentence_start:]
            self.base += sentence_start
            position -= sentence_start
        self.scan_from = max(position, 0)
        return spans


def _decide(text: str, start: int, end: int, final: bool) -> int | None:
    """Where the sentence ends for the terminal run text[start:end]; -1 if it does not; None if undecidable yet."""
    run = text[start:end]
    if run[0] == "\n":
        return start  # blank line
    size = len(text)
    # Closing quotes and brackets after the punctuation belong to this sentence
    # ("d'être. »", "public »...", 'said "no."').
    close = end
    cursor = end
    while cursor < size:
        char = text[cursor]
        if char in HSPACE:
            cursor += 1
            continue
        if char in "»”)]}" or (char in "\"'’" and (cursor + 1 >= size or _is_space(text[cursor + 1]) or text[cursor + 1] in ".,;:!?»)")):
            if char in "\"'’" and cursor + 1 >= size and not final:
                return None
            cursor += 1
            close = cursor
            continue
        break
    if close == size and not final:
        return None
    # Something glued to the punctuation: "13.5", "e.g.", "www.x.fr", "J.-C.", "3.-4."
    if close < size and not _is_space(text[close]):
        return -1
    # The next word, across spaces and single line ends.
    nxt = close
    while nxt < size and _is_space(text[nxt]):
        if text[nxt] == "\n":
            after = nxt + 1
            while after < size and text[after] in HSPACE or (after < size and text[after] == "\r"):
                after += 1
            if after < size and text[after] == "\n":
                return close  # blank line right after the punctuation
        nxt += 1
    if nxt >= size:
        return close if final else None
    following = text[nxt]
    starts_sentence = following.isupper() or following.isdigit() or following in OPENERS
    if following in DASHES:
        # "une offre – gratuite qui plus est ! – de stockage": a dash before a
        # lowercase word closes an aside; before anything else it opens a line.
        after = nxt + 1
        while after < size and text[after] in HSPACE:
            after += 1
        if after >= size:
            return close if final else None
        starts_sentence = not text[after].islower()
    if run in ("...", "…", "....") or (run.startswith(".") and len(run) >= 3):
        # "[...]" and "(…)" mark a cut inside a quote, not an end.
        if start > 0 and text[start - 1] in "[(" and close > end and text[end] in ")]":
            return -1
        return close if starts_sentence else -1
    if run == ".":
        word_match = WORD_BEFORE.search(text, max(0, start - 40), start)
        word = word_match.group(1) if word_match else ""
        if word:
            if len(word) == 1 and INITIAL.match(word):
                return -1  # an initial or "M."
            lowered = word.lower()
            if word in TITLES or lowered in NEVER_FINAL:
                return -1
            if lowered in BEFORE_NUMBER and following.isdigit():
                return -1
            if "." in word and len(word) <= 6 and word.replace(".", "").replace("-", "").isalpha():
                return -1  # "U.S.", "J.-C.": dotted abbreviations
    return close if starts_sentence else -1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """All sentence spans of a whole text."""
    splitter = SentenceSplitter()
    spans = splitter.feed(text)
    spans.extend(splitter.close())
    return [(start, end) for start, end, _ in spans]


# --- claims inside a sentence -------------------------------------------------

# A figure: a number (with French or English separators), optionally a percentage or amount.
# "€75m", "2M€", "1.5bn": a multiplier may be glued to it.
VALUE = re.compile(r"(?<![\w.,/])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?:bn|mn|Mds?|[kKmMbB])?(?![\w/])"
                   r"|(?<![\w.,/])\d+(?:[.,]\d+)?(?:bn|mn|Mds?|[kKmMbB])?(?![\w/]|[.,]\d)")
YEAR = re.compile(r"(?:19|20)\d\d")
# Where a sentence may be cut between two claims. A bare comma cuts only between two
# parts that each hold a figure other than a year ("En 2012, Orange détenait 44 %" is one claim).
STRONG_CUT = re.compile(
    # Whitespace before the cut is bounded so a long run of spaces costs linear time, not quadratic.
    r"\s{0,64}(?:;|→|->|⇒|\|)\s*|,?\s{1,64}(?:(?:et|and|ainsi que|tandis que|alors que|whereas|while|mais|but|just as"
    r"|tout comme|de même que)\s+|(?:tandis|alors)\s+qu['’])",
    re.IGNORECASE,
)
# "for a while", "a little while": a noun, no "while" that joins two clauses.
_WHILE_NOUN = re.compile(r"(?i)\b(?:a|the|little)\s{1,8}while\b")
# "entre 2018 et 2020", "between 10 and 15 %": the `et`/`and` closes a range.
RANGE_OPENING = re.compile(r"\b(?:entre|between|btw)\s+\S+(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
COMMA_CUT = re.compile(r",\s+")
# " — une entreprise de sécurité, comme Thalès chez Cloudwatt — ": an aside set off by
# dashes, cut nowhere inside (spaces around each dash tell it from a range, 2013–2014).
DASH_ASIDE = r"[^\S\n][—–][^\S\n][^—–\n|;]{1,160}?[^\S\n][—–](?=[^\S\n])"
# ", and", « , et »: a comma before them may join two clauses, each with its own subject.
CLAUSE_COORDINATIONS = (", and", ", et", ", but", ", mais", ", while", ", whereas", ", tandis que", ", alors que",
                        ", tandis qu'", ", tandis qu’", ", alors qu'", ", alors qu’", ", just as", ", tout comme",
                        ", de même que")
CLAUSE_TOKENS = 3
NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*")
NAME_JOINERS = frozenset("de des du d' la le les l' of the & et and".split())
# Words that open a noun phrase or an adverbial rather than a verb. A part after
# "et"/"and" that starts with none of these and no figure or name starts with its
# verb ("…, et s'appuie sur 130 partenaires"): its subject is the previous part's.
# French "a" is left out of the verbs: it is also the English article.
PHRASE_OPENERS = frozenset("""
    un une des du de d' le la les l' au aux à a en dans sur sous par pour avec sans chez vers entre contre
    près plus moins environ quelque quelques presque déjà encore seulement aussi même tout toute tous toutes
    chaque son sa ses leur leurs ce cet cette ces notre nos votre vos selon depuis après avant dès jusqu'
    an the of in on at to for with by from into about around nearly almost over under more less than some
    its their his her our your this that these those each every any no only also even just already since
    after before until according
""".split())
TOKEN = re.compile(r"[^\s\u00a0\u202f]+")


@dataclass(frozen=True)
class ClaimSpan:
    """One claim of a sentence: `pieces` are sentence spans that, joined by spaces, make its statement."""

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    item: bool = False  # an item of notes under a heading: it says all it says on its own
    change_end: bool = False  # one end of a change between two figures: read without the verb of change

    def statement(self, sentence: str) -> str:
        return " ".join(sentence[a:b] for a, b in self.pieces)

    def to_sentence_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Map a span of `statement()` to spans of the sentence (one per piece it touches)."""
        spans = []
        cursor = 0
        for a, b in self.pieces:
            length = b - a
            low, high = max(start, cursor), min(end, cursor + length)
            if high > low:
                spans.append((a + low - cursor, a + high - cursor))
            cursor += length + 1
        return spans


def _values(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, is_year) of every figure in text[start:end]."""
    found = []
    for match in VALUE.finditer(text, start, len(text) if end is None else end):
        found.append((match.start(), match.end(), bool(YEAR.fullmatch(match.group()))))
    return found


# "… and then joined forces with SFR", « … puis s'est allié à SFR »: what came next, read with what came before.
_THEN_OPENING = re.compile(r"[^\S\n]*(?:then|afterwards|puis|ensuite)(?!\w)", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?i)(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|"
                          r"quatre|cinq|sept|huit|neuf|dix|onze|douze)(?!\w)")


def split_claims(sentence: str, clauses: bool = False) -> list[ClaimSpan]:
    """Cut a sentence with several figures into one statement per figure.

    Cuts fall only at a coordination (`;`, `et`/`and`, `ainsi que`,
    `tandis que`, `while` …) with a figure on both sides, or at a comma with
    a figure other than a year on both sides; a sentence with at most one
    figure is one claim. A later part that gapped the verb ("…, and Thales
    22.2%") borrows it from the first part: "Thales held 22.2%". A part inside
    parentheses ("la Caisse des Dépôts (33,3 % et 33 %)") is given the words
    before the parenthesis. Notes under a heading ("Numergy : créée en 2012 ;
    actionnaires SFR et Bull") are one claim per item, each with the heading
    (`_fact_sheet`). With `clauses`, a part that starts with its verb
    after "et"/"and" is cut off whatever figures the two hold ("Starck ran
    Cloudwatt for a year and a half and was replaced by Renard").
    """
    whole = ClaimSpan(0, len(sentence), ((0, len(sentence)),))
    paired = _respectively(sentence) or _gapped_agent(sentence) or _fact_sheet(sentence) or _from_to(sentence)
    if paired:
        return paired
    values = _values(sentence)
    if len(values) < 2 and not clauses:
        return [whole]
    nouns = [m.span() for m in _WHILE_NOUN.finditer(sentence)]
    cuts = [(m.start(), m.end(), "strong") for m in STRONG_CUT.finditer(sentence)
            if not RANGE_OPENING.search(sentence, max(0, m.start() - 40), m.start())
            and not any(a <= m.start() < b for a, b in nouns)]
    asides = [m.span() for m in re.finditer(DASH_ASIDE, sentence)]
    cuts = [cut for cut in cuts if not any(a < cut[0] < b for a, b in asides)]
    taken = [(a, b) for a, b, _ in cuts]
    for match in COMMA_CUT.finditer(sentence):
        if not any(a <= match.start() < b for a, b in (*taken, *asides)):
            cuts.append((match.start(), match.end(), "comma"))
    cuts.sort()
    parts: list[tuple[int, int, str]] = []
    cursor, kind = 0, "start"
    for cut_start, cut_end, cut_kind in cuts:
        if cut_start < cursor:
            continue
        parts.append((cursor, cut_start, kind))
        cursor, kind = cut_end, cut_kind
    parts.append((cursor, len(sentence), kind))

    def figures(a: int, b: int, years: bool) -> bool:
        return any(a <= start and end <= b and (years or not is_year) for start, end, is_year in values)

    merged: list[list[int]] = []
    for a, b, cut_kind in parts:
        if merged:
            previous = merged[-1]
            years = cut_kind == "strong"
            clause = clauses and cut_kind == "strong" and (
                _opens_verb_phrase(sentence, a, b) or _names_both_sides(sentence, previous[0], a, b))
            # A part dated from the one before ("… in 2015 and expected to turn a profit the
            # following year") is not cut from it.
            # ("… and then joined forces with SFR": what came next, read with what came before; not a
            # figure of its own, "and then three months testing it".)
            then = _THEN_OPENING.match(sentence, a) and not figures(a, b, True) and not _NUMBER_WORD.search(
                sentence, a, b)
            if RELATIVE_PERIOD.search(sentence, a, b) or then or not clause and not (
                    figures(previous[0], previous[1], years) and figures(a, b, years)
                    and _starts_claim(sentence, previous, a, b, cut_kind)):
                previous[1] = b
                continue
        merged.append([a, b])
    if len(merged) < 2:
        return [whole]
    claims: list[ClaimSpan] = []
    first = _strip_span(sentence, *merged[0])
    heading = _heading(sentence, *first)
    for index, (a, b) in enumerate(merged):
        b = _close_of_enclosing(sentence, a, b)
        a, b = _strip_span(sentence, a, b)
        if b <= a:
            continue
        pieces: list[tuple[int, int]] = [(a, b)]
        if index > 0:
            head = _parenthesis_head(sentence, a)
            if head is not None:
                pieces = [head, (a, b)]
            else:
                frame = _gapped_verb(sentence, first, (a, b))
                subject = _shared_subject(sentence, first) if _starts_with_verb(sentence, a, b) else None
                if frame is not None:
                    subject_end, verb = frame
                    pieces = [p for p in ((a, subject_end), verb, (subject_end, b)) if p[1] > p[0]]
                elif subject is not None:
                    pieces = [subject, (a, b)]
                if heading is not None:
                    pieces = [heading, *pieces]
        claims.append(ClaimSpan(a, b, tuple(_trim(sentence, x, y) for x, y in pieces)))
    return claims if len(claims) > 1 else [whole]


_RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b", re.IGNORECASE)
_AND = re.compile(r"\s{1,64}(?:et|and)\s{1,64}", re.IGNORECASE)  # bounded: linear on long runs of spaces
_LINK = re.compile(r"(?:\b(?:de|du|des|of|at|chez|for|pour)\b(?:\s{1,8}the\b)?|\bd['’])\s{0,8}", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:.()«»]")
_FIGURE = r"(?:[€$]\s?)?\d+(?:[.,]\d+)?(?:\s?(?:%|€|[kKM]€|Md€|bn\b|m\b|millions?\b|milliards?\b|billion\b))?"
_FIGURE_PAIR = re.compile(rf"(?<![\w.,€$])(?P<c>{_FIGURE})\s{{1,8}}(?:et|and)\s{{1,8}}(?P<d>{_FIGURE})")
_Span = tuple[int, int]


def _respectively(sentence: str) -> list[ClaimSpan]:
    """"Tavernier et Starck, respectivement présidents de Numergy et de Cloudwatt",
    "Orange and Thales held 44.4% and 22.2% of Cloudwatt respectively": one
    claim per pair, in order (Tavernier of Numergy, Starck of Cloudwatt),
    each with what the sentence says before and after the pairs."""
    word = _RESPECTIVELY.search(sentence)
    found = word and (_respective_titles(sentence, word) or _respective_figures(sentence, word)
                      or _respective_parties(sentence, word))
    if not found:
        return []
    (a, b), title, (c, d) = found
    titles = title if isinstance(title[0], tuple) else (title,)
    rest = (d[1], len(sentence))
    claims = []
    for prefix, name, other in (((0, a[0]), a, c), ((0, a[0]), b, d)):
        pieces = [_trim(sentence, *piece) for piece in (prefix, name, *titles, other, rest)]
        claims.append(ClaimSpan(name[0], other[1], tuple(piece for piece in pieces if piece[1] > piece[0])))
    return claims


# "Numergy : créée en 2012 ; actionnaires SFR et Bull", "Numergy — 130 partners / 75 M€": a heading, then items.
_SHEET_HEADING = re.compile(r"([^:;/|—–\n]{1,40}?)(?::(?!\d)|[^\S\n][—–][^\S\n])")
_SHEET_ITEM_SEPARATOR = re.compile(r"[^\S\n]{0,8}(?:;|\|)[^\S\n]{0,8}|[^\S\n]{1,8}/[^\S\n]{1,8}")


def _fact_sheet(sentence: str) -> list[ClaimSpan]:
    """A line of notes under a heading, items set apart by semicolons or spaced
    slashes: each item is a claim about the heading, figures or not ("Numergy :
    créée en 2012 ; actionnaires SFR et Thales" is two claims about Numergy)."""
    heading = _SHEET_HEADING.match(sentence)
    if heading is None or not 0 < len(heading.group(1).split()) <= MAX_HEADING_WORDS:
        return []
    if any(not is_year for _, _, is_year in _values(sentence, heading.start(1), heading.end(1))):
        return []
    name = _trim(sentence, heading.start(1), heading.end(1))
    items, cursor = [], heading.end()
    for separator in _SHEET_ITEM_SEPARATOR.finditer(sentence, heading.end()):
        if sentence.count("(", cursor, separator.start()) <= sentence.count(")", cursor, separator.start()):
            items.append(_trim(sentence, cursor, separator.start()))
            cursor = separator.end()
    items.append(_trim(sentence, cursor, len(sentence)))
    items = [item for item in items if item[1] > item[0]]
    if len(items) < 2:
        return []
    return [ClaimSpan(a, b, (name, (a, b)), item=True) for a, b in items]


# "from €2m in 2013 to €6m in 2014", « de 2 M€ sur 2013 à 6 M€ en 2014 »: a figure right after "from"
# (a few words between: "from a 47% stake"), then "to" and a figure, each with its own year.
_FROM = re.compile(r"(?i)(?<!\w)(?:from|de|d['’])(?P<gap>[^\S\n]{0,3}(?:[^\W\d_]+[^\S\n]{1,3}){0,2}[€$]?[^\S\n]?)(?=\d)")
_TO = re.compile(r"(?i)(?<!\w)(?:to|à)(?P<gap>[^\S\n]{1,3}(?:[^\W\d_]+[^\S\n]{1,3}){0,2}[€$]?[^\S\n]?)(?=\d)")
_FROM_TO_END = re.compile(r"[,;:!?()]|\.(?!\d)")


def _from_to(sentence: str) -> list[ClaimSpan]:
    """A change between two figures of two periods ("Numergy's revenue rose from €2m
    in 2013 to €6m in 2014"): two claims, the sentence's opening with each figure
    and its period. A change with one period or none ("from 44.4% to 100% in 2015")
    stays whole: the figures are then the change's two ends."""
    values = _values(sentence)
    for opening in _FROM.finditer(sentence):
        first = next((v for v in values if v[0] == opening.end()), None)
        if first is None or first[2]:
            continue
        bound = _FROM_TO_END.search(sentence, first[1])
        to = next(_TO.finditer(sentence, first[1], bound.start() if bound else len(sentence)), None)
        second = to and next((v for v in values if v[0] == to.end()), None)
        if second is None or second[2]:
            continue
        bound = _FROM_TO_END.search(sentence, second[1])
        end = bound.start() if bound else len(sentence)
        if not any(v[2] for v in values if first[1] <= v[0] < to.start()) or not any(
                v[2] for v in values if second[1] <= v[0] < end):
            continue
        prefix = _trim(sentence, 0, opening.start())
        rest = _trim(sentence, end, len(sentence))
        claims = []
        for a, b in ((opening.start("gap"), to.start()), (to.start("gap"), end)):
            a, b = _trim(sentence, a, b)
            claims.append(ClaimSpan(a, b, tuple(p for p in (prefix, (a, b), rest) if p[1] > p[0]), change_end=True))
        return claims
    return []


_NAME_RUN = r"[A-ZÀ-Ý][\w'’.&-]{0,40}(?:[^\S\n]{1,4}[A-ZÀ-Ý][\w'’.&-]{0,40}){0,3}"
_LEADING_NAME = re.compile(rf"[\s«\"“]{{0,4}}{_NAME_RUN}")
# "Cloudwatt was created by Orange and Thales, Numergy by SFR and Bull", "Cloudwatt came out of Orange and
# Thales, Numergy out of SFR and Bull": the second clause gaps the verb, the same link word after its subject.
_GAPPED_LINK = r"by|par|out[^\S\n]of|from|with|avec"
_GAPPED_AGENT_CLAUSE = re.compile(
    rf"[^\S\n](?P<by>{_GAPPED_LINK})[^\S\n][^,;:()]{{1,120}},[^\S\n]{{0,4}}(?:(?:and|et)[^\S\n]{{1,4}})?"
    rf"(?P<subject>{_NAME_RUN})[^\S\n]{{1,4}}(?P<second>{_GAPPED_LINK})[^\S\n]")


def _gapped_agent(sentence: str) -> list[ClaimSpan]:
    """"Cloudwatt was created by Orange and Thales, Numergy by SFR and Bull": two claims, the
    second with the first's verb ("Numergy was created by SFR and Bull")."""
    found = _GAPPED_AGENT_CLAUSE.search(sentence)
    subject = _LEADING_NAME.match(sentence)
    if found is None or subject is None or found["by"].lower() != found["second"].lower():
        return []
    comma = sentence.rfind(",", 0, found.start("subject"))
    first = _trim(sentence, 0, comma)
    verb = _trim(sentence, subject.end(), found.start("by"))
    if verb[1] <= verb[0]:
        return []
    second_subject = (found.start("subject"), found.end("subject"))
    rest = _trim(sentence, found.start("second"), len(sentence))
    return [ClaimSpan(first[0], first[1], (first,)),
            ClaimSpan(second_subject[0], rest[1], (second_subject, verb, rest))]


def _pair(text: str, low: int, high: int) -> Optional[tuple[_Span, _Span]]:
    """The two sides of the last "et" / "and" between `low` and `high`, both with words."""
    joins = list(_AND.finditer(text, low, high))
    if not joins:
        return None
    first, second = _trim(text, low, joins[-1].start()), _trim(text, joins[-1].end(), high)
    return (first, second) if first[1] > first[0] and second[1] > second[0] else None


def _clause_start(text: str, end: int) -> int:
    return max((m.end() for m in _BOUNDARY.finditer(text, 0, end)), default=0)


def _respective_titles(text: str, word: re.Match) -> Optional[tuple]:
    """"A et B, respectivement T de C et de D" or "A and B, T of C and D(,) respectively"."""
    before = text[:word.start()].rstrip()
    if before.endswith(","):  # the title after the word
        comma = len(before) - 1
        low, high = word.end(), next((m.start() for m in _BOUNDARY.finditer(text, word.end())), len(text))
    else:  # the title before it
        high = len(before.rstrip(","))
        low = _clause_start(text, high)
        comma = low - 1
        if comma < 0 or text[comma] != ",":
            return None
    names = _pair(text, _clause_start(text, comma), comma)
    objects = _pair(text, low, high)
    if names is None or objects is None:
        return None
    links = list(_LINK.finditer(text, objects[0][0], objects[0][1]))
    if not links:
        return None
    title, c = (objects[0][0], links[-1].end()), (links[-1].end(), objects[0][1])
    link = _LINK.match(text, objects[1][0])
    d = (link.end(), objects[1][1]) if link else objects[1]
    return (names, title, (c, d)) if c[1] > c[0] and d[1] > d[0] else None


def _respective_figures(text: str, word: re.Match) -> Optional[tuple]:
    """"A et B détiennent respectivement X et Y de C", "A and B held X and Y of C respectively"."""
    figures = _FIGURE_PAIR.search(text, word.end()) or next(
        reversed(list(_FIGURE_PAIR.finditer(text, 0, word.start()))), None)
    if figures is None:
        return None
    low = _clause_start(text, figures.start())
    verb_end = figures.start()
    verb_start = _verb_start(text, low, verb_end)
    names = _pair(text, low, verb_start)
    if names is None or verb_start == verb_end:
        return None
    return names, _trim(text, verb_start, verb_end), (figures.span("c"), figures.span("d"))


def _verb_start(text: str, low: int, end: int) -> int:
    """Where the words before `end` that follow the last name begin (the names' verb: "held", « ont été rachetés »)."""
    start = end
    for token in reversed(list(re.finditer(r"[^\W\d_][\w'’-]*", text[low:end]))):
        if token.group()[0].isupper():
            break
        start = low + token.start()
    return start


# The word that links a verb to its other party: "bought by", « rachetés par », "sold to".
_PARTY_LINK = re.compile(r"(?i)(?<!\w)(?:by|par|to|à|from|with|avec|into)[^\S\n]+")


def _respective_parties(text: str, word: re.Match) -> Optional[tuple]:
    """"A and B were bought by C and D, respectively", « A et B ont été rachetés respectivement par C
    et D »: the verb, without the word, links each name to its party."""
    after = _PARTY_LINK.match(text, _trim(text, word.end(), len(text))[0])
    if after is not None:
        low = after.end()
        high = next((m.start() for m in _BOUNDARY.finditer(text, low)), len(text))
        verb_end, link = word.start(), (after.start(), after.end())
    else:
        high = len(text[:word.start()].rstrip().rstrip(","))
        links = list(_PARTY_LINK.finditer(text, _clause_start(text, high), high))
        if not links:
            return None
        low = links[-1].end()
        verb_end, link = links[-1].end(), None
    parties = _pair(text, low, high)
    clause = _clause_start(text, verb_end if after is not None else links[-1].start())
    verb_start = _verb_start(text, clause, verb_end)
    names = _pair(text, clause, verb_start)
    if parties is None or names is None or verb_start == verb_end:
        return None
    verb = _trim(text, verb_start, verb_end if after is not None else parties[0][0])
    return names, ((verb, link) if link else (verb,)), parties


# A note's heading: a few words and a colon before its first figure ("Cloudwatt :", "Capital de Numergy :").
HEADING = re.compile(r"([^:\n]{1,40}):(?!\d)")
MAX_HEADING_WORDS = 5


def _heading(sentence: str, a: int, b: int) -> tuple[int, int] | None:
    """The heading of a note of several figures, which each later figure is
    said under: "Cloudwatt : Orange 44,4 %, Thalès 22,2 %" gives Thalès's
    22,2 % of Cloudwatt. Years may date it ("2013 :"); other figures may not."""
    match = HEADING.match(sentence, a, b)
    if match is None or not 0 < len(match.group(1).split()) <= MAX_HEADING_WORDS:
        return None
    if any(not is_year for _, _, is_year in _values(sentence, match.start(1), match.end(1))):
        return None
    return _trim(sentence, match.start(1), match.end())


def _close_of_enclosing(text: str, a: int, b: int) -> int:
    """A part that starts inside parentheses ends where they close."""
    depth = 0
    for index in range(a, b):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth < 0:
                return index + 1
    return b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and _is_space(text[a]):
        a += 1
    while b > a and _is_space(text[b - 1]):
        b -= 1
    return a, b


def _starts_claim(sentence: str, previous: list[int], a: int, b: int, cut_kind: str) -> bool:
    """Whether the part at `a` is a claim of its own rather than more of the previous one.

    It is when it names a new subject early ("Thales 22 %", "devant la Caisse des
    Dépôts (33,3 %"), when it is a bare figure after "et"/"and"/";" ("33,3 % et
    33 %"), or when the previous part closed a parenthesis. "…, avec 10 % de part
    de marché" goes on with the previous claim's subject.
    """
    tokens = [m.group() for m in TOKEN.finditer(sentence, a, b)][:3]
    if not tokens:
        return False
    if any(_is_name(token.strip("«»“”\"'(),;:")) for token in tokens):
        return True
    if cut_kind == "strong" and (tokens[0][0].isdigit() or tokens[0][0] == "(" or _starts_with_verb(sentence, a, b)):
        return True
    before = sentence[previous[0]:previous[1]].rstrip()
    return before.endswith(")")


def _starts_with_verb(sentence: str, a: int, b: int) -> bool:
    """"s'appuie sur 130 partenaires", "holds a third": a lowercase first word that opens no phrase."""
    match = TOKEN.search(sentence, a, b)
    if match is None:
        return False
    word = match.group().strip("«»“”\"(),;:").lower().replace("’", "'")
    if not word or not word[0].isalpha() or not match.group()[0].islower():
        return False
    elided = word[:2] if len(word) > 2 and word[1] == "'" else None
    if elided is not None:
        return elided in ("s'", "n'", "c'")
    return word not in PHRASE_OPENERS


# Words that surely open a verb phrase (an auxiliary, a past participle in
# -ed): without figures on both sides, "and" is cut only before one of these,
# not before a noun ("marketing and communications director").
AUXILIARIES = frozenset("""
    was were is are has had have will would did does can could should then later also
    est était étaient sont ont avait avaient fut furent sera seront va doit devait
""".split())


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:whose|which|who|qui|dont|que|qu['’]|lequel|laquelle)\b", re.IGNORECASE)


def _opens_verb_phrase(sentence: str, a: int, b: int) -> bool:
    match = TOKEN.search(sentence, a, b)
    if match is None or not _starts_with_verb(sentence, a, b):
        return False
    word = match.group().lower().replace("’", "'")
    return word in AUXILIARIES or word[:2] in ("s'", "n'") or (len(word) > 4 and word.endswith("ed"))


def _shared_subject(sentence: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the first part, for a later part that starts with its verb:
    the first run of names (with its article) not set off by a comma, before the
    part's first figure other than a year ("Selon Cacheux, Numergy a fait…" → "Numergy")."""
    limit = next((start for start, _, is_year in _values(sentence, *first) if not is_year), first[1])
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(sentence, first[0], limit)]
    index = 0
    while index < len(tokens):
        a, b = tokens[index]
        word = sentence[a:b].rstrip(",;:")
        if not _is_name(word) or word.lower() in PHRASE_OPENERS:
            index += 1
            continue
        end = index
        while (end + 1 < len(tokens) and sentence[tokens[end][0]:tokens[end][1]][-1] not in ",;:"
               and (_is_name(sentence[tokens[end + 1][0]:tokens[end + 1][1]])
                    or sentence[tokens[end + 1][0]:tokens[end + 1][1]].lower() in NAME_JOINERS)):
            end += 1
        while end > index and sentence[tokens[end][0]:tokens[end][1]].lower() in NAME_JOINERS:
            end -= 1
        run_end = tokens[end][1]
        subject_end = run_end - 1 if sentence[run_end - 1] in ",;:" else run_end
        opens = index == 0 or index == 1 and sentence[tokens[0][0]:tokens[0][1]].lower() in ("la", "le", "les", "l'", "the")
        if (sentence[run_end - 1] in ",;:" or (run_end < len(sentence) and sentence[run_end] in ",;:")) and not (
                opens or _RELATIVE_AFTER.match(sentence, subject_end)):
            # "Selon Cacheux, Numergy…"; but a name that opens the sentence, or
            # one followed by "whose"/« qui », is the subject of its aside.
            index = end + 1
            continue
        start = a
        if index > 0 and sentence[tokens[index - 1][0]:tokens[index - 1][1]].lower() in ("la", "le", "les", "l'", "the"):
            start = tokens[index - 1][0]
        return start, subject_end
    return None


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (_is_space(text[a]) or text[a] in ",;"):
        a += 1
    while b > a and (_is_space(text[b - 1]) or text[b - 1] in ",;.!?…"):
        b -= 1
    # Keep a bracket only when the part holds its partner.
    if b > a and text[b - 1] == ")" and text.count("(", a, b) < text.count(")", a, b):
        b -= 1
        while b > a and _is_space(text[b - 1]):
            b -= 1
    if b > a and text[a] == "(" and text.count(")", a, b) < text.count("(", a, b):
        a += 1
    return a, b


def _parenthesis_head(sentence: str, start: int) -> tuple[int, int] | None:
    """The words before an unclosed "(" that this part sits in, back to the previous cut."""
    depth = 0
    for index in range(start - 1, -1, -1):
        char = sentence[index]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth:
                depth -= 1
                continue
            head_start = index
            while head_start > 0 and sentence[head_start - 1] not in ",;()":
                head_start -= 1
            lead = STRONG_CUT.match(sentence, head_start)
            if lead:
                head_start = lead.end()
            head_start, head_end = _strip_span(sentence, head_start, index)
            return (head_start, head_end) if head_end > head_start else None
    return None


def _names_both_sides(sentence: str, previous_start: int, a: int, b: int) -> bool:
    """A semicolon between two parts that each open with a name: two claims
    ("Cloudwatt = Orange + Bull ; Numergy = SFR + Thalès"); or a comma before
    the coordination, between two clauses of a few words each ("SFR held more
    of Numergy than Orange held of Cloudwatt, and Bull held …"), not the last
    item of a list ("founded by Orange, Thales, and the CDC")."""
    between = sentence[previous_start:a]
    clauses = between.rstrip().endswith(CLAUSE_COORDINATIONS) and all(
        len(TOKEN.findall(sentence, start, end)) >= CLAUSE_TOKENS for start, end in ((previous_start, a), (a, b)))
    if ";" not in between and not clauses:
        return False
    opening = [TOKEN.search(sentence, _after_fronted(sentence, start, end), end) for start, end in ((previous_start, a), (a, b))]
    return all(m is not None and _is_name(m.group().rstrip(",;:")) for m in opening)


_FRONTED = re.compile(r"[^,;:]{1,40},\s+")


def _after_fronted(sentence: str, start: int, end: int) -> int:
    """Where a part's clause starts after a fronted date of a few words ("En 2015, Numergy …")."""
    fronted = _FRONTED.match(sentence, start, end)
    if fronted is None or len(TOKEN.findall(sentence, start, fronted.end())) > CLAUSE_TOKENS \
            or not any(ch.isdigit() for ch in fronted.group()):
        return start
    return fronted.end()


def _is_name(token: str) -> bool:
    return bool(NAME_WORD.fullmatch(token))


def _gapped_verb(sentence: str, first: tuple[int, int], part: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """For "Thales 22.2%" after "Orange held 44.4%": (end of "Thales", span of "held").

    The later part must be a bare name then its figure; the verb is what the first
    part has between its last name and its first figure.
    """
    part_values = _values(sentence, *part)
    first_values = _values(sentence, *first)
    if not part_values or not first_values:
        return None
    part_tokens = [(m.start(), m.end()) for m in TOKEN.finditer(sentence, part[0], part_values[0][0])]
    first_tokens = [(m.start(), m.end()) for m in TOKEN.finditer(sentence, first[0], first_values[0][0])]
    if not part_tokens or not _all_name(sentence, part_tokens):
        return None
    # The last name in the first part, then the words up to its figure.
    last_name = None
    for index, (a, b) in enumerate(first_tokens):
        if _is_name(sentence[a:b]):
            last_name = index
    if last_name is None or last_name == len(first_tokens) - 1:
        return None
    verb_tokens = first_tokens[last_name + 1:]
    if any(sentence[a:b][-1] in ",;:" for a, b in verb_tokens):
        return None
    return part_tokens[-1][1], (verb_tokens[0][0], verb_tokens[-1][1])


def _all_name(sentence: str, tokens: list[tuple[int, int]]) -> bool:
    words = [sentence[a:b] for a, b in tokens]
    if words and words[0].lower() in ("la", "le", "les", "l'", "the"):
        words = words[1:]
    if not words or not _is_name(words[0]):
        return False
    return all(_is_name(word) or word.lower() in NAME_JOINERS for word in words)
