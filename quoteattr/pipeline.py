"""The whole extraction, stage by stage: segment -> quotes -> cues and mentions -> attribute -> resolve."""
from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

from . import attribute, cues, lexicon, mentions, quotes, resolve, segment
from .models import Document, Quote

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


def extract(text: str, doc: str = "-", *, lang: str = "auto", beliefs: bool = False) -> list[Quote]:
    """Every reported statement in `text`, in text order, with its speaker. Never prints, never exits.

    `doc` is the document name put in each record; `lang` is a language of `lexicon.LANGUAGES`, or
    "auto" to detect it from the text; `beliefs=True` also reports verbs of thinking and wanting
    ("believes", "wants"), which are not statements and are left out by default.
    """
    with _cycle_collector_paused():
        return _extract(text, doc, lang, beliefs)


def _extract(text: str, doc: str, lang: str, beliefs: bool) -> list[Quote]:
    lex = lexicon.load(lexicon.detect_language(text) if lang in ("auto", None) else lang)
    wrapped = segment.is_wrapped(text)
    paras = segment.paragraphs(text, wrapped)
    sents = segment.sentences(text, paras, lex)
    toks = segment.tokens(text)
    spans = quotes.find_quotes(text, paras)
    found_cues = cues.find_cues(text, toks, lex, beliefs=True)
    # names inside quotations (vocatives, people talked about) never speak them, nor anchor pronouns
    found_mentions = quotes.outside(mentions.find_mentions(text, toks, lex, wrapped), spans)
    attributions = attribute.attribute(text, paras, sents, toks, spans, found_cues, found_mentions, lex, beliefs)
    # dialogue-heavy fiction: paragraphs are turns of a conversation (resolve's dialogue pass)
    turns = paras if attribute.dialogue_heavy(paras, spans) else None
    return resolve.resolve(doc, text, attributions, found_mentions, lex, turns)


def extract_document(document: Document, *, lang: str = "auto", beliefs: bool = False) -> list[Quote]:
    """`extract` on a Document, naming each record after the document's id."""
    return extract(document.text, document.id, lang=lang, beliefs=beliefs)
