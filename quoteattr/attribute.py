"""Stage 4: attribution. Link reported content to a cue and a speaker mention through ordered sieves.

Order of decisions (most precise first, each filling only what is still open):

1. Frames: every cue with a speaker next to it (speaker-cue, cue-speaker, appositive or relative clause
   between, "according to X", a participle inheriting its sentence's speaker) claims the content on
   one side: the clause after it ("X said (that) ...", "X said: "..."") or before it ("...," X said).
   Content that is exactly one quotation is a direct quote; content holding quoted words is mixed;
   content without marks is indirect. A frame inside another frame's content is part of it.
2. Split quotes: a quote right after "...," X said, in the same sentence is X's too.
3. Same sentence: a quote in a sentence whose speaker is known gets that speaker.
4. Introduced and floating quotes: a sentence wholly in quotes with no cue takes the speaker a
   preceding colon sentence introduced ("X wrote on Twitter:"), else that of the previous quote
   nearby, else the subject of the previous sentence.
5. Dash attribution: "..." — Jane Doe.

Quotes left over that look like titles, names or scare quotes (Title-Case words, a few words inside a
sentence with no cue) are not statements and are not reported.
"""
from __future__ import annotations

import bisect
import itertools
import re
import dataclasses
import functools
import operator
from collections.abc import Callable

import regex
from dataclasses import dataclass

from . import lazyregex
from .lexicon import Lexicon
from .models import Attribution, Cue, Mention, Paragraph, QuoteSpan, Sentence, make_attribution
from .segment import Token, Tokens

_CLOSERS = set("\"'”’»›」』")
_END_PUNCT = set(".,;:!?…—–- \t\n")
_WORD = re.compile(r"\S+")  # a word as str.split() finds it (the stdlib's \s is str.isspace(), unlike regex's)

# Confidence of each rule; journalists see these with --explain.
CONFIDENCE = {
    "quote-speaker-cue": 0.95,
    "quote-cue-speaker": 0.95,
    "speaker-cue-quote": 0.9,
    "speaker-cue-content": 0.8,
    "cue-speaker-content": 0.75,
    "content-speaker-cue": 0.75,
    "content-cue-speaker": 0.75,
    "parenthetical": 0.7,
    "according-to": 0.85,
    "so-speaker": 0.85,
    "reported-continuation": 0.55,
    "reported-subjunctive": 0.45,
    "as-speaker-cue": 0.8,
    "participle": 0.8,
    "coordinated": 0.8,
    "split-quote": 0.9,
    "same-sentence": 0.7,
    "adjacent-verb": 0.75,
    "introduced-quote": 0.7,
    "floating-quote": 0.6,
    "conversation": 0.55,
    "unattributed": 0.3,
    "previous-sentence": 0.5,
    "dash": 0.85,
    "labelled-quote": 0.7,
    "sentence-subject": 0.4,
    "quoted-speaker": 0.8,
    "demonstrative-report": 0.7,
    "opinion-holder": 0.6,
    "relative-clause": 0.6,
    "passive-agent": 0.6,
    "colon-quote": 0.55,
    "headline-label": 0.6,
}


@dataclass(slots=True)
class _Frame:
    cue: Cue
    speaker: Mention
    side: str          # "right" (content after the cue), "left" (before), "around" (parenthetical)
    rule: str
    appositive: bool
    unit: int
    start: int = 0
    end: int = 0


_START = operator.attrgetter("start")
_CLAUSE_BREAKS = frozenset((",", ";", ":"))
_END = operator.attrgetter("end")
_FLIP = bytes([1, 0]) + bytes(254)  # bytes.translate table: 0 <-> 1


class _Doc:
    """Lookups over one document shared by the sieves."""

    def __init__(self, text, paras, sents, toks, spans, cues, mentions, lex):
        self.text = text
        self.lex = lex
        self.g = lex.g
        self.contrast = _contrast(lex)
        self.paras = paras
        self.toks = toks
        self.tok_starts = toks.starts
        # tok_at(pos): the index of the first token starting at or after pos (a bisection called from C, with
        # no Python frame: it is looked up some 250 times a document)
        self.tok_at: Callable[[int], int] = functools.partial(bisect.bisect_left, toks.starts)
        self.outer = [q for q in spans if q.depth == 0]
        self.outer_opens = [q.open_at for q in self.outer]
        self.opens_sorted = all(a <= b for a, b in zip(self.outer_opens, self.outer_opens[1:]))
        self.qmap = self._quote_map()
        # the cues and mentions outside quotations, picked at C speed by the map flipped (1 outside)
        outside = self.qmap.translate(_FLIP).__getitem__
        self.cues = list(itertools.compress(cues, map(outside, map(_START, cues))))
        self.cue_starts = list(map(_START, self.cues))
        self.mentions = list(itertools.compress(mentions, map(outside, map(_START, mentions))))
        self.by_end = dict(zip(map(_END, self.mentions), self.mentions))
        self.by_start = dict(zip(map(_START, self.mentions), self.mentions))
        self.mention_starts = list(map(_START, self.mentions))
        self.beliefs = False  # whether cues of thinking report content without quotation marks too
        self.names = [m for m in self.mentions if m.type == "name"]
        self.name_starts = [m.start for m in self.names]
        self._stops: list[int] | None = None
        self.dialogue = self._is_dialogue()
        self.units = self._units(sents)
        self._bounds: dict[int, tuple[int, int]] = {}
        self.unit_starts = [u[0] for u in self.units]
        self.para_starts = [p.start for p in paras]
        self._next_comma: list[int] | None = None
        self._last_passive: Callable[[int], int] | None = None
        self._breaks: list[int] | None = None  # (last_clause_break)

    def next_comma(self, k: int) -> int:
        """Index of the first comma outside quotations at token k or after it, else len(toks) (the table is
        made once a document)."""
        if self._next_comma is None:
            n = len(self.toks)
            table = [n] * (n + 1)
            texts, starts = self.toks.texts, self.toks.starts
            for j in range(n - 1, -1, -1):
                table[j] = j if texts[j] == "," and not self.in_quote(starts[j]) else table[j + 1]
            self._next_comma = table
        return self._next_comma[k]

    def last_passive_aux(self, k: int) -> int:
        """Index of the last auxiliary of grammar [passive-aux] ("wird", "was") outside quotations at token k
        or before it, else -1 (the table is made once a document)."""
        if k < 0:
            return -1
        if self._last_passive is None:
            # the auxiliaries picked at C speed, then those outside quotations (in_quote at a token's start is
            # the map's byte): a test for the few auxiliaries rather than for every token
            qmap, starts = self.qmap, self.toks.starts
            self._last_passive = self._last_at([k for k in itertools.compress(
                itertools.count(), map(self.g.passive_aux.__contains__, self.toks.lowers)) if not qmap[starts[k]]])
        return self._last_passive(k)

    def last_clause_break(self, k: int, lo: int) -> int:
        """Index of the last comma, semicolon or colon at token k or before it and at token lo or after it,
        else -1. The callers look within a sentence: up to 40 tokens back are read; a list of the document's
        breaks (made once) answers beyond that, so a very long sentence costs no more than a short one."""
        texts = self.toks.texts
        if lo < 0:
            lo = 0
        near = k - 40 if k - 40 > lo else lo
        j = k
        while j >= near:
            if texts[j] in _CLAUSE_BREAKS:
                return j
            j -= 1
        if near == lo:
            return -1
        if self._breaks is None:
            self._breaks = list(itertools.compress(itertools.count(), map(_CLAUSE_BREAKS.__contains__, texts)))
        i = bisect.bisect_right(self._breaks, k)
        return self._breaks[i - 1] if i and self._breaks[i - 1] >= lo else -1

    @staticmethod
    def _last_at(at: list[int]) -> Callable[[int], int]:
        """The lookup k -> the last index of `at` (ascending) at k or before it, else -1."""

        def last(k: int) -> int:
            i = bisect.bisect_right(at, k)
            return at[i - 1] if i else -1
        return last

    def _is_dialogue(self) -> bool:
        return dialogue_heavy(self.paras, self.outer)

    def _quote_map(self) -> bytearray:
        """One byte a character of the text (and one after it), 1 where in_quote finds a quotation: the hot
        loops read it for a token's start instead of bisecting the quotations."""
        n = len(self.text)
        qmap = bytearray(n + 1)
        outer, opens = self.outer, self.outer_opens
        if not self.opens_sorted:  # (quotations out of order: position by position)
            for pos in range(min(opens), min(n, max(q.close_end for q in outer))):
                k = bisect.bisect_right(opens, pos) - 1
                qmap[pos] = k >= 0 and outer[k].open_at <= pos < outer[k].close_end
            return qmap
        for i, q in enumerate(outer):
            # in_quote takes the last quotation opening at or before a position: this one's positions end
            # where the next one opens
            end = min(q.close_end, n, opens[i + 1] if i + 1 < len(opens) else n)
            if end > q.open_at:
                qmap[q.open_at:end] = b"\x01" * (end - q.open_at)
        return qmap

    def in_quote(self, pos: int) -> QuoteSpan | None:
        if 0 <= pos < len(self.qmap):
            return self.outer[bisect.bisect_right(self.outer_opens, pos) - 1] if self.qmap[pos] else None
        k = bisect.bisect_right(self.outer_opens, pos) - 1
        if k >= 0 and self.outer[k].open_at <= pos < self.outer[k].close_end:
            return self.outer[k]
        return None

    def _units(self, sents: list[Sentence]) -> list[tuple[int, int, int]]:
        """Sentences, merged where a quotation runs over a sentence boundary: (start, end, paragraph)."""
        units: list[list[int]] = []
        qmap, text = self.qmap, self.text
        for s in sents:
            if units:
                prev_end = units[-1][1]
                # (the quotation map and the first test of _attribution_follows skip most calls)
                q = self.in_quote(prev_end - 1) if qmap[prev_end - 1] else None
                if q is not None and q.close_end > prev_end or qmap[s.start] and self._opens_before(prev_end, s.start) \
                        or s.paragraph == units[-1][2] and text[prev_end - 1] in _CLOSERS \
                        and self._attribution_follows(prev_end, s.start):
                    units[-1][1] = s.end
                    continue
            units.append([s.start, s.end, s.paragraph])
        return [tuple(u) for u in units]

    def _attribution_follows(self, prev_end: int, start: int) -> bool:
        """'"Where was it?" Brennan asked.': a quotation ending in ? or ! and its attribution are one unit (in one
        paragraph: '"To be sure!"' ending one and 'Lucy laughed.' opening the next are two turns)."""
        text = self.text
        if prev_end < 2 or text[prev_end - 1] not in _CLOSERS or text[prev_end - 2] not in "?!,":
            return False
        if self._stops is None:
            self._stops = [m.start() for m in re.finditer(r"\.", text)]  # once a document
        i = bisect.bisect_left(self._stops, start)
        if i == len(self._stops):
            return False
        nxt = self._stops[i]
        # the words up to the full stop, counted no further than ten words and an appositive (at most eleven
        # tokens, below) can hold: with more than 30 the answer is always no (the count once ran to the next
        # full stop after each question, however far)
        words = sum(1 for _ in itertools.islice(_WORD.finditer(text, start, nxt), 31))
        k = self.tok_at(start)
        toks = self.toks
        m = self.by_start.get(start)
        if m is not None:
            k = self.tok_at(m.end)
            if k < len(toks) and toks.texts[k] == ",":
                # '"How are you?" Eva Mill, a retired nurse, said.': an appositive between name and verb
                j = k + 1
                while j < len(toks) and j - k < 10 and toks.texts[j] not in (",", ".", ";", "!", "?") \
                        and toks.lowers[j] not in self.lex.verbs:
                    j += 1
                if j < len(toks) and toks.texts[j] == "," and j > k + 1:
                    words -= len(text[toks.starts[k]:toks.ends[j]].split())
                    k = j + 1
        if words > (10 if self.dialogue else 30):
            # (news: '"Why?" Ann Cole asked of the plan on Monday, when the board met in a closed session.'
            # is one unit however long the attribution; in fiction a long sentence after an exclamation is
            # more often narration)
            return False
        for j in range(k, min(len(toks), k + 3)):
            low = toks.lowers[j]
            if low in self.lex.verbs or low in self.lex.phrases:
                return True
            if low not in self.g.aux:
                return False
        return False

    def _opens_before(self, prev_end: int, start: int) -> bool:
        q = self.in_quote(start)
        return q is not None and q.open_at < prev_end

    _PUNCT = frozenset(" ,.:;!?—–-\n\t")

    def content_bounds(self, u: int) -> tuple[int, int]:
        """First and last positions of unit u that are not spaces or punctuation (cached)."""
        cached = self._bounds.get(u)
        if cached is None:
            start, end, _ = self.units[u]
            text, punct = self.text, self._PUNCT
            first, last = start, end - 1
            while first < end and text[first] in punct:
                first += 1
            while last >= start and text[last] in punct:
                last -= 1
            cached = self._bounds[u] = (first, last)
        return cached

    def unit_of(self, pos: int) -> int:
        k = bisect.bisect_right(self.unit_starts, pos)
        return k - 1 if k else 0

    def para_of(self, pos: int) -> int:
        k = bisect.bisect_right(self.para_starts, pos)
        return k - 1 if k else 0

    def quotes_in(self, start: int, end: int) -> list[QuoteSpan]:
        k = bisect.bisect_left(self.outer_opens, start)
        if self.opens_sorted:
            return self.outer[k:bisect.bisect_left(self.outer_opens, end, k)]
        out = []
        while k < len(self.outer) and self.outer[k].open_at < end:
            out.append(self.outer[k])
            k += 1
        return out


def dialogue_heavy(paras: list[Paragraph], spans: list[QuoteSpan]) -> bool:
    """Whether the text is dialogue-heavy fiction: many short paragraphs that open with a quotation.
    There a new paragraph of dialogue is a new speaker's turn; in news it continues the last speaker."""
    opens = {q.open_at for q in spans if q.depth == 0}
    short = sum(1 for p in paras if p.end - p.start < 150 and p.start in opens)
    return short >= 12 and short >= 0.15 * len(paras)


_CONTRASTS: dict[str, regex.Pattern] = {}
_CONTRASTS_NO_DASH: dict[str, regex.Pattern] = {}
_DASH_ASIDE = r"(?<!\s)\s+(?:—|–|--)\s+"


def _contrast(lex: Lexicon, dashes: bool = True) -> regex.Pattern:
    """A comma and a contrasting word ("..., while"), or a dash aside: where a content on the right stops.
    Without `dashes`, the pattern less the dash aside, for a text with no dash: it finds the same there,
    about twice as fast (the aside's leading \\s+ is tried at every space)."""
    if lex.lang not in _CONTRASTS:
        words = "|".join(regex.escape(w) for w in sorted(lex.g.contrast, key=len, reverse=True)) or "(?!)"
        _CONTRASTS[lex.lang] = lazyregex.compile(r",\s+(?:" + words + r")\b|" + _DASH_ASIDE + r"|;\s")
        _CONTRASTS_NO_DASH[lex.lang] = regex.compile(r",\s+(?:" + words + r")\b|;\s")
    return (_CONTRASTS if dashes else _CONTRASTS_NO_DASH)[lex.lang]


def _unpaired(text: str, stops: list) -> list[int]:
    """Where the contrast matches `stops` begin, less the pairs of like dashes around an aside within the
    content ("asked the board to list its costs — every one of them — by Friday")."""
    out: list[int] = []
    open_dash = None
    for cm in stops:
        dash = cm.group().strip()
        if dash in ("—", "–", "--"):
            if open_dash is not None and open_dash[0] == dash:
                out.pop()  # the opening dash, always the last stop kept (any other stop resets open_dash)
                open_dash = None
                continue
            open_dash = (dash, cm.start())
        else:
            open_dash = None
        out.append(cm.start())
    return out


def _skip_space_left(text: str, pos: int, floor: int) -> int:
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos


def _skip_space_right(text: str, pos: int, ceil: int) -> int:
    while pos < ceil and text[pos].isspace():
        pos += 1
    return pos


def _speaker_score(m: Mention, lex: Lexicon) -> int:
    if m.type == "name":
        person = m.title or m.gender in ("m", "f") or m.org
        return 3 if person else 2
    if m.type in ("pronoun", "description", "group"):
        return 2
    return 1


def _left_speaker(d: _Doc, cue: Cue, floor: int) -> tuple[Mention | None, bool, bool]:
    """The subject before a cue: (mention, across an appositive, negated)."""
    text, toks = d.text, d.toks
    k = d.tok_at(cue.start) - 1
    skipped = 0
    negated = False
    negation, aux = d.g.negation, d.g.aux
    while k >= 0 and toks.starts[k] >= floor and skipped < 4:
        low = toks.lowers[k]
        if low in negation or low.endswith("n't"):
            negated = True
        elif low in aux or (low.endswith(d.g.skip_adverb_endings) and low.isalpha() and not toks.caps[k] and len(low) > 4):
            pass
        else:
            break
        skipped += 1
        k -= 1
    if k < 0 or toks.starts[k] < floor:
        return None, False, negated
    k = _before_tag(d, k, floor)  # "Ned Varga (D-Ore.) told reporters"
    if "verb-second" not in d.g.settings and toks.lowers[k] in d.g.time_words and d.by_end.get(toks.ends[k]) is None:
        # "The Port Authority on Monday said", "Ann Cole last night told": a time phrase between subject and verb
        j = k
        while j > 0 and k - j < 3 and toks.starts[j] >= floor and toks.lowers[j] in d.g.time_words:
            j -= 1
        if toks.starts[j] >= floor:
            j = _before_tag(d, j, floor)  # "Ned Varga (D-Ore.) last week said"
        if toks.starts[j] >= floor and d.by_end.get(toks.ends[j]) is not None:
            k = j
    if "nouns-capitalised" in d.g.settings:
        k = _before_quoted_name(d, k, floor)  # 'Die Organisation „Ärzte der Welt“ warnte'
    if "verb-second" in d.g.settings and d.by_end.get(toks.ends[k]) is None:
        k = _before_prepositional_phrases(d, k, floor)  # "Ein Sprecher in Berlin sagte"
        if k < 0:
            return None, False, negated
    pos = toks.ends[k]
    m = _postmodified_source(d, k, floor) or d.by_end.get(pos) or _adhoc_description(d, k, floor) \
        or _counted_share(d, k, floor)
    if m is not None and m.start >= floor and "verb-second" in d.g.settings and _after_preposition(d, m):
        # "Korff hatte in einer Rede verkündet", "Paolo hatte mit den Worten abgelehnt": a prepositional
        # phrase before the verb is no subject; look further left, past the phrase and auxiliaries
        j = _before_prepositional_phrases(d, k, floor)
        if 0 <= j < k and toks.starts[j] >= floor:
            left = d.by_end.get(toks.ends[j])
            if left is not None and left.start >= floor and not _after_preposition(d, left):
                return left, False, negated
    if m is not None and m.start >= floor and m.type in ("description", "group") \
            and "nouns-capitalised" not in d.g.settings and m.head is not None and not d.dialogue \
            and (_after_preposition(d, m) or m.head in d.g.time_words):
        # "Ann Cole at the time said", "Mark Hill, who has in earlier years called", "The department ten days ago
        # said": an adverbial before the verb, the subject before it
        j = d.tok_at(m.start) - 1
        if j >= 0 and toks.lowers[j] in d.g.prepositions:
            j -= 1
        if j >= 1 and toks.lowers[j] == "than" and toks.lowers[j - 1] in d.g.quantifiers:
            j -= 2  # "less than ten days ago", "more than six weeks ago"
        elif j >= 0 and toks.lowers[j] in d.g.quantity_modifiers:
            j -= 1  # "nearly ten days ago"
        while j >= 0 and toks.starts[j] >= floor and toks.lowers[j] in d.g.aux:
            j -= 1  # "who has in earlier years called"
        left = d.by_end.get(toks.ends[j]) if j >= 0 and toks.starts[j] >= floor else None
        if left is not None and left.start >= floor and not _after_preposition(d, left):
            return left, False, negated
        if j >= 0 and toks.starts[j] >= floor and toks.lowers[j] in d.g.relative:
            k = j
            m = None
    if m is not None and m.start >= floor and m.type != "pronoun" and "verb-second" not in d.g.settings \
            and not d.dialogue:
        m = _relative_clause_owner(d, m, floor) or m  # "An official who keeps the logs said"
    if m is not None and m.start >= floor:
        return m, False, negated
    relative = toks.lowers[k] in d.g.relative and k > 0 and toks.texts[k - 1] == ","
    if d.dialogue and not relative and toks.lowers[k] in d.g.relative and k > 0 and toks.starts[k - 1] >= floor:
        # fiction: 'It was Mr. Crane who declared, "..."': the one the relative clause is about, no comma between
        m = d.by_end.get(toks.ends[k - 1]) or _adhoc_description(d, k - 1, floor)
        if m is not None and m.start >= floor:
            return m, False, negated
    if not d.dialogue and not relative and toks.lowers[k] in d.g.relative and k > 0 and toks.starts[k - 1] >= floor \
            and "verb-second" not in d.g.settings and cue.lemma.split()[0] in d.g.say_verbs:
        # news: "rivals who say the pier will never pay for itself", "the 30 percent who said ...": the ones the restrictive
        # relative clause is about
        m = d.by_end.get(toks.ends[k - 1]) or _counted_share(d, k - 1, floor)
        if m is not None and m.start >= floor and m.type in ("name", "description", "group"):
            return m, False, negated
    if relative:
        k -= 1  # "Hugo Marsh, a baker from Eastfield, who said": search from the comma before who
    elif toks.texts[k] != ",":
        if "verb-second" not in d.g.settings and not d.dialogue and (
                cue.lemma.split()[0] in d.g.say_verbs
                or cue.lemma in d.g.finding_verbs and (toks.lowers[k] in d.g.evidence_nouns
                                                       or _evidence_before(d, k, floor))):
            return _subject_phrase(d, cue, k, floor), False, negated
        if "verb-second" not in d.g.settings and not d.dialogue and _that_clause_after(d, cue, k):
            m = _subject_phrase(d, cue, k, floor)
            j = d.tok_at(m.start) if m is not None else 0
            relative = j > 0 and toks.lowers[j - 1] in d.g.that  # "The report that the board released warns that"
            if m is not None and not any(low in d.g.finite or low in d.g.clause_verbs or relative and _verb_form(d, low)
                                         for low in toks.lowers[j:k + 1]):
                return m, False, negated  # (not "drew up a list of hard questions that ...": a verb before)
        return None, False, negated
    # an appositive or relative clause: "General Austin Miller, NATO-led ... commander, warned"
    best = None
    commas = 0
    cand = d.by_end.get(_skip_space_left(text, toks.starts[k], floor))
    if relative and cand is not None and cand.start >= floor:
        best = (_speaker_score(cand, d.lex) - _after_preposition(d, cand), cand)
    elif cand is not None and cand.start >= floor and cand.type == "name" and not _after_preposition(d, cand):
        # the name as the appositive: '"...," the mayor's chief of staff, Ray Kasey, told reporters'; a
        # subject further left with as good a score still wins ("Smith, like Jones, said")
        best = (_speaker_score(cand, d.lex), cand)
    j = k - 1
    while j >= 0 and toks.starts[j] >= floor and k - j < 40:
        tt = toks.texts[j]
        if tt == "." and j > 0 and (toks.lowers[j - 1] in d.g.abbreviations or len(toks.texts[j - 1]) == 1
                                    or j + 1 < len(toks) and toks.texts[j + 1] == ","):
            j -= 1  # "Mr.", "Gov." and "Huntsville, Ala.," inside an appositive end no sentence
            continue
        quoted = tt in _CLOSERS and not _plural_possessive(d, j) or d.qmap[toks.starts[j]]
        if quoted and commas == 0:
            before = _named_thing_quote(d, j, floor)
            if before is not None:
                j = before  # 'Ann Cole, wearing a cap and "Vote Now" pins, said': a name in marks inside the appositive
                continue
        if tt in (".", ";", "!", "?") or quoted:
            break
        if tt == ",":
            commas += 1
            if commas > 3:
                break
            cand = d.by_end.get(toks.ends[_before_tag(d, j - 1, floor)] if j > 0 else -1)
            if cand is not None and cand.start >= floor and _after_preposition(d, cand):
                # "Gov. John Kane of Ohio, a Republican, said": the name the phrase belongs to
                owner = d.by_end.get(_skip_space_left(text, d.toks.starts[d.tok_at(cand.start) - 1], floor))
                if owner is not None and owner.start >= floor and owner.type == "name":
                    cand = owner
            if cand is not None and cand.start >= floor:
                score = _speaker_score(cand, d.lex) - _after_preposition(d, cand)
                # ties go to the leftmost: the subject comes before its appositives
                if best is None or score >= best[0]:
                    best = (score, cand)
        j -= 1
    if best is not None:
        return best[1], True, negated
    if "nouns-capitalised" in d.g.settings and commas == 1 and not relative:
        m = _unlisted_name_opening(d, j + 1, k, floor)
        if m is not None:
            return m, True, negated
    return None, False, negated


def _relative_clause_owner(d: _Doc, m: Mention, floor: int) -> Mention | None:
    """English: the person a restrictive relative clause describes when `m`, right before a cue, ends that
    clause ("An official who keeps the ferry logs said": the official, not the logs); not
    where `m` follows the relative pronoun ("the man who Ann Cole said"), nor past punctuation. (A pronoun
    in the subject case before the cue is its subject: "neighbours who say she must": the caller checks.)"""
    toks = d.toks
    first = d.tok_at(m.start)
    j = first - 1
    while j > 0 and first - j <= 10 and toks.starts[j] >= floor:
        if not toks.words[j] or d.qmap[toks.starts[j]]:
            return None
        if toks.lowers[j] in d.g.relative:
            owner = d.by_end.get(toks.ends[j - 1]) if j < first - 1 else None
            if owner is not None and owner.start >= floor and owner.type in ("description", "name", "group"):
                return owner
            return None
        j -= 1
    return None


def _named_thing_quote(d: _Doc, j: int, floor: int) -> int | None:
    """English: the token before a short quotation that token j closes or lies in, when the quotation stands
    between two words inside a phrase and opens with a capital (a title or slogan: 'a cap and "Vote Now"
    pins', 'the author of "Harbor Blues," about ...'), else None."""
    if "verb-second" in d.g.settings:
        return None
    text, toks = d.text, d.toks
    q = d.in_quote(toks.starts[j]) or d.in_quote(toks.starts[j] - 1)
    if q is None or q.open_at <= floor or q.close_end > toks.ends[j] + 1 or _word_count(text, q.start, q.end) > 4 \
            or not text[q.start].isupper():
        return None  # (not a label in lower case: 'who called Hill "a fraud" on Monday')
    after = _skip_space_right(text, q.close_end, len(text))
    before = _skip_space_left(text, q.open_at, floor)
    if not (text[after:after + 1].isalpha() and text[after:after + 1].islower()) \
            or not text[before - 1:before].isalpha():
        return None
    k = d.tok_at(q.open_at) - 1
    return k if k >= 0 and toks.starts[k] >= floor else None


def _evidence_before(d: _Doc, k: int, floor: int) -> bool:
    """English news: a noun of [evidence-nouns] heads the words before a finding verb, with a few words
    after it up to token k ("A Harbor News poll in March shows", "a survey of voters released Friday found")."""
    toks = d.toks
    for j in range(k - 1, max(-1, k - 9), -1):
        low = toks.lowers[j]
        if toks.starts[j] < floor or not toks.words[j] or low in d.g.finite or low in d.g.aux \
                or low in d.g.that or low in d.g.wh or low in d.g.relative:
            return False
        if low in d.g.evidence_nouns:
            after = toks.lowers[j + 1]  # a phrase of place, time or source after the noun: no "data to help"
            return after != "to" and (after in d.g.prepositions or after in d.g.time_words
                                      or after.endswith(d.g.past_endings))
    return False


def _unlisted_name_opening(d: _Doc, s: int, k: int, floor: int) -> Mention | None:
    """Where nouns are capitalised: two or three capitalised words that open the clause at token s and end at
    a comma before token k, an appositive and its cue ('Nora Jouba, Vorstandsmitglied der Liga, sagte'): a
    name no lexicon knows; not an adjective and its noun ('Neue Regeln, ...')."""
    toks, g = d.toks, d.g
    if s >= k or toks.starts[s] < floor or toks.lowers[s].endswith(tuple(g.adjective_endings)):
        return None
    e = s
    while e < k and e - s < 3 and toks.caps[e] and toks.texts[e].replace("-", "").isalpha() \
            and not any(toks.lowers[e] in words for words in (g.articles, g.determiners, g.stopwords, g.prepositions,
                                                              g.subject_pronouns, g.time_words, d.lex.not_names)):
        e += 1
    if e - s < 2 or toks.texts[e] != "," or e >= k:
        return None
    start, end = toks.starts[s], toks.ends[e - 1]
    return Mention(start, end, d.text[start:end], "name", name=d.text[start:end])


def _relative_postposition(text: str, cue: Cue) -> bool:
    """Whether a postposition cue follows a comma ('ein Bericht des Senders, wonach ...'): it opens a relative
    clause of the noun phrase before the comma."""
    return cue.type == "postposition" and _char_before(text, cue.start, " ") == ","


def _char_before(text: str, i: int, skipped: str) -> str:
    """The character before offset i once the characters of `skipped` before it are passed over ("" at the
    text's start): what text[:i].rstrip(skipped)[-1:] gives, without copying the text."""
    while i > 0 and text[i - 1] in skipped:
        i -= 1
    return text[i - 1:i]


def _that_clause_after(d: _Doc, cue: Cue, k: int) -> bool:
    """English news: a finite reporting verb right before "that" ("The front-runner argued that ...", "Recent
    polling shows that ...") takes the words of its clause as subject, like "say". Not a participle ("while
    acknowledging that": the subject is the main clause's) and not a noun after a determiner or preposition
    ("all the reasons that", "amid reports that")."""
    low = d.toks.lowers[k]
    progressive = d.toks.lowers[d.tok_at(cue.start) - 1] in d.g.be  # "Early results are showing that"
    n = d.tok_at(cue.end) + 1
    before = d.toks.lowers[k - 1] if k > 0 else ""
    relative = n < len(d.toks) and d.toks.lowers[n - 1] in d.g.that and d.toks.lowers[n] in d.g.finite
    if n >= len(d.toks) or relative or low.endswith("ing") and (
            before in d.g.coordinators or before == "," or before in d.g.prepositions):
        return False  # "the questions that would decide": a relative clause; "and uttering charges that": a noun
    return cue.type == "verb" and (progressive or not cue.text.lower().endswith("ing")) \
        and _cue_then(d, cue, tuple(d.g.that | d.g.personal_subject_pronouns)) \
        and low not in d.g.prepositions and low not in d.g.determiners and low not in d.g.articles \
        and low not in d.g.clause_openers and low not in d.g.as_conjunction


def _subject_phrase(d: _Doc, cue: Cue, k: int, floor: int) -> Mention | None:
    """English news, before "say"/"tell" with no known speaker: the words of the clause up to token k as
    the subject ("Each crew said", "Several backers of the levy say", "six in 10 said"). None past twelve
    words (the scan stops at a thirteenth), where token k is no word, where the words hold an auxiliary ("is
    easier said") or a comma follows the verb ("All told, ..."), and for a capitalised verb (a headline)."""
    toks = d.toks
    if not toks.words[k] or toks.lowers[k] in d.g.stopwords \
            or cue.text[:1].isupper() or d.text.startswith(",", _skip_space_right(d.text, cue.end, len(d.text))):
        return None
    j = k
    while j > k - 12 and j - 1 >= 0 and toks.starts[j - 1] >= floor and toks.words[j - 1] \
            and not d.qmap[toks.starts[j - 1]] and toks.lowers[j - 1] not in d.g.clause_openers \
            and toks.lowers[j - 1] not in d.g.that and toks.lowers[j - 1] not in d.g.wh:
        j -= 1
    if j == k - 12 or any(low in d.g.aux or _APOSTROPHE.search(low) and _CONTRACTION.search(low)
                          for low in toks.lowers[j:k + 1]):
        return None
    if toks.lowers[j] in d.g.coordinators and j < k:
        j += 1  # "..., and two of the five said": the conjunction joins the clauses
    c = next((i for i in range(k - 1, j, -1) if toks.lowers[i] in d.g.coordinators), None)
    if c is not None and any(_verb_form(d, toks.lowers[i])
                             and (i + 1 == c or toks.lowers[i + 1] not in d.g.prepositions) for i in range(j, c)):
        j = c + 1  # "The vote failed and each crew said": a finite verb before "and" closes a clause of its own
    start, end = toks.starts[j], toks.ends[k]
    return Mention(start, end, d.text[start:end], "description", head=toks.lowers[k])


def _subordinate_cue(d: _Doc, cue: Cue, speaker: Mention, ustart: int, start: int) -> bool:
    """Where the verb comes second: 'Als die Frau der Presse davon erzählte, verdoppelte ein Gericht die Strafe',
    'Was die Zeugin berichtet, klingt ...': the cue ends a clause opened by a word of [clause-openers],
    and after its comma a verb comes first: that is the main clause, not what was said."""
    j = d.tok_at(start)
    if j < 1 or d.toks.texts[j - 1] != "," or not _main_clause_verb(d, j):
        return False
    return _in_subordinate_clause(d, speaker, ustart)


def _in_subordinate_clause(d: _Doc, speaker: Mention, ustart: int) -> bool:
    """Whether the clause of the speaker opens with a word of [clause-openers] ('Als sie ... erzählte'), perhaps
    after words of [opener-leads] ("Years after Cole said ...", "But if Hale says ...")."""
    first = max(d.last_clause_break(d.tok_at(speaker.start) - 1, d.tok_at(ustart)) + 1, d.tok_at(ustart))
    first = _past_opener_leads(d, first, min(first + 4, d.tok_at(speaker.start)))
    return first < len(d.toks) and d.toks.lowers[first] in d.g.clause_openers


def _past_opener_leads(d: _Doc, j: int, last: int) -> int:
    """Token j, moved past words of [opener-leads] ("Years after", "But if") but not beyond token `last`."""
    while j < last and d.toks.lowers[j] in d.g.opener_leads:
        j += 1
    return j


def _main_clause_verb(d: _Doc, j: int) -> bool:
    """Whether token j, after a comma, is a lower-case verb form that may open a main clause."""
    t = d.toks[j] if j < len(d.toks) else None
    return t is not None and not t.cap \
        and (t.lower in d.g.finite or t.lower in d.lex.verbs or _verb_like(d, t) or _before_article(d, j))


def _subordinate_content_end(d: _Doc, start: int, end: int) -> int:
    """'Als Anna Berg sagte, die Lage sei ernst, lachten alle': what was said in a subordinate clause ends at
    the comma before the main clause's verb, one not of [subjunctive] ('..., wer zahle, habe Vorteile, lachten
    alle': "habe" is still reported; an unlisted subjunctive ends it too); the first three commas are looked
    at; `end` if none."""
    k = d.next_comma(d.tok_at(start))
    for _ in range(3):
        if k >= len(d.toks) or d.toks.starts[k] >= end:
            break
        if _main_clause_verb(d, k + 1) and d.toks.lowers[k + 1] not in d.g.subjunctive:
            return d.toks.starts[k]
        k = d.next_comma(k + 1)
    return end


def _before_article(d: _Doc, j: int) -> bool:
    """A lower-case word that is no function word, right before an article: after a clause that ends in its
    verb, the main clause's verb and its subject ('..., schloss die Stadt', '..., fiel der Kurs'), strong past
    forms with no verb ending."""
    t = d.toks[j]
    return j + 1 < len(d.toks) and t.text.isalpha() and not t.cap and d.toks.lowers[j + 1] in d.g.articles \
        and not any(t.lower in words for words in (d.g.stopwords, d.g.determiners, d.g.that, d.g.wh,
                                                   d.g.subject_pronouns, d.g.prepositions, d.g.cue_adverbs))


