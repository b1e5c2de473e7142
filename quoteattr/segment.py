"""Stage 1: paragraphs and sentences, as offsets into the original text."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from itertools import accumulate, compress, count, islice, repeat
from operator import itemgetter
from typing import NamedTuple

import regex

from . import lazyregex
from .lexicon import Lexicon, load

from .models import Paragraph, Sentence, make_paragraph, make_sentence

_PARAGRAPH = regex.compile(r"[^\n]+")
# A sentence ends at . ! ? or … (with closing quotes or brackets after it) followed by space and a
# character that can begin a sentence.
# Two quotations with no space between them ('... it."“Then ...') meet at a boundary too: “ before a capital
# opens the next sentence rather than closing this one.
_SENTENCE_END = r"""(?<![.!?…])[.!?…]++(?:[\"'”’»)\]]|“(?![\p{Lu}\p{N}]))*+"""
_NEXT_START = r"""(?:\s+|(?<=[”"])(?=“))[\"'“‘«»„‚`(\[]*[\p{Lu}\p{N}]"""
_BOUNDARY = lazyregex.compile(_SENTENCE_END + "(?=" + _NEXT_START + ")")
_BOUNDARY_SCAN = regex.compile(_SENTENCE_END + "(?=(" + _NEXT_START + "))")  # the same, its look-ahead as group 1
# searched right to left ((?r)): the run of letters and dots that ends where the search ends, the same match as
# a forward search finds, without trying every start before it
_WORD_BEFORE = lazyregex.compile(r"(?r)([\p{L}.]+)$")


_TOKEN_PATTERN = (
    r"[\p{Lu}]\.(?:[\p{L}]\.)+"          # U.S., U.N.
    # (possessive: the word alternative ends the pattern, so its greedy first try is its match; no backtracking
    # states are kept)
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*+(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*+)*+"
    r"|[^\s\p{L}\p{N}]"
)
_TOKEN = lazyregex.compile(_TOKEN_PATTERN)
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
_PROPERTY_CLASS = lazyregex.compile(r"\[(\^?)((?:\\p\{\w+\}|\\s)+)\]")  # [\p{L}\p{N}], [^\s\p{L}\p{N}], ...


@functools.cache
def _bmp_token() -> re.Pattern:
    """_TOKEN for the standard re module, which finds these tokens about 1.6 times as fast, for texts with no
    character beyond U+FFFF. re has no \\p{...}: each class of the pattern ([\\p{L}\\p{N}], ...) is spelt out
    as the ranges of the Basic Multilingual Plane that the regex module itself puts in it, so on such texts
    both patterns match the same tokens. The whole pattern is a group (which changes no match) so that its
    split gives the tokens too (see tokens)."""
    return re.compile("(" + _bmp_pattern(_TOKEN_PATTERN) + ")")


def _bmp_pattern(pattern: str) -> str:
    """`pattern` (of the regex module) for re, on texts within the Basic Multilingual Plane: each class of
    \\p{...} and \\s members spelt out as the BMP ranges regex puts in it (see _bmp_token)."""
    bmp = "".join(map(chr, range(0x10000)))

    def ranges(m: regex.Match) -> str:
        negated, members = m.groups()
        runs = (r.group() for r in regex.finditer(f"[{members}]+", bmp))
        return f"[{negated}" + "".join(re.escape(r[0]) + ("-" + re.escape(r[-1]) if len(r) > 1 else "")
                                       for r in runs) + "]"

    return _PROPERTY_CLASS.sub(ranges, pattern)


@functools.cache
def _bmp_boundary() -> re.Pattern:
    """_BOUNDARY_SCAN for re (texts within the Basic Multilingual Plane, as _bmp_token), written to let
    re's search skip to the next stop: the first stop of a run is found as a stop that follows none, rather
    than by a look-behind at every character. A third of regex's time on news."""
    return re.compile(_bmp_pattern(r"""[.!?…](?<![.!?…][.!?…])[.!?…]*+(?:[\"'”’»)\]]|“(?![\p{Lu}\p{N}]))*+"""
                                   r"""(?=((?:[\s]+|(?<=[”"])(?=“))[\"'“‘«»„‚`(\[]*[\p{Lu}\p{N}]))"""))


# Building the re pattern takes about 0.1 s, which a run over a few small files (and the CLI's start-up)
# would not win back: texts are tokenised with regex until a process has seen this many characters.
_RE_AFTER_CHARS = 500_000
_chars_seen = 0


@functools.cache
def _regex_split() -> Callable[[str], list[str]]:
    """The split of _TOKEN_PATTERN with the tokens captured: gap, token, gap, ..., gap."""
    return regex.compile(f"({_TOKEN_PATTERN})").split


def _token_split(text: str) -> Callable[[str], list[str]]:
    """The split (gap, token, gap, ..., gap) to tokenise `text` with: re's where it can (see _bmp_token),
    else regex's."""
    global _chars_seen
    _chars_seen += len(text)
    if _chars_seen >= _RE_AFTER_CHARS and _within_bmp(text):
        return _bmp_token().split
    return _regex_split()


def _within_bmp(text: str) -> bool:
    """Whether no character of `text` is beyond U+FFFF (what a search of _BEYOND_BMP tells), about ten times
    as fast: an ASCII text is known at once; another up to _PIECE characters is so when its UTF-16 form has
    two bytes a character (no surrogate pair; a lone surrogate passes as itself). A longer text is searched,
    rather than copied."""
    if text.isascii():
        return True
    if len(text) > _PIECE:
        return not _BEYOND_BMP.search(text)
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # begins with an upper-case letter
    word: bool  # begins with a letter or digit (not a symbol)


_new_token = tuple.__new__  # skips NamedTuple's Python-level __new__
_first = itemgetter(0)


class Tokens:
    """The tokens of a text in order, held as columns: parallel lists, one entry a token, in token order.

    `starts`, `ends`: offsets in the text; `texts`: the token's text; `lowers`: its lower-case form; `caps`:
    whether it begins with an upper-case letter; `words`: whether it begins with a letter or digit (not a
    symbol). The stages that scan tokens read the columns directly (``toks.lowers[k]``), and scans over a
    whole column pick out the few tokens worth a look at C speed (map, compress). No object is made per
    token: `toks[k]` (and iteration, slices) makes a Token of token k's fields on request, for the few
    places that want one."""

    __slots__ = ("starts", "ends", "texts", "lowers", "caps", "words")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.lowers: list[str] = []
        self.caps: list[bool] = []
        self.words: list[bool] = []

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(map(_new_token, repeat(Token), zip(
                self.starts[k], self.ends[k], self.texts[k], self.lowers[k], self.caps[k], self.words[k])))
        return _new_token(Token, (self.starts[k], self.ends[k], self.texts[k], self.lowers[k], self.caps[k],
                                  self.words[k]))

    def __iter__(self):
        return map(_new_token, repeat(Token), zip(
            self.starts, self.ends, self.texts, self.lowers, self.caps, self.words))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (Tokens, list)) else NotImplemented


def capitalise_compounds(toks: Tokens) -> None:
    """Where nouns are capitalised, a compound whose first part is a lower-case name and whose last part is a
    noun ("taz-Redaktion", "eBay-Sprecherin", "iPhone-Hersteller") is a noun: its token counts as capitalised."""
    texts, caps = toks.texts, toks.caps
    for k in compress(count(), map(str.__contains__, texts, repeat("-"))):
        word = texts[k]
        if not caps[k] and word[:1].isalpha() and word.rpartition("-")[2][:1].isupper():
            caps[k] = True


def tokens(text: str) -> Tokens:
    """Words (acronyms with dots kept whole, apostrophes and hyphens inside words) and single symbols."""
    # Built column by column with map() rather than by a loop: there is no Python-level step per token.
    # The pattern splits the text (with the tokens captured) into gap, token, gap, ..., so the offsets are
    # the running sum of the pieces' lengths: no match object is made. A long text goes by pieces cut at
    # a space (no token holds one), which keeps the lists held at once short.
    out = Tokens()
    split = _token_split(text)
    n = len(text)
    # A long text holds one string object per distinct word: it says the same words again and again, and
    # a token's text and lower-case form are one string for most words. This halves the memory the tokens
    # take (a third of what a long text's extraction holds); on a short text it would cost more time than
    # the memory is worth.
    same = {}.setdefault if n > _PIECE else None
    at = 0
    while at < n:
        cut = n
        if n - at > _PIECE:
            cut = max(text.rfind(" ", at, at + _PIECE), text.rfind("\n", at, at + _PIECE))
            if cut <= at:
                space = _SPACE.search(text, at + _PIECE)
                cut = space.start() if space else n
        parts = split(text[at:cut])
        offsets = list(accumulate(map(len, parts), initial=at))
        words = parts[1::2]
        lowers = list(map(str.lower, words))
        if same is not None:
            words = list(map(same, words, words))
            lowers = list(map(same, lowers, lowers))
        firsts = list(map(_first, words))
        columns = (offsets[1:-1:2], offsets[2:-1:2], words, lowers,
                   list(map(str.isupper, firsts)), list(map(str.isalnum, firsts)))
        if out.starts:
            for held, more in zip((out.starts, out.ends, out.texts, out.lowers, out.caps, out.words), columns):
                held += more
        else:  # the first piece (most texts have one): its columns are the text's, not copied
            out.starts, out.ends, out.texts, out.lowers, out.caps, out.words = columns
        at = cut
    return out


_PIECE = 1 << 16
_SPACE = re.compile(r"\s")


_BLOCK = lazyregex.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_BLANK_LINE = regex.compile(r"\n[ \t]+\n")
_SINGLE_NEWLINE = lazyregex.compile(r"(?<=[^\n])\n(?=[ \t]*[^\s])")


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
    if total < 5 or inside / total <= 0.3:
        return False
    # hard-wrapped lines are short (a book's run to 70-80 characters); a text whose lines are often much
    # longer holds one paragraph a line, headings and captions with no stop among them (news)
    lines = [len(line) for line in islice(text.split("\n", 4000), 4000) if line.strip()]
    return sum(n > _WRAP_WIDTH for n in lines) <= 0.1 * len(lines)


_WRAP_WIDTH = 100


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


_NEXT_WORD = lazyregex.compile(r"\s+[\"'“‘]?(\p{L}+)")


def _is_ordinal(text: str, dot: int, ordinal_nouns: frozenset[str]) -> bool:
    """ "am 25. Oktober", "zum 3. Mal": a number with a dot before a noun that takes ordinals."""
    if not ordinal_nouns or dot == 0 or not text[dot - 1].isdigit():
        return False
    nxt = _NEXT_WORD.match(text, dot + 1)
    return bool(nxt) and nxt.group(1).lower() in ordinal_nouns


def _word_before(text: str, dot: int) -> str | None:
    """The run of letters and dots that _WORD_BEFORE's search finds before `dot` (within 12 characters), if
    any. A run of ASCII letters, as most are, is read here; where it meets another character (a letter of
    another script, or a line break before the dot, where "$" matches too) the search tells."""
    lo = max(0, dot - 12)
    k = dot
    while k > lo and text[k - 1] in _ASCII_LETTERS_DOT:
        k -= 1
    if k == lo or text[k - 1].isascii() and (k < dot or text[k - 1] != "\n"):
        return text[k:dot] if k < dot else None
    m = _WORD_BEFORE.search(text, lo, dot)
    return m.group(1) if m else None


_ASCII_LETTERS_DOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str], starters: frozenset[str]) -> bool:
    word = _word_before(text, dot)
    if word is None:
        return False
    word = word.lower().strip(".")
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
    out: list[Sentence] = []
    if not paras:
        return out
    # One search over the text instead of one per paragraph: a boundary counts only where what its
    # look-ahead needs (group 1: spaces, then a capital) lies inside the boundary's paragraph, which is
    # what a search bounded by the paragraph's end finds (_BOUNDARY's parts match in one way only).
    pi = 0
    para = paras[0]
    start = para.start
    scan = _bmp_boundary() if _chars_seen >= _RE_AFTER_CHARS and _within_bmp(text) else _BOUNDARY_SCAN
    for m in scan.finditer(text, para.start, paras[-1].end):
        at = m.start()
        while at >= para.end:
            if start < para.end:
                out.append(make_sentence(start, para.end, pi))
            pi += 1
            para = paras[pi]
            start = para.start
        if at < para.start or m.end(1) > para.end:
            continue  # between the paragraphs given, or its look-ahead runs past its paragraph's end
        if text[at] == "." and m.end() - at == 1 \
                and (_is_abbreviation(text, at, g.abbreviations, g.sentence_starters)
                     or _is_ordinal(text, at, g.ordinal_nouns)):
            continue
        end = m.end()
        out.append(make_sentence(start, end, pi))
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    while True:
        if start < para.end:
            out.append(make_sentence(start, para.end, pi))
        pi += 1
        if pi == len(paras):
            return out
        para = paras[pi]
        start = para.start


