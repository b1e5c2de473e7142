"""quoteattr.evaluate: gold loading, scoring as the reference scorer scores, the evaluate() report, the gate.

The fixtures eval-gold.jsonl / eval-pred.jsonl are invented documents, written for these tests. Tests that
need the reference scorer (../shared/tools/score.py) skip when it is absent.
"""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr import evaluate as ev
from quoteattr.errors import GoldError, QuoteattrError
from quoteattr.models import FIELDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = FIXTURES / "eval-gold.jsonl"
PRED = FIXTURES / "eval-pred.jsonl"
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
needs_reference = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"reference scorer {SCORE_PY} not present")

SCORE_KEYS = {"kinds", "docs", "gold", "pred", "span_p", "span_r", "span_f1", "exact_f1", "attr_p", "attr_r",
              "attr_f1", "speaker_acc_on_matched"}


def reference_score(gold: Path, pred: Path, kinds: str) -> dict:
    out = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(pred), f"--kinds={kinds}", "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# ------------------------------------------------------------------------------- agreement on the fixture


@pytest.fixture(scope="module")
def gold_docs():
    return ev.load_gold(GOLD)


@pytest.fixture(scope="module")
def predictions():
    return ev.load_predictions(PRED)


def test_fixture_loads(gold_docs, predictions):
    assert [d["id"] for d in gold_docs] == ["eval-council", "eval-farm-bill", "eval-harbour", "eval-water-agency"]
    # one quote a line ("doc"), one document a line ("id" + "quotes"), and a document the gold does not have
    assert set(predictions) == {"eval-council", "eval-farm-bill", "eval-harbour", "eval-not-in-gold"}
    assert len(predictions["eval-harbour"]) == 3
    assert "eval-water-agency" not in predictions


def test_hand_computed_direct_mixed(gold_docs, predictions):
    """The direct,mixed numbers of the fixture, worked out by hand (no ../shared needed).

    Gold direct+mixed quotes: council 4, farm-bill 2, harbour 3, water-agency 1 = 10.
    council: the indirect-quote prediction overlaps only a gold quote of another kind -> ignored; the marked
      quote trims to the gold span (exact, speaker by mention span); the inner quoted words match the mixed
      quote (Jaccard 26/36, speaker by name token "reyes"); of two competing predictions for "Nobody asked..."
      the exact one wins (exact, speaker by span) and the long one is spurious; "I will ask the state" has
      Jaccard 20/54 < 0.5 -> spurious, and the gold quote is missed. pred 5, match 3, exact 2, speaker 3.
    farm-bill: exact span, wrong speaker ("Senator" shared but a title); mixed quote matched by its quoted
      words (29/49, speaker "Koch" by token); the two tied indirect predictions are ignored (other kind);
      the start=null prediction is not counted; the clipped "dearly." one is spurious. pred 3, match 2,
      exact 1, speaker 1.
    harbour: three exact matches; "Meg" right by alias, "Meg" for Ruth wrong, "Ruth Ames" right.
      pred 3, match 3, exact 3, speaker 2.
    water-agency: no predictions. The prediction for "eval-not-in-gold" is ignored.
    Totals: gold 10, pred 11, match 8, exact 6, speaker 6.
    """
    p, r = 8 / 11, 8 / 10
    pe, re_ = 6 / 11, 6 / 10
    expected = {
        "kinds": "direct,mixed", "docs": 4, "gold": 10, "pred": 11,
        "span_p": round(p, 4), "span_r": round(r, 4), "span_f1": round(2 * p * r / (p + r), 4),
        "exact_f1": round(2 * pe * re_ / (pe + re_), 4),
        "attr_p": round(pe, 4), "attr_r": round(re_, 4), "attr_f1": round(2 * pe * re_ / (pe + re_), 4),
        "speaker_acc_on_matched": round(6 / 8, 4),
    }
    assert expected["span_f1"] == 0.7619 and expected["attr_f1"] == 0.5714
    assert ev.score_documents(gold_docs, predictions, {"direct", "mixed"}) == expected
    assert ev.score_documents(gold_docs, predictions, "direct,mixed") == expected


def test_hand_computed_indirect_tie(gold_docs, predictions):
    """Two predictions with the same span tie on Jaccard; the later one (wrong speaker) wins, as in score.py."""
    res = ev.score_documents(gold_docs, predictions, {"indirect"})
    assert (res["gold"], res["pred"]) == (4, 5)
    assert res["span_r"] == 0.5 and res["attr_f1"] == 0.0


