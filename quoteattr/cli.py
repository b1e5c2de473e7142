"""Command line: `quoteattr extract` and `quoteattr evaluate`. Parses options, opens the streams, calls the
library and maps what happened to exit codes; all the work is in the library.

Data goes to stdout (or `-o FILE`) only. Every message goes to stderr as `quoteattr: PATH: what - how to fix`.
Exit codes: 0 ok (also when no quote was found), 1 some inputs failed (the others are still written),
2 usage error, 130 interrupted, 141 stdout closed early (`quoteattr extract big.txt | head -1`).
"""
from __future__ import annotations  # the typer declarations below are read when typer is (see _typer)

import enum
import io
import os
import sys
from typing import Annotated, Optional, TextIO

from . import __version__
from .errors import QuoteattrError
from .lexicon import LANGUAGES

PROG = "quoteattr"
EXIT_OK = 0
EXIT_FAILED = 1        # some inputs could not be read (or the gold file is bad); the rest was written
EXIT_USAGE = 2         # typer's code for a bad command line
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by a closed pipe
LINE_ERRORS_SHOWN = 10  # bad JSON Lines lines reported one by one per file; the rest are counted


class InputFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"


class OutputFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    html = "html"


class EvalFormat(str, enum.Enum):
    table = "table"
    json = "json"


# one choice per packaged lexicon, and auto (detected from each text)
Lang = enum.Enum("Lang", {"auto": "auto", **{code: code for code in LANGUAGES}}, type=str)


class _Typerless:
    """All of typer that a plain `quoteattr extract ...` touches: its two exceptions. Importing typer is a fifth
    of that command's start-up, so the module name `typer` means this until _typer() imports the real one."""

    class Exit(Exception):
        def __init__(self, code: int = 0) -> None:
            super().__init__(code)
            self.exit_code = code

    class BadParameter(Exception):
        def __init__(self, message: str, **context) -> None:  # param_hint: typer words it when it parses again
            super().__init__(message)


typer = _Typerless


def _typer():
    """The typer module, imported on first need (help, completion, other commands, a command line to check)."""
    global typer
    if typer is _Typerless:
        import typer as module

        typer = module
    return typer


class _App:
    """typer.Typer(**settings), made on first use; the commands declared before are then registered on it."""

    def __init__(self, **settings) -> None:
        self._settings = settings
        self._declared: list = []
        self._made = None

    def _declare(self, how: str, args: tuple, kwargs: dict):
        def declare(func):
            self._declared.append((how, args, kwargs, func))
            return func
        return declare

    def callback(self, *args, **kwargs):
        return self._declare("callback", args, kwargs)

    def command(self, *args, **kwargs):
        return self._declare("command", args, kwargs)

    def _real(self):
        if self._made is None:
            made = _typer().Typer(**self._settings)
            for how, args, kwargs, func in self._declared:
                getattr(made, how)(*args, **kwargs)(func)
            self._made = made
        return self._made

    def __call__(self, *args, **kwargs):
        return self._real()(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._real(), name)


