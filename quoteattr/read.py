"""Stage 0: input documents from files, folders, JSON Lines and stdin, decoded and newline-normalised.

What is read:

- A file given by path is always read, whatever its suffix: as JSON Lines when the format is `jsonl`, or
  when it is `auto` and the name ends in `.jsonl` / `.ndjson`; as an HTML page when the format is `html`,
  or when it is `auto` and the name ends in `.html` / `.htm`; as one text document otherwise.
- A folder is walked recursively in sorted order (by path, code point order). Hidden files and folders
  (name starting with ".") are skipped, and so are symbolic links to folders (never followed, so a link
  loop cannot trap the walk); symbolic links to files are read. Only files that look like documents are
  taken: `.txt`, `.text` and files without a suffix as text, `.jsonl` / `.ndjson` as JSON Lines, `.html` /
  `.htm` as HTML (with `input_format="text"` only the text ones, with `"jsonl"` only the JSON Lines ones,
  with `"html"` only the HTML ones). Anything else is
  skipped silently: `.md` (a README beside the articles is not an article; name a Markdown file
  explicitly to read it), `.json`, `.csv`, images, ...
- `-` is standard input, read as bytes (text unless the format is `jsonl` or `html`).

HTML pages (needs the `html` extra, `pip install 'quoteattr[html]'`, which brings trafilatura; imported only
when an HTML page is read): the page is decoded like a text file, then trafilatura extracts the main article
text only - no comments, no tables, no navigation, header, footer or link lists - one paragraph a line.
Paragraphs that repeat another one (a pull quote in a `<blockquote>` or `<aside>` that repeats a sentence of
the article) are dropped, see `drop_repeated_paragraphs`, so a quote is not found twice. The document's text,
and so every offset in the output, is this extracted text, not the HTML source. `meta` gets `format: "html"`
and, when the page has them, `title`, `author`, `date` (ISO, `YYYY-MM-DD`) and `url` (from
`<link rel="canonical">` or `og:url`). Without trafilatura installed each HTML page is an `InputFailure`
saying how to install it; a page without any article text is one too.

Document ids: `-` for stdin; the path as given for a file argument; for a file found in a folder, its path
relative to that folder with "/" separators (`samples/a/b.txt` under `samples/` is `a/b.txt`). A JSON Lines
document takes its id from `id_field` (as text), or `PATH:LINE` when the field is missing.

Decoding of text: a byte-order mark decides (UTF-8, UTF-16 or UTF-32 LE/BE); else strict UTF-8; else cp1252, and the
document gets `meta["encoding_note"]` saying so. `encoding=` is tried first when given, and then nothing
else. A file without a byte-order mark that holds NUL bytes is reported as binary. JSON Lines are UTF-8
(a UTF-16 byte-order mark is honoured), or `encoding` when given.

Newlines: "\\r\\n" and "\\r" become "\\n" and a leading byte-order mark is dropped before extraction, so
every offset in the output refers to this normalised text (also for JSON Lines documents).

Nothing here prints or exits: a path that cannot be read becomes an `InputFailure` in the stream and the
other inputs are still read.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Literal

from .errors import InputError, QuoteattrError
from .models import DOCUMENT_FIELDS, Document

InputFormat = Literal["auto", "text", "jsonl", "html"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "jsonl", "html")
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
STDIN = "-"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    # UTF-32 first: its little-endian mark begins with UTF-16's (FF FE), and read as UTF-16 it is text full
    # of NULs. The utf-32 and utf-16 codecs read the mark and drop it.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192  # bytes looked at for NUL bytes; text never has them, binaries almost always do early


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read, in the document stream in its place; the batch goes on.

    `source` is the path, or `PATH:LINE` for one bad line of a JSON Lines file (then `line` is set).
    """

    source: str
    error: QuoteattrError
    line: int | None = None

    @property
    def path(self) -> str:
        """The file (or `-`) the failure is in, without the line number."""
        return self.source.rsplit(":", 1)[0] if self.line is not None else self.source

    @property
    def message(self) -> str:
        """`what - how to fix`."""
        return self.error.message


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read (or stdin): where it is, the id it gets, and how to read it."""

    path: str
    id: str
    format: Literal["text", "jsonl", "html"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(name: str) -> str:
    """`name` as it can be written out: a file name with bytes that are not UTF-8 (which Python holds as
    lone surrogates) with those bytes as `\\xe9` escapes, any other lone surrogate as U+FFFD."""
    if not _SURROGATE.search(name):
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return _SURROGATE.sub("\ufffd", name)


def normalise_newlines(text: str) -> str:
    """`\\r\\n` and lone `\\r` as `\\n`, the form every offset refers to."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, *, encoding: str | None = None, source: str = STDIN) -> tuple[str, str, str | None]:
    """`(text, encoding used, note or None)` for the bytes of one text; InputError when nothing fits."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}",
                             "pass a Python codec name such as utf-8, cp1252, latin-1 or utf-16", source) from None
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} (byte {exc.start})",
                             "pass the right --encoding, or leave it out to detect UTF-8/UTF-16", source) from None
        return text.removeprefix("\ufeff"), encoding, None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, None
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {codec} byte-order mark but is not valid {codec} (byte {exc.start})",
                                 "repair or re-save the file, or pass --encoding", source) from None
    if b"\0" in data[:_SNIFF]:
        raise InputError("binary file (it holds NUL bytes)",
                         "pass text files; for UTF-16 text without a byte-order mark pass --encoding utf-16-le",
                         source)
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode: neither UTF-8 nor cp1252 (byte {exc.start})",
                         "pass --encoding with the file's encoding, e.g. --encoding latin-1", source) from None
    return text, "cp1252", "not valid UTF-8, read as cp1252 (Windows Latin-1) - pass --encoding if that is wrong"


def collect(paths: Iterable[str], *, input_format: InputFormat = "auto") -> Iterator[Source | InputFailure]:
    """The files behind `paths` in reading order: folders expanded, stdin as `-`, unreadable paths as failures."""
    _check_format(input_format)
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            yield Source(STDIN, STDIN, input_format if input_format in ("jsonl", "html") else "text")
            continue
        try:
            is_dir = os.path.isdir(path)
            os.stat(path)  # raises for a missing path, a broken link or a link loop, with the reason
        except OSError as exc:
            yield InputFailure(path, _os_error(exc, path))
            continue
        if is_dir:
            yield from _walk(path, input_format)
        else:
            yield Source(path, printable(path), _format_of(path, input_format))


def read_source(source: Source, *, id_field: str = "id", text_field: str = "text",
                encoding: str | None = None, stdin: BinaryIO | None = None) -> Iterator[Document | InputFailure]:
    """The documents in one source: one for a text file, one per line for JSON Lines."""
    try:
        if source.format == "jsonl":
            yield from _read_jsonl(source, id_field, text_field, encoding, stdin)
            return
        data = _read_bytes(source.path, stdin)
        text, used, note = decode(data, encoding=encoding, source=source.path)
        if source.format == "html":
            text, page = html_to_text(text, source=source.path)
    except QuoteattrError as exc:
        yield InputFailure(source.path, exc)
        return
    meta = {"source": source.path, "encoding": used}
    if note:
        meta["encoding_note"] = note
    if source.format == "html":
        meta["format"] = "html"
        meta.update(page)
    yield Document(source.id, normalise_newlines(text), meta)


def html_to_text(html: str, *, source: str = STDIN) -> tuple[str, dict[str, str]]:
    """`(article text, {title, author, date, url} as far as found)` of an HTML page, with trafilatura.

    Main text only (no comments, tables or boilerplate), one paragraph a line, repeated paragraphs dropped.
    InputError when trafilatura is not installed or the page has no article text.
    """
    try:
        import trafilatura  # lazy: slow to import, and an optional extra
    except ImportError:
        raise InputError("HTML input needs trafilatura", "pip install 'quoteattr[html]'", source) from None
    _quiet_html_loggers()
    try:
        result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                             favor_precision=True, with_metadata=True)
    except Exception as exc:  # trafilatura/lxml errors on pathological markup: this page only
        raise InputError(f"cannot extract the article from the HTML ({type(exc).__name__}: {exc})",
                         "check that the file is an HTML page, or pass --input-format text", source) from None
    if result is not None and not isinstance(result, dict):
        result = result.as_dict()  # trafilatura >= 2 returns a Document object, 1.x a dict
    body = normalise_newlines((result or {}).get("text") or "")
    text = "\n".join(drop_repeated_paragraphs(line.strip() for line in body.split("\n")))
    if not text:
        raise InputError("no article text found in the HTML page",
                         "check that it is an article page, or pass --input-format text to read it as it is",
                         source)
    page = {}
    for name in DOCUMENT_FIELDS:
        value = (result or {}).get(name)
        if isinstance(value, str) and value.strip():
            page[name] = value.strip()
    return text, page


def _quiet_html_loggers() -> None:
    """Keep trafilatura's own log lines ("empty HTML tree", ...) off stderr: failures are reported here."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


