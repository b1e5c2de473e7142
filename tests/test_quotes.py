"""Rule table for stage 2: quotation marks paired into spans (quote-styles.md section 2)."""
from __future__ import annotations

import pytest

from quoteattr.quotes import find_quotes
from quoteattr.segment import paragraphs


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))]


def outer(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text)) if q.depth == 0]


@pytest.mark.parametrize("text,expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said “we will win” today.", ["we will win"]),
    ("He said ‘we will win’ today.", ["we will win"]),
    ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
    ("Er sagte »wir gewinnen« gestern.", ["wir gewinnen"]),
    ("Il a dit ‹ oui › hier.", ["oui"]),
    ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
    ("Powiedział „wygramy” wczoraj.", ["wygramy"]),
    ("Er sagte ‚wir gewinnen‘ gestern.", ["wir gewinnen"]),
    ("彼は「勝つ」と言った。", ["勝つ"]),
    ("彼は『勝つ』と言った。", ["勝つ"]),
    ("He said ``we will win'' today.", ["we will win"]),
    ("He said ''we will win'' today.", ["we will win"]),
    ('He said "we will win” today.', ["we will win"]),        # straight opener, curly closer
    ("He said “we will win\" today.", ["we will win"]),       # curly opener, straight closer
    ("Svensk ”text” här.", ["text"]),                          # Swedish: the same mark both ways
], ids=lambda v: v if isinstance(v, str) else None)
def test_pairs(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "Don't forget the leaders' summit in the '90s.",
    "'Tis the season, rock 'n' roll and O'Neill's rock ’n’ roll.",
    "The ’90s were the players’ decade; it’s fine.",
    "He said it was Smith's and the Joneses' idea.",
])
def test_apostrophes_are_not_quotes(text):
    assert spans(text) == []


def test_nested_quote_kept_inside_outer():
    text = "He said: “They called it ‘a disgrace’ and left.”"
    qs = find_quotes(text, paragraphs(text))
    assert [(text[q.start:q.end], q.depth) for q in qs] == [
        ("They called it ‘a disgrace’ and left.", 0), ("a disgrace", 1)]


def test_british_nesting_single_outside_double_inside():
    text = "‘When they said it was \"no longer viable\", I asked,’ she said."
    assert outer(text) == ['When they said it was "no longer viable", I asked,']


def test_continuation_paragraphs_are_one_quote():
    text = '"First paragraph of the statement.\n"Second paragraph goes on.\n"Third ends it," she said.'
    qs = find_quotes(text, paragraphs(text))
    assert len(qs) == 1
    q = qs[0]
    assert q.paragraphs == 3 and not q.recovered
    assert text[q.start:q.end].startswith("First") and text[q.start:q.end].endswith("ends it,")


def test_unclosed_quote_closes_at_paragraph_end_and_rest_is_found():
    text = 'He said "this never closes.\nLater she said "this one does" and left.'
    qs = find_quotes(text, paragraphs(text))
    assert [(text[q.start:q.end], q.recovered) for q in qs] == [
        ("this never closes.", True), ("this one does", False)]


def test_only_opening_marks_do_not_crash_and_stay_inside_text():
    text = "“a “b “c\n“d"
    for q in find_quotes(text, paragraphs(text)):
        assert 0 <= q.start <= q.end <= len(text)


def test_stray_closing_mark_is_ignored():
    assert spans("This is odd” and “this is a quote” here.") == ["this is a quote"]
