"""A batch of inputs through extraction, the same way in every mode: in this process (`-j 1`), on a pool of
processes (`-j N`) or on a Dask cluster (`--dask`, see `distributed.py`).

Every input becomes `Outcome`s, yielded in input order whatever finished first: a document with its quotes,
a document whose extraction failed, an input that could not be read, or a fatal error (a broken lexicon) that
stops the batch. The CLI turns them into output and messages, so `-j N` writes byte for byte what `-j 1`
writes, with the same messages and exit code.

How work is shared out: a file is sent as its path and read by the worker (texts never travel to it twice);
documents that only the main process can read (stdin, JSON Lines lines) are sent as text. Work goes in
batches of up to `BATCH_DOCS` documents (`BATCH_CHARS` of text), and at most `AHEAD` batches per worker are
in flight, so memory stays flat however many files there are. Worker functions are top-level and take and
return plain tuples, so any start method (fork, forkserver, spawn) and any pickler can ship them. For the
streaming formats (`Options.render`) workers send each document's records already serialised, so that the
main process, which shares the cores with them, only writes.
"""
from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any, NamedTuple

BATCH_DOCS = 16          # documents per task: enough to hide the cost of a round trip to a worker
BATCH_CHARS = 1_000_000  # ... or this much text, whichever comes first
AHEAD = 2                # batches per worker submitted ahead of the one being written


class Options(NamedTuple):
    """How to read and extract; the same for every document of a batch."""

    lang: str = "en"
    beliefs: bool = False
    id_field: str = "id"
    text_field: str = "text"
    encoding: str | None = None
    debug: bool = False  # keep the traceback of an internal error
    keep_text: bool = True  # send each document's text back with its quotes (the HTML report shows it)
    kinds: tuple[str, ...] | None = None  # report only these kinds of statement; None: all
    # Serialise each document's records where it is extracted, for the writer of this format (one of
    # write.RENDERED_FORMATS; None: send the records as rows): workers then do that work, and the main
    # process only writes. excel_safe and document_fields are the csv/tsv writer's settings.
    render: str | None = None
    excel_safe: bool = False
    document_fields: bool = False


class Outcome(NamedTuple):
    """What became of one document or one unreadable input.

    `kind` is "doc" (a document: `rows` holds its quotes, or `message` says why extraction failed), "failure"
    (an input that could not be read, or one bad JSON Lines line when `line` is set) or "fatal" (every
    document would fail the same way: stop). `where` is the path (or `PATH:LINE`) messages name.
    """

    source_no: int  # index of the input file in the batch, for progress
    kind: str
    where: str
    doc_id: str | None = None
    text: str | None = None
    rows: tuple[tuple, ...] | None = None  # quote field values in models.FIELDS order
    note: str | None = None  # a remark on the decoding, shown unless --quiet
    message: str | None = None
    line: int | None = None
    internal: bool = False  # the extraction hit a bug, not a bad document
    trace: str | None = None  # traceback of that bug, with Options.debug
    fields: dict | None = None  # the document's own fields when it has any (a web page's title, author, ...)
    rendered: str | None = None  # with Options.render: the records as written (write.render); rows is None

    def write(self, writer) -> None:
        """Write a "doc" outcome's records with `writer` (from `write.open_writer`, of the Options.render
        format when this outcome was rendered)."""
        if self.rendered is not None:
            writer.write_rendered(self.rendered)
        else:
            writer.write_document(self.doc_id, self.quotes(), self.text, self.fields)

    def quotes(self) -> list:
        """The quotes of a "doc" outcome as Quote records."""
        from .models import make_quote

        return [make_quote(*row) for row in self.rows or ()]  # Quote(*row), without its slow __init__


# Work items are plain tuples: ("path", source_no, shown_path, read_path, doc_id, format) for a file a worker
# reads itself, ("doc", source_no, doc_id, text, where, note, fields) for a document read here.


def internal_message(exc: BaseException) -> str:
    """The message for a bug: `internal error (...) - please report it`."""
    return f"internal error ({type(exc).__name__}: {exc}) - please report it; --debug shows the traceback"