_HEADINGS: dict[str, regex.Pattern] = {}  # per language (its [definite-articles]): see _heading


def _heading(lex: Lexicon) -> regex.Pattern:
    """A heading word, a definite article perhaps ("Book the Second"), and a numeral or a word: groups 1 to 4."""
    pattern = _HEADINGS.get(lex.lang)
    if pattern is None:
        articles = "|".join(regex.escape(w) for w in sorted(lex.g.definite_articles, key=len, reverse=True)) or "(?!)"
        pattern = _HEADINGS[lex.lang] = lazyregex.compile(
            r"(\p{Lu}\p{L}*)\.?\s+(?:(?i:(" + articles + r"))\s+)?(?:([IVXLCDM]+|[ivxlcdm]+|\d+)\b|(\p{L}[\p{L}-]*))")
    return pattern


# after the number: nothing, or the chapter's title after a stop ("Chapter 3. The Storm"); not a sentence
# going on ("Section 230 protects ...")
_HEADING_REST = lazyregex.compile(r"\s*(?:[.:]\s*)?$|\s*[.:—–-]")
_NUMERAL_LINE = lazyregex.compile(r"[IVXLCDM]+\.?|\d+\.?")


def headings(text: str, paras: list[Paragraph], lex: Lexicon) -> set[int]:
    """Indices of the paragraphs that head a division of a book: a short line with a heading word and its
    number ("CHAPTER IV.", "Chapter 12", "BOOK THE SECOND. THE RIVER"), a Roman or Arabic numeral alone
    ("XII.") in a text with two such lines at least, and a line in capitals right after a heading of the
    first kind (the chapter's title)."""
    words = lex.g.heading_words
    heading = _heading(lex)
    # a line whose heading word (group 1, lower-cased) is one of `words` begins with one, lower-cased: an
    # ASCII line that begins with none needs no match (most short lines of news are such)
    word_starts = tuple(words)
    out: set[int] = set()
    numerals: list[int] = []  # lines that are a numeral alone: headings only when a text has several
    for k, p in enumerate(paras):
        if p.end - p.start > 80 or "\n" in text[p.start:p.end]:
            continue
        line = text[p.start:p.end]
        m = heading.match(line) if not line.isascii() or line.lower().startswith(word_starts) else None
        if m and m.group(1).lower() in words and (
                m.group(3) or m.group(4).lower() in lex.g.number_words or m.group(4).isupper() or m.group(2)) \
                and _HEADING_REST.match(line, m.end()):
            out.add(k)
        elif _NUMERAL_LINE.fullmatch(line):
            numerals.append(k)
        elif k - 1 in out and not any(c.islower() for c in line) and any(c.isupper() for c in line):
            out.add(k)
    if len(numerals) >= 2:
        out.update(numerals)
    return out


def paragraph_at(paras: list[Paragraph], pos: int) -> int:
    """Index of the paragraph that begins at or last before `pos` (-1 before the first)."""
    return bisect.bisect_right(paras, pos, key=_paragraph_start) - 1


def _paragraph_start(p: Paragraph) -> int:
    return p.start
