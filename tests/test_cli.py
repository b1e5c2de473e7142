"""The command line: options, streams, formats, messages and exit codes, in-process and through real pipes."""
from __future__ import annotations

import codecs
import csv
import importlib.util
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_helpers import break_extraction
from quoteattr import __version__, cli
from quoteattr.models import FIELDS

SMITH = '"We will win," Smith said.\n'
ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seed"
FIXTURES = Path(__file__).parent / "fixtures"
MESSAGE = re.compile(r"^quoteattr: (?P<source>.+?): (?P<what>.+) - (?P<fix>.+)$")

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(cli.app, [str(a) for a in args], input=input)


def jsonl_records(text: str) -> list[dict]:
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def console_script() -> str | None:
    folder = Path(sys.executable).parent
    return shutil.which("quoteattr", path=str(folder))


needs_script = pytest.mark.skipif(console_script() is None, reason="quoteattr console script not installed")


def run_script(*args, input: bytes | None = None, timeout=30, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([console_script(), *map(str, args)], input=input, capture_output=True, timeout=timeout,
                          **kwargs)


# ------------------------------------------------------------------------------------ version and help

def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"quoteattr {__version__}\n"


@pytest.mark.parametrize("args, example", [
    (["--help"], "quoteattr extract article.txt"),
    (["extract", "--help"], "quoteattr extract samples/ -o quotes.csv"),
    (["evaluate", "--help"], "quoteattr evaluate gold.jsonl"),
])
def test_help_has_examples(args, example):
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert example in result.stdout


def test_help_lists_choices():
    out = invoke("extract", "--help").stdout
    assert "table|jsonl|json|csv|tsv" in out
    assert "auto|text|jsonl" in out


# ------------------------------------------------------------------------------------------------- input

def test_file_to_jsonl_by_default_when_piped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SMITH, encoding="utf-8")
    result = invoke("extract", path)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    records = jsonl_records(result.stdout)
    assert all(list(r) == list(FIELDS) for r in records)
    assert all(r["doc"] == str(path) for r in records)


def test_smith_said_is_one_direct_quote_by_smith():
    result = invoke("extract", "-", input=SMITH)
    assert result.exit_code == 0
    (record,) = jsonl_records(result.stdout)
    assert record["kind"] == "direct"
    assert record["quote"] == "We will win,"
    assert record["speaker"] == "Smith"
    assert (record["start"], record["end"]) == (1, 13)
    assert record["doc"] == "-"


KINDS_TEXT = ('"We will win," Anna Berg said. Berg said the vote was close. '
              'She called it a "fair fight" in her speech.\n')


def test_kinds_keeps_only_those_kinds_with_their_places_in_the_document():
    every = jsonl_records(invoke("extract", "-", "-f", "jsonl", input=KINDS_TEXT).stdout)
    assert sorted({r["kind"] for r in every}) == ["direct", "indirect", "mixed"]
    for kinds in ("direct", "direct,mixed", "indirect", " Mixed , indirect,mixed"):
        result = invoke("extract", "-", "-f", "jsonl", "--kinds", kinds, input=KINDS_TEXT)
        assert result.exit_code == 0, result.stderr
        wanted = {k.strip().lower() for k in kinds.split(",")}
        assert jsonl_records(result.stdout) == [r for r in every if r["kind"] in wanted]


