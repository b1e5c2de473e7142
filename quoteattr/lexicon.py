"""Packaged word lists per language, loaded once, validated at load, with verb forms generated from lemmas."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from .errors import LexiconError

LANGUAGES = ("en", "de")
FRAMES = ("clause", "any", "quote", "marks")
_VOWELS = set("aeiou")


def _lines(lang: str, name: str) -> list[tuple[int, str]]:
    try:
        # the package's own folder when it is one (importing importlib.resources costs a tenth of the CLI's
        # start-up); through importlib.resources otherwise (a zip)
        path = os.path.join(os.path.dirname(__file__), "lexicons", lang, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
        else:
            from importlib import resources

            raw = resources.files("quoteattr").joinpath("lexicons").joinpath(lang).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon {lang}/{name} is missing", "reinstall quoteattr") from exc
    out = []
    for no, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((no, line))
    return out


def regular_forms(lemma: str) -> tuple[str, str, str, str]:
    """Past, past participle, -ing form and third person of a regular English verb."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", (lemma[:-1] + "ing" if not lemma.endswith("ee") else lemma + "ing")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return past, past, ing, third


def _split_frame(lang: str, name: str, no: int, line: str) -> tuple[str, str, str | None]:
    """`body | frame | particle` -> (body, frame, particle); frame defaults to clause."""
    body, *rest = [part.strip() for part in line.split("|")]
    frame = (rest[0] if rest else "") or "clause"
    particle = rest[1].lower() if len(rest) > 1 and rest[1] else None
    if frame not in FRAMES:
        raise LexiconError(f"lexicon {lang}/{name} line {no}: unknown frame {frame!r}",
                           f"use one of {', '.join(FRAMES)}")
    return body, frame, particle


GRAMMAR_SECTIONS = (
    "settings", "pronouns", "articles", "determiners", "connectors", "title-modifiers", "description-stops", "aux", "be",
    "negation", "finite", "subject-pronouns", "that", "wh", "relative", "as-conjunction", "coordinators", "object-verbs",
    "object-pronouns", "needs-that", "time-words", "bad-content-start", "prepositions", "function",
    "stopwords", "contrast", "inner-reflexive", "abbreviations", "sentence-starters", "so", "postpositions",
    "description-prepositions", "subjunctive", "title-suffixes", "cue-adverbs",
    "ordinal-nouns", "quoting-verbs", "passive-aux", "clause-verbs",
    "quantity-heads", "number-words", "quantity-modifiers", "never-inverted",
    "finding-verbs", "evidence-nouns", "name-nouns",
    "source-cues", "source-prepositions", "subordinators", "quote-introducers", "possessives",
    "quantifiers", "opinion-prepositions", "oblique-articles", "document-nouns", "heading-words",
    "definite-articles",
    "headline-kickers",
    "partitives", "clause-openers", "opener-leads",
    "occasion-prepositions", "occasion-nouns", "apposition-openers", "say-verbs", "source-postmodifiers",
    "occasion-complements", "object-relatives", "noun-forms", "document-verbs", "question-verbs",
    "hearsay-modals", "name-particles", "demonstratives", "request-prepositions", "relative-genitives",
    "relative-only",
    "degree-words", "genitive-articles", "genitive-prepositions",
    "kin-nouns", "title-abbreviations", "address-words", "continuing-verbs", "agent-prepositions",
    "male-titles", "honorific-pairs", "elder-honorifics", "possessive-genders",
    "person-nouns", "not-vocatives", "article-genders", "foreign-title-words", "married-honorifics",
    "surname-honorifics", "acronym-skips", "demonstrative-pronouns", "oblique-relatives",
    "adverb-endings", "verb-endings", "not-verb-endings", "adjective-endings", "dative-plural-endings", "age-endings",
    "adjective-suffixes",
    "skip-adverb-endings", "participle-endings", "past-endings", "partitive-prepositions", "title-small-words",
    "plural-determiners", "tag-copulas", "tag-only-words", "reply-nouns",
    "inversion-openers", "passive-agent-prepositions", "gerund-prepositions", "noun-determiners",
    "naming-before", "naming-after", "naming-verbs", "personal-subject-pronouns", "participle-subject-prepositions",
    "share-nouns", "group-counts",
)


