"""Speaker summaries: who was quoted, with title, statement and word counts."""
from __future__ import annotations

from quoteattr import extract
from quoteattr.speakers import UNRESOLVED, SpeakerTally, speakers

TEXT = ('Health Minister Ana Pereira said the wards are full. "We need more nurses," Pereira told reporters.\n'
        'She added that pay would rise. "It is a start," said Tom Hale.\n'
        '"Nobody asked us."')


def test_counts_per_speaker_with_title_and_mentions():
    rows = speakers(extract(TEXT, "a"))
    pereira = next(r for r in rows if r.speaker == "Ana Pereira")
    assert pereira.speaker_title == "Health Minister"
    assert (pereira.quotes, pereira.indirect, pereira.direct) == (3, 2, 1)
    assert pereira.words == len("the wards are full".split()) + len("We need more nurses,".split()) + len(
        "pay would rise".split())
    assert set(pereira.mentions) == {"Health Minister Ana Pereira", "Pereira", "She"}
    assert rows[0].speaker == "Ana Pereira"  # most quoted first


def test_batch_merges_documents_and_per_document_keeps_them_apart():
    quotes = extract(TEXT, "a") + extract(TEXT, "b")
    batch = speakers(quotes)
    assert next(r for r in batch if r.speaker == "Ana Pereira").documents == 2
    assert all(r.doc is None for r in batch)
    per_doc = speakers(quotes, per_document=True)
    assert [r.doc for r in per_doc if r.speaker == "Ana Pereira"] == ["a", "b"]


def test_unresolved_statements_are_counted_last():
    tally = SpeakerTally()
    tally.add("x", extract('"It will rain tomorrow and all week," the forecast said.'))
    rows = tally.rows()
    assert rows[-1].speaker == UNRESOLVED and rows[-1].quotes == 1
    assert rows[-1].to_dict()["mentions"] == "the forecast"
