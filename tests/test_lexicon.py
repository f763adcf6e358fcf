"""Phrase matching: cue phrases found in folded tokens, with gaps where a phrase has "…"."""

from hypothesis import given
from hypothesis import strategies as st

from recoupe.extract.lexicon import MAX_GAP, PhraseIndex, exact_matches, phrase_words
from recoupe.normalise import tokenize


def keys(index: PhraseIndex, text: str) -> list[tuple[str, str]]:
    return [(m.key, text[m.start:m.end]) for m in index.all_keys(tokenize(text))]


def test_a_gap_holds_a_phrasal_verb_around_its_object():
    index = PhraseIndex([("put … forward", "proposed")], inflect=True)
    assert keys(index, "Numergy put its project forward") == [("proposed", "put its project forward")]
    assert keys(index, "they put forward a plan") == [("proposed", "put forward")]  # (a gap of no word)
    assert keys(index, "put one two three four five forward") == []


def test_a_gap_is_no_end_of_a_phrase():
    assert phrase_words("buy …'s stake") == ("buy", "…", "s", "stake")
    assert phrase_words("… live") == ("live",)
    assert phrase_words("put ... live") == ("put", "…", "live")


@given(st.lists(st.sampled_from(["alpha", "beta", "put", "forward", "the"]), max_size=12))
def test_a_gapped_phrase_matches_only_with_its_words_in_order_and_close(words):
    index = PhraseIndex([("put … forward", "proposed")])
    text = " ".join(words)
    found = index.all_keys(tokenize(text))
    for match in found:
        inside = text[match.start:match.end].split()
        assert inside[0] == "put" and inside[-1] == "forward" and len(inside) <= MAX_GAP + 2
    assert bool(found) == any(words[i] == "put" and "forward" in words[i + 1:i + 2 + MAX_GAP]
                              for i in range(len(words)))


def test_exact_matches_read_gaps_word_for_word():
    said = ("she", "pushed", "the", "merger", "through", "pushed", "through")
    assert list(exact_matches(said, phrase_words("pushed … through"))) == [(1, 5), (5, 7)]
    assert list(exact_matches(said, phrase_words("merger through"))) == [(3, 5)]
    assert list(exact_matches(said, phrase_words("push … through"))) == []
