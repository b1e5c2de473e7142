"""Stage 3a: reporting cues: verbs in any inflection, multi-word phrases, noun cues such as "according to"."""
from __future__ import annotations

from itertools import compress, count

from .lexicon import Lexicon
from .models import Cue, make_cue
from .segment import Tokens


def _match_rest(lowers: list[str], k: int, rest: tuple[str, ...]) -> int | None:
    """Index after `rest` if the words following token k are `rest`, else None (`lowers`: the tokens'
    lower-case forms)."""
    j = k + 1
    for word in rest:
        if j >= len(lowers) or lowers[j] != word:
            return None
        j += 1
    return j


_CLOSING = "\"”“»«’'"


def _particle_follows(toks: Tokens, k: int, particle: str) -> bool:
    """Whether a separable verb's particle closes its clause: "teilte das Ministerium am Montag mit"."""
    texts, lowers = toks.texts, toks.lowers
    j = k
    while j + 1 < min(len(texts), k + 14):
        j += 1
        if lowers[j] == particle:
            return True
        close = _short_quote(texts, j) if texts[j] in "„»" else None
        if close is not None:
            # 'wies den Vorwurf am Rande einer Tagung als „Unverschämtheit“ zurück': a few quoted words are
            # stepped over, closing mark and all, however far from the verb they open
            j = close
            continue
        if texts[j] in (".", ",", ";", ":", "!", "?"):
            if texts[j] == "." and j + 1 < len(texts) and toks.starts[j + 1] == toks.ends[j] \
                    and texts[j + 1][:1].isalpha():
                continue  # a web address: "gegenüber space.com aus"
            return False
        if texts[j] in "\"“”„«»" and (j - k > 8 or texts[j] in "\"„»«" and _short_quote(texts, j) is None):
            return False  # a few quoted words may stand inside: "wies den Vorwurf als „absurd“ zurück"
    return False


def _particle_before(toks: Tokens, k: int, particle: str) -> bool:
    """Whether a separable verb's particle, written apart, stands right before it at the end of a
    subordinate clause: "wie die Behörde bekannt gab, ..."."""
    return k > 0 and toks.lowers[k - 1] == particle and toks.ends[k - 1] < toks.starts[k] \
        and (k + 1 == len(toks.texts) or toks.texts[k + 1] in (",", ".", ";"))


def _short_quote(texts: list[str], j: int) -> int | None:
    """Where the quotation opened at token j closes (the closing mark's index) when that is within four
    words, before any punctuation; else None (`texts`: the tokens' texts)."""
    for i in range(j + 1, min(len(texts), j + 6)):
        if texts[i] in "\"“”»«":
            return i
        if texts[i] in (".", ",", ";", ":", "!", "?"):
            return None
    return None


