"""Rule table for stage 1: paragraphs, sentences and tokens as offsets into the original text."""
from __future__ import annotations

import pytest

from quoteattr import segment
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
    "".join(map(chr, range(0x20, 0x10000))),  # every character of the Basic Multilingual Plane
    " ".join(chr(c) + chr(c + 1) + "." for c in range(0x20, 0xFFFE, 3)),
])
def test_the_re_token_pattern_matches_what_the_regex_one_does(text):
    """Texts within the Basic Multilingual Plane are tokenised with the standard re module once a process
    has seen enough text (segment._bmp_token), others with regex: both find the same tokens."""
    assert [m.span() for m in segment._bmp_token().finditer(text)] == [m.span() for m in segment._TOKEN.finditer(text)]


def test_tokens_are_the_same_whichever_pattern_finds_them(monkeypatch):
    text = "The U.S. envoy's NATO-led plan, O’Neill said. Ärzte in der U.d.S.S.R. sagten: „Wir kämpfen“."
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", float("inf"))
    with_regex = segment.tokens(text)
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", 0)
    assert segment.tokens(text) == with_regex
    assert segment.tokens(text + " \U0001d518")[:-1] == with_regex  # beyond U+FFFF: regex again