_EDGE_CHARS = " \t\"'“”‘’«»„‚.,;:!?…—–-"
_CONTAINMENT_LIMIT = 2000  # paragraphs
_CONTAINED_MIN = 20  # characters; a shorter line (a subheading, "Advertisement") is only dropped when identical


def _comparable(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def drop_repeated_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """The non-empty paragraphs, in order, without those that repeat another one.

    A paragraph is dropped when it is the same as an earlier one, or when it is wholly contained in another
    (longer) paragraph: a pull quote repeating a sentence of the article. Compared with whitespace collapsed
    and case folded; for containment the candidate's leading and trailing quotation marks and punctuation
    are ignored (a pull quote often leaves out the comma or the closing mark), and it must be at least
    20 characters, so that a short line such as a subheading is not dropped just because a paragraph
    happens to contain its words.
    """
    items = [p for p in paragraphs if p.strip()]
    keys = [_comparable(p) for p in items]
    # containment compares every pair: on a page of thousands of paragraphs (not an article) only exact
    # repeats are dropped, so that time stays linear
    contained = len(items) <= _CONTAINMENT_LIMIT
    out = []
    seen: set[str] = set()
    for i, (paragraph, key) in enumerate(zip(items, keys)):
        if key in seen:
            continue
        core = key.strip(_EDGE_CHARS)
        if contained and len(core) >= _CONTAINED_MIN and any(
                j != i and len(other) > len(key) and core in other for j, other in enumerate(keys)):
            continue
        seen.add(key)
        out.append(paragraph)
    return out


def iter_documents(paths: Iterable[str], *, input_format: InputFormat = "auto", id_field: str = "id",
                   text_field: str = "text", encoding: str | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[Document | InputFailure]:
    """Every document behind `paths`, in order; what cannot be read comes as an InputFailure in its place."""
    for item in collect(paths, input_format=input_format):
        if isinstance(item, InputFailure):
            yield item
        else:
            yield from read_source(item, id_field=id_field, text_field=text_field, encoding=encoding, stdin=stdin)


def _check_format(input_format: str) -> None:
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {input_format!r}")


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _format_of(path: str, input_format: str) -> Literal["text", "jsonl", "html"]:
    if input_format == "auto":
        suffix = _suffix(path)
        return "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    return input_format if input_format in ("jsonl", "html") else "text"


def _wanted(name: str, input_format: str) -> bool:
    suffix = _suffix(name)
    if input_format == "text":
        return suffix in TEXT_SUFFIXES
    if input_format == "jsonl":
        return suffix in JSONL_SUFFIXES
    if input_format == "html":
        return suffix in HTML_SUFFIXES
    return suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES or suffix in HTML_SUFFIXES


def _walk(root: str, input_format: str) -> Iterator[Source | InputFailure]:
    found: list[tuple[tuple[str, ...], Source | InputFailure]] = []

    def visit(folder: str, rel: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            found.append((rel, InputFailure(folder, _os_error(exc, folder))))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            parts = (*rel, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, parts)
                    continue
                if entry.is_symlink() and entry.is_dir():
                    continue  # a linked folder: not followed
                if not _wanted(entry.name, input_format):
                    continue
                if not entry.is_file():  # a broken link, a fifo, a socket
                    os.stat(entry.path)  # a broken link raises here, with the reason
                    raise InputError("not a regular file", "pass regular files or folders", entry.path)
            except QuoteattrError as exc:
                found.append((parts, InputFailure(entry.path, exc)))
                continue
            except OSError as exc:
                found.append((parts, InputFailure(entry.path, _os_error(exc, entry.path))))
                continue
            found.append((parts, Source(entry.path, printable("/".join(parts)),
                                        _format_of(entry.name, input_format))))

    visit(root, ())
    # Sorting the path parts (not the joined string) keeps a folder's files together: a/x before a-b.txt.
    found.sort(key=lambda pair: pair[0])
    for _, item in found:
        yield item


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        return _stdin(stdin).read()
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise _os_error(exc, path) from None


def _stdin(stdin: BinaryIO | None) -> BinaryIO:
    if stdin is not None:
        return stdin
    if sys.stdin is None:
        raise InputError("there is no standard input", "pass a file instead of -", STDIN)
    return getattr(sys.stdin, "buffer", sys.stdin)


def _os_error(exc: OSError, path: str) -> InputError:
    import errno

    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        if os.path.islink(path):
            return InputError("broken symbolic link (its target does not exist)", "fix or remove the link", path)
        return InputError("no such file or folder", "check the path (a typo? a file that has moved?)", path)
    if isinstance(exc, PermissionError):
        return InputError("permission denied", "make it readable (chmod +r) or run as a user who can read it", path)
    if code == errno.ELOOP:
        return InputError("symbolic link loop", "fix the link so that it points to a real file or folder", path)
    if isinstance(exc, IsADirectoryError):
        return InputError("is a folder", "pass the folder itself, not a path inside it", path)
    reason = exc.strerror or str(exc)
    return InputError(f"cannot read: {reason}", "check that the path is a readable file or folder", path)


def _read_jsonl(source: Source, id_field: str, text_field: str, encoding: str | None,
                stdin: BinaryIO | None) -> Iterator[Document | InputFailure]:
    path = source.path
    if path == STDIN:
        yield from _jsonl_lines(_binary_lines(_stdin(stdin)), source, id_field, text_field, encoding)
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise _os_error(exc, path) from None
    with fh:
        yield from _jsonl_lines(_binary_lines(fh), source, id_field, text_field, encoding)


def _binary_lines(fh: BinaryIO) -> Iterator[bytes | str]:
    """Lines split on "\\n" only (a JSON string may hold U+2028, which str.splitlines would split on).

    Bytes, except for a file with a UTF-16 byte-order mark: that one is decoded whole and its lines are str.
    """
    head = fh.read(2)
    if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # UTF-16 cannot be split on b"\n"; such files are small enough to read whole.
        try:
            text = (head + fh.read()).decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte {exc.start})",
                             "re-save the file as UTF-8", getattr(fh, "name", None)) from None
        yield from text.split("\n")
        return
    buf = head
    for chunk in fh:  # binary iteration splits on b"\n" already; `buf` only joins the peeked head
        buf += chunk
        if b"\n" in buf:
            *complete, buf = buf.split(b"\n")
            yield from complete
    if buf:
        yield buf


def _jsonl_lines(lines: Iterator[bytes | str], source: Source, id_field: str, text_field: str,
                 encoding: str | None) -> Iterator[Document | InputFailure]:
    for no, raw in enumerate(lines, 1):
        where = f"{source.path}:{no}"

        def bad(what: str, fix: str) -> InputFailure:
            return InputFailure(where, InputError(what, fix, where), line=no)

        if isinstance(raw, str):
            line = raw
        else:
            if no == 1 and not encoding:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                line = raw.decode(encoding or "utf-8")
            except LookupError:
                yield bad(f"unknown encoding {encoding!r}", "pass a Python codec name such as utf-8 or cp1252")
                return
            except UnicodeDecodeError as exc:
                yield bad(f"not valid {encoding or 'UTF-8'} (byte {exc.start} of the line)",
                          "JSON Lines must be UTF-8: re-save the file as UTF-8, or pass --encoding")
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield bad(f"not valid JSON ({exc.msg}, column {exc.colno})", "fix the line: one JSON object per line")
            continue
        if not isinstance(obj, dict):
            yield bad(f"the line is {_json_type(obj)}, not a JSON object",
                      'write one object per line, like {"id": "a", "text": "..."}')
            continue
        if text_field not in obj:
            yield bad(f"no {text_field!r} field", "add it, or name the field that holds the text with --text-field")
            continue
        text = obj[text_field]
        if not isinstance(text, str):
            yield bad(f"field {text_field!r} is {_json_type(text)}, not a string",
                      "put the document text in it as a JSON string")
            continue
        doc_id = obj.get(id_field)
        doc_id = where if doc_id is None else (doc_id if isinstance(doc_id, str) else json.dumps(doc_id))
        doc_id = _SURROGATE.sub("\ufffd", printable(doc_id) if doc_id is where else doc_id)
        meta = {"source": where, "encoding": encoding or "utf-8"}
        if _SURROGATE.search(text):
            # "\ud800" alone is valid JSON but no character: no UTF-8 output could hold it. One code point for
            # another, so the offsets stay right.
            text = _SURROGATE.sub("\ufffd", text)
            meta["encoding_note"] = ("the text holds unpaired surrogate escapes (\\ud800-\\udfff), read as U+FFFD"
                                     " - fix the program that wrote the JSON")
        yield Document(doc_id, normalise_newlines(text.removeprefix("\ufeff")), meta)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__
