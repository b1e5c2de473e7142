"""`quoteattr speakers` and language choice on the command line."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from quoteattr import cli

runner = CliRunner()
TEXT = ('Health Minister Ana Pereira said the wards are full. "We need more nurses," Pereira told reporters.\n'
        '"It is a start," said Tom Hale.\n')


def test_speakers_jsonl_counts_statements_and_words():
    result = runner.invoke(cli.app, ["speakers", "-f", "jsonl"], input=TEXT)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["speaker"] for r in rows] == ["Ana Pereira", "Tom Hale"]
    assert rows[0]["quotes"] == 2 and rows[0]["speaker_title"] == "Health Minister"
    assert rows[0]["words"] == len("the wards are full".split()) + len("We need more nurses,".split())
    assert "doc" not in rows[0]


def test_speakers_per_document_csv(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text('"Rain is coming," said Tom Hale.\n', encoding="utf-8")
    out = tmp_path / "speakers.csv"
    result = runner.invoke(cli.app, ["speakers", str(tmp_path), "--per-document", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["doc"], r["speaker"]) for r in rows] == [("a.txt", "Ana Pereira"), ("a.txt", "Tom Hale"),
                                                          ("b.txt", "Tom Hale")]


def test_speakers_table_is_readable_and_html_is_refused():
    table = runner.invoke(cli.app, ["speakers", "-f", "table"], input=TEXT)
    assert table.exit_code == 0 and "Ana Pereira" in table.stdout and "Health Minister" in table.stdout
    assert runner.invoke(cli.app, ["speakers", "-f", "html"], input=TEXT).exit_code == 2


def test_language_is_detected_unless_given():
    german = "„Wir sind bereit“, sagte Bundeskanzlerin Angela Korff am Montag.\n"
    auto = runner.invoke(cli.app, ["extract", "-f", "jsonl"], input=german)
    assert [json.loads(line)["speaker"] for line in auto.stdout.splitlines()] == ["Angela Korff"]
    forced = runner.invoke(cli.app, ["extract", "-f", "jsonl", "--lang", "de"], input=german)
    assert forced.stdout == auto.stdout
    assert runner.invoke(cli.app, ["extract", "--lang", "xx"], input=german).exit_code == 2
