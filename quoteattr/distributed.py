"""Quotes on a cluster: `quoteattr extract --dask ADDRESS PATHS`, and building blocks for your own pipelines.

Install with `pip install 'quoteattr[dask]'` (Dask and dask.distributed); every worker needs quoteattr
installed too, and must see the files at the same paths as the machine that starts the run (a shared
filesystem), because workers read their files themselves: only paths travel.

Three ways in:

- `extract_records(items)`: a plain generator of quote records (dicts) from paths, `read.Source`s,
  `Document`s or `{"id", "text"}` dicts. It needs no Dask, so it serves any engine that maps a function over
  partitions, e.g. PySpark: `rdd.mapPartitions(lambda rows: extract_records(rows))`.
- `extract_bag(paths_or_bag)`: a `dask.bag.Bag` of quote records, from paths (folders are listed here,
  files read by the workers) or from a Bag of such items.
- `outcomes(client, sources, options)`: what the CLI uses: every outcome in input order, computed on the
  cluster a few batches ahead.

Dask itself is imported only when a function that needs it runs, so this module imports without it.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from .errors import InputError, QuoteattrError
from .parallel import AHEAD, Options, Outcome, document_fields, ordered, run_batch, work_items

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

INSTALL_HINT = "pip install 'quoteattr[dask]' (or pip install 'dask[distributed]')"
CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler before giving up
Errors = Literal["raise", "skip"]


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise QuoteattrError(f"Dask is not installed ({exc})", INSTALL_HINT) from None


# ------------------------------------------------------------------------------------------------ CLI


def connect(address: str, timeout: float | None = None) -> Client:
    """A client of the Dask scheduler at `address` (QuoteattrError when it cannot be reached in time)."""
    _require()
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT if timeout is None else timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise QuoteattrError(f"cannot reach the Dask scheduler ({type(exc).__name__}: {exc})",
                             "check the address (tcp://HOST:8786) and that the scheduler is running",
                             address) from None


def disconnect(client: Client) -> None:
    """Close the client (the cluster keeps running)."""
    try:
        client.close()
    except Exception:
        pass


def outcomes(client: Client, sources: list, options: Options) -> Iterator[Outcome]:
    """Every outcome of `sources` (from `read.collect`), computed on the cluster, yielded in input order.

    Files, JSON Lines files included, are sent as absolute paths and read by the workers; only stdin is read
    here and sent as text. At most two batches per worker thread wait to be written.
    """
    threads = sum(client.nthreads().values()) or 1
    items = work_items(sources, options, absolute=True, remote_jsonl=True)

    def submit(batch: list[tuple]):
        return client.submit(run_batch, batch, options, pure=False)

    def cancel(done: bool) -> None:
        pass  # futures dropped by ordered() are released, and Dask forgets their tasks

    return ordered(items, submit, AHEAD * threads, cancel)


# --------------------------------------------------------------------------------------- pipelines


def extract_records(items: Iterable[Any], *, lang: str = "en", beliefs: bool = False,
                    input_format: str = "auto", id_field: str = "id", text_field: str = "text",
                    encoding: str | None = None, errors: Errors = "raise") -> Iterator[dict]:
    """Quote records (dicts, the fields of `models.FIELDS`, plus "document" with a web page's own fields) of
    every item, in order. No Dask needed.

    An item is a path (`str` or `os.PathLike`: a file, a JSON Lines file, or a folder, read where this runs),
    a `read.Source`, a `Document`, or a dict with `id_field` and `text_field` (a JSON Lines record). A string
    is always a path: pass texts as dicts. `errors="raise"` raises the `QuoteattrError` of an input that
    cannot be read; `"skip"` leaves it out.
    """
    from .models import Document
    from .pipeline import extract_document
    from .read import InputFailure, Source, collect, normalise_newlines, read_source

    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")

    def documents(item: Any) -> Iterator[Document | InputFailure]:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, dict):
            text = item.get(text_field)
            doc_id = item.get(id_field)
            if not isinstance(text, str):
                yield InputFailure(str(doc_id), InputError(f"no string {text_field!r} field",
                                                           "pass dicts with the document text", str(doc_id)))
                return
            yield Document("-" if doc_id is None else str(doc_id), normalise_newlines(text.removeprefix("\ufeff")))
        elif isinstance(item, Source):
            yield from read_source(item, id_field=id_field, text_field=text_field, encoding=encoding)
        elif isinstance(item, (str, os.PathLike)):
            for source in collect([os.fspath(item)], input_format=input_format):
                if isinstance(source, InputFailure):
                    yield source
                else:
                    yield from read_source(source, id_field=id_field, text_field=text_field, encoding=encoding)
        else:
            raise TypeError(f"cannot extract from a {type(item).__name__}: pass paths, Documents or dicts")

    for item in items:
        for doc in documents(item):
            if isinstance(doc, InputFailure):
                if errors == "raise":
                    raise doc.error
                continue
            fields = document_fields(doc.meta)
            for quote in extract_document(doc, lang=lang, beliefs=beliefs):
                record = quote.to_dict()
                if fields:
                    record["document"] = fields  # a web page's title, author, date, url, as the CLI writes them
                yield record


def _partition(items: Iterable[Any], **kwargs: Any) -> list[dict]:
    return list(extract_records(items, **kwargs))


def extract_bag(paths_or_bag: Any, *, lang: str = "en", beliefs: bool = False, input_format: str = "auto",
                id_field: str = "id", text_field: str = "text", encoding: str | None = None,
                errors: Errors = "raise", npartitions: int | None = None) -> dask.bag.Bag:
    """A `dask.bag.Bag` of quote records (dicts), lazily: call `.compute()`, `.to_dataframe()`, ...

    `paths_or_bag` is a path or a list of paths (files, JSON Lines files, folders: listed here, in the order
    the CLI reads them, and read by the workers; give paths the workers can see), or a Bag whose items
    `extract_records` takes (paths, Documents, dicts with `id_field`/`text_field`). Records keep the order of
    the inputs within and across partitions. `npartitions` splits a list of paths (default: Dask's).

        >>> import dask.bag as db
        >>> from quoteattr.distributed import extract_bag
        >>> quotes = extract_bag(["archive/"]).filter(lambda r: r["speaker"] == "Sergei Ostrov")
        >>> docs = db.read_text("docs-*.jsonl").map(json.loads)
        >>> extract_bag(docs, text_field="body").to_dataframe().to_parquet("quotes/")
    """
    _require()
    import dask.bag as db

    from .read import InputFailure, Source, collect

    kwargs = dict(lang=lang, beliefs=beliefs, input_format=input_format, id_field=id_field, text_field=text_field,
                  encoding=encoding, errors=errors)
    if isinstance(paths_or_bag, db.Bag):
        bag = paths_or_bag
    else:
        paths = [paths_or_bag] if isinstance(paths_or_bag, (str, os.PathLike)) else list(paths_or_bag)
        if any(os.fspath(p) == "-" for p in paths):
            raise ValueError("workers cannot read stdin: pass files, or a Bag of documents")
        cwd = os.getcwd()
        sources: list[Source] = []
        for item in collect([os.fspath(p) for p in paths], input_format=input_format):
            if isinstance(item, InputFailure):
                if errors == "raise":
                    raise item.error
                continue
            # workers read by absolute path; the document keeps the id the CLI would give it
            sources.append(Source(os.path.join(cwd, item.path), item.id, item.format))
        if not sources:
            return db.from_sequence([], npartitions=1)
        bag = db.from_sequence(sources, npartitions=min(npartitions, len(sources)) if npartitions else None)
    return bag.map_partitions(_partition, **kwargs)
