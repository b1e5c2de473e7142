"""Stage 3b: mentions of possible speakers: names (with titles), pronouns, descriptions, groups."""
from __future__ import annotations

import bisect
import dataclasses
from itertools import compress, count
from operator import or_

from .lexicon import Lexicon
from .models import Mention, make_mention
from .segment import Tokens

def _title(lex: Lexicon, low: str, head: bool = False) -> bool:
    """Whether a word is a title (head=True: one that can head a description); German compounds count by
    their ending ("Bundesbildungsministerin")."""
    if low in (lex.title_heads if head else lex.title_words):
        return True
    return bool(lex.g.title_suffixes) and len(low) > 6 and any(low.endswith(x) for x in lex.g.title_suffixes)


def _newline(text: str, end: int, start: int, wrapped: bool = False) -> bool:
    """Whether a line break (with `wrapped`, a blank line) stands between offsets `end` and `start` (the end
    of one token and the start of the next)."""
    at = text.find("\n", end, start)
    return at >= 0 and (not wrapped or text.find("\n", at + 1, start) >= 0)


def find_mentions(text: str, toks: Tokens, lex: Lexicon, wrapped: bool = False) -> list[Mention]:
    """Mentions in text order. With `wrapped`, single line breaks are spaces (hard-wrapped text)."""
    out: list[Mention] = []
    n = len(toks)
    g = lex.g
    lowers, caps, starts, ends, texts, words = toks.lowers, toks.caps, toks.starts, toks.ends, toks.texts, toks.words
    pronouns = g.pronouns
    nouns_capitalised = "nouns-capitalised" in g.settings
    # what each word can begin (see _word_flags): one look-up a candidate instead of a test per word list
    flags_of = _word_flags(lex).get
    # Nothing below can start at most words: only capitalised ones and the lower-case words of
    # lex.mention_starts can. They are picked out at C speed from the token columns, so the Python loop
    # runs for about a fifth of the tokens.
    candidates = compress(count(), map(or_, toks.caps, map(lex.mention_starts.__contains__, lowers)))
    held = _held_runs(lex)
    resume = 0  # tokens before this index are inside the last mention found
    for i in candidates:
        if i < resume or not words[i]:
            continue
        low = lowers[i]
        flags = flags_of(low, 0)
        if flags & _PRONOUN and (low != "i" or texts[i] == "I"):
            gender = pronouns[low]
            out.append(make_mention(starts[i], ends[i], texts[i], "pronoun", gender=gender, org=(gender == "n")))
            continue
        best: tuple[Mention, int] | None = None
        # A description ends in a head word within six words of its determiner; most determiners have
        # none there (without title suffixes that is one set test on the next six words).
        if flags & _DETERMINER and (g.title_suffixes or not lex.description_heads.isdisjoint(lowers[i + 1:i + 7])):
            m, j = _description(text, toks, i, lex, wrapped)
            if m is not None:
                best = (m, j)
        if caps[i] and not flags & _NOT_NAME or (
                flags & _ARTICLE and i + 1 < n and caps[i + 1] and not _newline(text, ends[i], starts[i + 1], wrapped)):
            m, j = _name_run(text, toks, i, lex, wrapped, held)
            # a name wins a tie with a description ("the US Central Command"), except where every noun is
            # capitalised and "Den Behörden" is a description
            if m is not None and (best is None or m.end > best[0].end
                                  or m.end == best[0].end and not nouns_capitalised):
                best = (m, j)
        if best is not None:
            out.append(best[0])
            resume = best[1]
            continue
        if flags & _GROUP:
            start = starts[_group_start(toks, i, out[-1].end if out else 0, lex)]
            out.append(make_mention(start, ends[i], text[start:ends[i]], "group", gender="pl", head=low))
    if not nouns_capitalised:
        out = _described_names(text, out)
    if nouns_capitalised:
        out = _names_with_evidence(text, toks, out, lex)
        out = _particle_surnames(text, toks, out, lex)
    else:
        out = _demonym_surnames(toks, out, lex)
    return out


