"""An entity's title from an appositive after its name (resolve._Entities.title); the entities before a position (_Entities.before)."""
from __future__ import annotations

import bisect

import pytest

from quoteattr import extract


@pytest.mark.parametrize("gap", [",", " ,", "  ,", "\t,"])
def test_an_appositive_after_the_name_and_spaces_gives_the_title(gap):
    [q] = extract(f"Ines Varro{gap} a spokeswoman for the harbour board, said the ships were late.")
    assert (q.speaker, q.speaker_title) == ("Ines Varro", "spokeswoman for the harbour board")


def test_a_name_followed_by_a_word_has_no_appositive():
    found = extract('Ines Varro said the ships were late. "They were," Varro said.')
    assert [(q.speaker, q.speaker_title) for q in found] == [("Ines Varro", None)] * 2



LONG = "spokeswoman for the Northhampton-upon-Severn-and-Westmoreland harbourmasters' association"


@pytest.mark.parametrize("phrase, title", [
    ("a spokeswoman for the harbour board  ,", "spokeswoman for the harbour board"),  # spaces before the comma
    (f"a {LONG} board,", f"{LONG} board"),  # 95 characters: within the limit of 120
    (f"a {LONG} board of directors and trustees,", None),  # 121: past it
])
def test_an_appositive_runs_to_the_next_comma_within_its_limit(phrase, title):
    [q] = extract(f"Ines Varro, {phrase} said the ships were late.")
    assert (q.speaker, q.speaker_title) == ("Ines Varro", title)


BEFORE_TEXT = ("Ann Vell met Ben Orr in Dunmore. Vell said the Harbor Board would act. Orr, the mayor, said no. "
               "Kim Lutz of the Ferry Trust agreed with Ann Vell. Later Orr and Lutz spoke. The trust said so.")


def test_entities_before_is_the_walk_over_the_timeline():
    from quoteattr import lexicon, mentions, segment
    from quoteattr.resolve import _Entities

    lex = lexicon.load("en")
    found = mentions.find_mentions(BEFORE_TEXT, segment.tokens(BEFORE_TEXT), lex)
    ents = _Entities(BEFORE_TEXT, found, lex)
    assert len(ents.entities) >= 4
    for pos in range(len(BEFORE_TEXT) + 1):
        k = bisect.bisect_left(ents.positions, pos)
        assert list(ents.before(pos)) == list(ents._before(k, False))
        # the walk: entities of the (up to 399) latest name mentions before pos, most recent first, each once
        walk = []
        for _, e in reversed(ents.timeline[max(0, k - 399):k]):
            if all(e is not w for w in walk):
                walk.append(e)
        assert list(ents.before(pos)) == walk
