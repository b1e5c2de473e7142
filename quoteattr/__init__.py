"""quoteattr: who said what in news text. Rule-based quotation extraction and attribution."""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = [
    "Document", "InputError", "LexiconError", "Quote", "QuoteattrError", "__version__", "extract",
    "extract_document",
]

# The exports load on first use, so that `quoteattr --version`, `--help` and `import quoteattr.cli` do not
# pay for the engine (its regexes, dataclasses and word lists) before they need it.
_EXPORTS = {
    "Document": "models", "Quote": "models",
    "InputError": "errors", "LexiconError": "errors", "QuoteattrError": "errors",
    "extract": "pipeline", "extract_document": "pipeline",
}

if TYPE_CHECKING:
    from .errors import InputError, LexiconError, QuoteattrError
    from .models import Document, Quote
    from .pipeline import extract, extract_document


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