@needs_reference
@pytest.mark.parametrize("kinds", ["direct,mixed", "indirect", "all", "direct", "mixed"])
def test_agrees_with_reference_scorer(gold_docs, predictions, kinds):
    expected = reference_score(GOLD, PRED, kinds)
    assert ev.score_documents(gold_docs, predictions, None if kinds == "all" else set(kinds.split(","))) == expected


def test_score_keys_and_empty(gold_docs):
    res = ev.score_documents(gold_docs, {}, None)
    assert set(res) == SCORE_KEYS
    assert res["kinds"] == "all" and res["gold"] == 14 and res["pred"] == 0
    assert all(res[m] == 0.0 for m in ev.METRICS)
    assert ev.score_documents([], {}, {"direct"})["docs"] == 0


# ------------------------------------------------------------------------------------------ small pieces


def test_trim():
    text = ' "Well, yes." '
    assert text[slice(*ev.trim(text, 0, len(text)))] == "Well, yes"
    assert ev.trim("...", 0, 3) == (3, 3)


def test_name_tokens_ignore_titles():
    assert ev.name_tokens("Senator Dale Koch") == {"dale", "koch"}
    assert ev.name_tokens("Dr. J. Priya Nand") == {"priya", "nand"}
    assert ev.name_tokens(None) == set()


def test_speaker_right_rules():
    doc = {"characters": [{"name": "Margaret Holloway", "aliases": ["Meg"]}]}
    gq = {"speaker": "Mrs. Holloway", "speaker_start": 10, "speaker_end": 23, "speaker_canonical": "Margaret Holloway"}
    assert ev.speaker_right(gq, {"mention_start": 20, "mention_end": 30, "speaker": "X Y"}, doc)  # spans overlap
    assert not ev.speaker_right(gq, {"mention_start": 23, "mention_end": 30, "speaker": "X Y"}, doc)
    assert ev.speaker_right(gq, {"speaker": "Meg"}, doc)  # alias
    assert not ev.speaker_right(gq, {"speaker": "Meg"}, {})  # no characters, no alias
    assert not ev.speaker_right(gq, {"speaker": "Mrs. Smith"}, doc)  # title only in common
    assert not ev.speaker_right({"speaker": None, "speaker_canonical": None}, {"speaker": "Meg"}, doc)


# ------------------------------------------------------------------------- sweep == all pairs, seeded RNG


def _all_pairs(a, b):
    return sorted((i, j) for i, (s1, e1) in enumerate(a) for j, (s2, e2) in enumerate(b)
                  if min(e1, e2) - max(s1, s2) > 0)


