"""Last stage, writing: one streaming writer per format, exact columns, line ends and JSON validity."""
from __future__ import annotations

import csv
import io
import json

import pytest

from quoteattr.models import FIELDS, Quote
from quoteattr.write import FORMATS, RENDERED_FORMATS, SUFFIX_FORMATS, open_writer, render, shorten


def quote(index=0, **changes) -> Quote:
    values = dict(
        doc="a.txt", index=index, kind="direct", quote="We will win,", start=1, end=13, speaker="Jane Smith",
        speaker_title="Mayor", mention="Smith", mention_start=15, mention_end=20, cue="said", cue_start=21,
        cue_end=25, rule="quote-speaker-cue", confidence=0.95,
    )
    values.update(changes)
    return Quote(**values)


QUOTES = [
    quote(0),
    quote(1, kind="indirect", quote="=SUM(A1) is\n“fine”, she said, with a tab\tand a, comma", speaker=None,
          speaker_title=None, mention="she", cue=None, cue_start=None, cue_end=None, rule="floating", confidence=0.5),
    quote(2, kind="mixed", quote="-5 percent, @handle and +1", speaker="Union Cycliste Vaudoise",
          speaker_title=None),
]


class CountingStream(io.StringIO):
    """Counts flushes, to check that writers flush once per document."""

    def __init__(self):
        super().__init__()
        self.flushes = 0

    def flush(self):
        self.flushes += 1
        super().flush()


def run(fmt, docs, **options) -> str:
    stream = io.StringIO()
    writer = open_writer(fmt, stream, **options)
    for doc_id, quotes in docs:
        writer.write_document(doc_id, quotes)
    writer.close()
    return stream.getvalue()


# --------------------------------------------------------------------------------------------------- jsonl

def test_jsonl_one_record_a_line_in_field_order():
    out = run("jsonl", [("a.txt", QUOTES[:2]), ("b.txt", []), ("c.txt", QUOTES[2:])])
    assert out.endswith("\n") and "\r" not in out
    lines = out.split("\n")[:-1]
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(FIELDS) for r in records)
    assert records[1]["quote"] == QUOTES[1].quote and records[1]["speaker"] is None
    assert "“fine”" in lines[1]  # not escaped: UTF-8 out


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_records_are_the_bytes_of_json_dumps(fmt):
    # the writers' one encoder gives what json.dumps(record, ensure_ascii=False) gives: the separators
    # ", " and ": ", letters beyond ASCII as they are, escapes only where JSON needs them; an unpaired
    # surrogate (no character in UTF-8) is written escaped, as json.dumps(record) writes it
    quotes = [quote(0, quote="Über „Brücken“ — «oui», 東京 🙂, a \"mark\", a \\ and a\ttab\u2028",
                    speaker="Zoë Ødegård"),
              quote(1, quote="half a pair \ud83d here", speaker="Zoë Ødegård")]
    fields = {"title": "Ça va", "author": None, "date": "2026-11-28", "url": "https://example.org/ä"}
    stream = io.StringIO()
    writer = open_writer(fmt, stream)
    writer.write_document("a.txt", quotes, fields=fields)
    writer.close()
    expected = [json.dumps(dict(quotes[0].to_dict(), document=fields), ensure_ascii=False),
                json.dumps(dict(quotes[1].to_dict(), document=fields))]
    assert "Zoë" in expected[0] and "Zo\\u00eb" in expected[1]
    lines = stream.getvalue().split("\n")
    assert [line.rstrip(",") for line in lines if line.startswith("{")] == expected


def test_jsonl_empty():
    assert run("jsonl", []) == ""
    assert run("jsonl", [("a", [])]) == ""


def test_jsonl_flushes_per_document():
    stream = CountingStream()
    writer = open_writer("jsonl", stream)
    writer.write_document("a", QUOTES)
    assert stream.flushes == 1
    assert stream.getvalue().count("\n") == 3  # all there before close
    writer.write_document("b", [])
    assert stream.flushes == 2


# ---------------------------------------------------------------------------------------------------- json

@pytest.mark.parametrize("docs", [
    [], [("a", [])], [("a", QUOTES[:1])], [("a", QUOTES[:2]), ("b", []), ("c", QUOTES[2:])],
])
def test_json_is_a_valid_array(docs):
    out = run("json", docs)
    records = json.loads(out)
    assert records == [q.to_dict() for _, quotes in docs for q in quotes]
    assert all(list(r) == list(FIELDS) for r in records)


def test_json_streams_and_closes_once():
    stream = CountingStream()
    writer = open_writer("json", stream)
    assert stream.getvalue() == "["
    writer.write_document("a", QUOTES[:2])
    partial = stream.getvalue()
    assert partial.startswith("[\n{") and partial.count(",\n{") == 1  # records separated by ",\n"
    assert stream.flushes == 1
    writer.close()
    writer.close()
    assert json.loads(stream.getvalue())
    assert stream.getvalue().endswith("\n]\n")


# ------------------------------------------------------------------------------------------------ csv, tsv

@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_header_columns_and_line_ends(fmt, delimiter):
    out = run(fmt, [("a.txt", QUOTES), ("b.txt", [])])
    assert "\r\n" not in out and out.endswith("\n")
    assert out.split("\n", 1)[0] == delimiter.join(FIELDS)
    rows = list(csv.reader(io.StringIO(out, newline=""), delimiter=delimiter))
    assert rows[0] == list(FIELDS)
    assert len(rows) == 1 + len(QUOTES)
    parsed = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert parsed[0]["speaker"] == "Jane Smith" and parsed[0]["confidence"] == "0.95"
    assert parsed[0]["start"] == "1" and parsed[0]["mention_end"] == "20"
    assert parsed[1]["quote"] == QUOTES[1].quote  # newline, tab, comma and quotes survive
    assert parsed[1]["speaker"] == "" and parsed[1]["cue_start"] == ""


