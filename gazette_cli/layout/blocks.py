"""Stage 3 — layout: page furniture out, pages numbered, broken lines rejoined.

In: the normalized lines.  Out: a :class:`~gazette_cli.model.Layout` whose
blocks are paragraphs (with a map back to source lines and pages) and
tables.  The furniture (:mod:`.furniture`) and the tables (:mod:`.tables`)
are found first; this module joins what is left into paragraphs, and
:mod:`.unflatten` splits a document that came flattened onto one line.

* Lines wrapped at a column width are rejoined: a line shorter than the
  column ends its paragraph; a full line continues, unless the next line
  starts with an indent, a clause marker follows a sentence end or a heading
  printed alone, either line stands alone (a date, a number, a label), or a
  page break follows a sentence end.  Lines are joined without a space,
  except between two Latin letters.
* Text that is not wrapped (one paragraph per line) is kept line by line.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from io import BytesIO
from itertools import accumulate, chain, compress, islice, repeat
from operator import eq, getitem, is_, lt, mul, sub

from ..profile import GazetteProfile
from ..model import K_BLANK, K_BODY, PLAIN, Blocks, ClauseKind, Layout, LineColumns, LineLook, PageColumn, PageMap, Paragraph, Passage, Piece, StrippedLines, Table, compact
from ..structure.docparts import ALONE_ENDS, stands_alone
from ..structure.markers import FIRST_CHARS, match_marker
from ..structure.organs import is_organ
from . import furniture
from ..text.lazy import LazyPattern, lazy
from .tables import find_tables
from .unflatten import unflatten

# Sentence-final punctuation: a full line that ends with one of these may end
# its paragraph if a clause marker follows.
SENTENCE_END = "。！？；：）”』」"
_SENTENCE_ENDS = tuple(SENTENCE_END)  # for str.endswith


# A line spaced out by justification (推 进 … 工 程, 第一章  总    则), twice on the line.
LETTER_SPACED = lazy(r"\p{Han}[ \u3000]+\p{Han}(?:.*\p{Han})?[ \u3000]+\p{Han}")


#: The narrow characters: an ASCII letter or digit, or a space between
#: words, takes half a cell; every other character a whole one.
_NARROW = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 "
#: The rest of ASCII, deleted by ``bytes.translate`` ("\n" stays to split the lines).
_NOT_NARROW = bytes(sorted(set(range(128)) - set(_NARROW + b"\n")))


def display_cells(raws: list[str]) -> list[float]:
    """Print width of each raw line in em: Latin letters, digits and spaces
    count half, an ideographic space and every other character one, a TAB nothing.

    >>> display_cells(["２０２５年 比例达到18.5%", "  推　进"])
    [13.0, 4.0]
    """
    return list(_cells(raws))


def _cells(raws: Sequence[str]) -> array:
    """:func:`display_cells` as an array of floats (eight bytes a line, not
    a float object and a list slot)."""
    # All lines at once, at C level: a line's width is its length less half
    # a cell for each narrow character, and those are all ASCII, so the text
    # encoded to ASCII with every other character dropped and the rest of
    # ASCII deleted holds, line by line, just the narrow characters (few in
    # Chinese text).  A loop over characters, then a regex call per line,
    # then a sum of a byte per character were the layout's hot spot.
    if not raws:
        return array("d")
    text = "\n".join(raws)
    if text.count("\n") != len(raws) - 1:  # a line with "\n" inside: one cell, as any mark
        text = "\n".join(raw.replace("\n", "\r") for raw in raws)
    # A no-break space is as narrow as a space; a TAB takes no room: it
    # counts as two narrow characters (its cell less two halves).
    for space, same in (("\u00a0", " "), ("\t", "  ")):
        if space in text:
            text = text.replace(space, same)
    short = len(text) < _SHORT_LINE * len(raws)
    narrow = text.encode("ascii", "ignore").translate(None, _NOT_NARROW)
    del text
    if short:
        # Short lines: a line at a time from a stream, each with its "\n"
        # taken off, not a bytes object per line all at once (some 40 bytes
        # a line, ten times a line of one character).
        counts = map((-1).__add__, map(len, BytesIO(narrow + b"\n")))
    else:
        counts = map(len, narrow.split(b"\n"))
    return array("d", map(sub, map(len, raws), map(mul, repeat(0.5), counts)))


#: Lines shorter than this on average (in characters) cost more as a list
#: of objects (a bytes object per line, a stripped string per line) than as
#: text: they are read one at a time (see _cells, _stripped).
_SHORT_LINE = 8


def _column_width(widths: Counter[float], lines: int) -> float | None:
    """The width of the column a text is wrapped at, if its lines show one:
    many lines of one width, 12 em or more (``widths`` counts the lines of
    each width in cells).  Text with one paragraph per line has none.
    """
    if lines < 8:
        return None
    # The widths are counted once each (they are few): the rounded counts and
    # the lines near the commonest width follow from those, with no sorted copy.
    counts: Counter[int] = Counter()
    for cell, k in widths.items():  # in the order of first use, as counting each line would be
        counts[round(cell)] += k
    width, _ = counts.most_common(1)[0]
    near = sum(k for cell, k in widths.items() if width - 3 <= cell <= width + 2)
    return float(width) if near >= 0.45 * lines and 12 <= width <= 60 else None


def _ends_mid_sentence(lasts: str) -> bool:
    """Do most lines end mid-sentence (``lasts``: their last characters, see
    :func:`_edges`), as lines wrapped at a column do?"""
    return sum(map(lasts.count, "。；！？")) < 0.5 * len(lasts)


# Latin letters: two lines are joined with a space only between two of them.
_LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# One of them (the stdlib engine scans a class fast), to find the lines that end with one.
_LATIN_LETTER = lazy("[A-Za-z]", 0, re)


def _edges(texts: Sequence[str]) -> tuple[str, str]:
    """The first and the last character of each line (none is empty), as
    two strings of a character a line: what is asked of a line's ends is
    asked of them, each taken from its line once."""
    return "".join(map(getitem, texts, repeat(0))), "".join(map(getitem, texts, repeat(-1)))


def _where(char: str, chars: str) -> Iterator[int]:
    """The positions of ``char`` in ``chars``, found by ``str.find``."""
    at = chars.find(char)
    while at >= 0:
        yield at
        at = chars.find(char, at + 1)


def _one_of(chars: Iterable[str]) -> LazyPattern:
    """A pattern of one character of ``chars`` (the stdlib engine scans a class fast)."""
    return lazy("[" + "".join(map(re.escape, sorted(chars))) + "]", 0, re)


#: The characters a line's ends are asked about: a sentence's end, the end of
#: what stands alone (a date, a number …) and the start of a clause marker.
_SENTENCE_END_AT = _one_of(SENTENCE_END)
_ALONE_END_AT = _one_of(ALONE_ENDS)
_MARKER_FIRST_AT = _one_of(FIRST_CHARS)
_UNENDED_AT = lazy(r"[\u4e00-\u9fff0-9A-Za-z]", 0, re)
#: The last characters of a notice's title (通知, 决定, 意见, 批复, 通报, 公告, 通告, 报告), and such a title whole on its line.
_TITLE_LAST_AT = _one_of("知定见复报告")
_WHOLE_TITLE = lazy(r"[^。；;！？，,：:]{0,40}关于[^。；;！？：:]{2,80}的(?:通知|决定|意见|批复|通报|公告|通告|报告)[ \u3000]*$")


def _positions(pattern: LazyPattern, chars: str) -> list[int]:
    """The positions in ``chars`` of the characters of a :func:`_one_of` pattern."""
    return list(map(re.Match.start, pattern.finditer(chars)))


def _indented(indented: bytes, body: Sequence[int]) -> set[int]:
    """Positions in ``body`` of the lines that start with an indent
    (``indented``: a byte a line, 1 where one does).  Most texts indent a
    paragraph's first line or none: those are found by a C-level search of
    the column, each placed in ``body``; where many lines are indented,
    every body line is looked up."""
    if indented.count(1) * 8 > len(body):
        return set(compress(range(len(body)), map(indented.__getitem__, body)))
    found = set()
    i = indented.find(1)
    while i >= 0:
        b = bisect_left(body, i)
        if b < len(body) and body[b] == i:
            found.add(b)
        i = indented.find(1, i + 1)
    return found


# Piece((offset, line, page)) at C speed: tuple.__new__ with the class bound.
_make_piece = partial(tuple.__new__, Piece)


def _passage(texts: Sequence[str], lines: Iterable[int], pages: Iterable[int], spaced: bool) -> Passage:
    """The passage of some lines joined (``spaced``: two of them meet between
    Latin letters, and a space goes between those)."""
    text = "".join(texts)
    steps: Iterable[int] = map(len, texts)  # from one line's offset to the next one's
    if spaced:
        # A space goes between two Latin letters, before the second line's offset.
        parts: list[str] = []
        steps = []
        for left, right in zip(texts, [*texts[1:], ""]):
            sep = " " if right and left[-1] in _LATIN_LETTERS and right[0] in _LATIN_LETTERS else ""
            parts += (left, sep)
            steps.append(len(left) + len(sep))
        text = "".join(parts)
    offsets = accumulate(steps, initial=0)  # one more than there are lines: zip stops at the lines
    return Passage(text, compact(tuple(map(_make_piece, zip(offsets, lines, pages)))))


def _paragraphs(cols: LineColumns, tables: dict[int, Table]) -> Blocks:
    """The paragraphs and the tables, in order.  A paragraph of one line is
    kept as its line's index (see :class:`~gazette_cli.model.Blocks`), and
    what is asked of every body line is asked of arrays and of the columns
    themselves where the body is every line: a text of a character a line
    must not cost an object per line here."""
    texts, kinds, raws = cols.texts, cols.kinds, cols.raws
    n = len(texts)
    body = array("i", compress(range(n), map(eq, kinds, repeat(K_BODY))))
    table_starts = sorted(tables)
    codes = array("i")
    made: list[Paragraph | Table] = []
    if not body:
        return _with_tables(codes, made, table_starts, tables, cols)
    everything = len(body) == n
    body_texts = texts if everything else list(map(texts.__getitem__, body))
    cells = _cells(raws if everything else list(map(raws.__getitem__, body)))
    # Wrapped at a column: many lines of one width, most of them ending
    # mid-sentence.  The lines' ends are taken only from a text that shows a
    # column (a character a line is an object a line where it is not Latin-1).
    widths = Counter(cells)
    width = _column_width(widths, len(body))
    edges = _edges(body_texts) if width is not None else None

    # Where the body must break whatever the lines say: before the first body
    # line after a table, and after a blank line unless blank lines are the
    # extractor's habit of putting one after every line.
    # A body line followed by a blank one is a body byte then a blank byte in
    # the kinds: counted in place, by a C-level search (the two bytes differ,
    # so no two such pairs overlap).
    followed_by_blank = kinds.count(bytes((K_BODY, K_BLANK)))
    blanks_are_noise = followed_by_blank >= 0.6 * len(body)

    starts: Sequence[int]
    if edges is not None and width is not None and _ends_mid_sentence(edges[1]):
        starts = _paragraph_starts(cols, body, body_texts, edges, cells, widths, width, _walls(body, kinds, tables, not blanks_are_noise))
    else:
        starts = range(len(body))  # not wrapped: every body line is a paragraph of its own
    del cells
    if cols.looks:
        starts = _look_starts(cols, body, starts)
    if isinstance(starts, range) and not tables:
        codes = body  # a paragraph per line, no table: the lines themselves
        return Blocks(codes, (), cols)

    # The paragraphs (runs of body lines from one start to the next), with each
    # table before the first paragraph that follows it.
    t = 0
    indented = cols.indented  # bytes: 0 or 1
    # Where a line that ends with a Latin letter meets one that starts with
    # one: a paragraph that joins them puts a space between (most texts have none).
    firsts, lasts = edges or _edges(body_texts)
    latin_joins = [b for b in map(re.Match.start, _LATIN_LETTER.finditer(lasts, 0, len(body) - 1)) if firsts[b + 1] in _LATIN_LETTERS]
    for a, b in zip(starts, chain(islice(starts, 1, None), (len(body),))):
        while t < len(table_starts) and table_starts[t] < body[a]:
            codes.append(~len(made))
            made.append(tables[table_starts[t]])
            t += 1
        if b - a == 1:
            codes.append(body[a])
            continue
        k = bisect_left(latin_joins, a)
        # The lines' numbers and pages are made per paragraph of several
        # lines, not listed for every body line (an int object each).
        lines = body[a:b]
        passage = _passage(
            body_texts[a:b], map((1).__add__, lines), map(cols.pages.__getitem__, lines), k < len(latin_joins) and latin_joins[k] < b - 1
        )
        codes.append(~len(made))
        made.append(Paragraph(passage, indented[body[a]] == 1))
    return _with_tables(codes, made, table_starts[t:], tables, cols)


def _with_tables(codes: array, made: list[Paragraph | Table], rest: list[int], tables: dict[int, Table], cols: LineColumns) -> Blocks:
    """The blocks of ``codes`` and ``made``, the tables that start at ``rest`` after them."""
    for i in rest:
        codes.append(~len(made))
        made.append(tables[i])
    return Blocks(codes, tuple(made), cols)


def _walls(body: list[int], kinds: bytearray, tables: dict[int, Table], blanks: bool) -> set[int]:
    """Positions in ``body`` of the lines with a table, or (``blanks``) a
    blank line, between them and the body line before them.  The blank lines
    are looked for only where two body lines are not neighbours, by a C-level
    search of the kinds: a file of blank lines lists none of them."""
    walls = {bisect_left(body, t) for t in tables}
    if blanks:
        for b in compress(range(1, len(body)), map(lt, map((1).__add__, body), body[1:])):
            if kinds.find(K_BLANK, body[b - 1] + 1, body[b]) >= 0:
                walls.add(b)
    return walls


_HEADING_KINDS = frozenset({ClauseKind.PART, ClauseKind.VOLUME, ClauseKind.CHAPTER, ClauseKind.SECTION})


def _is_short_heading(text: str, full_at: float) -> bool:
    """A 第X章/节/编/部分 heading shorter than the column, spaces left out."""
    marker = match_marker(text)
    return marker is not None and marker.kind in _HEADING_KINDS and len("".join(text.split())) < full_at


def _opens_title(text: str) -> bool:
    """Does a document's title open ``text``: an organ, then 关于 (阿里地区行政公署关于印发《…》,
    a title set full width after the document above ends a sentence)?"""
    at = text.find("关于", 0, _TITLE_ORGAN_MAX + 2)
    return at >= 2 and is_organ(text[:at])


_TITLE_ORGAN_MAX = 30  # characters of an organ before its title's 关于


def _opens_paragraph(text: str) -> bool:
    """Does a clause marker that may open a paragraph start ``text``?  A
    decimal number does when a space follows it (1.2　等级划分, 5.1.2 省级),
    as headings print it; 33.2件 broken at a line start does not."""
    marker = match_marker(text)
    if marker is None:
        return False
    return marker.starts_paragraph or text[marker.end : marker.end + 1] in ("\u3000", " ")


def _spread(raw: str) -> bool:
    """Is the line spaced out by justification (twice between characters)?"""
    text = raw.strip()
    return (" " in text or "\u3000" in text) and LETTER_SPACED.search(text) is not None


_HEADING_MAX = 40  # characters of a heading printed without punctuation


def _heading_alone(texts: list[str], start: int, b: int) -> bool:
    """Is the paragraph from ``texts[start]`` up to ``texts[b]`` a heading
    alone — a marker and a title, no sentence — so that a marker on line
    ``b`` opens the next one (一、总体要求 / （一）指导思想)?"""
    if b - start > 2 or match_marker(texts[start]) is None:
        return False
    heading = "".join(texts[start:b])
    return len(heading) <= _HEADING_MAX and not any(c in heading for c in "。；：，！？")


def _paragraph_starts(
    cols: LineColumns,
    body: Sequence[int],
    body_texts: Sequence[str],
    edges: tuple[str, str],
    cells: Sequence[float],
    widths: Counter[float],
    width: float,
    walls: set[int],
) -> list[int]:
    """Positions in ``body`` of the wrapped text's lines that start a paragraph.

    A line continues the paragraph of the line before it (``p``) unless
    ``p`` is shorter than the column, the line is indented, a clause marker
    or a wide line follows a sentence end, either line stands alone (a date,
    a code, a document number), or a wall (a table, a blank line that
    counts) stands between them.  Every question but one is asked of each
    line once, for all lines at a time; only whether a wide line (a table
    row, a heading set wider) is full depends on the paragraph so far.
    ``edges`` are the lines' first and last characters (see :func:`_edges`),
    ``widths`` the count of lines of each of the ``cells``.

    Each question holds for few lines (most are full lines in mid-sentence),
    so each answer is the set of positions where it holds, found by C-level
    scans of the edges and the widths: a list of answers a line, for every
    question, cost more than all the rest.
    """
    m = len(body)
    # Form feeds (a text layer's page breaks) between one body line and the next.
    feeds = {bisect_left(body, i) for i in cols.feeds}
    wide_at, full_at = width + 4, width - 3
    firsts, lasts = edges or _edges(body_texts)
    # Lines wider than the column, and lines that are not full: shorter than
    # the column and not letter-spaced by justification (only full lines
    # are).  Their widths are found among the few the text has.
    wide: set[int] = set()
    not_full: set[int] = set()
    off = {c for c in widths if c > wide_at or c < full_at}
    if off:
        for b in compress(range(m), map(off.__contains__, cells)):
            if cells[b] > wide_at:
                wide.add(b)
            elif not _spread(cols.raws[body[b]]):
                not_full.add(b)
    ends = set(_positions(_SENTENCE_END_AT, lasts))
    # A short line that ends with no punctuation after a sentence's end ends no
    # paragraph and continues none: a heading, an organ, a 令's head (…列入财政预算。 /
    # 重庆市人民政府令, two documents of an issue set in a narrow column).
    unended = {b for b in not_full if _UNENDED_AT.match(lasts, b)} if not_full else set()
    alone = {b for b in _positions(_ALONE_END_AT, lasts) if stands_alone(body_texts[b])}
    # A chapter's heading (第一章　总　　则) is a line of its own, however its
    # justification spreads it over the column.
    for b in _where("第", firsts):
        if b not in alone and _is_short_heading(body_texts[b], full_at):
            alone.add(b)
    indented = _indented(cols.indented, body)
    # A notice's title whole on its line (…关于公布2016年度鹿城区农业龙头企业名单的通知) ends its paragraph where its
    # addressees follow it (a line ending with a colon): they do not continue it, even set as wide as it against a
    # column of short lines (a list of names under the letter, lucheng.gov.cn 2016).
    titled = {
        b
        for b in _positions(_TITLE_LAST_AT, lasts)
        if b + 1 < m and lasts[b + 1] in "：:" and _WHOLE_TITLE.match(body_texts[b]) and body_texts[b].count("《") == body_texts[b].count("》")
    }
    # The lines the loop must decide: any other line continues the one
    # before it (not wide, full, no sentence end, neither of them alone, not
    # indented, no marker's first character, no wall between them).
    asked = {b + 1 for b in ends | wide | alone | not_full | titled if b + 1 < m}  # said by the line before
    asked.update(b for b in chain(indented, alone, _positions(_MARKER_FIRST_AT, firsts), walls) if 0 < b < m)
    starts = [0]
    wide_positions: list[int] = []  # lines after a wide line: decided in order below
    for b in sorted(asked):
        if (
            b in walls
            or b in indented
            or b - 1 in alone
            or b in alone
            or b - 1 in titled
            or (
                b - 1 in ends
                and ((b in wide and b - 1 not in wide) or b in feeds or b in unended or _opens_paragraph(body_texts[b]) or _opens_title(body_texts[b]))
            )
            or (body_texts[b][:1] in FIRST_CHARS and _heading_alone(body_texts, starts[-1], b) and _opens_paragraph(body_texts[b]))
        ):
            starts.append(b)
        elif b - 1 in wide:
            wide_positions.append(b)
        elif b - 1 in not_full:
            starts.append(b)
    if not wide_positions:
        return starts
    # A wide line is full if it is nearly as wide as the wide lines beside it
    # in its paragraph: the line before it counts only if it continues into it.
    started = set(starts)
    for b in wide_positions:  # ascending: the answer for b - 1 is known
        p = b - 1
        near = [cells[p]]
        if p > 0 and p not in started and p - 1 in wide:
            near.append(cells[p - 1])
        if b in wide:
            near.append(cells[b])
        if cells[p] < max(near) * 0.85:
            started.add(b)
    return sorted(started)


def _ruled_rows(norm_lines: tuple[str, ...], looks: tuple[LineLook, ...]) -> dict[int, tuple[int, tuple[str, ...]]]:
    """The rows of ruled tables: each one's table and cells (split at TABs
    before the line is stripped, so an empty first or last cell stays)."""
    return {
        i: (look.table, tuple(c.strip() for c in norm_lines[i].lstrip("\f").split("\t")))
        for i, look in enumerate(looks)
        if look.table is not None
    }


# --- what the page shows: centring and type size (a PDF's lines) ---------------------------------------

#: A title's type is at least this much larger than the body's.
TITLE_SIZE = 1.15
#: Lines of one title differ in size by at most this much.
SAME_SIZE = 0.05


def _title_continues(cols: LineColumns, p: int, b: int) -> bool | None:
    """A title set centred in a larger type over several lines is one
    paragraph, whatever the indentation its centring gave each line — unless
    the line before is an organ's name (洪泽区人民政府 over its report's
    title), a heading of its own or a sentence's end."""
    before, look = cols.looks[p], cols.looks[b]
    if not (before.centred and look.centred and before.size >= TITLE_SIZE and abs(before.size - look.size) <= SAME_SIZE):
        return None
    text = cols.texts[p]
    if text.endswith(_SENTENCE_ENDS) or match_marker(text) or match_marker(cols.texts[b]) or is_organ(text):
        return None
    return False