def available_cpus() -> int:
    """Cores this process may run on (what `-j 0` uses)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return count() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_batch(items: list[tuple], options: Options) -> list[Outcome]:
    """Outcomes of a batch of work items, in order (the function workers run)."""
    out: list[Outcome] = []
    for item in items:
        for outcome in run_item(item, options):
            out.append(outcome)
            if outcome.kind == "fatal":
                return out
    return out


def run_item(item: tuple, options: Options) -> Iterator[Outcome]:
    """Outcomes of one work item: the documents of a file read here, or one document already read."""
    from .models import Document
    from .read import InputFailure, Source, read_source

    if item[0] == "doc":
        _, no, doc_id, text, where, note, fields = item
        yield _extract(no, Document(doc_id, text, meta=dict(fields or ())), where, note, options, keep_text=False)
        return
    _, no, shown, path, doc_id, fmt = item

    def rebase(where: str) -> str:
        # Messages name the file as the user gave it, not the absolute path a worker reads.
        if path == shown or not where.startswith(path):
            return where
        rest = where[len(path):]
        return shown + rest if rest == "" or rest.startswith(":") else where

    for doc in read_source(Source(path, doc_id, fmt), id_field=options.id_field, text_field=options.text_field,
                           encoding=options.encoding):
        if isinstance(doc, InputFailure):
            yield Outcome(no, "failure", rebase(doc.source), message=doc.message, line=doc.line)
            continue
        where = rebase(doc.meta.get("source", doc.id))
        yield _extract(no, doc, where, doc.meta.get("encoding_note"), options, keep_text=options.keep_text)


def _extract(no: int, doc, where: str, note: str | None, options: Options, keep_text: bool) -> Outcome:
    from .errors import LexiconError, QuoteattrError
    from .models import FIELDS
    from .pipeline import extract_document

    text = doc.text if keep_text else None
    try:
        quotes = extract_document(doc, lang=options.lang, beliefs=options.beliefs, kinds=options.kinds)
    except LexiconError as exc:
        return Outcome(no, "fatal", where, doc.id, message=exc.message)
    except QuoteattrError as exc:
        return Outcome(no, "doc", where, doc.id, text, note=note, message=exc.message)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # a bug in a rule must not lose the rest of the batch
        trace = None
        if options.debug:
            import traceback

            trace = traceback.format_exc()
        return Outcome(no, "doc", where, doc.id, text, note=note, message=internal_message(exc), internal=True,
                       trace=trace)
    fields = document_fields(doc.meta)
    if options.render is not None:
        from .write import render

        rendered = render(options.render, quotes, fields, excel_safe=options.excel_safe,
                          document_fields=options.document_fields)
        return Outcome(no, "doc", where, doc.id, text, note=note, fields=fields, rendered=rendered)
    rows = tuple(map(attrgetter(*FIELDS), quotes))  # each quote's fields in order, read at C speed
    return Outcome(no, "doc", where, doc.id, text, rows=rows, note=note, fields=fields)


def document_fields(meta: dict) -> dict | None:
    """The fields of a document that go out with its quotes (`models.DOCUMENT_FIELDS`), None when it has none."""
    from .models import DOCUMENT_FIELDS

    fields = {name: meta[name] for name in DOCUMENT_FIELDS if meta.get(name)}
    return fields or None


# ------------------------------------------------------------------------------------------ work items


def work_items(sources: Iterable, options: Options, *, absolute: bool, remote_jsonl: bool,
               stdin=None) -> Iterator[Outcome | tuple]:
    """The work for a list of `read.Source | read.InputFailure`, in order: work item tuples, and Outcomes for
    what is decided here (inputs that could not be found, lines of stdin and of JSON Lines files read here).

    `absolute`: send paths joined to the current folder (for workers that may run elsewhere); `remote_jsonl`:
    let workers read JSON Lines files too (else they are read here and their documents sent as text).
    """
    from .read import STDIN, InputFailure, read_source

    cwd = os.getcwd() if absolute else None
    for no, source in enumerate(sources):
        if isinstance(source, InputFailure):
            yield Outcome(no, "failure", source.source, message=source.message, line=source.line)
            continue
        if source.path == STDIN or (source.format == "jsonl" and not remote_jsonl):
            for doc in read_source(source, id_field=options.id_field, text_field=options.text_field,
                                   encoding=options.encoding, stdin=stdin):
                if isinstance(doc, InputFailure):
                    yield Outcome(no, "failure", doc.source, message=doc.message, line=doc.line)
                else:
                    yield ("doc", no, doc.id, doc.text, doc.meta.get("source", doc.id), doc.meta.get("encoding_note"),
                           document_fields(doc.meta))
            continue
        path = os.path.join(cwd, source.path) if cwd else source.path
        yield ("path", no, source.path, path, source.id, source.format)


def _with_text(results: list[Outcome], batch: list[tuple]) -> list[Outcome]:
    """Put back the texts of documents sent as text: workers do not send them back.

    A batch holds either path items or doc items (see `_batches`); a doc item gives exactly one outcome.
    """
    if batch[0][0] != "doc":
        return results
    return [outcome._replace(text=item[3]) if outcome.kind == "doc" else outcome
            for outcome, item in zip(results, batch)]


# ------------------------------------------------------------------------------------------- in order


def sequential(sources: Iterable, options: Options, *, stdin=None) -> Iterator[Outcome]:
    """Every outcome, computed here, one document at a time (`-j 1`)."""
    for item in work_items(sources, options, absolute=False, remote_jsonl=False, stdin=stdin):
        if isinstance(item, Outcome):
            yield item
        elif item[0] == "doc":
            for outcome in run_item(item, options):
                yield outcome._replace(text=item[3]) if outcome.kind == "doc" else outcome
        else:
            yield from run_item(item, options)


def _batches(items: Iterable[Outcome | tuple]) -> Iterator[list[Outcome] | list[tuple]]:
    """Work items grouped into batches; Outcomes decided here pass through alone, in their place."""
    batch: list[tuple] = []
    kind = None
    chars = 0
    source = iter(items)
    while True:
        try:
            item = next(source)
        except StopIteration:
            break
        except BaseException:
            if batch:  # what was read before the error is written before it, as with -j 1
                yield batch
            raise
        if isinstance(item, Outcome):
            if batch:
                yield batch
                batch, chars = [], 0
            yield [item]
            continue
        if batch and item[0] != kind:  # keep doc and path items apart: see _with_text
            yield batch
            batch, chars = [], 0
        kind = item[0]
        batch.append(item)
        if kind == "doc":
            chars += len(item[3])
        # stdin is read as it comes: its documents go at once, so that output keeps up with input
        if len(batch) >= BATCH_DOCS or chars >= BATCH_CHARS or (kind == "doc" and _from_stdin(item[4])):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _from_stdin(where: str) -> bool:
    return where == "-" or where.startswith("-:")


def ordered(items: Iterable[Outcome | tuple], submit: Callable[[list[tuple]], Any], window: int,
            cancel: Callable[[bool], None]) -> Iterator[Outcome]:
    """Outcomes of work done elsewhere, in input order.

    A feeder thread reads the inputs (which may block, on stdin) and submits batches with `submit`, which
    returns a future; at most `window` batches wait to be written. `cancel(done)` ends the remote work: after
    the last outcome (done), or at once when the consumer stops early (Ctrl-C, a closed pipe, a fatal error).
    """
    pending: queue.Queue = queue.Queue(maxsize=max(1, window))
    stop = threading.Event()

    def put(entry: tuple) -> bool:
        while not stop.is_set():
            try:
                pending.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def feed() -> None:
        try:
            for batch in _batches(items):
                if stop.is_set():
                    return
                if isinstance(batch[0], Outcome):
                    entry = ("ready", batch, None)
                else:
                    entry = ("future", submit(batch), batch)
                if not put(entry):
                    return
        except BaseException as exc:  # handed to the consumer, which raises it in its place
            put(("error", exc, None))
            return
        put(("end", None, None))

    feeder = threading.Thread(target=feed, name="quoteattr-feeder", daemon=True)
    feeder.start()
    done = False
    try:
        while True:
            what, value, batch = pending.get()
            if what == "end":
                done = True
                break
            if what == "error":
                raise value
            if what == "ready":
                yield from value
                continue
            yield from _with_text(value.result(), batch)
    finally:
        stop.set()
        while True:  # unblock the feeder and drop what it queued
            try:
                pending.get_nowait()
            except queue.Empty:
                break
        cancel(done)
        feeder.join(timeout=0.2)


# ---------------------------------------------------------------------------------------- process pool


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: the main process alone handles it (exit 130, no tracebacks).
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _ready() -> None:
    """The task that starts a forked pool's workers (see `pooled`)."""


