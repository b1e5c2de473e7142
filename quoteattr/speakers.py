"""Who was quoted: speakers with their titles, how many statements and words, per document or per batch."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from .models import Quote

UNRESOLVED = "(unresolved)"
SPEAKER_FIELDS = ("doc", "speaker", "speaker_title", "quotes", "words", "direct", "mixed", "indirect",
                  "documents", "mentions")


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One speaker's share of the statements: `doc` is the document, or None across a batch."""

    doc: str | None
    speaker: str
    speaker_title: str | None
    quotes: int
    words: int
    direct: int
    mixed: int
    indirect: int
    documents: int
    mentions: tuple[str, ...]

    def to_dict(self) -> dict:
        """The summary as a plain dict, keys in column order (mentions joined by "; ")."""
        d = asdict(self)
        d["mentions"] = "; ".join(self.mentions)
        return d


class SpeakerTally:
    """Counts statements per speaker as documents stream past; `rows()` gives the summaries."""

    def __init__(self, per_document: bool = False):
        self.per_document = per_document
        self._rows: dict[tuple[str | None, str], dict] = {}

    def add(self, doc: str, quotes: Iterable[Quote]) -> None:
        """Count the statements of one document."""
        for q in quotes:
            name = q.speaker or UNRESOLVED
            key = (doc if self.per_document else None, name)
            row = self._rows.get(key)
            if row is None:
                row = self._rows[key] = {"title": None, "quotes": 0, "words": 0, "direct": 0, "mixed": 0,
                                         "indirect": 0, "docs": set(), "mentions": {}}
            row["title"] = row["title"] or q.speaker_title
            row["quotes"] += 1
            row["words"] += len(q.quote.split())
            row[q.kind] += 1
            row["docs"].add(doc)
            if q.mention:
                row["mentions"][q.mention] = row["mentions"].get(q.mention, 0) + 1

    def rows(self) -> list[SpeakerSummary]:
        """Summaries, most quoted first (then by name); unresolved statements last in their document."""
        out = [
            SpeakerSummary(doc, name, r["title"], r["quotes"], r["words"], r["direct"], r["mixed"],
                           r["indirect"], len(r["docs"]),
                           tuple(m for m, _ in sorted(r["mentions"].items(), key=lambda kv: (-kv[1], kv[0]))))
            for (doc, name), r in self._rows.items()
        ]
        docs_order = {}
        for (doc, _name) in self._rows:
            docs_order.setdefault(doc, len(docs_order))
        out.sort(key=lambda s: (docs_order[s.doc], s.speaker == UNRESOLVED, -s.quotes, -s.words, s.speaker))
        return out


def speakers(quotes: Iterable[Quote], per_document: bool = False) -> list[SpeakerSummary]:
    """Summaries of already extracted statements (from one or many documents)."""
    tally = SpeakerTally(per_document)
    by_doc: dict[str, list[Quote]] = {}
    for q in quotes:
        by_doc.setdefault(q.doc, []).append(q)
    for doc, qs in by_doc.items():
        tally.add(doc, qs)
    return tally.rows()
