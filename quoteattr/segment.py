"""Stage 1: paragraphs and sentences, as offsets into the original text."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import islice, repeat
from operator import itemgetter
from typing import NamedTuple

import regex

from .lexicon import Lexicon, load

from .models import Paragraph, Sentence, make_paragraph, make_sentence

_PARAGRAPH = regex.compile(r"[^\n]+")
# A sentence ends at . ! ? or … (with closing quotes or brackets after it) followed by space and a
# character that can begin a sentence.
_BOUNDARY = regex.compile(
    r"""(?<![.!?…])[.!?…]++[\"'”’»“)\]]*+(?=\s+[\"'“‘«»„‚`(\[]*[\p{Lu}\p{N}])"""
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


_TOKEN_PATTERN = (
    r"[\p{Lu}]\.(?:[\p{L}]\.)+"          # U.S., U.N.
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*"
    r"|[^\s\p{L}\p{N}]"
)
_TOKEN = regex.compile(_TOKEN_PATTERN)
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
_PROPERTY_CLASS = regex.compile(r"\[(\^?)((?:\\p\{\w+\}|\\s)+)\]")  # [\p{L}\p{N}], [^\s\p{L}\p{N}], ...


@functools.cache
def _bmp_token() -> re.Pattern:
    """_TOKEN for the standard re module, which finds these tokens about 1.6 times as fast, for texts with no
    character beyond U+FFFF. re has no \\p{...}: each class of the pattern ([\\p{L}\\p{N}], ...) is spelt out
    as the ranges of the Basic Multilingual Plane that the regex module itself puts in it, so on such texts
    both patterns match the same tokens."""
    bmp = "".join(map(chr, range(0x10000)))

    def ranges(m: regex.Match) -> str:
        negated, members = m.groups()
        runs = (r.group() for r in regex.finditer(f"[{members}]+", bmp))
        return f"[{negated}" + "".join(re.escape(r[0]) + ("-" + re.escape(r[-1]) if len(r) > 1 else "")
                                       for r in runs) + "]"

    return re.compile(_PROPERTY_CLASS.sub(ranges, _TOKEN_PATTERN))


# Building the re pattern takes about 0.1 s, which a run over a few small files (and the CLI's start-up)
# would not win back: texts are tokenised with regex until a process has seen this many characters.
_RE_AFTER_CHARS = 500_000
_chars_seen = 0


def _token_matches(text: str) -> tuple[Iterator, type]:
    """The token matches of `text` and their type, from re where it can (see _bmp_token), else regex."""
    global _chars_seen
    _chars_seen += len(text)
    if _chars_seen >= _RE_AFTER_CHARS and not _BEYOND_BMP.search(text):
        return _bmp_token().finditer(text), re.Match
    return _TOKEN.finditer(text), regex.Match


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # begins with an upper-case letter
    word: bool  # begins with a letter or digit (not a symbol)


_new_token = tuple.__new__  # skips NamedTuple's Python-level __new__: tokens are made by the hundred thousand
_first = itemgetter(0)


class Tokens(list):
    """The tokens of a text in order, as a list of Token, with three of their fields also kept as columns
    (lists in token order) for the stages that scan every token: `starts` (for bisecting offsets),
    `lowers` and `caps`. A scan over a column picks out the few tokens worth a look at C speed (map,
    compress) instead of reading a field of each token in a Python loop."""

    __slots__ = ("starts", "lowers", "caps")

    def __init__(self) -> None:
        super().__init__()
        self.starts: list[int] = []
        self.lowers: list[str] = []
        self.caps: list[bool] = []


def tokens(text: str) -> Tokens:
    """Words (acronyms with dots kept whole, apostrophes and hyphens inside words) and single symbols."""
    # Built column by column with map() over a batch of matches rather than by a loop: there is no
    # Python-level step per token, which makes this about a tenth faster on news text. Batches keep the
    # match objects held at once (160 bytes each) few on a long text.
    out = Tokens()
    matches, match_type = _token_matches(text)
    while found := list(islice(matches, 2048)):
        words = list(map(match_type.group, found))
        firsts = list(map(_first, words))
        starts = list(map(match_type.start, found))
        lowers = list(map(str.lower, words))
        caps = list(map(str.isupper, firsts))
        out.extend(map(_new_token, repeat(Token), zip(
            starts, map(match_type.end, found), words, lowers, caps, map(str.isalnum, firsts))))
        out.starts += starts
        out.lowers += lowers
        out.caps += caps
    return out


_BLOCK = regex.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_BLANK_LINE = regex.compile(r"\n[ \t]+\n")
_SINGLE_NEWLINE = regex.compile(r"(?<=[^\n])\n(?=[ \t]*[^\s])")


def is_wrapped(text: str) -> bool:
    """Whether lines are hard-wrapped inside paragraphs (as in Project Gutenberg books): the text has blank
    lines, and most single line breaks fall inside a sentence rather than after one."""
    if "\n\n" not in text and not _BLANK_LINE.search(text):
        return False
    inside = total = 0
    for m in _SINGLE_NEWLINE.finditer(text):
        total += 1
        if text[m.start() - 1] not in ".!?\"”’:;)]'»":
            inside += 1
        if total >= 2000:
            break
    return total >= 5 and inside / total > 0.3


def paragraphs(text: str, wrapped: bool | None = None) -> list[Paragraph]:
    """Paragraphs with their offsets: each line, or, in hard-wrapped text, each block between blank lines."""
    if wrapped is None:
        wrapped = is_wrapped(text)
    out = []
    for m in (_BLOCK if wrapped else _PARAGRAPH).finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(make_paragraph(start, end))
    return out


_NEXT_WORD = regex.compile(r"\s+[\"'“‘]?(\p{L}+)")


def _is_ordinal(text: str, dot: int, ordinal_nouns: frozenset[str]) -> bool:
    """ "am 25. Oktober", "zum 3. Mal": a number with a dot before a noun that takes ordinals."""
    if not ordinal_nouns or dot == 0 or not text[dot - 1].isdigit():
        return False
    nxt = _NEXT_WORD.match(text, dot + 1)
    return bool(nxt) and nxt.group(1).lower() in ordinal_nouns


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str], starters: frozenset[str]) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if "." in word:
        nxt = _NEXT_WORD.match(text, dot + 1)
        if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() in starters:
            return False  # "in the U.S. He says": the acronym ends the sentence
    if word in abbreviations:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.")
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 6)


def sentences(text: str, paras: list[Paragraph], lex: Lexicon | None = None) -> list[Sentence]:
    """Sentences within each paragraph, with the abbreviations of `lex`'s language (English by default).
    Quotation marks are not considered here (see attribute.units)."""
    g = (lex or load("en")).g
    out = []
    for pi, para in enumerate(paras):
        start = para.start
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            if text[m.start()] == "." and m.end() - m.start() == 1 \
                    and (_is_abbreviation(text, m.start(), g.abbreviations, g.sentence_starters)
                         or _is_ordinal(text, m.start(), g.ordinal_nouns)):
                continue
            end = m.end()
            out.append(make_sentence(start, end, pi))
            start = end
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            out.append(make_sentence(start, para.end, pi))
    return out