def _context():
    import multiprocessing
    import sys
    import threading

    methods = multiprocessing.get_all_start_methods()
    # fork on Linux while this process has no other thread: the cheapest start (no new interpreter to start,
    # no resource tracker), and safe then, since no lock can be held by a thread that the child lacks.
    # `pooled` starts the workers at once, before its own threads.
    if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    # Else forkserver (the default from Python 3.14 on POSIX) where there is one: it never forks a process
    # that has threads, and starts workers with the engine already imported. spawn elsewhere.
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["quoteattr.parallel", "quoteattr.pipeline"])
    return ctx


def _stop_pool(executor) -> None:
    """Stop at once: cancel what has not started, end the workers (they may be on a long document)."""
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        try:
            terminate()
            return
        except Exception:
            pass
    processes = list((getattr(executor, "_processes", None) or {}).values())
    # Killing workers can leave the pool's internals waiting for ever, and the interpreter waits for them at
    # exit (seen under load after a closed pipe; CPython 3.11): (1) work still queued for the workers would be
    # flushed into their pipe by a feeder thread, and (2) a worker killed while writing a result leaves half a
    # message that the pool's manager thread goes on reading. The work is abandoned anyway, so (1) the feeder
    # is let go, and (2) this process's end of the result pipe is closed once the workers are gone, which
    # turns the half message into an end of file that the manager thread handles as a broken pool.
    call_queue = getattr(executor, "_call_queue", None)
    if call_queue is not None and hasattr(call_queue, "cancel_join_thread"):
        call_queue.cancel_join_thread()
    for process in processes:
        try:
            process.terminate()
        except Exception:
            pass
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.join(timeout=5)
        except Exception:
            pass
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except Exception:
            pass


