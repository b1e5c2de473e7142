"""Dask: `extract --dask ADDRESS` on a local two-worker cluster writes what `-j 1` writes; the dask.bag API
gives the same records. Skipped when Dask is not installed (`pip install -e '.[test,dask]'`), except the
message that says how to install it."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from cli_helpers import invoke

from quoteattr import cli
from quoteattr.distributed import extract_records

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SMITH = '"We will win," Smith said.\n'
HAS_DASK = all(importlib.util.find_spec(name) is not None for name in ("dask", "distributed"))
needs_dask = pytest.mark.skipif(not HAS_DASK, reason="Dask is not installed: pip install -e '.[test,dask]'")



@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # Two workers in this process (threads, no child processes: quick and reliable on a small machine),
    # reached over TCP on the loopback like a real scheduler.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask-corpus")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(24):
        folder = root / ("x" if i % 2 else "y")
        folder.mkdir(exist_ok=True)
        (folder / f"{i:02d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    (root / "y" / "05-binary.txt").write_bytes(b"\0\1\2")
    lines = [json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) for i in range(6)]
    lines.insert(2, "{oops")
    (root / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@needs_dask
def test_cli_on_a_cluster_writes_what_one_process_writes(cluster, corpus, tmp_path):
    missing = tmp_path / "missing.txt"
    one = invoke("extract", corpus, SAMPLES, missing, "-f", "jsonl", "-j", "1")
    on_dask = invoke("extract", corpus, SAMPLES, missing, "-f", "jsonl", "--dask", cluster.scheduler_address)
    assert on_dask.stdout_bytes == one.stdout_bytes
    assert on_dask.stderr == one.stderr
    assert on_dask.exit_code == one.exit_code == cli.EXIT_FAILED
    assert "docs.jsonl:3: not valid JSON" in one.stderr


@needs_dask
def test_cli_on_a_cluster_reads_stdin(cluster):
    one = invoke("extract", "-", "-f", "csv", input=SMITH)
    on_dask = invoke("extract", "-", "-f", "csv", "--dask", cluster.scheduler_address, input=SMITH)
    assert (on_dask.stdout_bytes, on_dask.exit_code) == (one.stdout_bytes, 0)


@needs_dask
def test_unreachable_scheduler_is_one_message(monkeypatch):
    from quoteattr import distributed

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", 0.5)
    result = invoke("extract", SAMPLES, "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == cli.EXIT_FAILED
    assert result.stdout == ""
    assert result.stderr.startswith("quoteattr: tcp://127.0.0.1:9: cannot reach the Dask scheduler")


@needs_dask
def test_bag_of_paths_gives_the_records_of_one_process(cluster, corpus):
    from distributed import Client

    from quoteattr.distributed import extract_bag

    one = invoke("extract", corpus / "x", SAMPLES, "-f", "jsonl", "-j", "1")
    expected = [json.loads(line) for line in one.stdout.splitlines()]
    with Client(cluster) as client:
        bag = extract_bag([corpus / "x", SAMPLES], npartitions=4)
        assert bag.npartitions == 4
        assert client.compute(bag).result() == expected


@needs_dask
def test_bag_of_documents(cluster):
    import dask.bag as db
    from distributed import Client

    from quoteattr.distributed import extract_bag

    docs = [{"url": f"u{i}", "body": SMITH * (i + 1)} for i in range(5)]
    with Client(cluster) as client:
        bag = extract_bag(db.from_sequence(docs, npartitions=2), id_field="url", text_field="body")
        records = client.compute(bag).result()
    assert [r["doc"] for r in records] == ["u0", "u1", "u1", "u2", "u2", "u2", "u3", "u3", "u3", "u3", "u4",
                                           "u4", "u4", "u4", "u4"]
    assert {r["speaker"] for r in records} == {"Smith"}


def test_records_without_dask(tmp_path):
    """`extract_records` is what a PySpark mapPartitions or any other engine calls."""
    (tmp_path / "a.txt").write_text(SMITH, encoding="utf-8")
    records = list(extract_records([tmp_path, {"id": "d", "text": SMITH}]))
    assert [(r["doc"], r["speaker"]) for r in records] == [("a.txt", "Smith"), ("d", "Smith")]
    with pytest.raises(cli.QuoteattrError, match="no such file"):
        list(extract_records([tmp_path / "missing.txt"]))
    assert list(extract_records([tmp_path / "missing.txt"], errors="skip")) == []


def test_without_dask_the_message_says_how_to_install(monkeypatch):
    monkeypatch.setattr(cli, "_dask_installed", lambda: False)
    result = invoke("extract", SAMPLES, "--dask", "tcp://127.0.0.1:8786")
    assert result.exit_code == cli.EXIT_USAGE
    assert result.stdout == ""
    assert "pip install 'quoteattr[dask]'" in result.stderr