app = _App(
    name=PROG,
    help="Who said what: find the quotations in news text and the people who said them.",
    epilog=(
        "[bold]Examples[/bold]\n\n"
        "  quoteattr extract article.txt\n"
        "  quoteattr extract samples/ -o quotes.csv\n"
        "  quoteattr evaluate gold.jsonl --errors 20\n\n"
        "Run [bold]quoteattr COMMAND --help[/bold] for the options of a command."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,  # plain tracebacks (only with --debug); rich ones print local variables
    context_settings={"help_option_names": ["-h", "--help"]},
)


def say(message: str, source: Optional[str] = None) -> None:
    """One line on stderr: `quoteattr: SOURCE: message`."""
    prefix = f"{PROG}: {source}: " if source else f"{PROG}: "
    stream = sys.stderr
    if stream is not None:
        stream.write(prefix + message + "\n")
        stream.flush()


def _is_terminal(stream: Optional[TextIO]) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _stdin_is_terminal() -> bool:
    return _is_terminal(sys.stdin)


def _version_callback(value: bool) -> None:
    if value:
        print(f"{PROG} {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Who said what: find the quotations in news text and the people who said them."""


def _broken_pipe() -> "typer.Exit":
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again, and exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    return typer.Exit(EXIT_BROKEN_PIPE)


# ---------------------------------------------------------------------------------------------- extract


def _choose_format(fmt: Optional[OutputFormat], output: Optional[str]) -> str:
    if fmt is not None:
        return fmt.value
    if output and output != "-":
        from .write import SUFFIX_FORMATS

        suffix = os.path.splitext(output)[1].lower()
        if suffix in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix]
        known = ", ".join(sorted(SUFFIX_FORMATS))
        raise typer.BadParameter(f"cannot tell the format from {output!r} (known suffixes: {known}); pass -f",
                                 param_hint="'-o' / '--output'")
    return "table" if _is_terminal(sys.stdout) else "jsonl"


class _Output:
    """Where the records go: stdout, or a temp file beside `-o FILE` renamed over it only at the end."""

    def __init__(self, target: Optional[str], fmt: str):
        self.target = None if target in (None, "-") else target
        self.tmp: Optional[str] = None
        self._wrapped = False
        if self.target is None:
            if sys.stdout is None:
                raise QuoteattrError("there is no standard output", "pass -o FILE", "-")
            if fmt == "table":
                self.stream = sys.stdout  # rich finds out whether it is a terminal and how wide
                return
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:
                self.stream = sys.stdout
                return
            sys.stdout.flush()
            # Machine formats are UTF-8 with "\n" endings whatever the locale or platform says.
            self.stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
            self._wrapped = True
            return
        if os.path.isdir(self.target):
            raise QuoteattrError("is a folder", "give -o a file name", self.target)
        folder = os.path.dirname(os.path.abspath(self.target))
        if not os.path.isdir(folder):
            raise QuoteattrError(f"folder {folder} does not exist", "create it first, or choose another -o path",
                                 self.target)
        try:
            import tempfile  # only for -o: its import costs more than a short article's extraction

            fd, self.tmp = tempfile.mkstemp(prefix=f".{os.path.basename(self.target)}.", suffix=".part", dir=folder)
        except OSError as exc:
            raise QuoteattrError(f"cannot write in {folder}: {exc.strerror or exc}",
                                 "choose a folder you can write to", self.target) from None
        try:
            self.stream = open(fd, "w", encoding="utf-8", newline="")
        except BaseException:  # Ctrl-C right here must not leave the temp file behind
            os.close(fd)
            os.unlink(self.tmp)
            raise

    def commit(self) -> None:
        """Finish: flush stdout, or move the finished temp file over the target."""
        if self.tmp is None:
            self.stream.flush()
            if self._wrapped:
                self.stream.detach()  # leave sys.stdout's buffer open for the interpreter
                self._wrapped = False
            return
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.chmod(self.tmp, self._mode())
        os.replace(self.tmp, self.target)
        self.tmp = None

    def discard(self) -> None:
        """Give up: delete the temp file (an old target stays as it was); stdout keeps what was written."""
        if self.tmp is not None:
            try:
                self.stream.close()
            except OSError:
                pass
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None
        elif self._wrapped:
            try:
                self.stream.flush()
            finally:
                self.stream.detach()
                self._wrapped = False

    def _mode(self) -> int:
        try:
            return os.stat(self.target).st_mode & 0o7777  # keep the mode of the file being replaced
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            return 0o666 & ~mask  # what open() would have given a new file


def _progress():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}", style="dim"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
        redirect_stdout=False,  # rich would otherwise move records printed to stdout onto stderr
    )


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def add_task(self, *args, **kwargs):
        return 0

    def update(self, *args, **kwargs):
        pass

    def advance(self, *args, **kwargs):
        pass


EXTRACT_EPILOG = """[bold]Examples[/bold]

  quoteattr extract article.txt              [dim]# a table on a terminal[/dim]
  quoteattr extract samples/ -o quotes.csv   [dim]# a folder; format from suffix[/dim]
  cat article.txt | quoteattr extract        [dim]# stdin; JSON Lines if piped[/dim]
  quoteattr extract docs.jsonl --text-field body -f json
  quoteattr extract article.txt --explain    [dim]# rule and confidence[/dim]

Folders: .txt, .text, files without a suffix, .jsonl and .html; hidden files and linked folders are skipped.
Offsets count characters of the text with \\r\\n and \\r turned into \\n.
Exit status: 0 ok (also when nothing is found), 1 some inputs failed (the rest is written), 2 usage, 130 interrupted."""


