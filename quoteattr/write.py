"""Last stage: quote records out, one streaming writer per format. Writers write to their stream only.

Formats:

- `table`: for people. A rich table per document (titled with the document id) with the columns
  #, speaker (role dim below it), kind, quote (newlines shown as " ¶ ", long quotes cut at a word with "…")
  and cue; `explain=True` adds rule and confidence. Colour only when the stream is a terminal.
- `jsonl`: one JSON object a line, keys in `models.FIELDS` order, flushed after each document.
- `json`: one array, streamed: "[", the records separated by ",\\n", then "]"; valid JSON even when empty.
- `csv` / `tsv`: a header line, then one row a quote; columns exactly `models.FIELDS` in that order, "\\n"
  line ends, None as an empty cell, quoting as Python's csv module does (also for tsv, whose only difference
  is the tab delimiter). `bom=True` puts a UTF-8 byte-order mark first (Excel needs it to read UTF-8) and
  `excel_safe=True` puts a "'" before text cells starting with = + - @ (or tab / carriage return) so that a
  spreadsheet does not run them as formulas.
- `html`: one self-contained page showing each quote highlighted in its document's text, with a speaker
  list that filters the highlights (`report.HtmlWriter`; it writes the page at `close()`).

The stream is a text stream that must not translate "\\n" (open files with `newline=""`); the CLI gives the
machine formats a UTF-8 stream.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Protocol, TextIO

from .models import DOCUMENT_FIELDS, FIELDS, Quote

if TYPE_CHECKING:
    from rich.console import Console

OutputFormat = Literal["table", "jsonl", "json", "csv", "tsv", "html"]
FORMATS: tuple[str, ...] = ("table", "jsonl", "json", "csv", "tsv", "html")
SUFFIX_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".txt": "table", ".html": "html", ".htm": "html",
}
"""Output format by file suffix, used to infer the format of `-o FILE`."""
QUOTE_WIDTH = 240  # characters of a quote shown in the table before it is cut
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Writer(Protocol):
    """What every writer does: take the quotes of one document at a time, then finish the output."""

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Write the records of one document (possibly none) and flush them. `fields` are the document's own
        (`models.DOCUMENT_FIELDS`: a web page's title, author, date, url), when it has any."""

    def close(self) -> None:
        """Write whatever ends the output (the "]" of json). Does not close the stream."""


def open_writer(fmt: OutputFormat, stream: TextIO, *, explain: bool = False, bom: bool = False,
                excel_safe: bool = False, width: int | None = None, document_fields: bool = False) -> Writer:
    """A writer of `fmt` on `stream`; `bom`/`excel_safe`/`document_fields` (doc_title, doc_author, doc_date,
    doc_url columns: a batch with web pages) are for csv/tsv, `explain`/`width` for the table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")
    if (bom or excel_safe) and fmt not in ("csv", "tsv"):
        raise ValueError("bom and excel_safe apply to csv and tsv only")
    if fmt == "table":
        return TableWriter(stream, explain=explain, width=width)
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "html":
        from .report import HtmlWriter

        return HtmlWriter(stream)
    return CsvWriter(stream, delimiter="\t" if fmt == "tsv" else ",", bom=bom, excel_safe=excel_safe,
                     document_fields=document_fields)


_SURROGATE = re.compile("[\ud800-\udfff]")


# json.dumps(record, ensure_ascii=False) makes an encoder for every call (only the default settings have one
# kept); this is that encoder, made once
_UNESCAPED = json.JSONEncoder(ensure_ascii=False).encode


def _record_json(quote: Quote, fields: dict | None = None) -> str:
    record = quote.to_dict()
    if fields:
        record["document"] = fields
    line = _UNESCAPED(record)
    if _SURROGATE.search(line):
        # An unpaired surrogate (in a text a caller passed) is no character, so UTF-8 cannot hold it and
        # writing would fail; as a \\udXXX escape it is valid JSON and reads back exactly.
        line = json.dumps(record)
    return line


def _displayable(text: str) -> str:
    """`text` with unpaired surrogates as U+FFFD, for outputs without escapes (csv, table)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _displayable_quote(quote: Quote) -> Quote:
    changes = {name: _displayable(value) for name in FIELDS
               if isinstance(value := getattr(quote, name), str) and _SURROGATE.search(value)}
    return dataclasses.replace(quote, **changes) if changes else quote


RENDERED_FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "tsv")
"""Formats whose records `render` can serialise apart from the writer (in a worker process, for `-j N`)."""


def render(fmt: str, quotes: Sequence[Quote], fields: dict | None = None, *, excel_safe: bool = False,
           document_fields: bool = False) -> str:
    """The records of one document as the writer of `fmt` (one of RENDERED_FORMATS) writes them, for its
    `write_rendered`: jsonl lines; json records joined by ",\\n" (the writer adds what goes before them);
    csv/tsv rows. The same text whichever process makes it, so workers can do the serialising."""
    if fmt == "jsonl":
        return "".join([_record_json(quote, fields) + "\n" for quote in quotes])
    if fmt == "json":
        return ",\n".join([_record_json(quote, fields) for quote in quotes])
    if fmt not in ("csv", "tsv"):
        raise ValueError(f"records in {fmt!r} are not rendered apart from their writer")
    return _csv_rows(quotes, fields, "\t" if fmt == "tsv" else ",", excel_safe, document_fields)


