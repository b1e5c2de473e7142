"""The `html` output: one self-contained page that shows every quote where it stands in its document.

Each document's text is shown with every quote highlighted in its speaker's colour, a kind marker before it
(D direct, M mixed, I indirect, also told apart by the border under it: solid, dashed, dotted), the cue
underlined and the speaker mention in bold in a box. Hovering or focusing a quote (every quote is a tab
stop) shows speaker, title, kind, cue, rule and confidence. A sidebar lists the speakers with their counts;
choosing one keeps only that speaker's highlights and documents (also from the address: `#speaker=NAME`, and
`#d1-q0` focuses a quote). Several documents get a table of contents.

The page needs nothing else: CSS and a little JS are inline, the Content-Security-Policy allows only those
(by hash), so even a bug in escaping could not make it load or run anything. Without JS it still shows the
highlights, markers and a tooltip (the `title`); only filtering needs JS. Printed, the speaker of each quote
is written after it.

Markup: documents are rendered as they come (the quotes and text are not kept) into a spooled temporary
file; the head, speaker list and contents, which need every document, are written at `close()`. The
browser lays out only the documents on screen (content-visibility), so a few hundred load in well under
a second.
Offsets are Python str indices into the text. Quotes, mentions and cues may overlap in any way, so the
markup is built from the sorted boundaries of all spans: quotes are always the outermost element (a mention
or cue crossing a quote boundary is split, never the quote), and an element that must be split continues as
a `cont` piece without an id.
"""
from __future__ import annotations

import base64
import hashlib
import html
import math
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from . import __version__
from .models import DOCUMENT_FIELDS, Quote

KIND_WORDS = {"direct": "direct quote", "mixed": "mixed quote", "indirect": "indirect speech"}
UNATTRIBUTED = "(unattributed)"  # the speaker list's entry for quotes without a speaker; `#speaker=` key
UNATTRIBUTED_ID = "s0"
# Light backgrounds that keep near-black text (TEXT_COLOUR) above 7:1 and stay apart from each other
# (ColorBrewer Set3, its red and purple lightened). Colours repeat over an archive, chosen so that speakers
# of one document differ (HtmlWriter.colours).
PALETTE: tuple[str, ...] = (
    "#8dd3c7", "#fdb462", "#bebada", "#fc8b7f", "#80b1d3", "#b3de69", "#fccde5", "#ffed6f", "#cc99cc",
    "#ccebc5", "#e5c494",
)
UNATTRIBUTED_COLOUR = "#e2e2e2"
TEXT_COLOUR = "#1b1b1b"
SPOOL_BYTES = 8 << 20  # rendered documents are kept in memory up to this size, then in a temporary file
TOC_OPEN_UP_TO = 40  # the table of contents starts folded for more documents than this

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _clean(text: str) -> str:
    """Characters HTML cannot carry (controls, lone surrogates) as U+FFFD, one for one, so offsets hold."""
    return _CONTROL.sub("\ufffd", text)


def _esc(text: str) -> str:
    return html.escape(_clean(text), quote=True)