def test_csv_header_even_when_empty():
    assert run("csv", []) == ",".join(FIELDS) + "\n"


def test_csv_bom():
    out = run("csv", [("a", QUOTES[:1])], bom=True)
    assert out.startswith("\ufeffdoc,index,")
    assert out.count("\ufeff") == 1


def test_csv_excel_safe_prefixes_formula_cells_only():
    out = run("csv", [("a", QUOTES)], excel_safe=True)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert rows[1]["quote"] == "'" + QUOTES[1].quote
    assert rows[2]["quote"] == "'" + QUOTES[2].quote
    assert rows[0]["quote"] == QUOTES[0].quote
    assert rows[0]["start"] == "1"  # numbers untouched


def test_csv_without_excel_safe_keeps_cells():
    out = run("csv", [("a", QUOTES)])
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["quote"] for r in rows] == [q.quote for q in QUOTES]


def test_csv_flushes_per_document():
    stream = CountingStream()
    writer = open_writer("csv", stream)
    before = stream.flushes
    writer.write_document("a", QUOTES)
    assert stream.flushes == before + 1


# --------------------------------------------------------------------------------------------------- table

def test_table_shows_documents_speakers_quotes_and_cues():
    out = run("table", [("a.txt", QUOTES), ("empty.txt", [])], width=120)
    assert "a.txt" in out and "3 quotes" in out
    for header in ("#", "speaker", "kind", "quote", "cue"):
        assert header in out
    assert "Jane Smith" in out and "Mayor" in out
    assert "We will win," in out
    assert "she" in out and "unresolved" in out
    assert "empty.txt" in out and "no quotes found" in out
    assert "3 quotes in 2 documents" in out
    assert "rule" not in out and "0.95" not in out
    assert "\x1b[" not in out  # no colour codes when the stream is not a terminal


def test_table_explain_adds_rule_and_confidence():
    out = run("table", [("a.txt", QUOTES[:1])], explain=True, width=120)
    assert "cue, rule" in out
    assert "quote-speaker-cue 0.95" in out
    plain = run("table", [("a.txt", QUOTES[:1])], width=120)
    assert "quote-speaker-cue" not in plain


def test_table_does_not_interpret_markup_in_quotes():
    out = run("table", [("[bold]doc[/bold]", [quote(quote="[red]not markup[/red]", speaker="[b]X[/b]")])], width=120)
    assert "[red]not markup[/red]" in out
    assert "[b]X[/b]" in out
    assert "[bold]doc[/bold]" in out


def test_table_narrow_screen_keeps_words_whole():
    out = run("table", [("a.txt", [quote(quote="word " * 30)])], explain=True, width=80)
    assert "word" in out
    assert "said" in out  # the cue column is not squeezed to nothing


@pytest.mark.parametrize("text, limit, expected", [
    ("short", 20, "short"),
    ("one\ntwo", 20, "one ¶ two"),
    ("alpha beta gamma delta epsilon", 20, "alpha beta gamma…"),
    ("x" * 30, 10, "x" * 10 + "…"),
])
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


# ---------------------------------------------------------------------------------------------- open_writer

def test_every_format_has_a_writer():
    for fmt in FORMATS:
        writer = open_writer(fmt, io.StringIO())
        writer.write_document("a", QUOTES)
        writer.close()


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown output format"):
        open_writer("xml", io.StringIO())


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_bom_and_excel_safe_are_for_csv_and_tsv(fmt):
    with pytest.raises(ValueError):
        open_writer(fmt, io.StringIO(), bom=True)
    with pytest.raises(ValueError):
        open_writer(fmt, io.StringIO(), excel_safe=True)


def test_suffix_formats_are_known_formats():
    assert set(SUFFIX_FORMATS.values()) <= set(FORMATS)
    assert SUFFIX_FORMATS[".csv"] == "csv" and SUFFIX_FORMATS[".txt"] == "table"


# ------------------------------------------------------------------------ records rendered apart (-j N)

SURROGATE_QUOTES = [quote(3, quote="broken \ud800 pair", speaker="Ann \udfff Lee")]


@pytest.mark.parametrize("fmt, options", [(fmt, {}) for fmt in RENDERED_FORMATS] + [
    (fmt, option) for fmt in ("csv", "tsv")  # the settings of the csv/tsv writers
    for option in ({"excel_safe": True}, {"document_fields": True}, {"bom": True})])
def test_rendered_records_write_what_the_writer_writes(fmt, options):
    # Workers serialise the records (`render`) and the main process writes them (`write_rendered`): the
    # same bytes as the writer's own write_document, for documents with, without and with odd records.
    fields = {"title": "A page", "url": "http://example.org/=1"}
    docs = [("a.txt", QUOTES, fields), ("b.txt", [], None), ("c.txt", SURROGATE_QUOTES, None),
            ("d.txt", QUOTES[:1], fields)]
    direct, rendered = io.StringIO(), io.StringIO()
    writer = open_writer(fmt, direct, **options)
    other = open_writer(fmt, rendered, **options)
    for doc_id, quotes, doc_fields in docs:
        writer.write_document(doc_id, quotes, None, doc_fields)
        other.write_rendered(render(fmt, quotes, doc_fields, excel_safe=options.get("excel_safe", False),
                                    document_fields=options.get("document_fields", False)))
    writer.close()
    other.close()
    assert rendered.getvalue() == direct.getvalue()


def test_render_refuses_formats_written_whole():
    with pytest.raises(ValueError):
        render("table", QUOTES)