def _all_pairs_match(gold, pred):
    """The matching definition, written the slow way: every pair, sorted, greedy."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            inter = min(ge, pe) - max(gs, ps)
            if inter > 0:
                pairs.append((inter / (max(ge, pe) - min(gs, ps)), gi, pi, (gs, ge) == (ps, pe)))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for jac, gi, pi, _ in pairs:
        if jac >= 0.5 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _random_spans(rng, n, length):
    spans = []
    for _ in range(n):
        s = rng.randrange(length)
        e = s + rng.choice([0, 1, 2, 3, 5, 8, 13, 30, rng.randrange(length)]) - (rng.random() < 0.05) * 4
        spans.append((s, e))
    if spans and rng.random() < 0.5:
        spans.append(rng.choice(spans))  # duplicates make ties
    return spans


def test_overlapping_pairs_equal_all_pairs():
    rng = random.Random(20240517)
    for _ in range(500):
        length = rng.choice([5, 20, 100])
        a, b = _random_spans(rng, rng.randrange(12), length), _random_spans(rng, rng.randrange(12), length)
        assert sorted(ev.overlapping_pairs(a, b)) == _all_pairs(a, b)


def test_match_spans_equal_all_pairs():
    rng = random.Random(7)
    for _ in range(1000):
        length = rng.choice([10, 40, 200])
        g, p = _random_spans(rng, rng.randrange(15), length), _random_spans(rng, rng.randrange(15), length)
        assert ev.match_spans(g, p) == _all_pairs_match(g, p)


NAMES = ["Alma Ruiz", "Senator Ruiz", "Dale Koch", "Mr. Koch", "she", "the minister", "Priya Nand", None]


def _random_corpus(rng, n_docs):
    """Invented random documents and predictions: letters, spaces and marks, random spans and speakers."""
    alphabet = "abcdefgh   .,\"'“”—"
    gold, preds = [], {}
    for d in range(n_docs):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300)))
        n = len(text)
        quotes = []
        for _ in range(rng.randrange(12)):
            s = rng.randrange(n)
            e = min(n, s + rng.randrange(1, 60))
            ss = rng.randrange(n) if rng.random() < 0.7 else None
            quotes.append({"start": s, "end": e, "kind": rng.choice(["direct", "mixed", "indirect"]),
                           "speaker": rng.choice(NAMES), "speaker_start": ss,
                           "speaker_end": None if ss is None else min(n, ss + rng.randrange(1, 12)),
                           "speaker_canonical": rng.choice(NAMES)})
        doc = {"id": f"r{d}", "text": text, "quotes": quotes}
        if rng.random() < 0.3:
            doc["characters"] = [{"name": "Alma Ruiz", "aliases": ["the minister"]}]
        gold.append(doc)
        pq = []
        for _ in range(rng.randrange(14)):
            if quotes and rng.random() < 0.6:  # near a gold quote
                q = rng.choice(quotes)
                s, e = q["start"] + rng.randrange(-6, 7), q["end"] + rng.randrange(-6, 7)
            else:
                s = rng.randrange(-5, n + 5)
                e = s + rng.randrange(-3, 80)
            ms = rng.randrange(n) if rng.random() < 0.5 else None
            pq.append({"doc": f"r{d}", "start": s, "end": e, "speaker": rng.choice(NAMES),
                       "mention": rng.choice(NAMES), "mention_start": ms,
                       "mention_end": None if ms is None else ms + rng.randrange(1, 10)})
        if pq:
            preds[f"r{d}"] = pq
    return gold, preds


def _slow_score(gold_docs, predictions, kinds):
    """score_documents computed with the all-pairs loops of the definition."""
    tot = dict.fromkeys(("gold", "pred", "match", "exact", "spk"), 0)
    for doc in gold_docs:
        text = doc["text"]
        gold = [q for q in doc["quotes"] if kinds is None or q["kind"] in kinds]
        other = [q for q in doc["quotes"] if kinds is not None and q["kind"] not in kinds]
        g = [ev.trim(text, q["start"], q["end"]) for q in gold]
        o = [ev.trim(text, q["start"], q["end"]) for q in other]
        pq = predictions.get(doc["id"], [])
        p = [ev.trim(text, max(0, q["start"]), min(len(text), q["end"])) for q in pq]
        matched = _all_pairs_match(g, p)
        used = {pi for _, pi in matched}
        ignored = sum(1 for pi, (ps, pe) in enumerate(p) if pi not in used and any(
            min(oe, pe) - max(os_, ps) > 0 and (min(oe, pe) - max(os_, ps)) / (max(oe, pe) - min(os_, ps)) >= 0.5
            for os_, oe in o))
        tot["gold"] += len(g)
        tot["pred"] += len(p) - ignored
        tot["match"] += len(matched)
        tot["exact"] += sum(1 for gi, pi in matched if g[gi] == p[pi])
        tot["spk"] += sum(1 for gi, pi in matched if ev.speaker_right(gold[gi], pq[pi], doc))
    return tot


@pytest.mark.parametrize("kinds", [None, {"direct"}, {"direct", "mixed"}, {"indirect"}])
def test_score_documents_equal_all_pairs_on_random_docs(kinds):
    gold, preds = _random_corpus(random.Random(99), 150)
    slow = _slow_score(gold, preds, kinds)
    res = ev.score_documents(gold, preds, kinds)
    assert (res["gold"], res["pred"]) == (slow["gold"], slow["pred"])
    assert res["span_r"] == (round(slow["match"] / slow["gold"], 4) if slow["gold"] else 0.0)
    assert res["speaker_acc_on_matched"] == (round(slow["spk"] / slow["match"], 4) if slow["match"] else 0.0)
    p = slow["exact"] / slow["pred"] if slow["pred"] else 0.0
    r = slow["exact"] / slow["gold"] if slow["gold"] else 0.0
    assert res["exact_f1"] == (round(2 * p * r / (p + r), 4) if p + r else 0.0)


@needs_reference
def test_random_docs_agree_with_reference_scorer(tmp_path):
    gold, preds = _random_corpus(random.Random(4242), 120)
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(d) + "\n" for d in gold), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(q) + "\n" for qs in preds.values() for q in qs), encoding="utf-8")
    for kinds in ("all", "direct", "indirect", "direct,mixed"):
        assert ev.score_documents(gold, preds, kinds) == reference_score(gold_path, pred_path, kinds), kinds


# ------------------------------------------------------------------------------------------- load_gold


GOOD = {"id": "a", "text": "He said yes.", "quotes": [{"start": 3, "end": 7, "kind": "indirect"}]}


def _write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("bad, what", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"id": "b", "text": "x"}', "no quotes"),
    ('{"text": "x", "quotes": []}', "no id"),
    ('{"id": "b", "quotes": []}', "no text"),
    ('{"id": "b", "text": "x", "quotes": {}}', '"quotes" must be a list'),
    ('{"id": "b", "text": "abc", "quotes": [{"start": 2, "end": 9, "kind": "direct"}]}', "bad offsets"),
    ('{"id": "b", "text": "abc", "quotes": [{"start": "0", "end": 2, "kind": "direct"}]}', "bad offsets"),
    ('{"id": "b", "text": "abc", "quotes": [{"start": 0, "end": 2, "kind": "reported"}]}', "unknown kind"),
    ('{"id": "a", "text": "abc", "quotes": []}', "already used on line 1"),
])
def test_load_gold_errors_name_the_line(tmp_path, bad, what):
    path = _write(tmp_path, [json.dumps(GOOD), "", bad])
    with pytest.raises(GoldError) as info:
        ev.load_gold(path)
    err = info.value
    assert isinstance(err, QuoteattrError)
    assert "line 3" in err.what and what in err.what
    assert err.fix and err.source == str(path)


def test_load_gold_ok_and_missing_file(tmp_path):
    assert ev.load_gold(_write(tmp_path, ["", json.dumps(GOOD), "  "])) == [GOOD]
    with pytest.raises(GoldError, match="not found"):
        ev.load_gold(tmp_path / "nope.jsonl")


# -------------------------------------------------------------------------------------------- evaluate


def test_evaluate_end_to_end():
    report = ev.evaluate(GOLD)
    assert set(report.scores) == {"direct", "mixed", "indirect", "direct,mixed", "all"}
    for group, res in report.scores.items():
        assert set(res) == SCORE_KEYS
        assert res["kinds"] == group and res["docs"] == 4
    assert report.scores["all"]["gold"] == 14
    assert set(report.predictions) == {"eval-council", "eval-farm-bill", "eval-harbour", "eval-water-agency"}
    for quotes in report.predictions.values():
        for q in quotes:
            assert tuple(q) == FIELDS
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["docs"] == 4 and data["scores"] == report.scores
    misses = report.worst_misses(5)
    assert len(misses) <= 5 and misses == report.worst_misses(5)


def test_evaluate_language_fallback(tmp_path, monkeypatch):
    calls = []

    def fake_extract(text, doc="-", *, lang="en", beliefs=False):
        calls.append((doc, lang, beliefs))
        return []

    monkeypatch.setattr(ev.pipeline, "extract", fake_extract)
    docs = [dict(GOOD, id="a", lang="en"), dict(GOOD, id="b", lang="xx"), dict(GOOD, id=3)]
    path = _write(tmp_path, [json.dumps(d) for d in docs])
    report = ev.evaluate(path, beliefs=True)
    assert calls == [("a", "en", True), ("b", "en", True), ("3", "en", True)]
    assert report.to_dict()["unsupported_langs"] == {"xx": 1}
    assert report.predictions == {"a": [], "b": [], "3": []}
    assert report.scores["indirect"]["gold"] == 3


def test_worst_misses_order_and_counts(gold_docs, predictions):
    scores = {g: ev.score_documents(gold_docs, predictions, k) for g, k in ev.GROUPS.items()}
    report = ev.EvalReport(str(GOLD), scores, predictions, gold_docs)
    allm = report.worst_misses(None)
    res = scores["all"]
    match = round(res["span_r"] * res["gold"])
    spk = round(res["attr_r"] * res["gold"])
    problems = [m["problem"] for m in allm]
    assert problems.count("missed") == res["gold"] - match
    assert problems.count("wrong speaker") == match - spk
    assert problems.count("spurious") == res["pred"] - match
    order = {"missed": 0, "wrong speaker": 1, "spurious": 2}
    keys = [(order[m["problem"]], -(m["end"] - m["start"])) for m in allm]
    assert keys == sorted(keys)
    for m in allm:
        assert set(m) == {"doc", "kind", "problem", "quote", "gold_speaker", "predicted_speaker", "start", "end"}
        assert len(m["quote"]) <= 200
    first = allm[0]
    assert first["problem"] == "missed" and first["doc"] == "eval-water-agency"
    assert first["quote"] == "We disagree with the ruling and will keep the reservoir open,"
    wrong = [m for m in allm if m["problem"] == "wrong speaker"]
    assert any(m["gold_speaker"] == "Ruiz (Alma Ruiz)" and m["predicted_speaker"] == "Senator Dale Koch (Dale Koch)"
               for m in wrong)
    assert report.worst_misses(3) == allm[:3]
    assert report.worst_misses(0) == []
    direct = report.worst_misses(None, kinds={"direct"})
    assert all(m["kind"] == "direct" for m in direct if m["problem"] != "spurious")


def test_worst_misses_truncates_long_quotes():
    text = "x " * 300
    gold = [{"id": "long", "text": text, "quotes": [{"start": 0, "end": len(text), "kind": "indirect"}]}]
    report = ev.EvalReport("-", {}, {}, gold)
    (miss,) = report.worst_misses()
    assert miss["problem"] == "missed" and len(miss["quote"]) <= 200 and miss["quote"].endswith("…")


# ------------------------------------------------------------------------------------------------ the gate


def _gate():
    spec = importlib.util.spec_from_file_location("eval_gate", ROOT / "tests" / "eval_gate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floors_file_is_valid():
    gate = _gate()
    floors = gate.load_floors(gate.FLOORS)
    assert {"direct,mixed", "indirect", "all"} <= set(floors["polnear-dev.jsonl"])
    assert "direct" in floors["pdnc-dev.jsonl"]
    assert json.loads(gate.format_floors(floors)) == floors


def test_gate_skips_without_shared(tmp_path, capsys):
    assert _gate().main(["--shared", str(tmp_path / "absent")]) == 0
    assert "skipped: no" in capsys.readouterr().out


def _gate_setup(tmp_path, floor):
    (tmp_path / "shared" / "eval").mkdir(parents=True)
    (tmp_path / "shared" / "eval" / "tiny.jsonl").write_text(GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"tiny.jsonl": {"all": {"span_f1": floor}},
                                  "absent.jsonl": {"direct": {"span_f1": 0.5}}}), encoding="utf-8")
    return ["--shared", str(tmp_path / "shared"), "--floors", str(floors)], floors


def test_gate_passes_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ev.pipeline, "extract", lambda *a, **k: [])  # measured values are all 0
    gate = _gate()
    args, floors = _gate_setup(tmp_path, 0.0)
    assert gate.main(args) == 0
    out = capsys.readouterr().out
    assert "tiny.jsonl" in out and "skipped absent.jsonl" in out and "ok" in out

    floors.write_text(json.dumps({"tiny.jsonl": {"all": {"span_f1": 0.25}}}), encoding="utf-8")
    before = floors.read_text(encoding="utf-8")
    assert gate.main(args + ["--update"]) == 1
    captured = capsys.readouterr()
    assert "BELOW" in captured.out
    assert "tiny.jsonl all span_f1: 0.0000 < floor 0.2500" in captured.err
    assert "Floors only go up" in captured.err
    assert '"span_f1": 0.25' in captured.out  # --update never proposes lowering a floor
    assert floors.read_text(encoding="utf-8") == before  # --update writes nothing


def test_gate_rejects_bad_floors(tmp_path, capsys):
    args, floors = _gate_setup(tmp_path, 0.0)
    floors.write_text(json.dumps({"tiny.jsonl": {"quoted": {"span_f1": 0.1}}}), encoding="utf-8")
    assert _gate().main(args) == 2
    assert "unknown group" in capsys.readouterr().err
