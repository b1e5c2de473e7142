"""Properties of `extract` for any text: no exception, offsets inside the text and pointing at what the
record says, valid kinds and confidences, and the same answer every time.

The texts are built from the pieces news text is made of (every kind of quotation mark, reporting verbs,
names, titles, pronouns, punctuation, newlines) mixed with arbitrary characters, so that hypothesis
reaches the rules rather than only the "no quote found" path. Runs are derandomised (the same examples
on every run, so CI is repeatable) and kept to a few seconds per property.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteattr import Document, Quote, extract, extract_document
from quoteattr.models import FIELDS, KINDS

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

MARKS = ['"', "'", "`", "``", "''", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』"]
WORDS = [
    # speakers: names, titles, descriptions, pronouns, organisations
    "Smith", "Jane Doe", "Sergei Ostrov", "Mr.", "Dr.", "Mrs. O'Neill", "President", "Foreign Minister",
    "the spokesman", "the top Russian diplomat", "a spokeswoman for the ministry", "He", "he", "She", "she",
    "They", "It", "I", "We", "the council", "US Central Command", "Union Cycliste Vaudoise", "UCV", "U.S.",
    # cues
    "said", "says", "told reporters", "told", "according to", "added", "adding that", "warned", "asked",
    "pointed out", "wrote on Twitter:", "believes", "that", "who said", "but warned that",
    # plain words, apostrophes, numbers
    "we", "will", "win", "the", "plan", "is", "don't", "'90s", "rock 'n' roll", "leaders'", "1,000", "2026",
]
PUNCT = [",", ".", ":", ";", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "\n", "\n\n", " \n", "\t", "\r\n",
         "\u00a0", "\u2028"]

pieces = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.text(max_size=6),  # anything at all, surrogates excluded by hypothesis' default alphabet
)
separators = st.sampled_from(["", " ", " ", " ", "  ", "\n"])


@st.composite
def news_text(draw) -> str:
    """A text of up to ~80 pieces, each followed by a separator."""
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=80))
    return "".join(p + s for p, s in parts)


def check_records(text: str, quotes: list, doc: str = "-") -> None:
    """Every invariant an output record must hold, with the text it came from."""
    assert isinstance(quotes, list)
    n = len(text)
    previous_start = -1
    for i, q in enumerate(quotes):
        assert isinstance(q, Quote)
        assert q.doc == doc
        assert q.index == i
        assert q.kind in KINDS, q
        assert isinstance(q.rule, str) and q.rule, q
        assert isinstance(q.confidence, float) and 0 < q.confidence <= 1, q
        assert 0 <= q.start < q.end <= n, q
        assert text[q.start:q.end] == q.quote, q
        assert q.start >= previous_start, "records are in text order"
        previous_start = q.start
        assert q.speaker is None or (isinstance(q.speaker, str) and q.speaker.strip()), q
        for name in ("mention", "cue"):
            value, start, end = getattr(q, name), getattr(q, f"{name}_start"), getattr(q, f"{name}_end")
            if value is None:
                assert start is None and end is None, q
            else:
                assert isinstance(start, int) and isinstance(end, int), q
                assert 0 <= start < end <= n, q
                assert text[start:end] == value, q
        record = q.to_dict()
        assert tuple(record) == FIELDS
        assert json.loads(json.dumps(record, ensure_ascii=False)) == record


@SETTINGS
@given(news_text())
@example("")
@example('"We will win," Smith said, "and soon."\n\nHe added that it was “quickly degrading”.')
@example("“‘“‘“‘ nested ’”’”’”")
@example("« Nous gagnerons », a dit Smith. „Wir gewinnen“, sagte Jane Doe.")
@example("'Tis the '90s, rock 'n' roll, said the leaders' spokesman: ''It works.''")
@example('"Why?" Bob asked! "Because," Smith said.')
def test_extract_holds_its_invariants(text):
    quotes = extract(text)
    check_records(text, quotes)
    again = extract(text)
    assert again == quotes, "the same text gave a different answer on a second run"


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    check_records(text, extract(text))


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(news_text(), st.booleans(), st.text(min_size=1, max_size=10))
def test_beliefs_and_document_names(text, beliefs, doc):
    quotes = extract_document(Document(doc, text), beliefs=beliefs)
    check_records(text, quotes, doc=doc)
    assert extract_document(Document(doc, text), beliefs=beliefs) == quotes


_SAME_EVERYWHERE = """
import json, sys
from pathlib import Path
from quoteattr import extract
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
texts += [t * 20 for t in json.loads(sys.argv[2])]
print(json.dumps([[q.to_dict() for q in extract(t)] for t in texts]))
"""


def test_the_same_answer_in_every_process():
    """Set and dict order must not decide anything: other hash seeds, the same records."""
    samples = Path(__file__).resolve().parents[1] / "samples"
    extra = json.dumps(["Smith said he would. Jones said she would not. He added: “Never.”",
                        "« a „ b ‚ c ‹ d » “We,” said Jane Doe and Sergei Ostrov, “will win.”"])
    outputs = set()
    for seed in ("1", "2", "12345"):
        result = subprocess.run([sys.executable, "-c", _SAME_EVERYWHERE, str(samples), extra], capture_output=True,
                                env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert result.returncode == 0, result.stderr.decode()
        outputs.add(result.stdout)
    assert len(outputs) == 1
