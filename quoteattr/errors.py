"""Typed errors of the library. Each carries a message that says what happened and how to fix it."""
from __future__ import annotations


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""

    def __init__(self, what: str, fix: str = "", source: str | None = None):
        self.what = what
        self.fix = fix
        self.source = source
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """`what - how to fix`, the form the CLI prints after `quoteattr: SOURCE:`."""
        return f"{self.what} - {self.fix}" if self.fix else self.what


class InputError(QuoteattrError):
    """An input could not be read or decoded; other inputs are unaffected."""


class LexiconError(QuoteattrError):
    """A packaged lexicon file is missing or malformed."""


class GoldError(QuoteattrError):
    """A gold file for `evaluate` is malformed."""