def test_kinds_with_jobs_is_the_same_as_in_one_process(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(KINDS_TEXT, encoding="utf-8")
    one = invoke("extract", tmp_path, "-f", "jsonl", "--kinds", "indirect")
    two = invoke("extract", tmp_path, "-f", "jsonl", "--kinds", "indirect", "-j", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(jsonl_records(one.stdout)) == 3


@pytest.mark.parametrize("kinds,says", [("quotes", "unknown kind 'quotes': use direct, mixed, indirect"),
                                        (",", "name at least one kind")])
def test_unknown_kind_is_a_usage_error_naming_the_kinds(kinds, says):
    result = invoke("extract", "-", "--kinds", kinds, input=KINDS_TEXT)
    assert result.exit_code == 2
    assert says in " ".join(result.stderr.replace("│", " ").split())


def test_speakers_count_only_the_kinds_asked_for():
    result = invoke("speakers", "-", "-f", "jsonl", "--kinds", "indirect", input=KINDS_TEXT)
    assert result.exit_code == 0, result.stderr
    (row,) = jsonl_records(result.stdout)
    assert (row["speaker"], row["quotes"], row["direct"], row["mixed"], row["indirect"]) == ("Anna Berg", 1, 0, 0, 1)


@pytest.mark.parametrize("args", [["extract"], ["extract", "-"]])
def test_stdin_in_process(args):
    result = invoke(*args, "-f", "json", input=SMITH)
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert all(r["doc"] == "-" for r in records)


def test_stdin_hint_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = invoke("extract", input=SMITH)
    assert "reading from stdin; press Ctrl-D to end, or pass a file" in result.stderr
    assert "reading from stdin" not in result.stdout
    assert "reading from stdin" not in invoke("extract", "-q", input=SMITH).stderr
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: False)
    assert invoke("extract", input=SMITH).stderr == ""


def test_folder_sorted_recursive_hidden_skipped(tmp_path):
    root = tmp_path / "articles"
    for rel in ("b.txt", "a/x.txt", "a-b.txt", ".hidden.txt", ".git/c.txt", "README.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(SMITH, encoding="utf-8")
    result = invoke("extract", root, "-f", "table")
    assert result.exit_code == 0
    assert result.stderr == ""  # no progress bar or other chatter off a terminal
    shown = re.findall(r"^(\S+)  (?:\d+ quotes?|no quotes found)", result.stdout, flags=re.M)
    assert shown == ["a/x.txt", "a-b.txt", "b.txt"]


def test_folder_without_documents_is_a_warning(tmp_path):
    (tmp_path / "notes.md").write_text("hi", encoding="utf-8")  # .html is read from folders since issue 7
    result = invoke("extract", tmp_path)
    assert result.exit_code == 0
    assert MESSAGE.match(result.stderr.strip())
    assert "no documents" in result.stderr
    assert invoke("extract", tmp_path, "-q").stderr == ""


def test_missing_path_is_reported_and_the_rest_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SMITH, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = invoke("extract", missing, good, "-f", "table")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    match = MESSAGE.match(line)
    assert match, line
    assert match["source"] == str(missing)
    assert "no such file" in match["what"]
    assert str(good) in result.stdout  # the good file was still processed
    assert "quoteattr:" not in result.stdout


def test_jsonl_input_with_bad_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "first", "text": SMITH}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "third", "text": SMITH}),
    ]) + "\n", encoding="utf-8")
    result = invoke("extract", path, "-f", "table")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"quoteattr: {path}:2: not valid JSON")
    assert lines[1].startswith(f"quoteattr: {path}:3: no 'text' field")
    assert all(MESSAGE.match(line) for line in lines)
    assert "first" in result.stdout and "third" in result.stdout


def test_jsonl_input_fields_and_format_option(tmp_path):
    path = tmp_path / "docs.data"
    path.write_text(json.dumps({"url": "u1", "body": SMITH}) + "\n", encoding="utf-8")
    result = invoke("extract", path, "--input-format", "jsonl", "--id-field", "url", "--text-field", "body")
    assert result.exit_code == 0, result.stderr
    assert all(r["doc"] == "u1" for r in jsonl_records(result.stdout))


