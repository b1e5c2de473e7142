"""Records that flow between the stages, all frozen, with character offsets into the document text."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

_Record = TypeVar("_Record")

Kind = Literal["direct", "mixed", "indirect"]
KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")


@dataclass(frozen=True, slots=True)
class Document:
    """One input text and where it came from."""

    id: str
    text: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Text between a pair of quotation marks: `start`/`end` is the content, `open_at`/`close_end` the marks.

    `recovered` is set when the closing mark was missing and the span was closed at the paragraph end;
    `paragraphs` > 1 for a quote continued over paragraphs (re-opened without being closed).
    `depth` is 0 for an outermost quote, 1 for a quote nested inside another.
    """

    start: int
    end: int
    open_at: int
    close_end: int
    mark: str
    depth: int = 0
    recovered: bool = False
    paragraphs: int = 1


@dataclass(frozen=True, slots=True)
class Cue:
    """Reporting words: a verb ("said"), a phrase ("pointed out") or a noun cue ("according to")."""

    start: int
    end: int
    text: str
    lemma: str
    type: Literal["verb", "phrase", "noun", "according", "belief", "so", "postposition"]
    frame: Literal["clause", "any", "quote"] = "clause"
    participle: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """Words naming a possible speaker, with what they tell about it.

    `type` is name, pronoun, description or group; `name` is the name part without titles
    ("Sergei Ostrov" in "Russian Foreign Minister Sergei Ostrov"), `title` the role words.
    """

    start: int
    end: int
    text: str
    type: Literal["name", "pronoun", "description", "group"]
    name: str | None = None
    title: str | None = None
    gender: Literal["m", "f", "n", "pl"] | None = None
    org: bool = False
    head: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reported statement found by a sieve, before its speaker is resolved to an entity."""

    kind: Kind
    start: int
    end: int
    mention: Mention | None
    cue: Cue | None
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Quote:
    """One reported statement: what was said, by whom, found by which rule. The output record."""

    doc: str
    index: int
    kind: Kind
    quote: str
    start: int
    end: int
    speaker: str | None
    speaker_title: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    rule: str
    confidence: float

    def to_dict(self) -> dict:
        """The record as a plain dict, keys in output-column order."""
        # every field is a scalar, so this is asdict() without its deep copy (a tenth of the time)
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: tuple[str, ...] = tuple(Quote.__dataclass_fields__)
DOCUMENT_FIELDS: tuple[str, ...] = ("title", "author", "date", "url")
"""Fields of a document (a web page's, from its HTML) written with its quotes: under "document" in json and
jsonl records, as doc_title, doc_author, ... columns in csv and tsv, under the document's heading in tables."""


def record_maker(cls: type[_Record]) -> Callable[..., _Record]:
    """A function that makes a `cls` record from the arguments `cls(...)` takes, three times as fast.

    For the frozen slotted dataclasses above, `cls(...)` goes through type.__call__ (which packs the
    arguments into a tuple and a dict for __init__) and then object.__setattr__ once per field; the maker
    fills the slots through a twin class (below). The record is the same, equal and frozen. Worth it where
    records are made by the hundred thousand per megabyte of text (mentions, cues, sentences).
    """
    fields = dataclasses.fields(cls)
    namespace: dict = {"_new": object.__new__, "_cls": cls}
    params = []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING or not f.init:
            raise TypeError(f"record_maker: {cls.__name__}.{f.name} needs the dataclass's own __init__")
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's descriptor
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{f.name}(record, {f.name})\n" for f in fields)
    names = tuple(f.name for f in fields)
    if getattr(cls, "__slots__", None) == names:
        # A twin class with the same slots and no __setattr__ of its own fills them by plain attribute
        # stores (the interpreter's fast path for slots), and the record then becomes a `cls`: the layouts
        # are the same, so the class can be switched, and the record is frozen from then on. A third
        # faster than a descriptor call per field.
        init = "".join(f"    self.{f} = {f}\n" for f in names)
        exec(f"def __init__(self, {', '.join(names)}):\n{init}", namespace)
        namespace["_twin"] = type(f"_{cls.__name__}Filling", (), {"__slots__": names,
                                                                  "__init__": namespace["__init__"]})
        body = f"    record = _twin({', '.join(names)})\n    record.__class__ = _cls\n"
    else:
        body = "    record = _new(_cls)\n" + body
    name = "make_" + cls.__name__.lower()
    exec(f"def {name}({', '.join(params)}):\n{body}    return record\n", namespace)
    maker = namespace[name]
    maker.__module__ = __name__
    maker.__doc__ = f"The same as {cls.__name__}(...), three times as fast (see record_maker)."
    return maker


make_paragraph = record_maker(Paragraph)
make_sentence = record_maker(Sentence)
make_quotespan = record_maker(QuoteSpan)
make_cue = record_maker(Cue)
make_mention = record_maker(Mention)
make_attribution = record_maker(Attribution)
make_quote = record_maker(Quote)