def _verb_position(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Whether a form that is mostly a noun ([noun-forms]: "states") stands where a verb does: after a subject
    pronoun ("it states that ...") or after a determiner and one lower-case noun ("the report states")."""
    if k == 0:
        return False
    lowers = toks.lowers
    prev = lowers[k - 1]
    if prev in lex.g.subject_pronouns or prev in lex.g.relative:
        return True
    return k >= 2 and not toks.caps[k - 1] and toks.texts[k - 1].isalpha() and prev not in lex.g.determiners \
        and prev not in lex.g.quantifiers and prev not in lex.g.prepositions \
        and lowers[k - 2] in lex.g.determiners and lowers[k - 2] not in lex.g.quantifiers \
        and not (k + 2 < len(lowers) and toks.texts[k + 1] == "," and lowers[k + 2] in lex.g.coordinators)


_SECONDS: dict[int, tuple[Lexicon, dict[str, frozenset[str]]]] = {}  # by id(lex), with the lexicon kept


def _second_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The words that begin phrase or noun cues only (no verb, belief, "so" or postposition, and no noun cue
    of one word), each with the second words of its cues: find_cues passes over such a word when the word
    after it is none of them, where it would find no cue (made once per lexicon)."""
    held = _SECONDS.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    table: dict[str, frozenset[str]] = {}
    for low in set(lex.phrases) | set(lex.nouns):
        rests = [rest for rest, _ in lex.phrases.get(low, ())] + list(lex.nouns.get(low, ()))
        if all(rests) and low not in lex.verbs and low not in lex.separated and low not in lex.beliefs \
                and low not in lex.g.so and low not in lex.g.postpositions:
            table[low] = frozenset(rest[0] for rest in rests)
    _SECONDS[id(lex)] = (lex, table)
    return table


def find_cues(text: str, toks: Tokens, lex: Lexicon, beliefs: bool = False) -> list[Cue]:
    """Every reporting cue in `toks`, longest match first, in text order, non-overlapping."""
    out: list[Cue] = []
    lowers, texts, starts_of, ends = toks.lowers, toks.texts, toks.starts, toks.ends
    n = len(lowers)
    starts = lex.cue_starts_with_beliefs if beliefs else lex.cue_starts
    # Most words begin no cue: the candidates are picked out at C speed (a set lookup per token through
    # map/compress), so the Python loop below runs only for the few tokens that may begin one.
    candidates = compress(count(), map(starts.__contains__, lowers))
    # the word lists the loop looks in, as bound look-ups: it runs for every candidate
    phrases_of, nouns_of, separated_of, verb_of = lex.phrases.get, lex.nouns.get, lex.separated.get, lex.verbs.get
    belief_of = lex.beliefs.get
    so, postpositions = lex.g.so, lex.g.postpositions
    seconds_of = _second_words(lex).get
    resume = 0  # tokens before this index are inside the last phrase or noun cue found
    for k in candidates:
        if k < resume:
            continue
        low = lowers[k]
        seconds = seconds_of(low)
        if seconds is not None and (lowers[k + 1] if k + 1 < n else None) not in seconds:
            continue  # "in", "at": they begin noun cues only ("in a statement"), and the next word begins none
        start = starts_of[k]
        cue = None
        phrases = phrases_of(low, ())
        nouns = nouns_of(low, ())
        if phrases or nouns:
            # Most phrases and noun cues fail at their second word (a word like "told" begins a dozen): it
            # is compared here, before the call that matches the rest.
            nxt = lowers[k + 1] if k + 1 < n else None
            for rest, form in phrases:
                if rest[0] != nxt:
                    continue
                j = _match_rest(lowers, k, rest)
                if j is not None:
                    cue = make_cue(start, ends[j - 1], text[start:ends[j - 1]], form.lemma,
                                   "phrase", form.frame, form.participle)
                    resume = j
                    break
            if cue is None:
                for rest in nouns:
                    if rest and rest[0] != nxt:
                        continue
                    j = _match_rest(lowers, k, rest)
                    if j is not None:
                        lemma = " ".join((low, *rest))
                        cue = make_cue(start, ends[j - 1], text[start:ends[j - 1]], lemma,
                                       "according" if lemma in lex.speaker_nouns else "noun")
                        resume = j
                        break
        if cue is None:
            separated = separated_of(low)  # only in languages with separable verbs (German)
            form = separated and next((f for f in separated if _particle_follows(toks, k, f.particle)
                                       or _particle_before(toks, k, f.particle)), None) \
                or verb_of(low)
            kind = "verb"
            if form is None and beliefs:
                form, kind = belief_of(low), "belief"
            if form is not None and low in lex.g.noun_forms and not _verb_position(toks, k, lex):
                form = None
            if form is not None and k > 0 and lowers[k - 1] in lex.g.noun_determiners:
                form = None  # "his remark", "the report", "their claims": a noun after an article or possessive
            if form is not None:
                cue = make_cue(start, ends[k], texts[k], form.lemma, kind, form.frame, form.participle)
            elif low in so and k > 0 and (texts[k - 1] == "," or texts[k - 1] in _CLOSING
                                          and k > 1 and texts[k - 2] in (",", ".", "!", "?")):
                cue = make_cue(start, ends[k], texts[k], low, "so")  # ', so der Minister.'
            elif low in postpositions:
                cue = make_cue(start, ends[k], texts[k], low, "postposition")  # 'Den Behörden zufolge'
        if cue is not None:
            out.append(cue)
    return out
