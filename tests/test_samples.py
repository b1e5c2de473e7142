"""Golden tests: every hand-checked statement of samples/ is found, with its kind, span and speaker.

The expected files (tests/golden/*.expected.jsonl) were annotated by hand before the engine could
produce them. A statement the engine does not get right yet is listed in tests/golden/known-gaps.txt
with the reason; those cases are strict xfails, so fixing one makes the suite say so until the line
is removed, and a regression anywhere else fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr import extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"


def _known_gaps() -> dict[str, str]:
    gaps = {}
    for line in (GOLDEN / "known-gaps.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, reason = line.partition(" ")
            gaps[key] = reason.strip()
    return gaps


def _cases():
    gaps = _known_gaps()
    for path in sorted(SAMPLES.glob("*.txt")):
        expected = [json.loads(line) for line in (GOLDEN / f"{path.stem}.expected.jsonl").read_text().splitlines()
                    if line.strip()]
        for rec in expected:
            key = f"{path.stem}:{rec['start']}-{rec['end']}"
            marks = [pytest.mark.xfail(strict=True, reason=gaps[key])] if key in gaps else []
            yield pytest.param(path, rec, id=key, marks=marks)


_CACHE: dict[Path, list[dict]] = {}


def _extracted(path: Path) -> list[dict]:
    if path not in _CACHE:
        _CACHE[path] = [q.to_dict() for q in extract(path.read_text(encoding="utf-8"), path.stem)]
    return _CACHE[path]


@pytest.mark.parametrize("path,expected", list(_cases()))
def test_statement_found_with_speaker(path, expected):
    got = [q for q in _extracted(path) if (q["start"], q["end"]) == (expected["start"], expected["end"])]
    assert got, f"not found: {expected['quote']!r}"
    q = got[0]
    assert q["kind"] == expected["kind"]
    assert q["quote"] == expected["quote"]
    assert q["speaker"] == expected["speaker"]


def _spurious_cases():
    gaps = _known_gaps()
    for path in sorted(SAMPLES.glob("*.txt")):
        key = f"{path.stem}:spurious"
        marks = [pytest.mark.xfail(strict=True, reason=gaps[key])] if key in gaps else []
        yield pytest.param(path, id=key, marks=marks)


@pytest.mark.parametrize("path", list(_spurious_cases()))
def test_nothing_reported_that_is_not_a_statement(path):
    expected = {(json.loads(line)["start"], json.loads(line)["end"])
                for line in (GOLDEN / f"{path.stem}.expected.jsonl").read_text().splitlines() if line.strip()}
    extra = [(q["start"], q["end"], q["quote"]) for q in _extracted(path) if (q["start"], q["end"]) not in expected]
    assert not extra


def test_known_gaps_name_real_cases():
    keys = {c.id for c in _cases()} | {c.id for c in _spurious_cases()}
    assert set(_known_gaps()) <= keys
