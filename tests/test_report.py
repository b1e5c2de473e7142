"""The html report: structure, escaping, nesting, counts and self-containment, checked with the stdlib's
HTML parser (tests/test_report_browser.py loads it in a real browser)."""
from __future__ import annotations

import base64
import hashlib
import io
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import extract
from quoteattr.models import Quote
from quoteattr.report import (
    _DISTANCE, PALETTE, SCRIPT, TEXT_COLOUR, TOC_OPEN_UP_TO, UNATTRIBUTED, UNATTRIBUTED_COLOUR, HtmlWriter,
    contrast, darken,
)
from quoteattr.write import SUFFIX_FORMATS, open_writer

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


# ----------------------------------------------------------------------------------------------- helpers

class Node:
    def __init__(self, tag: str, attrs: dict, parent: Node | None):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class Tree(HTMLParser):
    """A DOM that fails on any end tag that does not close the innermost open element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack = [self.root]
        self.doctype = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        names = [name for name, _ in attrs]
        assert len(names) == len(set(names)), f"repeated attribute in <{tag}>: {names}"
        node = Node(tag, dict(attrs), self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        raise AssertionError(f"self-closing <{tag}/> in HTML")

    def handle_endtag(self, tag):
        assert tag not in VOID, f"end tag for void element {tag}"
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>: bad nesting"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert [n.tag for n in tree.stack] == ["#document"], "elements left open"
    assert tree.doctype == "DOCTYPE html"
    return tree.root


def report(docs, **kwargs) -> str:
    stream = io.StringIO()
    writer = HtmlWriter(stream, **kwargs)
    for doc_id, quotes, text in docs:
        writer.write_document(doc_id, quotes, text)
    writer.close()
    return stream.getvalue()


def sample_docs(names=None):
    paths = sorted(SAMPLES.glob("*.txt"))
    out = []
    for path in paths:
        if names is None or path.name in names:
            text = path.read_text(encoding="utf-8")
            out.append((path.name, extract(text, path.name), text))
    return out


def quote(start, end, text, index=0, **changes) -> Quote:
    values = dict(doc="t", index=index, kind="direct", quote=text[start:end], start=start, end=end,
                  speaker="Jane Smith", speaker_title="Mayor", mention=None, mention_start=None, mention_end=None,
                  cue=None, cue_start=None, cue_end=None, rule="quote-speaker-cue", confidence=0.95)
    values.update(changes)
    return Quote(**values)


def article(root: Node, n: int) -> Node:
    return next(a for a in root.find_all("article") if a.attrs["id"] == f"d{n}")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------------------------- quotes in context

@pytest.fixture(scope="module")
def samples():
    docs = sample_docs()
    return docs, parse(report(docs))


def test_every_quote_is_one_highlighted_element_with_its_data(samples):
    docs, root = samples
    for n, (doc_id, quotes, text) in enumerate(docs, 1):
        art = article(root, n)
        marks = [m for m in art.find_all("mark", "q") if "cont" not in m.classes()]
        assert len(marks) == len(quotes), doc_id
        for i, (q, mark) in enumerate(zip(quotes, marks)):
            assert mark.attrs["id"] == f"d{n}-q{i}"
            assert mark.attrs["tabindex"] == "0"
            assert f"k-{q.kind}" in mark.classes()
            assert mark.attrs["data-kind"] == q.kind
            assert mark.attrs["data-speaker"] == (q.speaker or "")
            assert mark.attrs["data-rule"] == q.rule
            assert float(mark.attrs["data-confidence"]) == q.confidence
            assert mark.text() == q.quote, (doc_id, i)
            title = mark.attrs["title"]
            for fact in (q.speaker or "Unattributed", q.kind, q.rule, f"{q.confidence:.2f}"):
                assert fact in title
            if q.speaker_title:
                assert q.speaker_title in title


def test_every_cue_and_mention_is_marked_and_linked_to_its_quote(samples):
    docs, root = samples
    for n, (doc_id, quotes, _text) in enumerate(docs, 1):
        art = article(root, n)
        by_id = {node.attrs["id"]: node for node in art.iter() if "id" in node.attrs}
        for i, q in enumerate(quotes):
            parts = [by_id[part] for part in by_id[f"d{n}-q{i}"].attrs.get("data-parts", "").split()]
            cues = [p for p in parts if "cue" in p.classes()]
            mentions = [p for p in parts if "m" in p.classes()]
            assert [c.text() for c in cues] == ([q.cue] if q.cue else []), (doc_id, i)
            assert [m.text() for m in mentions] == ([q.mention] if q.mention else []), (doc_id, i)
            for part in parts:
                assert f"d{n}-q{i}" in part.attrs["data-for"].split()
            for m in mentions:
                assert m.attrs["class"].split()[1] == by_id[f"d{n}-q{i}"].attrs["class"].split()[1]  # speaker


def test_the_whole_text_is_shown(samples):
    docs, root = samples
    for n, (doc_id, _quotes, text) in enumerate(docs, 1):
        body = next(d for d in article(root, n).find_all("div", "text"))
        assert squash(body.text()) == squash(text), doc_id
        assert len(body.find_all("p")) >= 5  # one <p> a paragraph


def test_a_quote_over_two_paragraphs_stays_one_element():
    docs = sample_docs({"03-port-storm.txt"})
    root = parse(report(docs))
    long = [m for m in root.find_all("mark", "q") if "\n" in m.text()]
    assert long and all("cont" not in m.classes() for m in long)


def test_speaker_mention_and_quote_share_the_speakers_colour_class(samples):
    _docs, root = samples
    sidebar = {b.attrs["data-speaker"]: b.attrs["data-sid"] for b in root.find_all("button", "sp")}
    for mark in root.find_all("mark", "q"):
        if mark.parent.tag == "p" and "demo" not in mark.classes() and mark.attrs["data-speaker"]:
            assert sidebar[mark.attrs["data-speaker"]] in mark.classes()


# ------------------------------------------------------------------------------------------------ escaping

EVIL = '<script>alert("x")</script> & <b>bold</b> <img src=x onerror=alert(1)> &amp; "quoted" \x00\x07'


def test_text_ids_and_names_are_escaped():
    text = f'"{EVIL}," the <i>mayor</i> said. {EVIL}\n'
    start, end = 1, 1 + len(EVIL) + 1
    q = quote(start, end, text, speaker='Jane "><script>alert(2)</script>', speaker_title="<b>Mayor</b>",
              mention="the <i>mayor</i>", mention_start=text.index("the <i>"),
              mention_end=text.index("the <i>") + len("the <i>mayor</i>"), cue="said",
              cue_start=text.index("said"), cue_end=text.index("said") + 4, rule='rule"><x>')
    page = report([('<img src=x onerror=alert(3)>.txt', [q], text)])
    root = parse(page)
    scripts = root.find_all("script")
    assert len(scripts) == 1 and scripts[0].text() == SCRIPT  # only ours
    assert not root.find_all("img") and not root.find_all("b") and not root.find_all("i")
    mark = root.find_all("mark", "q")
    mark = [m for m in mark if "demo" not in m.classes()][0]
    # NUL and other controls HTML cannot carry become U+FFFD, one for one
    assert mark.text() == text[start:end].replace("\x00", "\ufffd").replace("\x07", "\ufffd")
    assert mark.attrs["data-speaker"] == 'Jane "><script>alert(2)</script>'
    assert mark.attrs["data-rule"] == 'rule"><x>'
    assert root.find_all("span", "m")[-1].text() == "the <i>mayor</i>"
    assert "<img src=x onerror=alert(3)>.txt" in root.find_all("h2")[-1].text()
    assert "<script>alert" not in page.split("<script>")[0]  # nothing raw before our own script


def test_content_security_policy_allows_only_the_inline_style_and_script():
    page = report(sample_docs({"01-council-budget.txt"}))
    root = parse(page)
    csp = next(m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy")
    style = root.find_all("style")
    assert len(style) == 1

    def sha(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert "default-src 'none'" in csp
    assert f"style-src {sha(style[0].text())}" in csp
    assert f"script-src {sha(root.find_all('script')[0].text())}" in csp
    assert not [n for n in root.iter() if "style" in n.attrs]  # style attributes would be blocked


def test_self_contained_no_external_urls(samples):
    _docs, root = samples
    for node in root.iter():
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = node.attrs.get(name)
            if value is not None:
                assert name == "href" and value.startswith("#"), (node.tag, name, value)
        assert node.tag not in ("link", "iframe", "object", "embed", "img", "base")
    css = root.find_all("style")[0].text()
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "http://" not in css and "https://" not in css
    js = root.find_all("script")[0].text()
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest|import\(", js)


# ------------------------------------------------------------------------------- overlaps and nesting

def test_overlapping_spans_nest_properly():
    text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\nNu xi omicron pi rho.\n"
    quotes = [
        # a mention starting before the quote and ending inside it, a cue inside it
        quote(6, 30, text, 0, mention="x", mention_start=0, mention_end=10, cue="y", cue_start=12, cue_end=16),
        # overlaps the first quote (defensive: the engine never does this); mention runs past the paragraph
        quote(20, 50, text, 1, speaker="Bob", mention="z", mention_start=45, mention_end=72),
        # zero-length and out-of-range offsets
        quote(60, 60, text, 2, speaker=None, cue="c", cue_start=200, cue_end=300),
        quote(80, 999, text, 3, speaker=None, mention_start=-5, mention_end=3, mention="w"),
    ]
    root = parse(report([("t", quotes, text)]))
    art = article(root, 1)
    for i in range(4):
        assert len([n for n in art.iter() if n.attrs.get("id") == f"d1-q{i}"]) == 1
    assert squash(art.find_all("div", "text")[0].text()) == squash(text)
    # quotes (but an empty one) are never inside a cue or mention: those are split around them
    for mark in art.find_all("mark"):
        if mark.attrs.get("id") == "d1-q2":
            continue
        assert not [a for a in mark.ancestors() if a.tag == "span"]
    # the first quote is whole; the second, overlapping it, continues in a piece without an id
    assert art.find_all("mark", "q")[0].text() == text[6:30]
    assert any(m.attrs.get("data-of") == "d1-q1" for m in art.find_all("mark", "cont"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.sampled_from("ab <>&\"'\n\u00e9\u201c"), max_size=60),
    spans=st.lists(st.tuples(st.integers(-3, 70), st.integers(-3, 70), st.integers(-3, 70), st.integers(-3, 70),
                             st.integers(-3, 70), st.integers(-3, 70), st.booleans()), max_size=5),
)
def test_any_spans_give_valid_nesting_and_keep_the_text(text, spans):
    quotes = []
    for i, (s, e, ms, me, cs, ce, named) in enumerate(spans):
        quotes.append(quote(max(0, min(s, e)), max(0, max(s, e)), text, i, speaker="S" if named else None,
                            mention="m", mention_start=ms, mention_end=me, cue="c", cue_start=cs, cue_end=ce,
                            quote="q"))
    root = parse(report([("t", quotes, text)]))
    art = article(root, 1)
    ids = Counter(n.attrs.get("id") for n in art.iter() if n.attrs.get("id"))
    assert all(ids[f"d1-q{i}"] == 1 for i in range(len(quotes)))
    assert squash(art.find_all("div", "text")[0].text()) == squash(text)


# ------------------------------------------------------------------------------ documents and speakers

def test_several_documents_get_a_table_of_contents(samples):
    docs, root = samples
    toc = root.find_all("nav", "toc")
    assert len(toc) == 1
    links = [a.attrs["href"] for a in toc[0].find_all("a")]
    assert links == [f"#d{n}" for n in range(1, len(docs) + 1)]
    ids = {node.attrs.get("id") for node in root.iter()}
    assert all(link[1:] in ids for link in links)
    assert [a.text() for a in toc[0].find_all("a")] == [doc_id for doc_id, _, _ in docs]
    assert "open" in toc[0].find_all("details")[0].attrs


def test_one_document_has_no_table_of_contents():
    root = parse(report(sample_docs({"01-council-budget.txt"})))
    assert not root.find_all("nav", "toc")


def test_the_speaker_list_counts_quotes_per_speaker(samples):
    docs, root = samples
    expected = Counter(q.speaker or UNATTRIBUTED for _, quotes, _ in docs for q in quotes)
    buttons = root.find_all("button", "sp")
    shown = {b.attrs["data-speaker"]: int(b.find_all("span", "ct")[0].text().split()[0]) for b in buttons}
    assert shown == dict(expected)
    counts = list(shown.values())
    assert counts == sorted(counts, reverse=True)  # most quoted first
    assert root.find_all("button", "all")[0].find_all("span", "ct")[0].text() == str(sum(expected.values()))
    # each document's own speakers, as data for the filter
    for n, (_, quotes, _) in enumerate(docs, 1):
        sids = {b.attrs["data-speaker"]: b.attrs["data-sid"] for b in buttons}
        assert set(article(root, n).attrs["data-sids"].split()) == {sids[q.speaker or UNATTRIBUTED] for q in quotes}


def test_unattributed_quotes_have_their_own_entry():
    text = '"We will win." Nobody knows who said it.\n'
    root = parse(report([("t", [quote(1, 13, text, speaker=None, speaker_title=None)], text)]))
    (button,) = root.find_all("button", "sp")
    assert button.attrs["data-speaker"] == UNATTRIBUTED and button.attrs["data-sid"] == "s0"
    assert "Unattributed" in button.text()
    mark = [m for m in root.find_all("mark", "q") if "demo" not in m.classes()][0]
    assert "s0" in mark.classes() and mark.attrs["title"].startswith("Unattributed")


def test_speakers_of_one_document_get_different_colours(samples):
    docs, _root = samples
    writer = HtmlWriter(io.StringIO())
    for doc in docs:
        writer.write_document(*doc)
    colours = writer.colours()
    for doc in writer.docs:
        named = [sid for sid in doc.sids if sid != "s0"]
        if len(named) <= len(PALETTE):
            assert len({colours[sid] for sid in named}) == len(named), doc.doc_id
        if len(named) <= 4:  # few enough to keep apart clearly
            for a in named:
                for b in named:
                    assert a == b or _DISTANCE[colours[a], colours[b]] >= 25, (doc.doc_id, a, b)
    writer.close()


def test_colours_have_enough_contrast():
    for colour in PALETTE + (UNATTRIBUTED_COLOUR,):
        assert contrast(TEXT_COLOUR, colour) >= 7, colour  # text on a highlight: WCAG AAA
        assert contrast(darken(colour), "#ffffff") >= 3, colour  # a mention's outline: WCAG non-text


def test_kind_is_not_shown_by_colour_alone():
    css = re.search(r"<style>(.*)</style>", report([]), re.S).group(1)
    for kind, marker in (("direct", "D"), ("mixed", "M"), ("indirect", "I")):
        assert f'.q.k-{kind}:not(.cont)::before{{content:"{marker}"' in css
    assert ".q.k-mixed{border-bottom-style:dashed}" in css and ".q.k-indirect{border-bottom-style:dotted}" in css
    assert ":focus-visible" in css and "@media print" in css


def test_without_text_the_quotes_are_listed():
    text = '"We will win," Smith said.'
    root = parse(report([("t", [quote(1, 13, text)], None)]))
    (mark,) = [m for m in root.find_all("mark", "q") if "demo" not in m.classes()]
    assert mark.text() == "We will win," and mark.parent.tag == "li"


def test_no_documents_still_makes_a_page():
    root = parse(report([]))
    assert root.find_all("main") and not root.find_all("article")


def test_many_documents_fold_the_contents_and_keep_the_page_small():
    docs = sample_docs({"01-council-budget.txt", "02-health-staffing.txt"})
    many = [(f"{i:03d}-{doc_id}", quotes, text) for i in range(150) for doc_id, quotes, text in docs]
    page = report(many)
    root = parse(page)
    assert len(root.find_all("article")) == 300
    assert "open" not in root.find_all("details")[0].attrs and len(many) > TOC_OPEN_UP_TO
    text_size = sum(len(text) for _, _, text in many)
    assert len(page.encode()) < 12 * text_size  # markup stays a small multiple of the text


def test_close_writes_once_and_the_output_is_deterministic():
    docs = sample_docs({"03-port-storm.txt"})
    stream = io.StringIO()
    writer = HtmlWriter(stream)
    for doc in docs:
        writer.write_document(*doc)
    writer.close()
    size = len(stream.getvalue())
    writer.close()
    assert len(stream.getvalue()) == size
    with pytest.raises(ValueError):
        writer.write_document("late", [], "")
    assert stream.getvalue() == report(docs)


# ----------------------------------------------------------------------------------------- integration

def test_open_writer_and_suffixes():
    assert SUFFIX_FORMATS[".html"] == SUFFIX_FORMATS[".htm"] == "html"
    assert isinstance(open_writer("html", io.StringIO()), HtmlWriter)
    with pytest.raises(ValueError):
        open_writer("html", io.StringIO(), bom=True)


def test_cli_writes_the_report(tmp_path):
    from typer.testing import CliRunner

    from quoteattr import cli

    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli.app, ["extract", str(SAMPLES / "01-council-budget.txt"),
                                          str(SAMPLES / "03-port-storm.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    root = parse(out.read_text(encoding="utf-8"))
    assert len(root.find_all("article")) == 2 and root.find_all("nav", "toc")
    result = CliRunner().invoke(cli.app, ["extract", str(SAMPLES / "01-council-budget.txt"), "-f", "html"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
