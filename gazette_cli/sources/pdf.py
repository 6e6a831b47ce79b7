"""Stage 1 for PDFs — read: the characters of each page with their boxes, put in reading order.

In: the bytes of a PDF (recognised by ``%PDF-``, whatever the file's name).
Out: a :class:`~gazette_cli.model.Source` whose text is the issue as a reader
sees it, in the form of a text layer the layout stage already reads: one line
per printed line, the lines of a column before those of the next, a page
break (form feed) between pages, a paragraph's first line indented with
``　　``, the running header first on its page and the page number last.
Nothing after this stage knows the input was a PDF; ``Source.page_map`` says
which printed page each PDF page is.

How a page is read (:func:`page_lines`):

* characters come with their loose boxes (PDFium's: the advance width, and the
  font's ascent to descent), so the characters of a printed line share one
  band of height and spaces have a width;
* rows: characters whose centres lie within half a line's height of each
  other; a row's runs: characters closer than an em, cut at wider gaps;
* columns: a gutter is an x where most rows of prose have a gap, with prose
  on both sides; rows that cross it (a title over two columns, a table) are
  read whole, and between them each column is read top to bottom, left first;
* the running header and the page number: rows in the top or bottom band of
  the page that repeat on other pages (digits aside) or are a page number
  (``— 3 —``, ``-3-``, ``３``);
* indentation: a line that starts with ``　`` keeps it; one that starts more
  than an em and a half right of its column's edge gets ``　　``;
* ruled tables (:mod:`.ruled`): the characters inside a grid of drawn lines
  are read as its cells, each row one line with its cells separated by TABs,
  read whole where the table stands;
* vertical text: characters set one under the other make one line;
* each line's look (:class:`~gazette_cli.model.LineLook`, in
  ``Source.line_looks``): centred in its column or not, its type's size
  against the body's, the ruled table it is a row of.

With ``PdfOptions(processes=2)`` (what the command line asks for when it
reads one file on a machine with a second CPU), a forked process on Linux
reads pages' characters too: the pages are tickets that whichever process
is free takes, and this one lays out every page in order: the same source,
in about two thirds of the time.  The pages that wait for the running
headers to be known (see :func:`_read_pdf`) are then laid out half here and
half in a second forked process.  A batch's workers, and the library by
default, read in one process.

Limits (each refused with an :class:`~gazette_cli.errors.InputError`, exit 2):
more than :data:`~gazette_cli.sources.pdf_options.MAX_PAGES` pages, a page with more than
:data:`MAX_CHARS_PER_PAGE` characters (a PDF bomb), a password that is
missing or wrong, a damaged file, and a file with no text layer at all (a
scan: run OCR first).  Pages without text in a file that has some are read
as empty and named in a warning; so are pages whose fonts map characters to
no Unicode.
"""

from __future__ import annotations

import ctypes
import hashlib
import statistics
from contextlib import closing
from collections import Counter, deque
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from ..collector import paused_collector
from ..errors import InputError
from .pdf_options import PdfOptions
from ..layout.furniture import HEADER_PAGE_FIRST, HEADER_PAGE_LAST, page_number_digits
from ..model import FULL, PLAIN, LineLook, Source
from ..records import record
from ..text.lazy import lazy
from .ffi import bare
from .ruled import Rule, RuledTable, page_rules, ruled_tables
from ..text.normalize import fullwidth_ascii

#: Characters a page may have: a page of small print holds a few thousand.
MAX_CHARS_PER_PAGE = 100_000
#: Share of the page height, from the top and from the bottom, where running
#: headers and page numbers stand.
BAND = 0.12
#: Gap between two characters, in ems, that ends a run.
RUN_GAP = 1.0
#: Indentation, in ems, that opens a paragraph.
INDENT = 1.5
#: Characters set one under the other that make a line of vertical text.
VERTICAL_MIN = 3
#: How far, in ems, a centred line's two margins may differ.
CENTRED = 1.0
#: How far, in ems, a line may end short of its column's right edge and still run
#: to it (a half-width digit or a closing mark leaves some room).
FULL_GAP = 1.0
#: Pages whose bands are read ahead of the page being read, to tell its running header.
LOOKAHEAD = 2
#: Pages whose running header is unsure that wait to be read until the end
#: (their characters kept: some 40 kB a page).
PENDING = 64

_DIGITS = lazy(r"[0-9０-９]+")
_X0 = itemgetter(1)  # of a character (char, x0, x1)


