"""Accuracy against hand-annotated gold quotes: load a gold file, run the pipeline on it, score the result.

The scoring definitions are those of the team's reference scorer (`../shared/tools/score.py`), so the numbers
agree with it to the last rounded digit; they are written out again here so that quoteattr works without
`../shared`. In short:

- Spans are compared after trimming spaces, quotation marks and edge punctuation from both ends.
- A predicted quote matches a gold quote when their trimmed spans overlap with Jaccard >= 0.5; matching is
  one to one, best overlap first (ties: higher gold index, then higher prediction index, as the reference
  scorer's reverse sort does).
- When only some kinds are scored, an unmatched prediction that overlaps (Jaccard >= 0.5) a gold quote of a
  kind left out is neither right nor wrong: it is not counted as a prediction.
- The speaker of a matched quote is right when the predicted mention span overlaps the gold mention span,
  or when a name token of the predicted speaker (canonical name or mention) equals a name token of the gold
  speaker (mention, canonical name and, for documents with "characters", that character's aliases), with
  titles and one-letter tokens ignored.

Overlapping span pairs are found with a sweep over spans sorted by start, not by trying every pair: a novel
has thousands of quotes, and the all-pairs loop is quadratic. The sweep yields exactly the pairs the
all-pairs loop would keep, so results are identical.

This module never prints and never exits.
"""
from __future__ import annotations

import heapq
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import lexicon, pipeline
from .errors import GoldError
from .models import KINDS

TRIM = frozenset(" \t\r\n\"'“”‘’«»‹›„‚「」『』`.,;:!?—–-…()[]")
"""Characters trimmed from both ends of every span before spans are compared."""

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "minister", "senator",
    "sen", "rep", "gov", "governor", "gen", "general", "the", "a", "an", "of", "prime", "foreign",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "former", "u.s.", "us",
})
"""Name tokens that say nothing about who the speaker is; ignored when comparing speakers."""

MIN_JACCARD = 0.5

GROUPS: dict[str, frozenset[str] | None] = {
    "direct": frozenset({"direct"}),
    "mixed": frozenset({"mixed"}),
    "indirect": frozenset({"indirect"}),
    "direct,mixed": frozenset({"direct", "mixed"}),
    "all": None,
}
"""The kind groups `evaluate` scores, by name; None means every kind."""

METRICS: tuple[str, ...] = (
    "span_p", "span_r", "span_f1", "exact_f1", "attr_p", "attr_r", "attr_f1", "speaker_acc_on_matched",
)
"""The rates in a score dict (besides the counts kinds, docs, gold, pred)."""

_PROBLEM_ORDER = {"missed": 0, "wrong speaker": 1, "spurious": 2}
_QUOTE_CHARS = 200


# --------------------------------------------------------------------------------------------------- gold


def _json_lines(path: Path, what: str, fix: str):
    """(line number, parsed value) of each non-blank line of a UTF-8 JSON Lines file; GoldError naming the
    file, or the line, when it cannot be read or parsed."""
    source = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{what} {source} not found", "check the path", source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read {what}: {exc}", "give a UTF-8 JSON Lines file", source) from None
    for no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield no, json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"line {no}: not valid JSON ({exc.msg} at column {exc.colno})", fix, source) from None


def load_gold(path: str | Path) -> list[dict]:
    """The documents of a gold JSON Lines file, in file order.

    Each line is one document {"id", "text", "quotes": [{"start", "end", "kind", ...}], ...} (see
    ../shared/eval/README.md). Blank lines are skipped. Raises GoldError, naming the line, for a line that
    is not a JSON object, a document without id, text or quotes, a quote without valid offsets or kind,
    or a document id seen before.
    """
    source = str(path)
    docs: list[dict] = []
    seen: dict[str, int] = {}
    for no, doc in _json_lines(Path(path), "gold file", "each line must be one JSON document"):
        _check_doc(doc, no, source)
        did = str(doc["id"])
        if did in seen:
            raise GoldError(f"line {no}: document id {did!r} already used on line {seen[did]}",
                            "give every document its own id", source)
        seen[did] = no
        docs.append(doc)
    return docs


