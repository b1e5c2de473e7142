"""Stage 5: speakers. Link every mention to one entity per person or organisation, and name it.

Name mentions are clustered into entities: a later "Ostrov" joins "Russian Foreign Minister Sergei
Ostrov" by surname, name variants join by fuzzy matching (rapidfuzz). An entity's canonical name is the
fullest form of its name, the earliest of equals (as BBC Citron keeps "the earliest instance of the
longest form"); its title comes from the words before the name or an appositive ("X, a spokesman for Y,").
Pronouns go to the nearest preceding entity of compatible gender; descriptions ("the top Russian
diplomat") to the most recent entity whose title shares their head noun (or a role that head covers,
lexicons/*/role-groups.txt) and modifiers. What cannot be decided stays unresolved: speaker null.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

import regex

from . import lazyregex
from .lexicon import Lexicon
from .models import Attribution, Mention, Paragraph, Quote, QuoteSpan, make_quote

_SENTENCE_START = lazyregex.compile(r"(?:^|\n|[.!?][\"'”’]?\s+)\s*$")
_COMMA = regex.compile(r"\s*,\s*")
_ENTITY = itemgetter(1)  # of a (position, entity) pair of _Entities.timeline


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


class _Patterns:
    """The language's regular expressions for resolution, built once per lexicon."""

    _cache: dict[str, "_Patterns"] = {}

    def __init__(self, lex: Lexicon):
        g = lex.g
        articles = _alternation(g.articles)
        self.preposition_before = regex.compile(
            rf"\b(?:{_alternation(g.prepositions)})\s+(?:(?:{articles})\s+)?$", regex.I)
        # (the phrase holds no comma, so it runs to the next one in one go: possessive, where a lazy
        # repeat tried the comma after every character; the spaces before the comma, which it may now
        # hold, are stripped by _appositive)
        self.appositive = regex.compile(
            rf"\s*,\s+(?:(?:{articles})\s+)?([^\s,.;:\"“”„()][^,.;:\"“”„()]{{2,119}}+)\s*,", regex.I)
        self.determiner = regex.compile(rf"^(?:{articles})\s+", regex.I)
        # fiction: a sentence that opens with 'His'/'Her' and a kin noun ('Her father laid down his paper.'),
        # and a word of address that ends a phrase ('"Not yet, sir."')
        self.kin_opening = lazyregex.compile(r"(?:(?<=^|\n)|(?<=[.!?][\"'”’]?\s))\s*((?:His|Her) ("
                                         + _alternation(g.kin_nouns) + r"))\b")
        self.address = lazyregex.compile(r"(?<![\w'’])(" + _alternation(g.address_words) + r")(?=\s*[,.!?;:—–]|$)",
                                     regex.I)

    @classmethod
    def of(cls, lex: Lexicon) -> "_Patterns":
        if lex.lang not in cls._cache:
            cls._cache[lex.lang] = cls(lex)
        return cls._cache[lex.lang]


@dataclass(slots=True, eq=False)
class Entity:
    name: str
    tokens: list[str]
    org: bool
    gender: str | None
    title: str | None = None
    first_at: int = 0
    mentions: list[Mention] = field(default_factory=list)
    titled: bool = False  # whether `title` has been looked for (see _Entities.title)


# titles held by men only in novels of the period ([male-titles] of grammar.txt) tell a character's gender in
# dialogue ('Captain Rowe ... said he'); [honorific-pairs] names the honorific that names someone else ("mrs": "miss")


def _honorific(m: Mention) -> str:
    return m.text.split(maxsplit=1)[0].strip(".").lower() if m.text else ""


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    # cached: a document names the same people again and again, and each mention asks twice
    return tuple(w.strip(".,'’").lower() for w in name.split() if w.strip(".,'’"))


