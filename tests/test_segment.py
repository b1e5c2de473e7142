"""Rule table for stage 1: paragraphs, sentences and tokens as offsets into the original text."""
from __future__ import annotations

import random

import pytest
import regex

from quoteattr import segment
from quoteattr.lexicon import load
from quoteattr.models import Paragraph
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


@pytest.mark.parametrize("text", [
    "Done. Next one!! \"Yes?\" she asked.\u2003\u201cNo…\u201d 2. Mai. He left.) (Then) A.B. ... X\u00a0Y. \u00c4rger.\n\nZ",
    "".join(map(chr, range(0x20, 0x10000))),  # every character of the Basic Multilingual Plane
    " ".join(chr(c) + "." + chr(c + 1) + "?!" + chr(c + 2) for c in range(0x20, 0xFFFD, 3)),
    "".join(a + b + c for a in ".!?…x" for b in " \t\n\x1c\x85\u2028\"(" for c in "A1a\u00c9\u0661\u2167."),
])
def test_the_re_boundary_pattern_matches_what_the_regex_one_does(text):
    """Sentence boundaries of texts within the Basic Multilingual Plane are found with re once a process has
    seen enough text (segment._bmp_boundary), others with regex: both find the same boundaries."""
    assert [(m.span(), m.span(1)) for m in segment._bmp_boundary().finditer(text)] \
        == [(m.span(), m.span(1)) for m in segment._BOUNDARY_SCAN.finditer(text)]


def test_the_word_before_a_stop_is_what_the_reverse_search_finds():
    """segment._word_before reads ASCII runs itself and asks _WORD_BEFORE otherwise: the same answer."""
    rnd = random.Random(7)
    alphabet = "aZ.\n \t-1é\u0558Ω\u00a0"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        for dot in range(len(text) + 1):
            m = segment._WORD_BEFORE.search(text, max(0, dot - 12), dot)
            assert segment._word_before(text, dot) == (m.group(1) if m else None), (text, dot)


def test_headings_with_or_without_the_ascii_shortcut():
    text = "CHAPTER IV.\n\nThe Storm\n\nKAPITEL Ü\n\nÉPILOGUE 2\n\nChapter twelve\n\nMy chapter 3"
    paras = segment.paragraphs(text)
    assert segment.headings(text, paras, load("en")) == {0, 4}


def test_sentences_are_the_same_whichever_pattern_finds_them(monkeypatch):
    text = "Dr. Ray met the U.S. envoy. He said: “Fine!” Then… she left.\nAm 3. Mai kam er. Ende."
    paras = segment.paragraphs(text)
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", float("inf"))
    with_regex = segment.sentences(text, paras)
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", 0)
    assert segment.sentences(text, paras) == with_regex and len(with_regex) == 6
    beyond = text + " \U0001d518."  # beyond U+FFFF: regex again
    assert segment.sentences(beyond, segment.paragraphs(beyond))[:-1] == with_regex



@pytest.mark.parametrize("text", [
    "O’Neill's well-run co-op--and U.S.-made x- -y 'quoted' rock-'n'-roll e\u0301-mail 3-4 A.B. a.b. Z.",
    "Straßen-Bahn, d.h. Müller’ -- Nord-Ost-Süd ’’ '' -- 1-2-3- -",
])
def test_possessive_token_pattern_finds_what_the_greedy_one_does(text):
    greedy = regex.compile(segment._TOKEN_PATTERN.replace("*+", "*"))
    assert greedy.pattern != segment._TOKEN.pattern
    assert [m.span() for m in segment._TOKEN.finditer(text)] == [m.span() for m in greedy.finditer(text)]

def test_tokens_are_the_same_whichever_pattern_finds_them(monkeypatch):
    text = "The U.S. envoy's NATO-led plan, O’Neill said. Ärzte in der U.d.S.S.R. sagten: „Wir kämpfen“."
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", float("inf"))
    with_regex = segment.tokens(text)
    monkeypatch.setattr(segment, "_RE_AFTER_CHARS", 0)
    assert segment.tokens(text) == with_regex
    assert segment.tokens(text + " \U0001d518")[:-1] == with_regex  # beyond U+FFFF: regex again



@pytest.mark.parametrize("text", [
    "", "plain words", "café “quoted” – dash", "\uffff at the plane's end", "a lone \ud800 surrogate \udfff",
    "a face \U0001F600 here", "\U00010000", "é" * (1 << 16) + "\U0001d518", "é" * (1 << 17), "x" * (1 << 17),
])
def test_within_bmp_is_what_the_search_tells(text):
    assert segment._within_bmp(text) == (segment._BEYOND_BMP.search(text) is None)