def test_many_bad_lines_are_summarised(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("nope\n" * 15, encoding="utf-8")
    result = invoke("extract", path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == cli.LINE_ERRORS_SHOWN + 1
    assert lines[-1] == f"quoteattr: {path}: 5 more bad lines not shown - fix the ones above first"


# --------------------------------------------------------------------------------------------- encodings

def test_utf8_bom_and_crlf_offsets_refer_to_normalised_text(tmp_path):
    text = 'Intro line.\r\n"We will win," Smith said.\r\n'
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = invoke("extract", path)
    assert result.exit_code == 0 and result.stderr == ""
    normal = text.replace("\r\n", "\n")
    for record in jsonl_records(result.stdout):
        assert normal[record["start"]:record["end"]] == record["quote"]


def test_utf16_input(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "“We will win,” Smith said.\n".encode("utf-16-le"))
    result = invoke("extract", path, "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    for record in json.loads(result.stdout):
        assert "\x00" not in record["quote"]


def test_cp1252_fallback_is_noted_on_stderr(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("“We will win,” Smith said. Café.\n".encode("cp1252"))
    result = invoke("extract", path)
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quoteattr: {path}: not valid UTF-8, read as cp1252")
    assert MESSAGE.match(line)
    assert invoke("extract", path, "-q").stderr == ""


def test_given_encoding(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes('"Caf\xe9 is open," Smith said.\n'.encode("latin-1"))
    result = invoke("extract", path, "--encoding", "latin-1")
    assert result.exit_code == 0 and result.stderr == ""
    wrong = invoke("extract", path, "--encoding", "utf-8")
    assert wrong.exit_code == 1
    assert MESSAGE.match(wrong.stderr.strip())


def test_unknown_encoding_is_a_usage_error():
    result = invoke("extract", "-", "--encoding", "klingon", input="x")
    assert result.exit_code == 2


# ---------------------------------------------------------------------------------------------- formats

def test_every_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SMITH + "\nNothing else.\n", encoding="utf-8")
    outs = {fmt: invoke("extract", path, "-f", fmt) for fmt in ("table", "jsonl", "json", "csv", "tsv")}
    assert all(r.exit_code == 0 for r in outs.values())
    jsonl = jsonl_records(outs["jsonl"].stdout)
    assert json.loads(outs["json"].stdout) == jsonl
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        text = outs[fmt].stdout
        assert "\r" not in text
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert rows[0] == list(FIELDS)
        assert len(rows) - 1 == len(jsonl)
        for row, record in zip(rows[1:], jsonl):
            assert row[FIELDS.index("quote")] == record["quote"]
            assert row[FIELDS.index("start")] == str(record["start"])
    table = outs["table"].stdout
    assert str(path) in table and "speaker" in table and "quote" in table
    assert "{" not in table  # not JSON


def test_table_explain():
    result = invoke("extract", "-f", "table", "--explain", input=SMITH)
    squeezed = "".join(result.stdout.split())  # cells wrap on an 80-column screen
    assert "cue,rule" in squeezed and "quote-speaker-cue0.95" in squeezed


def test_bom_and_excel_safe(tmp_path):
    result = runner.invoke(cli.app, ["extract", "-f", "csv", "--bom", "--excel-safe"],
                           input='"=1+2 is a formula," Smith said.\n')
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeffdoc,index,kind,quote,")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"), newline="")))
    assert all(not r["quote"].startswith("=") for r in rows)


@pytest.mark.parametrize("flag", ["--bom", "--excel-safe"])
def test_csv_options_with_another_format_are_usage_errors(flag):
    result = invoke("extract", "-f", "jsonl", flag, input=SMITH)
    assert result.exit_code == 2
    assert result.stdout == ""


# ----------------------------------------------------------------------------------------------- -o FILE