class _Entities:
    def __init__(self, text: str, mentions: list[Mention], lex: Lexicon, dialogue: bool = False):
        self.text = text
        self.lex = lex
        # fiction: relatives share a surname ("Mr. Harcourt", "Clara Harcourt"), and a character is called by
        # the first name alone ("Clara")
        self.dialogue = dialogue
        self.by_first: dict[str, list[Entity]] = {}
        self.honorifics: dict[int, set[str]] = {}  # "mrs"/"miss" used with an entity's names
        self.patterns = _Patterns.of(lex)
        self.entities: list[Entity] = []
        self.of_mention: dict[int, Entity] = {}
        self.timeline: list[tuple[int, Entity]] = []  # (position, entity) for every name mention
        self.in_phrase: dict[int, bool] = {}  # position of a name mention -> whether it follows a preposition
        self.by_tokens: dict[tuple[str, ...], Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        # fiction's turn-taking (set by resolve and _dialogue_turns): the first-person narrator, the starts of
        # its mentions, and every mention in text order with their starts
        self.narrator: Entity | None = None
        self.narrator_starts: set[int] = set()
        self.mentions: list[Mention] = []
        self.mention_starts: list[int] = []
        self.title_firsts: dict[int, tuple[int, dict[str, int]]] = {}  # id(entity) -> (mentions seen, title word -> first start)
        self.orgs: list[Entity] = []
        self.places: set[int] = set()  # fiction: ids of the entities always named after "the" (places)
        self.stand_ins: dict[tuple[str, str], Entity] = {}  # fiction: unnamed wives and fathers (_kin_stand_in)
        self.surnamed: dict[int, bool] = {}  # id(entity) -> whether the text gives their surname (_kin_stand_in)
        by_tokens, of_mention, timeline = self.by_tokens, self.of_mention, self.timeline
        for m in mentions:
            if m.type != "name" or not m.name:
                continue
            words = _name_tokens(m.name)
            if not dialogue:
                # A name said before in these very words (most are): _match finds its entity by them, and _add
                # has only the mention to record, since the entity's longer name, by_tokens and by_last have
                # these words already.
                e = by_tokens.get(words)
                if e is not None:
                    if e.gender is None and m.gender in ("m", "f"):
                        e.gender = m.gender
                    e.mentions.append(m)
                    of_mention[m.start] = e
                    timeline.append((m.start, e))
                    continue
            e = self._match(m, words)
            if e is None:
                e = Entity(m.name, words, m.org, m.gender, first_at=m.start)
                self.entities.append(e)
                if e.org:
                    self.orgs.append(e)
            self._add(e, m, words)
        if dialogue:
            for e in self.entities:
                if not e.org and all(_after_definite_article(text, m.start, lex) for m in e.mentions):
                    e.org = True  # fiction: 'reached the Grange', 'the Crown': a place, never a character
                    self.orgs.append(e)
                    self.places.add(id(e))
        self.positions = [p for p, _ in self.timeline]
        self._genders_from_pronouns(text, mentions)
        self.all_mentions = mentions

    def _genders_from_pronouns(self, text: str, mentions: list[Mention]) -> None:
        """A name with no gender of its own takes the one of the pronouns that follow it closely ("Darcy
        bowed. He ..."), when they agree: two or more, three to one at least."""
        votes: dict[int, list[int]] = {}
        for m in mentions:
            if m.type != "pronoun" or m.gender not in ("m", "f"):
                continue
            k = bisect.bisect_left(self.positions, m.start) - 1
            if k < 0:
                continue
            p, e = self.timeline[k]
            if e.gender is None and not e.org and m.start - p <= 80 and "\n" not in text[p:m.start]:
                count = votes.setdefault(id(e), [0, 0])
                count[m.gender == "f"] += 1
        for e in self.entities:
            count = votes.get(id(e))
            if count is not None and e.gender is None:
                male, female = count
                if male >= 2 and male >= 3 * female:
                    e.gender = "m"
                elif female >= 2 and female >= 3 * male:
                    e.gender = "f"

    def _match(self, m: Mention, toks: tuple[str, ...]) -> Entity | None:
        """The entity the name mention `m` (its name's words `toks`) stands for, if one is known."""
        if not toks:
            return None
        exact = self.by_tokens.get(tuple(toks))
        if exact is not None and not (self.dialogue and self.lex.g.honorific_pairs.get(_honorific(m)) in self.honorifics.get(id(exact), ())):
            return exact
        if not m.org:
            # "Ostrov" -> "Sergei Ostrov"; "Sergei Ostrov" -> "Ostrov"; "S. Ostrov" -> "Sergei Ostrov"
            married = self.lex.g.married_honorifics  # "mrs"
            for e in reversed(self.by_last.get(toks[-1], ())):
                if self.dialogue and m.gender in ("m", "f") and e.gender in ("m", "f") and m.gender != e.gender:
                    continue  # "Mr. Harcourt" is not "Clara Harcourt"
                if self.dialogue and self.lex.g.honorific_pairs.get(_honorific(m)) in self.honorifics.get(id(e), ()):
                    continue  # "Mrs. Fane" is not "Miss Dorothy Fane"
                if self.dialogue and len(toks) >= 2 and _honorific(m) not in married and len(e.tokens) == 1 \
                        and bool(self.honorifics.get(id(e))) and married.issuperset(self.honorifics[id(e)]):
                    continue  # nor "Harriet Fane": a married woman goes by "Mrs." and her husband's name
                if self.dialogue and len(toks) == 1 and _honorific(m) in married and len(e.tokens) >= 2 \
                        and married.isdisjoint(self.honorifics.get(id(e), ())):
                    continue  # and "Mrs. Fane" after "Harriet Fane" is another woman
                if len(toks) == 1 or len(e.tokens) == 1 or toks[0][:1] == e.tokens[0][:1]:
                    return e
            if self.dialogue and len(toks) == 1 and not m.title:
                # "Clara" -> "Clara Harcourt", when one character has that first name
                firsts = [e for e in self.by_first.get(toks[0], ()) if len(e.tokens) >= 2]
                if len(firsts) == 1:
                    return firsts[0]
        acronym = len(toks) == 1 and len(toks[0]) >= 2 and m.name.isupper()
        if not acronym and not m.org:
            return None  # the loop below would look at every organisation and match none
        joined = " ".join(toks)
        best, best_score = None, 0.0
        from rapidfuzz import fuzz  # imported when first needed: a tenth of the CLI's start-up otherwise
        for e in reversed(self.orgs):
            if acronym and toks[0] == "".join(
                    w[0] for w in e.tokens if w not in self.lex.g.acronym_skips):
                return e  # "UCV" -> "Union Cycliste Vaudoise"
            if not m.org:
                continue
            score = fuzz.token_set_ratio(joined, " ".join(e.tokens))
            if score >= 90 and score > best_score:
                best, best_score = e, score
        return best

    def _add(self, e: Entity, m: Mention, toks: tuple[str, ...]) -> None:
        """Record the name mention `m` (its name's words `toks`) as one of `e`."""
        if len(toks) > len(e.tokens) or not e.mentions:
            e.name, e.tokens = m.name, toks
        self.by_tokens.setdefault(tuple(toks), e)
        if not e.org:
            group = self.by_last.setdefault(toks[-1], [])
            if e not in group:
                group.append(e)
            if self.dialogue and len(toks) >= 2 and not m.title:
                group = self.by_first.setdefault(toks[0], [])
                if e not in group:
                    group.append(e)
        if e.gender in (None,) and m.gender in ("m", "f"):
            e.gender = m.gender
        if self.dialogue and e.gender is None and not e.org \
                and ((m.title or "").lower().strip(".") in self.lex.g.male_titles or _honorific(m) in self.lex.g.male_titles):
            e.gender = "m"  # fiction of the period: "Captain Rowe", "Colonel Blake", "Reverend Hale"
        e.mentions.append(m)
        if self.dialogue and _honorific(m) in self.lex.g.honorific_pairs:
            self.honorifics.setdefault(id(e), set()).add(_honorific(m))
        self.of_mention[m.start] = e
        self.timeline.append((m.start, e))

    # A title, a preposition before a mention, a sentence start before it: worked out when first asked,
    # not for every name mention while indexing. Most entities never speak nor are passed over on the way
    # to a speaker, and these searches were most of the indexing time.

    def title(self, e: Entity) -> str | None:
        """The entity's title: that of its first mention with one, written before the name ("Foreign
        Minister Sergei Ostrov") or in apposition ("Ostrov, Russia's foreign minister,")."""
        if not e.titled:
            e.titled = True
            for m in e.mentions:
                e.title = m.title or self._appositive(m)
                if e.title is not None:
                    break
        return e.title

    def after_preposition(self, pos: int) -> bool:
        """Whether the name mention at `pos` follows a preposition ("at the Crown Rooms")."""
        found = self.in_phrase.get(pos)
        if found is None:
            found = self.in_phrase[pos] = bool(
                self.patterns.preposition_before.search(self.text, max(0, pos - 16), pos))
        return found

    def begins_sentence(self, pos: int) -> bool:
        """Whether the name mention at `pos` begins a sentence."""
        return bool(_SENTENCE_START.search(self.text, max(0, pos - 6), pos)) or pos == 0

    def _appositive(self, m: Mention) -> str | None:
        first, second = self.text[m.end:m.end + 1], self.text[m.end + 1:m.end + 2]
        if first != "," and not (first.isspace() and (second == "," or second.isspace())):
            return None  # the pattern needs a comma after spaces: most names have a word after one space
        am = self.patterns.appositive.match(self.text, m.end, m.end + 140)
        if not am:
            return None
        phrase = am.group(1)
        words = [w.lower().strip(".") for w in phrase.split()]
        if any(w in self.lex.title_heads for w in words) and len(words) <= 12:
            return phrase.strip()
        return None

    def latest_is_subject(self, e: Entity, before: int) -> bool:
        """Whether the entity's last mention before `before` begins a sentence."""
        k = bisect.bisect_left(self.positions, before) - 1
        while k >= 0 and self.timeline[k][1] is not e:
            k -= 1
        return k >= 0 and self.begins_sentence(self.timeline[k][0])

    def named_after(self, m: Mention) -> Entity | None:
        """The entity a description names in apposition: "a spokeswoman for the ministry, Rita Salgado,"."""
        am = _COMMA.match(self.text[m.end:m.end + 4])
        if not am:
            return None
        k = bisect.bisect_left(self.positions, m.end + am.end())
        if k < len(self.timeline) and self.timeline[k][0] == m.end + am.end():
            return self.timeline[k][1]
        return None

    def before(self, pos: int, skip_phrases: bool = False) -> Iterator[Entity]:
        """Entities mentioned in the 399 name mentions before pos, most recent first, each once; with
        skip_phrases, a mention after a preposition ("at the Crown Rooms") is passed over (lazily then:
        callers stop early)."""
        k = bisect.bisect_left(self.positions, pos)
        if not skip_phrases:
            # (what the walk below gives, each entity of its window at its latest place, made at C speed: a
            # dict keeps each key where it first comes)
            return iter(dict.fromkeys(map(_ENTITY, reversed(self.timeline[max(0, k - 399):k]))))
        return self._before(k, skip_phrases)

    def _before(self, k: int, skip_phrases: bool) -> Iterator[Entity]:
        """before() for the timeline entries ahead of index k, walked one by one."""
        ids: set[int] = set()
        everyone = len(self.entities)
        for i in range(k - 1, max(-1, k - 400), -1):
            p, e = self.timeline[i]
            if skip_phrases and self.after_preposition(p):
                continue
            if id(e) not in ids:
                ids.add(id(e))
                yield e
                if len(ids) == everyone:
                    return  # every entity given: the rest of the window has nobody new


def _narrator(ents: _Entities, m: Mention) -> Entity | None:
    """The narrator of fiction told in the first person, for the pronoun 'I' outside quotation marks."""
    e = ents.narrator
    if e is None or m.text != "I":
        return None
    if m.start not in ents.narrator_starts:
        ents.narrator_starts.add(m.start)
        bisect.insort(e.mentions, m, key=_start)  # kept in text order, without a scan per "I"
    return e


_TO_BEFORE = lazyregex.compile(r"\b(?:to|towards?|addressing)\s+$")


def _spoken_to(ents: _Entities, para: Paragraph, atts: list[Attribution]) -> list[Entity]:
    """Characters the narration of a turn's paragraph names after 'to' ('turning to Clara', 'said he to
    Mr. Blake'), outside its quotations."""
    found: list[Entity] = []
    k = bisect.bisect_left(ents.mention_starts, para.start)
    while k < len(ents.mentions) and ents.mentions[k].start < para.end:
        m = ents.mentions[k]
        k += 1
        if m.type != "name" or m.org or any(a.start <= m.start < a.end for a in atts):
            continue
        e = ents.of_mention.get(m.start)
        if e is not None and e not in found and _TO_BEFORE.search(ents.text, max(para.start, m.start - 12), m.start):
            found.append(e)
    return found


def _narrator_between(ents: _Entities, start: int, end: int) -> Entity | None:
    """The first-person narrator, when the narration between start and end says "I"."""
    if ents.narrator is None:
        return None
    k = bisect.bisect_left(ents.mention_starts, start)
    while k < len(ents.mentions) and ents.mentions[k].start < end:
        m = ents.mentions[k]
        if m.type == "pronoun" and m.text == "I":
            return _narrator(ents, m)
        k += 1
    return None


def _pronoun_entity(ents: _Entities, m: Mention, speakers: set[int]) -> Entity | None:
    """He/she: the nearest preceding person of that gender, preferring known persons (a title, a gendered
    first name or honorific, or an earlier speaker) over bare names, which may be places."""
    gender = m.gender
    candidates = ents.before(m.start, skip_phrases=gender in ("m", "f"))
    if gender in ("m", "f"):
        # Among the few most recent persons, one known to be of that gender wins; else the nearest
        # person-like one (a title, an earlier speaker, a full name); else the nearest compatible name.
        want = gender
        person = fallback = None
        for rank, e in enumerate(candidates):
            if e.org or (e.gender is not None and e.gender != want):
                continue
            if e.gender == want:
                return e
            if person is None and (ents.title(e) or id(e) in speakers or len(e.tokens) >= 2):
                if rank == 0 and ents.latest_is_subject(e, m.start):
                    return e  # the subject of the sentence before: "Kath Doyle, who ..., was ... she said"
                person = e
            fallback = fallback or e
            if rank >= 4 and (person or fallback):
                break
        return person or fallback
    if gender in ("n", "pl"):
        for e in itertools.islice(candidates, 6):
            if e.org:
                return e
    return None


# the gender an article gives its noun ([article-genders]: German "der", "die", "das"), and the one of a
# third-person pronoun ([pronouns])


def _org_antecedent(ents: _Entities, m: Mention, lex: Lexicon) -> Mention | None:
    """Where nouns are capitalised and have a grammatical gender: a pronoun no person fits stands for the
    nearest organisation described before it with an article of its gender, within a few sentences
    ('Die Polizei sperrte die Straße. Sie teilte mit, ...'; 'Der Verband ... Er fordert ...')."""
    if "nouns-capitalised" not in lex.g.settings:
        return None
    want = lex.g.pronouns.get(m.text.lower())
    if want not in ("m", "f", "n"):
        return None
    k = bisect.bisect_left([x.start for x in ents.all_mentions], m.start) - 1
    while k >= 0 and m.start - ents.all_mentions[k].start <= 400:
        c = ents.all_mentions[k]
        k -= 1
        if c.type in ("name", "pronoun"):
            return None  # a person or another pronoun nearer: not for this rule
        if c.type not in ("description", "group") or not (c.org or (c.head or "").lower() in lex.org_words):
            continue
        article = c.text.split()[0].lower()
        if lex.g.article_genders.get(article) == want and not ents.after_preposition(c.start):
            return c
    return None


def _description_entity(ents: _Entities, m: Mention, lex: Lexicon) -> Entity | None:
    head = (m.head or "").lower()
    if not head or head in lex.groups and not m.org:
        return None
    words = [w.lower().strip(".,") for w in (m.title or "").split()]
    modifiers = [w for w in words[:-1] if w in lex.demonyms]
    accept = {head, *lex.role_groups.get(head, ())}
    for e in ents.before(m.start):
        if m.org:
            if e.org and head in e.tokens:
                return e
            continue
        if e.org or not ents.title(e):
            continue
        title = ents.title(e).lower()
        twords = set(_name_tokens(title))
        if "nouns-capitalised" in lex.g.settings:
            # German compounds: "der Minister" names the "Bundesinnenminister", "die Sprecherin" the "Regierungssprecherin"
            twords |= {a for a in accept if " " not in a and len(a) >= 4 and any(w.endswith(a) for w in twords)}
        if not any((a in twords) if " " not in a else (a in title) for a in accept):
            continue
        if all(w in twords or w in accept or w in ("top", "senior", "former", "chief") for w in modifiers):
            return e
    return None


def _strip_determiner(text: str, lex: Lexicon) -> str:
    return _Patterns.of(lex).determiner.sub("", text)


def resolve(doc: str, text: str, attributions: list[Attribution], mentions: list[Mention],
            lex: Lexicon, turns: list[Paragraph] | None = None, headings: set[int] = frozenset(),
            spans: list[QuoteSpan] | None = None) -> list[Quote]:
    """Output records: each attribution with its speaker entity's canonical name and title. `turns` are the
    paragraphs of a dialogue-heavy text (fiction), None otherwise: each is a turn of the conversation;
    `headings` the indices of those that head a chapter (segment.headings), where a conversation ends;
    `spans` the quotations of the text (in fiction a mixed statement is reported as the quotations in it)."""
    ents = _Entities(text, mentions, lex, dialogue=turns is not None)
    # fiction told in the first person: the narrator ('said I', 'I answered') is a party of the conversation,
    # named as the text names them, "I"; no third-person pronoun stands for them (gender "n")
    ents.narrator = Entity("I", ["i"], False, "n") if turns is not None and lex.lang == "en" else None
    rows: list[list] = []  # per attribution: [mention, entity, speaker, title, rule, confidence]
    speakers: set[int] = set()
    history: list[tuple[Entity, Mention]] = []  # speakers of the statements so far, in order
    # a new chapter begins a new conversation: the turns before it are forgotten
    chapter_starts = sorted(turns[k].start for k in headings) if turns is not None else []
    next_chapter = 0
    for a in attributions:
        while next_chapter < len(chapter_starts) and chapter_starts[next_chapter] < a.start:
            history.clear()
            next_chapter += 1
        m = a.mention
        speaker = title = e = None
        previous = history[-1][0] if history else None
        if a.rule == "conversation" and previous is not None:
            # a turn of dialogue goes to the last other party of the conversation
            other = next(((e, hm) for e, hm in reversed(history[-12:]) if e is not previous), None)
            if other is not None:
                m = other[1]
        if m is not None:
            e = None
            if m.type == "name":
                e = ents.of_mention.get(m.start)
            elif m.type == "pronoun":
                e = _narrator(ents, m) or _pronoun_entity(ents, m, speakers)
            elif m.type == "description":
                e = ents.named_after(m) or _description_entity(ents, m, lex)
            if e is not None:
                history.append((e, m))
                speakers.add(id(e))
                speaker = _strip_determiner(e.name, lex) if e.org else e.name
                title = ents.title(e)
            elif m.type == "name":
                speaker, title = m.name, m.title
            elif m.type == "pronoun" and (org := _org_antecedent(ents, m, lex)) is not None:
                speaker = _strip_determiner(org.text, lex)  # 'Die Polizei ... Sie teilte mit'
            elif m.type == "description" and m.org:
                speaker = _strip_determiner(m.text, lex)  # "the national weather service"
            elif m.type in ("description", "group"):
                title = _strip_determiner(m.text, lex)
        rows.append([m, e, speaker, title, a.rule, a.confidence])
    if turns is not None:
        _dialogue_turns(ents, text, attributions, rows, turns, speakers, lex, headings)
    if ents.places:
        for row in rows:
            if id(row[1]) in ents.places:
                row[1:4] = [None, None, None]  # a place says nothing
    out: list[Quote] = []
    novel = turns is not None and bool(spans) and not _told_in_present(attributions)
    outer = [q for q in spans or () if q.depth == 0] if novel else []
    outer_starts = [q.start for q in outer]
    direct_spans = {(a.start, a.end) for a in attributions if a.kind == "direct"} if novel else set()
    for a, (m, _, speaker, title, rule, confidence) in zip(attributions, rows):
        if turns is not None and a.kind == "indirect" and speaker is None:
            # Fiction: the quotations are its dialogue. A statement the narration reports in its own words
            # ('A servant told them that the carriage was waiting') by someone the text never names is
            # narration, and tells a reader of the novel nothing about who said what: left out. Reported
            # statements of a named character ('Mr. Tolley told her that ...') are kept.
            continue
        cue = a.cue
        parts = [(a.kind, a.start, a.end)]
        if novel and a.kind == "mixed":
            # Fiction: 'She only said "Sleep well," and left the room': the character's words are the quotation;
            # the narration around it is the novel's own
            k = bisect.bisect_left(outer_starts, a.start)
            inner = []
            found = False
            while k < len(outer) and outer[k].end <= a.end:
                found = True
                if (outer[k].start, outer[k].end) not in direct_spans:  # not reported already
                    direct_spans.add((outer[k].start, outer[k].end))
                    inner.append(("direct", outer[k].start, outer[k].end))
                k += 1
            parts = inner if found else parts
        if m is not None and cue is not None and m.end <= cue.start and (speaker is not None or title is not None):
            m = _relative_subject(text, m, cue.start, lex) or m
        for kind, start, end in parts:
            out.append(make_quote(
                doc=doc, index=len(out), kind=kind, quote=text[start:end], start=start, end=end,
                speaker=speaker, speaker_title=title,
                mention=m.text if m else None, mention_start=m.start if m else None, mention_end=m.end if m else None,
                cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
                rule=rule, confidence=confidence,
            ))
    return out


def _relative_subject(text: str, m: Mention, cue_start: int, lex: Lexicon) -> Mention | None:
    """'Ann Cole, who said ...': the relative pronoun is the subject of the cue and the words that name its
    speaker there, as a pronoun would be (the speaker stays the one it stands for); None when no relative
    pronoun opens the clause of the cue after the mention."""
    between = text[m.end:cue_start]
    comma = between.rfind(",")
    if "\n" in between:
        return None
    if "nouns-capitalised" not in lex.g.settings:
        found = _relative_before_cue(between, lex)
        if found is not None:
            start = m.end + found
            word = _WORD.match(text, start).group()
            return Mention(start, start + len(word), word, "pronoun", gender=m.gender)
    if comma < 0:
        return None
    rest = between[comma + 1:]
    words = rest.split()
    if not words or words[0].lower() not in lex.g.relative \
            or any(w.lower() not in lex.g.aux and w.lower() not in lex.g.negation for w in words[1:]):
        return None
    start = m.end + comma + 1 + rest.index(words[0])
    return Mention(start, start + len(words[0]), words[0], "pronoun", gender=m.gender)


_WORDS = regex.compile(r"[\w'’-]+|,")
_WORD = regex.compile(r"\w+")


def _relative_before_cue(between: str, lex: Lexicon) -> int | None:
    """English: the offset in `between` (the words from a mention to a cue) of the relative pronoun whose clause
    the cue opens, read back from the cue past auxiliaries, negations and adverbs in -ly ("who has also said",
    "who frequently argues"), one short prepositional phrase right before the verb ("who has in recent weeks
    argued") and one aside set off by commas right after the pronoun ("who, after the vote, said"); None
    when other words stand there ("Ann Cole, who chairs the board, said": the cue is the main clause's)."""
    g = lex.g
    if not any(map(between.lower().__contains__, g.relative)):
        return None  # no relative pronoun anywhere in the words (mostly so): none opens the clause
    words = [(w.group(), w.start()) for w in _WORDS.finditer(between)]
    k = len(words) - 1

    def skip_adverbials(k: int) -> int:
        while k >= 0 and (words[k][0].lower() in g.aux or words[k][0].lower() in g.negation
                          or words[k][0].lower().endswith(g.skip_adverb_endings) and len(words[k][0]) > 4):
            k -= 1
        return k

    k = skip_adverbials(k)
    for j in range(k, max(k - 4, -1), -1):  # "in the past", "over the weekend"
        if words[j][0] == ",":
            break
        if words[j][0].lower() in g.prepositions:
            if j > 0 and words[j - 1][0] != ",":
                k = skip_adverbials(j - 1)
            break
    if k >= 1 and words[k][0] == ",":  # an aside: "who, after a long pause, said"
        j = k - 1
        while j >= 0 and words[j][0] != ",":
            j -= 1
        if j < 1 or k - j > 12:
            return None
        k = j - 1
    if k < 0 or words[k][0].lower() not in g.relative:
        return None
    return words[k][1]


# Dialogue-heavy fiction: each paragraph is a turn of the conversation. A quote found only by a weak sieve
# (a turn with no tag, a floating quote, none) takes the turn's speaker from, in order: a tagged quote of the
# same paragraph; an action beat (a sentence of the paragraph that opens with a character: 'Clara closed
# her book. "..."'); the character the previous turn addressed by name ('"..., my dear Clara."'); the
# speaker of the turn before last when the last two turns had different speakers (alternation).
_WEAK = frozenset({"conversation", "floating-quote", "unattributed"})
_SENTENCE_END = lazyregex.compile(r"(?<!\w)(\w+)[.!?][\"'”’]?\s+")
# nouns for a person in the tags of novels ('replied the old lady', 'said his sister', 'returned the other')
# with the gender they tell ([person-nouns]), title abbreviations in full ([title-abbreviations]), words of
# address with the addressee's gender ([address-words], '"Not yet, sir."', '"Yes, madam."'), the tag verbs of a
# speaker who goes on ([continuing-verbs]) and kin nouns ([kin-nouns]) are sections of grammar.txt
_CONFIDENCE = {"action-beat": 0.65, "previous-sentence": 0.6, "vocative": 0.6, "conversation": 0.6, "floating-quote": 0.6}
_CAPITALISED = lazyregex.compile(r"(?<![\w.’'])(?:([A-Z][a-z]+)\.?\s+)?([A-Z][a-z]{2,})(?![\w’'])")
_VOCATIVE_BEFORE = lazyregex.compile(r"(?:[,—–]|\b(?:[Dd]ear|[Dd]earest|[Mm]y|[Oo]h?))\s*$")
_VOCATIVE_AFTER = lazyregex.compile(r"\s*(?:[,;:!?.—–]|$)")
# '"Clara, come here."', '"... go. Clara!"', '"And Clara, ..."'
_VOCATIVE_OPENING = lazyregex.compile(r"(?:^|[a-z][!?.]\s)\s*(?:(?:And|But|Now|Oh|O|Ah|Well|Come|Why|No|Yes|Nay),?\s+)?$")
_VOCATIVE_OPENING_AFTER = lazyregex.compile(r"\s*(?:[,!?—–]|$)")


def _named(ents: _Entities, word: str, honorific: str | None, pos: int | None = None) -> Entity | None:
    """The character a name said in a quotation stands for ("Clara", "Mr. Blake"), if it is known; of
    characters who share a first name, the one named last before `pos` (when given)."""
    low = word.lower()
    gender = ents.lex.honorifics.get(honorific.lower()) if honorific else None  # "And Clara": none
    firsts = ents.by_first.get(low, ())
    if pos is not None and len(firsts) > 1:
        def latest(e: Entity) -> int:
            start = _latest_mention(e, pos).start
            return start if start < pos else -1
        firsts = sorted(firsts, key=latest, reverse=True)
    found = [e for e in (ents.by_tokens.get((low,)), *reversed(ents.by_last.get(low, ())),
                         *firsts) if e is not None and not e.org]
    for e in found:
        if gender is None or e.gender in (None, gender):
            return e
    return None


def _addressed(ents: _Entities, text: str, start: int, end: int) -> list[Entity]:
    """Characters addressed by name in the quotation text[start:end]: the name after the quotation's start,
    a comma or "my dear", before a comma or the end ('"Clara, come here."', '"..., Mr. Blake."')."""
    out = []
    for cm in _CAPITALISED.finditer(text, start, end):
        if not (_VOCATIVE_BEFORE.search(text, max(start, cm.start() - 12), cm.start())
                and _VOCATIVE_AFTER.match(text, cm.end(), end)
                or _VOCATIVE_OPENING.search(text[max(start, cm.start() - 10):cm.start()])
                and _VOCATIVE_OPENING_AFTER.match(text, cm.end(), end)):
            continue
        e = _named(ents, cm.group(2), cm.group(1), start)
        if e is not None and e not in out and e.first_at < start:
            out.append(e)  # (a character the narration names only later is not yet in the scene)
    return out


def _unknown_vocatives(ents: _Entities, text: str, start: int, end: int) -> list[str]:
    """Names a quotation calls someone by (as _addressed finds them) that no character of the narration
    has: 'Lockwood' in '"You are late, Mr. Lockwood."' when the narration never names a Lockwood."""
    out = []
    for cm in _CAPITALISED.finditer(text, start, end):
        word = cm.group(2)
        if word.lower() in ents.lex.honorifics or word.lower() in ents.lex.g.not_vocatives or word in out:
            continue
        if not (_VOCATIVE_BEFORE.search(text, max(start, cm.start() - 12), cm.start())
                and _VOCATIVE_AFTER.match(text, cm.end(), end)
                or _VOCATIVE_OPENING.search(text[max(start, cm.start() - 10):cm.start()])
                and _VOCATIVE_OPENING_AFTER.match(text, cm.end(), end)):
            continue
        if _named(ents, word, cm.group(1)) is None:
            out.append(word)
    return out


# where a sentence of narration opens: at a line's start, or after a sentence's stop (and a closing mark) and a space
_SENTENCE_OPENS = r"(?:(?<=^|\n)|(?<=[.!?][\"'”’]?\s))\s*"
_POSSESSIVE_OPENING = lazyregex.compile(_SENTENCE_OPENS + r"(His|Her)\s+([a-z]+)")
_DESCRIPTION_OPENING = lazyregex.compile(_SENTENCE_OPENS + r"(The)\s+((?:[a-z]+\s+){0,2}[A-Za-z][a-z]+)\b")


def _opening_description(ents: _Entities, dm, floor: int) -> tuple[Entity | None, Mention | None]:
    """(character, mention) for a match of _DESCRIPTION_OPENING: its head is the first word that is a
    person noun or a title a character holds; the character holds that title, or the narration put the
    description's adjective before their name (since 4000 characters before `floor`)."""
    text = ents.text
    e = m = None
    for w in regex.finditer(r"[A-Za-z]+", dm.group(2)):
        end = dm.start(2) + w.end()
        word = w.group().lower()
        m = Mention(dm.start(1), end, text[dm.start(1):end], "description", head=word, title=text[dm.start(2):end])
        e = _titled_character(ents, word, m.start)
        if e is None and word in ents.lex.g.person_nouns:
            e = _modified_character(ents, m, max(0, floor - 4000), [])
        if e is not None or word in ents.lex.g.person_nouns:
            break
    return e, m


def _action_beat(ents: _Entities, text: str, para: Paragraph, atts: list[Attribution],
                 speakers: set[int]) -> tuple[Entity, Mention] | None:
    """The character who opens a sentence of narration in the paragraph of a turn: the one who speaks; a
    sentence may open with 'His'/'Her' and a noun that is no kin noun ('Her hands shook a little.'): the
    one the pronoun stands for."""
    possessive = described = None
    for pm in _POSSESSIVE_OPENING.finditer(text, para.start, para.end):
        gender = ents.lex.g.possessive_genders.get(pm.group(1).lower())  # (none in German: 'Her mit ...')
        if gender is not None and pm.group(2).lower() not in ents.lex.g.kin_nouns \
                and not any(a.start - 1 <= pm.start(1) < a.end + 1 for a in atts):
            possessive = Mention(pm.start(1), pm.end(1), pm.group(1), "pronoun", gender=gender)
            break
    # 'The old man shook his head.', 'The doctor smiled.': a description opening a sentence, for the character
    # the narration called old or who holds that title
    for dm in _DESCRIPTION_OPENING.finditer(text, para.start, para.end):
        if possessive is not None and dm.start(1) > possessive.start:
            break
        if any(a.start - 1 <= dm.start(1) < a.end + 1 for a in atts):
            continue
        e, m = _opening_description(ents, dm, para.start)
        if e is not None:
            possessive = m
            described = e
        break
    k = bisect.bisect_left(ents.mention_starts, para.start)
    while k < len(ents.mentions) and ents.mentions[k].start < para.end or possessive is not None:
        if possessive is not None and (k >= len(ents.mentions) or ents.mentions[k].start >= min(para.end, possessive.start)):
            m, possessive = possessive, None
            e = _pronoun_entity(ents, m, speakers) if m.type == "pronoun" else described
            if e is not None and not e.org:
                return e, m
            continue
        m = ents.mentions[k]
        k += 1
        if any(a.start - 1 <= m.start < a.end + 1 for a in atts) \
                or not (ents.begins_sentence(m.start) or _after_opening_phrase(text, para.start, m.start)
                        or _after_opening_words(ents, para.start, m.start)):
            continue
        if m.type == "name" and not m.org:
            e = ents.of_mention.get(m.start)
        elif m.type == "pronoun" and m.gender in ("m", "f"):
            e = _pronoun_entity(ents, m, speakers)
        elif m.type == "pronoun":
            e = _narrator(ents, m)
            if e is None:
                continue
        else:
            continue
        if e is not None and not e.org:
            return e, m
    return None


_PHRASE_STOPS = frozenset('.!?;:"“”\n')


def _after_opening_phrase(text: str, floor: int, pos: int) -> bool:
    """Whether pos follows a phrase and its comma that open a sentence of narration, with no quotation:
    'With a little sigh, she put down her work.', 'Then, turning to the window, Mr. Crane drew back ...'."""
    if text[pos - 2:pos] != ", ":
        return False
    k = pos - 2
    while k > floor and pos - k <= 80 and text[k - 1] not in _PHRASE_STOPS:
        k -= 1
    return pos - k <= 80 and (k == floor or text[k - 1] in ".!?\n") and k < pos - 2


_OPENING_WORDS = lazyregex.compile(r"(?:^|(?<=[.!?][\"'”’]?\s))\s*[A-Z][a-z]+(?: [a-z]+){0,2} $")


def _after_opening_words(ents: _Entities, floor: int, pos: int) -> bool:
    """Whether pos follows one to three words that open a sentence, the first capitalised, no preposition
    right before pos: 'But Ellen only laughed.', 'At length Mr. Crane rose from his chair.'."""
    start = max(floor, pos - 40)
    found = _OPENING_WORDS.search(ents.text[start:pos])
    return found is not None and (found.start() > 0 or start == floor) and not ents.after_preposition(pos)


def _narration_subject(ents: _Entities, para: Paragraph, speakers: set[int]) -> tuple[Entity, Mention] | None:
    """The character of the last sentence of a paragraph of narration before a turn, the first one not
    after a preposition: 'At length Mr. Blake turned from the window.' introduces Blake's words."""
    end = para.end
    while end > para.start and ents.text[end - 1] in " \n\t.!?":
        end -= 1
    start = para.start
    for sm in _SENTENCE_END.finditer(ents.text, para.start, end):
        if sm.group(1).lower() not in ents.lex.honorifics and len(sm.group(1)) > 1:
            start = sm.end()
    dm = _DESCRIPTION_OPENING.match(ents.text, start, end)
    if dm is not None:  # 'The old man turned from the window.'
        e, m = _opening_description(ents, dm, para.start)
        if e is not None and not e.org:
            return e, m
    k = bisect.bisect_left(ents.mention_starts, start)
    while k < len(ents.mentions) and ents.mentions[k].start < end:
        m = ents.mentions[k]
        k += 1
        if ents.after_preposition(m.start):
            continue
        if m.type == "name" and not m.org:
            e = ents.of_mention.get(m.start)
        elif m.type == "pronoun" and m.gender in ("m", "f"):
            e = _pronoun_entity(ents, m, speakers)
        elif m.type == "pronoun" and _narrator(ents, m) is not None:
            e = ents.narrator
        elif m.type == "description" and not m.org and m.head:
            e = _titled_character(ents, m.head.lower(), m.start)  # 'The doctor went to the window.'
        else:
            return None
        return (e, m) if e is not None and not e.org else None
    return None


def _titled_character(ents: _Entities, head: str, pos: int) -> Entity | None:
    """The character of the last few named before pos whose title, written in full or abbreviated, is the
    description's head noun: 'the doctor' -> 'Dr. Fenwick', 'the captain' -> 'Capt. Rowe', 'the squire' ->
    'Squire Allen'."""
    if not head:
        return None
    head = ents.lex.g.title_abbreviations.get(head, head)  # 'her ladyship' -> 'lady'
    for e in itertools.islice(ents.before(pos), 8):
        if e.org:
            continue
        first = _title_firsts(ents, e).get(head)
        if first is not None and first < pos or len(e.tokens) >= 2 and e.tokens[0] == head and e.first_at < pos:
            return e  # (or the name begins with the noun, as a title the lexicon lacks: 'Squire Allen')
    return None


def _title_firsts(ents: _Entities, e: Entity) -> dict[str, int]:
    """Each title word an entity's mentions carry (the title, or an honorific such as "Dr." that is no
    title, in full: 'dr' -> 'doctor'), with the start of its first mention; worked out again only when the
    entity has gained mentions."""
    held = ents.title_firsts.get(id(e))
    if held is not None and held[0] == len(e.mentions):
        return held[1]
    firsts: dict[str, int] = {}
    abbreviations = ents.lex.g.title_abbreviations
    for mm in e.mentions:
        words = _name_tokens(mm.text)
        for w in words[:len(words) - len(_name_tokens(mm.name or ""))]:
            word = abbreviations.get(w, w)
            if word not in firsts or mm.start < firsts[word]:
                firsts[word] = mm.start
    ents.title_firsts[id(e)] = (len(e.mentions), firsts)
    return firsts


# a relative named by kinship ('said her father', 'replied his sister', 'cried Dorothy's mother'): the kin
# noun's gender, and whether the relative is the possessor's elder (a parent, or a spouse, known by
# honorific and surname: 'Mrs. Fane', 'Mr. Fane') or of the possessor's generation or below (known by a
# first name: 'Ambrose Fane', 'Miss Dorothy Fane'): the [kin-nouns] of grammar.txt, with the possessives
# that tell their possessor's gender in [possessive-genders] ("his": "m", "her": "f")


def _kin_character(ents: _Entities, m: Mention, parties: list[Entity | None]) -> tuple[Entity | None, Entity | None]:
    """(relative, possessor) for a description of kinship: the possessor is the character named in the
    possessive, or for 'his'/'her' a party of the conversation whose gender fits (else the nearest such
    character named before); the relative is the one other character who shares the possessor's surname
    and fits the kin noun, for the first possessor that has one. (None, first possessor) when none has;
    (None, None) when the description is no kinship."""
    words = m.text.split()
    head = (m.head or "").lower()
    kin = ents.lex.g.kin_nouns
    if len(words) < 2 or head not in kin or words[-1].lower() != head:
        return None, None
    owner_word = words[0].lower()
    if len(words) == 2 and owner_word in ents.lex.g.possessive_genders:
        # 'her': the parties of the conversation known to be women, then those of unknown gender; when no
        # party fits, the nearest such character named before
        want = ents.lex.g.possessive_genders[owner_word]

        def by_gender(pool: list[Entity | None]) -> list[Entity]:
            pool = [e for e in pool if e is not None and not e.org]
            return [e for e in pool if e.gender == want] + [e for e in pool if e.gender is None]
        possessors = by_gender(parties) or by_gender(list(itertools.islice(ents.before(m.start, skip_phrases=True), 4)))[:1]
    elif words[-2].endswith(("'s", "’s")):
        owner = ents.of_mention.get(m.start)  # "Dorothy Fane's mother"
        possessors = [owner] if owner is not None and not owner.org else []
    else:
        return None, None
    if not possessors:
        return None, None
    gender, elder = kin[head]
    married = ents.lex.g.married_honorifics

    def fits(e: Entity, possessor: Entity) -> bool:
        if e is possessor or e.org or e.gender not in (None, gender) or e.first_at > m.start:
            return False
        honorifics = ents.honorifics.get(id(e), set())
        if gender == "f":  # 'Mrs. Fane' is the mother or the wife; a daughter or sister goes by 'Miss'
            return bool(honorifics & married) == elder
        return (len(e.tokens) == 1) == elder  # 'Mr. Fane' the father, 'Ambrose Fane' the brother

    # of two women in the conversation, 'her mother' is the mother of the one whose mother is there
    for possessor in possessors:
        relatives = [e for e in ents.by_last.get(possessor.tokens[-1], []) if fits(e, possessor)]
        if len(relatives) == 1:
            return relatives[0], possessor
    return None, possessors[0]


def _kin_stand_in(ents: _Entities, possessor: Entity, m: Mention) -> Entity | None:
    """'replied his wife' when Mr. Thornbury's wife is never named: a character of her own, known by the
    honorific and surname the text would give her ('Mrs.' Thornbury; a father or husband 'Mr.'), kept for
    the later turns. Only for a parent or spouse of a possessor whose surname the text gives (a full name
    or an honorific with it), and one stand-in per surname and gender."""
    gender, elder = ents.lex.g.kin_nouns[(m.head or "").lower()]
    if not elder or possessor.org:
        return None
    known = ents.surnamed.get(id(possessor))
    if known is None:  # asked once per character, not once per turn: a scan of their mentions each time grew
        # with the square of a long novel
        known = ents.surnamed[id(possessor)] = len(possessor.tokens) >= 2 or any(
            _honorific(pm) in ents.lex.g.surname_honorifics or pm.title for pm in possessor.mentions if pm.type == "name")
    if not known or (len(possessor.tokens) < 2 and gender == possessor.gender == "f"
                     and not ents.lex.g.married_honorifics.isdisjoint(ents.honorifics.get(id(possessor), ()))):
        return None  # Mrs. Fane's mother is no Mrs. Fane
    surname = possessor.name.split()[-1]
    key = (surname.lower(), gender)
    made = ents.stand_ins.get(key)
    if made is None:
        made = ents.stand_ins[key] = Entity(surname, [surname.lower()], False, gender, title=ents.lex.g.elder_honorifics[gender].capitalize(),
                                            first_at=m.start, mentions=[m], titled=True)
    return made


def _kin_beat(ents: _Entities, text: str, para: Paragraph, atts: list[Attribution],
              parties: list[Entity | None]) -> tuple[Entity, Mention] | None:
    """An action beat of a relative: a sentence of the turn's narration that opens with 'His'/'Her' and a
    kin noun ('Her father laid down his paper.'), for the relative _kin_character finds."""
    for km in ents.patterns.kin_opening.finditer(text, para.start, para.end):
        if any(a.start - 1 <= km.start(1) < a.end + 1 for a in atts):
            continue
        m = Mention(km.start(1), km.end(1), km.group(1), "description", head=km.group(2))
        e = _kin_character(ents, m, parties)[0]
        if e is not None:
            return e, m
    return None


def _modified_character(ents: _Entities, m: Mention, floor: int, vocatives: list[Entity]) -> Entity | None:
    """The character a description with an adjective stands for when the narration, since `floor`, put that
    adjective right before the character's name: 'said the old man' after 'old Mr. Pryor' (or 'Old Pryor');
    the nearest such character whose gender fits the noun, among the last few named."""
    words = _name_tokens(m.title or "")
    adjectives = {w for w in words[:-1] if w.isalpha() and w not in ents.lex.g.determiners}
    if not adjectives:
        return None
    gender = ents.lex.g.person_nouns.get((m.head or "").lower())
    for e in itertools.islice(ents.before(m.start), 8):
        if e.org or e in vocatives or gender is not None and e.gender not in (None, gender):
            continue
        for mm in e.mentions:
            if mm.start >= m.start:
                break
            if mm.start < floor or mm.type != "name":
                continue
            first = _name_tokens(mm.text)[:1]
            before = ents.text[max(floor, mm.start - 16):mm.start].split()
            if first and first[0] in adjectives or before and before[-1].lower() in adjectives:
                return e
    return None


def _described_party(ents: _Entities, gender: str | None, last: Entity | None, before: Entity | None,
                     vocatives: list[Entity], pos: int, floor: int) -> Entity | None:
    """The character a description of a person stands for in a turn: of the two who spoke last, the one
    whose gender fits (the one before last when both do); else (when there are not two, or both are of
    the other gender) the nearest character named since `floor` whose gender fits, other than the last
    speaker."""
    def fits(e: Entity | None) -> bool:
        return e is not None and not e.org and e not in vocatives and (gender is None or e.gender in (None, gender))
    if last is not None and before is not None and last is not before:
        party = next((e for e in (before, last) if fits(e)), None)
        if party is not None or gender is None or any(e.gender in (None, gender) for e in (before, last)):
            return party
        # neither party is of that gender ('said the young lady' after two men): fall through to a third
        # character of that gender named since `floor`
    # the nearest character named since `floor` whose gender fits, other than the last speaker
    for e in itertools.islice(ents.before(pos), 4):
        if e is not last and fits(e) and _latest_mention(e, pos).start >= floor:
            return e
    return None


def _person_between(ents: _Entities, start: int, end: int) -> bool:
    """Whether narration between start and end names a person or says he or she (an antecedent nearer than
    the turns before)."""
    k = bisect.bisect_left(ents.mention_starts, start)
    while k < len(ents.mentions) and ents.mentions[k].start < end:
        m = ents.mentions[k]
        if m.type == "name" and not m.org or m.type == "pronoun" and m.gender in ("m", "f"):
            return True
        k += 1
    return False


def _after_definite_article(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a definite article of the language and one space stand right before `pos` ('the Grange')."""
    if text[pos - 1:pos] != " ":
        return False
    start = pos - 1
    while start > 0 and text[start - 1].isalpha() and pos - start < 12:  # articles are short: a bounded look
        start -= 1
    return (start == 0 or not text[start - 1].isalpha()) and text[start:pos - 1].lower() in lex.g.definite_articles


def _told_in_present(atts: list[Attribution]) -> bool:
    """Whether most cues are in the present ('he says', 'she adds'): an interview, not a novel's dialogue."""
    verbs = [a.cue.text.lower().split()[0] for a in atts if a.cue is not None and a.cue.text.strip()]
    return 2 * sum(v.endswith("s") and not v.endswith("ss") for v in verbs) > len(verbs)


def _start(m: Mention) -> int:
    return m.start


def _latest_mention(e: Entity, pos: int) -> Mention:
    """An entity's last mention before pos (its first when none is); its mentions are in text order."""
    k = bisect.bisect_left(e.mentions, pos, key=_start)
    return e.mentions[k - 1] if k else e.mentions[0]


def _dialogue_turns(ents: _Entities, text: str, atts: list[Attribution], rows: list[list],
                    paras: list[Paragraph], speakers: set[int], lex: Lexicon,
                    headings: set[int] = frozenset()) -> None:
    if _told_in_present(atts):
        return  # 'he says', 'she adds': an interview told in the present, not a novel's past-tense dialogue
    ents.mentions = sorted(ents.all_mentions, key=lambda m: m.start)
    ents.mention_starts = [m.start for m in ents.mentions]
    starts = [p.start for p in paras]
    head_list = sorted(headings)
    by_para: dict[int, list[int]] = {}
    for i, a in enumerate(atts):
        if a.kind == "direct":
            by_para.setdefault(bisect.bisect_right(starts, a.start) - 1, []).append(i)
    speaker_of: dict[int, Entity | None] = {}
    narrator = ents.narrator
    voc_of: dict[int, list[str]] = {}  # the names each turn calls someone by that no character has
    narrator_votes: dict[str, int] = {}  # per name: the narrator's tagged turns answering a call by that name,
    # and the replies to them calling someone by it
    narrator_turns = [0]  # the narrator's tagged turns answering a call of someone by name, and replies to them
    narrator_tagged: set[int] = set()  # the turns whose tag names the narrator ('said I')
    addressed: dict[int, list[Entity]] = {}

    def assign(i: int, e: Entity, m: Mention, rule: str) -> None:
        rows[i][:] = [m, e, e.name, ents.title(e), rule, _CONFIDENCE[rule]]
        speakers.add(id(e))

    for p in sorted(by_para):
        idx = by_para[p]
        vocatives = [e for i in idx for e in _addressed(ents, text, atts[i].start, atts[i].end)]
        # the two turns before, over a paragraph or two of narration that names nobody ('There was a pause.')
        prev: list[int] = []
        q, skipped = p - 1, 0
        while q >= 0 and len(prev) < 2 and q not in headings:  # a new chapter, a new conversation
            if q in by_para:
                prev.append(q)
            elif skipped < 2 and not _person_between(ents, paras[q].start, paras[q].end):
                skipped += 1
            else:
                break
            q -= 1
        q1 = prev[0] if prev else -1
        k = bisect.bisect_left(head_list, p)
        chapter = head_list[k - 1] + 1 if k else 0  # the first paragraph after the last heading
        last = speaker_of.get(q1)
        before = speaker_of.get(prev[1]) if len(prev) > 1 else None
        for i in idx:
            if chapter and rows[i][4] in _WEAK and rows[i][0] is not None and rows[i][0].start < paras[chapter].start:
                rows[i][:] = [None, None, None, None, "unattributed", 0.3]  # a turn of the chapter before
        for i in idx:
            m = rows[i][0]
            if rows[i][4] in _WEAK or m is None or m.type != "pronoun" or m.gender not in ("m", "f") \
                    or _person_between(ents, paras[p].start, m.start):
                continue
            cue = atts[i].cue
            verb = cue.text.lower().split()[0] if cue is not None else ""
            if verb.endswith("s") and not verb.endswith("ss"):
                continue  # "he says", "she adds": the present of reporting (an interview), not of a novel
            if last is None:
                # after a paragraph of narration: its last sentence's subject, more than a person it names later
                subject = _narration_subject(ents, paras[p - 1], speakers) if p > 0 and p - 1 not in by_para else None
                if subject is not None and subject[0].gender in (None, m.gender) and subject[0] not in vocatives \
                        and subject[0] is not rows[i][1]:
                    rows[i][1:4] = [subject[0], subject[0].name, ents.title(subject[0])]
                    speakers.add(id(subject[0]))
                continue
            # "said he" in a conversation of two: the other party, unless he goes on; gender decides first
            fits = [e for e in (before, last) if e is not None and e.gender in (None, m.gender) and e not in vocatives]
            # the one the last turn called by name answers: '"Well, Mr. Farrant," said Lane.' / '"...," said he.'
            called = [e for e in addressed.get(q1, ()) if e is not last and not e.org and e.gender in (None, m.gender)
                      and e not in vocatives]
            if verb in lex.g.continuing_verbs and last in fits:
                fits = [last]
            elif called:
                fits = called[:1]
            elif before is None:
                # the conversation begins: "he" is not the one who has just spoken, but the nearest other
                fits = [e for e in itertools.islice(ents.before(m.start, skip_phrases=True), 6)
                        if e is not last and not e.org and e.gender in (None, m.gender) and e not in vocatives
                        ][:1] if rows[i][1] is last else []
            if fits and fits[0] is not rows[i][1]:
                rows[i][1:4] = [fits[0], fits[0].name, ents.title(fits[0])]
                speakers.add(id(fits[0]))
        for i in idx:
            m = rows[i][0]
            if rows[i][4] in _WEAK or m is None or m.type != "pronoun" or rows[i][1] not in vocatives:
                continue
            # '"You are late, Blake," said he': not Blake, but the nearest other character whose gender fits
            e = next((e for e in itertools.islice(ents.before(m.start, skip_phrases=True), 6)
                      if not e.org and e not in vocatives and e.gender in (None, m.gender)), None)
            if e is not None:
                rows[i][1:4] = [e, e.name, ents.title(e)]
                speakers.add(id(e))
        for i in idx:
            m = rows[i][0]
            if rows[i][4] in _WEAK or m is None or m.type != "description" or m.org:
                continue
            kin = _kin_character(ents, m, [last, before])
            if rows[i][1] is not None and rows[i][1] is not kin[1]:
                continue  # resolved already, and not to the one whose mother or brother speaks
            if kin[1] is not None:
                rows[i][1:4] = [None, None, None]
            e = _titled_character(ents, (m.head or "").lower(), m.start)
            if e is not None:  # 'said the doctor' after 'Dr. Fenwick'
                rows[i][1:4] = [e, e.name, ents.title(e)]
                speakers.add(id(e))
                continue
            head = (m.head or "").lower()
            if head in ("latter", "former") and m.text.lower().split()[0] == "the":
                # 'said the latter': of the two characters named last before the tag, the later one;
                # 'the former', the earlier one
                pair = [e for e in itertools.islice(ents.before(m.start), 2) if not e.org]
                if len(pair) == 2:
                    e = pair[0 if head == "latter" else 1]
                    rows[i][1:4] = [e, e.name, ents.title(e)]
                    speakers.add(id(e))
                continue
            e, possessor = kin
            if e is None and possessor is not None:
                e = _kin_stand_in(ents, possessor, m)
            if e is not None:  # 'said her father' after Dorothy Fane's turn: Mr. Fane
                rows[i][1:4] = [e, e.name, ents.title(e)]
                speakers.add(id(e))
                continue
            if (m.head or "").lower() not in ents.lex.g.person_nouns:
                continue
            e = _modified_character(ents, m, paras[max(0, p - 40, chapter)].start, vocatives)
            if e is not None:  # 'said the old man' after 'old Mr. Pryor'
                rows[i][1:4] = [e, e.name, ents.title(e)]
                speakers.add(id(e))
                continue
            # 'replied the old lady', 'said the other': a character of the conversation whose gender fits
            e = _described_party(ents, ents.lex.g.person_nouns[m.head.lower()], last, before, vocatives, m.start,
                                 paras[max(0, p - 4, chapter)].start)
            if e is not None and e is not possessor:  # not the one whose mother or brother speaks
                rows[i][1:4] = [e, e.name, ents.title(e)]
                speakers.add(id(e))
        tagged = next((rows[i][1] for i in idx if rows[i][4] not in _WEAK and rows[i][1] is not None
                       and not rows[i][1].org), None)
        new = None
        nameless = next((rows[i] for i in idx if rows[i][4] not in _WEAK and rows[i][0] is not None
                         and rows[i][1] is None), None)
        if tagged is not None:
            new = (tagged, None, "floating-quote")
        elif nameless is not None:
            # '"...," said the inspector. "..."': the speaker of the tag, whom the text does not name, says
            # the rest of the turn, rather than a character guessed from the turns before
            for i in idx:
                if rows[i][4] in _WEAK:
                    rows[i][:] = [nameless[0], None, None, nameless[3], "floating-quote", _CONFIDENCE["floating-quote"]]
        else:
            beat = _action_beat(ents, text, paras[p], [atts[i] for i in idx], speakers)
            if beat is None:  # 'Her father laid down his paper. "..."'
                beat = _kin_beat(ents, text, paras[p], [atts[i] for i in idx], [last, before])
            if beat is None and p > 0 and p - 1 not in by_para:
                beat = _narration_subject(ents, paras[p - 1], speakers)
                beat = beat and (*beat, "previous-sentence")
            to = [e for e in addressed.get(q1, ()) if e is not last and e not in vocatives]
            if beat is not None:
                new = (beat[0], beat[1], beat[2] if len(beat) > 2 else "action-beat")
            elif to:
                new = (to[0], None, "vocative")
            elif last is None and before is not None and before not in vocatives:
                # A, someone unknown, then A again
                new = (before, None, "conversation")
            elif last is not None and before is not None and last is not before:
                # addressing the one whose turn it would be: the last speaker goes on talking to them
                new = (before if before not in vocatives else last, None, "conversation")
            elif last is not None and (before is None or before is last):
                # the first reply, or one after two turns of one speaker: the character nearest before it in
                # the narration, other than the last speaker
                floor = paras[max(0, p - 4, chapter)].start
                listener = next((e for e in itertools.islice(ents.before(atts[idx[0]].start), 4)
                                 if e is not last and not e.org and e not in vocatives
                                 and _latest_mention(e, atts[idx[0]].start).start >= floor), None)
                if listener is None and last is not ents.narrator:
                    # told in the first person: the narrator, when the narration since then says "I"
                    listener = _narrator_between(ents, floor, atts[idx[0]].start)
                if listener is not None:
                    new = (listener, None, "conversation")
        if new is not None:
            e, m, rule = new
            for i in idx:
                if rows[i][4] in _WEAK and rows[i][1] is not e:
                    assign(i, e, m or _latest_mention(e, atts[i].start), rule)
        for i in idx:
            if rows[i][4] in _WEAK and rows[i][1] is not None and rows[i][1] in vocatives:
                # a guess that names the one the turn speaks to: the last speaker goes on, or nobody known
                if last is not None and last not in vocatives:
                    assign(i, last, _latest_mention(last, atts[i].start), "conversation")
                else:
                    rows[i][:] = [None, None, None, None, "unattributed", 0.3]
        speaker_of[p] = next((rows[i][1] for i in idx if rows[i][1] is not None), None)
        if last is not None and last.gender is None and not last.org and speaker_of[p] not in (None, last):
            # '"Not yet, sir," replied Mr. Tolley': a reply calls the one who spoke last "sir" or "madam"
            said = " ".join(text[atts[i].start:atts[i].end] for i in idx)
            found = {lex.g.address_words[w.lower()] for w in ents.patterns.address.findall(said)}
            if len(found) == 1:
                last.gender = found.pop()
        addressed[p] = [e for e in vocatives if e is not speaker_of[p]]
        if narrator is not None and speaker_of[p] is narrator and q1 in voc_of \
                and any(rows[i][4] not in _WEAK and rows[i][1] is narrator for i in idx):
            # 'said I' answering a turn that called someone by a name no character of the narration has:
            # the narrator's name, perhaps
            for name in voc_of[q1]:
                narrator_votes[name] = narrator_votes.get(name, 0) + 1
            if voc_of[q1]:
                narrator_turns[0] += 1
        if narrator is not None:
            voc_of[p] = [n for i in idx for n in _unknown_vocatives(ents, text, atts[i].start, atts[i].end)]
            if speaker_of[p] is not narrator and q1 in narrator_tagged and voc_of[p]:
                # the reply to 'said I' calling someone by such a name: the narrator's name too, perhaps
                for name in voc_of[p]:
                    narrator_votes[name] = narrator_votes.get(name, 0) + 1
                narrator_turns[0] += 1
            if any(rows[i][4] not in _WEAK and rows[i][1] is narrator for i in idx):
                narrator_tagged.add(p)
        if speaker_of[p] is not None:
            # '"...," said Mr. Blake, turning to Clara': the one the narration of the turn says it is spoken to
            # (a person: of known gender, or one who has spoken; 'went to Bath' names a place)
            addressed[p] += [e for e in _spoken_to(ents, paras[p], [atts[i] for i in idx])
                             if e is not speaker_of[p] and e not in addressed[p]
                             and (e.gender in ("m", "f") or id(e) in speakers)]
    if narrator_votes:
        # a first-person narrator whom the other characters mostly call by one name (twice at least, in two
        # thirds of the narrator's answers to a call by name) goes by that name
        best = max(narrator_votes, key=narrator_votes.get)
        if narrator_votes[best] >= 2 and 3 * narrator_votes[best] >= 2 * narrator_turns[0]:
            for row in rows:
                if row[1] is narrator:
                    row[2] = best
