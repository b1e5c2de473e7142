from __future__ import annotations

import dataclasses
import pickle

import pytest

from quoteattr import models

EXAMPLES = [
    (models.Paragraph, models.make_paragraph, (0, 10), {}),
    (models.Sentence, models.make_sentence, (0, 10, 0), {}),
    (models.QuoteSpan, models.make_quotespan, (1, 5, 0, 6, '"'), {"depth": 1, "recovered": True}),
    (models.Cue, models.make_cue, (7, 11, "said", "say", "verb"), {"participle": True}),
    (models.Mention, models.make_mention, (0, 6, "Ostrov", "name"), {"name": "Ostrov", "gender": "m"}),
    (models.Attribution, models.make_attribution, ("direct", 1, 5, None, None, "rule", 0.9), {}),
    (models.Quote, models.make_quote, ("d", 0, "direct", "q", 1, 2, None, None, None, None, None, None, None,
                                       None, "rule", 0.5), {}),
]


@pytest.mark.parametrize("cls, make, args, kwargs", EXAMPLES)
def test_a_record_maker_makes_the_same_frozen_record_as_the_class(cls, make, args, kwargs):
    record = make(*args, **kwargs)
    assert type(record) is cls
    assert record == cls(*args, **kwargs) and hash(record) == hash(cls(*args, **kwargs))
    assert repr(record) == repr(cls(*args, **kwargs))
    assert pickle.loads(pickle.dumps(record)) == record
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.start = 3
    with pytest.raises(TypeError):
        make(*args[:1])  # required fields stay required


def test_a_record_maker_keeps_the_defaults():
    assert models.make_mention(0, 2, "he", "pronoun") == models.Mention(0, 2, "he", "pronoun")
    assert models.make_cue(0, 4, "said", "say", "verb").frame == "clause"


def test_a_record_maker_refuses_a_field_with_a_default_factory():
    with pytest.raises(TypeError):
        models.record_maker(models.Document)


def test_extract_kinds_filters_records_and_rejects_unknown_kinds():
    from quoteattr import extract

    text = '"We will win," Anna Berg said. Berg said the vote was close.'
    every = extract(text)
    assert [q.kind for q in every] == ["direct", "indirect"]
    assert extract(text, kinds=("indirect",)) == [q for q in every if q.kind == "indirect"]
    assert extract(text, kinds=()) == []
    with pytest.raises(ValueError, match="unknown kind 'quote': use direct, mixed, indirect"):
        extract(text, kinds=["quote"])
    with pytest.raises(ValueError, match="not the string"):
        extract(text, kinds="direct")