@app.command(epilog=EXTRACT_EPILOG, no_args_is_help=False)
def extract(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files or folders to read; - or nothing reads stdin.", metavar="PATH",
        show_default=False)] = None,
    input_format: Annotated[InputFormat, typer.Option(
        "--input-format", help="text: one document a file; jsonl: one JSON document a line; html: a web page "
                               "(pip install 'quoteattr\\[html]'); auto: by the suffix (.jsonl, .html).",
        rich_help_panel="Input")] = InputFormat.auto,
    id_field: Annotated[str, typer.Option("--id-field", help="JSON Lines field with the document id.",
                                          rich_help_panel="Input")] = "id",
    text_field: Annotated[str, typer.Option("--text-field", help="JSON Lines field with the document text.",
                                            rich_help_panel="Input")] = "text",
    encoding: Annotated[Optional[str], typer.Option(
        "--encoding", help="Encoding of the input, tried first \\[default: byte-order mark, else UTF-8, else cp1252].",
        show_default=False, rich_help_panel="Input")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the text; auto detects it per document.")
                    ] = Lang("auto"),
    beliefs: Annotated[bool, typer.Option(
        "--beliefs", help="Also report verbs of thinking and wanting (believes, wants).")] = False,
    kinds: Annotated[Optional[str], typer.Option(
        "--kinds", metavar="KINDS", help="Report only these kinds, comma-separated: direct, mixed, indirect "
                                         "\\[default: all].", show_default=False)] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option(
        "--format", "-f", help="Output format \\[default: from the -o suffix, else table on a terminal, "
                               "jsonl when piped].", show_default=False, rich_help_panel="Output")] = None,
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", help="Write to FILE (replaced only when the run ends) instead of stdout.",
        metavar="FILE", show_default=False, rich_help_panel="Output")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Table: add the rule that found each quote and its confidence.",
        rich_help_panel="Output")] = False,
    bom: Annotated[bool, typer.Option("--bom", help="csv/tsv: start with a UTF-8 byte-order mark (for Excel).",
                                      rich_help_panel="Output")] = False,
    excel_safe: Annotated[bool, typer.Option(
        "--excel-safe", help="csv/tsv: put ' before cells starting with = + - @ so Excel does not run them.",
        rich_help_panel="Output")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, metavar="N", help="Worker processes, 0 for one per core; the output is the same "
                                                 "as with 1, in input order.", rich_help_panel="Speed")] = 1,
    dask: Annotated[Optional[str], typer.Option(
        "--dask", metavar="ADDRESS", help="Run on the Dask cluster whose scheduler is at ADDRESS (pip install "
                                          "'quoteattr\\[dask]'); its workers read the files, which they must see "
                                          "at the same paths.", show_default=False, rich_help_panel="Speed")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, hints or warnings; "
                                                              "errors only.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Find the quotes in news articles and who said them."""
    paths = list(paths) if paths else ["-"]
    wanted = _parse_kinds(kinds)
    if dask is not None and jobs != 1:
        raise typer.BadParameter("cannot be combined with --dask (the cluster decides how many workers run)",
                                 param_hint="'-j' / '--jobs'")
    out_fmt = _choose_format(fmt, output)
    if (bom or excel_safe) and out_fmt not in ("csv", "tsv"):
        flag = "--bom" if bom else "--excel-safe"
        raise typer.BadParameter(f"applies to csv and tsv only, and the output is {out_fmt}; add -f csv",
                                 param_hint=f"'{flag}'")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}; try utf-8, cp1252, latin-1 or utf-16",
                                     param_hint="'--encoding'") from None
    if dask is not None and not _dask_installed():
        say("--dask needs Dask: pip install 'quoteattr[dask]' (or pip install 'dask[distributed]')")
        raise typer.Exit(EXIT_USAGE)
    try:
        code = _run_extract(paths, out_fmt, output, input_format=input_format.value, id_field=id_field,
                            text_field=text_field, encoding=encoding, lang=lang.value, beliefs=beliefs,
                            explain=explain, bom=bom, excel_safe=excel_safe, quiet=quiet, debug=debug,
                            jobs=jobs, dask=dask, kinds=wanted)
    except BrokenPipeError:
        raise _broken_pipe() from None
    except Exception as exc:  # a bug outside the per-document guard
        if debug:
            raise
        say(_internal(exc))
        raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(code)