@dataclass(slots=True)
class _Row:
    """Characters of one printed row of a page (across every column)."""

    top: float
    bottom: float
    chars: list[tuple[str, float, float]] = field(default_factory=list)  # (char, x0, x1)
    heights: list[float] = field(default_factory=list)  # of each character's box

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def size(self) -> float:
        """The height of the type of most of its characters (a digit of another font is taller)."""
        heights = self.heights  # their median_low, without statistics' checks (a line each)
        return sorted(heights)[(len(heights) - 1) // 2] if heights else self.top - self.bottom


@dataclass(slots=True)
class _Run:
    """Characters of a row with no gap wider than :data:`RUN_GAP` ems between them."""

    x0: float
    x1: float
    text: str


@record  # a page makes some seventy: record's __init__ is the cheaper
class _Line:
    """A line as read: its text, its box on the page ((x0, top, x1, bottom) in
    points from the top left, :func:`_flipped`), whether it is centred in its
    column, the height of its type, and the ruled table of the page it is a
    row of (its cells separated by TABs)."""

    text: str
    box: tuple[float, float, float, float]
    centred: bool = False
    height: float = 0.0
    table: int | None = None
    full: bool = False  # it ends within :data:`FULL_GAP` of its column's right edge


_NO_LINE = _Line("", (0.0, 0.0, 0.0, 0.0))  # the one empty line of a page without text


@dataclass(slots=True)
class _Page:
    """One page read: its header and footer rows and its body lines in reading order."""

    number: int  # in the file, 1-based
    header: list[_Line]
    body: list[_Line]
    footer: list[_Line]
    printed: int | None = None
    chars: int = 0
    unmapped: int = 0


def read_pdf(data: bytes, name: str, options: PdfOptions | None = None) -> Source:
    """The :class:`Source` of a PDF's text (see the module's documentation)."""
    # The rows and lines of a page are many objects and no cycle.
    with paused_collector():
        return _read_pdf(data, name, options)


def _read_pdf(data: bytes, name: str, options: PdfOptions | None) -> Source:
    import pypdfium2 as pdfium

    options = options or PdfOptions()
    try:
        pdf = pdfium.PdfDocument(data, password=options.password)
    except pdfium.PdfiumError as e:
        raise InputError(_open_error(name, str(e), options.password)) from None
    try:
        count = len(pdf)
        if count > options.max_pages:
            raise InputError(f"{name}: {count} pages is over the {options.max_pages}-page limit; read a range with --pages")
        first = max(1, options.first_page or 1)
        last = min(count, options.last_page or count)
        if first > count:
            raise InputError(f"{name}: has {count} pages; --pages starts at {first}")
        # Each page is read once, its running header told by what repeats in
        # the bands of the pages read so far and of the next few (PDFium's
        # lines there).  A page whose header is still unsure waits, its
        # characters kept, until every page's bands are known; past
        # PENDING such pages, the oldest is read on a guess, and read again
        # at the end if the guess was wrong.
        seen = _Repeats(last - first + 1)
        calls = _Calls()
        pages: list[_Page | None] = []
        asked: dict[int, dict[str, bool]] = {}  # a page read on a guess → the answers guessed
        pending: deque[tuple[int, _Chars]] = deque()
        indices = range(first - 1, last)
        if options.processes > 1 and len(indices) >= FORK_PAGES and _may_fork():
            read = _read_pages_forked(pdf, data, options.password, indices, calls, name)
        else:
            read = _read_pages(pdf, indices, calls, name)
        with closing(read):
            for keys, chars in _counted(read, seen):
                pages.append(None)
                k = len(pages) - 1
                if seen.unsure(keys):
                    pending.append((k, chars))
                    if len(pending) <= PENDING:
                        continue
                    k, chars = pending.popleft()
                guess = _Guess(seen)
                pages[k] = _layout(chars, guess)
                if guess.guesses:
                    asked[k] = guess.guesses
        # The pages that waited for the running headers, laid out now that
        # they are known: half of them in a second process where that pays.
        waited = [k for k, _ in pending]
        for k, page in zip(waited, _layouts([chars for _, chars in pending], seen, options.processes > 1)):
            pages[k] = page
        pending.clear()
        for k, answers in asked.items():
            if any((key in seen) != answer for key, answer in answers.items()):
                pages[k] = _layout(_read_page(pdf, k + first - 1, calls, name, keys=False)[1], seen)
    finally:
        pdf.close()
    read = [p for p in pages if p is not None]
    chars = sum(p.chars for p in read)
    if not chars:
        raise InputError(f"{name}: no text layer: run OCR first (for example ocrmypdf)")
    warnings = _warnings(read)
    _fill_numbers(read)
    lines = [(p.number, p.header + p.body + p.footer or [_NO_LINE]) for p in read]
    text = "\n\f".join("\n".join(line.text for line in page_lines) for _, page_lines in lines) + "\n"
    boxes = tuple((number, *line.box) for number, page_lines in lines for line in page_lines)
    return Source(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="pdf",
        text=text,
        size=len(data),
        page_map=tuple((p.number, p.printed) for p in read),
        line_boxes=boxes,
        warnings=tuple(warnings),
        line_looks=_looks(lines),
    )


def _looks(lines: list[tuple[int, list[_Line]]]) -> tuple[LineLook, ...]:
    """Each line's look: centred or not, its type's size relative to the body
    text's (the height most characters of the file's lines have), and its
    ruled table, numbered in the file."""
    heights: Counter[float] = Counter()
    for _, page_lines in lines:
        for line in page_lines:
            if line.height > 0 and line.table is None:
                heights[round(line.height, 1)] += len(line.text)
    body = heights.most_common(1)[0][0] if heights else 0.0
    looks: list[LineLook] = []
    tables: dict[tuple[int, int], int] = {}
    for number, page_lines in lines:
        for line in page_lines:
            size = round(line.height / body, 2) if body and line.height else 1.0
            table = None if line.table is None else tables.setdefault((number, line.table), len(tables) + 1)
            if not line.centred and table is None and abs(size - 1.0) < 0.1:
                looks.append(FULL if line.full else PLAIN)
            else:
                looks.append(LineLook(line.centred, size, table, line.full))
    return tuple(looks)


def _open_error(name: str, message: str, password: str | None) -> str:
    lower = message.lower()
    if "password" in lower:
        if password:
            return f"{name}: the password is wrong"
        return f"{name}: is protected by a password; give it with --password"
    if "format" in lower or "file" in lower or "damaged" in lower or "data" in lower:
        return f"{name}: is a damaged or truncated PDF ({message.strip()})"
    return f"{name}: cannot be read as a PDF ({message.strip()})"


def _warnings(pages: list[_Page]) -> list[str]:
    out = []
    empty = [p.number for p in pages if not p.chars]
    if empty:
        out.append(f"pages with no text layer (scanned?), read as empty: {_page_list(empty)}")
    for p in pages:
        if p.unmapped:
            out.append(f"page {p.number}: {p.unmapped} characters map to no Unicode (their font has no ToUnicode table)")
    return out


def _page_list(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:20]) + (" …" if len(numbers) > 20 else "")


# --- one page ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Loaded:
    """A page loaded by PDFium: its index in the file, its handle and its text
    page's, its size and its rotation (as the file gives them: not turned),
    and the :func:`_key` of each line PDFium finds in its bands."""

    index: int
    page: object
    text: object
    width: float
    height: float
    rotation: int
    keys: set[str] = field(default_factory=set)


def _read_pages(pdf, indices: Iterable[int], calls: _Calls, name: str) -> Iterator[tuple[set[str], _Chars]]:
    """:func:`_read_page` of each page of ``indices``, in turn."""
    for i in indices:
        yield _read_page(pdf, i, calls, name)


