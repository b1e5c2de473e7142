"""The lookups attribute's _Doc keeps for speed give what the plain rules they stand for give."""
import bisect
import itertools

import pytest

from quoteattr import attribute, lexicon, segment
from quoteattr.models import QuoteSpan

TEXT = 'Mara Quell said "we will build it," and then "maybe not" -- the board, "again," disagreed; fine.'


def _doc(spans: list[QuoteSpan]) -> attribute._Doc:
    lex = lexicon.load("en")
    paras = segment.paragraphs(TEXT, False)
    sents = segment.sentences(TEXT, paras, lex)
    return attribute._Doc(TEXT, paras, sents, segment.tokens(TEXT), spans, [], [], lex)


def _slow_in_quote(outer: list[QuoteSpan], pos: int) -> QuoteSpan | None:
    """in_quote as a bisection over the quotations' openings, the rule the quotation map stands for."""
    k = bisect.bisect_right([q.open_at for q in outer], pos) - 1
    if k >= 0 and outer[k].open_at <= pos < outer[k].close_end:
        return outer[k]
    return None


def _span(open_at: int, close_end: int, depth: int = 0) -> QuoteSpan:
    return QuoteSpan(open_at + 1, close_end - 1, open_at, close_end, '"', depth)


SPAN_SETS = {
    "none": [],
    "found": [_span(TEXT.index('"we'), TEXT.index('it,"') + 4), _span(TEXT.index('"maybe'), TEXT.index('not"') + 4)],
    "overlapping": [_span(5, 40), _span(20, 30), _span(35, 60)],
    "same opening": [_span(10, 20), _span(10, 30), _span(50, 70)],
    "out of order": [_span(40, 60), _span(5, 30), _span(55, 80)],
    "nested and at the end": [_span(0, 12), _span(3, 8, depth=1), _span(len(TEXT) - 6, len(TEXT))],
}


@pytest.mark.parametrize("name", SPAN_SETS)
def test_quotation_map_matches_bisection(name):
    spans = SPAN_SETS[name]
    d = _doc(spans)
    outer = [q for q in spans if q.depth == 0]
    for pos in range(-3, len(TEXT) + 3):
        assert d.in_quote(pos) is _slow_in_quote(outer, pos), pos
        if -1 <= pos <= len(TEXT):
            assert bool(d.qmap[pos]) == (_slow_in_quote(outer, pos) is not None), pos


@pytest.mark.parametrize("name", SPAN_SETS)
def test_quotes_in_matches_scan(name):
    d = _doc(SPAN_SETS[name])
    for start, end in itertools.combinations(range(0, len(TEXT) + 1, 7), 2):
        k = bisect.bisect_left(d.outer_opens, start)
        expected = []
        while k < len(d.outer) and d.outer[k].open_at < end:
            expected.append(d.outer[k])
            k += 1
        assert d.quotes_in(start, end) == expected


def test_contrast_without_dashes_finds_the_same_where_no_dash():
    lex = lexicon.load("en")
    text = "They agreed, while others left; the vote, though close, held, as before"
    full = [m.start() for m in attribute._contrast(lex).finditer(text)]
    assert full == [m.start() for m in attribute._contrast(lex, dashes=False).finditer(text)]
    assert full  # the comma before "while" and the semicolon at least


def test_tok_at_is_bisect_left():
    d = _doc([])
    for pos in range(len(TEXT) + 2):
        assert d.tok_at(pos) == bisect.bisect_left(d.toks.starts, pos)



# [passive-aux] is German's ("wird", "wurde"); English has none
PASSIVE_TEXT = 'Die Brücke wurde gesperrt, „sie wird nicht sicher sein“, und die Straße wurde geöffnet; sie wird bewacht.'


@pytest.mark.parametrize("quoted", [False, True])
def test_last_passive_aux_is_a_scan_back(quoted):
    lex = lexicon.load("de")
    spans = [_span(PASSIVE_TEXT.index("„"), PASSIVE_TEXT.index("“") + 1)] if quoted else []
    paras = segment.paragraphs(PASSIVE_TEXT, False)
    toks = segment.tokens(PASSIVE_TEXT)
    d = attribute._Doc(PASSIVE_TEXT, paras, segment.sentences(PASSIVE_TEXT, paras, lex), toks, spans, [], [], lex)
    for k in range(-2, len(toks) + 1):
        j = max(-1, min(k, len(toks) - 1))
        while j >= 0 and not (toks.lowers[j] in lex.g.passive_aux and d.in_quote(toks.starts[j]) is None):
            j -= 1
        assert d.last_passive_aux(k) == j, k
    found = {d.last_passive_aux(k) for k in range(len(toks))} - {-1}
    assert len(found) == 4 - quoted  # "wurde", "wird" (in the quotation: passed over when quoted), "wurde", "wird"