def _parse_kinds(kinds: Optional[str]) -> Optional[tuple[str, ...]]:
    """--kinds direct,mixed as a tuple of kinds; None for all; a usage error naming the kinds there are."""
    if kinds is None:
        return None
    from .pipeline import check_kinds

    wanted = tuple(k.strip().lower() for k in kinds.split(",") if k.strip())
    if not wanted:
        raise typer.BadParameter("name at least one kind: direct, mixed or indirect (e.g. --kinds direct,mixed)",
                                 param_hint="'--kinds'")
    try:
        check_kinds(wanted)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--kinds'") from None
    return tuple(dict.fromkeys(wanted))


def _internal(exc: BaseException) -> str:
    from .parallel import internal_message

    return internal_message(exc)


def _dask_installed() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("distributed") is not None and importlib.util.find_spec("dask") is not None
    except (ImportError, ValueError):
        return False


def _run_extract(paths: list[str], out_fmt: str, output: Optional[str], *, input_format: str, id_field: str,
                 text_field: str, encoding: Optional[str], lang: str, beliefs: bool, explain: bool, bom: bool,
                 excel_safe: bool, quiet: bool, debug: bool, jobs: int = 1, dask: Optional[str] = None,
                 speakers: Optional[str] = None, kinds: Optional[tuple[str, ...]] = None) -> int:
    """Extract and write every document; with speakers ("batch" or "document"), write who was quoted."""
    from contextlib import closing

    from . import parallel
    from .read import InputFailure, collect
    from .write import RENDERED_FORMATS, open_writer

    reading_stdin = "-" in paths
    if reading_stdin and _stdin_is_terminal() and not quiet:
        say("reading from stdin; press Ctrl-D to end, or pass a file")
    failures = 0
    documents = 0
    line_failures: dict[str, int] = {}
    out: Optional[_Output] = None
    writer = None
    client = None

    def fail(source: str, message: str, line: Optional[int]) -> None:
        nonlocal failures
        failures += 1
        if line is not None:
            path = source.rsplit(":", 1)[0]
            seen = line_failures[path] = line_failures.get(path, 0) + 1
            if seen > LINE_ERRORS_SHOWN:
                return
        say(message, source)

    try:
        if dask is not None:
            from . import distributed

            try:
                client = distributed.connect(dask)
            except QuoteattrError as exc:
                say(exc.message, exc.source)
                return EXIT_FAILED
        try:
            out = _Output(output, out_fmt)
        except QuoteattrError as exc:
            say(exc.message, exc.source)
            return EXIT_FAILED
        sources: list = []
        for path in paths:
            found = list(collect([path], input_format=input_format))
            if not found and not quiet:
                say("no documents in this folder (folders give .txt, .text, .jsonl, .html and files without a suffix)"
                    " - name other files explicitly", path)
            sources += found
        if speakers is not None:
            from .write import SpeakersWriter

            writer = SpeakersWriter(out_fmt, out.stream, per_document=speakers == "document", bom=bom,
                                    excel_safe=excel_safe)
        else:
            # csv/tsv get doc_title, doc_author, doc_date and doc_url columns when the batch has web pages
            web_pages = any(getattr(source, "format", None) == "html" for source in sources)
            writer = open_writer(out_fmt, out.stream, explain=explain, bom=bom, excel_safe=excel_safe,
                                 document_fields=web_pages and out_fmt in ("csv", "tsv"))
        show_progress = (not quiet and len(sources) > 1 and _is_terminal(sys.stderr)
                         and not (reading_stdin and _stdin_is_terminal())
                         # on a terminal the records themselves show progress, and a bar would garble them
                         and not (out.tmp is None and _is_terminal(sys.stdout)))
        # Records of the streaming formats are serialised where they are extracted (by the workers with -j N)
        render = out_fmt if speakers is None and out_fmt in RENDERED_FORMATS else None
        options = parallel.Options(lang=lang, beliefs=beliefs, id_field=id_field, text_field=text_field,
                                   encoding=encoding, debug=debug, kinds=kinds,
                                   keep_text=out_fmt == "html",  # only the report shows the texts
                                   render=render, excel_safe=excel_safe,
                                   document_fields=getattr(writer, "document_fields", False))
        if client is not None:
            results = distributed.outcomes(client, sources, options)
        else:
            results = parallel.outcomes(sources, options, jobs=jobs)
        with closing(results), (_progress() if show_progress else _NoProgress()) as progress:
            task = progress.add_task("", total=len(sources))
            current = -1
            for outcome in results:
                if outcome.source_no != current:
                    current = outcome.source_no
                    source = sources[current]
                    name = source.source if isinstance(source, InputFailure) else source.path
                    progress.update(task, completed=current, description=_short(name))
                if outcome.kind == "failure":
                    fail(outcome.where, outcome.message, outcome.line)
                    continue
                if outcome.kind == "fatal":
                    # A broken install or language: every document would fail the same way.
                    say(outcome.message)
                    _close_quietly(out, writer)
                    return EXIT_FAILED
                if outcome.note and not quiet:
                    say(outcome.note, outcome.where)
                if outcome.message is not None:  # this document could not be extracted; the batch goes on
                    failures += 1
                    if outcome.trace:
                        sys.stderr.write(outcome.trace)
                    say(outcome.message, outcome.where)
                    continue
                outcome.write(writer)
                documents += 1
            progress.update(task, completed=len(sources))
        for path, count in line_failures.items():
            if count > LINE_ERRORS_SHOWN:
                say(f"{count - LINE_ERRORS_SHOWN} more bad lines not shown - fix the ones above first", path)
        writer.close()
        if out.tmp is not None and documents == 0 and failures:
            say("not written: no input could be read - fix the errors above", output)
            out.discard()
        else:
            out.commit()
    except KeyboardInterrupt:
        if out is not None:
            _close_quietly(out, writer)
        say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise
    except BaseException:
        if out is not None:
            out.discard()
        raise
    finally:
        if client is not None:
            distributed.disconnect(client)
    return EXIT_FAILED if failures else EXIT_OK


