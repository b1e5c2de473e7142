"""Shared pytest configuration."""
from __future__ import annotations


def pytest_configure(config):
    # Tests marked slow (a 10 MB line, a 50 MB article) run with `make test-slow` (`pytest -m slow`);
    # `make test` leaves them out so that it stays quick. CI runs both.
    config.addinivalue_line("markers", "slow: takes minutes rather than seconds (huge inputs); "
                                       "deselect with -m 'not slow'")
