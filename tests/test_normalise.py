"""Tokens: folded words with the spans of the characters they come from."""

from hypothesis import given
from hypothesis import strategies as st

from recoupe.normalise import fold, tokenize


def test_a_notes_shorthand_stands_for_its_words():
    tokens = tokenize("Dassault teamed up w/ SFR, w/o Bull; 1/3 of it")
    assert [t.text for t in tokens] == ["dassault", "teamed", "up", "with", "sfr", "without", "bull", "1", "3",
                                        "of", "it"]
    text = "teamed up w/ SFR, w/o Bull"
    assert [text[t.start:t.end] for t in tokenize(text)][2:5] == ["w/", "SFR", "w/o"]


@given(st.text(alphabet="abcéÉœß w/o1,.«»'’\u00a0", max_size=60))
def test_every_token_spans_the_characters_it_folds(text):
    for token in tokenize(text):
        assert 0 <= token.start < token.end <= len(text)
        if token.text not in ("with", "without"):
            assert token.text == "".join(ch for ch in fold(text[token.start:token.end]) if ch.isalnum())
