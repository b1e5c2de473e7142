"""Bad input never crashes quoteattr or loses a result (issue 5).

Messy archives: old encodings, binary files beside the articles, broken and pathological quotation marks,
huge files, a pipe closed early, a batch interrupted. Each case is a test here, unless an existing test
already covers it (named in the section comments).

Nothing is compared with a fixed number of seconds. Linearity compares the work done for 10x the input
with the input: function calls, counted (the same on every run), and CPU time, loosely. Stress inputs are
compared with ordinary news of the same length, and regexes with a tenth of their input, in CPU seconds
measured in this run, so that a busy machine does not make them fail. A CPU-time limit stops a run far
over its budget, so that a quadratic or catastrophic case fails in seconds instead of hanging the suite.
"""
from __future__ import annotations

import ast
import codecs
import contextlib
import cProfile
import csv
import functools
import gc
import io
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

import quoteattr
from quoteattr import cli, extract
from quoteattr.models import FIELDS
from quoteattr.lazyregex import LazyPattern
from test_properties import check_records

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SMITH = '"We will win," Smith said.\n'
MESSAGE = re.compile(r"^quoteattr: (?P<source>.+?): (?P<what>.+) - (?P<fix>.+)$")
ARTICLE = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and permissions")


def ordinary(n: int, one_line: bool = False) -> str:
    """n characters of news text (the sample articles over and over), as paragraphs or as one line."""
    unit = ARTICLE.replace("\n", " ") if one_line else ARTICLE
    return (unit * (n // len(unit) + 1))[:n]


def console_script() -> str | None:
    return shutil.which("quoteattr", path=str(Path(sys.executable).parent))


needs_script = pytest.mark.skipif(console_script() is None, reason="quoteattr console script not installed")


def _default_sigint():
    # A test run started in the background inherits SIGINT ignored, and Python keeps it ignored.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_script(*args, input: bytes | None = None, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([console_script(), *map(str, args)], input=input, capture_output=True, timeout=timeout,
                          **kwargs)


def jsonl(data: bytes) -> list[dict]:
    """Every line parsed; each must be complete."""
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n"), f"last line incomplete: {text[-200:]!r}"
    return [json.loads(line) for line in text.splitlines()]


def invoke(*args, input=None):
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input)


# ------------------------------------------------------------------------------------------ time helpers

class TookTooLong(AssertionError):
    pass


@contextlib.contextmanager
def time_limit(seconds: float, what: str):
    """Fail (raise TookTooLong) once the block has used `seconds` of CPU time (not wall-clock time, so that
    other work on a busy machine does not count); POSIX main thread only."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise TookTooLong(f"{what}: still running after {seconds:.1f} CPU seconds")

    old = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def timed(fn) -> float:
    """CPU seconds `fn()` takes (what other processes do on the machine does not count), garbage collection
    paused (its pauses are noise here, not work done)."""
    gc.disable()
    try:
        t0 = time.process_time()
        fn()
        return time.process_time() - t0
    finally:
        gc.enable()


def best(fn, runs: int) -> float:
    return min(timed(fn) for _ in range(runs))


def operations(fn) -> int:
    """Function calls (Python and built-in) made while `fn()` runs: a count of the work done, which unlike a
    time is the same on every run and on every machine, however busy."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        fn()
    finally:
        profiler.disable()
    return sum(entry.callcount for entry in profiler.getstats())


def assert_scales_linearly(fn, small, big, what: str, *, factor: int = 10, limit: float = 12.0) -> None:
    """`fn(big)` (`factor` times the input) does at most `limit` times the work of `fn(small)`.

    Work is counted in function calls, the same on every run. Work done inside one C call (a regex, a slice)
    is not counted, so CPU time is compared too, against 2 * limit: big inputs run a little slower per
    character even when the work is linear (processor caches), and quadratic time shows as 100x. A big run
    over 3 * limit times the small one is stopped and fails at once (catastrophic backtracking, say)."""
    fn(small)  # warm-up: lexicons loaded, per-language patterns compiled
    gc.collect()
    t_small = best(lambda: fn(small), 3)
    abort = max(3 * limit * t_small, 0.5)
    message = f"{what}: {factor}x the input (1x took {t_small:.3f} CPU seconds)"
    with time_limit(abort, message):
        t_big = timed(lambda: fn(big))
    for _ in range(2):  # noise: measure again before failing
        if t_big <= 2 * limit * t_small or t_big < 0.05:
            break
        t_small = min(t_small, timed(lambda: fn(small)))
        with time_limit(abort, message):
            t_big = min(t_big, timed(lambda: fn(big)))
    n_small = operations(lambda: fn(small))
    with time_limit(3 * abort, message + ", profiled"):
        n_big = operations(lambda: fn(big))
    if n_big > limit * max(n_small, 1):
        # once per process, not per text: the big run may be the one that passes segment's _RE_AFTER_CHARS
        # and builds the re patterns (tens of thousands of calls); count it again, settled
        with time_limit(3 * abort, message + ", profiled"):
            n_big = min(n_big, operations(lambda: fn(big)))
    calls, seconds = n_big / max(n_small, 1), t_big / max(t_small, 1e-9)
    detail = f"({n_small:,} -> {n_big:,} calls; {t_small:.3f} -> {t_big:.3f} CPU seconds)"
    assert calls <= limit, f"{what}: {factor}x the input made {calls:.1f}x the function calls {detail}"
    assert seconds <= 2 * limit, f"{what}: {factor}x the input took {seconds:.1f}x the CPU time {detail}"


# ============================================================================================ encodings
# Covered already: tests/test_read.py test_decode_bom_and_utf8 (UTF-8 with and without BOM, UTF-16 LE/BE with
# BOM), test_decode_falls_back_to_cp1252_with_a_note, test_decode_undecodable_asks_for_encoding,
# test_decode_utf16_without_bom_needs_encoding, test_decode_any_bytes_gives_text_or_input_error (hypothesis);
# tests/test_cli.py test_utf8_bom_and_crlf_offsets_refer_to_normalised_text, test_utf16_input,
# test_cp1252_fallback_is_noted_on_stderr, test_given_encoding. Here: all of them in one real batch.

ENCODED = {
    "a-utf8.txt": "“We will win,” Smith said. Café, naïve, Łódź.\r\n".encode("utf-8"),
    "b-utf8-bom.txt": codecs.BOM_UTF8 + "“We will win,” Jane Doe said.\r\n".encode("utf-8"),
    "c-utf16le.txt": codecs.BOM_UTF16_LE + "“We will win,” Smith said. Łódź.\n".encode("utf-16-le"),
    "d-utf16be.txt": codecs.BOM_UTF16_BE + "“We will win,” Smith said. 東京.\n".encode("utf-16-be"),
    "d-utf32le.txt": codecs.BOM_UTF32_LE + "“We will win,” Smith said. 😀.\n".encode("utf-32-le"),
    "d-utf32be.txt": codecs.BOM_UTF32_BE + "“We will win,” Smith said. 😀.\n".encode("utf-32-be"),
    "e-cp1252.txt": "“We will win,” Smith said. Café – €5.\r\n".encode("cp1252"),
    "f-undecodable.txt": b'"We will win," Smith said. \x81\x8d\x90 bytes no codec we guess reads\n',
    "g-last.txt": SMITH.encode("utf-8"),
}


