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