def _close_quietly(out: _Output, writer) -> None:
    """After Ctrl-C: stdout keeps its complete records (and json its closing bracket); a temp file goes."""
    try:
        if out.tmp is None and writer is not None:
            writer.close()
    except (OSError, ValueError):
        pass
    try:
        out.discard()
    except (OSError, ValueError):
        pass


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]


# --------------------------------------------------------------------------------------------- evaluate

EVALUATE_EPILOG = """[bold]Examples[/bold]

  quoteattr evaluate gold.jsonl
  quoteattr evaluate ../shared/eval/polnear-dev.jsonl --errors 20
  quoteattr evaluate gold.jsonl -f json > scores.json

The gold file has one document a line: {"id", "text", "quotes": [{"start", "end", "kind", "speaker", ...}]}.
A predicted quote matches a gold one when their spans overlap enough; attribution also needs the right speaker.
Exit status: 0 ok, 1 the gold file could not be read, 2 usage."""

GROUPS = (("direct", "direct"), ("mixed", "mixed"), ("indirect", "indirect"), ("direct,mixed", "direct+mixed"),
          ("all", "all"))
SCORE_COLUMNS = (("gold", "gold"), ("pred", "pred"), ("span_p", "span\nP"), ("span_r", "span\nR"),
                 ("span_f1", "span\nF1"), ("exact_f1", "exact\nF1"), ("attr_p", "attr\nP"),
                 ("attr_r", "attr\nR"), ("attr_f1", "attr\nF1"))


SPEAKERS_EPILOG = """[bold]Examples[/bold]

  quoteattr speakers article.txt                 # who was quoted, most first
  quoteattr speakers archive/ -o speakers.csv    # across a batch
  quoteattr speakers archive/ --per-document -f jsonl

Counts are of statements (quotes, mixed and indirect speech) and of their words; "named as" lists the words the text used for the speaker. Statements whose speaker is not resolved are counted as (unresolved)."""


