"""Rule table for stage 2: quotation marks paired into spans (quote-styles.md section 2)."""
from __future__ import annotations

import random
import re
import sys

import pytest

from quoteattr import quotes
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
    ("“It is unusual,“ said Mark Hill. “It is hard.”", ["It is unusual,", "It is hard."]),
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


@pytest.mark.parametrize("text,expected", [
    ("'The girls' school is shut,' said he. 'It is the Pells' turn.'", ["The girls' school is shut,", "It is the Pells' turn."]),
    ("‘The girls’ school is shut,’ said he.", ["The girls’ school is shut,"]),
    ("‘It is the boys’ own fault!’", ["It is the boys’ own fault!"]),
    ("'It's nine o'clock,' said she.", ["It's nine o'clock,"]),
    # no spoken sentence closes later: the mark after the s closes the quotation
    ("He called them 'the boys' in his letter, and 'the girls' in the next.", ["the boys", "the girls"]),
    ("Just ‘Three Cases’ where Permits ‘Went Missing.’", ["Three Cases", "Went Missing."]),
    # dropped sounds in dialect: an apostrophe inside the quotation, not its end nor a new one
    ("'I ain't seen 'im since Monday, nor 'is brother,' said Joe.", ["I ain't seen 'im since Monday, nor 'is brother,"]),
    ("'I was goin' home by five o' the clock,' said he.", ["I was goin' home by five o' the clock,"]),
    ("''Tis true enough,' said the old man.", ["'Tis true enough,"]),
    # lower-case words in single quotes after a plural: each its own quotation, not one long possessive
    ("He called them 'thugs' and 'criminals,' and left.", ["thugs", "criminals,"]),
    ("He called it ''10 times the size,'' and left.", ["10 times the size,"]),  # '' as a double mark
], ids=lambda v: v if isinstance(v, str) else None)
def test_plural_possessive_inside_single_quoted_dialogue(text, expected):
    assert spans(text) == expected


@pytest.mark.xfail(strict=True, reason="known limit: a dropped sound before a small letter ('im) is taken for a "
                   "quotation opening by the plural-possessive check, so the turn ends at girls'; telling 'im from "
                   "a quoted word ('criminals,' above) needs a list of dialect elisions")
def test_plural_possessive_and_dropped_sound_in_one_turn():
    assert spans("'The girls' school is shut an' we ain't seen 'im since,' said Joe.") == [
        "The girls' school is shut an' we ain't seen 'im since,"]


def test_the_scan_pattern_s_letters_and_digits_are_str_isalnum():
    # _MARK_SCAN tells an apostrophe by [^\W_] on both sides: that must be the scan's str.isalnum() test
    word = re.compile(r"[^\W_]")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if not 0xD800 <= code <= 0xDFFF:
            assert bool(word.match(c)) == c.isalnum(), hex(code)


def test_the_scan_finds_every_mark_but_an_apostrophe_between_letters_or_digits():
    rng = random.Random(7)
    alphabet = "“”‘’«»„\"'`‹›「」『』‚" + "''``" + "ab9Zé_ .\n" + "٣Ⅻ²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        expected = []
        for m in quotes._MARK.finditer(text):
            i, j = m.span()
            if m.group() in ("'", "’") and quotes._prev(text, i).isalnum() and quotes._next(text, j).isalnum():
                continue
            expected.append(m.span())
        assert [m.span() for m in quotes._MARK_SCAN.finditer(text)] == expected, text


def test_outside_leaves_out_the_items_of_every_outermost_quotation_sorted_or_not():
    from quoteattr.models import make_paragraph, make_quotespan
    from quoteattr.quotes import outside

    spans = [make_quotespan(1, 5, 0, 6, '"'), make_quotespan(3, 4, 2, 5, "'", depth=1),
             make_quotespan(11, 30, 10, 31, '"'), make_quotespan(21, 25, 20, 26, '"')]  # the third closes late
    items = [make_paragraph(s, s + 1) for s in (0, 3, 6, 9, 10, 15, 20, 26, 30, 31, 40)]
    # inside: from an opening to its close or the next opening, whichever comes first (the last quotation
    # opened at 20 closes at 26: 26 and 30 are outside)
    kept = [6, 9, 26, 30, 31, 40]
    assert [i.start for i in outside(items, spans)] == kept
    assert sorted(i.start for i in outside(items[::-1], spans)) == kept  # item by item when out of order
    assert outside(items, []) == items
