"""Stage 0, reading: paths, folders, stdin, JSON Lines, decoding and newline normalisation."""
from __future__ import annotations

import codecs
import io
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import InputError
from quoteattr.models import Document
from quoteattr.read import InputFailure, Source, collect, decode, iter_documents, normalise_newlines, read_source


def docs_and_failures(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputFailure)])


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("data, text, used", [
    ("Café “quoted”".encode("utf-8"), "Café “quoted”", "utf-8"),
    (codecs.BOM_UTF8 + "Café".encode("utf-8"), "Café", "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "Café “q”".encode("utf-16-le"), "Café “q”", "utf-16"),
    (codecs.BOM_UTF16_BE + "Café “q”".encode("utf-16-be"), "Café “q”", "utf-16"),
    (b"", "", "utf-8"),
])
def test_decode_bom_and_utf8(data, text, used):
    assert decode(data) == (text, used, None)


def test_decode_falls_back_to_cp1252_with_a_note():
    text, used, note = decode("“Smart” café".encode("cp1252"))
    assert text == "“Smart” café"
    assert used == "cp1252"
    assert "cp1252" in note and "--encoding" in note


def test_decode_given_encoding_is_used_first():
    # Valid UTF-8 too, but the user said latin-1.
    assert decode("é".encode("utf-8"), encoding="latin-1") == ("Ã©", "latin-1", None)


def test_decode_given_encoding_drops_a_bom():
    assert decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), encoding="utf-16-le")[0] == "hi"


def test_decode_given_wrong_encoding_is_an_error_with_a_fix():
    with pytest.raises(InputError) as info:
        decode(b"\xff\xfe\xfa", encoding="utf-8", source="a.txt")
    assert info.value.source == "a.txt"
    assert "--encoding" in info.value.fix


def test_decode_unknown_encoding():
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", encoding="no-such-codec")


def test_decode_undecodable_asks_for_encoding():
    # 0x81 is neither UTF-8 (a lone continuation byte) nor defined in cp1252.
    with pytest.raises(InputError) as info:
        decode(b"abc \x81 def")
    assert "--encoding" in info.value.fix


def test_decode_binary_is_reported():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")


def test_decode_utf16_without_bom_needs_encoding():
    data = "hello".encode("utf-16-le")
    with pytest.raises(InputError) as info:
        decode(data)
    assert "utf-16-le" in info.value.fix
    assert decode(data, encoding="utf-16-le")[0] == "hello"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decode_any_bytes_gives_text_or_input_error(data):
    try:
        text, used, _ = decode(data)
    except InputError as exc:
        assert exc.message
    else:
        assert isinstance(text, str) and used


@pytest.mark.parametrize("raw, normal", [
    ("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\n\r\nb\r", "a\n\nb\n"), ("a\n\rb", "a\n\nb"), ("plain", "plain"),
])
def test_normalise_newlines(raw, normal):
    assert normalise_newlines(raw) == normal


# ------------------------------------------------------------------------------------------ text files

def test_file_id_is_the_path_as_given(tmp_path, monkeypatch):
    write(tmp_path / "sub" / "a.txt", "Hello.")
    monkeypatch.chdir(tmp_path)
    docs, failures = docs_and_failures(iter_documents(["sub/a.txt", "./sub/a.txt"]))
    assert failures == []
    assert [d.id for d in docs] == ["sub/a.txt", "./sub/a.txt"]
    assert docs[0].text == "Hello."
    assert docs[0].meta["encoding"] == "utf-8"


def test_file_with_any_suffix_is_read_when_named(tmp_path):
    path = write(tmp_path / "article.md", "Some text.")
    docs, _ = docs_and_failures(iter_documents([str(path)]))
    assert [d.text for d in docs] == ["Some text."]


def test_crlf_is_normalised_and_bom_dropped(tmp_path):
    path = write(tmp_path / "a.txt", codecs.BOM_UTF8 + b'"Hi," he said.\r\nNext.\rLast.\r\n')
    (doc,) = iter_documents([str(path)])
    assert doc.text == '"Hi," he said.\nNext.\nLast.\n'


def test_cp1252_file_carries_a_note(tmp_path):
    path = write(tmp_path / "old.txt", "“Smart” savings".encode("cp1252"))
    (doc,) = iter_documents([str(path)])
    assert doc.text == "“Smart” savings"
    assert doc.meta["encoding"] == "cp1252"
    assert "cp1252" in doc.meta["encoding_note"]