def _csv_rows(quotes: Sequence[Quote], fields: dict | None, delimiter: str, excel_safe: bool,
              document_fields: bool) -> str:
    """The CSV rows of one document's records, as CsvWriter writes them."""
    if not quotes:
        return ""
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    extra = [_csv_cell((fields or {}).get(name), excel_safe) for name in DOCUMENT_FIELDS] if document_fields else []
    writer.writerows([[_csv_cell(getattr(quote, name), excel_safe) for name in FIELDS] + extra for quote in quotes])
    return buffer.getvalue()


class JsonlWriter:
    """One JSON object a line."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Write one line per quote, then flush."""
        self.write_rendered(render("jsonl", quotes, fields))

    def write_rendered(self, records: str) -> None:
        """Write one document's records from `render`, then flush."""
        if records:
            self.stream.write(records)
        self.stream.flush()

    def close(self) -> None:
        """Nothing to finish."""
        self.stream.flush()


class JsonWriter:
    """A JSON array, written as the records come."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.started = False  # a record was written: the next ones go after ",\n"
        self.closed = False
        stream.write("[")

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Append the records to the array, then flush."""
        self.write_rendered(render("json", quotes, fields))

    def write_rendered(self, records: str) -> None:
        """Append one document's records from `render` to the array, then flush."""
        if records:
            # Separator and records in one write, so that the output never ends inside a record.
            self.stream.write((",\n" if self.started else "\n") + records)
            self.started = True
        self.stream.flush()

    def close(self) -> None:
        """End the array (once)."""
        if not self.closed:
            self.closed = True
            self.stream.write("\n]\n")
            self.stream.flush()


def _csv_cell(value: object, excel_safe: bool) -> object:
    """A CSV cell: None as empty, text made writable; with excel_safe, a text that a spreadsheet would run
    as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = _displayable(value)
        if excel_safe and value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


class CsvWriter:
    """Comma- or tab-separated rows under a header of `models.FIELDS`."""

    def __init__(self, stream: TextIO, *, delimiter: str = ",", bom: bool = False, excel_safe: bool = False,
                 document_fields: bool = False):
        self.stream = stream
        self.delimiter = delimiter
        self.excel_safe = excel_safe
        self.document_fields = document_fields
        self.writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        if bom:
            stream.write("\ufeff")
        self.writer.writerow(FIELDS + (tuple(f"doc_{name}" for name in DOCUMENT_FIELDS) if document_fields else ()))
        stream.flush()

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Write one row per quote, then flush."""
        self.write_rendered(_csv_rows(quotes, fields, self.delimiter, self.excel_safe, self.document_fields))

    def write_rendered(self, records: str) -> None:
        """Write one document's rows from `render` (made with this writer's delimiter, excel_safe and
        document_fields), then flush."""
        if records:
            self.stream.write(records)
        self.stream.flush()

    def close(self) -> None:
        """Nothing to finish."""
        self.stream.flush()


def shorten(text: str, limit: int = QUOTE_WIDTH) -> str:
    """`text` on one line ("\\n" as " ¶ "), cut at a word boundary with "…" when longer than `limit`."""
    text = " ¶ ".join(part.strip() for part in text.split("\n"))
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:¶") + "…"