def _centred_alone(cols: LineColumns, p: int, b: int) -> bool | None:
    """A centred line (a title, a heading, 第一章　总则) is a paragraph of its
    own: it starts one, and the line after it starts the next — even when
    the line is as wide as the column and the text alone would run it on."""
    return True if cols.looks[p].centred or cols.looks[b].centred else None


def _body_size(look: LineLook) -> bool:
    return abs(look.size - 1.0) < 1 - 1 / TITLE_SIZE


def _runs_on(cols: LineColumns, p: int, b: int) -> bool | None:
    """A line that runs to its column's right edge without ending a sentence
    goes on in the line after it when that one is not indented: the text of
    a short page has too few lines to tell its column's width (到2025年，…占地区
    生产总值比 / 重达到10%), the page knows it.  A line that stands alone (a
    date, a document number) is no part of a paragraph."""
    before_look, look = cols.looks[p], cols.looks[b]
    if not before_look.full or cols.indented[b] == 1 or not _body_size(before_look) or not _body_size(look):
        return None  # a title set wider than the text may reach the edge the text's lines stop at
    before, text = cols.texts[p], cols.texts[b]
    if before.endswith(_SENTENCE_ENDS) or stands_alone(before) or stands_alone(text):
        return None
    return False


#: The rules that decide from the page's look whether a body line starts a
#: paragraph, in order: the first with an answer (True: it starts one, False:
#: it continues the line before) decides; with none, the text's answer stands.
#: Each names the answers it can give.
LOOK_RULES: tuple[tuple[str, Callable[[LineColumns, int, int], bool | None], frozenset[bool]], ...] = (
    ("title-continues", _title_continues, frozenset({False})),
    ("centred-alone", _centred_alone, frozenset({True})),
    ("runs-on", _runs_on, frozenset({False})),
)


