"""regex.compile, deferred to a pattern's first use.

A short run (`quoteattr extract article.txt`) uses few of the patterns the modules declare: those of fiction
dialogue, headings, rare quotation marks are never matched on a news article, and compiling each of them at
import cost start-up time. `compile(pattern, flags)` gives an object that compiles the pattern the first time
one of its attributes (search, match, finditer, pattern, ...) is read and keeps that attribute on itself, so
later uses read a plain instance attribute and cost no more than on the compiled pattern. Use it only for
patterns whose users call their methods; code that needs the regex.Pattern itself reads `.compiled`.
"""
from __future__ import annotations

import regex


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self) -> regex.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = regex.compile(*self._source)
        return found

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy, pickle and friends ask for these: not the pattern's
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - regex.compile's name, on purpose
    return LazyPattern(pattern, flags)
