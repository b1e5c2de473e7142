"""Running the CLI in-process for tests."""
from __future__ import annotations

from typer.testing import CliRunner

from quoteattr import cli

runner = CliRunner()


def invoke(*args, input=None):
    """`quoteattr ARGS` in-process; an exception that is not an exit is raised, not hidden in the result."""
    result = runner.invoke(cli.app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def break_extraction(monkeypatch, when, error: BaseException) -> None:
    """Make the engine raise `error` on the documents for which `when(document)` is true (a bug in a rule)."""
    from quoteattr import pipeline

    real = pipeline.extract_document

    def flaky(document, **kwargs):
        if when(document):
            raise error
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