def _bare_plural(d: _Doc, k: int, floor: int) -> Mention | None:
    """Where nouns are capitalised, a noun with adjectives and no article ending at token k: "Ersten Angaben",
    "Nicht näher genannten Quellen" opening the clause, and inside it the noun with the one adjective next to
    it ("gehörte unbestätigten Berichten zufolge": a verb form may look like an adjective)."""
    toks = d.toks
    if k < 1 or not toks.caps[k] or not toks.texts[k].isalpha() or toks.lowers[k] in d.lex.not_names:
        return None
    j = k - 1
    while j >= 0 and k - j <= 3 and toks.starts[j] >= floor and toks.texts[j].isalpha() \
            and toks.lowers[j].endswith(d.g.adjective_endings) and toks.lowers[j] not in d.lex.not_names \
            and toks.lowers[j] not in d.g.stopwords and toks.lowers[j] not in d.g.determiners \
            and toks.lowers[j] not in d.g.prepositions and (not toks.caps[j] or toks.starts[j] == floor):
        j -= 1
    if j == k - 1:
        return None  # no adjective (a capitalised one only opening the sentence)
    if j >= 0 and toks.starts[j] >= floor and toks.texts[j] not in (",", ";", ":"):
        j = k - 2  # inside the sentence only the adjective next to the noun: a verb may stand before it
        if toks.caps[j] and not toks.starts[j] == floor or toks.lowers[j] in d.g.subject_pronouns:
            j = k - 1  # 'Bäckereien verlieren Medienberichten zufolge': after the subject, the verb
    start = toks.starts[j + 1]
    head = toks.lowers[k]
    return Mention(start, toks.ends[k], d.text[start:toks.ends[k]], "description", head=head,
                   title=d.text[start:toks.ends[k]], gender="pl", org=False)


def _relative_source(d: _Doc, k: int, floor: int) -> Mention | None:
    """Where nouns are capitalised, the noun phrase ending at token k before the comma of a relative clause
    ('eine Schätzung, wonach', 'ein Bericht der Zeitung „Nordkurier“, wonach'); None after a verb or a
    particle ('den Wolf zu fangen, wonach')."""
    if "nouns-capitalised" not in d.g.settings or k < 0 or d.toks.starts[k] < floor:
        return None
    m = d.by_end.get(d.toks.ends[k])
    if m is None and (d.toks.caps[k] or d.toks.texts[k] in ("“", "”", "«", "»", "\"")):
        m = _adhoc_description(d, k, floor) or _quoted_source_before(d, k, floor)
    if m is None and d.toks.caps[k] and d.toks.texts[k].isalpha() and d.toks.lowers[k] not in d.lex.not_names \
            and d.toks.lowers[k] not in d.g.stopwords:
        m = Mention(d.toks.starts[k], d.toks.ends[k], d.toks.texts[k], "description", head=d.toks.lowers[k],
                    title=d.toks.texts[k], gender="pl", org=False)  # 'Gerüchte, wonach'
    return _with_head_noun(d, m, floor) if m is not None else None


def _bare_dative_plural(d: _Doc, k: int, floor: int) -> Mention | None:
    """Where nouns are capitalised, one noun in the dative plural opening its clause before a postposition
    ("Medienberichten zufolge", "Augenzeugenberichten zufolge")."""
    toks = d.toks
    if not toks.caps[k] or not toks.texts[k].isalpha() or not toks.lowers[k].endswith(d.g.dative_plural_endings) \
            or toks.lowers[k] in d.lex.not_names or toks.starts[k] < floor \
            or toks.starts[k] > floor and toks.texts[k - 1] not in (",", ";", ":"):
        return None
    return Mention(toks.starts[k], toks.ends[k], toks.texts[k], "description", head=toks.lowers[k],
                   title=toks.texts[k], gender="pl", org=False)


