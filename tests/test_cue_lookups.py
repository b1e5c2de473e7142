"""The lookups find_cues keeps for speed give what the plain word lists they stand for give."""
import pytest

from quoteattr import cues, lexicon, segment

TEXTS = [
    "In a statement, the club said it would appeal. In the end nobody came, at a guess.",
    "At a press conference on Friday she said the vote was close, according to aides.",
    "He was in Boston at the time. in",
    "Die Ministerin teilte am Montag mit, der Plan sei gut. Laut Polizei war es ruhig.",
]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_second_words_are_only_phrase_and_noun_starts(lang):
    lex = lexicon.load(lang)
    table = cues._second_words(lex)
    assert table is cues._second_words(lex)  # made once per lexicon
    for low, seconds in table.items():
        assert low not in lex.verbs and low not in lex.beliefs and low not in lex.separated
        rests = [rest for rest, _ in lex.phrases.get(low, ())] + list(lex.nouns.get(low, ()))
        assert rests and all(rests) and seconds == {rest[0] for rest in rests}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("text", TEXTS)
def test_skipping_finds_the_same_cues(lang, text, monkeypatch):
    lex = lexicon.load(lang)
    toks = segment.tokens(text)
    found = cues.find_cues(text, toks, lex, beliefs=True)
    monkeypatch.setattr(cues, "_second_words", lambda lex: {})
    assert found == cues.find_cues(text, toks, lex, beliefs=True)
    if lang == "en" and text.startswith("In a statement"):
        assert [c.text for c in found][:1] == ["In a statement"]
