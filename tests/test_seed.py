"""The seed article (../shared/seed/): every statement found with its canonical speaker, nothing else.

The article is not ours, so it is read from ../shared and these tests skip when it is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr import extract

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "expected.jsonl").exists(), reason="../shared/seed not present")


def _gold():
    return json.loads((SEED / "expected.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _overlap(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def test_every_statement_found_with_its_canonical_speaker_and_kind():
    gold = _gold()
    got = extract(gold["text"], "seed")
    assert len(got) == len(gold["quotes"]) == 10
    for g, q in zip(gold["quotes"], got):
        assert _overlap((g["start"], g["end"]), (q.start, q.end)) >= 0.8, (g["text"], q.quote)
        assert q.kind == g["kind"], g["text"]
        assert q.speaker == g["speaker_canonical"], g["text"]
        assert max(g["speaker_start"], q.mention_start) < min(g["speaker_end"], q.mention_end), g["text"]


def test_lavrov_mentions_resolve_through_name_pronoun_and_descriptions():
    got = extract(_gold()["text"], "seed")
    lavrov = {q.mention for q in got if q.speaker == "Sergei Lavrov"}
    assert {"Lavrov", "He", "The top Russian diplomat", "the Russian foreign minister"} <= lavrov
    assert {q.speaker_title for q in got if q.speaker == "Sergei Lavrov"} == {"Russian Foreign Minister"}


def test_conference_title_is_not_a_quote():
    gold = _gold()
    for title in gold["not_quotes"]:
        assert all(title not in q.quote for q in extract(gold["text"]))
