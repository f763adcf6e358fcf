"""Finding the database's words in a statement: entity aliases and cue words.

Both come from data (entity aliases, property cues, the vocabulary file), so
a curator teaches recoupe a new name or a new way of saying "revenue"
without touching code. Matching works on folded tokens; entity names also
match with small typos ("Numergie", "Cloudwat"), property cues tolerate
inflection ("revenues", "lancée").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Iterator, Sequence

from ..normalise import Token, words

MIN_FUZZY_LENGTH = 5
FUZZY_CUTOFF = 80.0
MAX_INFLECTION = 2
MIN_STEM = 4
MAX_INSERTED = 2


@dataclass(frozen=True)
class Match:
    """A phrase of the index found in the tokens at [first, last)."""

    key: str
    first: int
    last: int
    start: int
    end: int
    fuzzy: bool = False


def _inflected(token: str, cue: str) -> bool:
    """A token is a cue word up to a short ending: revenue/revenues, lancé/lancée."""
    if token == cue:
        return True
    return len(cue) >= MIN_STEM and token.startswith(cue) and len(token) - len(cue) <= MAX_INFLECTION


GAP = "…"  # in a phrase: up to MAX_GAP words of any kind ("put … forward", "buy …'s stake")
MAX_GAP = 4


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's folded words, with GAP where it has "…" (not at its ends)."""
    parts = [words(part) for part in phrase.replace("...", GAP).split(GAP)]
    joined: list[str] = []
    for part in parts:
        if joined and part:
            joined.append(GAP)
        joined.extend(part)
    return tuple(joined)


def phrase_end(said: Sequence[str], position: int, phrase: Sequence[str], same: Callable[[str, str], bool] = str.__eq__,
               taken: Collection[int] = (), inserted: Collection[str] = ()) -> int:
    """Where `phrase` ends when read in the folded words `said` from `position`,
    or 0: a GAP takes the fewest words it can; `inserted` words may stand
    between two of the phrase's words; no word may be `taken`."""
    index = position
    for number, word in enumerate(phrase):
        if word == GAP:
            rest = phrase[number + 1:]
            for skip in range(MAX_GAP + 1):
                if index + skip >= len(said) or index + skip in taken:
                    return 0
                end = phrase_end(said, index + skip, rest, same, taken, inserted)
                if end:
                    return end
            return 0
        if number and inserted:
            skipped = 0
            while index < len(said) and skipped < MAX_INSERTED and said[index] in inserted and not same(said[index], word):
                index += 1
                skipped += 1
        if index >= len(said) or index in taken or not same(said[index], word):
            return 0
        index += 1
    return index