def _asked(answer: bool) -> tuple[Callable[[LineColumns, int, int], bool | None], ...]:
    """The rules asked where the text answered ``answer``: up to the last
    that can give the other answer (a rule after it can only agree)."""
    last = max((k for k, (_, _, can) in enumerate(LOOK_RULES) if answer not in can), default=-1)
    return tuple(rule for _, rule, _ in LOOK_RULES[: last + 1])


#: The rules asked of a line the text starts a paragraph with, and of one it runs on.
_ASKED = {True: _asked(True), False: _asked(False)}


def _look_starts(cols: LineColumns, body: list[int], starts: Iterable[int]) -> list[int]:
    """The paragraph starts (positions in ``body``) after the rules of
    :data:`LOOK_RULES` on each pair of adjacent body lines."""
    started = set(starts)
    looks, kinds = cols.looks, cols.kinds
    for b in range(1, len(body)):
        p, i = body[b - 1], body[b]
        if looks[p] is PLAIN and looks[i] is PLAIN:
            continue
        if p != i - 1 and any(kinds[k] != K_BLANK for k in range(p + 1, i)):
            continue  # a table or a page's furniture between them: the text's answer stands
        text_says = b in started
        for rule in _ASKED[text_says]:
            answer = rule(cols, p, i)
            if answer is not None:
                if answer:
                    started.add(b)
                else:
                    started.discard(b)
                break
    started.add(0)
    return sorted(started)