def test_output_file_format_from_suffix_and_replaced_whole(tmp_path):
    target = tmp_path / "quotes.csv"
    target.write_text("old content\n", encoding="utf-8")
    result = invoke("extract", SAMPLES / "01-council-budget.txt", SAMPLES / "09-museum-reopening-noquotes.txt",
                    "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.split("\n", 1)[0] == ",".join(FIELDS)
    assert "old content" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.csv"]  # no temp file left behind


@pytest.mark.parametrize("name, check", [
    ("q.json", lambda text: isinstance(json.loads(text), list)),
    ("q.jsonl", lambda text: all(json.loads(line) for line in text.splitlines())),
    ("q.tsv", lambda text: text.startswith("doc\tindex\t")),
    ("q.txt", lambda text: "input.txt" in text and not text.startswith(("[", "{", "doc"))),
])
def test_output_suffixes(tmp_path, name, check):
    source = tmp_path / "input.txt"
    source.write_text(SMITH, encoding="utf-8")
    target = tmp_path / name
    result = invoke("extract", source, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert check(target.read_text(encoding="utf-8"))


def test_output_format_option_beats_suffix(tmp_path):
    target = tmp_path / "out.txt"
    assert invoke("extract", "-o", target, "-f", "jsonl", input=SMITH).exit_code == 0
    assert jsonl_records(target.read_text(encoding="utf-8"))


def test_output_unknown_suffix_is_a_usage_error(tmp_path):
    result = invoke("extract", "-o", tmp_path / "out.dat", input=SMITH)
    assert result.exit_code == 2
    assert not (tmp_path / "out.dat").exists()


def test_output_dash_is_stdout():
    result = invoke("extract", "-o", "-", "-f", "jsonl", input=SMITH)
    assert result.exit_code == 0 and jsonl_records(result.stdout)


def test_output_into_missing_folder(tmp_path):
    target = tmp_path / "nope" / "out.csv"
    result = invoke("extract", "-o", target, input=SMITH)
    assert result.exit_code == 1
    assert MESSAGE.match(result.stderr.strip())
    assert str(target) in result.stderr


def test_failed_run_keeps_the_old_output(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("precious\n", encoding="utf-8")
    result = invoke("extract", tmp_path / "missing.txt", "-o", target)
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    assert "not written" in result.stderr


# ------------------------------------------------------------------------------------------ engine errors

def test_an_internal_error_fails_one_document_only(tmp_path, monkeypatch):
    break_extraction(monkeypatch, lambda doc: "bad" in doc.id, RuntimeError("boom"))
    for name in ("a.txt", "bad.txt", "c.txt"):
        (tmp_path / name).write_text(SMITH, encoding="utf-8")
    result = invoke("extract", tmp_path, "-f", "table")
    assert result.exit_code == 1
    assert "internal error (RuntimeError: boom)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "a.txt" in result.stdout and "c.txt" in result.stdout
    assert "Traceback" in invoke("extract", tmp_path, "--debug").stderr


def test_an_internal_error_elsewhere_is_one_line_without_debug(monkeypatch):
    from quoteattr import write

    def broken(*args, **kwargs):
        raise RuntimeError("writer bug")

    monkeypatch.setattr(write, "open_writer", broken)
    result = invoke("extract", input=SMITH)
    assert result.exit_code == 1
    assert result.stderr == ("quoteattr: internal error (RuntimeError: writer bug) - please report it; "
                             "--debug shows the traceback\n")
    debug = invoke("extract", "--debug", input=SMITH)
    assert isinstance(debug.exception, RuntimeError)  # re-raised: the interpreter prints the traceback


# ---------------------------------------------------------------------------------------- real documents

def test_samples_offsets_point_into_the_text():
    result = invoke("extract", SAMPLES, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = jsonl_records(result.stdout)
    texts = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    assert {r["doc"] for r in records} <= set(texts)
    for r in records:
        text = texts[r["doc"]]
        assert text[r["start"]:r["end"]] == r["quote"]
        if r["mention_start"] is not None:
            assert text[r["mention_start"]:r["mention_end"]] == r["mention"]


def test_seed_article():
    article = SEED / "article.txt"
    if not article.exists():
        pytest.skip("../shared/seed not present")
    result = invoke("extract", article, "-f", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    text = article.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in records)


# ------------------------------------------------------------------------------------------- evaluate

needs_evaluate = pytest.mark.skipif(importlib.util.find_spec("quoteattr.evaluate") is None,
                                    reason="quoteattr.evaluate not written yet")


@needs_evaluate
def test_evaluate_table():
    result = invoke("evaluate", FIXTURES / "cli-gold.jsonl", "-f", "table")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for row in ("direct", "mixed", "indirect", "direct+mixed", "all"):
        assert re.search(rf"^\s*{re.escape(row)}\s+\d", out, flags=re.M), row
    for column in ("gold", "pred", "span", "exact", "attr", "F1"):
        assert column in out


@needs_evaluate
def test_evaluate_json_with_errors():
    result = invoke("evaluate", FIXTURES / "cli-gold.jsonl", "-f", "json", "--errors", "5")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    scores = data["scores"]
    assert set(scores) >= {"direct", "mixed", "indirect", "direct,mixed", "all"}
    assert scores["all"]["gold"] == 2
    assert {"span_f1", "attr_f1", "exact_f1"} <= set(scores["all"])
    assert isinstance(data["worst_misses"], list) and len(data["worst_misses"]) <= 5
    for miss in data["worst_misses"]:
        assert miss["problem"] in ("missed", "spurious", "wrong speaker")


@needs_evaluate
def test_evaluate_json_when_piped():
    result = invoke("evaluate", FIXTURES / "cli-gold.jsonl")
    assert result.exit_code == 0
    assert "scores" in json.loads(result.stdout)


@needs_evaluate
def test_evaluate_bad_gold_file():
    path = FIXTURES / "cli-gold-bad.jsonl"
    result = invoke("evaluate", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    line = result.stderr.strip()
    assert MESSAGE.match(line), line
    assert line.startswith(f"quoteattr: {path}: ") and "line 2" in line


def test_evaluate_missing_gold_file(tmp_path):
    result = invoke("evaluate", tmp_path / "none.jsonl")
    assert result.exit_code == 1
    assert MESSAGE.match(result.stderr.strip())


# ----------------------------------------------------------------------------------- real subprocesses

@needs_script
@pytest.mark.parametrize("args", [[], ["-"]])
def test_stdin_subprocess(args):
    result = run_script("extract", *args, input=SMITH.encode())
    assert result.returncode == 0
    assert result.stderr == b""  # no hint: stdin is a pipe here
    (record,) = jsonl_records(result.stdout.decode("utf-8"))
    assert record["doc"] == "-"


@needs_script
def test_version_subprocess():
    result = run_script("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"quoteattr {__version__}"


@needs_script
def test_missing_path_subprocess(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SMITH, encoding="utf-8")
    result = run_script("extract", "missing.txt", good, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == ("quoteattr: missing.txt: no such file or folder - "
                                      "check the path (a typo? a file that has moved?)\n")
    assert len(result.stdout.splitlines()) >= 1


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"doc-{i}", "text": SMITH * 3}) + "\n")
    return path


@needs_script
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_closed_pipe_prints_no_traceback(big_jsonl, fmt):
    """`quoteattr extract big.jsonl | head -1`."""
    proc = subprocess.Popen([console_script(), "extract", str(big_jsonl), "-f", fmt],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=30)
    assert first
    assert err == b"", err.decode(errors="replace")
    assert code == cli.EXIT_BROKEN_PIPE


def _default_sigint():
    # A test run started in the background inherits SIGINT ignored, and Python keeps it ignored.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@needs_script
@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
def test_interrupt_keeps_old_output_and_exits_130(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("precious\n", encoding="utf-8")
    proc = subprocess.Popen([console_script(), "extract", "-", "-o", str(target)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 15
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):  # the run has begun writing
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=15)
    assert proc.returncode == cli.EXIT_INTERRUPTED
    assert b"Traceback" not in err
    assert err.decode().strip() == "quoteattr: interrupted"
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@needs_script
@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
def test_interrupt_leaves_complete_lines_on_stdout():
    # bufsize=0: readline() must not buffer bytes past the first line, which communicate() would not see
    proc = subprocess.Popen([console_script(), "extract", "--input-format", "jsonl", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_default_sigint, bufsize=0)
    proc.stdin.write((json.dumps({"id": "a", "text": SMITH}) + "\n").encode())
    proc.stdin.flush()
    first = proc.stdout.readline()  # written and flushed while the run is still going
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=15)
    assert proc.returncode == cli.EXIT_INTERRUPTED
    assert b"Traceback" not in err
    for line in (first + rest).splitlines():
        assert json.loads(line)["doc"] == "a"