def test_utf16_file(tmp_path):
    path = write(tmp_path / "u16.txt", codecs.BOM_UTF16_LE + "“We will win,” Smith said.\r\n".encode("utf-16-le"))
    (doc,) = iter_documents([str(path)])
    assert doc.text == "“We will win,” Smith said.\n"


def test_binary_file_is_a_failure_and_the_batch_goes_on(tmp_path):
    write(tmp_path / "blob", b"\0\1\2\3binary")
    good = write(tmp_path / "good.txt", "Fine.")
    docs, failures = docs_and_failures(iter_documents([str(tmp_path / "blob"), str(good)]))
    assert [d.text for d in docs] == ["Fine."]
    assert len(failures) == 1
    assert failures[0].source == str(tmp_path / "blob")
    assert "binary" in failures[0].message


def test_missing_path_is_a_failure_with_a_fix(tmp_path):
    good = write(tmp_path / "good.txt", "Fine.")
    missing = str(tmp_path / "missing.txt")
    items = list(iter_documents([missing, str(good)]))
    assert isinstance(items[0], InputFailure)
    assert items[0].source == missing and items[0].path == missing and items[0].line is None
    assert "no such file" in items[0].error.what and items[0].error.fix
    assert " - " in items[0].message
    assert isinstance(items[1], Document)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_given_as_a_path(tmp_path):
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    (failure,) = iter_documents([str(loop)])
    assert isinstance(failure, InputFailure)
    assert "loop" in failure.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "x")
    path.chmod(0)
    try:
        (failure,) = iter_documents([str(path)])
        assert isinstance(failure, InputFailure)
        assert "permission denied" in failure.message
    finally:
        path.chmod(0o644)


def test_stdin(tmp_path):
    stdin = io.BytesIO(codecs.BOM_UTF8 + b"From stdin.\r\n")
    (doc,) = iter_documents(["-"], stdin=stdin)
    assert doc.id == "-"
    assert doc.text == "From stdin.\n"


# --------------------------------------------------------------------------------------------- folders

@pytest.fixture()
def tree(tmp_path):
    root = tmp_path / "articles"
    write(root / "b.txt", "b")
    write(root / "a" / "x.txt", "a/x")
    write(root / "a-b.txt", "a-b")
    write(root / "a" / "deep" / "y.text", "a/deep/y")
    write(root / "NOSUFFIX", "nosuffix")
    write(root / "docs.jsonl", '{"id": "j1", "text": "from jsonl"}\n')
    write(root / ".hidden.txt", "hidden file")
    write(root / ".git" / "c.txt", "hidden folder")
    write(root / "README.md", "readme")
    write(root / "data.json", "{}")
    write(root / "photo.jpg", b"\xff\xd8\xff\0")
    return root


def test_folder_recursive_sorted_hidden_and_other_suffixes_skipped(tree):
    docs, failures = docs_and_failures(iter_documents([str(tree) + "/"]))
    assert failures == []
    # Sorted by path parts: the folder "a" comes before "a-b.txt"; code point order puts "NOSUFFIX" first.
    assert [d.id for d in docs] == ["NOSUFFIX", "a/deep/y.text", "a/x.txt", "a-b.txt", "b.txt", "j1"]
    assert [d.text for d in docs] == ["nosuffix", "a/deep/y", "a/x", "a-b", "b", "from jsonl"]
    assert docs[1].meta["source"] == os.path.join(str(tree) + "/", "a", "deep", "y.text")