def rich_console(stream: TextIO, *, width: int | None = None, emoji: bool = True) -> Console:
    """A rich Console on `stream` that raises BrokenPipeError (rich's own would exit the process).
    emoji=False: strings printed are not searched for emoji codes (":smile:"), which spares importing rich's
    table of them; for a console that prints only Text and fixed strings, where that changes nothing."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError("stdout was closed")

    # highlight=False: rich would otherwise colour numbers and quoted words inside the quotes.
    return _Console(file=stream, highlight=False, width=width, emoji=emoji)


class TableWriter:
    """Rich tables, one per document, for reading on a terminal."""

    KIND_STYLES = {"direct": "green", "mixed": "yellow", "indirect": "cyan"}

    def __init__(self, stream: TextIO, *, explain: bool = False, width: int | None = None):
        self.explain = explain
        self.console = rich_console(stream, width=width, emoji=False)  # it prints Text and its column names
        self.docs = 0
        self.quotes = 0

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Print the document's table (or a line saying it has no quotes)."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        self.docs += 1
        self.quotes += len(quotes)
        doc_id, quotes = _displayable(doc_id), [_displayable_quote(q) for q in quotes]
        if fields:
            # a web page's title, author, date and url under its name
            self.console.print(Text(_displayable(" · ".join(str(fields[name]) for name in DOCUMENT_FIELDS
                                                              if name in fields)), style="dim"))
        if not quotes:
            self.console.print(Text.assemble((doc_id, "bold"), ("  no quotes found", "dim")))
            self.console.print()
            self.console.file.flush()
            return
        title = Text.assemble((doc_id, "bold"), (f"  {len(quotes)} quote{'s' if len(quotes) != 1 else ''}", "dim"))
        # The quote takes whatever the other columns, each as wide as its content up to a cap that grows
        # with the screen, leave.
        width = self.console.width
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("speaker", min_width=min(16, width // 5), max_width=max(16, width // 5), overflow="fold")
        table.add_column("kind", no_wrap=True)
        table.add_column("quote", ratio=1, overflow="fold")
        # With --explain the rule and confidence go under the cue, so the quote keeps its room.
        table.add_column("cue, rule" if self.explain else "cue",
                         max_width=max(11, width // (5 if self.explain else 8)), overflow="fold")
        for quote in quotes:
            row = [
                Text(str(quote.index)),
                self._speaker(quote, self.explain),
                Text(quote.kind, style=self.KIND_STYLES.get(quote.kind, "")),
                Text(shorten(quote.quote)),
                self._cue(quote, self.explain),
            ]
            table.add_row(*row)
        self.console.print(table)
        self.console.file.flush()

    @staticmethod
    def _cue(quote: Quote, explain: bool):
        from rich.text import Text

        text = Text(quote.cue or "—", style="" if quote.cue else "dim")
        if explain:
            text.append(f"\n{quote.rule} {quote.confidence:.2f}", style="dim")
        return text

    @staticmethod
    def _speaker(quote: Quote, explain: bool = False):
        from rich.text import Text

        if quote.speaker:
            text = Text(quote.speaker, style="bold")
            if quote.speaker_title:
                text.append("\n" + quote.speaker_title, style="dim")
            if explain and quote.mention and quote.speaker not in quote.mention:
                text.append(f"\nas “{quote.mention}”", style="dim italic")
            return text
        if quote.mention:
            return Text.assemble((quote.mention, "italic"), ("\nunresolved", "dim"))
        return Text("unknown", style="dim")

    def close(self) -> None:
        """A one-line total after several documents."""
        from rich.text import Text

        if self.docs > 1:
            self.console.print(Text(f"{self.quotes} quote{'s' if self.quotes != 1 else ''} "
                                    f"in {self.docs} documents", style="dim"))
        self.console.file.flush()


class SpeakersWriter:
    """Who was quoted (speakers.SpeakerTally), written when the batch ends: per speaker, or per speaker and
    document with `per_document`; formats table, jsonl, json, csv, tsv."""

    def __init__(self, fmt: str, stream: TextIO, *, per_document: bool = False, bom: bool = False,
                 excel_safe: bool = False, width: int | None = None):
        from .speakers import SpeakerTally

        if fmt not in ("table", "jsonl", "json", "csv", "tsv"):
            raise ValueError(f"speaker summaries are written as table, jsonl, json, csv or tsv, not {fmt}")
        self.fmt, self.stream, self.per_document = fmt, stream, per_document
        self.bom, self.excel_safe, self.width = bom, excel_safe, width
        self.tally = SpeakerTally(per_document)
        self.closed = False

    def write_document(self, doc_id: str, quotes: Sequence[Quote], text: str | None = None,
                       fields: dict | None = None) -> None:
        """Count the document's statements."""
        self.tally.add(doc_id, quotes)

    def close(self) -> None:
        """Write the summaries (once)."""
        if self.closed:
            return
        self.closed = True
        from .speakers import SPEAKER_FIELDS

        rows = [r.to_dict() for r in self.tally.rows()]
        fields = SPEAKER_FIELDS if self.per_document else tuple(f for f in SPEAKER_FIELDS if f != "doc")
        if self.fmt == "jsonl":
            for row in rows:
                self.stream.write(json.dumps({f: row[f] for f in fields}, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.stream.write(json.dumps([{f: row[f] for f in fields} for row in rows], ensure_ascii=False,
                                         indent=1) + "\n")
        elif self.fmt in ("csv", "tsv"):
            if self.bom:
                self.stream.write("\ufeff")
            out = csv.writer(self.stream, delimiter="," if self.fmt == "csv" else "\t", lineterminator="\n")
            out.writerow(fields)
            for row in rows:
                out.writerow([_csv_cell(row[f], self.excel_safe) for f in fields])
        else:
            self._table(rows)
        self.stream.flush()

    def _table(self, rows: list[dict]) -> None:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        console = rich_console(self.stream, width=self.width)
        table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
        if self.per_document:
            table.add_column("document", overflow="fold")
        table.add_column("speaker", overflow="fold")
        table.add_column("quotes", justify="right")
        table.add_column("words", justify="right")
        table.add_column("direct / mixed / indirect", justify="right")
        table.add_column("named as", overflow="fold", style="dim")
        for row in rows:
            speaker = Text(row["speaker"], style="bold" if row["speaker"] != "(unresolved)" else "dim")
            if row["speaker_title"]:
                speaker.append("\n" + row["speaker_title"], style="dim")
            cells = [Text(row["doc"])] if self.per_document else []
            cells += [speaker, Text(str(row["quotes"])), Text(str(row["words"])),
                      Text(f"{row['direct']} / {row['mixed']} / {row['indirect']}"),
                      Text(shorten(row["mentions"], 60))]
            table.add_row(*cells)
        console.print(table)
