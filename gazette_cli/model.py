"""Typed values passed between the pipeline stages.

Every stage takes and returns frozen dataclasses; the two records made once
per source line (:class:`Line`, :class:`Piece`) are named tuples, and the
layout keeps its lines as :class:`LineColumns`, lists asked all at a time.
Dictionaries appear only at the output boundary (:mod:`gazette_cli.output.serialize`).  Everything that was found in
the text carries a :class:`Span` that points back to the source file: line
numbers are 1-based lines of the file as read (``\\r\\n``, ``\\r`` and ``\\n``
each end a line), pages are the printed page numbers.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from decimal import Decimal
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from functools import partial
from itertools import chain, count, islice, repeat
from operator import eq, itemgetter, sub
from typing import NamedTuple

from .records import record


@record
class Span:
    """Where an item stands in the source file."""

    start_line: int
    end_line: int
    page: int | None = None
    end_page: int | None = None


class Piece(NamedTuple):
    """One source line's contribution to a joined :class:`Passage`.

    A named tuple rather than a frozen dataclass, as :class:`Line`: one is
    made for every line of every paragraph, and a tuple costs a third as much
    to make.
    """

    offset: int  # where the line's text starts in the passage text
    line: int
    page: int | None


# Piece((offset, line, page)) at C speed: tuple.__new__ with the class bound.
_make_piece = partial(tuple.__new__, Piece)

_KEEP_OFFSETS = 64  # pieces (source lines) above which they are held as arrays (see compact)
_OFFSET = itemgetter(0)  # a piece's offset


@record
class Passage:
    """Text joined from several source lines, with a map back to them.

    ``pieces`` are sorted by offset; the text of piece *i* runs from its
    offset to the next piece's offset.

    >>> p = Passage("推进智慧科普", (Piece(0, 10, 3), Piece(4, 12, 4)))
    >>> p.span_of(0, 6)
    Span(start_line=10, end_line=12, page=3, end_page=4)
    >>> p.span_of(4, 6).start_line
    12
    """

    text: str
    pieces: tuple[Piece, ...] | Pieces | Tail

    def _index(self, offset: int) -> int:
        """Index of the piece that holds ``offset``."""
        return _piece_index(self.pieces, offset)

    def piece_at(self, offset: int) -> Piece:
        return self.pieces[self._index(offset)]

    def span_of(self, start: int = 0, end: int | None = None) -> Span:
        """The source span of ``text[start:end]`` (the whole passage by default)."""
        pieces, shift = self.pieces, 0
        if type(pieces) is Tail:
            # Its pieces have the lines and pages of those it reads through,
            # index for index: they are looked up there, none is made.
            pieces, shift = pieces.base, pieces.start
        if not pieces:
            return Span(0, 0, None, None)
        end = len(self.text) if end is None else end
        first = pieces[_piece_index(pieces, start + shift)]
        last = pieces[_piece_index(pieces, max(start, end - 1) + shift)]
        return Span(first.line, last.line, first.page, last.page)

    @property
    def span(self) -> Span:
        return self.span_of()

    def slice(self, start: int, end: int | None = None) -> Passage:
        """A sub-passage of ``text[start:end]`` that keeps its source map.

        A cut from within the first piece that keeps every piece after it
        (a clause's heading: its paragraph after the marker) reads them
        through this passage's pieces (see :class:`Tail`); any other cut
        copies those it keeps.
        """
        text, pieces = self.text, self.pieces
        end = len(text) if end is None else end
        if start >= end:
            return Passage("", ())
        # Which pieces hold start and end - 1, without a search when they
        # are the first and the last (pieces are sorted by offset).
        n = len(pieces)
        i = 0 if n == 1 or pieces[1][0] > start else self._index(start)
        j = n - 1 if pieces[-1][0] < end else self._index(end - 1)
        if i == 0 and j == n - 1 and n > 1:
            return Passage(text[start:end], Tail(pieces, start))
        first = pieces[i]
        kept = [_make_piece((0, first[1], first[2]))]
        kept += [_make_piece((p[0] - start, p[1], p[2])) for p in pieces[i + 1 : j + 1]]
        return Passage(text[start:end], compact(kept))

    @staticmethod
    def join(passages: Iterable[Passage], sep: str = "\n") -> Passage:
        """Concatenate passages with ``sep`` between them (given one at a
        time, a long run of them is never held at once: see :class:`Joiner`)."""
        joiner = Joiner(sep)
        for passage in passages:
            joiner.add(passage)
        return joiner.passage()


EMPTY_PASSAGE = Passage("", ())


class _PieceRun(Sequence):
    """A sequence of :class:`Piece` values held other than as a tuple: equal
    to the tuple of the same pieces (either way round), hashed and shown as
    that tuple, so that a passage compares the same however it holds them."""

    __slots__ = ()

    def __eq__(self, other) -> bool:
        if isinstance(other, (_PieceRun, tuple)):
            return len(self) == len(other) and all(map(eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


class Pieces(_PieceRun):
    """The pieces of a passage of many source lines, held as three arrays
    (offset, line, page) and made into :class:`Piece` values when asked for.

    A notice's preamble in a text of one paragraph per line joins a piece per
    line; as tuples and ints they cost a hundred bytes each, as array items
    twelve.  Equal to the tuple of the same pieces.

    >>> ps = Pieces(array("i", [0, 2]), array("i", [10, 11]), array("i", [1, 2]))
    >>> ps[1], ps == (Piece(0, 10, 1), Piece(2, 11, 2))
    (Piece(offset=2, line=11, page=2), True)
    """

    __slots__ = ("offsets", "lines", "pages")

    def __init__(self, offsets: array, lines: array, pages: array | list[int | None]):
        self.offsets = offsets
        self.lines = lines
        self.pages = pages  # a list when a page is None

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(map(_make_piece, zip(self.offsets[k], self.lines[k], self.pages[k])))
        return _make_piece((self.offsets[k], self.lines[k], self.pages[k]))

    def __iter__(self) -> Iterator[Piece]:
        return map(_make_piece, zip(self.offsets, self.lines, self.pages))


class Tail(_PieceRun):
    """The pieces of a passage cut ``start`` characters into its first piece
    (:meth:`Passage.slice`), read through the pieces of the passage it was
    cut from: the first piece starts at 0, every other one ``start`` earlier.

    Every heading of an outline is its paragraph cut after the marker; made
    anew, its pieces cost as much as the rest of the outline.  Read through,
    the cut costs the same whatever the paragraph's length, and holds no
    more than a copy would (the same pieces, still one per source line, and
    arrays stay arrays).  Equal to the tuple of the same pieces.

    >>> t = Tail((Piece(0, 10, 3), Piece(4, 12, 4), Piece(6, 13, 4)), 2)
    >>> t[-1], t == (Piece(0, 10, 3), Piece(2, 12, 4), Piece(4, 13, 4))
    (Piece(offset=4, line=13, page=4), True)
    """

    __slots__ = ("base", "start")

    def __init__(self, pieces: tuple[Piece, ...] | Pieces | Tail, start: int):
        """The tail of ``pieces`` cut at ``start``, which their first piece holds."""
        if type(pieces) is Tail:
            # A cut of a cut: read through the same pieces, once.
            pieces, start = pieces.base, pieces.start + start
        self.base = pieces  # never a Tail
        self.start = start

    def __len__(self) -> int:
        return len(self.base)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(map(self.__getitem__, range(*k.indices(len(self.base)))))
        p = self.base[k]
        if k == 0 or k == -len(self.base):
            return _make_piece((0, p[1], p[2]))
        return _make_piece((p[0] - self.start, p[1], p[2]))

    def __iter__(self) -> Iterator[Piece]:
        base, start = self.base, self.start
        first = base[0]
        yield _make_piece((0, first[1], first[2]))
        for p in islice(base, 1, None):
            yield _make_piece((p[0] - start, p[1], p[2]))

    def holding(self, offset: int) -> int:
        """Index of the piece that holds ``offset``: the same as in the pieces
        read through, at ``offset + start``."""
        return _piece_index(self.base, offset + self.start)


def _piece_index(pieces: tuple[Piece, ...] | Pieces | Tail, offset: int) -> int:
    """Index of the piece of ``pieces`` that holds ``offset`` (the first one
    for an offset before every piece)."""
    kind = type(pieces)
    if kind is tuple:
        # A binary search keyed on each piece's offset: no column of
        # offsets is made (a passage asked once would throw it away, and
        # keeping one would cost memory on every passage of a big file).
        i = bisect.bisect_right(pieces, offset, key=_OFFSET)
    elif kind is Pieces:
        i = bisect.bisect_right(pieces.offsets, offset)
    else:
        return pieces.holding(offset)
    return max(i - 1, 0)


def compact(pieces: list[Piece] | tuple[Piece, ...]) -> tuple[Piece, ...] | Pieces:
    """``pieces`` as a tuple, or as :class:`Pieces` when there are more than
    :data:`_KEEP_OFFSETS` of them (a tuple is faster to read, arrays smaller)."""
    if len(pieces) <= _KEEP_OFFSETS:
        return tuple(pieces)
    offsets, lines, pages = zip(*pieces)
    return _pieces(array("i", offsets), array("i", lines), list(pages))


def _pieces(offsets: array, lines: array, pages: list[int | None]) -> Pieces:
    """Pieces of these columns, the pages as an array when none is None."""
    if None in pages:
        return Pieces(offsets, lines, pages)
    return Pieces(offsets, lines, array("i", pages))


_CHUNK_TEXTS = 1024  # texts a Joiner joins at a time


class Joiner:
    """:meth:`Passage.join` of passages given one at a time.

    The first :data:`_KEEP_OFFSETS` passages are held as they are; past them
    each one is taken apart as it comes (its text and its pieces' columns), so
    that joining a paragraph per line of a long text never holds a
    :class:`Passage` per line at once.
    """

    __slots__ = ("sep", "_held", "_texts", "_chunks", "_offsets", "_lines", "_pages", "_length")

    def __init__(self, sep: str = "\n"):
        self.sep = sep
        self._held: list[Passage] = []
        self._texts: list[str] | None = None  # taken apart: the texts, and the pieces' columns
        self._chunks: list[str] = []  # the texts before those, joined a thousand at a time
        self._offsets = array("i")
        self._lines = array("i")
        self._pages: array | list[int | None] = array("i")  # a list once a page is None
        self._length = 0  # of the text joined so far

    def add(self, passage: Passage) -> None:
        if not passage.text:
            return
        if self._texts is None:
            self._held.append(passage)
            if len(self._held) > _KEEP_OFFSETS:
                held, self._held, self._texts = self._held, [], []
                for p in held:
                    self._take(p)
            return
        self._take(passage)

    def _take(self, passage: Passage) -> None:
        start = self._length + len(self.sep) if self._texts or self._chunks else 0
        texts = self._texts
        texts.append(passage.text)  # type: ignore[union-attr]
        if len(texts) >= _CHUNK_TEXTS:  # type: ignore[arg-type]
            # Joined now: a passage made when asked for (see Blocks) has a
            # text of its own, which a list would keep alive to the end.
            self._chunks.append(self.sep.join(texts))  # type: ignore[arg-type]
            texts.clear()  # type: ignore[union-attr]
        pieces = passage.pieces
        if type(pieces) is Pieces:
            offsets, lines, pages = pieces.offsets, pieces.lines, pieces.pages
        else:
            if len(pieces) == 1 and (pieces[0][2] is not None or type(self._pages) is list):
                # A paragraph of one line (most of a text that is not wrapped).
                self._offsets.append(start + pieces[0][0])
                self._lines.append(pieces[0][1])
                self._pages.append(pieces[0][2])
                self._length = start + len(passage.text)
                return
            offsets, lines, pages = zip(*pieces) if pieces else ((), (), ())
        if type(self._pages) is array and None in pages:
            self._pages = list(self._pages)
        self._offsets.extend(map(start.__add__, offsets))
        self._lines.extend(lines)
        self._pages.extend(pages)
        self._length = start + len(passage.text)

    def passage(self) -> Passage:
        """The passages joined, with ``sep`` between them."""
        if self._texts is not None:
            chunks = self._chunks + [self.sep.join(self._texts)] if self._texts else self._chunks
            return Passage(self.sep.join(chunks), Pieces(self._offsets, self._lines, self._pages))
        held = self._held
        if len(held) <= 1:
            return held[0] if held else EMPTY_PASSAGE
        # The first passage's pieces stand where they are: only those after
        # it are made anew, moved past the text before them.
        pieces = list(held[0].pieces)
        offset = len(held[0].text)
        for passage in islice(held, 1, None):
            offset += len(self.sep)
            pieces += [_make_piece((p[0] + offset, p[1], p[2])) for p in passage.pieces]
            offset += len(passage.text)
        return Passage(self.sep.join([p.text for p in held]), compact(pieces))


class LineKind(StrEnum):
    BODY = "body"
    BLANK = "blank"
    PAGE_NUMBER = "page_number"
    RUNNING_HEADER = "running_header"
    TABLE = "table"
    CONTENTS = "contents"  # an issue's 目录 and its entries
    WEB = "web"  # a web page's or a database's furniture (原文链接：…)


# --- closed sets of the output (the schema's enums are read from these) ---


class ClauseKind(StrEnum):
    """The numbering scheme of a clause (see :mod:`gazette_cli.structure.markers`)."""

    PART = "part"  # 第一部分
    VOLUME = "volume"  # 第一编, 第一篇
    CHAPTER = "chapter"  # 第一章
    SECTION = "section"  # 第一节
    ARTICLE = "article"  # 第一条
    DECIMAL = "decimal"  # 1 / 1.1 / 3.2.1
    CN = "cn"  # 一、
    CN_PAREN = "cn_paren"  # （一） ㈠
    NUM = "num"  # 1. 1、 ⒈
    NUM_PAREN = "num_paren"  # （1） ⑴
    CIRCLED = "circled"  # ①


class LeadFrom(StrEnum):
    """How the lead unit of a responsibility list is known."""

    TEXT = "text"  # the text names it (X牵头, 牵头单位：X)
    FIRST_LISTED = "first_listed"  # the first listed unit, as the document says or as the profile assumes
    NONE = "none"  # nobody is named as leading


class Comparator(StrEnum):
    EQ = "="
    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    RANGE = "range"


class Period(StrEnum):
    ANNUAL = "annual"  # 每年, 年均: a yearly rate


class TargetKind(StrEnum):
    """What a target's value measures."""

    LEVEL = "level"  # a level to reach or keep (达到18.5%)
    GROWTH = "growth"  # a rate of growth (年均增长7%)
    CHANGE = "change"  # a change, signed (提高2个百分点, 下降5% → -5)
    MULTIPLE = "multiple"  # a multiple of a baseline (翻一番 → 2)


class TargetSource(StrEnum):
    TEXT = "text"
    TABLE = "table"


class AmountKind(StrEnum):
    REWARD = "reward"
    SUBSIDY = "subsidy"
    CAP = "cap"
    RATE = "rate"
    THRESHOLD = "threshold"
    FUNDING = "funding"
    FEE = "fee"
    FINE = "fine"


class Relation(StrEnum):
    """How a notice refers to another document."""

    CITES = "cites"
    BASIS = "basis"
    REPEALS = "repeals"
    REPLIES_TO = "replies_to"  # the 请示 or 函 a 批复 answers (你市《关于…的请示》收悉)
    AMENDS = "amends"  # the document a decision amends (决定对《…》作如下修改, 关于修改《…》的决定)


class PassageKind(StrEnum):
    """What a stretch of a notice's text is (see :meth:`Notice.passages`)."""

    LETTER = "letter"  # a cover letter without numbered clauses of its own
    PREAMBLE = "preamble"  # a document's text before its first clause
    CLAUSE = "clause"  # a clause's own text


class Line(NamedTuple):
    """One source line after normalization, classified by the layout stage.

    A named tuple rather than a frozen dataclass: the layout stage makes one
    for every line of the file, and a tuple is made at C speed
    (``map(Line._make, zip(...))``), a dataclass by a Python ``__init__``.
    """

    number: int
    raw: str
    text: str  # normalized, stripped
    kind: LineKind
    page: int | None
    indented: bool = False  # starts with an ideographic or double space (a paragraph indent)


@record
class TableRow:
    cells: tuple[str, ...]
    text: str
    span: Span


@record
class Table:
    """An indicator table (序号 指标名称 …), with its header and rows."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    title: str | None
    span: Span
    path: str | None = None  # the clause the table stands in (set by the outline stage)


@record
class Paragraph:
    passage: Passage
    indented: bool = False

    @property
    def text(self) -> str:
        return self.passage.text


Block = Paragraph | Table


@record
class IssueInfo:
    """The gazette issue named by the running header."""

    title: str
    year: int | None
    number: int | None
    span: Span


@record
class Page:
    """One page of the source: its page number, where it starts, and the
    number as the text printed it (None when the page shows none, so the
    number was counted from its neighbours; reversed digits such as ``61``
    for page 16 are kept as printed)."""

    number: int
    start_line: int
    printed: str | None


class PageMap(Sequence):
    """:attr:`Layout.page_map`: each page's :class:`Page`, made when asked
    for.  The numbers and first lines are held as numbers (a range or an
    array) and the printed digits by page: a file of form feeds alone has a
    page per byte, which as records would cost a hundred bytes each.

    >>> pm = PageMap(range(1, 4), array("i", [0, 5, 9]), {1: "2"})
    >>> len(pm), pm[1], pm[-1].start_line
    (3, Page(number=2, start_line=6, printed='2'), 10)
    >>> pm == (Page(1, 1, None), Page(2, 6, "2"), Page(3, 10, None))
    True
    """

    __slots__ = ("_numbers", "_starts", "_printed")

    def __init__(self, numbers, starts, printed: dict[int, str]):
        self._numbers = numbers  # page index → page number
        self._starts = starts  # page index → its first line (index)
        self._printed = printed  # page index → the digits it printed

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(self[i] for i in range(*k.indices(len(self))))
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("page index out of range")
        return Page(self._numbers[k], self._starts[k] + 1, self._printed.get(k))

    def __iter__(self) -> Iterator[Page]:
        get = self._printed.get
        return map(Page, self._numbers, map((1).__add__, self._starts), map(get, range(len(self))))

    def page_of_line(self, index: int) -> int:
        """The index of the page that holds the line at ``index`` (0-based)."""
        return bisect.bisect_right(self._starts, index) - 1

    def printed_pages(self) -> Iterable[int]:
        """The indices of the pages that print a number."""
        return self._printed.keys()

    def __eq__(self, other) -> bool:
        if isinstance(other, (PageMap, tuple)):
            return len(self) == len(other) and all(map(eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PageMap({len(self)} pages)"


#: Each line's kind in :attr:`LineColumns.kinds` is a byte: its index here.
LINE_KINDS: tuple[LineKind, ...] = (
    LineKind.BLANK,
    LineKind.BODY,
    LineKind.PAGE_NUMBER,
    LineKind.RUNNING_HEADER,
    LineKind.TABLE,
    LineKind.CONTENTS,
    LineKind.WEB,
)
K_BLANK, K_BODY, K_PAGE_NUMBER, K_RUNNING_HEADER, K_TABLE, K_CONTENTS, K_WEB = range(len(LINE_KINDS))


class StrippedLines(Sequence):
    """:attr:`LineColumns.texts` of very short lines: each line stripped when
    asked for, not a list of them (eight bytes a line, which for a file of
    form feeds is eight times the file).  Iterating strips at C speed.

    >>> t = StrippedLines(("\\f", " 字 "))
    >>> list(t), t[1], t[:1], t == ["", "字"]
    (['', '字'], '字', [''], True)
    """

    __slots__ = ("lines",)

    def __init__(self, lines: tuple[str, ...]):
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(map(str.strip, self.lines[k]))
        return self.lines[k].strip()

    def __iter__(self) -> Iterator[str]:
        return map(str.strip, self.lines)

    def __eq__(self, other) -> bool:
        if isinstance(other, StrippedLines):
            return self.lines == other.lines or list(self) == list(other)
        if isinstance(other, (list, tuple)):
            return len(self) == len(other) and all(map(eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StrippedLines({len(self)} lines)"


class PageColumn(Sequence):
    """:attr:`LineColumns.pages` of a text with a page for every few lines and
    no printed page number (a file of form feeds has a page per byte): page
    ``k + 1`` opens at line ``starts[k]``, and a line's page is looked up, not
    stored (four bytes a line, four times such a file).

    >>> p = PageColumn(array("i", [0, 2, 3]), 5)
    >>> list(p), p[1], p[2], p[-1], p[1:3], p == [1, 1, 2, 3, 3]
    ([1, 1, 2, 3, 3], 1, 2, 3, [1, 2], True)
    """

    __slots__ = ("starts", "n")

    def __init__(self, starts: array | range, n: int):
        self.starts = starts  # the first line of each page, the first 0 (a range: a page a line)
        self.n = n  # how many lines

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self.n))]
        if k < 0:
            k += self.n
        if not 0 <= k < self.n:
            raise IndexError("line index out of range")
        return bisect.bisect_right(self.starts, k)

    def __iter__(self) -> Iterator[int]:
        ends = chain(islice(self.starts, 1, None), (self.n,))
        return chain.from_iterable(map(repeat, count(1), map(sub, ends, self.starts)))

    def __eq__(self, other) -> bool:
        if isinstance(other, PageColumn):
            return self.n == other.n and len(self.starts) == len(other.starts) and all(map(eq, self.starts, other.starts))
        if isinstance(other, (list, tuple, array)):
            return len(other) == self.n and all(map(eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PageColumn({len(self.starts)} pages, {self.n} lines)"


@dataclass(slots=True)
class LineColumns:
    """Every source line as parallel columns, index ``i`` for line ``i + 1``.

    The layout stage asks its questions of all lines at a time, which the
    columns answer at C speed; :attr:`Layout.lines` makes :class:`Line`
    records of them for whoever wants one line at a time.  Filled in by the
    layout stage and not changed after it.  What is only a number is held as
    one, not as an object: a file of a million blank lines or form feeds
    costs a byte or four a line for each column, not eight.
    """

    raws: tuple[str, ...]
    texts: list[str] | tuple[str, ...] | StrippedLines  # normalized, stripped (the normalized lines themselves when none strips)
    kinds: bytearray  # a byte a line: the kind's index in LINE_KINDS (K_BODY, K_BLANK …)
    pages: array | PageColumn  # the page number of each line
    indented: bytes  # a byte a line: 1 where it starts with an indent
    feeds: array | range = field(default_factory=lambda: array("i"))  # lines that open with a form feed (a page break)
    # What the page shows of each line beyond its text (a PDF's; empty for text inputs).
    looks: tuple[LineLook, ...] = ()
    # The lines that are rows of a ruled table: line index → (table, cells), empty edge cells kept.
    ruled: dict[int, tuple[int, tuple[str, ...]]] = field(default_factory=dict)

    def span(self, first: int, last: int) -> Span:
        """The span of lines ``first..last`` (indices)."""
        return Span(first + 1, last + 1, self.pages[first], self.pages[last])


class Blocks(Sequence):
    """:attr:`Layout.blocks`: the paragraphs and tables in order, a paragraph
    of one line held as the line's index and made when asked for.

    In a text that is not wrapped every line is a paragraph of its own; as a
    :class:`Paragraph` with its passage and piece it costs some 250 bytes, as
    an index four.  ``codes[k]`` is the line of block ``k`` when it is 0 or
    more, else ``~codes[k]`` is its index in ``made``.  A slice is a
    :class:`Blocks` too; equal to the tuple of the same blocks.
    """

    __slots__ = ("_codes", "_made", "_columns")

    def __init__(self, codes: array, made: tuple[Block, ...], columns: LineColumns):
        self._codes = codes
        self._made = made
        self._columns = columns

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return Blocks(self._codes[k], self._made, self._columns)
        return self._block(self._codes[k])

    def _block(self, code: int) -> Block:
        if code < 0:
            return self._made[~code]
        c = self._columns
        return Paragraph(Passage(c.texts[code], (_make_piece((0, code + 1, c.pages[code])),)), c.indented[code] == 1)

    def __iter__(self) -> Iterator[Block]:
        return map(self._block, self._codes)

    def replace(self, k: int, blocks: Sequence[Block]) -> Blocks:
        """These blocks with block ``k`` replaced by ``blocks``."""
        made = len(self._made)
        codes = self._codes[:k]
        codes.extend(range(~made, ~(made + len(blocks)), -1))
        codes.extend(self._codes[k + 1 :])
        return Blocks(codes, (*self._made, *blocks), self._columns)

    def take(self, positions: Iterable[int]) -> Blocks:
        """The blocks at ``positions``, held as these are."""
        return Blocks(array("i", map(self._codes.__getitem__, positions)), self._made, self._columns)

    def texts(self) -> list[str]:
        """Each block's text ("" for a table), without making the blocks."""
        texts, made = self._columns.texts, self._made
        return [texts[c] if c >= 0 else _block_text(made[~c]) for c in self._codes]

    def __eq__(self, other) -> bool:
        if isinstance(other, (Blocks, tuple)):
            return len(self) == len(other) and all(map(eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Blocks({len(self)} blocks)"


def _block_text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else ""


# Line((number, raw, …)) at C speed: tuple.__new__ with the class bound.
_make_line = partial(tuple.__new__, Line)


@record
class Layout:
    columns: LineColumns
    blocks: Blocks | tuple[Block, ...]
    issue: IssueInfo | None
    pages: Sequence[int]  # the printed page numbers, in order (a range or an array of them)
    warnings: tuple[str, ...] = ()
    page_map: PageMap | tuple[Page, ...] = ()
    _lines: tuple[Line, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every source line, classified (made on first use: the pipeline itself reads the columns)."""
        if self._lines is None:
            c = self.columns
            kinds = map(LINE_KINDS.__getitem__, c.kinds)
            lines = tuple(map(_make_line, zip(range(1, len(c.texts) + 1), c.raws, c.texts, kinds, c.pages, map(bool, c.indented))))
            object.__setattr__(self, "_lines", lines)
        return self._lines  # type: ignore[return-value]


def _walk(clauses: tuple[Clause, ...]) -> Iterator[Clause]:
    """``clauses`` and their sub-clauses, depth first, in document order.

    One stack, not a generator per level: the extractors walk every clause of
    every notice, and nested generators handed each one up through all the
    levels above it."""
    stack = list(reversed(clauses))
    while stack:
        clause = stack.pop()
        yield clause
        stack.extend(reversed(clause.children))


@record
class Clause:
    """A numbered clause (一、 / （一） / 1. / （1） / 第X章 / 第X条 / 1.1) and its sub-clauses."""

    path: str
    marker: str
    level: int
    kind: ClauseKind
    number: int
    title: str | None  # the printed title, or an article's first sentence
    passage: Passage  # the clause's own text: heading paragraph and the paragraphs up to its first child
    span: Span  # the whole clause, children included
    children: tuple[Clause, ...] = ()
    # An article's paragraphs (款): the heading paragraph, then each paragraph
    # up to its first item; empty for every other kind.
    paragraphs: tuple[Passage, ...] = ()

    @property
    def text(self) -> str:
        return self.passage.text

    def walk(self) -> Iterator[Clause]:
        """This clause and every clause under it, depth first, in document order."""
        return _walk((self,))


@record
class Responsibility:
    path: str | None
    units: tuple[str, ...]
    lead: tuple[str, ...]
    support: tuple[str, ...]
    form: str
    text: str
    span: Span
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, what it stands for), defined by this list
    resolved: tuple[tuple[str, str], ...] = ()  # (alias, what it stands for), for aliases defined earlier
    lead_from: LeadFrom = LeadFrom.NONE
    lead_rule: str | None = None  # the sentence that makes the first listed unit lead (or the profile that does)
    deadline: str | None = None  # as printed: a task table's 完成时限, 完成时限：… after a list, 2023年底前完成 closing one
    standing: tuple[str, ...] = ()  # units a sentence before names for every list from there on (以下均需…落实，不再列出), not in ``units``
    standing_rule: str | None = None  # that sentence


@record
class Target:
    path: str | None
    text: str
    metric: str
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    comparator: Comparator
    year: int | None
    period: Period | None
    baseline: Decimal | None
    attribute: str | None
    source: TargetSource
    span: Span
    kind: TargetKind = TargetKind.LEVEL
    approx: bool = False  # 左右, 约
    hedged: bool = False  # 力争, 争取
    cumulative: bool = False  # 累计
    baseline_year: int | None = None  # the year a change is counted from (比2020年下降13.5%)


@record
class Amount:
    path: str | None
    text: str
    values_yuan: tuple[int | Decimal, ...]  # whole yuan as int; a fee of 0.80 yuan as Decimal
    kind: AmountKind
    span: Span
    per: str | None = None  # 500元/亩: the unit the money is paid per (亩)


@record
class Reference:
    path: str | None
    title: str | None
    doc_number: str | None
    short_name: str | None
    relation: Relation
    text: str
    span: Span


@record
class Validity:
    effective_from: str | None  # ISO date
    effective_until: str | None
    text: str
    span: Span
    term_years: int | None = None  # 有效期X年, when the text gives the term instead of an end date


@record
class Outline:
    """A document body as the outline stage reads it: the text before the
    first clause, the clause tree and the tables (each told which clause it
    stands in)."""

    preamble: Passage = EMPTY_PASSAGE
    clauses: tuple[Clause, ...] = ()
    tables: tuple[Table, ...] = ()


EMPTY_OUTLINE = Outline()


@record
class Attachment:
    """A document attached to a notice: the plan a 印发 notice issues, the
    regulation a 令 promulgates, each 附件N.

    ``prefix`` starts the path of every clause (and of every item found in
    it): ``""`` for the notice's first attached document when the notice's
    own text has no clauses, else ``附件N/``.
    """

    label: str | None  # 附件, 附件2 … as printed; None when unlabelled
    title: str | None
    prefix: str
    outline: Outline
    span: Span
    note: str | None = None  # the history note under a regulation's title (…发布 …修订)

    @property
    def preamble(self) -> Passage:
        return self.outline.preamble

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return self.outline.clauses

    @property
    def tables(self) -> tuple[Table, ...]:
        return self.outline.tables

    @property
    def preamble_path(self) -> str | None:
        """The path of items found in the preamble: the prefix without its slash."""
        return self.prefix[:-1] if self.prefix else None


@record
class Section:
    """One stretch of a notice's text, as every extractor reads it."""

    kind: PassageKind
    path: str | None
    passage: Passage
    clause: Clause | None = None  # the clause whose own text this is


@record
class Notice:
    """One document of the issue: the notice frame, its own outline and its attachments."""

    doc_number: str | None
    issuer: str | None
    title: str | None
    doc_type: str | None
    addressees: tuple[str, ...]
    signed_date: str | None
    printed_date: str | None
    normative_code: str | None
    attachment_title: str | None  # the title of the first attachment
    span: Span
    letter: Passage = EMPTY_PASSAGE  # the notice's own text, up to the signature
    own: Outline = EMPTY_OUTLINE  # the outline of that text when it has numbered clauses
    attachments: tuple[Attachment, ...] = ()
    issuers: tuple[str, ...] = ()  # every issuing organ (two or more for a joint document)
    responsibilities: tuple[Responsibility, ...] = ()
    targets: tuple[Target, ...] = ()
    amounts: tuple[Amount, ...] = ()
    references: tuple[Reference, ...] = ()
    validity: Validity | None = None
    # The sections of passages(), made on the first call: every extractor walks them.
    _sections: tuple[Section, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def preamble(self) -> Passage:
        """The main document's text before its first clause: the notice's own
        when it has clauses, else the first attachment's."""
        if self.own.clauses or not self.attachments:
            return self.own.preamble
        return self.attachments[0].preamble

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Every top-level clause: the notice's own, then each attachment's."""
        if not self.attachments:
            return self.own.clauses
        return self.own.clauses + tuple(c for a in self.attachments for c in a.clauses)

    @property
    def tables(self) -> tuple[Table, ...]:
        if not self.attachments:
            return self.own.tables
        return self.own.tables + tuple(t for a in self.attachments for t in a.tables)

    def walk(self) -> Iterator[Clause]:
        """Every clause, depth first, in document order."""
        return _walk(self.clauses)

    def passages(self) -> tuple[Section, ...]:
        """The notice's text, each stretch once, in document order.  Every
        extractor reads this walk (made once per notice).

        The notice's own text comes first: as a cover letter (``LETTER``) when
        it attaches documents and has no clauses of its own, else as a
        document (its preamble, then its clauses).  Then each attachment's
        preamble and clauses, their paths prefixed.
        """
        if self._sections is None:
            object.__setattr__(self, "_sections", tuple(self._walk_sections()))
        return self._sections  # type: ignore[return-value]

    def _walk_sections(self) -> Iterator[Section]:
        if self.own.clauses or not self.attachments:
            if self.own.preamble.text:
                yield Section(PassageKind.PREAMBLE, None, self.own.preamble)
            for clause in _walk(self.own.clauses):
                yield Section(PassageKind.CLAUSE, clause.path, clause.passage, clause)
        elif self.letter.text:
            yield Section(PassageKind.LETTER, None, self.letter)
        for attachment in self.attachments:
            if attachment.preamble.text:
                yield Section(PassageKind.PREAMBLE, attachment.preamble_path, attachment.preamble)
            for clause in _walk(attachment.clauses):
                yield Section(PassageKind.CLAUSE, clause.path, clause.passage, clause)


@record
class LineLook:
    """What the page shows of a line beyond its text (a PDF's geometry; a text
    input has none).  Layout reads it where the text alone is unsure."""

    centred: bool = False  # set in the middle of its column, away from both edges
    size: float = 1.0  # its type's height relative to the body text's
    table: int | None = None  # the ruled table it is a row of (numbered in the file); its cells are separated by TABs
    full: bool = False  # it runs to its column's right edge: the line after it may go on with its sentence


#: The look of a line that says nothing more than its text.
PLAIN = LineLook()
#: The look of a plain line that runs to its column's right edge (most of a page's lines: one shared value).
FULL = LineLook(full=True)


@record
class Source:
    name: str
    sha256: str
    encoding: str  # the text's encoding; "pdf", "docx" or "xlsx" for text read from such a file (a web page's is its charset)
    text: str
    size: int
    page_map: tuple[tuple[int, int | None], ...] = ()  # a PDF's pages: (page of the file, printed number or None)
    # A PDF's lines, one per line of ``text``: (page of the file, x0, top, x1, bottom), points from the top left.
    line_boxes: tuple[tuple[int, float, float, float, float], ...] = ()
    warnings: tuple[str, ...] = ()  # what reading the input noticed (pages without text…)
    line_looks: tuple[LineLook, ...] = ()  # a PDF's lines, one per line of ``text``: centring, type size, ruled table


@record
class Normalized:
    """Per-line normalized text (same line count as the source) and the steps that changed it."""

    lines: tuple[str, ...]
    raw_lines: tuple[str, ...]
    steps: tuple[str, ...]
    changed: tuple[str, ...]
    punct: str = "cjk"


@record
class Document:
    """The result of parsing one gazette issue."""

    source: Source
    normalized: Normalized
    layout: Layout
    notices: tuple[Notice, ...]
    warnings: tuple[str, ...] = field(default=())
    profile: str = "default"  # the name of the gazette profile it was parsed with