def test_folder_ids_are_relative_to_the_folder_given(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    docs, _ = docs_and_failures(iter_documents(["articles/a"]))
    assert [d.id for d in docs] == ["deep/y.text", "x.txt"]


def test_folder_with_format_text_takes_text_files_only(tree):
    docs, _ = docs_and_failures(iter_documents([str(tree)], input_format="text"))
    assert "j1" not in [d.id for d in docs]
    assert len(docs) == 5


def test_folder_with_format_jsonl_takes_jsonl_files_only(tree):
    docs, _ = docs_and_failures(iter_documents([str(tree)], input_format="jsonl"))
    assert [d.id for d in docs] == ["j1"]


def test_collect_lists_sources_in_order(tree):
    sources = list(collect([str(tree), "-"]))
    assert all(isinstance(s, Source) for s in sources)
    assert [s.id for s in sources][-2:] == ["docs.jsonl", "-"]
    assert {s.format for s in sources if s.id.endswith(".jsonl")} == {"jsonl"}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_folder_symlinks(tmp_path):
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    write(outside / "o.txt", "outside")
    write(root / "real.txt", "real")
    os.symlink(outside, root / "linked")            # a linked folder: not followed
    os.symlink(root, root / "self")                 # a loop: not followed either
    os.symlink(outside / "o.txt", root / "file-link.txt")  # a linked file: read
    os.symlink(tmp_path / "gone.txt", root / "broken.txt")  # a broken link: reported
    docs, failures = docs_and_failures(iter_documents([str(root)]))
    assert [d.id for d in docs] == ["file-link.txt", "real.txt"]
    assert [f.source for f in failures] == [str(root / "broken.txt")]
    assert "broken symbolic link" in failures[0].message


def test_empty_folder_gives_nothing(tmp_path):
    assert list(iter_documents([str(tmp_path)])) == []


# ------------------------------------------------------------------------------------------ JSON Lines

def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "First."}),
        "",
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "No id.\r\nSecond line."}),
        json.dumps({"id": 7, "text": "Numeric id."}),
        json.dumps({"id": "u", "text": "Line\u2028separator inside"}, ensure_ascii=False),
    ]
    path = write(tmp_path / "docs.jsonl", "\r\n".join(lines) + "\r\n")
    items = list(iter_documents([str(path)]))
    docs, failures = docs_and_failures(items)
    assert [d.id for d in docs] == ["a", f"{path}:7", "7", "u"]
    assert docs[1].text == "No id.\nSecond line."
    assert docs[3].text == "Line\u2028separator inside"
    assert [f.source for f in failures] == [f"{path}:3", f"{path}:4", f"{path}:5", f"{path}:6"]
    assert [f.line for f in failures] == [3, 4, 5, 6]
    assert all(f.path == str(path) for f in failures)
    assert "not valid JSON" in failures[0].message
    assert "'text'" in failures[1].message and "--text-field" in failures[1].message
    assert "not a string" in failures[2].message
    assert "not a JSON object" in failures[3].message
    # Failures come in line order, between the documents.
    assert [getattr(i, "id", None) or i.source for i in items][:3] == ["a", f"{path}:3", f"{path}:4"]


def test_jsonl_custom_fields(tmp_path):
    path = write(tmp_path / "x.jsonl", json.dumps({"url": "http://a", "body": "Body text."}) + "\n")
    (doc,) = iter_documents([str(path)], id_field="url", text_field="body")
    assert (doc.id, doc.text) == ("http://a", "Body text.")


def test_jsonl_bad_encoding_fails_one_line_only(tmp_path):
    data = b'{"id": "a", "text": "caf\xe9"}\n' + json.dumps({"id": "b", "text": "ok"}).encode() + b"\n"
    path = write(tmp_path / "x.jsonl", data)
    docs, failures = docs_and_failures(iter_documents([str(path)]))
    assert [d.id for d in docs] == ["b"]
    assert failures[0].source == f"{path}:1" and "UTF-8" in failures[0].message


def test_jsonl_with_encoding(tmp_path):
    path = write(tmp_path / "x.jsonl", b'{"id": "a", "text": "caf\xe9"}\n')
    (doc,) = iter_documents([str(path)], encoding="latin-1")
    assert doc.text == "café"


def test_jsonl_utf8_bom_and_utf16(tmp_path):
    line = json.dumps({"id": "a", "text": "“q”"}, ensure_ascii=False) + "\n"
    p8 = write(tmp_path / "a.jsonl", codecs.BOM_UTF8 + line.encode("utf-8"))
    p16 = write(tmp_path / "b.jsonl", codecs.BOM_UTF16_LE + (line * 2).encode("utf-16-le"))
    docs, failures = docs_and_failures(iter_documents([str(p8), str(p16)]))
    assert failures == []
    assert [d.text for d in docs] == ["“q”"] * 3


def test_jsonl_from_stdin():
    stdin = io.BytesIO(b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}')
    docs = list(iter_documents(["-"], input_format="jsonl", stdin=stdin))
    assert [(d.id, d.text) for d in docs] == [("s1", "one"), ("s2", "two")]


def test_jsonl_suffix_read_as_text_when_format_is_text(tmp_path):
    path = write(tmp_path / "x.jsonl", '{"id": "a", "text": "t"}\n')
    (doc,) = iter_documents([str(path)], input_format="text")
    assert doc.id == str(path) and doc.text.startswith("{")


def test_read_source_directly(tmp_path):
    path = write(tmp_path / "a.txt", "x")
    (doc,) = read_source(Source(str(path), "my-id", "text"))
    assert doc.id == "my-id"


def test_bad_input_format():
    with pytest.raises(ValueError):
        list(iter_documents(["x"], input_format="xml"))