def darken(colour: str, factor: float = 0.5) -> str:
    """`colour` (#rrggbb) with each channel scaled by `factor`: the outline and swatch of a speaker."""
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * factor):02x}" for c in channels)


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* of a #rrggbb colour (D65), to tell how alike two highlights look."""
    r, g, b = (_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


CLOSE = 45.0  # colours nearer than this (CIE76 distance) look alike side by side
_DISTANCE = {(a, b): math.dist(_lab(a), _lab(b)) for a in PALETTE for b in PALETTE}


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        r, g, b = (_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# ------------------------------------------------------------------------------------------- one document

@dataclass(eq=False)
class _Span:
    """An element to wrap around text[start:end]: layer 0 (quotes) is always outside layer 1 (cues, mentions)."""

    start: int
    end: int
    layer: int
    order: int
    tag: str
    attrs: str  # the attributes of the first piece
    cont_attrs: str  # the attributes of a continuation piece
    opened: bool = False

    def key(self) -> tuple[int, int, int, int]:
        return (self.layer, self.start, -self.end, self.order)

    def open(self) -> str:
        attrs = self.cont_attrs if self.opened else self.attrs
        self.opened = True
        return f"<{self.tag} {attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _clamp(value: int | None, size: int) -> int | None:
    if value is None:
        return None
    return max(0, min(int(value), size))


def quote_title(quote: Quote) -> str:
    """The tooltip of a quote, one fact a line: speaker, title, kind and cue, rule and confidence."""
    lines = [quote.speaker or ("Unattributed" + (f" (mentioned as “{quote.mention}”)" if quote.mention else ""))]
    if quote.speaker_title:
        lines.append(quote.speaker_title)
    facts = [KIND_WORDS.get(quote.kind, quote.kind)]
    if quote.cue:
        facts.append(f"cue “{quote.cue}”")
    if quote.speaker and quote.mention and quote.speaker not in quote.mention:
        facts.append(f"named as “{quote.mention}”")
    lines.append(" · ".join(facts))
    lines.append(f"rule {quote.rule} · confidence {quote.confidence:.2f}")
    return "\n".join(lines)


def render_text(text: str, spans: list[_Span], paragraphs: list[tuple[int, int]]) -> str:
    """`text` escaped, in <p> elements, with `spans` wrapped around their characters and properly nested.

    A gap between paragraphs that no span crosses ends the <p>; one that a span crosses (a quote continued
    over paragraphs) stays in the text as its newlines (the CSS keeps them: white-space: pre-wrap).
    """
    size = len(text)
    empty = [s for s in spans if s.start >= s.end]
    spans = [s for s in spans if s.start < s.end]
    gaps: dict[int, int] = {}
    previous = 0
    for start, end in paragraphs + [(size, size)]:
        if start > previous:
            gaps[previous] = start
        previous = max(previous, end)
    for s in spans:  # a span across a gap keeps it as text
        for a in [a for a, b in gaps.items() if s.start < b and s.end > a]:
            del gaps[a]
    for s in empty:
        for a in [a for a, b in gaps.items() if a < s.start < b]:
            del gaps[a]
    starts: dict[int, list[_Span]] = {}
    ends: dict[int, list[_Span]] = {}
    empty_at: dict[int, list[_Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    for s in empty:
        empty_at.setdefault(s.start, []).append(s)
    points = sorted({0, size, *starts, *ends, *empty_at, *gaps, *gaps.values()})

    out: list[str] = []
    stack: list[_Span] = []
    active: set[_Span] = set()
    in_para = False

    def para() -> None:
        nonlocal in_para
        if not in_para:
            out.append("<p>")
            in_para = True

    for i, p in enumerate(points):
        nxt = points[i + 1] if i + 1 < len(points) else size
        active.difference_update(ends.get(p, ()))
        active.update(starts.get(p, ()))
        desired = sorted(active, key=_Span.key)
        keep = 0
        while keep < len(stack) and keep < len(desired) and stack[keep] is desired[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            out.append(s.close())
        stack = stack[:keep]
        for s in empty_at.get(p, ()):
            para()
            out.append(s.open() + s.close())
        if p in gaps:  # nothing is open here: desired is empty, since no span crosses a gap
            if in_para:
                out.append("</p>")
                in_para = False
            continue
        if p >= size:
            break
        para()
        for s in desired[keep:]:
            out.append(s.open())
        stack = desired
        out.append(_esc(text[p:nxt]))
    for s in reversed(stack):
        out.append(s.close())
    if in_para:
        out.append("</p>")
    return "".join(out)


@dataclass
class _Speaker:
    sid: str
    name: str
    title: str | None
    quotes: int = 0
    documents: int = 0
    order: int = 0


@dataclass
class _Doc:
    anchor: str
    doc_id: str
    quotes: int
    sids: list[str] = field(default_factory=list)


class HtmlWriter:
    """The `html` format: documents are rendered as they come; the page is written at `close()`."""

    def __init__(self, stream: TextIO, *, title: str | None = None):
        self.stream = stream
        self.title = title
        self.speakers: dict[str | None, _Speaker] = {}  # by name; None: the unattributed quotes
        self.docs: list[_Doc] = []
        self.total = 0
        self.closed = False
        self.body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="")

    # -------------------------------------------------------------------------------------------- speakers

    def _speaker(self, quote: Quote) -> _Speaker:
        speaker = self.speakers.get(quote.speaker)
        if speaker is None:
            sid = UNATTRIBUTED_ID if quote.speaker is None else f"s{len(self.speakers) + 1}"
            speaker = _Speaker(sid, quote.speaker or UNATTRIBUTED, quote.speaker_title, order=len(self.speakers))
            self.speakers[quote.speaker] = speaker
        elif speaker.title is None and quote.speaker_title:
            speaker.title = quote.speaker_title
        return speaker

    def _label(self, speaker: _Speaker) -> str:
        return "Unattributed" if speaker.sid == UNATTRIBUTED_ID else speaker.name

    # ------------------------------------------------------------------------------------------- documents

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Render one document (its text with the quotes marked, or the quotes alone without text); a web
        page's title, author, date and url (`fields`) go under its name."""
        if self.closed:
            raise ValueError("the report is already written")
        anchor = f"d{len(self.docs) + 1}"
        doc = _Doc(anchor, doc_id, len(quotes))
        per_speaker: dict[str, int] = {}  # quotes by speaker id
        by_sid: dict[str, _Speaker] = {}
        sids = []
        for quote in quotes:
            speaker = self._speaker(quote)
            sids.append(speaker.sid)
            speaker.quotes += 1
            if speaker.sid not in per_speaker:
                speaker.documents += 1
            by_sid[speaker.sid] = speaker
            per_speaker[speaker.sid] = per_speaker.get(speaker.sid, 0) + 1
        doc.sids = sorted(set(sids), key=lambda sid: int(sid[1:]))
        self.docs.append(doc)
        self.total += len(quotes)

        parts = [f'<article id="{anchor}" class="doc" aria-labelledby="{anchor}-h" '
                 f'data-sids="{" ".join(doc.sids)}">',
                 f'<header class="doc-head"><h2 id="{anchor}-h">{_esc(doc_id)}</h2>']
        if fields:
            parts.append('<p class="doc-fields">' + " · ".join(
                _esc(str(fields[name])) for name in DOCUMENT_FIELDS if name in fields) + "</p>")
        chips = []
        for sid, count in sorted(per_speaker.items(), key=lambda item: (-item[1], by_sid[item[0]].order)):
            speaker = by_sid[sid]
            chips.append(f'<button type="button" class="chip {speaker.sid}" data-sid="{speaker.sid}">'
                         f'<span class="sw" aria-hidden="true"></span>{_esc(self._label(speaker))}'
                         f' <span class="ct">{count}</span></button>')
        count = f"{len(quotes)} quote{'' if len(quotes) == 1 else 's'}" if quotes else "no quotes found"
        parts.append(f'<p class="meta">{count}{": " if chips else ""}{" ".join(chips)}</p>')
        parts.append("</header>")
        if text is None:
            parts.append(self._quote_list(anchor, quotes, sids))
        else:
            parts.append('<div class="text">' + self._marked_text(anchor, quotes, sids, text) + "</div>")
        parts.append('<p class="up"><a href="#top">Back to the top</a></p></article>\n')
        self.body.write("".join(parts))

    def _quote_attrs(self, anchor: str, i: int, quote: Quote, sid: str, extra: str = "") -> tuple[str, str]:
        classes = f"q {sid} k-{_esc(quote.kind)}"
        title = _esc(quote_title(quote)).replace("\n", "&#10;")
        data = (f'data-speaker="{_esc(quote.speaker or "")}" data-kind="{_esc(quote.kind)}" '
                f'data-rule="{_esc(quote.rule)}" data-confidence="{quote.confidence}"')
        first = f'class="{classes}" id="{anchor}-q{i}" tabindex="0" {data}{extra} title="{title}"'
        cont = (f'class="{classes} cont" data-of="{anchor}-q{i}" data-speaker="{_esc(quote.speaker or "")}" '
                f'title="{title}"')
        return first, cont

    def _marked_text(self, anchor: str, quotes: Sequence[Quote], sids: list[str], text: str) -> str:
        from .segment import paragraphs

        size = len(text)
        spans: list[_Span] = []
        mentions: dict[tuple[int, int], tuple[str, list[str]]] = {}
        cues: dict[tuple[int, int], list[str]] = {}
        for i, quote in enumerate(quotes):
            qid = f"{anchor}-q{i}"
            if quote.mention_start is not None and quote.mention_end is not None:
                key = (_clamp(quote.mention_start, size), _clamp(quote.mention_end, size))
                if key[0] < key[1]:
                    mentions.setdefault(key, (sids[i], []))[1].append(qid)
            if quote.cue_start is not None and quote.cue_end is not None:
                key = (_clamp(quote.cue_start, size), _clamp(quote.cue_end, size))
                if key[0] < key[1]:
                    cues.setdefault(key, []).append(qid)
        mention_ids = {key: f"{anchor}-m{n}" for n, key in enumerate(sorted(mentions))}
        cue_ids = {key: f"{anchor}-c{n}" for n, key in enumerate(sorted(cues))}
        related: dict[str, list[str]] = {}
        for key, (sid, qids) in mentions.items():
            for qid in qids:
                related.setdefault(qid, []).append(mention_ids[key])
            spans.append(_Span(key[0], key[1], 1, len(spans), "span",
                               f'class="m {sid}" id="{mention_ids[key]}" data-for="{" ".join(qids)}"',
                               f'class="m {sid} cont"'))
        for key, qids in cues.items():
            for qid in qids:
                related.setdefault(qid, []).append(cue_ids[key])
            spans.append(_Span(key[0], key[1], 1, len(spans), "span",
                               f'class="cue" id="{cue_ids[key]}" data-for="{" ".join(qids)}"', 'class="cue cont"'))
        for i, quote in enumerate(quotes):
            qid = f"{anchor}-q{i}"
            start, end = _clamp(quote.start, size), _clamp(quote.end, size)
            if end < start:
                start, end = end, start
            extra = f' data-parts="{" ".join(related[qid])}"' if qid in related else ""
            first, cont = self._quote_attrs(anchor, i, quote, sids[i], extra)
            spans.append(_Span(start, end, 0, i, "mark", first, cont))
        paras = [(p.start, p.end) for p in paragraphs(text)]
        return render_text(text, spans, paras)

    def _quote_list(self, anchor: str, quotes: Sequence[Quote], sids: list[str]) -> str:
        """Without the text (a caller that did not give it): the quotes alone, in order."""
        out = ['<p class="note">The text of this document was not given; its quotes alone:</p><ol class="qlist">']
        for i, quote in enumerate(quotes):
            first, _ = self._quote_attrs(anchor, i, quote, sids[i])
            speaker = self._label(self.speakers[quote.speaker])
            out.append(f'<li><mark {first}>{_esc(quote.quote)}</mark> '
                       f'<span class="who">— {_esc(speaker)}</span></li>')
        out.append("</ol>")
        return "".join(out)

    # ------------------------------------------------------------------------------------------ the page

    def _ranked(self) -> list[_Speaker]:
        return sorted(self.speakers.values(), key=lambda s: (-s.quotes, s.order))

    def colours(self) -> dict[str, str]:
        """A palette colour per speaker id: speakers of one document differ when the palette allows.

        Greedy, most quoted first: each takes a colour that no speaker sharing a document with it has yet
        (else the one fewest of them have), then the one least like theirs, then the least used so far.
        """
        neighbours: dict[str, set[str]] = {}
        for doc in self.docs:
            for sid in doc.sids:
                neighbours.setdefault(sid, set()).update(doc.sids)
        colours: dict[str, str] = {}
        used = dict.fromkeys(PALETTE, 0)
        for speaker in self._ranked():
            if speaker.sid == UNATTRIBUTED_ID:
                continue
            taken = [colours[n] for n in neighbours.get(speaker.sid, ()) if n in colours]

            def cost(c: str) -> tuple:
                near = sum(max(0.0, CLOSE - _DISTANCE[c, t]) for t in taken)
                return (taken.count(c), round(near), used[c], PALETTE.index(c))

            colour = min(PALETTE, key=cost)
            colours[speaker.sid] = colour
            used[colour] += 1
        return colours

    def _style(self) -> str:
        rules = [CSS, f".{UNATTRIBUTED_ID}{{--hl:{UNATTRIBUTED_COLOUR};--dk:{darken(UNATTRIBUTED_COLOUR)}}}\n"]
        for sid, colour in self.colours().items():
            rules.append(f".{sid}{{--hl:{colour};--dk:{darken(colour)}}}\n")
        return "".join(rules)

    def _sidebar(self) -> str:
        named = sum(1 for s in self.speakers.values() if s.sid != UNATTRIBUTED_ID)
        out = ['<aside id="sidebar" aria-labelledby="speakers-h">',
               f'<h2 id="speakers-h">Speakers <span class="ct">{named}</span></h2>',
               '<p class="hint js-only">Choose a speaker to highlight only their quotes.</p>',
               '<input type="search" id="speaker-search" class="js-only" placeholder="Find a speaker" '
               'aria-label="Find a speaker" autocomplete="off">',
               f'<button type="button" id="show-all" class="all js-only" aria-pressed="true">All speakers '
               f'<span class="ct">{self.total}</span></button>',
               '<ul class="speakers">']
        for speaker in self._ranked():
            plural = "" if speaker.quotes == 1 else "s"
            where = f"in {speaker.documents} document{'' if speaker.documents == 1 else 's'}"
            title = f'<span class="ti">{_esc(speaker.title)}</span>' if speaker.title else ""
            out.append(f'<li data-sid="{speaker.sid}"><button type="button" class="sp {speaker.sid}" '
                       f'data-sid="{speaker.sid}" data-speaker="{_esc(speaker.name)}" aria-pressed="false" '
                       f'title="{speaker.quotes} quote{plural} {where}">'
                       f'<span class="sw" aria-hidden="true"></span><span class="nm">{_esc(self._label(speaker))}'
                       f'</span>{title}<span class="ct">{speaker.quotes}<span class="sr"> quote{plural}</span>'
                       f'</span></button></li>')
        out.append("</ul>")
        if not self.speakers:
            out.append('<p class="hint">No quotes found.</p>')
        out.append("</aside>")
        return "".join(out)

    def _toc(self) -> str:
        if len(self.docs) < 2:
            return ""
        is_open = " open" if len(self.docs) <= TOC_OPEN_UP_TO else ""
        out = [f'<nav class="toc" aria-labelledby="toc-h"><details{is_open}><summary><h2 id="toc-h">'
               f'Contents <span class="ct">{len(self.docs)} documents</span></h2></summary><ol>']
        for doc in self.docs:
            quotes = f"{doc.quotes} quote{'' if doc.quotes == 1 else 's'}" if doc.quotes else "no quotes"
            out.append(f'<li data-sids="{" ".join(doc.sids)}"><a href="#{doc.anchor}">{_esc(doc.doc_id)}</a> '
                       f'<span class="ct">{quotes}</span></li>')
        out.append("</ol></details></nav>")
        return "".join(out)

    def _page_title(self) -> str:
        if self.title:
            return self.title
        if len(self.docs) == 1:
            return f"Who said what: {self.docs[0].doc_id}"
        return f"Who said what: {len(self.docs)} documents"

    def close(self) -> None:
        """Write the page: head, speaker list, contents, the documents, the script. Once."""
        if self.closed:
            return
        self.closed = True
        style = self._style()
        csp = ("default-src 'none'; base-uri 'none'; form-action 'none'; "
               f"style-src {_csp_hash(style)}; script-src {_csp_hash(SCRIPT)}")
        named = sum(1 for s in self.speakers.values() if s.sid != UNATTRIBUTED_ID)
        summary = (f"{len(self.docs)} document{'' if len(self.docs) == 1 else 's'} · "
                   f"{self.total} quote{'' if self.total == 1 else 's'} · "
                   f"{named} speaker{'' if named == 1 else 's'}")
        w = self.stream.write
        w("<!DOCTYPE html>\n<html lang=\"en\" class=\"nojs\">\n<head>\n<meta charset=\"utf-8\">\n"
          f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f'<meta name="generator" content="quoteattr {_esc(__version__)}">\n'
          f"<title>{_esc(self._page_title())}</title>\n<style>{style}</style>\n</head>\n"
          f'<body class="{"one" if len(self.docs) < 2 else "many"}">\n')
        w('<a class="skip" href="#main">Skip to the documents</a>\n<div class="layout">\n')
        w(self._sidebar() + "\n")
        w(f'<main id="main" tabindex="-1"><header class="top" id="top"><h1>Who said what</h1>'
          f'<p class="summary">{summary}</p>{LEGEND}</header>\n'
          '<p id="filter-status" role="status" aria-live="polite"></p>\n')
        w(self._toc() + "\n")
        self.body.seek(0)
        shutil.copyfileobj(self.body, self.stream)
        self.body.close()
        w('</main>\n</div>\n<div id="tip" role="tooltip" hidden></div>\n'
          f"<script>{SCRIPT}</script>\n</body>\n</html>\n")
        self.stream.flush()


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


LEGEND = (
    '<p class="legend" aria-label="Legend">'
    '<mark class="q k-direct demo">direct</mark> in quotation marks · '
    '<mark class="q k-mixed demo">mixed</mark> reported with quoted words · '
    '<mark class="q k-indirect demo">indirect</mark> reported speech · '
    '<span class="cue">cue</span> reporting words · '
    '<span class="m demo">speaker</span> who is named. '
    '<span class="js-only">Hover over or tab to a quote for its speaker, rule and confidence.</span>'
    '<span class="nojs-only">Hover over a quote for its speaker, rule and confidence.</span></p>'
)

CSS = """
:root{--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--line:#d0d0d0;--side:#f6f6f4;--accent:#0b57d0;color-scheme:light}
*{box-sizing:border-box}
html{scroll-padding-top:1rem}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
.skip{position:absolute;left:-999px;top:0;background:var(--fg);color:#fff;padding:.5rem .75rem;z-index:20}
.skip:focus{left:.5rem}
.layout{display:grid;grid-template-columns:minmax(15rem,19rem) minmax(0,1fr)}
aside{position:sticky;top:0;height:100vh;overflow:auto;padding:1rem;background:var(--side);border-right:1px solid var(--line)}
aside h2{font-size:1.05rem;margin:.2rem 0 .5rem}
.hint{font-size:.85rem;color:var(--muted);margin:.25rem 0 .5rem}
#speaker-search{width:100%;font:inherit;font-size:.9rem;padding:.3rem .45rem;border:1px solid #8a8a8a;border-radius:4px;margin-bottom:.5rem}
.speakers{list-style:none;margin:.25rem 0 0;padding:0}
.speakers li{margin:0 0 2px}
button{font:inherit;color:inherit}
.sp,.all{display:grid;grid-template-columns:auto 1fr auto;column-gap:.5rem;align-items:baseline;width:100%;text-align:left;background:transparent;border:1px solid transparent;border-radius:5px;padding:.3rem .45rem;cursor:pointer;line-height:1.25}
.all{grid-template-columns:1fr auto;font-weight:600;margin-bottom:.25rem}
.sp:hover,.all:hover{background:#e9e9e6;border-color:var(--line)}
.sp[aria-pressed=true],.all[aria-pressed=true]{background:#fff;border-color:var(--fg);box-shadow:inset 3px 0 0 var(--fg)}
.sp .nm{font-weight:600;overflow-wrap:anywhere}
.sp .ti{grid-column:2;font-size:.8rem;color:var(--muted)}
.sp .ct{grid-column:3;grid-row:1}
.ct{font-size:.8rem;color:var(--muted);font-variant-numeric:tabular-nums;font-weight:400}
.sw{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;background:var(--hl,#fff);border:1.5px solid var(--dk,#6b6b6b)}
.s0 .sw{border-style:dashed}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main{padding:1.25rem 2rem 4rem;max-width:50rem;outline:none}
.top h1{font-size:1.5rem;line-height:1.25;margin:0 0 .25rem;overflow-wrap:anywhere}
.summary{margin:0 0 .5rem;color:var(--muted)}
.legend{font-size:.85rem;line-height:2;color:var(--muted);margin:.25rem 0 1rem}
.legend .q,.legend .m{color:var(--fg)}
#filter-status:empty{display:none}
#filter-status{background:#fff8d6;border:1px solid #c9b458;border-radius:5px;padding:.4rem .7rem;margin:.5rem 0}
.toc{border-top:1px solid var(--line);border-bottom:1px solid var(--line);margin:0 0 1rem;padding:.25rem 0}
.toc summary{cursor:pointer}
.toc summary h2{display:inline;font-size:1.05rem}
.toc ol{columns:16rem;column-gap:2rem;margin:.5rem 0;padding-left:2.2rem;font-size:.9rem}
.toc li{break-inside:avoid;overflow-wrap:anywhere}
.doc{border-top:2px solid var(--fg);padding-top:.5rem;margin-top:1.5rem;content-visibility:auto;contain-intrinsic-size:auto 40rem}
.doc-head h2{font-size:1.15rem;margin:0;overflow-wrap:anywhere}
.doc-fields{margin:.1rem 0 0;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
.meta{margin:.2rem 0 .5rem;font-size:.85rem;color:var(--muted);line-height:1.9}
.chip{border:1px solid var(--line);background:#fff;border-radius:1rem;padding:0 .5rem;font-size:.8rem;color:var(--fg);cursor:pointer}
.chip:hover{border-color:var(--fg)}
.chip .sw{width:.6rem;height:.6rem;margin-right:.3rem}
.up{font-size:.8rem;margin:0}
.one .up{display:none}
.text{font-family:Georgia,"Iowan Old Style","Noto Serif","Liberation Serif","DejaVu Serif",serif;font-size:1.08rem;line-height:1.85}
.text p{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 .8em}
.note{font-style:italic;color:var(--muted)}
a{color:var(--accent)}
.q{background:var(--hl,#fff3a8);color:var(--fg);padding:.1em 0;border-bottom:2px solid rgba(0,0,0,.62);-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:2px;cursor:help}
.q.k-mixed{border-bottom-style:dashed}
.q.k-indirect{border-bottom-style:dotted}
.q:not(.cont)::before{content:"?";content:"?"/"";display:inline-block;font:700 .66rem/1 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;vertical-align:.55em;margin:0 .25em 0 .1em;padding:.15em .3em;border-radius:.6em;background:var(--fg);color:#fff}
.q.k-direct:not(.cont)::before{content:"D";content:"D"/""}
.q.k-mixed:not(.cont)::before{content:"M";content:"M"/""}
.q.k-indirect:not(.cont)::before{content:"I";content:"I"/""}
.q.s0{outline:1px dashed #6b6b6b;outline-offset:-1px}
.m{font-weight:700;outline:1.5px solid var(--dk,#6b6b6b);outline-offset:1px;border-radius:2px}
.m.s0{outline-style:dashed}
.cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.2em}
.q.off{background:transparent;border-bottom-color:transparent;cursor:auto}
.q.off.s0{outline:none}
.q.off::before{display:none}
.m.off{outline-color:transparent;font-weight:inherit}
.cue.off{text-decoration:none}
.hl.m{background:var(--hl);outline-width:2.5px}
.hl.cue{background:#ffe27a;color:var(--fg)}
.q:focus{outline:3px solid var(--accent);outline-offset:2px}
.q:focus:not(:focus-visible){outline:none}
.q:focus-visible,a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.qlist li{margin:.4rem 0}
.who{color:var(--muted);font-size:.9rem}
#tip{position:fixed;z-index:10;max-width:24rem;background:#1b1b1b;color:#fff;padding:.45rem .65rem;border-radius:6px;font:.85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.3);pointer-events:none;white-space:pre-line}
#tip[hidden]{display:none}
#tip .who{color:#fff;font-size:.95rem;font-weight:700}
#tip div:last-child{color:#d8d8d8}
.js .nojs-only,.nojs .js-only{display:none}
.nojs .sp,.nojs .chip{cursor:default;background:transparent;border-color:transparent}
.nojs .q:focus::after{content:" " attr(title);white-space:pre-line;display:inline-block;vertical-align:top;max-width:22rem;font:.8rem/1.35 system-ui,sans-serif;background:#1b1b1b;color:#fff;padding:.3rem .5rem;border-radius:5px;margin-left:.3rem}
[hidden]{display:none !important}
@media (max-width:52rem){.layout{display:block}aside{position:static;height:auto;max-height:45vh;border-right:0;border-bottom:1px solid var(--line)}main{padding:1rem}}
@media (prefers-color-scheme:dark){
:root{--fg:#ececec;--bg:#15171a;--muted:#b8b8b8;--line:#474a50;--side:#1d2024;--accent:#8ab4f8;color-scheme:dark}
.q{color:#1b1b1b;border-bottom-color:rgba(0,0,0,.7)}
.q:not(.cont)::before{background:#1b1b1b;color:#fff}
.q.off{color:var(--fg)}
.sp:hover,.all:hover{background:#2a2d33}
.sp[aria-pressed=true],.all[aria-pressed=true]{background:#000}
.chip{background:#22252a}
.legend .q{color:#1b1b1b}
.hl.m{color:#1b1b1b}
.m{outline-color:var(--hl,#b8b8b8)}
.sw{border-color:var(--hl,#b8b8b8)}
#filter-status{background:#3a3320;border-color:#8c7a35}
}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:11pt;background:#fff;color:#000}
.layout{display:flex;flex-direction:column}
aside{order:1;position:static;height:auto;overflow:visible;background:none;border:0;padding:1rem 0 0;border-top:2px solid #000}
.speakers{columns:3;font-size:9pt}
.sp{padding:0;border:0}
.hint,#speaker-search,.all,.skip,.up,#tip,#filter-status,.js-only,.nojs-only{display:none !important}
main{max-width:none;padding:0}
.doc{break-before:auto;content-visibility:visible}
.doc-head{break-after:avoid}
.chip{border:0;padding:0}
.text{font-size:11pt;line-height:1.6}
.q::after{content:" \\27E8" attr(data-speaker) "\\27E9";font:italic 8pt/1 system-ui,sans-serif;color:#333}
.q[data-speaker=""]::after{content:" \\27E8unattributed\\27E9"}
.q.cont::after{content:none}
.q.off::after{content:none}
.legend .q::after{content:none}
a{color:#000;text-decoration:none}
}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var d = document, root = d.documentElement;
  root.className = root.className.replace(/\bnojs\b/, "js");
  var tip = d.getElementById("tip"), status = d.getElementById("filter-status");
  var showAll = d.getElementById("show-all"), search = d.getElementById("speaker-search");
  var buttons = [].slice.call(d.querySelectorAll("button.sp"));
  var current = "", tipFor = null;
  function each(selector, fn) { [].forEach.call(d.querySelectorAll(selector), fn); }
  function holds(el, sid) { return (" " + el.getAttribute("data-sids") + " ").indexOf(" " + sid + " ") >= 0; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function button(sid) { for (var i = 0; i < buttons.length; i++) if (buttons[i].getAttribute("data-sid") === sid) return buttons[i]; return null; }

  function filter(sid, keepAddress) {
    current = button(sid) ? sid : "";
    var quotes = 0, docs = 0, b = button(current);
    hideTip();
    each(".doc .q", function (q) {
      var off = !!current && !q.classList.contains(current);
      q.classList.toggle("off", off);
      if (q.id) { q.tabIndex = off ? -1 : 0; if (!off) quotes++; }
    });
    each(".doc .m", function (m) { m.classList.toggle("off", !!current && !m.classList.contains(current)); });
    each(".doc .cue", function (c) {  // a cue stays while one of its quotes does
      c.classList.toggle("off", !!current && !(c.getAttribute("data-for") || "").split(" ").some(function (id) {
        var q = d.getElementById(id);
        return q && q.classList.contains(current);
      }));
    });
    each("[data-sids]", function (el) {
      el.hidden = !!current && !holds(el, current);
      if (!el.hidden && el.tagName === "ARTICLE") docs++;
    });
    buttons.forEach(function (x) { x.setAttribute("aria-pressed", x === b ? "true" : "false"); });
    showAll.setAttribute("aria-pressed", current ? "false" : "true");
    root.setAttribute("data-filter", current);
    if (current) {
      var who = current === "s0" ? "unattributed " : "";
      var by = current === "s0" ? "" : " by " + b.getAttribute("data-speaker");
      status.textContent = "Showing " + plural(quotes, who + "quote") + by + " in " + plural(docs, "document") + ". ";
      var all = d.createElement("button");
      all.type = "button"; all.className = "chip"; all.textContent = "Show all";
      all.addEventListener("click", function () { filter(""); showAll.focus(); });
      status.appendChild(all);
    } else {
      status.textContent = "";
    }
    if (!keepAddress) {
      try {
        history.replaceState(null, "", current ? "#speaker=" + encodeURIComponent(b.getAttribute("data-speaker"))
                                                : location.pathname + location.search);
      } catch (e) { /* some browsers refuse it for file: pages; the filter works anyway */ }
    }
  }

  function fromAddress() {
    var hash = location.hash.slice(1), m = /^speaker=(.*)$/.exec(hash);
    if (m) {
      var name = m[1];
      try { name = decodeURIComponent(name.replace(/\+/g, " ")); } catch (e) { /* keep it as it is */ }
      var sid = "";
      buttons.forEach(function (x) { if (x.getAttribute("data-speaker") === name || x.getAttribute("data-sid") === name) sid = x.getAttribute("data-sid"); });
      filter(sid, true);
      return;
    }
    var el = hash && d.getElementById(hash);
    if (el && el.classList.contains("q")) {
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
      showTip(el);
    }
  }

  function related(q, on) {
    (q.getAttribute("data-parts") || "").split(" ").forEach(function (id) {
      var el = id && d.getElementById(id);
      if (el) el.classList.toggle("hl", on);
    });
  }
  function owner(q) { return q.classList.contains("cont") ? d.getElementById(q.getAttribute("data-of")) || q : q; }
  function showTip(q, x, y) {
    q = owner(q);
    if (tipFor && tipFor !== q) related(tipFor, false);
    var lines = (q.getAttribute("title") || q.getAttribute("data-title") || "").split("\n");
    tip.textContent = "";
    lines.forEach(function (line, i) {
      var div = d.createElement("div");
      div.textContent = line;
      if (i === 0) div.className = "who";
      tip.appendChild(div);
    });
    tip.hidden = false;
    tipFor = q;
    related(q, true);
    place(q, x, y);
  }
  function place(q, x, y) {
    // under the line the pointer is on; for keyboard focus, under the quote's last line
    var rects = q.getClientRects(), r = rects[rects.length - 1] || q.getBoundingClientRect();
    for (var i = 0; y != null && i < rects.length; i++) if (y >= rects[i].top && y <= rects[i].bottom) { r = rects[i]; break; }
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(4, Math.min((x != null ? x : r.left) - 10, innerWidth - w - 8));
    var top = r.bottom + 8;
    if (top + h > innerHeight - 4) top = Math.max(4, r.top - h - 8);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hideTip() {
    if (tipFor) related(tipFor, false);
    tipFor = null;
    tip.hidden = true;
  }

  d.addEventListener("mouseover", function (e) {
    var q = e.target.closest && e.target.closest(".q");
    if (!q || q.classList.contains("off") || q.classList.contains("demo")) return;
    if (q.hasAttribute("title")) { q.setAttribute("data-title", q.getAttribute("title")); q.removeAttribute("title"); }
    var o = owner(q);
    if (o !== q && o.hasAttribute("title")) { o.setAttribute("data-title", o.getAttribute("title")); o.removeAttribute("title"); }
    showTip(q, e.clientX, e.clientY);
  });
  d.addEventListener("mouseout", function (e) {
    var q = e.target.closest && e.target.closest(".q");
    if (!q || (e.relatedTarget && q.contains(e.relatedTarget))) return;
    if (q.hasAttribute("data-title")) { q.setAttribute("title", q.getAttribute("data-title")); q.removeAttribute("data-title"); }
    var o = owner(q);
    if (o !== q && o.hasAttribute("data-title")) { o.setAttribute("title", o.getAttribute("data-title")); o.removeAttribute("data-title"); }
    if (d.activeElement && d.activeElement === owner(q)) { showTip(owner(q)); return; }
    hideTip();
  });
  d.addEventListener("focusin", function (e) {
    if (e.target.classList && e.target.classList.contains("q")) showTip(e.target); else hideTip();
  });
  d.addEventListener("focusout", function (e) { if (e.target === tipFor) hideTip(); });
  d.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(); });
  function moved() { if (tipFor && d.activeElement === tipFor) place(tipFor); else if (tipFor) hideTip(); }
  addEventListener("scroll", moved, { passive: true });
  addEventListener("resize", moved);

  d.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button[data-sid]");
    if (!b) return;
    var sid = b.getAttribute("data-sid");
    filter(b.classList.contains("sp") && sid === current ? "" : sid);
  });
  showAll.addEventListener("click", function () { filter(""); });
  search.addEventListener("input", function () {
    var words = search.value.toLowerCase();
    each(".speakers li", function (li) { li.hidden = words !== "" && li.textContent.toLowerCase().indexOf(words) < 0; });
  });
  addEventListener("hashchange", fromAddress);
  addEventListener("beforeprint", function () { each(".toc details", function (x) { x.open = true; }); });
  fromAddress();
})();
"""