_PRONOUN, _DETERMINER, _NOT_NAME, _ARTICLE, _GROUP = 1, 2, 4, 8, 16
_FLAGS: dict[int, tuple[Lexicon, dict[str, int]]] = {}  # by id(lex), with the lexicon kept


def _described_names(text: str, found: list[Mention]) -> list[Mention]:
    """"the economist Ann Ruiz": the description "the economist" and the name "economist Ann Ruiz" overlap;
    they are one mention, the name from the description's start."""
    out: list[Mention] = []
    for m in found:
        last = out[-1] if out else None
        if last is not None and m.type == "name" and last.type == "description" and last.start < m.start < last.end:
            out[-1] = dataclasses.replace(m, start=last.start, text=text[last.start:m.end])
        else:
            out.append(m)
    return out


def _word_flags(lex: Lexicon) -> dict[str, int]:
    """What each lower-case word can be for find_mentions, as bits: _PRONOUN (grammar [pronouns]),
    _DETERMINER, _NOT_NAME (a capitalised word that begins no name: a not-name that is no title word, or
    the possessive of a not-name), _ARTICLE, _GROUP (a group word, or in English the plural of a title
    head: "ministers"). A word with none is not in the table (made once per lexicon)."""
    held = _FLAGS.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    g = lex.g
    nouns_capitalised = "nouns-capitalised" in g.settings
    not_names = lex.not_names
    words = set(not_names) | {w + end for w in not_names for end in ("'s", "’s")} | set(g.pronouns) \
        | g.determiners | g.articles | lex.groups | {h + "s" for h in lex.title_heads}
    table: dict[str, int] = {}
    for low in words:
        flags = 0
        if low in g.pronouns:
            flags |= _PRONOUN
        if low in g.determiners:
            flags |= _DETERMINER
        if low in not_names and low not in lex.title_words or low[-2:] in ("'s", "’s") and low[:-2] in not_names:
            flags |= _NOT_NAME
        if low in g.articles:
            flags |= _ARTICLE
        if low in lex.groups or (low.endswith("s") and low[:-1] in lex.title_heads
                                 and not nouns_capitalised):  # German "des Ministers" is one
            flags |= _GROUP
        if flags:
            table[low] = flags
    _FLAGS[id(lex)] = (lex, table)
    return table


