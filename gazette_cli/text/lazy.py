"""Patterns compiled on first use instead of at import.

The regex module compiles a pattern in Python, and the package has close to
two hundred of them: compiling them all at import was most of the time the
``gazette`` command took before reading a byte, and a parse uses only some
of them (a PDF, a table or a rare notice form needs the others).

:func:`lazy` takes what :func:`regex.compile` takes and returns a stand-in
that compiles the pattern the first time any of its attributes is read.  Each
attribute read once (``search``, ``finditer``, ``groupindex`` …) is then kept
on the stand-in, so later calls cost what calls on the compiled pattern cost.
``.pattern`` is the source and never compiles: tables build their combined
patterns and prefilters from it.

A wrong pattern raises on first use rather than at import;
``tests/test_regex_guard.py`` compiles and runs every module-level one.
"""

from __future__ import annotations

from types import ModuleType

import regex


class LazyPattern:
    """A pattern that compiles when first used (see the module's description)."""

    def __init__(self, pattern: str, flags: int = 0, engine: ModuleType = regex) -> None:
        self.pattern = pattern
        self._flags = flags
        self._engine = engine

    def compiled(self):
        """The compiled pattern (compiled now if it was not yet)."""
        try:
            return self.__dict__["_compiled"]
        except KeyError:
            compiled = self.__dict__["_compiled"] = self._engine.compile(self.pattern, self._flags)
            return compiled

    def __getattr__(self, name: str):
        # Only called for an attribute not yet kept: the first use of each.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0, engine: ModuleType = regex) -> LazyPattern:
    """``engine.compile(pattern, flags)``, done on first use.

    >>> p = lazy(r"[0-9]+")
    >>> "_compiled" in vars(p), p.pattern
    (False, '[0-9]+')
    >>> p.search("第12号").group(), "_compiled" in vars(p)
    ('12', True)
    """
    return LazyPattern(pattern, flags, engine)