@needs_script
def test_mixed_encodings_in_one_batch(tmp_path):
    for name, data in ENCODED.items():
        (tmp_path / name).write_bytes(data)
    result = run_script("extract", tmp_path, "-f", "jsonl")
    assert result.returncode == 1  # one input failed
    err = result.stderr.decode("utf-8").splitlines()
    assert len(err) == 2, err
    assert all(MESSAGE.match(line) for line in err), err
    assert err[0].startswith(f"quoteattr: {tmp_path / 'e-cp1252.txt'}: not valid UTF-8, read as cp1252")
    assert err[1].startswith(f"quoteattr: {tmp_path / 'f-undecodable.txt'}: cannot decode")
    assert "--encoding" in err[1]
    records = jsonl(result.stdout)
    by_doc = {}
    for r in records:
        by_doc.setdefault(r["doc"], []).append(r)
    assert sorted(by_doc) == sorted(set(ENCODED) - {"f-undecodable.txt"})  # the others were all written
    for name, recs in by_doc.items():
        data = ENCODED[name]
        if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            text = data.decode("utf-32")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig" if name != "e-cp1252.txt" else "cp1252")
        text = text.replace("\r\n", "\n")
        check_records(text, [quoteattr.Quote(**r) for r in recs], doc=name)
        assert recs[0]["quote"] == "We will win,"


