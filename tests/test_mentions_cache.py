"""find_mentions keeps what a capitalised run makes, by lexicon and the run's text, across documents: the
mentions must be those found with nothing kept, whatever came before, and what is kept stays bounded."""
import pytest

from quoteattr import mentions, segment
from quoteattr.lexicon import load

# (text, language, hard-wrapped): the same runs in contexts that change their mention (titles before them,
# an article, a possessive, a line break, another language)
TEXTS = [
    ("Ann Cole said it. Later former president Ann Cole said no, and Ann Cole left.", "en", False),
    ("Chief financial officer Ann Cole spoke. Then Ann Cole left; the Ann Cole Fund paid.", "en", False),
    ("The Harbor Board said so. Ann Cole's plan failed, said Ann Cole.", "en", False),
    ("Mayor Ivo Sand met Ann Cole.\nAnn\nCole said yes. Ivo Sand said no.", "en", False),
    ("Mayor Ivo Sand met Ann Cole.\nAnn\nCole said yes. Ivo Sand said no.", "en", True),
    ("Ann Cole Says No To Harbor Board. Ann Cole said no.", "en", False),
    ("Ann Cole sagte, Ivo Sand habe recht. Bürgermeister Ivo Sand schwieg.", "de", False),
    ("Ann Cole said it. Ivo Sand, the mayor, said so. Ann Cole and Ivo Sand left.", "en", False),
]


def _found(text, lang, wrapped):
    return mentions.find_mentions(text, segment.tokens(text), load(lang), wrapped)


def _cold(text, lang, wrapped):
    mentions._RUN_PARTS.clear()
    return _found(text, lang, wrapped)


def test_kept_runs_give_the_mentions_found_with_nothing_kept():
    cold = [_cold(*case) for case in TEXTS]
    for order in (list(range(len(TEXTS))), list(reversed(range(len(TEXTS))))):
        mentions._RUN_PARTS.clear()
        for _ in range(2):
            for k in order:
                assert _found(*TEXTS[k]) == cold[k], TEXTS[k]
    assert any(held[2] for held in mentions._RUN_PARTS.values())  # the cache was used


def test_what_is_kept_stays_bounded(monkeypatch):
    monkeypatch.setattr(mentions, "_RUN_PARTS_MAX", 5)
    names = [f"{first} {last}" for first in ("Ann", "Ivo", "Lena", "Mara") for last in ("Cole", "Sand", "Quell")]
    text = " ".join(f"{name} said so. Later {name} left." for name in names)
    cold = _cold(text, "en", False)
    mentions._RUN_PARTS.clear()
    for _ in range(3):
        assert _found(text, "en", False) == cold
        for held in mentions._RUN_PARTS.values():
            assert len(held[1]) <= 5 and len(held[2]) <= 5


def test_a_long_run_is_not_kept():
    # a capitalised run of a whole line (a headline in capitals, a table) is no name seen again: keeping its
    # text would keep a copy of the line
    mentions._RUN_PARTS.clear()
    run = " ".join(["Harbor Board Budget Vote"] * 200)
    text = f"{run} said. {run} said."
    assert _found(text, "en", False) == _cold(text, "en", False)
    _found(text, "en", False)
    for held in mentions._RUN_PARTS.values():
        assert all(len(key) <= mentions._RUN_KEY_MAX for key in (*held[1], *held[2]))


@pytest.fixture(autouse=True)
def _fresh_cache():
    mentions._RUN_PARTS.clear()
    yield
    mentions._RUN_PARTS.clear()