def _demonym_surnames(toks: Tokens, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """A surname that is also a demonym ("Rita Cuban", "Al English") names the person when it stands alone
    next to a reporting verb later ("Cuban said", "said Cuban"); elsewhere "Cuban" stays an adjective."""
    names = [m.name for m in found if m.type == "name" and not m.org and m.name]
    # (most documents have no demonym among their names' words at all: one test at C speed tells)
    if lex.demonyms.isdisjoint(" ".join(names).lower().split()):
        return found
    last_words = (name.rsplit(None, 1) for name in names)
    surnames = {words[-1].lower() for words in last_words if len(words) > 1} & lex.demonyms
    if not surnames:
        return found
    starts = [m.start for m in found]  # mentions do not overlap and come in text order
    added = []
    verbs = lex.verbs
    lowers, caps = toks.lowers, toks.caps
    # only the tokens that are such a surname, picked out at C speed as find_mentions picks its candidates
    for i in compress(count(), map(surnames.__contains__, lowers)):
        if not caps[i]:
            continue
        start = toks.starts[i]
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and found[k].end > start:
            continue  # inside a mention: "Rita Cuban" itself, "The Cuban government"
        if (i + 1 < len(lowers) and lowers[i + 1] in verbs) or (i > 0 and lowers[i - 1] in verbs):
            added.append(make_mention(start, toks.ends[i], toks.texts[i], "name", name=toks.texts[i]))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


def _group_start(toks: Tokens, i: int, floor: int, lex: Lexicon) -> int:
    """Index of the first word of a group whose head is toks[i]: up to two lower-case modifiers before it
    ("political experts", "senior administration officials"), or a number before "percent" ("46 percent",
    "some 22 percent")."""
    g = lex.g
    lowers = toks.lowers
    k = i
    if lowers[i] in g.quantity_heads:
        if i > 0 and (toks.texts[i - 1][:1].isdigit() or lowers[i - 1] in g.number_words):
            k = i - 1
            if k > 0 and lowers[k - 1] in g.quantity_modifiers and toks.starts[k - 1] >= floor:
                k -= 1
        return k
    if "nouns-capitalised" in g.settings:
        return k
    while k > 0 and i - k < 2:
        low = lowers[k - 1]
        if toks.starts[k - 1] < floor or toks.caps[k - 1] or not toks.texts[k - 1].isalpha() or len(low) < 3 \
                or low in g.stopwords \
                or low in g.determiners or low in g.prepositions or low in g.aux or low in g.finite \
                or low in g.clause_verbs or low in g.that or low in g.coordinators or low in g.wh \
                or low in lex.verbs or low in lex.beliefs or low.endswith(lex.g.skip_adverb_endings):
            break
        k -= 1
    # 'Hundreds of dock workers', 'a crowd of pro-union nurses': a count of [group-counts] and a partitive
    # preposition before the group open it (past one hyphenated modifier), so the phrase is no object
    j = k - 1 if k > 0 and "-" in toks.texts[k - 1] and not toks.caps[k - 1] else k
    if j > 1 and lowers[j - 1] in g.partitive_prepositions and lowers[j - 2] in g.group_counts \
            and toks.starts[j - 2] >= floor:
        k = j - 2
        if k > 0 and lowers[k - 1] in g.articles and toks.starts[k - 1] >= floor:
            k -= 1
    return k


def _names_with_evidence(text: str, toks: Tokens, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """Where every noun is capitalised (German), a capitalised run is a name only with evidence: a known
    first name, a title or honorific, an organisation word or acronym, a surname already named in full,
    or a reporting verb right next to it ("Kranold sagte", "sagte Kranold")."""
    starts, lowers = toks.starts, toks.lowers
    surnames: set[str] = set()
    keep: list[Mention] = []
    for m in found:
        if m.type != "name":
            keep.append(m)
            continue
        words = m.name.split()
        strong = (words[0].lower().strip(".") in lex.first_names or m.title or m.org or m.gender
                  or any(len(w) > 1 and w.isupper() for w in words))
        if strong:
            if not m.org and len(words) > 1:
                surnames.add(words[-1].lower())
            keep.append(m)
            continue
        k = bisect.bisect_left(starts, m.start)
        while k > 0 and lowers[k - 1] in lex.g.inner_reflexive:
            k -= 1  # "äußerte sich Schavan"
        before = lowers[k - 1] if k > 0 else ""
        j = bisect.bisect_left(starts, m.end)
        after = lowers[j] if j < len(lowers) else ""
        if before in lex.g.articles or before in lex.g.prepositions or before in lex.g.determiners \
                or k > 0 and _inflected_adjective(toks, k - 1, lex):
            head = _group_head(m.name.lower(), lex) if len(words) == 1 and before in lex.g.prepositions else None
            if head is not None:
                # a group in the dative plural after a preposition: "von Kritikern", "laut Musikkennern"
                keep.append(make_mention(m.start, m.end, m.text, "group", gender="pl", head=head))
            continue  # "seiner Amtszeit", "in den meisten Fällen": a noun, not a name
        party = text[m.end:m.end + 2] == " (" and j + 2 < len(lowers) and toks.texts[j + 1].isupper()
        after_so = before in lex.g.so and k > 1 and toks.texts[k - 2] in (",", "“", "”", "\"", "«", "»")
        if words[-1].lower() in surnames or after in lex.verbs or after in lex.separated or before in lex.verbs \
                or party or before in lex.phrases or after_so:  # '„...“, so Wolf weiter.'
            keep.append(m)
        elif len(words) > 1 and words[0].lower() in surnames and m.text.startswith(words[0] + " "):
            # 'Am Freitag sah Berger Chancen für eine Einigung': a surname named in full before, then a noun
            keep.append(make_mention(m.start, m.start + len(words[0]), words[0], "name", name=words[0]))
    return keep


def _particle_surnames(text: str, toks: Tokens, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """A surname with particles named in full before ("Greta von der Aue") names the person again on its
    own, also capitalised at a sentence's start ("von der Aue sagte", "Von der Aue sagte")."""
    surnames: dict[tuple[str, ...], Mention] = {}
    for m in found:
        if m.type != "name" or m.org:
            continue
        words = m.name.split()
        if len(words) >= 4 and words[1].lower() in lex.g.connectors and words[2].lower() in lex.g.name_particles:
            surnames.setdefault(tuple(w.lower() for w in words[1:]), m)
    if not surnames:
        return found
    starts = [m.start for m in found]
    extra: list[Mention] = []
    lowers = toks.lowers
    for i in compress(count(), map(lex.g.connectors.__contains__, lowers)):
        start = toks.starts[i]
        for key, full in surnames.items():
            j = i + len(key)
            if j > len(lowers) or start <= full.start or tuple(lowers[i:j]) != key:
                continue
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and found[k].end > start:
                continue  # inside a mention already
            end = toks.ends[j - 1]
            extra.append(make_mention(start, end, text[start:end], "name", name=full.name,
                                      gender=full.gender))
    if not extra:
        return found
    found = [m for m in found if not any(e.start <= m.start < e.end for e in extra)]
    return sorted(found + extra, key=lambda m: m.start)


def _group_head(low: str, lex: Lexicon) -> str | None:
    """The group word a German plural noun in the dative ends in ("kritikern", "musikkennern"), if any."""
    if low[-1:] != "n":
        return None
    stem = low[:-1]
    if stem in lex.groups:
        return stem
    return next((g for g in lex.groups if len(g) >= 6 and stem.endswith(g)), None)


def _inflected_adjective(toks: Tokens, k: int, lex: Lexicon) -> bool:
    """Token k is a lower-case word with an adjective ending that is no verb or function word ("meisten",
    "solcher"): the capitalised word after it is a noun."""
    low = toks.lowers[k]
    if toks.caps[k] or not toks.texts[k].isalpha() or not low.endswith(lex.g.adjective_endings):
        return False
    g = lex.g
    return not (low in lex.verbs or low in lex.separated or low in lex.phrases or low in g.stopwords
                or low in g.that or low in g.coordinators or low in g.wh or low in g.aux or low in g.finite
                or low in g.inner_reflexive or low in g.cue_adverbs)


def _name_run(text: str, toks: Tokens, i: int, lex: Lexicon, wrapped: bool,
              held: tuple) -> tuple[Mention | None, int]:
    """The mention the run of capitalised words at token i makes, if any, and the index after the run;
    `held` is _held_runs(lex) (fetched once per document by the caller)."""
    j = _run_end(text, toks, i, lex, wrapped)
    start = toks.starts[i]
    # the run's stretch of text stands for its token texts (a run starts and ends at token boundaries); a
    # run seen before is looked up here, without the call
    key = text[start:toks.ends[j - 1]] if j > i else ""
    # What the run makes where nothing before it counts (see _plain_context), by its text: the mention's
    # fields with its offsets relative to the run's start. The same names come back again and again.
    made = held[2].get(key)
    # (_plain_context's first tests inline: most runs follow a capitalised word or start the text)
    if made is not None and (i == 0 or toks.caps[i - 1] or _plain_context(toks, i, lex)):
        rel_start, rel_end, mtext, mtype, name, title, gender, org, head = made
        return make_mention(start + rel_start, start + rel_end, mtext, mtype, name, title, gender, org, head), j
    m, j = _name_run_slow(text, toks, i, j, key, lex, wrapped, held)
    # (kept only where its parts are: not for a run too long to keep)
    if made is None and m is not None and held[1].get(key, ("",))[0] == "name" and _plain_context(toks, i, lex):
        made = held[2]
        if len(made) >= _RUN_PARTS_MAX:
            made.clear()
        made[key] = (m.start - start, m.end - start, m.text, m.type, m.name, m.title,
                     m.gender, m.org, m.head)
    return m, j


def _plain_context(toks: Tokens, i: int, lex: Lexicon) -> bool:
    """Whether the words before the run at token i add nothing to its mention: no lower-case title words
    right before it ("former president X"), nor a capitalised title and an adjective ("Chief financial
    officer X")."""
    if i == 0:
        return True
    caps, lowers = toks.caps, toks.lowers
    if caps[i - 1]:
        return True
    low = lowers[i - 1]
    if low in lex.not_names:
        return True
    if (low in lex.title_words or low in lex.demonyms or low in lex.g.title_modifiers) \
            and lowers[i] not in lex.g.articles:
        return False
    return not (i >= 2 and toks.texts[i - 1].isalpha() and caps[i - 2] and _title(lex, lowers[i - 2]))


def _name_run_slow(text: str, toks: Tokens, i: int, j: int, key: str, lex: Lexicon,
                   wrapped: bool, held: tuple) -> tuple[Mention | None, int]:
    lowers, caps, starts, ends = toks.lowers, toks.caps, toks.starts, toks.ends
    the = lowers[i] in lex.g.articles
    parts = held[1].get(key)
    if parts is None:
        parts = _run_parts(toks, i, j, the, lex, key)
    if parts[0] == "none":
        return None, max(j, i + 1)
    if parts[0] == "from":
        return _name_run(text, toks, i + parts[1], lex, wrapped, held)
    if parts[0] == "demonyms":
        return None, j  # "Afghan crisis", "Russian troops"
    _, ns, title_at, gender, org = parts
    g = lex.g
    not_names, title_words, demonyms = lex.not_names, lex.title_words, lex.demonyms
    words = list(compress(range(i, j), toks.words[i:j]))  # the token indices of the run's words
    title_toks = [words[k] for k in title_at]  # token indices, as name_words below
    last = j - 1
    end = ends[last] - 2 if lowers[last].endswith(("'s", "’s")) else ends[last]  # without a possessive ending
    name_words = words[ns:]
    name = text[starts[name_words[0]]:end]
    start = starts[i]
    # lower-case titles right before the run: "foreign minister Sergei Ostrov", "former president X"
    p = i - 1
    while p >= 0 and not the and (lowers[p] in title_words or lowers[p] in demonyms
                                  or lowers[p] in g.title_modifiers) \
            and not caps[p] and lowers[p] not in not_names:
        title_toks.insert(0, p)
        start = starts[p]
        p -= 1
    if title_toks and p >= 1 and toks.texts[p].isalpha() and not caps[p] and lowers[p] not in not_names \
            and caps[p - 1] and _title(lex, lowers[p - 1]):
        # "Chief financial officer Ben Adler": a capitalised title word, then an adjective
        title_toks[:0] = [p - 1, p]
        start = starts[p - 1]
    if len(name_words) == 1 and _title(lex, lowers[name_words[0]], head=True) and not org:
        # "President", "The Minister": a description by title alone
        w = name_words[0]
        return make_mention(start, end, text[start:end], "description", head=lowers[w],
                            title=text[starts[title_toks[0]]:ends[w]] if title_toks else toks.texts[w],
                            gender=lex.titles.get(lowers[w])), j
    if gender is None and not org:
        gender = lex.first_names.get(lowers[name_words[0]])
        if gender is None:
            for t in title_toks:
                gender = gender or lex.titles.get(lowers[t])
    title = text[starts[title_toks[0]]:ends[title_toks[-1]]].rstrip(".") if title_toks else None
    if title and all(lowers[t] in lex.honorifics for t in title_toks):
        title = None
    if the and not org:
        start = starts[i + 1]
    m = make_mention(start, end, text[start:end], "name", name=name, title=title, gender="n" if org else gender,
                     org=org)
    return m, j


def _run_end(text: str, toks: Tokens, i: int, lex: Lexicon, wrapped: bool) -> int:
    """Index after the run of capitalised words (with their connectors and initials' periods) at token i."""
    lowers, caps, starts, ends, texts, words = toks.lowers, toks.caps, toks.starts, toks.ends, toks.texts, toks.words
    n = len(lowers)
    g = lex.g
    not_names, title_words, org_words, honorifics = lex.not_names, lex.title_words, lex.org_words, lex.honorifics
    first_names = lex.first_names
    j = i
    if lowers[i] in g.articles:
        j += 1
    verbs = lex.verbs
    while j < n:
        low = lowers[j]
        if j > i:
            # _newline(text, ends[j - 1], starts[j], wrapped), spelt out: this loop runs for every word of
            # every name
            at = text.find("\n", ends[j - 1], starts[j])
            if at >= 0 and (not wrapped or text.find("\n", at + 1, starts[j]) >= 0):
                break
            if texts[j - 1][-1] == "." and low in not_names:
                break  # "in the U.S. He says": a new sentence
        if caps[j] and words[j]:
            if j > i and low in verbs and low != verbs[low].lemma and low not in first_names \
                    and "nouns-capitalised" not in g.settings:
                break  # a headline in title case: "Mayor Says Town Should ..."; the cue ends the name
            j += 1
            # a possessive ends the run; a word ending in "s'" is longer than that
            if low.endswith(("'s", "’s", "s'")) and (low[-1] == "s" or len(low) > 2):
                break
        elif texts[j] == "." and j > i and (len(texts[j - 1]) == 1 or lowers[j - 1] in honorifics
                                           or lowers[j - 1] + "." in title_words) \
                and starts[j] == ends[j - 1]:
            j += 1
        elif low in g.connectors and j + 1 < n and caps[j + 1] and j > i and low != "and":
            if j - i >= 2 and lowers[j - 2] in first_names and lowers[j - 1] not in org_words:
                break  # "John Kane of Ohio": a person's name ends before "of"; "Bank of England" goes on
            j += 1
        elif low in g.connectors and j + 2 < n and lowers[j + 1] in g.name_particles and caps[j + 2] \
                and j > i and lowers[j - 1] in first_names and lowers[j + 2] not in org_words \
                and lowers[j + 2] not in title_words:
            j += 2  # "Greta von der Aue", "Pedro de la Cruz": a first name, then two particles (not
            # "Jan von der Zeitung")
        elif texts[j] in ("-",) and j + 1 < n and caps[j + 1] and starts[j] == ends[j - 1]:
            j += 1
        elif texts[j] in ("'", "’") and j > i and lowers[j - 1].endswith("s") and starts[j] == ends[j - 1] \
                and j + 1 < n and caps[j + 1] and lowers[j + 1] in org_words:
            j += 1  # "National Nurses’ Union"
        else:
            break
    return j


# What the words of a run make, by lexicon and the run's token texts. The same names come back again and
# again (three runs in four over a corpus of news), and working it out is most of _name_run's time. The
# lexicon is kept with its entries (the key is its id) and a full cache is emptied. Second, what a run makes
# where nothing before it counts, by its text (see _name_run). Both are kept across documents, so both are
# bounded: at most _RUN_PARTS_MAX runs each, none longer than _RUN_KEY_MAX (a name is a few words; a longer
# run, a line of capitals, is worked out each time rather than kept).
_RUN_PARTS: dict[int, tuple[Lexicon, dict[str | tuple[str, ...], tuple], dict[str, tuple]]] = {}
_RUN_PARTS_MAX = 20_000
_RUN_KEY_MAX = 200


def _held_runs(lex: Lexicon) -> tuple[Lexicon, dict[str | tuple[str, ...], tuple], dict[str, tuple]]:
    """The run caches of `lex` (see _RUN_PARTS)."""
    held = _RUN_PARTS.get(id(lex))
    if held is None or held[0] is not lex:
        held = _RUN_PARTS[id(lex)] = (lex, {}, {})
    return held


def _run_parts(toks: Tokens, i: int, j: int, the: bool, lex: Lexicon, key: str | None = None) -> tuple:
    """_word_parts of the run of tokens i to j (not j), cached; `key`, when given, is the text from the
    run's first token to its last, which tells the same as their texts and costs less to make."""
    cache = _held_runs(lex)[1]
    if key is None:
        key = tuple(toks.texts[i:j])
    parts = cache.get(key)
    if parts is None:
        if len(key) > _RUN_KEY_MAX:
            return _word_parts(toks.lowers[i:j], toks.words[i:j], the, lex)
        if len(cache) >= _RUN_PARTS_MAX:
            cache.clear()
        parts = cache[key] = _word_parts(toks.lowers[i:j], toks.words[i:j], the, lex)
    return parts


def _word_parts(run: list[str], is_word: list[bool], the: bool, lex: Lexicon) -> tuple:
    """What a run of capitalised words makes, from its words alone (not where it stands). `run` holds the
    run's tokens' lower-case forms, `is_word` whether each is a word (the tokens' columns lowers and words):

    ("none",): no name; ("from", k): a name run that begins k tokens on, after capitalised function words;
    ("demonyms",): only demonyms ("Russian troops"); or ("name", ns, title_at, gender, org), where the
    name proper is words[ns:] of the run's words, words[k] for k in title_at are its title words, gender
    is an honorific's and org whether it names an organisation.
    """
    g = lex.g
    not_names, title_words, demonyms = lex.not_names, lex.title_words, lex.demonyms
    org_words, honorifics, first_names = lex.org_words, lex.honorifics, lex.first_names
    # drop leading capitalised function words ("But", "Earlier", "In")
    w0 = 1 if the else 0  # index of the first word after the article
    k = w0
    while k < len(run) and (run[k] in not_names and run[k] not in title_words
                            and run[k] not in demonyms
                            or k + 1 < len(run) and run[k].endswith(g.skip_adverb_endings) and is_word[k + 1]
                            and run[k] not in first_names):  # "Kelly Tarn" is a name
        k += 1  # "But", "Earlier", "Presently Aziz", "Certainly Ida"
    if k >= len(run):
        return ("none",)
    if k > w0:
        return ("from", k)
    # The words of the run, in text order; the name proper is words[ns:] (the title words before it).
    # Working with an index and the list of lower-case forms lets the word-set tests below be set
    # operations (isdisjoint, issuperset) instead of a generator expression each: this function runs
    # for every new capitalised run.
    lows = list(compress(run, is_word))
    last = len(lows) - 1
    # title prefix: demonyms, honorifics, title words, with their periods
    ns = None
    title_at: list[int] = []
    gender = None
    for idx in range(w0, len(lows)):
        low = lows[idx]
        if (low in demonyms or _title(lex, low) or low + "." in title_words
                or low in honorifics or low in g.title_modifiers) and idx != last:
            title_at.append(idx)
            if honorifics.get(low):
                gender = honorifics[low]
            continue
        ns = idx
        break
    if ns is None:
        ns = last
        title_at = [k for k in title_at if k != ns]
    # a title inside the run splits it: "Port Commissioner Dana Whitlock", "Bank of England Governor X"
    body = lows[ns:]
    if org_words.isdisjoint(body):
        for idx in range(1, len(body) - 1 if len(body) > 2 else len(body)):
            if lows[ns + idx] in first_names and lows[ns + idx - 1] not in first_names \
                    and lows[ns + idx - 1] not in g.connectors:
                title_at = title_at + list(range(ns, ns + idx))
                ns += idx
                body = lows[ns:]
                break
    org_after = False  # whether an organisation word follows body[idx]: "Bank of England Governor X" is no split
    for idx in range(len(body) - 2, -1, -1):
        org_after = org_after or body[idx + 1] in org_words
        if (_title(lex, body[idx], head=True) or body[idx] + "." in title_words) and not org_after:
            title_at = title_at + list(range(ns, ns + idx + 1))
            ns += idx + 1
            break
    if demonyms.issuperset(lows[w0:]):
        return ("demonyms",)
    if not org_words.isdisjoint(lows[ns:]) or not title_at and not org_words.isdisjoint(lows):
        # an organisation ("Bank of England"), unless a title split the name off it ("Senate Minority
        # Leader Ned Varga", "Bank of England Governor Alan Moss")
        title_at = []
        ns = w0
    org = not org_words.isdisjoint(lows[ns:])
    return ("name", ns, tuple(title_at), gender, org)


def _description(text: str, toks: Tokens, i: int, lex: Lexicon, wrapped: bool) -> tuple[Mention | None, int]:
    lowers, caps, starts, ends, texts, words = toks.lowers, toks.caps, toks.starts, toks.ends, toks.texts, toks.words
    n = len(lowers)
    head_at = None
    j = i + 1
    limit = min(n, i + 7)
    # the word lists the loop looks in, fetched once (it runs for up to six words a determiner); _title's
    # test of its suffixes only where the language has them
    g = lex.g
    stops, determiners, title_heads, groups = g.description_stops, g.determiners, lex.title_heads, lex.groups
    suffixes = bool(g.title_suffixes)
    nouns_capitalised = "nouns-capitalised" in g.settings
    while j < limit:
        if not words[j] and texts[j] != "-":
            break
        low = lowers[j]
        if low in stops or low in determiners or _newline(text, ends[j - 1], starts[j], wrapped):
            break
        if nouns_capitalised and not caps[j] \
                and (low in g.finite or low in lex.verbs or low in lex.separated):
            break  # 'Das erklärte Minister X': a verb after the article, no adjective of a description
        if low in title_heads or suffixes and _title(lex, low, head=True) or low in groups or low in lex.org_words:
            head_at = j
            # a multi-word title continues ("foreign minister", "chief executive")
            if j + 1 < n and (lowers[j + 1] in title_heads or suffixes and _title(lex, lowers[j + 1], head=True)
                              or lowers[j + 1] in groups):
                j += 1
                continue
            break
        j += 1
    if head_at is None:
        return None, i + 1
    end_tok = head_at
    head = lowers[head_at]
    # a prepositional phrase naming the organisation: "a spokeswoman for the ministry"
    if head_at + 1 < n and lowers[head_at + 1] in lex.g.description_prepositions \
            and head not in lex.org_words:
        k = head_at + 2
        stop = min(n, k + 6)
        capitalised = "nouns-capitalised" in lex.g.settings
        last = None
        while k < stop and (words[k] or (texts[k] in (".", "-") and starts[k] == ends[k - 1]
                                         and len(texts[k - 1]) <= 3)) \
                and lowers[k] not in lex.g.description_stops and not _newline(text, ends[k - 1], starts[k], wrapped):
            if capitalised and not caps[k] and (lowers[k] in lex.g.finite or lowers[k] in lex.verbs
                                                or lowers[k] in lex.separated):
                break  # 'Der Sprecher der Stadt forderte alle Bürger auf': the verb ends the description
            if caps[k] or lowers[k] in lex.org_words or lowers[k] in lex.title_words:
                last = k
            k += 1
        if last is not None:
            end_tok = last
    start = starts[i]
    end = ends[end_tok]
    org = head in lex.org_words and head not in lex.title_words
    gender = "pl" if head in lex.groups and head.endswith("s") else lex.titles.get(head)
    if org:
        gender = "n"
    return make_mention(start, end, text[start:end], "description", head=head,
                        title=text[starts[i + 1]:end] if i + 1 <= end_tok else None, gender=gender, org=org), end_tok + 1