#: Fewer lines a page than this on average: the pages are looked up (:class:`PageColumn`),
#: not stored a number a line.  A gazette's page has tens of lines.
_LINES_A_PAGE = 4


def _narrowest(top: int) -> str:
    """The array type of fewest bytes that holds the numbers 0..``top``."""
    return "B" if top < 1 << 8 else "H" if top < 1 << 16 else "i"


def _stripped(norm_lines: tuple[str, ...]) -> tuple[str, ...] | list[str] | StrippedLines:
    """The lines stripped: the lines themselves when none strips, not a
    second list of them (the test stops at the first line that strips: most
    texts indent early); a view that strips each when asked for where the
    lines are so short that a list slot a line would outweigh them (a file
    of form feeds is a page break, and a line that strips, a byte)."""
    if all(map(is_, map(str.strip, norm_lines), norm_lines)):
        return norm_lines
    if sum(map(len, norm_lines)) < _SHORT_LINE * len(norm_lines):
        return StrippedLines(norm_lines)
    return list(map(str.strip, norm_lines))


#: What indents a line: an ideographic space, two spaces or a TAB at its start.
_INDENTS = ("\u3000", "  ", "\t")
#: One of them after the "\n" that :meth:`~.furniture.Joined.starting` puts before a line.
_INDENT = lazy("\n(?:" + "|".join(map(re.escape, _INDENTS)) + ")", 0, re)


