"""German: lexicons, quotation marks, verb-second word order, subjunctive reported speech (our own sentences)."""
from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.lexicon import detect_language, load

CASES = [
    ("quote-comma-verb-speaker", "„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel am Montag.",
     [("direct", "Wir sind bereit", "Angela Merkel")]),
    ("guillemets", "»Das ist ein guter Tag«, sagte Ministerin Anna Berg.",
     [("direct", "Das ist ein guter Tag", "Anna Berg")]),
    ("speaker-verb-comma-subjunctive", "Innenminister Peter Schaar sagte, die Lage sei ernst.",
     [("indirect", "die Lage sei ernst", "Peter Schaar")]),
    ("speaker-verb-dass", "Peter Schaar erklärte am Dienstag, dass das Gesetz im Herbst komme.",
     [("indirect", "das Gesetz im Herbst komme", "Peter Schaar")]),
    ("verb-second", "Am Dienstag erklärte der Minister, das Gesetz komme im Herbst.",
     [("indirect", "das Gesetz komme im Herbst", None)]),
    ("separable-verb-inverted", "Der Unfall kostete 40 Menschen das Leben, teilte die Polizei mit.",
     [("indirect", "Der Unfall kostete 40 Menschen das Leben", "Polizei")]),
    ("so-attribution", "„Die Lage ist ernst“, so Innenminister Peter Schaar.",
     [("direct", "Die Lage ist ernst", "Peter Schaar")]),
    ("laut", "Laut Innenminister Peter Schaar sollen 50 Menschen verletzt worden sein.",
     [("indirect", "sollen 50 Menschen verletzt worden sein", "Peter Schaar")]),
    ("zufolge", "Den Behörden zufolge wurden am Sonntag 17 Menschen verletzt.",
     [("indirect", "wurden am Sonntag 17 Menschen verletzt", None)]),
    ("subjunctive-continuation", "Peter Schaar sagte, die Lage sei ernst. Es gebe keine schnelle Lösung.",
     [("indirect", "die Lage sei ernst", "Peter Schaar"), ("indirect", "Es gebe keine schnelle Lösung", "Peter Schaar")]),
    ("common-noun-is-no-speaker", "Der Unfall sagte nichts über die Ursache.", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name, text, expected):
    assert [(q.kind, q.quote, q.speaker) for q in extract(text, lang="de")] == expected


def test_language_is_detected_from_the_text():
    assert detect_language("Der Minister sagte, die Lage sei ernst und es gebe keine Lösung.") == "de"
    assert detect_language("The minister said the situation is serious and there is no solution.") == "en"
    de = extract("„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel am Montag.")
    assert [(q.kind, q.speaker) for q in de] == [("direct", "Angela Merkel")]


def test_a_third_language_is_a_folder_every_section_present():
    for lang in ("en", "de"):
        lex = load(lang)
        assert lex.verbs and lex.titles and lex.g.pronouns and lex.g.that
