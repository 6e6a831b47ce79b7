"""How to read a PDF (:class:`PdfOptions`), apart from the reader: a
command builds them for every input, and only a PDF needs the reader."""

from __future__ import annotations

from ..errors import InputError
from ..records import record
from ..text.lazy import lazy

#: Pages a PDF may have (a gazette issue has tens; a year's volume a few thousand).
MAX_PAGES = 5000

_RANGE = lazy(r"\s*(?P<a>[0-9]+)?\s*(?:(?P<dash>-)\s*(?P<b>[0-9]+)?)?\s*")


@record
class PdfOptions:
    """How to read a PDF: its password, which pages (1-based, inclusive), and
    whether a second process may take out pages' characters while this one
    lays them out (``processes=2``; see :func:`read_pdf`)."""

    password: str | None = None
    first_page: int | None = None
    last_page: int | None = None
    max_pages: int = MAX_PAGES
    processes: int = 1


def parse_range(spec: str) -> tuple[int | None, int | None]:
    """``3-17`` → (3, 17); ``5`` → (5, 5); ``3-`` → (3, None); ``-17`` → (None, 17).

    >>> parse_range("3-17"), parse_range("5"), parse_range("3-")
    ((3, 17), (5, 5), (3, None))
    """
    m = _RANGE.fullmatch(spec or "")
    if not m or not (m.group("a") or m.group("b")):
        raise InputError(f"--pages {spec!r}: give a page or a range such as 3-17")
    a = int(m.group("a")) if m.group("a") else None
    b = int(m.group("b")) if m.group("b") else (None if m.group("dash") else a)
    if (a is not None and a < 1) or (a is not None and b is not None and b < a):
        raise InputError(f"--pages {spec!r}: pages count from 1, and a range runs forward")
    return a, b