def _noun_phrase_only(d: _Doc, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are the opening of one noun phrase: capitalised words, articles
    and genitive articles, no comma and no verb ('Angaben des Instituts zufolge': the source's head noun)."""
    k, e = d.tok_at(_skip_space_right(d.text, start, end)), d.tok_at(end)
    if e - k > 3:
        return False
    return all(d.toks.caps[j] and d.toks.texts[j].isalpha() or d.toks.lowers[j] in d.g.articles for j in range(k, e))


def _with_quoted_name(d: _Doc, m: Mention | None, ceil: int) -> Mention | None:
    """'laut der Zeitung „Kurier“': a source and the quoted name right after it that its noun says it is,
    as one mention; the mention itself otherwise."""
    if m is None:
        return None
    pos = _skip_space_right(d.text, m.end, ceil)
    q = d.in_quote(pos)
    if q is None or q.open_at != pos or q.close_end > ceil or not _after_name_noun(d, q):
        return m
    return dataclasses.replace(m, end=q.close_end, text=d.text[m.start:q.close_end])


def _quoted_source_before(d: _Doc, k: int, floor: int) -> Mention | None:
    """A short quoted name ending at token k after an article or a noun phrase ('dem „Morgenblatt“', 'der
    Zeitung „Morgenblatt“'): a mention over both, else None."""
    q = d.in_quote(d.toks.starts[k])
    if q is None or d.toks.ends[k] != q.close_end or q.open_at <= floor or _word_count(d.text, q.start, q.end) > 5:
        return None
    j = d.tok_at(q.open_at) - 1
    if j < 0 or d.toks.starts[j] < floor:
        return None
    m = d.by_end.get(d.toks.ends[j])
    if m is not None and m.start >= floor and (m.type == "description" or m.type == "name" and m.org):
        return dataclasses.replace(m, end=q.close_end, text=d.text[m.start:q.close_end])
    if m is not None and m.type == "name":  # 'soll Wolf „Morgenblatt“ zufolge': a person's name is the subject
        start = q.open_at
    elif d.toks.lowers[j] not in d.g.articles:
        return None
    else:
        start = d.toks.starts[j]
    return Mention(start, q.close_end, d.text[start:q.close_end], "name", name=d.text[q.start:q.end], org=True)


def _before_quoted_name(d: _Doc, k: int, floor: int) -> int:
    """The token before a quoted name that ends at token k, after the noun that says what it names ("die
    Organisation „Ärzte der Welt“", "das Magazin „Focus“"), or k itself."""
    q = d.in_quote(d.toks.starts[k]) if k >= 0 else None
    if q is None or d.toks.ends[k] != q.close_end or q.open_at < floor:
        return k
    j = d.tok_at(q.open_at) - 1
    if j >= 1 and d.toks.lowers[j] in d.g.genitive_articles and d.toks.starts[j] >= floor \
            and d.by_end.get(d.toks.ends[j - 1]) is not None and _word_count(d.text, q.start, q.end) <= 5:
        return j - 1  # 'Der Chef der „Nordwind AG“ sagte': a quoted name in the genitive after the subject's noun
    return j if _after_name_noun(d, q) else k


def _number(d: _Doc, k: int) -> bool:
    """Whether token k is a number: digits or a number word."""
    return d.toks.texts[k][:1].isdigit() or d.toks.lowers[k] in d.g.number_words


def _counted_share(d: _Doc, k: int, floor: int) -> Mention | None:
    """A share of people counted in a poll, ending at token k: "six in 10", "42%", "some 30%"."""
    toks = d.toks
    j = None
    if toks.texts[k] == "%" and k >= 1 and toks.texts[k - 1][:1].isdigit():
        j = k - 1
    elif k >= 2 and _number(d, k) and toks.lowers[k - 1] == "in" and _number(d, k - 2):
        j = k - 2
    if j is None:
        return None
    if j >= 1 and toks.lowers[j - 1] in d.g.quantity_modifiers:
        j -= 1
    if toks.starts[j] < floor:
        return None
    text = d.text[toks.starts[j]:toks.ends[k]]
    return Mention(toks.starts[j], toks.ends[k], text, "group", gender="pl", head=toks.lowers[k])


def _postmodified_source(d: _Doc, k: int, floor: int) -> Mention | None:
    """A person or group before a phrase that says how they know, ending at token k: "a person familiar
    with the talks", "people briefed on the plan", "two aides close to the senator"."""
    toks = d.toks
    phrases = d.g.source_postmodifiers
    if not phrases:
        return None
    by_first = _postmodifiers(phrases)
    lowers = toks.lowers
    if not any(map(by_first.__contains__, lowers[max(1, k - 11):k + 1])):
        return None  # no phrase begins in reach (mostly so): nothing else below returns a mention
    finite, verbs, coordinators = d.g.finite, d.lex.verbs, d.g.coordinators
    j = k
    while j > 0 and k - j < 12 and toks.starts[j] >= floor:
        if not toks.words[j] and toks.texts[j] not in ("'", "’", "-"):
            return None
        low = lowers[j]
        if low in finite or low in verbs or low in coordinators:
            return None  # "met a person close to the mayor and said": the cue shares an earlier subject
        for words in by_first.get(low, ()):
            if j + len(words) <= k and lowers[j:j + len(words)] == words:
                m = d.by_end.get(toks.ends[j - 1])
                if m is not None and m.start >= floor and m.type in ("description", "group", "name"):
                    return m
                break  # (any other phrase found here has the same mention before it)
        j -= 1
    return None


_POSTMODIFIERS: dict[frozenset[str], dict[str, list[list[str]]]] = {}


def _postmodifiers(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The words of [source-postmodifiers] phrases by their first word (made once a lexicon)."""
    index = _POSTMODIFIERS.get(phrases)
    if index is None:
        index = _POSTMODIFIERS[phrases] = {}
        for phrase in phrases:
            words = phrase.split()
            index.setdefault(words[0], []).append(words)
    return index


def _plural_possessive(d: _Doc, k: int) -> bool:
    """Token k is the apostrophe of a possessive in -s ("Jane Doe, the Smiths' lawyer, said"), not a
    closing quotation mark: it is attached to the word before it, a word follows, and no quotation holds it."""
    toks = d.toks
    return toks.texts[k] in ("'", "’") and 0 < k < len(toks) - 1 and toks.ends[k - 1] == toks.starts[k] \
        and toks.lowers[k - 1].endswith("s") and toks.starts[k + 1] == toks.ends[k] + 1 \
        and toks.texts[k + 1][:1].isalnum() and d.in_quote(toks.starts[k]) is None


def _before_tag(d: _Doc, k: int, floor: int) -> int:
    """The token before a short parenthesis that ends at token k ("Ned Varga (D-Ore.)", "Ann Cole (R)"),
    or k itself."""
    toks = d.toks
    if k < 1 or toks.texts[k] != ")":
        return k
    j = k - 1
    while j >= 0 and k - j <= 6 and toks.starts[j] >= floor:
        if toks.texts[j] == "(":
            return j - 1 if j > 0 and toks.starts[j - 1] >= floor else k
        if toks.texts[j] in (")", ",", ";") or d.in_quote(toks.starts[j]):
            return k
        j -= 1
    return k


def _after_preposition(d: _Doc, m: Mention) -> int:
    """2 when a mention is the object of a preposition ("in Columbus"): rarely the subject of a cue."""
    k = d.tok_at(m.start) - 1
    if k >= 1 and d.toks.lowers[k] in d.g.articles:
        k -= 1  # "gegenüber der PKK"
    return 2 if k >= 0 and d.toks.lowers[k] in d.g.prepositions else 0


def _agent_object(d: _Doc, m: Mention) -> bool:
    """Whether a mention follows a word of [agent-prepositions] ("rejected by the council"): a passive's agent."""
    k = d.tok_at(m.start) - 1
    if k >= 1 and d.toks.lowers[k] in d.g.articles:
        k -= 1
    return k >= 0 and d.toks.lowers[k] in d.g.agent_prepositions


def _before_prepositional_phrases(d: _Doc, k: int, floor: int) -> int:
    """The token before the prepositional phrases (and auxiliaries) that end at token k: "Ein Sprecher [in
    Berlin] [am Montag] sagte". k itself when no phrase ends there."""
    toks = d.toks
    while k >= 0 and toks.starts[k] >= floor:
        j = k
        # a noun phrase: capitalised words, adjectives, a determiner, then its preposition
        while j >= 0 and k - j < 5 and toks.starts[j] >= floor and toks.lowers[j] not in d.g.prepositions \
                and toks.texts[j].replace("-", "").isalnum() and toks.lowers[j] not in d.lex.verbs:
            j -= 1  # "vom Online-Verein Netzfreiheit": a hyphenated noun is a word of the phrase
        if j < 0 or j == k or toks.starts[j] < floor or toks.lowers[j] not in d.g.prepositions:
            return k
        k = j - 1
        while k >= 0 and toks.starts[k] >= floor and (toks.lowers[k] in d.g.aux or toks.lowers[k] in d.g.cue_adverbs):
            k -= 1
    return k


def _bare_word(m: Mention) -> bool:
    """A one-word name with nothing that makes it a person or organisation ("Unmissverständlich sagt das
    Gericht"): where a speaker follows the verb, it is an adverbial."""
    return m.type == "name" and " " not in m.text and not (m.title or m.gender or m.org)


def _adverb_like(d: _Doc, m: Mention) -> bool:
    """Whether a one-word "name" that opens a verb-second sentence reads as an adverb capitalised by its
    place ("Unmissverständlich sagt das Gericht"), not a surname ("McCarthy nannte den Plan")."""
    return m.text.lower().endswith(d.g.adverb_endings)  # [adverb-endings] of grammar.txt


def _unclosed_appositive(d: _Doc, cue: Cue, ustart: int) -> Mention | None:
    """Verb second: a person's name opening the sentence, then a comma and an appositive whose closing comma
    is missing before the verb ('Karl Huber, Präsident des Verbands nannte ...'): the name, the subject; else
    None. The appositive holds no other comma and no verb."""
    m = d.by_start.get(_skip_space_right(d.text, ustart, cue.start))
    if m is None or m.type != "name" or m.org:
        return None
    comma = _skip_space_right(d.text, m.end, cue.start)
    if comma >= cue.start or d.text[comma] != "," or d.tok_at(comma) + 1 < len(d.toks) \
            and d.toks.lowers[d.tok_at(comma) + 1] in d.g.oblique_articles:
        return None  # 'Karl Huber, den Präsidenten des Verbands lobte ...': an object and its appositive
    for k in range(d.tok_at(comma) + 1, d.tok_at(cue.start)):
        low = d.toks.lowers[k]
        if d.toks.texts[k] in (",", ";", ":") or low in d.g.finite or low in d.lex.verbs \
                or low in d.g.coordinators or d.in_quote(d.toks.starts[k]):
            return None
    return m


def _first_in_clause(d: _Doc, m: Mention, floor: int) -> bool:
    """Whether a mention opens its clause: only coordinators, focus particles or punctuation before it."""
    k = d.tok_at(m.start) - 1
    # "Der Minister Peter Kranold sagte", "Die spätere Ministerin Anna Berg nannte", "Das Magazin Kurier
    # bezeichnete": an article and the adjectives and nouns after it are part of the noun phrase
    j = k
    while j >= 0 and k - j < 3 and d.toks.starts[j] >= floor and d.toks.texts[j].replace("-", "").isalpha() \
            and d.toks.lowers[j] not in d.g.articles and d.toks.lowers[j] not in d.g.stopwords \
            and d.toks.lowers[j] not in d.g.prepositions and d.toks.lowers[j] not in d.lex.verbs:
        j -= 1
    if j >= 0 and d.toks.starts[j] >= floor and d.toks.lowers[j] in d.g.articles:
        k = j - 1
    while k >= 0 and d.toks.starts[k] >= floor:
        t = d.toks[k]
        if t.text in (",", ":", ";", "(") or t.text in _CLOSERS:
            return True
        if t.word and t.lower not in d.g.coordinators and t.lower not in d.g.cue_adverbs:
            return False
        k -= 1
    return True


def _adhoc_description(d: _Doc, k: int, floor: int) -> Mention | None:
    """A determiner and up to three lower-case words ending at token k, standing as the subject of a cue:
    "The radioman pointed out", "the paper noted". Heads outside the lexicons are still speakers there."""
    toks = d.toks
    j = k
    capitalised_nouns = "nouns-capitalised" in d.g.settings
    # where nouns are capitalised, the head is: "Ein Kommentator schrieb", "die zuständige Behörde teilte mit"
    capital_head = capitalised_nouns and toks.caps[k]
    # elsewhere a lower-case head may follow capitalised modifiers: "The GOP speechwriter said"; a demonym
    # may be the head: "the Texan said"
    if not capitalised_nouns and _age_noun(d, toks.lowers[k]) and k > 0 and toks.starts[k - 1] >= floor \
            and toks.lowers[k - 1] in d.g.determiners:
        # "the 52-year-old said": an age as a noun names a person
        start = toks.starts[k - 1]
        return Mention(start, toks.ends[k], d.text[start:toks.ends[k]], "description", head=toks.lowers[k],
                       title=toks.texts[k])
    if not capitalised_nouns and _modifier_word(d, toks.lowers[k]):
        return None  # "those three states", "his opening remarks": the cue word is the noun
    demonym_head = not capitalised_nouns and toks.caps[k] and toks.lowers[k] in d.lex.demonyms
    english_modifiers = not capitalised_nouns and (not toks.caps[k] or demonym_head)
    commas = 0
    while j >= 0 and k - j < 4 + 2 * commas and toks.starts[j] >= floor:
        low = toks.lowers[j]
        if english_modifiers and 0 < j < k - 1 and _listed_modifier(d, j):
            # "the tall, 60-year-old ferryman": a comma between two modifiers of the head
            commas += 1
            j -= 1
            continue
        if j < k and english_modifiers and not toks.caps[k] and _possessive_word(low):
            # a possessive name as the determiner: "Ann Cole's campaign says", "Lopez' son said"
            owner = d.by_end.get(toks.ends[j] - (1 if low.endswith(("'", "’")) else 2))
            if owner is not None and owner.type == "name" and owner.start >= floor \
                    and all(toks.texts[x].isalpha() and not toks.caps[x] and toks.lowers[x] not in d.g.stopwords
                            and not _verb_form(d, toks.lowers[x]) for x in range(j + 1, k + 1)):
                head = toks.lowers[k]
                return Mention(owner.start, toks.ends[k], d.text[owner.start:toks.ends[k]], "description", head=head,
                               title=d.text[toks.starts[j + 1]:toks.ends[k]], org=head in d.lex.org_words)
            return None
        if low in d.g.determiners and j < k:
            # where nouns are capitalised, a noun may stand before a name: "Das Magazin Kurier schrieb"
            if any(not (toks.texts[x].replace("-", "") if capital_head else toks.texts[x]).isalpha()
                   and not (english_modifiers and x < k and (_hyphened(toks.texts[x]) or _listed_modifier(d, x)))
                   or toks.caps[x] and not (capital_head or english_modifiers and (x != k or demonym_head))
                   or toks.lowers[x] in d.g.stopwords or english_modifiers and _verb_form(d, toks.lowers[x])
                   and not _hyphened(toks.texts[x]) and not (x + 1 < k and _listed_modifier(d, x + 1))
                   for x in range(j + 1, k if capital_head else k + 1)):
                return None
            head = toks.lowers[k]
            start = toks.starts[j]
            return Mention(start, toks.ends[k], d.text[start:toks.ends[k]], "description", head=head,
                           title=d.text[toks.starts[j + 1]:toks.ends[k]], org=head in d.lex.org_words)
        if not (toks.texts[j].replace("-", "") if capital_head else toks.texts[j]).isalpha() \
                and not (english_modifiers and j < k and _hyphened(toks.texts[j])) \
                or toks.caps[j] and j != k and not (capital_head or english_modifiers) \
                or j == k and toks.caps[j] and not (capital_head or demonym_head):
            return None
        j -= 1
    return None


def _document_sender(d: _Doc, m: Mention, floor: int) -> Mention | None:
    """'The campaign sent a message to supporters saying ...', 'Ann Cole issued a statement saying ...': before
    a participle cue, the document (or its addressee after "to") is no speaker; the subject of the verb that
    sent the document is."""
    toks = d.toks
    k = d.tok_at(m.start) - 1
    if m.head not in d.g.document_nouns:
        if k < 1 or toks.lowers[k] != "to" or toks.lowers[k - 1] not in d.g.document_nouns:
            return None
        k -= 2
    j = k
    while j >= 0 and toks.starts[j] >= floor and k - j < 5:
        t = toks[j]
        if t.text.isalpha() and not t.cap and t.lower not in d.g.determiners and (
                t.lower in d.lex.verbs or t.lower.endswith(d.g.past_endings) and len(t.lower) > 3):
            sender, _, negated = _left_speaker(d, _as_cue(t), floor)
            return None if negated else sender
        j -= 1
    return None


def _hyphened(word: str) -> bool:
    """A hyphenated modifier: "gray-haired", "71-year-old"."""
    return "-" in word.strip("-") and word.replace("-", "").isalnum()


def _listed_modifier(d: _Doc, j: int) -> bool:
    """Token j is a comma between two lower-case modifiers, the second hyphenated ("tall,
    60-year-old", "quiet, gray-haired"; not "the mayor, critics")."""
    toks = d.toks
    if toks.texts[j] != "," or j + 1 >= len(toks) or not toks.texts[j - 1].isalpha() or toks.caps[j - 1] \
            or toks.caps[j + 1]:
        return False
    return _hyphened(toks.lowers[j + 1])


def _age_noun(d: _Doc, low: str) -> bool:
    """An age written as one hyphenated word, which may stand as a noun for a person ("the 52-year-old")."""
    return low.endswith(d.g.age_endings) and low.split("-", 1)[0].isalnum()


def _modifier_word(d: _Doc, low: str) -> bool:
    """An English word that modifies a noun rather than heading one: a number, a quantifier, or an adjective
    by its ending ("three", "few", "introductory", "nagging")."""
    return low[:1].isdigit() or low in d.g.number_words or low in d.g.quantifiers \
        or (len(low) > 4 and low.endswith(d.g.adjective_suffixes))  # [adjective-suffixes] of grammar.txt


def _verb_form(d: _Doc, low: str) -> bool:
    """Whether a word reads as a finite verb ("deserved", "took", "is"): no part of a noun phrase."""
    return low in d.g.finite or low in d.g.clause_verbs or (low.endswith(d.g.past_endings) and len(low) > 4)


def _noun_phrase_right(d: _Doc, pos: int, ceil: int) -> Mention | None:
    """Where nouns are capitalised, the noun phrase starting at `pos` as an ad hoc speaker: "laut
    Augenzeugen", "nach Angaben der Zeitung Elbe Bote", "laut dem Nachrichtenmagazin Focus"."""
    toks = d.toks
    k = d.tok_at(pos)
    n = len(toks)
    if k >= n or toks.starts[k] != pos:
        return None
    j = k + 1 if toks.lowers[k] in d.g.determiners else k
    while j < n and j - k < 4 and toks.texts[j].isalpha() and not toks.caps[j] and toks.lowers[j] not in d.g.stopwords \
            and toks.lowers[j] not in d.g.prepositions:
        j += 1  # adjectives
    head = j
    while j < n and j - head < 5 and toks.caps[j] and toks.words[j] and toks.starts[j] < ceil \
            and toks.lowers[j] not in d.lex.not_names:
        j += 1
    if j == head:
        return None
    if j + 2 < n and toks.texts[j] == "(" and toks.texts[j + 2] == ")":
        j += 3  # an acronym: "(ROG)"
    end = toks.ends[j - 1]
    if end > ceil:
        return None
    low = toks.lowers[head]
    return Mention(pos, end, d.text[pos:end], "description", head=low, title=toks.texts[head],
                   gender="pl" if low in d.lex.groups else None, org=low in d.lex.org_words)


_SOURCE_STOPS = frozenset(",.;:!?()[]—–") | _CLOSERS


def _source_right(d: _Doc, pos: int, ceil: int) -> Mention | None:
    """The source named after "according to" when no mention starts there, up to the next punctuation:
    "a count by the news agency", "exit polling data", "numbers her office posted Tuesday". Its head
    is the last word before a preposition ("the average of six surveys" -> "average")."""
    toks = d.toks
    k = d.tok_at(pos)
    n = len(toks)
    if k >= n or toks.starts[k] != pos or not toks.words[k]:
        return None
    j = k
    head = None
    # a long source ("the first figures of a survey run for two broadcasters by a polling institute") must end at
    # a comma and hold no finite verb
    most = 20
    while j < n and j - k < most and toks.starts[j] < ceil and toks.texts[j] not in _SOURCE_STOPS \
            and toks.texts[j] not in ("-", "--") and not d.in_quote(toks.starts[j]):
        low = toks.lowers[j]
        if head is None and j > k and (low in d.g.prepositions or low in d.g.that or low in d.g.relative):
            head = j - 1
        if low in d.g.finite or low in d.g.clause_verbs or low in d.g.relative or low in d.g.that:
            most = 12
        j += 1
    if j == k or (j < n and j - k >= 12 and toks.texts[j] not in _SOURCE_STOPS) \
            or j - k >= 12 and (j >= n or toks.texts[j] != ","):
        return None  # no end in sight: a clause, not a source
    if head is None:
        head = j - 1
    end = toks.ends[j - 1]
    low = toks.lowers[head]
    return Mention(pos, end, d.text[pos:end], "description", head=low, title=None,
                   gender="pl" if low in d.lex.groups else None, org=low in d.lex.org_words)


def _right_speaker(d: _Doc, cue: Cue, ceil: int) -> Mention | None:
    pos = _skip_space_right(d.text, cue.end, ceil)
    if "verb-second" in d.g.settings:
        k = d.tok_at(pos)
        if k + 1 < len(d.toks) and d.toks.starts[k] == pos and d.toks.lowers[k] in d.g.inner_reflexive:
            pos = d.toks.starts[k + 1]  # "erinnerte sich Müller", "zeigte sich der Trainer zufrieden"
    m = d.by_start.get(pos)
    if m is not None and m.end <= ceil and cue.type != "according" and _oblique(d, m):
        # "sagte dem Sender ein Sprecher": the object in the dative first, then the subject
        after = d.by_start.get(_skip_space_right(d.text, m.end, ceil))
        if after is not None and after.end <= ceil and not _oblique(d, after):
            return after
    if m is not None and m.end <= ceil:
        if d.dialogue and m.type == "name" and "nouns-capitalised" not in d.g.settings:
            m = _possessed_right(d, m, ceil) or m
        return _with_quoted_name(d, m, ceil) if cue.type == "according" and "nouns-capitalised" in d.g.settings else m
    if cue.type == "according":
        if "nouns-capitalised" in d.g.settings:
            m = _noun_phrase_right(d, pos, ceil)
            if m is None and d.in_quote(pos) is not None:
                m = _unlisted_name_right(d, cue, pos, ceil)  # 'laut „Reuters“'
            return _with_quoted_name(d, m, ceil)
        return _source_right(d, pos, ceil)
    k = d.tok_at(pos)
    toks = d.toks
    if "nouns-capitalised" in d.g.settings and k + 1 < len(toks) and toks.lowers[k] in d.g.determiners:
        # "sprach der Parteichef Max Muster", "teilte dessen Stellvertreter mit": a title and name, a noun;
        # "meinen die beiden Mitglieder Jan Wolf und ...": adjectives between
        j = k + 1
        while j + 1 < len(toks) and j - k <= 2 and toks.texts[j].isalpha() and not toks.caps[j] \
                and toks.lowers[j] not in d.g.stopwords and toks.lowers[j] not in d.g.prepositions \
                and d.by_start.get(toks.starts[j]) is None:
            j += 1
        m = d.by_start.get(toks.starts[j])
        if m is not None and m.end <= ceil and m.type != "pronoun" \
                and (m.type == "name" or toks.lowers[k] not in d.g.articles):
            return m
    # "said Democratic pollster Ina Vale", "said retired Army Gen. Tom Hale": modifiers before a name
    for j in range(k, min(len(toks), k + 3)):
        t = toks[j]
        if j > k and j + 2 < len(toks) and t.lower in d.g.title_small_words and not toks.caps[j - 1] \
                and toks.texts[j - 1].isalpha() and toks.texts[j + 1].isalpha() and not toks.caps[j + 1]:
            continue  # "said chief of staff Tom Hale": a small word inside a lower-case title
        if not t.text.isalpha() or t.lower in d.g.stopwords or t.lower in d.g.determiners:
            break
        m = d.by_start.get(toks.starts[j + 1]) if j + 1 < len(toks) else None
        if m is not None and m.type == "name" and m.end <= ceil:
            return m
    # "said the clergyman": a determiner and a noun right after the cue, ending the clause
    if k < len(toks) and toks.lowers[k] in d.g.determiners:
        for j in range(k + 1, min(len(toks), k + 4)):
            if not (toks.texts[j].isalpha() or _age_noun(d, toks.lowers[j])) or toks.lowers[j] in d.g.stopwords:
                break
            nxt = toks.texts[j + 1] if j + 1 < len(toks) else "."
            if nxt in (".", ",", ";", "!", "?", ":") or nxt in _CLOSERS:
                m = _adhoc_description(d, j, toks.starts[k])
                if m is not None and m.end <= ceil:
                    return m
                break
    if "nouns-capitalised" in d.g.settings:
        return _unlisted_name_right(d, cue, pos, ceil)
    return None


def _possessed_right(d: _Doc, m: Mention, ceil: int) -> Mention | None:
    """Fiction: '"...," said Lucy's mother': a possessive name after the verb is the speaker's determiner; the
    speaker is the noun phrase it begins (up to three lower-case words ending the clause), as on the left."""
    if d.text[m.end:m.end + 2] not in ("'s", "’s"):
        return None
    toks = d.toks
    k = d.tok_at(m.end + 2)
    j = k
    while j < len(toks) and j - k < 3 and toks.starts[j] < ceil and toks.texts[j].isalpha() and not toks.caps[j] \
            and toks.lowers[j] not in d.g.stopwords and not _verb_form(d, toks.lowers[j]):
        j += 1
    if j == k or j < len(toks) and toks.texts[j] not in (".", ",", ";", "!", "?", ":") and toks.texts[j] not in _CLOSERS:
        return None
    head = toks.lowers[j - 1]
    return Mention(m.start, toks.ends[j - 1], d.text[m.start:toks.ends[j - 1]], "description", head=head,
                   title=d.text[toks.starts[k]:toks.ends[j - 1]], org=head in d.lex.org_words)


def _description_after_quote(d: _Doc, cue: Cue, ceil: int) -> Mention | None:
    """'"...," said a Vermont teacher', '"...," said a person close to the family', '"...," said one of three
    neighbours': after a quotation and its comma, a determiner and a noun phrase following the verb name
    its speaker, whatever the words after the head noun; the mention runs from the determiner to the head."""
    text, toks = d.text, d.toks
    comma = _skip_space_left(text, cue.start, 0) - 1
    if comma < 1 or text[comma] != "," and text[comma] not in _CLOSERS \
            or text[comma] == "," and not d.in_quote(comma - 1) or text[comma] in _CLOSERS and text[comma - 1] != ",":
        return None
    k = d.tok_at(_skip_space_right(text, cue.end, ceil))
    if k >= len(toks) or toks.starts[k] >= ceil or toks.lowers[k] not in d.g.determiners:
        return None
    j = k + 1
    if j + 1 < len(toks) and toks.lowers[j] in d.g.partitive_prepositions and toks.lowers[k] not in d.g.articles:
        j += 1  # "one of three neighbours", "some of the delegates"
        if toks.lowers[j] in d.g.determiners:
            j += 1
    head = None
    while j < len(toks) and j - k <= 6 and toks.starts[j] < ceil and toks.texts[j].replace("-", "").isalpha() \
            and toks.lowers[j] not in d.g.stopwords and toks.lowers[j] not in d.g.prepositions \
            and toks.lowers[j] not in d.g.determiners and not _verb_form(d, toks.lowers[j]):
        if toks.lowers[j] in d.g.time_words:
            return None  # '"...," said a week later the mayor'
        head = j
        j += 1
    if head is None or _modifier_word(d, toks.lowers[head]):
        return None
    low = toks.lowers[head]
    return Mention(toks.starts[k], toks.ends[head], text[toks.starts[k]:toks.ends[head]], "description", head=low,
                   title=text[toks.starts[k + 1]:toks.ends[head]], gender="pl" if low in d.lex.groups else None,
                   org=low in d.lex.org_words)


def _description_after_quote_before(d: _Doc, cue: Cue, floor: int) -> Mention | None:
    """'"...," one senior Democrat said', '"...," a person close to the mayor said', '"...," the 61-year-old
    said': between a quotation closed by a comma and the verb, a determiner and up to eight more words with
    no verb and no punctuation are its speaker."""
    text, toks = d.text, d.toks
    c = d.tok_at(cue.start)
    k = c - 1
    qmap, g = d.qmap, d.g
    # the phrase follows a quotation: a token in one (the last that the scan below reaches, or the one before a
    # comma after it) starts at most eleven tokens before the cue; none there is the most frequent answer
    if c < 1 or qmap.find(1, toks.starts[max(0, c - 11)], toks.starts[c - 1] + 1) < 0:
        return None
    while k >= 0 and c - k <= 9:
        if toks.starts[k] < floor or qmap[toks.starts[k]] or not toks.texts[k].replace("-", "").isalnum():
            break
        low = toks.lowers[k]
        if _verb_form(d, low) or low in g.aux or low in g.negation or low in g.that \
                or low in g.relative or low in g.subject_pronouns and k < c - 1:
            return None
        k -= 1
    j = k + 1  # the first word of the phrase
    if j >= c or toks.lowers[j] not in d.g.determiners or k < 0:
        return None
    outside = toks.texts[k] == "," and k > 0  # '"...", a person close to the mayor said'
    q = d.in_quote(toks.starts[k - 1] if outside else toks.starts[k])
    if q is None or q.close_end != (toks.starts[k] if outside else toks.ends[k]) \
            or not outside and text[q.close_end - 2:q.close_end - 1] != ",":
        return None
    if not d.g.time_words.isdisjoint(toks.lowers[j + 1:c]):
        return None
    head = toks.lowers[c - 1]
    return Mention(toks.starts[j], toks.ends[c - 1], text[toks.starts[j]:toks.ends[c - 1]], "description",
                   head=head, title=text[toks.starts[j + 1]:toks.ends[c - 1]] if j + 1 < c else None,
                   gender="pl" if head in d.lex.groups else None, org=head in d.lex.org_words)


def _unlisted_name_right(d: _Doc, cue: Cue, pos: int, ceil: int) -> Mention | None:
    """Where nouns are capitalised, a name no lexicon knows right after a cue, closing its clause: a title in
    marks ('schrieb „Die Post“ in einem Kommentar') or up to three capitalised words before punctuation, a
    preposition or the verb's particle ('fügte Brown hinzu', 'sagte Okonkwo am Montag'), also after an
    article ('schreibt die „Zeitung“')."""
    k0 = d.tok_at(pos)
    if k0 + 1 < len(d.toks) and d.toks.starts[k0] == pos and d.toks.lowers[k0] in d.g.articles \
            and d.in_quote(d.toks.starts[k0 + 1]) is not None:
        pos = d.toks.starts[k0 + 1]
    q = d.in_quote(pos)
    if q is not None:
        if q.open_at == pos and q.close_end <= ceil and _word_count(d.text, q.start, q.end) <= 4 \
                and d.text[q.start:q.start + 1].isupper():
            name = d.text[q.start:q.end]
            return Mention(q.open_at, q.close_end, d.text[q.open_at:q.close_end], "name", name=name, org=True)
        return None
    toks = d.toks
    k = d.tok_at(pos)
    most = 3
    if k + 1 < len(toks) and toks.lowers[k] in d.g.articles and toks.caps[k + 1]:
        k += 1  # "führt der Bericht aus": an article and a noun
        most = 4  # "meinte der Autor Ivo Ruiz Lema": the noun, then a name of up to three words
    j = k
    while j < len(toks) and j - k < most and toks.caps[j] and toks.texts[j].replace("-", "").isalpha() and toks.starts[j] < ceil \
            and toks.lowers[j] not in d.g.stopwords and toks.lowers[j] not in d.g.determiners \
            and toks.lowers[j] not in d.g.time_words and toks.lowers[j] not in d.lex.not_names \
            and toks.lowers[j] not in d.g.prepositions and toks.lowers[j] not in d.g.subject_pronouns:
        j += 1
    if j == k or j >= len(toks):
        return None
    nxt = toks[j]
    separated = d.lex.separated.get(cue.text.lower()) if cue.type == "verb" else None
    if nxt.text in (".", ",", ";", "!", "?") or nxt.lower in d.g.prepositions or nxt.lower in d.g.time_words \
            or nxt.lower in d.g.coordinators \
            or separated and any(nxt.lower == f.particle for f in separated) \
            or _adverbs_then_comma(d, j, ceil):
        end = toks.ends[j - 1]
        return Mention(pos, end, d.text[pos:end], "name", name=d.text[pos:end])
    return None


def _adverbs_then_comma(d: _Doc, j: int, ceil: int) -> bool:
    """Whether adverbs of [cue-adverbs] from token j on end in a comma or colon before `ceil` ('meinte Ruiz
    noch, dass ...', 'sagte Ruiz jedoch: ...'): the name before them closes the verb's clause."""
    toks = d.toks
    i = j
    while i < len(toks) and i - j < 3 and toks.starts[i] < ceil and toks.lowers[i] in d.g.cue_adverbs:
        i += 1
    return i > j and i < len(toks) and toks.texts[i] in (",", ":")


def _quote_before_subject(d: _Doc, start: int, end: int) -> int:
    """'"...," the mayor's chief of staff, Ray Kasey, told reporters': when the speaker is a name in
    apposition, the words between the quotation and the name are its subject, not content. The close of
    that quotation, or `end` when other words stand there."""
    inside = d.quotes_in(start, end)
    if not inside:
        return end
    last = inside[-1]
    tail = d.text[last.close_end:end].strip(" ,")
    if not tail or _looks_like_clause(d, _skip_space_right(d.text, last.close_end, end), end):
        return end
    return last.close_end


def _after_definite_article(d: _Doc, k: int) -> bool:
    """Whether the word before token k is a definite article ("the third state")."""
    return k >= 1 and d.toks.lowers[k - 1] in d.g.definite_articles


def _bare_form_agrees(d: _Doc, m: Mention, cue: Cue) -> bool:
    """Whether a cue in its bare form ("remark", "state") can be the verb of the subject before it: after a
    modal or "to" ("could remark"), or with a plural or first/second-person subject ("officials state",
    "I say"); never right after one thing ("an important remark") or after "be" ("was welcome"). Other
    forms ("remarked", "states") always can. English only: German bare forms are plural verbs."""
    if "verb-second" in d.g.settings or cue.type not in ("verb", "belief", "phrase"):
        return True
    word = cue.text.lower().split()[0]
    if word != cue.lemma.split()[0]:
        return True
    toks = d.toks
    between = [toks.lowers[k] for k in range(d.tok_at(m.end), d.tok_at(cue.start)) if toks.words[k]]
    if any(w in d.g.be for w in between):
        return False
    if between:
        return True  # "could remark", "did say", "will state"
    if m.type == "pronoun":
        return m.gender not in ("m", "f", "n")  # they, we, I, you; not he, she, it
    if m.type == "name":
        k = d.tok_at(m.start) - 1
        if k >= 0 and toks.lowers[k] in d.g.articles and not m.text.lower().endswith("s"):
            return False  # "a Twitter comment", "the Senate vote": a name before a noun ("the Democrats say")
        return True  # "Lopez and Cole say", and capitalised groups ("Officials say")
    head = m.head or ""
    if not d.dialogue and (head in d.g.share_nouns and not _after_definite_article(d, d.tok_at(m.end) - 1)
                           or m.text.split()[0].lower() in d.g.plural_determiners):
        # news: "a third say", "those surveyed say": a share of a group (not "the third state"), a counted group
        return True
    return m.gender == "pl" or m.type == "group" or head.endswith("s") or head in d.lex.groups  # "the police say"


def _plural_noun(d: _Doc, m: Mention, cue: Cue) -> bool:
    """Whether a cue in its "-s" form is the plural noun heading a subject, as a finite verb or a dash
    right after it shows ("the swing states would decide", "his remarks are", "the battleground states -
    ..."), or a word counting more than one right before it ("several questions to"). Not after a pronoun, nor where a relative clause lacks its subject ("the rule that he says is
    unfair"); before a dash not after a name ("Ann Cole says - without proof - ...", but "Nomination
    questions are") nor before an aside followed by "that" ("the union says - and he agrees - that ...").
    English only."""
    if "verb-second" in d.g.settings or cue.type != "verb" or m.type == "pronoun":
        return False
    word = cue.text.lower()
    if word == cue.lemma or not word.endswith("s"):
        return False
    kq = d.tok_at(cue.start) - 1
    if kq >= 0 and d.toks.lowers[kq] in d.g.plural_determiners:
        return True  # "many reasons why", "several questions to": a verb in "-s" agrees with no plural
    k = d.tok_at(cue.end)
    dashes = ("-", "—", "–", "--")
    if k >= len(d.toks) or not (d.toks.lowers[k] in d.g.finite or d.toks.texts[k] in dashes):
        return False
    if d.toks.texts[k] in dashes:
        if m.type == "name":
            return False
        for j in range(k + 1, min(k + 16, len(d.toks) - 1)):
            if d.toks.texts[j] == d.toks.texts[k]:
                if d.toks.lowers[j + 1] in d.g.that:
                    return False
                break
    kb = d.tok_at(m.start) - 1
    return not (kb >= 0 and (d.toks.lowers[kb] in d.g.that or d.toks.lowers[kb] in d.g.wh
                             or d.toks.lowers[kb] in d.g.relative))


def _only_connective(d: _Doc, ustart: int, comma: int) -> bool:
    """Whether the words from the sentence start to `comma` are one connective ("But", "And") or a contrast
    word ("Still") alone."""
    k, j = d.tok_at(_skip_space_right(d.text, ustart, comma)), d.tok_at(comma)
    return j == k + 1 and (d.toks.lowers[k] in d.g.coordinators or d.toks.lowers[k] in d.g.contrast)


def _continues_after(d: _Doc, m: Mention, uend: int) -> bool:
    """Whether the sentence goes on after a source set off by commas: ", according to X, are 16 ..." (not
    ", according to X." nor ", according to X, who ..." nor an appositive: ", according to X, a pollster ...")."""
    after = _skip_space_right(d.text, m.end, uend)
    if after >= uend or d.text[after] != ",":
        return False
    k = d.tok_at(after + 1)
    if k >= len(d.toks) or d.toks.starts[k] >= uend or d.toks.lowers[k] in d.g.relative or d.toks.lowers[k] in d.g.wh \
            or d.toks.lowers[k] in d.g.apposition_openers:
        return False
    return _word_count(d.text, after + 1, _trim_end(d.text, after + 1, uend)) >= 3


def _inside_name(d: _Doc, pos: int) -> bool:
    k = bisect.bisect_right(d.name_starts, pos) - 1
    return k >= 0 and d.names[k].start <= pos < d.names[k].end


def _issuer(d: _Doc, m: Mention, ustart: int) -> Mention | None:
    """The subject of the verb whose object a document is ("Senator Cole issued a statement"): the
    mention right before that verb (past auxiliaries and adverbs), when it is a person or organisation."""
    k = d.tok_at(m.start) - 1
    if k < 1 or not d.toks.texts[k].isalpha() or d.toks.caps[k] or d.toks.lowers[k] in d.g.prepositions:
        return None  # no verb before the document ("in a statement saying")
    k -= 1
    while k >= 0 and (d.toks.lowers[k] in d.g.aux or d.toks.lowers[k].endswith(d.g.skip_adverb_endings)) and d.toks.starts[k] >= ustart:
        k -= 1
    if k < 0 or d.toks.starts[k] < ustart:
        return None
    owner = d.by_end.get(d.toks.ends[k])
    return owner if owner is not None and owner.type in ("name", "pronoun", "description", "group") else None


def _document_like(m: Mention) -> bool:
    """Whether a speaker can be a poll, study, report or organisation: neither a pronoun nor a person's name."""
    return m.org or m.type in ("description", "group") and m.gender in (None, "n", "pl")


def _that_or_quote_after(d: _Doc, cue: Cue, uend: int) -> bool:
    """Whether what follows cue opens with a quotation or a that-clause."""
    start = _right_content_start(d, cue, uend)
    return start is not None and start < uend and (d.in_quote(start) is not None
                                                   or d.toks.lowers[d.tok_at(start) - 1] in d.g.that)


def _participle_after_comma(d: _Doc, k: int, ustart: int) -> bool:
    """English: whether, before the coordinator at token k, the unit has a participle right after a comma
    ('Ann Cole sued in May, challenging the rules and alleging that ...'), which the participle after the
    coordinator goes on from."""
    toks = d.toks
    j = k - 1
    while j > 0 and toks.starts[j] >= ustart and toks.texts[j] not in (",", ";", ":"):
        j -= 1
    return j > 0 and toks.texts[j] == "," and j + 1 < k and toks.lowers[j + 1].endswith(d.g.participle_endings)


def _modifiers_start(d: _Doc, m: Mention, floor: int) -> int:
    """Where a named speaker's lower-case modifiers begin: "party spokesman Sean Spicey", "former agent
    Tim Gill" ('"...," party spokesman Sean Spicey told me'). The mention's start when none stand before it."""
    if m.type != "name" or "nouns-capitalised" in d.g.settings:
        return m.start
    toks = d.toks
    k = d.tok_at(m.start)
    if k >= 2 and toks.lowers[k - 1] in d.g.coordinators:
        other = d.by_end.get(toks.ends[k - 2])
        if other is not None and other.type == "name" and other.start >= floor:
            m, k = other, d.tok_at(other.start)  # "Ed Dover and Gabe Deben wrote"
    j = k
    owned = False
    while True:
        top = j
        while j > 0 and top - j < 3:
            low = toks.lowers[j - 1]
            if toks.caps[j - 1] and not toks.caps[j] and toks.starts[j - 1] >= floor and toks.texts[j - 1].isalpha() \
                    and d.by_end.get(toks.ends[j - 1]) is None and low not in d.g.stopwords \
                    and low not in d.g.determiners and low not in d.g.prepositions and low not in d.g.time_words:
                j -= 1  # "State spokesman Ed Lane": a capitalised word that names nobody, before a lower-case one
                continue
            if toks.starts[j - 1] < floor or toks.caps[j - 1] and low not in d.lex.demonyms \
                    or not (toks.texts[j - 1].isalpha() or _hyphened(low) and not toks.caps[j - 1]) \
                    or low in d.g.stopwords or low in d.g.determiners or low in d.g.prepositions \
                    or _verb_form(d, low) or low in d.lex.verbs or low.endswith(d.g.skip_adverb_endings):
                break  # "Republican strategist Cole Brandt" goes on; "Smith said" stops
            j -= 1
        owner = None
        if j > 0 and not owned:
            owner = d.by_end.get(toks.ends[j - 1])
            if owner is None and toks.lowers[j - 1].endswith(("'s", "’s")):
                owner = d.by_end.get(toks.ends[j - 1] - 2)  # "the club's Rob Tarn", "Lopez's aide Jon Pell"
        if owner is None or owner.type != "name" or owner.start < floor \
                or (j == k and not m.title and not toks.lowers[j - 1].endswith(("'s", "’s"))):
            return toks.starts[j]
        # "Dorsey campaign spokeswoman Lena Marsh", "super PAC spokeswoman Tara Quill"
        j = d.tok_at(owner.start)
        owned = True


def _content_before(d: _Doc, start: int, floor: int) -> bool:
    """Whether the text before `start` in its unit ends like reported content (a comma or a quote)."""
    pos = _skip_space_left(d.text, start, floor)
    if pos <= floor:
        return False
    ch = d.text[pos - 1]
    if ch in _CLOSERS and d.qmap[pos - 1]:
        return True
    if "verb-second" in d.g.settings:
        q = d.in_quote(pos - 1)
        if q is not None and q.close_end == pos and q.open_at == _skip_space_right(d.text, floor, pos):
            return True  # '„...“ erklärte die Ministerin' (German closes with “): the quotation is all before
    if ch == ",":
        words = d.tok_at(pos) - d.tok_at(floor)
        return words >= 4
    return False


def _right_content_start(d: _Doc, cue: Cue, ceil: int) -> int | None:
    """Where the reported content after a cue begins, or None when no clause follows."""
    toks = d.toks
    k = d.tok_at(cue.end)
    n = len(toks)
    lemma = cue.lemma.split()[0]
    # an addressee: "told reporters", "told The Post", "warned him"
    if lemma in d.g.object_verbs and k < n and toks.starts[k] < ceil:
        m = d.by_start.get(toks.starts[k])
        if m is not None and m.type != "pronoun":
            k = d.tok_at(m.end)
        elif toks.lowers[k] in d.g.object_pronouns:
            k += 1
    separated = d.lex.separated.get(cue.text.lower()) if cue.type == "verb" else None
    if separated:
        # a separable verb's particle closes the clause ("teilte am Montag mit, dass", "lehnte den Plan ab"):
        # what stands before the particle is the verb's own object, the content comes after it
        for j in range(k, min(n, k + 14)):
            if toks.starts[j] >= ceil or toks.texts[j] in (".", ",", ";", ":", "!", "?"):
                break
            if any(toks.lowers[j] == form.particle for form in separated):
                k = j + 1
                break
    while k < n and toks.lowers[k] in d.g.cue_adverbs and toks.starts[k] < ceil:
        k += 1  # "warnte davor, ...", "said again that ..."
    if "verb-second" in d.g.settings and k + 2 < n and toks.lowers[k] in d.g.finite and toks.texts[k + 1] == "," \
            and toks.starts[k] < ceil and toks.lowers[k] not in d.g.passive_aux and not toks.caps[k] \
            and (toks.caps[k + 2] or toks.lowers[k + 2] in d.g.determiners or toks.lowers[k + 2] in d.g.that
                 or toks.lowers[k + 2] in d.g.subject_pronouns):
        # '..., nachdem sie stets betont hatte, der Plan sei gut': the auxiliary closes a subordinate clause
        # and a clause follows (not the main clause's verb: '..., die er verkündet hatte, sorgte für Unmut')
        k += 1
    # a colon before a quotation within a few words: "schrieb im Magazin Der Spiegel: „...“"
    reach = min(n - 1, k + 12)
    colon = k < reach and d.text.find(":", toks.starts[k], min(ceil, toks.ends[reach])) >= 0  # mostly there is none
    qmap = d.qmap
    that = d.g.that
    for j in range(k, reach if colon else k):
        if toks.starts[j] >= ceil or toks.texts[j] in (".", ";", "!", "?") or qmap[toks.starts[j]] \
                or toks.lowers[j] in that:
            break  # 'adds that bakers face a hard pick: "..."': the colon is inside the that-clause
        if toks.texts[j] == ":":
            if d.in_quote(_skip_space_right(d.text, toks.ends[j], ceil)):
                return toks.starts[j + 1]
            break
    # 'declared at the pier, "..."': a phrase of place, time or topic, a comma, then a quotation
    if k < n and "nouns-capitalised" not in d.g.settings:
        for j in range(k + 1, min(n, k + 9)):
            if toks.starts[j] >= ceil or qmap[toks.starts[j]]:  # (the quotation map: what in_quote tells here)
                break
            if toks.texts[j] == ",":
                q = d.in_quote(_skip_space_right(d.text, toks.ends[j], ceil))
                if q is not None and q.open_at >= toks.ends[j] and _adverbial_lead(d, toks.starts[k], q):
                    return q.open_at
                break
    # "that" within a few words: "said on Friday that", "told the regional newspaper X that"
    free = lemma in d.g.object_verbs or (k < n and (toks.lowers[k] in d.g.bad_content_start or toks.lowers[k] in d.g.time_words))
    verb_second = "verb-second" in d.g.settings
    for j in range(k, min(n, k + 10)):
        text, start = toks.texts[j], toks.starts[j]
        if text == "," and free and j + 1 < n and toks.lowers[j + 1] in that:
            continue  # "sagte in einem Interview, dass ..."
        if verb_second and _inner_period(d, j):
            continue  # "schrieb auf der Seite heise.de, dass ...": a web address, no sentence end
        if text == "," and free and j > k and verb_second and start < ceil:
            return toks.ends[j]  # "sagte in einem Interview, die Lage sei ernst"
        if start >= ceil or text in (".", ";", "!", "?", ":") or qmap[start] or (text == "," and free):
            break
        if toks.lowers[j] in that and (j == k or toks.lowers[j - 1] not in d.g.degree_words):
            if j > k and not d.dialogue and not _looks_like_clause(d, toks.ends[j], ceil):
                break  # "vowed to stay on through that contest": a demonstrative, no clause after it (news)
            if j == k or free or all(toks.lowers[x] in d.g.time_words or toks.caps[x] or toks.texts[x] == ","
                                     or verb_second and (toks.lowers[x] in d.g.articles
                                                         or toks.lowers[x] in d.g.prepositions)
                                     for x in range(k, j)):
                return toks.ends[j]
            break
    if k >= n or toks.starts[k] >= ceil:
        return None
    # "said: "..."", "said, "...""
    after_comma = toks.texts[k] in (":", ",")
    if after_comma:
        k += 1
    # time words: "said Tuesday the plan ...", "said on Friday the plan"
    j = k
    while j < n and toks.starts[j] < ceil and (toks.lowers[j] in d.g.time_words) and j - k < 3:
        j += 1
    if j > k and j < n and toks.texts[j] == ",":
        j += 1
    k = j
    if k < n and toks.lowers[k] in d.g.that and toks.starts[k] < ceil:
        k += 1  # "erklärte am Dienstag, dass ..."
    if k >= n or toks.starts[k] >= ceil:
        return None
    first, start = toks.lowers[k], toks.starts[k]  # the content's first word
    if toks.texts[k] in (")", "]") or ("verb-second" in d.g.settings and not after_comma
                                       and (first in d.g.aux or first in d.g.finite)):
        return None  # "(die Zeitung berichtete)"; "..., der vom Richter verkündet wurde": the verb ends a clause
    if after_comma and "verb-second" in d.g.settings and first in d.g.coordinators:
        return None  # "Sie sagen das, aber ...": a coordinated main clause, not the verb's content
    if "verb-second" not in d.g.settings and (first in d.g.coordinators
                                              or (first in d.g.agent_prepositions and not after_comma)):
        return None  # "shouted and waved a paddle": a second verb; "a plan criticized by the union": a passive
    if first in d.g.bad_content_start and cue.frame not in ("any", "marks") \
            and not (after_comma and "verb-second" in d.g.settings):
        if "verb-second" not in d.g.settings and not d.dialogue and not after_comma:
            # "said in a statement on Friday they would appeal": past a phrase of place or time, a subject
            # pronoun and its verb open the content (not past a conjunction: "said as he left", "when he ...")
            for j in range(k, min(n - 1, k + 9)):
                low = toks.lowers[j]
                if toks.starts[j + 1] >= ceil or not toks.words[j] or qmap[toks.starts[j]] \
                        or low in d.g.clause_openers or low in d.g.as_conjunction or low in d.g.wh \
                        or j > k and low in d.g.description_stops:
                    break
                if toks.lowers[j] in d.g.personal_subject_pronouns and _verb_form(d, toks.lowers[j + 1]):
                    return toks.starts[j]
        return None  # "said in a statement", but "erklärte, für den Kanzler sei ..." is a clause
    if lemma in d.g.needs_that and not (d.in_quote(start) or first in d.g.wh) \
            and not (after_comma and "verb-second" in d.g.settings  # 'schrieb, der Plan sei ...': a clause,
                     and first not in d.g.clause_openers):  # not 'schrieb, als er kam, einen Brief': an object
        # 'describes himself as "totally loyal"': a labelling verb takes an object with quoted words
        if cue.frame != "marks" or not any(d.in_quote(x) for x in toks.starts[k:min(n, k + 6)] if x < ceil):
            return None
    return start


def _inner_period(d: _Doc, j: int) -> bool:
    """A period between two letters with no space, inside a web address or a name ("heise.de", "faz.net")."""
    start, end = d.toks.starts[j], d.toks.ends[j]
    return d.toks.texts[j] == "." and 0 < start and end < len(d.text) and d.text[start - 1].isalnum() \
        and d.text[end].isalpha()


_APOSTROPHE = lazyregex.compile(r"['’]")
_CONTRACTION = lazyregex.compile(r"['’](?:ll|re|ve|d|m|s)$")

def _looks_like_clause(d: _Doc, start: int, end: int) -> bool:
    """Whether reported content reads as a clause ("the plan is dead") rather than a noun phrase
    ("his double-digit lead", "responsibility for the attack"): a finite verb, a subject pronoun, a
    past-tense word, a conjunction such as "whether", or a quotation."""
    qmap = d.qmap
    if qmap[start] or qmap[_skip_space_right(d.text, start, end)]:  # (in a quotation)
        return True
    k = d.tok_at(start)
    toks = d.toks
    g = d.g
    first = True
    capitalised_nouns = "nouns-capitalised" in g.settings
    # verb second after a clause: "Wie X erklärte, sieht die Regierung ..."
    after_comma = "verb-second" in g.settings and d.text[_skip_space_left(d.text, start, 0) - 1:start].strip() == ","
    if "verb-second" in g.settings and k > 0 and toks.lowers[k - 1] in g.that and toks.ends[k - 1] <= start:
        return True  # "sagte, dass Okonkwo dazugehöre": what "dass" opens is a clause, its verb known or not
    for j in range(k, min(len(toks), k + (14 if d.dialogue else 40))):
        if toks.starts[j] >= end:
            break
        low, cap = toks.lowers[j], toks.caps[j]
        if first and (low in g.wh or low in g.that):
            return True
        if first and after_comma and not cap and toks.texts[j].isalpha() and low not in g.stopwords \
                and low not in g.determiners and low not in g.prepositions:
            return True  # "Wie X erklärte, sieht die Regierung ...": the verb comes first after a clause
        if low in g.finite or low.endswith(("n't", "’t")):
            return True
        apostrophe = "'" in low or "’" in low
        bare = _APOSTROPHE.split(low)[0] if apostrophe else low
        if first and bare in g.subject_pronouns:
            return True
        if apostrophe and _CONTRACTION.search(low) and not cap and not (
                low[-1] == "s" and bare not in g.subject_pronouns and bare not in g.wh and bare not in g.that):
            return True  # he'll, they're, it's, that's; not the possessive "the mayor's"

        if not first and not cap and low.endswith(g.past_endings) and len(low) > 4:
            return True
        if not first and low in g.clause_verbs and toks.lowers[j - 1] not in g.determiners \
                and not _possessive_word(toks.lowers[j - 1]):
            return True  # "his cousins painted two fences", "the slogan feels bloodless"
        if capitalised_nouns and not first and not cap and _verb_like(d, toks[j]):
            return True  # where nouns are capitalised, a lower-case word with a verb ending is mostly a verb
        if qmap[toks.starts[j]]:
            return True
        first = False
    return False


def _says_present_clause(d: _Doc, f: _Frame, start: int, end: int) -> bool:
    """In news, after "say" and "tell", a content whose subject (a plural noun or a name, with up to two
    modifiers) is followed by a lower-case word that is no noun-phrase word reads as a clause with a
    present-tense verb ("says rural voters distrust the new maps"). English only."""
    if "verb-second" in d.g.settings or d.dialogue or f.side != "right" \
            or f.cue.lemma.split()[0] not in d.g.say_verbs:
        return False
    toks = d.toks
    k = d.tok_at(start)
    last = d.tok_at(end)
    if last - k < 4:
        return False
    if toks.lowers[k] in d.g.determiners or toks.lowers[k] in d.g.quantifiers or _possessive_word(toks.lowers[k]):
        k += 1
    g = d.g
    for h in range(k, min(k + 3, last - 2)):
        t = toks[h]
        if not t.text.replace("’", "'").replace("'", "").isalpha() or t.lower in g.stopwords \
                or t.lower in g.prepositions:
            return False
        if not (t.cap or t.lower.endswith("s")):
            continue
        v = toks[h + 1]
        low = v.lower
        if v.text.isalpha() and not v.cap and low not in g.stopwords and low not in g.prepositions \
                and low not in g.determiners and not low.endswith(g.skip_adverb_endings + g.participle_endings) and low not in g.wh \
                and toks.words[h + 2]:
            return True
    return False


def _noun_and_relative_clause(d: _Doc, start: int, end: int) -> bool:
    """Where the verb comes second: whether content before a cue is a noun phrase with a relative clause
    and no clause of its own ('In dem Bericht, der am Montag erschien, heißt es', 'Umfragen, in denen ...
    gefragt wurde, sagen einen Sieg voraus'): the relative clause's verb makes no statement."""
    k = d.next_comma(d.tok_at(start))
    if k >= len(d.toks) or d.toks.starts[k] >= end:
        return False
    t = d.toks[k]
    j = k + 1
    if j < len(d.toks) and d.toks.lowers[j] in d.g.prepositions:
        j += 1
    if j < len(d.toks) and d.toks.starts[j] < end and d.toks.lowers[j] in d.g.relative:
        # the relative clause runs to the end: no comma after it where the main clause goes on
        # ('Ein Tief, das ... zog, brachte Regen')
        return d.text.find(",", d.toks.starts[j], end) < 0 and not _looks_like_clause(d, start, t.start)
    return False  # another comma first: a list or an apposition, not handled here


def _may_invert(d: _Doc, cue: Cue) -> bool:
    """Whether a speaker may follow the cue ('"...," said Smith'); "told X" names the addressee instead."""
    return cue.lemma.split()[0] not in d.g.never_inverted


def _possessive_word(low: str) -> bool:
    return low.endswith(("'s", "’s", "s'", "s’"))


def _dependent_clause(d: _Doc, start: int, end: int) -> bool:
    """Where the verb comes second, content after a cue that opens with a relative pronoun ("..., die fähig
    sind", "..., der im Spiel ...") or a subordinating conjunction ("..., da dieser ...") belongs to the
    noun or clause before it; reported speech opens with a subject ("die Lage sei ernst"), "dass" or a verb."""
    k = d.tok_at(start)
    if k + 1 >= len(d.toks) or d.toks.starts[k] >= end or d.in_quote(d.toks.starts[k]):
        return False
    first, second = d.toks[k], d.toks[k + 1]
    verb_next = second.lower in d.g.finite or second.lower in d.g.subjunctive
    if verb_next or k > 0 and (d.toks.lowers[k - 1] in d.g.that or d.toks.lowers[k - 1] in d.g.wh
                               or d.toks.lowers[k - 1] in d.g.postpositions):
        return False  # "..., dass der gescheiterte Antrag ... sei": a "dass" clause ends in its verb too ("wonach")
    if first.lower in d.g.subordinators or first.lower in d.g.relative_genitives:
        return True  # '..., deren Darstellung auf ... beruht': a relative clause whatever follows
    if first.lower == "um" and _purpose_infinitive(d, k, end):
        return True  # '..., um den Weg frei zu machen': a purpose clause, no reported speech
    if first.lower == "als" and not second.cap and _temporal_clause_alone(d, k, end):
        return True  # '..., als er das Lager gewechselt habe': a clause of time, no reported speech
    if first.lower in d.g.prepositions and (second.lower in d.g.relative or second.lower in d.g.oblique_relatives) \
            and k + 2 < len(d.toks) and d.toks.starts[k + 2] < end and _relative_after_preposition(d, k + 1):
        # '..., zu der 100 Gäste erwartet werden', '..., in der er seine Angst schilderte': a preposition and
        # a relative pronoun, then no noun of its own (as in "in der Stadt sei ...")
        k += 1
        first, second = d.toks[k], d.toks[k + 1]
    if not (first.lower in d.g.relative or first.lower in d.g.oblique_relatives) or second.cap:
        return False
    # a relative clause ends in its verb: "die fähig sind", "der im Spiel ... propagierte"
    words = []
    j = k + 1
    while j < len(d.toks) and d.toks.starts[j] < end and d.toks.texts[j] not in (",", ";", ":"):
        if d.toks.words[j] and not d.in_quote(d.toks.starts[j]):
            words.append(d.toks[j])
        j += 1
    finite = [i for i, t in enumerate(words) if t.lower in d.g.finite or t.lower in d.g.subjunctive]
    if finite:
        return finite[0] >= len(words) - 2
    return bool(words) and not words[-1].cap and _verb_like(d, words[-1])


def _relative_after_preposition(d: _Doc, k: int) -> bool:
    """Whether "der", "die" ... at token k after a preposition is a relative pronoun: one only a relative can be
    (of [relative-only]: "denen", "deren"), or one followed by a subject pronoun, an article or a number ("in der er", "zu der
    100 Gäste"), not by the adjective or noun of its own phrase ("für die afghanischen Truppen")."""
    low, nxt = d.toks.lowers[k], d.toks.lowers[k + 1]
    return low in d.g.relative_only or nxt in d.g.subject_pronouns or nxt in d.g.articles \
        or nxt[:1].isdigit()


def _temporal_clause_alone(d: _Doc, k: int, end: int) -> bool:
    """Whether the clause opened by "als" at token k ends in its verb and no main clause follows it before
    `end` ('als er das Lager gewechselt habe.', but not 'als er ankam, sei alles ruhig gewesen')."""
    toks = d.toks
    j = k + 1
    while j < len(toks) and toks.starts[j] < end and toks.texts[j] not in (",", ";", ":"):
        j += 1
    words = [t for t in toks[k + 1:j] if t.word and not d.in_quote(t.start)]
    if len(words) < 2 or not (words[-1].lower in d.g.finite or words[-1].lower in d.g.subjunctive
                              or not words[-1].cap and _verb_like(d, words[-1])):
        return False
    return j >= len(toks) or toks.starts[j] >= end or toks.texts[j] != "," \
        or not (j + 1 < len(toks) and (toks.lowers[j + 1] in d.g.finite or toks.lowers[j + 1] in d.g.subjunctive))


def _purpose_infinitive(d: _Doc, k: int, end: int) -> bool:
    """Whether the words from token k ("um") to `end` close with an infinitive with "zu" ("um den Weg frei zu
    machen", "um den Weg freizumachen"): a purpose clause."""
    words = [t for t in d.toks[k + 1:d.tok_at(end)] if t.word]
    if len(words) < 2 or words[-1].cap:
        return False
    last = words[-1].lower
    return words[-2].lower == "zu" or (last.endswith("en") and "zu" in last[2:-3])


def _introduced_clause(d: _Doc, start: int, end: int) -> bool:
    """Where the verb comes second, reported speech after a verb is set off: by a comma or colon, or by "dass"
    or a question word ("sagte, die Lage sei ernst", "erklärte, dass ..."). Words right after the verb are
    its object ("kritisierte den Schritt", "bestätigte den Zusammenhang") unless a subjunctive, a "dass"
    clause or a colon follows in them ("bestätigte die Vermutung, es gehe um ...")."""
    pos = _skip_space_left(d.text, start, 0)  # no copy of the text before: this runs for every frame
    if pos > 0 and d.text[pos - 1] in ",:":
        return True
    k = d.tok_at(pos) - 1
    if k >= 0 and (d.toks.lowers[k] in d.g.that or d.toks.lowers[k] in d.g.wh):
        return True
    return _subjunctive(d, start, end) or ":" in d.text[start:end] or any(
        t.lower in d.g.that for t in d.toks[d.tok_at(start):d.tok_at(end)])


def _verb_like(d: _Doc, t: Token) -> bool:
    """Where nouns are capitalised: a lower-case word that can be a verb form ("scheitert", "gestiegen"),
    not a function word, adverb or adjective ("jedoch", "langfristig", "jede")."""
    low = t.lower
    return t.text.isalpha() and low.endswith(d.g.verb_endings) and not low.endswith(d.g.not_verb_endings) \
        and low not in d.g.stopwords and low not in d.g.determiners and low not in d.g.prepositions \
        and low not in d.g.cue_adverbs and low not in d.g.aux and low not in d.lex.not_names


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _END_PUNCT:
        end -= 1
    return end


def _is_title_like(d: _Doc, q: QuoteSpan) -> bool:
    """Whether a quotation reads as a title: no content word, or two or more all capitalised ("The Harvest of
    the Tides"); a question or exclamation is none."""
    text = d.text
    if d.g.name_nouns and (_after_name_noun(d, q) or _speaker_label(d, q) or _name_as_subject(d, q)):
        return True
    if "nouns-capitalised" in d.g.settings and _english_title(d, q):
        return True
    if "nouns-capitalised" not in d.g.settings and not d.dialogue and _term_as_subject(d, q):
        return True
    function = d.g.function
    content = 0  # content words (beginning with a letter, no function word), all capitalised so far
    phrase = False  # a lower-case function word after the first word: where nouns are capitalised, a phrase
    for i, w in enumerate(text[q.start:q.end].split()):
        if not w[:1].isalpha() or w.lower() in function:
            phrase = phrase or i > 0 and w[0].islower()
            continue
        if not w[0].isupper():
            return False  # most quotations: the first lower-case content word decides
        content += 1
    if not content:
        return True
    if d.dialogue and "," in text[q.start:q.end]:
        return False  # fiction: '"Well, Oakes," said the doctor' -- a word and a name addressed, not a title
    if d.dialogue and q.depth == 0 and text[q.start:q.end].rstrip().endswith(".") \
            and q.open_at == d.paras[d.para_of(q.open_at)].start:
        return False  # fiction: a turn of its own, '"Colonel Dacre." She gave him her hand.', is a greeting
    if phrase and "nouns-capitalised" in d.g.settings and _after_als(d, q):
        return False  # 'als „Glanzstücke der Baukunst“ bezeichnet': a judgement, not a title
    return content >= 2 and not text[q.start:q.end].rstrip().endswith(("!", "?"))


def _after_name_noun(d: _Doc, q: QuoteSpan) -> bool:
    """Whether a quotation of a few words follows a noun that names what it is ("des Magazins „Der Spiegel“",
    "die Organisation „Ärzte ohne Grenzen“"): a name, not speech."""
    k = d.tok_at(q.open_at) - 1
    words = _word_count(d.text, q.start, q.end)
    if k < 0 or not d.toks.caps[k] or not d.toks.texts[k].isalpha() or words > 12 \
            or words > 4 and d.text[q.start:q.end].rstrip()[-1:] in ".!?,":
        return False  # a title of a few words, or a longer one that does not end like a sentence
    word = d.toks.lowers[k]
    return any(w.endswith(n) for w in (word, word[:-1], word[:-2]) for n in d.g.name_nouns)  # "Magazins"


def _fragment_title(d: _Doc, q: QuoteSpan) -> bool:
    """Whether quoted words inside reported speech are a title or name rather than the speaker's words. Where
    nouns are capitalised, capitals say little ("ein „Opfer des Terrors“"): only a naming noun before the
    quotation, or capitals on every word of two or more, make it a title."""
    if "nouns-capitalised" not in d.g.settings:
        return _is_title_like(d, q)
    if _after_name_noun(d, q) or _translation_in_brackets(d, q) or _english_title(d, q) or _named_by_words(d, q):
        return True
    words = [w for w in d.text[q.start:q.end].split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _named_by_words(d: _Doc, q: QuoteSpan) -> bool:
    """Words around a quotation that make it a name or term rather than speech: a compound it opens
    („Tür an Tür“-Prinzip), a word of [naming-before] right before it, or one word between ('der Titel lautet
    also „...“', '(deutsch „...“)'), a word of [naming-after] right after it ('als „Alter Hafen“ bekannt'), or
    a verb of naming with "sich" ('nennt sich „...“', 'die sich selbst „...“ nennt')."""
    text, toks = d.text, d.toks
    if text[q.close_end:q.close_end + 1] == "-" and text[q.close_end + 1:q.close_end + 2].isalpha():
        return True
    k = d.tok_at(q.open_at) - 1
    if k >= 0 and toks.words[k] and (toks.lowers[k] in d.g.naming_before
                                     or k > 0 and toks.words[k - 1] and toks.lowers[k - 1] in d.g.naming_before
                                     and f"{toks.lowers[k - 1]} {toks.lowers[k]}" not in d.g.source_cues):
        return True  # (but 'heißt es „...“' quotes a source)
    j = d.tok_at(q.close_end)
    after = toks.lowers[j] if j < len(toks) else ""
    if after in d.g.naming_after:
        return True
    reflexive = k >= 0 and toks.lowers[k] in d.g.inner_reflexive or k > 0 and toks.lowers[k - 1] in d.g.inner_reflexive
    return reflexive and (after in d.g.naming_verbs or any(toks.lowers[i] in d.g.naming_verbs for i in range(max(0, k - 2), k)))


def _english_title(d: _Doc, q: QuoteSpan) -> bool:
    """In a language that capitalises nouns, English words in title case are a name, not speech: „Friends of
    the Earth“, „Man of the Year“ -- every other word capitalised around an English function word."""
    words = [w for w in d.text[q.start:q.end].split() if w[:1].isalpha()]
    small = [w for w in words if w in d.g.foreign_title_words]  # [foreign-title-words] of grammar.txt
    return bool(small) and len(words) - len(small) >= 2 and all(w[0].isupper() for w in words if w not in small)


def _translation_in_brackets(d: _Doc, q: QuoteSpan) -> bool:
    """A short quotation in brackets right after another quotation translates it ("„Silver Gate“
    („silbernes Tor“)"): a name, not speech."""
    k = d.tok_at(q.open_at) - 1
    if k < 0 or _word_count(d.text, q.start, q.end) > 4:
        return False
    return d.toks.texts[k] == "(" and k > 0 and d.in_quote(d.toks.starts[k - 1]) is not None


def _word_after_opening_quote(d: _Doc, q: QuoteSpan) -> int | None:
    """The token index of the word right after a quotation that opens its unit (a sentence begun by words
    in marks), or None: no such quotation, or no word (a letter) after it."""
    if _skip_space_right(d.text, d.units[d.unit_of(q.open_at)][0], q.open_at) != q.open_at:
        return None
    k = d.tok_at(q.close_end)
    return k if k < len(d.toks) and d.toks.texts[k].isalpha() else None


def _name_as_subject(d: _Doc, q: QuoteSpan) -> bool:
    """A capitalised word or two in marks opening a sentence, with its verb right after it and no comma:
    '„Lumara“ ist eins von fünf Bauteilen' -- a name standing as the subject, not speech."""
    words = d.text[q.start:q.end].split()
    if len(words) > 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    k = _word_after_opening_quote(d, q)
    return k is not None and not d.toks.caps[k]


def _term_as_subject(d: _Doc, q: QuoteSpan) -> bool:
    """News in English: a word or three in marks opening a sentence and running on into it with no comma
    or stop, the next word neither a cue nor a speaker ('"Detente" has been the policy', "'Harbor Nights'
    pokes fun at", "'Speedy' driver caught"): the quoted words are named, not said ('"Never" said Tom
    Hale' and '"We will win" he said' are speech)."""
    span = d.text[q.start:q.end].rstrip()
    if _word_count(span, 0, len(span)) > 3 or span[-1:] in (",", ".", "!", "?", ":", ";", "—", "-", "…"):
        return False
    k = _word_after_opening_quote(d, q)
    if k is None or d.text[q.close_end:d.toks.starts[k]] != " ":
        return False
    pos = d.toks.starts[k]
    i = bisect.bisect_left(d.cue_starts, pos)
    return d.by_start.get(pos) is None and not (i < len(d.cues) and d.cues[i].start == pos)


def _speaker_label(d: _Doc, q: QuoteSpan) -> bool:
    """An interview's speaker label in marks, opening its paragraph and followed by a colon: "''Redaktion'':"."""
    p = d.paras[d.para_of(q.open_at)]
    return _skip_space_right(d.text, p.start, p.end) == q.open_at and d.text[q.close_end:q.close_end + 1] == ":" \
        and _word_count(d.text, q.start, q.end) <= 3


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


_WORD_RUN = regex.compile(r"\S+")


def _word_count_to(text: str, start: int, end: int, most: int) -> int:
    """_word_count, counted no further than `most`: its time does not grow with a long text[start:end]."""
    n = 0
    for _ in _WORD_RUN.finditer(text, start, end):
        n += 1
        if n >= most:
            break
    return n


def attribute(text: str, paras: list[Paragraph], sents: list[Sentence], toks: Tokens,
              spans: list[QuoteSpan], cues: list[Cue], mentions: list[Mention], lex: Lexicon,
              beliefs: bool = False) -> list[Attribution]:
    """Reported statements of the document, in text order. Cues of thinking and wanting ("believes")
    attribute quotations in marks always ("Now," she thought), other content only with `beliefs`."""
    d = _Doc(text, paras, sents, toks, spans, cues, mentions, lex)
    if d.g.document_verbs:
        d.cues = [c for c in d.cues if c.lemma not in d.g.document_verbs or _document_reads(d, c)]
        d.cue_starts = [c.start for c in d.cues]
    d.beliefs = beliefs
    frames = _frames(d)
    out: list[Attribution] = []
    claimed: dict[int, list[tuple[int, int]]] = {}
    unit_speaker: dict[int, tuple[Mention, Cue | None]] = {}
    for f in frames:
        a = _classify(d, f)
        if a is None or (f.cue.type == "belief" and not beliefs and a.kind != "direct"):
            continue
        out.append(a)
        claimed.setdefault(f.unit, []).append((min(a.start, f.start), max(a.end, f.end)))
        unit_speaker.setdefault(f.unit, (f.speaker, f.cue))
    out.extend(_quote_sieves(d, frames, out, claimed, unit_speaker))
    if "verb-second" in d.g.settings:
        out.extend(_demonstrative_reports(d, out, claimed))
    if d.g.subjunctive:
        out.extend(_reported_continuation(d, out, claimed))
    if "verb-second" in d.g.settings:
        out = [_according_clause(d, a) for a in out]
        out = _split_at_colon(d, out)
    if "quoted-fragments" in d.g.settings:
        out = _quoted_fragments(d, out)
    if "statement-goes-on" in d.g.settings and not d.dialogue:
        out = _statement_goes_on(d, out)
    if "headline-label" in d.g.settings and not d.dialogue:
        headline = _headline_label(d, out)
        if headline is not None:
            out.append(headline)
    out.sort(key=lambda a: (a.start, a.end))
    if not d.dialogue and "nouns-capitalised" not in d.g.settings:
        # two frames that read the same words (a participle and a tag around one quotation): one record, the
        # first found
        best: dict[tuple[int, int], Attribution] = {}
        for a in out:
            best.setdefault((a.start, a.end), a)
        out = [a for a in out if best[a.start, a.end] is a]
    return out


def _headline_label(d: _Doc, found: list[Attribution]) -> Attribution | None:
    """A headline of one line opening the document, "Ann Cole: Harbor Plan Is a Disaster.": the name before
    the colon said the words after it, when the story names it again (not "Breaking:", "The Latest:") and no
    record holds those words yet."""
    p = d.paras[0] if d.paras else None
    if p is None or "\n" in d.text[p.start:p.end]:
        return None
    text = d.text
    k = bisect.bisect_left(d.mention_starts, p.start)
    m = d.mentions[k] if k < len(d.mentions) else None
    label = m.text.lower().split() if m is not None else []

    def named_again(w: re.Match) -> bool:
        # not only after a preposition ('in Eastfield': a place), nor, when the label gives a first name, after
        # another first name ('Tom Pell' is not 'Nora Pell')
        before = (text[max(0, w.start() - 30):w.start()].split() or [""])[-1].lower()
        return before not in d.g.prepositions and (before not in d.lex.first_names or before in label
                                                   or not any(map(d.lex.first_names.__contains__, label)))

    if m is None or m.start != _skip_space_right(text, p.start, p.end) or m.type != "name" \
            or text[m.end:m.end + 2] != ": " or label[0] in d.g.determiners or label[0] in d.g.headline_kickers \
            or not any(map(named_again,
                           re.compile(rf"(?<!\w){re.escape(m.text.split()[-1])}(?!\w)").finditer(text, p.end))):
        return None
    start = _skip_space_right(text, m.end + 1, p.end)
    end = _trim_end(text, start, p.end)
    if _word_count(text, start, end) < 3 or text[start:p.end].rstrip().endswith("?") \
            or any(a.start < end and a.end > start for a in found):
        return None  # (a question is the headline's own: "Ann Cole: Saint or Sinner?")
    return Attribution("indirect", start, end, m, None, "headline-label", CONFIDENCE["headline-label"])


def _opens_next_para(d: _Doc, a: Attribution, b: Attribution) -> bool:
    p = d.para_of(b.start)
    return p == d.para_of(a.start) + 1 and _skip_space_right(d.text, d.paras[p].start, b.start) >= b.start - 1


def _statement_goes_on(d: _Doc, found: list[Attribution]) -> list[Attribution]:
    """'The plan is "dead on arrival," Ann Cole said. "Start over."': a statement that quotes part of its
    words, with its speaker's tag after it, goes on through the quotation opening the next sentence of the
    paragraph (a floating quote of the same speaker); the two are one mixed record, tag and all. So does a
    reported statement with its speaker and cue before it ('Ann Cole said the pier was unsafe. "Close it."')
    into the quotation that makes the next sentence of its paragraph."""
    order = sorted(found, key=lambda a: (a.start, a.end))
    out: list[Attribution] = []
    skip = -1
    for i, a in enumerate(order):
        if i == skip:
            continue
        b = order[i + 1] if i + 1 < len(order) else None
        tagged = b is not None and a.kind == "mixed" and a.rule in ("content-speaker-cue", "content-cue-speaker") \
            and a.cue is not None and a.cue.start >= a.end and (d.para_of(a.start) == d.para_of(b.start)
                                                               or _opens_next_para(d, a, b)) \
            and d.unit_of(b.start) == d.unit_of(a.cue.start) + 1
        # 'Ann Cole said the pier was unsafe. "Close it now."': a report, then its speaker's quotation
        reported = b is not None and a.kind == "indirect" and a.rule == "speaker-cue-content" \
            and a.cue is not None and a.cue.end <= a.start and d.para_of(a.start) == d.para_of(b.start) \
            and d.unit_of(b.start) == d.unit_of(a.end - 1) + 1
        if (tagged or reported) and b.rule == "floating-quote" and _same_speaker(a, b):
            q = d.in_quote(b.start)
            out.append(dataclasses.replace(a, kind="mixed",
                                           end=q.close_end if q is not None and q.close_end >= b.end else b.end))
            skip = i + 1
            continue
        out.append(a)
    return out


def _document_reads(d: _Doc, cue: Cue) -> bool:
    """Whether a cue of [document-verbs] has a document for its subject: right before it ('the letter reads',
    'it read', 'a sign, which read') or after it ('read the email', 'read a short statement')."""
    toks = d.toks
    k = d.tok_at(cue.start)

    def document(low: str) -> bool:
        return low in d.g.document_nouns or low.endswith("s") and low[:-1] in d.g.document_nouns

    if k > 0 and (document(toks.lowers[k - 1]) or d.g.pronouns.get(toks.lowers[k - 1]) == "n"
                  or toks.lowers[k - 1] in d.g.object_relatives and toks.lowers[k - 1] in d.g.wh):
        return True
    j = d.tok_at(cue.end)
    if j >= len(toks) or toks.lowers[j] not in d.g.determiners:
        return False
    return any(document(t.lower) for t in toks[j + 1:j + 4])


def _according_clause(d: _Doc, a: Attribution) -> Attribution:
    """Where the verb comes second: 'laut X' or 'nach Angaben von X' inside a relative clause ('Die Männer,
    die laut Polizei bewaffnet waren, flohen', 'Die Preise stiegen, was nach Ansicht der Kritiker die Armen
    trifft') sources that clause only: the record starts at the relative word (or its preposition) and ends
    at the comma before the main clause's verb."""
    if a.rule != "according-to" or a.kind == "direct" or a.cue is None or not a.start < a.cue.start < a.end:
        return a
    toks = d.toks
    c = d.tok_at(a.cue.start)
    k = c - 1
    start = None
    while k > 0 and toks.starts[k] > a.start:
        if toks.texts[k] == "," and not d.in_quote(toks.starts[k]):
            nxt = toks.lowers[k + 1]
            after = toks.lowers[k + 2] if k + 2 < c else ""
            if nxt in d.g.relative or nxt in d.g.wh or nxt in d.g.oblique_relatives \
                    or nxt in d.g.prepositions and (after in d.g.relative or after in d.g.oblique_relatives):
                start = toks.starts[k + 1]
            break
        k -= 1
    if start is None:
        return a
    end = a.end
    j = d.tok_at(a.cue.end)
    while j + 1 < len(toks) and toks.starts[j] < a.end:
        if toks.texts[j] == "," and not d.in_quote(toks.starts[j]) and _main_clause_verb(d, j + 1) \
                and toks.lowers[j + 1] not in d.g.clause_openers:
            end = toks.starts[j]
            break
        j += 1
    kind = "mixed" if d.quotes_in(start, end) else "indirect"
    return dataclasses.replace(a, kind=kind, start=start, end=end)


def _split_at_colon(d: _Doc, found: list[Attribution]) -> list[Attribution]:
    """'Sie warnte, die Lage werde sich verschärfen: „Jetzt kommt der Monsun.“': reported speech that ends
    in a colon and a quoted sentence is two statements of the same speaker, the paraphrase before the colon
    (indirect, or mixed with quoted words of its own) and the quotation after it (direct)."""
    out: list[Attribution] = []
    directs = {(a.start, a.end) for a in found if a.kind == "direct"}
    for a in found:
        inside = d.quotes_in(a.start, a.end) if a.kind == "mixed" else []
        if len(inside) >= 2 and inside[0].open_at <= _skip_space_right(d.text, a.start, a.end) \
                and inside[-1].close_end >= _trim_end(d.text, a.start, a.end) and all(
                    d.text[x.close_end:y.open_at].strip(" ,;").lower() in d.g.coordinators | {""}
                    for x, y in zip(inside, inside[1:])):
            # '„...“ und „...“': quotations joined by "und" are direct quotes, each of its own
            out.extend(Attribution("direct", q.start, q.end, a.mention, a.cue, a.rule, a.confidence)
                       for q in inside if (q.start, q.end) not in directs)
            continue
        q = inside[-1] if inside else None
        if q is None or q.open_at <= a.start or q.close_end < _trim_end(d.text, a.start, a.end) \
                or _word_count(d.text, q.start, q.end) < 4:
            out.append(a)
            continue
        colon = _skip_space_left(d.text, q.open_at, a.start)
        if colon <= a.start or d.text[colon - 1] != ":":
            out.append(a)
            continue
        front_end = _trim_end(d.text, a.start, colon - 1)
        if _word_count(d.text, a.start, front_end) >= 3:
            kind = "mixed" if d.quotes_in(a.start, front_end) else "indirect"
            out.append(Attribution(kind, a.start, front_end, a.mention, a.cue, a.rule, a.confidence))
        if (q.start, q.end) not in directs:  # found already by a sieve of its own
            out.append(Attribution("direct", q.start, q.end, a.mention, a.cue, a.rule, a.confidence))
    return out


def _reporting_colon(d: _Doc, ustart: int, uend: int) -> int | None:
    """A colon (outside quotations) with the subjunctive after it and none before it, in a unit."""
    k = d.tok_at(ustart)
    while k < len(d.toks) and d.toks.starts[k] < uend:
        t = d.toks[k]
        if t.text == ":" and not d.in_quote(t.start):
            if not _subjunctive(d, ustart, t.start) and _subjunctive(d, t.end, uend) \
                    and _first_actor(d, ustart, t.start) is not None:
                return t.start
            return None
        k += 1
    return None


def _demonstrative_reports(d: _Doc, found: list[Attribution], claimed: dict[int, list]) -> list[Attribution]:
    """'Der Etat steigt um zwei Prozent. Das teilte das Ministerium am Montag mit.': a sentence that opens
    with a demonstrative subject right before its reporting verb reports the sentence before it, in the same
    paragraph; the record runs from that sentence to the demonstrative, and the first name, description or
    group after the verb speaks. Mixed when the reported sentence holds quoted words, else indirect."""
    out: list[Attribution] = []
    # quoted words given to the subject of their own sentence for want of a cue yield to a report after them
    weak = [a for a in found if a.rule == "sentence-subject"]
    strong = [a for a in found if a.rule != "sentence-subject"]
    taken = {d.unit_of(a.start) for a in strong} | {d.unit_of(a.end - 1) for a in strong}
    weak_units = {d.unit_of(a.start) for a in weak}
    for u in range(1, len(d.units)):
        ustart, uend, upara = d.units[u]
        pstart, pend, ppara = d.units[u - 1]
        if ppara != upara or u - 1 in taken or u - 1 in claimed and u - 1 not in weak_units:
            continue
        k = d.tok_at(_skip_space_right(d.text, ustart, uend))
        if k + 1 >= len(d.toks) or d.in_quote(d.toks.starts[k]):
            continue
        head = k
        if d.toks.lowers[k] in d.g.demonstratives and d.toks.caps[k + 1] and k + 2 < len(d.toks):
            k += 1  # 'Diese Zahlen nannte das Amt am Montag.': a demonstrative and its noun
        elif d.toks.lowers[k] not in d.g.demonstrative_pronouns:
            continue
        c = bisect.bisect_left(d.cue_starts, d.toks.starts[k + 1])
        if c >= len(d.cues) or d.cues[c].start != d.toks.starts[k + 1] or d.cues[c].type != "verb":
            continue
        m = _first_actor(d, d.cues[c].end, uend) or _right_speaker(d, d.cues[c], uend)
        if m is None:
            continue
        first = u - 1
        if u >= 2 and d.units[u - 2][2] == upara and (u < 3 or d.units[u - 3][2] != upara) and u - 2 not in taken \
                and u - 2 not in claimed:
            first = u - 2  # a paragraph of two sentences and the report: both are reported
        start = _skip_space_right(d.text, d.units[first][0], pend)
        inside = [q for q in d.quotes_in(start, pend) if not _fragment_title(d, q)]
        whole = inside and inside[0].open_at <= start and inside[-1].close_end >= _trim_end(d.text, start, pend) - 1
        if whole:
            continue  # a quotation before 'Das sagte X' is a direct quote (`_demonstrative_speaker`)
        kind = "mixed" if inside else "indirect"
        for a in weak:
            if start <= a.start < pend:
                found.remove(a)
        # 'Dies sagte X': the record runs to the demonstrative; 'Diese Zahlen nannte X': to the sentence's end
        end = d.toks.ends[head] if head == k else _trim_end(d.text, start, pend)
        out.append(Attribution(kind, start, end, m, d.cues[c], "demonstrative-report",
                               CONFIDENCE["demonstrative-report"]))
        claimed.setdefault(u - 1, []).append((start, pend))
    return out


def _subjunctive(d: _Doc, start: int, end: int) -> bool:
    """Whether a subjunctive form (German "sei", "habe") stands between start and end, outside quotations."""
    if not d.g.subjunctive:
        return False
    k = d.tok_at(start)
    while k < len(d.toks) and d.toks.starts[k] < end:
        if d.toks.lowers[k] in d.g.subjunctive and not d.in_quote(d.toks.starts[k]):
            return True
        k += 1
    return False


def _hearsay_quoting(d: _Doc, start: int, end: int) -> bool:
    """Whether a sentence with quoted words has a modal of hearsay ([hearsay-modals]: "soll") as the finite
    verb of its main clause, before any comma: 'Der Start soll mit der „Nordstern“ stattfinden' reports."""
    if not d.g.hearsay_modals or not d.quotes_in(start, end):
        return False
    toks = d.toks
    k = d.tok_at(start)
    while k < len(toks) and toks.starts[k] < end and toks.texts[k] not in (",", ";", ":"):
        if toks.lowers[k] in d.g.hearsay_modals and not toks.caps[k] and not d.in_quote(toks.starts[k]):
            # an infinitive ends the clause ('soll ... stattfinden'), not an object ('wollen die Freilassung')
            j = k + 1
            while j < len(toks) and toks.starts[j] < end and (d.in_quote(toks.starts[j])
                                                              or toks.texts[j] not in (",", ";", ":", ".", "!", "?")):
                j += 1
            last = j - 1
            return last > k and toks.words[last] and not toks.caps[last] and not d.in_quote(toks.starts[last]) \
                and toks.lowers[last].endswith("n") and toks.lowers[last] not in d.g.object_pronouns  # '... von ihnen'
        k += 1
    return False


def _no_subject_after(d: _Doc, cue: Cue, uend: int) -> bool:
    """Where the verb comes second: whether a comma, a colon or an adverb of the cue ("aber", "dann",
    "dazu") follows the verb, so no subject stands after it ('..., sagte aber, ...')."""
    k = d.tok_at(cue.end)
    while k < len(d.toks) and d.toks.starts[k] < uend and d.toks.lowers[k] in d.g.cue_adverbs:
        k += 1
    return k < len(d.toks) and d.toks.starts[k] < uend and d.toks.texts[k] in (",", ":")


def _indicative_main_verb(d: _Doc, start: int, end: int) -> bool:
    """Where the verb comes second: whether the first finite verb of the sentence, before any comma, is an
    indicative one ("hatte", "wurde", "ist"), so the main clause is no reported speech even when a
    subjunctive follows in a clause of its own."""
    k = d.tok_at(start)
    while k < len(d.toks) and d.toks.starts[k] < end and d.toks.texts[k] not in (",", ";", ":"):
        t = d.toks[k]
        if not t.cap and not d.in_quote(t.start):
            if t.lower in d.g.subjunctive or t.lower in d.g.hearsay_modals:
                return False  # "soll", "will": hearsay reports too
            if t.lower in d.g.finite and not any(c in t.lower for c in "äöü"):
                return True  # "könnte", "wären": the subjunctive II reports too
        k += 1
    return False


def _has_own_cue(d: _Doc, start: int, end: int) -> bool:
    """Whether a reporting verb or phrase stands between start and end, outside quotations."""
    k = bisect.bisect_left(d.cue_starts, start)
    return k < len(d.cues) and d.cues[k].start < end and d.cues[k].type in ("verb", "phrase")


def _quoted_fragments(d: _Doc, found: list[Attribution]) -> list[Attribution]:
    """The quoted words inside mixed quotes, each also a direct quote of the same speaker: 'Er sagte,
    die Lage sei „sehr ernst“' -> mixed 'die Lage sei „sehr ernst“' and direct 'sehr ernst'. Where the
    content around the quoted words is no clause but the verb's object ('Sie nannte den Plan „unausgegoren“',
    'Er bezeichnete ihn als „Fehler“', 'Er warnte vor einem „Flächenbrand“') and the quoted words are a
    short phrase, not a clause of their own, only they are reported speech: the direct quotes replace the
    mixed one."""
    out = []
    directs = {(a.start, a.end) for a in found if a.kind == "direct"}
    for a in found:
        if a.kind != "mixed":
            out.append(a)
            continue
        parts = [q for q in d.quotes_in(a.start, a.end)
                 if q.open_at >= a.start and q.close_end <= a.end and not _fragment_title(d, q)]
        # 'Er bezeichnete den Plan als „einen großen Schritt für die Hochschulen des Landes“': after "als"
        # the quoted words are the object's predicate, however long, and the object may be longer
        predicate = bool(parts) and all(_after_als(d, q) for q in parts)
        replaced = parts and a.cue is not None and _object_phrase(d, a.start, a.end, predicate) \
            and (predicate or all(_word_count(d.text, q.start, q.end) <= 5 for q in parts))
        if not replaced:
            out.append(a)
        for q in parts:
            if (q.start, q.end) in directs:
                continue  # already reported as a quotation of its sentence
            if not replaced and _one_noun(d, q):
                continue  # 'die Tour „Sommer“ sei ausverkauft': one capitalised word in a clause is mostly a name
            out.append(Attribution("direct", q.start, q.end,
                                   _bracketed_speaker(d, q) or _nested_speaker(d, a.start, q, a.cue) or a.mention,
                                   a.cue, "quoted-fragment", round(a.confidence - 0.05, 2)))
    return out


def _nested_speaker(d: _Doc, start: int, q: QuoteSpan, own: Cue | None) -> Mention | None:
    """Verb second: reported content that holds a reporting verb of its own, ending its clause before a
    comma, with the quotation after that comma ('..., dass Jan Wolf gefragt habe, ob sie „...“ sei', '...,
    zumal Anwalt Jan Wolf betont hatte, der Mann sei „...“'): the subject of that clause, which speaks the
    quoted words; else None."""
    if "verb-second" not in d.g.settings:
        return None
    toks = d.toks
    i = bisect.bisect_left(d.cue_starts, q.open_at) - 1
    while i >= 0 and d.cues[i].start >= start:
        cue = d.cues[i]
        i -= 1
        if cue is own or cue.type != "verb" or own is not None and own.end <= q.open_at and cue.start < own.end:
            continue
        k = d.tok_at(cue.end)
        while k < len(toks) and toks.lowers[k] in d.g.finite:
            k += 1  # 'gefragt habe,', 'betont hatte,'
        if k >= len(toks) or toks.texts[k] not in (",", ":") or toks.starts[k] >= q.open_at \
                or any(toks.texts[j] in (".", ";", ":", "!", "?") for j in range(k + 1, d.tok_at(q.open_at))) \
                or k + 1 < len(toks) and toks.lowers[k + 1] in d.g.finite:
            return None  # 'Nachdem X erklärt hatte, sei es „...“': a verb after the comma goes on with the main clause
        j = d.tok_at(cue.start) - 1
        while j > 0 and toks.starts[j] > start and toks.texts[j] not in (",", ";", ":"):
            j -= 1
        m = _subject(d, toks.ends[j] if toks.texts[j] in (",", ";", ":") else start, cue.start)
        if m is None or m.type not in ("name", "description") or _after_preposition(d, m) or _oblique(d, m) \
                or any(toks.lowers[t] in d.g.subject_pronouns for t in range(j, d.tok_at(m.start))):
            return None  # 'dass man Jan Wolf gefragt habe': a pronoun before the name is the subject
        return m
    return None


def _bracketed_speaker(d: _Doc, q: QuoteSpan) -> Mention | None:
    """Where nouns are capitalised: a quotation in brackets right after a name is that person's words ('...,
    so der Bürgermeister, die Ministerin Anna Berg („...“) und der Trainer'); else None."""
    if "nouns-capitalised" not in d.g.settings:
        return None
    k = d.tok_at(q.open_at) - 1
    if k < 1 or d.toks.texts[k] != "(" or d.toks.ends[k] != _skip_space_left(d.text, q.open_at, 0):
        return None
    m = d.by_end.get(_skip_space_left(d.text, d.toks.starts[k], 0))
    return m if m is not None and m.type == "name" and not m.org else None


def _one_noun(d: _Doc, q: QuoteSpan) -> bool:
    """Where nouns are capitalised: a quotation of one capitalised word."""
    words = d.text[q.start:q.end].split()
    return "nouns-capitalised" in d.g.settings and len(words) == 1 and words[0][:1].isupper()


def _after_als(d: _Doc, q: QuoteSpan) -> bool:
    """Whether "als", or "als" and an article, stands right before a quotation ('bezeichnete ihn als
    „Fehler“', 'als das „größte Ereignis“')."""
    k = d.tok_at(q.open_at) - 1
    if k >= 1 and d.toks.lowers[k] in d.g.articles:
        k -= 1
    return k >= 0 and d.toks.lowers[k] == "als"


def _object_phrase(d: _Doc, start: int, end: int, predicate: bool = False) -> bool:
    """Whether the words of a content outside its quotations are a short object, not a clause: a few
    words with no finite verb, no subjunctive, no "dass" or question word and no cue ("den Plan als",
    "vor einem"). Before a predicate after "als" the object may be longer, and a "der" in it is a genitive
    article unless a comma opens a relative clause ("den Entwurf der Kommission als")."""
    limit = 10 if predicate else 6
    k = d.tok_at(start)
    if k >= 1 and (d.toks.lowers[k - 1] in d.g.that or d.toks.lowers[k - 1] in d.g.wh) and not d.in_quote(d.toks.starts[k - 1]):
        return False  # 'schrieb, dass der neue „Code“ echt aussehe': after "dass" or "ob", a clause
    words = 0
    while k < len(d.toks) and d.toks.starts[k] < end:
        t = d.toks[k]
        k += 1
        if predicate and t.text == "," and k + 1 < len(d.toks) \
                and (d.toks.lowers[k] in d.g.relative or d.toks.lowers[k] in d.g.oblique_relatives
                     or d.toks.lowers[k] in d.g.prepositions and (d.toks.lowers[k + 1] in d.g.relative
                                                                  or d.toks.lowers[k + 1] in d.g.oblique_relatives)):
            # 'bezeichnete die Idee, die er gestern vorgelegt hatte, als „...“': a relative clause of the object,
            # closed by a comma before the predicate, is part of the object
            j = k
            while j < len(d.toks) and d.toks.starts[j] < end and d.toks.texts[j] != ",":
                j += 1
            if j < len(d.toks) and d.toks.starts[j] < end:
                k = j + 1
                continue
        if d.in_quote(t.start) or not t.word:
            continue
        low = t.lower
        words += 1
        if low in d.g.articles and k >= 2 and d.toks.lowers[k - 2] == "als":
            continue  # 'als das „größte Ereignis“': an article, no relative pronoun
        if words > limit or low in d.g.finite or low in d.g.subjunctive or low in d.g.that or low in d.g.wh \
                or low in d.lex.verbs or low in d.g.coordinators or low in d.g.relative and not t.cap and words > 1 \
                and not (predicate and d.toks.texts[k - 2] != ","):
            return False
    return True


def _reported_continuation(d: _Doc, found: list[Attribution], claimed: dict[int, list]) -> list[Attribution]:
    """Reported speech goes on in the subjunctive without a new cue (German: "Die Lage sei ernst."): a
    sentence holding a subjunctive form, right after an attributed one, continues its speaker; a run of such
    sentences is one record."""
    by_unit: dict[int, Attribution] = {}
    quoted_only: set[int] = set()  # units whose statements are only quotations found inside the sentence
    for a in found:
        u = d.unit_of(a.start)
        if a.rule == "sentence-subject" and (u not in by_unit or u in quoted_only):
            quoted_only.add(u)
        else:
            quoted_only.discard(u)
        by_unit[u] = a
    out: list[Attribution] = []
    for u, (ustart, uend, upara) in enumerate(d.units):
        prev = by_unit.get(u - 1)
        if u in by_unit and not ("verb-second" in d.g.settings and u in quoted_only) or u in claimed or u == 0:
            continue
        if d.units[u - 1][2] < upara - 1:
            continue
        if not _subjunctive(d, ustart, uend) and not _hearsay_quoting(d, ustart, uend):
            continue
        if "verb-second" in d.g.settings and _has_own_cue(d, ustart, uend):
            continue  # 'Ein Helfer sagte, es sei ...': a sentence with a reporting verb of its own has its own speaker
        if prev is not None and prev.mention is not None:
            speaker, rule = prev.mention, "reported-continuation"
        else:
            # no statement right before: the subject of the sentence before speaks ("Dekan Berg sieht
            # einen Rechtsstreit gelassen. Man habe nichts gewusst.")
            speaker, rule = d.by_start.get(d.units[u - 1][0]), "reported-subjunctive"
            if speaker is None and "verb-second" in d.g.settings and _has_own_cue(d, *d.units[u - 1][:2]):
                # 'Die Zeitung berichtet von 50 Staaten. Man sei sich einig.': the sentence before reports,
                # with its subject after the verb or after an adverbial
                speaker = _first_actor(d, d.units[u - 1][0], d.units[u - 1][1])
            if speaker is None and "verb-second" in d.g.settings and d.quotes_in(ustart, uend) \
                    and u not in by_unit:
                # 'Am Montag nahm die Ministerin Anna Berg dazu Stellung. Man werde „bald“ handeln.': with
                # quoted words, the first actor of the sentence before speaks, wherever it stands
                speaker = _first_actor(d, d.units[u - 1][0], d.units[u - 1][1])
                if speaker is not None and not (speaker.type == "name" or speaker.type == "description"
                                                and not speaker.org and speaker.title):
                    speaker = None  # only a person: 'der Rundfunk', 'die Koalition' are mostly no speakers
            if (speaker is None or speaker.type not in ("name", "description", "group")) and u in quoted_only:
                speaker = by_unit[u].mention  # 'Er habe „keine Angst“.': the speaker of its quoted words
            if speaker is None and "verb-second" in d.g.settings and d.quotes_in(ustart, uend) \
                    and u not in by_unit:
                earlier = _earlier_statement(d, by_unit, u)
                if earlier is not None:
                    speaker, rule = earlier.mention, "reported-continuation"
            if speaker is None or speaker.type not in ("name", "description", "group") \
                    and not (u in quoted_only and speaker is by_unit[u].mention):
                continue
            if "verb-second" in d.g.settings and _indicative_main_verb(d, ustart, uend):
                continue  # 'Der Lehrer hatte gewarnt, es sei ...': with no statement before, a fact
        end = _trim_end(d.text, ustart, uend)
        quoted = d.quotes_in(ustart, uend)
        if quoted and quoted[-1].close_end > end:
            end = quoted[-1].close_end
        colon = _reporting_colon(d, ustart, uend) if "verb-second" in d.g.settings else None
        if colon is not None:
            # 'X bezweifelte die Eignung des Kandidaten: Er habe „...“.': the report starts after the colon,
            # and the subject before it speaks
            subject = _first_actor(d, ustart, colon)
            ustart = _skip_space_right(d.text, colon + 1, uend)
            speaker, rule = subject or speaker, "reported-subjunctive"
            quoted = d.quotes_in(ustart, uend)
            prev = None
        if out and out[-1] is prev:
            # a run of such sentences is one passage of reported speech; quoted words make it mixed
            a = dataclasses.replace(prev, end=end, kind="mixed" if quoted else prev.kind)
            out[-1] = a
        else:
            a = Attribution("mixed" if quoted else "indirect", ustart, end, speaker, None, rule, CONFIDENCE[rule])
            out.append(a)
        by_unit[u] = a
    return out


def _earlier_statement(d: _Doc, by_unit: dict[int, Attribution], u: int) -> Attribution | None:
    """A statement with a speaker two or three sentences before unit u, in its paragraph or the one before,
    with no sentence between holding a reporting verb of its own."""
    upara = d.units[u][2]
    for k in (u - 2, u - 3):
        if k < 0 or d.units[k][2] < upara - 1:
            return None
        if _has_own_cue(d, *d.units[k + 1][:2]):
            return None
        a = by_unit.get(k)
        if a is not None:
            return a if a.mention is not None and a.mention.type in ("name", "description", "group") else None
    return None


def _gerund_after_preposition(d: _Doc, cue: Cue) -> int:
    """English news: the token of the word of [gerund-prepositions] before a cue in -ing inside a sentence
    ("left the hall after saying that ...", "while also suggesting ..."), or 0: the sentence's subject says it."""
    if "verb-second" in d.g.settings or d.dialogue or not cue.text.lower().endswith("ing"):
        return 0
    k = d.tok_at(cue.start) - 1
    if k > 0 and d.toks.lowers[k] in d.g.cue_adverbs:
        k -= 1  # "while also suggesting"
    ok = k > 1 and d.toks.lowers[k] in d.g.gerund_prepositions and d.toks.texts[k - 1] not in (".", "!", "?", ";") \
        and not d.toks.caps[k]  # ("... Monday After saying": a capital opens a sentence)
    return k if ok else 0


def _noun_before_verb_cue(d: _Doc, cue: Cue) -> bool:
    """English news: a one-word cue ending in "s" right before another verb cue that is no participle ("police
    figures show that ...", "the claims said ...") is a plural noun, the subject of that verb."""
    if "verb-second" in d.g.settings or d.dialogue or cue.type not in ("verb", "belief") or " " in cue.text \
            or not cue.text.lower().endswith("s"):
        return False
    at = _skip_space_right(d.text, cue.end, len(d.text))
    i = bisect.bisect_left(d.cue_starts, at)
    if i >= len(d.cues) or d.cues[i].start != at:
        return False
    nxt = d.cues[i]
    return nxt.type == "verb" and not nxt.text.lower().endswith(("ing", "s"))


def _frames(d: _Doc) -> list[_Frame]:
    text = d.text
    frames: list[_Frame] = []
    for cue in d.cues:
        u = d.unit_of(cue.start)
        ustart, uend, _ = d.units[u]
        if cue.type == "noun":
            possessor = _possessor(d, cue)
            if possessor is not None:
                # 'Seiner Ansicht nach erleben wir ...': opening a sentence, the possessor says the rest
                if _skip_space_right(text, ustart, uend) == cue.start:
                    frames.append(_Frame(cue, possessor, "right", "according-to", False, u,
                                         _skip_space_right(text, cue.end, uend), uend))
            continue
        if cue.text[:1].isupper() and _inside_name(d, cue.start):
            continue  # "Lena Marsh said": a name, not a cue
        if _noun_before_verb_cue(d, cue):
            continue  # "police figures show", "party figures concluded": a plural noun, the verb after it reports
        if "nouns-capitalised" in d.g.settings and _attributive_participle(d, cue):
            continue  # 'mit dem neu formulierten Gesetz': an adjective before its noun, no verb
        if cue.type == "so":
            # '„...“, so der Minister.' / 'Die Lage sei ernst, so Korff.': the content comes before
            kv = d.tok_at(cue.end)
            if kv < len(d.toks) and d.toks.lowers[kv] == "auch" and "verb-second" in d.g.settings \
                    and _char_before(text, _skip_space_left(text, cue.start, ustart), " ,") not in "“”»«\"":
                continue  # 'Viele wurden verschleppt, so auch ihre Mutter': "so auch" names one of them, no source
            m = _right_speaker(d, cue, uend)
            if m is None and "verb-second" in d.g.settings and kv < len(d.toks) and d.toks.starts[kv] < uend \
                    and not d.toks.caps[kv] and (d.toks.lowers[kv] in d.lex.verbs or _verb_like(d, d.toks[kv])) \
                    and d.toks.lowers[kv] not in d.g.finite:
                m = _right_speaker(d, _as_cue(d.toks[kv]), uend)  # 'Ein „Sieg“, so urteilte X selbst.'
                j = d.tok_at(m.end) if m is not None else 0
                if m is not None and j < len(d.toks) and d.toks.starts[j] < uend and d.toks.lowers[j] in d.g.articles:
                    m = None  # 'Wer zahlt, so bestimmen sie die Regeln': an object follows, "so" means "thus"
            if m is not None:
                after = _skip_space_right(text, m.end, uend)
                # '„...“, so Peter Kranold, Präsident des Amtes.': a quotation before, an apposition after
                first_q = d.in_quote(_skip_space_right(text, ustart, uend))
                nxt = d.tok_at(after + 1)
                quoted_before = first_q is not None and text[first_q.close_end:cue.start].strip(" ,") == "" \
                    and nxt < len(d.toks) and (d.toks.caps[nxt] or d.toks.lowers[nxt] in d.g.articles)
                if "verb-second" in d.g.settings and after < uend and text[after] == "," and not quoted_before \
                        and _word_count(text, after + 1, _trim_end(text, after + 1, uend)) >= 3:
                    # 'Der Einsatz solle sich, so Gall, auf schwere Fälle beschränken': the sentence goes on
                    frames.append(_Frame(cue, m, "around", "so-speaker", False, u, ustart, uend))
                else:
                    frames.append(_Frame(cue, m, "left", "so-speaker", False, u, ustart,
                                         _skip_space_left(text, cue.start, ustart)))
            continue
        if _relative_postposition(text, cue):
            # 'ein Bericht des Senders, wonach ...': after a comma the word opens a relative clause of the noun
            # phrase before it, which is the source; the content is that clause
            m = _relative_source(d, d.tok_at(cue.start) - 2, ustart)
            if m is not None:
                after = _skip_space_right(text, cue.end, uend)
                frames.append(_Frame(cue, m, "right", "according-to", False, u, after,
                                     _subordinate_content_end(d, after, uend)))
            continue
        if cue.type == "postposition":
            # 'Afghanischen Behörden zufolge wurden ...': the speaker stands before, the content after
            m = d.by_end.get(_skip_space_left(text, cue.start, ustart))
            if m is None and d.tok_at(cue.start) > 0:
                m = _adhoc_description(d, d.tok_at(cue.start) - 1, ustart)  # "Der Meldung zufolge"
            if m is None and "nouns-capitalised" in d.g.settings and d.tok_at(cue.start) > 0:
                m = _quoted_source_before(d, d.tok_at(cue.start) - 1, ustart)  # 'dem „Morgenblatt“ zufolge'
            if m is None and "nouns-capitalised" in d.g.settings and d.tok_at(cue.start) > 0:
                m = _bare_plural(d, d.tok_at(cue.start) - 1, ustart) \
                    or _bare_dative_plural(d, d.tok_at(cue.start) - 1, ustart)  # "Ersten Angaben zufolge"
            if m is not None and "verb-second" in d.g.settings:
                m = _with_head_noun(d, m, ustart)  # 'Einem Bericht des Senders zufolge'
            if m is not None:
                after = _skip_space_right(text, cue.end, uend)
                if after < uend and text[after] == ",":
                    after = _skip_space_right(text, after + 1, uend)
                if m.start <= _skip_space_right(text, ustart, uend) + 1 or "verb-second" in d.g.settings \
                        and _noun_phrase_only(d, ustart, m.start):
                    frames.append(_Frame(cue, m, "right", "according-to", False, u, after, uend))
                else:
                    frames.append(_Frame(cue, m, "around", "according-to", False, u, ustart, uend))
            continue
        if cue.type == "according":
            m = _right_speaker(d, cue, uend)
            if m is None:
                continue
            before = _skip_space_left(text, cue.start, ustart)
            if before > ustart and text[before - 1] == "," and "verb-second" not in d.g.settings \
                    and _only_connective(d, ustart, before - 1):
                before = ustart  # "But, according to X, content.": the connective stays outside the content
            if before <= ustart or text[before - 1] in ("(", "\"", "“"):
                # "According to X, content."
                after = _skip_space_right(text, m.end, uend)
                if "verb-second" in d.g.settings:
                    # 'Nach Angaben von Jan Wolf, dem Sprecher der Polizei, wurde ...': past an appositive
                    after = _skip_space_right(text, _after_appositive(d, after, uend, articles=True), uend)
                    verb = _first_constituent_end(d, after, uend)
                    if verb != after and m.type == "description":
                        # 'Laut Eilmeldung des Senders N24 ist ...': the genitive and places are the source's
                        e = _skip_space_left(text, verb, m.end)
                        for j in range(d.tok_at(m.end), d.tok_at(e)):
                            if d.toks.lowers[j] in d.g.prepositions and d.toks.lowers[j] not in d.g.genitive_prepositions:
                                e = _skip_space_left(text, d.toks.starts[j], m.end)  # not 'gegenüber dem Blatt'
                                break
                        e = _trim_end(text, m.start, e)
                        m = dataclasses.replace(m, end=e, text=text[m.start:e])
                    after = verb
                elif after < uend and text[after] != "," \
                        and toks_lower(d, d.tok_at(_skip_space_right(text, after, uend))) not in d.g.noun_determiners:
                    # 'According to a survey of ferry riders last spring, the line ...': the source's words
                    # run on to a comma before the content, when they are few and no clause (not a noun phrase
                    # of its own, 'According to Ann Cole the ferry, which sank, ...': the content's subject)
                    comma = _next_comma(d, after, uend)
                    if comma < uend and _word_count(text, after, comma) <= 8 and not _looks_like_clause(d, after, comma):
                        after = comma
                if after < uend and text[after] == ",":
                    after += 1
                frames.append(_Frame(cue, m, "right", "according-to", False, u, _skip_space_right(text, after, uend), uend))
            elif (text[before - 1] in ",;:—–-(" or d.in_quote(before - 1)) and "verb-second" not in d.g.settings \
                    and _continues_after(d, m, uend):
                # "Among the orchards in danger, according to Dr. Valdor, are nine ...": a parenthesis in the
                # sentence, which is the statement
                frames.append(_Frame(cue, m, "around", "according-to", False, u, ustart, uend))
            elif text[before - 1] in ",;:—–-(" or d.in_quote(before - 1):
                # "content, according to X."
                frames.append(_Frame(cue, m, "left", "according-to", False, u, ustart, before))
            else:
                # inside the clause: "Dort sind laut Augenzeugen mehr Menschen umgekommen."
                frames.append(_Frame(cue, m, "around", "according-to", False, u, ustart, uend))
            continue
        if cue.lemma in d.g.source_cues:
            frame = _source_frame(d, cue, u, ustart, uend)
            if frame is not None:
                frames.append(frame)
            continue
        kb = d.tok_at(cue.start) - 1
        if "verb-second" in d.g.settings and cue.type == "verb" and kb >= 0 and d.toks.starts[kb] >= ustart \
                and (d.toks.lowers[kb] in d.g.prepositions or d.toks.lowers[kb] in d.g.articles):
            continue  # 'wegen wiederholten Fouls', 'die gesagten Worte': an adjective, not a verb
        floor = ustart
        if frames and frames[-1].unit == u:
            floor = max(floor, frames[-1].cue.end)
        if cue.lemma in d.g.quoting_verbs:
            frame = _quoting_frame(d, cue, u, ustart, uend)
            if frame is not None:
                frames.append(frame)
                continue
        inverted = _auxiliary_inversion(d, cue, ustart, uend) if "verb-second" in d.g.settings else None
        if inverted is not None:
            # 'Die Lage sei ernst, hatte der Minister gesagt.': content, auxiliary, subject, participle
            frames.append(_Frame(cue, inverted[0], "left", "quote-cue-speaker", False, u, ustart, inverted[1]))
            continue
        speaker, appositive, negated = _left_speaker(d, cue, floor)
        if speaker is not None and cue.participle and _gerund_after_preposition(d, cue):
            speaker = None  # "thanked the crews while stressing that ...": no subject right before, the clause's
        if speaker is not None and appositive and cue.participle:
            # 'Here in Salem, Ann Cole sharpened her attacks, saying': the subject of the main clause, not a
            # name in an opening phrase
            speaker = _main_subject(d, speaker, ustart, cue.start)
        if speaker is not None and cue.participle and "verb-second" not in d.g.settings:
            sender = _document_sender(d, speaker, floor)
            if sender is not None:
                speaker, appositive = sender, False
            elif not d.dialogue and _after_preposition(d, speaker) \
                    and d.toks.lowers[d.tok_at(speaker.start) - 1] not in d.g.participle_subject_prepositions:
                # 'The mayor sent a letter to voters saying': the one sending, not a noun after a preposition
                # (but 'with the mayor saying', 'one of the ads saying', 'a note from the mayor saying': the noun
                # is the participle's subject or the message's author; [participle-subject-prepositions])
                subject = _subject(d, floor, speaker.start)
                if subject is not None and not _after_preposition(d, subject):
                    speaker, appositive = subject, False
        if speaker is None and floor > ustart and "verb-second" not in d.g.settings \
                and frames[-1].unit == u and _is_relative(d, frames[-1].cue):
            # "Humphrey, who calls the plan a fraud, said ...": the relative clause's own cue is no bound
            speaker, appositive, negated = _left_speaker(d, cue, ustart)
        # '"...," one senior Democrat said', '"...," a person close to the mayor said': the whole phrase
        # after the quotation is the subject; a name at its end keeps speaking, with the phrase its modifiers
        lead = _description_after_quote_before(d, cue, floor) if "nouns-capitalised" not in d.g.settings else None
        if lead is not None and (speaker is None or speaker.end < lead.end or speaker.start < lead.start
                                 or speaker.type != "name" or _after_preposition(d, speaker)):
            speaker, appositive = lead, False
        if "verb-second" in d.g.settings and floor == ustart:
            subject = _subject_before_auxiliary(d, cue, ustart)
            if subject is not None:
                # 'Die Stiftung hatte anlässlich der Schließung des Museums erklärt, ...': the verb ends its
                # clause; the subject stands before the auxiliary in second place, not right before the verb
                speaker, appositive = subject, False
        if speaker is not None and speaker.type == "pronoun" and d.g.passive_agent_prepositions:
            agent = _passive_agent(d, speaker, cue)
            if agent is not None:
                speaker, appositive = agent, False
        if speaker is not None and not appositive and "verb-second" in d.g.settings and not cue.participle \
                and (_after_preposition(d, speaker) or not _first_in_clause(d, speaker, ustart)
                     or _bare_word(speaker) and _adverb_like(d, speaker) or _oblique(d, speaker)) \
                and _right_speaker(d, cue, uend) is not None:
            # "Gegenüber dem Abendkurier erklärte der Politiker: ...", "Weiterhin erklärte die Ministerin",
            # "Den Plan kritisierte die Ministerin": something else stands first, so the subject follows the verb
            speaker = _unclosed_appositive(d, cue, ustart)
        elif speaker is not None and not appositive and _oblique(d, speaker):
            # "Die Stiftung hatte anlässlich der Schließung des Museums erklärt", "X dankte den Menschen und
            # ergänzte": a noun phrase in the genitive, dative or accusative is no subject; the first one in
            # the nominative before it is
            k = bisect.bisect_left(d.mention_starts, ustart)
            while k < len(d.mentions) and d.mentions[k].start < speaker.start:
                m = d.mentions[k]
                if m.type in ("name", "pronoun", "description", "group") and not _oblique(d, m) \
                        and not _after_preposition(d, m) and not (m.type == "pronoun" and m.gender == "n"):
                    speaker = m
                    break
                k += 1
        if negated or _passive(d, cue):
            continue  # "did not say"; "was criticized by economists" (the subject is not the speaker)
        if speaker is not None and cue.participle and speaker.type == "description" \
                and speaker.head in d.g.document_nouns:
            # "Senator Cole issued a statement saying that ...": the one who issued it speaks
            issuer = _issuer(d, speaker, ustart)
            if issuer is not None:
                speaker = issuer
        if speaker is not None and not _bare_form_agrees(d, speaker, cue):
            continue  # "an important remark", "his normal state", "Cecil was welcome": nouns, not verbs
        if speaker is not None and _plural_noun(d, speaker, cue):
            continue  # "the swing states would decide", "his remarks are": a plural noun, not a verb
        if speaker is not None and cue.lemma in d.g.finding_verbs and not _document_like(speaker) \
                and speaker.text.lower() not in d.g.evidence_nouns:  # ("Polls show": no name, opening a sentence)
            continue  # "the survey found that ..." reports; "she found that the door was locked" does not
        if speaker is None and "verb-second" in d.g.settings:
            inner = _verb_final_object(d, cue, ustart)
            if inner is not None:
                # 'Die Regierung hat den Bericht als „falsch“ zurückgewiesen': the verb ends the clause
                frames.append(_Frame(cue, inner[0], "right", "speaker-cue-content", False, u, inner[1], inner[2]))
                continue
        if appositive and _content_before(d, cue.start, ustart) and not cue.participle \
                and _may_invert(d, cue) \
                and (_word_count_to(text, ustart, speaker.start, 3) >= 3
                     or "verb-second" in d.g.settings and _after_preposition(d, speaker)) \
                and not ("verb-second" in d.g.settings and _appositive_subject(d, speaker, cue)):
            # ', said Omar Pell, director of ...': an inversion, not a subject behind an appositive
            m = _right_speaker(d, cue, uend)
            if m is not None and m.type == "name":
                speaker = None
        if speaker is not None and cue.participle and cue.type == "verb" and not _aux_before(d, cue):
            # "the group threatening an attack": a participle is a statement only with an auxiliary
            # ("is warning") or when it introduces a quotation or a that-clause
            start = _right_content_start(d, cue, uend)
            if start is None or not (d.in_quote(start) or d.toks.lowers[d.tok_at(start) - 1] in d.g.that):
                after_comma = appositive and text[_skip_space_left(text, cue.start, ustart) - 1] == ","
                if d.dialogue or not after_comma and (text[speaker.end:cue.start].strip() != ","
                                                      or _modifiers_start(d, speaker, ustart) <= _skip_space_right(text, ustart, uend)):
                    continue
                # 'Ann Cole attacked Hill, calling him a "coward"': the name before the comma, not the
                # sentence's first words, is an object; the participle goes with the subject (below; in news:
                # fiction's participles after a name are more often gestures than statements); so too past an
                # appositive: 'Ann Cole, a baker, backed the plan, saying'
                speaker = None
        if "verb-second" in d.g.settings:
            subject = _as_clause_subject(d, cue, ustart, uend)
            if subject is not None:
                speaker = subject  # 'Wie die Reederei am Morgen mitteilte, ...': the subject right after "wie"
        if speaker is None and "nouns-capitalised" in d.g.settings:
            speaker = _as_source(d, cue, ustart)  # 'Wie wetterblick.de berichtet, ...', 'Wie „Die Post“ meldet'
        if speaker is not None and toks_lower(d, d.tok_at(speaker.start) - 1) in d.g.as_conjunction:
            # "As the paper argued in a column, the candidate ...": the content follows the comma;
            # '..., wie der Verband am Montag mitteilte.': it comes before
            comma = _next_comma(d, cue.end, uend)
            before = _skip_space_left(text, d.toks.starts[d.tok_at(speaker.start) - 1], ustart)
            if comma < uend and _word_count(text, cue.end, comma) <= 8:
                frames.append(_Frame(cue, speaker, "right", "as-speaker-cue", appositive, u, comma + 1, uend))
            elif before > ustart and text[before - 1] == ",":
                frames.append(_Frame(cue, speaker, "left", "as-speaker-cue", appositive, u, ustart, before - 1))
            continue
        if speaker is not None:
            before_speaker = _skip_space_left(text, lead.start if lead is not None and lead.start < speaker.start
                                              else _modifiers_start(d, speaker, ustart), ustart)
            if before_speaker > ustart and text[before_speaker - 1] == "," and not appositive \
                    and "verb-second" not in d.g.settings \
                    and not d.in_quote(before_speaker - 2) and _parenthetical_close(d, cue, uend) \
                    and not _right_has_that(d, cue, uend):  # "..., X said that ...": the clause is the content
                # "The retreat, Halvorsen said, is a sign of weakness."
                frames.append(_Frame(cue, speaker, "around", "parenthetical", appositive, u,
                                     _clause_start(d, before_speaker - 1, ustart), uend))
                continue
            if _content_before(d, before_speaker, ustart) and not _right_has_that(d, cue, uend) \
                    and _prefers_left(d, cue, speaker, ustart, uend):
                end = before_speaker
                if appositive:
                    end = _quote_before_subject(d, ustart, end)
                frames.append(_Frame(cue, speaker, "left", "quote-speaker-cue", appositive, u, ustart, end))
                continue
            if cue.frame == "quote":
                start = _skip_space_right(text, cue.end, uend)
                if start < uend and text[start] in (":", ","):
                    start = _skip_space_right(text, start + 1, uend)
                if not d.in_quote(start):
                    continue
                frames.append(_Frame(cue, speaker, "right", "speaker-cue-quote", appositive, u, start, uend))
                continue
            start = _right_content_start(d, cue, uend)
            if start is None or start >= uend or text[start] in ".;!?":
                inner = _before_particle(d, cue, uend)
                if inner is not None:
                    frames.append(_Frame(cue, speaker, "right", "speaker-cue-content", appositive, u, *inner))
                    continue
            if start is None:
                continue
            if "verb-second" in d.g.settings and _subordinate_cue(d, cue, speaker, ustart, start):
                continue
            end = uend
            if "verb-second" in d.g.settings and _in_subordinate_clause(d, speaker, ustart):
                end = _subordinate_content_end(d, start, uend)
            elif _in_subordinate_clause(d, speaker, ustart):
                # "Although Cole said the ferry was safe, inspectors kept it ...": the main clause after the
                # comma is no reported content
                end = _next_comma(d, start, uend)
            if _is_relative(d, cue):
                # "Brannick, who coaches Otley, is not impressed": the relative clause ends at its comma
                end = _next_comma(d, cue.end, uend)
                if start >= end:
                    continue
            frames.append(_Frame(cue, speaker, "right", "speaker-cue-content", appositive, u, start, end))
            continue
        # inversion: '"...," said Smith' / '..., said the spokesman.' ("told X" names the addressee)
        if _content_before(d, cue.start, ustart) and not cue.participle \
                and _may_invert(d, cue):
            m = _right_speaker(d, cue, uend)
            if m is not None and "verb-second" not in d.g.settings and _finite_after(d, m.end, uend):
                m = None  # '..., said he had lost': the subject of what was said, not an inverted speaker
            comma = _skip_space_left(text, cue.start, ustart) - 1
            if m is not None and "verb-second" in d.g.settings and text[comma] == "," \
                    and d.in_quote(_skip_space_left(text, comma, ustart) - 1) is None:
                # 'In einer Botschaft, die ... wurde, sagte X, man werde kämpfen': where the verb comes second, a
                # clause after the speaker is the content; what stood first was an adverbial
                start = _right_content_start(d, dataclasses.replace(cue, end=m.end), uend)
                if start is not None and start < uend and text[start] not in ".;!?" \
                        and not _subjunctive(d, ustart, comma):
                    frames.append(_Frame(cue, m, "right", "cue-speaker-content", False, u, start, uend))
                    continue
            if m is None and "nouns-capitalised" not in d.g.settings:
                m = _description_after_quote(d, cue, uend)
            if m is not None:
                frames.append(_Frame(cue, m, "left", "quote-cue-speaker", False, u, ustart, _skip_space_left(text, cue.start, ustart)))
                continue
        # verb second: "Am Montag sagte der Minister, die Lage sei ernst." -- but not right after "und": 'X
        # lobte den Plan und nannte den Entwurf „...“' shares its subject, the noun after the verb is the object
        kc = d.tok_at(cue.start) - 1
        if "verb-second" in d.g.settings and not cue.participle \
                and not (kc > 0 and toks_lower(d, kc) in d.g.coordinators):
            m = _right_speaker(d, cue, uend)
            if m is not None and _quoted_before_verb(d, cue, ustart):
                # 'Von einer „schweren Krise“ sprach der Minister': quoted words stand first, the subject
                # follows the verb
                frames.append(_Frame(cue, m, "left", "cue-speaker-content", False, u, ustart,
                                     _skip_space_left(text, cue.start, ustart)))
                continue
            if m is not None:
                start = _right_content_start(d, dataclasses.replace(cue, end=_appositive_end(d, m.end, uend)), uend)
                if start is not None:
                    frames.append(_Frame(cue, m, "right", "cue-speaker-content", False, u, start, uend))
                    continue
        # a participle after a comma, or a verb coordinated with "and"/"but", inherits the speaker of its
        # sentence: "..., adding that ...", "They said ..., but warned that ..."
        before = _skip_space_left(text, cue.start, ustart)
        k = d.tok_at(cue.start) - 1
        while k > 0 and "verb-second" not in d.g.settings and toks_lower(d, k) in d.g.aux \
                and toks_lower(d, k - 1) in d.g.coordinators:
            k -= 1  # "... and has said that"
        coordinated = k > 0 and toks_lower(d, k) in d.g.coordinators and not cue.participle \
            and cue.text.lower().split()[0] != cue.lemma.split()[0]  # "and said", not "and state laws"
        if "verb-second" in d.g.settings and k > 0 and not coordinated:
            # 'Die Taucher haben das Boot untersucht und bestätigt, dass ...': a participle after "und"
            # shares the auxiliary and the subject; 'X zögerte, sagte aber, ...': a finite verb right
            # after a comma, with no subject after it, shares the subject of the clause before
            coordinated = (cue.participle and toks_lower(d, k) in d.g.coordinators) \
                or (not cue.participle and d.toks.texts[k] == "," and _no_subject_after(d, cue, uend))
        if coordinated:
            before = _skip_space_left(text, d.toks.starts[k], ustart)
            if before > ustart and text[before - 1] != ",":
                before = d.toks.starts[k] + 1  # "and said" without a comma
        if cue.participle and not coordinated and not d.dialogue and "verb-second" not in d.g.settings:
            j = d.tok_at(cue.start) - 1
            while j > d.tok_at(cue.start) - 3 and d.toks.starts[j] > ustart and toks_lower(d, j) in d.g.aux:
                j -= 1  # "..., later saying", "..., also calling": adverbs of [aux] between the comma and the participle
            if j < d.tok_at(cue.start) - 1 and d.toks.texts[j] == ",":
                before = d.toks.ends[j]
        if cue.participle or coordinated:
            comma = before > ustart and (text[before - 1] == "," or (
                before - 2 > ustart and text[before - 1] in _CLOSERS and text[before - 2] == ","))
            gerund = cue.participle and _gerund_after_preposition(d, cue)
            if gerund:
                before = _skip_space_left(text, d.toks.starts[gerund], ustart)
            paired = cue.participle and not comma and not d.dialogue and "verb-second" not in d.g.settings and k > 0 \
                and toks_lower(d, k) in d.g.coordinators and _participle_after_comma(d, k, ustart) \
                and _that_or_quote_after(d, cue, uend)
            if paired:
                before = d.toks.starts[k]  # ', challenging the rules and alleging that': the first participle's subject
            if comma or coordinated or gerund or paired:
                owner = frames[-1] if frames and frames[-1].unit == u else None
                subject = owner.speaker if owner else _subject(d, ustart, cue.start)
                if owner is None and subject is not None:
                    # 'Here in Salem, Ann Cole sharpened her attacks, saying': not a place or an opening
                    # phrase but the subject of the main clause
                    subject = _main_subject(d, subject, ustart, cue.start)
                    if subject.type == "description" and "verb-second" not in d.g.settings:
                        # 'The club sent a letter ... and urged': the one who sent the document, not the document
                        subject = _document_sender(d, subject, ustart) or subject
                cend = uend
                if owner is None and coordinated:
                    # 'The band stopped, and when Cole greeted the rowers and said ...': the subject opening the
                    # clause of the coordinated verb; in a subordinate clause what was said ends at its comma
                    opening = _coordinated_clause_subject(d, ustart, cue.start)
                    if opening is not None:
                        subject, subordinate = opening
                        if subordinate:
                            cend = _next_comma(d, cue.end, uend)
                if subject is None and "nouns-capitalised" in d.g.settings:
                    subject = _leading_noun_phrase(d, ustart, cue.start)  # "Der Täter biss ... und rief:"
                elif owner is None and not d.dialogue and (subject is None or _after_preposition(d, subject)
                                                           and not _agent_object(d, subject)):
                    # "The retired banker spoke, saying"; "The weekly has opposed the plan of Ann Cole, arguing":
                    # the description opening the sentence, not a name governed by a preposition
                    subject = _leading_description(d, ustart, cue.start) or subject
                start = _right_content_start(d, cue, uend)
                if coordinated and (start is None or start >= uend or text[start] in ".;!?") \
                        and "verb-second" in d.g.settings:
                    inner = _before_particle(d, cue, uend)  # '... und warf ihm „Wortbruch“ vor'
                    if inner is not None:
                        start, cend = inner
                if gerund and owner is not None and owner.side == "right" and owner.start < cue.start < owner.end:
                    start = None  # "said the plan failed by cutting jobs": inside what the sentence's verb reports
                if subject is not None and start is not None:
                    if owner is not None and owner.side == "right" and owner.end > before - 1 \
                            and not _unreported_thought(d, cue, start):
                        owner.end = before - 1
                    frames.append(_Frame(cue, subject, "right", "coordinated" if coordinated else "participle",
                                         False, u, start, cend))
    # Content on the right stops before a contrasting clause ("..., while X wrote that ...") or a
    # commentary set off by a dash ("... the 'paper tiger' — a jab at the rival ...").
    # The contrasts of a unit are found once, and each frame looks up the first after its start.
    contrasts: dict[int, list[int]] = {}
    for f in frames:
        if f.side == "right":
            if f.unit not in contrasts:
                ustart, uend, _ = d.units[f.unit]
                dashed = text.find("—", ustart, uend) >= 0 or text.find("–", ustart, uend) >= 0 \
                    or text.find("--", ustart, uend) >= 0
                contrast = d.contrast if dashed else _contrast(d.lex, dashes=False)
                contrasts[f.unit] = sorted(_unpaired(text, [cm for cm in contrast.finditer(text, ustart, uend)
                                                            if not d.qmap[cm.start()]])
                                           + _new_clauses(d, ustart, uend))
            found = contrasts[f.unit]
            k = bisect.bisect_left(found, f.start)
            if k < len(found) and found[k] < f.end:
                f.end = found[k]
    # A frame whose cue lies inside another frame's content is part of that content. Contents stay
    # inside their unit, so only frames of the same unit are compared.
    by_unit: dict[int, list[_Frame]] = {}
    for f in frames:
        by_unit.setdefault(f.unit, []).append(f)
    inside = set()
    for unit_frames in by_unit.values():
        if len(unit_frames) > 1:  # (a frame alone in its unit is inside no other)
            inside |= _cues_inside_contents(unit_frames) - _inversions_over_their_content(unit_frames)
    kept = [f for f in frames if id(f) not in inside or f.rule in ("participle", "coordinated")
            or "verb-second" in d.g.settings and _new_main_clause(d, f)
            or _relative_postposition(text, f.cue)]  # 'Befunde, wonach ...' reports within the content it is in
    # Content on the right ends where the next frame of its unit begins; a coordinated thought that yields
    # no record is part of the statement before it, which ends where the next frame after the thought
    # begins ("said X but feared Y and said Z"). Backwards, so that frame is known.
    bound = None
    for a, b in reversed(list(zip(kept, kept[1:]))):
        if not (b.rule == "coordinated" and _unreported_thought(d, b.cue, b.start)):
            bound = b
        if not _unreported_thought(d, a.cue, a.start):  # (a thought's own content, never reported, ends at b)
            if bound is None:
                continue
            b = bound
        if a.unit == b.unit and a.side == "right" and b.cue.start > a.start:
            cut = min(x for x in (b.speaker.start, b.cue.start) if x > a.start)
            if cut < a.end:
                a.end = _skip_space_left(d.text, cut, a.start)
                if "verb-second" in d.g.settings and b.rule.startswith("cue-speaker"):
                    k = d.tok_at(b.cue.start) - 1  # '...: So sagte X': the colon and "So" belong to neither
                    if k >= 1 and d.toks.texts[k] != ":" and d.toks.texts[k - 1] == ":":
                        k -= 1
                    if k >= 0 and d.toks.texts[k] == ":" and d.toks.starts[k] > a.start:
                        a.end = _skip_space_left(d.text, d.toks.starts[k], a.start)
                if b.rule == "coordinated":
                    k = d.tok_at(b.cue.start) - 1
                    while k > 0 and d.toks.lowers[k] in d.g.aux and d.toks.starts[k] > a.start:
                        k -= 1  # "... and has said that": back to the "and"
                    a.end = _skip_space_left(d.text, d.toks.starts[k], a.start)
    # An object that is no clause ends before a second verb of the speaker: "proposed a ban and has
    # gone further", "faulting the dam and urging a moratorium". (After the cuts above, contents
    # overlap only where an unreported thought lies inside its statement, so the scans add up to at most
    # two passes over the text.)
    if "verb-second" not in d.g.settings:
        for f in kept:
            if f.side == "right":
                f.end = _before_second_verb(d, f)
                f.end = _before_occasion(d, f)
                f.end = _before_closing_apposition(d, f)
    return kept


def _before_closing_apposition(d: _Doc, f: _Frame) -> int:
    """Where a reported clause ends when a noun phrase after a comma comments on it: "said the bill would
    pass, a view few of his colleagues share", "praised Ann Cole, a former mayor". Only when that phrase
    runs to the end of the content."""
    toks = d.toks
    g = d.g
    k = d.tok_at(f.start) + 3
    last = d.tok_at(f.end)
    qmap = d.qmap
    lowers = toks.lowers
    # the commas before a word of [apposition-openers] (found by the words, fewer than the commas)
    for k in itertools.compress(range(k, last - 1), map(g.apposition_openers.__contains__, lowers[k + 1:max(k + 1, last)])):
        t = toks[k]
        if t.text == "," and not qmap[t.start] \
                and not any(toks.texts[i] in (",", ";", ":") or qmap[toks.starts[i]] for i in range(k + 1, last)) \
                and _looks_like_clause(d, f.start, t.start):
            return _skip_space_left(d.text, t.start, f.start)
    return f.end


def _before_occasion(d: _Doc, f: _Frame) -> int:
    """Where a content on the right ends when phrases telling when or where it was said close it: "said
    the plan had failed at a rally on Monday", "blamed the county board on the radio". Only when nothing after
    those phrases is a clause of its own; its end unchanged otherwise."""
    toks = d.toks
    g = d.g
    first = d.tok_at(f.start)
    k = first + 1  # a word at least stays ("criticized Cole at a rally"; a shorter content is dropped)
    n = len(toks)
    qmap = d.qmap
    # only a word of these lists can end the scan: the others are passed over at C speed
    watched = _union(g.occasion_prepositions, g.wh, g.that, g.as_conjunction)
    last = max(k, d.tok_at(f.end))
    for k in itertools.compress(range(k, last), map(watched.__contains__, toks.lowers[k:last])):
        t = toks[k]
        low = t.lower
        hit = False
        if qmap[t.start]:
            pass
        elif low in g.occasion_prepositions:
            for j in range(k + 1, min(n, k + 5)):
                if toks.starts[j] >= f.end or not toks.words[j]:
                    break
                w = toks.lowers[j]
                two = j + 1 < n and f"{w} {toks.lowers[j + 1]}" in g.occasion_nouns
                if w in g.occasion_nouns or two:
                    # the head of its phrase ("at a rally on Monday"), not a modifier ("on a TV ad") nor an
                    # idiom ("in the event of")
                    h = j + 2 if two else j + 1
                    hit = h >= n or toks.starts[h] >= f.end or not toks.words[h] \
                        or toks.lowers[h] in g.occasion_prepositions or toks.lowers[h] in g.time_words \
                        or toks.lowers[h] in g.occasion_complements
                    break
        elif (low in g.wh or low in g.that or low in g.as_conjunction) and k >= first + 3:
            return f.end  # "how it felt at a rally", "as they had at a hearing": a clause of its own
        if hit:
            rest = [x for x in toks[k:d.tok_at(f.end)]]
            if not any(x.lower in g.finite or x.lower in g.clause_verbs or x.lower in g.that or x.lower in g.wh
                       or qmap[x.start] for x in rest):
                end = _skip_space_left(d.text, t.start, f.start)
                return end - 1 if d.text[end - 1] == "," else end
            return f.end
    return f.end


_UNIONS: dict[tuple[frozenset[str], ...], frozenset[str]] = {}


def _union(*words: frozenset[str]) -> frozenset[str]:
    """The union of some word lists (made once a lexicon)."""
    found = _UNIONS.get(words)
    if found is None:
        found = _UNIONS[words] = frozenset().union(*words)
    return found


def _unreported_thought(d: _Doc, cue: Cue, start: int) -> bool:
    """Whether a cue of thinking with content at `start` yields no record (beliefs not asked for, no
    quotation): coordinated after a statement it goes on that statement ("said he was relieved but still
    worried ..."), it does not end it. English news only (in German news it added a wrong record; fiction
    keeps its narration apart)."""
    return cue.type == "belief" and not d.beliefs and "verb-second" not in d.g.settings and not d.dialogue \
        and not d.in_quote(_skip_space_right(d.text, start, len(d.text)))


def _before_second_verb(d: _Doc, f: _Frame) -> int:
    """Where a content that is no clause ends: before "and"/"but" and a verb that shares the speaker
    ("denied the claim and jailed him"); its end unchanged otherwise."""
    toks = d.toks
    k = d.tok_at(f.start) + 1
    last = max(k, min(len(toks) - 1, d.tok_at(f.end)))
    qmap = d.qmap
    for k in itertools.compress(range(k, last), map(d.g.coordinators.__contains__, toks.lowers[k:last])):
        t = toks[k]
        if not qmap[t.start]:
            low = toks.lowers[k + 1]
            second_participle = f.rule == "participle" and low.endswith(d.g.participle_endings)  # "calling it X and asserting"
            if second_participle or (_verb_form(d, low) or low in d.g.aux) and not _looks_like_clause(d, f.start, t.start):
                end = _skip_space_left(d.text, t.start, f.start)
                return end - 1 if d.text[end - 1] == "," else end
    return f.end


def _attributive_participle(d: _Doc, cue: Cue) -> bool:
    """Where nouns are capitalised: a one-word verb cue between an article (and perhaps an adverb) and a
    capitalised noun ('in der bereits erwähnten Botschaft') is an adjective, not a reporting verb."""
    if cue.type != "verb" or " " in cue.text:
        return False
    k = d.tok_at(cue.start) - 1
    if k >= 1 and d.toks.texts[k].isalpha() and not d.toks.caps[k] and d.toks.lowers[k] not in d.g.articles:
        k -= 1  # "bereits", "neu"
    n = d.tok_at(cue.end)
    return k >= 0 and d.toks.lowers[k] in d.g.articles and n < len(d.toks) and d.toks.caps[n] \
        and d.toks.texts[n].isalpha()


def _source_frame(d: _Doc, cue: Cue, u: int, ustart: int, uend: int) -> _Frame | None:
    """'„...“, heißt es in einer Erklärung des Verbandes' / 'In dem Bericht heißt es: „...“': the impersonal
    cue's source, a prepositional phrase after it or before it in first place, speaks."""
    toks = d.toks
    text = d.text
    k = d.tok_at(cue.end)
    while k < len(toks) and toks.starts[k] < uend and toks.lowers[k] in d.g.cue_adverbs:
        k += 1
    speaker = None
    after = False
    if k + 1 < len(toks) and toks.lowers[k] in d.g.source_prepositions and toks.starts[k] < uend:
        speaker = _noun_phrase_right(d, toks.starts[k + 1], uend)
        after = speaker is not None
    if speaker is None:
        first = d.tok_at(_skip_space_right(text, ustart, cue.start))
        if first + 1 < len(toks) and toks.lowers[first] in d.g.source_prepositions and toks.starts[first + 1] < cue.start:
            speaker = _noun_phrase_right(d, toks.starts[first + 1], cue.start)
        elif first + 2 < len(toks) and toks.lowers[first] in d.g.as_conjunction \
                and toks.lowers[first + 1] in d.g.source_prepositions and toks.starts[first + 2] < cue.start:
            # 'Wie aus dem Ministerium verlautete, ...': the source after "wie", the content after the comma
            speaker = _noun_phrase_right(d, toks.starts[first + 2], cue.start)
            start = _right_content_start(d, cue, uend)
            if speaker is None or start is None:
                return None
            return _Frame(cue, speaker, "right", "as-speaker-cue", False, u, start, uend)
    if speaker is None:
        return None
    # 'In dem Bericht, der am Montag erschien, heißt es, ...': a relative clause on the source is no content
    relative = not after and _noun_and_relative_clause(d, ustart, _trim_end(text, ustart, cue.start))
    if _content_before(d, cue.start, ustart) and not relative:
        return _Frame(cue, speaker, "left", "quote-cue-speaker", False, u, ustart, _skip_space_left(text, cue.start, ustart))
    start = _right_content_start(d, dataclasses.replace(cue, end=speaker.end) if after else cue, uend)
    if start is None:
        return None
    return _Frame(cue, speaker, "right", "cue-speaker-content", False, u, start, uend)


def _leading_noun_phrase(d: _Doc, ustart: int, before: int) -> Mention | None:
    """Where nouns are capitalised, an article and noun phrase opening a sentence as its subject ("Der Täter
    biss ..."), unless it is followed by no verb-like word."""
    first = _skip_space_right(d.text, ustart, before)
    k = d.tok_at(first)
    if k >= len(d.toks) or d.toks.lowers[k] not in d.g.articles:
        return None
    m = _noun_phrase_right(d, first, before)
    if m is None:
        return None
    j = d.tok_at(m.end)
    if j < len(d.toks) and not d.toks.caps[j] and d.toks.texts[j].isalpha() and d.toks.lowers[j] not in d.g.stopwords:
        return m
    return None


def _leading_description(d: _Doc, ustart: int, before: int) -> Mention | None:
    """English news: an article and one to four lower-case words opening a sentence, then a finite verb, as its
    subject when no lexicon lists the noun ("The retired banker spoke at length, saying ...")."""
    toks = d.toks
    k = d.tok_at(_skip_space_right(d.text, ustart, before))
    if k >= len(toks) or toks.lowers[k] not in d.g.articles:
        return None
    j = k + 1
    while j < len(toks) and j - k <= 4 and toks.starts[j] < before and toks.texts[j].isalpha() \
            and not toks.caps[j] and toks.lowers[j] not in d.g.stopwords and not _verb_form(d, toks.lowers[j]):
        j += 1
    if j == k + 1 or j >= len(toks) or toks.starts[j] >= before \
            or not (_verb_form(d, toks.lowers[j]) or toks.lowers[j] in d.lex.verbs):
        return None
    start, end = toks.starts[k], toks.ends[j - 1]
    return Mention(start, end, d.text[start:end], "description", head=toks.lowers[j - 1])


def _as_source(d: _Doc, cue: Cue, ustart: int) -> Mention | None:
    """Where nouns are capitalised, the words between "wie" and a cue right after it, as a speaker no
    lexicon knows: 'Wie wetterblick.de berichtet, ...', 'Wie „Die Post“ meldete, ...'. None when they hold a
    verb, a pronoun or more than four words."""
    toks = d.toks
    c = d.tok_at(cue.start)
    k = c - 1
    while k >= 0 and toks.starts[k] >= ustart and c - k <= 6 and toks.lowers[k] not in d.g.as_conjunction:
        if toks.lowers[k] in d.lex.verbs or toks.lowers[k] in d.g.finite or toks.lowers[k] in d.g.subject_pronouns \
                or toks.texts[k] in (",", ";", ":") or toks.texts[k] == "." and toks.ends[k] != toks.starts[k + 1]:
            return None
        k -= 1
    if k < 0 or toks.starts[k] < ustart or toks.lowers[k] not in d.g.as_conjunction or k + 1 >= c:
        return None
    start = toks.starts[k + 1]
    q = d.in_quote(start)
    if q is not None:
        start = q.open_at
    end = _skip_space_left(d.text, cue.start, start)
    if _word_count(d.text, start, end) > 4 or not (any(t.cap for t in toks[k + 1:c]) or "." in d.text[start:end]):
        return None  # a name, or a web address ("wetterblick.de")
    name = d.text[start:end]
    return Mention(start, end, name, "name", name=name.strip("„“\"»«"), org=True)


def _as_clause_subject(d: _Doc, cue: Cue, ustart: int, uend: int) -> Mention | None:
    """Where the verb ends a subordinate clause, the subject of an as-clause that the cue closes: the noun
    phrase right after "wie", with adverbials between it and the verb ('Wie die Reederei am Morgen mitteilte,
    ...', 'Wie ein Sprecher gegenüber dem Sender sagte, ...', 'Wie „hafenblick online“ berichtet, ...').
    None when the cue is not the clause's last word or another verb stands between."""
    toks = d.toks
    c = d.tok_at(cue.start)
    nxt = d.tok_at(cue.end)
    if nxt < len(toks) and toks.starts[nxt] < uend and toks.texts[nxt] not in (",", ".", ";"):
        return None
    k = c - 1
    while k >= 0 and toks.starts[k] >= ustart and c - k <= 14 and toks.lowers[k] not in d.g.as_conjunction:
        t = toks[k]
        if t.text in (".", ";", ":", "!", "?") or t.text == "," and not d.in_quote(t.start) \
                or not t.cap and (t.lower in d.lex.verbs or t.lower in d.g.finite) and not d.in_quote(t.start):
            return None
        k -= 1
    if k < 0 or toks.starts[k] < ustart or toks.lowers[k] not in d.g.as_conjunction or k + 1 >= c:
        return None
    if k > 0 and toks.starts[k - 1] >= ustart and toks.texts[k - 1] not in (",", "(", "–", "—"):
        return None  # "so wie", "ebenso wie": a comparison, not an as-clause
    start = toks.starts[k + 1]
    q = d.in_quote(start)
    if q is not None and q.open_at == start and q.close_end <= cue.start:
        if d.text[q.close_end:cue.start].strip() == "":
            name = d.text[start:q.close_end]
            return Mention(start, q.close_end, name, "name", name=name.strip("„“\"»«"), org=True)
        return None
    m = d.by_start.get(start)
    if m is None and toks.lowers[k + 1] in d.g.articles and k + 2 < c:
        m = d.by_start.get(toks.starts[k + 2])  # 'der deutsche Hersteller Brandt': the mention after the article
    if m is None or m.end > cue.start or m.type not in ("name", "description", "group"):
        return None
    name = d.by_start.get(_skip_space_right(d.text, m.end, cue.start))
    if m.type != "name" and name is not None and name.type == "name" and name.end <= cue.start:
        m = name  # 'sein Anwalt Jan Wolf': the name after the title
    for j in range(d.tok_at(m.start) + 1, d.tok_at(m.end)):
        low = toks.lowers[j]
        if low in d.g.prepositions and j + 1 < len(toks) \
                and (low == "gegenüber" or toks.lowers[j + 1] in d.g.time_words):
            # 'ein Sprecher der Stadtwerke am Montag': an adverbial after the noun phrase is none of it
            end = _skip_space_left(d.text, toks.starts[j], m.start)
            return dataclasses.replace(m, end=end, text=d.text[m.start:end])
    return m


def _appositive_subject(d: _Doc, speaker: Mention, cue: Cue) -> bool:
    """Where the verb comes second: 'Anna Berg, die Direktorin der Behörde, nannte ...' -- a name opening
    the sentence with an appositive after it, before the verb, is its subject; no quotation and no verb
    stands in the appositive (else '„...“, sagte X' / 'Die Lage sei ernst, sagte X' is an inversion)."""
    if not _first_in_clause(d, speaker, d.units[d.unit_of(speaker.start)][0]) or _after_preposition(d, speaker) \
            or speaker.type not in ("name", "description"):
        return False
    k = d.tok_at(speaker.end)
    end = d.tok_at(cue.start)
    if k >= end or d.toks.texts[k] != ",":
        return False
    for t in d.toks[k:end]:
        if d.in_quote(t.start) or t.lower in d.g.finite or t.lower in d.g.subjunctive or t.lower in d.lex.verbs:
            return False
    return True


def _with_head_noun(d: _Doc, m: Mention, ustart: int) -> Mention:
    """Where the verb comes second: a source in the genitive ("des Senders", "der Polizei", "von Xinhua")
    whose head noun opens the sentence right before it ('Einem Bericht des Senders zufolge ist ...') is
    the whole phrase from the sentence's start; else m."""
    toks = d.toks
    k = d.tok_at(m.start)
    if k < 2 or toks.lowers[k] not in d.g.genitive_articles and toks.lowers[k - 1] not in d.g.genitive_prepositions:
        return m
    j = k - 1 if toks.lowers[k] in d.g.genitive_articles else k - 2
    if j < 0 or not toks.caps[j] or toks.starts[j] < ustart:
        return m
    while j > 0 and toks.starts[j - 1] >= ustart and (toks.lowers[j - 1] in d.g.articles or toks.lowers[j - 1] in d.g.determiners
                                                     or not toks.caps[j - 1] and toks.texts[j - 1].isalpha()
                                                     and toks.lowers[j - 1] not in d.lex.verbs
                                                     and toks.lowers[j - 1] not in d.g.finite):
        j -= 1
    if toks.starts[j] != _skip_space_right(d.text, ustart, m.start):
        return m
    start = toks.starts[j]
    return dataclasses.replace(m, start=start, text=d.text[start:m.end])


def _first_constituent_end(d: _Doc, pos: int, uend: int) -> int:
    """Where the verb comes second and an according-to phrase opens the sentence, the rest of that phrase
    ends at the finite verb: 'Nach Angaben des Sprechers der Feuerwehr, Jan Wolf, sei ...', 'Nach Angaben der
    Polizei in Köln wurde ...'. The verb's position, past genitives, places and an appositive; pos itself
    when something else (a clause, a quotation, a lower-case word that is no verb) comes first."""
    toks = d.toks
    k = d.tok_at(pos)
    j = k
    while j < len(toks) and j - k < 12 and toks.starts[j] < uend:
        t = toks[j]
        low = t.lower
        if j > k and not t.cap and (low in d.g.finite or low in d.g.subjunctive or low in d.lex.verbs):
            return t.start
        if t.text == ",":
            skipped = _after_appositive(d, t.start, uend, articles=True)
            if skipped == t.start:
                return pos
            j = d.tok_at(skipped) + 1
            continue
        if not (t.cap or low in d.g.articles or low in d.g.prepositions or t.text in ("(", ")") or t.text.isdigit()):
            return pos
        j += 1
    return pos


def _after_appositive(d: _Doc, pos: int, uend: int, articles: bool = False) -> int:
    """After a speaker that follows its verb, the end of an appositive set off by commas ("nannte Jan Wolf,
    Geschäftsführer des Verbands, den Plan ..."): a noun phrase of up to eight words with no verb, no
    quotation, no "dass"; else pos itself. With `articles`, the phrase may open with an article too ("Jan
    Wolf, dem Sprecher der Polizei,")."""
    toks = d.toks
    k = d.tok_at(pos)
    if k >= len(toks) or toks.texts[k] != "," or toks.starts[k] >= uend:
        return pos
    j = k + 1
    if j >= len(toks) or not (toks.caps[j] or articles and toks.lowers[j] in d.g.articles):
        return pos
    while j < len(toks) and j - k <= 9 and toks.starts[j] < uend:
        t = toks[j]
        if t.text == ",":
            return t.start if j > k + 1 else pos
        if d.in_quote(t.start) or t.text in (".", ";", ":", "!", "?") or t.lower in d.g.that \
                or t.lower in d.g.finite or t.lower in d.g.subjunctive or t.lower in d.lex.verbs \
                or not t.cap and _verb_like(d, t) and t.lower not in d.g.articles:
            return pos
        j += 1
    return pos


def _appositive_end(d: _Doc, pos: int, uend: int) -> int:
    """The end of an appositive after a speaker that follows its verb (`_after_appositive`); one opening with
    an article counts when "dass" follows it ("erklärte der Eigentümer, das Verlagshaus Nord, dass ...")."""
    end = _after_appositive(d, pos, uend)
    if end == pos:
        skipped = _after_appositive(d, pos, uend, articles=True)
        k = d.tok_at(skipped) + 1
        if skipped != pos and k < len(d.toks) and d.toks.lowers[k] in d.g.that:
            return skipped
        return _quoted_appositive_end(d, pos, uend)
    return end


def _quoted_appositive_end(d: _Doc, pos: int, uend: int) -> int:
    """Where the verb comes second: an appositive after a comma that holds quoted words and no verb, then a
    comma and "dass" ('sagte die Inhaberin, das auch den Sender „...“ betreibende Haus, dass ...'): the
    position of that comma; else `pos`."""
    toks = d.toks
    k = d.tok_at(_skip_space_right(d.text, pos, uend))
    if "verb-second" not in d.g.settings or k >= len(toks) or toks.texts[k] != "," \
            or not d.quotes_in(toks.ends[k], min(uend, toks.ends[min(len(toks) - 1, k + 15)])):
        return pos
    for j in range(k + 1, min(len(toks) - 1, k + 16)):
        if toks.starts[j] >= uend or d.in_quote(toks.starts[j]):
            continue
        low = toks.lowers[j]
        if toks.texts[j] == ",":
            # a noun phrase ends in a noun or a quoted name, not in a pronoun or adverb ('freue sich, dass')
            noun = toks.caps[j - 1] or d.in_quote(toks.starts[j - 1]) is not None
            return toks.starts[j] if noun and toks.lowers[j + 1] in d.g.that \
                and d.quotes_in(toks.ends[k], toks.starts[j]) else pos
        if toks.texts[j] in (".", ";", ":", "!", "?") or low in d.g.finite or low in d.lex.verbs or low in d.g.that \
                or _verb_like(d, toks[j]) and toks.lowers[j + 1] in d.g.determiners:
            return pos  # ('begrüße die Entscheidung': a verb before its object, not an adjective before a noun)
    return pos


def _possessor(d: _Doc, cue: Cue) -> Mention | None:
    """A noun cue that opens with a possessive of the grammar's [possessives] ("seiner Meinung nach"): a
    pronoun mention over its words before the postposition, with the possessor's gender; else None."""
    words = cue.lemma.split()
    if not d.g.possessives or len(words) < 2:
        return None
    first = 1 if words[0] in d.g.prepositions else 0  # 'Nach seiner Meinung ...'
    gender = next((g.partition("=")[2] for g in d.g.possessives if g.partition("=")[0] == words[first]), None)
    if gender is None or len(words) < first + 2:
        return None
    k = d.tok_at(cue.start) + first
    end = d.toks.ends[k + 1]
    return Mention(cue.start, end, d.text[cue.start:end], "pronoun", gender=gender)


def _auxiliary_inversion(d: _Doc, cue: Cue, ustart: int, uend: int) -> tuple[Mention, int] | None:
    """'..., hatte Anna Berg damals gesagt.': a verb ending its clause, an auxiliary right after a comma
    that closes content before it, and a speaker right after the auxiliary -> (speaker, end of the content)."""
    toks = d.toks
    c = d.tok_at(cue.start)
    if c + 1 < len(toks) and toks.starts[c + 1] < uend and toks.texts[c + 1] not in (".", "!", "?", ";") \
            and toks.lowers[c + 1] not in d.g.coordinators:
        return None
    k = c - 1
    while k >= 0 and toks.starts[k] > ustart and c - k <= 8 and toks.texts[k] != ",":
        k -= 1
    if k <= 0 or toks.texts[k] != "," or k + 2 >= c:
        return None
    aux = toks.lowers[k + 1]
    if aux not in d.g.finite or aux in d.g.passive_aux:
        return None
    m = d.by_start.get(toks.starts[k + 2])
    if m is None and toks.lowers[k + 2] in d.g.articles and k + 3 < c:
        m = d.by_start.get(toks.starts[k + 3]) or _adhoc_description(d, k + 3, toks.starts[k + 2])
    if m is None or m.end > cue.start or not _content_before(d, toks.ends[k], ustart):
        return None
    return m, toks.starts[k]


def _passive_agent(d: _Doc, speaker: Mention, cue: Cue) -> Mention | None:
    """'Es wurde von der Polizei mitgeteilt, dass ...': an expletive subject, a passive auxiliary and an agent
    after a preposition of [passive-agent-prepositions] before the cue: the agent speaks. None otherwise."""
    toks = d.toks
    if speaker.text.lower() not in d.g.subject_pronouns or speaker.gender != "n":
        return None
    first, c = d.tok_at(speaker.end), d.tok_at(cue.start)
    if not any(toks.lowers[j] in d.g.passive_aux for j in range(first, min(c, first + 2))):
        return None
    for j in range(first, c - 1):
        if toks.lowers[j] in d.g.passive_agent_prepositions:
            m = d.by_start.get(toks.starts[j + 1])
            if m is None and toks.lowers[j + 1] in d.g.articles:
                m = d.by_start.get(toks.starts[j + 2])
            if m is None and "nouns-capitalised" in d.g.settings:
                m = _noun_phrase_right(d, toks.starts[j + 1], cue.start)  # "von Webers Sohn"
            if m is not None and m.end <= cue.start and m.type != "pronoun":
                return m
            return None
    return None


def _subject_before_auxiliary(d: _Doc, cue: Cue, ustart: int) -> Mention | None:
    """A cue at the end of its clause (a participle or infinitive before a comma or colon) in a
    sentence that opens with a noun phrase and an auxiliary right after it ("Die Universität hatte ...
    erklärt,"): that noun phrase. None otherwise, and in the passive."""
    toks = d.toks
    c = d.tok_at(cue.start)
    if c + 1 >= len(toks) or toks.texts[c + 1] not in (",", ":"):
        return None
    first = d.tok_at(_skip_space_right(d.text, ustart, cue.start))
    if first + 1 < c and toks.lowers[first] in d.g.cue_adverbs:
        first += 1  # 'Auch die Zeitung hatte ... kritisiert': a focus particle before the subject
    m = d.by_start.get(toks.starts[first])
    if m is None and first + 1 < len(toks) and toks.lowers[first] in d.g.articles:
        m = d.by_start.get(toks.starts[first + 1])
    if m is None or m.type not in ("name", "description", "group", "pronoun") or m.type == "pronoun" and m.gender == "n":
        return None
    j = d.tok_at(m.end)
    q = d.in_quote(toks.starts[j]) if j < c else None
    if q is not None and q.open_at == toks.starts[j] and _word_count(d.text, q.start, q.end) <= 5:
        j = d.tok_at(q.close_end)  # 'Die Zeitung „Morgenrot“ hatte ...': a quoted name ends the noun phrase
    if j >= c or j >= len(toks):
        return None
    aux = toks.lowers[j]
    if aux not in d.g.finite or aux in d.g.passive_aux or aux in d.g.be:
        return None
    return m


def _quoted_before_verb(d: _Doc, cue: Cue, ustart: int) -> bool:
    """Whether the words before a verb in second place hold a short quotation and no comma, colon or other
    verb: 'Von einer „Krise“ sprach ...', 'Als „unausgegoren“ bezeichnete ...'."""
    k = d.tok_at(ustart)
    end = d.tok_at(cue.start)
    if end - k > 10 or end == k:
        return False
    quoted = False
    for t in d.toks[k:end]:
        if d.in_quote(t.start):
            quoted = True
            continue
        if t.text in (",", ":", ";") or t.lower in d.lex.verbs or t.lower in d.g.finite:
            return False
    qs = [q for q in d.quotes_in(ustart, cue.start) if q.close_end <= cue.start]
    return quoted and bool(qs) and all(_word_count(d.text, q.start, q.end) <= 5 and not _is_title_like(d, q)
                                       for q in qs)


def _verb_final_object(d: _Doc, cue: Cue, ustart: int) -> tuple[Mention, int, int] | None:
    """A verb at the end of its clause right after a short quotation, the subject first in the sentence and
    an auxiliary or verb after it: 'Die Regierung hat den Bericht als „falsch“ zurückgewiesen' -> (subject,
    start and end of the words between the auxiliary and the verb). Not in the passive ('wird von X als
    „...“ bezeichnet'), whose subject is no speaker."""
    toks = d.toks
    k = d.tok_at(cue.start) - 1
    if k < 0 or toks.starts[k] < ustart:
        return None
    # the quotation right before the verb, or a few words before it ("von einem „Volkskrieg“ gegen X gesprochen")
    j = k
    while j > 0 and k - j < 5 and d.in_quote(toks.starts[j]) is None and toks.words[j] and toks.starts[j] > ustart \
            and toks.lowers[j] not in d.lex.verbs:
        j -= 1
    q = d.in_quote(toks.starts[j])
    if q is None or q.close_end > cue.start or _word_count(d.text, q.start, q.end) > 5 or _is_title_like(d, q):
        return None
    nxt = d.tok_at(cue.end)
    if nxt < len(toks) and toks.texts[nxt] not in (".", ",", ";", "!", "?", ":"):
        return None
    first = d.tok_at(_skip_space_right(d.text, ustart, q.open_at))
    m = d.by_start.get(toks.starts[first])
    if m is None and toks.lowers[first] in d.g.articles and first + 1 < len(toks):
        m = d.by_start.get(toks.starts[first + 1])  # "Die Ministerin Anna Berg"
    if m is None or m.type not in ("name", "description", "group", "pronoun") or m.type == "pronoun" and m.gender == "n":
        return None
    j = d.tok_at(m.end)
    if j >= len(toks) or toks.starts[j] >= q.open_at:
        return None
    verb = toks.lowers[j]
    if verb in d.g.passive_aux or verb in d.g.be or not (verb in d.g.finite or verb in d.g.aux):
        return None
    start = toks.starts[j + 1]
    return (m, start, cue.start) if start < q.open_at else None


def _before_particle(d: _Doc, cue: Cue, uend: int) -> tuple[int, int] | None:
    """A separable verb whose particle ends the clause, with quoted words in between: 'Er wies den Vorwurf
    als „absurd“ zurück' -> the words between verb and particle (start, end), else None."""
    separated = d.lex.separated.get(cue.text.lower()) if cue.type == "verb" else None
    if not separated:
        return None
    toks = d.toks
    k = d.tok_at(cue.end)
    for j in range(k, min(len(toks), k + 14)):
        if toks.starts[j] >= uend or toks.texts[j] in (".", ",", ";", ":", "!", "?"):
            return None
        if any(toks.lowers[j] == form.particle for form in separated) and not d.in_quote(toks.starts[j]):
            if j > k and d.quotes_in(toks.starts[k], toks.starts[j]):
                return toks.starts[k], toks.starts[j]
            return None
    return None


def _new_clauses(d: _Doc, ustart: int, uend: int) -> list[int]:
    """Commas before "and"/"but" that start a clause with a subject of its own ("..., and they rejected
    ..."): reported content on the right stops there."""
    out = []
    toks = d.toks
    n = len(toks)
    # every comma of the text is a token of its own: the commas are found in the text, not token by token
    comma = d.text.find(",", ustart, uend)
    while comma >= 0:
        k = d.tok_at(comma)
        if k + 2 >= n:
            break
        if toks.lowers[k + 1] in d.g.coordinators and not d.qmap[comma]:
            j = k + 2
            if "verb-second" not in d.g.settings:
                while j + 1 < n and j - k < 5 and toks.lowers[j] in d.g.time_words:
                    j += 1  # "..., but on Monday he announced ...": a time phrase before the subject
            nxt = toks[j]
            if nxt.lower not in d.g.that and nxt.lower not in d.g.articles and d.by_start.get(nxt.start) is not None:
                out.append(comma)
            elif "verb-second" not in d.g.settings and nxt.lower not in d.g.that and _cue_within(d, j + 1, j + 9):
                out.append(comma)  # a subject no mention names: "..., and more than half said ..."
        comma = d.text.find(",", comma + 1, uend)
    if "verb-second" not in d.g.settings:
        # with no comma: "and"/"but", a subject, perhaps auxiliaries, then a cue ("... the attack but officials
        # have said ...", "... the convention and others said ...")
        lo, hi = d.tok_at(ustart), min(n - 2, d.tok_at(uend))
        for k in itertools.compress(range(lo, hi), map(d.g.coordinators.__contains__, toks.lowers[lo:hi])):
            m = d.by_start.get(toks.starts[k + 1])
            if m is None or toks.texts[k - 1] in (",", "-", "--", "—", "–") or toks.caps[k - 1] \
                    or toks.lowers[k - 1] in d.g.pronouns or d.qmap[toks.starts[k]]:
                continue  # (not after a dash, name or pronoun: "Ohio and Iowa want", "he and Cole promised")
            j = d.tok_at(m.end)
            while j < n and j < d.tok_at(m.end) + 3 and (toks.lowers[j] in d.g.aux or toks.lowers[j] in d.g.cue_adverbs):
                j += 1
            c = bisect.bisect_left(d.cue_starts, toks.starts[j]) if j < n else len(d.cue_starts)
            if c < len(d.cue_starts) and d.cue_starts[c] == toks.starts[j] and d.cues[c].type != "belief":
                out.append(toks.starts[k])  # (a thought goes on the statement: "said ... and he feels ...")
    return out


def _cue_within(d: _Doc, lo: int, hi: int) -> bool:
    """Whether a cue other than one of thinking starts at a token from `lo` to before `hi`, reached over words
    only (no punctuation, nothing quoted)."""
    toks = d.toks
    for i in range(lo, min(hi, len(toks))):
        if not toks.words[i] or d.qmap[toks.starts[i]]:
            return False
        c = bisect.bisect_left(d.cue_starts, toks.starts[i])
        if c < len(d.cue_starts) and d.cue_starts[c] == toks.starts[i]:
            return d.cues[c].type != "belief"
    return False


def _quoting_frame(d: _Doc, cue: Cue, u: int, ustart: int, uend: int) -> _Frame | None:
    """A verb whose object is the one quoted: 'Der Sender zitierte Kowalczyk mit den Worten: „...“' (the
    object speaks), 'Ratzmann wird von der Zeitung mit den Worten zitiert: „...“' (in the passive, the
    subject speaks)."""
    k = d.last_passive_aux(d.tok_at(cue.start) - 1)
    if k >= 0 and d.toks.starts[k] >= ustart:
        speaker = _subject(d, ustart, cue.start)
        start = _right_content_start(d, cue, uend)
        if speaker is not None and start is None and "verb-second" in d.g.settings \
                and _content_before(d, d.toks.starts[k], ustart):
            # '„...“, wird Peter Kranold zitiert': the quotation stands before the auxiliary
            return _Frame(cue, speaker, "left", "quoted-speaker", False, u, ustart,
                          _skip_space_left(d.text, d.toks.starts[k], ustart))
    else:
        speaker = _right_speaker(d, cue, uend)
        k = d.tok_at(cue.end)
        if "verb-second" in d.g.settings and k + 1 < len(d.toks) and d.toks.lowers[k] in d.g.subject_pronouns:
            # '„...“, zitierte man Anna Berg': the subject follows the verb, the one quoted after it
            speaker = _mention_or_phrase_at(d, k + 1, uend) \
                or _unlisted_name_right(d, cue, d.toks.starts[k + 1], uend) or speaker
        start = _right_content_start(d, dataclasses.replace(cue, end=speaker.end), uend) if speaker else None
        if speaker is not None and start is None and "verb-second" in d.g.settings \
                and _content_before(d, cue.start, ustart):
            return _Frame(cue, speaker, "left", "quoted-speaker", False, u, ustart,
                          _skip_space_left(d.text, cue.start, ustart))
    if speaker is None or start is None:
        return None
    return _Frame(cue, speaker, "right", "quoted-speaker", False, u, start, uend)


def _mention_or_phrase_at(d: _Doc, k: int, ceil: int) -> Mention | None:
    """A name, description or group starting at token k, or at the word after an article there ("die
    Reporterin Anna Berg"), else the noun phrase there."""
    if k >= len(d.toks) or d.toks.starts[k] >= ceil:
        return None
    m = d.by_start.get(d.toks.starts[k])
    if m is None and d.toks.lowers[k] in d.g.articles and k + 1 < len(d.toks):
        m = d.by_start.get(d.toks.starts[k + 1])
    if m is not None and m.type in ("name", "description", "group"):
        return m
    return _noun_phrase_right(d, d.toks.starts[k], ceil) if d.toks.lowers[k] in d.g.articles else None


def _new_main_clause(d: _Doc, f: _Frame) -> bool:
    """Where the verb comes second: a speaker opening a clause after a comma, with the cue right after
    it, starts a main clause of its own ('X nannte den Plan „...“, Y bezeichnete ihn als „...“'); a
    dependent clause would put its verb last."""
    if f.rule.startswith("cue-speaker") and f.side == "right":
        # '..., scharf: So sagte X: „...“': after a colon, a verb in first or second place opens a sentence
        k = d.tok_at(f.cue.start) - 1
        if k >= 1 and d.toks.caps[k] and d.toks.texts[k].isalpha() and d.by_start.get(d.toks.starts[k]) is None:
            k -= 1  # "So", "Dann"
        return k >= 0 and d.toks.texts[k] == ":" and not d.in_quote(d.toks.starts[k])
    if f.rule.startswith("speaker-cue") and f.side == "right" and f.appositive:
        # '..., die Sprecherin der Fraktion, Lena Hart (SPD), erklärte: „...“': a subject with its
        # appositive and the verb before a colon open a main clause of their own
        k = d.tok_at(f.cue.start)
        return k + 1 < len(d.toks) and d.toks.texts[k + 1] == ":" and d.toks.texts[k - 1] == "," \
            and d.toks.starts[k + 1] == f.cue.end
    if not f.rule.startswith("speaker-cue") or f.side != "right":
        return False
    k = d.tok_at(f.speaker.start) - 1
    return k >= 0 and d.toks.texts[k] == "," and _skip_space_right(d.text, f.speaker.end, f.cue.start) == f.cue.start


def _cues_inside_contents(frames: list[_Frame]) -> set[int]:
    """ids of the frames whose cue lies inside the content of another frame (not a parenthetical one):
    a sweep over contents sorted by start, keeping the two furthest ends seen so far."""
    spans = sorted((g.start, g.end, id(g)) for g in frames if g.side != "around")
    starts = [sp[0] for sp in spans]
    best: list[tuple[tuple[int, int], tuple[int, int]]] = []  # per prefix: (end, id) furthest and second
    top = second = (-1, -1)
    for _, end, gid in spans:
        if end > top[0]:
            top, second = (end, gid), top
        elif end > second[0]:
            second = (end, gid)
        best.append((top, second))
    out = set()
    for f in frames:
        k = bisect.bisect_right(starts, f.cue.start) - 1
        if k < 0:
            continue
        top, second = best[k]
        end = top[0] if top[1] != id(f) else second[0]
        if end > f.cue.start:
            out.add(id(f))
    return out


def _inversions_over_their_content(frames: list[_Frame]) -> set[int]:
    """ids of the frames with content on the left ("The slogan feels bloodless, he said.") whose cue lies
    only inside contents that come from cues inside their own content ("feels"): the inversion closing the
    sentence frames the verbs before it, not the other way round."""
    out = set()
    for i, f in enumerate(frames):
        if f.side != "left":
            continue
        # frames come in cue order: only the few next to f are compared (a bound that keeps a long
        # sentence of many frames linear; a holder further away leaves f inside)
        nearby = frames[max(0, i - 8):i] + frames[i + 1:i + 9]
        holders = [g for g in nearby if g.side != "around" and g.start <= f.cue.start < g.end]
        if holders and all(f.start <= g.cue.start < f.end for g in holders):
            out.add(id(f))
    return out


def _name_in_opening_phrase(d: _Doc, cue: Cue, pos: int, ustart: int, uend: int) -> bool:
    """English: the quotation closing at `pos`, right before the speaker, is a short name or chant in an
    opening phrase of time, place or action ('Sunday on the show "Morning Desk," Ann Cole said the ...',
    'Walking in to chants of "Ann! Ann!," the senator said ...'), and a clause follows the cue: that clause
    is the content, not the phrase."""
    if "nouns-capitalised" in d.g.settings:
        return False
    q = d.in_quote(pos - 1)
    if q is None or q.open_at <= _skip_space_right(d.text, ustart, uend) or _word_count(d.text, q.start, q.end) > 3:
        return False
    first = d.toks[d.tok_at(_skip_space_right(d.text, ustart, uend))]
    if first.lower not in d.g.prepositions and first.lower not in d.g.time_words \
            and not (first.lower.endswith(d.g.participle_endings) and first.cap):
        return False
    start = _right_content_start(d, cue, uend)
    return start is not None and _word_count_to(d.text, start, uend, 4) >= 4 and _looks_like_clause(d, start, uend)


def _prefers_left(d: _Doc, cue: Cue, speaker: Mention, ustart: int, uend: int) -> bool:
    """Content before a speaker that ends in a comma is the statement unless a clause follows the cue."""
    pos = _skip_space_left(d.text, speaker.start, ustart)
    if d.text[pos - 1] in _CLOSERS:
        return not _name_in_opening_phrase(d, cue, pos, ustart, uend)
    lead = _skip_space_left(d.text, _modifiers_start(d, speaker, ustart), ustart)
    if lead < pos and d.text[lead - 1] in _CLOSERS and d.in_quote(lead - 1) and d.text[lead - 2] in ",?!" \
            and not any(w in d.g.clause_openers or w in d.g.coordinators or w in d.g.contrast or w in d.g.prepositions
                        for w in d.text[lead:speaker.start].lower().split()):
        # '"...," party spokesman Ann Cole said of the vote': the quotation, then the speaker's modifiers
        return not _name_in_opening_phrase(d, cue, lead, ustart, uend)
    start = _right_content_start(d, cue, uend)
    if start is not None and "verb-second" in d.g.settings and d.quotes_in(start, uend) \
            and not d.quotes_in(ustart, speaker.start):
        return False  # 'Der Präsident (AU), X, nannte dies einen „Putsch“': the quoted words follow the verb
    if start is None:
        return True
    words = _word_count_to(d.text, start, _trim_end(d.text, start, uend), 4)  # (not to the end of a long unit)
    if words == 3 and "verb-second" not in d.g.settings and not _looks_like_clause(d, ustart, pos) \
            and _looks_like_clause(d, start, uend):
        return False  # "As for the levy, he said it's no problem": a phrase before, a clause of three words after
    return words < 4


def toks_lower(d: _Doc, k: int) -> str:
    lowers = d.toks.lowers
    return lowers[k] if 0 <= k < len(lowers) else ""


def _clause_start(d: _Doc, comma: int, ustart: int) -> int:
    """Start of the clause a parenthetical interrupts: the unit start, or a relative pronoun after a comma."""
    k = d.tok_at(comma) - 1
    while k >= 0 and d.toks.starts[k] >= ustart:
        t = d.toks[k]
        if t.text in (",", ";", ":") or t.text in _CLOSERS:
            return _skip_space_right(d.text, t.end, comma)
        k -= 1
    return ustart


def _aux_before(d: _Doc, cue: Cue) -> bool:
    """Whether an auxiliary stands before the cue ("is warning", "has said")."""
    k = d.tok_at(cue.start) - 1
    while k >= 0 and d.toks.lowers[k] in d.g.aux:
        if d.toks.lowers[k] in d.g.finite or d.toks.lowers[k] in d.g.be:
            return True
        k -= 1
    return k >= 0 and d.toks.lowers[k] in d.g.be


def _passive(d: _Doc, cue: Cue) -> bool:
    """'The plan was sharply faulted by farmers': a form of "be" before a past participle cue."""
    if cue.type not in ("verb", "belief") or cue.participle or cue.text.lower() == cue.lemma:
        return False
    k = d.tok_at(cue.start) - 1
    lowers, be, aux = d.toks.lowers, d.g.be, d.g.aux
    while k >= 0 and lowers[k] not in be and (lowers[k] in aux or lowers[k].endswith(d.g.skip_adverb_endings)):
        k -= 1
    return k >= 0 and lowers[k] in be


def _is_relative(d: _Doc, cue: Cue) -> bool:
    k = d.tok_at(cue.start) - 1
    lowers, aux = d.toks.lowers, d.g.aux
    while k >= 0 and lowers[k] in aux:
        k -= 1
    return toks_lower(d, k) in d.g.relative


def _next_comma(d: _Doc, start: int, uend: int) -> int:
    k = d.tok_at(start)
    while k < len(d.toks) and d.toks.starts[k] < uend:
        if d.toks.texts[k] == "," and not d.in_quote(d.toks.starts[k]):
            return d.toks.starts[k]
        k += 1
    return uend


def _right_has_that(d: _Doc, cue: Cue, uend: int) -> bool:
    k = d.tok_at(cue.end)
    return k < len(d.toks) and d.toks.lowers[k] in d.g.that and d.toks.starts[k] < uend


def _parenthetical_close(d: _Doc, cue: Cue, uend: int) -> bool:
    """Whether a cue is followed by a comma and more content: "The retreat, Halvorsen said, is ..."."""
    k = d.tok_at(cue.end)
    j = k
    while j < len(d.toks) and d.toks.starts[j] < uend and j - k < 4 and d.toks.texts[j] != ",":
        if d.toks.texts[j] in (".", ";", "!", "?") or d.in_quote(d.toks.starts[j]):
            return False
        j += 1
    if j + 1 < len(d.toks) and d.toks.texts[j] == "," and "verb-second" not in d.g.settings \
            and d.toks.lowers[j + 1].endswith(d.g.participle_endings) and not d.toks.caps[j + 1]:
        return False  # "The harvest was fine, she said, brushing flour from her apron": a participle, no parenthesis
    if j + 1 < len(d.toks) and d.toks.texts[j] == "," and "verb-second" in d.g.settings \
            and d.toks.lowers[j + 1] in d.g.that:
        return False  # 'Die Minister Frankreichs, Italiens und Spaniens erklärten bereits, dass ...': the verb's own content
    if j > k and "verb-second" not in d.g.settings and not _tag_adjunct(d, cue, k):
        return False  # "Asked about it, most said it was not, ...": the verb's own content, no parenthesis
    return j < len(d.toks) and d.toks.texts[j] == "," and d.toks.ends[j] < uend - 2 \
        and not d.in_quote(_skip_space_right(d.text, d.toks.ends[j], uend))


def _object_after_cue(d: _Doc, cue: Cue, m: Mention) -> bool:
    """Whether mention m right after a cue is the verb's object or the subject of a clause of its own, not an
    inverted speaker: a possessive after a verb of the "any" frame ("applauded Cole's remarks"; "said Cole's
    aide" inverts), a pronoun with a word after it ("said she was dismayed", "admitted it withheld ..."), a
    name before "for" ("criticized Cole for ...")."""
    if cue.frame == "any" and d.text[m.end:m.end + 2] in ("'s", "\u2019s"):
        return True
    k = d.tok_at(_skip_space_right(d.text, m.end, len(d.text)))
    if k >= len(d.toks) or d.toks.starts[k] < m.end:
        return False
    return m.type == "pronoun" and d.toks.words[k] or m.type == "name" and d.toks.lowers[k] == "for"


def _tag_adjunct(d: _Doc, cue: Cue, k: int) -> bool:
    """Whether token k, right after a cue, opens what a parenthetical tag may hold before its closing comma:
    a phrase of time or place ("said on Monday,", "said in a statement,"), an adverb ("said later,"), an
    object pronoun ("the polls tell us,") or the addressee of a verb like tell ("told the crowd,", "told
    Reuters,") -- not a clause or an object of its own ("said it was not,", "announced four new posts,")."""
    low = d.toks.lowers[k]
    return low in d.g.prepositions or low in d.g.time_words or low in d.g.cue_adverbs \
        or low.endswith(d.g.skip_adverb_endings) \
        or low in d.g.object_pronouns and low not in d.g.subject_pronouns \
        or cue.lemma.split()[0] in d.g.object_verbs and (d.toks.caps[k] or low in d.g.articles)


def _subject(d: _Doc, ustart: int, before: int) -> Mention | None:
    """The first speaker-like mention of a unit, as the subject a participle refers to."""
    k = bisect.bisect_left(d.mention_starts, ustart)
    while k < len(d.mentions) and d.mentions[k].start < before:
        m = d.mentions[k]
        if m.type in ("name", "pronoun", "description", "group"):
            nxt = d.mentions[k + 1] if k + 1 < len(d.mentions) else None
            if m.type == "name" and nxt is not None and nxt.type == "name" and nxt.start < before \
                    and nxt.start == m.end + 1 and d.text[m.end] == " " and nxt.text[:1].islower() \
                    and "nouns-capitalised" not in d.g.settings:
                return nxt  # "Union president Ann Ruiz", "Ruiz campaign manager Tom Vell": the name the title goes with
            return m
        k += 1
    return None


def _direct_rule(f: _Frame) -> str:
    """The rule name of a direct quote that is the whole content of frame `f`."""
    return f.rule if f.rule in ("quote-speaker-cue", "quote-cue-speaker", "according-to", "participle",
                                "coordinated", "parenthetical", "as-speaker-cue", "so-speaker",
                                "cue-speaker-content", "quoted-speaker") else "speaker-cue-quote"


def _adverbial_clause(d: _Doc, start: int, end: int) -> bool:
    """Whether a content before its speaker is only a clause of time, cause or condition ("As the tide
    rose, Cole was checking the moorings", "Just after the storm hit, Hale ordered ..."): it opens with a
    word of [clause-openers] or [as-conjunction], perhaps after words of [opener-leads], and has no comma
    (no main clause of its own)."""
    j = d.tok_at(start)
    j = _past_opener_leads(d, j, min(j + 4, len(d.toks) - 1))
    low = d.toks.lowers[j] if j < len(d.toks) else ""
    return (low in d.g.clause_openers or low in d.g.as_conjunction) and "," not in d.text[start:end]


def _short_object(d: _Doc, f: _Frame, start: int, end: int) -> bool:
    """Whether a content of one or two words is what was said: the noun phrase after a verb of the "any"
    frame ("criticized Ann Cole", "praised the mayor"), not a phrase of time or place ("rejected it in
    May", "pushed for months"), a function word ("rejected it") nor a list cut short."""
    if f.cue.frame != "any" or f.side != "right" or "verb-second" in d.g.settings or d.dialogue:
        return False  # (news: in fiction most are narration)
    words = d.text[start:end].split()
    if not words or "," in d.text[start:end]:
        return False
    low = [w.lower().strip(".;:!?") for w in words]
    if low[0] in d.g.stopwords or low[0] in d.g.prepositions:
        return False
    # right after the verb: "rejected that idea" has a demonstrative, not a clause; "criticized on social
    # media", "rejected it, too" no object
    return not d.text[f.cue.end:start].strip() \
        and not any(w in d.g.time_words or w.endswith("s") and w[:-1] in d.g.time_words for w in low)


def _classify(d: _Doc, f: _Frame) -> Attribution | None:
    text = d.text
    start = _skip_space_right(text, f.start, f.end)
    end = _trim_end(text, start, f.end)
    # keep a closing quotation mark that the trim removed
    if end < f.end and text[end] in _CLOSERS and d.in_quote(end):
        end += 1
    while start < end and text[start] in ",:;":
        start = _skip_space_right(text, start + 1, end)
    if end - start < 2:
        return None
    inside = d.quotes_in(start, end)  # (a new list, of quotations opening before `end`)
    if inside and f.side != "around":
        first, last = inside[0], inside[-1]
        # 'X said: "...," but ...' -> the quotation; 'Whatever ..., "...," says X' -> the quotation
        lead = text[start:first.open_at].strip()
        if f.side == "right" and not lead and _word_count(text, first.start, first.end) >= 4 \
                and text[first.end - 1:first.close_end + 1].strip()[:1] in (",", ".", "?", "!"):
            end = first.close_end
            inside = [first]
        elif f.side == "right" and len(inside) == 1 and _adverbial_lead(d, start, first) \
                and first.close_end >= _skip_space_left(text, end, start) - 1:
            # 'Ann Cole said at the pier, "It is time."': a phrase of when, where or about what, a comma,
            # then the quotation to the end: the quotation is what was said
            start = first.open_at
        elif f.side == "left" and last.close_end >= _skip_space_left(text, end, start) - 1 \
                and text[start:last.open_at].rstrip().endswith((",", ":")) \
                and (len(inside) == 1 or "nouns-capitalised" not in d.g.settings and not d.dialogue) \
                and _word_count(text, last.start, last.end) >= 4 \
                and not ("verb-second" in d.g.settings and _subjunctive(d, start, last.open_at)):
            # ('Die Politik könne dafür sorgen, „dass ...“, erklärte X': reported speech in the subjunctive
            # before the quotation keeps it mixed; in English news a lead with quoted words of its own yields
            # to the quotation after its comma or colon too)
            start = last.open_at
    # content that is one quotation, give or take punctuation around its marks: a direct quote
    for q in inside:
        outside = text[start:q.open_at] + text[q.close_end:end]
        if not outside.strip(" ,.:;!?—–-\n") and f.side != "around":
            if _is_title_like(d, q) and _word_count(text, q.start, q.end) < 8:
                return None
            return _attr(f, "direct", q.start, q.end, _direct_rule(f))
    if inside and inside[0].open_at == start and f.side != "around" and "nouns-capitalised" not in d.g.settings \
            and text[inside[0].start:inside[0].end].rstrip()[-1:] in ("!", "?"):
        # 'the crowd chanted "Go home!" as she left': content that opens with an exclamation or a question in
        # marks is that quotation; the words after it tell when or where
        return _attr(f, "direct", inside[0].start, inside[0].end, _direct_rule(f))
    if "verb-second" in d.g.settings and f.side == "right" and _dependent_clause(d, start, end):
        return None
    if inside and any(q.close_end > start and q.open_at < end for q in inside):
        kind = "mixed"
        q0 = inside[-1]
        if q0.close_end > end and q0.open_at < end:
            end = q0.close_end
        if f.side == "right" and "nouns-capitalised" not in d.g.settings:
            end = _mixed_tail_end(d, q0, start, end, f.cue.frame == "marks")
            start = _relative_label_start(d, f, start)
    else:
        kind = "indirect"
        if f.cue.frame in ("marks", "quote") or _word_count(text, start, end) < 3 and not _short_object(d, f, start, end):
            return None
        if f.rule == "quote-cue-speaker" and "verb-second" not in d.g.settings and not d.dialogue \
                and f.speaker is not None and _object_after_cue(d, f.cue, f.speaker):
            return None  # "..., applauded Cole's remarks", "..., said she was dismayed": no inverted speaker
        # the "any" frame lets an object after the verb be what was said, never a noun phrase before it
        # ("The mayor, a former judge, criticized the plan"), and not in dialogue-heavy fiction, where such an
        # object is mostly an action the narrator tells ("pointed to the door", "expressed her thanks")
        if (f.cue.frame != "any" or d.dialogue or f.side == "left" or "nouns-capitalised" in d.g.settings) \
                and f.rule != "according-to" and not _evidence_shows(d, f) \
                and not _looks_like_clause(d, start, end) and not _says_present_clause(d, f, start, end) \
                and not (f.side == "right" and _after_that(d, start)):
            return None
        if "verb-second" in d.g.settings and f.side == "right" and f.rule.startswith(("speaker-cue", "cue-speaker")) \
                and not _introduced_clause(d, start, end):
            return None
        if "verb-second" in d.g.settings and f.side == "left" and _noun_and_relative_clause(d, start, end):
            return None
        if f.rule == "quote-speaker-cue" and _cue_with_object(d, f.cue):
            return None
        if f.rule in ("quote-speaker-cue", "quote-cue-speaker") and "verb-second" not in d.g.settings \
                and _adverbial_clause(d, start, end):
            return None
        if f.rule == "as-speaker-cue" and (_cue_with_object(d, f.cue) or _cue_then(d, f.cue, ("to", "with"))):
            # 'Talks failed, as the unions blamed each other ...': "as" of time, not "as X said"
            return None
    rule = f.rule
    if rule in ("quote-speaker-cue", "quote-cue-speaker"):
        rule = "content-speaker-cue" if rule == "quote-speaker-cue" else "content-cue-speaker"
    if rule == "speaker-cue-quote" and kind == "indirect":
        return None
    return _attr(f, kind, start, end, rule)


def _after_that(d: _Doc, start: int) -> bool:
    """English news: content on the right opened by "that" ("argued that the levy dwarfs every tax") is a
    clause even when no verb of it is known; not where a verb follows "that" (a relative clause)."""
    k = d.tok_at(start)
    return "verb-second" not in d.g.settings and not d.dialogue and 0 < k < len(d.toks) \
        and d.toks.lowers[k - 1] in d.g.that and d.toks.lowers[k] not in d.g.finite \
        and not (k > 1 and d.toks.lowers[k - 2] in d.g.prepositions)  # "insisted on that point": a noun


def _evidence_shows(d: _Doc, f: _Frame) -> bool:
    """"Recent polls show a tight race", "the audit found errors in the books": a poll, record or study before
    a verb of [finding-verbs] reports what its noun phrase object says too."""
    return f.side == "right" and f.cue.lemma in d.g.finding_verbs and f.speaker is not None \
        and f.speaker.head in d.g.evidence_nouns


def _finite_after(d: _Doc, pos: int, ceil: int) -> bool:
    """Whether the word right after `pos` (before `ceil`) is a finite verb of [finite] or ends in "n't"."""
    k = d.tok_at(_skip_space_right(d.text, pos, ceil))
    if k >= len(d.toks) or d.toks.starts[k] >= ceil:
        return False
    low = d.toks.lowers[k]
    return low in d.g.finite or low.endswith(("n't", "n’t"))


def _cue_then(d: _Doc, cue: Cue, words: tuple[str, ...]) -> bool:
    """Whether one of `words` follows the cue."""
    k = d.tok_at(cue.end)
    return k < len(d.toks) and d.toks.lowers[k] in words


def _cue_with_object(d: _Doc, cue: Cue) -> bool:
    """'After the vote failed, the mayor proposed a new tax': a verb that takes its own object after it reports
    nothing of the clause before it, which is an adverbial; its addressee ("he told reporters", "the president
    told her"), a time or place after it ("said on Monday") and a sentence end after it keep the content."""
    if "nouns-capitalised" in d.g.settings or cue.type != "verb":
        return False
    k = d.tok_at(cue.end)
    if k >= len(d.toks):
        return False
    if cue.lemma in d.g.object_verbs:
        # its addressee may follow; a content or a request after that ("asked the court for a delay", "reminded
        # voters that ...") makes the clause before it an adverbial
        for t in d.toks[k:k + 12]:
            if not t.word:
                return False
            if t.lower in d.g.that or t.lower in d.g.wh or t.lower in d.g.request_prepositions:
                return True
        return False
    t = d.toks[k]
    low = t.lower
    return t.word and not t.cap and not low[:1].isdigit() and low not in d.g.prepositions \
        and low not in d.g.time_words and low not in d.g.object_pronouns and low not in d.g.cue_adverbs \
        and low not in d.g.bad_content_start and low not in d.g.aux and low not in d.g.that
def _adverbial_lead(d: _Doc, start: int, q: QuoteSpan) -> bool:
    """English: the words from `start` to a quotation are a phrase opened by a preposition or a word of time,
    a few words with no verb, set off by a comma or colon ("at the pier,", "about the vote,", "Friday in an
    interview:"), so the cue reports the quotation after it, not a clause holding it."""
    if "nouns-capitalised" in d.g.settings:
        return False
    lead = d.text[start:q.open_at].rstrip()
    if not lead.endswith((",", ":")) or _word_count(lead, 0, len(lead)) > 8 \
            or _word_count(d.text, q.start, q.end) < 4:
        return False
    k, stop = d.tok_at(start), d.tok_at(q.open_at)
    if k > 0 and d.toks.lowers[k - 1] in d.g.that:
        return False  # 'said that in any case, "we will ..."': a reported clause holding the quotation
    first = d.toks.lowers[k] if k < stop else ""
    if first not in d.g.prepositions and first not in d.g.time_words:
        return False
    toks = d.toks
    # a verb makes the words a clause; a cue's participle after a preposition does not ("by saying,")
    return not any((_verb_form(d, t.lower) or t.lower in d.lex.verbs)
                   and not (t.lower.endswith(d.g.participle_endings) and t.lower in d.lex.verbs and toks.lowers[j - 1] in d.g.prepositions)
                   or t.lower in d.g.that or t.lower in d.g.wh
                   for j, t in enumerate(toks[k + 1:stop], k + 1))


def _relative_label_start(d: _Doc, f: _Frame, start: int) -> int:
    """'what Mark Hill called a "bold" approach', 'whom he described as "erratic"': a relative clause whose
    speaker labels something with quoted words is reported whole, from its relative word; else `start`."""
    if d.dialogue or f.rule != "speaker-cue-content" or f.cue.frame != "marks":
        return start
    for k in (d.tok_at(f.speaker.start) - 1, d.tok_at(_modifiers_start(d, f.speaker, d.units[f.unit][0])) - 1):
        if k >= 0 and d.toks.lowers[k] in d.g.object_relatives:
            return d.toks.starts[k]
    return start


def _clause_after_label(d: _Doc, close: int, k: int, end: int) -> bool:
    """After a label in marks ('called the plan "reckless"') closing at `close`, token `k` opens what is no
    longer the label: a comma or a dash ('"reckless," and his aides ...', '"a triumph" - but ...'), or
    "and"/"but" before a verb or a subject ('"reckless" and vowed ...', '"reckless" and he left'), not before
    a noun ('"liars" and thieves')."""
    toks = d.toks
    if k >= len(toks) or toks.starts[k] >= end:
        return False
    if toks.texts[k] in (",", "-", "—", "–"):
        return True
    if toks.lowers[k] not in d.g.coordinators or k + 1 >= len(toks):
        return False
    if d.text[close - 2:close - 1] == ",":
        return True  # '"reckless," and ...': the comma inside the marks
    k += 1
    if (toks.lowers[k] in d.g.cue_adverbs or toks.lowers[k].endswith(d.g.skip_adverb_endings)) and k + 1 < len(toks):
        k += 1  # (an adverb that ends the text is the word looked at: 'called it "reckless" and also')
    low = toks.lowers[k]
    return _verb_form(d, low) or low in d.lex.verbs or low in d.g.subject_pronouns \
        or low.endswith(d.g.participle_endings) and not toks.caps[k]


def _before_closing_relative(d: _Doc, k: int, start: int, end: int) -> int:
    """'... was "not ready" to back Ann Cole, who faces a rival in May.': after the last quotation, a comma
    and a relative clause that runs to the end describe the noun before them, not what was said: content ends
    before the comma; else at `end`."""
    toks = d.toks
    commas = []
    while k < len(toks) - 1 and toks.starts[k] < end:
        if toks.texts[k] == ",":
            commas.append(k)
        k += 1
    if len(commas) != 1:
        return end
    j = commas[0]
    low = toks.lowers[j + 1]
    if toks.starts[j + 1] < end and (low in d.g.relative or low in d.g.wh and low in d.g.object_relatives):
        return _trim_end(d.text, start, toks.starts[j])
    return end


def _mixed_tail_end(d: _Doc, last: QuoteSpan, start: int, end: int, marks: bool = False) -> int:
    """Where reported content with quoted words ends after its last quotation: at the quotation when a comma
    closes it and a participle, a relative clause or a contrast follows ('called him a "moderate," adding
    ...', '... a "loophole," which allows ...', '... "unfair," but ...'), or, after a verb that labels with
    quoted words (frame "marks"), when a comma, a dash or a coordinated clause follows; else where it ended."""
    text, toks = d.text, d.toks
    close = last.close_end
    if close >= end or close <= start:
        return end
    k = d.tok_at(close)
    if marks and _clause_after_label(d, close, k, end):
        return close
    if k < len(toks) and toks.texts[k] == "," and toks.starts[k] == close:
        k += 1  # '"...",' with the comma outside the marks
    elif text[close - 2:close - 1] != ",":
        return _before_closing_relative(d, k, start, end)
    if k >= len(toks) or toks.starts[k] >= end:
        return end
    low = toks.lowers[k]
    if low.endswith(d.g.participle_endings) and not toks.caps[k] and low not in d.g.prepositions \
            or low in d.g.relative or low in d.g.wh or low in d.g.contrast \
            or low in d.g.coordinators and low != "and":
        return close
    return end


def _attr(f: _Frame, kind: str, start: int, end: int, rule: str) -> Attribution:
    conf = CONFIDENCE[rule]
    if f.appositive:
        rule += "+appositive"
        conf -= 0.05
    if f.speaker.type == "pronoun":
        conf -= 0.05
    return make_attribution(kind, start, end, f.speaker, f.cue, rule, round(conf, 2))


def _quote_sieves(d: _Doc, frames: list[_Frame], found: list[Attribution],
                  claimed: dict[int, list[tuple[int, int]]],
                  unit_speaker: dict[int, tuple[Mention, Cue | None]]) -> list[Attribution]:
    text = d.text
    out: list[Attribution] = []

    # the claims of each unit by start, with the furthest end up to each (a bisection a quotation, not a scan of
    # a unit's claims: a long unit of many statements holds many)
    index = {}
    for k, spans in claimed.items():
        spans = sorted(spans)
        index[k] = ([sp[0] for sp in spans], list(itertools.accumulate((sp[1] for sp in spans), max)))

    def is_claimed(q: QuoteSpan, u: int) -> bool:
        # frame contents stay inside their unit; a quotation may run into the next one
        for k in (u - 1, u, u + 1):
            got = index.get(k)
            if got is not None:
                i = bisect.bisect_left(got[0], q.close_end)
                if i and got[1][i - 1] > q.open_at:
                    return True
        return False

    # the last attributed quote of each paragraph, for floating quotes and conversations
    last_in_para: dict[int, Attribution] = {}
    for a in sorted(found, key=lambda a: a.start):
        if a.kind in ("direct", "mixed"):
            last_in_para[d.para_of(a.start)] = a
    # in news, a floating quote goes on from the statement before it, quoted or reported ('The plan is
    # dead, Smith said. "Start over from scratch."'), not from one later in its paragraph (fiction takes the
    # turn's speaker from the quotes anywhere in the paragraph)
    prior = sorted(found, key=lambda a: a.start)
    latest: dict[int, Attribution] = {}
    passed = 0
    frames_by_unit: dict[int, list[_Frame]] = {}
    for f in frames:
        frames_by_unit.setdefault(f.unit, []).append(f)
    for q in d.outer:
        while passed < len(prior) and prior[passed].start < q.open_at:
            before = prior[passed]
            if not (before.kind == "indirect" and before.cue is not None and before.cue.lemma in d.g.question_verbs):
                # '..., she said when asked which plan she backed. "..."': the one asking does not go on
                latest[d.para_of(before.start)] = before
            passed += 1
        u = d.unit_of(q.open_at)
        if any(a.kind == "mixed" and a.start <= q.start and q.end <= a.end for a in out[-3:]):
            continue  # 'projects that "..." and "..."': a later quotation inside a statement this loop made
        if is_claimed(q, u) or _is_title_like(d, q) and not _after_introducer(d, q, u) or _headline_marks(d, q) \
                or any(f.speaker.start == q.open_at for f in frames_by_unit.get(u, ())):  # 'schrieb „Die Post“'
            continue
        ustart, uend, upara = d.units[u]
        words = _word_count(text, q.start, q.end)
        first, last = d.content_bounds(u)
        whole = first >= q.open_at and last < q.close_end  # nothing but punctuation around the quotation
        opens_para = d.paras[upara].start == q.open_at
        a = None
        # 2. split quote: '"We will," Smith said, "win."'
        for f in frames_by_unit.get(u, ()):
            if f.side == "left" and f.cue.end <= q.open_at:
                between = text[max(f.cue.end, f.speaker.end):q.open_at]
                if between.strip(" ,:;—–-\n") == "":
                    a = Attribution("direct", q.start, q.end, f.speaker, f.cue, "split-quote", CONFIDENCE["split-quote"])
                    break
        # 3. a verb next to the quotation, known or not: '"...," whimpered Mrs. Gradgrind'
        if a is None:
            adj = _adjacent_verb(d, q, ustart, uend)
            if adj is not None:
                a = Attribution("direct", q.start, q.end, adj[0], adj[1], "adjacent-verb", CONFIDENCE["adjacent-verb"])
        # 3b. fiction: a copula tag after the quotation ('"...," was all Ann said', '"...," was her reply'),
        # or an inverted tag before it ('Then said Ann: "..."', 'Then said he, "..."')
        if a is None and d.dialogue:
            tag = _copula_tag(d, q, uend) or _inverted_tag_before(d, q, ustart)
            if tag is not None:
                a = Attribution("direct", q.start, q.end, tag[0], tag[1], "adjacent-verb", CONFIDENCE["adjacent-verb"])
        # 4. a speaker known for the sentence (any quotation in dialogue; in news, not a scare-quoted word)
        spoken = words >= 4 or opens_para or text[q.start:q.end].rstrip()[-1:] in (",", ".", "!", "?", "—")
        if a is None and u in unit_speaker and (words >= 4 or d.dialogue and spoken):
            m, cue = unit_speaker[u]
            a = Attribution("direct", q.start, q.end, _bracketed_speaker(d, q) or m, cue, "same-sentence",
                            CONFIDENCE["same-sentence"])
        # 5. dash attribution: '"..." — Jane Doe'
        if a is None:
            after = _skip_space_right(text, q.close_end, len(text))
            if after < len(text) and text[after] in "—–-":
                m = d.by_start.get(_skip_space_right(text, after + 1, len(text)))
                tail = text[m.end:m.end + 2] if m is not None else ""
                if tail[:1] == "." and not tail[1:].strip():
                    tail = tail[1:]  # '"..."\n- Jane Doe.': a stop ending the line of the name
                if m is not None and m.type == "name" and (not tail.strip() or tail[0] in ",\n"):
                    a = Attribution("direct", q.start, q.end, m, None, "dash", CONFIDENCE["dash"])
        # 5b. a label: 'Poll numbers are shifting - Jane Doe: "..."', 'Senator Ann Cole: "..."'
        if a is None and "nouns-capitalised" not in d.g.settings:
            m = _label_before(d, q, ustart)
            if m is not None:
                a = Attribution("direct", q.start, q.end, m, None, "labelled-quote", CONFIDENCE["labelled-quote"])
        if a is None and d.g.quote_introducers:
            m = _introduced_with_words(d, q, ustart)
            if m is not None or "nouns-capitalised" not in d.g.settings and not d.dialogue \
                    and _after_introducer(d, q, u):
                # (a slogan chanted or carried by people no lexicon lists: 'the crowd answered with chants of "..."')
                a = Attribution("direct", q.start, q.end, m, None, "introduced-quote", CONFIDENCE["introduced-quote"])
        # a short sentence in marks right after '"...," X said.' goes on with X's words ("Very good.")
        goes_on = whole and u > 0 and d.units[u - 1][2] == upara \
            and any(f.side == "left" and d.in_quote(f.start) for f in frames_by_unit.get(u - 1, ()))
        if a is None and (whole or opens_para) and (words >= 3 or opens_para or goes_on):
            a = _floating(d, q, u, upara, opens_para, frames_by_unit, last_in_para if d.dialogue else latest)
        if a is None and "verb-second" in d.g.settings and not d.dialogue:
            rel, rule = _relative_als(d, q, ustart, uend), "relative-clause"
            if rel is None:
                rel, rule = _passive_als(d, q, ustart, uend), "passive-agent"
            if rel is not None:
                a = Attribution("direct", q.start, q.end, rel[0], rel[1], rule, CONFIDENCE[rule])
        if a is None and "nouns-capitalised" in d.g.settings and not d.dialogue:
            m = _opinion_holder(d, ustart, q.open_at)
            if m is not None:
                a = Attribution("direct", q.start, q.end, m, None, "opinion-holder", CONFIDENCE["opinion-holder"])
        if a is None and not d.dialogue and words >= 4 and not _name_after_article(d, q):
            # news: a quotation inside a sentence whose subject is a speaker ("Richter Wendelbach kritisiert
            # Hallen, in denen Besucher „einfach vergessen“ würden")
            m = _sentence_subject(d, ustart, q.open_at)
            colon = _skip_space_left(text, q.open_at, ustart)
            if m is not None and "nouns-capitalised" not in d.g.settings and colon > ustart \
                    and text[colon - 1] == ":" and not _after_preposition(d, m):
                # 'Jane Cole stood up and thundered: "..."': the quotation after the colon is what the subject said
                a = Attribution("direct", q.start, q.end, m, None, "sentence-subject", CONFIDENCE["sentence-subject"])
            elif m is not None:
                m = _nested_speaker(d, ustart, q, None) or m
                a = _subject_predicate(d, m, q, uend) or _that_clause(d, m, q, uend)
                if a is None and (words >= 7 or "nouns-capitalised" in d.g.settings or text[colon - 1:colon] == ","):
                    # (in English a shorter phrase in marks inside a sentence, not after a comma, is more often a
                    # borrowed or scare-quoted phrase than what the subject said: 'has "a soft spot for ferries"')
                    a = Attribution("direct", q.start, q.end, m, None, "sentence-subject", CONFIDENCE["sentence-subject"])
        if a is None and "verb-second" in d.g.settings and not d.dialogue and words >= 4:
            a = _colon_quote(d, q, ustart, upara, last_in_para)
        if a is None and d.dialogue and spoken:
            a = Attribution("direct", q.start, q.end, None, None, "unattributed", CONFIDENCE["unattributed"])
        if a is not None:
            out.append(a)
            last_in_para[d.para_of(a.start)] = latest[d.para_of(a.start)] = a
            if a.mention is not None:
                unit_speaker.setdefault(u, (a.mention, a.cue))
    return out


_SINGLE_MARKS = ("'", "‘", "‚", "‹")


def _headline_marks(d: _Doc, q: QuoteSpan) -> bool:
    """News whose quotations mostly stand in double marks: a paragraph of nothing but a few words in single
    marks is a headline or pull quote set between sections ("'A fight to the finish.'"), not a statement."""
    if d.dialogue or q.depth or d.text[q.open_at] not in _SINGLE_MARKS or _word_count(d.text, q.start, q.end) > 8:
        return False
    p = d.paras[d.para_of(q.open_at)]
    if d.text[p.start:q.open_at].strip() or d.text[q.close_end:p.end].strip():
        return False
    mostly_double = d.__dict__.get("mostly_double")  # counted once per document, not once per quotation
    if mostly_double is None:
        single = sum(1 for x in d.outer if d.text[x.open_at] in _SINGLE_MARKS)
        mostly_double = d.mostly_double = len(d.outer) - single > 2 * single
    return mostly_double


def _name_after_article(d: _Doc, q: QuoteSpan) -> bool:
    """Where nouns are capitalised: quoted words right after an article, opening with a capital and with no
    verb form in them, name something ('Gewinner des „Goldenen Hobels für gutes Handwerk“', 'Teil eines
    „Fahrplans der schrittweisen Öffnung“'); quoted speech after an article opens with an adjective ('eine
    „friedliche Lösung“') or holds a verb."""
    if "nouns-capitalised" not in d.g.settings:
        return False
    k = d.tok_at(q.open_at) - 1
    if k < 0 or d.toks.lowers[k] not in d.g.articles:
        return False
    j = d.tok_at(q.start)
    if j >= len(d.toks) or not d.toks.caps[j]:
        return False
    while j < len(d.toks) and d.toks.starts[j] < q.end:
        t = d.toks[j]
        if t.lower in d.g.finite or t.lower in d.g.subjunctive or t.lower in d.lex.verbs:
            return False
        j += 1
    return True


def _genitive_owner(d: _Doc, floor: int, end: int) -> Mention | None:
    """An article and a noun opening the clause, then a person after a preposition of [genitive-prepositions]
    ('Das Fazit von Anna Berg ... überrascht nicht: „...“'): that person, the owner of the words."""
    toks = d.toks
    k = d.tok_at(_skip_space_right(d.text, floor, end))
    if k + 3 >= len(toks) or toks.lowers[k] not in d.g.articles or not toks.caps[k + 1] \
            or toks.lowers[k + 2] not in d.g.genitive_prepositions:
        return None
    m = d.by_start.get(toks.starts[k + 3]) or _noun_phrase_right(d, toks.starts[k + 3], end)
    return m if m is not None and m.end <= end and m.type in ("name", "description") else None


def _colon_quote(d: _Doc, q: QuoteSpan, floor: int, upara: int,
                 last_in_para: dict[int, Attribution]) -> Attribution | None:
    """Where the verb comes second, a quotation after a clause that ends in a colon is introduced by it,
    whatever its verb ('Hartmann weist jeden Vorwurf zurück: „...“', 'Spöttisch verbreitete der Autor
    diese Zeilen: „...“'). The clause's subject speaks: the source of an impersonal "es heißt", else
    one of a group ('Einer der Helfer war sicher:'), the first person, group or pronoun no preposition or oblique
    article governs, an article and noun phrase opening the clause, a noun phrase in the nominative after the verb,
    and failing all, the last speaker of the paragraph ('Sein Optimismus stützt sich auf ...: „...“'). The
    clause starts after the colon before it in the sentence, if any, else at `floor`, the sentence's start."""
    colon = _skip_space_left(d.text, q.open_at, floor)
    if colon <= floor or d.text[colon - 1] != ":":
        return None
    end = colon - 1
    # the clause starts after the colon before it, if any: a sentence of many colons and quotations is read
    # once, not once a quotation
    floor = max(floor, d.text.rfind(":", floor, end) + 1)
    m = _impersonal_source(d, floor, end) or _one_of_group(d, floor, end)
    if m is None:
        k = bisect.bisect_left(d.mention_starts, floor)
        while k < len(d.mentions) and d.mentions[k].start < end:
            c = d.mentions[k]
            if c.type in ("name", "description", "group", "pronoun") and not _after_preposition(d, c) \
                    and not _oblique(d, c) and not d.in_quote(c.start) \
                    and not (c.type == "pronoun" and c.gender == "n"):
                m = c
                break
            k += 1
    if m is None:
        m = _genitive_owner(d, floor, end)
    if m is None:
        m = _leading_noun_phrase(d, floor, end) or _subject_after_verb(d, floor, end)
    if m is None:
        prev = last_in_para.get(upara)
        m = prev.mention if prev is not None else None
    return Attribution("direct", q.start, q.end, m, None, "colon-quote", CONFIDENCE["colon-quote"])


def _impersonal_source(d: _Doc, ustart: int, end: int) -> Mention | None:
    """'In einer Erklärung hatte es geheißen:', 'Auf der Seite heißt es zur Begründung:': the first noun phrase
    after a preposition of [source-prepositions] in a clause that holds an impersonal cue of [source-cues]
    ("es heißt"), in either order of its two words."""
    toks = d.toks
    k = d.tok_at(ustart)
    said = False
    place = None
    while k < len(toks) and toks.starts[k] < end:
        low = toks.lowers[k]
        if k + 1 < len(toks) and (f"{low} {toks.lowers[k + 1]}" in d.g.source_cues
                                  or f"{toks.lowers[k + 1]} {low}" in d.g.source_cues):
            said = True
        elif place is None and low in d.g.source_prepositions and k + 1 < len(toks):
            place = _noun_phrase_right(d, toks.starts[k + 1], end)
        k += 1
    return place if said else None


def _one_of_group(d: _Doc, ustart: int, end: int) -> Mention | None:
    """'Einer der 13 beteiligten Feuerwehrleute sagte:': a word of [partitives] opening the clause, an article
    (the genitive "der", "des"), numbers and adjectives and a capitalised noun: the whole phrase, headed by the
    noun; one ("Einer", "Eine": a partitive that is also an article) or many ("Zwei", "Einige")."""
    toks = d.toks
    k = d.tok_at(_skip_space_right(d.text, ustart, end))
    if k + 2 >= len(toks) or toks.lowers[k] not in d.g.partitives or toks.lowers[k + 1] not in d.g.articles:
        return None
    j = k + 2
    while j < len(toks) and toks.starts[j] < end and (toks.texts[j].isdigit() or toks.texts[j].isalpha() and not toks.caps[j]):
        j += 1
    head = j
    while j < len(toks) and toks.starts[j] < end and toks.caps[j] and toks.words[j]:
        j += 1
    if j == head:
        return None
    low = toks.lowers[head]
    return Mention(toks.starts[k], toks.ends[j - 1], d.text[toks.starts[k]:toks.ends[j - 1]], "description", head=low,
                   title=toks.texts[head], gender="pl" if toks.lowers[k] not in d.g.articles else None,
                   org=low in d.lex.org_words)


def _subject_after_verb(d: _Doc, ustart: int, end: int) -> Mention | None:
    """'Spöttisch veröffentlichte die Autorin folgende Zeilen dazu:': the first lower-case verb form of
    the clause, then an article that is no oblique one and its noun phrase, the subject after the verb."""
    toks = d.toks
    k = d.tok_at(_skip_space_right(d.text, ustart, end))
    while k + 1 < len(toks) and toks.starts[k] < end:
        t = toks[k]
        if not t.cap and t.text.isalpha() and (t.lower in d.lex.verbs or _verb_like(d, t)):
            nxt = toks[k + 1]
            if nxt.lower in d.g.articles and nxt.lower not in d.g.oblique_articles:
                return _noun_phrase_right(d, nxt.start, end)
            return None
        k += 1
    return None


def _relative_als(d: _Doc, q: QuoteSpan, ustart: int, uend: int) -> tuple[Mention, Cue] | None:
    """'eine Glosse, die den Beschluss als „Irrweg“ bezeichnet, ...': quoted words after "als" in a
    relative clause that ends in a reporting verb; the noun the relative pronoun stands for speaks."""
    cue = _als_cue_after(d, q, uend)
    if cue is None:
        return None
    toks = d.toks
    k = d.tok_at(q.open_at) - 1
    while k > 0 and toks.starts[k] >= ustart and toks.texts[k] != "," and d.tok_at(q.open_at) - k < 15:
        k -= 1
    if k <= 0 or toks.texts[k] != "," or toks.starts[k] < ustart:
        return None
    r = k + 1
    if toks.lowers[r] in d.g.prepositions:
        r += 1
    if toks.lowers[r] not in d.g.relative:
        return None
    m = d.by_end.get(_skip_space_left(d.text, toks.starts[k], ustart)) or _adhoc_description(d, k - 1, ustart)
    if m is None or m.type == "pronoun" or _after_preposition(d, m):
        return None
    return m, cue


def _als_cue_after(d: _Doc, q: QuoteSpan, uend: int) -> Cue | None:
    """The reporting verb that closes the clause of a quotation after "als" ('als „Fest“ bezeichnete')."""
    if not _after_als(d, q):
        return None
    toks = d.toks
    j = d.tok_at(q.close_end)
    cue = None
    while j < len(toks) and toks.starts[j] < uend and toks.texts[j] not in (",", ".", ";", ":") \
            and j - d.tok_at(q.close_end) < 6:
        c = bisect.bisect_left(d.cue_starts, toks.starts[j])
        if c < len(d.cues) and d.cues[c].start == toks.starts[j] and d.cues[c].type == "verb":
            cue = d.cues[c]
        j += 1
    return cue


def _passive_als(d: _Doc, q: QuoteSpan, ustart: int, uend: int) -> tuple[Mention, Cue] | None:
    """'Die Werke werden von Kritikern als „Meilensteine“ bezeichnet': in the passive, the agent after "von"
    (or the source after "in": 'im „Standard“') speaks the quoted words after "als"."""
    cue = _als_cue_after(d, q, uend)
    if cue is None:
        return None
    k = d.tok_at(ustart)
    passive = False
    while k < len(d.toks) and d.toks.starts[k] < q.open_at:
        t = d.toks[k]
        if t.lower in d.g.passive_aux:
            passive = True
        elif passive and t.lower in d.g.source_prepositions:
            j = k + 1
            if j < len(d.toks) and d.toks.lowers[j] in d.g.articles:
                j += 1
            if j < len(d.toks):
                m = d.by_start.get(d.toks.starts[j])
                if m is None and d.in_quote(d.toks.starts[j]) is not None:
                    src = d.in_quote(d.toks.starts[j])
                    if src.close_end < q.open_at:
                        m = Mention(src.open_at, src.close_end, d.text[src.open_at:src.close_end], "name",
                                    name=d.text[src.start:src.end], org=True)  # 'im „Standard“'
                if m is not None and m.type in ("name", "description", "group") and m.end <= q.open_at:
                    return m, cue
        k += 1
    return None


def _opinion_holder(d: _Doc, ustart: int, before: int) -> Mention | None:
    """'Für den Minister ist die Lage „alarmierend“': a sentence opening with "für" and a person (a titled
    or gendered name, a description with a title, a group) gives that person's view."""
    k = d.tok_at(_skip_space_right(d.text, ustart, before))
    if k + 1 >= len(d.toks) or d.toks.lowers[k] not in d.g.opinion_prepositions:
        return None
    m = d.by_start.get(d.toks.starts[k + 1])
    if m is None and k + 2 < len(d.toks) and d.toks.lowers[k + 1] in d.g.articles:
        m = d.by_start.get(d.toks.starts[k + 2])  # "für den Minister Peter Kranold"
    if m is None or m.end > before:
        return None
    if m.type == "group" or m.type == "name" and (m.title or m.gender in ("m", "f")) \
            or m.type == "description" and (m.head or "") in d.lex.title_heads:
        return m
    return None


def _subject_predicate(d: _Doc, m: Mention, q: QuoteSpan, uend: int) -> Attribution | None:
    """'Tamsin also lamented a mood in which neighbours "barely greet one another" since ...': when the
    subject's own verb (one no lexicon lists) follows it, the statement is the rest of the sentence, a
    mixed record with that verb as its cue. None when no verb stands right after the subject, or in
    languages with the verb second (their quotations inside a sentence are fragments)."""
    if "verb-second" in d.g.settings:
        return None
    toks = d.toks
    k = d.tok_at(m.end)
    while k < len(toks) and (toks.lowers[k] in d.g.aux or toks.lowers[k].endswith(d.g.skip_adverb_endings) and toks.texts[k].isalpha()
                             and not toks.caps[k]):
        k += 1
    if k >= len(toks) or toks.starts[k] >= q.open_at:
        return None
    verb = toks[k]
    low = verb.lower
    if verb.cap or not verb.text.isalpha() or low in d.g.stopwords or low in d.g.prepositions \
            or not (_verb_form(d, low) or low in d.lex.verbs):
        return None  # "After the Paris attacks, ...": a noun after the subject, no verb
    start = _skip_space_right(d.text, verb.end, uend)
    end = _trim_end(d.text, start, uend)
    if not any(x is q for x in d.quotes_in(start, end)):
        return None
    outside = d.text[start:q.open_at] + d.text[q.close_end:end]
    if not outside.strip(" ,.:;!?—–-\n\"'“”‘’"):
        return None  # the quotation is all there is: the plain direct record says it
    if low in d.lex.verbs and _adverbial_lead(d, start, q) \
            and q.close_end >= _skip_space_left(d.text, end, start) - 1:
        return None  # 'Ann Cole declared at the pier, "..."': a reporting verb, a phrase, then the quotation
    return Attribution("mixed", start, end, m, _as_cue(verb), "sentence-subject", CONFIDENCE["sentence-subject"])


def _that_clause(d: _Doc, m: Mention, q: QuoteSpan, uend: int) -> Attribution | None:
    """'The harbor board projects that "a modest toll" on ferries would pay for the pier.': quoted words inside
    a that-clause of the subject's sentence are part of what it says; the clause, from "that" to the end of the
    sentence, is a mixed record (none where nouns are capitalised, or with another quotation before these)."""
    if "nouns-capitalised" in d.g.settings:
        return None
    toks = d.toks
    k = d.tok_at(q.open_at) - 1
    lo = d.tok_at(m.end)
    while k >= lo and toks.lowers[k] not in d.g.that:
        k -= 1
    if k < lo or d.in_quote(toks.starts[k]) or d.quotes_in(toks.ends[k], q.open_at):
        return None
    nxt = k + 1  # "close that gap by ...": "that" and its noun, then a preposition, is no clause
    if nxt + 1 < len(toks) and toks.starts[nxt + 1] < q.open_at and not toks.caps[nxt] \
            and toks.lowers[nxt] not in d.g.stopwords and toks.lowers[nxt + 1] in d.g.prepositions:
        return None
    start = _skip_space_right(d.text, toks.ends[k], uend)
    end = max(_trim_end(d.text, start, uend), q.close_end)
    return Attribution("mixed", start, end, m, None, "sentence-subject", CONFIDENCE["sentence-subject"])


def _sentence_subject(d: _Doc, ustart: int, before: int) -> Mention | None:
    """The first mention of a unit before `before` (`_subject`), unless it is the object of a preposition or
    "it"/"es" ("Es drohe „...“")."""
    if "nouns-capitalised" not in d.g.settings:
        ustart = _main_clause_start(d, ustart, before)
    m = _subject(d, ustart, before)
    while m is not None and _oblique(d, m):
        m = _subject(d, m.end, before)  # "Name und Anschrift des Schülers": a genitive, no subject
    if m is not None and m.type == "name" and "nouns-capitalised" not in d.g.settings and _modifies_noun(d, m):
        m = _subject(d, m.end, before)  # "After the Paris attacks, Lopez released ...": the name is a modifier
    if m is None or _after_preposition(d, m) or m.type == "pronoun" and m.gender == "n":
        return None
    if "verb-second" in d.g.settings and _passive_subject(d, m, before):
        return None
    return m


def _passive_subject(d: _Doc, m: Mention, before: int) -> bool:
    """Verb second: whether an auxiliary of [passive-aux] follows the subject and the clause ends, after the
    quotation, in a participle ("Er wurde wegen „...“ angezeigt"): the subject is what the passive is about."""
    toks = d.toks
    k = d.tok_at(m.end)
    if k >= len(toks) or toks.lowers[k] not in d.g.passive_aux:
        return False
    q = d.in_quote(before)
    j = d.tok_at(q.close_end) if q is not None else d.tok_at(before)
    while j < len(toks) and toks.words[j] and not toks.caps[j] and not d.in_quote(toks.starts[j]):
        j += 1
    if j == 0 or j >= len(toks) or toks.texts[j] not in (".", ",", ";", "!", "?"):
        return False
    last = toks.lowers[j - 1]
    # a participle in -t; one in -en ("gegeben") looks like the infinitive of a future ('wird „...“ geben')
    return not d.in_quote(toks.starts[j - 1]) and toks.words[j - 1] and last.endswith("t")


def _coordinated_clause_subject(d: _Doc, ustart: int, before: int) -> tuple[Mention, bool] | None:
    """English: the mention opening the clause, after the last comma before a coordinated cue, when only
    coordinators and words of [clause-openers] stand before it ('..., and when Cole greeted the rowers and said'),
    and whether a word of [clause-openers] opens that clause."""
    if "verb-second" in d.g.settings:
        return None
    cb = d.last_clause_break(d.tok_at(before) - 1, d.tok_at(ustart))
    if cb < 0 or d.toks.starts[cb] < ustart or d.toks.texts[cb] != ",":
        return None
    m = _subject(d, d.toks.ends[cb], before)
    if m is None or m.type == "pronoun" and m.gender == "n" or d.text[m.end:m.end + 2] in ("'s", "’s"):
        return None
    k = d.tok_at(m.end)
    if k < len(d.toks) and d.toks.starts[k] < before and d.toks.lowers[k] in d.g.coordinators:
        return None  # '... greeted Ann Cole, Rob Tarn and Ida Venn and said': a list's last item, no subject
    lead = d.toks[cb + 1:d.tok_at(m.start)]
    if any(t.lower not in d.g.coordinators and t.lower not in d.g.clause_openers for t in lead):
        return None
    return m, any(t.lower in d.g.clause_openers for t in lead)


def _main_subject(d: _Doc, m: Mention, ustart: int, before: int) -> Mention:
    """English: `m`, found before a participle or coordinated cue at `before`, unless it stands after a
    preposition or before the main clause; then the main clause's free subject (`_free_subject`), if any."""
    if "verb-second" in d.g.settings or not (_after_preposition(d, m) or m.start < _main_clause_start(d, ustart, before)):
        return m
    return _free_subject(d, ustart, before) or m


def _free_subject(d: _Doc, ustart: int, before: int) -> Mention | None:
    """English: the sentence's subject (`_sentence_subject`), or else its first mention that no preposition
    governs ("Here in Salem, Ann Cole ..." -> Ann Cole)."""
    m = _sentence_subject(d, ustart, before)
    if m is not None:
        return m
    m = _subject(d, _main_clause_start(d, ustart, before), before)
    while m is not None and (_after_preposition(d, m) or d.text[m.end:m.end + 2] in ("'s", "’s")):
        m = _subject(d, m.end, before)  # nor a possessive ("Ann Cole's remarks")
    return m if m is not None and not (m.type == "pronoun" and m.gender == "n") else None


def _agency_dateline(d: _Doc, k: int, before: int) -> bool:
    """English: a dateline in title case naming its agency in parentheses before a dash, from token k
    ("Boston (AFP) – ", "Salem, May 2 (AP) — ")."""
    toks = d.toks
    for j in range(k + 1, min(len(toks) - 3, k + 8)):
        if toks.starts[j] >= before or toks.texts[j] in (".", ";", "!", "?"):
            return False
        if toks.texts[j] == "(" and toks.caps[j + 1] and toks.texts[j + 2] == ")" \
                and toks.texts[j + 3] in ("—", "–", "-", "--"):
            return True
    return False


def _main_clause_start(d: _Doc, ustart: int, before: int) -> int:
    """English: where the main clause of a unit begins, past a dateline ("BOSTON — ", "PARIS, May 2 (AP) — ")
    and past a phrase or clause set off by a comma before the subject ("Deep in the flood season,
    Ann Cole ...", "Shortly after the call ended, her campaign ...", "Led by the mayor, the rally ...")."""
    toks = d.toks
    k = d.tok_at(ustart)
    n = len(toks)
    if k < n and (toks.texts[k].isupper() and toks.texts[k].isalpha() and len(toks.texts[k]) > 1
                  or toks.caps[k] and _agency_dateline(d, k, before)):
        for j in range(k + 1, min(n, k + 12)):
            if toks.starts[j] >= before or toks.texts[j] in (".", ";", "!", "?"):
                break
            if toks.texts[j] in ("—", "–", "--", "-"):
                ustart = k_start = toks.ends[j]
                k = d.tok_at(_skip_space_right(d.text, k_start, before))
                break
    if k >= n:
        return ustart
    first = toks.lowers[k]
    second = toks.lowers[k + 1] if k + 1 < n else ""
    opener = first in d.g.bad_content_start or first in d.g.wh or first in d.g.contrast \
        or first.endswith(d.g.skip_adverb_endings) and (second in d.g.bad_content_start or second in d.g.wh) \
        or toks.caps[k] and first.endswith(d.g.past_endings + d.g.participle_endings) and (len(first) > 4 or second in d.g.prepositions) \
        and first not in d.lex.demonyms  # ("Ted", "Fred" are names; "Led by" is no name)
    if not opener:
        return ustart
    for j in range(k + 1, min(n, k + 25)):
        t = toks[j]
        if t.text == "." and (toks.lowers[j - 1] in d.g.abbreviations or len(toks.texts[j - 1]) == 1):
            continue  # "When Mr. Cole ...": an abbreviation's period ends no sentence
        if t.start >= before or t.text in (".", ";", "!", "?", ":") or d.in_quote(t.start):
            break
        if t.text == "," and j + 3 < n and toks.caps[j + 1] and toks.texts[j + 2] == "." and toks.texts[j + 3] == "," \
                and len(toks.texts[j + 1]) <= 5 and toks.ends[j + 3] < before:
            return toks.ends[j + 3]  # "In Salem, Ore., the pilot ...": a place's abbreviated state goes with it
        if t.text == ",":
            return t.end
    return ustart


def _oblique(d: _Doc, m: Mention) -> bool:
    """Whether a mention opens with an article of the genitive, dative or accusative ("des Titels", "dem
    Minister", "den Menschen"): no sentence subject."""
    articles = d.g.oblique_articles
    return bool(articles) and bool(m.text) and m.text.split(maxsplit=1)[0].lower() in articles


def _modifies_noun(d: _Doc, m: Mention) -> bool:
    """Whether a name stands before a lower-case noun as its modifier ("the Paris attacks", "the Lopez
    campaign"): the next word is lower case and no verb."""
    k = d.tok_at(m.end)
    if k >= len(d.toks):
        return False
    t = d.toks[k]
    return t.start == m.end + 1 and t.text.isalpha() and not t.cap and t.lower not in d.g.stopwords \
        and t.lower not in d.g.aux and not _verb_form(d, t.lower) and t.lower not in d.lex.verbs \
        and t.lower not in d.lex.beliefs and not t.lower.endswith(d.g.skip_adverb_endings)


def _verbish(d: _Doc, t: Token) -> bool:
    """A word that can report speech next to a quotation: a known cue, or an unknown past tense."""
    low = t.lower
    if _unread_document_verb(d, t):
        return False
    return t.text.isalpha() and not t.cap and (low in d.lex.verbs or low in d.lex.beliefs or (
        low.endswith(d.g.past_endings) and len(low) > 4))


def _unread_document_verb(d: _Doc, t: Token) -> bool:
    """A verb of [document-verbs] that is no cue here, with no document for its subject ("She read: ...")."""
    form = d.lex.verbs.get(t.lower)
    if form is None or form.lemma not in d.g.document_verbs:
        return False
    i = bisect.bisect_left(d.cue_starts, t.start)
    return not (i < len(d.cue_starts) and d.cue_starts[i] == t.start)


def _adjacent_verb(d: _Doc, q: QuoteSpan, ustart: int, uend: int) -> tuple[Mention, Cue] | None:
    """The Stanford adjacency trigrams with any verb: quote-verb-speaker, quote-speaker-verb after a
    quotation ending in , ? ! or a dash; speaker-verb-quote before one opened after a comma or colon."""
    text, toks = d.text, d.toks
    last = text[q.start:q.end].rstrip()[-1:]
    after = q.close_end
    if text[after:after + 1] == ",":
        last = ","
        after += 1
    if last in (",", "?", "!", "—", "-", "–"):
        pos = _skip_space_right(text, after, uend)
        if pos >= uend and last in ("?", "!") and not d.dialogue:
            # '"Could the fee be lowered?" Jo Banks pressed.': a short sentence of a name and a verb after the
            # question, in the same paragraph, is its attribution
            u = d.unit_of(q.open_at)
            if u + 1 < len(d.units) and d.units[u + 1][2] == d.units[u][2] \
                    and _word_count(text, d.units[u + 1][0], d.units[u + 1][1]) <= 5:
                uend = d.units[u + 1][1]
                pos = _skip_space_right(text, after, uend)
        m = d.by_start.get(pos)
        k = d.tok_at(pos)
        if m is None and k + 1 < len(toks) and toks.starts[k] == pos and toks.lowers[k] in d.g.articles:
            m = d.by_start.get(toks.starts[k + 1])
            j = k + 1
            while m is None and "nouns-capitalised" not in d.g.settings and j < min(len(toks) - 1, k + 3) \
                    and toks.texts[j].isalpha() and not toks.caps[j] and toks.lowers[j] not in d.g.stopwords:
                j += 1  # '"...," an angry Jean Dupont retaliated': adjectives before the name
                m = d.by_start.get(toks.starts[j])
                if m is not None and m.type != "name":
                    m = None
        k = d.tok_at(m.end if m is not None else pos)
        if m is not None and k < len(toks) and _verbish(d, toks[k]) and toks.starts[k] < uend:
            return m, _as_cue(toks[k])
        k = d.tok_at(pos)
        if m is None and k < len(toks) and _verbish(d, toks[k]) and toks.starts[k] < uend:
            cue = _as_cue(toks[k])
            m = _right_speaker(d, cue, uend)
            if m is not None:
                return m, cue
    before = _skip_space_left(text, q.open_at, ustart)
    if before > ustart and text[before - 1] in ",:":
        k = d.tok_at(before - 1) - 1
        while k >= 0 and toks.lowers[k] in d.g.inner_reflexive:
            k -= 1
        if k >= 0 and toks.starts[k] >= ustart and _verbish(d, toks[k]):
            cue = _as_cue(toks[k])
            m, _, negated = _left_speaker(d, cue, ustart)
            if m is not None and toks.lowers[k] in d.g.reply_nouns and toks.lowers[d.tok_at(m.start)] in d.g.articles:
                return None  # 'Hale delivered a sharp retort: "..."': a noun with its article, not a subject and verb
            if m is not None and not negated:
                return m, cue
    return None


def _copula_tag(d: _Doc, q: QuoteSpan, uend: int) -> tuple[Mention, Cue] | None:
    """Fiction's tags of a copula right after a quotation that ends in , ? ! or a dash: '"...," was all Ann
    said' ([tag-copulas], [tag-only-words], a mention, a verb), '"...," was Ann's reply' and '"...," was her
    reply' (a name with 's or a word of [possessive-genders], then one of [reply-nouns])."""
    text, toks, g = d.text, d.toks, d.g
    after = q.close_end
    last = text[q.start:q.end].rstrip()[-1:]
    if text[after:after + 1] == ",":
        last, after = ",", after + 1
    if last not in (",", "?", "!", "—", "-", "–") or not g.tag_copulas:
        return None
    pos = _skip_space_right(text, after, uend)
    k = d.tok_at(pos)
    if k + 2 >= len(toks) or toks.starts[k] != pos or toks.lowers[k] not in g.tag_copulas:
        return None
    j = k + 1
    if toks.lowers[j] in g.tag_only_words:
        m = d.by_start.get(toks.starts[j + 1])
        v = d.tok_at(m.end) if m is not None else len(toks)
        if m is not None and m.type in ("name", "pronoun") and v < len(toks) and toks.starts[v] < uend \
                and _verbish(d, toks[v]):
            return m, _as_cue(toks[v])
        return None
    gender = g.possessive_genders.get(toks.lowers[j])
    if gender is not None:
        if toks.lowers[j + 1] in g.reply_nouns and toks.starts[j + 1] < uend:
            return Mention(toks.starts[j], toks.ends[j], toks.texts[j], "pronoun", gender=gender), _as_cue(toks[j + 1])
        return None
    m = d.by_start.get(toks.starts[j])
    if m is None or m.type != "name" or text[m.end:m.end + 2] not in ("'s", "’s"):
        return None
    n = d.tok_at(m.end + 2)
    if n < len(toks) and toks.starts[n] < uend and toks.lowers[n] in g.reply_nouns:
        return m, _as_cue(toks[n])
    return None


def _inverted_tag_before(d: _Doc, q: QuoteSpan, ustart: int) -> tuple[Mention, Cue] | None:
    """Fiction's inverted tag before a quotation opened after a comma or colon: a verb, then a name or
    pronoun, opening their sentence or after words of [inversion-openers] only ('Then said Ann: "..."',
    'And then said he, "..."')."""
    text, toks = d.text, d.toks
    before = _skip_space_left(text, q.open_at, ustart)
    if not d.g.inversion_openers or before <= ustart or text[before - 1] not in ",:":
        return None
    m = d.by_end.get(_skip_space_left(text, before - 1, ustart))
    if m is None or m.type not in ("name", "pronoun"):
        return None
    k = d.tok_at(m.start) - 1
    if k < 0 or toks.starts[k] < ustart or not _verbish(d, toks[k]):
        return None
    j = k - 1
    while j >= 0 and toks.starts[j] >= ustart and toks.lowers[j] in d.g.inversion_openers:
        j -= 1
    if j == k - 1:
        return None  # 'Then' or the like must open the tag: a bare 'said Ann, "..."' is left to other rules
    if j >= 0 and toks.starts[j] >= ustart and toks.texts[j] not in (".", "!", "?", "\"", "”"):
        return None
    return m, _as_cue(toks[k])


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    if a.mention is None or b.mention is None:
        return False
    return a.mention.text.lower() == b.mention.text.lower() or a.mention is b.mention


def _floating(d: _Doc, q: QuoteSpan, u: int, upara: int, opens_para: bool,
              frames_by_unit: dict[int, list[_Frame]], last_in_para: dict[int, Attribution]) -> Attribution | None:
    """4. A quotation with no cue of its own: introduced by a colon sentence, a turn in a conversation, a
    floating quote after an attributed one, or the subject of the sentence before it."""
    intro = _introduced(d, u, frames_by_unit)
    if intro is not None:
        return Attribution("direct", q.start, q.end, intro[0], intro[1], "introduced-quote",
                           CONFIDENCE["introduced-quote"])
    if "verb-second" in d.g.settings and u > 0 and d.units[u - 1][2] == d.units[u][2]:
        # 'Nach Ansicht von X ist ... gefallen. „...“': the sentence before, in the same paragraph, has a
        # speaker of its own, of whatever kind of statement; it goes on speaking
        for f in reversed(frames_by_unit.get(u - 1, ())):
            if f.speaker.type in ("name", "description", "group", "pronoun"):
                return Attribution("direct", q.start, q.end, f.speaker, f.cue, "floating-quote",
                                   CONFIDENCE["floating-quote"])
    if "verb-second" in d.g.settings:
        after = _demonstrative_speaker(d, u)
        if after is not None:
            return Attribution("direct", q.start, q.end, after[0], after[1], "introduced-quote",
                               CONFIDENCE["introduced-quote"])
    prev = last_in_para.get(upara) or last_in_para.get(upara - 1)
    if opens_para and upara not in last_in_para and d.dialogue and prev is not None:
        # Fiction: a new paragraph of dialogue is a new turn, so the other party of the conversation.
        for back in range(2, 7):
            other = last_in_para.get(upara - back)
            if other is not None and other.mention is not None and not _same_speaker(other, prev):
                return Attribution("direct", q.start, q.end, other.mention, None, "conversation",
                                   CONFIDENCE["conversation"])
        prev = None
    if opens_para and upara not in last_in_para and d.dialogue:
        # Dialogue: when the two paragraphs before hold quotes by different speakers, speakers alternate.
        a1, a2 = last_in_para.get(upara - 1), last_in_para.get(upara - 2)
        if a1 is not None and a2 is not None and a2.mention is not None and not _same_speaker(a1, a2) \
                and _quote_paragraph(d, upara - 1):
            return Attribution("direct", q.start, q.end, a2.mention, None, "conversation",
                               CONFIDENCE["conversation"])
    if not d.dialogue and upara not in last_in_para and u > 0 and d.units[u - 1][2] == upara:
        # news: a paragraph opening with a person's sentence ('Ann Cole agreed.', 'Ann Cole touted her
        # record.') and then a quotation: she goes on, not the speaker of the paragraph before
        m = _previous_subject(d, u)
        if m is not None and m.type == "name":
            return Attribution("direct", q.start, q.end, m, None, "previous-sentence",
                               CONFIDENCE["previous-sentence"])
    if prev is not None and prev.mention is not None:
        return Attribution("direct", q.start, q.end, prev.mention, None, "floating-quote",
                           CONFIDENCE["floating-quote"])
    m = _previous_subject(d, u)
    if m is not None:
        return Attribution("direct", q.start, q.end, m, None, "previous-sentence", CONFIDENCE["previous-sentence"])
    return Attribution("direct", q.start, q.end, None, None, "unattributed", CONFIDENCE["unattributed"])


def _label_before(d: _Doc, q: QuoteSpan, ustart: int) -> Mention | None:
    """A name followed by a colon right before a quotation, standing alone as a label: opening its sentence
    or set off by a dash from a headline before it ('Polls were early - Jane Doe: "..."'), with at most a
    few words of title before it and no verb ("Former senator Ann Cole: "...""); else None."""
    colon = _skip_space_left(d.text, q.open_at, ustart)
    if colon <= ustart or d.text[colon - 1] != ":":
        return None
    m = d.by_end.get(_skip_space_left(d.text, colon - 1, ustart))
    if m is None or m.type != "name" or m.start < ustart or _after_preposition(d, m):
        return None
    k = d.tok_at(m.start) - 1
    words = 0
    while k >= 0 and d.toks.starts[k] >= ustart and d.toks.texts[k] not in ("-", "—", "–", "|"):
        t = d.toks[k]
        if not t.text[:1].isalpha() or t.lower in d.lex.verbs or d.in_quote(t.start) or words == 3:
            return None
        words += 1
        k -= 1
    return m


def _after_introducer(d: _Doc, q: QuoteSpan, u: int) -> bool:
    """Words of the grammar's [quote-introducers] right before a quotation make it speech even when each of
    its words is capitalised ('Parolen wie „Rettet den Wald“', 'chanting "Save Our Pier"')."""
    if not d.g.quote_introducers or "nouns-capitalised" in d.g.settings and _fragment_title(d, q):
        return False  # (in English, capitals after the words make a slogan: 'chanting "Save Our Pier"')
    before = d.text[max(d.units[u][0], q.open_at - 40):q.open_at].rstrip(" :,").lower()
    return _ends_with_introducer(d, before)


def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """`words` as a tuple for str.endswith/startswith, which test them all at C speed (made once a set)."""
    held = _AS_TUPLE.get(words)
    if held is None:
        held = _AS_TUPLE[words] = tuple(words)
    return held


_AS_TUPLE: dict[frozenset[str], tuple[str, ...]] = {}


def _ends_with_introducer(d: _Doc, before: str) -> bool:
    """Whether `before` (lower-cased) ends with words of [quote-introducers] as whole words ("enchanting" does
    not end with "chanting"); one test of them all at C speed first, as mostly none ends it."""
    return before.endswith(_as_tuple(d.g.quote_introducers)) \
        and any(before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum() for w in d.g.quote_introducers)


def _introduced_with_words(d: _Doc, q: QuoteSpan, ustart: int) -> Mention | None:
    """'Im Kongress warb X für das Gesetz mit den Worten: „...“': words of the grammar's [quote-introducers]
    right before a quotation (or right after it: '„...“, mit diesen Worten verabschiedete sie sich'); the first
    person or organisation of the clause not governed by a preposition speaks."""
    before = d.text[max(ustart, q.open_at - 40):q.open_at].rstrip(" :,").lower()
    after = d.text[q.close_end:q.close_end + 40].lstrip(" ,–—-").lower()  # '„...“ – mit diesen Worten'
    if _ends_with_introducer(d, before):
        lo, hi = ustart, q.open_at
        k = d.tok_at(ustart)
        while k < len(d.toks) and d.toks.starts[k] < q.open_at:
            form = d.lex.verbs.get(d.toks.lowers[k])
            if form is not None and form.lemma in d.g.quoting_verbs and not d.toks.caps[k]:
                lo = d.toks.ends[k]  # 'Der Sender zitiert den Gärtner mit den Worten „...“': the one quoted speaks
                break
            k += 1
    elif after.startswith(_as_tuple(d.g.quote_introducers)):
        # '„...“, mit diesen Worten verabschiedete sie sich': the speaker follows in the same sentence
        u = d.unit_of(q.open_at)
        hi = d.units[u][1]
        if hi <= q.close_end + 1 and u + 1 < len(d.units):
            hi = d.units[u + 1][1]  # '„Wir bleiben.“ – mit diesen Worten ...': the quotation closed its sentence
        lo = q.close_end
    else:
        return None
    k = bisect.bisect_left(d.mention_starts, lo)
    found = None
    while k < len(d.mentions) and d.mentions[k].start < hi:
        m = d.mentions[k]
        if m.type in ("name", "description", "group", "pronoun") and not _after_preposition(d, m) \
                and not (m.type == "pronoun" and m.gender == "n"):
            if "nouns-capitalised" in d.g.settings or hi != q.open_at:
                return m
            k0 = d.tok_at(m.start) - 1
            if not (m.type == "pronoun" and m.text.lower() in d.g.possessive_genders) \
                    and not (k0 >= 0 and not d.toks.caps[k0] and _verb_form(d, d.toks.lowers[k0])
                             and m.text.lower() not in d.g.subject_pronouns):
                # (nor the object right after a verb: 'the crowd greeted Ann Cole with chants of "..."'; a
                # subject pronoun there opens a clause: 'when she returned she began by saying "..."')
                found = m  # English: the actor nearest the words ('Ann Cole spoke, and the crowd answered with
                # chants of "..."'), not a possessive ('Ann Cole closed her speech by saying "..."')
        k += 1
    if found is not None:
        return found
    if "nouns-capitalised" in d.g.settings and lo > ustart and hi == q.open_at:
        # 'Der Sender zitiert den Gärtner mit den Worten „...“': the one quoted, a noun phrase no lexicon lists
        return _mention_or_phrase_at(d, d.tok_at(lo), hi)
    return None


def _first_actor(d: _Doc, start: int, end: int) -> Mention | None:
    """The first name, description or group between start and end that no preposition governs."""
    k = bisect.bisect_left(d.mention_starts, start)
    while k < len(d.mentions) and d.mentions[k].start < end:
        m = d.mentions[k]
        if m.type in ("name", "description", "group") and not _after_preposition(d, m) and not d.in_quote(m.start):
            return m
        k += 1
    return None


def _demonstrative_speaker(d: _Doc, u: int) -> tuple[Mention, Cue] | None:
    """'„...“ Das sagte Peter Kranold am Montag.' / '„...“ Dies musste die Ministerin einräumen.': the next
    sentence of the paragraph opens with a demonstrative subject and holds a reporting verb; the first
    name or description in it speaks."""
    if u + 1 >= len(d.units) or d.units[u + 1][2] != d.units[u][2]:
        return None
    ustart, uend, _ = d.units[u + 1]
    k = d.tok_at(_skip_space_right(d.text, ustart, uend))
    if k >= len(d.toks) or d.toks.lowers[k] not in d.g.demonstrative_pronouns or d.toks.lowers[k] not in d.g.subject_pronouns:
        return None
    c = bisect.bisect_left(d.cue_starts, ustart)
    if c >= len(d.cues) or d.cues[c].start >= uend or d.cues[c].type not in ("verb", "phrase"):
        return None
    j = bisect.bisect_left(d.mention_starts, d.toks.ends[k])
    while j < len(d.mentions) and d.mentions[j].start < uend:
        m = d.mentions[j]
        if m.type in ("name", "description", "group") and not _after_preposition(d, m):
            return m, d.cues[c]
        j += 1
    return None


def _quote_paragraph(d: _Doc, p: int) -> bool:
    """Whether paragraph p begins with a quotation (a turn of dialogue)."""
    if p < 0:
        return False
    q = d.in_quote(_skip_space_right(d.text, d.paras[p].start, d.paras[p].end))
    return q is not None


def _introduced(d: _Doc, u: int, frames_by_unit: dict[int, list[_Frame]]) -> tuple[Mention, Cue] | None:
    """A speaker introduced by the previous unit ending in a colon: 'Smith wrote on Twitter:'."""
    if u == 0:
        return None
    pstart, pend, _ = d.units[u - 1]
    end = _skip_space_left(d.text, pend, pstart)
    if end > pstart and d.text[end - 1] == ":":
        for f in frames_by_unit.get(u - 1, ()):
            return f.speaker, f.cue
        k = d.tok_at(pstart)
        while k < len(d.toks) and d.toks.starts[k] < end:
            t = d.toks[k]
            if (t.lower in d.lex.verbs or t.lower in d.lex.phrases) and not _unread_document_verb(d, t):
                speaker, _, neg = _left_speaker(d, _as_cue(t), pstart)
                if speaker is not None and not neg:
                    return speaker, _as_cue(t)
            k += 1
        # 'The mayor issued the following statement:' (no cue verb): the subject of the verb that issued the
        # document the quotation reproduces
        k = d.tok_at(pstart)
        while k < len(d.toks) and d.toks.starts[k] < end:
            if d.toks.lowers[k] in d.g.document_nouns:
                for j in range(k - 1, max(d.tok_at(pstart), k - 4) - 1, -1):
                    t = d.toks[j]
                    if _verbish(d, t):
                        speaker, _, neg = _left_speaker(d, _as_cue(t), pstart)
                        if speaker is not None and not neg:
                            return speaker, _as_cue(t)
                        break
            k += 1
    return None


def _as_cue(t: Token) -> Cue:
    return Cue(t.start, t.end, t.text, t.lower, "verb")


def _previous_subject(d: _Doc, u: int) -> Mention | None:
    """The subject of the previous unit in the same paragraph, when it starts with a person."""
    if u == 0:
        return None
    pstart, pend, ppara = d.units[u - 1]
    if ppara < d.units[u][2] - 1 or d.quotes_in(pstart, pend):
        return None
    m = d.by_start.get(pstart)
    k = d.tok_at(pstart)
    if m is None and k + 1 < len(d.toks) and _age_noun(d, d.toks.lowers[k]):
        m = d.by_start.get(d.toks.starts[k + 1])  # '61-year-old Ann Cole agreed.': an age before the name
        m = m if m is not None and m.type == "name" else None
    if m is not None and m.type in ("name", "pronoun") and not m.org:
        return m
    return None