def _check_doc(doc: object, no: int, source: str) -> None:
    fix = 'a gold document is {"id": ..., "text": "...", "quotes": [...]}'
    if not isinstance(doc, dict):
        raise GoldError(f"line {no}: expected a JSON object, found {type(doc).__name__}", fix, source)
    missing = [key for key in ("id", "text", "quotes") if doc.get(key) is None]
    if missing:
        raise GoldError(f"line {no}: document has no {', '.join(missing)}", fix, source)
    if not isinstance(doc["text"], str):
        raise GoldError(f"line {no}: \"text\" must be a string", fix, source)
    if not isinstance(doc["quotes"], list):
        raise GoldError(f"line {no}: \"quotes\" must be a list", fix, source)
    n = len(doc["text"])
    for qi, q in enumerate(doc["quotes"], 1):
        where = f"line {no}: quote {qi}"
        if not isinstance(q, dict):
            raise GoldError(f"{where} is not a JSON object", 'a quote is {"start", "end", "kind", ...}', source)
        start, end = q.get("start"), q.get("end")
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= n):
            raise GoldError(f"{where}: bad offsets start={start!r} end={end!r}",
                            f"offsets are integers with 0 <= start <= end <= {n} (length of text)", source)
        if q.get("kind") not in KINDS:
            raise GoldError(f"{where}: unknown kind {q.get('kind')!r}", f"kind is one of {', '.join(KINDS)}",
                            source)
    chars = doc.get("characters")
    if chars is not None and not (isinstance(chars, list) and all(isinstance(c, dict) for c in chars)):
        raise GoldError(f"line {no}: \"characters\" must be a list of objects", '[{"name": ..., "aliases": [...]}]',
                        source)


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Predicted quotes by document id, read as the reference scorer reads them.

    JSON Lines, either one quote a line with its document id under "doc" (or "id", "doc_id", "document",
    "source"), or one document a line with its quotes under "quotes". Raises GoldError for a line that is
    not a JSON object.
    """
    source = str(path)
    preds: dict[str, list[dict]] = {}
    for no, obj in _json_lines(Path(path), "predictions", "each line must be one JSON object"):
        if not isinstance(obj, dict):
            raise GoldError(f"line {no}: expected a JSON object", "one quote or one document a line", source)
        did = _doc_id_of(obj)
        quotes = obj["quotes"] if isinstance(obj.get("quotes"), list) else [obj]
        preds.setdefault(did, []).extend(quotes)
    return preds


def _doc_id_of(obj: dict) -> str | None:
    for key in ("doc", "id", "doc_id", "document", "source"):
        if obj.get(key) is not None:
            return str(obj[key])
    return None


# ------------------------------------------------------------------------------------------------ spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` moved inwards past spaces, quotation marks and punctuation."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def overlapping_pairs(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every (i, j) with a[i] and b[j] sharing at least one character, in no particular order.

    A sweep over all spans by start: when a span starts, each span of the other list that started before
    it and has not yet ended overlaps it. O((len(a) + len(b)) log(...) + pairs), against len(a) * len(b)
    for trying every pair; the pairs are exactly those with min(end) - max(start) > 0.
    """
    events = [(s, e, 0, i) for i, (s, e) in enumerate(a) if s < e]
    events += [(s, e, 1, j) for j, (s, e) in enumerate(b) if s < e]
    events.sort()
    open_spans: tuple[list, list] = ([], [])  # min-heaps of (end, index) per list
    pairs: list[tuple[int, int]] = []
    for s, e, side, idx in events:
        other = open_spans[1 - side]
        while other and other[0][0] <= s:
            heapq.heappop(other)
        mine = open_spans[side]
        while mine and mine[0][0] <= s:
            heapq.heappop(mine)
        # Every span left open in `other` started at or before s and ends after s: it overlaps this one.
        if side == 0:
            pairs.extend((idx, j) for _, j in other)
        else:
            pairs.extend((i, idx) for _, i in other)
        heapq.heappush(mine, (e, idx))
    return pairs


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) matches, best Jaccard first, Jaccard >= 0.5 only.

    Ties are broken as the reference scorer's reverse sort of (jaccard, gi, pi, exact) tuples breaks them.
    """
    candidates = []
    for gi, pi in overlapping_pairs(gold, pred):
        jac = _jaccard(gold[gi], pred[pi])
        if jac >= MIN_JACCARD:
            candidates.append((jac, gi, pi, gold[gi] == pred[pi]))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, gi, pi, _ in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append((gi, pi))
    return matches


# ------------------------------------------------------------------------------------------------ names


def name_tokens(name: str | None) -> set[str]:
    """Lower-cased tokens of a name, without titles ("Mr", "Senator", "the") and one-letter tokens."""
    s = unicodedata.normalize("NFKC", name or "").lower()
    s = re.sub(r"[^\w\s.'-]", " ", s)
    tokens = (t.strip(".'-") for t in s.split())
    return {t for t in tokens if t and t not in TITLES and len(t) > 1}


def speaker_right(gq: Mapping, pq: Mapping, doc: Mapping) -> bool:
    """True when the predicted quote `pq` names the speaker of the gold quote `gq`."""
    gs, ge = gq.get("speaker_start"), gq.get("speaker_end")
    ps = pq.get("mention_start", pq.get("speaker_start"))
    pe = pq.get("mention_end", pq.get("speaker_end"))
    if None not in (gs, ge, ps, pe) and max(gs, ps) < min(ge, pe):
        return True
    gold_names = [gq.get("speaker"), gq.get("speaker_canonical")]
    for ch in doc.get("characters") or []:
        if ch.get("name") == gq.get("speaker_canonical"):
            gold_names += ch.get("aliases") or []
    gold_tok: set[str] = set()
    for name in gold_names:
        gold_tok |= name_tokens(name)
    if not gold_tok:
        return False
    return any(name_tokens(p) & gold_tok for p in (pq.get("speaker"), pq.get("mention"), pq.get("speaker_mention")))


# ---------------------------------------------------------------------------------------------- scoring


@dataclass
class _DocMatch:
    """How the predictions of one document met its gold quotes of the kinds scored."""

    gold: list[dict]                                   # gold quotes of the kinds scored
    preds: list[tuple[tuple[int, int], dict]]          # (trimmed span, quote) of usable predictions
    matches: list[tuple[int, int, bool, bool]]         # (gold index, pred index, exact, speaker right)
    ignored: set[int] = field(default_factory=set)     # pred indexes matching a gold quote of another kind

    @property
    def counts(self) -> dict[str, int]:
        return {
            "gold": len(self.gold),
            "pred": len(self.preds) - len(self.ignored),
            "match": len(self.matches),
            "exact": sum(1 for m in self.matches if m[2]),
            "spk": sum(1 for m in self.matches if m[3]),
        }


def _match_doc(doc: Mapping, pquotes: Iterable[Mapping], kinds: frozenset[str] | set[str] | None) -> _DocMatch:
    text = doc["text"]
    gold = [q for q in doc["quotes"] if kinds is None or q["kind"] in kinds]
    other = [q for q in doc["quotes"] if kinds is not None and q["kind"] not in kinds]
    g_spans = [trim(text, q["start"], q["end"]) for q in gold]
    preds = []
    for q in pquotes:
        try:
            s, e = int(q["start"]), int(q["end"])
        except (KeyError, TypeError, ValueError):
            continue  # a prediction without usable offsets is not counted at all
        preds.append((trim(text, max(0, s), min(len(text), e)), q))
    p_spans = [span for span, _ in preds]
    matches = [(gi, pi, g_spans[gi] == p_spans[pi], speaker_right(gold[gi], preds[pi][1], doc))
               for gi, pi in match_spans(g_spans, p_spans)]
    ignored: set[int] = set()
    if other:
        used = {pi for _, pi, _, _ in matches}
        free = [pi for pi in range(len(preds)) if pi not in used]
        o_spans = [trim(text, q["start"], q["end"]) for q in other]
        for fi, oi in overlapping_pairs([p_spans[pi] for pi in free], o_spans):
            if _jaccard(p_spans[free[fi]], o_spans[oi]) >= MIN_JACCARD:
                ignored.add(free[fi])
    return _DocMatch(gold, preds, matches, ignored)


def _kind_set(kinds: Iterable[str] | str | None) -> set[str] | None:
    """`kinds` as a set; a string is a comma-separated list, "all" (like None) means every kind."""
    if isinstance(kinds, str):
        return None if kinds == "all" else {k for k in kinds.split(",") if k}
    return set(kinds) if kinds is not None else None


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_documents(gold_docs: Iterable[Mapping], predictions: Mapping[str, list[dict]],
                    kinds: set[str] | frozenset[str] | str | None) -> dict:
    """Span and attribution scores of `predictions` (quotes by document id) against `gold_docs`.

    `kinds` limits the gold quotes scored (None or "all": all; a string is read as "direct,mixed"). Predictions for documents not in the gold are
    ignored. Returns the dict the reference scorer's `score()` returns: kinds, docs, gold, pred, span_p,
    span_r, span_f1, exact_f1, attr_p, attr_r, attr_f1, speaker_acc_on_matched (rates rounded to 4 places).
    """
    kinds = _kind_set(kinds)
    tot = {"docs": 0, "gold": 0, "pred": 0, "match": 0, "exact": 0, "spk": 0}
    for doc in gold_docs:
        counts = _match_doc(doc, predictions.get(str(doc["id"]), []), kinds).counts
        for key, value in counts.items():
            tot[key] += value
        tot["docs"] += 1
    p, r, f = _prf(tot["match"], tot["pred"], tot["gold"])
    _, _, fe = _prf(tot["exact"], tot["pred"], tot["gold"])
    pa, ra, fa = _prf(tot["spk"], tot["pred"], tot["gold"])
    return {
        "kinds": ",".join(sorted(kinds)) if kinds else "all",
        "docs": tot["docs"], "gold": tot["gold"], "pred": tot["pred"],
        "span_p": round(p, 4), "span_r": round(r, 4), "span_f1": round(f, 4),
        "exact_f1": round(fe, 4),
        "attr_p": round(pa, 4), "attr_r": round(ra, 4), "attr_f1": round(fa, 4),
        "speaker_acc_on_matched": round(tot["spk"] / tot["match"], 4) if tot["match"] else 0.0,
    }


# ------------------------------------------------------------------------------------------------ report


def _snippet(text: str, start: int, end: int) -> str:
    s = " ".join(text[max(0, start):max(0, end)].split())
    return s if len(s) <= _QUOTE_CHARS else s[:_QUOTE_CHARS - 1].rstrip() + "…"


def _gold_speaker(q: Mapping) -> str | None:
    mention, canonical = q.get("speaker"), q.get("speaker_canonical")
    if mention and canonical and canonical != mention:
        return f"{mention} ({canonical})"
    return mention or canonical or None


def _pred_speaker(q: Mapping) -> str | None:
    mention, canonical = q.get("mention"), q.get("speaker")
    if mention and canonical and canonical != mention:
        return f"{mention} ({canonical})"
    return mention or canonical or None


@dataclass(frozen=True)
class EvalReport:
    """Scores of one `evaluate` run, the predictions behind them, and the gold they were scored against.

    `scores` maps each group of GROUPS ("direct", "mixed", "indirect", "direct,mixed", "all") to a score
    dict as `score_documents` returns it; `predictions` maps document ids to predicted quotes as dicts.
    """

    gold_path: str
    scores: dict[str, dict]
    predictions: dict[str, list[dict]]
    gold: list[dict] = field(repr=False, compare=False)
    lang: str = "en"
    beliefs: bool = False
    langs: dict[str, int] = field(default_factory=dict)
    """Documents per language the pipeline was run with."""
    unsupported_langs: dict[str, int] = field(default_factory=dict)
    """Documents whose own "lang" has no lexicon, run with `lang` instead."""

    @property
    def docs(self) -> int:
        return len(self.gold)

    def worst_misses(self, n: int | None = 20, kinds: Iterable[str] | None = None) -> list[dict]:
        """The `n` most instructive errors (all of them when n is None), most instructive first.

        Missed gold quotes come first, longest first; then matched quotes given the wrong speaker,
        longest first; then spurious predictions, longest first; ties in document and text order.
        `kinds` limits the gold quotes looked at, as in scoring (None: all kinds). Each error is a dict
        with doc, kind, problem ("missed" | "wrong speaker" | "spurious"), quote (the text, whitespace
        collapsed, cut to about 200 characters), gold_speaker, predicted_speaker, start, end (the gold
        span, or the predicted span for a spurious quote).
        """
        if n is not None and n <= 0:
            return []
        kinds = _kind_set(kinds)
        found: list[tuple[tuple, dict]] = []
        for order, doc in enumerate(self.gold):
            did = str(doc["id"])
            text = doc["text"]
            m = _match_doc(doc, self.predictions.get(did, []), kinds)
            matched_g = {gi: (pi, right) for gi, pi, _, right in m.matches}
            matched_p = {pi for _, pi, _, _ in m.matches}
            for gi, gq in enumerate(m.gold):
                if gi in matched_g and matched_g[gi][1]:
                    continue
                if gi in matched_g:
                    problem, pq = "wrong speaker", m.preds[matched_g[gi][0]][1]
                else:
                    problem, pq = "missed", None
                start, end = gq["start"], gq["end"]
                found.append(((_PROBLEM_ORDER[problem], -(end - start), order, start, end), {
                    "doc": did, "kind": gq["kind"], "problem": problem, "quote": _snippet(text, start, end),
                    "gold_speaker": _gold_speaker(gq), "predicted_speaker": _pred_speaker(pq) if pq else None,
                    "start": start, "end": end,
                }))
            for pi, (_, pq) in enumerate(m.preds):
                if pi in matched_p or pi in m.ignored:
                    continue
                start, end = int(pq["start"]), int(pq["end"])
                found.append(((_PROBLEM_ORDER["spurious"], -(end - start), order, start, end), {
                    "doc": did, "kind": pq.get("kind"), "problem": "spurious",
                    "quote": _snippet(text, start, end), "gold_speaker": None,
                    "predicted_speaker": _pred_speaker(pq), "start": start, "end": end,
                }))
        found.sort(key=lambda item: item[0])
        return [item for _, item in (found if n is None else found[:n])]

    def to_dict(self) -> dict:
        """Scores and what was scored, as plain JSON-able values."""
        return {
            "gold": self.gold_path, "docs": self.docs, "lang": self.lang, "beliefs": self.beliefs,
            "langs": dict(self.langs), "unsupported_langs": dict(self.unsupported_langs),
            "scores": {group: dict(s) for group, s in self.scores.items()},
        }


def evaluate(gold_path: str | Path, *, lang: str = "en", beliefs: bool = False) -> EvalReport:
    """Run the pipeline on every document of a gold file and score what it finds.

    A document is extracted in its own "lang" when quoteattr has a lexicon for it, else in `lang`.
    Raises GoldError for a malformed gold file and LexiconError when `lang` has no lexicon.
    """
    gold = load_gold(gold_path)
    supported = set(lexicon.LANGUAGES)
    predictions: dict[str, list[dict]] = {}
    langs: dict[str, int] = {}
    unsupported: dict[str, int] = {}
    for doc in gold:
        doc_lang = doc.get("lang")
        if doc_lang and doc_lang not in supported:
            unsupported[str(doc_lang)] = unsupported.get(str(doc_lang), 0) + 1
        use = doc_lang if doc_lang in supported else lang
        langs[use] = langs.get(use, 0) + 1
        did = str(doc["id"])
        found = pipeline.extract(doc["text"], did, lang=use, beliefs=beliefs)
        predictions[did] = [q.to_dict() for q in found]
    scores = {group: score_documents(gold, predictions, kinds) for group, kinds in GROUPS.items()}
    return EvalReport(str(gold_path), scores, predictions, gold, lang=lang, beliefs=beliefs,
                      langs=langs, unsupported_langs=unsupported)
