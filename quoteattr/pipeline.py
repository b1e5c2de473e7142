"""The whole extraction, stage by stage: segment -> quotes -> cues and mentions -> attribute -> resolve."""
from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Collection, Iterator

from . import attribute, cues, lexicon, mentions, quotes, resolve, segment
from .models import KINDS, Document, Quote

_gc_lock = threading.Lock()
_gc_users = 0  # extractions running now that paused the cycle collector
_gc_was_enabled = False


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """The cycle collector off while an extraction runs, as it was before once the last one ends.

    An extraction makes a few objects per word (tokens, mentions) and no reference cycles; the collector
    would go over all of them again and again as they pile up, which on a 10 MB text took half the time of
    tokenising it and made the whole run grow faster than the text. Reference counting frees everything as
    usual; only the search for cycles waits. Threads that extract at once share one pause.
    """
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


def extract(text: str, doc: str = "-", *, lang: str = "auto", beliefs: bool = False,
            kinds: Collection[str] | None = None) -> list[Quote]:
    """Every reported statement in `text`, in text order, with its speaker. Never prints, never exits.

    `doc` is the document name put in each record; `lang` is a language of `lexicon.LANGUAGES`, or
    "auto" to detect it from the text; `beliefs=True` also reports verbs of thinking and wanting
    ("believes", "wants"), which are not statements and are left out by default. `kinds` keeps only
    records of those kinds (of `models.KINDS`: "direct", "mixed", "indirect"); None keeps all. The records
    kept are the same as without it: attribution always sees every statement.
    """
    wanted = check_kinds(kinds)
    with _cycle_collector_paused():
        found = _extract(text, doc, lang, beliefs)
    return found if wanted is None else [q for q in found if q.kind in wanted]


def check_kinds(kinds: Collection[str] | None) -> frozenset[str] | None:
    """`kinds` as a set, None for all; ValueError naming the kinds there are for one that is not."""
    if kinds is None:
        return None
    if isinstance(kinds, str):
        raise ValueError(f"kinds must be a collection such as ('direct', 'mixed'), not the string {kinds!r}")
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind {', '.join(map(repr, unknown))}: use {', '.join(KINDS)}")
    return frozenset(kinds)


def _extract(text: str, doc: str, lang: str, beliefs: bool) -> list[Quote]:
    lex = lexicon.load(lexicon.detect_language(text) if lang in ("auto", None) else lang)
    wrapped = segment.is_wrapped(text)
    paras = segment.paragraphs(text, wrapped)
    sents = segment.sentences(text, paras, lex)
    toks = segment.tokens(text)
    if "nouns-capitalised" in lex.g.settings:
        segment.capitalise_compounds(toks)
    spans = quotes.find_quotes(text, paras)
    found_cues = cues.find_cues(text, toks, lex, beliefs=True)
    # names inside quotations (vocatives, people talked about) never speak them, nor anchor pronouns
    found_mentions = quotes.outside(mentions.find_mentions(text, toks, lex, wrapped), spans)
    heads = segment.headings(text, paras, lex)
    if heads:  # "CHAPTER IV." names nobody
        found_mentions = [m for m in found_mentions if segment.paragraph_at(paras, m.start) not in heads]
    attributions = attribute.attribute(text, paras, sents, toks, spans, found_cues, found_mentions, lex, beliefs)
    # dialogue-heavy fiction: paragraphs are turns of a conversation (resolve's dialogue pass)
    turns = paras if attribute.dialogue_heavy(paras, spans) else None
    return resolve.resolve(doc, text, attributions, found_mentions, lex, turns, heads, spans)


def extract_document(document: Document, *, lang: str = "auto", beliefs: bool = False,
                     kinds: Collection[str] | None = None) -> list[Quote]:
    """`extract` on a Document, naming each record after the document's id."""
    return extract(document.text, document.id, lang=lang, beliefs=beliefs, kinds=kinds)