@app.command(epilog=SPEAKERS_EPILOG)
def speakers(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files or folders to read; - or nothing reads stdin.", metavar="PATH", show_default=False)] = None,
    per_document: Annotated[bool, typer.Option(
        "--per-document", help="One row per speaker and document instead of per speaker.")] = False,
    input_format: Annotated[InputFormat, typer.Option(
        "--input-format", help="text, jsonl, html, or auto (by the suffix).")] = InputFormat.auto,
    id_field: Annotated[str, typer.Option("--id-field", help="JSON Lines field with the document id.")] = "id",
    text_field: Annotated[str, typer.Option("--text-field", help="JSON Lines field with the text.")] = "text",
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Encoding of the input, tried first.",
                                                    show_default=False)] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the text; auto detects it.")] = Lang("auto"),
    beliefs: Annotated[bool, typer.Option("--beliefs", help="Also count verbs of thinking and wanting.")] = False,
    kinds: Annotated[Optional[str], typer.Option(
        "--kinds", metavar="KINDS", help="Count only these kinds, comma-separated: direct, mixed, indirect "
                                         "\\[default: all].", show_default=False)] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option(
        "--format", "-f", help="table, jsonl, json, csv or tsv \\[default: from the -o suffix, else table on a "
                               "terminal, jsonl when piped].", show_default=False)] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", show_default=False,
                                                  help="Write to FILE instead of stdout.")] = None,
    bom: Annotated[bool, typer.Option("--bom", help="csv/tsv: start with a UTF-8 byte-order mark.")] = False,
    excel_safe: Annotated[bool, typer.Option("--excel-safe", help="csv/tsv: neutralise formula-like cells.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes (0: one per core).")
                    ] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Errors only.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Who was quoted: speakers with their titles, statements and words, per batch or per document."""
    wanted = _parse_kinds(kinds)
    out_fmt = _choose_format(fmt, output)
    if out_fmt == "html":
        raise typer.BadParameter("speaker summaries are table, jsonl, json, csv or tsv", param_hint="'--format'")
    if (bom or excel_safe) and out_fmt not in ("csv", "tsv"):
        raise typer.BadParameter(f"applies to csv and tsv only, and the output is {out_fmt}",
                                 param_hint="'--bom' / '--excel-safe'")
    try:
        code = _run_extract(list(paths) if paths else ["-"], out_fmt, output, input_format=input_format.value,
                            id_field=id_field, text_field=text_field, encoding=encoding, lang=lang.value,
                            beliefs=beliefs, explain=False, bom=bom, excel_safe=excel_safe, quiet=quiet,
                            debug=debug, jobs=jobs, speakers="document" if per_document else "batch",
                            kinds=wanted)
    except BrokenPipeError:
        raise _broken_pipe() from None
    except Exception as exc:
        if debug:
            raise
        say(_internal(exc))
        raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(code)


@app.command(epilog=EVALUATE_EPILOG)
def evaluate(
    gold: Annotated[str, typer.Argument(help="Gold annotations, JSON Lines (one document a line).",
                                        metavar="GOLD_JSONL", show_default=False)],
    fmt: Annotated[Optional[EvalFormat], typer.Option(
        "--format", "-f", help="table or json \\[default: table on a terminal, json when piped].",
        show_default=False)] = None,
    errors: Annotated[int, typer.Option("--errors", min=0, metavar="N",
                                        help="Also list the N worst misses.")] = 0,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of texts without a lang field; auto detects it.")
                    ] = Lang("auto"),
    beliefs: Annotated[bool, typer.Option(
        "--beliefs", help="Also report verbs of thinking and wanting (believes, wants).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No spinner; errors only.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Score quoteattr against hand-annotated quotes: span and attribution precision, recall and F1."""
    from pathlib import Path

    from .errors import GoldError

    out_fmt = fmt.value if fmt is not None else ("table" if _is_terminal(sys.stdout) else "json")
    try:
        from . import evaluate as evaluation
    except ImportError as exc:
        if debug:
            raise
        say(f"evaluation is not available in this installation ({exc}) - reinstall quoteattr")
        raise typer.Exit(EXIT_FAILED) from None
    if not os.path.exists(gold):
        say("no such file - check the path", gold)
        raise typer.Exit(EXIT_FAILED)
    try:
        if not quiet and _is_terminal(sys.stderr):
            from rich.console import Console

            with Console(file=sys.stderr).status(f"scoring {gold}", spinner="dots"):
                report = evaluation.evaluate(Path(gold), lang=lang.value, beliefs=beliefs)
        else:
            report = evaluation.evaluate(Path(gold), lang=lang.value, beliefs=beliefs)
        misses = report.worst_misses(errors) if errors else []
    except KeyboardInterrupt:
        say("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (GoldError, QuoteattrError) as exc:
        if debug:
            raise
        say(exc.message, exc.source or gold)
        raise typer.Exit(EXIT_FAILED) from None
    except OSError as exc:
        if debug:
            raise
        say(f"cannot read: {exc.strerror or exc} - check the file", gold)
        raise typer.Exit(EXIT_FAILED) from None
    except Exception as exc:
        if debug:
            raise
        say(_internal(exc), gold)
        raise typer.Exit(EXIT_FAILED) from None
    try:
        if out_fmt == "json":
            import json

            data = report.to_dict()
            if errors:
                data["worst_misses"] = misses
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            sys.stdout.flush()
        else:
            _print_scores(report.scores, misses, gold)
    except BrokenPipeError:
        raise _broken_pipe() from None


def _score_cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _print_scores(scores: dict, misses: list, gold: str) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from .write import rich_console, shorten

    console = rich_console(sys.stdout)
    if console.width < 80:
        console = rich_console(sys.stdout, width=80)  # cut numbers are worse than a terminal's line wrap
    table = Table(title=Text(gold, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  collapse_padding=True)
    table.add_column("kinds", no_wrap=True)
    for _, label in SCORE_COLUMNS:
        table.add_column(label, justify="right", no_wrap=True)
    known = [key for key, _ in GROUPS]
    rows = [(key, label) for key, label in GROUPS if key in scores]
    rows += [(key, key) for key in scores if key not in known]
    for key, label in rows:
        group = scores[key]
        table.add_row(label, *(_score_cell(group.get(name)) for name, _ in SCORE_COLUMNS),
                      style="bold" if key == "all" else "")
    console.print(table)
    if misses:
        console.print()
        worst = Table(title=Text(f"{len(misses)} worst misses", style="bold"), title_justify="left",
                      box=box.SIMPLE_HEAD, show_edge=False, expand=True)
        worst.add_column("doc", max_width=max(10, console.width // 6), overflow="fold")
        worst.add_column("kind", no_wrap=True)
        worst.add_column("problem", max_width=8)
        worst.add_column("quote", ratio=1, overflow="fold")
        worst.add_column("gold\nspeaker", max_width=max(10, console.width // 8), overflow="fold")
        worst.add_column("predicted\nspeaker", max_width=max(10, console.width // 8), overflow="fold")
        for miss in misses:
            worst.add_row(str(miss.get("doc", "")), str(miss.get("kind", "")), str(miss.get("problem", "")),
                          shorten(str(miss.get("quote") or ""), 160), str(miss.get("gold_speaker") or "—"),
                          str(miss.get("predicted_speaker") or "—"))
        console.print(worst)
    sys.stdout.flush()


# ------------------------------------------------------------------------------------- fast start-up
#
# typer parses through pydantic, whose import costs more than extracting the quotes of an article. A plain
# `quoteattr extract ...` command line (known options, values typer would accept) is parsed here from the
# very typer declarations of `extract`; anything else (help, completion, a bad value, an unknown option)
# goes to typer as before, so every message and exit code stays typer's own.


class _Unusual(Exception):
    """The command line needs typer."""


class _Declared:
    """A typer.Option(...) or typer.Argument(...) of a declaration, as written (read without importing typer)."""

    def __init__(self, argument: bool, *param_decls: str, **settings) -> None:
        self.argument = argument
        self.param_decls = param_decls  # in Annotated, typer takes every positional value as a flag
        self.envvar = settings.get("envvar")
        self.min = settings.get("min")
        self.max = settings.get("max")


class _Declarations:
    @staticmethod
    def Option(*param_decls: str, **settings) -> _Declared:  # noqa: N802 - typer's name
        return _Declared(False, *param_decls, **settings)

    @staticmethod
    def Argument(*param_decls: str, **settings) -> _Declared:  # noqa: N802 - typer's name
        return _Declared(True, *param_decls, **settings)


def _extract_options() -> tuple[dict[str, tuple[str, object, object]], str, dict[str, object]]:
    """From `extract`'s declarations, read as typer reads them: option flag -> (parameter, type, declaration),
    the argument's parameter name, and every parameter's default."""
    import typing

    hints = typing.get_type_hints(extract, globalns=dict(globals(), typer=_Declarations), include_extras=True)
    code = extract.__code__
    names = code.co_varnames[:code.co_argcount]
    given = extract.__defaults__ or ()
    signature_defaults = dict(zip(names[len(names) - len(given):], given))
    flags: dict[str, tuple[str, object, object]] = {}
    argument = None
    defaults: dict[str, object] = {}
    for name in names:
        hint = hints.get(name)
        declared = [meta for meta in getattr(hint, "__metadata__", ()) if isinstance(meta, _Declared)]
        if len(declared) != 1 or name not in signature_defaults or code.co_kwonlyargcount:
            raise _Unusual(name)
        kind, info = hint.__origin__, declared[0]
        if typing.get_origin(kind) is typing.Union:  # Optional[X]
            kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
        defaults[name] = signature_defaults[name]
        if info.argument:
            argument = name
            continue
        if info.envvar:
            raise _Unusual(name)
        for decl in info.param_decls or (f"--{name.replace('_', '-')}",):
            if "/" in decl or " " in decl:
                raise _Unusual(decl)
            flags[decl] = (name, kind, info)
    if argument is None:
        raise _Unusual("no argument")
    return flags, argument, defaults


def _option_value(kind, info, raw: str) -> object:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(raw)
        except ValueError:
            raise _Unusual(raw) from None
    if kind is int:
        try:
            value = int(raw)
        except ValueError:
            raise _Unusual(raw) from None
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        if (low is not None and value < low) or (high is not None and value > high):
            raise _Unusual(raw)
        return value
    if kind is str:
        return raw
    raise _Unusual(str(kind))


def _parse_extract(args: list[str]) -> dict[str, object]:
    """`extract`'s keyword arguments for a plain command line, as typer would pass them."""
    flags, argument, values = _extract_options()
    values = dict(values)
    positional: list[str] = []
    k = 0
    while k < len(args):
        arg = args[k]
        k += 1
        if arg == "--":
            positional += args[k:]
            break
        if arg == "-" or not arg.startswith("-"):
            positional.append(arg)
            continue
        flag, eq, attached = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if flag not in flags or (not arg.startswith("--") and len(arg) != 2):
            raise _Unusual(arg)  # help, --version, -qfjsonl, an unknown or mistyped option
        name, kind, info = flags[flag]
        if kind is bool:
            if eq:
                raise _Unusual(arg)
            values[name] = True
            continue
        if not eq:
            if k >= len(args):
                raise _Unusual(arg)  # a missing value: typer says so
            attached = args[k]
            k += 1
        values[name] = _option_value(kind, info, attached)
    values[argument] = positional or None
    return values


def _fast_extract(argv: list[str]) -> Optional[int]:
    """Run a plain `quoteattr extract ...` without typer's parser; the exit code, or None to use typer."""
    if not argv or argv[0] != "extract" or any(key.startswith(f"_{PROG.upper()}_COMPLETE") for key in os.environ):
        return None
    try:
        values = _parse_extract(argv[1:])
    except _Unusual:
        return None
    except Exception:  # a typer that declares options differently: let it parse
        return None
    try:
        extract(**values)
    except typer.BadParameter:
        return None  # raised before any work: typer parses again and reports it in its own words
    except typer.Exit as exc:
        return exc.exit_code
    return EXIT_OK


def main() -> None:
    """Console-script entry point."""
    # Ctrl-C or a closed pipe ends a -j N run at once, killing its workers; multiprocessing's resource tracker
    # (a process of its own, started with the pool) would then warn on stderr about the locks of the
    # abandoned pool. The work is abandoned on purpose, so the tracker is told not to warn. (An explicit
    # PYTHONWARNINGS of the caller's is kept.)
    os.environ.setdefault("PYTHONWARNINGS", "ignore::UserWarning:multiprocessing.resource_tracker")
    try:
        _main()
    except SystemExit as exc:
        from . import parallel

        if exc.code in (EXIT_INTERRUPTED, EXIT_BROKEN_PIPE) and parallel.pool_started():
            # The pool was stopped mid-work: its threads may wait for ever on locks a Ctrl-C left taken or on
            # killed workers (CPython 3.11 concurrent.futures), and the interpreter would wait for them at
            # exit. Everything of ours is written by now: flush and leave without that wait.
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            os._exit(exc.code)
        raise


def _main() -> None:
    try:
        code = _fast_extract(sys.argv[1:])
        if code is not None:
            sys.exit(code)
        app()
    except BrokenPipeError:
        # Raised outside a command (e.g. by --help into a closed pipe).
        _broken_pipe()
        sys.exit(EXIT_BROKEN_PIPE)
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(EXIT_INTERRUPTED)