def test_news_lines_are_paragraphs_though_some_end_without_a_stop():
    """News with one paragraph a line, headings and captions among them that end in no stop, and a blank
    line or two: its lines are far longer than a book's hard-wrapped ones, so each line is a paragraph."""
    body = ("The mayor of the city spoke to a crowd of supporters on the steps of the town hall on Monday "
            "morning, and she promised that the budget would be balanced by the end of the year.")
    text = "\n".join(["Budget fight", body, "Photo by the author", body, "More to come", body,
                      "Local news", body, "Updated", body]) + "\n\nRelated stories\nAnother heading"
    assert not segment.is_wrapped(text)
    assert len(paragraphs(text)) == 12


def test_hard_wrapped_book_lines_are_joined():
    text = ("It was late in the evening when the old man came down the road\nwith his dog, and the "
            "children ran out of the house to meet\nhim at the gate, for they had not seen him for many a "
            "long\nday and had missed him sorely all the winter through.\n\n") * 3
    assert segment.is_wrapped(text)
HEADING_CASES = [
    ("CHAPTER IV.", True), ("Chapter 12", True), ("BOOK THE SECOND. THE RIVER", True), ("Chapter the First", True),
    ("Letter 12", True), ("Part Two: The Sea", True), ("Chapter 3. The Storm", True), ("STAVE III.", True),
    ("BOOK SECOND", True),  # a word in capitals after the heading word, neither numeral nor number word
    ("Chapter one of the book is long.", False),  # a sentence about a chapter
    ("Section 230 protects platforms, Ann Cole said.", False),
    ("Volume up, she said.", False),
    ('"Chapter and verse," said he.', False),
]


@pytest.mark.parametrize("line,heading", HEADING_CASES)
def test_chapter_headings(line, heading):
    text = "It rained.\n\n" + line + "\n\nIt rained again."
    paras = segment.paragraphs(text)
    assert (1 in segment.headings(text, paras, load("en"))) == heading


def test_a_capital_line_after_a_heading_is_its_title_and_numerals_alone_head_only_in_numbers():
    text = "CHAPTER I.\n\nTHE OLD HOUSE\n\nIt rained.\n\nX.\n\nIt rained again."
    paras = segment.paragraphs(text)
    assert segment.headings(text, paras, load("en")) == {0, 1}  # one "X." alone is not a chapter number
    text = "I.\n\nIt rained.\n\nII.\n\nIt rained again."
    assert segment.headings(text, segment.paragraphs(text), load("en")) == {0, 2}


@pytest.mark.parametrize("text", [
    "one two three four five six seven eight nine ten",
    "averyveryverylongword and then some more words",  # a token longer than a piece
    "nospacesatallinthiswholetextbutitgoesonandon",
    "tabs\tonly\tbetween\tthe\twords\there\tand\tthere",
    "lines\nonly\nbetween\nthe\nwords\nhere\nand\nthere",
    "U.S. officials, O'Neill's e-mail, co-op's — “quoted” ‘too’ 12.5% … ok",
    "no\u00a0break\u00a0spaces\u00a0between\u00a0words\u00a0here",
    "beyond \U0001d518\U0001d51f the plane \U0001F600 and caf\u0065\u0301 ok",
    "   leading and trailing spaces   ",
    " ",
])
@pytest.mark.parametrize("piece", [1, 3, 8])
def test_tokens_of_a_text_cut_into_pieces_are_the_tokens_of_the_whole(monkeypatch, text, piece):
    # tokens() goes by pieces of _PIECE characters cut at a space; small pieces put the cut everywhere
    whole = [(m.start(), m.end(), m.group()) for m in segment._TOKEN.finditer(text)]
    monkeypatch.setattr(segment, "_PIECE", piece)
    for re_after in (10**9, 0):  # regex's split, then re's (texts within the Basic Multilingual Plane)
        monkeypatch.setattr(segment, "_RE_AFTER_CHARS", re_after)
        toks = segment.tokens(text)
        assert [(t.start, t.end, t.text) for t in toks] == whole
        # every column has one entry a token, also where pieces were joined
        assert toks.lowers == [w.lower() for _, _, w in whole]
        assert toks.caps == [w[0].isupper() for _, _, w in whole]
        assert toks.words == [w[0].isalnum() for _, _, w in whole]


