"""Stage 2: pair quotation marks into quoted spans, over offsets of the original text.

Pairing follows the rules of Stanford CoreNLP's QuoteAnnotator in spirit: a mark's role (open, close,
apostrophe) is decided from the characters around it and from which quotes are open. Double marks and
single marks form two families; a quote of one family may nest inside the other. Recovery is local:
an unclosed quote is closed at its paragraph end, unless the next paragraph re-opens it (a continued
quote, the news convention for a quotation over several paragraphs); a stray closing mark is ignored.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from . import lazyregex
from .models import Paragraph, QuoteSpan, make_quotespan

_MARK = lazyregex.compile(r"``|''|[\"“”„«»‹›「」『』‘’‚']")
# The marks find_quotes looks at: _MARK's, except a single ' or ’ between two letters or digits (don't,
# O'Neill, Smith’s), which is always an apostrophe (the scan would pass over it). In re, [^\W_] is exactly
# what str.isalnum() holds, the test the scan made.
# Spelt as one class of first characters and then lookarounds, which lets re skip to the next candidate
# character at C speed (twice as fast as _MARK's own search; alternatives with a look-behind first would not).
_MARK_SCAN = re.compile(r"[`\"“”„«»‹›「」『』‘’‚'](?:(?<=`)`|(?<=')'|(?<=[\"“”„«»‹›「」『』‘‚])"
                        r"|(?<=['’])(?<![^\W_].)|(?<=['’])(?![^\W_]))")
# Marks that only open, only close, or whose role depends on context; value = family.
_DOUBLE, _SINGLE = "double", "single"
_FAMILY = {
    '"': _DOUBLE, "“": _DOUBLE, "”": _DOUBLE, "„": _DOUBLE, "«": _DOUBLE, "»": _DOUBLE, "``": _DOUBLE,
    "''": _DOUBLE, "「": _DOUBLE, "」": _DOUBLE,
    "'": _SINGLE, "‘": _SINGLE, "’": _SINGLE, "‚": _SINGLE, "‹": _SINGLE, "›": _SINGLE, "『": _SINGLE,
    "』": _SINGLE,
}
# For each closing mark, the opening marks it closes.
_CLOSES = {
    '"': {'"', "“", "„", "``"}, "”": {'"', "“", "„", "``", "”"}, "“": {"„"}, "''": {"``", '"', "“", "''"},
    "»": {"«", '"', "“"}, "«": {"»"}, "」": {"「"},
    "'": {"'", "‘", "‚"}, "’": {"'", "‘", "‚", "’"}, "‘": {"‚"}, "›": {"‹"}, "‹": {"›"}, "』": {"『"},
}
_ALWAYS_OPEN = {"“", "„", "«", "``", "「", "‹", "‘", "‚", "『"}
_MAX_DEPTH = 4
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {"\u00a0"}
# Elisions that begin with an apostrophe and are not quotes: 'Tis, 'em, rock 'n' roll, the '90s.
_ELISION = lazyregex.compile(r"(?i)(?:tis|twas|em|n|cause|til|till|bout|round|s|\d\ds?|\ds)\b")


_ELLIPSIS_AFTER = lazyregex.compile(r"[ \u00a0]?(?:…|\.\.\.)")


@dataclass(slots=True)
class _Open:
    mark: str
    open_at: int
    family: str
    first_para: int
    paragraphs: int = 1


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, j: int) -> str:
    return text[j] if j < len(text) else " "


def _can_open(text: str, i: int, j: int) -> bool:
    before, after = _prev(text, i), _next(text, j)
    return (before.isspace() or before in _OPEN_BEFORE or before in _FAMILY) and not after.isspace()


def _can_close(text: str, i: int, j: int) -> bool:
    before, after = _prev(text, i), _next(text, j)
    return not before.isspace() and (after.isspace() or not after.isalnum())


_SINGLE_OPEN = lazyregex.compile(r"‘|(?<![\w'’])'(?=\w)")
_POSSESSED = lazyregex.compile(r" +\p{Ll}")
_DIALOGUE_CLOSE = {"'": lazyregex.compile(r"[,.!?;:—–-]'(?!\w)"), "’": lazyregex.compile(r"[,.!?;:—–-]’(?!\w)")}


def _plural_possessive(text: str, i: int, j: int, para_end: int) -> bool:
    """Whether the apostrophe at i, which could close a single-quoted quotation, is inside it: a plural
    possessive or a dropped sound ("'The girls' school is shut,' said he", "'goin' home'", "'five o' the
    clock'"): after a letter, before a lower-case word, and with a mark of its kind that closes a spoken
    sentence (after a comma or stop) later in the paragraph."""
    if not text[i - 1:i].isalpha() or not _POSSESSED.match(text, j):
        return False
    closer = _DIALOGUE_CLOSE[text[i]].search(text, j, min(para_end, j + 600))  # bounded: the scan stays linear
    # and no quotation opens before that mark: "Just ‘Three Cases’ where Fees ‘Vanished.’" has two
    return closer is not None and _SINGLE_OPEN.search(text, j, closer.start()) is None


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """Every quoted span of `text`, sorted by start; nested quotes have depth 1."""
    out: list[QuoteSpan] = []
    stack: list[_Open] = []
    para_ends = [p.end for p in paras]
    pi = 0  # index of the paragraph the scan is in

    def close(o: _Open, content_end: int, close_end: int, recovered: bool) -> None:
        start = o.open_at + len(o.mark)
        while start < content_end and text[start].isspace():
            start += 1
        while content_end > start and text[content_end - 1].isspace():
            content_end -= 1
        if content_end > start:
            out.append(make_quotespan(start, content_end, o.open_at, close_end, o.mark,
                                      depth=sum(1 for s in stack if s is not o and s.open_at < o.open_at),
                                      recovered=recovered, paragraphs=o.paragraphs))

    def end_paragraph(k: int, reopen_at: int | None) -> None:
        # At the end of paragraph k: a quote the next paragraph re-opens goes on, others close here.
        nonlocal stack
        keep: list[_Open] = []
        for o in stack:
            if reopen_at is not None and o is stack[0]:
                o.paragraphs += 1
                keep.append(o)
            else:
                close(o, paras[k].end, paras[k].end, recovered=True)
        stack = keep

    skip_until = -1
    for m in _MARK_SCAN.finditer(text):
        i, j = m.span()
        if i < skip_until:
            continue
        if not stack and pi < len(paras) and i >= para_ends[pi]:
            pi = bisect.bisect_right(para_ends, i, pi)  # past paragraphs with no quotation open: nothing to end
        while pi < len(paras) and i >= para_ends[pi]:
            nxt = paras[pi + 1].start if pi + 1 < len(paras) else None
            reopen = None
            if stack and nxt is not None:
                mm = _MARK.match(text, nxt)
                if mm and mm.group() in _FAMILY and _FAMILY[mm.group()] == stack[0].family \
                        and _can_open(text, mm.start(), mm.end()) and stack[0].paragraphs < 50:
                    reopen = mm.start()
            end_paragraph(pi, reopen)
            pi += 1
            if reopen is not None:
                skip_until = reopen + len(_MARK.match(text, reopen).group())
                if i < skip_until:
                    break
        if i < skip_until:
            continue
        mark = m.group()
        if mark == "''" and _next(text, j).isalpha() and _ELISION.match(text, j) and _can_open(text, i, i + 1):
            mark, j = "'", i + 1  # "''Tis true,' said he": a single quotation opens, then an elision
        family = _FAMILY[mark]
        # Which open quote would this mark close?
        target = None
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].family == family:
                if stack[k].mark in _CLOSES.get(mark, ()):
                    target = k
                break
        typo_close = False
        if target is None and mark == "“" and _can_close(text, i, j) and not _can_open(text, i, j) \
                and _prev(text, i) in ",.!?" and stack and stack[-1].family == family and stack[-1].mark in ("“", '"'):
            # '“It is unusual,“ said X': an opening mark typed where the closing one belongs, right after the
            # quotation's last punctuation and before a space, closes it
            target, typo_close = len(stack) - 1, True
        if family == _SINGLE and mark in ("'", "’"):
            before, after = _prev(text, i), _next(text, j)
            if before == "n" and i >= 2 and text[i - 2] in "'’":
                continue  # rock 'n' roll
            if before.isalnum() and after.isalnum():
                continue  # don't, O'Neill
            if target is not None and _can_close(text, i, j) \
                    and not _plural_possessive(text, i, j, para_ends[pi] if pi < len(paras) else len(text)):
                pass
            elif mark == "'" and _can_open(text, i, j) and not _ELISION.match(text, j) \
                    and not (stack and stack[-1].family == _SINGLE and stack[-1].first_para == pi
                             and _next(text, j).islower()):
                # (inside a single-quoted quotation of this paragraph, ' before a small letter drops a
                # sound: "'I ain't seen 'im since,' said Joe")
                target = None
            else:
                continue  # an apostrophe: leaders' summit, 'Tis
        if target is not None and (mark not in _ALWAYS_OPEN or stack[target].mark in _CLOSES.get(mark, ())
                                   or typo_close):
            if mark in _ALWAYS_OPEN and not _can_close(text, i, j) and _can_open(text, i, j) \
                    and stack[target].mark == mark:
                target = None  # “ after “: the first was never closed; handled below as a new quote
            if target is not None:
                # inner quotes of the other family left open are closed here too
                while len(stack) - 1 > target:
                    inner = stack.pop()
                    close(inner, i, i, recovered=True)
                o = stack.pop()
                close(o, i, j, recovered=False)
                continue
        if mark in ("”", "»", "」", "』", "›", "’") and mark not in _ALWAYS_OPEN:
            # a closing-only mark with nothing to close: Swedish ”…” and Danish »…« open with it
            if not (mark in ("”", "»", "›") and _can_open(text, i, j) and not _can_close(text, i, j)) \
                    and not (mark == "”" and not stack and pi < len(paras) and i == paras[pi].start
                             and _ELLIPSIS_AFTER.match(text, j)):
                # ('” … the plan is dead,” wrote X': a quotation cut short at its start opens a paragraph
                # with a closing mark and an ellipsis)
                continue
        elif mark in ("'", '"', "''") and not _can_open(text, i, j):
            if mark in ('"', "''") and not stack and i > 0:
                continue  # a stray closer
        elif mark == "‘" and _ELISION.match(text, j) and not _next(text, j).isupper():
            continue  # ‘90s, ‘em
        # An opening mark of the same family as the innermost open quote, which does not nest:
        # the earlier quote was left unclosed; close it here. Nesting deeper than _MAX_DEPTH is a run
        # of unbalanced marks, not quotation: the innermost is closed too (this keeps the scan linear).
        if stack and (stack[-1].family == family or len(stack) >= _MAX_DEPTH):
            o = stack.pop()
            close(o, i, i, recovered=True)
        stack.append(_Open(mark, i, family, pi))
    while pi < len(paras) and stack:  # (ending a paragraph with nothing to reopen leaves nothing open)
        end_paragraph(pi, None)
        pi += 1
    for o in stack:
        close(o, len(text), len(text), recovered=True)
    out.sort(key=lambda q: (q.start, -q.end))
    return out


def outside(items: list, spans: list[QuoteSpan]) -> list:
    """The items (anything with a `start`) that lie outside every outermost quotation, in order."""
    outer = [q for q in spans if q.depth == 0]
    opens = [q.open_at for q in outer]
    starts = [item.start for item in items]
    if opens == sorted(opens) and starts == sorted(starts):
        # (mostly so) the items of each quotation's stretch, found by bisection, are left out in one go
        # rather than item by item: an item is inside where the last quotation opening at or before it
        # has not closed yet, so each quotation's stretch ends where it closes or the next one opens
        out = []
        at = 0  # items before this index are taken or left out
        for k, q in enumerate(outer):
            end = min(q.close_end, opens[k + 1]) if k + 1 < len(opens) else q.close_end
            if end <= q.open_at:
                continue
            lo = bisect.bisect_left(starts, q.open_at, at)
            out += items[at:lo]
            at = bisect.bisect_left(starts, end, lo)
        out += items[at:]
        return out
    out = []
    for item in items:
        k = bisect.bisect_right(opens, item.start) - 1
        if k >= 0 and outer[k].open_at <= item.start < outer[k].close_end:
            continue
        out.append(item)
    return out