class Grammar:
    """The function words of one language by role (grammar.txt): `g.aux`, `g.that`, ... as frozensets,
    `g.pronouns` as {pronoun: gender}, and the keyed sections of fiction's dialogue rules: `g.kin_nouns` as
    {kin noun: (gender, elder)}, `g.title_abbreviations` as {abbreviation: title word}, `g.address_words` as
    {word of address: gender}, `g.person_nouns` as {noun: gender or None}, and the other keyed sections as
    {word: value}; the sections of word endings (`g.adverb_endings`, ...) as tuples for str.endswith."""

    kin_nouns: dict[str, tuple[str, bool]]
    title_abbreviations: dict[str, str]
    address_words: dict[str, str]
    honorific_pairs: dict[str, str]
    elder_honorifics: dict[str, str]
    possessive_genders: dict[str, str]
    person_nouns: dict[str, str | None]
    article_genders: dict[str, str]

    def __init__(self, sections: dict[str, frozenset[str]], pronouns: dict[str, str | None]):
        for name, words in sections.items():
            setattr(self, name.replace("-", "_"), words)
        self.pronouns = pronouns


def _grammar(lang: str) -> Grammar:
    sections: dict[str, set[str]] = {}
    current = None
    for no, line in _lines(lang, "grammar.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            if current not in GRAMMAR_SECTIONS:
                raise LexiconError(f"lexicon {lang}/grammar.txt line {no}: unknown section [{current}]",
                                   f"use one of {', '.join(GRAMMAR_SECTIONS)}")
            sections.setdefault(current, set())
            continue
        if current is None:
            raise LexiconError(f"lexicon {lang}/grammar.txt line {no}: words before any [section]",
                               "start the file with a [section] line")
        sections[current].update(w.lower().replace("_", " ") for w in line.split())
    missing = [name for name in GRAMMAR_SECTIONS if name not in sections]
    if missing:
        raise LexiconError(f"lexicon {lang}/grammar.txt lacks sections {', '.join(missing)}",
                           "add them, empty if the language has no such words")
    pronouns: dict[str, str | None] = {}
    for item in sections.pop("pronouns"):
        word, _, gender = item.partition("=")
        if gender not in ("m", "f", "n", "pl", "-"):
            raise LexiconError(f"lexicon {lang}/grammar.txt: pronoun {item!r} needs a gender",
                               "write pronoun=m, f, n, pl or -")
        pronouns[word] = None if gender == "-" else gender
    keyed = {name: _keyed(lang, name, sections.pop(name)) for name in _KEYED_SECTIONS}
    kin: dict[str, tuple[str, bool]] = {}
    for word, value in keyed["kin-nouns"].items():
        gender, _, age = value.partition("+")
        if gender not in ("m", "f") or age not in ("", "elder"):
            raise LexiconError(f"lexicon {lang}/grammar.txt: kin noun {word}={value} is not understood",
                               "write noun=m or noun=f, with +elder for a parent or spouse (mother=f+elder)")
        kin[word] = (gender, age == "elder")
    for name, genders in _GENDER_VALUES.items():
        for word, gender in keyed[name].items():
            if gender not in genders:
                raise LexiconError(f"lexicon {lang}/grammar.txt: [{name}] item {word}={gender} needs a gender",
                                   f"write word={' or word='.join(genders)}")
    endings = {name: tuple(sorted(sections.pop(name))) for name in _ENDING_SECTIONS}
    grammar = Grammar({k: frozenset(v) for k, v in sections.items()}, pronouns)
    grammar.kin_nouns = kin
    for name in _KEYED_SECTIONS[1:]:
        setattr(grammar, name.replace("-", "_"), keyed[name])
    grammar.person_nouns = {word: None if gender == "-" else gender for word, gender in keyed["person-nouns"].items()}
    for name, words in endings.items():
        setattr(grammar, name.replace("-", "_"), words)
    return grammar


# sections of word=value items, read as dicts
_KEYED_SECTIONS = ("kin-nouns", "title-abbreviations", "address-words", "honorific-pairs", "elder-honorifics",
                   "possessive-genders", "person-nouns", "article-genders")
# the genders a keyed section's values may be
_GENDER_VALUES = {"address-words": ("m", "f"), "possessive-genders": ("m", "f"), "person-nouns": ("m", "f", "-"),
                  "article-genders": ("m", "f", "n")}
# sections of word endings, read as tuples (str.endswith takes a tuple; which ending matches does not matter)
_ENDING_SECTIONS = ("adverb-endings", "verb-endings", "not-verb-endings", "adjective-endings", "dative-plural-endings",
                    "age-endings",
                    "adjective-suffixes", "skip-adverb-endings", "participle-endings", "past-endings")


def _keyed(lang: str, name: str, items: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in sorted(items):
        word, sep, value = item.partition("=")
        if not sep or not word or not value:
            raise LexiconError(f"lexicon {lang}/grammar.txt: [{name}] item {item!r} needs a value",
                               "write word=value")
        out[word] = value
    return out


@dataclass(frozen=True, slots=True)
class VerbForm:
    lemma: str
    frame: str
    participle: bool  # the -ing form ("adding that ...")
    particle: str | None = None  # a separable particle the clause must hold ("teilte ... mit")


@dataclass(frozen=True)
class Lexicon:
    """All word lists of one language."""

    lang: str
    verbs: dict[str, VerbForm]          # inflected single-word cue -> lemma
    phrases: dict[str, list[tuple[tuple[str, ...], VerbForm]]]  # first word -> (rest words, form)
    nouns: dict[str, list[tuple[str, ...]]]  # first word -> noun cue token tuples
    speaker_nouns: frozenset[str]       # noun cues followed by their speaker ("according to", "laut")
    separated: dict[str, list[VerbForm]]  # separable verb forms that need a particle later in the clause
    beliefs: dict[str, VerbForm]
    honorifics: dict[str, str | None]
    titles: dict[str, str | None]       # title (possibly several words) -> gender
    title_words: frozenset[str]         # every content word that occurs in a title
    title_heads: frozenset[str]         # one-word titles: what a description can end in
    groups: frozenset[str]
    org_words: frozenset[str]
    demonyms: frozenset[str]
    first_names: dict[str, str]
    not_names: frozenset[str]
    role_groups: dict[str, tuple[str, ...]]
    g: Grammar
    # words a cue or a lower-case mention can begin with: every other token is skipped at once
    cue_starts: frozenset[str] = frozenset()
    cue_starts_with_beliefs: frozenset[str] = frozenset()
    mention_starts: frozenset[str] = frozenset()
    # words a description can end in (title heads, groups, organisation words), title suffixes aside
    description_heads: frozenset[str] = frozenset()


def _verb_table(lang: str, name: str, irregular: dict[str, tuple[str, ...]],
                separated: dict[str, list[VerbForm]]) -> dict[str, VerbForm]:
    """Every form of every verb -> its VerbForm; forms of separable verbs that need their particle go to
    `separated` instead (one form may belong to several: "gab ... an", "gab ... bekannt")."""
    table: dict[str, VerbForm] = {}
    for no, line in _lines(lang, name):
        body, frame, particle = _split_frame(lang, name, no, line)
        if ":" in body:
            # explicit forms, for languages the English rules do not inflect: "sagen: sagt sagte gesagt"
            lemma, _, forms_text = body.partition(":")
            lemma = lemma.strip().lower()
            for form in [lemma, *forms_text.lower().split()]:
                if particle and not form.startswith(particle):
                    separated.setdefault(form, []).append(VerbForm(lemma, frame, False, particle))
                else:
                    table.setdefault(form, VerbForm(lemma, frame, False))
            continue
        words = body.split()
        lemma, given = words[0].lower(), [w.lower() for w in words[1:]]
        if len(given) > 4:
            raise LexiconError(f"lexicon {lang}/{name} line {no}: too many forms",
                               "write: lemma [past [participle [ing [third]]]]")
        forms = list(regular_forms(lemma))
        for i, form in enumerate(given):
            forms[i] = form
        irregular.setdefault(lemma, tuple(forms))
        for i, form in enumerate([lemma, *forms]):
            table.setdefault(form, VerbForm(lemma, frame, participle=(i == 3)))
    return table


_EDGE_PUNCTUATION = ".,;:!?\"'“”„«»()"


def detect_language(text: str, sample: int = 5_000) -> str:
    """The language whose function words ([stopwords] of grammar.txt) are most frequent in the text's
    beginning; English when nothing decides."""
    # 5,000 characters (some 800 words) decide as surely as 20,000 did: the answer is the same on every
    # document of the evaluation sets. Most texts tell at once, though: where the first _FIRST_LOOK
    # characters give one language three times the function words of any other, and ten more, that one
    # is the answer without reading the rest of the sample (the same answer on every document of the
    # evaluation sets; it spares four fifths of the detection on most of them).
    if len(text) > _FIRST_LOOK and sample > _FIRST_LOOK:
        best, counts = _most_function_words(text[:_FIRST_LOOK])
        if all(c * 3 <= counts[best] and c + 10 <= counts[best] for lang, c in counts.items() if lang != best):
            return best
    return _most_function_words(text[:sample])[0]


_FIRST_LOOK = 1_000


def _most_function_words(sample: str) -> tuple[str, dict[str, int]]:
    """The language with the most function words in `sample` (English when none has any), and the count
    of each language."""
    # Each word is stripped once, and counted per language by a C-level map rather than a generator
    # expression.
    words = list(map(str.strip, sample.lower().split(), repeat(_EDGE_PUNCTUATION)))
    best, best_count = "en", 0
    counts = {}
    for lang in LANGUAGES:
        count = counts[lang] = sum(map(_stopwords(lang).__contains__, words))
        if count > best_count:
            best, best_count = lang, count
    return best, counts


@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    """The [stopwords] of `lang`'s grammar.txt (as load(lang).g has them), without loading the rest of its
    lexicon: detecting the language of an English text no longer loads the German word lists."""
    return _grammar(lang).stopwords


@lru_cache(maxsize=None)
def load(lang: str = "en") -> Lexicon:
    """The lexicon of `lang`, read from the packaged data files (cached)."""
    if lang not in LANGUAGES:
        raise LexiconError(f"no lexicon for language {lang!r}", f"use one of: {', '.join(LANGUAGES)}, or auto")
    irregular: dict[str, tuple[str, ...]] = {}
    for no, line in _lines(lang, "irregular-verbs.txt"):
        words = line.lower().split()
        if len(words) != 5:
            raise LexiconError(f"lexicon {lang}/irregular-verbs.txt line {no}: expected 5 forms",
                               "write: lemma past participle ing third")
        irregular[words[0]] = tuple(words[1:])
    separated: dict[str, list[VerbForm]] = {}
    verbs = _verb_table(lang, "cue-verbs.txt", irregular, separated)
    beliefs = _verb_table(lang, "belief-verbs.txt", {}, {})
    phrases: dict[str, list[tuple[tuple[str, ...], VerbForm]]] = {}
    for no, line in _lines(lang, "cue-phrases.txt"):
        body, frame, _ = _split_frame(lang, "cue-phrases.txt", no, line)
        words = body.lower().split()
        if len(words) < 2:
            raise LexiconError(f"lexicon {lang}/cue-phrases.txt line {no}: a phrase needs two words",
                               "put single verbs in cue-verbs.txt")
        lemma = words[0]
        forms = irregular.get(lemma) or regular_forms(lemma)
        for i, form in enumerate([lemma, *forms]):
            entry = (tuple(words[1:]), VerbForm(body.lower(), frame, i == 3))
            if entry not in phrases.setdefault(form, []):
                phrases[form].append(entry)
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    nouns: dict[str, list[tuple[str, ...]]] = {}
    speaker_nouns: set[str] = set()
    for _, line in _lines(lang, "cue-nouns.txt"):
        body, _, mark = line.partition("|")
        words = tuple(body.lower().split())
        nouns.setdefault(words[0], []).append(words[1:])
        if mark.strip() == "speaker":
            speaker_nouns.add(" ".join(words))
    for entries in nouns.values():
        entries.sort(key=lambda e: -len(e))

    def gendered(name: str) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for no, line in _lines(lang, name):
            words = line.lower().split()
            gender = None
            if words[-1] in ("m", "f", "-") and len(words) > 1:
                gender = None if words[-1] == "-" else words[-1]
                words = words[:-1]
            out[" ".join(words)] = gender
        return out

    titles = gendered("titles.txt")
    first = {k: v for k, v in gendered("first-names.txt").items() if v}
    role_groups: dict[str, tuple[str, ...]] = {}
    for no, line in _lines(lang, "role-groups.txt"):
        head, sep, rest = line.partition(":")
        if not sep:
            raise LexiconError(f"lexicon {lang}/role-groups.txt line {no}: missing ':'",
                               "write: head: title, title")
        role_groups[head.strip().lower()] = tuple(t.strip().lower() for t in rest.split(",") if t.strip())
    not_names = frozenset(w for _, line in _lines(lang, "not-names.txt") for w in line.lower().split())
    g = _grammar(lang)
    cue_starts = (frozenset(phrases) | frozenset(nouns) | frozenset(verbs) | frozenset(separated) | g.so
                  | g.postpositions)
    title_heads = frozenset(t for t in titles if " " not in t)
    groups = frozenset(line.lower() for _, line in _lines(lang, "groups.txt"))
    org_words = frozenset(line.lower() for _, line in _lines(lang, "organisation-words.txt"))
    return Lexicon(
        cue_starts=cue_starts,
        cue_starts_with_beliefs=cue_starts | frozenset(beliefs),
        mention_starts=(frozenset(g.pronouns) | g.determiners | g.articles | groups
                        | frozenset(h + "s" for h in title_heads)),
        description_heads=title_heads | groups | org_words,
        lang=lang,
        verbs=verbs,
        phrases=phrases,
        nouns=nouns,
        speaker_nouns=frozenset(speaker_nouns),
        separated=separated,
        beliefs=beliefs,
        honorifics=gendered("honorifics.txt"),
        titles=titles,
        title_words=frozenset(w for t in titles for w in t.split() if w not in g.title_small_words),
        title_heads=title_heads,
        groups=groups,
        org_words=org_words,
        demonyms=frozenset(line.lower() for _, line in _lines(lang, "demonyms.txt")),
        first_names=first,
        not_names=not_names,
        role_groups=role_groups,
        g=g,
    )