def _read_page(pdf, i: int, calls: _Calls, name: str, keys: bool = True) -> tuple[set[str], _Chars]:
    """Page ``i``: the :func:`_key` of the lines in its bands (``keys``) and its
    characters, the page closed before they are given.  PDFium's own calls:
    the wrapper's objects cost as much again as loading the page."""
    page = _load(pdf, i)
    try:
        return (_band_keys(page) if keys else set()), _extract(page, calls, name)
    finally:
        _close(page)


def _load(pdf, i: int) -> _Loaded:
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    page = c.FPDF_LoadPage(pdf.raw, i)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    text = c.FPDFText_LoadPage(page)
    if not text:
        c.FPDF_ClosePage(page)
        raise pdfium.PdfiumError("Failed to load text page.")
    rotation = c.FPDFPage_GetRotation(page)
    return _Loaded(i, page, text, c.FPDF_GetPageWidthF(page), c.FPDF_GetPageHeightF(page), 90 * max(rotation, 0))


def _counted(read: Iterable[tuple[set[str], _Chars]], seen: _Repeats, ahead: int = LOOKAHEAD) -> Iterator[tuple[set[str], _Chars]]:
    """The pages of ``read`` in turn, each given once its bands and those of
    the ``ahead`` pages after it are counted in ``seen``."""
    window: deque[tuple[set[str], _Chars]] = deque()
    for keys, chars in read:
        seen.add(keys)
        window.append((keys, chars))
        if len(window) > ahead:
            yield window.popleft()
    yield from window


#: Pages a file must have for a second process to read some of them: below
#: it, starting the process costs about what it saves.
FORK_PAGES = 8
#: The pipe between the two processes holds this many bytes (Linux, where it
#: can be grown), room for a few pages: the reader runs ahead by that much,
#: and no further, whatever the file's length.
_PIPE_BYTES = 1 << 20


def _may_fork() -> bool:
    """Can a second process be forked safely here?  On Linux, with no thread
    of this process running (a fork copies only the thread that forks)."""
    import os
    import sys
    import threading

    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


#: Pages left to lay out at the end that a second process shares: below
#: it, forking and sending the pages back cost about what it saves.
SHARED_LAYOUTS = 8


