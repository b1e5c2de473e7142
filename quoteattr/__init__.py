"""quoteattr: who said what in news text. Rule-based quotation extraction and attribution."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, LexiconError, QuoteattrError
from .models import Document, Quote
from .pipeline import extract, extract_document

__all__ = [
    "Document", "InputError", "LexiconError", "Quote", "QuoteattrError", "__version__", "extract",
    "extract_document",
]
