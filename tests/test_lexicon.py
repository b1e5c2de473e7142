"""The keyed grammar.txt sections of fiction's dialogue rules, and the other sections that were word lists in
the code, load with the expected shape and drive the rules that read them."""
import pytest

from quoteattr import extract
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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_sections_moved_out_of_the_code(lang):
    g = load(lang).g
    for name in ("honorific_pairs", "elder_honorifics", "possessive_genders", "person_nouns", "article_genders"):
        assert isinstance(getattr(g, name), dict), name
    for name in ("adverb_endings", "verb_endings", "not_verb_endings", "adjective_endings", "age_endings",
                 "adjective_suffixes", "skip_adverb_endings", "participle_endings", "past_endings"):
        assert isinstance(getattr(g, name), tuple), name  # str.endswith takes a tuple
    assert isinstance(g.male_titles, frozenset) and isinstance(g.not_vocatives, frozenset)
    assert isinstance(g.foreign_title_words, frozenset)


def test_moved_sections_hold_their_words():
    en, de = load("en").g, load("de").g
    assert "captain" in en.male_titles and en.honorific_pairs["mrs"] == "miss"
    assert en.elder_honorifics["f"].capitalize() == "Mrs." and en.possessive_genders["her"] == "f"
    assert en.person_nouns["gentleman"] == "m" and en.person_nouns["stranger"] is None
    assert "-year-old" in en.age_endings and "ous" in en.adjective_suffixes and not en.verb_endings
    assert de.article_genders == {"der": "m", "die": "f", "das": "n"} and "lich" in de.adverb_endings
    assert "of" in de.foreign_title_words and not de.person_nouns and not de.age_endings
    assert en.married_honorifics == {"mrs"} and "ms" in en.surname_honorifics and "of" in en.acronym_skips
    assert de.demonstrative_pronouns == {"das", "dies"} and "denen" in de.oblique_relatives
    assert not en.demonstrative_pronouns and not de.married_honorifics
    assert (en.skip_adverb_endings, en.participle_endings, en.past_endings) == (("ly",), ("ing",), ("ed",))
    assert not de.skip_adverb_endings and not de.participle_endings and not de.past_endings
    assert en.partitive_prepositions == {"of"} and not de.partitive_prepositions
    assert en.title_small_words == de.title_small_words == {"of", "the", "for", "and"}
    assert "of" not in load("en").title_words and "secretary" in load("en").title_words


def test_a_gendered_value_outside_its_genders_is_refused(monkeypatch):
    from quoteattr import lexicon

    text = "\n".join(f"[{name}]" for name in lexicon.GRAMMAR_SECTIONS).replace("[person-nouns]", "[person-nouns]\nbutler=x")
    monkeypatch.setattr(lexicon, "_lines", lambda lang, name: [
        (no, line) for no, line in enumerate(text.splitlines(), 1)])
    with pytest.raises(LexiconError, match="person-nouns"):
        lexicon._grammar("en")


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(r.to_dict()["quote"], r.to_dict()["speaker"]) for r in extract(text, "t", lang=lang)]


# invented passages: the rule reads its words from the lexicon, so emptying the section changes the result
OPENING = '"Very well," said Tom Webb.\n\n' * 12 + "The rain fell all that week upon the old house.\n\n" * 7
DESCRIBED = OPENING + ('Lady Marsh waited by the gate with Mr. Pell.\n\n'
                       '"The coach is late," said Mr. Pell.\n\n'
                       '"It always is," answered the old lady.\n\n'
                       '"Then we must wait," returned the gentleman.')
ORGANISATION = ('Die Feuerwehr löschte am Abend einen Brand in einer Lagerhalle. Sie teilte am Morgen mit, '
                'es habe keine Verletzten gegeben.')


def test_person_nouns_section_drives_described_speakers(monkeypatch):
    assert _speakers(DESCRIBED, "en")[-1] == ("Then we must wait,", "Pell")
    monkeypatch.setattr(load("en").g, "person_nouns", {})
    assert _speakers(DESCRIBED, "en")[-1] == ("Then we must wait,", None)


def test_article_genders_section_drives_the_organisation_a_pronoun_stands_for(monkeypatch):
    assert _speakers(ORGANISATION, "de") == [("es habe keine Verletzten gegeben", "Feuerwehr")]
    monkeypatch.setattr(load("de").g, "article_genders", {})
    assert _speakers(ORGANISATION, "de") == [("es habe keine Verletzten gegeben", None)]


REPORT_BEFORE = ("Die Zahl der Besucher im Tierpark ist im Sommer um ein Drittel gestiegen. "
                 "Das teilte die Stadtverwaltung am Dienstag mit.")


def test_demonstrative_pronouns_section_drives_the_report_of_the_sentence_before(monkeypatch):
    assert [s for _, s in _speakers(REPORT_BEFORE, "de")] == ["Stadtverwaltung"]
    monkeypatch.setattr(load("de").g, "demonstrative_pronouns", frozenset())
    assert _speakers(REPORT_BEFORE, "de") == []


ADVERB_BEFORE_VERB = "Harriet Vollmer quietly insisted the vote had been fair."  # (no "that": a verb before "that" takes any subject)


def test_skip_adverb_endings_section_lets_an_adverb_stand_between_subject_and_verb(monkeypatch):
    assert _speakers(ADVERB_BEFORE_VERB, "en") == [("the vote had been fair", "Harriet Vollmer")]
    monkeypatch.setattr(load("en").g, "skip_adverb_endings", ())
    assert _speakers(ADVERB_BEFORE_VERB, "en") == []


PRONOUN_AFTER_VERB = "The front-runner argued she could win the harbor vote."


def test_personal_subject_pronouns_section_opens_a_clause_after_a_verb_with_no_known_speaker(monkeypatch):
    assert _speakers(PRONOUN_AFTER_VERB, "en") == [("she could win the harbor vote", None)]
    monkeypatch.setattr(load("en").g, "personal_subject_pronouns", frozenset())
    assert _speakers(PRONOUN_AFTER_VERB, "en") == []
