"""Stage 5: speakers. Link every mention to one entity per person or organisation, and name it.

Name mentions are clustered into entities: a later "Lavrov" joins "Russian Foreign Minister Sergei
Lavrov" by surname, name variants join by fuzzy matching (rapidfuzz). An entity's canonical name is the
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

import regex
from rapidfuzz import fuzz

from .lexicon import Lexicon
from .models import Attribution, Mention, Quote, make_quote

_SENTENCE_START = regex.compile(r"(?:^|\n|[.!?][\"'”’]?\s+)\s*$")
_COMMA = regex.compile(r"\s*,\s*")


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
        self.appositive = regex.compile(
            rf"\s*,\s+(?:(?:{articles})\s+)?([^\s,.;:\"“”„()][^,.;:\"“”„()]{{2,119}}?)\s*,", regex.I)
        self.determiner = regex.compile(rf"^(?:{articles})\s+", regex.I)

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


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    # cached: a document names the same people again and again, and each mention asks twice
    return tuple(w.strip(".,'’").lower() for w in name.split() if w.strip(".,'’"))


class _Entities:
    def __init__(self, text: str, mentions: list[Mention], lex: Lexicon):
        self.text = text
        self.lex = lex
        self.patterns = _Patterns.of(lex)
        self.entities: list[Entity] = []
        self.of_mention: dict[int, Entity] = {}
        self.timeline: list[tuple[int, Entity]] = []  # (position, entity) for every name mention
        self.in_phrase: dict[int, bool] = {}  # position of a name mention -> whether it follows a preposition
        self.by_tokens: dict[tuple[str, ...], Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        self.orgs: list[Entity] = []
        for m in mentions:
            if m.type != "name" or not m.name:
                continue
            e = self._match(m)
            if e is None:
                e = Entity(m.name, _name_tokens(m.name), m.org, m.gender, first_at=m.start)
                self.entities.append(e)
                if e.org:
                    self.orgs.append(e)
            self._add(e, m)
        self.positions = [p for p, _ in self.timeline]
        self._genders_from_pronouns(text, mentions)

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

    def _match(self, m: Mention) -> Entity | None:
        toks = _name_tokens(m.name)
        if not toks:
            return None
        exact = self.by_tokens.get(tuple(toks))
        if exact is not None:
            return exact
        if not m.org:
            # "Lavrov" -> "Sergei Lavrov"; "Sergei Lavrov" -> "Lavrov"; "S. Lavrov" -> "Sergei Lavrov"
            for e in reversed(self.by_last.get(toks[-1], ())):
                if len(toks) == 1 or len(e.tokens) == 1 or toks[0][:1] == e.tokens[0][:1]:
                    return e
        acronym = len(toks) == 1 and len(toks[0]) >= 2 and m.name.isupper()
        if not acronym and not m.org:
            return None  # the loop below would look at every organisation and match none
        joined = " ".join(toks)
        best, best_score = None, 0.0
        for e in reversed(self.orgs):
            if acronym and toks[0] == "".join(
                    w[0] for w in e.tokens if w not in ("of", "the", "and", "for", "de", "des", "du")):
                return e  # "UCV" -> "Union Cycliste Vaudoise"
            if not m.org:
                continue
            score = fuzz.token_set_ratio(joined, " ".join(e.tokens))
            if score >= 90 and score > best_score:
                best, best_score = e, score
        return best

    def _add(self, e: Entity, m: Mention) -> None:
        toks = _name_tokens(m.name)
        if len(toks) > len(e.tokens) or not e.mentions:
            e.name, e.tokens = m.name, toks
        self.by_tokens.setdefault(tuple(toks), e)
        if not e.org:
            group = self.by_last.setdefault(toks[-1], [])
            if e not in group:
                group.append(e)
        if e.gender in (None,) and m.gender in ("m", "f"):
            e.gender = m.gender
        e.mentions.append(m)
        self.of_mention[m.start] = e
        self.timeline.append((m.start, e))

    # A title, a preposition before a mention, a sentence start before it: worked out when first asked,
    # not for every name mention while indexing. Most entities never speak nor are passed over on the way
    # to a speaker, and these searches were most of the indexing time.

    def title(self, e: Entity) -> str | None:
        """The entity's title: that of its first mention with one, written before the name ("Foreign
        Minister Sergei Lavrov") or in apposition ("Lavrov, Russia's foreign minister,")."""
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
        after = self.text[m.end:m.end + 1]
        if after != "," and not after.isspace():
            return None  # the pattern needs a comma after spaces: most names have neither right after them
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
        """Entities mentioned before pos, most recent first, each once (lazily: callers stop early);
        with skip_phrases, a mention after a preposition ("at the Crown Rooms") is passed over."""
        k = bisect.bisect_left(self.positions, pos)
        ids: set[int] = set()
        for i in range(k - 1, max(-1, k - 400), -1):
            p, e = self.timeline[i]
            if skip_phrases and self.after_preposition(p):
                continue
            if id(e) not in ids:
                ids.add(id(e))
                yield e


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
            lex: Lexicon) -> list[Quote]:
    """Output records: each attribution with its speaker entity's canonical name and title."""
    ents = _Entities(text, mentions, lex)
    out: list[Quote] = []
    speakers: set[int] = set()
    history: list[tuple[Entity, Mention]] = []  # speakers of the statements so far, in order
    for i, a in enumerate(attributions):
        m = a.mention
        speaker = title = None
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
                e = _pronoun_entity(ents, m, speakers)
            elif m.type == "description":
                e = ents.named_after(m) or _description_entity(ents, m, lex)
            if e is not None:
                history.append((e, m))
                speakers.add(id(e))
                speaker = _strip_determiner(e.name, lex) if e.org else e.name
                title = ents.title(e)
            elif m.type == "name":
                speaker, title = m.name, m.title
            elif m.type == "description" and m.org:
                speaker = _strip_determiner(m.text, lex)  # "the national weather service"
            elif m.type in ("description", "group"):
                title = _strip_determiner(m.text, lex)
        cue = a.cue
        out.append(make_quote(
            doc=doc, index=i, kind=a.kind, quote=text[a.start:a.end], start=a.start, end=a.end,
            speaker=speaker, speaker_title=title,
            mention=m.text if m else None, mention_start=m.start if m else None, mention_end=m.end if m else None,
            cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
            rule=a.rule, confidence=a.confidence,
        ))
    return out