def exact_matches(said: Sequence[str], phrase: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(first, last) of each place the folded words `said` hold `phrase` word for word."""
    for first in range(len(said)):
        last = phrase_end(said, first, phrase) if phrase else 0
        if last:
            yield first, last


class PhraseIndex:
    """Phrases (as folded word tuples) mapped to keys, matched longest first.
    `inserted` words may stand between a phrase's words ("entend alors doter");
    a "…" in a phrase stands for up to MAX_GAP words, so a phrasal verb matches
    around its object ("put its OpenStack project forward")."""

    def __init__(self, phrases: Iterable[tuple[str, str]], inflect: bool = False,
                 inserted: Iterable[str] = ()):
        self.inflect = inflect
        self.inserted = frozenset(inserted)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, key in phrases:
            found_words = phrase_words(phrase)
            if found_words:
                head = found_words[0][:MIN_STEM] if inflect else found_words[0]
                self.by_first.setdefault(head, []).append((found_words, key))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self.longest = max((len(p) for entries in self.by_first.values() for p, _ in entries), default=0)

    def _same(self, token: str, word: str) -> bool:
        return _inflected(token, word) if self.inflect else token == word

    def find(self, tokens: Sequence[Token], taken: set[int] | None = None) -> list[Match]:
        """Non-overlapping matches, longest phrase first at each position."""
        matches: list[Match] = []
        taken = set() if taken is None else taken
        said = [token.text for token in tokens]
        position = 0
        while position < len(tokens):
            token = said[position]
            head = token[:MIN_STEM] if self.inflect else token
            found = None
            for phrase, key in self.by_first.get(head, ()):
                last = phrase_end(said, position, phrase, self._same, taken)
                if last:
                    found = Match(key, position, last, tokens[position].start, tokens[last - 1].end)
                    break
            if found:
                matches.append(found)
                position = found.last
            else:
                position += 1
        return matches

    def all_keys(self, tokens: Sequence[Token]) -> list[Match]:
        """Every phrase found, overlapping allowed (a word may cue two properties)."""
        found: list[Match] = []
        said = [token.text for token in tokens]
        spread = bool(self.inserted) and any(word in self.inserted for word in said)
        for position in range(len(tokens)):
            token = said[position]
            head = token[:MIN_STEM] if self.inflect else token
            for phrase, key in self.by_first.get(head, ()):
                last = phrase_end(said, position, phrase, self._same) or (
                    spread and len(phrase) > 1 and phrase_end(said, position, phrase, self._same, (), self.inserted))
                if last:
                    found.append(Match(key, position, last, tokens[position].start, tokens[last - 1].end))
        return found


# Determiners and pronouns are never misspelt names: "that same" is not "the State".
_SMALL_WORDS = frozenset("""the a an this that these those its his her their our
le la les l un une des du de ce cet cette ces son sa ses leur leurs notre""".split())


def _misread_small_word(candidate_words: Sequence[str], alias: str) -> bool:
    """Whether a fuzzy match of several words would take one small word for
    another, or one word for a quite different one ("that same" is not "that state")."""
    from rapidfuzz import fuzz

    alias_words = alias.split()
    if len(alias_words) < 2:
        return False
    return any(word != alias_word and (word in _SMALL_WORDS or alias_word in _SMALL_WORDS
                                       or fuzz.ratio(word, alias_word) < FUZZY_CUTOFF)
               for word, alias_word in zip(candidate_words, alias_words))


class EntityFinder:
    """Entity names in a statement: exact aliases first, then close misspellings
    of aliases with as many words ("Numergie", "Cloud Watt" is not fuzzy)."""

    def __init__(self, aliases: Iterable[tuple[str, str]], protected_words: Iterable[str] = ()):
        alias_list = list(aliases)
        self.exact = PhraseIndex(alias_list)
        self.choices: dict[int, dict[str, str]] = {}
        for alias, entity_id in alias_list:
            alias_words = words(alias)
            if len("".join(alias_words)) >= MIN_FUZZY_LENGTH and not any(w.isdigit() for w in alias_words):
                self.choices.setdefault(len(alias_words), {}).setdefault(" ".join(alias_words), entity_id)
        self.protected = set(protected_words)
        self.protected_stems: dict[str, list[str]] = {}
        for word in self.protected:
            if len(word) >= MIN_STEM:
                self.protected_stems.setdefault(word[:MIN_STEM], []).append(word)

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        matches = self.exact.find(tokens)
        taken = {i for m in matches for i in range(m.first, m.last)}
        matches.extend(self._fuzzy(tokens, taken))
        return sorted(matches, key=lambda m: m.first)

    def _is_protected(self, word: str) -> bool:
        """A cue or vocabulary word, or an inflection of one ("intégrée"), is
        no misspelt name, however close to one ("Integra")."""
        return word in self.protected or any(
            _inflected(word, stem) for stem in self.protected_stems.get(word[:MIN_STEM], ()))

    def _fuzzy(self, tokens: Sequence[Token], taken: set[int]) -> list[Match]:
        if not self.choices:
            return []
        from rapidfuzz import fuzz, process

        found: list[Match] = []
        for size in (2, 1):
            choices = self.choices.get(size)
            if not choices:
                continue
            for first in range(len(tokens) - size + 1):
                span = range(first, first + size)
                if any(index in taken for index in span):
                    continue
                candidate_words = [tokens[index].text for index in span]
                if any(self._is_protected(word) or word.isdigit() for word in candidate_words):
                    continue
                candidate = " ".join(candidate_words)
                if len(candidate.replace(" ", "")) < MIN_FUZZY_LENGTH:
                    continue
                best = process.extractOne(candidate, choices.keys(), scorer=fuzz.ratio,
                                          score_cutoff=FUZZY_CUTOFF)
                if best and best[0][:2] == candidate[:2] and not _misread_small_word(candidate_words, best[0]):
                    found.append(Match(choices[best[0]], first, first + size,
                                       tokens[first].start, tokens[first + size - 1].end, fuzzy=True))
                    taken.update(span)
        return found
