"""An entity's title from an appositive after its name (resolve._Entities.title)."""
from __future__ import annotations

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