def _layouts(pages: list[_Chars], furniture: Container[str], share: bool) -> list[_Page]:
    """:func:`_layout` of each page, in order; with ``share``, the second half
    in a forked process that sends the laid-out pages back (a fraction of
    their characters' size).  Where it sends nothing sound, its half is laid
    out here."""
    half = len(pages) // 2
    if not share or len(pages) < SHARED_LAYOUTS or not _may_fork():
        return [_layout(p, furniture) for p in pages]
    import os
    import pickle

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: never returns into the caller's code
        status = 1
        try:
            os.close(r)
            _write_all(w, pickle.dumps([_layout(p, furniture) for p in pages[half:]], protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    os.close(w)
    try:
        mine = [_layout(p, furniture) for p in pages[:half]]
        chunks = []
        while chunk := os.read(r, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(r)
        os.waitpid(pid, 0)
    try:
        theirs = pickle.loads(b"".join(chunks))
    except Exception:  # never from a sound helper
        theirs = None
    if not (type(theirs) is list and len(theirs) == len(pages) - half and all(type(t) is _Page and t.number == p.number for t, p in zip(theirs, pages[half:]))):
        theirs = [_layout(p, furniture) for p in pages[half:]]
    return mine + theirs


def _read_pages_forked(pdf, data: bytes, password: str | None, indices: range, calls: _Calls, name: str) -> Iterator[tuple[set[str], _Chars]]:
    """:func:`_read_pages`, with a forked process reading pages too.

    The pages are tickets in a pipe, taken in order by whichever process is
    free: the reader (which opens the same bytes) takes one, reads the page
    and sends its band lines and characters down a second pipe; this process
    takes one whenever it needs a page the reader has not sent yet, and
    lays out every page, in the same order as alone.  While the running
    headers are unsure both read; once they are known this one lays out
    and the reader reads ahead, as far as the pipe between them holds.
    Where the reader stops early (a page it cannot read, or killed), the
    pages it took are read here, where the same page gives the same error;
    it is killed if the reading here stops first."""
    import os
    import pickle
    import select

    count = len(indices)
    if 4 * count > _TICKETS_BYTES:  # more pages than a pipe holds tickets for: one process reads
        yield from _read_pages(pdf, indices, calls, name)
        return
    tickets_r, tickets_w = os.pipe()
    os.write(tickets_w, b"".join(n.to_bytes(4, "little") for n in range(count)))  # room for all: no wait
    os.close(tickets_w)  # taken all, a ticket read gives nothing
    r, w = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # the default pipe: the reader runs less far ahead
    pid = os.fork()
    if pid == 0:  # the reader: never returns into the caller's code
        status = 1
        try:
            os.close(r)
            _send_pages(data, password, indices, name, tickets_r, w)
            status = 0
        finally:
            os._exit(status)
    os.close(w)
    have: dict[int, tuple[set[str], _Chars]] = {}  # pages read, not yet given
    buffer = bytearray()
    gone = False  # the reader sent its last page, or went wrong
    dealt_out = False  # every ticket taken

    def receive(wait: bool) -> bool:
        """Pages the reader has sent, into ``have``; waits for one when ``wait``."""
        nonlocal gone
        got = False
        while True:
            while len(buffer) >= 8:
                size = int.from_bytes(buffer[:8], "little")
                if len(buffer) < 8 + size:
                    break
                try:
                    n, keys, chars = pickle.loads(buffer[8 : 8 + size])
                except Exception:  # never from a sound reader: it is taken as gone
                    gone = True
                    return got
                del buffer[: 8 + size]
                # Never another page than the one its ticket names, unless the reader went wrong.
                if not (type(n) is int and 0 <= n < count and type(chars) is _Chars and chars.number == indices[n] + 1):
                    gone = True
                    return got
                have[n] = (keys, chars)
                got = True
            if got or gone:
                return got
            if not wait and not select.select([r], [], [], 0)[0]:
                return False
            chunk = os.read(r, _PIPE_BYTES)
            if not chunk:
                gone = True
                return got
            buffer.extend(chunk)

    try:
        for n in range(count):
            while n not in have:
                if not gone and receive(wait=False):
                    continue
                if gone:  # its pages from here on are read here
                    have[n] = _read_page(pdf, indices[n], calls, name)
                    break
                if not dealt_out and len(have) < AHEAD_PAGES:
                    ticket = os.read(tickets_r, 4)
                    if len(ticket) < 4:
                        dealt_out = True
                        continue
                    t = int.from_bytes(ticket, "little")
                    have[t] = _read_page(pdf, indices[t], calls, name)
                    continue
                receive(wait=True)
            yield have.pop(n)
    finally:
        os.close(r)
        os.close(tickets_r)
        try:
            os.kill(pid, 9)  # SIGKILL: done or not, it has nothing left to give
        except OSError:
            pass
        os.waitpid(pid, 0)


#: Pages this process reads ahead of the one it needs while the reader is busy.
AHEAD_PAGES = 4
#: What a pipe holds on every Linux (POSIX asks for 4 kB, Linux gives 64 kB):
#: the tickets of 16,384 pages, more than the page limit's default.
_TICKETS_BYTES = 1 << 16


def _send_pages(data: bytes, password: str | None, indices: range, name: str, tickets: int, fd: int) -> None:
    """In the forked reader: a ticket taken from ``tickets`` (4 bytes, a
    position in ``indices``) at a time, its page read and sent down ``fd``
    (its length, then the pickled position, band lines and characters)."""
    import os
    import pickle

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data, password=password)
    calls = _Calls()
    while True:
        ticket = os.read(tickets, 4)  # a pipe gives 4 bytes to one reader at a time
        if len(ticket) < 4:
            return
        n = int.from_bytes(ticket, "little")
        keys, chars = _read_page(pdf, indices[n], calls, name)
        payload = pickle.dumps((n, keys, chars), protocol=pickle.HIGHEST_PROTOCOL)
        _write_all(fd, len(payload).to_bytes(8, "little") + payload)


def _write_all(fd: int, data: bytes) -> None:
    """All of ``data`` down the pipe ``fd`` (one write may take a part only)."""
    import os

    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _close(page: _Loaded) -> None:
    import pypdfium2.raw as c

    c.FPDFText_ClosePage(page.text)
    c.FPDF_ClosePage(page.page)


def _band_keys(page: _Loaded) -> set[str]:
    """The :func:`_key` of every line in the top and bottom bands of a page."""
    width, height = page.width, page.height
    if page.rotation in (90, 270):
        width, height = height, width
    top = _bounded_text(page.text, 0, height * (1 - BAND), width, height)
    bottom = _bounded_text(page.text, 0, 0, width, height * BAND)
    return {_key(line) for line in (top + "\n" + bottom).splitlines() if line.strip()}


def _bounded_text(text, left: float, bottom: float, right: float, top: float) -> str:
    """The text PDFium finds in a rectangle of a page, its lines as PDFium makes them."""
    import pypdfium2.raw as c

    n = c.FPDFText_GetBoundedText(text, left, top, right, bottom, None, 0)
    if n <= 0:
        return ""
    buffer = (ctypes.c_ushort * n)()
    c.FPDFText_GetBoundedText(text, left, top, right, bottom, buffer, n)
    return bytes(buffer).decode("utf-16-le", errors="surrogatepass")  # as the page's text: a lone half of a pair stays


class _Repeats:
    """The band lines of a file's pages, counted as its pages are read; once
    all are, ``key in repeats`` says the running headers and footers: band
    lines found on at least two pages and on a third of them."""

    __slots__ = ("total", "pages", "seen", "first")

    def __init__(self, total: int) -> None:
        self.total = total  # pages to read
        self.pages = 0  # pages whose bands are counted
        self.seen: Counter[str] = Counter()
        self.first: dict[str, int] = {}  # the page (counted from 0) each line was first found on

    def add(self, keys: set[str]) -> None:
        for key in keys:
            self.first.setdefault(key, self.pages)
        self.pages += 1
        self.seen.update(keys)

    def __contains__(self, key: str) -> bool:
        return self.seen.get(key, 0) >= max(2, self.pages * 0.3)

    def unsure(self, keys: Iterable[str]) -> bool:
        """Is any of these lines, found on two pages so far, not yet sure to be
        furniture in the end, nor sure not to be?"""
        bar = max(2, self.total * 0.3)
        for key in keys:
            n = self.seen.get(key, 0)
            if 2 <= n < bar <= n + self.total - self.pages:
                return True
        return False


class _Guess:
    """What :class:`_Repeats` will say once every page is counted, told from
    the pages counted so far: sure when the count already reaches the bar, or
    can no longer; else a line found on two pages that, as often as since
    the first, would reach it.  It remembers the answers it was unsure of
    (``guesses``), to be checked at the end."""

    __slots__ = ("repeats", "answers", "guesses")

    def __init__(self, repeats: _Repeats) -> None:
        self.repeats = repeats
        self.answers: dict[str, bool] = {}
        self.guesses: dict[str, bool] = {}

    def __contains__(self, key: str) -> bool:
        answer = self.answers.get(key)
        if answer is None:
            r = self.repeats
            n = r.seen.get(key, 0)
            bar = max(2, r.total * 0.3)
            if n >= bar or n + r.total - r.pages < bar:
                answer = n >= bar
            else:
                # the count at the end, if the line goes on as often as since its first page
                answer = self.guesses[key] = n >= 2 and n + n / (r.pages - r.first[key]) * (r.total - r.pages) >= bar
            self.answers[key] = answer
        return answer


class _Calls:
    """The PDFium calls made for each character, bound once: the bare
    functions (no conversion of their arguments, the fastest ctypes call),
    and the buffers they write in, grown to the largest page read."""

    def __init__(self) -> None:
        import pypdfium2.raw as c

        self.loose_box = bare(c.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.char_box = bare(c.FPDFText_GetCharBox, ctypes.c_int)
        self.unicode = bare(c.FPDFText_GetUnicode, ctypes.c_uint)
        self.text_index = bare(c.FPDFText_GetTextIndexFromCharIndex, ctypes.c_int)
        self.get_text = c.FPDFText_GetText
        self.count = c.FPDFText_CountChars
        self.size = 0
        self.rects: ctypes.Array = (ctypes.c_float * 0)()  # FS_RECTF: left, top, right, bottom
        self.rect_refs: list = []  # a pointer to each rectangle
        self.doubles: ctypes.Array = (ctypes.c_double * 0)()
        self.double_refs: list[list] = [[], [], [], []]  # a pointer to each double, by its place in a box
        self.units: ctypes.Array = (ctypes.c_ushort * 0)()

    def grow(self, n: int) -> None:
        if n <= self.size:
            return
        self.size = n = max(n, 2 * self.size, 1024)
        self.rects = (ctypes.c_float * (4 * n))()
        self.rect_refs = [ctypes.byref(self.rects, 16 * i) for i in range(n)]
        self.units = (ctypes.c_ushort * (2 * n + 2))()  # a character may take two (a pair of surrogates), and the NUL

    def loose_boxes(self, text, n: int) -> bytes:
        """Each character's loose box, as PDFium gives it (FS_RECTF: left, top, right, bottom)."""
        self.grow(n)
        deque(map(self.loose_box, repeat(text, n), range(n), self.rect_refs), maxlen=0)
        return memoryview(self.rects).cast("B")[: 16 * n].tobytes()

    def tight_boxes(self, text, n: int) -> bytes:
        """Each character's tight box (the glyph's own outline), as PDFium gives it (left, right, bottom, top)."""
        if len(self.doubles) < 4 * n:  # only pages with rules ask: grown apart
            self.doubles = (ctypes.c_double * (4 * max(n, self.size)))()
            self.double_refs = [[ctypes.byref(self.doubles, 32 * i + 8 * k) for i in range(len(self.doubles) // 4)] for k in range(4)]
        left, right, bottom, top = self.double_refs
        deque(map(self.char_box, repeat(text, n), range(n), left, right, bottom, top), maxlen=0)
        return memoryview(self.doubles).cast("B")[: 32 * n].tobytes()

    def text(self, text, n: int) -> str:
        """The characters of the page, one per index (after :meth:`loose_boxes`).

        One call for the whole page, whose UTF-16 has one unit per index, but
        for characters PDFium leaves out of its text (U+0000, a glyph with no
        code and no width): those are found among the characters without a
        width or a height, and known left out when PDFium gives them no place
        in its text.  Where that does not account for every index (or two
        units make one character), a call per character."""
        if not n:
            return ""
        self.grow(n)
        got = self.get_text(text, 0, n, ctypes.cast(self.units, ctypes.POINTER(ctypes.c_ushort))) - 1  # less the NUL
        if 0 < got <= n:
            decoded = memoryview(self.units).cast("B")[: 2 * got].tobytes().decode("utf-16-le", errors="surrogatepass")
            if len(decoded) == got:  # no pair of surrogates made one character
                if got == n:
                    return decoded
                unicode_of, text_index = self.unicode, self.text_index
                rects = memoryview(self.rects).cast("B").cast("f")
                left_out = [i for i in range(n) if (rects[4 * i + 2] <= rects[4 * i] or rects[4 * i + 1] <= rects[4 * i + 3]) and unicode_of(text, i) == 0]
                if len(left_out) == n - got and all(text_index(text, i) == -1 for i in left_out):
                    parts, start = [], 0
                    for k, i in enumerate(left_out):
                        parts.append(decoded[start : i - k])
                        parts.append("\x00")
                        start = i - k
                    parts.append(decoded[start:])
                    return "".join(parts)
        return "".join(map(chr, map(self.unicode, repeat(text, n), range(n))))


class _Boxes(NamedTuple):
    """A page's character boxes (PDF space), one list per coordinate as
    PDFium's buffer holds them: no tuple is made per character for the
    rows, which read the four lists side by side."""

    x0: list[float]
    bottom: list[float]
    x1: list[float]
    top: list[float]

    @classmethod
    def of(cls, boxes: Iterable[tuple[float, float, float, float]]) -> _Boxes:
        """From boxes (x0, bottom, x1, top)."""
        columns = list(map(list, zip(*boxes)))
        return cls(*columns) if columns else cls([], [], [], [])

    def boxes(self) -> list[tuple[float, float, float, float]]:
        """A box (x0, bottom, x1, top) per character."""
        return list(zip(self.x0, self.bottom, self.x1, self.top))

    def kept(self, keep: list[bool]) -> _Boxes:
        """The boxes of the characters ``keep`` says."""
        return _Boxes(*(list(compress(column, keep)) for column in self))


def _loose(raw: bytes) -> _Boxes:
    """Boxes from :meth:`_Calls.loose_boxes`."""
    values = memoryview(raw).cast("f").tolist()
    return _Boxes(values[0::4], values[3::4], values[2::4], values[1::4])


def _tight(raw: bytes) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, bottom, x1, top) from :meth:`_Calls.tight_boxes`."""
    values = memoryview(raw).cast("d").tolist()
    return list(zip(values[0::4], values[2::4], values[1::4], values[3::4]))


@dataclass(slots=True)
class _Chars:
    """What a page's reading needs of PDFium, in little room: its number in
    the file, its size and rotation, its drawn lines (turned as shown), and
    its characters with their boxes as PDFium gives them."""

    number: int
    width: float
    height: float
    rotation: int
    rules: list[Rule]
    text: str
    boxes: bytes  # loose, FS_RECTF
    places: bytes | None  # tight (on a page with rules), four doubles


def _extract(page: _Loaded, calls: _Calls, name: str) -> _Chars:
    """A page's characters and drawn lines, out of PDFium."""
    rules = page_rules(page.page, _turn(page.rotation, page.width, page.height))
    n = calls.count(page.text)
    if n > MAX_CHARS_PER_PAGE:
        raise InputError(f"{name}: page {page.index + 1} holds {n} characters, over the {MAX_CHARS_PER_PAGE} limit")
    boxes = calls.loose_boxes(page.text, n)
    text = calls.text(page.text, n)
    # Where a glyph stands: its tight box, which (unlike the loose one)
    # follows a glyph set turned; asked only on a page with rules.
    places = calls.tight_boxes(page.text, n) if len(rules) >= 4 else None
    return _Chars(page.index + 1, page.width, page.height, page.rotation, rules, text, boxes, places)


def _layout(page: _Chars, furniture: Container[str]) -> _Page:
    """A page's lines in reading order, its running header and footer apart."""
    width, height, rotation, rules, text = page.width, page.height, page.rotation, page.rules, page.text
    boxes = _loose(page.boxes)
    places = _tight(page.places) if page.places is not None else None  # none: too few rules for a table
    if rotation:  # a page turned when shown: read it as it is shown
        turn = _turn(rotation, width, height)
        boxes = _Boxes.of(map(turn, boxes.boxes()))
        places = list(map(turn, places)) if places is not None else None
        if rotation in (90, 270):
            width, height = height, width
    tables, taken = ruled_tables(rules, text, places) if places is not None else ([], set())
    table_chars = 0
    if taken:  # the tables' characters are read as their cells, not as lines of the page
        table_chars = sum(1 for i in taken if not text[i].isspace())
        keep = [i not in taken for i in range(len(text))]
        text = "".join(compress(text, keep))
        boxes = boxes.kept(keep)
    rows, unmapped = _rows(text, boxes)
    header, body, footer = _bands(rows, height, furniture)
    lines = _reading_order(body, width, height, tables)
    page_ = _Page(page.number, [_band_line(r, height) for r in header], lines, [_band_line(r, height) for r in footer])
    page_.chars = sum(len(r.chars) for r in rows) + table_chars
    page_.unmapped = unmapped
    page_.printed = _printed([line.text for line in page_.header + page_.footer])
    return page_


def _turn(rotation: int, width: float, height: float):
    """A box (x0, bottom, x1, top) in the page's own space to the page as shown (its /Rotate applied)."""
    if rotation == 90:
        return lambda box: (box[1], width - box[2], box[3], width - box[0])
    if rotation == 270:
        return lambda box: (height - box[3], box[0], height - box[1], box[2])
    if rotation == 180:
        return lambda box: (width - box[2], height - box[3], width - box[0], height - box[1])
    return lambda box: box


def _rows(text: str, boxes: _Boxes) -> tuple[list[_Row], int]:
    """The page's characters grouped into rows, top to bottom, each row's characters left to right.

    Characters come mostly in the order they were set, a line at a time: runs
    of consecutive characters on one height are gathered first, and only the
    runs (a few per printed line) are sorted and merged into rows."""
    pieces: list[_Row] = []
    unmapped = 0
    heights: list[float] = []
    chars: list[tuple[str, float, float]] = []
    add_height, add_char = heights.append, chars.append
    top = bottom = last_centre = last_half = 0.0
    start = -1  # where the piece's characters start in ``heights`` (none yet)
    for ch, x0, y0, x1, y1 in zip(text, *boxes):
        if y1 <= y0 or ch in "\r\n\x00":  # line ends and gaps PDFium generates
            continue
        if ch == "\ufffd" or "\ud800" <= ch <= "\udfff":  # no Unicode for the glyph (or half of a pair)
            unmapped += 1
            continue
        centre = (y0 + y1) / 2
        # The same line as the character before: centres within half its height.
        if start < 0 or abs(centre - last_centre) > last_half:
            if start >= 0:
                pieces.append(_Row(top, bottom, chars[start:], heights[start:]))
            start = len(heights)
            top, bottom = y1, y0
        else:
            if y1 > top:
                top = y1
            if y0 < bottom:
                bottom = y0
        add_height(y1 - y0)
        add_char((ch, x0, x1))
        last_centre, last_half = centre, (y1 - y0) / 2
    if start < 0:
        return [], unmapped
    pieces.append(_Row(top, bottom, chars[start:], heights[start:]))
    pieces, vertical = _vertical(pieces)
    tolerance = (statistics.median(heights) if heights else 10.0) / 2
    pieces.sort(key=lambda p: -p.centre)
    rows: list[_Row] = []
    for p in pieces:
        if rows and abs(rows[-1].centre - p.centre) <= tolerance:
            row = rows[-1]
            row.top, row.bottom = max(row.top, p.top), min(row.bottom, p.bottom)
            row.chars.extend(p.chars)
            row.heights.extend(p.heights)
        else:
            rows.append(p)
    for row in rows:
        row.chars.sort(key=_X0)
    return (_with_vertical(rows, vertical) if vertical else rows), unmapped


def _vertical(pieces: list[_Row]) -> tuple[list[_Row], list[_Row]]:
    """Text set vertically taken out of a page's pieces (characters on one
    height, in the order they were set): each run of at least
    :data:`VERTICAL_MIN` pieces of one character, each set right under the
    one before (same x), becomes one row of one run, read top to bottom.
    Latin letters and digits never make one (a column of figures is not
    vertical text).  Returns the other pieces and the vertical rows."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, piece in enumerate(pieces):
        ch = piece.chars[0][0] if len(piece.chars) == 1 else ""
        if not ch or ch.isspace() or (ch.isascii() and ch.isalnum()):
            if len(run) >= VERTICAL_MIN:
                runs.append(run)
            run = []
            continue
        if run and _under(pieces[run[-1]], piece):
            run.append(k)
            continue
        if len(run) >= VERTICAL_MIN:
            runs.append(run)
        run = [k]
    if len(run) >= VERTICAL_MIN:
        runs.append(run)
    if not runs:
        return pieces, []
    vertical = []
    for run in runs:
        chars = [pieces[k].chars[0] for k in run]
        x0, x1 = min(c[1] for c in chars), max(c[2] for c in chars)
        vertical.append(_Row(pieces[run[0]].top, pieces[run[-1]].bottom, [("".join(c[0] for c in chars), x0, x1)], [x1 - x0]))
    taken = {k for run in runs for k in run}
    return [p for k, p in enumerate(pieces) if k not in taken], vertical


def _under(above: _Row, piece: _Row) -> bool:
    """Is the character of ``piece`` set right under that of ``above``: the
    same x (within a quarter of a character) and its top at the other's
    bottom (within a fifth of a character above, half of one below)?"""
    (_, a0, a1), (_, b0, b1) = above.chars[0], piece.chars[0]
    height = above.top - above.bottom
    return abs((b0 + b1) - (a0 + a1)) / 2 <= 0.25 * (a1 - a0) and -0.2 * height <= above.bottom - piece.top <= 0.5 * height


def _with_vertical(rows: list[_Row], vertical: list[_Row]) -> list[_Row]:
    """The rows of a page with its vertical lines among them, each where its top stands."""
    out = list(rows)
    for v in sorted(vertical, key=lambda r: -r.top):
        k = next((k for k, r in enumerate(out) if r.centre < v.top), len(out))
        out.insert(k, v)
    return out


def _em(rows: Iterable[_Row]) -> float:
    widths = [x1 - x0 for r in rows for ch, x0, x1 in r.chars if not ch.isspace() and x1 > x0]
    return statistics.median(widths) if widths else 10.0


def _runs(row: _Row, em: float) -> list[_Run]:
    runs: list[_Run] = []
    cut, space = RUN_GAP * em, 0.3 * em
    parts: list[str] = []  # of the run being read
    x0_run = x1_run = 0.0
    for ch, x0, x1 in row.chars:
        if parts and x0 - x1_run <= cut:
            if x0 - x1_run > space and not ch.isspace() and not parts[-1].endswith(" "):
                parts.append(" ")  # a gap of a space's width that no space character fills
            parts.append(ch)
            if x1 > x1_run:
                x1_run = x1
        else:
            if parts:
                runs.append(_Run(x0_run, x1_run, "".join(parts)))
            parts = [ch]
            x0_run, x1_run = x0, x1
    if parts:
        runs.append(_Run(x0_run, x1_run, "".join(parts)))
    return runs


def _flipped(box: tuple[float, float, float, float], height: float) -> tuple[float, float, float, float]:
    """A box (x0, top, x1, bottom) from PDF space (y up) to the page as read (y down, from the top), rounded to 0.1 pt."""
    x0, top, x1, bottom = box
    return round(x0, 1), round(height - top, 1), round(x1, 1), round(height - bottom, 1)


def _band_line(row: _Row, height: float) -> _Line:
    xs = [x for _, x0, x1 in row.chars for x in (x0, x1)]
    return _Line(_joined(row), _flipped((min(xs), row.top, max(xs), row.bottom), height), height=row.size)


def _joined(row: _Row) -> str:
    """A header or footer row as one line, its parts joined by a space."""
    return " ".join(r.text.strip() for r in _runs(row, _em([row])) if r.text.strip())


def _bands(rows: list[_Row], height: float, furniture: Container[str]) -> tuple[list[_Row], list[_Row], list[_Row]]:
    """The running header, the body and the footer of a page: the rows at the
    top and at the bottom, within :data:`BAND` of the edge, that repeat on
    other pages (``furniture``) or are a page number, and the rows between."""
    top_limit, bottom_limit = height * (1 - BAND), height * BAND

    def is_furniture(row: _Row) -> bool:
        line = _joined(row)
        return _key(line) in furniture or _page_number(line) is not None or _edge_number_line(line, furniture)

    i = 0
    while i < len(rows) and rows[i].bottom >= top_limit and is_furniture(rows[i]):
        i += 1
    j = len(rows)
    while j > i and rows[j - 1].top <= bottom_limit and is_furniture(rows[j - 1]):
        j -= 1
    return rows[:i], rows[i:j], rows[j:]


def _page_number(line: str) -> int | None:
    """The number of a page-number line (— 3 —, -3-, 第3页, ３), as the layout stage reads them."""
    found = page_number_digits(fullwidth_ascii(line).strip())
    return int(found[0]) if found else None


def _edge_number(line: str) -> tuple[int, str] | None:
    """The page number at one end of a running header (２２ 某市人民政府公报…), and the rest of the line."""
    text = fullwidth_ascii(line).strip()
    m = HEADER_PAGE_FIRST.match(text)
    if m:
        return int(m.group(1)), text[m.end() :]
    m = HEADER_PAGE_LAST.search(text)
    if m:
        return int(m.group(1)), text[: m.start()]
    return None


def _edge_number_line(line: str, furniture: Container[str]) -> bool:
    """A running header with the page number at one end whose rest repeats
    (PDFium's band text may hold the number apart)."""
    found = _edge_number(line)
    return found is not None and _key(found[1]) in furniture


def _reading_order(rows: list[_Row], width: float, height: float, tables: list[RuledTable] = ()) -> list[_Line]:  # type: ignore[assignment]
    """The body's lines with their boxes (on a page ``height`` high), each
    column read top to bottom, left column first; a ruled table is read whole
    where it stands, one line per row: in its column's flow when it stands
    inside one column, else between what is above and below it."""
    if not rows and not tables:
        return []
    em = _em(rows)
    runs = [_runs(r, em) for r in rows]
    gutter = _gutter(runs, width, em)
    printed = [rs for rs in runs if rs]
    block = (_edge(printed), _right(printed, width, _edge(printed), em))  # the text block's edges
    lines: list[_Line] = []
    left: list[tuple[_Row, list[_Run]]] = []
    right: list[tuple[_Row, list[_Run]]] = []

    def flush() -> None:
        for side in (left, right):
            starts = [rs for row, rs in side if row is not None]
            edge = _edge(starts) if starts else block[0]
            # one column: the block's edges; two: the column's own right edge
            end = block[1] if gutter is None else _right(starts, width, edge, em) if starts else block[1]
            for row, rs in side:
                if row is None:  # a table's rows, ready
                    lines.extend(rs)
                else:
                    lines.append(_line(rs, edge, end, em, row, height))
            side.clear()

    pending = list(enumerate(tables))  # top first
    for row, rs in zip(rows, runs):
        while pending and pending[0][1].box[3] >= row.centre:  # a table above this row: read it first
            number, table = pending.pop(0)
            side = _column_of(table, gutter, em)
            if side is None:
                flush()
                lines.extend(_table_lines(number, table, height))
            else:
                (left if side == "left" else right).append((None, _table_lines(number, table, height)))
        if not rs:
            continue
        if gutter is None:
            left.append((row, rs))
            continue
        lhs = [r for r in rs if r.x1 <= gutter]
        rhs = [r for r in rs if r.x0 >= gutter]
        if len(lhs) + len(rhs) < len(rs):  # a run crosses the gutter: the row spans the page
            flush()
            lines.append(_line(rs, block[0], block[1], em, row, height, indent=False))
            continue
        if lhs:
            left.append((row, lhs))
        if rhs:
            right.append((row, rhs))
    across = []
    for number, table in pending:  # below every row
        side = _column_of(table, gutter, em)
        if side is None:
            across.append((number, table))
        else:
            (left if side == "left" else right).append((None, _table_lines(number, table, height)))
    flush()
    for number, table in across:
        lines.extend(_table_lines(number, table, height))
    return lines


def _column_of(table: RuledTable, gutter: float | None, em: float) -> str | None:
    """``left`` or ``right`` for a table that stands inside one column of two, else None."""
    if gutter is None:
        return None
    x0, _, x1, _ = table.box
    if x1 <= gutter + em / 2:
        return "left"
    if x0 >= gutter - em / 2:
        return "right"
    return None


def _table_lines(number: int, table: RuledTable, height: float) -> list[_Line]:
    """A ruled table's rows as lines, their cells separated by TABs (``number``: the table's on its page)."""
    # A ruled row's box is in PDF space as (x0, bottom, x1, top): _flipped takes the top first.
    return [_Line("\t".join(row.cells), _flipped((row.box[0], row.box[3], row.box[2], row.box[1]), height), table=number) for row in table.rows]


def _gutter(runs: list[list[_Run]], width: float, em: float) -> float | None:
    """The x of the gap between two columns, or None for a page of one column.

    A gutter is a gap most prose rows have at the same place (a row of prose:
    runs at least a quarter of the page wide on both sides)."""
    candidates: Counter[int] = Counter()
    prose_rows = 0
    for rs in runs:
        wide = [r for r in rs if r.x1 - r.x0 >= width * 0.2]
        if len(wide) < 1:
            continue
        prose_rows += 1
        for a, b in zip(rs, rs[1:]):
            if b.x0 - a.x1 >= 1.5 * em and width * 0.3 <= (a.x1 + b.x0) / 2 <= width * 0.7:
                if a.x1 - rs[0].x0 >= width * 0.2 and rs[-1].x1 - b.x0 >= width * 0.2:
                    candidates[round((a.x1 + b.x0) / 2 / em)] += 1
    if not candidates or prose_rows < 4:
        return None
    slot, count = candidates.most_common(1)[0]
    nearby = count + candidates.get(slot - 1, 0) + candidates.get(slot + 1, 0)
    if nearby < max(3, prose_rows * 0.3):
        return None
    return slot * em


def _edge(rows: list[list[_Run]]) -> float:
    """The left edge of a column: where most of its lines start."""
    starts = sorted(rs[0].x0 for rs in rows if rs)  # an indent of 　　 starts at the edge too
    if not starts:
        return 0.0
    return starts[len(starts) // 5]  # low, not the lowest: indented lines are the minority, stray marks rare


def _right(rows: list[list[_Run]], width: float, edge: float, em: float) -> float:
    """The right edge of a column: where its lines that start at the left
    edge end at the most (a paragraph's lines run to the edge but its last);
    without such lines, the mirror of its left edge on the page."""
    ends = [rs[-1].x1 for rs in rows if rs and rs[0].x0 - edge < 0.5 * em]
    return max(ends) if ends else width - edge


def _centred(x0: float, x1: float, edge: float, right: float, em: float) -> bool:
    """Is a line from ``x0`` to ``x1`` set in the middle of a column from
    ``edge`` to ``right``: as far from both edges, within :data:`CENTRED`
    ems, and at least an em from each?"""
    before, after = x0 - edge, right - x1
    return before >= em and after >= em and abs(before - after) <= CENTRED * em


def _line(rs: list[_Run], edge: float, right: float, em: float, row: _Row, height: float, indent: bool = True) -> _Line:
    """A line's text, indented when it opens a paragraph, its box (on a page
    ``height`` high), whether it is centred in its column, and its height."""
    box = _flipped((rs[0].x0, row.top, rs[-1].x1, row.bottom), height)
    text = " ".join(r.text for r in rs if r.text.strip()) if len(rs) > 1 else rs[0].text
    centred = _centred(rs[0].x0, rs[-1].x1, edge, right, em)
    if text.startswith("\u3000"):
        text = text.rstrip()
    elif indent and rs[0].x0 - edge >= INDENT * em:
        text = "\u3000\u3000" + text.strip()
    else:
        text = text.strip()
    return _Line(text, box, centred, row.size, full=not centred and right - rs[-1].x1 <= FULL_GAP * em)


# --- running headers and page numbers --------------------------------------------------------------------


def _key(line: str) -> str:
    return _DIGITS.sub("#", "".join(line.split()))


def _printed(lines: list[str]) -> int | None:
    """The page number among a page's header and footer lines: one alone on its line first."""
    for line in lines:
        number = _page_number(line)
        if number is not None:
            return number
    for line in lines:
        found = _edge_number(line)
        if found is not None:
            return found[0]
    return None


def _fill_numbers(pages: list[_Page]) -> None:
    """A page without a printed number gets one counted from a numbered
    neighbour when the numbers around it run one per page."""
    known = [(i, p.printed) for i, p in enumerate(pages) if p.printed is not None]
    if len(known) < 2:
        return
    offsets = Counter(n - i for i, n in known)
    offset, votes = offsets.most_common(1)[0]
    if votes < len(known) * 0.8:
        return
    first_numbered = known[0][0]
    for i, p in enumerate(pages):
        if p.printed is None and i > first_numbered:  # a cover or 目录 before the numbering stays unnumbered
            p.printed = i + offset
