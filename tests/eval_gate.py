#!/usr/bin/env python3
"""The accuracy gate: quoteattr's scores on the shared eval corpora must not fall below the pinned floors.

Run by `make eval` as `python tests/eval_gate.py --shared ../shared`. For each corpus file named in
tests/eval_floors.json, e.g.

    {"polnear-dev.jsonl": {"direct,mixed": {"span_f1": 0.31, "attr_f1": 0.22}, "all": {...}}}

it runs quoteattr.evaluate.evaluate() on <shared>/eval/<file> (when present), prints measured against
floor, and exits 1 if any measured value is below its floor. Floors only go up, and deliberately: raise
one by editing eval_floors.json in a commit whose message says why. `--update` prints the floors one
would pin now (it writes nothing).

Exit status: 0 all floors met (or no <shared>/eval: skipped), 1 a value below its floor, 2 bad
arguments, bad floors file or bad gold file.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run from a checkout without the package installed
    sys.path.insert(0, str(ROOT))

from quoteattr.errors import QuoteattrError  # noqa: E402
from quoteattr.evaluate import GROUPS, METRICS, evaluate  # noqa: E402

FLOORS = HERE / "eval_floors.json"


def load_floors(path: Path) -> dict[str, dict[str, dict[str, float]]]:
    """The floors file, checked: {file: {group: {metric: number in [0, 1]}}}. Raises ValueError."""
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    if not isinstance(floors, dict):
        raise ValueError(f"{path}: expected {{file: {{group: {{metric: floor}}}}}}")
    for name, groups in floors.items():
        if not isinstance(groups, dict) or not groups:
            raise ValueError(f"{path}: {name}: expected {{group: {{metric: floor}}}}")
        for group, metrics in groups.items():
            if group not in GROUPS:
                raise ValueError(f"{path}: {name}: unknown group {group!r} (groups: {', '.join(GROUPS)})")
            if not isinstance(metrics, dict) or not metrics:
                raise ValueError(f"{path}: {name}: {group}: expected {{metric: floor}}")
            for metric, floor in metrics.items():
                if metric not in METRICS:
                    raise ValueError(f"{path}: {name}: {group}: unknown metric {metric!r} "
                                     f"(metrics: {', '.join(METRICS)})")
                if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 <= floor <= 1:
                    raise ValueError(f"{path}: {name}: {group}: {metric}: floor must be a number in [0, 1]")
    return floors


def format_floors(floors: dict[str, dict[str, dict[str, float]]]) -> str:
    """Floors as JSON in the layout of eval_floors.json: one line per group."""
    lines = ["{"]
    for fi, (name, groups) in enumerate(floors.items()):
        lines.append(f"  {json.dumps(name)}: {{")
        for gi, (group, metrics) in enumerate(groups.items()):
            comma = "," if gi < len(groups) - 1 else ""
            lines.append(f"    {json.dumps(group)}: {json.dumps(metrics)}{comma}")
        lines.append("  }" + ("," if fi < len(floors) - 1 else ""))
    lines.append("}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="quoteattr accuracy gate against tests/eval_floors.json")
    ap.add_argument("--shared", default="../shared", help="folder holding eval/ (default: ../shared)")
    ap.add_argument("--floors", default=str(FLOORS), help="floors file (default: tests/eval_floors.json)")
    ap.add_argument("--update", action="store_true",
                    help="also print the floors one would pin now, as JSON (writes nothing)")
    args = ap.parse_args(argv)

    eval_dir = Path(args.shared) / "eval"
    if not eval_dir.is_dir():
        print(f"skipped: no {eval_dir}")
        return 0
    try:
        floors = load_floors(Path(args.floors))
    except ValueError as exc:
        print(f"eval_gate: bad floors file: {exc}", file=sys.stderr)
        return 2

    rows: list[tuple[str, str, str, float | None, float, str]] = []
    below: list[str] = []
    pinned: dict[str, dict[str, dict[str, float]]] = {}
    for name, groups in floors.items():
        gold = eval_dir / name
        if not gold.is_file():
            print(f"skipped {name}: not in {eval_dir}")
            pinned[name] = groups
            continue
        t0 = time.perf_counter()
        try:
            report = evaluate(gold)
        except QuoteattrError as exc:
            where = f"{exc.source}: " if exc.source else ""
            print(f"eval_gate: {where}{exc.message}", file=sys.stderr)
            return 2
        print(f"{name}: {report.docs} documents in {time.perf_counter() - t0:.1f}s")
        pinned[name] = {}
        for group, metrics in groups.items():
            pinned[name][group] = {}
            for metric, floor in metrics.items():
                value = report.scores[group][metric]
                ok = value >= floor
                rows.append((name, group, metric, value, floor, "ok" if ok else "BELOW"))
                if not ok:
                    below.append(f"{name} {group} {metric}: {value:.4f} < floor {floor:.4f}")
                # Floors only go up: a value below its floor is a regression to fix, not a floor to lower.
                pinned[name][group][metric] = value if ok else floor

    if rows:
        widths = [max(len(r[0]) for r in rows), max(len(r[1]) for r in rows), max(len(r[2]) for r in rows)]
        widths = [max(w, len(h)) for w, h in zip(widths, ("file", "group", "metric"))]
        print()
        print(f"{'file':<{widths[0]}}  {'group':<{widths[1]}}  {'metric':<{widths[2]}}  measured   floor  status")
        for name, group, metric, value, floor, status in rows:
            print(f"{name:<{widths[0]}}  {group:<{widths[1]}}  {metric:<{widths[2]}}  "
                  f"{value:>8.4f}  {floor:>6.4f}  {status}")

    if args.update:
        print()
        print(f"floors one would pin now (not written; edit {Path(args.floors).name} by hand, in a commit that says why):")
        print(format_floors(pinned))

    if below:
        print(file=sys.stderr)
        print("eval_gate: FAILED, measured below floor:", file=sys.stderr)
        for line in below:
            print(f"  {line}", file=sys.stderr)
        print("Floors only go up. Fix the regression; a floor is lowered or raised only deliberately, by "
              f"editing {Path(args.floors).name} in a commit that says why.", file=sys.stderr)
        return 1
    if rows:
        print(f"\neval_gate: ok, {len(rows)} values at or above their floors")
    else:
        print("\neval_gate: nothing measured (no floors file entry found its corpus)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
