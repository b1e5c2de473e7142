"""HTML input: article text from news pages with trafilatura (the `html` extra), metadata in Document.meta."""
from __future__ import annotations

import builtins
import json
import shutil
from pathlib import Path

import pytest

from cli_helpers import invoke
from quoteattr.read import drop_repeated_paragraphs, iter_documents, InputFailure

FIXTURE = Path(__file__).parent / "fixtures" / "html-article.html"

# A second site's shape: the pull quote is an <aside> placed before the paragraph it repeats, cut short and
# with curly marks; the URL comes only from og:url, the author from a byline link, the date from <time>.
SECOND_PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Hospital strike ends after talks - Northern Daily</title>
<meta property="og:url" content="https://northern-daily.example.org/health/strike-ends">
<meta property="og:title" content="Hospital strike ends after talks">
</head><body>
<div id="top-bar"><nav><a href="/">Home</a> <a href="/health">Health</a> <a href="/login">Log in to your account</a></nav></div>
<div class="container">
<article>
  <h1>Hospital strike ends after talks</h1>
  <p class="byline">By <a rel="author" href="/staff/omar-haddad">Omar Haddad</a> &middot;
     <time datetime="2023-11-02">2 November 2023</time></p>
  <p>Nurses at the county hospital returned to work on Thursday after a week-long strike over pay and staffing levels came to an end.</p>
  <aside class="pull-quote">“Nobody wanted this strike to go on for a week”</aside>
  <p>“Nobody wanted this strike to go on for a week,” said Linda Park, a senior nurse on the children’s ward.</p>
  <p>The hospital’s chief executive, Mark Evans, said the agreement was fair to staff and patients alike.</p>
  <p>Union officials said they would put the offer to a vote of members next month.</p>
  <div class="related-links"><h4>More on this story</h4><ul>
    <li><a href="/health/strike-day-one">Strike begins at county hospital</a></li>
    <li><a href="/health/waiting-lists">Waiting lists grow for a third year</a></li></ul></div>
</article>
<section id="comments"><h3>Reader comments</h3>
  <article class="comment"><p>About time too, the nurses deserve every penny of it, said my aunt who works there.</p></article>