_pools_started = 0


def pool_started() -> bool:
    """Whether this process has started a worker pool (the CLI leaves at once after stopping one early)."""
    return _pools_started > 0


def pooled(sources: Iterable, options: Options, jobs: int, *, stdin=None) -> Iterator[Outcome]:
    """Every outcome, computed by `jobs` worker processes, yielded in input order."""
    from concurrent.futures import ProcessPoolExecutor

    global _pools_started
    context = _context()
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker)
    _pools_started += 1
    if context.get_start_method() == "fork":
        import sys

        # A forked worker flushes sys.stdout and sys.stderr when it ends: empty them first, or what they
        # hold would be written again by every worker.
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        # With fork, the first task starts every worker: start them now, from this thread, while
        # it is the only one (the pool's and `ordered`'s threads come after).
        executor.submit(_ready)
    items = work_items(sources, options, absolute=True, remote_jsonl=False, stdin=stdin)

    def cancel(done: bool) -> None:
        if done:
            executor.shutdown(wait=True)
        else:
            _stop_pool(executor)

    yield from ordered(items, lambda batch: executor.submit(run_batch, batch, options), AHEAD * jobs, cancel)


def outcomes(sources: list, options: Options, *, jobs: int = 1, stdin=None) -> Iterator[Outcome]:
    """Every outcome of `sources` (from `read.collect`) in input order, with `jobs` processes (1: here)."""
    if jobs == 0:
        jobs = available_cpus()
    one_file = len(sources) <= 1 and not any(getattr(s, "format", None) == "jsonl" for s in sources)
    if jobs <= 1 or one_file:
        return sequential(sources, options, stdin=stdin)
    return pooled(sources, options, jobs, stdin=stdin)