def test_a_long_text_holds_one_string_per_distinct_word(monkeypatch):
    monkeypatch.setattr(segment, "_PIECE", 8)  # "long": more than a piece
    toks = segment.tokens("the Otter swam and the otter dived")
    assert toks.texts == ["the", "Otter", "swam", "and", "the", "otter", "dived"]
    assert toks.texts[0] is toks.texts[4] and toks.lowers[0] is toks.texts[0]
    assert toks.lowers[1] is toks.texts[5] and toks.lowers == [w.lower() for w in toks.texts]


def test_tokens_are_columns_and_make_a_token_on_request():
    toks = tokens("Dr. Mira Holt said: “Fine.”")
    assert toks.texts == ["Dr", ".", "Mira", "Holt", "said", ":", "“", "Fine", ".", "”"]
    assert toks.starts[2:4] == [4, 9] and toks.ends[2:4] == [8, 13]
    assert toks.caps[:4] == [True, False, True, True] and toks.words[:3] == [True, False, True]
    assert len(toks) == 10
    assert toks[3] == segment.Token(9, 13, "Holt", "holt", True, True)
    assert toks[-1].text == "”" and toks[2:4] == [toks[2], toks[3]] and list(toks)[3] == toks[3]
    with pytest.raises(IndexError):
        toks[10]


def _sentences_one_paragraph_at_a_time(text, paras, lex):
    """sentences as a search bounded by each paragraph in turn: the rule the single search stands for."""
    g = lex.g
    out = []
    for pi, para in enumerate(paras):
        start = para.start
        for m in segment._BOUNDARY.finditer(text, para.start, para.end):
            if text[m.start()] == "." and m.end() - m.start() == 1 \
                    and (segment._is_abbreviation(text, m.start(), g.abbreviations, g.sentence_starters)
                         or segment._is_ordinal(text, m.start(), g.ordinal_nouns)):
                continue
            out.append((start, m.end(), pi))
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append((start, para.end, pi))
    return out


EDGE_TEXT = ("Lena Brandt left. Then she spoke!\nShe said: \"Go.\" He went?\nDr. Ivo Sand came. The end.\n"
             "Lone line with no stop\n\"Quoted.\" Rest. Last one.")


@pytest.mark.parametrize("keep", [(0, 1, 2, 3, 4), (0, 2, 4), (1, 3), (0, 4), (2,), (4,)])
def test_sentences_stay_inside_the_paragraphs_given(keep):
    # one search over the text must find what a search per paragraph finds, also where the paragraphs
    # given leave text out between them: a boundary in a line left out belongs to no sentence
    lex = load("en")
    paras = [paragraphs(EDGE_TEXT, False)[k] for k in keep]
    got = [(s.start, s.end, s.paragraph) for s in sentences(EDGE_TEXT, paras, lex)]
    assert got == _sentences_one_paragraph_at_a_time(EDGE_TEXT, paras, lex)
    for start, end, pi in got:
        assert paras[pi].start <= start < end <= paras[pi].end


def test_sentences_of_hard_wrapped_blocks_are_those_of_a_search_per_block():
    # in a hard-wrapped text a paragraph holds line breaks: a boundary's look-ahead may cross them inside
    # the block, never past its end
    lex = load("en")
    text = ("Lena Brandt left the hall.\nThen she spoke at length. \"Go.\"\nHe went?\n\n"
            "Dr. Ivo Sand came.\nThe end!\n\n\n\"Quoted.\"\n\nRest. Last one.\n")
    paras = paragraphs(text, True)
    assert len(paras) == 4
    got = [(s.start, s.end, s.paragraph) for s in sentences(text, paras, lex)]
    assert got == _sentences_one_paragraph_at_a_time(text, paras, lex)
    assert len(got) == 9


def test_sentences_of_paragraphs_cut_anywhere_are_those_of_a_search_per_paragraph():
    # paragraphs given by hand may end in spaces or inside a line: a boundary whose look-ahead runs past
    # the paragraph's end is none, and no sentence runs past it
    lex = load("en")
    text = "One went. Two came.   Three left! Four. \"Five.\" Six? Seven."
    for cuts in [(0, 22, 59), (0, 12, 40, 59), (3, 9, 10, 33, 34, 59), (0, 21, 22, 58)]:
        paras = [Paragraph(a, b) for a, b in zip(cuts, cuts[1:])]
        got = [(s.start, s.end, s.paragraph) for s in sentences(text, paras, lex)]
        assert got == _sentences_one_paragraph_at_a_time(text, paras, lex), cuts
