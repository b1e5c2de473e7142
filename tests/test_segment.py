"""Rule table for stage 1: paragraphs, sentences and tokens as offsets into the original text."""
from __future__ import annotations

import pytest

from quoteattr.segment import paragraphs, sentences, tokens


def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, paragraphs(text))]


def test_paragraphs_are_lines_with_offsets():
    text = "First line.\n\n  Second line.  \nThird."
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["First line.", "Second line.", "Third."]


@pytest.mark.parametrize("text,expected", [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("Sen. J. Doe spoke. Gov. Roe did too.", ["Sen. J. Doe spoke.", "Gov. Roe did too."]),
    ('"We will win." He left.', ['"We will win."', "He left."]),
    ("Is it? Yes! Fine…", ["Is it?", "Yes!", "Fine…"]),
    ("The U.S. team won 3.5 to 2.", ["The U.S. team won 3.5 to 2."]),
    ("He left. ``Yes,'' she said.", ["He left.", "``Yes,'' she said."]),
    ("They met in the U.S. He left.", ["They met in the U.S.", "He left."]),
    ("The U.S. Senate met.", ["The U.S. Senate met."]),
])
def test_sentences(text, expected):
    assert sents(text) == expected


def test_tokens_keep_acronyms_apostrophes_and_hyphens():
    assert [t.text for t in tokens("The U.S. envoy's NATO-led plan, O’Neill said.")] == [
        "The", "U.S.", "envoy's", "NATO-led", "plan", ",", "O’Neill", "said", "."]


@pytest.mark.parametrize("text", [
    "The U.S. envoy's NATO-led plan, O’Neill said.",
    "Ärzte in der U.d.S.S.R. sagten: „Wir kämpfen“ – café naïve 3.5% x2 ½ Ⅻ  e\u0301 \u00a0\u2003tab\tend\u001f.",
    "".join(map(chr, range(0x20, 0x3000))),  # every letter, digit, mark, space and symbol of most scripts
])
def test_tokens_are_the_same_with_and_without_characters_beyond_the_bmp(text):
    """Texts within the Basic Multilingual Plane are tokenised with the standard re module, others with
    regex: both give the same tokens."""
    beyond = " \U0001d518"  # a mathematical letter, beyond U+FFFF
    assert tokens(text + beyond)[:-1] == tokens(text)
