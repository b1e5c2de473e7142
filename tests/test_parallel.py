"""`-j N`: a pool of processes writes byte for byte what one process writes, in input order, with the same
messages and exit code; work in flight stays bounded. Plus the fast command-line path, which must hand
`extract` exactly what typer would. Speed itself is measured by `make bench`, never here."""
from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cli_helpers import break_extraction, invoke

from quoteattr import cli, parallel

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SMITH = '"We will win," Smith said.\n'



def same_as_one_process(*args, jobs=(2,), input=None):
    """Run with -j 1 and with each of `jobs`; every run must give the same stdout, stderr and exit code."""
    one = invoke("extract", *args, "-j", "1", input=input)
    for n in jobs:
        many = invoke("extract", *args, "-j", str(n), input=input)
        assert many.stdout_bytes == one.stdout_bytes, f"-j {n} output differs"
        assert many.stderr == one.stderr, f"-j {n} messages differ"
        assert many.exit_code == one.exit_code
    return one


def sample_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    """Sixty articles in nested folders with bad inputs among them."""
    root = tmp_path_factory.mktemp("mixed")
    texts = sample_texts()
    for i in range(60):
        folder = root / ("a" if i % 3 == 0 else "b") / (f"n{i % 4}" if i % 5 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\n“Number {i},” Jane Roe said.\n",
                                              encoding="utf-8")
    (root / "a" / "010-binary.txt").write_bytes(b"GIF89a\0\0\1\2 not text")
    (root / "b" / "020-latin.txt").write_bytes('"Caf\u00e9 prices will rise," Jos\u00e9 Ortega said.\n'.encode("cp1252"))
    (root / "b" / "030-bom16.txt").write_bytes(("\ufeff" + SMITH).encode("utf-16-le"))
    (root / "b" / "040-empty.txt").write_bytes(b"")
    (root / ".hidden.txt").write_text(SMITH, encoding="utf-8")
    (root / "notes.md").write_text(SMITH, encoding="utf-8")
    if hasattr(os, "symlink"):
        os.symlink(root / "nowhere.txt", root / "a" / "015-broken.txt")
    lines = [json.dumps({"id": f"j{i}", "text": texts[i % len(texts)]}) for i in range(12)]
    lines[3] = "{not json"
    lines[7] = json.dumps({"id": "j7"})
    lines[9] = json.dumps(["a list"])
    (root / "b" / "050-docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# ---------------------------------------------------------------------------------------- equality


@pytest.mark.parametrize("fmt", [f.value for f in cli.OutputFormat])
def test_samples_same_output_in_every_format(fmt):
    result = same_as_one_process(SAMPLES, "-f", fmt)
    assert result.exit_code == 0
    assert result.stdout_bytes


@pytest.mark.parametrize("fmt,extra", [("jsonl", ()), ("json", ()), ("csv", ("--excel-safe", "--bom")),
                                       ("tsv", ())])
def test_workers_serialising_records_write_what_the_library_writer_writes(fmt, extra):
    # -j N workers send each document's records already serialised (Options.render): the bytes must be
    # those of the library's own writer over the same documents.
    from quoteattr import extract
    from quoteattr.write import open_writer

    stream = io.StringIO()
    writer = open_writer(fmt, stream, bom="--bom" in extra, excel_safe="--excel-safe" in extra)
    for path in sorted(SAMPLES.glob("*.txt")):
        writer.write_document(path.name, extract(path.read_text(encoding="utf-8"), path.name))
    writer.close()
    result = same_as_one_process(SAMPLES, "-f", fmt, *extra)
    assert result.stdout_bytes == stream.getvalue().encode("utf-8")


def test_fork_only_while_single_threaded():
    # Forking a process that has other threads can copy a lock one of them holds: forkserver then.
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods() or not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    if threading.active_count() == 1:
        assert parallel._context().get_start_method() == "fork"
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel._context().get_start_method() != "fork"
    finally:
        stop.set()
        thread.join()


def test_mixed_folder_same_output_messages_and_exit_code(mixed_folder, tmp_path):
    missing = tmp_path / "missing.txt"
    result = same_as_one_process(mixed_folder, missing, "-f", "csv", jobs=(2, 3, 0))
    assert result.exit_code == cli.EXIT_FAILED
    messages = result.stderr.splitlines()
    assert any("010-binary.txt: binary file" in m for m in messages)
    assert any("015-broken.txt: broken symbolic link" in m for m in messages) or not hasattr(os, "symlink")
    assert any("020-latin.txt: not valid UTF-8, read as cp1252" in m for m in messages)
    assert any("050-docs.jsonl:4: not valid JSON" in m for m in messages)
    assert any("050-docs.jsonl:8: no 'text' field" in m for m in messages)
    assert messages[-1].startswith(f"quoteattr: {missing}: no such file or folder")


def test_relative_paths_are_named_as_given(mixed_folder, monkeypatch):
    monkeypatch.chdir(mixed_folder.parent)
    result = same_as_one_process(mixed_folder.name, "-f", "jsonl")
    assert f"quoteattr: {mixed_folder.name}/a/010-binary.txt: binary file" in result.stderr


def test_output_file_same_bytes(mixed_folder, tmp_path):
    for jobs in ("1", "2"):
        result = invoke("extract", mixed_folder, "-o", tmp_path / f"quotes-{jobs}.json", "-j", jobs, "-q")
        assert result.exit_code == cli.EXIT_FAILED
    assert (tmp_path / "quotes-1.json").read_bytes() == (tmp_path / "quotes-2.json").read_bytes()


def test_json_lines_file_and_stdin(tmp_path):
    texts = sample_texts()
    lines = [json.dumps({"url": f"u{i}", "body": texts[i % len(texts)] * (1 + i % 3)}) for i in range(40)]
    lines.insert(5, "")
    lines.insert(11, '{"url": "u-bad"')
    data = "\n".join(lines) + "\n"
    path = tmp_path / "docs.jsonl"
    path.write_text(data, encoding="utf-8")
    result = same_as_one_process(path, "--id-field", "url", "--text-field", "body")
    assert result.exit_code == cli.EXIT_FAILED
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == sorted(docs, key=lambda d: int(d[1:])) and "u39" in docs
    piped = same_as_one_process("--input-format", "jsonl", "--id-field", "url", "--text-field", "body", "-",
                                input=data)
    assert piped.stdout_bytes == result.stdout_bytes


def test_stdin_text():
    same_as_one_process("-", input=SMITH * 5)


# ------------------------------------------------------------------------------------------ ordering


def test_slow_first_document_still_comes_first(tmp_path):
    texts = sample_texts()
    (tmp_path / "000-long.txt").write_text("\n\n".join(texts * 12), encoding="utf-8")
    for i in range(1, 40):
        (tmp_path / f"{i:03d}.txt").write_text(f"“We said {i},” Ann Lee said.\n", encoding="utf-8")
    result = same_as_one_process(tmp_path, "-f", "jsonl", jobs=(3,))
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    seen = list(dict.fromkeys(docs))
    assert seen == sorted(seen) and seen[0] == "000-long.txt" and len(seen) == 40


def test_ordered_keeps_input_order_and_bounds_work_in_flight():
    """The scheduler alone, with threads and random delays in place of processes."""
    window = 3
    consumed = 0
    ahead = []  # how far past the last written outcome each batch reaches when it is submitted

    def work(batch):
        time.sleep(random.random() / 100)
        return [parallel.Outcome(item[1], "doc", item[2]) for item in batch]

    def submit(batch):
        ahead.append(batch[-1][1] - consumed)
        return pool.submit(work, batch)

    items = []
    for i in range(300):
        if i % 17 == 0:
            items.append(parallel.Outcome(i, "failure", f"bad-{i}"))  # decided in the main process
        else:
            items.append(("path", i, f"doc-{i}", f"doc-{i}", f"doc-{i}", "text"))
    seen = []
    with ThreadPoolExecutor(4) as pool:
        for outcome in parallel.ordered(iter(items), submit, window, lambda done: None):
            seen.append(outcome.source_no)
            consumed += 1
    assert seen == list(range(300))
    # queued batches, the one being written and the one being submitted: never the whole input
    assert max(ahead) <= (window + 2) * parallel.BATCH_DOCS


def test_ordered_raises_a_feeder_error_in_place():
    def items():
        yield ("path", 0, "a", "a", "a", "text")
        raise RuntimeError("reading failed")

    with ThreadPoolExecutor(2) as pool:
        got = []
        with pytest.raises(RuntimeError, match="reading failed"):
            for outcome in parallel.ordered(items(), lambda b: pool.submit(lambda: [
                    parallel.Outcome(0, "doc", "a")]), 2, lambda done: None):
                got.append(outcome)
    assert len(got) == 1


def test_batches_never_mix_documents_and_files():
    items = [("doc", 0, "a", "x" * 10, "f:1", None, None), ("path", 1, "b", "b", "b", "text"),
             parallel.Outcome(2, "failure", "c"), ("doc", 3, "d", "y", "-:1", None, None),
             ("doc", 3, "e", "y", "-:2", None, None)]
    batches = list(parallel._batches(items))
    assert [[item[0] if isinstance(item, tuple) and not isinstance(item, parallel.Outcome) else "outcome"
             for item in batch] for batch in batches] == [["doc"], ["path"], ["outcome"], ["doc"], ["doc"]]


def test_internal_error_is_reported_per_document(monkeypatch, tmp_path):
    break_extraction(monkeypatch, lambda doc: "boom" in doc.text, ZeroDivisionError("boom"))
    (tmp_path / "a.txt").write_text(SMITH, encoding="utf-8")
    (tmp_path / "b.txt").write_text("boom", encoding="utf-8")
    result = invoke("extract", tmp_path, "-j", "1")
    assert result.exit_code == cli.EXIT_FAILED
    assert result.stderr == ("quoteattr: " + str(tmp_path / "b.txt") + ": internal error (ZeroDivisionError: "
                             "boom) - please report it; --debug shows the traceback\n")
    assert "Traceback" in invoke("extract", tmp_path, "--debug").stderr


# --------------------------------------------------------------------------------------------- options


def test_jobs_zero_means_every_core():
    assert parallel.available_cpus() >= 1
    assert invoke("extract", SAMPLES, "-j", "0").exit_code == 0


@pytest.mark.parametrize("args", [["-j", "-1"], ["-j", "two"], ["-j", "2", "--dask", "tcp://127.0.0.1:1"]])
def test_bad_jobs_is_a_usage_error(args):
    result = invoke("extract", SAMPLES, *args)
    assert result.exit_code == cli.EXIT_USAGE
    assert result.stdout == ""


def test_one_file_runs_here():
    assert parallel.outcomes([object()], parallel.Options(), jobs=4).__name__ == "sequential"


# ------------------------------------------------------------------------------------ real processes


def console_script() -> str | None:
    return shutil.which("quoteattr", path=str(Path(sys.executable).parent))


needs_script = pytest.mark.skipif(console_script() is None or os.name != "posix",
                                  reason="quoteattr console script and POSIX signals")


@pytest.fixture(scope="module")
def many_files(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("many")
    texts = sample_texts()
    for i in range(400):
        (root / f"{i:04d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return root


@contextlib.contextmanager
def _killed_after(proc, seconds: float, message: str):
    """Reads from a child that must end by itself: kill it and fail if it is still there after `seconds`.
    (A hang here was a real bug: killed workers left queued work that the pool's feeder thread tried to
    flush into their pipe for ever, and the interpreter waited for that thread at exit.)"""
    timer = threading.Timer(seconds, proc.kill)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
    if proc.wait() == -signal.SIGKILL:
        pytest.fail(message)


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@needs_script
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_real_stdout_same_bytes(fmt, tmp_path):
    # A real process writing to a pipe: what its stdout holds when the workers start (json's "[") must not
    # be written again by them (forked workers flush the standard streams when they end).
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(f"“We said {i},” Ann Lee said.\n", encoding="utf-8")
    outputs = [subprocess.run([console_script(), "extract", str(tmp_path), "-f", fmt, "-j", jobs],
                              capture_output=True, timeout=120) for jobs in ("1", "2")]
    assert outputs[0].returncode == outputs[1].returncode == 0
    assert outputs[1].stdout == outputs[0].stdout and outputs[1].stderr == outputs[0].stderr == b""
    assert outputs[0].stdout.count(b"We said 1") == 3  # 1, 10 and 11


@needs_script
def test_closed_pipe_is_quiet(many_files):
    proc = subprocess.Popen([console_script(), "extract", str(many_files), "-j", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    with _killed_after(proc, 60, "quoteattr -j 2 hung after its output pipe was closed"):
        err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=30) == cli.EXIT_BROKEN_PIPE
    assert first and err == b"", err.decode(errors="replace")


@needs_script
def test_interrupt_exits_130_with_complete_lines(many_files):
    proc = subprocess.Popen([console_script(), "extract", str(many_files), "-j", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    first = proc.stdout.readline()  # the pool is running
    proc.send_signal(signal.SIGINT)
    with _killed_after(proc, 60, "quoteattr -j 2 hung after Ctrl-C"):
        rest = proc.stdout.read()
        err = proc.stderr.read()
    assert proc.wait(timeout=30) == cli.EXIT_INTERRUPTED
    assert err.decode().strip() == "quoteattr: interrupted"
    data = first + rest
    assert data.endswith(b"\n")
    for line in data.splitlines():
        json.loads(line)


@needs_script
def test_fast_command_line_same_as_typer(mixed_folder):
    """The console script parses plain command lines itself; the result must be what typer gives."""
    args = [str(mixed_folder), "-f", "csv", "--beliefs", "--excel-safe", "-q"]
    fast = subprocess.run([console_script(), "extract", *args], capture_output=True, timeout=60)
    typer_run = invoke("extract", *args)
    assert fast.returncode == typer_run.exit_code
    assert fast.stdout == typer_run.stdout_bytes
    assert fast.stderr.decode() == typer_run.stderr


# ------------------------------------------------------------------------------- fast command line


@pytest.mark.parametrize("argv", [
    ["a.txt"],
    [],
    ["-"],
    ["a.txt", "b/", "-f", "csv", "--bom", "--excel-safe"],
    ["--format=jsonl", "a.txt", "-o", "out.jsonl", "-q", "--debug"],
    ["--input-format", "jsonl", "--id-field", "url", "--text-field", "body", "-j", "0", "x.jsonl"],
    ["--encoding", "latin-1", "--lang", "en", "--beliefs", "--explain", "-f", "table", "a.txt"],
    ["-j", "3", "--", "-odd-name.txt"],
    ["--dask", "tcp://10.0.0.1:8786", "a.txt"],
    ["-f", "csv", "-f", "tsv", "a.txt"],
])
def test_fast_parse_gives_what_typer_gives(argv, monkeypatch):
    import functools

    (command,) = [c for c in cli.app.registered_commands if c.callback is cli.extract]
    seen = []

    @functools.wraps(cli.extract)
    def capture(**kwargs):
        seen.append(kwargs)

    monkeypatch.setattr(command, "callback", capture)
    result = invoke("extract", *argv)  # parsed by typer
    assert result.exit_code == 0, result.output
    assert cli._parse_extract(argv) == seen.pop()


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["a.txt", "-f", "xml"], ["-j", "-2"], ["-qj", "2"], ["--unknown"], ["-f"],
    ["--beliefs=yes"], ["--lang", "xx"], ["-fcsv"],
])
def test_fast_parse_leaves_unusual_command_lines_to_typer(argv):
    with pytest.raises(cli._Unusual):
        cli._parse_extract(argv)


def test_fast_path_falls_back_for_bad_parameters(capsys):
    assert cli._fast_extract(["extract", "a.txt", "--bom", "-f", "jsonl"]) is None  # typer will say why
    assert cli._fast_extract(["evaluate", "gold.jsonl"]) is None
    assert capsys.readouterr().out == ""


def test_plain_command_line_runs_without_importing_typer(tmp_path):
    """Start-up: typer (and pydantic, click, inspect behind it) is imported only when the command line needs it."""
    article = tmp_path / "a.txt"
    article.write_text('"We will open the new bridge in May," the mayor said on Tuesday.\n', encoding="utf-8")
    check = ("import sys\nfrom quoteattr import cli\n"
             f"code = cli._fast_extract(['extract', {str(article)!r}, '-f', 'jsonl', '-o', {str(tmp_path / 'q.jsonl')!r}])\n"
             "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'pydantic')))\n")
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["0", "[]"], run.stderr
    assert (tmp_path / "q.jsonl").read_text(encoding="utf-8").count("\n") == 1