@needs_script
def test_latin1_by_fallback_and_by_option(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("« Nous gagnerons », a déclaré Smith. \"Ça va,\" Jane Doe said.\n".encode("latin-1"))
    fallback = run_script("extract", path)
    assert fallback.returncode == 0
    assert b"read as cp1252" in fallback.stderr  # noted, because it is a guess
    given = run_script("extract", path, "--encoding", "latin-1")
    assert given.returncode == 0 and given.stderr == b""
    assert jsonl(given.stdout) == jsonl(fallback.stdout)
    assert "Ça va," in [r["quote"] for r in jsonl(given.stdout)]


@needs_script
@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 (macOS and Windows refuse them)")
def test_file_name_that_is_not_utf8(tmp_path):
    """A scraped archive with Latin-1 file names: the name is written with its odd byte escaped, and the
    batch goes on (it used to stop at that file with an internal error, losing the rest)."""
    for name in (b"a.txt", "caf\u00e9-latin1.txt".encode("latin-1"), b"z.txt"):
        (tmp_path / os.fsdecode(name)).write_text(SMITH, encoding="utf-8")
    for fmt in ("jsonl", "csv", "table"):
        result = run_script("extract", tmp_path, "-f", fmt)
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        assert result.stderr == b""
        out = result.stdout.decode("utf-8")  # valid UTF-8
        if fmt == "jsonl":
            assert [r["doc"] for r in jsonl(result.stdout)] == ["a.txt", "caf\\xe9-latin1.txt", "z.txt"]
        else:
            assert "caf\\xe9-latin1.txt" in out and "z.txt" in out
    latin = tmp_path / os.fsdecode("caf\u00e9-latin1.txt".encode("latin-1"))
    alone = run_script("extract", latin)
    assert alone.returncode == 0 and jsonl(alone.stdout)[0]["doc"].endswith("caf\\xe9-latin1.txt")


@needs_script
def test_jsonl_with_unpaired_surrogate_escapes(tmp_path):
    """'\\ud800' alone is valid JSON but no character, and no UTF-8 output can hold it: read as U+FFFD (one code
    point for one, so offsets hold), noted on stderr; the batch goes on."""
    path = tmp_path / "s.jsonl"
    lines = [{"id": "a", "text": SMITH}, {"id": "b\udce9", "text": '"We \ud800 will win," Smith said. \udfff'},
             {"id": "c", "text": SMITH}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="ascii")
    result = run_script("extract", path)
    assert result.returncode == 0
    (note,) = result.stderr.decode().splitlines()
    assert MESSAGE.match(note) and note.startswith(f"quoteattr: {path}:2: ") and "U+FFFD" in note
    records = jsonl(result.stdout)
    assert [r["doc"] for r in records] == ["a", "b\ufffd", "c"]
    text = lines[1]["text"].replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    check_records(text, [quoteattr.Quote(**r) for r in records if r["doc"] == "b\ufffd"], doc="b\ufffd")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv", "table"])
def test_writers_take_unpaired_surrogates(fmt):
    """A library caller's text may hold them; every writer writes UTF-8 anyway, JSON exactly (escaped)."""
    from quoteattr.write import open_writer

    text = '"We \ud800 will win," Smith said.'
    quotes = extract(text, doc="doc\udce9")
    assert quotes and "\ud800" in quotes[0].quote
    stream = io.StringIO()
    writer = open_writer(fmt, stream)
    writer.write_document("doc\udce9", quotes, text)
    writer.close()
    out = stream.getvalue()
    out.encode("utf-8")  # no unpaired surrogate left: a UTF-8 stream takes it
    if fmt == "jsonl":
        assert [json.loads(line)["quote"] for line in out.splitlines()] == [q.quote for q in quotes]
    if fmt == "json":
        assert [r["quote"] for r in json.loads(out)] == [q.quote for q in quotes]


# ============================================================================================= not text

def png_bytes(size: int = 16) -> bytes:
    """A real (valid) PNG image: signature, IHDR, IDAT, IEND."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\0" + bytes(v for x in range(size) for v in (x * 16 % 256, y * 16 % 256, 128))
                    for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def zip_bytes(tmp_path: Path) -> bytes:
    """A real zip archive made with zipfile, holding an article (so its text is in there, compressed)."""
    path = tmp_path / "made.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("article.txt", SMITH * 50)
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.fixture()
def messy_folder(tmp_path):
    """A folder as scraped archives have them: articles, images, archives, broken and empty files, link loops."""
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    png, archive = png_bytes(), zip_bytes(tmp_path)
    files = {
        "article.txt": SMITH,
        "photo.png": png,                 # not a document suffix: skipped silently
        "photo": png,                     # no suffix: read, and reported as binary
        "bundle.zip": archive,            # skipped silently
        "bundle": archive,                # reported as binary
        "scan.txt": png,                  # a misnamed image: reported as binary
        "nul-early.txt": b"abc\0def " + SMITH.encode(),      # NUL bytes near the start: binary
        "nul-late.txt": SMITH.encode() * 400 + b"\0" + SMITH.encode(),  # a NUL far in: text, read
        "empty.txt": b"",
        "blank.txt": " \n\t\r\n \u00a0 \n\n".encode("utf-8"),
        "sub/deep.txt": SMITH,
    }
    for name, data in files.items():
        (root / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if hasattr(os, "symlink"):
        os.symlink("..", root / "sub" / "up")          # a folder loop: sub/up/sub/up/...
        os.symlink(root / "sub", root / "sub2")        # a linked folder
        os.symlink("self.txt", root / "self.txt")      # a file link loop
    return root


def test_png_and_zip_helpers_make_real_files(tmp_path):
    png = png_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png.endswith(b"IEND\xaeB`\x82")
    path = tmp_path / "z.zip"
    path.write_bytes(zip_bytes(tmp_path))
    with zipfile.ZipFile(path) as zf:
        assert zf.read("article.txt").decode() == SMITH * 50


@needs_script
def test_messy_folder_reports_what_it_skips_and_writes_the_rest(messy_folder):
    result = run_script("extract", messy_folder, "-f", "jsonl", timeout=60)
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert all(MESSAGE.match(line) for line in lines), lines
    reported = {MESSAGE.match(line)["source"]: MESSAGE.match(line)["what"] for line in lines}
    expected = {"photo": "binary", "bundle": "binary", "scan.txt": "binary", "nul-early.txt": "binary"}
    if hasattr(os, "symlink"):
        expected["self.txt"] = "symbolic link loop"
    assert {Path(k).name: v.split(" (")[0].replace(" file", "") for k, v in reported.items()} == expected
    docs = {r["doc"] for r in jsonl(result.stdout)}
    assert docs == {"article.txt", "nul-late.txt", "sub/deep.txt"}  # no doc read twice through the links


@needs_script
def test_empty_and_blank_files_are_fine(messy_folder):
    for name in ("empty.txt", "blank.txt"):
        path = messy_folder / name
        result = run_script("extract", path, "-f", "jsonl")
        assert (result.returncode, result.stdout, result.stderr) == (0, b"", b""), name
        table = invoke("extract", path, "-f", "table")
        assert table.exit_code == 0 and "no quotes found" in table.stdout
        assert invoke("extract", path, "-f", "csv").stdout == ",".join(FIELDS) + "\n"
        assert json.loads(invoke("extract", path, "-f", "json").stdout) == []
    assert extract("") == [] and extract(" \n\t\n") == []


def test_nul_bytes_inside_text_are_just_characters():
    text = "\0" + SMITH + "a\0b " + SMITH.replace("Smith", "Sm\0ith") + "\0" * 100
    check_records(text, extract(text))
    doc = json.dumps({"id": "n", "text": text})
    result = invoke("extract", "--input-format", "jsonl", "-f", "jsonl", input=doc + "\n")
    assert result.exit_code == 0, result.stderr
    check_records(text, [quoteattr.Quote(**r) for r in map(json.loads, result.stdout.splitlines())], doc="n")


# A text may end anywhere: a document cut off mid-sentence, or one that simply stops after a word. Every cut of
# these sentences (after each word or mark) is extracted without an error and with records inside the text.
CUT_SENTENCES = [
    ('The mayor called the plan "reckless" and also said it would fail.', "en"),
    ('The mayor called the plan "reckless" and quickly left the hall.', "en"),
    ('Ann Cole said the council was "not ready" to back Rob Tarn, who faces a rival in May.', "en"),
    ('The campaign sent a message to supporters saying the vote was rigged.', "en"),
    ('"Not now," said Lucy\'s mother. "Later," said the tall, 60-year-old ferryman.', "en"),
    ('Die Männer, die laut Polizei bewaffnet waren, flohen am Abend.', "de"),
    # this session's shapes: subjects of "say" no list knows, evidence nouns, short objects, time phrases and
    # opener leads before clauses, relative asides, statements going on; German passive agents, "so auch",
    # sources before "zufolge", names no lexicon knows, bracketed quotations, clauses after a cue's comma
    ('Each of the six crews said the plan works, but late Tuesday she announced a vote.', "en"),
    ('Recent polls show a tight race and Cole criticized Ann Reed at a rally.', "en"),
    ('Years after Cole said the ferry was safe, the pier was shut but officials have said it fails.', "en"),
    ('Ann Cole, who, after a long pause, said the pier was unsafe. "Close it now."', "en"),
    ('The pier is "unsafe," Ann Cole said. "Close it now." The village released a statement and welcomed it.', "en"),
    ('Es wurde von der Polizei mitgeteilt, dass die Lage ernst sei, so auch ihre Mutter.', "de"),
    ('Medienberichten zufolge meinte der Autor Ivo Ruiz Lema noch, dass Anna Berg („wir sind bereit“) recht habe.',
     "de"),
    ('Nora Jouba, Vorstandsmitglied der Liga, sagte, um den Weg frei zu machen, als er das Lager gewechselt habe.',
     "de"),
]


@pytest.mark.parametrize("text,lang", CUT_SENTENCES)
def test_text_may_end_after_any_word(text, lang):
    for n in sorted({i + 1 for i, c in enumerate(text) if c in ' ,."!?:'} | {i for i, c in enumerate(text) if c == " "}):
        check_records(text[:n], extract(text[:n], lang=lang))


@needs_script
@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loops_given_as_paths(tmp_path):
    # Folder loops inside a folder: tests/test_read.py test_folder_symlinks; a file link loop given as a path:
    # test_read.py test_symlink_loop_given_as_a_path. Here: through the command, beside a good file.
    os.symlink("loop", tmp_path / "loop")
    (tmp_path / "a").mkdir()
    os.symlink("../a", tmp_path / "a" / "back")
    good = tmp_path / "good.txt"
    good.write_text(SMITH, encoding="utf-8")
    result = run_script("extract", tmp_path / "loop", tmp_path / "a", good)
    assert result.returncode == 1
    err = sorted(result.stderr.decode().splitlines())  # folder warnings come first, when paths are listed
    assert len(err) == 2, err
    assert err[0].startswith(f"quoteattr: {tmp_path / 'a'}: no documents in this folder")
    assert err[1].startswith(f"quoteattr: {tmp_path / 'loop'}: symbolic link loop - ")
    assert [r["doc"] for r in jsonl(result.stdout)] == [str(good)]


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root can read every file")
@needs_script
def test_unreadable_file_and_folder(tmp_path):
    # Also tests/test_read.py test_unreadable_file (same skip as root); the test below runs for root too.
    secret = tmp_path / "secret.txt"
    secret.write_text(SMITH, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(SMITH, encoding="utf-8")
    (tmp_path / "z.txt").write_text(SMITH, encoding="utf-8")
    secret.chmod(0)
    locked.chmod(0)
    try:
        result = run_script("extract", tmp_path)
    finally:
        secret.chmod(0o644)
        locked.chmod(0o755)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert f"quoteattr: {locked}: permission denied - " in err
    assert f"quoteattr: {secret}: permission denied - " in err
    assert [r["doc"] for r in jsonl(result.stdout)] == ["z.txt"]


def test_unreadable_file_and_folder_simulated(tmp_path, monkeypatch):
    """The same as above by faking the operating system's refusal, so that it runs as root as well."""
    import builtins

    secret = tmp_path / "b-secret.txt"
    locked = tmp_path / "c-locked"
    locked.mkdir()
    for path in (tmp_path / "a.txt", secret, locked / "x.txt", tmp_path / "d.txt"):
        path.write_text(SMITH, encoding="utf-8")
    real_open, real_scandir = builtins.open, os.scandir

    def fake_open(file, *args, **kwargs):
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def fake_scandir(path="."):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    result = invoke("extract", tmp_path, "-f", "jsonl")
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert sorted(MESSAGE.match(line)["source"] for line in err) == sorted([str(secret), str(locked)])
    assert all("permission denied" in line for line in err)
    assert [r["doc"] for r in map(json.loads, result.stdout.splitlines())] == ["a.txt", "d.txt"]


# A path that does not exist: tests/test_cli.py test_missing_path_is_reported_and_the_rest_written and
# test_missing_path_subprocess; also below in test_exit_codes_as_the_readme_says.


# ========================================================================================= JSON Lines
# Covered already: tests/test_read.py test_jsonl_good_and_bad_lines (malformed, no text, non-string text,
# not an object, each with its line number, in line order) and tests/test_cli.py
# test_jsonl_input_with_bad_lines (malformed, no text: messages with line numbers, the rest written) and
# test_many_bad_lines_are_summarised. Here: every kind of bad line through the real command.

@needs_script
def test_jsonl_bad_lines_through_the_command(tmp_path):
    lines = [
        json.dumps({"id": "one", "text": SMITH}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "body": SMITH}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "null", "text": None}),
        json.dumps({"id": "list", "text": [SMITH]}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": "two", "text": SMITH}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line either
    result = run_script("extract", path)
    assert result.returncode == 1
    err = result.stderr.decode().splitlines()
    assert [MESSAGE.match(line)["source"] for line in err] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 7)]
    assert "not valid JSON" in err[0] and "no 'text' field" in err[1]
    assert all("not a string" in line for line in err[2:5]) and "not a JSON object" in err[5]
    assert [r["doc"] for r in jsonl(result.stdout)] == ["one", "two"]


# ====================================================================================== output safety
# Covered already: tests/test_cli.py test_output_file_format_from_suffix_and_replaced_whole (no temp file left),
# test_failed_run_keeps_the_old_output (every input failed), test_interrupt_keeps_old_output_and_exits_130
# (Ctrl-C before any document), test_interrupt_leaves_complete_lines_on_stdout (one document),
# test_closed_pipe_prints_no_traceback (stdout closed after one line, jsonl/csv/table), test_bom_and_excel_safe
# and tests/test_write.py test_csv_excel_safe_prefixes_formula_cells_only. Here: in the middle of big batches.