def _indents(raws: tuple[str, ...], raws_joined: furniture.Joined | None) -> bytes:
    """A byte a raw line: 1 where it starts with an indent.  The indented
    lines (a paragraph's first, or none) are found by one scan of the lines
    joined (``raws_joined``), where they were joined."""
    if raws_joined is None:
        return bytes(map(str.startswith, raws, repeat(_INDENTS)))
    flags = bytearray(len(raws))
    for i in raws_joined.starting(_INDENT):
        flags[i] = 1
    return bytes(flags)


def layout(
    raw_lines: tuple[str, ...], norm_lines: tuple[str, ...], profile: GazetteProfile | None = None, looks: tuple[LineLook, ...] = ()
) -> Layout:
    """Classify lines, number pages, find tables and rejoin paragraphs
    (``profile``: the running headers a gazette prints beyond the common ones;
    ``looks``: what the page shows of each line, when the source knows it)."""
    raws = tuple(raw_lines)
    texts = _stripped(norm_lines)
    joined = furniture.Joined(texts)
    # The raw lines joined: form feeds, indents and lines led by a space are
    # found in them by C-level searches, not a test per line.  Not where the
    # lines are short (a file of form feeds): there the copies of the text
    # would outweigh the lines.
    raws_joined = furniture.Joined(raws) if len(joined.text) >= _SHORT_LINE * len(raws) else None
    kinds, printed, warnings, feeds = furniture.classify(texts, raws, profile.header_pattern if profile else None, joined, raws_joined)
    joined.done_with_starts()  # only the furniture looks at line starts
    starts, on_page = furniture.page_starts(kinds, raws, printed, feeds, raws_joined)
    indented = _indents(raws, raws_joined)
    del raws_joined
    pages = furniture.page_numbers(len(starts), on_page)
    line_pages: array | PageColumn
    if isinstance(pages, range) and len(starts) * _LINES_A_PAGE > len(raws):
        # Pages counted, and nearly as many as lines (form feeds): looked up from their starts.
        line_pages = PageColumn(starts, len(raws))
    else:
        # Each page's number once per line of it, at C speed.
        lengths = map(sub, chain(islice(starts, 1, None), (len(raws),)), starts)
        line_pages = array(_narrowest(max(pages, default=0)), chain.from_iterable(map(repeat, pages, lengths)))
    cols = LineColumns(
        raws=raws,
        texts=texts,
        kinds=kinds,
        pages=line_pages,
        indented=indented,
        feeds=feeds,
        looks=looks if len(looks) == len(raws) else (),
        ruled=_ruled_rows(norm_lines, looks) if len(looks) == len(raws) else {},
    )
    tables = find_tables(cols, joined)
    blocks = unflatten(_paragraphs(cols, tables), joined.text)
    return Layout(
        columns=cols,
        blocks=blocks if isinstance(blocks, Blocks) else tuple(blocks),
        issue=furniture.issue_info(cols),
        pages=pages,
        warnings=tuple(warnings),
        # Each page with its first line and the number it printed (none without lines).
        page_map=PageMap(pages, starts, on_page) if raws else (),
    )
