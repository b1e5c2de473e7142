"""The whole extraction, stage by stage: segment -> quotes -> cues and mentions -> attribute -> resolve."""
from __future__ import annotations

from . import attribute, cues, lexicon, mentions, quotes, resolve, segment
from .models import Document, Quote


def extract(text: str, doc: str = "-", *, lang: str = "auto", beliefs: bool = False) -> list[Quote]:
    """Every reported statement in `text`, in text order, with its speaker. Never prints, never exits.

    `doc` is the document name put in each record; `lang` is a language of `lexicon.LANGUAGES`, or
    "auto" to detect it from the text; `beliefs=True` also reports verbs of thinking and wanting
    ("believes", "wants"), which are not statements and are left out by default.
    """
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
    return resolve.resolve(doc, text, attributions, found_mentions, lex)


def extract_document(document: Document, *, lang: str = "auto", beliefs: bool = False) -> list[Quote]:
    """`extract` on a Document, naming each record after the document's id."""
    return extract(document.text, document.id, lang=lang, beliefs=beliefs)