BATCH_DOCS = 3000


def _write_batch(path: Path, docs: int) -> Path:
    articles = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(docs):
            fh.write(json.dumps({"id": f"doc-{i:05d}", "text": articles[i % len(articles)]}) + "\n")
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """JSON Lines with BATCH_DOCS articles: some seconds of work, so there is a middle to interrupt."""
    return _write_batch(tmp_path_factory.mktemp("batch") / "batch.jsonl", BATCH_DOCS)


def _start(args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([console_script(), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint, **kwargs)


def _temp_files(folder: Path, target: Path) -> list[Path]:
    """Files beside `target` other than it: the temp file a run writes before renaming it over the target
    (it must be in the same folder for the rename to be atomic)."""
    return [p for p in folder.iterdir() if p != target]


def _temp_file_filling(folder: Path, target: Path) -> bool:
    temps = _temp_files(folder, target)
    try:
        return len(temps) == 1 and temps[0].stat().st_size > 10_000
    except FileNotFoundError:
        return False


def _wait_for(condition, proc, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


@needs_script
def test_output_file_is_a_temp_file_renamed_at_the_end(tmp_path_factory, tmp_path):
    docs = 400
    batch = _write_batch(tmp_path_factory.mktemp("small-batch") / "batch.jsonl", docs)
    target = tmp_path / "quotes.jsonl"
    target.write_text("old results\n", encoding="utf-8")
    proc = _start(["extract", batch, "-o", target])
    try:
        _wait_for(lambda: _temp_file_filling(tmp_path, target), proc, "the temp file to fill")
        assert target.read_text(encoding="utf-8") == "old results\n"  # untouched while the run goes on
    finally:
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert out == b"" and err == b""
    records = jsonl(target.read_bytes())
    assert records[-1]["doc"] == f"doc-{docs - 1:05d}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.jsonl"]


def test_failed_run_midway_keeps_the_old_output(tmp_path, monkeypatch):
    """A writer that breaks after some documents (a bug, a full disk): the old file stays, no temp file."""
    from quoteattr import write

    target = tmp_path / "out.csv"
    target.write_text("precious\n", encoding="utf-8")
    sources = []
    for i in range(5):
        sources.append(tmp_path / f"{i}.txt")
        sources[-1].write_text(SMITH, encoding="utf-8")
    calls = {"n": 0}
    real = write.CsvWriter.write_rendered  # what the CLI calls for csv: records come serialised (-j 1 too)

    def breaks(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(write.CsvWriter, "write_rendered", breaks)
    result = invoke("extract", *sources, "-o", target)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and result.stderr.startswith("quoteattr: ")
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.csv", *(p.name for p in sources)])


@needs_script
@posix_only
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_ctrl_c_mid_batch_leaves_complete_output(batch, fmt):
    proc = _start(["extract", batch, "-f", fmt])
    head = b"".join(proc.stdout.readline() for _ in range(30))  # the run is well under way
    time.sleep(0.3)  # stop reading: the pipe fills and the run blocks in the middle of a write
    proc.send_signal(signal.SIGINT)
    out = head + proc.stdout.read()  # not communicate(): it would skip what readline() has buffered
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == cli.EXIT_INTERRUPTED, err.decode()
    assert err.decode() == "quoteattr: interrupted\n"
    if fmt == "jsonl":
        records = jsonl(out)
    elif fmt == "json":
        records = json.loads(out)  # closed with "]" after the interrupt
    else:
        text = out.decode("utf-8")
        assert text.endswith("\n")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == list(FIELDS)
        assert all(len(row) == len(FIELDS) for row in rows)
        records = [dict(zip(FIELDS, row)) for row in rows[1:]]
    assert 30 <= len(records)
    assert records[-1]["doc"] != f"doc-{BATCH_DOCS - 1:05d}", "the batch finished before the interrupt"


@needs_script
@posix_only
def test_ctrl_c_mid_batch_keeps_the_old_output_file(batch, tmp_path):
    target = tmp_path / "quotes.csv"
    target.write_text("old results\n", encoding="utf-8")
    proc = _start(["extract", batch, "-o", target])
    _wait_for(lambda: _temp_file_filling(tmp_path, target), proc, "the temp file to fill")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == cli.EXIT_INTERRUPTED
    assert err.decode() == "quoteattr: interrupted\n"
    assert target.read_text(encoding="utf-8") == "old results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.csv"]


@needs_script
@posix_only
@pytest.mark.parametrize("fmt, first", [("jsonl", '{"doc": "doc-00000"'), ("csv", "doc,index,"),
                                         ("json", "["), ("table", "")])
def test_head_1_in_a_real_shell_ends_quietly(batch, tmp_path, fmt, first):
    err, rc = tmp_path / "err", tmp_path / "rc"
    script = f'"$Q" extract "$IN" -f {fmt} 2>"$ERR" | head -1; echo "${{PIPESTATUS[0]}}" >"$RC"'
    env = {**os.environ, "Q": console_script(), "IN": str(batch), "ERR": str(err), "RC": str(rc)}
    shell = shutil.which("bash")
    if shell is None:
        pytest.skip("bash not installed")
    result = subprocess.run([shell, "-c", script], capture_output=True, timeout=60, env=env,
                            preexec_fn=_default_sigint)
    assert result.stdout.decode().startswith(first)
    assert len(result.stdout.splitlines()) == 1
    assert err.read_text() == ""  # no traceback, no message
    assert rc.read_text().strip() == str(cli.EXIT_BROKEN_PIPE)


FORMULAS = ["=HYPERLINK(A1) is what she typed,", "+1 for the plan,", "-5 percent is bad,",
            "@everyone come to the meeting,", "=1+2 is a formula,"]


@needs_script
@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_excel_safe_neutralises_formula_cells(tmp_path, fmt, delimiter):
    """A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection: =HYPERLINK(...) can send
    data away, =cmd|... ran programs in old Excel); --excel-safe shows it as text instead."""
    name = "=cmd.txt"  # file names in a scraped archive are not to be trusted either
    (tmp_path / name).write_text("".join(f"“{q}” Smith said.\n" for q in FORMULAS), encoding="utf-8")

    def rows(*flags):
        result = run_script("extract", name, "-f", fmt, *flags, cwd=tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        return list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"), newline=""), delimiter=delimiter))

    plain, safe = rows(), rows("--excel-safe")
    assert [r["quote"] for r in plain] == FORMULAS
    assert {r["doc"] for r in plain} == {name}
    assert [r["quote"] for r in safe] == ["'" + q for q in FORMULAS]
    assert {r["doc"] for r in safe} == {"'" + name}
    for r in safe:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in r.values()), r
        assert int(r["start"]) >= 0 and float(r["confidence"]) > 0  # numbers stay numbers
    for p, s in zip(plain, safe):  # nothing else changes
        assert {k: v for k, v in p.items() if k not in ("doc", "quote")} == \
            {k: v for k, v in s.items() if k not in ("doc", "quote")}


# ======================================================================================= exit codes

@needs_script
@pytest.mark.parametrize("case, code", [
    ("quotes found", 0), ("no quote found", 0), ("empty file", 0), ("missing path", 1), ("binary file", 1),
    ("undecodable file", 1), ("bad JSON Lines line", 1), ("unknown option", 2), ("bad format value", 2),
    ("unknown encoding", 2),
])
def test_exit_codes_as_the_readme_says(tmp_path, case, code):
    """The table under "Errors and exit codes" in README.md (130 and 141: the Ctrl-C and head -1 tests above)."""
    good = tmp_path / "good.txt"
    good.write_text(SMITH, encoding="utf-8")
    inputs = {
        "quotes found": [good],
        "no quote found": [tmp_path / "plain.txt"],
        "empty file": [tmp_path / "empty.txt"],
        "missing path": [tmp_path / "missing.txt", good],
        "binary file": [tmp_path / "blob", good],
        "undecodable file": [tmp_path / "bad.txt", good],
        "bad JSON Lines line": [tmp_path / "bad.jsonl", good],
        "unknown option": [good, "--no-such-option"],
        "bad format value": [good, "-f", "xml"],
        "unknown encoding": [good, "--encoding", "klingon"],
    }
    (tmp_path / "plain.txt").write_text("Nothing was said today.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob").write_bytes(png_bytes())
    (tmp_path / "bad.txt").write_bytes(b"abc \x81 def\n")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    result = run_script("extract", "-f", "jsonl", *inputs[case])
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err  # only with --debug
    if code == 0:
        assert err == ""
    if code == 1:
        assert err and all(MESSAGE.match(line) for line in err.splitlines()), err
        assert [r["doc"] for r in jsonl(result.stdout)] == [str(good)]  # all others were written
    if code == 2:
        assert result.stdout == b"" and err


# =========================================================================================== stress

@functools.lru_cache(maxsize=None)
def seconds_per_character(one_line: bool = False) -> float:
    """CPU time extraction takes per character of ordinary news, measured on this machine now."""
    text = ordinary(200_000, one_line)
    extract(text[:1000])
    return best(lambda: extract(text), 2) / len(text)


def assert_within_ordinary_budget(text: str, what: str, factor: float = 10.0, one_line: bool = False):
    """extract(text) holds its invariants and takes at most `factor` times as long as ordinary news of the
    same length (measured now, so the machine's speed does not matter)."""
    baseline = seconds_per_character(one_line) * len(text)
    budget = factor * baseline + 0.5
    with time_limit(budget, f"{what} ({len(text):,} characters; ordinary news that long takes {baseline:.2f} s)"):
        quotes = extract(text)
    check_records(text, quotes)
    return quotes


MARKS = '“”‘’«»„"\'`‹›「」『』‚'


@pytest.mark.parametrize("what, make", [
    ("100,000 straight double quotes", lambda: '"' * 100_000),
    ("100,000 marks of every kind", lambda: (MARKS * (100_000 // len(MARKS) + 1))[:100_000]),
    ("100,000 marks around letters", lambda: "".join(MARKS[i * 7 % len(MARKS)] + "ab"[i % 2] for i in range(100_000))),
    ("100,000 apostrophes and primes", lambda: "rock 'n' roll the '90s, O'Neill's 5' 7\" ''x'' " * 4000),
])
def test_100000_quote_marks(what, make):
    assert_within_ordinary_budget(make(), what)


@pytest.mark.parametrize("what, make", [
    ("100,000 opening marks", lambda: "“" * 100_000),
    ("opening marks before words", lambda: "“Smith said we will win " * 5_000),
    ("opening guillemets and low marks", lambda: "« a „ b ‚ c ‹ d " * 8_000),
    ("an unclosed quote in every paragraph", lambda: "“We will win, Smith said.\n" * 5_000),
    ("an unclosed quote over 10,000 paragraphs", lambda: "“" + "We will win.\n“" * 10_000),
])
def test_only_opening_marks(what, make):
    assert_within_ordinary_budget(make(), what)


@pytest.mark.parametrize("what, make", [
    ("10,000 alternating “‘ levels, closed", lambda: "“‘" * 5_000 + "x" + "’”" * 5_000),
    ("10,000 alternating “‘ levels, never closed", lambda: "“‘" * 5_000 + "x"),
    ("10,000 alternating levels with words", lambda: "“a ‘b " * 5_000 + "x"),
    ("10,000 alternating \"' levels", lambda: "\"'" * 5_000 + "x" + "'\"" * 5_000),
])
def test_deeply_nested_marks(what, make):
    assert_within_ordinary_budget(make(), what)


def _big_single_line(mb: int) -> str:
    return ordinary(mb * 1_000_000, one_line=True)


@pytest.mark.slow
def test_10_mb_single_line():
    """10 MB of news without a line break: no more than 12x the time of 1 MB of it (linear), and valid."""
    small, big = _big_single_line(1), _big_single_line(10)
    t_small = timed(lambda: extract(small))
    with time_limit(12 * t_small + 2, f"10 MB single line (1 MB took {t_small:.1f} s)"):
        quotes = extract(big)
    check_records(big, quotes)
    assert len(quotes) > 1000


@pytest.mark.slow
@pytest.mark.parametrize("what,unit,lang,more_than", [
    # subjects no lexicon knows ("Each crew said") and relative pronouns as speakers ("who has also said"): a rule
    # once copied the rest of the text for each (2 MB took 19x the time of 200 KB)
    ("unlisted subjects and relatives",
     "Each crew said the pier was unsafe. Ann Cole, who has also said the levy was fair, left the board. ", "en",
     60_000),
    # "..., so auch ihre Mutter" (no source): its test once copied the text before each (2 MB: 53x)
    ("German 'so auch'", "Viele wurden verschleppt, so auch ihre Mutter. ", "de", None),
])
def test_4_mb_of_one_shape_takes_at_most_12x_the_time_of_400_kb(what, unit, lang, more_than):
    """4 MB of one statement shape in one text: no more than 12x the time of 400 KB of it (plus 2 s, as for
    10 MB above: the time per character of linear work varies by a fifth here), and valid."""
    small, big = (unit * (400_000 // len(unit) + 1))[:400_000], (unit * (4_000_000 // len(unit) + 1))[:4_000_000]
    extract(small, lang=lang)
    t_small = min(timed(lambda: extract(small, lang=lang)) for _ in range(2))
    with time_limit(12 * t_small + 2, f"4 MB of {what} (400 KB took {t_small:.2f} s)"):
        quotes = extract(big, lang=lang)
    check_records(big, quotes)
    if more_than is not None:
        assert len(quotes) > more_than


@pytest.mark.slow
@needs_script
def test_50_mb_article(tmp_path):
    """One 50 MB article file through the command: read, extracted and written whole, every line valid."""
    path = tmp_path / "huge.txt"
    unit = ARTICLE.encode("utf-8") + b"\n\n"
    with path.open("wb") as fh:
        for _ in range(50_000_000 // len(unit) + 1):
            fh.write(unit)
    assert path.stat().st_size >= 50_000_000
    out = tmp_path / "huge.jsonl"
    result = run_script("extract", path, "-o", out, timeout=900)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    text = path.read_text(encoding="utf-8")
    records = jsonl(out.read_bytes())
    assert len(records) > 100_000
    for r in records[:: max(1, len(records) // 2000)]:  # a sample: the file is big
        assert text[r["start"]:r["end"]] == r["quote"]
        if r["mention"] is not None:
            assert text[r["mention_start"]:r["mention_end"]] == r["mention"]


# ====================================================================================== linear time

LINEAR_CASES = [
    # (what, make(n), n): n characters is the small input; the big one is 10 n. Work inside a C call does not
    # show here: a regex match that reads to the end of the text each time ("news without commas" below 1 MB)
    # is test_a_regex_matched_at_one_position_does_not_read_the_rest_of_the_text; slicing a long line once per
    # quotation (news on one line) shows at 10 MB: test_10_mb_single_line.
    ("news articles", lambda n: ordinary(n), 10_000),
    ("news without commas", lambda n: ('Smith said "we will win the vote today" and left.\n' * n)[:n], 5_000),
    ("quotes on one line", lambda n: ('"we will win the vote today" ' * n)[:n], 5_000),
    ("quotes attributed in one long sentence", lambda n: ('"we will win the vote," he said; ' * n)[:n], 5_000),
    ("quotes and cues in one sentence", lambda n: ('He said "a b c" and ' * n)[:n], 5_000),
    ("straight quote marks", lambda n: '"' * n, 5_000),
    ("marks of every kind", lambda n: (MARKS * n)[:n], 5_000),
    ("opening marks before words", lambda n: ("“a " * n)[:n], 5_000),
    ("alternating nested marks", lambda n: "“‘" * (n // 2) + "x", 400),
    ("unclosed marks of both families", lambda n: ("« a „ b ‚ c ‹ d " * n)[:n], 2_000),
    ("long run of spaces after a name and comma", lambda n: "Smith, " + " " * n + "x said it.", 300),
    ("long run of spaces in a sentence", lambda n: "Smith said " + " " * n + "that it works.", 5_000),
    ("capitalised words", lambda n: ("Alpha Beta Gamma " * n)[:n], 5_000),
    ("capitalised titles then an organisation", lambda n: "Smith " + "Minister " * (n // 9) + "Bank said it.",
     2_000),
    ("periods", lambda n: "a" + "." * n + " x", 500),
    ("question and exclamation marks", lambda n: "Why" + "?!" * (n // 2) + " x", 500),
    ("ellipses", lambda n: "Well" + "…" * n + " x", 500),
    ("apostrophes", lambda n: "'" * n, 5_000),
    ("words joined by apostrophes", lambda n: "a'" * (n // 2), 5_000),
    ("commas", lambda n: "Smith said," + "," * n + " it works.", 5_000),
    ("dashes", lambda n: '"We will win" ' + "—" * n + " Jane Doe", 5_000),
    ("hyphens and spaced dashes", lambda n: "Smith said that " + "- — " * (n // 4) + "it works.", 5_000),
    ("many cues in one sentence", lambda n: ("he said that the plan works and " * n)[:n], 2_000),
    ("statements coordinated with thoughts", lambda n: ("he said the plan works and hoped " * n)[:n], 2_000),
    ("subjects with relative clauses holding cues", lambda n: ("Smith, who calls the plan a fraud, said " * n)[:n],
     20_000),  # (words counted to the end of the unit once per cue: quadratic inside str.split, seen from 20k)
    ("one reported clause of many commas and articles", lambda n: "Smith said " + ("the plan works, a view " * n)[:n],
     20_000),  # (a list sliced to the end of the content at each ", a": quadratic inside the slice, seen from 20k)
    ("sources, poll shares and occasions in one sentence",
     lambda n: ("a person familiar with the talks said the plan works at a rally on Monday and 42% say "
                "rural voters distrust the swing states in an interview with the paper, and " * n)[:n], 5_000),
    ("relative clauses with cues", lambda n: ("Smith, who said it works " * n)[:n], 2_000),
    ("questions without periods", lambda n: ('"Why?" Bob asked! ' * n)[:n], 5_000),
    ("questions before a full stop far away", lambda n: ('"Is it true?" Eva Mill, a nurse, asked "why?" ' * n)[:n]
     + "It ends.", 20_000),  # (words counted up to the next full stop after each question: quadratic, seen at 20k)
    ("described speakers, labels, datelines and typed marks in one paragraph",
     lambda n: ('BOSTON — In the end, Tom Reed thundered: "a club for all." "We will win," a senior aide close to '
                'the mayor said. "Very good." It was what Mark Hill called a "very bold" approach. Polls shift - '
                'Jane Doe: "we win." "Is it?" Eva Mill, a nurse, asked. "Would it?" Jo Banks pressed. ' * n)[:n],
     20_000),
    ("described speakers, labels, mixed tails and typed marks in one sentence",
     lambda n: ('"We will win," a senior aide close to the mayor said, what Mark Hill called a "very bold" approach, '
                'and Jane Doe: "we win" and "it is odd,“ said a Vermont teacher, and in the end, Tom Reed thundered: '
                '"a club for all", and Mark Hill at the time said the plan was a "loophole," which ' * n)[:n] + ".",
     20_000),
    ("blank lines", lambda n: "\n \n" * (n // 3), 5_000),
    ("one long word", lambda n: "a" * n, 5_000),
    ("first-person dialogue", lambda n: ('"I closed my book," said I.\n\n"You are late," said Mr. Blake.\n\n'
                                         '"I know it," I answered.\n\n' * n)[:n], 20_000),
    ("dialogue with described speakers", lambda n: ('"Come in," said the old lady.\n\n"Thank you," said Mr. Blake.'
                                                    '\n\n"Sit down, sir," she said.\n\n' * n)[:n], 20_000),
    # fiction: chapter headings end conversations; an unnamed wife stands in as a character of her own
    ("dialogue in many chapters", lambda n: ('CHAPTER XII.\n\n"You are late," said Mr. Blake.\n\n"I know it," '
                                             'replied his wife.\n\n"Well, Mr. Blake," said Ann.\n\n'
                                             '"Late enough," said he.\n\n' * n)[:n], 20_000),
    ("dialogue of a nameless wife", lambda n: ('"Come in," said Blake.\n\n"Thank you," replied his wife.\n\n'
                                               '"Sit down," said the inspector. "Here."\n\n' * n)[:n], 20_000),
    # mixed statements of a novel reported as their quotations; places after 'the'
    ("mixed statements in a novel", lambda n: ('"Come in," said Ann Rowe.\n\nShe only said "Good night," and '
                                               '"Sleep well," and walked back to the Grange.\n\n' * n)[:n], 20_000),
    # single-quoted dialect dialogue: plural possessives and dropped sounds
    ("single-quoted dialect dialogue", lambda n: ("'The girls' school is shut an' I ain't seen 'im since,' said "
                                                  "Joe.\n\n''Tis goin' on, o' course,' said he.\n\n" * n)[:n],
     20_000),
    ("a plural possessive and no closing mark", lambda n: "'The girls' " + ("school is shut and " * n)[:n], 5_000),
    # subject phrases before "say" (up to twelve words), evidence nouns, short objects, clauses after "and"/"but"
    # with or without a comma, opener leads, relative asides, descriptions running into names, statements going on
    ("subjects, evidence nouns and short objects",
     lambda n: ("Each of the six crews said the plan works. Recent polls show a tight race. Cole criticized Ann Reed "
                "at a rally. The village released a statement on Monday and welcomed the plan. " * n)[:n], 20_000),
    ("clauses after coordinators and opener leads",
     lambda n: ("The plan works but officials have said the vote fails. He said the plan works, but late Tuesday she "
                "announced a vote. Years after Cole said the ferry was safe, the pier was shut. " * n)[:n], 20_000),
    ("relative asides and described names",
     lambda n: ("Ann Cole, who, after a long pause, said the pier was unsafe. The economist Ann Ruiz said it. Union "
                "president Tom Vell said the pier was unsafe. " * n)[:n], 20_000),
    ("statements going on", lambda n: ('The plan is "dead on arrival," Ann Cole said. "Start over." Tom Vell said the '
                                       'pier was unsafe. "Close it now." ' * n)[:n], 20_000),
    ("subject phrases, coordinators and time phrases in one sentence",
     lambda n: ("each of the six crews said the plan works but officials have said the vote fails, but late Tuesday "
                "she announced a vote and recent polls show a tight race and " * n)[:n], 5_000),
    ("one subject, a relative aside and far cues",
     lambda n: "Ann Cole, who, after a long pause, " + ("in the end quietly said the plan works and " * n)[:n], 5_000),
]


@pytest.mark.parametrize("text, lang", [
    ("Smith said that", "en"), ("The mayor told reporters that", "en"), ("Officials said on Friday that", "en"),
    ("Er sagte, dass", "de"), ("Peter Kranold sagte am Montag,", "de"),
    # the German rules of colon introductions, sources before "zufolge", quoted names and subordinate clauses
    # the English quote rules: described speakers, labels, questions with appositives, datelines, typed marks
    ('"We will win," said a', "en"), ('"We will win," a', "en"), ('"We will win," one of', "en"),
    ("Polls shift - Jane Doe:", "en"), ('"Why?" Eva Mill,', "en"), ('"Why?" Eva Mill, a nurse,', "en"),
    ("BOSTON —", "en"), ("In the end,", "en"), ('Smith called it a "loophole,"', "en"), ("“It is unusual,“", "en"),
    ("Mark Hill at the time", "en"), ("Jane Doe, the Smiths'", "en"), ('"Would it work?"', "en"),
    ("Einer der Taucher sagte:", "de"), ("In der Erklärung hieß es:", "de"), ("Ersten Angaben zufolge", "de"),
    # this session's shapes
    ("Each of the six crews said", "en"), ("Recent polls show", "en"), ("Years after Cole said", "en"),
    ("Ann Cole, who, after a long pause,", "en"), ("The plan works but officials have said", "en"),
    ("He said it works, but late Tuesday", "en"), ("Es wurde von der Polizei", "de"), ("Medienberichten zufolge", "de"),
    ("Viele wurden verschleppt, so auch", "de"), ("Er sagte, um", "de"), ("Er sagte, als", "de"),
    ("Nora Jouba, Vorstandsmitglied der Liga,", "de"), ("meinte der Autor Ivo Ruiz Lema noch,", "de"),
    ("die Ministerin Anna Berg („", "de"), ("Er erklärte der Presse auf Anfrage, dass", "de"),
    ("Als sie erzählte,", "de"), ("laut der Zeitung „Kurier“", "de"), ("„Wir sind es leid“, zitierte man die", "de"),
    ("Die Organisation „Ärzte der Welt“", "de"), ("Er schrieb auf heise.de", "de"), ("Einer der:", "de"),
])
def test_text_ending_right_after_a_cue(text, lang):
    assert isinstance(extract(text, lang=lang), list)


@pytest.mark.parametrize("what, make, n", LINEAR_CASES, ids=[c[0] for c in LINEAR_CASES])
def test_time_grows_linearly(what, make, n):
    assert_scales_linearly(extract, make(n), make(10 * n), what)


# the same with lang="de": the German rules (verb second, capitalised nouns, colon introductions) run only there
GERMAN_LINEAR_CASES = [
    ("German reported speech", lambda n: ("Am Montag sagte Minister Peter Kranold die Lage sei ernst und man habe "
                                          "nichts gewusst. " * n)[:n], 20_000),
    ("colon introductions in one sentence", lambda n: ("und weist es von sich: „wir sind es alle leid“ " * n)[:n],
     2_000),
    ("cues in one sentence without commas", lambda n: ("als er sagte die Lage sei ernst und " * n)[:n], 2_000),
    ("impersonal sources in one sentence", lambda n: ("in der Erklärung hieß es: „wir sind es alle leid“ " * n)[:n],
     2_000),
    ("quoting verbs in one sentence", lambda n: ("„Wir sind es alle leid“, zitierte man die Reporterin Anna Berg, " * n)[:n],
     5_000),
    # passive agents, sources before "zufolge", names no lexicon knows, bracketed quotations, "so auch", clauses
    # after a cue's comma (purpose, time, relative after a preposition)
    ("passive agents, sources and names",
     lambda n: ("Es wurde von der Polizei mitgeteilt, dass die Lage ernst sei. Medienberichten zufolge ist die Lage "
                "ernst. Nora Jouba, Vorstandsmitglied der Liga, sagte, die Lage sei ernst. Dann meinte der Autor Ivo "
                "Ruiz Lema noch, dass die Lage ernst sei. " * n)[:n], 20_000),
    ("bracketed quotations, so auch and clauses after cues",
     lambda n: ("Die Lage sei ernst, so der Trainer, die Ministerin Anna Berg („wir sind bereit“) und der Wirt. Viele "
                "wurden verschleppt, so auch ihre Mutter. Er erklärte der Presse auf Anfrage, dass die Lage ernst sei. "
                "Er sagte, um den Weg frei zu machen. " * n)[:n], 20_000),
    ("passive agents and dass clauses in one sentence",
     lambda n: ("es wurde von der Polizei mitgeteilt, dass die Lage ernst sei, als er das Lager gewechselt habe, und "
                * n)[:n], 5_000),
]


@pytest.mark.parametrize("what, make, n", GERMAN_LINEAR_CASES, ids=[c[0] for c in GERMAN_LINEAR_CASES])
def test_time_grows_linearly_in_german(what, make, n):
    assert_scales_linearly(lambda text: extract(text, lang="de"), make(n), make(10 * n), what)


# ============================================================================= regular expressions

def _patterns_in(obj, name: str, found: dict, seen: set, depth: int = 0) -> None:
    """Compiled regexes reachable from `obj`: in dicts (per-language caches), containers, quoteattr classes
    and their instances."""
    if isinstance(obj, LazyPattern):  # compiled on first use (quoteattr.lazyregex): the pattern it stands for
        obj = obj.compiled
    if isinstance(obj, (re.Pattern, regex.Pattern)):
        found.setdefault(name, obj)
        return
    if depth > 5 or id(obj) in seen or isinstance(obj, (str, bytes, int, float, type(None))):
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        for key, value in list(obj.items()):
            _patterns_in(value, f"{name}[{key}]", found, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, value in enumerate(obj):
            _patterns_in(value, f"{name}[{i}]", found, seen, depth + 1)
    elif isinstance(obj, type) and obj.__module__.startswith("quoteattr"):
        for key, value in list(vars(obj).items()):
            _patterns_in(value, f"{name}.{key}", found, seen, depth + 1)
    elif type(obj).__module__.startswith("quoteattr") and not isinstance(obj, type):
        attrs = getattr(obj, "__dict__", None) or {k: getattr(obj, k, None) for k in getattr(obj, "__slots__", ())}
        for key, value in list(attrs.items()):
            _patterns_in(value, f"{name}.{key}", found, seen, depth + 1)


def _regexes() -> dict[str, object]:
    """Every regular expression extraction uses: those compiled in modules, classes and per-language caches
    (filled by extracting a text in every language first), named `segment._BOUNDARY`,
    `resolve._Patterns._cache[en].appositive`; and those written inline in calls, found in the source and
    named `resolve:\\s*,\\s*`."""
    from quoteattr.lexicon import LANGUAGES

    for lang in LANGUAGES:
        extract(ARTICLE + SMITH, lang=lang)
    found: dict[str, object] = {}
    seen: set[int] = set()
    package = Path(quoteattr.__file__).parent
    for path in sorted(package.glob("*.py")):
        module = sys.modules.get(f"quoteattr.{path.stem}")
        if module is None:
            continue  # not imported by extraction (an optional extra)
        for key, value in list(vars(module).items()):
            if not key.startswith("__"):
                _patterns_in(value, f"{path.stem}.{key}", found, seen)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex")
                    and node.func.attr != "compile" and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            lib = regex if node.func.value.id == "regex" else re
            flags = 0
            for arg in [*node.args[1:], *(k.value for k in node.keywords if k.arg == "flags")]:
                if isinstance(arg, ast.Attribute) and arg.attr in ("I", "IGNORECASE"):
                    flags |= lib.IGNORECASE
            found.setdefault(f"{path.stem}:{node.args[0].value}", lib.compile(node.args[0].value, flags))
    return found


# How extraction applies a regex, where it is not "scan" (finditer/search/sub over a text or a part of it):
# "at" = match at one position, once per token, mark or mention; ("window", W) = searched in the W characters
# before a position only; ("slice", W) = applied to a slice of W characters. Keys: module and the last name.
USAGE: dict[str, object] = {
    "segment._WORD_BEFORE": ("window", 12),       # _is_abbreviation: 12 characters before a period
    "segment._NEXT_WORD": "at",                   # _is_abbreviation: after a dotted acronym
    "segment._HEADINGS": ("slice", 80),           # headings: matched at the start of a line of 80 characters at most
    "segment._HEADING_REST": ("slice", 80),       # after the number of such a heading
    "quotes._MARK": "scan",                       # also matched at a paragraph start
    "quotes._ELISION": "at",                      # after an apostrophe
    "quotes._POSSESSED": "at",                    # after an apostrophe that could close a quotation
    "resolve._PREPOSITION_BEFORE": ("window", 16),
    "resolve.preposition_before": ("window", 16),  # 16 characters before a name
    "resolve._SENTENCE_START": ("window", 6),     # 6 characters before a name
    "resolve._APPOSITIVE": "at",
    "resolve.appositive": ("slice", 140),         # after every name mention, with endpos = its end + 140
    "resolve:\\s*,\\s*": ("slice", 4),            # named_after: text[m.end:m.end + 4]
}


def _usage(name: str):
    if name in USAGE:
        return USAGE[name]
    module, _, rest = name.partition(".")
    last = re.sub(r"\[[^\]]*\]", "", rest).rsplit(".", 1)[-1]
    return USAGE.get(f"{module}.{last}", "scan")


PATHOLOGICAL = {
    # name: make(n) -> str
    "spaces": lambda n: " " * n,
    "spaces between words": lambda n: "x" + " " * n + "x",
    "spaces after a comma": lambda n: "Smith, " + " " * n + "x",
    "spaces after a dash": lambda n: "a —" + " " * n + "b",
    "spaces after a newline": lambda n: "\n" + " " * n + "x",
    "spaces and tabs between newlines": lambda n: "\n" + " \t" * (n // 2) + "\n",
    "capitalised words": lambda n: ("Alpha Beta " * n)[:n],
    "capitalised words without spaces": lambda n: ("AlphaBeta" * n)[:n] + "!",
    "periods": lambda n: "a" + "." * n + " x",
    "periods and spaces": lambda n: ". " * (n // 2) + "a",
    "sentence ends": lambda n: ("?!…." * n)[:n] + " x",
    "letters": lambda n: "a" * n + "!",
    "apostrophes": lambda n: "'" * n,
    "curly apostrophes": lambda n: "’" * n,
    "apostrophes in words": lambda n: "a'" * (n // 2),
    "commas": lambda n: "," * n,
    "commas and spaces": lambda n: ", " * (n // 2) + "a",
    "dashes": lambda n: "—" * n,
    "hyphens": lambda n: "a" + "-" * n,
    "spaced dashes": lambda n: " — " * (n // 3) + " " * (n // 3),
    "double hyphens": lambda n: "--" * (n // 2),
    "newlines": lambda n: "\n" * n,
    "quote marks": lambda n: ('"“”‘’«»' * n)[:n],
}
REGEXES = _regexes()
REGEX_TIMEOUT = 0.3  # seconds for 10,000 characters (linear ones take a few ms): catastrophic backtracking trips it


def _apply(pattern, usage, text: str):
    kwargs = {"timeout": REGEX_TIMEOUT} if isinstance(pattern, regex.Pattern) else {}
    if usage == "at":  # at each of the first positions: the pathology may begin after a name, a mark
        return [pattern.match(text, pos, **kwargs) for pos in range(min(len(text), 8))]
    if isinstance(usage, tuple) and usage[0] == "window":
        return pattern.search(text, max(0, len(text) - usage[1]), len(text), **kwargs)
    if isinstance(usage, tuple) and usage[0] == "slice":
        return pattern.match(text[: usage[1]], **kwargs)
    return list(pattern.finditer(text, **kwargs))


def test_every_stage_has_its_regexes_found():
    modules = {re.split(r"[.:]", name)[0] for name in REGEXES}
    assert {"segment", "quotes", "resolve", "attribute"} <= modules, sorted(REGEXES)
    assert any(_usage(name) == "at" for name in REGEXES)


@pytest.mark.parametrize("name", sorted(REGEXES))
def test_no_regex_backtracks_catastrophically(name):
    pattern, usage = REGEXES[name], _usage(name)
    slow = []
    for input_name, make in PATHOLOGICAL.items():
        small, big = make(1_000), make(10_000)
        try:
            t_big = timed(lambda: _apply(pattern, usage, big))
            if t_big < 0.02:  # 10,000 characters in under 20 ms: no quadratic scan is that fast
                continue
            t_small = best(lambda: _apply(pattern, usage, small), 3)
            t_big = min(t_big, best(lambda: _apply(pattern, usage, big), 2))
            if t_big < 0.02:
                continue
        except TimeoutError:
            slow.append(f"{input_name}: over {REGEX_TIMEOUT} s on 10,000 characters (catastrophic backtracking)")
            continue
        if t_big > 12 * t_small:
            slow.append(f"{input_name}: 10x the input took {t_big / max(t_small, 1e-9):.0f}x the time "
                        f"({t_small * 1000:.2f} -> {t_big * 1000:.2f} ms)")
    assert not slow, (f"{name} = {pattern.pattern!r}, used as {usage!r}:\n  " + "\n  ".join(slow)
                      + "\n(if it is only ever applied at one position or to a bounded window, say so in USAGE)")


@pytest.mark.parametrize("name", sorted(n for n in REGEXES if _usage(n) == "at"))
def test_a_regex_matched_at_one_position_does_not_read_the_rest_of_the_text(name):
    """These run once per token, mark or mention: if one match reads on to the end of the text, the
    document's time grows with the square of its length."""
    pattern = REGEXES[name]
    kwargs = {"timeout": REGEX_TIMEOUT} if isinstance(pattern, regex.Pattern) else {}
    tails = {n: ordinary(n).replace(",", ";") for n in (100_000, 1_000_000)}  # prose, no comma to stop at
    t = {n: best(lambda: [pattern.match(tail, pos, **kwargs) for pos in range(0, 2000, 20)], 3)
         for n, tail in tails.items()}
    assert t[1_000_000] < 3 * t[100_000] + 0.002, (
        f"{name} = {pattern.pattern!r}: 100 matches take {t[100_000] * 1000:.1f} ms in 100 kB of text and "
        f"{t[1_000_000] * 1000:.1f} ms in 1 MB: each match reads on to the end of the text (give it an endpos)")


# ------------------------------------------------------------------- the cycle collector, paused and restored


def test_extract_pauses_the_cycle_collector_and_restores_it():
    """Extraction runs with the cycle collector off (on a 10 MB text it took half the time of tokenising and
    made the run superlinear) and leaves it as it found it: on, off, after an error, and across threads."""
    import gc
    import threading

    from quoteattr import pipeline

    seen = []
    real = pipeline.segment.tokens

    def spy(text):
        seen.append(gc.isenabled())
        return real(text)

    assert gc.isenabled()
    try:
        pipeline.segment.tokens = spy
        extract('"We will win," said Tom Hale.')
        assert seen == [False] and gc.isenabled()
        gc.disable()
        extract('"We will win," said Tom Hale.')
        assert not gc.isenabled()  # a caller's choice is kept
        gc.enable()
        pipeline.segment.tokens = lambda text: 1 / 0
        with pytest.raises(ZeroDivisionError):
            extract("Tom Hale said so.")
        assert gc.isenabled()
        pipeline.segment.tokens = spy
        threads = [threading.Thread(target=extract, args=('"Yes," said Ann Lee. ' * 2000,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert gc.isenabled()
    finally:
        pipeline.segment.tokens = real
        gc.enable()