</section>
</div>
<footer><p>Northern Daily Media Group. Terms of use. Cookie settings.</p></footer>
</body></html>
"""


def _doc(path):
    items = list(iter_documents([str(path)]))
    assert len(items) == 1, items
    assert not isinstance(items[0], InputFailure), items[0].message
    return items[0]


def _quotes(*args):
    result = invoke("extract", *args, "-f", "jsonl")
    return result, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# --------------------------------------------------------------------------- without trafilatura too


def test_drop_repeated_paragraphs():
    body = "\"We will win this fight,\" Mayor Anna Smith said after the vote."
    assert drop_repeated_paragraphs(["Intro text here.", body, "More.", body, "End."]) == \
        ["Intro text here.", body, "More.", "End."]
    # wholly contained (a pull quote cut short, quote marks and case aside), before or after the paragraph
    assert drop_repeated_paragraphs(["“We will win this fight”", body]) == [body]
    assert drop_repeated_paragraphs([body, "we  will win this FIGHT"]) == [body]
    # a short line (a subheading) is kept even when a paragraph contains its words
    assert drop_repeated_paragraphs(["The vote", "The vote was close, the mayor said."]) == \
        ["The vote", "The vote was close, the mayor said."]
    # blank lines go; different paragraphs stay
    assert drop_repeated_paragraphs(["a paragraph of its own here", "", "  ", "another paragraph entirely"]) == \
        ["a paragraph of its own here", "another paragraph entirely"]


def test_without_trafilatura_clear_message_and_exit_1(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura" or name.startswith("trafilatura."):
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    monkeypatch.delitem(__import__("sys").modules, "trafilatura", raising=False)
    shutil.copy(FIXTURE, tmp_path / "page.html")
    (tmp_path / "plain.txt").write_text('"We are ready," said Maria Lopez.\n', encoding="utf-8")
    result, rows = _quotes(tmp_path)
    assert result.exit_code == 1
    assert "HTML input needs trafilatura - pip install 'quoteattr[html]'" in result.stderr
    assert "page.html" in result.stderr
    # the other file is still processed
    assert [(r["doc"], r["speaker"]) for r in rows] == [("plain.txt", "Maria Lopez")]


# --------------------------------------------------------------------------- with trafilatura


@pytest.fixture
def trafilatura():
    return pytest.importorskip("trafilatura")


def test_article_quotes_with_speakers(trafilatura):
    result, rows = _quotes(FIXTURE)
    assert result.exit_code == 0, result.stderr
    direct = [(r["quote"], r["speaker"]) for r in rows if r["kind"] == "direct"]
    assert ("We will win this fight for the waterfront,", "Anna Smith") in direct
    assert ("This plan ignores the fishermen who have worked here for generations,", "Tom Baker") in direct
    # the pull quote repeats the mayor's sentence: it is counted once
    assert sum("We will win" in r["quote"] for r in rows) == 1
    # offsets point into the extracted text
    text = _doc(FIXTURE).text
    for r in rows:
        assert text[r["start"]:r["end"]] == r["quote"]


def test_boilerplate_left_out(trafilatura):
    text = _doc(FIXTURE).text
    for noise in ("Subscribe to our newsletter", "Sport", "harbourfan42", "Total waste of money",
                  "Finally some good news", "Ferry service to resume", "Related stories", "Copyright 2024",
                  "Privacy policy", "<p>", "&"):
        assert noise not in text, noise
    assert text.count("We will win this fight for the waterfront") == 1
    # paragraphs stay apart, one a line
    lines = text.split("\n")
    assert any(line.startswith("The city council voted") for line in lines)
    assert any(line.startswith("Baker said the group") for line in lines)
    assert "\n\n" not in text


def test_meta_fields(trafilatura):
    meta = _doc(FIXTURE).meta
    assert meta["format"] == "html"
    assert meta["title"] == "Council backs new harbour plan"
    assert meta["author"] == "Jane Doe"
    assert meta["date"] == "2024-03-14"
    assert meta["url"] == "https://courier.example.com/news/2024/03/harbour-plan"


def test_second_site_shape(trafilatura, tmp_path):
    page = tmp_path / "strike.htm"
    page.write_text(SECOND_PAGE, encoding="utf-8")
    doc = _doc(page)
    assert doc.meta["url"] == "https://northern-daily.example.org/health/strike-ends"
    assert doc.meta["title"] == "Hospital strike ends after talks"
    assert doc.meta["date"] == "2023-11-02"
    assert doc.meta.get("author") == "Omar Haddad"
    assert doc.text.count("Nobody wanted this strike") == 1
    for noise in ("Log in to your account", "About time too", "Waiting lists grow", "Cookie settings"):
        assert noise not in doc.text, noise
    result, rows = _quotes(page)
    assert result.exit_code == 0, result.stderr
    said = {(r["speaker"], r["kind"]) for r in rows}
    assert ("Linda Park", "direct") in said
    assert sum("Nobody wanted" in r["quote"] for r in rows) == 1


def test_folder_mixing_html_and_txt(trafilatura, tmp_path):
    shutil.copy(FIXTURE, tmp_path / "b-harbour.html")
    (tmp_path / "strike.htm").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "a-plain.txt").write_text('"We are ready," said Maria Lopez.\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text('"Not an article," said Nobody Here.\n', encoding="utf-8")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["a-plain.txt", "b-harbour.html", "strike.htm"]
    assert [d.meta.get("format") for d in docs] == [None, "html", "html"]
    result, rows = _quotes(tmp_path)
    assert result.exit_code == 0, result.stderr
    speakers = {(r["doc"], r["speaker"]) for r in rows}
    assert {("a-plain.txt", "Maria Lopez"), ("b-harbour.html", "Anna Smith"),
            ("strike.htm", "Linda Park")} <= speakers
    # --input-format html takes only the HTML files from a folder
    assert [d.id for d in iter_documents([str(tmp_path)], input_format="html")] == ["b-harbour.html", "strike.htm"]


def test_input_format_html_for_any_name_and_stdin(trafilatura, tmp_path):
    saved = tmp_path / "saved-page.txt"
    shutil.copy(FIXTURE, saved)
    result, rows = _quotes("--input-format", "html", saved)
    assert result.exit_code == 0, result.stderr
    assert any(r["speaker"] == "Anna Smith" for r in rows)
    result = invoke("extract", "--input-format", "html", "-", "-f", "jsonl", input=FIXTURE.read_text("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert any(json.loads(line)["speaker"] == "Tom Baker" for line in result.stdout.splitlines())


def test_page_without_article_text_is_a_failure(trafilatura, tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Loading</title></head><body><div id='app'></div>"
                                         "<script>render()</script></body></html>", encoding="utf-8")
    (tmp_path / "ok.txt").write_text('"Fine," said Maria Lopez.\n', encoding="utf-8")
    result, rows = _quotes(tmp_path)
    assert result.exit_code == 1
    assert "no article text found in the HTML page" in result.stderr
    assert [r["doc"] for r in rows] == ["ok.txt"]


# ------------------------------------------------------------------------- the page's fields in the output

PAGE_FIELDS = {"title": "Council backs new harbour plan", "author": "Jane Doe", "date": "2024-03-14",
               "url": "https://courier.example.com/news/2024/03/harbour-plan"}


def test_page_fields_in_json_records_only_for_pages(trafilatura, tmp_path):
    shutil.copy(FIXTURE, tmp_path / "b-harbour.html")
    (tmp_path / "a-plain.txt").write_text('"We are ready," said Maria Lopez.\n', encoding="utf-8")
    result, rows = _quotes(tmp_path)
    assert result.exit_code == 0, result.stderr
    for row in rows:
        if row["doc"] == "b-harbour.html":
            assert row["document"] == PAGE_FIELDS
        else:
            assert "document" not in row  # a plain text has no fields of its own
    whole = json.loads(invoke("extract", tmp_path, "-f", "json").stdout)
    assert [r.get("document") for r in whole] == [r.get("document") for r in rows]


def test_page_fields_from_stdin_and_with_workers(trafilatura, tmp_path):
    result = invoke("extract", "--input-format", "html", "-", "-f", "jsonl", input=FIXTURE.read_text("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert all(json.loads(line)["document"] == PAGE_FIELDS for line in result.stdout.splitlines())
    for i in range(3):
        shutil.copy(FIXTURE, tmp_path / f"page{i}.html")
    one, two = invoke("extract", tmp_path, "-f", "jsonl"), invoke("extract", tmp_path, "-f", "jsonl", "-j", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert one.stdout == two.stdout and '"document": {' in one.stdout


def test_page_fields_as_csv_columns(trafilatura, tmp_path):
    import csv
    import io

    shutil.copy(FIXTURE, tmp_path / "b-harbour.html")
    (tmp_path / "a-plain.txt").write_text('"We are ready," said Maria Lopez.\n', encoding="utf-8")
    result = invoke("extract", tmp_path, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    plain = [r for r in rows if r["doc"] == "a-plain.txt"]
    page = [r for r in rows if r["doc"] == "b-harbour.html"]
    assert plain and page
    assert all(r["doc_title"] == "" and r["doc_url"] == "" for r in plain)
    assert all({name: r[f"doc_{name}"] for name in PAGE_FIELDS} == PAGE_FIELDS for r in page)
    # no web page in the batch: the columns are the usual ones
    header = invoke("extract", tmp_path / "a-plain.txt", "-f", "csv").stdout.splitlines()[0]
    assert "doc_title" not in header


def test_page_fields_in_table_and_report(trafilatura):
    table = invoke("extract", FIXTURE, "-f", "table")
    assert table.exit_code == 0, table.stderr
    assert "Council backs new harbour plan" in table.stdout and "2024-03-14" in table.stdout
    report = invoke("extract", FIXTURE, "-f", "html")
    assert report.exit_code == 0, report.stderr
    assert 'class="doc-fields"' in report.stdout and "Jane Doe" in report.stdout
