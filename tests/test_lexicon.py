"""The keyed grammar.txt sections of fiction's dialogue rules load with the expected shape."""
import pytest

from quoteattr.errors import LexiconError
from quoteattr.lexicon import LANGUAGES, _keyed, load


def test_kin_nouns_have_gender_and_elder():
    kin = load("en").g.kin_nouns
    assert kin["mother"] == ("f", True) and kin["husband"] == ("m", True)
    assert kin["sister"] == ("f", False) and kin["son"] == ("m", False)
    assert all(gender in ("m", "f") and isinstance(elder, bool) for gender, elder in kin.values())


def test_title_abbreviations_address_words_and_continuing_verbs():
    g = load("en").g
    assert g.title_abbreviations["dr"] == "doctor" and g.title_abbreviations["lieut"] == "lieutenant"
    assert g.address_words["sir"] == "m" and g.address_words["ma’am"] == g.address_words["ma'am"] == "f"
    assert {"continued", "resumed"} <= g.continuing_verbs and isinstance(g.continuing_verbs, frozenset)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_keyed_sections(lang):
    g = load(lang).g
    assert isinstance(g.kin_nouns, dict) and isinstance(g.title_abbreviations, dict)
    assert isinstance(g.address_words, dict) and isinstance(g.continuing_verbs, frozenset)


def test_a_keyed_item_without_a_value_is_refused():
    assert _keyed("en", "title-abbreviations", {"dr=doctor"}) == {"dr": "doctor"}
    with pytest.raises(LexiconError):
        _keyed("en", "title-abbreviations", {"dr"})
